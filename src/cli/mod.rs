//! The `glosa` command line. `main` calls [`run`] and exits with its code:
//! 0 success, 1 problems found (`check`: annotations moved or orphaned), 2 error.

mod agreement;
mod annotate;
mod check;
mod export;
mod import;
mod import_refi;
mod merge;
mod paragraphs;
mod project;
mod retrieve;
pub mod terminal;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
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

impl TeamCommand {
    fn run(self, out: &mut impl Write) -> Result<ExitCode, CliError> {
        match self {
            Self::Merge { files, output, document, retarget, drop_unknown_fields } => {
                let asked = merge::Asked { retarget, drop_unknown_fields };
                merge::merge(&files, &output, document.as_deref(), asked, out)
            }
            Self::Conflicts { file } => merge::list_conflicts(&file, out),
            Self::Resolve { file, id, take, take_all, drop_unknown_fields } => {
                let take = match take {
                    Some(n) if !take_all => merge::Take::One(n),
                    _ => merge::Take::All,
                };
                merge::resolve(&file, &id, take, drop_unknown_fields, out)
            }
            Self::MergeDriver { ancestor, ours, theirs, path, .. } => {
                merge::merge_driver(Some(&ancestor), &ours, &theirs, Some(&path), out)
            }
            Self::GitSetup { repo } => merge::git_setup(repo.as_deref().unwrap_or(Path::new(".")), out),
        }
    }
}

// Doc comments here are the `--help` text, where Markdown backticks would show.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
enum Command {
    /// List a document's paragraphs with their stable IDs.
    Paragraphs {
        /// The document: plain text (.txt or any text file), Markdown (.md), HTML
        /// (.html, .htm), Word (.docx), OpenDocument (.odt) or PDF (.pdf).
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
        /// Write into an annotation file made for another document that exists,
        /// which then belongs to this document (its annotations are re-anchored).
        #[arg(long)]
        retarget: bool,
        /// Save even though the annotation file has fields this Glosa does not
        /// know (written by a newer Glosa or another tool): they are dropped.
        #[arg(long)]
        drop_unknown_fields: bool,
    },
    /// Tag every match of a regular expression (QDA auto-coding). Running it again adds nothing.
    /// At most 100,000 hits per run: a pattern that matches more is refused before
    /// anything is written (narrow the pattern or widen the scope).
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
        /// Write into an annotation file made for another document that exists,
        /// which then belongs to this document (its annotations are re-anchored).
        #[arg(long)]
        retarget: bool,
        /// Save even though the annotation file has fields this Glosa does not
        /// know (written by a newer Glosa or another tool): they are dropped.
        #[arg(long)]
        drop_unknown_fields: bool,
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
        /// With --write and --document: save even though the file was made for
        /// another document that exists (the file then belongs to --document).
        #[arg(long)]
        retarget: bool,
        /// Save even though the annotation file has fields this Glosa does not
        /// know (written by a newer Glosa or another tool): they are dropped.
        #[arg(long)]
        drop_unknown_fields: bool,
        /// Follow the document path stored in the annotation file even if it is
        /// absolute or leads outside the annotation file's folder.
        #[arg(long)]
        allow_outside_folder: bool,
    },
    /// Export tagged excerpts from one or more annotation files.
    Export {
        /// Annotation files.
        #[arg(required_unless_present = "project", conflicts_with = "project")]
        files: Vec<PathBuf>,
        /// Export every annotation file of this project (a folder or a
        /// *.glosa-project.ron file); QDPX also has its documents' attributes and
        /// the codebook's hierarchy; JSON names a document by its `url` attribute.
        #[arg(long, value_name = "DIR")]
        project: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum)]
        format: export::ExportFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Only these tags (repeatable).
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// With --format json: the URL the documents are published under; each
        /// target's source is the document's file name resolved against it
        /// (default: the document's file: IRI).
        #[arg(long, value_name = "URI")]
        base_uri: Option<String>,
        /// Follow document paths stored in the annotation files even if they are
        /// absolute or lead outside the annotation file's folder.
        #[arg(long)]
        allow_outside_folder: bool,
    },
    /// Import annotations made elsewhere: W3C Web Annotation JSON (Glosa exports,
    /// Hypothesis API search results), placed on the document by quote and context;
    /// REFI-QDA projects (.qdpx, with --into DIR or --project DIR) and codebooks (.qdc, with --annotations).
    Import {
        /// The file to import (.json, .jsonld, .qdpx, .qdc).
        file: PathBuf,
        /// The document the annotations are on (default: the annotation file's
        /// document, or the one file the annotations' targets name).
        #[arg(long)]
        document: Option<PathBuf>,
        /// The annotation file to add them to (`*.glosa.ron`); created if missing.
        /// For a .qdc codebook: the annotation file whose tags receive the codes.
        #[arg(long)]
        annotations: Option<PathBuf>,
        /// For a REFI-QDA project (.qdpx): the folder to write each document's
        /// text and its annotation file into (created if missing).
        #[arg(long, value_name = "DIR", conflicts_with = "project")]
        into: Option<PathBuf>,
        /// For a REFI-QDA project (.qdpx): the Glosa project to import into (a folder,
        /// made a project if it is not one yet): documents, annotation files, codes
        /// into the codebook (with their hierarchy), variables into document attributes.
        #[arg(long, value_name = "DIR")]
        project: Option<PathBuf>,
        /// Author for annotations that name none (default: $GLOSA_AUTHOR, else the OS user name).
        #[arg(long)]
        author: Option<String>,
        /// Write into an annotation file made for another document that exists,
        /// which then belongs to --document (its annotations are re-anchored).
        #[arg(long)]
        retarget: bool,
        /// Save even though the annotation file has fields this Glosa does not
        /// know (written by a newer Glosa or another tool): they are dropped.
        #[arg(long)]
        drop_unknown_fields: bool,
        /// Follow the document path stored in the annotation file (or the `file:`
        /// IRI the imported annotations name) even if it is absolute or leads
        /// outside the file's folder.
        #[arg(long)]
        allow_outside_folder: bool,
    },
    /// Inter-coder agreement of the annotation files' authors: percent agreement, Cohen's
    /// and Fleiss' kappa and Krippendorff's alpha per code point, unitizing alpha_u and
    /// segment matching, per tag and overall, with the list of disagreements.
    Agreement {
        /// Annotation files (`*.glosa.ron`), usually one per coder.
        #[arg(required_unless_present = "project")]
        files: Vec<PathBuf>,
        /// Compare on this document (default: the document each file names).
        #[arg(long, conflicts_with = "project")]
        document: Option<PathBuf>,
        /// Also take every annotation file of this project (a folder or a *.glosa-project.ron file).
        #[arg(long)]
        project: Option<PathBuf>,
        /// Only these tags (repeatable).
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// Only these coders (annotation authors), in this order: comma-separated, or one
        /// per --coders (repeatable; for names with a comma, "Fernández, Lucía").
        #[arg(long)]
        coders: Vec<String>,
        /// Overlap of the longer segment needed for two segments to match: 0.9 or 90%.
        #[arg(long, default_value = "0.9", value_parser = agreement::parse_threshold)]
        threshold: crate::model::agreement::Threshold,
        /// Output format.
        #[arg(long, value_enum, default_value_t = agreement::AgreementFormat::Text)]
        format: agreement::AgreementFormat,
        /// Follow document paths stored in the annotation files even if they are
        /// absolute or lead outside the annotation file's folder.
        #[arg(long)]
        allow_outside_folder: bool,
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
    #[command(flatten)]
    Team(TeamCommand),
}

