//! Translatable text: one string per language code, side by side in the file.
//!
//! In a lesson file a text is written `(en: "Hello", es: "Hola")`. The set of
//! languages is open: a course declares its languages in `course.ron`, and
//! validation checks every text against that list.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language code as written in the course, such as `en` or `es`.
pub type LangCode = String;

/// A piece of learner-visible text in every language of the course.
///
/// Stored as a short list of `(language, string)` pairs, sorted by language:
/// a course has two or three languages, and a list is far cheaper to build
/// than a map for the tens of thousands of texts a large course holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(Vec<(LangCode, String)>, Borrowed);

/// The languages of a text that were filled in from a fallback language
/// (`fallbacks` in course.ron) because the author has not translated it yet.
/// Empty, and without allocating, for a fully translated text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Borrowed(Vec<LangCode>);

thread_local! {
    /// The course's fallbacks while its files are parsed on this thread.
    static FALLBACKS: std::cell::RefCell<Vec<(LangCode, LangCode)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// While this guard lives, texts parsed on this thread fill a missing
/// language from its fallback (`(language, falls back to)` pairs), marking it
/// borrowed so the checker can report how much is translated.
pub(crate) struct FallbackScope(());

impl FallbackScope {
    pub(crate) fn new(pairs: &[(LangCode, LangCode)]) -> FallbackScope {
        FALLBACKS.with(|f| *f.borrow_mut() = pairs.to_vec());
        FallbackScope(())
    }
}

impl Drop for FallbackScope {
    fn drop(&mut self) {
        FALLBACKS.with(|f| f.borrow_mut().clear());
    }
}

/// Fills each language that has a fallback and no text of its own, following
/// the chain (`quc` → `es` → …) to the first language written by the author.
fn fill_fallbacks(out: &mut Vec<(LangCode, String)>, borrowed: &mut Vec<LangCode>) {
    FALLBACKS.with(|f| {
        let pairs = f.borrow();
        for (lang, _) in pairs.iter() {
            if out.iter().any(|(k, v)| k == lang && !v.trim().is_empty()) {
                continue;
            }
            let mut at = lang;
            let mut found = None;
            for _ in 0..pairs.len() {
                let Some((_, next)) = pairs.iter().find(|(a, _)| a == at) else {
                    break;
                };
                if let Some((_, v)) = out.iter().find(|(k, v)| k == next && !v.trim().is_empty()) {
                    found = Some(v.clone());
                    break;
                }
                at = next;
            }
            if let Some(v) = found {
                out.retain(|(k, _)| k != lang);
                out.push((lang.clone(), v));
                borrowed.push(lang.clone());
            }
        }
    });
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Only what the author wrote: borrowed strings are not theirs.
        let own: Vec<_> = self
            .0
            .iter()
            .filter(|(k, _)| !self.is_borrowed(k))
            .collect();
        let mut m = s.serialize_map(Some(own.len()))?;
        for (k, v) in own {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl Text {
    /// Builds a text from `(language, string)` pairs. Mostly for tests and generated courses.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut v: Vec<(LangCode, String)> = pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v.dedup_by(|a, b| a.0 == b.0);
        Text(v, Borrowed::default())
    }

    /// The same string in English and Spanish.
    pub fn en_es(en: &str, es: &str) -> Self {
        Text::new([("en", en), ("es", es)])
    }

    /// The string in `lang`, falling back to English and then to any language,
    /// so the screen never shows a blank where validation already complained.
    pub fn get(&self, lang: &str) -> &str {
        self.lookup(lang)
            .or_else(|| self.lookup("en"))
            .or_else(|| self.0.first().map(|(_, v)| v.as_str()))
            .unwrap_or("")
    }

    /// The string in exactly `lang`, if there is one.
    pub fn lookup(&self, lang: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == lang)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the string for `lang` was filled in from a fallback language
    /// rather than written by the author.
    pub fn is_borrowed(&self, lang: &str) -> bool {
        self.1.0.iter().any(|l| l == lang)
    }

    /// Whether the text has a non-blank string for `lang`.
    pub fn has(&self, lang: &str) -> bool {
        self.lookup(lang).is_some_and(|s| !s.trim().is_empty())
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// Every `(language, string)` pair, sorted by language.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text in each language, like (en: \"...\", es: \"...\")")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut out: Vec<(LangCode, String)> = Vec::with_capacity(2);
                while let Some(key) = map.next_key::<String>()? {
                    if !is_lang_code(&key) {
                        return Err(de::Error::custom(format!(
                            "`{key}` is not a language code; write a text as (en: \"...\", es: \"...\")"
                        )));
                    }
                    let value: String = map.next_value()?;
                    if out.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!(
                            "the language `{key}` appears twice in one text"
                        )));
                    }
                    out.push((key, value));
                }
                let mut borrowed = Vec::new();
                fill_fallbacks(&mut out, &mut borrowed);
                out.sort_by(|a, b| a.0.cmp(&b.0));
                Ok(Text(out, Borrowed(borrowed)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Err(E::custom(format!(
                    "found a plain string \"{}\"; every text needs each language, like (en: \"...\", es: \"...\")",
                    truncate(v, 40)
                )))
            }
        }

        // `deserialize_struct` lets authors write `(en: "...", es: "...")`,
        // which reads better than a map with quoted keys.
        deserializer.deserialize_struct("Text", &[], TextVisitor)
    }
}

