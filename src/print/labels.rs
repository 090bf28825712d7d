//! The words printed material needs besides the course's own text.
//!
//! The layout code never writes a word of its own: it takes every label from
//! a [`Labels`], filled from the Fluent files under `assets/i18n/` (messages
//! `print-…` and `cert-…`), so printed material speaks every language the
//! interface does. Placeholders are kept as `{name}` and filled with [`fill`].

use crate::i18n::{Arg, Localizer};

/// The words around the course's text in a printed document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    // Every document
    /// `{page}`, `{pages}`.
    pub page_of: String,
    /// `{minutes}`.
    pub about_minutes: String,
    pub handout: String,
    pub quiz: String,
    pub answer_key: String,
    pub guide: String,

    // Handout
    pub before_you_start: String,
    pub key_points: String,
    pub warning_signs: String,
    /// Used when the course names no label for its kinds of warning sign.
    pub sign_kind: String,
    pub why_it_matters: String,
    pub stories: String,
    /// `{n}`: the part of a story.
    pub story_part: String,
    /// `{from}`: the part and choice a part of a story follows, such as `1 a)`.
    pub story_after: String,
    /// Asked under each scene of a story; the choices follow, lettered.
    pub what_could_they_do: String,
    pub talk_about_it: String,

    // Help lines
    pub where_to_get_help: String,
    pub help_intro: String,
    /// Printed when no country was chosen.
    pub ask_for_local_lines: String,
    pub kind_phone: String,
    pub kind_text: String,
    pub kind_chat: String,
    pub kind_web: String,
    pub kind_emergency: String,
    pub run_by_police: String,
    pub run_by_immigration: String,
    /// `{who}`.
    pub who_should_call: String,
    /// `{operator}`.
    pub run_by: String,
    /// `{date}`.
    pub source_checked: String,
    /// `{date}`.
    pub called_on: String,
    pub not_called: String,
    pub not_found_emergency: String,
    pub not_found_child_protection: String,
    /// `{date}`.
    pub searched_on: String,
    pub facilitators_only_line: String,
    pub numbers_change: String,
    pub no_lines: String,

    // Quiz sheet
    pub name: String,
    pub date: String,
    pub tick_one: String,
    pub tick_all: String,
    pub tick_true_or_false: String,
    pub true_: String,
    pub false_: String,
    pub write_order: String,
    pub circle_signs: String,
    /// `{n}`.
    pub question_n: String,

    // Answer key
    pub right_answer: String,
    pub right_answers: String,
    /// Put after the right choice in the key, in words (not only a mark).
    pub right_mark: String,
    pub why: String,
    /// `{choice}`: feedback for one choice.
    pub if_they_choose: String,
    pub right_order: String,
    /// `{list}`: the numbers of the parts that are warning signs.
    pub signs_are: String,
    /// `{list}`.
    pub not_signs: String,
    /// `{mark}`: the pass mark, in percent.
    pub pass_mark: String,
    /// A table of every question's right answer, for marking.
    pub quick_key: String,
    pub question: String,

    // Facilitator's guide
    pub timing: String,
    pub lesson: String,
    pub pages: String,
    pub minutes: String,
    pub total: String,
    pub read_this_first: String,
    pub before_the_lessons: String,
    /// `{n}`, `{title}`.
    pub lesson_n: String,
    pub note_for_you: String,
    pub discuss: String,
    pub story_map: String,
    /// `{n}`.
    pub scene_n: String,
    /// `{n}`: where a choice leads.
    pub goes_to: String,
    pub start_here: String,
    pub ending: String,
    pub outcome_safe: String,
    pub outcome_risky: String,
    pub outcome_harmful: String,
    pub debrief: String,
    pub debrief_script: String,
    pub script_ask_signs: String,
    pub script_listen_for: String,
    pub script_recap: String,
    pub script_not_fault: String,
    pub script_help: String,
    pub sources: String,

    // Certificate
    pub cert_title: String,
    pub cert_certifies: String,
    pub cert_completed: String,
    pub cert_completed_some: String,
    pub cert_modules_heading: String,
    pub cert_date: String,
}

