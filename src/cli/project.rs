//! `glosa project init|add|list` and `glosa attributes import|export|set`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;

use super::CliError;
use crate::model::attributes::Condition;
use crate::model::project::ProjectEdit;
use crate::session::project::attributes_csv::{read_attributes_csv, write_attributes_csv};
use crate::session::project::{Corpus, Progress, Project, ProjectError};

/// `glosa project …`
// Doc comments here are the `--help` text, where Markdown backticks would show.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub(super) enum ProjectAction {
    /// Make a folder a project: writes FOLDER-NAME.glosa-project.ron with the WSIS codebook
    /// (or the tags of the folder's annotation files) and attributes stakeholder_group, region,
    /// language, date.
    Init {
        /// The folder (default: the current folder).
        folder: Option<PathBuf>,
        /// The project's name (default: the folder's name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Add documents to a project: files outside its folder are listed by relative path.
    Add {
        /// The documents.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The project: a folder or a *.glosa-project.ron file (default: the current folder).
        #[arg(long, default_value = ".")]
        project: PathBuf,
    },
    /// List a project's documents with their attributes, annotation files and annotations.
    List {
        /// The project: a folder or a *.glosa-project.ron file (default: the current folder).
        project: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

impl ProjectAction {
    /// Whether the output is for programs (`list --format json`), written
    /// unescaped when it does not go to a terminal.
    pub(super) fn machine_output(&self) -> bool {
        matches!(self, Self::List { format: ListFormat::Json, .. })
    }
}

impl AttributesAction {
    /// Whether the output is for programs (`export -`: CSV), written unescaped when
    /// it does not go to a terminal.
    pub(super) fn machine_output(&self) -> bool {
        matches!(self, Self::Export { file, .. } if file.as_os_str() == "-")
    }
}

/// Output format of `glosa project list`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ListFormat {
    /// One line per document.
    Text,
    /// One JSON object.
    Json,
}

/// `glosa attributes …`
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub(super) enum AttributesAction {
    /// Set documents' attributes from a CSV file: a `document` column, then one column per
    /// attribute (ID or label; unknown columns become new text attributes). All or nothing.
    Import {
        /// The CSV file (UTF-8, or what Excel saves; `,` `;` or tab separated).
        file: PathBuf,
        /// The project (default: the current folder).
        #[arg(long, default_value = ".")]
        project: PathBuf,
    },
    /// Write every document's attributes as CSV, one row per document.
    Export {
        /// The CSV file to write; `-` for standard output.
        file: PathBuf,
        /// The project (default: the current folder).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// With a UTF-8 byte order mark, so that Excel keeps accents.
        #[arg(long)]
        excel: bool,
    },
    /// Set one document's attributes: ATTRIBUTE=VALUE (an empty VALUE removes it).
    Set {
        /// The document: its key (path relative to the project), or a file name only it has.
        document: String,
        /// ATTRIBUTE=VALUE, one or more.
        #[arg(required = true)]
        values: Vec<String>,
        /// The project (default: the current folder).
        #[arg(long, default_value = ".")]
        project: PathBuf,
    },
}

fn error(e: &ProjectError) -> CliError {
    CliError(e.to_string())
}

fn output(e: &std::io::Error) -> CliError {
    CliError(format!("cannot write output: {e}"))
}

/// Saves the project file and prints what a merge kept of ours.
fn save(project: &mut Project) -> Result<(), CliError> {
    let report = project.save_project().map_err(|e| error(&e))?;
    for conflict in report.conflicts {
        eprintln!("glosa: warning: someone else changed {conflict} at the same time; kept this change");
    }
    Ok(())
}

pub(super) fn project(action: ProjectAction, out: &mut impl Write) -> Result<ExitCode, CliError> {
    match action {
        ProjectAction::Init { folder, name } => {
            let folder = folder.unwrap_or_else(|| PathBuf::from("."));
            let corpus = Corpus::init(&folder, name.as_deref()).map_err(|e| error(&e))?;
            writeln!(
                out,
                "Created {}: {}, {}, {}, {}",
                corpus.file().display(),
                super::plural(corpus.documents().len(), "document", "documents"),
                super::plural(corpus.annotation_files().len(), "annotation file", "annotation files"),
                super::plural(corpus.codebook().len(), "code", "codes"),
                super::plural(corpus.attributes().len(), "attribute", "attributes")
            )
            .map_err(|e| output(&e))?;
            warn_problems(corpus.problems());
            Ok(ExitCode::SUCCESS)
        }
        ProjectAction::Add { files, project } => {
            let mut project = Project::open(&project).map_err(|e| error(&e))?;
            let Some(corpus) = project.corpus() else {
                return Err(CliError("no project".to_owned()));
            };
            let before: Vec<String> = corpus.documents().iter().map(|d| d.key.clone()).collect();
            let edit = corpus.add_documents_edit(&files).map_err(|e| error(&e))?;
            if let Some(edit) = edit {
                project.apply_project_edit(edit).map_err(|e| error(&e))?;
            }
            if !project.corpus().is_some_and(Corpus::has_file) || project.is_modified() {
                save(&mut project)?;
            }
            let Some(corpus) = project.corpus() else {
                return Err(CliError("no project".to_owned()));
            };
            for file in &files {
                let key = crate::persist::project::key_of(corpus.root(), file);
                let state = if before.contains(&key) { "already in the project" } else { "added" };
                writeln!(out, "{key}: {state}").map_err(|e| output(&e))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        ProjectAction::List { project, format } => list(&project.unwrap_or_else(|| PathBuf::from(".")), format, out),
    }
}

fn warn_problems(problems: &[impl std::fmt::Display]) {
    for problem in problems {
        eprintln!("glosa: warning: {problem}");
    }
}

/// Opens a project and reads all its files (for the commands that need them).
pub(super) fn open_indexed(path: &Path) -> Result<Project, CliError> {
    let mut project = Project::open(path).map_err(|e| error(&e))?;
    project.build_index(&Progress::default());
    if let Some(corpus) = project.corpus() {
        warn_problems(corpus.problems());
    }
    if let Some(index) = project.index() {
        warn_problems(&index.problems);
    }
    Ok(project)
}

#[derive(Serialize)]
struct JsonProject<'a> {
    name: &'a str,
    file: String,
    folder: String,
    attributes: Vec<JsonAttribute<'a>>,
    codebook: Vec<JsonCode<'a>>,
    documents: Vec<JsonDocument<'a>>,
    tags_outside_codebook: Vec<String>,
}

#[derive(Serialize)]
struct JsonAttribute<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<&'a [String]>,
}

#[derive(Serialize)]
struct JsonCode<'a> {
    id: &'a str,
    label: &'a str,
    path: String,
    parent: Option<&'a str>,
    color: String,
    description: &'a str,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    key: &'a str,
    title: Option<&'a str>,
    attributes: BTreeMap<&'a str, &'a str>,
    annotation_files: Vec<String>,
    annotations: usize,
    tags: BTreeMap<String, usize>,
}

