//! `glosa agreement FILE… [--document DOC | --project DIR] [--tag ID]…
//! [--coders A,B,…] [--threshold 0.9] [--format text|csv|json]`: inter-coder
//! agreement of the annotation files' authors.
//!
//! Each file is compared on the document it names (or on `--document`); files
//! whose documents have the same text (fingerprint) are one document.
//! `--project PROJECT` (a folder or a `*.glosa-project.ron` file) takes every
//! annotation file of the project, as the project layer finds them
//! ([`crate::session::project::Corpus::annotation_files`]: in the folder and its
//! sub-folders, e.g. each analyst's `annotations/NAME/`, and next to documents the
//! project file lists outside it).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Map, Value as Json, json};
use unicode_segmentation::UnicodeSegmentation;

use super::{CliError, terminal};
use crate::model::agreement::{
    self, Disagreement, DisagreementKind, DocumentInput, Exclusion, Measures, Options, PairResult, Passage, Report,
    Results, Source, TagResult, Threshold, Value,
};
use crate::model::{Document, TagId, TagSet};
use crate::persist::annotations::{self, AnnotationFile, EXTENSION};
use crate::persist::document::read_document;

/// Output formats of `glosa agreement`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum AgreementFormat {
    /// Tables per document and pooled, then the excluded annotations and the disagreements.
    Text,
    /// One row per document (or pooled) and tag, and per coder pair.
    Csv,
    /// Everything, with `null` and a `why` for undefined values.
    Json,
}

/// Graphemes of a quote shown in the text format.
const QUOTE_PREVIEW: usize = 60;

/// What the command was asked.
pub(super) struct Request<'a> {
    pub files: &'a [PathBuf],
    pub document: Option<&'a Path>,
    pub project: Option<&'a Path>,
    pub tags: &'a [String],
    pub coders: &'a [String],
    pub threshold: Threshold,
    pub format: AgreementFormat,
    /// `--allow-outside-folder`: follow stored document paths wherever they lead.
    pub allow_outside_folder: bool,
}

/// Parses `--threshold`: a fraction in (0, 1] such as `0.9`, or a percentage
/// such as `90%`. Thresholds are whole millionths (0.0001 %): a value below one
/// millionth, or with more decimals than that, is refused with the reason rather
/// than rounded silently.
pub(super) fn parse_threshold(text: &str) -> Result<Threshold, String> {
    let text = text.trim();
    let (number, scale) = match text.strip_suffix('%') {
        Some(percent) => (percent.trim(), 100.0),
        None => (text, 1.0),
    };
    let refused = || format!("`{text}` is not a threshold between 0 (exclusive) and 1, such as 0.9 or 90%");
    let fraction = number.parse::<f64>().ok().filter(|n| n.is_finite()).map(|n| n / scale).ok_or_else(refused)?;
    if fraction > 0.0 && fraction < 0.000_000_5 {
        return Err(format!("`{text}` is below the smallest threshold, 0.0001% (0.000001)"));
    }
    let threshold = Threshold::new(fraction).ok_or_else(refused)?;
    if (threshold.fraction() - fraction).abs() > 1e-12 {
        return Err(format!(
            "`{text}` has more decimals than a threshold keeps (whole millionths, 0.0001%): give {}% or {}",
            threshold.percent_text(),
            threshold.fraction()
        ));
    }
    Ok(threshold)
}

/// The coders `--coders` asks for, in order. Each value is one name if it is a
/// coder's whole name ("Fernández, Lucía"), else a comma-separated list in which
/// neighbours joined with their commas are one name when that is a coder's name
/// (`Fernández, Lucía,Smith, J.` is two coders when both are in `known`); a name
/// in none of the files is kept as given, for the "no annotations by" error.
///
/// # Errors
/// An empty name (`--coders ,Ana`, `--coders ""`).
fn chosen_coders(values: &[String], known: &BTreeSet<String>) -> Result<Vec<String>, CliError> {
    let mut chosen = Vec::new();
    for value in values {
        let whole = value.trim();
        let empty = || {
            CliError(format!(
                "--coders `{}` has an empty name: give names separated by commas, or one name per --coders",
                terminal::clip(value)
            ))
        };
        if whole.is_empty() {
            return Err(empty());
        }
        if known.contains(whole) {
            chosen.push(whole.to_owned());
            continue;
        }
        let pieces: Vec<&str> = value.split(',').collect();
        if pieces.iter().any(|p| p.trim().is_empty()) {
            return Err(empty());
        }
        let mut i = 0;
        while i < pieces.len() {
            let end = (i + 2..=pieces.len()).rev().find(|&j| known.contains(pieces[i..j].join(",").trim()));
            let end = end.unwrap_or(i + 1);
            chosen.push(pieces[i..end].join(",").trim().to_owned());
            i = end;
        }
    }
    Ok(chosen)
}