/// Output format of `glosa paragraphs`.
/// Team-work subcommands (issue 10), kept apart so other commands merge easily.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
enum TeamCommand {
    /// Merge colleagues' annotation files by ID: prints added, updated, unchanged,
    /// conflicts, re-anchored, orphaned; exits 0 when clean, 1 with conflicts (kept
    /// in the file), 2 on error.
    Merge {
        /// The annotation files; the first is yours (the report is relative to it).
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// Where to write the merge (may be one of the inputs).
        #[arg(short, long)]
        output: PathBuf,
        /// Re-anchor every file against this document first (when made on another version).
        #[arg(long)]
        document: Option<PathBuf>,
        /// Merge even files made for another document that exists: their
        /// annotations are re-anchored onto --document, or without it onto the
        /// first file's document.
        #[arg(long)]
        retarget: bool,
        /// Merge even though an annotation file has fields this Glosa does not
        /// know (written by a newer Glosa or another tool): they are dropped.
        #[arg(long)]
        drop_unknown_fields: bool,
    },
    /// List the conflicts in an annotation file, versions numbered from 1 (shown first).
    Conflicts {
        /// The annotation file.
        file: PathBuf,
    },
    /// Resolve a conflict: take version N, or keep every version as separate annotations.
    #[command(group(clap::ArgGroup::new("choice").required(true).args(["take", "take_all"])))]
    Resolve {
        /// The annotation file.
        file: PathBuf,
        /// The annotation's ID.
        id: String,
        /// Take version N (as `glosa conflicts` numbers them).
        #[arg(long)]
        take: Option<usize>,
        /// Keep all versions as separate annotations.
        #[arg(long)]
        take_all: bool,
        /// Save even though the annotation file has fields this Glosa does not
        /// know (written by a newer Glosa or another tool): they are dropped.
        #[arg(long)]
        drop_unknown_fields: bool,
    },
    /// git merge driver for *.glosa.ron: `glosa merge-driver %O %A %B %L %P`.
    MergeDriver {
        /// The common ancestor (%O): changes made outside Glosa are found against it.
        ancestor: PathBuf,
        /// Ours (%A): the merge is written here.
        ours: PathBuf,
        /// Theirs (%B).
        theirs: PathBuf,
        /// Conflict marker size (%L; unused).
        marker_size: String,
        /// The path in the work tree (%P), to find the document and to name the
        /// file in messages.
        path: PathBuf,
    },
    /// Set up a git repository to merge annotation files with Glosa.
    GitSetup {
        /// The repository (default: the current folder).
        repo: Option<PathBuf>,
    },
}

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
    "import",
    "agreement",
    "help",
    "project",
    "attributes",
    "retrieve",
    "table",
    "search",
    "merge",
    "conflicts",
    "resolve",
    "merge-driver",
    "git-setup",
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
    /// A document (.txt, .md, .html, .docx, .odt, .pdf), an annotation file (.glosa.ron) or a
    /// project (a folder or a .glosa-project.ron file). Default: the bundled sample.
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
#[allow(clippy::too_many_lines, reason = "one arm per command")]
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>, out: &mut impl Write) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    // What is meant to be read by people is always shown with control and bidi
    // characters escaped; machine formats (JSON, exports) only when they go to a
    // terminal rather than a file or a pipe.
    if let Err(CliError(message)) = refuse_unasked_writes(&cli.command) {
        return usage_error(&message);
    }
    let terminal = std::io::stdout().is_terminal();
    let mut safe = terminal::TerminalSafe::new(terminal::PipeWatch::new(&mut *out));
    let result = match cli.command {
        Command::Paragraphs { file, format } if format == Format::Text || terminal => {
            paragraphs::run(&file, format, &mut safe)
        }
        Command::Paragraphs { file, format } => paragraphs::run(&file, format, safe.get_mut()),
        Command::Annotate {
            document,
            annotations,
            tag,
            quote,
            occurrence,
            paragraph,
            range,
            note,
            author,
            retarget,
            drop_unknown_fields,
        } => {
            let common = annotate::Common {
                document: &document,
                annotations: &annotations,
                tag: &tag,
                author: author.as_deref(),
                retarget,
                drop_unknown_fields,
            };
            let target = match (&quote, &paragraph, range) {
                (Some(quote), _, _) => annotate::Target::Quote { quote, occurrence },
                (None, Some(paragraph), Some((start, end))) => annotate::Target::Range { paragraph, start, end },
                _ => return usage_error("give --quote TEXT, or --paragraph ID with --range START..END"),
            };
            annotate::annotate(&common, &target, note.as_deref(), &mut safe)
        }
        Command::Autocode { document, annotations, tag, pattern, scope, author, retarget, drop_unknown_fields } => {
            let common = annotate::Common {
                document: &document,
                annotations: &annotations,
                tag: &tag,
                author: author.as_deref(),
                retarget,
                drop_unknown_fields,
            };
            annotate::autocode(&common, &pattern, scope, &mut safe)
        }
        Command::Check { file, document, write, allow_outside_folder, .. } => {
            check::run(&file, document.as_deref(), write, allow_outside_folder, &mut safe)
        }
        Command::Export { files, project, format, output, tags, allow_outside_folder, base_uri } => {
            let options = export::Options {
                output: output.as_deref(),
                tags: &tags,
                allow_outside_folder,
                base_uri: base_uri.as_deref(),
                project: project.as_deref(),
            };
            if terminal && !format.escapes_itself() {
                export::run(&files, format, &options, &mut safe)
            } else {
                export::run(&files, format, &options, safe.get_mut())
            }
        }
        Command::Import { file, document, annotations, into, project, author, allow_outside_folder, .. } => {
            let targets = import::Targets {
                document: document.as_deref(),
                annotations: annotations.as_deref(),
                into: into.as_deref(),
                project: project.as_deref(),
                allow_outside_folder,
            };
            import::run(&file, &targets, author.as_deref(), &mut safe)
        }
        Command::Agreement { files, document, project, tags, coders, threshold, format, allow_outside_folder } => {
            let request = agreement::Request {
                files: &files,
                document: document.as_deref(),
                project: project.as_deref(),
                tags: &tags,
                coders: &coders,
                threshold,
                format,
                allow_outside_folder,
            };
            agreement::run(&request, &mut safe)
        }
        command @ (Command::Project { .. }
        | Command::Attributes { .. }
        | Command::Retrieve { .. }
        | Command::Table(_)
        | Command::Search(_)) => project_command(command, terminal, &mut safe),
        Command::Team(team) => team.run(&mut safe),
    };
    let flushed = safe.flush();
    if safe.get_mut().reader_gone() {
        // The reader closed the pipe (`glosa … | head -5`): it has what it wanted.
        return ExitCode::SUCCESS;
    }
    match (result, flushed) {
        (Ok(code), Ok(())) => code,
        (Ok(code), Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        (Ok(_), Err(e)) => usage_error(&format!("cannot write output: {e}")),
        (Err(CliError(message)), _) => usage_error(&message),
    }
}

