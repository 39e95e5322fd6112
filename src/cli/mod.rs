//! The `glosa` command line. `main` calls [`run`] and exits with its code:
//! 0 success, 1 problems found (later subcommands), 2 error.

mod paragraphs;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Glosa: annotate policy documents and tag passages by stakeholder group.
#[derive(Debug, Parser)]
#[command(name = "glosa", version, about, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List a document's paragraphs with their stable IDs.
    Paragraphs {
        /// The document: plain text (.txt or any text file) or Markdown (.md).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// Output format of `glosa paragraphs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One line per paragraph: `ID  ¶N  kind  first ~60 characters…`.
    Text,
    /// One JSON object with the document and its paragraphs.
    Json,
}

/// An error already worded for the user; printed once as `glosa: <message>`.
#[derive(Debug)]
pub struct CliError(pub String);

/// Parses `args` (including the program name) and runs the command, writing
/// results to `out`. Errors are printed to stderr as `glosa: <message>: <path>`.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>, out: &mut impl Write) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Paragraphs { file, format } => paragraphs::run(&file, format, out),
    };
    match result {
        Ok(code) => code,
        Err(CliError(message)) => {
            eprintln!("glosa: {message}");
            ExitCode::from(2)
        }
    }
}
