//! `alerta report` and `alerta merge`: the class report for scripts and for
//! machines without a screen.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::course::Course;
use crate::progress::DataDir;
use crate::progress::export::{self, MergeNote};
use crate::report::{ClassReport, Origin, write_csv_files};

fn print_summary(out: &mut dyn Write, report: &ClassReport) {
    let _ = writeln!(out, "{} learners", report.learners.len());
    for l in &report.learners {
        let _ = writeln!(
            out,
            "  {}: {} of {} modules passed, {} min",
            l.name,
            l.modules_passed,
            report.module_ids.len(),
            crate::report::minutes(l.total_seconds)
        );
    }
}

/// Writes both CSV files and prints a summary; returns `ok` or the error code.
fn write_and_summarise(
    report: ClassReport,
    course: &Course,
    csv: &Path,
    anonymised: bool,
    ok: i32,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match write_csv_files(&report, course, csv, anonymised, "en") {
        Ok((a, b)) => {
            let shown = if anonymised {
                report.anonymised()
            } else {
                report
            };
            print_summary(out, &shown);
            let _ = writeln!(out, "wrote {} and {}", a.display(), b.display());
            ok
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            2
        }
    }
}

/// Writes the class report for every profile in `data` (and files imported
/// into its class folder). Returns the exit code.
pub fn report(
    course: &Course,
    data: &DataDir,
    csv: &Path,
    anonymised: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let learners = crate::report::class_learners(course, data);
    let report = crate::report::build_owned(course, &learners);
    write_and_summarise(report, course, csv, anonymised, 0, out, err)
}

/// Merges exported progress files into one class report. Files that cannot be
/// used are reported and left out; the exit code is 1 if there were any.
pub fn merge(
    course: &Course,
    files: &[PathBuf],
    csv: &Path,
    anonymised: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let merged = export::merge_files(files, course);
    let mut rejected = 0;
    for n in &merged.notes {
        match n {
            MergeNote::Rejected { file, error } => {
                rejected += 1;
                let _ = writeln!(err, "{}: not used: {error}", file.display());
            }
            MergeNote::Duplicate { file, name, kept } => {
                let _ = writeln!(
                    err,
                    "{}: {name} appears more than once; using {}",
                    file.display(),
                    kept.display()
                );
            }
            MergeNote::SameName { file, name } => {
                let _ = writeln!(
                    err,
                    "{}: another learner is also called {name}; both kept",
                    file.display()
                );
            }
            MergeNote::Added { .. } => {}
        }
    }
    let refs: Vec<(Origin, &crate::progress::Progress)> = merged
        .learners
        .iter()
        .map(|(p, e)| (Origin::Imported(p.clone()), &e.progress))
        .collect();
    let report = ClassReport::build(course, &refs);
    write_and_summarise(
        report,
        course,
        csv,
        anonymised,
        if rejected > 0 { 1 } else { 0 },
        out,
        err,
    )
}
