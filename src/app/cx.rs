//! What a view may read: the state, the language, the colours, the time.

use super::state::State;
use super::strings::{S, Words};
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
    /// The interface's words in that language.
    pub words: &'a Words,
    pub p: theme::Palette,
    pub facilitator: bool,
    pub now: Now,
    /// Whether text can be read aloud in this language; `Err` says why not.
    pub voice: Result<(), S>,
}

impl<'a> Cx<'a> {
    pub fn new(state: &'a State, words: &'a Words, now: Now, voice: Result<(), S>) -> Cx<'a> {
        Cx {
            state,
            course: &state.course,
            progress: state.progress(),
            lang: &state.lang,
            words,
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

    pub fn t(&self, s: S) -> &'a str {
        self.words.t(s)
    }

    pub fn tf(&self, s: S, args: &[&dyn std::fmt::Display]) -> String {
        self.words.f(s, args)
    }

    /// The Fluent localizer, for errors and checker messages.
    pub fn l(&self) -> &'a crate::i18n::Localizer {
        self.words.localizer()
    }

    /// A course text in the language shown.
    pub fn c<'t>(&self, t: &'t Text) -> &'t str {
        t.get(self.lang)
    }
}
