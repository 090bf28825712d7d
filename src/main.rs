use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Alerta: learn how traffickers recruit, offline.
#[derive(Parser)]
#[command(name = "alerta", version, about)]
struct Cli {
    /// Course folder to use (default: the bundled `lessons/`).
    #[arg(long, global = true, value_name = "DIR")]
    lessons: Option<PathBuf>,
    /// Where learner profiles are kept (default: `data/` beside the binary if it
    /// exists, otherwise the system's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the app (the default).
    Run,
    /// Check lesson files and report problems as `file:line:col: error: message`.
    Check {
        /// Course folder to check (default: the bundled `lessons/`).
        dir: Option<PathBuf>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Treat warnings (such as answer-key bias) as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Write the class report for the profiles in the data folder as CSV
    /// (`out.csv` per learner, `out-questions.csv` per question).
    Report {
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
        /// Replace names with "Learner 1", "Learner 2", …
        #[arg(long)]
        anonymised: bool,
    },
    /// Print a module as PDF: a handout, a quiz sheet, its answer key or a
    /// facilitator's guide.
    Handout(alerta::cli::handout::Args),
    /// Merge progress files exported by learners into one class report (CSV).
    Merge {
        #[arg(required = true, value_name = "FILES")]
        files: Vec<PathBuf>,
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
        #[arg(long)]
        anonymised: bool,
    },
}

fn load_course(dir: &std::path::Path) -> Result<alerta::course::Course, ExitCode> {
    match alerta::course::load_dir(dir) {
        Ok(l) => {
            for d in l.errors() {
                eprintln!("{d}");
            }
            Ok(l.course)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(ExitCode::from(2))
        }
    }
}

fn main() -> ExitCode {
    let _ = alerta::STARTED.set(std::time::Instant::now());
    let cli = Cli::parse();
    let lessons = cli
        .lessons
        .clone()
        .unwrap_or_else(alerta::cli::default_lessons_dir);
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = match cli.command.unwrap_or(Command::Run) {
        Command::Check { dir, json, strict } => alerta::cli::check::run(
            &dir.unwrap_or(lessons),
            alerta::cli::check::Options { json, strict },
            &mut out,
            &mut err,
        ),
        Command::Handout(args) => alerta::cli::handout::run(&lessons, &args, &mut out, &mut err),
        Command::Report { csv, anonymised } => {
            let course = match load_course(&lessons) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let data = alerta::progress::DataDir::resolve(cli.data_dir.as_deref());
            alerta::cli::report::report(&course, &data, &csv, anonymised, &mut out, &mut err)
        }
        Command::Merge {
            files,
            csv,
            anonymised,
        } => {
            let course = match load_course(&lessons) {
                Ok(c) => c,
                Err(code) => return code,
            };
            alerta::cli::report::merge(&course, &files, &csv, anonymised, &mut out, &mut err)
        }
        Command::Run => {
            drop((out, err));
            return match alerta::app::run(&lessons, cli.data_dir.as_deref()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e:#}");
                    ExitCode::FAILURE
                }
            };
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}
