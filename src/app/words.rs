//! Notices, messages and errors, worded in the language shown at the moment
//! they are drawn (so switching language rewords them too).

use super::cx::Cx;
use super::state::{Failure, Msg, Notice};
use super::strings::S;
use crate::i18n::errors;
use crate::progress::store::RecoveryProblem;

fn file_name(p: &std::path::Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

pub fn failure(cx: &Cx, f: &Failure) -> String {
    let detail = match f {
        Failure::Save(e) => errors::save_error(e, cx.l()),
        Failure::Profile(e) => errors::profile_error(e, cx.l()),
        // A PIN that could not be hashed: the library's own words.
        Failure::Pin(e) => e.to_string(),
        Failure::Pack(e) => errors::pack_error(e, cx.l()),
        Failure::Import(e) => errors::import_error(e, cx.l()),
        Failure::Report(e) => e.clone(),
    };
    cx.tf(S::ErrorPrefix, &[&detail])
}

/// A message after something the facilitator or learner did, drawn in the
/// accent colour and announced by screen readers (a polite live region).
pub fn show_msg(ui: &mut egui::Ui, cx: &Cx, m: &Msg) {
    let text = egui::RichText::new(msg(cx, m)).strong().color(cx.p.accent);
    let r = ui.add(egui::Label::new(text).wrap());
    super::widgets::live(ui, &r);
}

pub fn msg(cx: &Cx, m: &Msg) -> String {
    match m {
        Msg::Done => cx.t(S::Done).into(),
        Msg::WrongPin => cx.t(S::WrongPin).into(),
        Msg::NameTaken => cx.t(S::NameTaken).into(),
        Msg::NameInvalid => cx.t(S::NameInvalid).into(),
        Msg::PinInvalid => cx.t(S::PinInvalid).into(),
        Msg::Failed(f) => failure(cx, f),
        Msg::Exported(p) => cx.tf(S::Exported, &[&p.display()]),
        Msg::SavedTo(p) => cx.tf(S::SavedTo, &[&p.display()]),
        Msg::SavedTwo(a, b) => cx.tf(S::SavedTo, &[&format!("{} + {}", a.display(), b.display())]),
        Msg::PinWasReset(name) => cx.tf(S::PinWasReset, &[name]),
        Msg::PackInstalled(title) => cx.tf(S::PackInstalled, &[&cx.c(title)]),
        Msg::PackInvalid => cx.t(S::PackInvalid).into(),
        Msg::CourseSwitched(title) => cx.tf(S::RestartToApply, &[&cx.c(title)]),
        Msg::NoVotesYet => cx.t(S::NoVotesYet).into(),
        Msg::RoomVoted(choice) => cx.tf(S::RoomVoted, &[choice]),
        Msg::ImportNothing => cx.t(S::ImportNothing).into(),
        Msg::Imported(name) => cx.tf(S::ImportAdded, &[name]),
        Msg::ImportDuplicate(name) => cx.tf(S::ImportDuplicate, &[name]),
        Msg::ImportSameName(name) => cx.tf(S::ImportSameName, &[name]),
        Msg::ImportRejected { file, error } => cx.tf(
            S::ImportRejected,
            &[file, &errors::import_error(error, cx.l())],
        ),
    }
}

pub fn notice(cx: &Cx, n: &Notice) -> String {
    match n {
        Notice::DataNotWritable(e) => cx.tf(S::DataNotWritable, &[&errors::save_error(e, cx.l())]),
        Notice::SaveFailed(e) => cx.tf(S::SaveFailed, &[&errors::save_error(e, cx.l())]),
        Notice::ReadOnly => cx.t(S::ReadOnlyNotice).into(),
        Notice::ScreenClosed => cx.t(S::ScreenClosed).into(),
        Notice::Reloaded => cx.t(S::CourseReloaded).into(),
        Notice::ReloadFailed(diags) => {
            let mut s = cx.t(S::CourseReloadFailed).to_string();
            for d in diags.iter().take(5) {
                s.push_str(&format!(
                    "\n{}: {}",
                    d.location(),
                    crate::i18n::diag::message(d, cx.l())
                ));
            }
            if diags.len() > 5 {
                s.push_str(&format!("\n… +{}", diags.len() - 5));
            }
            s
        }
        Notice::Recovered(r) => match (&r.problem, r.restored_from) {
            (RecoveryProblem::Missing, Some(t)) => cx.tf(
                S::RecoveredMissing,
                &[&crate::progress::clock::local_datetime(t)],
            ),
            (_, Some(t)) => cx.tf(
                S::RecoveredFrom,
                &[&crate::progress::clock::local_datetime(t)],
            ),
            (_, None) => cx.tf(
                S::RecoveredNothing,
                &[&r.kept_as
                    .as_deref()
                    .map(file_name)
                    .unwrap_or_else(|| "-".into())],
            ),
        },
    }
}
