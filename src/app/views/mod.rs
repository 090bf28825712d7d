//! One screen per file. Each view reads the state through [`Cx`], may edit
//! only the text being typed ([`Drafts`]), and emits [`Command`]s. Views do
//! not import each other; they share only the helpers in `app/` (widgets,
//! blocks, question controls).

pub mod classroom;
pub mod facilitator;
pub mod help;
pub mod home;
pub mod mistakes;
pub mod module;
pub mod neutral;
pub mod packs;
pub mod presenter;
pub mod quiz;
pub mod results;
pub mod review;
pub mod settings;
pub mod start;

use eframe::egui::{self, Align, Layout, RichText};

use super::command::{Command, Nav};
use super::cx::Cx;
use super::state::{Drafts, Screen};
use super::strings::S;
use super::{widgets, words};

/// The bar at the top of every screen: where you are, Help, Settings, and Exit.
fn top_bar(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    let p = cx.p;
    let screen = &cx.state.screen;
    let session = cx.state.session.as_ref();
    egui::Panel::top("top_bar")
        .frame(widgets::bar_frame(&p))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let home_target = session.is_some() || cx.facilitator;
                if home_target && !matches!(screen, Screen::Home | Screen::Facilitator(_)) {
                    if widgets::button(ui, &format!("🏠 {}", cx.t(S::Home)), cx.t(S::HomeTip))
                        .clicked()
                    {
                        cmds.push(Command::Go(Nav::Home));
                    }
                } else {
                    ui.label(RichText::new(cx.t(S::AppName)).strong().color(p.accent));
                }
                if let Some(s) = session {
                    let who = if s.guest {
                        cx.t(S::GuestBadge).to_string()
                    } else {
                        cx.tf(S::SignedInAs, &[&s.progress.profile.name])
                    };
                    ui.label(RichText::new(who).color(p.weak).small());
                    if matches!(screen, Screen::Home) && ui.small_button(cx.t(S::SignOut)).clicked()
                    {
                        cmds.push(Command::SignOut);
                    }
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    // Exit: always visible, always on the right.
                    let exit = ui
                        .add(
                            egui::Button::new(
                                RichText::new(format!("✖ {}", cx.t(S::Exit)))
                                    .strong()
                                    .color(p.on_bad),
                            )
                            .fill(p.bad)
                            .stroke(egui::Stroke::new(2.0, p.bad)),
                        )
                        .on_hover_text(cx.t(S::ExitTip));
                    exit.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, cx.t(S::Exit))
                    });
                    if exit.clicked() {
                        cmds.push(Command::QuickExit);
                    }
                    if !matches!(screen, Screen::Help)
                        && widgets::button(ui, cx.t(S::Help), cx.t(S::HelpTip)).clicked()
                    {
                        cmds.push(Command::Go(Nav::Help));
                    }
                    if session.is_some()
                        && !matches!(screen, Screen::Settings(_))
                        && widgets::button(ui, cx.t(S::Settings), cx.t(S::SettingsTip)).clicked()
                    {
                        cmds.push(Command::Go(Nav::Settings));
                    }
                });
            });
        });
}

fn notices(ui: &mut egui::Ui, cx: &Cx, cmds: &mut Vec<Command>) {
    for (i, n) in cx.state.notices.iter().enumerate() {
        let color = if n.is_error() { cx.p.bad } else { cx.p.accent };
        widgets::note_box(ui, cx.p.card, color, |ui| {
            ui.horizontal_wrapped(|ui| {
                let r = ui.add(
                    egui::Label::new(RichText::new(words::notice(cx, n)).color(cx.p.text)).wrap(),
                );
                widgets::live(ui, &r);
                if widgets::button(ui, cx.t(S::Dismiss), cx.t(S::DismissTip)).clicked() {
                    cmds.push(Command::DismissNotice(i));
                }
            });
        });
        ui.add_space(6.0);
    }
}

/// Draws the whole window for the current screen.
pub fn show(ui: &mut egui::Ui, cx: &Cx, drafts: &mut Drafts, cmds: &mut Vec<Command>) {
    let screen = &cx.state.screen;
    if matches!(screen, Screen::Neutral) {
        neutral::show(ui);
        return;
    }
    top_bar(ui, cx, cmds);
    // Screens with their own bottom bar draw it before the central panel.
    match screen {
        Screen::Module(st) => module::bottom_bar(ui, cx, st, cmds),
        Screen::Quiz(st) => quiz::bottom_bar(ui, cx, st, cmds),
        _ => {}
    }
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(cx.p.bg)
                .inner_margin(egui::Margin::symmetric(16, 12)),
        )
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .id_salt(scroll_id(screen))
                .show(ui, |ui| {
                    // A projected presentation and the class table use the
                    // whole width; everything else keeps a reading width.
                    let wide = matches!(screen, Screen::Presenter | Screen::Classroom(_));
                    let column = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
                        if wide {
                            ui.set_max_width(ui.available_width().min(1500.0));
                            add(ui)
                        } else {
                            widgets::reading_column(ui, add)
                        }
                    };
                    column(ui, &mut |ui| {
                        notices(ui, cx, cmds);
                        match screen {
                            Screen::Start(st) => start::show(ui, cx, st, drafts, cmds),
                            Screen::Home => home::show(ui, cx, cmds),
                            Screen::Module(st) => module::show(ui, cx, st, cmds),
                            Screen::Quiz(st) => quiz::show(ui, cx, st, cmds),
                            Screen::Results(st) => results::show(ui, cx, st, cmds),
                            Screen::Mistakes => mistakes::show(ui, cx, cmds),
                            Screen::Review(st) => review::show(ui, cx, st, cmds),
                            Screen::Help => help::show(ui, cx, cmds),
                            Screen::Settings(st) => settings::show(ui, cx, st, drafts, cmds),
                            Screen::Facilitator(st) => facilitator::show(ui, cx, st, drafts, cmds),
                            Screen::Presenter => presenter::show(ui, cx, drafts, cmds),
                            Screen::Classroom(st) => classroom::show(ui, cx, st, drafts, cmds),
                            Screen::Packs(st) => packs::show(ui, cx, st, cmds),
                            Screen::Neutral => {}
                        }
                        ui.add_space(24.0);
                    });
                });
        });
}

/// A scroll position per screen and page, so a new page starts at the top.
fn scroll_id(screen: &Screen) -> (&'static str, String) {
    match screen {
        Screen::Module(st) => (
            "module",
            match &st.view {
                super::state::ModuleView::Note => format!("{}#note", st.module),
                super::state::ModuleView::Page(r) => {
                    format!("{}#{}#{}", st.module, r.lesson, r.page)
                }
            },
        ),
        Screen::Quiz(st) => ("quiz", format!("{}#{}", st.module, st.current)),
        Screen::Review(st) => ("review", st.current.to_string()),
        Screen::Start(_) => ("start", String::new()),
        Screen::Home => ("home", String::new()),
        Screen::Results(_) => ("results", String::new()),
        Screen::Mistakes => ("mistakes", String::new()),
        Screen::Help => ("help", String::new()),
        Screen::Settings(_) => ("settings", String::new()),
        Screen::Facilitator(_) => ("facilitator", String::new()),
        Screen::Presenter => ("presenter", String::new()),
        Screen::Classroom(_) => ("classroom", String::new()),
        Screen::Packs(_) => ("packs", String::new()),
        Screen::Neutral => ("neutral", String::new()),
    }
}
