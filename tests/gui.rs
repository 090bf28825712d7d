//! The real app, driven headless through egui_kittest with the accessibility
//! check on: every input widget must have an accessible name, or `run` panics.

mod common;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use alerta::app::state::{ModuleView, Screen, Sel};
use alerta::app::{AlertaApp, AppEnv, FakeDialogs};
use alerta::course::pages;
use alerta::course::{Course, Question, QuestionKind, Scenario, SceneStep};
use alerta::progress::{DataDir, FakeClock};
use alerta::quiz::{Answer, a_wrong_answer, model_answer};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

struct Setup {
    data: tempfile::TempDir,
    clock: FakeClock,
    dialogs: FakeDialogs,
}

impl Setup {
    fn new() -> Self {
        Setup {
            data: tempfile::tempdir().unwrap(),
            clock: FakeClock::at_day(20_786, 10 * 3600),
            dialogs: FakeDialogs::default(),
        }
    }

    fn harness(&self) -> Harness<'static, AlertaApp> {
        self.harness_with(&lessons(), 1280.0, 900.0)
    }

    fn harness_with(&self, lessons: &Path, w: f32, h: f32) -> Harness<'static, AlertaApp> {
        let mut env = AppEnv::new(lessons, DataDir::at(self.data.path()));
        env.clock = Arc::new(self.clock.clone());
        env.dialogs = Box::new(self.dialogs.clone());
        let mut h = Harness::builder()
            .with_size([w, h])
            .with_max_steps(40)
            .build_eframe(move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx));
        h.run();
        h
    }
}

fn click(h: &mut Harness<'_, AlertaApp>, label: &str) {
    h.get_by_label(label).click_accesskit();
    h.run();
}

fn click_contains(h: &mut Harness<'_, AlertaApp>, label: &str) {
    h.get_by_label_contains(label).click_accesskit();
    h.run();
}

/// Whether some node is labelled exactly `label` (a bar and a heading may share one).
fn has(h: &Harness<'_, AlertaApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn has_contains(h: &Harness<'_, AlertaApp>, label: &str) -> bool {
    h.query_all_by_label_contains(label).next().is_some()
}

fn course(h: &Harness<'_, AlertaApp>) -> Course {
    h.state().state.course.clone()
}

