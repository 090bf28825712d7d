//! Help lines as the app trusts them, and how the Help screen groups them.

use super::model::{Confidence, Course, HelpAudience, HelpKind, Lookup, RunBy};
use super::text::Text;

/// `help.ron`: lines, and what was looked for and not found.
#[derive(Clone, Debug, Default)]
pub struct Help {
    pub notes: Option<Text>,
    pub lines: Vec<HelpLine>,
    pub not_found: Vec<NotFound>,
}

#[derive(Clone, Debug)]
pub struct HelpLine {
    pub country: Text,
    pub name: Text,
    pub number: String,
    pub kind: HelpKind,
    pub operator: super::text::NameOrText,
    pub run_by: RunBy,
    pub hours: Option<Text>,
    pub notes: Option<Text>,
    pub who_should_call: Option<Text>,
    pub source: String,
    pub confidence: Confidence,
    pub source_checked: String,
    pub called: Option<String>,
    pub show: HelpAudience,
}

impl HelpLine {
    /// Shown on the learner's Help screen: meant for learners and backed by a
    /// High or Medium-High source.
    pub fn for_learners(&self) -> bool {
        self.show == HelpAudience::Learners && self.confidence >= Confidence::MediumHigh
    }
}

#[derive(Clone, Debug)]
pub struct NotFound {
    pub country: Text,
    pub what: Lookup,
    pub note: Text,
    pub source_checked: String,
}

/// One country on the Help screen: its lines, and what could not be found.
#[derive(Clone, Debug)]
pub struct HelpCountry<'a> {
    pub country: String,
    pub lines: Vec<&'a HelpLine>,
    pub not_found: Vec<&'a NotFound>,
}

impl Course {
    /// Help for a learner (or, with `facilitator`, every line), grouped by
    /// country in file order.
    pub fn help_by_country(&self, lang: &str, facilitator: bool) -> Vec<HelpCountry<'_>> {
        let mut groups: Vec<HelpCountry<'_>> = Vec::new();
        fn group<'g, 'a>(
            groups: &'g mut Vec<HelpCountry<'a>>,
            c: String,
        ) -> &'g mut HelpCountry<'a> {
            let i = match groups.iter().position(|g| g.country == c) {
                Some(i) => i,
                None => {
                    groups.push(HelpCountry {
                        country: c,
                        lines: Vec::new(),
                        not_found: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            &mut groups[i]
        }
        for line in &self.help.lines {
            if facilitator || line.for_learners() {
                group(&mut groups, line.country.get(lang).to_string())
                    .lines
                    .push(line);
            }
        }
        for nf in &self.help.not_found {
            group(&mut groups, nf.country.get(lang).to_string())
                .not_found
                .push(nf);
        }
        groups
    }
}
