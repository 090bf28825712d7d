//! Tests of the catalog, the localizer, coverage and the formatters.
//! Fixtures are under `tests/fixtures/i18n/`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;
use crate::course::DiagKind;
use crate::course::diag::IdKind;
use crate::course::model::{Confidence, Pin};

fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/i18n")
        .join(sub)
}

fn embedded() -> Arc<Catalog> {
    Arc::new(Catalog::embedded())
}

fn en() -> Localizer {
    Localizer::new(embedded(), "en")
}

fn es() -> Localizer {
    Localizer::new(embedded(), "es")
}

#[test]
fn embedded_files_parse_without_problems() {
    let c = Catalog::embedded();
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    let langs = c.available_languages();
    assert_eq!(
        langs,
        vec![
            LanguageInfo {
                tag: "en".into(),
                own_name: "English".into()
            },
            LanguageInfo {
                tag: "es".into(),
                own_name: "Español".into()
            },
        ]
    );
}

/// English and Spanish have the same messages with the same variables.
#[test]
fn english_and_spanish_match() {
    let c = Catalog::embedded();
    let cov = c.coverage("es");
    assert!(cov.missing.is_empty(), "missing in es: {:?}", cov.missing);
    assert!(cov.unused.is_empty(), "only in es: {:?}", cov.unused);
    assert!(cov.mismatches.is_empty(), "{:#?}", cov.mismatches);
    assert_eq!(cov.translated, cov.total);
    assert!(cov.total > 350, "{} messages", cov.total);
    assert!(!c.report().has_errors(), "{:#}", c.report());
}

#[test]
fn no_message_is_empty_or_isolated() {
    let (en, es) = (en(), es());
    let keys: Vec<String> = en
        .catalog()
        .messages("en")
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for key in &keys {
        for l in [&en, &es] {
            let text = l.t(key);
            assert!(!text.trim().is_empty(), "{key} is empty in {}", l.tag());
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{key}: isolation marks"
            );
        }
    }
    assert_eq!(
        es.t_args("signed-in-as", &[("name", "Xʼiwan".into())]),
        "Sesión de Xʼiwan"
    );
}

#[test]
fn spanish_uses_tu() {
    let es = es();
    for key in es.catalog().messages("es").unwrap().keys() {
        let text = es.t(key).to_lowercase();
        for usted in [" usted", "su perfil", "podés", "tenés"] {
            assert!(!text.contains(usted), "{key} is not in tú: {text}");
        }
    }
}

#[test]
fn plurals_choose_the_right_form() {
    let (en, es) = (en(), es());
    let votes = |l: &Localizer, n: u32| l.t_args("votes", &[("count", n.into())]);
    assert_eq!(votes(&en, 1), "1 hand");
    assert_eq!(votes(&en, 0), "0 hands");
    assert_eq!(votes(&en, 2), "2 hands");
    assert_eq!(votes(&es, 1), "1 mano");
    assert_eq!(votes(&es, 0), "0 manos");
    assert_eq!(votes(&es, 21), "21 manos");
    assert_eq!(
        en.t_args("review-due", &[("count", 1.0_f64.into())]),
        "1 question to review"
    );
    assert_eq!(
        es.t_args("review-due", &[("count", 3usize.into())]),
        "3 preguntas para repasar"
    );
    assert_eq!(
        es.t_args("minutes", &[("minutes", 1.into())]),
        "alrededor de 1 minuto"
    );
    assert_eq!(
        en.t_args("covered", &[("done", 2.into()), ("total", 5.into())]),
        "Covered: 2 of 5 steps"
    );
    assert_eq!(
        es.t_args(
            "progress-overall",
            &[("passed", 1.into()), ("total", 1.into())]
        ),
        "1 de 1 módulo aprobado"
    );
    assert_eq!(
        en.t_args("error-pack-invalid", &[("count", 1.into())]),
        "the pack has 1 error and was not installed"
    );
    // A string where a number is expected takes the default variant.
    assert_eq!(
        en.t_args("votes", &[("count", "many".into())]),
        "many hands"
    );
    // Not a number at all: no panic.
    assert!(!en.t_args("votes", &[("count", f64::NAN.into())]).is_empty());
}

