//! `alerta check` and the loader against the fixtures in `tests/fixtures/`.
//!
//! Each broken fixture must give its diagnostic at the right file, line and
//! column, with the gist of the message, and must not stop the good module
//! beside it from loading.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use alerta::course::{Diagnostic, Loaded, load_dir};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn broken() -> Loaded {
    load_dir(&fixtures().join("broken")).expect("the broken fixture directory is readable")
}

/// The errors reported for one fixture file.
fn errors_for<'a>(loaded: &'a Loaded, file: &str) -> Vec<&'a Diagnostic> {
    loaded
        .errors()
        .filter(|d| d.file.file_name().is_some_and(|n| n == file))
        .collect()
}

/// Asserts exactly one error in `file`, at `line:col`, whose message contains `gist`.
#[track_caller]
fn expect_one(loaded: &Loaded, file: &str, line: usize, col: usize, gist: &str) {
    let errs = errors_for(loaded, file);
    assert_eq!(errs.len(), 1, "{file}: expected one error, got {errs:#?}");
    let d = errs[0];
    assert_eq!(
        (d.line, d.col),
        (line, col),
        "{file}: wrong position for {d}"
    );
    let msg = d.message("en");
    assert!(msg.contains(gist), "{file}: message {msg:?} lacks {gist:?}");
    // The printed form is the rustc/gcc style that editors jump to.
    let printed = d.to_string();
    assert!(
        printed.contains(&format!("{file}:{line}:{col}: error: ")),
        "printed form: {printed}"
    );
}

#[test]
fn good_module_loads_beside_broken_ones() {
    let loaded = broken();
    let ids: Vec<_> = loaded
        .course
        .modules
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids, ["ok"], "only the good module loads");
    // Every broken file is listed as failed, not hidden.
    let failed: Vec<_> = loaded
        .course
        .failed
        .iter()
        .map(|f| f.file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(failed.contains(&"truncated.ron".to_string()), "{failed:?}");
    assert!(
        failed.contains(&"a-directory.ron".to_string()),
        "{failed:?}"
    );
    assert_eq!(failed.len(), 21, "{failed:?}");
    for f in &loaded.course.failed {
        assert!(
            !f.errors.is_empty(),
            "{} failed without a reason",
            f.file.display()
        );
    }
}

#[test]
fn syntax_and_encoding_errors() {
    let l = broken();
    expect_one(&l, "truncated.ron", 12, 34, "string is not closed");
    expect_one(&l, "not-utf8.ron", 12, 60, "not UTF-8");
    expect_one(&l, "junk.ron", 2, 118, "not UTF-8");
    expect_one(&l, "unknown-field.ron", 5, 5, "did you mean `minutes`");
    expect_one(&l, "wrong-type.ron", 5, 13, "Expected integer");
    expect_one(&l, "deep.ron", 8, 61, "expected a name");
    expect_one(&l, "a-directory.ron", 1, 1, "found a directory");
}

#[test]
fn duplicate_ids() {
    let l = broken();
    expect_one(
        &l,
        "duplicate-lesson.ron",
        9,
        16,
        "duplicate lesson id \"same\"",
    );
    expect_one(
        &l,
        "duplicate-module.ron",
        2,
        5,
        "duplicate module id \"ok\"",
    );
    let d = errors_for(&l, "duplicate-module.ron")[0];
    assert!(
        d.message("en").contains("00-ok.ron"),
        "names the first file"
    );
}

#[test]
fn scenario_graph_errors() {
    let l = broken();
    expect_one(
        &l,
        "bad-goto.ron",
        10,
        103,
        "scene \"nowhere\", which does not exist",
    );
    expect_one(&l, "no-ending.ron", 9, 71, "no ending");
    expect_one(
        &l,
        "unreachable.ron",
        11,
        23,
        "no choice leads to scene \"lost\"",
    );
    let loop_errs = errors_for(&l, "trap-loop.ron");
    assert_eq!(loop_errs.len(), 2, "{loop_errs:#?}");
    assert_eq!((loop_errs[0].line, loop_errs[0].col), (11, 23));
    assert!(loop_errs[0].message("en").contains("no way out"));
}