/// The project commands (`project`, `attributes`, `retrieve`, `table`, `search`):
/// output for programs (CSV, JSON) is unescaped unless it goes to a terminal.
fn project_command<W: Write>(
    command: Command,
    terminal: bool,
    safe: &mut terminal::TerminalSafe<W>,
) -> Result<ExitCode, CliError> {
    match command {
        Command::Project { action } if terminal || !action.machine_output() => project::project(action, safe),
        Command::Project { action } => project::project(action, safe.get_mut()),
        Command::Attributes { action } if terminal || !action.machine_output() => project::attributes(action, safe),
        Command::Attributes { action } => project::attributes(action, safe.get_mut()),
        Command::Retrieve { project, filters, format, output } => {
            if terminal {
                retrieve::retrieve(&project, &filters, format, output.as_deref(), safe)
            } else {
                retrieve::retrieve(&project, &filters, format, output.as_deref(), safe.get_mut())
            }
        }
        Command::Table(args) if terminal || !args.machine_output() => retrieve::table(&args, safe),
        Command::Table(args) => retrieve::table(&args, safe.get_mut()),
        Command::Search(args) if terminal || !args.machine_output() => retrieve::search(&args, safe),
        Command::Search(args) => retrieve::search(&args, safe.get_mut()),
        _ => Err(CliError("not a project command".to_owned())),
    }
}

