//! One screen per file. Each draws from [`Cx`] and pushes [`Command`]s.

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
pub mod review;
pub mod settings;
pub mod start;

use eframe::egui::{self, Align, Layout, RichText};

use super::session::Session;
use super::widgets;
use super::{Command, Cx, Notice, S};

/// Where the learner is.
pub enum Screen {
    Start(start::StartState),
    Home,
    Module(module::ModuleState),
    Quiz(quiz::QuizState),
    Results(quiz::ResultsState),
    Mistakes,
    Review(review::ReviewState),
    Help,
    Settings(settings::SettingsState),
    Facilitator(facilitator::FacState),
    Presenter(presenter::PresenterState),
    Classroom(classroom::ClassState),
    Packs(packs::PacksState),
    /// After quick exit: nothing but the background.
    Neutral,
}

/// Places a command can send the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    Home,
    Module(usize),
    Quiz(usize),
    Help,
    Settings,
    Mistakes,
    Review,
}

/// The bar at the top of every screen: where you are, Help, Settings, and Exit.
fn top_bar(
    ui: &mut egui::Ui,
    cx: &Cx,
    session: Option<&Session>,
    screen: &Screen,
    cmds: &mut Vec<Command>,
) {
    let p = cx.p;
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

fn notices(ui: &mut egui::Ui, cx: &Cx, notices: &[Notice], cmds: &mut Vec<Command>) {
    for (i, n) in notices.iter().enumerate() {
        let color = if n.error { cx.p.bad } else { cx.p.accent };
        widgets::note_box(ui, cx.p.card, color, |ui| {
            ui.horizontal_wrapped(|ui| {
                let r = ui.add(egui::Label::new(RichText::new(&n.text).color(cx.p.text)).wrap());
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
pub fn show(
    ui: &mut egui::Ui,
    cx: &Cx,
    notice_list: &[Notice],
    session: Option<&Session>,
    screen: &mut Screen,
    cmds: &mut Vec<Command>,
    mut fac: Option<&mut facilitator::FacilitatorSession>,
) {
    if matches!(screen, Screen::Neutral) {
        neutral::show(ui, cx);
        return;
    }
    top_bar(ui, cx, session, screen, cmds);
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
                    // A projected presentation uses the whole width; everything
                    // else keeps a comfortable reading width.
                    let wide = matches!(screen, Screen::Presenter(_));
                    let column = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
                        if wide {
                            ui.set_max_width(ui.available_width().min(1500.0));
                            add(ui)
                        } else {
                            widgets::reading_column(ui, add)
                        }
                    };
                    column(ui, &mut |ui| {
                        notices(ui, cx, notice_list, cmds);
                        match screen {
                            Screen::Start(st) => start::show(ui, cx, st, cmds),
                            Screen::Home => home::show(ui, cx, cmds),
                            Screen::Module(st) => module::show(ui, cx, st, cmds),
                            Screen::Quiz(st) => quiz::show(ui, cx, st, cmds),
                            Screen::Results(st) => quiz::show_results(ui, cx, st, cmds),
                            Screen::Mistakes => mistakes::show(ui, cx, cmds),
                            Screen::Review(st) => review::show(ui, cx, st, cmds),
                            Screen::Help => help::show(ui, cx, cmds),
                            Screen::Settings(st) => settings::show(ui, cx, session, st, cmds),
                            Screen::Facilitator(st) => facilitator::show(ui, cx, st, cmds),
                            Screen::Presenter(st) => {
                                presenter::show(ui, cx, st, fac.as_deref_mut(), cmds)
                            }
                            Screen::Classroom(st) => classroom::show(ui, cx, st, cmds),
                            Screen::Packs(st) => packs::show(ui, cx, st, cmds),
                            Screen::Neutral => {}
                        }
                        ui.add_space(24.0);
                    });
                });
        });
}

/// A scroll position per screen and page, so a new page starts at the top.
fn scroll_id(screen: &Screen) -> (&'static str, usize, usize) {
    match screen {
        Screen::Module(st) => ("module", st.module, st.page_key()),
        Screen::Quiz(st) => ("quiz", st.module, st.current),
        Screen::Review(st) => ("review", st.current, 0),
        Screen::Start(_) => ("start", 0, 0),
        Screen::Home => ("home", 0, 0),
        Screen::Results(_) => ("results", 0, 0),
        Screen::Mistakes => ("mistakes", 0, 0),
        Screen::Help => ("help", 0, 0),
        Screen::Settings(_) => ("settings", 0, 0),
        Screen::Facilitator(_) => ("facilitator", 0, 0),
        Screen::Presenter(_) => ("presenter", 0, 0),
        Screen::Classroom(_) => ("classroom", 0, 0),
        Screen::Packs(_) => ("packs", 0, 0),
        Screen::Neutral => ("neutral", 0, 0),
    }
}
