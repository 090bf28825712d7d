//! Generated courses of any size, for benchmarks and stress tests.

use std::fmt::Write as _;
use std::path::Path;

/// Writes a valid course to `dir`: `modules` files, each with `lessons`
/// lessons of two pages and `questions` questions of every type, plus a
/// scenario per module.
pub fn write_course(
    dir: &Path,
    modules: usize,
    lessons: usize,
    questions: usize,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("course.ron"),
        r#"Course(id: "synthetic", version: 1, title: (en: "Synthetic", es: "Sintético"),
            description: (en: "Generated", es: "Generado"), languages: ["en", "es"],
            flag_kinds: [FlagKind(id: Deception, name: (en: "Deception", es: "Engaño")),
                FlagKind(id: Isolation, name: (en: "Isolation", es: "Aislamiento"))])"#,
    )?;
    std::fs::write(dir.join("help.ron"), "HelpLines(lines: [])")?;
    for m in 0..modules {
        std::fs::write(
            dir.join(format!("{m:04}-module.ron")),
            module_source(m, lessons, questions),
        )?;
    }
    Ok(())
}

fn t(s: &str) -> String {
    format!(
        "(en: \"{s} in English, with a *little* markup.\", es: \"{s} en español, con un poco de *marcado*.\")"
    )
}

pub fn module_source(m: usize, lessons: usize, questions: usize) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "Module(id: \"m{m}\", title: {}, summary: {}, content_note: {}, minutes: 20,\n sources: [Source(title: \"Synthetic\", publisher: \"Alerta\", year: 2026)],\n lessons: [\n",
        t("Title"),
        t("Summary"),
        t("Note")
    );
    for l in 0..lessons {
        let _ = write!(
            s,
            "  Lesson(id: \"l{l}\", title: {}, pages: [\n   [Text(body: {}), KeyPoints(points: [{}, {}])],\n   [RedFlags(flags: [Flag(text: {}, indicator: Deception, why: {})]), Discussion(prompt: {}), FacilitatorNote(note: {})],\n",
            t("Lesson"),
            t("Body paragraph one.\\n\\n- item\\n- item"),
            t("Point"),
            t("Point"),
            t("Flag"),
            t("Why"),
            t("Prompt"),
            t("Note")
        );
        if l == 0 {
            let _ = write!(
                s,
                "   [Artefact(id: \"a{l}\", kind: Chat, title: {}, parts: [Part(id: \"p1\", sender: \"Marvin\", text: {}, flag: Isolation, note: {}), Part(mine: true, text: {})]),\n    Scenario(id: \"s{l}\", title: {}, start: \"a\", scenes: [\n     Scene(id: \"a\", text: {}, choices: [Choice(text: {}, goto: \"b\"), Choice(text: {}, goto: \"c\")]),\n     Scene(id: \"b\", text: {}, ending: Ending(outcome: Harmful, title: {}, debrief: {})),\n     Scene(id: \"c\", text: {}, ending: Ending(outcome: Safe, title: {}, debrief: {}))])],\n",
                t("Chat"),
                t("Hi"),
                t("Why"),
                t("Reply"),
                t("Story"),
                t("Scene"),
                t("Go"),
                t("Stay"),
                t("B"),
                t("End"),
                t("Debrief"),
                t("C"),
                t("End"),
                t("Debrief")
            );
        }
        s.push_str("  ]),\n");
    }
    s.push_str(" ],\n quiz: Quiz(pass_mark: 80, questions: [\n");
    for q in 0..questions {
        let body = match q % 5 {
            0 => format!(
                "Single(id: \"q{q}\", prompt: {}, choices: [Choice(text: {}, correct: true, feedback: {}), Choice(text: {}, feedback: {}), Choice(text: {}, feedback: {})], hint: {}, explanation: {})",
                t("Prompt"),
                t("A"),
                t("Yes"),
                t("B"),
                t("No"),
                t("C"),
                t("No"),
                t("Hint"),
                t("Explanation")
            ),
            1 => format!(
                "Multi(id: \"q{q}\", prompt: {}, choices: [Choice(text: {}, correct: true, feedback: {}), Choice(text: {}, correct: true, feedback: {}), Choice(text: {}, feedback: {})])",
                t("Prompt"),
                t("A"),
                t("Yes"),
                t("B"),
                t("Yes"),
                t("C"),
                t("No")
            ),
            2 => format!(
                "TrueFalse(id: \"q{q}\", prompt: {}, answer: {}, true_feedback: {}, false_feedback: {})",
                t("Prompt"),
                q % 2 == 0,
                t("No"),
                t("Yes")
            ),
            3 => format!(
                "Order(id: \"q{q}\", prompt: {}, items: [{}, {}, {}])",
                t("Prompt"),
                t("1"),
                t("2"),
                t("3")
            ),
            _ => format!(
                "SpotFlags(id: \"q{q}\", prompt: {}, artefact: Artefact(id: \"spot{q}\", kind: JobAd, title: {}, parts: [Part(id: \"x\", text: {}), Part(id: \"y\", text: {}), Part(id: \"z\", text: {})]), flags: [Spot(part: \"x\", feedback: {})], decoys: [Spot(part: \"y\", feedback: {})])",
                t("Prompt"),
                t("Ad"),
                t("Pay"),
                t("Hours"),
                t("Place"),
                t("Flag"),
                t("Fine")
            ),
        };
        let _ = writeln!(s, "  {body},");
    }
    s.push_str(" ]),\n)\n");
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_course_is_valid() {
        let d = tempfile::tempdir().unwrap();
        super::write_course(d.path(), 3, 4, 10).unwrap();
        let l = crate::course::load_dir(d.path()).unwrap();
        assert_eq!(l.diagnostics, vec![]);
        assert_eq!(l.course.lesson_count(), 12);
        assert_eq!(l.course.question_count(), 30);
        assert_eq!(l.course.scenario_count(), 3);
    }
}
