//! Every document for every bundled module, in English and Spanish, parsed
//! back with lopdf; and, where poppler-utils is installed, rendered with
//! pdftoppm and checked with pdffonts and pdftotext.

use std::path::Path;
use std::process::Command;

use super::*;
use crate::course::{Block, Course, QuestionKind, SceneStep};
use fonts::test_fonts;

fn bundled() -> Course {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    crate::course::load_dir(&dir).unwrap().course
}

/// Text without any white space, so that line and page breaks do not matter.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of every page, without the page numbers in the footers (a
/// paragraph can run over a page break).
fn extract(pdf: &[u8]) -> (usize, String) {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf can parse");
    let n = doc.get_pages().len();
    let mut text = String::new();
    for page in 1..=n {
        let mut t = doc
            .extract_text(&[page as u32])
            .expect("text can be extracted");
        for l in [Labels::en(), Labels::es()] {
            let footer = fill(
                &l.page_of,
                &[("page", &page.to_string()), ("pages", &n.to_string())],
            );
            if let Some(i) = t.rfind(&footer) {
                t.replace_range(i..i + footer.len(), "");
            }
        }
        text.push_str(&t);
        text.push('\n');
    }
    (n, text)
}

/// Fonts are embedded (FontFile2) as subsets (a six-letter tag and `+`).
fn assert_embedded_subsets(pdf: &[u8], what: &str) {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut descriptors = 0;
    for obj in doc.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        if d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor") {
            descriptors += 1;
            assert!(d.has(b"FontFile2"), "{what}: a font is not embedded");
            let name = d.get(b"FontName").unwrap().as_name().unwrap();
            assert!(
                name.len() > 7
                    && name[6] == b'+'
                    && name[..6].iter().all(|c| c.is_ascii_uppercase()),
                "{what}: {} is not a subset",
                String::from_utf8_lossy(name)
            );
        }
        if d.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Type1") {
            panic!("{what}: a non-embedded Type 1 font is used");
        }
    }
    assert!(descriptors >= 2, "{what}: {descriptors} fonts");
}

fn first_key_point(m: &crate::course::Module, lang: &str) -> String {
    m.lessons
        .iter()
        .flat_map(|l| l.pages.iter())
        .flat_map(|p| p.blocks.iter())
        .find_map(|b| match b {
            Block::KeyPoints { points, .. } => points.first().map(|p| p.get(lang).to_string()),
            _ => None,
        })
        .expect("every bundled module has key points")
}

fn print(c: &Course, module: &str, kind: DocKind, lang: &str, paper: Paper) -> Printed {
    let labels = Labels::for_lang(lang);
    let opts = PrintOptions {
        lang,
        paper,
        country: Some("honduras"),
        labels: &labels,
    };
    module_document(c, module, kind, &opts, &test_fonts()).unwrap()
}

#[test]
fn every_document_of_every_module_in_both_languages() {
    let c = bundled();
    assert!(c.modules.len() >= 5);
    for m in &c.modules {
        for lang in ["en", "es"] {
            let title = squash(m.title.get(lang));
            for kind in DocKind::ALL {
                let what = format!("{} {} {lang}", m.id, kind.name());
                let p = print(&c, &m.id, kind, lang, Paper::A4);
                assert!(
                    p.missing_glyphs.is_empty(),
                    "{what}: {:?}",
                    p.missing_glyphs
                );
                let (pages, text) = extract(&p.pdf);
                assert!(pages > 0 && pages == p.pages, "{what}: {pages} pages");
                let text = squash(&text);
                assert!(text.contains(&title), "{what}: no title");
                assert!(!text.contains('\u{FFFD}'), "{what}: unknown characters");
                match kind {
                    DocKind::Handout | DocKind::Guide => {
                        let kp = squash(&first_key_point(m, lang));
                        assert!(text.contains(&kp), "{what}: no key point {kp}");
                    }
                    DocKind::Quiz => {
                        for q in &m.quiz.questions {
                            let prompt = squash(q.prompt.get(lang));
                            assert!(text.contains(&prompt), "{what}: no question {}", q.id);
                        }
                    }
                    DocKind::Answers => {
                        let q = m
                            .quiz
                            .questions
                            .iter()
                            .find(|q| q.explanation.is_some())
                            .expect("a question with an explanation");
                        let e = squash(q.explanation.as_ref().unwrap().get(lang));
                        assert!(text.contains(&e), "{what}: no explanation for {}", q.id);
                    }
                }
                assert_embedded_subsets(&p.pdf, &what);
            }
        }
    }
}