/// Prints `glosa: MESSAGE` on stderr, on one line with control characters escaped.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("glosa: {}", terminal::one_line(message));
    ExitCode::from(2)
}

/// `"{n} {one}"` or `"{n} {many}"`: "1 annotation", "2 annotations", "0 annotations".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Warns (one line on stderr) when annotations of `file` use tags missing from its
/// tag set: "N annotations use tags not in the file's tag set: a, b", with `then`
/// (what the command does about it) before the file name.
fn warn_about_undeclared_tags<'a>(
    tags: &crate::model::TagSet,
    annotations: impl IntoIterator<Item = &'a crate::model::Annotation>,
    then: &str,
    file: &Path,
) {
    let mut missing = std::collections::BTreeSet::new();
    let mut count = 0;
    for annotation in annotations {
        let mut any = false;
        for tag in annotation.tags.iter().filter(|t| tags.get(t).is_none()) {
            missing.insert(tag.as_str());
            any = true;
        }
        count += usize::from(any);
    }
    if count > 0 {
        let names: Vec<&str> = missing.into_iter().collect();
        eprintln!(
            "glosa: warning: {} {} tags not in the file's tag set: {}{then}: {}",
            plural(count, "annotation", "annotations"),
            if count == 1 { "uses" } else { "use" },
            terminal::one_line(&terminal::clip(&names.join(", "))),
            terminal::one_line(&file.display().to_string())
        );
    }
}

/// The checks before `check --write` and `import` write an annotation file: not
/// another existing document's file without `--retarget`, not dropping unknown
/// fields without `--drop-unknown-fields` (`annotate` and `autocode` check once
/// they have opened the file).
fn refuse_unasked_writes(command: &Command) -> Result<(), CliError> {
    match command {
        Command::Check { file, document, write: true, retarget, drop_unknown_fields, .. } => {
            if let Some(document) = document {
                refuse_other_document(file, document, *retarget)?;
            }
            refuse_unknown_fields_in(file, *drop_unknown_fields)
        }
        Command::Import { document, annotations: Some(annotations), retarget, drop_unknown_fields, .. } => {
            if let Some(document) = document {
                refuse_other_document(annotations, document, *retarget)?;
            }
            refuse_unknown_fields_in(annotations, *drop_unknown_fields)
        }
        _ => Ok(()),
    }
}

