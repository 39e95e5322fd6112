//! Exporting a whole project, as `glosa export --project DIR` and the app's
//! File ▸ Export in a project both do ([`Project::export_whole`]):
//!
//! - coded segments (CSV, CSV for Excel, XLSX, Markdown, JSON): every coded
//!   segment of the project with its document's key and **every attribute as a
//!   column** (the `glosa retrieve` format, [`crate::export::segments`]);
//! - W3C Web Annotation JSON-LD: every annotation file, each document named by its
//!   `url` attribute when that is an absolute IRI ([`project_resource`]);
//! - REFI-QDA: a QDPX with every document (coded or not), the codebook's
//!   hierarchy and the attributes as variables; a QDC with the codebook.
//!
//! The annotation files are read as the project index has them, with the open
//! sessions' unsaved changes.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Corpus, FileView, Project, SegmentQuery};
use crate::export::segments::{SegmentFormat, write_segments};
use crate::export::source_map::SourceText;
use crate::export::{self, ExportSource, Resource, refi};
use crate::model::anchor::AnnotationAnchor;
use crate::model::attributes::{AttributeId, AttributeKind, AttributeSchema};
use crate::model::{Annotation, AnnotationId, Document, TagId, TagSet};

/// What [`Project::export_whole`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectFormat {
    /// Every coded segment, with the documents' attributes as columns.
    Segments(SegmentFormat),
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// A REFI-QDA project (ZIP).
    Qdpx,
    /// A REFI-QDA codebook.
    Qdc,
}

impl ProjectFormat {
    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Segments(format) => format.extension(),
            Self::W3c => "jsonld",
            Self::Qdpx => "qdpx",
            Self::Qdc => "qdc",
        }
    }
}

/// A project export, in memory.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectExport {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// What it holds: coded segments (segment formats), annotations (W3C, QDPX)
    /// or codes (QDC).
    pub count: usize,
    /// What was left out or not used (a document that cannot be read, an orphan
    /// with no place in the text, a `url` that is not an IRI); each one's
    /// `Display` is one English line.
    pub warnings: Vec<ExportWarning>,
}

/// Something a project export left out or did not use. `Display` is the English
/// line the CLI prints; the app words each variant in the interface language
/// (`ui::errors`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportWarning {
    /// A project document could not be read: it is not in the QDPX.
    #[error("cannot read the document, not in the QDPX: {}", path.display())]
    DocumentNotRead {
        /// The document.
        path: PathBuf,
    },
    /// An orphaned annotation has no place in the text: it is not in the QDPX
    /// (REFI-QDA selections are positions).
    #[error("orphaned, not in the QDPX (no place in the text): {id} “{quote}”")]
    Orphaned {
        /// The annotation.
        id: AnnotationId,
        /// Its quote, at most [`ExportWarning::QUOTE_CHARS`] characters.
        quote: String,
    },
    /// A document's `url` attribute is not an absolute IRI: not used (the
    /// document is named as if it had none).
    #[error("the url attribute is not an absolute IRI (https://…), not used: {url} ({})", path.display())]
    UrlNotIri {
        /// The attribute's value.
        url: String,
        /// The document.
        path: PathBuf,
    },
}

impl ExportWarning {
    /// How many characters of an orphan's quote a warning keeps.
    pub const QUOTE_CHARS: usize = 60;
}

/// Why a W3C export cannot name a document by an IRI. `Display` is the English
/// line the CLI prints.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResourceError {
    /// The document's path has no absolute form (the working folder is gone).
    #[error("cannot name the document as a file: IRI ({detail}): {}", path.display())]
    NoAbsolutePath {
        /// The document.
        path: PathBuf,
        /// What kind of system error.
        kind: std::io::ErrorKind,
        /// The system's words.
        detail: String,
    },
    /// `--base-uri` is not an absolute IRI.
    #[error("--base-uri: {0}")]
    BaseUri(#[from] export::IriError),
}

/// Why a project could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ProjectExportError {
    /// No project is open, or its files are not read yet.
    #[error("the project's files are not read yet")]
    NotReady,
    /// A tag asked for is in no codebook or annotation file.
    #[error("no tag `{tag}` in the project: {}", file.display())]
    UnknownTag {
        /// The tag.
        tag: TagId,
        /// The project file.
        file: PathBuf,
    },
    /// A document cannot be named by an IRI (`--base-uri` wrong, path unusable).
    #[error("{0}")]
    Resource(#[from] ResourceError),
    /// The export could not be written in memory (a writer's error; a typed
    /// reason such as [`crate::export::refi::RefiExportError`] or
    /// [`crate::export::segments::ExcelError`] inside, see [`std::io::Error::get_ref`]).
    #[error("cannot export: {0}")]
    Write(std::io::Error),
}

impl Project {
    /// Every tag of the project: the codebook's, then those of files the codebook
    /// lacks (in file order).
    pub fn all_tags(&self) -> TagSet {
        let mut all = self.corpus().map_or_else(|| TagSet::from_tags(Vec::new()), |c| c.codebook().tags().clone());
        for view in self.files() {
            for tag in view.set.tags.tags() {
                if all.get(&tag.id).is_none() {
                    all.insert(all.tags().len(), tag.clone());
                }
            }
        }
        all
    }