fn list(path: &Path, format: ListFormat, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let project = open_indexed(path)?;
    let Some(corpus) = project.corpus() else {
        return Err(CliError("no project".to_owned()));
    };
    let files = project.files();
    let counts = project.document_counts();
    let mut per_document: Vec<(Vec<String>, usize)> = vec![(Vec::new(), 0); corpus.documents().len()];
    for view in &files {
        if let Some((paths, annotations)) = per_document.get_mut(view.document) {
            paths.push(crate::persist::project::key_of(corpus.root(), view.path));
            *annotations += view.set.annotations.len();
        }
    }
    let outside = corpus.tags_outside_codebook(files.iter().map(|v| (v.path, v.set)));
    let attributes = corpus.attributes().attributes();
    let io = |e: std::io::Error| output(&e);
    match format {
        ListFormat::Json => {
            let codebook = corpus.codebook();
            let json = JsonProject {
                name: corpus.name(),
                file: corpus.file().display().to_string(),
                folder: corpus.root().display().to_string(),
                attributes: attributes
                    .iter()
                    .map(|a| JsonAttribute {
                        id: a.id.as_str(),
                        label: &a.label,
                        kind: a.kind.as_str(),
                        choices: match &a.kind {
                            crate::model::attributes::AttributeKind::OneOf(choices) => Some(choices),
                            _ => None,
                        },
                    })
                    .collect(),
                codebook: codebook
                    .tree()
                    .into_iter()
                    .map(|(tag, _)| JsonCode {
                        id: tag.id.as_str(),
                        label: &tag.label,
                        path: codebook.path_label(&tag.id),
                        parent: codebook.parent(&tag.id).map(crate::model::TagId::as_str),
                        color: tag.color.to_hex(),
                        description: &tag.description,
                    })
                    .collect(),
                documents: corpus
                    .documents()
                    .iter()
                    .enumerate()
                    .map(|(i, d)| JsonDocument {
                        key: &d.key,
                        title: project.document_title(i),
                        attributes: attributes
                            .iter()
                            .filter_map(|a| Some((a.id.as_str(), corpus.value(i, &a.id)?)))
                            .collect(),
                        annotation_files: per_document[i].0.clone(),
                        annotations: per_document[i].1,
                        tags: counts[i].0.iter().map(|(t, n)| (t.to_string(), *n)).collect(),
                    })
                    .collect(),
                tags_outside_codebook: outside.iter().map(|(t, _)| t.to_string()).collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &json)
                .map_err(|e| CliError(format!("cannot write output: {e}")))?;
            writeln!(out).map_err(io)?;
        }
        ListFormat::Text => {
            writeln!(
                out,
                "{}: {}, {} ({})",
                corpus.name(),
                super::plural(corpus.documents().len(), "document", "documents"),
                super::plural(files.len(), "annotation file", "annotation files"),
                corpus.file().display()
            )
            .map_err(io)?;
            for (i, document) in corpus.documents().iter().enumerate() {
                let values: Vec<String> =
                    attributes.iter().filter_map(|a| Some(format!("{}={}", a.id, corpus.value(i, &a.id)?))).collect();
                let (paths, annotations) = &per_document[i];
                writeln!(
                    out,
                    "{}  {}  {}, {}",
                    document.key,
                    if values.is_empty() { "(no attributes)".to_owned() } else { values.join(" ") },
                    super::plural(paths.len(), "file", "files"),
                    super::plural(*annotations, "annotation", "annotations")
                )
                .map_err(io)?;
            }
            for (tag, file) in &outside {
                writeln!(out, "tag outside the codebook: {tag} (in {})", file.display()).map_err(io)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn attributes(action: AttributesAction, out: &mut impl Write) -> Result<ExitCode, CliError> {
    match action {
        AttributesAction::Export { file, project, excel } => {
            let project = Project::open(&project).map_err(|e| error(&e))?;
            let Some(corpus) = project.corpus() else {
                return Err(CliError("no project".to_owned()));
            };
            let mut buffer = Vec::new();
            write_attributes_csv(&mut buffer, corpus, excel).map_err(|e| output(&e))?;
            if file.as_os_str() == "-" {
                out.write_all(&buffer).and_then(|()| out.flush()).map_err(|e| output(&e))?;
            } else {
                if crate::persist::project::is_project_file(&file) || corpus.document_at(&file).is_some() {
                    return Err(CliError(format!(
                        "refusing to write the CSV over a project file or document: {}",
                        file.display()
                    )));
                }
                std::fs::write(&file, &buffer)
                    .map_err(|e| CliError(format!("cannot write ({e}): {}", file.display())))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        AttributesAction::Import { file, project } => {
            let mut project = Project::open(&project).map_err(|e| error(&e))?;
            let Some(corpus) = project.corpus() else {
                return Err(CliError("no project".to_owned()));
            };
            let import = read_attributes_csv(corpus, &file).map_err(|e| error(&e))?;
            let changed = import.changed;
            if let Some(edit) = import.edit {
                project.apply_project_edit(edit).map_err(|e| error(&e))?;
                save(&mut project)?;
            }
            let added = if import.new_attributes.is_empty() {
                String::new()
            } else {
                format!("; new attributes: {}", import.new_attributes.join(", "))
            };
            writeln!(
                out,
                "{}, {} changed{added}",
                super::plural(import.rows, "row", "rows"),
                super::plural(changed, "value", "values")
            )
            .map_err(|e| output(&e))?;
            Ok(ExitCode::SUCCESS)
        }
        AttributesAction::Set { document, values, project } => {
            let mut project = Project::open(&project).map_err(|e| error(&e))?;
            let Some(corpus) = project.corpus() else {
                return Err(CliError("no project".to_owned()));
            };
            let index = corpus.find_document(&document).map_err(|e| error(&e))?;
            let key = corpus.documents()[index].key.clone();
            let mut edits = Vec::new();
            for text in &values {
                let condition = Condition::parse(text).map_err(|e| CliError(e.to_string()))?;
                if condition.comparison != crate::model::attributes::Comparison::Equal {
                    return Err(CliError(format!("`{text}` is not ATTRIBUTE=VALUE")));
                }
                edits.push(ProjectEdit::SetValue {
                    document: key.clone(),
                    attribute: condition.attribute,
                    value: Some(condition.value),
                });
            }
            project.apply_project_edit(ProjectEdit::Batch(edits)).map_err(|e| error(&e))?;
            save(&mut project)?;
            let Some(corpus) = project.corpus() else {
                return Err(CliError("no project".to_owned()));
            };
            let shown: Vec<String> = corpus
                .attributes()
                .attributes()
                .iter()
                .filter_map(|a| Some(format!("{}={}", a.id, corpus.value(index, &a.id)?)))
                .collect();
            writeln!(out, "{key}: {}", shown.join(" ")).map_err(|e| output(&e))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