fn type_into(h: &mut Harness<'_, AlertaApp>, label: &str, text: &str) {
    let node = h.get_by_label(label);
    node.focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn create_profile(h: &mut Harness<'_, AlertaApp>, name: &str) {
    click(h, "New profile");
    type_into(h, "Your name or a nickname", name);
    click(h, "Create");
    assert!(
        matches!(h.state().state.screen, Screen::Home),
        "home after creating a profile"
    );
}

fn switch_to_english(h: &mut Harness<'_, AlertaApp>) {
    if has(h, "English") && !has(h, "Who is learning today?") {
        click(h, "English");
    }
}

/// A path of choice indices from the start to some ending.
fn path_to_ending(sc: &Scenario) -> Vec<usize> {
    let mut prev: Vec<Option<(usize, usize)>> = vec![None; sc.scenes.len()];
    let mut seen = vec![false; sc.scenes.len()];
    let mut q = VecDeque::from([sc.start]);
    seen[sc.start] = true;
    while let Some(n) = q.pop_front() {
        match &sc.scenes[n].step {
            SceneStep::Ending(_) => {
                let mut path = Vec::new();
                let mut cur = n;
                while let Some((from, choice)) = prev[cur] {
                    path.push(choice);
                    cur = from;
                }
                path.reverse();
                return path;
            }
            SceneStep::Choices(cs) => {
                for (i, c) in cs.iter().enumerate() {
                    if !seen[c.goto] {
                        seen[c.goto] = true;
                        prev[c.goto] = Some((n, i));
                        q.push_back(c.goto);
                    }
                }
            }
        }
    }
    panic!("scenario {} has no reachable ending", sc.id)
}

/// The module on screen and the place of its page (`None` on the content note).
fn module_state(h: &Harness<'_, AlertaApp>) -> (String, Option<usize>) {
    let st = &h.state().state;
    match &st.screen {
        Screen::Module(ms) => {
            let m = st.course.module(&ms.module).unwrap();
            let pos = match &ms.view {
                ModuleView::Note => None,
                ModuleView::Page(r) => pages::position(m, false, r),
            };
            (ms.module.clone(), pos)
        }
        _ => panic!("not on a module screen"),
    }
}

/// Where choice `choice` (a course index) is shown in the current scene, from 0.
fn shown_position(h: &Harness<'_, AlertaApp>, sc: &Scenario, choice: usize) -> usize {
    let Screen::Module(ms) = &h.state().state.screen else {
        panic!("not on a module screen")
    };
    let fresh = alerta::quiz::scenario::ScenarioPlay::new(sc, 0, ms.seed);
    let play = ms.scenarios.get(&sc.id).unwrap_or(&fresh);
    play.choice_order(sc)
        .iter()
        .position(|&c| c == choice)
        .unwrap()
}

/// Plays the scenario shown on the current page to an ending, by clicking.
fn play_scenario(h: &mut Harness<'_, AlertaApp>, sc: &Scenario) {
    let mut scene = sc.start;
    for choice in path_to_ending(sc) {
        let SceneStep::Choices(cs) = &sc.scenes[scene].step else {
            unreachable!()
        };
        let shown = shown_position(h, sc, choice);
        let label = format!("{}  {}", shown + 1, cs[choice].text.get("en"));
        click(h, &label);
        scene = cs[choice].goto;
    }
    let SceneStep::Ending(e) = &sc.scenes[scene].step else {
        unreachable!()
    };
    assert!(
        has_contains(h, e.debrief.get("en").split('.').next().unwrap())
            || has(h, e.debrief.get("en")),
        "the debrief of {} is shown",
        sc.id
    );
}

/// Clicks through the UI so the current question's selection becomes `answer`.
fn give_answer(h: &mut Harness<'_, AlertaApp>, q: &Question, answer: &Answer) {
    let Screen::Quiz(st) = &h.state().state.screen else {
        panic!("not in a quiz")
    };
    let layout = st.run.layouts[st.current].clone();
    let sel = st.sel.clone();
    use Sel;
    match (&q.kind, answer) {
        (QuestionKind::Single { choices }, Answer::Single(i)) => {
            let d = layout.iter().position(|x| x == i).unwrap();
            click(h, &format!("{}. {}", d + 1, choices[*i].text.get("en")));
        }
        (QuestionKind::Multi { choices }, Answer::Multi(want)) => {
            let Sel::Multi(have) = sel else { panic!() };
            for i in have.symmetric_difference(want) {
                let d = layout.iter().position(|x| x == i).unwrap();
                click(h, &format!("{}. {}", d + 1, choices[*i].text.get("en")));
            }
        }
        (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(b)) => {
            click(h, if *b { "1. True" } else { "2. False" });
        }
        (QuestionKind::Order { items }, Answer::Order(want)) => {
            // Bubble items into place with the Move up buttons.
            for (target_pos, &item) in want.iter().enumerate() {
                loop {
                    let Screen::Quiz(st) = &h.state().state.screen else {
                        panic!()
                    };
                    let Sel::Order(order) = &st.sel else { panic!() };
                    let pos = order.iter().position(|&x| x == item).unwrap();
                    if pos <= target_pos {
                        break;
                    }
                    click(h, &format!("Move up: {}", items[item].get("en")));
                }
            }
        }
        (QuestionKind::SpotFlags { .. }, Answer::Spot(want)) => {
            let Sel::Spot(have) = sel else { panic!() };
            for i in have.symmetric_difference(want) {
                click_contains(h, &format!("Part {}: ", i + 1));
            }
        }
        _ => panic!("answer does not fit question {}", q.id),
    }
}

fn current_question(h: &Harness<'_, AlertaApp>) -> (String, usize) {
    let Screen::Quiz(st) = &h.state().state.screen else {
        panic!("not in a quiz")
    };
    (st.module.clone(), st.current)
}

/// Answers every question wrong once, then right, and checks the results screen.
fn answer_quiz_wrong_then_right(h: &mut Harness<'_, AlertaApp>) {
    let c = course(h);
    loop {
        let (mi, qi) = current_question(h);
        let q = &c.module(&mi).unwrap().quiz.questions[qi];
        give_answer(h, q, &a_wrong_answer(q));
        click(h, "Check my answer");
        assert!(
            has(h, "Not quite. Try again."),
            "wrong answer to {} not flagged",
            q.id
        );
        if let Some(hint) = &q.hint {
            click(h, "Show a hint");
            assert!(has(h, hint.get("en")));
        }
        give_answer(h, q, &model_answer(q));
        click(h, "Check my answer");
        assert!(
            has(h, "Correct, on the second try."),
            "right answer to {} not accepted",
            q.id
        );
        let last = qi + 1 == c.module(&mi).unwrap().quiz.questions.len();
        if last {
            click(h, "See my results");
            break;
        }
        click(h, "Next question");
    }
    assert!(matches!(h.state().state.screen, Screen::Results(_)));
    assert!(has(h, "Your score: 50%"), "half a point per question");
    assert!(has(h, "Try the quiz again"));
}

#[test]
fn whole_course_in_english_then_continue_after_relaunch() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    create_profile(&mut h, "Ana");
    let c = course(&h);
    assert!(c.modules.len() >= 5);

    for m in &c.modules {
        click(&mut h, &format!("Open the module {}", m.title.get("en")));
        if module_state(&h).1.is_none() {
            assert!(has(&h, "Before you start"));
            click(&mut h, "Continue");
        }
        let pages = pages::flat_pages(m, false);
        for i in 0..pages.len() {
            assert_eq!(module_state(&h), (m.id.clone(), Some(i)));
            let (l, p) = pages[i];
            for b in &m.lessons[l].pages[p].blocks {
                if let alerta::course::Block::Scenario(sc) = b {
                    play_scenario(&mut h, sc);
                }
                if let alerta::course::Block::Artefact(a) = b
                    && a.parts.iter().any(|p| p.flag.is_some())
                {
                    click(&mut h, "Show the warning signs");
                    click(&mut h, "Hide the warning signs");
                }
            }
            if i + 1 < pages.len() {
                click(&mut h, "Next");
            }
        }
        click(&mut h, "Go to the quiz");
        answer_quiz_wrong_then_right(&mut h);
        click(&mut h, "Back to the modules");
    }

    // Scenario runs and attempts were recorded.
    {
        let p = h.state().state.progress().unwrap();
        let cp = p.course(&c.meta.id).unwrap();
        assert_eq!(cp.scenario_runs.len(), c.scenario_count());
        assert_eq!(cp.attempts.len(), c.modules.len());
        assert!(
            cp.review.len() >= c.question_count(),
            "every question went to review"
        );
    }

    // Leave a module half-way, quit, and come back.
    click(
        &mut h,
        &format!("Open the module {}", c.modules[2].title.get("en")),
    );
    if module_state(&h).1.is_none() {
        click(&mut h, "Continue");
    }
    click(&mut h, "Next");
    click(&mut h, "Next");
    h.state_mut().flush();
    drop(h);

    let mut h = s.harness();
    assert!(
        matches!(h.state().state.screen, Screen::Start(_)),
        "a new launch starts neutral"
    );
    click(&mut h, "Ana");
    assert!(matches!(h.state().state.screen, Screen::Home));
    assert_eq!(
        h.state().state.lang,
        "en",
        "language remembered per profile"
    );
    click(&mut h, "Continue where you left off");
    assert_eq!(module_state(&h), (c.modules[2].id.clone(), Some(2)));
    // Review is offered at the start of a later session.
    click(&mut h, "Home");
    assert!(has(&h, "Review now"));
}

