//! `glosa retrieve`, `glosa table` and `glosa search`: questions asked of a whole
//! project.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::CliError;
use super::project::open_indexed;
use crate::export::segments::{SegmentFormat, write_segments};
use crate::export::table::{write_table_csv, write_table_text};
use crate::model::TagId;
use crate::model::anchor::AnchorStatus;
use crate::model::attributes::{AttributeId, Condition};
use crate::session::project::{
    CooccurrenceMode, CountUnit, Project, SearchHit, SearchMode, SearchOptions, SearchResults, SegmentQuery,
};
use crate::workspace;

/// The filters every project question takes.
// Doc comments here are the `--help` text, where Markdown backticks would show.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Args)]
pub(super) struct Filters {
    /// Segments with this tag (repeat: any of them). A code includes its sub-codes.
    #[arg(long = "tag", value_name = "ID")]
    tags: Vec<String>,
    /// …and also with this tag (repeat: each of them).
    #[arg(long = "and", value_name = "ID")]
    and_tags: Vec<String>,
    /// …and not with this tag (repeat: none of them).
    #[arg(long = "not", value_name = "ID")]
    not_tags: Vec<String>,
    /// Tags stand for themselves only, not their sub-codes.
    #[arg(long)]
    exact_tags: bool,
    /// Only documents whose attributes pass: ATTRIBUTE=VALUE, or !=, <, <=, >, >= (repeat: all).
    #[arg(long = "where", value_name = "CONDITION")]
    conditions: Vec<String>,
    /// Only annotations by this author (repeat: any of them).
    #[arg(long = "author", value_name = "NAME")]
    authors: Vec<String>,
    /// Only annotations with this status (repeat: any of them).
    #[arg(long = "status", value_enum)]
    statuses: Vec<Status>,
}

/// An anchoring status, as named on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum Status {
    /// Found where stored, or exactly elsewhere.
    Anchored,
    /// Found approximately: needs review.
    Moved,
    /// Not found.
    Orphaned,
}

impl From<Status> for AnchorStatus {
    fn from(status: Status) -> Self {
        match status {
            Status::Anchored => Self::Anchored,
            Status::Moved => Self::Moved,
            Status::Orphaned => Self::Orphaned,
        }
    }
}

fn tag_ids(names: &[String]) -> Result<Vec<TagId>, CliError> {
    names
        .iter()
        .map(|t| {
            TagId::new(t).ok_or_else(|| CliError(format!("`{t}` is not a tag ID (lower-case letters, digits, -)")))
        })
        .collect()
}

impl Filters {
    fn query(&self) -> Result<SegmentQuery, CliError> {
        Ok(SegmentQuery {
            any_tags: tag_ids(&self.tags)?,
            all_tags: tag_ids(&self.and_tags)?,
            not_tags: tag_ids(&self.not_tags)?,
            exact_tags: self.exact_tags,
            conditions: self
                .conditions
                .iter()
                .map(|c| Condition::parse(c).map_err(|e| CliError(e.to_string())))
                .collect::<Result<_, _>>()?,
            authors: self.authors.clone(),
            statuses: self.statuses.iter().map(|s| (*s).into()).collect(),
            ..SegmentQuery::default()
        })
    }
}

/// Output format of `glosa retrieve`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum RetrieveFormat {
    /// RFC 4180 CSV, UTF-8, with the document and its attributes as columns.
    Csv,
    /// CSV for Microsoft Excel: UTF-8 with BOM, formulas neutralised.
    CsvExcel,
    /// A report grouped by tag and document.
    Markdown,
    /// One JSON object.
    Json,
    /// An Excel workbook with one sheet per tag (needs -o).
    Xlsx,
}