#[test]
fn missing_keys_and_bad_tags_never_fail() {
    let en = en();
    assert_eq!(en.t("no-such-key"), "no-such-key");
    assert_eq!(en.get("no-such-key"), "no-such-key");
    assert_eq!(en.t_args("no-such-key", &[("x", 1.into())]), "no-such-key");
    assert!(!en.has("no-such-key"));
    // A missing argument shows the variable's name, not a blank.
    assert_eq!(en.t("signed-in-as"), "Signed in as {$name}");
    let bad = Localizer::new(embedded(), "not a tag!");
    assert_eq!(bad.tag(), "en");
    assert_eq!(bad.t("exit"), "Exit");
    // Case is normalised.
    let es = Localizer::new(embedded(), "ES");
    assert_eq!(es.tag(), "es");
    assert_eq!(es.t("exit"), "Salir");
}

#[test]
fn fallback_chains() {
    let c = Catalog::load(&[fixtures("")]);
    assert_eq!(c.chain("pt"), ["pt", "es", "en"]);
    assert_eq!(c.chain("pt-br"), ["pt-BR", "pt", "es", "en"]);
    assert_eq!(c.chain("es-GT"), ["es-GT", "es", "en"]);
    assert_eq!(c.chain("en-US"), ["en-US", "en"]);
    assert_eq!(c.chain("en"), ["en"]);
    assert_eq!(c.chain("???"), ["en"]);
    // A course can add fallbacks: K'iche' → Spanish.
    let quc = [("quc".to_string(), "es".to_string())];
    assert_eq!(c.chain_with("quc", &quc), ["quc", "es", "en"]);
    assert_eq!(c.chain("quc"), ["quc", "en"]);
    // Cycles end: gn → qu → gn.
    let cycle = [
        ("gn".to_string(), "qu".to_string()),
        ("qu".to_string(), "gn".to_string()),
        ("qu".to_string(), "not a tag".to_string()),
    ];
    assert_eq!(c.chain_with("gn", &cycle), ["gn", "qu", "en"]);
}

#[test]
fn cycles_in_files_end() {
    let dir = tempfile::tempdir().unwrap();
    for (tag, fallback) in [("gn", "qu"), ("qu", "gn")] {
        std::fs::create_dir(dir.path().join(tag)).unwrap();
        std::fs::write(
            dir.path().join(tag).join(FILE_NAME),
            format!("-fallback = {fallback}\nexit = {tag}\n"),
        )
        .unwrap();
    }
    let c = Catalog::load(&[dir.path().to_path_buf()]);
    assert_eq!(c.chain("gn"), ["gn", "qu", "en"]);
    assert_eq!(c.chain("qu"), ["qu", "gn", "en"]);
    let l = Localizer::new(Arc::new(c), "gn");
    assert_eq!(l.t("exit"), "gn");
    assert_eq!(l.t("help"), "Help");
}

/// A third language from a folder, with no code change: what it has is
/// shown, the rest comes from Spanish (its `-fallback`), then English.
#[test]
fn partial_portuguese_falls_back_per_message() {
    let c = Arc::new(Catalog::load(&[fixtures("")]));
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    assert!(c.has_language("pt"));
    assert!(
        c.available_languages().contains(&LanguageInfo {
            tag: "pt".into(),
            own_name: "Português".into()
        }),
        "{:?}",
        c.available_languages()
    );
    let pt = Localizer::new(c.clone(), "pt");
    assert_eq!(pt.chain(), ["pt", "es", "en"]);
    assert_eq!(pt.t("who-is-learning"), "Quem vai aprender hoje?");
    assert_eq!(pt.t("exit"), "Sair");
    assert_eq!(
        pt.t_args("enter-pin", &[("name", "Ana".into())]),
        "PIN de Ana"
    );
    assert_eq!(
        pt.t_args("review-due", &[("count", 2.into())]),
        "2 perguntas para revisar"
    );
    // Not in the Portuguese file: Spanish.
    assert_eq!(pt.t("help-title"), "Dónde pedir ayuda");
    assert_eq!(pt.t_args("votes", &[("count", 1.into())]), "1 mano");
    // pt-BR uses pt.
    let br = Localizer::new(c.clone(), "pt-BR");
    assert_eq!(br.t("exit"), "Sair");

    let cov = c.coverage("pt");
    assert!(!cov.has_errors(), "{cov:#}");
    assert!((20..=30).contains(&cov.translated), "{}", cov.translated);
    assert_eq!(cov.missing.len(), cov.total - cov.translated);
    assert!(cov.missing.contains(&"help-title".to_string()));
    assert!(cov.unused.is_empty());
    let text = c.report().to_string();
    assert!(text.contains("pt (Português): "), "{text}");
    assert!(text.contains("falls back to es → en"), "{text}");
    println!("{}", c.report());
}

