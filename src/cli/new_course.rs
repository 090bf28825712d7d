//! `alerta new-course DIR --languages en,es,pt`: a small, valid, commented
//! course to start from: `course.ron`, `help.ron`, and one module that uses
//! every block and question type. It passes `alerta check --strict`.
//!
//! English and Spanish texts are written out; any other language gets the
//! English text marked `[xx]` for a translator to replace.

use std::io::Write;
use std::path::Path;

/// A text in every language: English and Spanish as given, others marked.
struct Langs<'a>(&'a [String]);

impl Langs<'_> {
    fn t(&self, en: &str, es: &str) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|l| {
                let s = match l.as_str() {
                    "en" => en.to_string(),
                    "es" => es.to_string(),
                    other => format!("[{other}] {en}"),
                };
                format!("{l}: {}", ron_string(&s))
            })
            .collect();
        format!("({})", parts.join(", "))
    }
}

fn ron_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn manifest(l: &Langs) -> String {
    let langs: Vec<String> = l.0.iter().map(|x| ron_string(x)).collect();
    format!(
        r#"// The course manifest. Every text must have every language in `languages`.
// Check your work with:  alerta check THIS-FOLDER --strict
Course(
    // Lowercase letters, digits and hyphens. Also the folder name of an installed pack.
    id: "my-course",
    // Raise this number when a change to the lessons should show in class reports.
    version: 1,
    title: {title},
    // Shown on the first screen, under the app's name.
    tagline: {tagline},
    // Shown on the home screen.
    description: {description},
    languages: [{langs}],
    // The caption under every chat, ad or post.
    example_caption: {caption},
    // What a red flag's kind is called, and the kinds this course uses.
    flag_kind_label: {label},
    flag_kinds: [
        FlagKind(id: Pressure, name: {pressure}),
        FlagKind(id: Secrecy, name: {secrecy}),
        FlagKind(id: Money, name: {money}),
    ],
)
"#,
        title = l.t("Safe travel for work", "Viajar seguro por trabajo"),
        tagline = l.t(
            "Check an offer before you go.",
            "Revisa una oferta antes de ir."
        ),
        description = l.t(
            "A short course on checking job offers far from home.",
            "Un curso corto para revisar ofertas de trabajo lejos de casa."
        ),
        langs = langs.join(", "),
        caption = l.t("An invented example", "Un ejemplo inventado"),
        label = l.t("Warning sign", "Señal de alerta"),
        pressure = l.t("Pressure to decide fast", "Presión para decidir rápido"),
        secrecy = l.t(
            "Being asked to keep secrets",
            "Pedirte que guardes secretos"
        ),
        money = l.t("Fees and debts", "Cobros y deudas"),
    )
}

fn help(l: &Langs) -> String {
    format!(
        r#"// Help lines on the Help screen. A learner sees a line only with
// show: Learners and a High or MediumHigh source. Write the day someone read
// the source in source_checked, and the day someone really called and was
// answered in `called` (leave it out until then).
HelpLines(
    notes: {notes},
    lines: [
        HelpLine(
            country: {region},
            name: {name},
            number: "migrantinfo.iom.int",
            kind: Web,
            operator: "International Organization for Migration (IOM)",
            run_by: International,
            source: "IOM, MigrantInfo: Identify signs of human trafficking (n.d.)",
            confidence: High,
            source_checked: "2026-12-01",
            show: Learners,
        ),
        // Every country with a line needs its emergency number, or a NotFound.
        NotFound(
            country: {region},
            what: Emergency,
            note: {nf},
            source_checked: "2026-12-01",
        ),
    ],
)
"#,
        notes = l.t(
            "Add the lines for your area before you use this course.",
            "Agrega las líneas de tu zona antes de usar este curso."
        ),
        region = l.t("All countries", "Todos los países"),
        name = l.t(
            "IOM MigrantInfo: report a case",
            "OIM MigrantInfo: reportar un caso"
        ),
        nf = l.t(
            "Ask your facilitator for the emergency number where you are.",
            "Pregunta a quien facilita el número de emergencias de tu zona."
        ),
    )
}

