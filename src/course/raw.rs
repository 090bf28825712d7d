//! What a lesson file literally says: serde structs that mirror the RON.
//!
//! Nothing here is trusted yet. [`super::validate`] turns these into the
//! checked model in [`super::model`]. Every struct denies unknown fields, so a
//! typo such as `titel:` is an error with a line and column, not a silent skip.

use serde::Deserialize;

use super::model::{ArtefactKind, Confidence, HelpAudience, Outcome, Pin, RunBy};
use super::text::Text;

/// A name written bare in a lesson file, such as `Deception` in
/// `kind: Deception`: the id of a red-flag kind that `course.ron` defines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindName(pub String);

impl<'de> Deserialize<'de> for KindName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = KindName;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the name of a red-flag kind, such as Deception")
            }
            fn visit_enum<A: serde::de::EnumAccess<'de>>(
                self,
                data: A,
            ) -> Result<KindName, A::Error> {
                use serde::de::VariantAccess;
                let (name, rest) = data.variant_seed(Ident)?;
                rest.unit_variant()?;
                Ok(KindName(name))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<KindName, E> {
                Ok(KindName(v.to_string()))
            }
        }
        d.deserialize_enum("Kind", &[], V)
    }
}

/// Reads a bare name (an identifier) as a string.
struct Ident;

impl<'de> serde::de::DeserializeSeed<'de> for Ident {
    type Value = String;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = String;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a name such as Deception")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_string())
            }
        }
        d.deserialize_identifier(V)
    }
}

/// `course.ron`: what the course is and which languages it has.
#[derive(Debug, Deserialize)]
#[serde(rename = "Course", deny_unknown_fields)]
pub struct RawManifest {
    pub id: String,
    /// Bumped by the author when the content changes in a way that matters to progress.
    pub version: u32,
    pub title: Text,
    pub description: Text,
    pub languages: Vec<String>,
    /// Languages that may be partly translated, and the language each one
    /// borrows a missing text from: `{"quc": "es"}`.
    #[serde(default)]
    pub fallbacks: std::collections::BTreeMap<String, String>,
    /// One line under the course title on the first screen.
    #[serde(default)]
    pub tagline: Option<Text>,
    /// The kinds of warning sign this course tags red flags with (for the
    /// bundled course, the ILO's 11 indicators of forced labour). Optional.
    #[serde(default)]
    pub flag_kinds: Vec<RawFlagKind>,
    /// What a kind is called beside a flag, such as "ILO indicator".
    #[serde(default)]
    pub flag_kind_label: Option<Text>,
    /// The caption under a chat, ad or post, such as "An invented example".
    #[serde(default)]
    pub example_caption: Option<Text>,
}

/// One kind of red flag, defined by the course.
#[derive(Debug, Deserialize)]
#[serde(rename = "FlagKind", deny_unknown_fields)]
pub struct RawFlagKind {
    pub id: KindName,
    pub name: Text,
    /// A picture shown beside flags of this kind, inside the course folder.
    #[serde(default)]
    pub icon: Option<String>,
}

/// One module file.
#[derive(Debug, Deserialize)]
#[serde(rename = "Module", deny_unknown_fields)]
pub struct RawModule {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub content_note: Option<Text>,
    pub minutes: i64,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// An optional check before the lessons: "see what you already know".
    #[serde(default)]
    pub pre_check: Option<RawPreCheck>,
    pub lessons: Vec<RawLesson>,
    pub quiz: RawQuiz,
}