/// Without `-fallback`, a language falls back straight to English.
#[test]
fn without_fallback_english_fills_in() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("pt")).unwrap();
    std::fs::write(
        dir.path().join("pt").join(FILE_NAME),
        "\u{FEFF}-language-name = Português\nexit = Sair\n",
    )
    .unwrap();
    let c = Arc::new(Catalog::load(&[dir.path().to_path_buf()]));
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    assert_eq!(c.own_name("pt"), "Português", "a BOM is skipped");
    let pt = Localizer::new(c, "pt");
    assert_eq!(pt.chain(), ["pt", "en"]);
    assert_eq!(pt.t("exit"), "Sair");
    assert_eq!(pt.t("help-title"), "Where to get help");
}

#[test]
fn an_override_replaces_one_message() {
    let before = es();
    let c = Arc::new(Catalog::load(&[fixtures("override")]));
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    let es = Localizer::new(c.clone(), "es");
    assert_eq!(
        es.t("wrong-pin"),
        "Ese PIN no es. Inténtalo otra vez o pide ayuda a quien facilita."
    );
    assert_ne!(before.t("wrong-pin"), es.t("wrong-pin"));
    assert_eq!(es.t("exit"), "Salir");
    assert_eq!(es.t("exit"), before.t("exit"));
    assert_eq!(c.own_name("es"), "Español");
    assert_eq!(c.sources("es").len(), 2);
    assert!(!c.coverage("es").has_errors());
    // A later folder wins over an earlier one.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("es")).unwrap();
    std::fs::write(
        dir.path().join("es").join(FILE_NAME),
        "wrong-pin = tercero\n",
    )
    .unwrap();
    let c = Catalog::load(&[fixtures("override"), dir.path().to_path_buf()]);
    assert_eq!(Localizer::new(Arc::new(c), "es").t("wrong-pin"), "tercero");
}

#[test]
fn a_broken_file_reports_where_and_keeps_its_good_messages() {
    let c = Arc::new(Catalog::load(&[fixtures("broken")]));
    let problems = c.problems();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    let file = fixtures("broken").join("fr").join(FILE_NAME);
    assert!(problems.iter().all(|p| p.file == file));
    assert!(problems.iter().all(|p| p.tag.as_deref() == Some("fr")));
    assert_eq!(
        (problems[0].line, problems[0].col),
        (5, 34),
        "{}",
        problems[0]
    );
    assert_eq!(
        (problems[1].line, problems[1].col),
        (7, 1),
        "{}",
        problems[1]
    );
    assert!(problems[0].to_string().contains("fr/alerta.ftl:5:34: "));
    let fr = Localizer::new(c.clone(), "fr");
    assert_eq!(fr.t("exit"), "Quitter");
    assert_eq!(fr.t("help"), "Aide");
    assert_eq!(fr.t("settings"), "Réglages");
    assert_eq!(fr.t("home"), "Accueil");
    // The broken message falls back to English.
    assert_eq!(
        fr.t_args("signed-in-as", &[("name", "Ana".into())]),
        "Signed in as Ana"
    );
    let cov = c.coverage("fr");
    assert!(cov.has_errors());
    assert_eq!(cov.problems.len(), 2);
    assert!(c.report().has_errors());
    assert!(
        c.report().to_string().contains(":7:1: error: "),
        "{}",
        c.report()
    );
}

#[test]
fn a_placeholder_mismatch_is_an_error() {
    let c = Arc::new(Catalog::load(&[fixtures("mismatch")]));
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    let cov = c.coverage("it");
    assert_eq!(
        cov.mismatches,
        vec![Mismatch {
            key: "page-of".into(),
            expected: vec!["page".into(), "total".into()],
            found: vec!["pagina".into(), "totale".into()],
        }]
    );
    assert_eq!(cov.unused, vec!["not-a-key-of-alerta".to_string()]);
    assert_eq!(cov.translated, 3);
    assert!(cov.has_errors());
    let report = c.report();
    assert!(report.has_errors());
    let text = report.to_string();
    assert!(
        text.contains(
            "error: \"page-of\" uses { $pagina }, { $totale }, but English uses { $page }, { $total }"
        ),
        "{text}"
    );
    assert!(text.contains("unused (1): not-a-key-of-alerta"), "{text}");
    // The app still shows something sensible: the English message.
    let it = Localizer::new(c, "it");
    assert_eq!(
        it.t_args("page-of", &[("page", 2.into()), ("total", 9.into())]),
        "Page 2 of 9"
    );
    assert_eq!(it.t_args("votes", &[("count", 1.into())]), "1 mano");
}

