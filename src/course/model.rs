//! The validated course that the rest of the app can trust: ids are unique,
//! references are resolved to indices, every text has every language.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::diag::Diagnostic;
use super::help::Help;
use super::markup::Rich;
use super::text::Text;

/// A kind of warning sign that the course defines in `course.ron` (the bundled
/// course defines the ILO's 11 indicators of forced labour).
#[derive(Clone, Debug, PartialEq)]
pub struct FlagKind {
    /// As written in lesson files, such as `DebtBondage`.
    pub id: String,
    pub name: Text,
    /// Absolute path of a checked picture inside the course folder.
    pub icon: Option<PathBuf>,
}

/// Where a choice stays when the others are shuffled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pin {
    First,
    Last,
}

/// How reliable the source behind a help line is (the fact sheet's labels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Confidence {
    Low,
    Medium,
    MediumHigh,
    High,
}

/// Who a help line is shown to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HelpAudience {
    /// The Help screen, when the source is High or Medium-High.
    Learners,
    /// Facilitator mode only.
    Facilitators,
}

/// What kind of body answers a help line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunBy {
    EmergencyServices,
    Police,
    /// Immigration enforcement (for example ICE): may put people without papers at risk.
    ImmigrationEnforcement,
    ChildProtection,
    Government,
    Ngo,
    International,
}

impl RunBy {
    /// Police and immigration lines must say plainly who answers.
    pub fn is_enforcement(self) -> bool {
        matches!(self, RunBy::Police | RunBy::ImmigrationEnforcement)
    }
}

/// What a `NotFound` entry in `help.ron` looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lookup {
    Emergency,
    ChildProtection,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArtefactKind {
    JobAd,
    Chat,
    SocialPost,
    Document,
}