#[test]
fn questions_must_be_answerable() {
    let l = broken();
    expect_one(
        &l,
        "single-two-correct.ron",
        22,
        13,
        "exactly one correct choice; found 2",
    );
    expect_one(
        &l,
        "multi-none-correct.ron",
        22,
        13,
        "at least one correct choice",
    );
    expect_one(&l, "order-one-item.ron", 22, 13, "at least 2");
    expect_one(
        &l,
        "spot-unknown-part.ron",
        25,
        26,
        "no part with id \"p9\"",
    );
    expect_one(&l, "pass-mark.ron", 17, 9, "between 0 and 100; it is 150");
}

#[test]
fn missing_translation_names_the_field() {
    let l = broken();
    expect_one(
        &l,
        "missing-translation.ron",
        4,
        5,
        "missing text in language \"es\"",
    );
    let d = errors_for(&l, "missing-translation.ron")[0];
    assert_eq!(d.field.as_deref(), Some("summary"));
}

#[test]
fn assets_may_not_escape_the_course() {
    let l = broken();
    expect_one(
        &l,
        "asset-escape.ron",
        9,
        78,
        "points outside the course folder",
    );
    expect_one(&l, "asset-absolute.ron", 9, 78, "is absolute");
}

/// Copies a fixture course into a temporary folder so a test can add to it.
fn temp_course(from: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_files(&fixtures().join(from), dir.path());
    dir
}

#[test]
fn huge_file_is_refused_unread() {
    let dir = temp_course("good");
    let huge = dir.path().join("99-huge.ron");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(5 * 1024 * 1024).unwrap();
    let l = load_dir(dir.path()).unwrap();
    let errs = errors_for(&l, "99-huge.ron");
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].message("en").contains("limit is 4.0 MiB"),
        "{}",
        errs[0]
    );
    assert_eq!(l.course.modules.len(), 2, "the other modules still load");
}

#[cfg(unix)]
#[test]
fn symlinked_asset_pointing_outside_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.png"), b"not really").unwrap();
    let dir = temp_course("good");
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        dir.path().join("assets/ad.png"),
    )
    .unwrap();
    let src = std::fs::read_to_string(fixtures().join("broken/asset-escape.ron"))
        .unwrap()
        .replace("../../Cargo.toml", "assets/ad.png");
    std::fs::write(dir.path().join("03-link.ron"), src).unwrap();
    let l = load_dir(dir.path()).unwrap();
    let errs = errors_for(&l, "03-link.ron");
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(errs[0].message("en").contains("outside the course folder"));
}

#[test]
fn empty_and_missing_directories() {
    let empty = tempfile::tempdir().unwrap();
    let l = load_dir(empty.path()).unwrap();
    let msgs: Vec<String> = l.errors().map(|d| d.message("en")).collect();
    assert!(msgs.iter().any(|m| m.contains("no modules")), "{msgs:?}");
    assert!(
        msgs.iter().any(|m| m.contains("course.ron is missing")),
        "{msgs:?}"
    );

    assert!(load_dir(&empty.path().join("nope")).is_err());
    let file = empty.path().join("file.txt");
    std::fs::write(&file, "x").unwrap();
    assert!(matches!(
        load_dir(&file),
        Err(alerta::course::LoadError::NotADirectory { .. })
    ));
}

/// The question types a module's quiz uses.
fn question_types(m: &alerta::course::Module) -> std::collections::BTreeSet<&'static str> {
    m.quiz
        .questions
        .iter()
        .map(|q| q.kind.type_name())
        .collect()
}

#[test]
fn good_fixture_has_every_block_and_question_type() {
    let l = load_dir(&fixtures().join("good")).unwrap();
    assert_eq!(l.errors().count(), 0, "{:#?}", l.diagnostics);
    let m = l.course.module("what-is-trafficking").unwrap();
    let kinds = question_types(m);
    assert_eq!(kinds.len(), 5, "{kinds:?}");
    let blocks: std::collections::HashSet<_> = m
        .lessons
        .iter()
        .flat_map(|l| &l.pages)
        .flat_map(|p| &p.blocks)
        .map(std::mem::discriminant)
        .collect();
    assert_eq!(
        blocks.len(),
        7,
        "Text, KeyPoints, RedFlags, Artefact, Discussion, FacilitatorNote, Scenario"
    );
    // Only lines for learners with a High or Medium-High source reach learners.
    let shown: Vec<_> = l
        .course
        .help_by_country("en", false)
        .into_iter()
        .filter(|g| !g.lines.is_empty())
        .map(|g| g.country)
        .collect();
    assert_eq!(shown, ["Mexico"]);
    let all = l.course.help_by_country("en", true);
    assert_eq!(all.iter().map(|g| g.lines.len()).sum::<usize>(), 2);
}

