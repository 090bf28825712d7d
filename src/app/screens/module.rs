//! A module: the content note first, then the lessons page by page.

use std::collections::{HashMap, HashSet};

use eframe::egui::{self, Key, RichText};

use super::Nav;
use crate::app::blocks::{self, BlockState};
use crate::app::{Command, Cx, S, widgets};
use crate::course::{Block, Module, Scenario, SceneStep};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The content note, with continue / skip to quiz / help.
    Note,
    /// An index into [`flat_pages`].
    Page(usize),
}

/// Where the learner is in one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioPlay {
    pub current: usize,
    /// Scene indices visited, in order, including the current one.
    pub path: Vec<usize>,
    pub started: i64,
}

impl ScenarioPlay {
    pub fn new(start: usize, now: i64) -> Self {
        ScenarioPlay {
            current: start,
            path: vec![start],
            started: now,
        }
    }

    /// Takes a choice. Returns the ending scene when this choice reaches one.
    pub fn choose(&mut self, sc: &Scenario, choice: usize) -> Option<usize> {
        let SceneStep::Choices(choices) = &sc.scenes.get(self.current)?.step else {
            return None;
        };
        let next = choices.get(choice)?.goto;
        self.current = next;
        self.path.push(next);
        matches!(sc.scenes[next].step, SceneStep::Ending(_)).then_some(next)
    }

    pub fn ended(&self, sc: &Scenario) -> bool {
        matches!(
            sc.scenes.get(self.current).map(|s| &s.step),
            Some(SceneStep::Ending(_))
        )
    }
}

pub struct ModuleState {
    pub module: usize,
    pub view: View,
    /// Artefacts whose warning signs are showing.
    pub revealed: HashSet<String>,
    pub scenarios: HashMap<String, ScenarioPlay>,
}

impl ModuleState {
    pub fn new(module: usize) -> Self {
        ModuleState {
            module,
            view: View::Note,
            revealed: HashSet::new(),
            scenarios: HashMap::new(),
        }
    }

    pub fn page_key(&self) -> usize {
        match self.view {
            View::Note => usize::MAX,
            View::Page(i) => i,
        }
    }
}

/// Every page of a module in order, as `(lesson, page)`. Pages that only hold
/// facilitator blocks are skipped for learners.
pub fn flat_pages(m: &Module, facilitator: bool) -> Vec<(usize, usize)> {
    m.lessons
        .iter()
        .enumerate()
        .flat_map(|(li, l)| {
            l.pages
                .iter()
                .enumerate()
                .filter(move |(_, p)| facilitator || p.has_learner_content())
                .map(move |(pi, _)| (li, pi))
        })
        .collect()
}

/// The page with the most to draw, for the rendering benchmark.
pub fn heaviest_page(m: &Module) -> usize {
    let flat = flat_pages(m, false);
    let weight = |&(l, p): &(usize, usize)| -> usize {
        m.lessons[l].pages[p]
            .blocks
            .iter()
            .map(|b| match b {
                Block::Text(t) => t.source.get("es").len(),
                Block::Artefact(a) => {
                    400 + a
                        .parts
                        .iter()
                        .map(|p| p.text.get("es").len())
                        .sum::<usize>()
                }
                Block::Scenario(_) => 800,
                Block::RedFlags { flags, .. } => 200 * flags.len(),
                Block::KeyPoints { points, .. } => 100 * points.len(),
                _ => 50,
            })
            .sum()
    };
    flat.iter()
        .enumerate()
        .max_by_key(|(_, lp)| weight(lp))
        .map(|(i, _)| i)
        .unwrap_or(0)
}

fn scenario_on_page(m: &Module, l: usize, p: usize) -> Option<&Scenario> {
    m.lessons[l].pages[p].blocks.iter().find_map(|b| match b {
        Block::Scenario(s) => Some(s),
        _ => None,
    })
}

