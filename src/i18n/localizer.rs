//! Messages in one language, with per-message fallback.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

use super::Catalog;

/// A named argument of a message: text, or a number (numbers choose plural
/// forms: `{ $count -> [one] … *[other] … }`).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl Arg<'_> {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Str(s) => FluentValue::String(Cow::Borrowed(s)),
            Arg::Num(n) if n.is_finite() => FluentValue::from(*n),
            Arg::Num(n) => FluentValue::String(Cow::Owned(n.to_string())),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Str(s)
    }
}

/// A path, shown with [`Path::display`].
impl From<&Path> for Arg<'_> {
    fn from(p: &Path) -> Self {
        Arg::Str(Cow::Owned(p.display().to_string()))
    }
}

impl From<&std::path::PathBuf> for Arg<'_> {
    fn from(p: &std::path::PathBuf) -> Self {
        Arg::from(p.as_path())
    }
}

macro_rules! arg_from_number {
    ($($t:ty)*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
arg_from_number!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64);

/// Messages in one language.
///
/// Made from a shared [`Catalog`] for one chosen language (make a new one
/// when the user picks another). Each message is looked up along the fallback
/// chain separately, so a half-translated language shows what it has and
/// English (or its `-fallback`) for the rest. Messages without arguments are
/// formatted once, here, so [`Localizer::t`] and [`Localizer::get`] are a
/// hash lookup.
pub struct Localizer {
    catalog: Arc<Catalog>,
    tag: String,
    /// The full chain, including tags the catalog has no file for.
    chain: Vec<String>,
    /// The tags of `chain` that the catalog has.
    present: Vec<String>,
    cache: HashMap<String, String>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("tag", &self.tag)
            .field("chain", &self.chain)
            .field("cached", &self.cache.len())
            .finish()
    }
}

impl Localizer {
    /// Messages in `tag` (a BCP-47 tag; an invalid one gives English).
    pub fn new(catalog: Arc<Catalog>, tag: &str) -> Localizer {
        Localizer::with_fallbacks(catalog, tag, &[])
    }

    /// Like [`Localizer::new`], with extra `(from, to)` fallbacks, such as the
    /// ones a course declares (see [`Catalog::chain_with`]).
    pub fn with_fallbacks(
        catalog: Arc<Catalog>,
        tag: &str,
        extra: &[(String, String)],
    ) -> Localizer {
        let chain = catalog.chain_with(tag, extra);
        let present: Vec<String> = chain
            .iter()
            .filter(|t| catalog.langs.contains_key(*t))
            .cloned()
            .collect();
        let mut l = Localizer {
            tag: chain[0].clone(),
            catalog,
            chain,
            present,
            cache: HashMap::new(),
        };
        l.fill_cache();
        l
    }

    /// Formats, once, every message without variables that any language of
    /// the chain has.
    fn fill_cache(&mut self) {
        let mut cache = HashMap::new();
        for tag in &self.present {
            let Some(messages) = self.catalog.messages(tag) else {
                continue;
            };
            for (key, vars) in messages {
                if cache.contains_key(key) || !vars.is_empty() {
                    continue;
                }
                // A message that formats with errors everywhere is still
                // cached as the first language formats it.
                if let Some((text, _)) = self.resolve(key, None) {
                    cache.insert(key.clone(), text);
                }
            }
        }
        self.cache = cache;
    }

    /// The normalised tag this localizer speaks (`en` for an invalid one).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The languages tried for each message, in order.
    pub fn chain(&self) -> &[String] {
        &self.chain
    }

    /// The catalog this localizer reads.
    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// The message `key` without arguments; the key itself if no language
    /// of the chain has it.
    pub fn t(&self, key: &str) -> String {
        self.get(key).into_owned()
    }

    /// Like [`Localizer::t`], without allocating for a cached message: for
    /// labels drawn every frame.
    pub fn get<'a>(&'a self, key: &'a str) -> Cow<'a, str> {
        if let Some(s) = self.cache.get(key) {
            return Cow::Borrowed(s);
        }
        match self.resolve(key, None) {
            Some((s, _)) => Cow::Owned(s),
            None => Cow::Borrowed(key),
        }
    }

    /// Like [`Localizer::get`], always borrowed: a message without variables,
    /// or the key itself when no language of the chain has it (or when it
    /// needs variables).
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.cache.get(key).map(String::as_str).unwrap_or(key)
    }

    /// The message `key` with named arguments:
    /// `l.t_args("page-of", &[("page", 2.into()), ("total", 9.into())])`.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        if args.is_empty() {
            return self.t(key);
        }
        let mut fargs = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fargs.set(*name, value.to_fluent());
        }
        match self.resolve(key, Some(&fargs)) {
            Some((s, _)) => s,
            None => key.to_string(),
        }
    }

    /// Whether some language of the chain has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.cache.contains_key(key)
            || self.present.iter().any(|t| {
                self.catalog
                    .messages(t)
                    .is_some_and(|m| m.contains_key(key))
            })
    }

    /// Formats `key` in the first language of the chain that has it and
    /// formats it without errors (a missing argument, a reference to a
    /// message that is not there, …) and not empty. If every language that
    /// has it gives errors, the first one's text is used, flagged `false`.
    fn resolve(&self, key: &str, args: Option<&FluentArgs>) -> Option<(String, bool)> {
        let mut first: Option<String> = None;
        for tag in &self.present {
            let Some(lang) = self.catalog.langs.get(tag) else {
                continue;
            };
            let Some(pattern) = lang.bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = lang.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() && !text.trim().is_empty() {
                return Some((text.into_owned(), true));
            }
            if first.is_none() && !text.trim().is_empty() {
                first = Some(text.into_owned());
            }
        }
        first.map(|s| (s, false))
    }
}
