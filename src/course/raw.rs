//! What a lesson file literally says: serde structs that mirror the RON.
//!
//! Nothing here is trusted yet. [`super::validate`] turns these into the
//! checked model in [`super::model`]. Every struct denies unknown fields, so a
//! typo such as `titel:` is an error with a line and column, not a silent skip.

use serde::Deserialize;

use super::model::{ArtefactKind, Indicator, Outcome};
use super::text::Text;

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
    pub sources: Vec<RawSource>,
    pub lessons: Vec<RawLesson>,
    pub quiz: RawQuiz,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Source", deny_unknown_fields)]
pub struct RawSource {
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
    },
    KeyPoints {
        #[serde(default)]
        title: Option<Text>,
        points: Vec<Text>,
    },
    RedFlags {
        #[serde(default)]
        title: Option<Text>,
        flags: Vec<RawRedFlag>,
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
    pub indicator: Indicator,
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
    pub flag: Option<Indicator>,
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
    pub lines: Vec<RawHelpLine>,
}

#[derive(Debug, Deserialize)]
#[serde(rename = "HelpLine", deny_unknown_fields)]
pub struct RawHelpLine {
    pub country: Text,
    pub name: Text,
    /// The number, short code, or web address, exactly as it should be shown.
    pub number: String,
    pub kind: super::model::HelpKind,
    pub operator: String,
    #[serde(default)]
    pub hours: Option<Text>,
    #[serde(default)]
    pub notes: Option<Text>,
    pub source: String,
    /// `YYYY-MM-DD`: when someone last checked that this line works.
    pub last_checked: String,
    /// Only verified lines are ever shown to learners.
    pub verified: bool,
}