/// A name written once for every language ("CICESCT", "Policía Nacional"),
/// or, where it needs explaining, a text per language
/// (`(en: "Polaris, a non-profit…", es: "Polaris, una organización…")`).
#[derive(Clone, Debug, PartialEq)]
pub enum NameOrText {
    Name(String),
    Text(Text),
}

impl NameOrText {
    /// The words to show in `lang`.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            NameOrText::Name(s) => s,
            NameOrText::Text(t) => t.get(lang),
        }
    }
}

impl Default for NameOrText {
    fn default() -> Self {
        NameOrText::Name(String::new())
    }
}

impl<'de> Deserialize<'de> for NameOrText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;

        impl<'de> Visitor<'de> for NameVisitor {
            type Value = NameOrText;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a name in quotes, or a text in each language like (en: \"...\", es: \"...\")",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<NameOrText, E> {
                Ok(NameOrText::Name(v.to_string()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<NameOrText, E> {
                Ok(NameOrText::Name(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<NameOrText, A::Error> {
                Text::deserialize(de::value::MapAccessDeserializer::new(map)).map(NameOrText::Text)
            }
        }

        deserializer.deserialize_any(NameVisitor)
    }
}

/// A language code: 2 to 8 ASCII letters, digits, `-` or `_`, starting with a letter.
pub fn is_lang_code(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && (2..=8).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

pub(crate) fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max_chars).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_struct_syntax() {
        let t: Text = ron::from_str(r#"(en: "Hi", es: "Hola")"#).unwrap();
        assert_eq!(t.get("es"), "Hola");
        assert_eq!(t.get("en"), "Hi");
        assert_eq!(t.get("fr"), "Hi", "falls back to English");
        assert!(t.has("en") && !t.has("fr"));
    }

    #[test]
    fn rejects_plain_string_and_duplicates() {
        assert!(ron::from_str::<Text>(r#""Hi""#).is_err());
        let e = ron::from_str::<Text>(r#"(en: "a", en: "b")"#).unwrap_err();
        assert!(e.to_string().contains("twice"), "{e}");
    }

    #[test]
    fn a_name_or_a_text_per_language() {
        let n: NameOrText = ron::from_str(r#""CICESCT""#).unwrap();
        assert_eq!(n.get("es"), "CICESCT");
        let t: NameOrText =
            ron::from_str(r#"(en: "Emergency services", es: "Servicios de emergencia")"#).unwrap();
        assert_eq!(t.get("es"), "Servicios de emergencia");
        assert_eq!(t.get("en"), "Emergency services");
        assert!(ron::from_str::<NameOrText>("(EN: \"x\")").is_err());
        assert!(ron::from_str::<NameOrText>("12").is_err());
    }

    #[test]
    fn lang_codes() {
        assert!(is_lang_code("en"));
        assert!(is_lang_code("quc"));
        assert!(is_lang_code("es-419"));
        assert!(!is_lang_code("E"));
        assert!(!is_lang_code("e"));
        assert!(!is_lang_code("Title"));
    }
}
