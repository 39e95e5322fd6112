//! The `glosa` command line. `main` calls [`run`] and exits with its code:
//! 0 success, 1 problems found (`check`: annotations moved or orphaned), 2 error.

mod annotate;
mod check;
mod export;
mod paragraphs;
mod project;
mod retrieve;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Glosa: annotate policy documents and tag passages by stakeholder group.
///
/// Without a command, `glosa [FILE] [--annotations FILE]` opens the desktop app on
/// a document, an annotation file (`*.glosa.ron`), a project (a folder or a
/// `*.glosa-project.ron` file), or on the bundled sample.
#[derive(Debug, Parser)]
#[command(name = "glosa", version, about, long_about, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

// Doc comments here are the `--help` text, where Markdown backticks would show.
#[allow(clippy::doc_markdown)]
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
    /// Add one annotation (a highlight with a tag and an optional note).
    #[command(group(clap::ArgGroup::new("target").required(true).args(["quote", "paragraph"])))]
    Annotate {
        /// The document.
        document: PathBuf,
        /// The annotation file (`*.glosa.ron`); created if it does not exist.
        #[arg(long)]
        annotations: PathBuf,
        /// Tag ID, e.g. `governments` or `civil-society`.
        #[arg(long)]
        tag: String,
        /// Highlight this text (as it appears in `glosa paragraphs --format json`).
        #[arg(long, conflicts_with_all = ["paragraph", "range"])]
        quote: Option<String>,
        /// With --quote: which occurrence, 1-based in document order.
        #[arg(long, default_value_t = 1, requires = "quote")]
        occurrence: usize,
        /// Highlight in this paragraph (its ID, e.g. `p-3f9a2c1e7b04`)…
        #[arg(long, requires = "range")]
        paragraph: Option<String>,
        /// …these code points: START..END (start inclusive, end exclusive).
        #[arg(long, value_parser = parse_range, requires = "paragraph")]
        range: Option<(usize, usize)>,
        /// A note on the highlight.
        #[arg(long)]
        note: Option<String>,
        /// Author name (default: $GLOSA_AUTHOR, else the OS user name).
        #[arg(long)]
        author: Option<String>,
    },
    /// Tag every match of a regular expression (QDA auto-coding). Running it again adds nothing.
    Autocode {
        /// The document.
        document: PathBuf,
        /// The annotation file; created if it does not exist.
        #[arg(long)]
        annotations: PathBuf,
        /// Tag ID.
        #[arg(long)]
        tag: String,
        /// Regular expression (Rust `regex` syntax; `(?i)` for case-insensitive).
        #[arg(long)]
        pattern: String,
        /// What to highlight around each match.
        #[arg(long, value_enum, default_value_t = annotate::Scope::Match)]
        scope: annotate::Scope,
        /// Author name (default: $GLOSA_AUTHOR, else the OS user name).
        #[arg(long)]
        author: Option<String>,
    },
    /// List every annotation with its status: anchored, moved (needs review) or orphaned.
    /// Exit 0 if all are anchored, 1 otherwise.
    Check {
        /// The annotation file.
        file: PathBuf,
        /// The document (default: the path stored in the annotation file).
        #[arg(long)]
        document: Option<PathBuf>,
        /// Save updated positions (orphans stay as they are).
        #[arg(long)]
        write: bool,
    },
    /// Export tagged excerpts from one or more annotation files.
    Export {
        /// Annotation files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum)]
        format: export::ExportFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Only these tags (repeatable).
        #[arg(long = "tag")]
        tags: Vec<String>,
    },
    /// Projects: a folder of documents with a shared codebook and document attributes.
    Project {
        #[command(subcommand)]
        action: project::ProjectAction,
    },
    /// Document attributes of a project, to and from CSV (one row per document).
    Attributes {
        #[command(subcommand)]
        action: project::AttributesAction,
    },
    /// Coded segments across a project's documents: by tag (and/or/not), attributes, author,
    /// status; exported with each document's attributes.
    Retrieve {
        /// The project: a folder or a *.glosa-project.ron file.
        project: PathBuf,
        #[command(flatten)]
        filters: retrieve::Filters,
        /// Output format.
        #[arg(long, value_enum, default_value_t = retrieve::RetrieveFormat::Csv)]
        format: retrieve::RetrieveFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Count tables of a project: tag × attribute (--cols ATTRIBUTE) or tag co-occurrence
    /// (--cols tag).
    Table(retrieve::TableArgs),
    /// Search every document of a project (literal, whole word or regex; keyword in context),
    /// and optionally tag the hits.
    Search(retrieve::SearchArgs),
}

