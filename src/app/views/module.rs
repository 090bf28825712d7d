//! A module: the content note (and the optional check) first, then the
//! lessons page by page, each with its sources at the end.

use eframe::egui::{self, Key, RichText};

use crate::app::blocks::{self, BlockState};
use crate::app::command::{Command, Nav};
use crate::app::cx::Cx;
use crate::app::state::{ModuleState, ModuleView};
use crate::app::strings::S;
use crate::app::{pickers, question, speak, widgets};
use crate::course::pages::{self, PageRef};
use crate::course::{Module, SceneStep};

/// Page navigation and progress, always visible at the bottom.
pub fn bottom_bar(ui: &mut egui::Ui, cx: &Cx, st: &ModuleState, cmds: &mut Vec<Command>) {
    let ModuleView::Page(r) = &st.view else {
        return;
    };
    let Some(m) = cx.course.module(&st.module) else {
        return;
    };
    let Some(i) = pages::position(m, cx.facilitator, r) else {
        return;
    };
    let n = pages::flat_pages(m, cx.facilitator).len().max(1);
    let p = cx.p;
    egui::Panel::bottom("module_nav")
        .frame(widgets::bar_frame(&p))
        .show(ui, |ui| {
            let label = cx.tf(S::PageOf, &[&(i + 1), &n]);
            let total = ui.available_width();
            ui.horizontal(|ui| {
                let prev = ui
                    .add_enabled(i > 0, egui::Button::new(format!("◀ {}", cx.t(S::Previous))))
                    .on_hover_text(cx.t(S::PreviousTip));
                widgets::words_name(&prev, cx.t(S::Previous));
                if prev.clicked() {
                    cmds.push(Command::GoPage(i - 1));
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
                            cmds.push(Command::GoPage(i + 1));
                        }
                    } else if widgets::primary(ui, &p, &format!("{} ▶", cx.t(S::GoToQuiz)))
                        .clicked()
                    {
                        cmds.push(Command::Go(Nav::Quiz(m.id.clone())));
                    }
                });
            });
        });
}

fn note(ui: &mut egui::Ui, cx: &Cx, m: &Module, cmds: &mut Vec<Command>) {
    let p = cx.p;
    ui.label(RichText::new(cx.c(&m.title)).color(p.weak));
    widgets::title(ui, cx.t(S::BeforeYouStart));
    if let Some(note) = &m.content_note {
        widgets::note_box(ui, p.note_bg, p.accent, |ui| {
            let r = widgets::para(ui, cx.c(note));
            widgets::live(ui, &r);
        });
        pickers::read_aloud(ui, cx, &[speak::plain(cx.c(note))], cmds);
    }
    ui.add_space(10.0);
    let pre_check_open = m.pre_check.is_some()
        && !cx
            .progress
            .is_some_and(|pr| pr.took_pre_check(&cx.course.meta.id, &m.id));
    if pre_check_open {
        widgets::note_box(ui, p.card, p.accent, |ui| {
            widgets::subheading(ui, cx.t(S::PreCheckTitle));
            widgets::para(ui, cx.t(S::PreCheckIntro));
            if ui.button(cx.t(S::PreCheckStart)).clicked() {
                cmds.push(Command::Go(Nav::PreCheck(m.id.clone())));
            }
        });
        ui.add_space(8.0);
    }
    let cont = widgets::primary(ui, &p, &format!("▶ {}", cx.t(S::ContinueModule)));
    if cont.clicked() {
        cmds.push(Command::AckNote {
            skip_to_quiz: false,
        });
    }
    if ui.button(cx.t(S::SkipToQuiz)).clicked() {
        cmds.push(Command::AckNote { skip_to_quiz: true });
    }
    if ui.button(cx.t(S::WhereToGetHelp)).clicked() {
        cmds.push(Command::Go(Nav::Help));
    }
    if ui.input(|i| i.key_pressed(Key::Enter)) && widgets::keys_free(ui) {
        cmds.push(Command::AckNote {
            skip_to_quiz: false,
        });
    }
}