#[test]
fn folders_that_are_not_languages() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["not a tag", "de", "nl", "empty-folder"] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("not a tag").join(FILE_NAME), "exit = x\n").unwrap();
    std::fs::write(dir.path().join("de").join(FILE_NAME), b"exit = \xff\n").unwrap();
    std::fs::write(dir.path().join("nl").join(FILE_NAME), "exit = Afsluiten\n").unwrap();
    let missing = dir.path().join("no-such-folder");
    let c = Catalog::load(&[missing, dir.path().to_path_buf()]);
    let p = c.problems();
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].message.contains("UTF-8"), "{}", p[0]);
    assert_eq!(p[0].tag.as_deref(), Some("de"));
    assert!(p[1].message.contains("not a language tag"), "{}", p[1]);
    assert_eq!(p[1].tag, None);
    assert!(c.has_language("nl"));
    assert!(!c.has_language("de"));
    assert_eq!(c.own_name("nl"), "nl", "no -language-name: the tag");
    assert!(c.report().has_errors());
}

#[test]
fn catalog_and_localizer_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Catalog>();
    check::<Localizer>();
}

/// Prints the cost of a label lookup; asserts nothing about time. (In the
/// test profile the crate is not optimised: a release build is much faster.)
#[test]
fn lookup_cost() {
    let per_call = |d: std::time::Duration, n: usize| d.as_nanos() as f64 / n as f64;
    let t0 = std::time::Instant::now();
    let c = embedded();
    let catalog = t0.elapsed();
    let t0 = std::time::Instant::now();
    let es = Localizer::new(c, "es");
    let localizer = t0.elapsed();
    let rounds = 20_000;
    let mut n = 0;
    let mut time = |key: &str, args: &[(&str, Arg)]| {
        let t0 = std::time::Instant::now();
        for _ in 0..rounds {
            n += if args.is_empty() {
                es.get(key).len()
            } else {
                es.t_args(key, args).len()
            };
        }
        per_call(t0.elapsed(), rounds)
    };
    let cached = time("help-title", &[]);
    let missing = time("no-such-key", &[]);
    let with_args = time("question-of", &[("number", 3.into()), ("total", 9.into())]);
    let plural = time("votes", &[("count", 3.into())]);
    assert!(n > 0);
    println!(
        "catalog {catalog:?}, localizer {localizer:?}; per call: cached {cached:.0} ns, \
         missing key {missing:.0} ns, two args {with_args:.0} ns, plural {plural:.0} ns"
    );
}