#[test]
fn every_screen_in_spanish() {
    let s = Setup::new();
    let mut h = s.harness();
    assert_eq!(h.state().state.lang, "es", "Spanish by default");
    assert!(has(&h, "¿Quién aprende hoy?"));
    click(&mut h, "Perfil nuevo");
    type_into(&mut h, "Tu nombre o un apodo", "Luis");
    click(&mut h, "Crear");
    assert!(has(&h, "Módulos"));
    let c = course(&h);
    let m = &c.modules[0];
    click(&mut h, &format!("Abrir el módulo {}", m.title.get("es")));
    assert!(has(&h, "Antes de empezar"));
    click(&mut h, "Ver dónde pedir ayuda");
    assert!(has(&h, "Dónde pedir ayuda"));
    assert!(
        has(&h, "800 5533 000"),
        "a line with a good source is shown"
    );
    assert!(!has(&h, "1555"), "a line with a weak source is never shown");
    assert!(
        !has(&h, "1-866-347-2423"),
        "the ICE line is for facilitators only"
    );
    click(&mut h, "Atrás");
    click(&mut h, "Ir al cuestionario");
    assert!(has_contains(&h, "Pregunta 1 de"));
    click(&mut h, "Inicio");
    click(&mut h, "Mis errores");
    assert!(has(&h, "Todavía no hay errores guardados."));
    click(&mut h, "Volver a los módulos");
    click(&mut h, "Ajustes");
    assert!(has(&h, "Tamaño del texto"));
    click(&mut h, "Alto contraste");
    assert!(h.state().state.progress().unwrap().settings.high_contrast);
    click(&mut h, "Cerrar sesión");
    click(&mut h, "Modo facilitador");
    assert!(has(&h, "Informe de la clase"));
    click(&mut h, "Informe de la clase");
    assert!(has(&h, "Por persona"));
    click(&mut h, "Volver al modo facilitador");
    click(&mut h, "Paquetes de lecciones");
    assert!(has(&h, "Cursos instalados"));
    click(&mut h, "Volver al modo facilitador");
    click(&mut h, &format!("Presentar: {}", m.title.get("es")));
    assert!(has_contains(&h, "Página 1 de"));
    click(&mut h, "Terminar la sesión");
    assert!(has(&h, "Resumen de la sesión"));
}

/// The quiz's or review's forward button: "Next question" or "See my results".
fn click_next(h: &mut Harness<'_, AlertaApp>) {
    if has(h, "Next question") {
        click(h, "Next question");
    } else {
        click(h, "See my results");
    }
}

/// Presses a key with no modifiers.
fn key(h: &mut Harness<'_, AlertaApp>, k: Key) {
    h.key_press(k);
    h.run();
}

