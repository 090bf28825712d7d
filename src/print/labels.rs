//! The words printed material needs besides the course's own text.
//!
//! TEMPORARY SOURCE. The layout code never writes a word of its own: it takes
//! every label from a [`Labels`] that the caller fills. Until the lead engineer
//! moves these strings to the Fluent files under `assets/i18n/`, the two
//! constructors below are where they live. Placeholders are written `{name}`
//! and filled with [`fill`].

/// The words around the course's text in a printed document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    // Every document
    /// `{page}`, `{pages}`.
    pub page_of: String,
    /// `{minutes}`.
    pub about_minutes: String,
    pub handout: String,
    pub quiz: String,
    pub answer_key: String,
    pub guide: String,

    // Handout
    pub before_you_start: String,
    pub key_points: String,
    pub warning_signs: String,
    /// Used when the course names no label for its kinds of warning sign.
    pub sign_kind: String,
    pub why_it_matters: String,
    pub stories: String,
    /// `{n}`: the part of a story.
    pub story_part: String,
    /// `{from}`: the part and choice a part of a story follows, such as `1 a)`.
    pub story_after: String,
    /// Asked under each scene of a story; the choices follow, lettered.
    pub what_could_they_do: String,
    pub talk_about_it: String,

    // Help lines
    pub where_to_get_help: String,
    pub help_intro: String,
    /// Printed when no country was chosen.
    pub ask_for_local_lines: String,
    pub kind_phone: String,
    pub kind_text: String,
    pub kind_chat: String,
    pub kind_web: String,
    pub kind_emergency: String,
    pub run_by_police: String,
    pub run_by_immigration: String,
    /// `{who}`.
    pub who_should_call: String,
    /// `{operator}`.
    pub run_by: String,
    /// `{date}`.
    pub source_checked: String,
    /// `{date}`.
    pub called_on: String,
    pub not_called: String,
    pub not_found_emergency: String,
    pub not_found_child_protection: String,
    /// `{date}`.
    pub searched_on: String,
    pub facilitators_only_line: String,
    pub numbers_change: String,
    pub no_lines: String,

    // Quiz sheet
    pub name: String,
    pub date: String,
    pub tick_one: String,
    pub tick_all: String,
    pub tick_true_or_false: String,
    pub true_: String,
    pub false_: String,
    pub write_order: String,
    pub circle_signs: String,
    /// `{n}`.
    pub question_n: String,

    // Answer key
    pub right_answer: String,
    pub right_answers: String,
    /// Put after the right choice in the key, in words (not only a mark).
    pub right_mark: String,
    pub why: String,
    /// `{choice}`: feedback for one choice.
    pub if_they_choose: String,
    pub right_order: String,
    /// `{list}`: the numbers of the parts that are warning signs.
    pub signs_are: String,
    /// `{list}`.
    pub not_signs: String,
    /// `{mark}`: the pass mark, in percent.
    pub pass_mark: String,
    /// A table of every question's right answer, for marking.
    pub quick_key: String,
    pub question: String,

    // Facilitator's guide
    pub timing: String,
    pub lesson: String,
    pub pages: String,
    pub minutes: String,
    pub total: String,
    pub read_this_first: String,
    pub before_the_lessons: String,
    /// `{n}`, `{title}`.
    pub lesson_n: String,
    pub note_for_you: String,
    pub discuss: String,
    pub story_map: String,
    /// `{n}`.
    pub scene_n: String,
    /// `{n}`: where a choice leads.
    pub goes_to: String,
    pub start_here: String,
    pub ending: String,
    pub outcome_safe: String,
    pub outcome_risky: String,
    pub outcome_harmful: String,
    pub debrief: String,
    pub debrief_script: String,
    pub script_ask_signs: String,
    pub script_listen_for: String,
    pub script_recap: String,
    pub script_not_fault: String,
    pub script_help: String,
    pub sources: String,

    // Certificate
    pub cert_title: String,
    pub cert_certifies: String,
    pub cert_completed: String,
    pub cert_completed_some: String,
    pub cert_modules_heading: String,
    pub cert_date: String,
}