impl From<RetrieveFormat> for SegmentFormat {
    fn from(format: RetrieveFormat) -> Self {
        match format {
            RetrieveFormat::Csv => Self::Csv,
            RetrieveFormat::CsvExcel => Self::CsvExcel,
            RetrieveFormat::Markdown => Self::Markdown,
            RetrieveFormat::Json => Self::Json,
            RetrieveFormat::Xlsx => Self::Xlsx,
        }
    }
}

/// Writes `bytes` to `output` (refusing the project's own files) or to `out`.
fn emit(project: &Project, bytes: &[u8], output: Option<&Path>, out: &mut impl Write) -> Result<(), CliError> {
    match output {
        Some(path) => {
            if let Some(corpus) = project.corpus() {
                let protected = crate::persist::project::is_project_file(path)
                    || crate::session::paths::is_annotation_file(path)
                    || corpus.document_at(path).is_some()
                    || crate::session::paths::same_file(path, corpus.file());
                if protected {
                    return Err(CliError(format!(
                        "refusing to write over a project file, document or annotation file (choose another -o): {}",
                        path.display()
                    )));
                }
            }
            std::fs::write(path, bytes).map_err(|e| CliError(format!("cannot write ({e}): {}", path.display())))
        }
        None => match out.write_all(bytes).and_then(|()| out.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(CliError(format!("cannot write output: {e}"))),
        },
    }
}

pub(super) fn retrieve(
    project: &Path,
    filters: &Filters,
    format: RetrieveFormat,
    output: Option<&Path>,
    out: &mut impl Write,
) -> Result<ExitCode, CliError> {
    if format == RetrieveFormat::Xlsx && output.is_none() {
        return Err(CliError("an Excel workbook needs a file: add -o FILE.xlsx".to_owned()));
    }
    let query = filters.query()?;
    let project = open_indexed(project)?;
    let rows = project.retrieve(&query).map_err(|e| CliError(with_project(&e.to_string(), &project)))?;
    let description = query.describe();
    let Some(export) = project.segment_export(&rows, &description) else {
        return Err(CliError("no project".to_owned()));
    };
    let mut buffer = Vec::new();
    write_segments(&mut buffer, format.into(), &export).map_err(|e| CliError(format!("cannot export: {e}")))?;
    emit(&project, &buffer, output, out)?;
    Ok(ExitCode::SUCCESS)
}

/// `message` naming the project file last.
fn with_project(message: &str, project: &Project) -> String {
    match project.corpus() {
        Some(corpus) => format!("{message}: {}", corpus.file().display()),
        None => message.to_owned(),
    }
}

/// What `glosa table` counts in its columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum TableFormat {
    /// Aligned columns for reading.
    Text,
    /// RFC 4180 CSV.
    Csv,
    /// CSV for Excel (UTF-8 with BOM).
    CsvExcel,
}

/// The unit of a tag × attribute table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum Count {
    /// Coded segments.
    Segments,
    /// Documents with at least one coded segment.
    Documents,
}

/// When two tags co-occur.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum By {
    /// Their segments overlap.
    Overlap,
    /// Their segments are in the same paragraph.
    Paragraph,
}

/// `glosa table` arguments.
#[derive(Debug, Args)]
pub(super) struct TableArgs {
    /// The project: a folder or a *.glosa-project.ron file.
    project: PathBuf,
    /// Rows: `tag`.
    #[arg(long, default_value = "tag")]
    rows: String,
    /// Columns: an attribute ID (tag × attribute), or `tag` (co-occurrence).
    #[arg(long)]
    cols: String,
    /// Tag × attribute: count coded segments or documents.
    #[arg(long, value_enum, default_value_t = Count::Segments)]
    count: Count,
    /// Co-occurrence: overlapping segments or the same paragraph.
    #[arg(long, value_enum, default_value_t = By::Overlap)]
    by: By,
    #[command(flatten)]
    filters: Filters,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Text)]
    format: TableFormat,
    /// Write here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

impl TableArgs {
    /// Whether the output is for programs (CSV), written unescaped when it does
    /// not go to a terminal.
    pub(super) fn machine_output(&self) -> bool {
        self.format != TableFormat::Text
    }
}

