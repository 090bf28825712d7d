//! The app's words: which Fluent message each piece of the interface shows.
//!
//! The text itself lives in `assets/i18n/<tag>/alerta.ftl` (embedded in the
//! binary, overridable by a folder beside it), so a language can be added or
//! corrected without a compiler. This table only names the messages: a key is
//! an enum variant, so a typo is a compile error, and `alerta check` knows
//! which messages the app uses. Each entry lists the message's variables in
//! the order the code passes them.

use std::fmt::Display;
use std::sync::Arc;

use crate::course::CourseMeta;
use crate::i18n::{Arg, Catalog, Localizer};

macro_rules! keys {
    ($($v:ident => ($key:literal, [$($arg:literal),*]),)*) => {
        /// A message of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum S { $($v,)* }

        impl S {
            pub const ALL: &'static [S] = &[$(S::$v,)*];

            /// The Fluent message id.
            pub fn key(self) -> &'static str {
                match self { $(S::$v => $key,)* }
            }

            /// The message's variables, in the order [`Words::f`] takes them.
            pub fn args(self) -> &'static [&'static str] {
                match self { $(S::$v => &[$($arg),*],)* }
            }
        }
    };
}

/// The interface's text in the language shown, with its fallbacks, and the
/// order in which course texts are looked up.
pub struct Words {
    l: Localizer,
    /// The course this was made for (its id and languages), to notice a switch.
    made_for: (String, Vec<String>),
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("tag", &self.l.tag()).finish()
    }
}

impl Words {
    /// The words for `tag`, falling back as the UI files say (`-fallback`),
    /// then as the course says (`fallbacks` in course.ron), then to English.
    pub fn new(catalog: Arc<Catalog>, tag: &str, course: &CourseMeta) -> Words {
        let extra: Vec<(String, String)> = course
            .fallbacks
            .iter()
            .map(|(a, b)| (a.clone(), b.clone()))
            .collect();
        Words {
            l: Localizer::with_fallbacks(catalog, tag, &extra),
            made_for: (course.id.clone(), course.languages.clone()),
        }
    }

    /// Whether these words are for `tag` and this course.
    pub fn is_for(&self, tag: &str, course: &CourseMeta) -> bool {
        self.l.tag() == crate::i18n::normalize_tag(tag).as_deref().unwrap_or(tag)
            && self.made_for.0 == course.id
            && self.made_for.1 == course.languages
    }

    /// The BCP-47 tag shown.
    pub fn tag(&self) -> &str {
        self.l.tag()
    }

    /// The message, for a label drawn every frame (no allocation).
    pub fn t(&self, s: S) -> &str {
        self.l.text(s.key())
    }

    /// The message with its variables, given in the order of [`S::args`].
    /// Whole numbers are passed as numbers, so plural forms work.
    pub fn f(&self, s: S, args: &[&dyn Display]) -> String {
        let names = s.args();
        let values: Vec<(&str, Arg)> = names
            .iter()
            .zip(args)
            .map(|(name, v)| (*name, arg(&v.to_string())))
            .collect();
        self.l.t_args(s.key(), &values)
    }

    /// The Fluent localizer, for the core's own formatters (errors,
    /// checker messages, printed labels).
    pub fn localizer(&self) -> &Localizer {
        &self.l
    }
}

/// A whole number without a sign or leading zero is a number (for plurals);
/// anything else stays text exactly as shown.
fn arg(s: &str) -> Arg<'static> {
    let digits = !s.is_empty() && s.len() < 16 && s.bytes().all(|b| b.is_ascii_digit());
    if digits && (s == "0" || !s.starts_with('0')) {
        Arg::Num(s.parse::<f64>().unwrap_or(0.0))
    } else {
        Arg::Str(s.to_string().into())
    }
}

