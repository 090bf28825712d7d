//! Texts of the report module in the user's language: the class report's
//! CSV headers (`cert-…`, `csv-…`, `answer-…`).

use super::Localizer;

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
        h.push(l.t_args("csv-module-before", &arg));
        h.push(l.t_args("csv-module-after", &arg));
        h.push(l.t_args("csv-module-gain", &arg));
    }
    h.push(l.t("csv-average-gain"));
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
        "csv-discrimination",
        "csv-picks",
        "csv-flags",
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