impl SearchArgs {
    /// Whether the output is for programs (CSV, JSON), written unescaped when it
    /// does not go to a terminal.
    pub(super) fn machine_output(&self) -> bool {
        self.format != SearchFormat::Text
    }
}

pub(super) fn table(args: &TableArgs, out: &mut impl Write) -> Result<ExitCode, CliError> {
    if args.rows != "tag" {
        return Err(CliError(format!("--rows {}: rows are tags (--rows tag)", args.rows)));
    }
    let query = args.filters.query()?;
    let project = open_indexed(&args.project)?;
    let table = if args.cols == "tag" {
        let mode = match args.by {
            By::Overlap => CooccurrenceMode::Overlap,
            By::Paragraph => CooccurrenceMode::Paragraph,
        };
        project.cooccurrence_table(&query, mode)
    } else {
        let attribute = AttributeId::new(&args.cols)
            .ok_or_else(|| CliError(format!("`{}` is not an attribute ID or `tag`", args.cols)))?;
        let unit = match args.count {
            Count::Segments => CountUnit::Segments,
            Count::Documents => CountUnit::Documents,
        };
        project.tag_attribute_table(&query, &attribute, unit)
    }
    .map_err(|e| CliError(with_project(&e.to_string(), &project)))?;
    let mut buffer = Vec::new();
    match args.format {
        TableFormat::Text => write_table_text(&mut buffer, &table),
        TableFormat::Csv => write_table_csv(&mut buffer, &table, false),
        TableFormat::CsvExcel => write_table_csv(&mut buffer, &table, true),
    }
    .map_err(|e| CliError(format!("cannot write output: {e}")))?;
    emit(&project, &buffer, args.output.as_deref(), out)?;
    Ok(ExitCode::SUCCESS)
}

/// Output format of `glosa search`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum SearchFormat {
    /// Keyword in context, one hit per line.
    Text,
    /// CSV: document, paragraph, start, end, before, match, after.
    Csv,
    /// One JSON object.
    Json,
}

/// `glosa search` arguments.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // independent switches, as on the command line
pub(super) struct SearchArgs {
    /// The project: a folder or a *.glosa-project.ron file.
    project: PathBuf,
    /// What to find.
    query: String,
    /// The query is a regular expression (Rust regex syntax).
    #[arg(long, conflicts_with = "word")]
    regex: bool,
    /// Whole words only.
    #[arg(long)]
    word: bool,
    /// Letter case must match.
    #[arg(long)]
    match_case: bool,
    /// Accents must match.
    #[arg(long)]
    match_accents: bool,
    /// Only documents whose attributes pass (repeat: all).
    #[arg(long = "where", value_name = "CONDITION")]
    conditions: Vec<String>,
    /// Tag every hit with this tag, in your annotation file of each document (one undo step per
    /// file), and save.
    #[arg(long, value_name = "TAG")]
    code: Option<String>,
    /// Author of new annotations (default: $GLOSA_AUTHOR, else the OS user name).
    #[arg(long)]
    author: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
    format: SearchFormat,
}