/// A document read, with the path it was read from.
struct ReadDocument {
    path: PathBuf,
    doc: Document,
}

/// An annotation file read, with the document it is compared on.
struct Loaded {
    path: PathBuf,
    file: AnnotationFile,
    /// Index into the documents read.
    document: usize,
}

/// Prints `glosa: warning: MESSAGE` on stderr, on one line.
fn warn(message: &str) {
    eprintln!("glosa: warning: {}", terminal::one_line(message));
}

pub(super) fn run(request: &Request<'_>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let (paths, given, project_documents) = input_files(request.files, request.project)?;
    let mut tag_filter: Vec<TagId> = Vec::new();
    for t in request.tags {
        let tag =
            TagId::new(t).ok_or_else(|| CliError(format!("`{t}` is not a tag ID (lower-case letters, digits, -)")))?;
        // `--tag a --tag a` is one row, and counts once in the overall figures.
        if !tag_filter.contains(&tag) {
            tag_filter.push(tag);
        }
    }
    let sources = Sources { given, project: request.project.is_some(), project_documents: &project_documents };
    let (loaded, documents) = load(&paths, request.document, request.allow_outside_folder, &sources)?;
    let read: Vec<PathBuf> = loaded.iter().map(|l| l.path.clone()).collect();
    for item in loaded.iter().filter(|l| l.file.annotations.is_empty()) {
        warn(&format!("{} has no annotations: it adds no coder", item.path.display()));
    }
    for tag in &tag_filter {
        let known = loaded
            .iter()
            .any(|l| l.file.tags.get(tag).is_some() || l.file.annotations.iter().any(|a| a.tags.contains(tag)));
        if !known {
            let files = match read.len() {
                1 => "the annotation file".to_owned(),
                n => format!("any of the {n} annotation files"),
            };
            return Err(CliError(format!("no tag `{tag}` in {files}: {}", searched(&read))));
        }
    }
    // Documents with the same text are one document.
    let mut groups: Vec<(usize, Vec<&Loaded>)> = Vec::new();
    let mut by_fingerprint: HashMap<&str, usize> = HashMap::new();
    for item in &loaded {
        let doc = &documents[item.document].doc;
        let group = *by_fingerprint.entry(doc.fingerprint().as_str()).or_insert_with(|| {
            groups.push((item.document, Vec::new()));
            groups.len() - 1
        });
        groups[group].1.push(item);
    }
    let names: Vec<Vec<String>> =
        groups.iter().map(|(_, files)| files.iter().map(|l| l.path.display().to_string()).collect()).collect();
    let document_names: Vec<String> =
        groups.iter().map(|(d, _)| tidy(&documents[*d].path).display().to_string()).collect();
    let inputs: Vec<DocumentInput<'_>> = groups
        .iter()
        .zip(&names)
        .zip(&document_names)
        .map(|(((document, files), names), name)| DocumentInput {
            document: &documents[*document].doc,
            name,
            sources: files
                .iter()
                .zip(names)
                .map(|(l, name)| Source { name, annotations: &l.file.annotations })
                .collect(),
        })
        .collect();
    // The author aliases of every file read (a merge would take their union too):
    // the names one person wrote under are one coder.
    let pairs: BTreeSet<(String, String)> =
        loaded.iter().flat_map(|l| l.file.versions.author_aliases.iter().cloned()).collect();
    let aliases = crate::model::authors::People::from_aliases(&pairs).coder_aliases();
    let known: BTreeSet<String> =
        loaded.iter().flat_map(|l| l.file.annotations.iter().map(|a| aliases.coder_of(&a.author).to_owned())).collect();
    let coders = chosen_coders(request.coders, &known)?;
    if let Some((i, coder)) = coders.iter().enumerate().find(|(i, c)| coders[..*i].contains(c)) {
        return Err(CliError(format!(
            "--coders names `{}` twice (as coder {} and {}); a coder cannot be compared with herself",
            terminal::clip(coder),
            coders.iter().position(|c| c == coder).map_or(0, |p| p + 1),
            i + 1
        )));
    }
    let chose_coders = !coders.is_empty();
    let options = Options { tags: tag_filter, coders, threshold: request.threshold, aliases };
    let report = agreement::compare(&inputs, &options).map_err(|e| {
        // Name the files searched, so the user sees where the coder was looked for.
        if matches!(e, agreement::AgreementError::UnknownCoder { .. }) {
            CliError(format!("{e}; searched: {}", searched(&read)))
        } else {
            CliError(e.to_string())
        }
    })?;
    if report.coders.len() < 2 {
        super::note(&match report.coders.first() {
            None => "every value is undefined: no file has annotations, so there are no coders".to_owned(),
            Some(one) if chose_coders => {
                format!("every value is undefined: --coders chose one coder ({one}); agreement needs two")
            }
            Some(one) => format!("every value is undefined: only one coder ({one}) has annotations in these files"),
        });
    }
    let codebooks: Vec<&TagSet> = loaded.iter().map(|l| &l.file.tags).collect();
    let order = display_order(&report, &codebooks);
    let written = match request.format {
        AgreementFormat::Text => write_text(&report, &order, out),
        AgreementFormat::Csv => write_csv(&report, &order, out),
        AgreementFormat::Json => write_json(&report, out),
    };
    match written {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(CliError(format!("cannot write output: {e}"))),
    }
}

