//! Texts of the report module in the user's language: the certificate and
//! the class report's CSV headers (`cert-…`, `csv-…`, `answer-…`).

use crate::report::certificate::CertificateText;

use super::Localizer;

/// The certificate's fixed texts, for `certificate_pdf`'s layout.
pub fn certificate_text(l: &Localizer) -> CertificateText {
    CertificateText {
        title: l.t("cert-title"),
        certifies: l.t("cert-certifies"),
        completed: l.t("cert-completed"),
        completed_some: l.t("cert-completed-some"),
        modules_heading: l.t("cert-modules-heading"),
        date_label: l.t("cert-date-label"),
    }
}

/// The header row of the per-learner CSV, in the same columns as
/// `ClassReport::write_learners_csv`.
pub fn learners_csv_header(l: &Localizer, module_ids: &[String], anonymised: bool) -> Vec<String> {
    let mut h = vec![l.t("csv-learner")];
    if !anonymised {
        h.push(l.t("csv-source"));
    }
    h.push(l.t("csv-modules-passed"));
    h.push(l.t("csv-minutes-total"));
    for m in module_ids {
        let arg = [("module", m.into())];
        h.push(l.t_args("csv-module-best-score", &arg));
        h.push(l.t_args("csv-module-attempts", &arg));
        h.push(l.t_args("csv-module-minutes", &arg));
    }
    h.push(l.t("csv-most-missed"));
    h
}

/// The header row of the per-question CSV, in the same columns as
/// `ClassReport::write_questions_csv`.
pub fn questions_csv_header(l: &Localizer) -> Vec<String> {
    [
        "csv-module",
        "csv-question",
        "csv-prompt",
        "csv-answered",
        "csv-right-first-try",
        "csv-share-right",
    ]
    .iter()
    .map(|k| l.t(k))
    .collect()
}

/// "this computer", for the per-learner CSV's source column.
pub fn csv_this_computer(l: &Localizer) -> String {
    l.t("csv-this-computer")
}

/// "Learner 3", for anonymised reports (`number` starts at 1).
pub fn csv_anonymous_learner(l: &Localizer, number: usize) -> String {
    l.t_args("csv-anonymous-learner", &[("number", number.into())])
}

/// "True" or "False", as the presenter shows a true/false answer.
pub fn answer_bool(l: &Localizer, value: bool) -> String {
    l.t(if value { "answer-true" } else { "answer-false" })
}