    /// The whole project in `format` (see the module docs), limited to the tags
    /// `tag_filter` names (empty: all). `base_uri` names W3C documents that have
    /// no `url` attribute (`None`: their `file:` IRI).
    ///
    /// # Errors
    /// [`ProjectExportError::NotReady`] before the index is read;
    /// [`ProjectExportError::UnknownTag`] for a filter tag no file has;
    /// [`ProjectExportError::Resource`] when a W3C document cannot be named;
    /// [`ProjectExportError::Write`] when a writer fails.
    pub fn export_whole(
        &self,
        format: ProjectFormat,
        tag_filter: &[TagId],
        base_uri: Option<&str>,
    ) -> Result<ProjectExport, ProjectExportError> {
        let (Some(corpus), Some(_)) = (self.corpus(), self.index()) else {
            return Err(ProjectExportError::NotReady);
        };
        let views = self.files();
        let all_tags = self.all_tags();
        for tag in tag_filter {
            let used = views.iter().any(|v| v.set.annotations.iter().any(|a| a.tags.contains(tag)));
            if all_tags.get(tag).is_none() && !used {
                return Err(ProjectExportError::UnknownTag { tag: tag.clone(), file: corpus.file().to_owned() });
            }
        }
        let write = ProjectExportError::Write;
        let mut out = ProjectExport::default();
        match format {
            ProjectFormat::Segments(format) => {
                let query = SegmentQuery { any_tags: tag_filter.to_vec(), ..SegmentQuery::default() };
                let rows = self.retrieve(&query).map_err(|e| ProjectExportError::Write(std::io::Error::other(e)))?;
                let description = query.describe();
                let export = self.segment_export(&rows, &description).ok_or(ProjectExportError::NotReady)?;
                write_segments(&mut out.bytes, format, &export).map_err(write)?;
                out.count = rows.len();
            }
            ProjectFormat::Qdc => {
                let mut tags = TagSet::from_tags(Vec::new());
                for tag in all_tags.tags() {
                    if tag_filter.is_empty() || tag_filter.contains(&tag.id) {
                        tags.insert(tags.tags().len(), tag.clone());
                    }
                }
                refi::write_qdc_with(&mut out.bytes, &tags, corpus.codebook().stored_parents())
                    .map_err(|e| ProjectExportError::Write(std::io::Error::other(e)))?;
                out.count = tags.tags().len();
            }
            ProjectFormat::Qdpx => self.write_qdpx(&views, &all_tags, tag_filter, &mut out)?,
            ProjectFormat::W3c => {
                let sources = export_sources(corpus, &views, &all_tags);
                let resources: Vec<Resource> = views
                    .iter()
                    .map(|view| file_resource(corpus, view, base_uri, &mut out.warnings))
                    .collect::<Result<_, _>>()?;
                export::write_w3c_json_with(&mut out.bytes, &sources, &resources, tag_filter).map_err(write)?;
                out.count = sources.iter().map(|s| s.annotations.len()).sum();
            }
        }
        Ok(out)
    }

    /// One source per document (coded or not) with all its files' annotations
    /// and its attributes, the codebook's hierarchy.
    fn write_qdpx(
        &self,
        views: &[FileView<'_>],
        all_tags: &TagSet,
        tag_filter: &[TagId],
        out: &mut ProjectExport,
    ) -> Result<(), ProjectExportError> {
        let (Some(corpus), Some(index)) = (self.corpus(), self.index()) else {
            return Err(ProjectExportError::NotReady);
        };
        let mut sources = Vec::new();
        let mut values = Vec::new();
        for (i, document) in corpus.documents().iter().enumerate() {
            let Some(doc) = index.document(i) else {
                out.warnings.push(ExportWarning::DocumentNotRead { path: document.path.clone() });
                continue;
            };
            let annotations: Vec<_> = views.iter().filter(|v| v.document == i).flat_map(anchored).collect();
            out.count += annotations.len();
            sources.push(ExportSource {
                document_title: doc.title(),
                document_path: &document.key,
                document: Some(doc),
                tags: all_tags,
                annotations,
            });
            values.push(variable_values(corpus, i));
        }
        let extras = refi::QdpxExtras {
            parents: corpus.codebook().stored_parents().clone(),
            variables: variables(corpus.attributes()),
            values,
        };
        let (bytes, summary) = refi::qdpx_bytes_with(corpus.name(), &sources, tag_filter, &extras)
            .map_err(|e| ProjectExportError::Write(std::io::Error::other(e)))?;
        for (id, quote) in &summary.left_out {
            let quote = quote.chars().take(ExportWarning::QUOTE_CHARS).collect();
            out.warnings.push(ExportWarning::Orphaned { id: *id, quote });
        }
        out.bytes = bytes;
        Ok(())
    }
}

/// Each project file as an export source: its document named by its key (path
/// relative to the project), with every annotation and its anchor, `tags` its
/// tag set.
pub fn export_sources<'a>(corpus: &'a Corpus, views: &[FileView<'a>], tags: &'a TagSet) -> Vec<ExportSource<'a>> {
    let key = |document: usize| corpus.documents().get(document).map_or("", |d| d.key.as_str());
    views
        .iter()
        .map(|view| ExportSource {
            document_title: view.doc.title(),
            document_path: key(view.document),
            document: Some(view.doc),
            tags,
            annotations: anchored(view),
        })
        .collect()
}