#[test]
fn letter_and_a4_both_print() {
    let c = bundled();
    let m = &c.modules[1].id;
    for kind in DocKind::ALL {
        let a4 = print(&c, m, kind, "es", Paper::A4);
        let letter = print(&c, m, kind, "es", Paper::Letter);
        let size = |pdf: &[u8]| {
            let doc = lopdf::Document::load_mem(pdf).unwrap();
            let page = doc.get_pages()[&1];
            let b = doc
                .get_dictionary(page)
                .unwrap()
                .get(b"MediaBox")
                .unwrap()
                .as_array()
                .unwrap()
                .clone();
            (
                b[2].as_float().unwrap().round(),
                b[3].as_float().unwrap().round(),
            )
        };
        assert_eq!(size(&a4.pdf), (595.0, 842.0));
        assert_eq!(size(&letter.pdf), (612.0, 792.0));
        // Letter is shorter: never fewer pages.
        assert!(letter.pages >= a4.pages, "{}", kind.name());
    }
}

#[test]
fn the_handout_gives_no_answers_away() {
    let c = bundled();
    for m in &c.modules {
        for lang in ["en", "es"] {
            let (_, text) = extract(&print(&c, &m.id, DocKind::Handout, lang, Paper::A4).pdf);
            let text = squash(&text);
            for s in m.scenarios() {
                for scene in &s.scenes {
                    if let SceneStep::Ending(e) = &scene.step {
                        let debrief = squash(e.debrief.get(lang));
                        assert!(!text.contains(&debrief), "{}: a debrief is printed", m.id);
                        let ending = squash(scene.text.get(lang));
                        assert!(!text.contains(&ending), "{}: an ending is printed", m.id);
                    }
                }
            }
            let l = Labels::for_lang(lang);
            assert!(!text.contains(&squash(&l.right_mark)));
            // Only lines the learner's Help screen shows.
            for line in &c.help.lines {
                if !line.for_learners() {
                    let name = squash(line.name.get(lang));
                    assert!(
                        !text.contains(&name),
                        "{}: {name} is for facilitators",
                        m.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_guide_shows_every_path_and_debrief() {
    let c = bundled();
    for m in &c.modules {
        let (_, text) = extract(&print(&c, &m.id, DocKind::Guide, "es", Paper::A4).pdf);
        let text = squash(&text);
        for s in m.scenarios() {
            for scene in &s.scenes {
                if let SceneStep::Ending(e) = &scene.step {
                    let t = squash(e.debrief.get("es"));
                    assert!(text.contains(&t), "{}: {t}", m.id);
                }
            }
        }
        for b in m
            .lessons
            .iter()
            .flat_map(|l| l.pages.iter())
            .flat_map(|p| p.blocks.iter())
        {
            if let Block::FacilitatorNote(t) | Block::Discussion(t) = b {
                let t = squash(t.get("es"));
                assert!(text.contains(&t), "{}: {t}", m.id);
            }
        }
    }
}

#[test]
fn quiz_and_key_agree_on_the_ordering_letters() {
    let c = bundled();
    let (m, q) = c
        .modules
        .iter()
        .find_map(|m| {
            m.quiz
                .questions
                .iter()
                .find(|q| matches!(q.kind, QuestionKind::Order { .. }))
                .map(|q| (m, q))
        })
        .expect("an ordering question");
    let QuestionKind::Order { items } = &q.kind else {
        unreachable!()
    };
    let (_, sheet) = extract(&print(&c, &m.id, DocKind::Quiz, "en", Paper::A4).pdf);
    let (_, key) = extract(&print(&c, &m.id, DocKind::Answers, "en", Paper::A4).pdf);
    let order = quiz::printed_order(&m.id, &q.id, items.len());
    // The sheet's A is the item printed first; the key says which place it has.
    let a = squash(&format!("A.{}", items[order[0]].get("en")));
    assert!(squash(&sheet).contains(&a), "sheet: {a}");
    let a_place = format!("A={}", order[0] + 1);
    assert!(squash(&key).contains(&a_place), "key: {a_place}");

    // Choices are lettered the same way on both, and the key names the right one.
    for q in &m.quiz.questions {
        let QuestionKind::Single { choices } = &q.kind else {
            continue;
        };
        let order = quiz::printed_choices(&m.id, &q.id, choices);
        let k = order.iter().position(|&i| choices[i].correct).unwrap();
        let right = squash(&format!(
            "{}){}",
            letter(k),
            choices[order[k]].text.get("en")
        ));
        assert!(squash(&sheet).contains(&right), "sheet: {right}");
        assert!(
            squash(&key).contains(&format!("{right}(right)")),
            "key: {right}"
        );
    }
}

#[test]
fn missing_things_are_clear_errors() {
    let c = bundled();
    let labels = Labels::en();
    let fonts = test_fonts();
    let mut opts = PrintOptions {
        lang: "en",
        paper: Paper::A4,
        country: None,
        labels: &labels,
    };
    let e = module_document(&c, "nope", DocKind::Handout, &opts, &fonts).unwrap_err();
    assert!(matches!(e, PrintError::NoModule { .. }));
    assert!(e.to_string().contains("fake-job-offers"), "{e}");
    opts.lang = "fr";
    let m = &c.modules[0].id;
    let e = module_document(&c, m, DocKind::Handout, &opts, &fonts).unwrap_err();
    assert!(
        e.to_string().contains("\"fr\"") && e.to_string().contains("es"),
        "{e}"
    );
    opts.lang = "en";
    opts.country = Some("Atlantis");
    let e = module_document(&c, m, DocKind::Handout, &opts, &fonts).unwrap_err();
    assert!(e.to_string().contains("honduras"), "{e}");
}

#[test]
fn countries_are_found_by_id_or_any_name() {
    let c = bundled();
    for q in [
        "honduras",
        "Honduras",
        "el-salvador",
        "El Salvador",
        "México",
        "mexico",
        "Panamá",
        "united-states",
        "Estados Unidos",
    ] {
        assert!(find_country(&c, q).is_some(), "{q}");
    }
    assert!(find_country(&c, "Atlantis").is_none());
    let all = countries(&c, "es");
    let regional: Vec<_> = all.iter().filter(|c| c.regional).collect();
    assert_eq!(regional.len(), 1, "{all:?}");
    assert!(!all.iter().find(|c| c.id == "honduras").unwrap().regional);
}

#[test]
fn help_lines_for_the_chosen_country_and_the_region() {
    let c = bundled();
    let labels = Labels::es();
    let opts = |country| PrintOptions {
        lang: "es",
        paper: Paper::A4,
        country,
        labels: &labels,
    };
    let m = &c.modules[0].id;
    let text = |country| {
        let p = module_document(&c, m, DocKind::Handout, &opts(country), &test_fonts()).unwrap();
        squash(&extract(&p.pdf).1)
    };
    let hn = text(Some("honduras"));
    let none = text(None);
    let hn_line = c
        .help
        .lines
        .iter()
        .find(|l| l.country.get("en") == "Honduras" && l.for_learners())
        .unwrap();
    let regional = c
        .help
        .lines
        .iter()
        .find(|l| help::is_regional(&c, &l.country))
        .unwrap();
    assert!(hn.contains(&squash(hn_line.name.get("es"))));
    assert!(!none.contains(&squash(hn_line.name.get("es"))));
    for t in [&hn, &none] {
        assert!(t.contains(&squash(regional.name.get("es"))));
        // What was checked, and when.
        assert!(t.contains(&squash(&fill(
            &labels.source_checked,
            &[("date", &regional.source_checked)]
        ))));
    }
    assert!(none.contains(&squash(&labels.ask_for_local_lines)));
}

/// Runs a poppler tool if it is installed; `None` if not, after saying so
/// once per tool and run.
fn poppler(tool: &str, args: &[&std::ffi::OsStr]) -> Option<std::process::Output> {
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    match Command::new(tool).args(args).output() {
        Ok(out) => Some(out),
        Err(_) => {
            let mut said = SAID.lock().unwrap_or_else(|e| e.into_inner());
            if !said.iter().any(|t| t == tool) {
                said.push(tool.to_string());
                // Straight to stderr, past the test harness's capture, so that
                // a check that could not run says so in every run's output.
                use std::io::Write;
                let _ = writeln!(std::io::stderr(), "skipped: {tool} not installed");
            }
            None
        }
    }
}

#[test]
fn poppler_renders_and_sees_embedded_fonts() {
    let c = bundled();
    let dir = tempfile::tempdir().unwrap();
    let m = &c.modules[1].id;
    for lang in ["en", "es"] {
        for kind in DocKind::ALL {
            let what = format!("{m} {} {lang}", kind.name());
            let p = print(&c, m, kind, lang, Paper::A4);
            let pdf = dir.path().join(format!("{}-{lang}.pdf", kind.name()));
            std::fs::write(&pdf, &p.pdf).unwrap();
            let prefix = dir.path().join(format!("{}-{lang}", kind.name()));
            if let Some(out) = poppler(
                "pdftoppm",
                &[
                    "-png".as_ref(),
                    "-r".as_ref(),
                    "40".as_ref(),
                    "-f".as_ref(),
                    "1".as_ref(),
                    "-l".as_ref(),
                    "1".as_ref(),
                    pdf.as_os_str(),
                    prefix.as_os_str(),
                ],
            ) {
                assert!(
                    out.status.success(),
                    "{what}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                assert!(
                    out.stderr.is_empty(),
                    "{what}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let png = std::fs::read_dir(dir.path()).unwrap().flatten().any(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(&format!("{}-{lang}-", kind.name()))
                });
                assert!(png, "{what}: no page rendered");
            }
            if let Some(out) = poppler("pdffonts", &[pdf.as_os_str()]) {
                assert!(out.status.success());
                let listing = String::from_utf8_lossy(&out.stdout);
                let fonts: Vec<&str> = listing.lines().skip(2).collect();
                assert!(!fonts.is_empty(), "{what}: {listing}");
                for f in fonts {
                    let cols: Vec<&str> = f.split_whitespace().collect();
                    // name type… encoding emb sub uni object ID
                    let n = cols.len();
                    assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{what}: {f}");
                }
            }
            if let Some(out) = poppler("pdftotext", &[pdf.as_os_str(), "-".as_ref()]) {
                let text = String::from_utf8_lossy(&out.stdout);
                let title = c.module(m).unwrap().title.get(lang);
                assert!(squash(&text).contains(&squash(title)), "{what}");
            }
        }
    }
}

#[test]
fn mayan_letters_and_accents_survive_extraction() {
    // A course whose text has ʼ, as a translated course would.
    let mut c = bundled();
    let title = "Xʼiwan: ¿Qué señales? ¡Ñandú! “Güiro” ‘ñ’";
    c.modules[0].title = crate::course::Text::en_es(title, title);
    let m = c.modules[0].id.clone();
    for kind in DocKind::ALL {
        let p = print(&c, &m, kind, "es", Paper::A4);
        assert!(p.missing_glyphs.is_empty());
        let (_, text) = extract(&p.pdf);
        assert!(
            squash(&text).contains(&squash(title)),
            "{}: {text:.300}",
            kind.name()
        );
        if let Some(out) = {
            let dir = tempfile::tempdir().unwrap();
            let f = dir.path().join("x.pdf");
            std::fs::write(&f, &p.pdf).unwrap();
            poppler("pdftotext", &[f.as_os_str(), "-".as_ref()])
        } {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                squash(&text).contains(&squash(title)),
                "pdftotext: {text:.300}"
            );
        }
    }
}

#[test]
fn pictures_and_icons_are_placed_with_their_alt_text() {
    let dir = tempfile::tempdir().unwrap();
    let scene = dir.path().join("scene.png");
    image::RgbImage::from_fn(60, 30, |x, _| image::Rgb([(x * 4) as u8, 90, 200]))
        .save(&scene)
        .unwrap();
    let icon = dir.path().join("icon.png");
    image::RgbaImage::from_fn(16, 16, |x, y| {
        image::Rgba([0, 0, 0, if x == y { 255 } else { 0 }])
    })
    .save(&icon)
    .unwrap();
    let mut c = bundled();
    for k in &mut c.meta.flag_kinds {
        k.icon = Some(icon.clone());
    }
    let alt = "Una terminal de buses con mucha gente";
    let m = c
        .modules
        .iter_mut()
        .find(|m| m.scenarios().next().is_some())
        .unwrap();
    let id = m.id.clone();
    for b in m
        .lessons
        .iter_mut()
        .flat_map(|l| l.pages.iter_mut())
        .flat_map(|p| p.blocks.iter_mut())
    {
        if let Block::Scenario(s) = b {
            s.image = Some(crate::course::Picture {
                image: Some(scene.clone()),
                alt: crate::course::Text::en_es(alt, alt),
                caption: None,
            });
        }
    }
    let p = print(&c, &id, DocKind::Handout, "es", Paper::A4);
    let (_, text) = extract(&p.pdf);
    assert!(text.contains(alt), "the alt text is the caption");
    let doc = lopdf::Document::load_mem(&p.pdf).unwrap();
    let images: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .collect();
    // The scene, the icon and the icon's transparency, each once.
    assert_eq!(images.len(), 3, "{}", images.len());
    assert!(images.iter().any(|s| s.dict.has(b"SMask")));
    // A picture that cannot be read leaves its alt text in a frame.
    std::fs::write(&scene, b"not a png").unwrap();
    let p = print(&c, &id, DocKind::Handout, "es", Paper::A4);
    assert!(extract(&p.pdf).1.contains(alt));
}