/// Refuses to write the annotation file `annotations` for `document` when the
/// file names another document that exists ([`crate::session::paths::Claim::Other`]):
/// `test.glosa.ron` made for `test.docx` is not silently moved to `test.pdf`.
/// `retarget` (`--retarget`) is the user's say-so; a file whose document is gone
/// (renamed or revised) is taken over as before.
///
/// # Errors
/// One line naming both documents and the annotation file.
fn refuse_other_document(annotations: &Path, document: &Path, retarget: bool) -> Result<(), CliError> {
    use crate::session::paths::{Claim, claim_of};
    match claim_of(annotations, document) {
        Claim::Other(named) if !retarget => Err(other_document_error(
            &named,
            document,
            "use another --annotations file, or pass --retarget to move it to this document",
            annotations,
        )),
        _ => Ok(()),
    }
}

/// The one line [`refuse_other_document`] and `merge --document` refuse with:
/// the annotation file `annotations` names `named`, an existing document other
/// than `document`; `hint` says what to do.
fn other_document_error(named: &Path, document: &Path, hint: &str, annotations: &Path) -> CliError {
    let named = named.strip_prefix(".").unwrap_or(named);
    CliError(format!(
        "the annotation file belongs to another document, {}, not {} ({hint}): {}",
        named.display(),
        document.display(),
        annotations.display()
    ))
}

/// Refuses to save an annotation file whose load `report` found fields this Glosa
/// does not know (saving would drop them), unless `drop` (`--drop-unknown-fields`).
///
/// # Errors
/// One line naming the fields, the flag and the file.
fn refuse_unknown_fields(
    report: &crate::persist::annotations::LoadReport,
    file: &Path,
    drop: bool,
) -> Result<(), CliError> {
    if drop || report.unknown_fields.is_empty() {
        return Ok(());
    }
    Err(CliError(format!(
        "the annotation file has fields this Glosa does not know, which saving would drop: {} \
         (pass --drop-unknown-fields to save anyway): {}",
        terminal::clip(&report.unknown_fields.join(", ")),
        file.display()
    )))
}

/// [`refuse_unknown_fields`] for the annotation file at `file`, read here; a
/// missing or unreadable file is left to the command (which says why).
fn refuse_unknown_fields_in(file: &Path, drop: bool) -> Result<(), CliError> {
    if drop || !file.is_file() {
        return Ok(());
    }
    match crate::persist::annotations::read(file) {
        Ok(loaded) => refuse_unknown_fields(&loaded.report, file, drop),
        Err(_) => Ok(()),
    }
}

/// Prints `glosa: note: MESSAGE` on stderr, on one line.
fn note(message: &str) {
    eprintln!("glosa: note: {}", terminal::one_line(message));
}

/// Prints one `glosa: warning: …: FILE` line on stderr per thing loading `file`
/// cut or renamed.
fn warn_about_loading(report: &crate::persist::annotations::LoadReport, file: &Path) {
    for message in report.messages() {
        eprintln!("glosa: warning: {}: {}", message, terminal::one_line(&file.display().to_string()));
    }
}

/// Opens an annotation file with its document for `check`: `document` if given,
/// else the stored path, followed outside the annotation file's folder only with
/// `allow_outside` (`--allow-outside-folder`).
fn open_annotations(
    file: &Path,
    document: Option<&Path>,
    allow_outside: bool,
) -> Result<crate::workspace::Workspace, CliError> {
    use crate::workspace::{DocumentAccess, Workspace, WorkspaceError};
    let access = match document {
        Some(path) => DocumentAccess::Chosen(path),
        None if allow_outside => DocumentAccess::Anywhere,
        None => DocumentAccess::InsideFolder,
    };
    let workspace = Workspace::open_annotations_checked(file, access).map_err(|e| match e {
        WorkspaceError::DocumentOutsideFolder { why, stored, .. } => {
            let hint = "give the document with --document, or pass --allow-outside-folder to follow the path";
            CliError(outside_folder_message(&why, &stored, hint, file))
        }
        other => CliError(other.to_string()),
    })?;
    warn_about_loading(workspace.load_report(), file);
    Ok(workspace)
}

/// Why a stored document path was not followed, and what to do (`hint`): one
/// line, ending with the annotation file.
fn outside_folder_message(
    why: &crate::persist::annotations::OutsideFolder,
    stored: &str,
    hint: &str,
    file: &Path,
) -> String {
    format!("{why} (“{}”), not opened ({hint}): {}", terminal::clip(stored), file.display())
}