fn number_key(h: &mut Harness<'_, AlertaApp>, n: usize) {
    key(h, alerta::app::question::NUMBER_KEYS[n]);
}

fn focused_label(h: &Harness<'_, AlertaApp>) -> Option<String> {
    use egui_kittest::kittest::NodeT;
    h.query_by(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label().map(|s| s.to_string()))
}

/// Tabs until the widget called `label` has focus.
fn tab_to(h: &mut Harness<'_, AlertaApp>, label: &str) {
    for _ in 0..60 {
        if focused_label(h).as_deref() == Some(label) {
            return;
        }
        key(h, Key::Tab);
    }
    panic!(
        "could not reach {label:?} with Tab; focus is on {:?}",
        focused_label(h)
    );
}

#[test]
fn keyboard_only_completes_a_module() {
    let s = Setup::new();
    let mut h = s.harness();
    // Everything below uses keys only: no click.
    tab_to(&mut h, "English");
    key(&mut h, Key::Enter);
    tab_to(&mut h, "New profile");
    key(&mut h, Key::Enter);
    // The name field takes focus by itself.
    h.event(egui::Event::Text("Keyboard".into()));
    h.run();
    key(&mut h, Key::Enter);
    assert!(
        matches!(h.state().state.screen, Screen::Home),
        "profile created by keyboard"
    );
    tab_to(&mut h, "Start the first module");
    key(&mut h, Key::Enter);
    // The button that had focus is gone, so Enter is free: past the content note.
    key(&mut h, Key::Enter);
    let c = course(&h);
    let m = &c.modules[0];
    let pages = pages::flat_pages(m, false);
    for (i, &(l, p)) in pages.iter().enumerate() {
        assert_eq!(module_state(&h).1, Some(i));
        for b in &m.lessons[l].pages[p].blocks {
            if let alerta::course::Block::Scenario(sc) = b {
                for choice in path_to_ending(sc) {
                    let shown = shown_position(&h, sc, choice);
                    number_key(&mut h, shown);
                }
                let Screen::Module(st) = &h.state().state.screen else {
                    panic!()
                };
                assert!(st.scenarios[&sc.id].ended(sc), "scenario ended by keys");
            }
        }
        key(&mut h, Key::PageDown);
    }
    // The last Page Down opens the quiz.
    for qi in 0..m.quiz.questions.len() {
        assert_eq!(current_question(&h), (m.id.clone(), qi));
        let q = &m.quiz.questions[qi];
        let Screen::Quiz(st) = &h.state().state.screen else {
            panic!()
        };
        let layout = st.run.layouts[qi].clone();
        match (&q.kind, model_answer(q)) {
            (QuestionKind::Single { .. }, Answer::Single(i)) => {
                number_key(&mut h, layout.iter().position(|&x| x == i).unwrap())
            }
            (QuestionKind::Multi { .. }, Answer::Multi(set)) => {
                for i in set {
                    number_key(&mut h, layout.iter().position(|&x| x == i).unwrap());
                }
            }
            (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(b)) => {
                number_key(&mut h, if b { 0 } else { 1 })
            }
            (QuestionKind::SpotFlags { .. }, Answer::Spot(set)) => {
                for i in set {
                    number_key(&mut h, i);
                }
            }
            (QuestionKind::Order { items }, Answer::Order(want)) => {
                for (target, &item) in want.iter().enumerate() {
                    loop {
                        let Screen::Quiz(st) = &h.state().state.screen else {
                            panic!()
                        };
                        let Sel::Order(order) = &st.sel else { panic!() };
                        if order.iter().position(|&x| x == item).unwrap() <= target {
                            break;
                        }
                        tab_to(&mut h, &format!("Move up: {}", items[item].get("en")));
                        key(&mut h, Key::Enter);
                    }
                }
                // A button has focus, so Enter would press it: Tab to "Check my answer".
                tab_to(&mut h, "Check my answer");
            }
            _ => unreachable!(),
        }
        key(&mut h, Key::Enter);
        assert!(has(&h, "Correct!"), "question {} by keyboard", q.id);
        key(&mut h, Key::Enter);
    }
    assert!(matches!(h.state().state.screen, Screen::Results(_)));
    assert!(has(&h, "Your score: 100%"));
    assert!(has(&h, "You passed this module. Well done."));
}

/// Types `text` the way a keyboard does: real key presses and releases, with
/// Shift pressed and released around capitals and "¿".
fn type_like_a_person(h: &mut Harness<'_, AlertaApp>, text: &str) {
    for c in text.chars() {
        let shifted = c.is_uppercase() || c == '¿' || c == '?';
        let key = Key::from_name(&c.to_ascii_uppercase().to_string());
        let mods = if shifted {
            Modifiers::SHIFT
        } else {
            Modifiers::NONE
        };
        if shifted {
            h.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
        }
        if let Some(k) = key {
            h.event(egui::Event::Key {
                key: k,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: mods,
            });
        }
        h.event(egui::Event::Text(c.to_string()));
        if let Some(k) = key {
            h.event(egui::Event::Key {
                key: k,
                physical_key: None,
                pressed: false,
                repeat: false,
                modifiers: mods,
            });
        }
        if shifted {
            h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
        }
        h.run();
    }
}