fn alerta(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_alerta"))
        .args(args)
        .output()
        .expect("run alerta")
}

#[test]
fn check_command_exit_codes_and_output() {
    let good = fixtures().join("good");
    let out = alerta(&["check", good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("2 modules, 3 lessons, 6 questions, 1 scenario, languages: en es"),
        "{stdout}"
    );

    let bad = fixtures().join("broken");
    let out = alerta(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("truncated.ron:12:34: error: "), "{stdout}");

    let out = alerta(&["check", "/definitely/not/here"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the course directory"));
}

#[test]
fn check_json_parses_and_counts_what_loaded() {
    let bad = fixtures().join("broken");
    let out = alerta(&["check", "--json", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["modules"], 1, "counts cover the modules that loaded");
    assert_eq!(v["lessons"], 1);
    assert_eq!(v["questions"], 1);
    assert_eq!(v["languages"], serde_json::json!(["en", "es"]));
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(
        errors.len(),
        22,
        "21 broken files, one of them with two errors"
    );
    let trunc = errors
        .iter()
        .find(|e| e["path"].as_str().unwrap().ends_with("truncated.ron"))
        .unwrap();
    assert_eq!(trunc["line"], 12);
    assert_eq!(trunc["col"], 34);
    assert!(v["warnings"].as_array().unwrap().is_empty());

    let out = alerta(&["check", "--json", "/definitely/not/here"]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
}

#[test]
fn bundled_course_checks_clean() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let out = alerta(&["check", "--json", "--strict", lessons.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["errors"], serde_json::json!([]), "{v:#}");
    assert_eq!(v["warnings"], serde_json::json!([]), "{v:#}");
    assert_eq!(out.status.code(), Some(0));
}

/// The complete example in `lessons/README.md` must stay valid.
#[test]
fn readme_example_module_is_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("lessons/README.md")).unwrap();
    let start = readme.find("Copy this into").expect("example intro");
    let block = &readme[start..];
    let code_start = block.find("```ron\n").unwrap() + "```ron\n".len();
    let code = &block[code_start..];
    let code = &code[..code.find("```").unwrap()];
    let dir = temp_course("good");
    for f in ["01-all-types.ron", "02-tiny.ron"] {
        std::fs::remove_file(dir.path().join(f)).unwrap();
    }
    std::fs::write(dir.path().join("06-my-module.ron"), code).unwrap();
    let l = load_dir(dir.path()).unwrap();
    assert_eq!(l.diagnostics, vec![], "the README example has problems");
    assert_eq!(l.course.modules.len(), 1);
}

/// The bundled course: at least 5 modules, 20 lessons, 60 questions and 5
/// scenarios, in English and Spanish, each module with sources and a content note.
#[test]
fn bundled_course_has_what_the_course_promises() {
    let l = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")).unwrap();
    let c = &l.course;
    // The second edition: six modules, with the online-safety module.
    assert!(c.modules.len() >= 6, "{} modules", c.modules.len());
    assert!(c.module("online-safety").is_some());
    assert!(c.lesson_count() >= 28, "{} lessons", c.lesson_count());
    assert!(c.question_count() >= 75, "{} questions", c.question_count());
    assert!(c.scenario_count() >= 7, "{} scenarios", c.scenario_count());
    assert_eq!(c.meta.languages, ["en", "es"]);
    for m in &c.modules {
        assert!(!m.sources.is_empty(), "{} has no sources", m.id);
        assert!(
            m.sources.iter().all(|s| s.id.is_some()),
            "{}: every source has an id",
            m.id
        );
        assert!(
            m.pre_check.is_some(),
            "{} has no check before its lessons",
            m.id
        );
        assert!(
            m.picture_count() >= 3,
            "{} shows {} pictures",
            m.id,
            m.picture_count()
        );
        assert!(m.content_note.is_some(), "{} has no content note", m.id);
        assert!(
            (3..=6).contains(&m.lessons.len()),
            "{}: {} lessons",
            m.id,
            m.lessons.len()
        );
        assert!(
            (10..=15).contains(&m.quiz.questions.len()),
            "{}: {} questions",
            m.id,
            m.quiz.questions.len()
        );
        let kinds = question_types(m);
        assert!(kinds.len() >= 4, "{}: question types {kinds:?}", m.id);
        assert!(m.scenarios().count() >= 1, "{} has no scenario", m.id);
    }
    // Every country on the Help screen has its emergency number, or an honest "not found".
    for g in c.help_by_country("en", true) {
        if g.lines
            .iter()
            .all(|l| l.kind == alerta::course::HelpKind::Web)
        {
            continue; // the regional web page
        }
        let has_emergency = g
            .lines
            .iter()
            .any(|l| l.kind == alerta::course::HelpKind::Emergency && l.for_learners())
            || g.not_found
                .iter()
                .any(|n| n.what == alerta::course::Lookup::Emergency);
        assert!(
            has_emergency,
            "{}: no emergency number shown and no not-found",
            g.country
        );
    }
    // The US immigration tip line is never shown to learners, and is labelled as ICE.
    for l in &c.help.lines {
        if l.number.contains("1-866-347-2423") {
            assert!(!l.for_learners(), "the ICE line is for facilitators only");
            assert!(l.name.get("en").contains("ICE") && l.name.get("es").contains("ICE"));
        }
    }
    // Who answers is said in the learner's language: an explanation written
    // once, in English, would reach Spanish readers as English.
    for l in &c.help.lines {
        if let alerta::course::NameOrText::Name(name) = &l.operator {
            for english in [
                " the ",
                "services",
                "organisation",
                "agency",
                " number",
                "a citizens",
            ] {
                assert!(
                    !name.to_lowercase().contains(english),
                    "operator \"{name}\" explains in one language only; write it as (en: ..., es: ...)"
                );
            }
        }
    }
}

/// Learner text of the second edition: what the review asked to remove is gone.
#[test]
fn learner_text_is_free_of_removed_claims_and_citations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let banned = [
        "no labour rights",
        "no labor rights",
        "sin derechos laborales",
        "no tienen derechos laborales",
        "between 75% and 89%",
        "entre el 75 % y el 89 %",
        "entre el 75% y el 89%",
        "were checked",
        "fueron revisadas",
        "policía federal",
        "discreta o discreto",
        "entreno",
        "ilegalmente",
    ];
    let l = load_dir(&dir).unwrap();
    for d in l.diagnostics.iter() {
        assert!(
            !matches!(
                d.kind,
                alerta::course::DiagKind::InlineCitation { .. }
                    | alerta::course::DiagKind::FigureWithoutSource { .. }
            ),
            "{d}"
        );
    }
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".ron") || name == "help.ron" {
            continue;
        }
        // Learner text only: comments and facilitator-only notes may quote the old wording.
        let text = learner_lines(&std::fs::read_to_string(&path).unwrap()).to_lowercase();
        for b in banned {
            assert!(!text.contains(b), "{name} still says {b:?}");
        }
    }
}

