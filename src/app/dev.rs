//! Benchmarks and scripted screens, built only with the `dev` feature (the
//! tests, benches and scripts turn it on; a release build has none of it).
//!
//! - `ALERTA_STARTUP_TIMING=1`: print the time to the first two frames, then close.
//! - `ALERTA_REPAINT_SECONDS=N`: repaint for N seconds, print CPU per frame, close.
//! - `ALERTA_OPEN=steps`: open a screen directly (see [`open_script`]).

use std::time::Instant;

pub use super::dev_meter::{FrameMeter, process_cpu_seconds};

use super::AlertaApp;
use super::command::{Command, FacCommand, Nav};
use super::state::Screen;

/// What a dev build reads from the environment.
#[derive(Clone, Debug, Default)]
pub struct DevOptions {
    pub startup_timing: Option<Instant>,
    pub repaint_seconds: Option<f64>,
    pub open: Option<String>,
}

impl DevOptions {
    pub fn from_env(started: Instant) -> DevOptions {
        DevOptions {
            startup_timing: std::env::var_os("ALERTA_STARTUP_TIMING").map(|_| started),
            repaint_seconds: std::env::var("ALERTA_REPAINT_SECONDS")
                .ok()
                .and_then(|s| s.parse().ok()),
            open: std::env::var("ALERTA_OPEN").ok(),
        }
    }
}

/// Per-frame work of a dev build: meters and startup timing.
#[derive(Default)]
pub struct Dev {
    meter: Option<FrameMeter>,
    frames: u64,
}

impl Dev {
    pub fn new(opts: &DevOptions) -> Dev {
        Dev {
            meter: opts.repaint_seconds.map(FrameMeter::new),
            frames: 0,
        }
    }

    /// Returns true when the window should close.
    pub fn frame(&mut self, ctx: &eframe::egui::Context, opts: &DevOptions) -> bool {
        self.frames += 1;
        if let Some(meter) = &mut self.meter {
            if meter.frame() {
                return true;
            }
            ctx.request_repaint();
        }
        if let Some(start) = opts.startup_timing {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            match self.frames {
                1 => {
                    println!("first frame: {ms:.1} ms");
                    ctx.request_repaint();
                }
                2 => {
                    println!("second frame: {ms:.1} ms");
                    return true;
                }
                _ => {}
            }
        }
        false
    }
}