fn lone_shift_tap(h: &mut Harness<'_, AlertaApp>) {
    h.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    h.run();
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

#[test]
fn typing_capitals_never_triggers_quick_exit() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    click(&mut h, "New profile");
    // The name field has focus by itself; type as a person would.
    type_like_a_person(&mut h, "María José Pérez");
    assert!(!h.state().state.quitting, "capitals are not quick exit");
    click(&mut h, "Create");
    assert!(matches!(h.state().state.screen, Screen::Home));
    assert_eq!(
        h.state().state.progress().unwrap().profile.name,
        "María José Pérez",
        "nothing typed was lost"
    );
    // Capitals and "¿" typed outside any field do not count either.
    type_like_a_person(&mut h, "ABC ¿Qué?");
    assert!(!h.state().state.quitting);
    assert!(!h.state().close_sent);
}

#[test]
fn quick_exit_blanks_and_closes_and_next_launch_is_neutral() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    create_profile(&mut h, "Rosa");
    let c = course(&h);
    click(
        &mut h,
        &format!("Open the module {}", c.modules[1].title.get("en")),
    );
    if module_state(&h).1.is_none() {
        click(&mut h, "Continue");
    }
    // Three lone Shift taps.
    for _ in 0..3 {
        lone_shift_tap(&mut h);
    }
    assert!(h.state().state.quitting);
    assert!(matches!(h.state().state.screen, Screen::Neutral));
    assert!(h.state().close_sent, "the window is asked to close");
    assert!(
        !has_contains(&h, c.modules[1].title.get("en")),
        "nothing of the lesson is left on screen"
    );
    drop(h);

    let mut h = s.harness();
    assert!(matches!(h.state().state.screen, Screen::Start(_)));
    assert!(has(&h, "Who is learning today?"));
    click(&mut h, "Rosa");
    // Progress was saved quietly before closing.
    let p = h.state().state.progress().unwrap();
    assert!(
        p.course(&c.meta.id)
            .unwrap()
            .modules
            .contains_key(&c.modules[1].id)
    );

    // The Exit button does the same (its accessible name is a word, not a
    // symbol), and Esc twice too, even from a text field.
    click(&mut h, "Exit");
    assert!(h.state().state.quitting);
    let mut h = s.harness();
    click(&mut h, "New profile");
    key(&mut h, Key::Escape);
    key(&mut h, Key::Escape);
    assert!(h.state().state.quitting, "Esc twice exits");
}

/// A course copied without its `assets/` folder, as it may come on a stick:
/// every module still loads, and each picture's description stands in for it.
#[test]
fn a_course_without_its_pictures_shows_their_descriptions() {
    let s = Setup::new();
    let dir = tempfile::tempdir().unwrap();
    common::copy_files(&lessons(), dir.path());
    let whole = course(&s.harness()).modules.len();
    let mut h = s.harness_with(dir.path(), 1280.0, 2400.0);
    switch_to_english(&mut h);
    click(&mut h, "Continue as a guest");
    let c = course(&h);
    assert_eq!(c.modules.len(), whole, "no module is lost");
    let m = &c.modules[0];
    let pic = m.lessons[0].pages[0]
        .blocks
        .iter()
        .find_map(|b| match b {
            alerta::course::Block::Picture(p) => Some(p.clone()),
            _ => None,
        })
        .expect("the first page has its cover");
    assert!(pic.image.is_none(), "the file is missing");
    h.state_mut()
        .dispatch(alerta::app::Command::Go(alerta::app::Nav::Module(
            m.id.clone(),
        )));
    h.run();
    // Past the "Before you start" note, onto the first page.
    h.state_mut().dispatch(alerta::app::Command::GoPage(0));
    h.run();
    assert!(
        has(&h, pic.alt.get("en")),
        "the description is shown instead"
    );
}

#[test]
fn broken_lessons_are_listed_on_home() {
    let s = Setup::new();
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&lessons(), dir.path());
    let good = course(&s.harness()).modules.len();
    std::fs::write(
        dir.path().join("09-broken.ron"),
        "Module(id: \"x\", titel: ",
    )
    .unwrap();
    let mut h = s.harness_with(dir.path(), 1280.0, 2400.0);
    switch_to_english(&mut h);
    click(&mut h, "Continue as a guest");
    assert!(has(&h, "Some lessons could not be loaded"));
    assert!(
        has_contains(&h, "09-broken.ron:1:"),
        "the error with file:line:col"
    );
    assert!(good >= 6);
    assert_eq!(
        h.state().state.course.modules.len(),
        good,
        "the good modules still load"
    );
}