/// The files in `paths` for a message: up to three, then how many more.
fn searched(paths: &[PathBuf]) -> String {
    let mut names: Vec<String> =
        paths.iter().take(3).map(|p| terminal::one_line(&p.display().to_string()).into_owned()).collect();
    if paths.len() > 3 {
        names.push(format!("and {} more", paths.len() - 3));
    }
    names.join(", ")
}

/// The files given, plus every annotation file of the project (see the module
/// docs); each file once, those given first. Also how many were given (the rest
/// come from the project) and the project's documents (canonical paths): the
/// user chose the project, so its files may name them wherever they are.
fn input_files(files: &[PathBuf], project: Option<&Path>) -> Result<(Vec<PathBuf>, usize, Vec<PathBuf>), CliError> {
    let mut seen = std::collections::HashSet::new();
    let mut once = |p: &PathBuf| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()));
    let mut paths: Vec<PathBuf> = files.iter().filter(|p| once(p)).cloned().collect();
    let given = paths.len();
    let mut documents = Vec::new();
    if let Some(project) = project {
        let corpus = crate::session::project::Corpus::open(project).map_err(|e| CliError(e.to_string()))?;
        documents = corpus.documents().iter().filter_map(|d| std::fs::canonicalize(&d.path).ok()).collect();
        let mut found = corpus.annotation_files().to_vec();
        if found.is_empty() {
            return Err(CliError(format!(
                "no annotation files (*{EXTENSION}) in the project folder: {}",
                corpus.root().display()
            )));
        }
        found.sort();
        paths.extend(found.into_iter().filter(|p| once(p)));
    }
    if paths.is_empty() {
        return Err(CliError("give annotation files, or --project DIR".to_owned()));
    }
    Ok((paths, given, documents))
}

/// Where the annotation files come from, for [`load`].
struct Sources<'a> {
    /// The first `given` files were named on the command line: one that cannot
    /// be read is an error. The others were found in the project: one that cannot
    /// be read is left out with a warning.
    given: usize,
    /// Whether `--project` was given (it rules out `--document`).
    project: bool,
    /// The project's documents (canonical paths).
    project_documents: &'a [PathBuf],
}

/// The documents read so far, each once.
#[derive(Default)]
struct Documents {
    read: Vec<ReadDocument>,
    by_path: HashMap<PathBuf, usize>,
}