/// Opens a screen directly, for benchmarks and screenshots (`ALERTA_OPEN`).
/// Steps are separated by commas: `lang:en`, `guest`, `profile:NAME`,
/// `module:ID`, `page:ID:N` (N = page number from 1, or `heaviest`),
/// `quiz:ID`, `precheck:ID`, `answer:N` (pick shown option N and check),
/// `reveal:ID` (show an artefact's warning signs), `choose:SCENARIO:N` (the
/// N-th choice shown), `help`, `settings`, `mistakes`, `review`, `contrast`,
/// `facilitator`, `present:ID`, `next`, `step:N`, `question:N` (the
/// presentation step of question N), `tally:CHOICE:HANDS`, `reveal-answer`,
/// `toggle-notes`, `second-window`, `classroom`, `packs`.
pub fn open_script(app: &mut AlertaApp, script: &str) {
    for step in script.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let parts: Vec<&str> = step.split(':').collect();
        let num = |s: &str| s.parse::<usize>().unwrap_or(1).max(1);
        match parts.as_slice() {
            ["lang", l] => app.dispatch(Command::SetLanguage(l.to_string())),
            ["guest"] => app.dispatch(Command::Guest),
            ["profile", name] => {
                let existing = app
                    .env
                    .data
                    .list_profiles()
                    .into_iter()
                    .find(|p| p.name == *name);
                app.dispatch(match existing {
                    Some(p) => Command::OpenProfile {
                        id: p.id,
                        pin: None,
                        read_only: false,
                    },
                    None => Command::CreateProfile {
                        name: name.to_string(),
                    },
                });
            }
            ["module", id] => app.dispatch(Command::Go(Nav::Module(id.to_string()))),
            ["page", id, n] => {
                app.dispatch(Command::Go(Nav::Module(id.to_string())));
                let page = match (*n, app.state.course.module(id)) {
                    ("heaviest", Some(m)) => crate::course::pages::heaviest_page(m),
                    _ => num(n) - 1,
                };
                app.dispatch(Command::GoPage(page));
            }
            ["quiz", id] => app.dispatch(Command::Go(Nav::Quiz(id.to_string()))),
            ["precheck", id] => app.dispatch(Command::Go(Nav::PreCheck(id.to_string()))),
            ["answer", n] => {
                if let Screen::Quiz(q) = &app.state.screen
                    && let Some(&ci) = q.run.layouts.get(q.current).and_then(|l| l.get(num(n) - 1))
                {
                    app.dispatch(Command::Select(ci));
                }
                app.dispatch(Command::Submit);
            }
            ["reveal", id] => app.dispatch(Command::ToggleReveal {
                artefact: id.to_string(),
            }),
            ["choose", sc, n] => {
                let choice = match &app.state.screen {
                    Screen::Module(ms) => app.state.course.module(&ms.module).and_then(|m| {
                        let s = m.scenarios().find(|s| s.id == *sc)?;
                        let fresh = crate::quiz::scenario::ScenarioPlay::new(s, 0, ms.seed);
                        let play = ms.scenarios.get(*sc).unwrap_or(&fresh);
                        play.choice_order(s).get(num(n) - 1).copied()
                    }),
                    _ => None,
                };
                if let Some(choice) = choice {
                    app.dispatch(Command::ScenarioChoose {
                        scenario: sc.to_string(),
                        choice,
                    });
                }
            }
            ["next"] => match &app.state.screen {
                Screen::Quiz(_) => app.dispatch(Command::NextQuestion),
                Screen::Presenter => app.dispatch(Command::Facilitator(FacCommand::Step(1))),
                _ => {}
            },
            ["help"] => app.dispatch(Command::Go(Nav::Help)),
            ["settings"] => app.dispatch(Command::Go(Nav::Settings)),
            ["mistakes"] => app.dispatch(Command::Go(Nav::Mistakes)),
            ["review"] => app.dispatch(Command::Go(Nav::Review)),
            ["contrast"] => app.dispatch(Command::SetHighContrast(true)),
            ["facilitator"] => app.dispatch(Command::EnterFacilitator { pin: None }),
            ["present", id] => {
                app.dispatch(Command::Facilitator(FacCommand::Present(id.to_string())))
            }
            ["step", n] => {
                for _ in 0..n.parse::<usize>().unwrap_or(0) {
                    app.dispatch(Command::Facilitator(FacCommand::Step(1)));
                }
            }
            ["question", n] => {
                let target = app.state.presentation().and_then(|p| {
                    let qi = num(n) - 1;
                    let first = p
                        .steps
                        .iter()
                        .position(|s| matches!(s, crate::present::Step::Question(_)))?;
                    Some((first + qi) as isize - p.current as isize)
                });
                if let Some(d) = target {
                    app.dispatch(Command::Facilitator(FacCommand::Step(d)));
                }
            }
            ["tally", choice, hands] => {
                for _ in 0..hands.parse::<usize>().unwrap_or(0) {
                    app.dispatch(Command::Facilitator(FacCommand::Tally {
                        choice: num(choice) - 1,
                        delta: 1,
                    }));
                }
            }
            ["reveal-answer"] => app.dispatch(Command::Facilitator(FacCommand::Reveal)),
            ["toggle-notes"] => app.dispatch(Command::Facilitator(FacCommand::ToggleNotes)),
            ["second-window"] => {
                app.dispatch(Command::Facilitator(FacCommand::ToggleAudienceWindow))
            }
            ["classroom"] => app.dispatch(Command::Facilitator(FacCommand::OpenClassroom)),
            ["packs"] => app.dispatch(Command::Facilitator(FacCommand::OpenPacks)),
            _ => eprintln!("ALERTA_OPEN: unknown step {step:?}"),
        }
    }
}