/// Questions asked before the lessons, never graded as a pass.
#[derive(Debug, Deserialize)]
#[serde(rename = "PreCheck", deny_unknown_fields)]
pub struct RawPreCheck {
    /// Ids of quiz questions to ask before the lessons too.
    #[serde(default)]
    pub from_quiz: Vec<String>,
    /// Questions asked only before the lessons.
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Source", deny_unknown_fields)]
pub struct RawSource {
    /// Needed when a page refers to this source: `sources: ["id"]`.
    #[serde(default)]
    pub id: Option<String>,
    pub title: String,
    pub publisher: String,
    /// `2016`, `"c. 2015"` or `"n.d."`.
    pub year: RawYear,
    #[serde(default)]
    pub url: Option<String>,
    /// What the module uses this source for, or how it was read (a mirror, a summary).
    #[serde(default)]
    pub note: Option<String>,
}

/// A year as written: a number, or a string such as `"n.d."`.
#[derive(Debug, Clone)]
pub struct RawYear(pub String);

impl<'de> Deserialize<'de> for RawYear {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = RawYear;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a year such as 2016, or \"c. 2015\", or \"n.d.\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawYear, E> {
                Ok(RawYear(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawYear, E> {
                Ok(RawYear(v.to_string()))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawYear, E> {
                Ok(RawYear(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Lesson", deny_unknown_fields)]
pub struct RawLesson {
    pub id: String,
    pub title: Text,
    /// Each page is a list of blocks shown together.
    pub pages: Vec<Vec<RawBlock>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum RawBlock {
    /// Paragraphs with light markup (see `lessons/README.md`).
    Text {
        body: Text,
        /// Ids of the module's sources that back this text.
        #[serde(default)]
        sources: Vec<String>,
    },
    KeyPoints {
        #[serde(default)]
        title: Option<Text>,
        points: Vec<Text>,
        #[serde(default)]
        sources: Vec<String>,
    },
    RedFlags {
        #[serde(default)]
        title: Option<Text>,
        flags: Vec<RawRedFlag>,
        #[serde(default)]
        sources: Vec<String>,
    },
    /// A picture with its description, and an optional caption.
    Picture {
        image: String,
        alt: Text,
        #[serde(default)]
        caption: Option<Text>,
    },
    Artefact(RawArtefact),
    /// Shown only in facilitator mode.
    Discussion {
        prompt: Text,
    },
    /// Shown only in facilitator mode, on the presenter's screen.
    FacilitatorNote {
        note: Text,
    },
    Scenario(RawScenario),
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Flag", deny_unknown_fields)]
pub struct RawRedFlag {
    pub text: Text,
    /// One of the kinds `course.ron` defines (`indicator` is the older name).
    #[serde(default, alias = "indicator")]
    pub kind: Option<KindName>,
    #[serde(default)]
    pub why: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Artefact", deny_unknown_fields)]
pub struct RawArtefact {
    pub id: String,
    pub kind: ArtefactKind,
    /// A caption that says what the learner is looking at.
    pub title: Text,
    /// Who posted or sent it (an account name, a contact, a newspaper).
    #[serde(default)]
    pub from: Option<Text>,
    /// An optional picture, relative to the course folder.
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub image_alt: Option<Text>,
    pub parts: Vec<RawPart>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Part", deny_unknown_fields)]
pub struct RawPart {
    /// Needed only when a question or note refers to this part.
    #[serde(default)]
    pub id: Option<String>,
    /// In a chat: the name of who wrote this message. Names are not translated.
    #[serde(default)]
    pub sender: Option<String>,
    /// In a chat: the learner's own message, drawn on the right.
    #[serde(default)]
    pub mine: bool,
    #[serde(default)]
    pub time: Option<String>,
    pub text: Text,
    /// A warning sign in this part, revealed when the learner asks to see them.
    #[serde(default)]
    pub flag: Option<KindName>,
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
pub struct RawScenario {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub intro: Option<Text>,
    /// A picture of the setting, inside the course folder, with its description.
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub image_alt: Option<Text>,
    pub start: String,
    pub scenes: Vec<RawScene>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Scene", deny_unknown_fields)]
pub struct RawScene {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub choices: Vec<RawSceneChoice>,
    #[serde(default)]
    pub ending: Option<RawEnding>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Choice", deny_unknown_fields)]
pub struct RawSceneChoice {
    pub text: Text,
    pub goto: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Ending", deny_unknown_fields)]
pub struct RawEnding {
    pub outcome: Outcome,
    pub title: Text,
    /// What the warning signs were, why it is not the person's fault, where to get help.
    pub debrief: Text,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Quiz", deny_unknown_fields)]
pub struct RawQuiz {
    pub pass_mark: i64,
    pub questions: Vec<RawQuestion>,
}

#[derive(Debug, Deserialize)]
pub enum RawQuestion {
    /// Exactly one correct choice.
    Single(RawChoiceQuestion),
    /// "Select all that apply": at least one correct choice.
    Multi(RawChoiceQuestion),
    TrueFalse(RawTrueFalse),
    /// Items listed in the correct order; the learner sees them shuffled.
    Order(RawOrder),
    SpotFlags(RawSpotFlags),
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Question", deny_unknown_fields)]
pub struct RawChoiceQuestion {
    pub id: String,
    pub prompt: Text,
    pub choices: Vec<RawChoice>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub explanation: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Choice", deny_unknown_fields)]
pub struct RawChoice {
    pub text: Text,
    #[serde(default)]
    pub correct: bool,
    /// Keeps this choice first or last when the others are shuffled.
    #[serde(default)]
    pub pin: Option<Pin>,
    #[serde(default)]
    pub feedback: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "TrueFalse", deny_unknown_fields)]
pub struct RawTrueFalse {
    pub id: String,
    pub prompt: Text,
    pub answer: bool,
    #[serde(default)]
    pub true_feedback: Option<Text>,
    #[serde(default)]
    pub false_feedback: Option<Text>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub explanation: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Order", deny_unknown_fields)]
pub struct RawOrder {
    pub id: String,
    pub prompt: Text,
    pub items: Vec<Text>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub explanation: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "SpotFlags", deny_unknown_fields)]
pub struct RawSpotFlags {
    pub id: String,
    pub prompt: Text,
    pub artefact: RawArtefact,
    /// The parts that are warning signs.
    pub flags: Vec<RawSpot>,
    /// Optional feedback for parts that are not warning signs, if a learner picks them.
    #[serde(default)]
    pub decoys: Vec<RawSpot>,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub explanation: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Spot", deny_unknown_fields)]
pub struct RawSpot {
    pub part: String,
    #[serde(default)]
    pub feedback: Option<Text>,
}

/// `help.ron`: help lines, edited by facilitators for their own country.
#[derive(Debug, Deserialize)]
#[serde(rename = "HelpLines", deny_unknown_fields)]
pub struct RawHelpFile {
    /// Shown at the top of the Help screen (for example, which countries the course covers).
    #[serde(default)]
    pub notes: Option<Text>,
    pub lines: Vec<RawHelpEntry>,
}

#[derive(Debug, Deserialize)]
pub enum RawHelpEntry {
    HelpLine(Box<RawHelpLine>),
    /// Something was looked for and not found with a good enough source.
    NotFound(RawNotFound),
}

#[derive(Debug, Deserialize)]
#[serde(rename = "HelpLine", deny_unknown_fields)]
pub struct RawHelpLine {
    pub country: Text,
    pub name: Text,
    /// The number, short code, or web address, exactly as it should be shown.
    pub number: String,
    pub kind: super::model::HelpKind,
    /// Who answers: a name as written, or a text per language where it needs explaining.
    pub operator: super::text::NameOrText,
    /// What kind of body runs the line: police and immigration lines are labelled.
    pub run_by: RunBy,
    #[serde(default)]
    pub hours: Option<Text>,
    #[serde(default)]
    pub notes: Option<Text>,
    /// Who should, and who should not, call (required for police and immigration lines).
    #[serde(default)]
    pub who_should_call: Option<Text>,
    pub source: String,
    /// How reliable the source is; only High and MediumHigh lines reach learners.
    pub confidence: Confidence,
    /// `YYYY-MM-DD`: when someone last read the source.
    pub source_checked: String,
    /// `YYYY-MM-DD`: when someone last dialled the line and it answered.
    #[serde(default)]
    pub called: Option<String>,
    /// `Learners` (the Help screen) or `Facilitators` (facilitator mode only).
    pub show: HelpAudience,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "NotFound", deny_unknown_fields)]
pub struct RawNotFound {
    pub country: Text,
    /// What was looked for: `Emergency` or `ChildProtection`.
    pub what: super::model::Lookup,
    /// What was found instead, or what to do.
    pub note: Text,
    /// `YYYY-MM-DD`: when the search was made.
    pub source_checked: String,
}