pub(super) fn search(args: &SearchArgs, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let mut project = open_indexed(&args.project)?;
    let Some(corpus) = project.corpus() else {
        return Err(CliError("no project".to_owned()));
    };
    let conditions = args
        .conditions
        .iter()
        .map(|c| Condition::parse(c).and_then(|c| c.compile(corpus.attributes())))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| CliError(e.to_string()))?;
    let documents: Vec<usize> = (0..corpus.documents().len())
        .filter(|d| conditions.iter().all(|c| c.matches(corpus.value(*d, &c.attribute))))
        .collect();
    if documents.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let mode = if args.regex {
        SearchMode::Regex
    } else if args.word {
        SearchMode::WholeWord
    } else {
        SearchMode::Literal
    };
    let options = SearchOptions { mode, match_case: args.match_case, match_accents: args.match_accents };
    let results = project.search(&args.query, options, &documents).map_err(|e| CliError(e.to_string()))?;
    if results.truncated {
        eprintln!("glosa: warning: more than {} hits; only the first are listed", results.hits.len());
    }
    let keys: Vec<String> = corpus.documents().iter().map(|d| d.key.clone()).collect();
    let buffer = hits_output(args, &results, &keys)?;
    emit(&project, &buffer, None, out)?;
    if let Some(code) = &args.code {
        code_hits(&mut project, &results.hits, code, args.author.as_deref())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The hits of a search in the format asked for; `keys` are the documents' keys
/// by position in the project.
fn hits_output(args: &SearchArgs, results: &SearchResults, keys: &[String]) -> Result<Vec<u8>, CliError> {
    let key = |d: usize| keys.get(d).map_or("", String::as_str);
    let mut buffer = Vec::new();
    match args.format {
        SearchFormat::Text => {
            for hit in &results.hits {
                let _ = writeln!(
                    buffer,
                    "{}  ¶{}  {}[{}]{}",
                    key(hit.document),
                    hit.ordinal,
                    hit.before,
                    hit.matched,
                    hit.after
                );
            }
        }
        SearchFormat::Csv => {
            let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(&mut buffer);
            let io = |e: ::csv::Error| CliError(format!("cannot write output: {e}"));
            writer.write_record(["document", "paragraph", "start", "end", "before", "match", "after"]).map_err(io)?;
            for hit in &results.hits {
                writer
                    .write_record([
                        key(hit.document),
                        &format!("¶{}", hit.ordinal),
                        &hit.span.start.to_string(),
                        &hit.span.end.to_string(),
                        &hit.before,
                        &hit.matched,
                        &hit.after,
                    ])
                    .map_err(io)?;
            }
            writer.flush().map_err(|e| CliError(format!("cannot write output: {e}")))?;
        }
        SearchFormat::Json => {
            let hits: Vec<serde_json::Value> = results
                .hits
                .iter()
                .map(|h| {
                    serde_json::json!({
                        "document": key(h.document),
                        "paragraph": h.ordinal,
                        "start": h.span.start.0,
                        "end": h.span.end.0,
                        "before": h.before,
                        "match": h.matched,
                        "after": h.after,
                    })
                })
                .collect();
            let json = serde_json::json!({ "query": args.query, "count": hits.len(), "truncated": results.truncated, "hits": hits });
            serde_json::to_writer_pretty(&mut buffer, &json)
                .map_err(|e| CliError(format!("cannot write output: {e}")))?;
            buffer.push(b'\n');
        }
    }
    Ok(buffer)
}

/// `--code TAG`: tags every hit in the author's annotation file of its document
/// and saves those files.
fn code_hits(project: &mut Project, hits: &[SearchHit], code: &str, author: Option<&str>) -> Result<(), CliError> {
    let tag = TagId::new(code).ok_or_else(|| CliError(format!("`{code}` is not a tag ID")))?;
    let author = workspace::author(author);
    let report = project.autocode(hits, &tag, &author, workspace::now()).map_err(|e| CliError(e.to_string()))?;
    for skipped in &report.skipped {
        eprintln!("glosa: warning: {skipped}");
    }
    let mut saved = 0;
    for (id, _, _) in &report.sessions {
        if let Some(session) = project.get_mut(*id) {
            session.save().map_err(|e| CliError(e.to_string()))?;
            saved += 1;
        }
    }
    eprintln!(
        "glosa: tagged {} with {tag}: {}, {} existing, in {}",
        super::plural(report.added() + report.tagged(), "hit", "hits"),
        super::plural(report.added(), "new highlight", "new highlights"),
        report.tagged(),
        super::plural(saved, "annotation file", "annotation files")
    );
    Ok(())
}