impl Labels {
    /// English (temporary source; see the module's note).
    pub fn en() -> Labels {
        Labels {
            page_of: "Page {page} of {pages}".into(),
            about_minutes: "About {minutes} minutes".into(),
            handout: "Handout".into(),
            quiz: "Quiz".into(),
            answer_key: "Answer key".into(),
            guide: "Facilitator's guide".into(),

            before_you_start: "Before you start".into(),
            key_points: "Key points".into(),
            warning_signs: "Warning signs".into(),
            sign_kind: "Kind of sign".into(),
            why_it_matters: "Why it matters:".into(),
            stories: "Stories to talk about".into(),
            story_part: "Part {n}".into(),
            story_after: "(after {from})".into(),
            what_could_they_do: "What could they do? What would you do?".into(),
            talk_about_it: "Talk about it".into(),

            where_to_get_help: "Where to get help".into(),
            help_intro: "If you or someone you know is in danger now, call the emergency number. Do not confront a person you suspect. Check each line's notes.".into(),
            ask_for_local_lines: "Ask your facilitator for the lines in your country.".into(),
            kind_phone: "Phone".into(),
            kind_text: "Text message".into(),
            kind_chat: "Chat".into(),
            kind_web: "Web page".into(),
            kind_emergency: "Emergency".into(),
            run_by_police: "This line is run by the police.".into(),
            run_by_immigration: "This line is run by immigration enforcement. What you say may be used to enforce immigration law.".into(),
            who_should_call: "Who should call: {who}".into(),
            run_by: "Run by: {operator}".into(),
            source_checked: "Source checked on {date}: someone read where this number is published.".into(),
            called_on: "Called and answered on {date}.".into(),
            not_called: "Nobody from this course has called it yet.".into(),
            not_found_emergency: "Emergency number: not found with a reliable source.".into(),
            not_found_child_protection: "Child-protection line: not found with a reliable source.".into(),
            searched_on: "Searched on {date}.".into(),
            facilitators_only_line: "Facilitators only: not shown to learners.".into(),
            numbers_change: "Numbers change. If a line does not work, tell your facilitator.".into(),
            no_lines: "No help lines have been checked for this course yet.".into(),

            name: "Name:".into(),
            date: "Date:".into(),
            tick_one: "Tick one box.".into(),
            tick_all: "Tick every box that is right.".into(),
            tick_true_or_false: "Tick True or False.".into(),
            true_: "True".into(),
            false_: "False".into(),
            write_order: "Write 1 in the box of what comes first, 2 for the next, and so on.".into(),
            circle_signs: "Circle the numbers of the parts that are warning signs.".into(),
            question_n: "{n}.".into(),

            right_answer: "Right answer:".into(),
            right_answers: "Right answers:".into(),
            right_mark: "(right)".into(),
            why: "Why:".into(),
            if_they_choose: "If someone chooses {choice}:".into(),
            right_order: "Right order:".into(),
            signs_are: "Warning signs: {list}".into(),
            not_signs: "Not warning signs: {list}".into(),
            pass_mark: "To pass: {mark}% of the questions right.".into(),
            quick_key: "Quick key for marking".into(),
            question: "Question".into(),

            timing: "Timing".into(),
            lesson: "Lesson".into(),
            pages: "Pages".into(),
            minutes: "Minutes".into(),
            total: "Total".into(),
            read_this_first: "Read this first".into(),
            before_the_lessons: "Before the lessons: what do they know already?".into(),
            lesson_n: "Lesson {n}: {title}".into(),
            note_for_you: "Note for you:".into(),
            discuss: "Discuss:".into(),
            story_map: "The story and all its paths".into(),
            scene_n: "Scene {n}".into(),
            goes_to: "go to scene {n}".into(),
            start_here: "Start here.".into(),
            ending: "Ending".into(),
            outcome_safe: "Safe".into(),
            outcome_risky: "Could go either way".into(),
            outcome_harmful: "Harm done".into(),
            debrief: "What to take from this:".into(),
            debrief_script: "Debrief script".into(),
            script_ask_signs: "Ask: which warning signs did you notice? Let the group answer first.".into(),
            script_listen_for: "Listen for these signs, and name the ones nobody mentioned:".into(),
            script_recap: "Go over the key points:".into(),
            script_not_fault: "Say clearly: when someone is deceived or controlled, it is never their fault. The people who lie and control are responsible.".into(),
            script_help: "Show where to get help, and remind everyone that they can ask for help without being sure:".into(),
            sources: "Sources".into(),

            cert_title: "Certificate of completion".into(),
            cert_certifies: "This certifies that".into(),
            cert_completed: "has completed the course".into(),
            cert_completed_some: "has passed these modules of the course".into(),
            cert_modules_heading: "Modules passed".into(),
            cert_date: "Date".into(),
        }
    }