fn module(l: &Langs) -> String {
    let t = |en: &str, es: &str| l.t(en, es);
    format!(
        r#"// One module that uses every kind of block and question. Copy it to make more.
Module(
    id: "check-the-offer",
    title: {title},
    summary: {summary},
    // Optional: shown before the first lesson, with "skip to the quiz" and "help".
    content_note: {note},
    minutes: 15,
    // Every figure needs a source; blocks cite them by id: sources: ["iom-signs"].
    sources: [
        Source(
            id: "iom-signs",
            title: "Identify signs of human trafficking",
            publisher: "IOM MigrantInfo",
            year: "n.d.",
            url: "https://migrantinfo.iom.int/en/identify-signs-human-trafficking",
        ),
    ],
    // Optional: a few quiz questions asked before the lessons ("see what you already know").
    pre_check: PreCheck(from_quiz: ["who-pays", "keep-id"]),
    lessons: [
        Lesson(
            id: "before-you-go",
            title: {l1},
            // A page is a list of blocks shown together. Paths in messages count from 0.
            pages: [
                [
                    Text(body: {text}, sources: ["iom-signs"]),
                    KeyPoints(points: [{kp1}, {kp2}]),
                ],
                [
                    RedFlags(flags: [
                        Flag(text: {f1}, kind: Pressure),
                        Flag(text: {f2}, kind: Money, why: {why}),
                    ], sources: ["iom-signs"]),
                    // Only in facilitator mode:
                    Discussion(prompt: {disc}),
                    FacilitatorNote(note: {fnote}),
                ],
                [
                    Artefact(
                        id: "ad",
                        kind: JobAd,
                        title: {adtitle},
                        parts: [
                            Part(text: {ad1}),
                            Part(id: "pay", text: {ad2}, flag: Money, note: {ad2n}),
                            Part(id: "secret", text: {ad3}, flag: Secrecy, note: {ad3n}),
                        ],
                    ),
                ],
                [
                    // Every ending has a calm debrief: the signs, "not your fault", where to get help.
                    Scenario(
                        id: "mia",
                        title: {sctitle},
                        start: "offer",
                        scenes: [
                            Scene(
                                id: "offer",
                                text: {s1},
                                choices: [
                                    Choice(text: {c1}, goto: "paid"),
                                    Choice(text: {c2}, goto: "asked"),
                                ],
                            ),
                            Scene(
                                id: "asked",
                                text: {s2},
                                ending: Ending(outcome: Safe, title: {e1t}, debrief: {e1d}),
                            ),
                            Scene(
                                id: "paid",
                                text: {s3},
                                ending: Ending(outcome: Risky, title: {e2t}, debrief: {e2d}),
                            ),
                        ],
                    ),
                ],
            ],
        ),
    ],
    quiz: Quiz(
        pass_mark: 80,
        questions: [
            Single(
                id: "who-pays",
                prompt: {q1},
                choices: [
                    Choice(text: {q1a}, correct: true, feedback: {q1af}),
                    Choice(text: {q1b}, feedback: {q1bf}),
                    Choice(text: {q1c}, feedback: {q1cf}),
                ],
            ),
            Multi(
                id: "signs",
                prompt: {q2},
                // A hint never says how many answers are right.
                hint: {q2h},
                choices: [
                    Choice(text: {q2a}, correct: true),
                    Choice(text: {q2b}, correct: true),
                    Choice(text: {q2c}, feedback: {q2cf}),
                    // pin: Last keeps a choice in its place when the others are shuffled.
                    Choice(text: {q2d}, pin: Last, feedback: {q2df}),
                ],
            ),
            TrueFalse(id: "keep-id", prompt: {q3}, answer: false, true_feedback: {q3t}, false_feedback: {q3f}),
            TrueFalse(id: "ask-questions", prompt: {q4}, answer: true, true_feedback: {q4t}, false_feedback: {q4f}),
            Order(id: "steps", prompt: {q5}, items: [{o1}, {o2}, {o3}]),
            SpotFlags(
                id: "spot",
                prompt: {q6},
                artefact: Artefact(
                    id: "ad-quiz",
                    kind: JobAd,
                    title: {adtitle},
                    parts: [
                        Part(id: "job", text: {ad1}),
                        Part(id: "pay", text: {ad2}),
                        Part(id: "secret", text: {ad3}),
                    ],
                ),
                flags: [Spot(part: "pay", feedback: {ad2n}), Spot(part: "secret", feedback: {ad3n})],
                // A decoy is a part that is NOT a warning sign, with feedback for whoever picks it.
                decoys: [Spot(part: "job", feedback: {decoy})],
            ),
        ],
    ),
)
"#,
        title = t("Check the offer", "Revisa la oferta"),
        summary = t(
            "What to check before you accept work far from home.",
            "Qué revisar antes de aceptar un trabajo lejos de casa."
        ),
        note = t(
            "This module talks about job offers that can be traps. It has no graphic descriptions.",
            "Este módulo habla de ofertas de trabajo que pueden ser trampas. No tiene descripciones explícitas."
        ),
        l1 = t("Before you go", "Antes de salir"),
        text = t(
            "An offer that is too good to be true is a warning sign.\n\nAsk **who** the employer is, and tell someone you trust.",
            "Una oferta demasiado buena para ser verdad es una señal de alerta.\n\nPregunta **quién** es el empleador y cuéntaselo a alguien de confianza."
        ),
        kp1 = t("Keep your own ID.", "Guarda tú tu documento."),
        kp2 = t(
            "Tell someone you trust where you are going.",
            "Dile a alguien de confianza a dónde vas."
        ),
        f1 = t(
            "They want an answer today.",
            "Quieren una respuesta hoy mismo."
        ),
        f2 = t(
            "You must pay a fee to get the job.",
            "Tienes que pagar un cobro para obtener el trabajo."
        ),
        why = t(
            "A debt can be used to control you.",
            "Una deuda se puede usar para controlarte."
        ),
        disc = t(
            "What would you ask before you accept?",
            "¿Qué preguntarías antes de aceptar?"
        ),
        fnote = t(
            "Give the group five minutes to list questions.",
            "Dale al grupo cinco minutos para hacer una lista de preguntas."
        ),
        adtitle = t("An ad on a wall", "Un anuncio en una pared"),
        ad1 = t(
            "Cooks wanted in the capital.",
            "Se buscan cocineros en la capital."
        ),
        ad2 = t(
            "Great pay! Only a small fee to apply.",
            "¡Gran sueldo! Solo un pequeño cobro para aplicar."
        ),
        ad2n = t(
            "Real employers do not charge you for the job.",
            "Los empleadores de verdad no te cobran por el trabajo."
        ),
        ad3 = t(
            "Do not tell your family yet.",
            "Todavía no le digas a tu familia."
        ),
        ad3n = t(
            "Keeping secrets cuts you off from help.",
            "Guardar secretos te aleja de quien te puede ayudar."
        ),
        sctitle = t("Mia reads the ad", "Mia lee el anuncio"),
        s1 = t(
            "Mia sees the ad and calls. A man says she can start tomorrow if she pays a fee today.",
            "Mia ve el anuncio y llama. Un hombre dice que puede empezar mañana si paga un cobro hoy."
        ),
        c1 = t(
            "Pay the fee to keep the job",
            "Pagar el cobro para no perder el trabajo"
        ),
        c2 = t(
            "Ask for the address and tell her aunt",
            "Pedir la dirección y contarle a su tía"
        ),
        s2 = t(
            "The man stops answering. Mia keeps her money.",
            "El hombre deja de contestar. Mia conserva su dinero."
        ),
        e1t = t("Mia stays safe", "Mia se mantiene a salvo"),
        e1d = t(
            "Asking questions and telling someone you trust are good steps. The fee and the rush were warning signs.",
            "Hacer preguntas y contarle a alguien de confianza son buenos pasos. El cobro y la prisa eran señales de alerta."
        ),
        s3 = t(
            "Mia pays. Now the man asks for more money.",
            "Mia paga. Ahora el hombre pide más dinero."
        ),
        e2t = t("Mia is at risk", "Mia está en riesgo"),
        e2d = t(
            "It is not Mia's fault: the offer was made to trick her. She can stop paying, talk to someone she trusts, and look at the Help screen.",
            "No es culpa de Mia: la oferta estaba hecha para engañarla. Puede dejar de pagar, hablar con alguien de confianza y ver la pantalla de Ayuda."
        ),
        q1 = t(
            "Who pays to start a real job abroad?",
            "¿Quién paga para empezar un trabajo real en otro país?"
        ),
        q1a = t("The employer, not you", "El empleador, no tú"),
        q1af = t(
            "Right: a fee to get a job is a warning sign.",
            "Correcto: un cobro para obtener un trabajo es una señal de alerta."
        ),
        q1b = t("You, through a travel fee", "Tú, con un cobro de viaje"),
        q1bf = t(
            "A fee you must pay first can become a debt used to control you.",
            "Un cobro que debes pagar primero puede volverse una deuda para controlarte."
        ),
        q1c = t(
            "A friend who recommends you",
            "Una amistad que te recomienda"
        ),
        q1cf = t(
            "Nobody should have to pay for you to get a job.",
            "Nadie debería pagar para que consigas un trabajo."
        ),
        q2 = t("Which are warning signs?", "¿Cuáles son señales de alerta?"),
        q2h = t(
            "Think about money and secrets.",
            "Piensa en el dinero y en los secretos."
        ),
        q2a = t("A fee to apply", "Un cobro para aplicar"),
        q2b = t(
            "Being told to keep it secret",
            "Que te pidan guardar el secreto"
        ),
        q2c = t(
            "A written contract to read at home",
            "Un contrato escrito para leer en casa"
        ),
        q2cf = t(
            "A contract you can read and check is a good sign.",
            "Un contrato que puedes leer y revisar es una buena señal."
        ),
        q2d = t("None of these", "Ninguna de estas"),
        q2df = t(
            "Some of the others are warning signs.",
            "Algunas de las otras son señales de alerta."
        ),
        q3 = t(
            "It is fine to let a new employer keep your passport.",
            "Está bien dejar que un empleador nuevo guarde tu pasaporte."
        ),
        q3t = t(
            "Keeping someone's documents is a way to control them.",
            "Quedarse con los documentos de alguien es una forma de controlarlo."
        ),
        q3f = t(
            "Right: keep your own documents.",
            "Correcto: guarda tus propios documentos."
        ),
        q4 = t(
            "You can ask an employer for their full address.",
            "Puedes pedirle a un empleador su dirección completa."
        ),
        q4t = t(
            "Right: a real employer can tell you.",
            "Correcto: un empleador de verdad te la puede dar."
        ),
        q4f = t(
            "Asking is your right, and a real employer can answer.",
            "Preguntar es tu derecho, y un empleador de verdad puede contestar."
        ),
        q5 = t("Put the steps in order.", "Ordena los pasos."),
        o1 = t("Read the offer", "Leer la oferta"),
        o2 = t("Ask who the employer is", "Preguntar quién es el empleador"),
        o3 = t("Tell someone you trust", "Contarle a alguien de confianza"),
        q6 = t(
            "Select the warning signs in the ad.",
            "Selecciona las señales de alerta del anuncio."
        ),
        decoy = t(
            "A job title alone is not a warning sign.",
            "Un puesto de trabajo por sí solo no es una señal de alerta."
        ),
    )
}

