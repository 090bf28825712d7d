//! Printable material, as PDF: a handout, a quiz sheet, its answer key and a
//! facilitator's guide for one module, and the certificate of completion.
//!
//! Everything is built from the course files, so a translated or imported
//! course prints too, in any of its languages. The words around the course's
//! text come from [`Labels`], which the caller fills. No egui here: the CLI
//! (`alerta handout`) and the app's "Print" button use the same functions.
//!
//! ```no_run
//! # use alerta::print::*;
//! # let course: alerta::course::Course = todo!();
//! let fonts = Fonts::find(None)?; // --assets DIR, beside the binary, ...
//! let labels = Labels::for_lang("es");
//! let opts = PrintOptions { lang: "es", paper: Paper::A4, country: Some("honduras"), labels: &labels };
//! let printed = module_document(&course, "fake-job-offers", DocKind::Handout, &opts, &fonts)?;
//! std::fs::write("handout.pdf", &printed.pdf)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod fonts;
mod guide;
mod handout;
mod help;
pub mod labels;
pub mod layout;
pub mod pdf;
mod quiz;

use std::collections::HashMap;
use std::path::PathBuf;

pub use fonts::{FontError, FontStyle, Fonts, assets_candidates};
pub use labels::Labels;
pub use layout::Paper;
pub use pdf::Printed;

use crate::course::markup::{self, Rich, RichBlock, Style};
use crate::course::{Course, Module, Text};
use labels::fill;
use layout::{BoxStyle, Flow, Marker, Span};

/// Which document to print for a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DocKind {
    /// For learners: key points, warning signs, stories with questions, help lines.
    #[default]
    Handout,
    /// For a paper session: the questions, with boxes to tick.
    Quiz,
    /// The quiz's right answers, with every explanation.
    Answers,
    /// For the facilitator: timing, notes, every story path, debrief script.
    Guide,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Handout,
        DocKind::Quiz,
        DocKind::Answers,
        DocKind::Guide,
    ];

    /// As written on the command line.
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Handout => "handout",
            DocKind::Quiz => "quiz",
            DocKind::Answers => "answers",
            DocKind::Guide => "guide",
        }
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// How to print.
#[derive(Clone, Copy, Debug)]
pub struct PrintOptions<'a> {
    /// A language of the course.
    pub lang: &'a str,
    pub paper: Paper,
    /// The country whose help lines to print (see [`find_country`]), besides
    /// the lines for the whole region. `None`: only the regional lines.
    pub country: Option<&'a str>,
    pub labels: &'a Labels,
}

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the course has no module \"{id}\"; its modules are: {}", .known.join(", "))]
    NoModule { id: String, known: Vec<String> },
    #[error("the course has no language \"{lang}\"; its languages are: {}", .known.join(", "))]
    NoLanguage { lang: String, known: Vec<String> },
    #[error("no help lines for a country called \"{query}\"; the countries are: {}", .known.join(", "))]
    NoCountry { query: String, known: Vec<String> },
    #[error(transparent)]
    Write(#[from] pdf::WriteError),
}

/// A country of the course's help lines, for a picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// Lowercase, ASCII, with hyphens, from the country's English name (or
    /// its first language's): `el-salvador`.
    pub id: String,
    /// In the language asked for.
    pub name: String,
    /// Lines for the whole region rather than one country: always printed.
    pub regional: bool,
}

/// Every country of the help lines, in file order.
pub fn countries(course: &Course, lang: &str) -> Vec<Country> {
    let mut out: Vec<Country> = Vec::new();
    let texts = course
        .help
        .lines
        .iter()
        .map(|l| &l.country)
        .chain(course.help.not_found.iter().map(|n| &n.country));
    for t in texts {
        let id = slug(t.get("en"));
        if !out.iter().any(|c| c.id == id) {
            out.push(Country {
                regional: help::is_regional(course, t),
                name: t.get(lang).to_string(),
                id,
            });
        }
    }
    out
}

/// Finds a country by id or by its name in any language of the course,
/// ignoring case.
pub fn find_country(course: &Course, query: &str) -> Option<Country> {
    let q = query.trim().to_lowercase();
    let q_slug = slug(query);
    let all = countries(course, "en");
    let hit = course
        .help
        .lines
        .iter()
        .map(|l| &l.country)
        .chain(course.help.not_found.iter().map(|n| &n.country))
        .find(|t| {
            slug(t.get("en")) == q_slug || t.iter().any(|(_, name)| name.to_lowercase() == q)
        })?;
    all.into_iter().find(|c| c.id == slug(hit.get("en")))
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') && (c.is_whitespace() || c == '-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Prints one document for one module.
pub fn module_document(
    course: &Course,
    module_id: &str,
    kind: DocKind,
    opts: &PrintOptions,
    fonts: &Fonts,
) -> Result<Printed, PrintError> {
    let module = course
        .module(module_id)
        .ok_or_else(|| PrintError::NoModule {
            id: module_id.to_string(),
            known: course.modules.iter().map(|m| m.id.clone()).collect(),
        })?;
    if !course.meta.languages.iter().any(|l| l == opts.lang) {
        return Err(PrintError::NoLanguage {
            lang: opts.lang.to_string(),
            known: course.meta.languages.clone(),
        });
    }
    let country = match opts.country {
        Some(q) => Some(find_country(course, q).ok_or_else(|| {
            PrintError::NoCountry {
                query: q.to_string(),
                known: countries(course, opts.lang)
                    .into_iter()
                    .filter(|c| !c.regional)
                    .map(|c| c.id)
                    .collect(),
            }
        })?),
        None => None,
    };
    let mut d = Doc {
        course,
        module,
        lang: opts.lang,
        l: opts.labels,
        country: country.map(|c| c.id),
        flow: Flow::new(fonts, opts.paper),
        pictures: HashMap::new(),
    };
    let kind_label = match kind {
        DocKind::Handout => &d.l.handout,
        DocKind::Quiz => &d.l.quiz,
        DocKind::Answers => &d.l.answer_key,
        DocKind::Guide => &d.l.guide,
    }
    .clone();
    d.header(&kind_label);
    match kind {
        DocKind::Handout => handout::build(&mut d),
        DocKind::Quiz => quiz::sheet(&mut d),
        DocKind::Answers => quiz::answers(&mut d),
        DocKind::Guide => guide::build(&mut d),
    }
    let title = format!("{} - {kind_label}", module.title.get(opts.lang));
    d.finish(&title)
}

/// A document being built.
pub(crate) struct Doc<'a> {
    course: &'a Course,
    module: &'a Module,
    lang: &'a str,
    l: &'a Labels,
    /// The chosen country's id.
    country: Option<String>,
    flow: Flow,
    /// Pictures already added, by path (`None`: could not be read).
    pictures: HashMap<PathBuf, Option<usize>>,
}