impl Documents {
    /// The index of the document at `path`, read now if it was not yet;
    /// `annotations` is the annotation file naming it, for the error.
    fn read(&mut self, path: &Path, annotations: Option<&Path>) -> Result<usize, CliError> {
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        if let Some(&index) = self.by_path.get(&key) {
            return Ok(index);
        }
        let doc = read_document(path).map_err(|e| match annotations {
            Some(file) => CliError(format!(
                "cannot open the document that {} annotates ({e}): {}",
                file.display(),
                path.display()
            )),
            None => CliError(format!("cannot open document ({e}): {}", path.display())),
        })?;
        self.read.push(ReadDocument { path: path.to_owned(), doc });
        self.by_path.insert(key, self.read.len() - 1);
        Ok(self.read.len() - 1)
    }
}

/// Reads every annotation file and the documents they name (each document once),
/// printing on stderr what `check` prints about a file (what loading cut or
/// renamed, such as a duplicate annotation ID; tags missing from the file's tag
/// set). A stored document path is followed only inside the annotation file's
/// folder tree, unless `allow_outside` (`--allow-outside-folder`): a colleague's
/// file may name `/etc/passwd` or `../../x` (issue 7 §4). A document of the
/// project (`sources.project_documents`, canonical paths) is followed from
/// anywhere: a project's `annotations/NAME/` files name theirs with `../../`.
/// A project's file that cannot be read, or whose document cannot be, is left
/// out with a one-line warning naming it.
fn load(
    paths: &[PathBuf],
    document: Option<&Path>,
    allow_outside: bool,
    sources: &Sources<'_>,
) -> Result<(Vec<Loaded>, Vec<ReadDocument>), CliError> {
    let mut documents = Documents::default();
    let given = document.map(|d| documents.read(d, None)).transpose()?;
    let hint = if sources.project {
        "pass --allow-outside-folder to follow the path, or add the document to the project"
    } else {
        "give the document with --document, or pass --allow-outside-folder to follow the path"
    };
    let mut one = |path: &PathBuf| -> Result<(Loaded, annotations::LoadReport), CliError> {
        let read = annotations::read(path).map_err(|e| CliError(annotations::load_error_message(&e, path)))?;
        let file = read.file;
        let index = match given {
            Some(index) => index,
            None if allow_outside => documents.read(&file.document.resolve(path), Some(path))?,
            None => {
                let in_project = std::fs::canonicalize(file.document.resolve(path))
                    .ok()
                    .filter(|resolved| sources.project_documents.contains(resolved));
                let stored = match in_project {
                    Some(resolved) => resolved,
                    None => crate::persist::project::resolve_in_project(&file.document, path).map_err(|why| {
                        CliError(super::outside_folder_message(&why, &file.document.path, hint, path))
                    })?,
                };
                documents.read(&stored, Some(path))?
            }
        };
        Ok((Loaded { path: path.clone(), file, document: index }, read.report))
    };
    let mut loaded = Vec::with_capacity(paths.len());
    for (i, path) in paths.iter().enumerate() {
        match one(path) {
            Ok((item, report)) => {
                super::warn_about_loading(&report, path);
                super::warn_about_undeclared_tags(&item.file.tags, &item.file.annotations, "", path);
                loaded.push(item);
            }
            Err(CliError(why)) if i >= sources.given => warn(&format!("left out: {why}")),
            Err(e) => return Err(e),
        }
    }
    if loaded.is_empty() {
        return Err(CliError(format!(
            "none of the project's {} could be used (see the warnings above)",
            super::plural(paths.len(), "annotation file", "annotation files")
        )));
    }
    Ok((loaded, documents.read))
}

/// Indices into `report.tags` in codebook order (the first file's tag set, then
/// the others'), tags no codebook knows last.
fn display_order(report: &Report, codebooks: &[&TagSet]) -> Vec<usize> {
    let mut rank: BTreeMap<&TagId, usize> = BTreeMap::new();
    for tag in codebooks.iter().flat_map(|set| set.tags()) {
        let next = rank.len();
        rank.entry(&tag.id).or_insert(next);
    }
    let mut order: Vec<usize> = (0..report.tags.len()).collect();
    order.sort_by_key(|&i| (rank.get(&report.tags[i]).copied().unwrap_or(usize::MAX), i));
    order
}

// --- text ---

fn fixed(value: Value) -> String {
    value.get().map_or_else(|| "–".to_owned(), crate::export::agreement::three_decimals)
}