/// The page's sources, under a toggle at its end.
fn sources(
    ui: &mut egui::Ui,
    cx: &Cx,
    m: &Module,
    r: &PageRef,
    open: bool,
    cmds: &mut Vec<Command>,
) {
    let Some(page) = m
        .lessons
        .iter()
        .find(|l| l.id == r.lesson)
        .and_then(|l| l.pages.get(r.page))
    else {
        return;
    };
    if page.sources.is_empty() {
        return;
    }
    let p = cx.p;
    ui.add_space(10.0);
    let label = format!(
        "{} {} ({})",
        if open { "▼" } else { "▶" },
        cx.t(S::Sources),
        page.sources.len()
    );
    let b = ui
        .add(egui::Button::new(RichText::new(label).small()).frame(false))
        .on_hover_text(cx.t(S::SourcesTip));
    b.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, open, cx.t(S::Sources)));
    if b.clicked() {
        cmds.push(Command::ToggleSources);
    }
    if open || cx.facilitator {
        for &i in &page.sources {
            let Some(s) = m.sources.get(i) else { continue };
            let mut line = format!("{}, {} ({})", s.publisher, s.title, s.year);
            if let Some(u) = &s.url {
                line.push_str(&format!(" {u}"));
            }
            ui.add(egui::Label::new(RichText::new(line).small().color(p.weak)).wrap());
        }
    }
}

pub fn show(ui: &mut egui::Ui, cx: &Cx, st: &ModuleState, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let Some(m) = cx.course.module(&st.module) else {
        return;
    };
    let r = match &st.view {
        ModuleView::Note => return note(ui, cx, m, cmds),
        ModuleView::Page(r) => r,
    };
    let (Some(i), Some(blocks)) = (pages::position(m, cx.facilitator, r), pages::blocks(m, r))
    else {
        return;
    };
    let n = pages::flat_pages(m, cx.facilitator).len();
    let li = m.lessons.iter().position(|l| l.id == r.lesson).unwrap_or(0);
    let lesson = &m.lessons[li];
    ui.label(RichText::new(cx.c(&m.title)).color(p.weak));
    widgets::heading(
        ui,
        &cx.tf(
            S::LessonOf,
            &[&(li + 1), &m.lessons.len(), &cx.c(&lesson.title)],
        ),
    );
    pickers::read_aloud(ui, cx, &speak::page(cx, blocks), cmds);
    ui.add_space(6.0);
    for b in blocks {
        let play = match b {
            crate::course::Block::Scenario(s) => st.scenarios.get(&s.id),
            _ => None,
        };
        let bs = BlockState {
            revealed: &st.revealed,
            scenario: play,
            audience: false,
            seed: st.seed,
        };
        blocks::block(ui, cx, b, &bs, cmds);
    }
    sources(ui, cx, m, r, st.sources_open, cmds);

    // Keys: arrows and Page Up/Down move; number keys pick a story choice; L reads aloud.
    if widgets::not_typing(ui) {
        // Arrows move pages only when no widget has focus (otherwise they
        // move focus); Page Up and Page Down always move pages.
        let free = widgets::keys_free(ui);
        let (prev, next, listen) = ui.input(|inp| {
            (
                (free && inp.key_pressed(Key::ArrowLeft)) || inp.key_pressed(Key::PageUp),
                (free && inp.key_pressed(Key::ArrowRight)) || inp.key_pressed(Key::PageDown),
                inp.key_pressed(Key::L) && inp.modifiers.is_none(),
            )
        });
        if prev && i > 0 {
            cmds.push(Command::GoPage(i - 1));
        } else if next && i + 1 < n {
            cmds.push(Command::GoPage(i + 1));
        } else if next {
            cmds.push(Command::Go(Nav::Quiz(m.id.clone())));
        }
        if listen {
            if cx.state.reading.speaking {
                cmds.push(Command::StopReading);
            } else if cx.voice.is_ok() {
                let texts = speak::page(cx, blocks)
                    .into_iter()
                    .map(|t| (cx.lang.to_string(), t))
                    .collect();
                cmds.push(Command::ReadAloud(texts));
            }
        }
        if let Some(sc) = pages::scenario_on(m, r) {
            let fresh = crate::quiz::scenario::ScenarioPlay::new(sc, 0, st.seed);
            let play = st.scenarios.get(&sc.id).unwrap_or(&fresh);
            if let Some(SceneStep::Choices(_)) = sc.scenes.get(play.current).map(|s| &s.step)
                && let Some(k) = question::number_key(ui)
                && let Some(&choice) = play.choice_order(sc).get(k)
            {
                cmds.push(Command::ScenarioChoose {
                    scenario: sc.id.clone(),
                    choice,
                });
            }
        }
    }
}