/// Writes the starter course into `dir` (which must be empty or new).
pub fn run(dir: &Path, languages: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if languages.is_empty()
        || !languages
            .iter()
            .all(|l| crate::course::text::is_lang_code(l))
    {
        let _ = writeln!(err, "error: --languages takes codes such as en,es,pt");
        return 2;
    }
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        let _ = writeln!(
            err,
            "error: {} is not empty; choose a new folder",
            dir.display()
        );
        return 2;
    }
    let l = Langs(languages);
    let files = [
        ("course.ron", manifest(&l)),
        ("help.ron", help(&l)),
        ("01-check-the-offer.ron", module(&l)),
    ];
    if let Err(e) = std::fs::create_dir_all(dir) {
        let _ = writeln!(err, "error: cannot create {}: {e}", dir.display());
        return 2;
    }
    for (name, text) in files {
        let path = dir.join(name);
        if let Err(e) =
            crate::progress::store::atomic_write(&path, text.as_bytes(), std::io::Write::write_all)
        {
            let _ = writeln!(err, "error: {e}");
            return 2;
        }
        let _ = writeln!(out, "wrote {}", path.display());
    }
    let _ = writeln!(
        out,
        "Next: edit the files, then run `alerta check {} --strict`.",
        dir.display()
    );
    0
}
