//! What the user (or a dialog, or a finished file write) asks the app to do.
//! Views only emit these; [`super::apply::apply`] is the one place that acts
//! on them.

use std::path::PathBuf;

use crate::progress::SaveError;

/// Places a command can send the learner. Modules are named by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Nav {
    Home,
    Module(String),
    Quiz(String),
    /// The optional check before a module's lessons.
    PreCheck(String),
    Help,
    Settings,
    Mistakes,
    Review,
}

/// Why the app asked for a file, so the answer goes to the right place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    ExportProgress,
    ClassCsv {
        anonymised: bool,
    },
    ClassXapi {
        anonymised: bool,
    },
    Certificate,
    /// A handout, quiz sheet, answer key or facilitator's guide (PDF).
    Print,
    SessionSummary,
    ImportProgress,
    PackFolder,
    PackZip,
    /// The presentation's own record in `sessions/`.
    SessionRecord,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // Who is learning.
    SetLanguage(String),
    CreateProfile {
        name: String,
    },
    OpenProfile {
        id: String,
        pin: Option<String>,
        read_only: bool,
    },
    Guest,
    SignOut,
    EnterFacilitator {
        pin: Option<String>,
    },
    LeaveFacilitator,
    RenameProfile(String),
    SetPin(Option<String>),
    ExportProgress,
    DeleteProfile,
    // Start and settings screens: what is open on them.
    StartCreating(bool),
    StartAskPin(Option<String>),
    StartAskFacilitatorPin,
    StartDismissLocked,
    SettingsRenaming(bool),
    SettingsSettingPin(bool),
    SettingsDeleting(bool),
    // Where to go.
    Go(Nav),
    Back,
    Continue,
    DismissNotice(usize),
    QuickExit,
    // A module.
    AckNote {
        skip_to_quiz: bool,
    },
    /// A page of the module on screen, by its place in the module's pages.
    GoPage(usize),
    ToggleReveal {
        artefact: String,
    },
    /// A choice in a story, by its index in the course file.
    ScenarioChoose {
        scenario: String,
        choice: usize,
    },
    ScenarioRestart {
        scenario: String,
    },
    ToggleSources,
    // A quiz, the pre-check, or a review question: the option by its course index.
    Select(usize),
    /// Swap two positions of an ordering question.
    MoveItem {
        from: usize,
        to: usize,
    },
    Submit,
    ShowHint,
    NextQuestion,
    QuizRetry,
    // How it looks.
    SetZoom(f32),
    SetHighContrast(bool),
    // Read aloud.
    ReadAloud(Vec<(String, String)>),
    StopReading,
    SetSlowReading(bool),
    Facilitator(FacCommand),
    // Answers from the outside world (dialogs and file writes).
    FileChosen {
        purpose: FilePurpose,
        path: Option<PathBuf>,
    },
    FilesChosen {
        purpose: FilePurpose,
        paths: Vec<PathBuf>,
    },
    FileWritten {
        purpose: FilePurpose,
        result: Result<PathBuf, SaveError>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum FacCommand {
    Hub,
    Present(String),
    Step(isize),
    Reveal,
    /// Raised hands for a choice (its course index).
    Tally {
        choice: usize,
        delta: i32,
    },
    FollowMajority,
    ToggleNotes,
    ToggleAudienceWindow,
    ResetTimer,
    EndSession,
    ExportSummary,
    OpenClassroom,
    ClassTab(ClassTab),
    ClassSort(ClassSort),
    ImportProgress,
    ExportCsv {
        anonymised: bool,
    },
    ExportXapi {
        anonymised: bool,
    },
    /// A certificate for the learner with this profile id.
    Certificate(String),
    /// Printed material for a module, as a PDF.
    Print {
        module: String,
        kind: crate::print::DocKind,
    },
    PrintPaper {
        letter: bool,
    },
    PrintCountry(Option<String>),
    OpenPacks,
    ImportPackFolder,
    ImportPackZip,
    UseCourse(Option<String>),
    ResetPin(String),
    SetFacilitatorPin(Option<String>),
    HubSettingPin(bool),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClassTab {
    #[default]
    Learners,
    Questions,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClassSort {
    #[default]
    Name,
    Passed,
    Gain,
    Time,
}