impl Labels {
    /// The labels in `l`'s language, from the Fluent files (`print-…` and
    /// `cert-…` messages), falling back per message like every other text.
    /// Variables stay as `{name}` placeholders for [`fill`].
    pub fn from_localizer(l: &Localizer) -> Labels {
        let holes: Vec<(&str, Arg)> = PLACEHOLDERS
            .iter()
            .map(|p| (*p, Arg::from(format!("{{{p}}}"))))
            .collect();
        let get = |key: &str| l.t_args(key, &holes);
        Labels {
            page_of: get("print-page-of"),
            about_minutes: get("print-about-minutes"),
            handout: get("print-handout"),
            quiz: get("print-quiz"),
            answer_key: get("print-answer-key"),
            guide: get("print-guide"),
            before_you_start: get("print-before-you-start"),
            key_points: get("print-key-points"),
            warning_signs: get("print-warning-signs"),
            sign_kind: get("print-sign-kind"),
            why_it_matters: get("print-why-it-matters"),
            stories: get("print-stories"),
            story_part: get("print-story-part"),
            story_after: get("print-story-after"),
            what_could_they_do: get("print-what-could-they-do"),
            talk_about_it: get("print-talk-about-it"),
            where_to_get_help: get("print-where-to-get-help"),
            help_intro: get("print-help-intro"),
            ask_for_local_lines: get("print-ask-for-local-lines"),
            kind_phone: get("print-kind-phone"),
            kind_text: get("print-kind-text"),
            kind_chat: get("print-kind-chat"),
            kind_web: get("print-kind-web"),
            kind_emergency: get("print-kind-emergency"),
            run_by_police: get("print-run-by-police"),
            run_by_immigration: get("print-run-by-immigration"),
            who_should_call: get("print-who-should-call"),
            run_by: get("print-run-by"),
            source_checked: get("print-source-checked"),
            called_on: get("print-called-on"),
            not_called: get("print-not-called"),
            not_found_emergency: get("print-not-found-emergency"),
            not_found_child_protection: get("print-not-found-child-protection"),
            searched_on: get("print-searched-on"),
            facilitators_only_line: get("print-facilitators-only-line"),
            numbers_change: get("print-numbers-change"),
            no_lines: get("print-no-lines"),
            name: get("print-name"),
            date: get("print-date"),
            tick_one: get("print-tick-one"),
            tick_all: get("print-tick-all"),
            tick_true_or_false: get("print-tick-true-or-false"),
            true_: get("print-true"),
            false_: get("print-false"),
            write_order: get("print-write-order"),
            circle_signs: get("print-circle-signs"),
            question_n: get("print-question-n"),
            right_answer: get("print-right-answer"),
            right_answers: get("print-right-answers"),
            right_mark: get("print-right-mark"),
            why: get("print-why"),
            if_they_choose: get("print-if-they-choose"),
            right_order: get("print-right-order"),
            signs_are: get("print-signs-are"),
            not_signs: get("print-not-signs"),
            pass_mark: get("print-pass-mark"),
            quick_key: get("print-quick-key"),
            question: get("print-question"),
            timing: get("print-timing"),
            lesson: get("print-lesson"),
            pages: get("print-pages"),
            minutes: get("print-minutes"),
            total: get("print-total"),
            read_this_first: get("print-read-this-first"),
            before_the_lessons: get("print-before-the-lessons"),
            lesson_n: get("print-lesson-n"),
            note_for_you: get("print-note-for-you"),
            discuss: get("print-discuss"),
            story_map: get("print-story-map"),
            scene_n: get("print-scene-n"),
            goes_to: get("print-goes-to"),
            start_here: get("print-start-here"),
            ending: get("print-ending"),
            outcome_safe: get("print-outcome-safe"),
            outcome_risky: get("print-outcome-risky"),
            outcome_harmful: get("print-outcome-harmful"),
            debrief: get("print-debrief"),
            debrief_script: get("print-debrief-script"),
            script_ask_signs: get("print-script-ask-signs"),
            script_listen_for: get("print-script-listen-for"),
            script_recap: get("print-script-recap"),
            script_not_fault: get("print-script-not-fault"),
            script_help: get("print-script-help"),
            sources: get("print-sources"),
            cert_title: get("cert-title"),
            cert_certifies: get("cert-certifies"),
            cert_completed: get("cert-completed"),
            cert_completed_some: get("cert-completed-some"),
            cert_modules_heading: get("cert-modules-heading"),
            cert_date: get("cert-date-label"),
        }
    }

    /// The labels in `lang`, from the process's shared catalog.
    pub fn for_lang(lang: &str) -> Labels {
        Labels::from_localizer(&crate::i18n::localizer(lang))
    }

    pub fn en() -> Labels {
        Labels::for_lang("en")
    }

    pub fn es() -> Labels {
        Labels::for_lang("es")
    }
}

/// Every variable a label may hold.
const PLACEHOLDERS: &[&str] = &[
    "choice", "date", "from", "list", "mark", "minutes", "n", "operator", "page", "pages", "title",
    "who",
];

/// Fills `{name}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field, as (name, value) pairs, through the Debug output.
    fn fields(l: &Labels) -> Vec<(String, String)> {
        let dbg = format!("{l:#?}");
        dbg.lines()
            .filter_map(|line| {
                let (k, v) = line.trim().split_once(": ")?;
                Some((k.to_string(), v.trim_end_matches(',').to_string()))
            })
            .collect()
    }

    #[test]
    fn both_languages_fill_every_label_with_the_same_placeholders() {
        let (en, es) = (fields(&Labels::en()), fields(&Labels::es()));
        assert_eq!(en.len(), es.len());
        assert!(en.len() > 80);
        let holes = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
                .collect();
            v.sort();
            v
        };
        for ((k, a), (_, b)) in en.iter().zip(&es) {
            assert!(a.len() > 2 && b.len() > 2, "{k} is empty");
            assert_eq!(holes(a), holes(b), "{k}");
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("Page {page} of {pages}", &[("page", "2"), ("pages", "5")]),
            "Page 2 of 5"
        );
    }
}