fn preview(quote: &str) -> String {
    let flat = quote.replace('\n', " ¶ ");
    let shown: String = flat.graphemes(true).take(QUOTE_PREVIEW).collect();
    if shown.len() < flat.len() { format!("{shown}…") } else { shown }
}

fn write_text(report: &Report, order: &[usize], out: &mut impl Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    let names =
        if report.coders.is_empty() { String::new() } else { format!(" ({})", agreement::coder_list(&report.coders)) };
    writeln!(
        out,
        "Agreement of {}{names} on {}; segments match at {}% overlap of the longer",
        super::plural(report.coders.len(), "coder", "coders"),
        super::plural(report.documents.len(), "document", "documents"),
        report.threshold.percent_text(),
    )?;
    for document in &report.documents {
        writeln!(out)?;
        writeln!(
            out,
            "{} — {} ({}, {})",
            document.title,
            document.name,
            super::plural(document.paragraphs, "paragraph", "paragraphs"),
            super::plural(document.results.code_points, "code point", "code points")
        )?;
        write_table(&mut out, report, &document.results, order)?;
    }
    if report.documents.len() > 1 {
        let pooled = report.documents.iter().filter(|d| d.pooled).count();
        writeln!(out)?;
        writeln!(
            out,
            "Pooled over the {} all coders coded ({})",
            super::plural(pooled, "document", "documents"),
            super::plural(report.pooled.code_points, "code point", "code points")
        )?;
        write_table(&mut out, report, &report.pooled, order)?;
    }
    if !report.excluded.is_empty() {
        writeln!(out)?;
        writeln!(out, "Excluded ({}):", report.excluded.len())?;
        for excluded in &report.excluded {
            let document = &report.documents[excluded.document].name;
            match (&excluded.source, &excluded.annotation) {
                (Some(source), Some(id)) => writeln!(
                    out,
                    "  {source}  {id}  {}  {}  “{}”",
                    excluded.coder.as_deref().unwrap_or_default(),
                    excluded.reason,
                    preview(&excluded.quote)
                )?,
                _ => writeln!(out, "  {document}  {}", excluded.reason)?,
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "Disagreements ({}):", report.disagreements.len())?;
    for d in &report.disagreements {
        write_disagreement(&mut out, report, &d)?;
    }
    out.flush()
}

/// One table: a row per tag and the overall row; for three or more coders also a
/// row per coder pair (all tags); then why values are undefined.
fn write_table(out: &mut impl Write, report: &Report, results: &Results, order: &[usize]) -> std::io::Result<()> {
    let coders: Vec<&str> = results.coders.iter().map(|&c| report.coders[c].as_str()).collect();
    let three_or_more = coders.len() >= 3;
    let kappa = if three_or_more { "Fleiss κ" } else { "Cohen κ" };
    let tag_width = order.iter().map(|&i| report.tags[i].as_str().chars().count()).max().unwrap_or(0).max(12);
    writeln!(
        out,
        "  {:<tag_width$}  {:>12}  {:>7}  {kappa:>8}  {:>8}  {:>7}  {:>8}",
        "tag", "units", "percent", "α (char)", "α_u", "segments"
    )?;
    let mut undefined: Vec<(String, &'static str, agreement::Undefined)> = Vec::new();
    let mut row = |out: &mut dyn Write, label: &str, units: String, m: &Measures| -> std::io::Result<()> {
        let kappa_value = if three_or_more { m.fleiss_kappa } else { m.cohen_kappa };
        writeln!(
            out,
            "  {label:<tag_width$}  {units:>12}  {:>7}  {:>8}  {:>8}  {:>7}  {:>8}",
            fixed(m.percent),
            fixed(kappa_value),
            fixed(m.krippendorff_alpha),
            fixed(m.alpha_u),
            fixed(m.segments_matched)
        )?;
        let named = [
            ("percent", m.percent),
            (if three_or_more { "Fleiss κ" } else { "Cohen κ" }, kappa_value),
            ("α", m.krippendorff_alpha),
            ("α_u", m.alpha_u),
            ("segments", m.segments_matched),
        ];
        for (name, value) in named {
            if let Some(why) = value.why() {
                undefined.push((label.to_owned(), name, why));
            }
        }
        Ok(())
    };
    for &i in order {
        let tag: &TagResult = &results.tags[i];
        let units = tag.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(" / ");
        row(out, tag.tag.as_str(), units, &tag.measures)?;
    }
    row(out, "overall", String::new(), &results.overall)?;
    if three_or_more {
        writeln!(out, "  coder pairs, all tags:  percent  Cohen κ  α_u  segments")?;
        for pair in &results.overall_pairs {
            write_pair(out, report, pair)?;
        }
    }
    write_undefined(out, &undefined, order.len() + 1)
}

/// One line per reason for the `–` in a table: the rows and measures it leaves
/// undefined ("every value" when it is all of them, a row's name alone when it is
/// the whole row).
fn write_undefined(
    out: &mut impl Write,
    undefined: &[(String, &'static str, agreement::Undefined)],
    rows: usize,
) -> std::io::Result<()> {
    const MEASURES: usize = 5;
    let mut by_reason: BTreeMap<&'static str, Vec<(&str, Vec<&str>)>> = BTreeMap::new();
    for (label, name, why) in undefined {
        let entries = by_reason.entry(why.reason()).or_default();
        match entries.last_mut() {
            Some((last, names)) if *last == label.as_str() => names.push(name),
            _ => entries.push((label.as_str(), vec![name])),
        }
    }
    for (reason, entries) in by_reason {
        let whole_rows = entries.iter().filter(|(_, names)| names.len() == MEASURES).count();
        let place = if whole_rows == rows {
            "every value".to_owned()
        } else {
            let parts: Vec<String> = entries
                .iter()
                .map(|(label, names)| {
                    if names.len() == MEASURES {
                        (*label).to_owned()
                    } else {
                        format!("{label} ({})", names.join(", "))
                    }
                })
                .collect();
            parts.join("; ")
        };
        writeln!(out, "  – {reason}: {place}")?;
    }
    Ok(())
}

/// `path` with `folder/..` pairs removed, for display (the file system is not asked).
fn tidy(path: &Path) -> PathBuf {
    let mut tidy = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir
                if matches!(tidy.components().next_back(), Some(std::path::Component::Normal(_))) =>
            {
                tidy.pop();
            }
            std::path::Component::CurDir => {}
            other => tidy.push(other),
        }
    }
    tidy
}

fn write_pair(out: &mut impl Write, report: &Report, pair: &PairResult) -> std::io::Result<()> {
    writeln!(
        out,
        "    {} – {}:  {}  {}  {}  {}",
        report.coders[pair.first],
        report.coders[pair.second],
        fixed(pair.percent),
        fixed(pair.cohen_kappa),
        fixed(pair.alpha_u),
        fixed(pair.segments_matched)
    )
}

fn write_disagreement(out: &mut impl Write, report: &Report, d: &Disagreement) -> std::io::Result<()> {
    let place = |p: &Passage| p.place();
    let coder = &report.coders[d.coder];
    let other = &report.coders[d.other_coder];
    let document =
        if report.documents.len() > 1 { format!("{}  ", report.documents[d.document].title) } else { String::new() };
    let what = match d.kind {
        DisagreementKind::Boundaries => "boundaries differ",
        DisagreementKind::DifferentTags => "different tags",
        DisagreementKind::OneCoderOnly => "one coder only",
    };
    writeln!(out, "  {document}{}  {what}", place(&d.passage))?;
    writeln!(out, "    {coder}: {}  “{}”", d.tag, preview(&d.passage.quote))?;
    match &d.other {
        Some((tag, passage)) => writeln!(out, "    {other}: {tag}  {}  “{}”", place(passage), preview(&passage.quote)),
        None => writeln!(out, "    {other}: not coded with {}", d.tag),
    }
}

// --- CSV ---

fn csv_value(value: Value) -> String {
    value.get().map_or_else(String::new, |v| format!("{v:.6}"))
}

fn write_csv(report: &Report, order: &[usize], out: &mut impl Write) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "scope",
        "document",
        "tag",
        "coders",
        "units",
        "percent",
        "cohen_kappa",
        "fleiss_kappa",
        "krippendorff_alpha",
        "alpha_u",
        "segments_matched",
        "why",
    ])?;
    let mut scopes: Vec<(&str, &str, &Results)> =
        report.documents.iter().map(|d| ("document", d.name.as_str(), &d.results)).collect();
    scopes.push(("pooled", "", &report.pooled));
    for (scope, document, results) in scopes {
        let coder_names =
            |indices: &[usize]| indices.iter().map(|&c| report.coders[c].as_str()).collect::<Vec<_>>().join(";");
        let all = coder_names(&results.coders);
        let tags = order.iter().map(|&i| (results.tags[i].tag.as_str(), Some(&results.tags[i])));
        for (tag, result) in tags.chain(std::iter::once(("(overall)", None))) {
            let (measures, pairs, units) = match result {
                Some(r) => {
                    (&r.measures, &r.pairs, r.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(";"))
                }
                None => (&results.overall, &results.overall_pairs, String::new()),
            };
            let values = [
                measures.percent,
                measures.cohen_kappa,
                measures.fleiss_kappa,
                measures.krippendorff_alpha,
                measures.alpha_u,
                measures.segments_matched,
            ];
            let mut record = vec![scope.to_owned(), document.to_owned(), tag.to_owned(), all.clone(), units];
            record.extend(values.iter().map(|v| csv_value(*v)));
            record.push(why_text(&values));
            writer.write_record(&record)?;
            if results.coders.len() >= 3 {
                for pair in pairs {
                    let values = [
                        pair.percent,
                        pair.cohen_kappa,
                        Value::Undefined(agreement::Undefined::TwoCoders),
                        Value::Undefined(agreement::Undefined::TwoCoders),
                        pair.alpha_u,
                        pair.segments_matched,
                    ];
                    let names = coder_names(&[pair.first, pair.second]);
                    let mut record = vec![scope.to_owned(), document.to_owned(), tag.to_owned(), names, String::new()];
                    record.extend(values.iter().map(|v| csv_value(*v)));
                    // Fleiss' κ and α (char) are not computed per pair: say so, with
                    // the reasons for any other empty value.
                    let why = why_text(&[pair.percent, pair.cohen_kappa, pair.alpha_u, pair.segments_matched]);
                    let why = [why.as_str(), PAIR_WHY].iter().filter(|w| !w.is_empty()).copied().collect::<Vec<_>>();
                    record.push(why.join("; "));
                    writer.write_record(&record)?;
                }
            }
        }
    }
    writer.flush()
}

