//! Grading and quiz attempts. Pure functions and plain data; no egui.

pub mod grade;
pub mod run;
pub mod scenario;

pub use grade::{Answer, Grade, Mark, a_wrong_answer, grade, model_answer};
pub use run::{AnswerRecord, QuizAttempt, QuizRun, Status, TryOutcome};