keys! {
    AppName => ("app-name", []),
    Tagline => ("tagline", []),
    Language => ("language", []),

    // Quick exit and top bar
    Exit => ("exit", []),
    ExitTip => ("exit-tip", []),
    Help => ("help", []),
    HelpTip => ("help-tip", []),
    Settings => ("settings", []),
    SettingsTip => ("settings-tip", []),
    Home => ("home", []),
    HomeTip => ("home-tip", []),
    Back => ("back", []),
    BackTip => ("back-tip", []),
    Next => ("next", []),
    NextTip => ("next-tip", []),
    Previous => ("previous", []),
    PreviousTip => ("previous-tip", []),
    SignOut => ("sign-out", []),
    GuestBadge => ("guest-badge", []),
    SignedInAs => ("signed-in-as", ["name"]),

    // Start screen
    WhoIsLearning => ("who-is-learning", []),
    NoProfilesYet => ("no-profiles-yet", []),
    OpenProfileTip => ("open-profile-tip", []),
    HasPin => ("has-pin", []),
    NeedsRepair => ("needs-repair", []),
    NewProfile => ("new-profile", []),
    YourName => ("your-name", []),
    Create => ("create", []),
    Cancel => ("cancel", []),
    ContinueAsGuest => ("continue-as-guest", []),
    GuestTip => ("guest-tip", []),
    EnterPin => ("enter-pin", ["name"]),
    Open => ("open", []),
    WrongPin => ("wrong-pin", []),
    ProfileLocked => ("profile-locked", ["name"]),
    OpenReadOnly => ("open-read-only", []),
    ChooseAnother => ("choose-another", []),
    FacilitatorMode => ("facilitator-mode", []),
    FacilitatorTip => ("facilitator-tip", []),
    DataNotWritable => ("data-not-writable", ["error"]),
    PrivacyNote => ("privacy-note", []),

    // Messages about data
    RecoveredFrom => ("recovered-from", ["date"]),
    RecoveredNothing => ("recovered-nothing", ["path"]),
    RecoveredMissing => ("recovered-missing", ["date"]),
    SaveFailed => ("save-failed", ["error"]),
    ReadOnlyNotice => ("read-only-notice", []),
    Dismiss => ("dismiss", []),
    DismissTip => ("dismiss-tip", []),

    // Home
    Modules => ("modules", []),
    ContinueWhereLeft => ("continue-where-left", []),
    ContinueTip => ("continue-tip", ["module"]),
    StartCourse => ("start-course", []),
    Minutes => ("minutes", ["minutes"]),
    NotStarted => ("not-started", []),
    InProgress => ("in-progress", []),
    PassedWith => ("passed-with", ["score"]),
    OpenModule => ("open-module", []),
    OpenModuleTip => ("open-module-tip", ["module"]),
    ReviewDue => ("review-due", ["count"]),
    ReviewOne => ("review-one", []),
    StartReview => ("start-review", []),
    MyMistakes => ("my-mistakes", []),
    MyMistakesTip => ("my-mistakes-tip", []),
    FailedModules => ("failed-modules", []),
    FailedModuleLine => ("failed-module-line", ["file"]),
    FailedModuleHelp => ("failed-module-help", []),
    ProgressOverall => ("progress-overall", ["passed", "total"]),

    // Module
    BeforeYouStart => ("before-you-start", []),
    ContinueModule => ("continue-module", []),
    SkipToQuiz => ("skip-to-quiz", []),
    WhereToGetHelp => ("where-to-get-help", []),
    PageOf => ("page-of", ["page", "total"]),
    LessonOf => ("lesson-of", ["number", "total", "title"]),
    GoToQuiz => ("go-to-quiz", []),
    KeyPoints => ("key-points", []),
    RedFlags => ("red-flags", []),
    ShowWarningSigns => ("show-warning-signs", []),
    HideWarningSigns => ("hide-warning-signs", []),
    ShowWarningSignsTip => ("show-warning-signs-tip", []),
    Example => ("example", []),
    You => ("you", []),
    Image => ("image", ["description"]),
    Discussion => ("discussion", []),
    FacilitatorNote => ("facilitator-note", []),
    ModuleProgress => ("module-progress", []),

    // Scenario
    Story => ("story", []),
    WhatShouldDo => ("what-should-do", []),
    ChoiceTip => ("choice-tip", ["key"]),
    OutcomeSafe => ("outcome-safe", []),
    OutcomeRisky => ("outcome-risky", []),
    OutcomeHarmful => ("outcome-harmful", []),
    Debrief => ("debrief", []),
    PlayAgain => ("play-again", []),
    NotYourFault => ("not-your-fault", []),
    StoryStep => ("story-step", ["step"]),

    // Quiz
    Quiz => ("quiz", []),
    QuestionOf => ("question-of", ["number", "total"]),
    PickOne => ("pick-one", []),
    PickAll => ("pick-all", []),
    PutInOrder => ("put-in-order", []),
    SpotParts => ("spot-parts", []),
    True => ("true", []),
    False => ("false", []),
    MoveUp => ("move-up", ["item"]),
    MoveDown => ("move-down", ["item"]),
    Submit => ("submit", []),
    SubmitTip => ("submit-tip", []),
    Correct => ("correct", []),
    CorrectSecondTry => ("correct-second-try", []),
    NotQuite => ("not-quite", []),
    ShowHint => ("show-hint", []),
    Hint => ("hint", []),
    ModelAnswer => ("model-answer", []),
    ModelAnswerIntro => ("model-answer-intro", []),
    NextQuestion => ("next-question", []),
    SeeResults => ("see-results", []),
    RightChoice => ("right-choice", []),
    WrongChoice => ("wrong-choice", []),
    MissedChoice => ("missed-choice", []),
    YouPicked => ("you-picked", []),
    FlagsFound => ("flags-found", ["count"]),
    FlagsMissed => ("flags-missed", ["count"]),
    FalseAlarms => ("false-alarms", ["count"]),
    Selected => ("selected", []),
    NotSelected => ("not-selected", []),
    PartN => ("part-n", ["number"]),
    InRightPlace => ("in-right-place", []),
    InWrongPlace => ("in-wrong-place", []),

    // Results
    Results => ("results", []),
    ScoreIs => ("score-is", ["score"]),
    PassMarkIs => ("pass-mark-is", ["mark"]),
    PassedMsg => ("passed-msg", []),
    NotPassedMsg => ("not-passed-msg", []),
    WhatWasMissed => ("what-was-missed", []),
    NothingMissed => ("nothing-missed", []),
    Retry => ("retry", []),
    BackToHome => ("back-to-home", []),
    Scoring => ("scoring", []),

    // Review
    ReviewTitle => ("review-title", []),
    ReviewIntro => ("review-intro", []),
    ReviewDone => ("review-done", ["right", "total"]),
    NothingToReview => ("nothing-to-review", []),
    MistakesIntro => ("mistakes-intro", []),
    NoMistakes => ("no-mistakes", []),
    YourAnswer => ("your-answer", ["answer"]),
    RightAnswer => ("right-answer", ["answer"]),
    SinceRight => ("since-right", []),
    NothingSelected => ("nothing-selected", []),
    FromModule => ("from-module", ["module"]),

    // Help
    HelpTitle => ("help-title", []),
    HelpIntro => ("help-intro", []),
    SourceChecked => ("source-checked", ["date"]),
    CalledOn => ("called-on", ["date"]),
    NotCalled => ("not-called", []),
    WhoShouldCall => ("who-should-call", ["who"]),
    RunByPolice => ("run-by-police", []),
    RunByImmigration => ("run-by-immigration", []),
    NotFoundEmergency => ("not-found-emergency", []),
    NotFoundChildProtection => ("not-found-child-protection", []),
    SearchedOn => ("searched-on", ["date"]),
    FacilitatorOnlyLine => ("facilitator-only-line", []),
    Operator => ("operator", ["operator"]),
    NoVerifiedLines => ("no-verified-lines", []),
    QuickExitHonest => ("quick-exit-honest", []),
    NumbersChange => ("numbers-change", []),
    KindPhone => ("kind-phone", []),
    KindText => ("kind-text", []),
    KindChat => ("kind-chat", []),
    KindWeb => ("kind-web", []),
    KindEmergency => ("kind-emergency", []),

    // Settings
    SettingsTitle => ("settings-title", []),
    TextSize => ("text-size", []),
    TextSizeTip => ("text-size-tip", []),
    Smaller => ("smaller", []),
    Larger => ("larger", []),
    ResetSize => ("reset-size", []),
    HighContrast => ("high-contrast", []),
    HighContrastTip => ("high-contrast-tip", []),
    YourProfile => ("your-profile", []),
    Rename => ("rename", []),
    NewName => ("new-name", []),
    Save => ("save", []),
    Pin => ("pin", []),
    PinExplain => ("pin-explain", []),
    SetPin => ("set-pin", []),
    RemovePin => ("remove-pin", []),
    NewPin => ("new-pin", []),
    PinInvalid => ("pin-invalid", []),
    ExportProgress => ("export-progress", []),
    ExportTip => ("export-tip", []),
    Exported => ("exported", ["path"]),
    DeleteProfile => ("delete-profile", []),
    DeleteConfirm => ("delete-confirm", ["name"]),
    DeleteForGood => ("delete-for-good", []),
    Done => ("done", []),
    NameTaken => ("name-taken", []),
    NameInvalid => ("name-invalid", []),
    ErrorPrefix => ("error-prefix", ["error"]),

    // Facilitator
    FacilitatorTitle => ("facilitator-title", []),
    FacilitatorPinPrompt => ("facilitator-pin-prompt", []),
    FacilitatorSetPin => ("facilitator-set-pin", []),
    Presenter => ("presenter", []),
    PresenterTip => ("presenter-tip", []),
    Classroom => ("classroom", []),
    ClassroomTip => ("classroom-tip", []),
    LessonPacks => ("lesson-packs", []),
    LessonPacksTip => ("lesson-packs-tip", []),
    Profiles => ("profiles", []),
    ResetPin => ("reset-pin", []),
    PinWasReset => ("pin-was-reset", ["name"]),
    LeaveFacilitator => ("leave-facilitator", []),
    BackToHub => ("back-to-hub", []),
    ChooseModule => ("choose-module", []),
    Present => ("present", []),
    AudienceWindow => ("audience-window", []),
    SecondWindow => ("second-window", []),
    ToggleNotes => ("toggle-notes", []),
    NotesHidden => ("notes-hidden", []),
    CurrentStep => ("current-step", []),
    NextStep => ("next-step", []),
    NoNextStep => ("no-next-step", []),
    Timer => ("timer", ["time"]),
    ResetTimer => ("reset-timer", []),
    RevealAnswer => ("reveal-answer", []),
    AnswerHidden => ("answer-hidden", []),
    HandsFor => ("hands-for", ["choice"]),
    AddHand => ("add-hand", ["choice"]),
    RemoveHand => ("remove-hand", ["choice"]),
    Votes => ("votes", ["count"]),
    RoomVoted => ("room-voted", ["choice"]),
    FollowMajority => ("follow-majority", []),
    NoVotesYet => ("no-votes-yet", []),
    EndSession => ("end-session", []),
    SessionSummary => ("session-summary", []),
    Covered => ("covered", ["done", "total"]),
    ExportCsv => ("export-csv", []),
    ExportCsvAnon => ("export-csv-anon", []),
    SavedTo => ("saved-to", ["path"]),
    ImportProgress => ("import-progress", []),
    ImportTip => ("import-tip", []),
    Learner => ("learner", []),
    ModulesPassed => ("modules-passed", []),
    TimeSpent => ("time-spent", []),
    MostMissed => ("most-missed", []),
    Question => ("question", []),
    ShareRight => ("share-right", []),
    Answers => ("answers", []),
    FromFile => ("from-file", []),
    ThisComputer => ("this-computer", []),
    NoLearners => ("no-learners", []),
    ImportAdded => ("import-added", ["name"]),
    ImportDuplicate => ("import-duplicate", ["name"]),
    ImportSameName => ("import-same-name", ["name"]),
    ImportRejected => ("import-rejected", ["file", "error"]),
    ImportNothing => ("import-nothing", []),
    Certificate => ("certificate", []),
    CertificateTip => ("certificate-tip", []),
    InstalledCourses => ("installed-courses", []),
    BundledCourse => ("bundled-course", []),
    InUse => ("in-use", []),
    UseCourse => ("use-course", []),
    ImportFolder => ("import-folder", []),
    ImportZip => ("import-zip", []),
    PackInvalid => ("pack-invalid", []),
    PackInstalled => ("pack-installed", ["course"]),
    RestartToApply => ("restart-to-apply", ["course"]),
    PerQuestion => ("per-question", []),
    PerLearner => ("per-learner", []),

    // Second edition: read aloud, sources, the check before a module, the class table, reloads.
    ReadAloud => ("read-aloud", []),
    ReadAloudTip => ("read-aloud-tip", []),
    StopReading => ("stop-reading", []),
    StopReadingTip => ("stop-reading-tip", []),
    ReadSlowly => ("read-slowly", []),
    ReadSlowlyTip => ("read-slowly-tip", []),
    NoVoice => ("no-voice", []),
    NoVoiceForLanguage => ("no-voice-for-language", []),
    CheckingVoice => ("checking-voice", []),

    // Printed material, from facilitator mode
    Printing => ("printing", []),
    PrintingTip => ("printing-tip", []),
    Paper => ("paper", []),
    PaperA4 => ("paper-a4", []),
    PaperLetter => ("paper-letter", []),
    PrintCountry => ("print-country", []),
    WholeRegion => ("whole-region", []),
    PrintHandout => ("print-button-handout", []),
    PrintQuiz => ("print-button-quiz", []),
    PrintAnswers => ("print-button-answers", []),
    PrintGuide => ("print-button-guide", []),
    PrintSaveTitle => ("print-save-title", []),
    Sources => ("sources", []),
    SourcesTip => ("sources-tip", []),
    PreCheckTitle => ("pre-check-title", []),
    PreCheckIntro => ("pre-check-intro", []),
    PreCheckStart => ("pre-check-start", []),
    PreCheckDone => ("pre-check-done", []),
    PreCheckScore => ("pre-check-score", ["right", "total"]),
    PreCheckNotATest => ("pre-check-not-a-test", []),
    StartLessons => ("start-lessons", []),
    FilterByName => ("filter-by-name", []),
    SortBy => ("sort-by", []),
    SortName => ("sort-name", []),
    SortPassed => ("sort-passed", []),
    SortGain => ("sort-gain", []),
    SortTime => ("sort-time", []),
    LearningGain => ("learning-gain", []),
    ScreenClosed => ("screen-closed", []),
    ExportXapi => ("export-xapi", []),
    ExportXapiTip => ("export-xapi-tip", []),
    ItemAnalysisIntro => ("item-analysis-intro", []),
    ItemLine => ("item-line", ["right", "total", "discrimination"]),
    FlagTooEasy => ("flag-too-easy", []),
    FlagConfusing => ("flag-confusing", []),
    FlagUnused => ("flag-unused", ["count"]),
    ClassGain => ("class-gain", ["points"]),
    CourseReloaded => ("course-reloaded", []),
    CourseReloadFailed => ("course-reload-failed", []),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(tag: &str) -> Words {
        let meta = CourseMeta::basic("t", crate::course::Text::en_es("T", "T"), &["en", "es"]);
        Words::new(Arc::new(Catalog::embedded()), tag, &meta)
    }

    #[test]
    fn every_message_exists_in_both_languages_with_its_variables() {
        for tag in ["en", "es"] {
            let w = words(tag);
            for s in S::ALL {
                assert!(
                    w.localizer().catalog().has_message(tag, s.key()),
                    "{tag} has no message {}",
                    s.key()
                );
                let dummies: Vec<String> = s.args().iter().map(|a| format!("<{a}>")).collect();
                let refs: Vec<&dyn Display> = dummies.iter().map(|d| d as &dyn Display).collect();
                let text = w.f(*s, &refs);
                assert!(!text.trim().is_empty(), "{tag} {} is empty", s.key());
                for d in &dummies {
                    assert!(
                        text.contains(d.as_str()),
                        "{tag} {} does not show {d}: {text}",
                        s.key()
                    );
                }
            }
        }
    }

    #[test]
    fn spanish_uses_tu_not_usted() {
        let w = words("es");
        for s in S::ALL {
            let es = w.f(*s, &[&"x", &"y", &"z"]).to_lowercase();
            for usted in [" usted", "su perfil", "podés", "tenés"] {
                assert!(!es.contains(usted), "{s:?} uses a form other than tú: {es}");
            }
        }
    }

    #[test]
    fn numbers_choose_plural_forms_and_text_stays_as_written() {
        let w = words("en");
        assert_eq!(w.f(S::Votes, &[&1]), "1 hand");
        assert_eq!(w.f(S::Votes, &[&3]), "3 hands");
        let es = words("es");
        assert_eq!(es.f(S::Votes, &[&1]), "1 mano");
        // A signed or zero-padded value is shown exactly as given.
        assert!(w.f(S::ItemLine, &[&3, &4, &"+0.35"]).contains("+0.35"));
        assert_eq!(arg("007"), Arg::Str("007".into()));
    }

    #[test]
    fn an_unknown_language_falls_back_to_english_per_message() {
        let w = words("quc");
        assert_eq!(w.t(S::Exit), "Exit");
    }
}
