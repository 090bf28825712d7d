//! `help.ron`: who answers each line, what was checked, and that every
//! country has its emergency number or says none was found.

use super::*;
use crate::course::help::*;

impl Validator<'_> {
    pub fn help(&mut self, raw: RawHelpFile) -> Help {
        let root = FieldPath::root().field("lines");
        self.opt_text(&FieldPath::root().field("notes"), &raw.notes);
        let mut help = Help {
            notes: raw.notes,
            ..Help::default()
        };
        for (i, entry) in raw.lines.into_iter().enumerate() {
            let lp = root.index(i);
            match entry {
                RawHelpEntry::HelpLine(l) => {
                    let l = *l;
                    self.text(&lp.field("country"), &l.country);
                    self.text(&lp.field("name"), &l.name);
                    if let crate::course::NameOrText::Text(t) = &l.operator {
                        self.text(&lp.field("operator"), t);
                    }
                    self.opt_text(&lp.field("hours"), &l.hours);
                    self.opt_text(&lp.field("notes"), &l.notes);
                    self.opt_text(&lp.field("who_should_call"), &l.who_should_call);
                    self.date(lp.field("source_checked"), &l.source_checked);
                    if let Some(d) = &l.called {
                        self.date(lp.field("called"), d);
                    }
                    if l.source.trim().is_empty() {
                        self.error(lp.field("source"), DiagKind::EmptyList { what: "source" });
                    }
                    if l.show == HelpAudience::Learners && l.confidence < Confidence::MediumHigh {
                        self.error(
                            lp.field("show"),
                            DiagKind::WeakSourceForLearners {
                                confidence: l.confidence,
                            },
                        );
                    }
                    if l.run_by.is_enforcement() && l.who_should_call.is_none() {
                        self.error(lp.field("run_by"), DiagKind::EnforcementWithoutAdvice);
                    }
                    help.lines.push(HelpLine {
                        country: l.country,
                        name: l.name,
                        number: l.number,
                        kind: l.kind,
                        operator: l.operator,
                        run_by: l.run_by,
                        hours: l.hours,
                        notes: l.notes,
                        who_should_call: l.who_should_call,
                        source: l.source,
                        confidence: l.confidence,
                        source_checked: l.source_checked,
                        called: l.called,
                        show: l.show,
                    });
                }
                RawHelpEntry::NotFound(n) => {
                    self.text(&lp.field("country"), &n.country);
                    self.text(&lp.field("note"), &n.note);
                    self.date(lp.field("source_checked"), &n.source_checked);
                    help.not_found.push(NotFound {
                        country: n.country,
                        what: n.what,
                        note: n.note,
                        source_checked: n.source_checked,
                    });
                }
            }
        }
        // Every country with a line has its emergency number, or says none was found.
        let mut countries: Vec<&Text> = Vec::new();
        for l in &help.lines {
            if !countries.contains(&&l.country) {
                countries.push(&l.country);
            }
        }
        let lang = self.languages.first().map(String::as_str).unwrap_or("en");
        for c in countries {
            let has_emergency = help
                .lines
                .iter()
                .any(|l| l.country == *c && l.kind == HelpKind::Emergency)
                || help
                    .not_found
                    .iter()
                    .any(|n| n.country == *c && n.what == Lookup::Emergency);
            let regional = help
                .lines
                .iter()
                .filter(|l| l.country == *c)
                .all(|l| l.kind == HelpKind::Web);
            if !has_emergency && !regional {
                self.warn(
                    root,
                    DiagKind::NoEmergencyEntry {
                        country: c.get(lang).to_string(),
                    },
                );
            }
        }
        help
    }

    pub(super) fn date(&mut self, path: FieldPath, value: &str) {
        if !parse_date(value) {
            self.error(
                path,
                DiagKind::BadDate {
                    value: value.to_string(),
                },
            );
        }
    }
}