/// The pure core never imports the GUI.
/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// The core never names egui, eframe or rfd: it can be tested, and reused,
/// without a window.
#[test]
fn core_modules_do_not_import_egui() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for dir in [
        "course", "quiz", "progress", "report", "pack", "present", "i18n", "speech", "print",
    ] {
        if !root.join(dir).exists() {
            continue;
        }
        for path in rust_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            // Code, not comments (which may say "no egui here").
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for word in ["egui", "eframe", "rfd::", "use rfd"] {
                assert!(!code.contains(word), "{} names {word}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "the core was found ({checked} files)");
}

/// One screen per file, and screens do not import each other: a view may use
/// the shared helpers in `app/`, never another view.
#[test]
fn screen_files_do_not_import_each_other() {
    let views = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app/views");
    let screens: Vec<String> = std::fs::read_dir(&views)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_stem().is_some_and(|s| s != "mod"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(screens.len() >= 12, "{screens:?}");
    for s in &screens {
        let text = std::fs::read_to_string(views.join(format!("{s}.rs"))).unwrap();
        for other in screens.iter().filter(|o| *o != s) {
            for pat in [
                format!("super::{other}"),
                format!("views::{other}"),
                format!("use super::{{{other}"),
            ] {
                assert!(
                    !text.contains(&pat),
                    "views/{s}.rs imports views/{other}.rs ({pat})"
                );
            }
        }
        // Views take no `&mut` of the app or its state; only the text being typed.
        for banned in ["&mut AlertaApp", "&mut State", "&mut crate::app::State"] {
            assert!(!text.contains(banned), "views/{s}.rs takes {banned}");
        }
    }
}

/// No file of the app or the core is over about 400 lines of code (tests at
/// the end do not count), except coherent tables: the UI strings, the
/// checker's messages, the schema, and the starter course's template.
#[test]
fn files_stay_small() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = ["strings.rs", "diag.rs", "raw.rs", "new_course.rs"];
    for path in rust_files(&src) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Tests at the end of a file do not count.
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let lines = code.lines().count();
        // A file that is all tests (`mod tests;`) is not code to keep small.
        if !allowed.contains(&name.as_str()) && name != "tests.rs" {
            assert!(lines <= 500, "{} has {lines} lines", path.display());
        }
    }
}

/// The lines of a lesson file a learner can read: without comments, facilitator
/// notes (shown only in facilitator mode) and a source's publisher and address
/// (a publisher such as Mexico's "Policía Federal" is a name, not a claim).
fn learner_lines(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_note = false;
    for line in text.lines() {
        let t = line.trim_start();
        if in_note {
            in_note = !t.starts_with("))");
            continue;
        }
        if t.starts_with("FacilitatorNote(") {
            in_note = !t.contains("))");
            continue;
        }
        if t.starts_with("//") || t.starts_with("publisher:") || t.starts_with("url:") {
            continue;
        }
        out.push(line);
    }
    out.join("\n")
}

#[test]
fn learner_lines_drop_facilitator_notes_and_publishers() {
    let text = "Text(body: (en: \"a 118\")),\nFacilitatorNote(note: (\n  en: \"call 118\",\n)),\n  publisher: \"Policía Federal\",\nText(body: (en: \"b\")),";
    let kept = learner_lines(text);
    assert!(
        kept.contains("a 118") && kept.contains("(en: \"b\")"),
        "{kept}"
    );
    assert!(
        !kept.contains("call 118") && !kept.contains("Policía"),
        "{kept}"
    );
}

/// No phone number in the lessons that help.ron keeps from learners.
#[test]
fn lessons_print_only_verified_numbers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let l = load_dir(&dir).unwrap();
    let shown: Vec<&str> = l
        .course
        .help
        .lines
        .iter()
        .filter(|h| h.for_learners())
        .map(|h| h.number.as_str())
        .collect();
    let unverified: Vec<String> = l
        .course
        .help
        .lines
        .iter()
        .filter(|h| !h.for_learners() && !shown.contains(&h.number.as_str()))
        .flat_map(|h| {
            h.number
                .split('/')
                .map(|n| n.trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(unverified.contains(&"1555".to_string()));
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".ron") || name == "help.ron" {
            continue;
        }
        let text = learner_lines(&std::fs::read_to_string(&path).unwrap());
        for n in &unverified {
            // Match the number as a whole token, not inside a longer one.
            let found = text.match_indices(n.as_str()).any(|(i, _)| {
                let before = text[..i].chars().last();
                let after = text[i + n.len()..].chars().next();
                !before.is_some_and(|c| c.is_ascii_digit() || c == '-')
                    && !after.is_some_and(|c| c.is_ascii_digit() || c == '-')
            });
            assert!(!found, "{name} prints the unverified number {n}");
        }
        for term in [
            "child prostitute",
            "prostituta infantil",
            "niña prostituta",
            "niño prostituto",
        ] {
            assert!(!text.to_lowercase().contains(term), "{name} uses {term:?}");
        }
    }
}

/// Every answer-key and citation warning, with its file, line and message;
/// `--strict` makes them errors.
#[test]
fn bias_and_citation_warnings_have_positions() {
    let dir = fixtures().join("warnings");
    let out = alerta(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "warnings alone do not fail");
    let text = String::from_utf8_lossy(&out.stdout);
    let expect = [
        (
            "01-longest.ron:9:5: warning:",
            "in 2 of 2 Single questions the right answer is the longest choice",
        ),
        (
            "02-lean.ron:9:5: warning:",
            "3 of 3 TrueFalse questions have the answer false",
        ),
        (
            "02-lean.ron:18:24: warning:",
            "\"two of them are\" says how many choices are right",
        ),
        (
            "03-story.ron:14:18: warning:",
            "citation inside the text \"(UNODC, 2016)\"",
        ),
        (
            "03-story.ron:15:23: warning:",
            "the page gives a figure (\"40%\") and has no sources",
        ),
        (
            "03-story.ron:18:25: warning:",
            "in scenario \"s1\" the first choice is the safe one",
        ),
        (
            "course.ron:1:1: warning:",
            "across 3 modules the right answer is the longest choice",
        ),
        (
            "course.ron:1:1: warning:",
            "3 of 4 TrueFalse questions across 3 modules",
        ),
    ];
    for (place, message) in expect {
        assert!(
            text.lines()
                .any(|l| l.contains(place) && l.contains(message)),
            "missing {place} {message}:\n{text}"
        );
    }
    assert!(
        !text.contains("(\"2016\")"),
        "a citation's year is not a figure"
    );
    let strict = alerta(&["check", "--strict", dir.to_str().unwrap()]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict turns them into errors"
    );
    assert!(String::from_utf8_lossy(&strict.stdout).contains("8 errors"));
}

/// The mistakes an author makes in Notepad, each with a message that names
/// the fix, where the fix goes (a missing bracket: where it was opened).
#[test]
fn authoring_mistakes_are_explained_where_they_are() {
    let dir = fixtures().join("authoring");
    let l = load_dir(&dir).unwrap();
    let one = |file: &str| -> &alerta::course::Diagnostic {
        let v: Vec<_> = l
            .diagnostics
            .iter()
            .filter(|d| d.file.ends_with(file))
            .collect();
        assert_eq!(v.len(), 1, "{file}: {v:#?}");
        v[0]
    };
    let d = one("missing-bracket.ron");
    assert_eq!(
        (d.line, d.col),
        (13, 25),
        "the line where the `(` was opened"
    );
    assert!(
        d.message("en")
            .contains("the `(` opened at 13:25 is never closed"),
        "{}",
        d.message("en")
    );
    assert!(d.message("en").contains("missing at the end of line 13"));
    let d = one("smart-quotes.ron");
    assert_eq!((d.line, d.col), (3, 17));
    assert!(
        d.message("en")
            .contains("use straight quotes \" instead of “ ”")
    );
    assert!(d.message("es").contains("usa comillas rectas"));
    let d = one("missing-comma.ron");
    assert_eq!(
        (d.line, d.col),
        (3, 39),
        "the end of the line that needs it"
    );
    assert!(
        d.message("en")
            .contains("a comma (,) is missing at the end of line 3")
    );
    assert!(
        d.message("es")
            .contains("falta una coma (,) al final de la línea 3")
    );
    // A file saved by Notepad: byte-order mark, CRLF and tabs are fine.
    assert!(l.course.module("bom-crlf-tabs").is_some());
    // The checker speaks Spanish when asked.
    let out = alerta(&["check", "--lang", "es", dir.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("no se cierra"));
}

/// An error in course.ron is reported first and alone; the modules are
/// checked against the languages it declares, and the rest is counted.
#[test]
fn a_broken_course_ron_does_not_flood_the_output() {
    let dir = fixtures().join("authoring-manifest");
    let out = alerta(&["check", "--lang", "en", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let problems: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": error:") || l.contains(": warning:"))
        .collect();
    assert_eq!(problems.len(), 1, "{text}");
    assert!(
        problems[0]
            .contains("course.ron:12:97: error: a comma (,) is missing at the end of line 12")
    );
    assert!(
        text.contains("languages: en es pt"),
        "the languages it declares were read: {text}"
    );
    assert!(text.contains("1 more problem in other files not shown: fix course.ron first"));
    assert!(
        !text.contains("is not declared"),
        "no flood of undeclared-language warnings"
    );
}

/// Every field of every type a course file can hold appears in the reference
/// of `lessons/README.md`, under its type's heading. The types and fields are
/// read from the schema itself (`src/course/raw.rs`).
#[test]
fn every_schema_field_is_in_the_reference() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(root.join("src/course/raw.rs")).unwrap();
    let readme = std::fs::read_to_string(root.join("lessons/README.md")).unwrap();
    let reference = &readme[readme.find("# Reference").expect("a reference section")..];
    // Sections: "### `Name` …" up to the next heading.
    let sections: Vec<(String, String)> = reference
        .split("\n### ")
        .skip(1)
        .map(|s| {
            let (head, body) = s.split_once('\n').unwrap_or((s, ""));
            (head.to_string(), body.to_string())
        })
        .collect();
    // (type as written in files, fields) from the serde structs and RawBlock's variants.
    let mut types: Vec<(String, Vec<String>)> = Vec::new();
    let lines: Vec<&str> = raw.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i].trim();
        let name = l
            .strip_prefix("#[serde(rename = \"")
            .and_then(|r| r.split('"').next())
            .map(str::to_string);
        let variant = l
            .strip_suffix(" {")
            .filter(|v| {
                v.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && !v.contains(' ')
            })
            .map(str::to_string);
        if let Some(n) = name.or(variant) {
            // Find the body that follows and collect `pub field:` / `field:` lines.
            let mut j = if l.ends_with('{') { i } else { i + 1 };
            while j < lines.len() && !lines[j].trim_end().ends_with('{') {
                j += 1;
            }
            if name_is_struct_or_variant(lines.get(j)) {
                let mut fields = Vec::new();
                let mut k = j + 1;
                while k < lines.len() && !lines[k].trim_start().starts_with('}') {
                    let t = lines[k].trim().trim_start_matches("pub ");
                    if let Some((f, _)) = t.split_once(':')
                        && !t.starts_with("//")
                        && !t.starts_with('#')
                        && f.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    {
                        fields.push(f.to_string());
                    }
                    k += 1;
                }
                if !fields.is_empty() && n != "Kind" {
                    types.push((n, fields));
                }
            }
        }
        i += 1;
    }
    assert!(types.len() >= 20, "the schema was read: {types:?}");
    let mut missing = Vec::new();
    for (ty, fields) in &types {
        let in_section = |f: &str| {
            sections.iter().any(|(head, body)| {
                head.contains(&format!("`{ty}`")) && body.contains(&format!("`{f}`"))
            })
        };
        for f in fields {
            if !in_section(f) {
                missing.push(format!("{ty}.{f}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the reference of lessons/README.md: {missing:?}"
    );
}

fn name_is_struct_or_variant(line: Option<&&str>) -> bool {
    line.is_some_and(|l| {
        let t = l.trim();
        t.starts_with("pub struct ")
            || (t.ends_with('{') && !t.starts_with("impl") && !t.starts_with("fn"))
    })
}

/// `alerta new-course` writes a course that passes `--strict`, in any languages.
#[test]
fn new_course_passes_strict() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("my-course");
    let out = alerta(&[
        "new-course",
        target.to_str().unwrap(),
        "--languages",
        "en,es,pt",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = alerta(&["check", "--strict", target.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&check.stdout);
    assert_eq!(check.status.code(), Some(0), "{text}");
    assert!(
        text.contains("1 module, 1 lesson, 6 questions, 1 scenario, languages: en es pt"),
        "{text}"
    );
    let l = load_dir(&target).unwrap();
    let kinds: std::collections::HashSet<&str> = l.course.modules[0]
        .quiz
        .questions
        .iter()
        .map(|q| q.kind.type_name())
        .collect();
    assert_eq!(kinds.len(), 5, "every question type");
    // It refuses to write over a folder that has something in it.
    let again = alerta(&["new-course", target.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
}

/// An NGO that copies the lesson files but forgets `assets/` loses the
/// pictures, not the modules: each missing picture is a warning (an error
/// under `--strict`), and its description is shown in its place.
#[test]
fn lessons_copied_without_their_pictures_still_load() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let tmp = tempfile::tempdir().unwrap();
    common::copy_files(&dir, tmp.path());
    let full = load_dir(&dir).unwrap();
    let bare = load_dir(tmp.path()).unwrap();
    assert_eq!(
        bare.errors().count(),
        0,
        "{:#?}",
        bare.errors().collect::<Vec<_>>()
    );
    assert_eq!(bare.course.modules.len(), full.course.modules.len());
    let missing = bare
        .diagnostics
        .iter()
        .filter(|d| matches!(d.kind, alerta::course::DiagKind::AssetMissing { .. }))
        .count();
    assert!(missing >= 3 * full.course.modules.len(), "{missing}");
    let out = Command::new(env!("CARGO_BIN_EXE_alerta"))
        .args([
            "check",
            tmp.path().to_str().unwrap(),
            "--strict",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "--strict refuses missing pictures"
    );
}
