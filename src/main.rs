// On Windows, a double-click opens the window with no console window beside
// it (the "windows" subsystem). The subcommands (`check`, `report`, …) then
// attach to the console of the terminal they were typed in, so they still
// print there. Debug builds keep the console, for panics and logs.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

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
    /// A folder of interface texts (`<tag>/alerta.ftl`) that adds languages or
    /// corrects messages, besides `assets/i18n/` next to the program.
    #[arg(long, global = true, value_name = "DIR")]
    i18n: Option<PathBuf>,
    /// Reload the lessons when a file changes (for authors; with `--lessons`).
    #[arg(long)]
    watch: bool,
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
        /// Language of the messages: en or es (default: the system's).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Write a small, valid, commented course to start from (course.ron,
    /// help.ron and one module with every block and question type).
    NewCourse {
        /// A new, empty folder.
        dir: PathBuf,
        /// The course's languages, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "en,es")]
        languages: Vec<String>,
    },
    /// Write the class report for the profiles in the data folder as CSV
    /// (`out.csv` per learner, `out-questions.csv` per question with item
    /// analysis) and/or as xAPI 1.0.3 statements for a Learning Record Store.
    #[command(group(clap::ArgGroup::new("out").required(true).multiple(true).args(["csv", "xapi"])))]
    Report {
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Write xAPI statements (a JSON array) to this file.
        #[arg(long, value_name = "FILE")]
        xapi: Option<PathBuf>,
        /// Replace names with "Learner 1", "Learner 2", …
        #[arg(long)]
        anonymised: bool,
    },
    /// Print a module as PDF: a handout, a quiz sheet, its answer key or a
    /// facilitator's guide.
    Handout(alerta::cli::handout::Args),
    /// Merge progress files exported by learners into one class report (CSV).
    ///
    /// A file that cannot be used (damaged, for another course or version, or
    /// with a learner id that is not allowed) is named on stderr and left out,
    /// nothing is written for it, and alerta exits with 1.
    #[command(group(clap::ArgGroup::new("out").required(true).multiple(true).args(["csv", "xapi"])))]
    Merge {
        #[arg(required = true, value_name = "FILES")]
        files: Vec<PathBuf>,
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Write xAPI statements (a JSON array) to this file.
        #[arg(long, value_name = "FILE")]
        xapi: Option<PathBuf>,
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

/// Windows, GUI subsystem: print to the terminal that started us, if any.
#[cfg(windows)]
fn attach_console() {
    // SAFETY: AttachConsole takes a process id and has no memory effects; it
    // fails harmlessly when there is no parent console (a double-click).
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(
            windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS,
        );
    }
}

fn main() -> ExitCode {
    let _ = alerta::STARTED.set(std::time::Instant::now());
    // Harmless for the window: started by a double-click there is no parent
    // console, and started from a terminal its messages go there.
    #[cfg(windows)]
    attach_console();
    let cli = Cli::parse();
    let mut ui_dirs = alerta::i18n::Catalog::dirs_beside_exe();
    ui_dirs.extend(cli.i18n.clone());
    alerta::i18n::set_dirs(ui_dirs);
    let lessons = cli
        .lessons
        .clone()
        .unwrap_or_else(alerta::cli::default_lessons_dir);
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let code = match cli.command.unwrap_or(Command::Run) {
        Command::Check {
            dir,
            json,
            strict,
            lang,
        } => alerta::cli::check::run(
            &dir.unwrap_or(lessons),
            alerta::cli::check::Options {
                json,
                strict,
                lang: lang.unwrap_or_else(alerta::cli::check::system_lang),
            },
            &mut out,
            &mut err,
        ),
        Command::Handout(args) => alerta::cli::handout::run(&lessons, &args, &mut out, &mut err),
        Command::NewCourse { dir, languages } => {
            alerta::cli::new_course::run(&dir, &languages, &mut out, &mut err)
        }
        Command::Report {
            csv,
            xapi,
            anonymised,
        } => {
            let course = match load_course(&lessons) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let data = alerta::progress::DataDir::resolve(cli.data_dir.as_deref());
            let outputs = alerta::cli::report::Outputs {
                csv,
                xapi,
                anonymised,
            };
            alerta::cli::report::report(&course, &data, &outputs, &mut out, &mut err)
        }
        Command::Merge {
            files,
            csv,
            xapi,
            anonymised,
        } => {
            let course = match load_course(&lessons) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let outputs = alerta::cli::report::Outputs {
                csv,
                xapi,
                anonymised,
            };
            alerta::cli::report::merge(&course, &files, &outputs, &mut out, &mut err)
        }
        Command::Run => {
            drop((out, err));
            return match alerta::app::run(&lessons, cli.data_dir.as_deref(), cli.watch) {
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
