//! `alerta report` and `alerta merge`: the class report for scripts and for
//! machines without a screen.

use std::io::Write;
use std::path::PathBuf;

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

/// Where to write the report.
#[derive(Clone, Debug, Default)]
pub struct Outputs {
    /// The learners' CSV (the questions' CSV goes beside it).
    pub csv: Option<PathBuf>,
    /// xAPI statements.
    pub xapi: Option<PathBuf>,
    pub anonymised: bool,
}

/// Writes what was asked for and prints a summary; returns `ok` or the error code.
fn write_and_summarise(
    report: ClassReport,
    course: &Course,
    learners: &[&crate::progress::Progress],
    outputs: &Outputs,
    ok: i32,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let shown = if outputs.anonymised {
        report.anonymised()
    } else {
        report.clone()
    };
    print_summary(out, &shown);
    if let Some(csv) = &outputs.csv {
        match write_csv_files(&report, course, csv, outputs.anonymised, "en") {
            Ok((a, b)) => {
                let _ = writeln!(out, "wrote {} and {}", a.display(), b.display());
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                return 2;
            }
        }
    }
    if let Some(path) = &outputs.xapi {
        let bytes = crate::report::xapi::to_json(course, learners, outputs.anonymised);
        match crate::progress::store::atomic_write(path, &bytes, |f, b| f.write_all(b)) {
            Ok(()) => {
                let _ = writeln!(
                    out,
                    "wrote {} (xAPI {})",
                    path.display(),
                    crate::report::xapi::VERSION
                );
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                return 2;
            }
        }
    }
    ok
}

/// Writes the class report for every profile in `data` (and files imported
/// into its class folder). Returns the exit code.
pub fn report(
    course: &Course,
    data: &DataDir,
    outputs: &Outputs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let learners = crate::report::class_learners(course, data);
    let report = crate::report::build_owned(course, &learners);
    let refs: Vec<&crate::progress::Progress> = learners.iter().map(|(_, p)| p).collect();
    write_and_summarise(report, course, &refs, outputs, 0, out, err)
}

/// Merges exported progress files into one class report. Files that cannot be
/// used are reported and left out; the exit code is 1 if there were any.
pub fn merge(
    course: &Course,
    files: &[PathBuf],
    outputs: &Outputs,
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
    let progresses: Vec<&crate::progress::Progress> = refs.iter().map(|(_, p)| *p).collect();
    write_and_summarise(
        report,
        course,
        &progresses,
        outputs,
        if rejected > 0 { 1 } else { 0 },
        out,
        err,
    )
}
