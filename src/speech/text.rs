//! Lesson text made ready to be spoken.
//!
//! Lesson text carries light markup (see [`crate::course::markup`]): `*em*`,
//! `**strong**`, `- ` bullets and blank lines between paragraphs. A voice
//! must not say "asterisk", and a learner must be able to stop it at once,
//! so the text is turned into short plain sentences:
//!
//! - markers go; a stray `*` left by unbalanced markup goes too;
//! - every paragraph and every bullet ends with a full stop if it has no
//!   closing punctuation, so the voice pauses where the eye would;
//! - paragraphs are split into sentences (not at `Sr.`, `p. ej.`, `EE. UU.`
//!   or initials), and a sentence longer than [`MAX_CHARS`] is cut at a
//!   comma, semicolon or space, so that each utterance is short.

use super::{Rate, Utterance};
use crate::course::markup::{self, RichBlock, Span};

/// The longest utterance, in characters, before it is cut at a comma or space.
pub const MAX_CHARS: usize = 250;

/// Markup to speakable sentences, in reading order.
pub fn sentences(markup_text: &str) -> Vec<String> {
    let rich = markup::parse(markup_text);
    let mut out = Vec::new();
    for block in &rich.blocks {
        match block {
            RichBlock::Paragraph(spans) => push_block(&mut out, &join(spans)),
            RichBlock::List(items) => {
                for item in items {
                    push_block(&mut out, &join(item));
                }
            }
        }
    }
    out
}

/// Markup to one speakable plain string (the sentences joined by spaces).
pub fn speakable(markup_text: &str) -> String {
    sentences(markup_text).join(" ")
}

/// Markup to the utterances that read it aloud, one per sentence.
pub fn utterances(markup_text: &str, lang: &str, rate: Rate) -> Vec<Utterance> {
    sentences(markup_text)
        .into_iter()
        .map(|s| Utterance::new(s, lang, rate))
        .collect()
}

/// Plain text (no markup) to sentences: for choice labels, feedback and
/// other short strings that are not lesson markup.
pub fn split_plain(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        push_block(&mut out, para);
    }
    out
}