#[test]
fn damaged_progress_shows_the_restore_message_and_carries_on() {
    let s = Setup::new();
    {
        let mut h = s.harness();
        switch_to_english(&mut h);
        create_profile(&mut h, "Dora");
        let c = course(&h);
        click(
            &mut h,
            &format!("Open the module {}", c.modules[0].title.get("en")),
        );
        click(&mut h, "Continue");
        h.state_mut().flush();
    }
    let profiles = s.data.path().join("profiles");
    let dir = std::fs::read_dir(&profiles)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(
        dir.join("progress.ron"),
        "Progress(version: 2, profile: (id: \"x",
    )
    .unwrap();
    let mut h = s.harness();
    switch_to_english(&mut h);
    click_contains(&mut h, "Dora");
    assert!(
        h.query_by_label_contains("Your progress file was damaged; the copy from")
            .is_some(),
        "the learner is told"
    );
    assert!(
        matches!(h.state().state.screen, Screen::Home),
        "and carries on"
    );
    let kept: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.damaged-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept aside");
}

#[cfg(unix)]
#[test]
fn unwritable_data_dir_offers_guest_mode() {
    let s = Setup::new();
    // A file where the data folder should be: nothing can be written there.
    let blocked = s.data.path().join("blocked");
    std::fs::write(&blocked, "not a folder").unwrap();
    let mut env = AppEnv::new(&lessons(), DataDir::at(&blocked));
    env.clock = Arc::new(s.clock.clone());
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_eframe(move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx));
    h.run();
    assert!(has_contains(&h, "Puedes seguir aprendiendo como invitado"));
    assert_eq!(h.state().state.notices.len(), 1, "told once");
    click(&mut h, "Seguir como invitado");
    assert!(
        matches!(h.state().state.screen, Screen::Home),
        "and can keep learning"
    );
}

#[test]
fn pin_protects_a_profile_and_says_it_is_not_security() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    create_profile(&mut h, "Pia");
    click(&mut h, "Settings");
    assert!(has_contains(&h, "privacy among friends, not security"));
    click(&mut h, "Set a PIN");
    type_into(&mut h, "New PIN (4 to 8 digits)", "2468");
    click(&mut h, "Save");
    click(&mut h, "Sign out");
    click_contains(&mut h, "Pia");
    type_into(&mut h, "PIN for Pia", "1111");
    click(&mut h, "Open");
    assert!(has_contains(&h, "That PIN is not right"));
    assert!(matches!(h.state().state.screen, Screen::Start(_)));
    type_into(&mut h, "PIN for Pia", "2468");
    click(&mut h, "Open");
    assert!(matches!(h.state().state.screen, Screen::Home));
}

#[test]
fn export_rename_and_delete_a_profile() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    create_profile(&mut h, "Eva");
    click(&mut h, "Settings");
    let out = s.data.path().join("eva-export.ron");
    s.dialogs.answer_save(&out);
    click(&mut h, "Export my progress");
    let export = alerta::progress::export::read_export(&out).expect("a valid export");
    assert_eq!(export.progress.profile.name, "Eva");
    click(&mut h, "Rename");
    type_into(&mut h, "New name", " Mora");
    click(&mut h, "Save");
    assert_eq!(h.state().state.progress().unwrap().profile.name, "Eva Mora");
    click(&mut h, "Delete this profile");
    type_into(
        &mut h,
        "This removes all of Eva Mora's progress from this computer, for good. Type the name to confirm.",
        "Eva Mora",
    );
    click(&mut h, "Delete for good");
    assert!(matches!(h.state().state.screen, Screen::Start(_)));
    assert_eq!(
        std::fs::read_dir(s.data.path().join("profiles"))
            .unwrap()
            .count(),
        0,
        "the profile folder is gone"
    );
}