/// Each annotation of a project file with its anchor.
pub fn anchored<'a>(view: &FileView<'a>) -> Vec<(&'a Annotation, Option<AnnotationAnchor>)> {
    view.set.annotations.iter().map(|a| (a, view.anchors.get(&a.id).cloned())).collect()
}

/// The W3C resource of a project file's document: see [`project_resource`].
fn file_resource(
    corpus: &Corpus,
    view: &FileView<'_>,
    base_uri: Option<&str>,
    warnings: &mut Vec<ExportWarning>,
) -> Result<Resource, ProjectExportError> {
    let path = corpus.documents().get(view.document).map_or_else(|| view.path.to_owned(), |d| d.path.clone());
    let value = |id: &str| AttributeId::new(id).and_then(|id| corpus.value(view.document, &id));
    project_resource(&path, view.doc, base_uri, value("url"), value("language"), warnings)
        .map_err(ProjectExportError::Resource)
}

/// How the W3C export names the document at `path` and where its positions
/// point: the document's file name under `base_uri` when given, else its `file:`
/// IRI; positions in the file's text, re-read and aligned with `document`.
///
/// # Errors
/// [`ResourceError::NoAbsolutePath`] when the path has no absolute form,
/// [`ResourceError::BaseUri`] when `base_uri` is not an absolute IRI.
pub fn w3c_resource(
    path: &Path,
    document: Option<&Document>,
    base_uri: Option<&str>,
) -> Result<Resource, ResourceError> {
    let bytes = document.and_then(|_| read_bytes(path));
    let Some(base) = base_uri else {
        let absolute = std::path::absolute(path).map_err(|e| ResourceError::NoAbsolutePath {
            path: path.to_owned(),
            kind: e.kind(),
            detail: e.to_string(),
        })?;
        return Ok(Resource::for_file(&absolute, document, bytes));
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let iri = export::resolve_iri(base, &name)?;
    let text = document.zip(bytes).and_then(|(document, bytes)| SourceText::from_bytes(bytes, document));
    Ok(Resource { iri, language: None, text })
}

/// How the W3C export names a project document: its `url` attribute when that is
/// an absolute IRI (the document's published address, which the user stated for
/// this one document, so it wins over `base_uri`, a rule for all of them); else
/// as [`w3c_resource`] does. A `url` that is not an absolute IRI is not used and
/// [`ExportWarning::UrlNotIri`] is pushed on `warnings`. The `language`
/// attribute, when set, is the text's language.
///
/// # Errors
/// As [`w3c_resource`].
pub fn project_resource(
    path: &Path,
    document: &Document,
    base_uri: Option<&str>,
    url: Option<&str>,
    language: Option<&str>,
    warnings: &mut Vec<ExportWarning>,
) -> Result<Resource, ResourceError> {
    let mut resource = match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) if export::is_absolute_iri(url) => {
            Resource { iri: url.to_owned(), language: None, text: read_source_text(path, document) }
        }
        Some(url) => {
            warnings.push(ExportWarning::UrlNotIri { url: url.to_owned(), path: path.to_owned() });
            w3c_resource(path, Some(document), base_uri)?
        }
        None => w3c_resource(path, Some(document), base_uri)?,
    };
    resource.language = language.map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned);
    Ok(resource)
}

/// The reading text of the document file at `path` (re-read, within the document
/// size limit) mapped to `document`; `None` if it cannot be read.
pub fn read_source_text(path: &Path, document: &Document) -> Option<SourceText> {
    SourceText::from_bytes(read_bytes(path)?, document)
}

/// The bytes of the document file at `path`, within the document size limit.
fn read_bytes(path: &Path) -> Option<Vec<u8>> {
    let limit = crate::persist::document::MAX_DOCUMENT_BYTES;
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)).ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}

/// The project's attributes as REFI-QDA variables (see [`refi`]'s module docs
/// for the kinds).
fn variables(schema: &AttributeSchema) -> Vec<refi::QdaVariable> {
    schema
        .attributes()
        .iter()
        .map(|a| refi::QdaVariable {
            key: a.id.as_str().to_owned(),
            name: a.label.clone(),
            kind: match a.kind {
                AttributeKind::Text | AttributeKind::OneOf(_) => refi::VariableKind::Text,
                AttributeKind::Number => refi::VariableKind::Float,
                AttributeKind::Date => refi::VariableKind::Date,
            },
            description: a.description.clone(),
        })
        .collect()
}

/// Document `document`'s values, by the position of their attribute.
fn variable_values(corpus: &Corpus, document: usize) -> Vec<(usize, String)> {
    corpus
        .attributes()
        .attributes()
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((i, corpus.value(document, &a.id)?.to_owned())))
        .collect()
}