    /// Spanish (temporary source; see the module's note). Addresses the reader
    /// as "tú", like the course.
    pub fn es() -> Labels {
        Labels {
            page_of: "Página {page} de {pages}".into(),
            about_minutes: "Unos {minutes} minutos".into(),
            handout: "Hoja para el grupo".into(),
            quiz: "Cuestionario".into(),
            answer_key: "Respuestas".into(),
            guide: "Guía para quien facilita".into(),

            before_you_start: "Antes de empezar".into(),
            key_points: "Ideas clave".into(),
            warning_signs: "Señales de alerta".into(),
            sign_kind: "Tipo de señal".into(),
            why_it_matters: "Por qué importa:".into(),
            stories: "Historias para conversar".into(),
            story_part: "Parte {n}".into(),
            story_after: "(después de {from})".into(),
            what_could_they_do: "¿Qué podría hacer? ¿Qué harías tú?".into(),
            talk_about_it: "Para conversar".into(),

            where_to_get_help: "Dónde pedir ayuda".into(),
            help_intro: "Si tú o alguien que conoces está en peligro ahora, llama al número de emergencias. No enfrentes a la persona que sospechas. Revisa las notas de cada línea.".into(),
            ask_for_local_lines: "Pide a quien facilita las líneas de tu país.".into(),
            kind_phone: "Teléfono".into(),
            kind_text: "Mensaje de texto".into(),
            kind_chat: "Chat".into(),
            kind_web: "Página web".into(),
            kind_emergency: "Emergencias".into(),
            run_by_police: "Esta línea es de la policía.".into(),
            run_by_immigration: "Esta línea es de las autoridades de migración. Lo que digas puede usarse para aplicar las leyes de migración.".into(),
            who_should_call: "Quién debe llamar: {who}".into(),
            run_by: "A cargo de: {operator}".into(),
            source_checked: "Fuente revisada el {date}: alguien leyó dónde se publica este número.".into(),
            called_on: "Se llamó y contestaron el {date}.".into(),
            not_called: "Nadie de este curso ha llamado todavía.".into(),
            not_found_emergency: "Número de emergencias: no se encontró con una fuente confiable.".into(),
            not_found_child_protection: "Línea de protección de la niñez: no se encontró con una fuente confiable.".into(),
            searched_on: "Búsqueda hecha el {date}.".into(),
            facilitators_only_line: "Solo para quien facilita: no se muestra a las personas que aprenden.".into(),
            numbers_change: "Los números cambian. Si una línea no funciona, avísale a quien facilita.".into(),
            no_lines: "Todavía no se ha revisado ninguna línea de ayuda para este curso.".into(),

            name: "Nombre:".into(),
            date: "Fecha:".into(),
            tick_one: "Marca una casilla.".into(),
            tick_all: "Marca todas las casillas correctas.".into(),
            tick_true_or_false: "Marca Verdadero o Falso.".into(),
            true_: "Verdadero".into(),
            false_: "Falso".into(),
            write_order: "Escribe 1 en la casilla de lo que pasa primero, 2 en lo que sigue, y así.".into(),
            circle_signs: "Encierra en un círculo los números de las partes que son señales de alerta.".into(),
            question_n: "{n}.".into(),

            right_answer: "Respuesta correcta:".into(),
            right_answers: "Respuestas correctas:".into(),
            right_mark: "(correcta)".into(),
            why: "Por qué:".into(),
            if_they_choose: "Si alguien elige {choice}:".into(),
            right_order: "Orden correcto:".into(),
            signs_are: "Señales de alerta: {list}".into(),
            not_signs: "No son señales de alerta: {list}".into(),
            pass_mark: "Para aprobar: {mark} % de las preguntas bien.".into(),
            quick_key: "Clave rápida para corregir".into(),
            question: "Pregunta".into(),

            timing: "Tiempos".into(),
            lesson: "Lección".into(),
            pages: "Páginas".into(),
            minutes: "Minutos".into(),
            total: "Total".into(),
            read_this_first: "Lee esto primero".into(),
            before_the_lessons: "Antes de las lecciones: ¿qué saben ya?".into(),
            lesson_n: "Lección {n}: {title}".into(),
            note_for_you: "Nota para ti:".into(),
            discuss: "Para conversar:".into(),
            story_map: "La historia y todos sus caminos".into(),
            scene_n: "Escena {n}".into(),
            goes_to: "ir a la escena {n}".into(),
            start_here: "Empieza aquí.".into(),
            ending: "Final".into(),
            outcome_safe: "A salvo".into(),
            outcome_risky: "Puede salir bien o mal".into(),
            outcome_harmful: "Hubo daño".into(),
            debrief: "Qué aprender de esto:".into(),
            debrief_script: "Guion para el cierre".into(),
            script_ask_signs: "Pregunta: ¿qué señales de alerta notaron? Deja que el grupo responda primero.".into(),
            script_listen_for: "Escucha si mencionan estas señales, y nombra las que nadie dijo:".into(),
            script_recap: "Repasa las ideas clave:".into(),
            script_not_fault: "Di con claridad: cuando a alguien lo engañan o lo controlan, nunca es su culpa. La responsabilidad es de quienes mienten y controlan.".into(),
            script_help: "Muestra dónde pedir ayuda, y recuerda que se puede pedir ayuda sin estar seguro o segura:".into(),
            sources: "Fuentes".into(),

            cert_title: "Certificado de finalización".into(),
            cert_certifies: "Se certifica que".into(),
            cert_completed: "completó el curso".into(),
            cert_completed_some: "aprobó estos módulos del curso".into(),
            cert_modules_heading: "Módulos aprobados".into(),
            cert_date: "Fecha".into(),
        }
    }

