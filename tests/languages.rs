//! A third language with no code change: an NGO adds Portuguese by writing
//! one `.ftl` file and the course's `pt:` texts. The whole app then speaks
//! Portuguese, `alerta check` reports how much is translated, and a partly
//! translated language borrows the rest from its fallback.

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::Arc;

use alerta::app::{AlertaApp, AppEnv, Command};
use alerta::i18n::{Catalog, Localizer};
use alerta::progress::{DataDir, FakeClock};
use alerta::quiz::{Answer, model_answer};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A small course about safe water, in English, Spanish and Portuguese.
fn course_dir() -> PathBuf {
    root().join("tests/fixtures/three-languages")
}

/// The Portuguese interface file, as an NGO would drop it beside the program.
fn pt_ui() -> PathBuf {
    root().join("tests/fixtures/i18n-pt")
}

fn catalog() -> Catalog {
    Catalog::load(&[pt_ui()])
}

fn pt() -> Localizer {
    Localizer::new(Arc::new(catalog()), "pt")
}

fn alerta(args: &[&str]) -> (i32, String) {
    let out = Process::new(env!("CARGO_BIN_EXE_alerta"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn the_portuguese_file_is_complete_and_matches_english() {
    let c = catalog();
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    let cov = c.coverage("pt");
    assert_eq!(cov.own_name, "Português");
    assert!(
        cov.missing.is_empty() && cov.mismatches.is_empty(),
        "{cov:#}"
    );
}

#[test]
fn check_reports_the_third_language_for_the_interface_and_the_course() {
    let dir = course_dir();
    let ui = pt_ui();
    let (code, out) = alerta(&[
        "--i18n",
        ui.to_str().unwrap(),
        "check",
        dir.to_str().unwrap(),
        "--strict",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("languages: en es pt"), "{out}");
    let total = catalog().coverage("en").total;
    assert!(
        out.contains(&format!(
            "pt (Português): {total} of {total} messages (100%)"
        )),
        "{out}"
    );
    // Without the file, the same check says Portuguese falls back.
    let (code, out) = alerta(&["check", dir.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("pt (pt): 0 of"), "{out}");
    assert!(out.contains("the rest shows en"), "{out}");
}

#[test]
fn check_fails_on_a_placeholder_mismatch_in_an_interface_file() {
    let ui = root().join("tests/fixtures/i18n/mismatch");
    let (code, out) = alerta(&[
        "--i18n",
        ui.to_str().unwrap(),
        "check",
        course_dir().to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("but English uses"), "{out}");
}

/// Every text the interface can show in English or Spanish (messages without
/// variables, longer than a word), to prove none of it is on screen.
fn bundled_words() -> Vec<String> {
    let c = Arc::new(Catalog::embedded());
    let (en, es) = (Localizer::new(c.clone(), "en"), Localizer::new(c, "es"));
    let pt = pt();
    alerta::app::S::ALL
        .iter()
        .filter(|s| s.args().is_empty())
        .flat_map(|s| [en.t(s.key()), es.t(s.key())])
        .filter(|t| t.chars().count() > 4 && *t != pt.t("app-name"))
        // A single word Portuguese shares with a bundled language ("Idioma",
        // "Cancelar") is not a leak; a shared phrase is.
        .filter(|t| {
            t.contains(' ')
                || !alerta::app::S::ALL
                    .iter()
                    .any(|s| s.args().is_empty() && pt.t(s.key()) == *t)
        })
        .collect()
}

fn labels(h: &Harness<'_, AlertaApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    h.query_all(By::new().predicate(|n| n.label().is_some()))
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

fn no_bundled_wording(h: &Harness<'_, AlertaApp>, bundled: &[String], screen: &str) {
    for label in labels(h) {
        assert!(
            !bundled.contains(&label),
            "{screen}: \"{label}\" is English or Spanish interface text"
        );
    }
}

#[test]
fn the_whole_app_runs_in_portuguese_with_no_code_change() {
    let data = tempfile::tempdir().unwrap();
    let mut env = AppEnv::new(&course_dir(), DataDir::at(data.path())).with_catalog(catalog());
    env.clock = Arc::new(FakeClock::at_day(20_786, 10 * 3600));
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(40)
        .build_eframe(move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx));
    h.run();
    let t = pt();
    let bundled = bundled_words();

    // The language picker lists every language of the course, each in itself.
    assert!(h.query_all_by_label("Português").next().is_some());
    h.get_by_label("Português").click_accesskit();
    h.run();
    assert_eq!(h.state().state.lang, "pt");
    assert!(
        h.query_all_by_label(&t.t("who-is-learning"))
            .next()
            .is_some()
    );
    no_bundled_wording(&h, &bundled, "start");

    // A profile, created through Portuguese labels.
    h.get_by_label(&t.t("new-profile")).click_accesskit();
    h.run();
    h.get_by_label(&t.t("your-name")).focus();
    h.run();
    h.get_by_label(&t.t("your-name")).type_text("Xʼiwan Ñañez");
    h.run();
    h.get_by_label(&t.t("create")).click_accesskit();
    h.run();
    no_bundled_wording(&h, &bundled, "home");

    // Every module: its pages in Portuguese, then its quiz, answered right.
    let course = h.state().state.course.clone();
    for m in &course.modules {
        let title = m.title.get("pt");
        assert_ne!(title, m.title.get("en"));
        h.state_mut()
            .dispatch(Command::Go(alerta::app::Nav::Module(m.id.clone())));
        h.run();
        assert!(
            h.query_all_by_label_contains(title).next().is_some(),
            "the module's Portuguese title"
        );
        no_bundled_wording(&h, &bundled, &format!("module {}", m.id));
        h.state_mut()
            .dispatch(Command::Go(alerta::app::Nav::Quiz(m.id.clone())));
        h.run();
        for q in &m.quiz.questions {
            assert!(
                h.query_all_by_label_contains(first_words(q.prompt.get("pt")))
                    .next()
                    .is_some(),
                "{}: the prompt in Portuguese",
                q.id
            );
            no_bundled_wording(&h, &bundled, &format!("question {}", q.id));
            answer(&mut h, &model_answer(q));
            h.state_mut().dispatch(Command::Submit);
            h.run();
            no_bundled_wording(&h, &bundled, &format!("feedback {}", q.id));
            h.state_mut().dispatch(Command::NextQuestion);
            h.run();
        }
        assert!(
            h.query_all_by_label_contains("100%").next().is_some(),
            "results for {}",
            m.id
        );
        no_bundled_wording(&h, &bundled, &format!("results {}", m.id));
    }
    // Help and settings, too.
    h.state_mut().dispatch(Command::Go(alerta::app::Nav::Help));
    h.run();
    assert!(h.query_all_by_label(&t.t("help-title")).next().is_some());
    no_bundled_wording(&h, &bundled, "help");
    h.state_mut()
        .dispatch(Command::Go(alerta::app::Nav::Settings));
    h.run();
    no_bundled_wording(&h, &bundled, "settings");
    h.state_mut().flush();
    let p = h.state().state.progress().unwrap();
    assert_eq!(
        p.settings.language, "pt",
        "the profile remembers Portuguese"
    );
}

/// Gives `a` with the commands the quiz screen emits for clicks and keys.
fn answer(h: &mut Harness<'_, AlertaApp>, a: &Answer) {
    use alerta::app::state::{Screen, Sel};
    let sel = match &h.state().state.screen {
        Screen::Quiz(q) => q.sel.clone(),
        _ => panic!("not in a quiz"),
    };
    let mut cmds = Vec::new();
    match (a, sel) {
        (Answer::Single(i), _) => cmds.push(Command::Select(*i)),
        (Answer::TrueFalse(b), _) => cmds.push(Command::Select(usize::from(!*b))),
        (Answer::Multi(want), Sel::Multi(have)) | (Answer::Spot(want), Sel::Spot(have)) => {
            cmds.extend(have.symmetric_difference(want).map(|i| Command::Select(*i)))
        }
        (Answer::Order(want), Sel::Order(mut order)) => {
            for (pos, item) in want.iter().enumerate() {
                let at = order.iter().position(|x| x == item).unwrap();
                if at != pos {
                    order.swap(at, pos);
                    cmds.push(Command::MoveItem { from: at, to: pos });
                }
            }
        }
        other => panic!("answer does not fit: {other:?}"),
    }
    for c in cmds {
        h.state_mut().dispatch(c);
    }
    h.run();
}

fn first_words(s: &str) -> &str {
    let end = s
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(3)
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// A copy of the course where Portuguese is only partly written: every
/// `pt:` text of one module file is removed, and course.ron says Portuguese
/// falls back to Spanish.
fn partly_translated() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let mut modules = Vec::new();
    for e in std::fs::read_dir(course_dir()).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&p).unwrap();
        let text = if name == "course.ron" {
            text.replacen(
                "languages: [",
                "fallbacks: {\"pt\": \"es\"},\n    languages: [",
                1,
            )
        } else {
            text
        };
        if name != "course.ron" && name != "help.ron" {
            modules.push(name.clone());
        }
        std::fs::write(tmp.path().join(&name), text).unwrap();
    }
    modules.sort();
    let first = tmp.path().join(&modules[0]);
    let text = std::fs::read_to_string(&first).unwrap();
    let re = regex_lite_pt();
    std::fs::write(&first, re(&text)).unwrap();
    tmp
}

/// Removes every `, pt: "..."` entry from RON text.
fn regex_lite_pt() -> impl Fn(&str) -> String {
    |text: &str| {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        // `, pt: "` and not `pt: "`, which also ends `prompt: "`.
        while let Some(i) = rest.find(", pt: \"") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 7..];
            // Find the closing quote, skipping escaped ones.
            let mut end = 0;
            let bytes = after.as_bytes();
            while end < bytes.len() {
                if bytes[end] == b'\\' {
                    end += 2;
                    continue;
                }
                if bytes[end] == b'"' {
                    break;
                }
                end += 1;
            }
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        out
    }
}

#[test]
fn a_partly_translated_language_borrows_from_its_fallback_and_check_counts_it() {
    let dir = partly_translated();
    let loaded = alerta::course::load_dir(dir.path()).unwrap();
    let errors: Vec<String> = loaded.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let (have, total) = loaded.coverage["pt"];
    assert!(have > 0 && have < total, "{have} of {total}");
    // The untranslated module shows Spanish where Portuguese is missing.
    let m = &loaded.course.modules[0];
    assert_eq!(m.title.get("pt"), m.title.get("es"));
    assert!(m.title.is_borrowed("pt"));
    let (code, out) = alerta(&["check", dir.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("Course texts in pt: {have} of {total} translated")),
        "{out}"
    );
    assert!(out.contains("the rest shows es"), "{out}");
    // Without the fallback, the same files are an error: nothing is shown half-done by accident.
    let manifest = dir.path().join("course.ron");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("fallbacks: {\"pt\": \"es\"},", "")).unwrap();
    let (code, out) = alerta(&["check", dir.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("missing text in language \"pt\""), "{out}");
}

#[test]
fn a_fallback_to_a_language_the_course_lacks_is_an_error_at_its_line() {
    let dir = partly_translated();
    let manifest = dir.path().join("course.ron");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace("{\"pt\": \"es\"}", "{\"pt\": \"fr\"}"),
    )
    .unwrap();
    let (code, out) = alerta(&["check", dir.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with(&format!("{}:", manifest.display()))
                && l.contains("\"pt\" falls back to \"fr\"")),
        "{out}"
    );
}

#[test]
fn a_half_written_interface_file_falls_back_per_message() {
    // tests/fixtures/i18n/pt has a few messages and `-fallback = es`.
    let c = Arc::new(Catalog::load(&[root().join("tests/fixtures/i18n")]));
    let l = Localizer::new(c.clone(), "pt");
    let own = c.coverage("pt");
    assert!(own.translated > 0 && !own.missing.is_empty());
    let es = Localizer::new(c, "es");
    let missing = &own.missing[0];
    assert_eq!(
        l.t(missing),
        es.t(missing),
        "a missing message shows in Spanish"
    );
}
