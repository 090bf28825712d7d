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
pub struct Text(Vec<(LangCode, String)>);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
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
        Text(v)
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
                out.sort_by(|a, b| a.0.cmp(&b.0));
                Ok(Text(out))
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
    fn lang_codes() {
        assert!(is_lang_code("en"));
        assert!(is_lang_code("quc"));
        assert!(is_lang_code("es-419"));
        assert!(!is_lang_code("E"));
        assert!(!is_lang_code("e"));
        assert!(!is_lang_code("Title"));
    }
}