    /// Spanish for `es` and its variants, English for anything else (until
    /// the Fluent files provide more languages).
    pub fn for_lang(lang: &str) -> Labels {
        if lang == "es" || lang.starts_with("es-") || lang.starts_with("es_") {
            Labels::es()
        } else {
            Labels::en()
        }
    }
}

/// Fills `{name}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field, as (name, value) pairs, through the Debug output.
    fn fields(l: &Labels) -> Vec<(String, String)> {
        let dbg = format!("{l:#?}");
        dbg.lines()
            .filter_map(|line| {
                let (k, v) = line.trim().split_once(": ")?;
                Some((k.to_string(), v.trim_end_matches(',').to_string()))
            })
            .collect()
    }

    #[test]
    fn both_languages_fill_every_label_with_the_same_placeholders() {
        let (en, es) = (fields(&Labels::en()), fields(&Labels::es()));
        assert_eq!(en.len(), es.len());
        assert!(en.len() > 80);
        let holes = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
                .collect();
            v.sort();
            v
        };
        for ((k, a), (_, b)) in en.iter().zip(&es) {
            assert!(a.len() > 2 && b.len() > 2, "{k} is empty");
            assert_eq!(holes(a), holes(b), "{k}");
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("Page {page} of {pages}", &[("page", "2"), ("pages", "5")]),
            "Page 2 of 5"
        );
    }
}