impl<'a> Doc<'a> {
    fn t(&self, text: &'a Text) -> &'a str {
        text.get(self.lang)
    }

    /// The course and the kind of document in a small line, then the module's title.
    fn header(&mut self, kind: &str) {
        let course = self.t(&self.course.meta.title);
        self.flow
            .para(&[Span::italic(format!("{course} · {kind}"))]);
        self.flow.title(self.module.title.get(self.lang));
    }

    /// Text that may hold paragraphs, lists and emphasis.
    fn rich(&mut self, text: &str, base: FontStyle) {
        let r = markup::parse(text);
        self.render(&r, base);
    }

    fn render(&mut self, r: &Rich, base: FontStyle) {
        for b in &r.blocks {
            match b {
                RichBlock::Paragraph(spans) => self.flow.para(&styled(spans, base)),
                RichBlock::List(items) => {
                    for it in items {
                        self.flow.item(Marker::Bullet, &styled(it, base));
                    }
                    self.flow.space(4.0);
                }
            }
        }
    }

    /// A picture from the course folder, added once.
    fn picture(&mut self, path: &std::path::Path) -> Option<usize> {
        if let Some(id) = self.pictures.get(path) {
            return *id;
        }
        let id = std::fs::read(path)
            .ok()
            .and_then(|b| self.flow.add_png(&b).ok());
        self.pictures.insert(path.to_path_buf(), id);
        id
    }

    /// A picture with its alt text as the caption.
    fn figure(&mut self, path: Option<&std::path::Path>, caption: &str) {
        let bytes = path.and_then(|p| std::fs::read(p).ok());
        let w = self.flow.text_width() * 0.6;
        self.flow.image(bytes.as_deref(), caption, w);
    }

    /// The marker for a warning sign of `kind`: the kind's icon if the course
    /// has one that can be read, otherwise a drawn flag.
    fn flag_marker(&mut self, kind: Option<&str>) -> Marker {
        let icon = kind
            .and_then(|k| self.course.meta.flag_kind(k))
            .and_then(|k| k.icon.clone());
        match icon.and_then(|p| self.picture(&p)) {
            Some(id) => Marker::Icon(id),
            None => Marker::Flag,
        }
    }

    /// A box with a title and some text.
    fn boxed(&mut self, style: BoxStyle, title: &str, text: &str) {
        self.flow.begin_box(style, Some(title));
        self.rich(text, FontStyle::Regular);
        self.flow.end_box();
    }

    fn about_minutes(&mut self) {
        let m = self.module.minutes.to_string();
        self.flow
            .para(&[Span::bold(fill(&self.l.about_minutes, &[("minutes", &m)]))]);
    }

    fn finish(self, title: &str) -> Result<Printed, PrintError> {
        let page_of = self.l.page_of.clone();
        let fonts = self.flow.fonts().clone();
        let laid = self.flow.finish(|n, total| {
            fill(
                &page_of,
                &[("page", &n.to_string()), ("pages", &total.to_string())],
            )
        });
        Ok(pdf::write(
            &laid,
            &fonts,
            &pdf::Meta {
                title: title.to_string(),
                lang: self.lang.to_string(),
            },
        )?)
    }
}

fn styled(spans: &[markup::Span], base: FontStyle) -> Vec<Span> {
    spans
        .iter()
        .map(|s| {
            Span::new(
                s.text.clone(),
                match s.style {
                    Style::Plain => base,
                    Style::Emphasis => FontStyle::Italic,
                    Style::Strong => FontStyle::Bold,
                },
            )
        })
        .collect()
}

/// The scenes of a story in the order a reader meets them: breadth first
/// from the start, then any scene nothing leads to.
pub(crate) fn scene_order(s: &crate::course::Scenario) -> Vec<usize> {
    use crate::course::SceneStep;
    let mut order = vec![s.start];
    let mut i = 0;
    while i < order.len() {
        if let Some(SceneStep::Choices(cs)) = s.scenes.get(order[i]).map(|sc| &sc.step) {
            for c in cs {
                if c.goto < s.scenes.len() && !order.contains(&c.goto) {
                    order.push(c.goto);
                }
            }
        }
        i += 1;
    }
    order.retain(|&i| i < s.scenes.len());
    for j in 0..s.scenes.len() {
        if !order.contains(&j) {
            order.push(j);
        }
    }
    order
}

/// `a`, `b`, … `z`, `aa`, …
pub(crate) fn letter(i: usize) -> String {
    let mut n = i;
    let mut s = String::new();
    loop {
        s.insert(0, (b'a' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s
}

#[cfg(test)]
mod tests;