#[test]
fn review_session_after_a_later_day() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    create_profile(&mut h, "Rita");
    let c = course(&h);
    click(
        &mut h,
        &format!("Open the module {}", c.modules[0].title.get("en")),
    );
    click(&mut h, "Skip to the quiz");
    answer_quiz_wrong_then_right(&mut h);
    click(&mut h, "Back to the modules");
    click(&mut h, "Sign out");
    s.clock.advance_days(1);
    click(&mut h, "Rita");
    let due = c.modules[0].quiz.questions.len();
    assert!(has(&h, &format!("{due} questions to review")));
    click(&mut h, "Review now");
    for i in 0..due {
        let Screen::Review(st) = &h.state().state.screen else {
            panic!()
        };
        let (mi, qi) = st.items[i].clone();
        let q = c.module(&mi).unwrap().question(&qi).unwrap();
        let answer = model_answer(q);
        // The review uses the same controls; drive them by their state.
        let layout = st.layout.clone();
        match (&q.kind, &answer) {
            (QuestionKind::Single { choices }, Answer::Single(x)) => {
                let d = layout.iter().position(|y| y == x).unwrap();
                click(
                    &mut h,
                    &format!("{}. {}", d + 1, choices[*x].text.get("en")),
                );
            }
            (QuestionKind::Multi { choices }, Answer::Multi(set)) => {
                for x in set {
                    let d = layout.iter().position(|y| y == x).unwrap();
                    click(
                        &mut h,
                        &format!("{}. {}", d + 1, choices[*x].text.get("en")),
                    );
                }
            }
            (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(b)) => {
                click(&mut h, if *b { "1. True" } else { "2. False" })
            }
            (QuestionKind::SpotFlags { .. }, Answer::Spot(set)) => {
                for x in set {
                    click_contains(&mut h, &format!("Part {}: ", x + 1));
                }
            }
            (QuestionKind::Order { items }, Answer::Order(want)) => {
                for (target, &item) in want.iter().enumerate() {
                    loop {
                        let Screen::Review(st) = &h.state().state.screen else {
                            panic!()
                        };
                        let Sel::Order(order) = &st.sel else { panic!() };
                        if order.iter().position(|&x| x == item).unwrap() <= target {
                            break;
                        }
                        click(&mut h, &format!("Move up: {}", items[item].get("en")));
                    }
                }
            }
            _ => unreachable!(),
        }
        click(&mut h, "Check my answer");
        assert!(has(&h, "Correct!"), "review of {}", q.id);
        click_next(&mut h);
    }
    assert!(has(&h, &format!("Review finished. Right: {due} of {due}.")));
    let p = h.state().state.progress().unwrap();
    let cards = &p.course(&c.meta.id).unwrap().review;
    assert!(
        cards.values().all(|card| card.box_no == 2),
        "each moved up one box"
    );
    // My mistakes lists them, with the right answer.
    click(&mut h, "Back to the modules");
    click(&mut h, "My mistakes");
    assert!(h.query_all_by_label_contains("Right answer: ").count() >= due);
}

#[test]
fn text_zoom_with_keys_is_kept_with_the_learner() {
    let s = Setup::new();
    let mut h = s.harness();
    switch_to_english(&mut h);
    create_profile(&mut h, "Zoe");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    let z = h.state().state.progress().unwrap().settings.zoom;
    assert!(z > 1.05, "Ctrl + made text larger ({z})");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    let z = h.state().state.progress().unwrap().settings.zoom;
    assert!((z - 1.0).abs() < 0.01, "Ctrl 0 resets ({z})");
}

/// The check before a module, then the quiz, then the class report shows
/// what was learned.
#[test]
fn pre_check_then_quiz_shows_the_gain_in_the_class_report() {
    let s = Setup::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let mut h = s.harness_with(&fixture, 1280.0, 1600.0);
    switch_to_english(&mut h);
    create_profile(&mut h, "Gabi");
    let c = course(&h);
    let m = c.module("what-is-trafficking").unwrap().clone();
    click(&mut h, &format!("Open the module {}", m.title.get("en")));
    assert!(has(&h, "See what you already know"));
    click(&mut h, "Answer a few questions first");
    assert!(has_contains(&h, "it is not a test"));
    // Gabi knows nothing yet: wrong twice on each question of the check.
    for _ in 0..2 {
        let (mid, qi) = current_question(&h);
        let pc = c.module(&mid).unwrap().pre_check.clone().unwrap();
        let q = &pc.questions[qi];
        for _ in 0..2 {
            give_answer(&mut h, q, &a_wrong_answer(q));
            click(&mut h, "Check my answer");
        }
        click_next(&mut h);
    }
    assert!(has(&h, "You knew 0 of 2 already."));
    assert!(has_contains(&h, "This was not a test."));
    click(&mut h, "Start the lessons");
    assert_eq!(module_state(&h), (m.id.clone(), Some(0)));
    // The quiz, all right.
    h.state_mut()
        .dispatch(alerta::app::Command::Go(alerta::app::Nav::Quiz(
            m.id.clone(),
        )));
    h.run();
    for qi in 0..m.quiz.questions.len() {
        let q = &m.quiz.questions[qi];
        give_answer(&mut h, q, &model_answer(q));
        click(&mut h, "Check my answer");
        click_next(&mut h);
    }
    assert!(has(&h, "Your score: 100%"));
    let p = h.state().state.progress().unwrap();
    assert_eq!(p.course(&c.meta.id).unwrap().pre_checks.len(), 1);
    h.state_mut().flush();
    click(&mut h, "Back to the modules");
    click(&mut h, "Sign out");
    click(&mut h, "Facilitator mode");
    click(&mut h, "Class report");
    assert!(
        has(
            &h,
            "Class average gain from the check before to the quiz: +100 points"
        ),
        "0% before, 100% after"
    );
    assert!(has(&h, "+100"), "the learner's row shows the gain");
}