/// How a scenario ending turned out for the person in the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The person stayed safe, or got help.
    Safe,
    /// Things could still go either way.
    Risky,
    /// The person was harmed. The debrief is calm and says where to get help.
    Harmful,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HelpKind {
    Phone,
    Text,
    Chat,
    Web,
    Emergency,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Year {
    Known(u16),
    Circa(u16),
    Undated,
}

impl std::fmt::Display for Year {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Year::Known(y) => write!(f, "{y}"),
            Year::Circa(y) => write!(f, "c. {y}"),
            Year::Undated => f.write_str("n.d."),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CourseMeta {
    pub id: String,
    pub version: u32,
    pub title: Text,
    pub description: Text,
    pub languages: Vec<String>,
    /// `(language, falls back to)`: languages that may be partly translated.
    pub fallbacks: Vec<(String, String)>,
    pub tagline: Option<Text>,
    pub flag_kinds: Vec<FlagKind>,
    pub flag_kind_label: Option<Text>,
    pub example_caption: Option<Text>,
}

impl CourseMeta {
    /// A manifest with only the required parts (for fallbacks and tests).
    pub fn basic(id: &str, title: Text, languages: &[&str]) -> CourseMeta {
        CourseMeta {
            id: id.into(),
            version: 0,
            title,
            description: Text::default(),
            languages: languages.iter().map(|l| l.to_string()).collect(),
            fallbacks: Vec::new(),
            tagline: None,
            flag_kinds: Vec::new(),
            flag_kind_label: None,
            example_caption: None,
        }
    }

    /// Whether `lang` may be partly translated (it has a fallback).
    pub fn is_partial(&self, lang: &str) -> bool {
        self.fallbacks.iter().any(|(l, _)| l == lang)
    }

    pub fn flag_kind(&self, id: &str) -> Option<&FlagKind> {
        self.flag_kinds.iter().find(|k| k.id == id)
    }
}

/// The whole course: what loaded, and what failed to.
#[derive(Clone, Debug)]
pub struct Course {
    pub root: PathBuf,
    pub meta: CourseMeta,
    pub modules: Vec<Module>,
    pub help: Help,
    /// Modules that could not be loaded, with the reasons. The UI lists them.
    pub failed: Vec<FailedModule>,
}

#[derive(Clone, Debug)]
pub struct FailedModule {
    pub file: PathBuf,
    /// The module's id or title if the file got far enough to say.
    pub id: Option<String>,
    pub title: Option<Text>,
    pub errors: Vec<Diagnostic>,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub id: String,
    pub file: PathBuf,
    pub title: Text,
    pub summary: Text,
    pub content_note: Option<Text>,
    pub minutes: u32,
    pub sources: Vec<Source>,
    pub pre_check: Option<PreCheck>,
    pub lessons: Vec<Lesson>,
    pub quiz: Quiz,
}

/// Questions before the lessons: "see what you already know". Never a pass.
#[derive(Clone, Debug)]
pub struct PreCheck {
    /// Copies of quiz questions (same ids) and questions of its own.
    pub questions: Vec<Question>,
}

impl Module {
    /// Pictures this module shows (pages, stories, artefacts).
    pub fn picture_count(&self) -> usize {
        let blocks = self
            .lessons
            .iter()
            .flat_map(|l| l.pages.iter())
            .flat_map(|p| p.blocks.iter())
            .filter(|b| match b {
                Block::Picture(_) => true,
                Block::Scenario(s) => s.image.is_some(),
                Block::Artefact(a) => a.image.is_some(),
                _ => false,
            })
            .count();
        let quiz = self
            .quiz
            .questions
            .iter()
            .filter(|q| matches!(&q.kind, QuestionKind::SpotFlags { artefact, .. } if artefact.image.is_some()))
            .count();
        blocks + quiz
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.quiz.questions.iter().find(|q| q.id == id)
    }
    pub fn page_count(&self) -> usize {
        self.lessons.iter().map(|l| l.pages.len()).sum()
    }
    pub fn scenarios(&self) -> impl Iterator<Item = &Scenario> {
        self.lessons
            .iter()
            .flat_map(|l| l.pages.iter())
            .flat_map(|p| p.blocks.iter())
            .filter_map(|b| match b {
                Block::Scenario(s) => Some(s),
                _ => None,
            })
    }
}

#[derive(Clone, Debug)]
pub struct Source {
    pub id: Option<String>,
    pub title: String,
    pub publisher: String,
    pub year: Year,
    pub url: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Lesson {
    pub id: String,
    pub title: Text,
    pub pages: Vec<Page>,
}

#[derive(Clone, Debug)]
pub struct Page {
    pub blocks: Vec<Block>,
    /// Indices into the module's `sources` that back this page, in order.
    pub sources: Vec<usize>,
}

impl Page {
    /// Whether a learner (not a facilitator) sees anything on this page.
    pub fn has_learner_content(&self) -> bool {
        self.blocks.iter().any(|b| !b.facilitator_only())
    }
}

/// Rich text in every language, parsed once at load.
#[derive(Clone, Debug)]
pub struct RichText {
    pub source: Text,
    /// `(language, parsed)` pairs.
    pub parsed: Vec<(String, Rich)>,
}

impl RichText {
    pub fn get(&self, lang: &str) -> &Rich {
        static EMPTY: std::sync::OnceLock<Rich> = std::sync::OnceLock::new();
        let find = |l: &str| self.parsed.iter().find(|(k, _)| k == l).map(|(_, r)| r);
        find(lang)
            .or_else(|| find("en"))
            .or_else(|| self.parsed.first().map(|(_, r)| r))
            .unwrap_or_else(|| EMPTY.get_or_init(Rich::default))
    }
}

#[derive(Clone, Debug)]
pub enum Block {
    Text(RichText),
    KeyPoints {
        title: Option<Text>,
        points: Vec<Text>,
    },
    RedFlags {
        title: Option<Text>,
        flags: Vec<RedFlag>,
    },
    Artefact(Artefact),
    Picture(Picture),
    Discussion(Text),
    FacilitatorNote(Text),
    Scenario(Scenario),
}

#[derive(Clone, Debug)]
pub struct Picture {
    /// Absolute path of a checked picture inside the course folder; `None`
    /// when the file was missing (a warning): the alt text stands in for it.
    pub image: Option<PathBuf>,
    pub alt: Text,
    pub caption: Option<Text>,
}

impl Block {
    pub fn facilitator_only(&self) -> bool {
        matches!(self, Block::Discussion(_) | Block::FacilitatorNote(_))
    }
}

#[derive(Clone, Debug)]
pub struct RedFlag {
    pub text: Text,
    /// The id of one of the course's flag kinds.
    pub kind: Option<String>,
    pub why: Option<Text>,
}

#[derive(Clone, Debug)]
pub struct Artefact {
    pub id: String,
    pub kind: ArtefactKind,
    pub title: Text,
    pub from: Option<Text>,
    /// Absolute path of a checked image inside the course folder.
    pub image: Option<PathBuf>,
    pub image_alt: Option<Text>,
    pub parts: Vec<Part>,
}

impl Artefact {
    pub fn part_index(&self, id: &str) -> Option<usize> {
        self.parts.iter().position(|p| p.id.as_deref() == Some(id))
    }
}

#[derive(Clone, Debug)]
pub struct Part {
    pub id: Option<String>,
    pub sender: Option<String>,
    pub mine: bool,
    pub time: Option<String>,
    pub text: Text,
    /// The id of one of the course's flag kinds.
    pub flag: Option<String>,
    pub note: Option<Text>,
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub id: String,
    pub title: Text,
    pub intro: Option<Text>,
    pub image: Option<Picture>,
    pub start: usize,
    pub scenes: Vec<Scene>,
}

#[derive(Clone, Debug)]
pub struct Scene {
    pub id: String,
    pub text: Text,
    pub step: SceneStep,
}

#[derive(Clone, Debug)]
pub enum SceneStep {
    Choices(Vec<SceneChoice>),
    Ending(Ending),
}

#[derive(Clone, Debug)]
pub struct SceneChoice {
    pub text: Text,
    pub goto: usize,
}

#[derive(Clone, Debug)]
pub struct Ending {
    pub outcome: Outcome,
    pub title: Text,
    pub debrief: Text,
}

#[derive(Clone, Debug)]
pub struct Quiz {
    /// Percent of questions needed to pass, 0 to 100.
    pub pass_mark: u8,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug)]
pub struct Question {
    pub id: String,
    pub prompt: Text,
    pub hint: Option<Text>,
    pub explanation: Option<Text>,
    pub kind: QuestionKind,
}

#[derive(Clone, Debug)]
pub struct Choice {
    pub text: Text,
    pub correct: bool,
    pub pin: Option<Pin>,
    pub feedback: Option<Text>,
}

#[derive(Clone, Debug)]
pub enum QuestionKind {
    Single {
        choices: Vec<Choice>,
    },
    Multi {
        choices: Vec<Choice>,
    },
    TrueFalse {
        answer: bool,
        true_feedback: Option<Text>,
        false_feedback: Option<Text>,
    },
    /// Items in their correct order.
    Order {
        items: Vec<Text>,
    },
    SpotFlags {
        artefact: Artefact,
        /// Per part of the artefact: is it a warning sign?
        flagged: Vec<bool>,
        /// Per part: feedback when the learner selects it (or misses it, for flags).
        feedback: Vec<Option<Text>>,
    },
}

impl QuestionKind {
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multi { .. } => "multi",
            QuestionKind::TrueFalse { .. } => "true_false",
            QuestionKind::Order { .. } => "order",
            QuestionKind::SpotFlags { .. } => "spot_flags",
        }
    }
}

impl Course {
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    pub fn lesson_count(&self) -> usize {
        self.modules.iter().map(|m| m.lessons.len()).sum()
    }

    pub fn question_count(&self) -> usize {
        self.modules.iter().map(|m| m.quiz.questions.len()).sum()
    }

    pub fn scenario_count(&self) -> usize {
        self.modules.iter().map(|m| m.scenarios().count()).sum()
    }

    /// Pictures the course shows: in pages, stories, artefacts and quiz
    /// artefacts, plus the flag kinds' icons.
    pub fn picture_count(&self) -> usize {
        self.modules
            .iter()
            .map(Module::picture_count)
            .sum::<usize>()
            + self
                .meta
                .flag_kinds
                .iter()
                .filter(|k| k.icon.is_some())
                .count()
    }
}
