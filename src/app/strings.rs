//! Every UI string, in English and Spanish, in one typed table.
//!
//! A key is an enum variant, so a typo is a compile error; a test checks that
//! no string is empty and that both languages use the same `{}` placeholders.
//! The Spanish addresses the learner as "tú", like the course.

/// The languages of the app's own buttons and menus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    En,
    #[default]
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Es, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_code(code: &str) -> Lang {
        if code == "en" { Lang::En } else { Lang::Es }
    }

    /// The language's name in itself, for the language picker.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
}

macro_rules! strings {
    ($($key:ident => ($en:expr, $es:expr),)*) => {
        /// A UI string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum S { $($key,)* }

        impl S {
            pub const ALL: &'static [S] = &[$(S::$key,)*];

            pub fn en(self) -> &'static str {
                match self { $(S::$key => $en,)* }
            }

            pub fn es(self) -> &'static str {
                match self { $(S::$key => $es,)* }
            }
        }
    };
}

impl S {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::Es => self.es(),
        }
    }
}

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        match args.get(i) {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        out.push_str(part);
    }
    out
}

strings! {
    AppName => ("Alerta", "Alerta"),
    Tagline => ("Learn to recognise how traffickers recruit, and where to get help.",
                "Aprende a reconocer cómo reclutan los tratantes y dónde pedir ayuda."),
    Language => ("Language", "Idioma"),

    // Quick exit and top bar
    Exit => ("Exit", "Salir"),
    ExitTip => ("Hide this screen and close Alerta at once. Keys: Esc twice, or Shift three times.",
                "Oculta esta pantalla y cierra Alerta al instante. Teclas: Esc dos veces, o Mayús tres veces."),
    Help => ("Help", "Ayuda"),
    HelpTip => ("Where to get help (F1)", "Dónde pedir ayuda (F1)"),
    Settings => ("Settings", "Ajustes"),
    SettingsTip => ("Text size, contrast, language and your profile", "Tamaño del texto, contraste, idioma y tu perfil"),
    Home => ("Home", "Inicio"),
    HomeTip => ("Back to the list of modules", "Volver a la lista de módulos"),
    Back => ("Back", "Atrás"),
    BackTip => ("Go back (Esc)", "Volver (Esc)"),
    Next => ("Next", "Siguiente"),
    NextTip => ("Next page (Right arrow or Page Down)", "Página siguiente (flecha derecha o Av Pág)"),
    Previous => ("Previous", "Anterior"),
    PreviousTip => ("Previous page (Left arrow or Page Up)", "Página anterior (flecha izquierda o Re Pág)"),
    SignOut => ("Sign out", "Cerrar sesión"),
    GuestBadge => ("Guest: nothing is saved", "Invitado: no se guarda nada"),
    SignedInAs => ("Signed in as {}", "Sesión de {}"),

    // Start screen
    WhoIsLearning => ("Who is learning today?", "¿Quién aprende hoy?"),
    NoProfilesYet => ("No profiles yet. Create one to keep your progress on this computer.",
                      "Todavía no hay perfiles. Crea uno para guardar tu avance en esta computadora."),
    OpenProfileTip => ("Open this profile", "Abrir este perfil"),
    HasPin => ("has a PIN", "tiene PIN"),
    NeedsRepair => ("needs repair", "necesita reparación"),
    NewProfile => ("New profile", "Perfil nuevo"),
    YourName => ("Your name or a nickname", "Tu nombre o un apodo"),
    Create => ("Create", "Crear"),
    Cancel => ("Cancel", "Cancelar"),
    ContinueAsGuest => ("Continue as a guest", "Seguir como invitado"),
    GuestTip => ("Learn without a profile. Nothing is saved when you close Alerta.",
                 "Aprende sin perfil. No se guarda nada al cerrar Alerta."),
    EnterPin => ("PIN for {}", "PIN de {}"),
    Open => ("Open", "Abrir"),
    WrongPin => ("That PIN is not right. Try again, or ask your facilitator to reset it.",
                 "Ese PIN no es correcto. Vuelve a intentarlo o pide a tu facilitador que lo borre."),
    ProfileLocked => ("{} is open in another window of Alerta.", "{} está abierto en otra ventana de Alerta."),
    OpenReadOnly => ("Look without saving", "Ver sin guardar"),
    ChooseAnother => ("Choose another profile", "Elegir otro perfil"),
    FacilitatorMode => ("Facilitator mode", "Modo facilitador"),
    FacilitatorTip => ("For workshops and classes: presenter view, class report, lesson packs.",
                       "Para talleres y clases: vista de presentación, informe de la clase, paquetes de lecciones."),
    DataNotWritable => ("Progress cannot be saved on this computer ({}). You can keep learning as a guest; nothing will be saved.",
                        "No se puede guardar el avance en esta computadora ({}). Puedes seguir aprendiendo como invitado; no se guardará nada."),
    PrivacyNote => ("Your progress stays on this computer. Alerta never uses the internet.",
                    "Tu avance se queda en esta computadora. Alerta nunca usa internet."),

    // Messages about data
    RecoveredFrom => ("Your progress file was damaged; the copy from {} was restored.",
                      "Tu archivo de avance estaba dañado; se recuperó la copia del {}."),
    RecoveredNothing => ("Your progress file was damaged and no good copy was found, so this profile starts again. The damaged file was kept as {}.",
                         "Tu archivo de avance estaba dañado y no había una copia buena, así que este perfil empieza de nuevo. El archivo dañado se guardó como {}."),
    RecoveredMissing => ("Your progress file was missing; the copy from {} was restored.",
                         "Faltaba tu archivo de avance; se recuperó la copia del {}."),
    SaveFailed => ("Your progress could not be saved: {}. It is kept while Alerta stays open, and Alerta will try again.",
                   "No se pudo guardar tu avance: {}. Se conserva mientras Alerta siga abierto y se volverá a intentar."),
    ReadOnlyNotice => ("You are looking without saving: this profile is open elsewhere.",
                       "Estás viendo sin guardar: este perfil está abierto en otro lugar."),
    Dismiss => ("OK", "Entendido"),
    DismissTip => ("Close this message", "Cerrar este mensaje"),

    // Home
    Modules => ("Modules", "Módulos"),
    ContinueWhereLeft => ("Continue where you left off", "Seguir donde lo dejaste"),
    ContinueTip => ("Open {}", "Abrir {}"),
    StartCourse => ("Start the first module", "Empezar el primer módulo"),
    Minutes => ("about {} minutes", "unos {} minutos"),
    NotStarted => ("Not started", "Sin empezar"),
    InProgress => ("In progress", "En curso"),
    PassedWith => ("Passed: {}%", "Aprobado: {}%"),
    OpenModule => ("Open", "Abrir"),
    OpenModuleTip => ("Open the module {}", "Abrir el módulo {}"),
    ReviewDue => ("{} questions to review", "{} preguntas para repasar"),
    ReviewOne => ("1 question to review", "1 pregunta para repasar"),
    StartReview => ("Review now", "Repasar ahora"),
    MyMistakes => ("My mistakes", "Mis errores"),
    MyMistakesTip => ("What you got wrong, and why", "Lo que respondiste mal, y por qué"),
    FailedModules => ("Some lessons could not be loaded", "Algunas lecciones no se pudieron cargar"),
    FailedModuleLine => ("{} could not be loaded:", "No se pudo cargar {}:"),
    FailedModuleHelp => ("Ask the person who looks after the lessons to run the checker (alerta check).",
                         "Pide a la persona que cuida las lecciones que use el verificador (alerta check)."),
    ProgressOverall => ("{} of {} modules passed", "{} de {} módulos aprobados"),

    // Module
    BeforeYouStart => ("Before you start", "Antes de empezar"),
    ContinueModule => ("Continue", "Continuar"),
    SkipToQuiz => ("Skip to the quiz", "Ir al cuestionario"),
    WhereToGetHelp => ("See where to get help", "Ver dónde pedir ayuda"),
    PageOf => ("Page {} of {}", "Página {} de {}"),
    LessonOf => ("Lesson {} of {}: {}", "Lección {} de {}: {}"),
    GoToQuiz => ("Go to the quiz", "Ir al cuestionario"),
    KeyPoints => ("Key points", "Ideas clave"),
    RedFlags => ("Warning signs", "Señales de alerta"),
    ShowWarningSigns => ("Show the warning signs", "Mostrar las señales de alerta"),
    HideWarningSigns => ("Hide the warning signs", "Ocultar las señales de alerta"),
    ShowWarningSignsTip => ("Highlight the parts that are warning signs, and why", "Resalta las partes que son señales de alerta, y por qué"),
    Example => ("An invented example", "Un ejemplo inventado"),
    You => ("You", "Tú"),
    Image => ("Picture: {}", "Imagen: {}"),
    Discussion => ("Discuss", "Para conversar"),
    FacilitatorNote => ("Facilitator note", "Nota para quien facilita"),
    ModuleProgress => ("Module progress", "Avance del módulo"),

    // Scenario
    Story => ("A story", "Una historia"),
    WhatShouldDo => ("What happens next?", "¿Qué pasa ahora?"),
    ChoiceTip => ("Key {}", "Tecla {}"),
    OutcomeSafe => ("Safe", "A salvo"),
    OutcomeRisky => ("Still at risk", "Todavía en riesgo"),
    OutcomeHarmful => ("Harmed", "Con daño"),
    Debrief => ("What to take from this", "Qué aprender de esto"),
    PlayAgain => ("Try the story again", "Volver a empezar la historia"),
    NotYourFault => ("If something like this has happened to you, it is not your fault. You can ask for help at any time.",
                     "Si te ha pasado algo así, no es tu culpa. Puedes pedir ayuda en cualquier momento."),
    StoryStep => ("Step {}", "Paso {}"),

    // Quiz
    Quiz => ("Quiz", "Cuestionario"),
    QuestionOf => ("Question {} of {}", "Pregunta {} de {}"),
    PickOne => ("Choose one answer.", "Elige una respuesta."),
    PickAll => ("Select all that apply.", "Marca todas las que correspondan."),
    PutInOrder => ("Put these in order, first at the top.", "Ordénalas, la primera arriba."),
    SpotParts => ("Select every part that is a warning sign.", "Selecciona cada parte que sea una señal de alerta."),
    True => ("True", "Verdadero"),
    False => ("False", "Falso"),
    MoveUp => ("Move up: {}", "Subir: {}"),
    MoveDown => ("Move down: {}", "Bajar: {}"),
    Submit => ("Check my answer", "Comprobar mi respuesta"),
    SubmitTip => ("Check the answer (Enter)", "Comprobar la respuesta (Enter)"),
    Correct => ("Correct!", "¡Correcto!"),
    CorrectSecondTry => ("Correct, on the second try.", "Correcto, al segundo intento."),
    NotQuite => ("Not quite. Try again.", "Todavía no. Vuelve a intentarlo."),
    ShowHint => ("Show a hint", "Ver una pista"),
    Hint => ("Hint", "Pista"),
    ModelAnswer => ("The answer", "La respuesta"),
    ModelAnswerIntro => ("Here is the right answer, and why.", "Esta es la respuesta correcta, y por qué."),
    NextQuestion => ("Next question", "Siguiente pregunta"),
    SeeResults => ("See my results", "Ver mis resultados"),
    RightChoice => ("right", "correcta"),
    WrongChoice => ("not right", "incorrecta"),
    MissedChoice => ("also right: missed", "también era correcta"),
    YouPicked => ("your choice", "tu elección"),
    FlagsFound => ("Warning signs found: {}", "Señales encontradas: {}"),
    FlagsMissed => ("Warning signs missed: {}", "Señales que faltaron: {}"),
    FalseAlarms => ("Not warning signs: {}", "No eran señales de alerta: {}"),
    Selected => ("selected", "seleccionada"),
    NotSelected => ("not selected", "sin seleccionar"),
    PartN => ("Part {}", "Parte {}"),
    InRightPlace => ("in the right place", "en su lugar"),
    InWrongPlace => ("not in the right place yet", "todavía no en su lugar"),

    // Results
    Results => ("Your results", "Tus resultados"),
    ScoreIs => ("Your score: {}%", "Tu puntuación: {}%"),
    PassMarkIs => ("Needed to pass: {}%", "Para aprobar: {}%"),
    PassedMsg => ("You passed this module. Well done.", "Aprobaste este módulo. ¡Bien hecho!"),
    NotPassedMsg => ("Not passed yet. Read the explanations below, then try again when you are ready.",
                     "Todavía no lo apruebas. Lee las explicaciones de abajo y vuelve a intentarlo cuando quieras."),
    WhatWasMissed => ("What to look at again", "Qué repasar"),
    NothingMissed => ("You got every question right at the first try.", "Respondiste bien todas las preguntas al primer intento."),
    Retry => ("Try the quiz again", "Volver a hacer el cuestionario"),
    BackToHome => ("Back to the modules", "Volver a los módulos"),
    Scoring => ("A question right at the first try counts fully; at the second try, half.",
                "Una pregunta bien respondida al primer intento vale completa; al segundo, la mitad."),

    // Review
    ReviewTitle => ("Review", "Repaso"),
    ReviewIntro => ("Questions you missed come back on later days until you get them right on separate days.",
                    "Las preguntas que fallaste vuelven otros días hasta que las respondas bien en días distintos."),
    ReviewDone => ("Review finished. Right: {} of {}.", "Repaso terminado. Bien: {} de {}."),
    NothingToReview => ("Nothing to review right now.", "No hay nada que repasar ahora."),
    MistakesIntro => ("Questions you answered wrong, with the right answer and why.",
                      "Preguntas que respondiste mal, con la respuesta correcta y por qué."),
    NoMistakes => ("No mistakes recorded yet.", "Todavía no hay errores guardados."),
    YourAnswer => ("Your answer: {}", "Tu respuesta: {}"),
    RightAnswer => ("Right answer: {}", "Respuesta correcta: {}"),
    SinceRight => ("You have since answered it right.", "Después la respondiste bien."),
    NothingSelected => ("(nothing selected)", "(nada seleccionado)"),
    FromModule => ("From: {}", "De: {}"),

    // Help
    HelpTitle => ("Where to get help", "Dónde pedir ayuda"),
    HelpIntro => ("If you or someone you know is in danger now, call the emergency number. Do not confront a person you suspect. These lines are free or low cost; check each one's notes.",
                  "Si tú o alguien que conoces está en peligro ahora, llama al número de emergencias. No enfrentes a la persona que sospechas. Estas líneas son gratuitas o de bajo costo; revisa las notas de cada una."),
    SourceChecked => ("Source checked on {}: someone read where this number is published.", "Fuente revisada el {}: alguien leyó dónde se publica este número."),
    CalledOn => ("Called and answered on {}.", "Se llamó y contestaron el {}."),
    NotCalled => ("Nobody from this course has called it yet.", "Nadie de este curso ha llamado todavía."),
    WhoShouldCall => ("Who should call: {}", "Quién debe llamar: {}"),
    RunByPolice => ("This line is run by the police.", "Esta línea es de la policía."),
    RunByImmigration => ("This line is run by immigration enforcement. What you say may be used to enforce immigration law.", "Esta línea es de las autoridades de migración. Lo que digas puede usarse para aplicar las leyes de migración."),
    NotFoundEmergency => ("Emergency number: not found with a reliable source.", "Número de emergencias: no se encontró con una fuente confiable."),
    NotFoundChildProtection => ("Child-protection line: not found with a reliable source.", "Línea de protección de la niñez: no se encontró con una fuente confiable."),
    SearchedOn => ("Searched on {}.", "Búsqueda hecha el {}."),
    FacilitatorOnlyLine => ("Facilitators only: not shown to learners.", "Solo para quien facilita: no se muestra a las personas que aprenden."),
    Operator => ("Run by: {}", "A cargo de: {}"),
    NoVerifiedLines => ("No help lines have been checked for this course yet.", "Todavía no se ha revisado ninguna línea de ayuda para este curso."),
    QuickExitHonest => ("The Exit button hides this screen from someone looking over your shoulder. It cannot hide what you did from monitoring software on this computer.",
                        "El botón Salir oculta esta pantalla de alguien que mira por encima de tu hombro. No puede ocultar lo que hiciste de un programa de vigilancia instalado en esta computadora."),
    NumbersChange => ("Numbers change. If a line does not work, tell your facilitator.", "Los números cambian. Si una línea no funciona, avísale a quien facilita."),
    KindPhone => ("Phone", "Teléfono"),
    KindText => ("Text message", "Mensaje de texto"),
    KindChat => ("Chat", "Chat"),
    KindWeb => ("Web page", "Página web"),
    KindEmergency => ("Emergency", "Emergencias"),

    // Settings
    SettingsTitle => ("Settings", "Ajustes"),
    TextSize => ("Text size", "Tamaño del texto"),
    TextSizeTip => ("Also Ctrl + and Ctrl −; Ctrl 0 resets", "También Ctrl + y Ctrl −; Ctrl 0 vuelve al normal"),
    Smaller => ("Smaller text", "Texto más pequeño"),
    Larger => ("Larger text", "Texto más grande"),
    ResetSize => ("Normal size", "Tamaño normal"),
    HighContrast => ("High contrast", "Alto contraste"),
    HighContrastTip => ("White text on black, with strong outlines", "Texto blanco sobre negro, con bordes marcados"),
    YourProfile => ("Your profile", "Tu perfil"),
    Rename => ("Rename", "Cambiar nombre"),
    NewName => ("New name", "Nombre nuevo"),
    Save => ("Save", "Guardar"),
    Pin => ("PIN", "PIN"),
    PinExplain => ("A PIN keeps classmates out of your profile. It is privacy among friends, not security: someone who can open the files on this computer can still read them.",
                   "Un PIN evita que tus compañeros entren a tu perfil. Es privacidad entre conocidos, no seguridad: quien pueda abrir los archivos de esta computadora todavía puede leerlos."),
    SetPin => ("Set a PIN", "Poner un PIN"),
    RemovePin => ("Remove the PIN", "Quitar el PIN"),
    NewPin => ("New PIN (4 to 8 digits)", "PIN nuevo (de 4 a 8 números)"),
    PinInvalid => ("A PIN has 4 to 8 digits.", "Un PIN tiene de 4 a 8 números."),
    ExportProgress => ("Export my progress", "Exportar mi avance"),
    ExportTip => ("Save your progress as one file, to take to your facilitator on a USB stick.",
                  "Guarda tu avance en un solo archivo para llevarlo a quien facilita en una memoria USB."),
    Exported => ("Saved as {}", "Guardado como {}"),
    DeleteProfile => ("Delete this profile", "Borrar este perfil"),
    DeleteConfirm => ("This removes all of {}'s progress from this computer, for good. Type the name to confirm.",
                      "Esto borra para siempre todo el avance de {} en esta computadora. Escribe el nombre para confirmar."),
    DeleteForGood => ("Delete for good", "Borrar para siempre"),
    Done => ("Done", "Listo"),
    NameTaken => ("There is already a profile with that name.", "Ya existe un perfil con ese nombre."),
    NameInvalid => ("A name needs 1 to 40 characters.", "Un nombre necesita de 1 a 40 caracteres."),
    ErrorPrefix => ("Something went wrong: {}", "Algo salió mal: {}"),

    // Facilitator
    FacilitatorTitle => ("Facilitator mode", "Modo facilitador"),
    FacilitatorPinPrompt => ("Facilitator PIN", "PIN de quien facilita"),
    FacilitatorSetPin => ("Protect facilitator mode with a PIN", "Proteger el modo facilitador con un PIN"),
    Presenter => ("Present a module", "Presentar un módulo"),
    PresenterTip => ("Project a module to a room, with your notes on this screen", "Proyecta un módulo a un grupo, con tus notas en esta pantalla"),
    Classroom => ("Class report", "Informe de la clase"),
    ClassroomTip => ("Progress of the learners on this computer and imported files", "Avance de quienes aprenden en esta computadora y de archivos importados"),
    LessonPacks => ("Lesson packs", "Paquetes de lecciones"),
    LessonPacksTip => ("Install or switch courses", "Instalar o cambiar de curso"),
    Profiles => ("Profiles on this computer", "Perfiles en esta computadora"),
    ResetPin => ("Reset PIN", "Borrar PIN"),
    PinWasReset => ("The PIN of {} was removed.", "Se quitó el PIN de {}."),
    LeaveFacilitator => ("Leave facilitator mode", "Salir del modo facilitador"),
    BackToHub => ("Back to facilitator mode", "Volver al modo facilitador"),
    ChooseModule => ("Choose a module to present", "Elige un módulo para presentar"),
    Present => ("Present", "Presentar"),
    AudienceWindow => ("Audience window", "Ventana del público"),
    SecondWindow => ("Show the audience view in a second window (for the projector)", "Mostrar la vista del público en una segunda ventana (para el proyector)"),
    ToggleNotes => ("Show my notes (N)", "Mostrar mis notas (N)"),
    NotesHidden => ("Notes hidden from the room. Press N to show them.", "Notas ocultas para el grupo. Pulsa N para mostrarlas."),
    CurrentStep => ("Now showing", "Ahora se muestra"),
    NextStep => ("Coming next", "Lo siguiente"),
    NoNextStep => ("This is the last step.", "Este es el último paso."),
    Timer => ("Time: {}", "Tiempo: {}"),
    ResetTimer => ("Restart the timer", "Reiniciar el cronómetro"),
    RevealAnswer => ("Reveal the answer (R)", "Mostrar la respuesta (R)"),
    AnswerHidden => ("The answer is hidden until you reveal it.", "La respuesta está oculta hasta que la muestres."),
    HandsFor => ("Hands up for: {}", "Manos levantadas por: {}"),
    AddHand => ("One more hand for: {}", "Una mano más por: {}"),
    RemoveHand => ("One less hand for: {}", "Una mano menos por: {}"),
    Votes => ("{} hands", "{} manos"),
    RoomVoted => ("The room chose: {}", "El grupo eligió: {}"),
    FollowMajority => ("Follow the majority", "Seguir a la mayoría"),
    NoVotesYet => ("Count the hands for each choice first.", "Primero cuenta las manos de cada opción."),
    EndSession => ("End the session", "Terminar la sesión"),
    SessionSummary => ("Session summary", "Resumen de la sesión"),
    Covered => ("Covered: {} of {} steps", "Cubierto: {} de {} pasos"),
    ExportCsv => ("Export as CSV", "Exportar como CSV"),
    ExportCsvAnon => ("Export as CSV without names", "Exportar como CSV sin nombres"),
    SavedTo => ("Saved to {}", "Guardado en {}"),
    ImportProgress => ("Import progress files", "Importar archivos de avance"),
    ImportTip => ("Add learners' exported files from other computers (from a USB stick)", "Agrega archivos exportados por quienes aprenden en otras computadoras (de una memoria USB)"),
    Learner => ("Learner", "Persona"),
    ModulesPassed => ("Modules passed", "Módulos aprobados"),
    TimeSpent => ("Time spent", "Tiempo dedicado"),
    MostMissed => ("Most missed", "Más falladas"),
    Question => ("Question", "Pregunta"),
    ShareRight => ("Answered right", "Respondida bien"),
    Answers => ("Answers", "Respuestas"),
    FromFile => ("imported", "importado"),
    ThisComputer => ("this computer", "esta computadora"),
    NoLearners => ("No learners yet.", "Todavía no hay personas."),
    ImportAdded => ("Added {}.", "Se agregó a {}."),
    ImportDuplicate => ("{} was already here; the newer file is used.", "{} ya estaba; se usa el archivo más reciente."),
    ImportSameName => ("Two different learners are called {}; both are kept.", "Hay dos personas distintas llamadas {}; se conservan las dos."),
    ImportRejected => ("{} was not imported: {}", "No se importó {}: {}"),
    ImportNothing => ("No file was chosen.", "No se eligió ningún archivo."),
    Certificate => ("Certificate (PDF)", "Certificado (PDF)"),
    CertificateTip => ("Save a certificate of completion for this learner", "Guardar un certificado de finalización para esta persona"),
    InstalledCourses => ("Installed courses", "Cursos instalados"),
    BundledCourse => ("Bundled course", "Curso incluido"),
    InUse => ("in use", "en uso"),
    UseCourse => ("Use this course", "Usar este curso"),
    ImportFolder => ("Import a course folder", "Importar una carpeta de curso"),
    ImportZip => ("Import a course .zip", "Importar un curso .zip"),
    PackInvalid => ("This pack was not installed. Fix these problems first:", "Este paquete no se instaló. Primero corrige estos problemas:"),
    PackInstalled => ("Installed {}.", "Se instaló {}."),
    RestartToApply => ("Switched course: {}.", "Curso cambiado: {}."),
    PerQuestion => ("Per question", "Por pregunta"),
    PerLearner => ("Per learner", "Por persona"),
    // Second edition: read aloud, sources, the check before a module, the class table, reloads.
    ReadAloud => ("Read aloud", "Leer en voz alta"),
    ReadAloudTip => ("Reads this part aloud (key L). Press again to stop.", "Lee esta parte en voz alta (tecla L). Vuelve a pulsar para parar."),
    StopReading => ("Stop reading", "Parar la lectura"),
    StopReadingTip => ("Stops reading aloud (key L)", "Deja de leer en voz alta (tecla L)"),
    ReadSlowly => ("Read more slowly", "Leer más despacio"),
    ReadSlowlyTip => ("Read aloud at a slower speed", "Leer en voz alta a menor velocidad"),
    NoVoice => ("No voice for reading aloud was found on this computer.", "No se encontró en esta computadora una voz para leer en voz alta."),
    NoVoiceForLanguage => ("This computer has no voice for this language.", "Esta computadora no tiene una voz para este idioma."),
    Sources => ("Sources", "Fuentes"),
    SourcesTip => ("Where the facts on this page come from", "De dónde vienen los datos de esta página"),
    PreCheckTitle => ("See what you already know", "Mira lo que ya sabes"),
    PreCheckIntro => ("A few questions before the lessons. It is optional and it is not a test: nobody passes or fails. It helps show what you learn.", "Unas pocas preguntas antes de las lecciones. Es opcional y no es un examen: nadie aprueba ni reprueba. Sirve para ver lo que aprendes."),
    PreCheckStart => ("Answer a few questions first", "Responder primero unas preguntas"),
    PreCheckDone => ("Thank you", "Gracias"),
    PreCheckScore => ("You knew {} of {} already.", "Ya sabías {} de {}."),
    PreCheckNotATest => ("This was not a test. The lessons explain every question; at the end, the quiz shows what you learned.", "Esto no era un examen. Las lecciones explican cada pregunta; al final, el cuestionario muestra lo que aprendiste."),
    StartLessons => ("Start the lessons", "Empezar las lecciones"),
    FilterByName => ("Find by name", "Buscar por nombre"),
    SortBy => ("Sort by:", "Ordenar por:"),
    SortName => ("Name", "Nombre"),
    SortPassed => ("Modules passed", "Módulos aprobados"),
    SortGain => ("Learning gain", "Aprendizaje"),
    SortTime => ("Time", "Tiempo"),
    LearningGain => ("Gain (points)", "Aprendizaje (puntos)"),
    ScreenClosed => ("The course changed, so the screen that was open was closed. Nothing you saved was lost.", "El curso cambió y se cerró la pantalla que estaba abierta. No se perdió nada de lo que guardaste."),
    ExportXapi => ("Export for a learning record store (xAPI)", "Exportar para un registro de aprendizaje (xAPI)"),
    ExportXapiTip => ("xAPI 1.0.3 statements in a JSON file, without names, for the NGO's learning record store", "Declaraciones xAPI 1.0.3 en un archivo JSON, sin nombres, para el registro de aprendizaje de la ONG"),
    ItemAnalysisIntro => ("From each learner's first finished attempt. Discrimination: share right among the top 27% minus the bottom 27%; below zero, the question confuses those who know the module. Flags appear from 5 answers.", "Según el primer intento terminado de cada persona. Discriminación: proporción de aciertos del 27% con mejor nota menos la del 27% con peor nota; si es negativa, la pregunta confunde a quienes saben. Las alertas aparecen desde 5 respuestas."),
    ItemLine => ("Right at the first try: {} of {} answers · discrimination {}", "Acierto al primer intento: {} de {} respuestas · discriminación {}"),
    FlagTooEasy => ("Too easy: over 90% right at the first try", "Demasiado fácil: más del 90% acierta al primer intento"),
    FlagConfusing => ("Confusing: those who did worse overall got it right more often", "Confusa: quienes tuvieron peor nota general acertaron más"),
    FlagUnused => ("{} wrong option(s) nobody picked", "{} opción(es) incorrecta(s) que nadie eligió"),
    ClassGain => ("Class average gain from the check before to the quiz: {} points", "Aprendizaje medio de la clase, de la revisión previa al cuestionario: {} puntos"),
    CourseReloaded => ("The lesson files changed and were loaded again.", "Los archivos de lecciones cambiaron y se volvieron a cargar."),
    CourseReloadFailed => ("The lesson files changed but have errors; what was on screen stays until they are fixed:", "Los archivos de lecciones cambiaron pero tienen errores; lo que estaba en pantalla se mantiene hasta que se corrijan:"),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages() {
        for s in S::ALL {
            assert!(!s.en().trim().is_empty(), "{s:?} has no English");
            assert!(!s.es().trim().is_empty(), "{s:?} has no Spanish");
            assert_eq!(
                s.en().matches("{}").count(),
                s.es().matches("{}").count(),
                "{s:?}: placeholders differ between languages"
            );
        }
    }

    #[test]
    fn spanish_uses_tu_not_usted() {
        for s in S::ALL {
            let es = s.es().to_lowercase();
            for usted in [" usted", "su perfil", "podés", "tenés"] {
                assert!(!es.contains(usted), "{s:?} uses a form other than tú: {es}");
            }
        }
    }

    #[test]
    fn fill_places_arguments() {
        assert_eq!(fill("{} of {}", &[&1, &"two"]), "1 of two");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{} {}", &[&"x"]), "x {}");
    }
}