/// `--watch`: a lesson file changes on disk and the page updates; a broken
/// save shows the checker's message and keeps the page; fixing it recovers.
#[test]
fn watch_reloads_keeps_the_place_and_survives_a_broken_save() {
    let s = Setup::new();
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    for e in std::fs::read_dir(&fixture).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    let mut env = AppEnv::new(dir.path(), DataDir::at(s.data.path()));
    env.clock = Arc::new(s.clock.clone());
    env.watch = true;
    let mut h = Harness::builder()
        .with_size([1280.0, 1600.0])
        .build_eframe(move |cc| AlertaApp::new(env).with_context(&cc.egui_ctx));
    h.run();
    switch_to_english(&mut h);
    click(&mut h, "Continue as a guest");
    let c = course(&h);
    let m = c.module("tiny").unwrap();
    click(&mut h, &format!("Open the module {}", m.title.get("en")));
    assert!(has_contains(&h, "Hello there."), "the page as written");
    let file = dir.path().join("02-tiny.ron");
    let original = std::fs::read_to_string(&file).unwrap();
    // A change while the page is open.
    std::fs::write(
        &file,
        original.replace("Hello *there*.", "Hello *again*, reader."),
    )
    .unwrap();
    h.run();
    assert!(
        has_contains(&h, "Hello again, reader."),
        "the page updated in place"
    );
    assert!(has(&h, "The lesson files changed and were loaded again."));
    assert!(
        matches!(h.state().state.screen, Screen::Module(_)),
        "still on the page"
    );
    // A broken save: the message, and the page stays.
    std::fs::write(
        &file,
        original.replace(
            "title: (en: \"Title\", es: \"Título\"),",
            "title: (en: “Title”, es: \"Título\"),",
        ),
    )
    .unwrap();
    h.run();
    assert!(
        has_contains(&h, "use straight quotes"),
        "the checker's message is shown"
    );
    assert!(has_contains(&h, "02-tiny.ron:3:"), "with file:line:col");
    assert!(
        has_contains(&h, "Hello again, reader."),
        "what was on screen stays"
    );
    // Fixed: back to normal.
    std::fs::write(&file, &original).unwrap();
    h.run();
    assert!(has_contains(&h, "Hello there."));
    assert!(!has_contains(&h, "use straight quotes"));
}

/// Every control's accessible name starts and ends with a word, not a symbol
/// a screen reader would spell out ("black right-pointing triangle Start").
fn assert_word_names(h: &Harness<'_, AlertaApp>, screen: &str) {
    use egui_kittest::kittest::{By, NodeT};
    let interactive = |r: egui::accesskit::Role| {
        use egui::accesskit::Role::*;
        matches!(
            r,
            Button
                | CheckBox
                | RadioButton
                | ComboBox
                | TextInput
                | Link
                | Slider
                | SpinButton
                | Tab
                | MenuItem
        )
    };
    let ok_start = |c: char| c.is_alphanumeric() || "¿¡\"“($".contains(c);
    let ok_end = |c: char| c.is_alphanumeric() || ".?!:\"”)%…".contains(c);
    let mut seen = 0;
    for n in h.query_all(By::new().predicate(move |n| interactive(n.role()))) {
        let Some(label) = n.accesskit_node().label() else {
            continue;
        };
        seen += 1;
        let (first, last) = (label.chars().next(), label.chars().last());
        assert!(
            first.is_some_and(ok_start) && last.is_some_and(ok_end),
            "{screen}: the control \"{label}\" is named with a symbol"
        );
    }
    assert!(seen > 0, "{screen}: controls were found");
}

#[test]
fn controls_are_named_with_words_on_every_screen() {
    use alerta::app::command::FacCommand;
    use alerta::app::{Command, Nav};
    let s = Setup::new();
    let mut h = s.harness();
    assert_word_names(&h, "start");
    switch_to_english(&mut h);
    create_profile(&mut h, "Ana");
    assert_word_names(&h, "home");
    let c = course(&h);
    let m = c.modules[0].id.clone();
    for (nav, name) in [
        (Nav::Module(m.clone()), "module"),
        (Nav::Quiz(m.clone()), "quiz"),
        (Nav::Help, "help"),
        (Nav::Settings, "settings"),
        (Nav::Mistakes, "mistakes"),
        (Nav::Home, "home again"),
    ] {
        h.state_mut().dispatch(Command::Go(nav));
        h.run();
        assert_word_names(&h, name);
    }
    h.state_mut().dispatch(Command::SignOut);
    h.run();
    h.state_mut()
        .dispatch(Command::EnterFacilitator { pin: None });
    h.run();
    assert_word_names(&h, "facilitator hub");
    for (cmd, name) in [
        (FacCommand::Present(m.clone()), "presenter"),
        (FacCommand::Hub, "hub"),
        (FacCommand::OpenClassroom, "classroom"),
        (FacCommand::OpenPacks, "packs"),
    ] {
        h.state_mut().dispatch(Command::Facilitator(cmd));
        h.run();
        assert_word_names(&h, name);
    }
}