/// Why a coder pair's row of the CSV has no Fleiss' κ and no α (char).
const PAIR_WHY: &str = "Fleiss' kappa and alpha (char) are computed for all the coders together, not per pair";

/// The distinct reasons of the undefined values, `; `-separated.
fn why_text(values: &[Value]) -> String {
    let mut reasons: Vec<&str> = Vec::new();
    for reason in values.iter().filter_map(|v| v.why()).map(agreement::Undefined::reason) {
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    reasons.join("; ")
}

// --- JSON ---

/// A measure object: each value or `null`, and `why` naming the reason for each
/// `null`.
fn measures_json(named: &[(&str, Value)]) -> Map<String, Json> {
    let mut object = Map::new();
    let mut why = Map::new();
    for (name, value) in named {
        object.insert((*name).to_owned(), value.get().map_or(Json::Null, |v| json!(v)));
        if let Some(reason) = value.why() {
            why.insert((*name).to_owned(), json!(reason.reason()));
        }
    }
    if !why.is_empty() {
        object.insert("why".to_owned(), Json::Object(why));
    }
    object
}

fn all_measures(m: &Measures) -> Map<String, Json> {
    measures_json(&[
        ("percent", m.percent),
        ("cohen_kappa", m.cohen_kappa),
        ("fleiss_kappa", m.fleiss_kappa),
        ("krippendorff_alpha", m.krippendorff_alpha),
        ("alpha_u", m.alpha_u),
        ("segments_matched", m.segments_matched),
    ])
}

fn pair_json(report: &Report, pair: &PairResult) -> Json {
    let mut object = measures_json(&[
        ("percent", pair.percent),
        ("cohen_kappa", pair.cohen_kappa),
        ("alpha_u", pair.alpha_u),
        ("segments_matched", pair.segments_matched),
    ]);
    object.insert("coders".to_owned(), json!([report.coders[pair.first], report.coders[pair.second]]));
    object.insert("segments".to_owned(), json!({"matched": pair.segments.0, "total": pair.segments.1}));
    Json::Object(object)
}

fn results_json(report: &Report, results: &Results) -> (Json, Json) {
    let names: Vec<&str> = results.coders.iter().map(|&c| report.coders[c].as_str()).collect();
    let per_coder = |counts: &[usize]| -> Json {
        Json::Object(names.iter().zip(counts).map(|(n, c)| ((*n).to_owned(), json!(c))).collect())
    };
    let mut tags = Map::new();
    for tag in &results.tags {
        let mut object = all_measures(&tag.measures);
        object.insert("units".to_owned(), per_coder(&tag.units));
        object.insert("coded_code_points".to_owned(), per_coder(&tag.coded));
        object.insert("pairs".to_owned(), Json::Array(tag.pairs.iter().map(|p| pair_json(report, p)).collect()));
        tags.insert(tag.tag.as_str().to_owned(), Json::Object(object));
    }
    let mut overall = all_measures(&results.overall);
    overall
        .insert("pairs".to_owned(), Json::Array(results.overall_pairs.iter().map(|p| pair_json(report, p)).collect()));
    (Json::Object(tags), Json::Object(overall))
}

fn passage_json(p: &Passage) -> Map<String, Json> {
    let mut object = Map::new();
    object.insert("paragraph".to_owned(), json!(p.paragraph.as_str()));
    object.insert("ordinal".to_owned(), json!(p.ordinal));
    object.insert("start".to_owned(), json!(p.start));
    object.insert("end_paragraph".to_owned(), json!(p.end_paragraph.as_str()));
    object.insert("end_ordinal".to_owned(), json!(p.end_ordinal));
    object.insert("end".to_owned(), json!(p.end));
    object.insert("quote".to_owned(), json!(p.quote));
    object.insert("quote_truncated".to_owned(), json!(p.truncated));
    object
}

fn write_json(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    let documents: Vec<Json> = report
        .documents
        .iter()
        .map(|d| {
            let (tags, overall) = results_json(report, &d.results);
            json!({
                "path": d.name,
                "title": d.title,
                "fingerprint": d.fingerprint.as_str(),
                "paragraphs": d.paragraphs,
                "code_points": d.results.code_points,
                "files": d.sources,
                "coders": d.results.coders.iter().map(|&c| &report.coders[c]).collect::<Vec<_>>(),
                "pooled": d.pooled,
                "tags": tags,
                "overall": overall,
            })
        })
        .collect();
    let excluded: Vec<Json> = report
        .excluded
        .iter()
        .map(|e| {
            let reason = match e.reason {
                Exclusion::Moved => "moved",
                Exclusion::Orphaned => "orphaned",
                Exclusion::Untagged => "untagged",
                Exclusion::NotCodedByAll { .. } => "not-coded-by-all",
            };
            json!({
                "document": report.documents[e.document].name,
                "file": e.source,
                "annotation": e.annotation.map(|id| id.to_string()),
                "coder": e.coder,
                "quote": e.quote,
                "reason": reason,
                "why": e.reason.to_string(),
            })
        })
        .collect();
    let disagreements: Vec<Json> = report
        .disagreements
        .iter()
        .map(|d| {
            let mut object = Map::new();
            object.insert("document".to_owned(), json!(report.documents[d.document].name));
            object.insert("kind".to_owned(), json!(d.kind.as_str()));
            object.insert("coder".to_owned(), json!(report.coders[d.coder]));
            object.insert("tag".to_owned(), json!(d.tag.as_str()));
            object.extend(passage_json(&d.passage));
            object.insert("other_coder".to_owned(), json!(report.coders[d.other_coder]));
            let other = d.other.as_ref().map_or(Json::Null, |(tag, passage)| {
                let mut other = passage_json(passage);
                other.insert("tag".to_owned(), json!(tag.as_str()));
                Json::Object(other)
            });
            object.insert("other".to_owned(), other);
            Json::Object(object)
        })
        .collect();
    let (tags, overall) = results_json(report, &report.pooled);
    let output = json!({
        "coders": report.coders,
        "threshold": report.threshold.fraction(),
        "documents": documents,
        "excluded": excluded,
        "tags": tags,
        "overall": overall,
        "disagreements": disagreements,
    });
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &output)?;
    writeln!(out)?;
    out.flush()
}