fn join(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// Cleans one paragraph or bullet, closes it with a full stop and appends
/// its sentences.
fn push_block(out: &mut Vec<String>, raw: &str) {
    let mut text = clean(raw);
    if text.is_empty() {
        return;
    }
    let last = text
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .chars()
        .last();
    if last.is_some_and(|c| c.is_alphanumeric() || c == '%') {
        text.push('.');
    }
    for sentence in split_sentences(&text) {
        cut_long(out, &sentence);
    }
}

/// Drops markup leftovers and bullet signs; collapses white space.
fn clean(s: &str) -> String {
    let replaced: String = s
        .chars()
        .map(|c| match c {
            '*' | '•' | '\u{00AD}' => ' ',
            c if c.is_whitespace() || c.is_control() => ' ',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(replaced.len());
    for word in replaced.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // A bullet that was written as "- - text" or "· text".
    out.trim_start_matches(['-', '·', ' ']).to_string()
}

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "sres", "dr", "dra", "lic", "ing", "ud", "uds", "ej", "pág", "pag", "núm",
    "num", "tel", "av", "aprox", "ee", "uu", "mr", "mrs", "ms", "st", "vs", "approx",
];

const TERMINALS: [char; 4] = ['.', '!', '?', '…'];
const CLOSERS: [char; 7] = ['"', '\'', '”', '’', '»', ')', ']'];

/// Splits a cleaned paragraph into sentences.
fn split_sentences(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !TERMINALS.contains(&c) {
            i += 1;
            continue;
        }
        // The run of terminals and closers, e.g. `?!` or `.”`.
        let mut j = i;
        while j + 1 < chars.len()
            && (TERMINALS.contains(&chars[j + 1].1) || CLOSERS.contains(&chars[j + 1].1))
        {
            j += 1;
        }
        let end = chars.get(j + 1).map_or(text.len(), |(b, _)| *b);
        let at_space = chars.get(j + 1).is_none_or(|(_, c)| c.is_whitespace());
        if at_space && ends_sentence(text, chars[i].0, c, chars.get(j + 2).map(|(_, c)| *c)) {
            let s = text[start..end].trim();
            if !s.is_empty() {
                out.push(s.to_string());
            }
            start = end;
        }
        i = j + 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// Whether the terminal `c` at byte `at` ends a sentence, given the first
/// character after the following space.
fn ends_sentence(text: &str, at: usize, c: char, next: Option<char>) -> bool {
    let Some(next) = next else { return true };
    let starts = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '¿' | '¡' | '"' | '“' | '«' | '(' | '\'' | '‘');
    if c == '?' || c == '!' {
        return true;
    }
    if !starts {
        return false;
    }
    if c == '.' {
        let word = text[..at]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        let dotted = word.contains('.'); // e.g., i.e, U.S
        let lower = word.to_lowercase();
        if single_letter || dotted || ABBREVIATIONS.contains(&lower.as_str()) {
            return false;
        }
    }
    true
}

/// Appends `sentence`, cut into pieces of at most [`MAX_CHARS`] characters
/// at the last comma, semicolon, colon or dash that leaves a piece of a
/// useful length, else at the last space.
fn cut_long(out: &mut Vec<String>, sentence: &str) {
    let mut rest = sentence.trim();
    while rest.chars().count() > MAX_CHARS {
        let limit = rest
            .char_indices()
            .nth(MAX_CHARS)
            .map_or(rest.len(), |(b, _)| b);
        let window = &rest[..limit];
        let min = MAX_CHARS / 4;
        let at_mark = [", ", "; ", ": ", " – ", " — "]
            .iter()
            .filter_map(|m| window.rfind(m).map(|p| p + m.len() - 1))
            .filter(|p| window[..*p].chars().count() >= min)
            .max();
        let cut = at_mark
            .or_else(|| window.rfind(' ').filter(|p| *p > 0))
            .unwrap_or(limit);
        let (head, tail) = rest.split_at(cut);
        let head = head.trim();
        if !head.is_empty() {
            out.push(head.to_string());
        }
        rest = tail.trim();
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_plain_sentences() {
        let src = "Una oferta *muy* buena puede ser **una trampa**. Pregunta siempre.\n\n\
                   Señales de alerta:\n- Te piden tu pasaporte\n- **No** te dan contrato\n\n\
                   ¿Qué harías? ¡Piensa!";
        assert_eq!(
            sentences(src),
            [
                "Una oferta muy buena puede ser una trampa.",
                "Pregunta siempre.",
                "Señales de alerta:",
                "Te piden tu pasaporte.",
                "No te dan contrato.",
                "¿Qué harías?",
                "¡Piensa!",
            ]
        );
        let all = speakable(src);
        assert!(!all.contains('*') && !all.contains('•') && !all.contains("- "));
    }

    #[test]
    fn abbreviations_initials_and_numbers_do_not_split() {
        assert_eq!(
            split_plain("El Sr. Pérez vive en EE. UU. con J. López. Gana 3.5 dólares."),
            [
                "El Sr. Pérez vive en EE. UU. con J. López.",
                "Gana 3.5 dólares."
            ]
        );
        assert_eq!(
            split_plain("Mr. Smith said no. Then he left, i.e. ran."),
            ["Mr. Smith said no.", "Then he left, i.e. ran."]
        );
        // A full stop followed by a lower-case word is not a sentence end.
        assert_eq!(split_plain("etc. y más"), ["etc. y más."]);
    }

    #[test]
    fn stray_asterisks_and_blank_text_are_dropped() {
        assert_eq!(sentences("5 * 3 es quince"), ["5 3 es quince."]);
        assert!(sentences("  \n\n  ").is_empty());
        assert!(utterances("**  **", "es", Rate::Normal).is_empty());
    }

    #[test]
    fn long_sentences_are_cut_at_commas_then_spaces() {
        let clause = "una frase larga sin final que sigue";
        let long = vec![clause; 20].join(", ");
        let parts = split_plain(&long);
        assert!(parts.len() > 1, "{parts:?}");
        for p in &parts {
            assert!(p.chars().count() <= MAX_CHARS, "{p}");
            assert!(!p.starts_with(','), "{p}");
        }
        assert_eq!(parts.join(" ").replace(',', ""), {
            let mut whole = long.replace(',', "");
            whole.push('.');
            whole
        });
        // No spaces at all: a hard cut on a character boundary.
        let word = "á".repeat(MAX_CHARS * 2 + 3);
        let parts = split_plain(&word);
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_CHARS));
    }

    #[test]
    fn utterances_carry_language_and_rate() {
        let u = utterances("Hola. Adiós.", "es", Rate::Slow);
        assert_eq!(u.len(), 2);
        assert_eq!(u[1], Utterance::new("Adiós.", "es", Rate::Slow));
    }
}