/// Output format of `glosa paragraphs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One line per paragraph: `ID  ¶N  kind  first ~60 characters…`.
    Text,
    /// One JSON object with the document and its paragraphs.
    Json,
}

fn parse_range(text: &str) -> Result<(usize, usize), String> {
    let (start, end) = text.split_once("..").ok_or_else(|| format!("`{text}` is not START..END"))?;
    let number = |s: &str| s.trim().parse::<usize>().map_err(|_| format!("`{s}` is not a number"));
    Ok((number(start)?, number(end)?))
}

/// The subcommand names: a first argument that is none of these (or no argument)
/// starts the desktop app.
pub const SUBCOMMANDS: &[&str] = &[
    "paragraphs",
    "annotate",
    "autocode",
    "check",
    "export",
    "help",
    "project",
    "attributes",
    "retrieve",
    "table",
    "search",
];

/// Whether `args` (program name first) ask for the desktop app rather than a
/// command: no arguments, or a first argument that is a file, not a subcommand or
/// an option such as `--help`.
pub fn wants_gui(args: &[OsString]) -> bool {
    match args.get(1).and_then(|a| a.to_str()) {
        None => args.len() <= 1,
        Some(first) => !SUBCOMMANDS.contains(&first) && (!first.starts_with('-') || first == "--annotations"),
    }
}

/// The desktop app's command line: `glosa [FILE] [--annotations FILE]`.
#[derive(Debug, Parser)]
#[command(name = "glosa", version, about = "Open the Glosa desktop app")]
pub struct GuiArgs {
    /// A document (.txt, .md, …), an annotation file (.glosa.ron) or a project (a folder or a
    /// .glosa-project.ron file). Default: the bundled sample.
    pub file: Option<PathBuf>,
    /// The annotation file to use with the document (created on first save).
    #[arg(long)]
    pub annotations: Option<PathBuf>,
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
        Command::Annotate { document, annotations, tag, quote, occurrence, paragraph, range, note, author } => {
            let common = annotate::Common {
                document: &document,
                annotations: &annotations,
                tag: &tag,
                author: author.as_deref(),
            };
            let target = match (&quote, &paragraph, range) {
                (Some(quote), _, _) => annotate::Target::Quote { quote, occurrence },
                (None, Some(paragraph), Some((start, end))) => annotate::Target::Range { paragraph, start, end },
                _ => return usage_error("give --quote TEXT, or --paragraph ID with --range START..END"),
            };
            annotate::annotate(&common, &target, note.as_deref(), out)
        }
        Command::Autocode { document, annotations, tag, pattern, scope, author } => {
            let common = annotate::Common {
                document: &document,
                annotations: &annotations,
                tag: &tag,
                author: author.as_deref(),
            };
            annotate::autocode(&common, &pattern, scope, out)
        }
        Command::Check { file, document, write } => check::run(&file, document.as_deref(), write, out),
        Command::Export { files, format, output, tags } => export::run(&files, format, output.as_deref(), &tags, out),
        Command::Project { action } => project::project(action, out),
        Command::Attributes { action } => project::attributes(action, out),
        Command::Retrieve { project, filters, format, output } => {
            retrieve::retrieve(&project, &filters, format, output.as_deref(), out)
        }
        Command::Table(args) => retrieve::table(&args, out),
        Command::Search(args) => retrieve::search(&args, out),
    };
    match result {
        Ok(code) => code,
        Err(CliError(message)) => {
            eprintln!("glosa: {message}");
            ExitCode::from(2)
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("glosa: {message}");
    ExitCode::from(2)
}
