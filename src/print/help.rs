//! The help lines at the end of a handout and a guide: the chosen country's
//! and the region's, saying who answers each line and what was checked, when.

use super::labels::fill;
use super::layout::{BoxStyle, Span, size};
use super::{Doc, FontStyle, slug};
use crate::course::{Course, HelpAudience, HelpCountry, HelpKind, HelpLine, Lookup, RunBy, Text};

/// Lines for a whole region rather than one country: a group with no
/// emergency number and no "not found" for one, whose lines are all web
/// pages. The same rule `alerta check` uses to excuse a group from needing an
/// emergency number.
pub(crate) fn is_regional(course: &Course, country: &Text) -> bool {
    let help = &course.help;
    let lines: Vec<&HelpLine> = help
        .lines
        .iter()
        .filter(|l| l.country == *country)
        .collect();
    !lines.is_empty()
        && lines.iter().all(|l| l.kind == HelpKind::Web)
        && !help
            .not_found
            .iter()
            .any(|n| n.country == *country && n.what == Lookup::Emergency)
}

/// The groups to print: the chosen country first, then the regional ones.
/// Learners' documents get only the lines the Help screen shows to learners.
fn groups<'c>(d: &Doc<'c>, facilitator: bool) -> Vec<HelpCountry<'c>> {
    let course = d.course;
    let all = course.help_by_country(d.lang, facilitator);
    let country_text = |g: &HelpCountry<'c>| -> Option<&'c Text> {
        g.lines
            .first()
            .map(|l| &l.country)
            .or_else(|| g.not_found.first().map(|n| &n.country))
    };
    let mut chosen = Vec::new();
    let mut regional = Vec::new();
    for g in all {
        let Some(t) = country_text(&g) else { continue };
        if is_regional(course, t) {
            regional.push(g);
        } else if d.country.as_deref() == Some(slug(t.get("en")).as_str()) {
            chosen.push(g);
        }
    }
    chosen.extend(regional);
    chosen
}

/// The "where to get help" section. `facilitator` adds the lines meant only
/// for facilitators, labelled as such.
pub(crate) fn section(d: &mut Doc, facilitator: bool) {
    let l = d.l;
    d.flow.heading(1, &l.where_to_get_help);
    d.flow.para(&[Span::bold(&l.help_intro)]);
    d.flow.para(&[Span::italic(&l.numbers_change)]);
    if d.country.is_none() {
        d.flow.para(&[Span::bold(&l.ask_for_local_lines)]);
    }
    if let Some(notes) = &d.course.help.notes {
        let n = d.t(notes);
        d.rich(n, FontStyle::Regular);
    }
    let groups = groups(d, facilitator);
    if groups.iter().all(|g| g.lines.is_empty()) {
        d.flow.para_plain(&l.no_lines);
    }
    for g in groups {
        d.flow.heading(2, &g.country);
        for line in g.lines {
            help_line(d, line);
        }
        for nf in g.not_found {
            let what = match nf.what {
                Lookup::Emergency => &l.not_found_emergency,
                Lookup::ChildProtection => &l.not_found_child_protection,
            };
            d.flow.begin_box(BoxStyle::DASHED, None);
            d.flow.para(&[Span::bold(what)]);
            let note = d.t(&nf.note);
            d.rich(note, FontStyle::Regular);
            d.flow
                .para_plain(&fill(&l.searched_on, &[("date", &nf.source_checked)]));
            d.flow.end_box();
        }
    }
}

fn help_line(d: &mut Doc, line: &HelpLine) {
    let l = d.l;
    let kind = match line.kind {
        HelpKind::Phone => &l.kind_phone,
        HelpKind::Text => &l.kind_text,
        HelpKind::Chat => &l.kind_chat,
        HelpKind::Web => &l.kind_web,
        HelpKind::Emergency => &l.kind_emergency,
    };
    d.flow.begin_box(BoxStyle::PLAIN, None);
    let mark = d.flow.begin_keep();
    d.flow.para_sized(&[Span::bold(d.t(&line.name))], 15.0);
    d.flow.para_sized(
        &[
            Span::plain(format!("{kind}: ")),
            Span::bold(line.number.clone()),
        ],
        size::H2,
    );
    d.flow.end_keep(mark);
    match line.run_by {
        RunBy::ImmigrationEnforcement => d.flow.para(&[Span::bold(&l.run_by_immigration)]),
        RunBy::Police => d.flow.para(&[Span::bold(&l.run_by_police)]),
        _ => {}
    }
    if let Some(w) = &line.who_should_call {
        let w = d.t(w);
        d.flow.para_plain(&fill(&l.who_should_call, &[("who", w)]));
    }
    if let Some(h) = &line.hours {
        let h = d.t(h);
        d.flow.para_plain(h);
    }
    if let Some(n) = &line.notes {
        let n = d.t(n);
        d.rich(n, FontStyle::Regular);
    }
    d.flow
        .para_plain(&fill(&l.run_by, &[("operator", line.operator.get(d.lang))]));
    let called = match &line.called {
        Some(date) => fill(&l.called_on, &[("date", date)]),
        None => l.not_called.clone(),
    };
    d.flow.para(&[Span::italic(format!(
        "{} {called}",
        fill(&l.source_checked, &[("date", &line.source_checked)])
    ))]);
    if line.show == HelpAudience::Facilitators || !line.for_learners() {
        d.flow.para(&[Span::bold(&l.facilitators_only_line)]);
    }
    d.flow.end_box();
}