/// One of each `DiagKind`. `variant_index` has no wildcard arm, so a new
/// variant stops this test compiling until it is added here (and to
/// `diag::key_and_args`, which has no wildcard either).
fn every_diag_kind() -> Vec<DiagKind> {
    use DiagKind::*;
    let s = |x: &str| x.to_string();
    vec![
        Io(s("permission denied")),
        TooLarge {
            size: 3 * 1024 * 1024,
            limit: 1024 * 1024,
        },
        NotUtf8,
        Syntax(s("expected `)`")),
        IsDirectory,
        NoModules,
        MissingManifest,
        DuplicateId {
            what: IdKind::Scene,
            id: s("s1"),
            first: s("m.ron:3:4"),
        },
        BadId { id: s("Bad Id") },
        BadCourseId(crate::progress::ids::IdError::LeadingHyphen { id: s("-x") }),
        EmptyId,
        MissingTranslation { lang: s("es") },
        UndeclaredLanguage { lang: s("fr") },
        NoLanguages,
        BadLanguageCode(s("english")),
        UnknownScene { id: s("s9") },
        UnreachableScene { id: s("s8") },
        NoEnding,
        NoWayOut { scene: s("s2") },
        DeadEnd { scene: s("s3") },
        EndingWithChoices { scene: s("s4") },
        SingleNeedsOneCorrect { found: 2 },
        MultiNeedsCorrect,
        TooFewChoices { found: 1, min: 2 },
        SpotNeedsFlags,
        UnknownPart { id: s("p7") },
        PassMark { value: 120 },
        EmptyList { what: "lessons" },
        Minutes { value: 0 },
        AssetAbsolute {
            path: s("/etc/x.png"),
        },
        AssetEscapes {
            path: s("../x.png"),
        },
        AssetMissing {
            path: s("img/x.png"),
        },
        AssetNotFile { path: s("img") },
        AssetTooLarge {
            path: s("img/big.png"),
            size: 5 * 1024 * 1024 + 1000,
            limit: 4 * 1024 * 1024,
        },
        Markup(s("unclosed **")),
        BadDate {
            value: s("2024-13-01"),
        },
        BadYear { value: s("soon") },
        NoSources,
        MissingAlt,
        AltWithoutImage,
        MissingHelp,
        FlagAndDecoy { part: s("p1") },
        UnknownFlagKind {
            name: s("money"),
            known: 0,
            suggestion: None,
        },
        UnknownFlagKind {
            name: s("mony"),
            known: 3,
            suggestion: Some(s("money")),
        },
        UnknownFlagKind {
            name: s("zzz"),
            known: 3,
            suggestion: None,
        },
        UnknownSource { id: s("ilo") },
        UnknownQuestion { id: s("q9") },
        TwoPinned { pin: Pin::Last },
        WeakSourceForLearners {
            confidence: Confidence::Medium,
        },
        EnforcementWithoutAdvice,
        NoEmergencyEntry { country: s("GT") },
        LongestIsRight {
            count: 5,
            total: 8,
            modules: None,
        },
        LongestIsRight {
            count: 12,
            total: 20,
            modules: Some(6),
        },
        TrueFalseLean {
            answer: true,
            count: 8,
            total: 10,
            modules: None,
        },
        TrueFalseLean {
            answer: false,
            count: 15,
            total: 20,
            modules: Some(4),
        },
        CountInText {
            phrase: s("two of these"),
        },
        FirstChoiceAlwaysSafe {
            scenario: s("bus"),
            scenes: 4,
        },
        InlineCitation {
            text: s("(OIT, 2017)"),
        },
        FigureWithoutSource { figure: s("40%") },
        SmartQuote { found: '“' },
        UnclosedBracket {
            open: '(',
            line: 3,
            col: 5,
            closed_by: None,
        },
        UnclosedBracket {
            open: '[',
            line: 3,
            col: 5,
            closed_by: Some((')', 9, 2)),
        },
        ExtraBracket { found: ')' },
        MissingComma { line: 12 },
        UnknownField {
            found: s("titel"),
            outer: Some(s("Lesson")),
            suggestion: Some(s("title")),
            expected: vec![],
        },
        UnknownField {
            found: s("zz"),
            outer: None,
            suggestion: None,
            expected: vec![s("id"), s("title")],
        },
        MissingField {
            field: s("id"),
            outer: Some(s("Lesson")),
        },
        MissingField {
            field: s("id"),
            outer: None,
        },
        FileEndsEarly,
        ExpectedName,
        StringNotClosed,
        ExpectedText,
        TooDeep { limit: 64 },
        BadFallback {
            lang: s("quc"),
            to: s("fr"),
        },
    ]
}

const DIAG_VARIANTS: usize = 67;