/// Page navigation and progress, always visible at the bottom.
pub fn bottom_bar(ui: &mut egui::Ui, cx: &Cx, st: &ModuleState, cmds: &mut Vec<Command>) {
    let View::Page(i) = st.view else { return };
    let m = &cx.course.modules[st.module];
    let flat = flat_pages(m, cx.facilitator);
    let n = flat.len().max(1);
    let p = cx.p;
    egui::Panel::bottom("module_nav")
        .frame(widgets::bar_frame(&p))
        .show(ui, |ui| {
            let label = cx.tf(S::PageOf, &[&(i + 1), &n]);
            let total = ui.available_width();
            ui.horizontal(|ui| {
                let prev =
                    ui.add_enabled(i > 0, egui::Button::new(format!("◀ {}", cx.t(S::Previous))));
                let prev = prev.on_hover_text(cx.t(S::PreviousTip));
                if prev.clicked() {
                    cmds.push(Command::GoPage {
                        module: st.module,
                        page: i - 1,
                    });
                }
                ui.label(&label);
                // Room left between "Page x of y" and the Next button.
                let w = (total - 560.0).max(60.0);
                widgets::progress_sized(
                    ui,
                    (i + 1) as f32 / n as f32,
                    &format!("{}: {label}", cx.t(S::ModuleProgress)),
                    w,
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if i + 1 < n {
                        if widgets::primary(ui, &p, &format!("{} ▶", cx.t(S::Next)))
                            .on_hover_text(cx.t(S::NextTip))
                            .clicked()
                        {
                            cmds.push(Command::GoPage {
                                module: st.module,
                                page: i + 1,
                            });
                        }
                    } else if widgets::primary(ui, &p, &format!("{} ▶", cx.t(S::GoToQuiz)))
                        .clicked()
                    {
                        cmds.push(Command::Go(Nav::Quiz(st.module)));
                    }
                });
            });
        });
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &mut ModuleState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let m = &cx.course.modules[st.module];
    match st.view {
        View::Note => {
            ui.label(RichText::new(cx.c(&m.title)).color(p.weak));
            widgets::title(ui, cx.t(S::BeforeYouStart));
            if let Some(note) = &m.content_note {
                widgets::note_box(ui, p.note_bg, p.accent, |ui| {
                    let r = widgets::para(ui, cx.c(note));
                    widgets::live(ui, &r);
                });
            }
            ui.add_space(10.0);
            let cont = widgets::primary(ui, &p, &format!("▶ {}", cx.t(S::ContinueModule)));
            if cont.clicked() {
                cmds.push(Command::AckNote {
                    module: st.module,
                    skip_to_quiz: false,
                });
            }
            if ui.button(cx.t(S::SkipToQuiz)).clicked() {
                cmds.push(Command::AckNote {
                    module: st.module,
                    skip_to_quiz: true,
                });
            }
            if ui.button(cx.t(S::WhereToGetHelp)).clicked() {
                cmds.push(Command::Go(Nav::Help));
            }
            if ui.input(|i| i.key_pressed(Key::Enter)) && widgets::keys_free(ui) {
                cmds.push(Command::AckNote {
                    module: st.module,
                    skip_to_quiz: false,
                });
            }
        }
        View::Page(i) => {
            let flat = flat_pages(m, cx.facilitator);
            let Some(&(l, pg)) = flat.get(i) else {
                return;
            };
            let lesson = &m.lessons[l];
            ui.label(RichText::new(cx.c(&m.title)).color(p.weak));
            widgets::heading(
                ui,
                &cx.tf(
                    S::LessonOf,
                    &[&(l + 1), &m.lessons.len(), &cx.c(&lesson.title)],
                ),
            );
            ui.add_space(6.0);
            for b in &lesson.pages[pg].blocks {
                let play = match b {
                    Block::Scenario(s) => st.scenarios.get(&s.id),
                    _ => None,
                };
                let bs = BlockState {
                    revealed: &st.revealed,
                    scenario: play,
                    audience: false,
                };
                blocks::block(ui, cx, b, &bs, cmds);
            }
            // Keys: arrows and Page Up/Down move; number keys pick a story choice.
            if widgets::not_typing(ui) {
                // Arrows move pages only when no widget has focus (otherwise they
                // move focus); Page Up and Page Down always move pages.
                let free = widgets::keys_free(ui);
                let (prev, next) = ui.input(|inp| {
                    (
                        (free && inp.key_pressed(Key::ArrowLeft)) || inp.key_pressed(Key::PageUp),
                        (free && inp.key_pressed(Key::ArrowRight))
                            || inp.key_pressed(Key::PageDown),
                    )
                });
                if prev && i > 0 {
                    cmds.push(Command::GoPage {
                        module: st.module,
                        page: i - 1,
                    });
                } else if next && i + 1 < flat.len() {
                    cmds.push(Command::GoPage {
                        module: st.module,
                        page: i + 1,
                    });
                } else if next {
                    cmds.push(Command::Go(Nav::Quiz(st.module)));
                }
                if let Some(sc) = scenario_on_page(m, l, pg) {
                    let play_scene = st
                        .scenarios
                        .get(&sc.id)
                        .map(|pl| pl.current)
                        .unwrap_or(sc.start);
                    if let Some(SceneStep::Choices(choices)) =
                        sc.scenes.get(play_scene).map(|s| &s.step)
                        && let Some(n) = number_key(ui)
                        && n < choices.len()
                    {
                        cmds.push(Command::ScenarioChoose {
                            scenario: sc.id.clone(),
                            choice: n,
                        });
                    }
                }
            }
        }
    }
}

/// The number keys 1–9, in order.
pub const NUMBER_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// A number key 1–9 pressed this frame, as a 0-based index.
pub fn number_key(ui: &egui::Ui) -> Option<usize> {
    ui.input(|i| NUMBER_KEYS.iter().position(|k| i.key_pressed(*k)))
}
