//! What a view may read: the state, the language, the colours, the time.

use super::state::State;
use super::strings::{self, Lang, S};
use super::theme;
use crate::course::{Course, Text};
use crate::progress::{Now, Progress};

/// Everything a view may read. Views never change state; they emit commands.
#[derive(Clone, Copy)]
pub struct Cx<'a> {
    pub state: &'a State,
    pub course: &'a Course,
    pub progress: Option<&'a Progress>,
    /// The language shown, as a tag (course texts use it directly).
    pub lang: &'a str,
    /// The UI string table's language.
    pub ui: Lang,
    pub p: theme::Palette,
    pub facilitator: bool,
    pub now: Now,
    /// Whether text can be read aloud in this language; `Err` says why not.
    pub voice: Result<(), S>,
}

impl<'a> Cx<'a> {
    pub fn new(state: &'a State, now: Now, voice: Result<(), S>) -> Cx<'a> {
        Cx {
            state,
            course: &state.course,
            progress: state.progress(),
            lang: &state.lang,
            ui: Lang::from_code(&state.lang),
            p: theme::palette(state.high_contrast()),
            facilitator: state.facilitator.is_some(),
            now,
            voice,
        }
    }

    /// The same context, as the learner sees it (no facilitator blocks).
    pub fn as_learner(&self) -> Cx<'a> {
        Cx {
            facilitator: false,
            ..*self
        }
    }

    pub fn t(&self, s: S) -> &'static str {
        s.get(self.ui)
    }

    pub fn tf(&self, s: S, args: &[&dyn std::fmt::Display]) -> String {
        strings::fill(s.get(self.ui), args)
    }

    /// A course text in the language shown.
    pub fn c<'t>(&self, t: &'t Text) -> &'t str {
        t.get(self.lang)
    }
}