fn variant_index(k: &DiagKind) -> usize {
    use DiagKind::*;
    match k {
        Io(_) => 0,
        TooLarge { .. } => 1,
        NotUtf8 => 2,
        Syntax(_) => 3,
        IsDirectory => 4,
        NoModules => 5,
        MissingManifest => 6,
        DuplicateId { .. } => 7,
        BadId { .. } => 8,
        BadCourseId(_) => 9,
        EmptyId => 10,
        MissingTranslation { .. } => 11,
        UndeclaredLanguage { .. } => 12,
        NoLanguages => 13,
        BadLanguageCode(_) => 14,
        UnknownScene { .. } => 15,
        UnreachableScene { .. } => 16,
        NoEnding => 17,
        NoWayOut { .. } => 18,
        DeadEnd { .. } => 19,
        EndingWithChoices { .. } => 20,
        SingleNeedsOneCorrect { .. } => 21,
        MultiNeedsCorrect => 22,
        TooFewChoices { .. } => 23,
        SpotNeedsFlags => 24,
        UnknownPart { .. } => 25,
        PassMark { .. } => 26,
        EmptyList { .. } => 27,
        Minutes { .. } => 28,
        AssetAbsolute { .. } => 29,
        AssetEscapes { .. } => 30,
        AssetMissing { .. } => 31,
        AssetNotFile { .. } => 32,
        AssetTooLarge { .. } => 33,
        Markup(_) => 34,
        BadDate { .. } => 35,
        BadYear { .. } => 36,
        NoSources => 37,
        MissingAlt => 38,
        AltWithoutImage => 39,
        MissingHelp => 40,
        FlagAndDecoy { .. } => 41,
        UnknownFlagKind { .. } => 42,
        UnknownSource { .. } => 43,
        UnknownQuestion { .. } => 44,
        TwoPinned { .. } => 45,
        WeakSourceForLearners { .. } => 46,
        EnforcementWithoutAdvice => 47,
        NoEmergencyEntry { .. } => 48,
        LongestIsRight { .. } => 49,
        TrueFalseLean { .. } => 50,
        CountInText { .. } => 51,
        FirstChoiceAlwaysSafe { .. } => 52,
        InlineCitation { .. } => 53,
        FigureWithoutSource { .. } => 54,
        SmartQuote { .. } => 55,
        UnclosedBracket { .. } => 56,
        ExtraBracket { .. } => 57,
        MissingComma { .. } => 58,
        UnknownField { .. } => 59,
        MissingField { .. } => 60,
        FileEndsEarly => 61,
        ExpectedName => 62,
        StringNotClosed => 63,
        ExpectedText => 64,
        TooDeep { .. } => 65,
        BadFallback { .. } => 66,
    }
}

/// Every checker message has its own text in both languages, with every
/// variable filled, and `describe`/`message` go through the same files.
#[test]
fn every_diag_kind_has_a_message_in_both_languages() {
    let kinds = every_diag_kind();
    let mut seen = [false; DIAG_VARIANTS];
    for k in &kinds {
        seen[variant_index(k)] = true;
    }
    assert!(seen.iter().all(|s| *s), "a DiagKind variant has no sample");
    let (en, es) = (en(), es());
    for k in &kinds {
        let (key, _) = diag::key_and_args(k, &en);
        for (l, lang) in [(&en, "en"), (&es, "es")] {
            let m = diag::describe(k, l);
            assert!(!m.trim().is_empty() && m != key, "{lang} has no {key}");
            assert!(!m.contains("{ $") && !m.contains("{$"), "{lang} {key}: {m}");
            assert!(
                l.catalog().has_message(lang, key),
                "{lang} falls back for {key}"
            );
            assert_eq!(k.describe(lang), m);
        }
        // The markup parser's own message passes through as it is.
        if !matches!(k, DiagKind::Markup(_)) {
            assert_ne!(
                diag::describe(k, &en),
                diag::describe(k, &es),
                "{key} is not translated"
            );
        }
        assert_eq!(k.localize(&en), k.describe("en"));
    }
    let d = crate::course::Diagnostic::error("m.ron", DiagKind::EmptyId);
    let mut with_field = d.clone();
    with_field.field = Some("lessons[2].id".into());
    for (l, lang) in [(&en, "en"), (&es, "es")] {
        assert_eq!(diag::message(&d, l), d.message(lang));
        assert_eq!(diag::message(&with_field, l), with_field.message(lang));
    }
    assert!(with_field.message("es").ends_with("(en lessons[2].id)"));
    assert_eq!(
        diag::describe(
            &DiagKind::BadCourseId(crate::progress::ids::IdError::Empty),
            &es
        ),
        "el id del curso no sirve como nombre de carpeta: solo minúsculas sin tilde, cifras y guiones, hasta 64, sin empezar por guion (el id está vacío)"
    );
}

