//! The validated course that the rest of the app can trust: ids are unique,
//! references are resolved to indices, every text has every language.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::diag::Diagnostic;
use super::markup::Rich;
use super::text::Text;

/// The ILO's 11 indicators of forced labour (ILO, *Indicators of Forced Labour*, 2012).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Indicator {
    AbuseOfVulnerability,
    Deception,
    RestrictionOfMovement,
    Isolation,
    PhysicalAndSexualViolence,
    IntimidationAndThreats,
    RetentionOfIdentityDocuments,
    WithholdingOfWages,
    DebtBondage,
    AbusiveWorkingAndLivingConditions,
    ExcessiveOvertime,
}

impl Indicator {
    pub const ALL: [Indicator; 11] = [
        Indicator::AbuseOfVulnerability,
        Indicator::Deception,
        Indicator::RestrictionOfMovement,
        Indicator::Isolation,
        Indicator::PhysicalAndSexualViolence,
        Indicator::IntimidationAndThreats,
        Indicator::RetentionOfIdentityDocuments,
        Indicator::WithholdingOfWages,
        Indicator::DebtBondage,
        Indicator::AbusiveWorkingAndLivingConditions,
        Indicator::ExcessiveOvertime,
    ];

    /// The indicator's number in the ILO list (1 to 11).
    pub fn number(self) -> usize {
        Indicator::ALL.iter().position(|i| *i == self).unwrap_or(0) + 1
    }

    pub fn name(self, lang: &str) -> &'static str {
        use Indicator::*;
        let es = lang == "es";
        match (self, es) {
            (AbuseOfVulnerability, false) => "Abuse of vulnerability",
            (AbuseOfVulnerability, true) => "Abuso de una situación de vulnerabilidad",
            (Deception, false) => "Deception",
            (Deception, true) => "Engaño",
            (RestrictionOfMovement, false) => "Restriction of movement",
            (RestrictionOfMovement, true) => "Restricción de la libertad de movimiento",
            (Isolation, false) => "Isolation",
            (Isolation, true) => "Aislamiento",
            (PhysicalAndSexualViolence, false) => "Physical and sexual violence",
            (PhysicalAndSexualViolence, true) => "Violencia física y sexual",
            (IntimidationAndThreats, false) => "Intimidation and threats",
            (IntimidationAndThreats, true) => "Intimidación y amenazas",
            (RetentionOfIdentityDocuments, false) => "Retention of identity documents",
            (RetentionOfIdentityDocuments, true) => "Retención de documentos de identidad",
            (WithholdingOfWages, false) => "Withholding of wages",
            (WithholdingOfWages, true) => "Retención del salario",
            (DebtBondage, false) => "Debt bondage",
            (DebtBondage, true) => "Servidumbre por deudas",
            (AbusiveWorkingAndLivingConditions, false) => "Abusive working and living conditions",
            (AbusiveWorkingAndLivingConditions, true) => {
                "Condiciones de trabajo y de vida abusivas"
            }
            (ExcessiveOvertime, false) => "Excessive overtime",
            (ExcessiveOvertime, true) => "Horas extraordinarias excesivas",
        }
    }
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
}

/// The whole course: what loaded, and what failed to.
#[derive(Clone, Debug)]
pub struct Course {
    pub root: PathBuf,
    pub meta: CourseMeta,
    pub modules: Vec<Module>,
    pub help: Vec<HelpLine>,
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
    pub lessons: Vec<Lesson>,
    pub quiz: Quiz,
}

impl Module {
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
    Discussion(Text),
    FacilitatorNote(Text),
    Scenario(Scenario),
}

impl Block {
    pub fn facilitator_only(&self) -> bool {
        matches!(self, Block::Discussion(_) | Block::FacilitatorNote(_))
    }
}

#[derive(Clone, Debug)]
pub struct RedFlag {
    pub text: Text,
    pub indicator: Indicator,
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
    pub flag: Option<Indicator>,
    pub note: Option<Text>,
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub id: String,
    pub title: Text,
    pub intro: Option<Text>,
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

#[derive(Clone, Debug)]
pub struct HelpLine {
    pub country: Text,
    pub name: Text,
    pub number: String,
    pub kind: HelpKind,
    pub operator: String,
    pub hours: Option<Text>,
    pub notes: Option<Text>,
    pub source: String,
    pub last_checked: String,
    pub verified: bool,
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

    /// Help lines a learner may see: verified ones only, grouped by country in file order.
    pub fn verified_help(&self, lang: &str) -> Vec<(String, Vec<&HelpLine>)> {
        let mut groups: Vec<(String, Vec<&HelpLine>)> = Vec::new();
        for line in self.help.iter().filter(|l| l.verified) {
            let country = line.country.get(lang).to_string();
            match groups.iter_mut().find(|(c, _)| *c == country) {
                Some((_, v)) => v.push(line),
                None => groups.push((country, vec![line])),
            }
        }
        groups
    }
}
