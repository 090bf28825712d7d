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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lessons = cli
        .lessons
        .clone()
        .unwrap_or_else(alerta::cli::default_lessons_dir);
    match cli.command.unwrap_or(Command::Run) {
        Command::Check { dir, json } => {
            let dir = dir.unwrap_or(lessons);
            let code = alerta::cli::check::run(
                &dir,
                json,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            );
            ExitCode::from(code as u8)
        }
        Command::Run => {
            let _ = cli.data_dir;
            match alerta::app::run(&lessons) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