#[test]
fn errors_read_as_their_display_in_english() {
    use crate::pack::PackError;
    use crate::progress::export::ImportError;
    use crate::progress::ids::IdError;
    use crate::progress::{OpenError, ProfileError, SaveError};
    let s = |x: &str| x.to_string();
    let (en, es) = (en(), es());
    let mut all: Vec<(Box<dyn Localize>, String)> = Vec::new();
    let mut add = |e: Box<dyn Localize>, display: String| all.push((e, display));
    let ids = [
        IdError::Empty,
        IdError::TooLong { len: 80 },
        IdError::BadCharacter { id: s("Ana") },
        IdError::LeadingHyphen { id: s("-a") },
        IdError::Reserved { id: s("con") },
    ];
    for e in ids {
        let d = e.to_string();
        add(Box::new(e), d);
    }
    let imports = [
        ImportError::Io(s("gone")),
        ImportError::TooLarge,
        ImportError::NotAnExport,
        ImportError::Damaged(s("line 3")),
        ImportError::NewerFormat,
        ImportError::OtherCourse {
            found: s("a"),
            expected: s("b"),
        },
        ImportError::OtherCourseVersion {
            found: 1,
            expected: 2,
        },
        ImportError::BadId(IdError::Empty),
    ];
    for e in imports {
        let d = e.to_string();
        add(Box::new(e), d);
    }
    let packs = [
        PackError::Io(s("gone")),
        PackError::Unsafe(s("a link")),
        PackError::TooLarge(s("more than 2000 files")),
        PackError::Invalid(vec![
            crate::course::Diagnostic::error("a", DiagKind::EmptyId),
            crate::course::Diagnostic::error("b", DiagKind::EmptyId),
        ]),
        PackError::AlreadyInstalled(3),
        PackError::BadId(IdError::Reserved { id: s("nul") }),
    ];
    for e in packs {
        // "error(s)" became a plural.
        let d = e.to_string().replace("error(s)", "errors");
        add(Box::new(e), d);
    }
    let path = PathBuf::from("/data/p1/progress.ron");
    let saves = || {
        [
            SaveError::ReadOnly,
            SaveError::DiskFull { path: path.clone() },
            SaveError::NotWritable { path: path.clone() },
            SaveError::Io {
                path: path.clone(),
                message: s("busy"),
            },
        ]
    };
    for e in saves() {
        let d = e.to_string();
        add(Box::new(e), d);
    }
    let opens = [
        OpenError::Locked,
        OpenError::Io {
            path: path.clone(),
            source: std::io::Error::other("no"),
        },
    ];
    for e in opens {
        let d = e.to_string();
        add(Box::new(e), d);
    }
    let mut profiles = vec![
        ProfileError::BadName,
        ProfileError::NameTaken(s("Ana")),
        ProfileError::NotFound,
        ProfileError::Locked,
        ProfileError::Io(s("odd")),
    ];
    profiles.extend(saves().into_iter().map(ProfileError::Save));
    for e in profiles {
        let d = e.to_string();
        add(Box::new(e), d);
    }
    assert_eq!(all.len(), 5 + 8 + 6 + 4 + 2 + 9);
    for (e, display) in &all {
        assert_eq!(e.localize(&en), *display);
        let spanish = e.localize(&es);
        assert!(!spanish.starts_with("error-"), "{spanish}");
        // ProfileError::Io is only the system's message.
        if display != "odd" {
            assert_ne!(spanish, *display, "not translated: {display}");
        }
    }
    assert_eq!(
        errors::import_error(&ImportError::BadId(IdError::Empty), &es),
        "el id de la persona en el archivo no está permitido (el id está vacío); puede que alguien haya cambiado el archivo"
    );
}

#[test]
fn report_texts_match_the_report_module() {
    let (en, es) = (en(), es());
    // English CSV headers are exactly the current ones.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let course = crate::course::load_dir(&dir).unwrap().course;
    let r = crate::report::ClassReport::build(&course, &[]);
    for anonymised in [false, true] {
        let mut out = Vec::new();
        r.write_learners_csv(&mut out, anonymised, "en").unwrap();
        let text = String::from_utf8(out).unwrap();
        let header = text.lines().next().unwrap();
        assert_eq!(
            texts::learners_csv_header(&en, &r.module_ids, anonymised).join(","),
            header
        );
    }
    let mut out = Vec::new();
    r.write_questions_csv(&mut out, &course, "en").unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(
        texts::questions_csv_header(&en).join(","),
        text.lines().next().unwrap()
    );
    let es_header = texts::learners_csv_header(&es, &["m1".into()], false);
    assert_eq!(es_header[0], "persona");
    assert!(es_header.contains(&"m1_mejor_puntuacion".to_string()));
    assert!(es_header.iter().all(|h| h.is_ascii()), "{es_header:?}");
    assert_eq!(texts::csv_this_computer(&en), "this computer");
    assert_eq!(texts::csv_anonymous_learner(&en, 3), "Learner 3");
    assert_eq!(texts::csv_anonymous_learner(&es, 3), "Persona 3");
    assert_eq!(texts::answer_bool(&en, true), "True");
    assert_eq!(texts::answer_bool(&es, false), "Falso");
}
