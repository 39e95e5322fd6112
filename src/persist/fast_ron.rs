//! Fast paths for annotation files in the exact layout Glosa writes (format
//! version 2, see [`super::annotations`]).
//!
//! The format is *defined* by `ron` + `serde`: the derived (de)serializers of
//! [`super::annotations::AnnotationFile`] and [`super::records`], printed by
//! `ron::ser::to_string_pretty` with LF line ends, four-space indentation and
//! unescaped strings. RON printing and parsing through serde dominated saving and
//! loading large files (768 / 881 ms for 100,000 annotations), so this module is an
//! optimisation of that definition, never a second definition:
//!
//! - [`write_file`] prints exactly the bytes `ron` prints for the same file
//!   (tested byte for byte on the bundled `saves/`, on files with every kind of
//!   field content, and as a property over random annotation sets);
//! - [`read_file`] parses only text laid out exactly as that printer lays it out
//!   and returns `None` for anything else (other whitespace, comments, escapes,
//!   format version 1, a hand-edited file, a field it does not expect, a value that
//!   does not parse), which the caller then parses with `ron` + `serde`. When it
//!   does return a file, it is the file `ron` + `serde` would return (tested as a
//!   property, also on mutated layouts: agree or decline).
//!
//! Both are single passes over the text, linear in its length.

use std::collections::BTreeSet;
use std::io::Write;

use super::annotations::{
    AnnotationFile, DiskFile, DocumentRef, MAX_ANNOTATIONS, MAX_DESCRIPTION_CHARS, MAX_ID_BYTES, MAX_LABEL_CHARS,
    MAX_NOTE_CHARS, MAX_PATH_BYTES, MAX_QUOTE_CHARS, MAX_SEGMENTS, MAX_TAGS, MAX_TAGS_PER_ANNOTATION, MAX_TITLE_CHARS,
    VERSION,
};
use super::records::{Aliases, AnnotationRecord, TagRecord};
use crate::model::annotation::{Annotation, AnnotationId, CONTEXT_CHARS, Neighbors, Segment, Timestamp};
use crate::model::tags::{Color, TagId, TagSet};
use crate::model::text::CharOffset;
use crate::model::version::Version;
use crate::model::version::{InstallationId, VersionVector};
use crate::model::{AnnotationSet, Document};
use crate::model::{Fingerprint, ParagraphId};

/// `YYYY-MM-DDTHH:MM:SS[.F…]Z` (what `jiff` prints for a timestamp; years 1970
/// to 9998, one to nine fraction digits) as the timestamp `jiff` parses it to;
/// `None` for any other text (which the caller gives `jiff`). About ten times as
/// fast as `jiff`'s general parser, for the two or three timestamps of every
/// annotation; a test checks that the two agree.
fn utc_timestamp(text: &str) -> Option<Timestamp> {
    let b = text.as_bytes();
    let digits = |from: usize, n: usize| -> Option<i64> {
        let part = b.get(from..from + n)?;
        part.iter().try_fold(0i64, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0')))
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
    let (hour, minute, second) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
    let nanos = match (b[19], b.len()) {
        (b'Z', 20) => 0,
        (b'.', 22..=30) if b[b.len() - 1] == b'Z' => {
            let n = b.len() - 21;
            digits(20, n)? * 10i64.pow(9 - n as u32)
        }
        _ => return None,
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let valid = (1970..=9998).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= month_days[usize::try_from(month - 1).ok()?]
        && hour < 24
        && minute < 60
        && second < 60;
    if !valid {
        return None;
    }
    // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
    // `days_from_civil`).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y / 400;
    let year_of_era = y - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second;
    Timestamp::new(seconds, i32::try_from(nanos).ok()?).ok()
}

/// Whether `s` has at most `max` code points (without counting them when its
/// length in bytes already says so).
fn chars_within(s: &str, max: usize) -> bool {
    s.len() <= max || s.chars().nth(max).is_none()
}

/// Bytes gathered before they are passed to the writer.
const CHUNK: usize = 1 << 20;

/// Lists of annotations longer than this (in bytes) are read on two threads.
const PARALLEL_BYTES: usize = 4 << 20;

/// The indentation unit `ron` is configured with.
const INDENT: &[u8] = b"    ";

/// Writes `file` to `out` as `ron::Options::to_io_writer_pretty` with Glosa's
/// configuration does (LF, four spaces, unescaped strings), followed by a newline:
/// the same bytes, faster. See the module docs.
///
/// # Errors
/// I/O errors of `out`.
pub(crate) fn write_file(out: &mut impl Write, file: &AnnotationFile) -> std::io::Result<()> {
    let empty = VersionVector::default();
    let live = file.annotations.iter().map(|a| (a, file.versions.revs.get(&a.id).unwrap_or(&empty)));
    let parts = Parts {
        format: &file.format,
        document: &file.document,
        tags: &file.tags,
        author_aliases: &file.versions.author_aliases,
        conflicts: file.versions.conflicts.iter().collect(),
    };
    write_parts(out, &parts, live, file.versions.deleted.iter())
}

/// Writes the file [`AnnotationFile::new`]`(document, set, doc)` would hold,
/// byte for byte as [`write_file`] writes that file, without building it (no
/// copy of the annotations): live annotations in `doc`'s order (by ID without
/// it), then tombstones by ID.
///
/// # Errors
/// I/O errors of `out`.
pub(crate) fn write_set(
    out: &mut impl Write,
    document: &DocumentRef,
    set: &AnnotationSet,
    doc: Option<&Document>,
) -> std::io::Result<()> {
    let annotations = &set.annotations;
    let state = annotations.versions();
    let live: Vec<&Annotation> = match doc {
        Some(doc) => annotations.in_document_order(doc),
        None => annotations.iter().collect(),
    };
    let empty = VersionVector::default();
    let live = live.into_iter().map(|a| (a, state.revs.get(&a.id).unwrap_or(&empty)));
    let parts = Parts {
        format: super::annotations::FORMAT,
        document,
        tags: &set.tags,
        author_aliases: annotations.author_aliases(),
        conflicts: state.conflict_ids().flat_map(|id| state.conflicting(id)).collect(),
    };
    write_parts(out, &parts, live, state.tombstones().map(|(_, v)| v))
}

/// What an annotation file prints besides its annotation list.
struct Parts<'a> {
    format: &'a str,
    document: &'a DocumentRef,
    tags: &'a TagSet,
    author_aliases: &'a BTreeSet<(String, String)>,
    conflicts: Vec<&'a Version<Annotation>>,
}

/// The printer of [`write_file`] and [`write_set`]: `parts`, then the live
/// annotations (each with its version vector) and the tombstones, in the order
/// given.
fn write_parts<'a>(
    out: &mut impl Write,
    parts: &Parts<'a>,
    live: impl Iterator<Item = (&'a Annotation, &'a VersionVector)>,
    dead: impl Iterator<Item = &'a Version<Annotation>>,
) -> std::io::Result<()> {
    let mut p = Printer { buf: Vec::with_capacity(CHUNK + (64 << 10)), scratch: String::new() };
    let b = &mut p;
    b.raw(b"(\n");
    b.field_str(1, "format", parts.format);
    b.field_with(1, "version", |b| b.uint(u64::from(VERSION)));
    b.field_with(1, "document", |b| document(b, 1, parts.document));
    let (tags, tag_conflicts) = super::records::tag_records(parts.tags);
    b.field_with(1, "tags", |b| b.list(1, &tags, tag_record));
    b.field_with(1, "aliases", |b| {
        b.raw(b"(\n");
        let pair = |b: &mut Printer, _: usize, (x, y): &(String, String)| b.pair(x, y);
        b.field_with(2, "authors", |b| b.list(2, parts.author_aliases, pair));
        let tag_pair = |b: &mut Printer, _: usize, (x, y): &(TagId, TagId)| b.pair(x.as_str(), y.as_str());
        b.field_with(2, "tags", |b| b.list(2, parts.tags.aliases(), tag_pair));
        b.close(1, b')');
    });
    b.field_with(1, "tag_conflicts", |b| b.list(1, &tag_conflicts, tag_record));
    b.field_with(1, "conflicts", |b| {
        b.list(1, parts.conflicts.iter().copied(), |b, level, v| {
            annotation(b, level, &v.value, &v.rev, v.deleted.as_ref());
        });
    });
    // The bulk: streamed to `out` in chunks.
    let live = live.map(|(a, rev)| (a, rev, None));
    let dead = dead.map(|v| (&v.value, &v.rev, v.deleted.as_ref()));
    let mut records = live.chain(dead).peekable();
    b.indent(1);
    b.raw(b"annotations: ");
    if records.peek().is_none() {
        b.raw(b"[]");
    } else {
        b.raw(b"[\n");
        for (a, rev, deleted) in records {
            b.indent(2);
            annotation(b, 2, a, rev, deleted);
            b.raw(b",\n");
            if b.buf.len() >= CHUNK {
                out.write_all(&b.buf)?;
                b.buf.clear();
            }
        }
        b.indent(1);
        b.raw(b"]");
    }
    b.raw(b",\n)\n");
    out.write_all(&b.buf)
}

fn document(b: &mut Printer, level: usize, d: &DocumentRef) {
    b.raw(b"(\n");
    b.field_str(level + 1, "path", &d.path);
    b.field_str(level + 1, "fingerprint", d.fingerprint.as_str());
    b.field_str(level + 1, "title", &d.title);
    b.field_with(level + 1, "paragraph_count", |b| b.uint(d.paragraph_count as u64));
    b.close(level, b')');
}

fn tag_record(b: &mut Printer, level: usize, t: &TagRecord) {
    let inner = level + 1;
    b.raw(b"(\n");
    b.field_str(inner, "id", t.id.as_str());
    b.field_str(inner, "label", &t.label);
    b.field_str(inner, "description", &t.description);
    b.field_str(inner, "color", &t.color.to_hex());
    b.field_with(inner, "shortcut", |b| b.option(t.shortcut.as_ref(), |b, n| b.uint(u64::from(*n))));
    b.field_with(inner, "rev", |b| b.rev(inner, &t.rev));
    b.field_with(inner, "deleted", |b| b.option(t.deleted.as_ref(), Printer::timestamp));
    b.field_with(inner, "position", |b| b.option(t.position.as_ref(), |b, n| b.uint(u64::from(*n))));
    b.close(level, b')');
}

fn annotation(b: &mut Printer, level: usize, a: &Annotation, rev: &VersionVector, deleted: Option<&Timestamp>) {
    let inner = level + 1;
    b.raw(b"(\n");
    b.field_with(inner, "id", |b| b.ulid(a.id.0));
    b.field_with(inner, "segments", |b| b.list(inner, &a.segments, segment));
    b.field_with(inner, "tags", |b| b.list(inner, &a.tags, |b, _, t| b.string(t.as_str())));
    b.field_str(inner, "note", &a.note);
    b.field_str(inner, "author", &a.author);
    b.field_with(inner, "created", |b| b.timestamp(&a.created));
    b.field_with(inner, "modified", |b| b.timestamp(&a.modified));
    b.field_with(inner, "rev", |b| b.rev(inner, rev));
    b.field_with(inner, "deleted", |b| b.option(deleted, Printer::timestamp));
    b.close(level, b')');
}

fn segment(b: &mut Printer, level: usize, s: &Segment) {
    let inner = level + 1;
    b.raw(b"(\n");
    b.field_str(inner, "paragraph", s.paragraph.as_str());
    b.field_with(inner, "start", |b| b.uint(s.start.0 as u64));
    b.field_with(inner, "end", |b| b.uint(s.end.0 as u64));
    b.field_str(inner, "quote", &s.quote);
    b.field_str(inner, "prefix", &s.prefix);
    b.field_str(inner, "suffix", &s.suffix);
    b.field_with(inner, "neighbors", |b| {
        b.raw(b"(\n");
        let id = |b: &mut Printer, p: &ParagraphId| b.string(p.as_str());
        b.field_with(inner + 1, "before", |b| b.option(s.neighbors.before.as_ref(), id));
        b.field_with(inner + 1, "after", |b| b.option(s.neighbors.after.as_ref(), id));
        b.close(inner, b')');
    });
    b.close(level, b')');
}

/// The output buffer, with `ron`'s pretty-printing rules for the shapes Glosa uses.
struct Printer {
    buf: Vec<u8>,
    /// Reused for values printed through `Display`.
    scratch: String,
}

impl Printer {
    fn raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.buf.extend_from_slice(INDENT);
        }
    }

    /// `NAME: VALUE,\n` at `level`.
    fn field_with(&mut self, level: usize, name: &str, value: impl FnOnce(&mut Self)) {
        self.indent(level);
        self.raw(name.as_bytes());
        self.raw(b": ");
        value(self);
        self.raw(b",\n");
    }

    fn field_str(&mut self, level: usize, name: &str, value: &str) {
        self.field_with(level, name, |b| b.string(value));
    }

    /// The closing bracket of a struct, list or map whose opening line is at `level`.
    fn close(&mut self, level: usize, bracket: u8) {
        self.indent(level);
        self.buf.push(bracket);
    }

    /// A string as `ron` prints it with `escape_strings(false)`: verbatim in quotes,
    /// or as a raw string `r#"…"#` (one `#` more than the longest run of `#` in it)
    /// when it holds `"` or `\`.
    fn string(&mut self, value: &str) {
        let bytes = value.as_bytes();
        if memchr::memchr2(b'"', b'\\', bytes).is_none() {
            self.buf.push(b'"');
            self.raw(bytes);
            self.buf.push(b'"');
            return;
        }
        let (_, longest) = bytes
            .iter()
            .fold((0usize, 0usize), |(run, max), &c| if c == b'#' { (run + 1, max.max(run + 1)) } else { (0, max) });
        self.buf.push(b'r');
        self.buf.extend(std::iter::repeat_n(b'#', longest + 1));
        self.buf.push(b'"');
        self.raw(bytes);
        self.buf.push(b'"');
        self.buf.extend(std::iter::repeat_n(b'#', longest + 1));
    }

    /// A ULID as its quoted 26 Crockford base-32 digits (what its `Display`
    /// prints), without allocating.
    fn ulid(&mut self, id: ulid::Ulid) {
        let mut digits = [0u8; ulid::ULID_LEN];
        self.buf.push(b'"');
        self.raw(id.array_to_str(&mut digits).as_bytes());
        self.buf.push(b'"');
    }

    fn pair(&mut self, x: &str, y: &str) {
        self.buf.push(b'(');
        self.string(x);
        self.raw(b", ");
        self.string(y);
        self.buf.push(b')');
    }

    fn uint(&mut self, n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.raw(&digits[at..]);
    }

    fn timestamp(&mut self, t: &Timestamp) {
        use std::fmt::Write as _;
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        let _ = write!(scratch, "{t}");
        self.string(&scratch);
        self.scratch = scratch;
    }

    fn option<T: ?Sized>(&mut self, value: Option<&T>, some: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.raw(b"None"),
            Some(v) => {
                self.raw(b"Some(");
                some(self, v);
                self.buf.push(b')');
            }
        }
    }

    /// A list whose field line is at `level`: `[]`, or one element a line.
    fn list<'a, T: 'a>(
        &mut self,
        level: usize,
        items: impl IntoIterator<Item = &'a T>,
        mut element: impl FnMut(&mut Self, usize, &'a T),
    ) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            self.raw(b"[]");
            return;
        }
        self.raw(b"[\n");
        for item in items {
            self.indent(level + 1);
            element(self, level + 1, item);
            self.raw(b",\n");
        }
        self.close(level, b']');
    }

    /// A version vector whose field line is at `level`: `{}` or one entry a line.
    fn rev(&mut self, level: usize, rev: &VersionVector) {
        let mut entries = rev.entries().peekable();
        if entries.peek().is_none() {
            self.raw(b"{}");
            return;
        }
        self.raw(b"{\n");
        for (installation, n) in entries {
            self.indent(level + 1);
            self.ulid(installation.0);
            self.raw(b": ");
            self.uint(n);
            self.raw(b",\n");
        }
        self.close(level, b'}');
    }
}

/// Parses annotation file text laid out exactly as [`write_file`] writes it (a
/// leading BOM already removed) into the stored file, or `None` for any other text
/// (see the module docs); `None` is never an error, only "not this layout".
pub(crate) fn read_file(text: &str) -> Option<DiskFile> {
    read_bytes(text.as_bytes()).map(|(file, _)| file)
}

/// [`read_file`] on the file's bytes, before they are known to be UTF-8 (a
/// leading BOM already removed): parsing and validating in one pass. The layout's
/// own bytes are ASCII and matched exactly; each string's bytes are checked as
/// UTF-8 where they are read, so the text is never validated as a whole. `None`
/// for invalid UTF-8 anywhere, as for any other text the printer does not write.
///
/// The bounds of [`super::annotations::AnnotationFile::enforce_bounds`] are
/// checked in the same pass, while each field is at hand: the `bool` says that
/// every field is within its bound, no context is over [`CONTEXT_CHARS`] and the
/// title not over [`MAX_TITLE_CHARS`] (so that check and those cuts have nothing
/// to do); `false` leaves them to the usual check.
pub(crate) fn read_bytes(bytes: &[u8]) -> Option<(DiskFile, bool)> {
    let mut r = Reader { bytes, at: 0, within: true };
    r.lit(b"(\n")?;
    let format = r.field_string(1, "format")?.to_owned();
    let version = r.field_with(1, "version", Reader::uint)?;
    let version = u32::try_from(version).ok()?;
    let document = r.field_with(1, "document", |r| {
        r.lit(b"(\n")?;
        let path = r.field_string(2, "path")?.to_owned();
        let fingerprint = Fingerprint::new(r.field_string(2, "fingerprint")?);
        let title = r.field_string(2, "title")?.to_owned();
        let paragraph_count = usize::try_from(r.field_with(2, "paragraph_count", Reader::uint)?).ok()?;
        r.close(1, b')')?;
        r.bound(path.len() <= MAX_PATH_BYTES && fingerprint.as_str().len() <= MAX_ID_BYTES);
        r.bound(chars_within(&title, MAX_TITLE_CHARS));
        Some(DocumentRef { path, fingerprint, title, paragraph_count })
    })?;
    let tags = r.field_with(1, "tags", |r| r.list(1, Reader::tag_record))?;
    let aliases = r.field_with(1, "aliases", |r| {
        r.lit(b"(\n")?;
        let authors = r.field_with(2, "authors", |r| r.list(2, |r, _| r.pair()))?;
        let authors: BTreeSet<(String, String)> =
            authors.into_iter().map(|(x, y)| (x.to_owned(), y.to_owned())).collect();
        let tags = r.field_with(2, "tags", |r| r.list(2, |r, _| r.pair()))?;
        let tags = tags.into_iter().map(|(x, y)| Some((TagId::new(x)?, TagId::new(y)?))).collect::<Option<_>>()?;
        r.close(1, b')')?;
        Some(Aliases { authors, tags })
    })?;
    let tag_conflicts = r.field_with(1, "tag_conflicts", |r| r.list(1, Reader::tag_record))?;
    let conflicts = r.field_with(1, "conflicts", |r| r.list(1, Reader::annotation))?;
    let annotations = r.field_with(1, "annotations", Reader::annotation_list)?;
    r.lit(b")")?;
    // `ron` allows white space after the value.
    if !bytes[r.at..].iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    r.bound(tags.len() <= MAX_TAGS && annotations.len() + conflicts.len() <= MAX_ANNOTATIONS);
    let within = r.within;
    Some((DiskFile { format, version, document, tags, aliases, tag_conflicts, conflicts, annotations }, within))
}

/// A cursor over the text; every method returns `None` when the text is not
/// exactly what [`write_file`] writes there.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Every field read so far is within its bound (see [`read_bytes`]).
    within: bool,
}

impl<'a> Reader<'a> {
    /// Notes whether a field is within its bound.
    fn bound(&mut self, ok: bool) {
        self.within &= ok;
    }

    fn lit(&mut self, expected: &[u8]) -> Option<()> {
        let end = self.at.checked_add(expected.len())?;
        (self.bytes.get(self.at..end)? == expected).then(|| self.at = end)
    }

    fn indent(&mut self, level: usize) -> Option<()> {
        let end = self.at.checked_add(level * INDENT.len())?;
        self.bytes.get(self.at..end)?.iter().all(|&c| c == b' ').then(|| self.at = end)
    }

    fn field_with<T>(&mut self, level: usize, name: &str, value: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        self.indent(level)?;
        self.lit(name.as_bytes())?;
        self.lit(b": ")?;
        let v = value(self)?;
        self.lit(b",\n")?;
        Some(v)
    }

    fn field_string(&mut self, level: usize, name: &str) -> Option<&'a str> {
        self.field_with(level, name, Reader::string)
    }

    fn close(&mut self, level: usize, bracket: u8) -> Option<()> {
        self.indent(level)?;
        self.lit(&[bracket])
    }

    /// A string without escapes: `"…"` holding no `\`, or a raw string `r#"…"#`.
    fn string(&mut self) -> Option<&'a str> {
        match self.bytes.get(self.at)? {
            b'"' => {
                let start = self.at + 1;
                let len = memchr::memchr(b'"', &self.bytes[start..])?;
                let value = &self.bytes[start..start + len];
                // An escape would need decoding: `ron`'s business.
                if memchr::memchr(b'\\', value).is_some() {
                    return None;
                }
                self.at = start + len + 1;
                std::str::from_utf8(value).ok()
            }
            b'r' => {
                let hashes = self.bytes[self.at + 1..].iter().take_while(|&&c| c == b'#').count();
                let start = self.at + 1 + hashes + 1;
                if self.bytes.get(start - 1) != Some(&b'"') {
                    return None;
                }
                // The first `"` followed by as many `#` ends it.
                let mut from = start;
                loop {
                    let quote = from + memchr::memchr(b'"', self.bytes.get(from..)?)?;
                    let end = quote + 1 + hashes;
                    if self.bytes.get(quote + 1..end).is_some_and(|h| h.iter().all(|&c| c == b'#')) {
                        self.at = end;
                        return std::str::from_utf8(&self.bytes[start..quote]).ok();
                    }
                    from = quote + 1;
                }
            }
            _ => None,
        }
    }

    /// Decimal digits as written (no sign, underscore or leading zero).
    fn uint(&mut self) -> Option<u64> {
        let digits = self.bytes[self.at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || (digits > 1 && self.bytes[self.at] == b'0') {
            return None;
        }
        let mut n: u64 = 0;
        for &c in &self.bytes[self.at..self.at + digits] {
            n = n.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
        }
        self.at += digits;
        Some(n)
    }

    /// `None` or `Some(…)`: the outer `Option` says whether the layout matched,
    /// the inner one is the value.
    #[allow(clippy::option_option, reason = "the outer Option is the parser's, the inner the file's")]
    fn option<T>(&mut self, some: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.lit(b"None").is_some() {
            return Some(None);
        }
        self.lit(b"Some(")?;
        let value = some(self)?;
        self.lit(b")")?;
        Some(Some(value))
    }

    fn timestamp(&mut self) -> Option<Timestamp> {
        let text = self.string()?;
        // The layout `jiff` prints, read directly; anything else by the parser
        // `jiff`'s `Deserialize` uses.
        utc_timestamp(text).or_else(|| text.parse().ok())
    }

    fn pair(&mut self) -> Option<(&'a str, &'a str)> {
        self.lit(b"(")?;
        let x = self.string()?;
        self.lit(b", ")?;
        let y = self.string()?;
        self.lit(b")")?;
        Some((x, y))
    }

    /// The `annotations` list (field line at level 1). A large one is cut at
    /// stanza boundaries and its pieces are read on two threads: a cut that falls
    /// inside a string (a note holding a stanza break) leaves that string
    /// unterminated in its piece, which then fails, and the whole file is left to
    /// `ron` — never a different result.
    fn annotation_list(&mut self) -> Option<Vec<AnnotationRecord>> {
        const STANZA_BREAK: &[u8] = b"\n        ),\n        (\n";
        const LIST_END: &[u8] = b"\n    ],\n)";
        let rest = &self.bytes[self.at..];
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        if rest.len() < PARALLEL_BYTES || threads < 2 || !rest.starts_with(b"[\n") {
            return self.list(1, Reader::annotation);
        }
        let body_start = self.at + 2;
        // The list ends at the last `\n    ],\n)` of the text.
        let body_end = body_start + memchr::memmem::rfind(&self.bytes[body_start..], LIST_END)? + 1;
        let middle = body_start + (body_end - body_start) / 2;
        let cut = middle + memchr::memmem::find(&self.bytes[middle..body_end], STANZA_BREAK)? + "\n        ),\n".len();
        let pieces = [(body_start, cut), (cut, body_end)];
        let parsed: Vec<Option<(Vec<AnnotationRecord>, bool)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = pieces
                .iter()
                .map(|&(from, to)| {
                    let piece = Reader { bytes: self.bytes.get(..to)?, at: from, within: true };
                    Some(scope.spawn(move || piece.stanzas()))
                })
                .collect();
            handles.into_iter().map(|h| h.and_then(|h| h.join().ok().flatten())).collect()
        });
        let mut annotations = Vec::new();
        for part in parsed {
            let (part, within) = part?;
            annotations.extend(part);
            self.bound(within);
        }
        self.at = body_end;
        self.close(1, b']')?;
        (!annotations.is_empty()).then_some(annotations)
    }

    /// Annotation stanzas at level 2 (each `(…),` on its own lines) up to the end
    /// of the text.
    fn stanzas(mut self) -> Option<(Vec<AnnotationRecord>, bool)> {
        let mut items = Vec::new();
        while self.at < self.bytes.len() {
            self.indent(2)?;
            items.push(self.annotation(2)?);
            self.lit(b",\n")?;
        }
        Some((items, self.within))
    }

    /// A list whose field line is at `level`.
    fn list<T>(&mut self, level: usize, mut element: impl FnMut(&mut Self, usize) -> Option<T>) -> Option<Vec<T>> {
        if self.lit(b"[]").is_some() {
            return Some(Vec::new());
        }
        self.lit(b"[\n")?;
        let mut items = Vec::new();
        loop {
            self.indent(level)?;
            if self.lit(b"]").is_some() {
                // `[\n]` is not what is written: an empty list is `[]`.
                return (!items.is_empty()).then_some(items);
            }
            self.indent(1)?;
            items.push(element(self, level + 1)?);
            self.lit(b",\n")?;
        }
    }

    fn rev(&mut self, level: usize) -> Option<VersionVector> {
        if self.lit(b"{}").is_some() {
            return Some(VersionVector::default());
        }
        self.lit(b"{\n")?;
        // Collected in file order (sorted, as written) and built in one go; a
        // repeated key keeps its last value, as serde's map and `collect` do.
        let mut entries: Vec<(InstallationId, u64)> = Vec::with_capacity(2);
        loop {
            self.indent(level)?;
            if self.lit(b"}").is_some() {
                return (!entries.is_empty()).then(|| entries.into_iter().collect());
            }
            self.indent(1)?;
            // The parser `InstallationId`'s `Deserialize` uses.
            let installation: InstallationId = self.string()?.parse().ok()?;
            self.lit(b": ")?;
            let n = self.uint()?;
            self.lit(b",\n")?;
            entries.push((installation, n));
        }
    }

    fn tag_record(&mut self, level: usize) -> Option<TagRecord> {
        let inner = level + 1;
        self.lit(b"(\n")?;
        let id = TagId::new(self.field_string(inner, "id")?)?;
        let label = self.field_string(inner, "label")?.to_owned();
        let description = self.field_string(inner, "description")?.to_owned();
        let color = Color::from_hex(self.field_string(inner, "color")?)?;
        let shortcut = self.field_with(inner, "shortcut", |r| r.option(|r| u8::try_from(r.uint()?).ok()))?;
        let rev = self.field_with(inner, "rev", |r| r.rev(inner))?;
        let deleted = self.field_with(inner, "deleted", |r| r.option(Reader::timestamp))?;
        let position = self.field_with(inner, "position", |r| r.option(|r| u32::try_from(r.uint()?).ok()))?;
        self.close(level, b')')?;
        self.bound(chars_within(&label, MAX_LABEL_CHARS) && chars_within(&description, MAX_DESCRIPTION_CHARS));
        Some(TagRecord { id, label, description, color, shortcut, rev, deleted, position })
    }

    fn annotation(&mut self, level: usize) -> Option<AnnotationRecord> {
        let inner = level + 1;
        self.lit(b"(\n")?;
        // The parser `AnnotationId`'s `Deserialize` uses.
        let id: AnnotationId = self.field_string(inner, "id")?.parse().ok()?;
        let segments = self.field_with(inner, "segments", |r| r.list(inner, Reader::segment))?;
        let tags = self.field_with(inner, "tags", |r| r.list(inner, |r, _| TagId::new(r.string()?)))?;
        let tags: BTreeSet<TagId> = tags.into_iter().collect();
        let note = self.field_string(inner, "note")?.to_owned();
        let author = self.field_string(inner, "author")?.to_owned();
        let created = self.field_with(inner, "created", Reader::timestamp)?;
        let modified = self.field_with(inner, "modified", Reader::timestamp)?;
        let rev = self.field_with(inner, "rev", |r| r.rev(inner))?;
        let deleted = self.field_with(inner, "deleted", |r| r.option(Reader::timestamp))?;
        self.close(level, b')')?;
        self.bound(
            segments.len() <= MAX_SEGMENTS
                && tags.len() <= MAX_TAGS_PER_ANNOTATION
                && chars_within(&note, MAX_NOTE_CHARS)
                && chars_within(&author, MAX_LABEL_CHARS),
        );
        Some(AnnotationRecord { id, segments, tags, note, author, created, modified, rev, deleted })
    }

    fn segment(&mut self, level: usize) -> Option<Segment> {
        let inner = level + 1;
        self.lit(b"(\n")?;
        let paragraph = ParagraphId::new(self.field_string(inner, "paragraph")?);
        let start = CharOffset(usize::try_from(self.field_with(inner, "start", Reader::uint)?).ok()?);
        let end = CharOffset(usize::try_from(self.field_with(inner, "end", Reader::uint)?).ok()?);
        let quote = self.field_string(inner, "quote")?.to_owned();
        let prefix = self.field_string(inner, "prefix")?.to_owned();
        let suffix = self.field_string(inner, "suffix")?.to_owned();
        let neighbors = self.field_with(inner, "neighbors", |r| {
            r.lit(b"(\n")?;
            let id = |r: &mut Self| r.string().map(ParagraphId::new);
            let before = r.field_with(inner + 1, "before", |r| r.option(id))?;
            let after = r.field_with(inner + 1, "after", |r| r.option(id))?;
            r.close(inner, b')')?;
            Some(Neighbors { before, after })
        })?;
        self.close(level, b')')?;
        let id_within = |p: Option<&ParagraphId>| p.is_none_or(|p| p.as_str().len() <= MAX_ID_BYTES);
        self.bound(
            id_within(Some(&paragraph))
                && id_within(neighbors.before.as_ref())
                && id_within(neighbors.after.as_ref())
                && chars_within(&quote, MAX_QUOTE_CHARS)
                && chars_within(&prefix, CONTEXT_CHARS)
                && chars_within(&suffix, CONTEXT_CHARS),
        );
        Some(Segment { paragraph, start, end, quote, prefix, suffix, neighbors })
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::cast_possible_wrap,
        clippy::cast_possible_truncation,
        clippy::range_plus_one,
        clippy::format_collect,
        reason = "tests"
    )]

    use std::path::Path;

    use super::*;
    use crate::model::annotation::Annotation;
    use crate::model::tags::Tag;
    use crate::model::version::Version;
    use crate::persist::annotations::{
        AnnotationFile, FileVersions, from_ron_str_with_serde, write_ron, write_ron_with_serde,
    };

    fn serde_bytes(file: &AnnotationFile) -> Vec<u8> {
        let mut out = Vec::new();
        write_ron_with_serde(&mut out, file).unwrap();
        out
    }

    fn fast_bytes(file: &AnnotationFile) -> Vec<u8> {
        let mut out = Vec::new();
        write_ron(&mut out, file).unwrap();
        out
    }

    /// The fast reader's file for `text`, as the loader builds it.
    fn fast_read(text: &str) -> Option<AnnotationFile> {
        read_file(text).map(AnnotationFile::from)
    }

    /// Text that tests every rule of string printing: quotes, backslashes, runs
    /// of `#`, raw-string look-alikes, line ends, control characters, right-to-left
    /// and CJK text, emoji, and a line that looks like a stanza break.
    const STRINGS: &[&str] = &[
        "",
        "plain",
        "Compromiso del \"sector privado\"",
        "C:\\Users\\ana\\notas",
        "a \"# b",
        "## \"### \\ #",
        "r#\"raw look-alike\"#",
        "line one\nline two\r\nline three",
        "tab\there\u{0}nul\u{1}\u{1f}\u{7f}",
        "دور الحكومات في السياسة العامة",
        "加强合作 — 互联网治理论坛",
        "👩🏽‍💻 emoji 🇺🇳",
        "\n        ),\n        (\n            id: \"01KB0000000000000000000000\",",
        "\\",
        "\"",
        "#",
        "Some(\"x\")",
    ];

    /// xorshift64*.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn text(&mut self) -> String {
            let mut s = String::new();
            for _ in 0..self.below(3) {
                s.push_str(STRINGS[self.below(STRINGS.len())]);
            }
            s
        }
        fn time(&mut self) -> Timestamp {
            let t = Timestamp::from_second(1_767_603_600 + self.below(100_000_000) as i64).unwrap();
            if self.below(4) == 0 {
                t.checked_add(jiff::SignedDuration::from_millis(self.below(999) as i64 + 1)).unwrap()
            } else {
                t
            }
        }
        fn rev(&mut self) -> VersionVector {
            (0..self.below(3))
                .map(|i| (format!("01KB{:0>22}", self.below(5) + i).parse().unwrap(), self.next() >> self.below(64)))
                .collect()
        }
        fn tag_id(&mut self) -> TagId {
            TagId::new(["governments", "civil-society", "private-sector", "x", "tag-9"][self.below(5)]).unwrap()
        }
        fn annotation(&mut self) -> Annotation {
            let paragraph = |r: &mut Self| ParagraphId::new(format!("p-{:012x}", r.next() >> 16));
            let segments = (0..1 + self.below(3))
                .map(|_| Segment {
                    paragraph: paragraph(self),
                    start: CharOffset(self.below(1000)),
                    end: CharOffset(self.below(100_000)),
                    quote: self.text(),
                    prefix: self.text(),
                    suffix: self.text(),
                    neighbors: Neighbors {
                        before: (self.below(3) > 0).then(|| paragraph(self)),
                        after: (self.below(3) > 0).then(|| paragraph(self)),
                    },
                })
                .collect();
            Annotation {
                id: AnnotationId::from_parts(self.next() >> 20, u128::from(self.next())),
                segments,
                tags: (0..self.below(4)).map(|_| self.tag_id()).collect(),
                note: self.text(),
                author: self.text(),
                created: self.time(),
                modified: self.time(),
            }
        }
        fn tag(&mut self, id: TagId) -> Version<Tag> {
            let value = Tag {
                id,
                label: self.text(),
                description: self.text(),
                color: Color { r: self.next() as u8, g: self.next() as u8, b: self.next() as u8 },
                shortcut: (self.below(2) == 0).then(|| self.next() as u8),
            };
            Version { value, rev: self.rev(), deleted: (self.below(5) == 0).then(|| self.time()) }
        }
    }

    /// A file of `n` annotations (a tenth tombstones, a twentieth with a
    /// conflicting version) with every kind of field content, from `seed`.
    fn generated(seed: u64, n: usize) -> AnnotationFile {
        let mut r = Rng(seed | 1);
        let mut tags: Vec<TagRecord> = Vec::new();
        for (i, id) in ["governments", "civil-society", "private-sector"].iter().enumerate() {
            let mut version = r.tag(TagId::new(id).unwrap());
            version.deleted = None;
            tags.push(TagRecord::new(version, (r.below(3) == 0).then_some(i as u32 + 7)));
        }
        tags.push(TagRecord::new(r.tag(TagId::new("tag-9").unwrap()), None));
        let tag_conflicts = if r.below(2) == 0 {
            vec![TagRecord::new(r.tag(TagId::new("civil-society").unwrap()), None)]
        } else {
            Vec::new()
        };
        let tag_aliases = if r.below(2) == 0 {
            std::iter::once((TagId::new("governments").unwrap(), TagId::new("x").unwrap())).collect()
        } else {
            BTreeSet::new()
        };
        let tags = super::super::records::tag_set(tags, tag_conflicts, tag_aliases);
        let mut file = AnnotationFile {
            format: super::super::annotations::FORMAT.to_owned(),
            version: VERSION,
            document: DocumentRef {
                path: r.text(),
                fingerprint: Fingerprint::new("230ec0981a043df125e7b7d3bc5b10c5"),
                title: r.text(),
                paragraph_count: r.below(10_000),
            },
            tags,
            annotations: Vec::new(),
            versions: FileVersions::default(),
        };
        for i in 0..n {
            let a = r.annotation();
            let rev = r.rev();
            if i % 10 == 9 {
                file.versions.deleted.push(Version { value: a, rev, deleted: Some(r.time()) });
                continue;
            }
            if i % 20 == 3 {
                let mut other = r.annotation();
                other.id = a.id;
                let deleted = (r.below(3) == 0).then(|| r.time());
                file.versions.conflicts.push(Version { value: other, rev: r.rev(), deleted });
            }
            if !rev.is_empty() {
                file.versions.revs.insert(a.id, rev);
            }
            file.annotations.push(a);
        }
        for _ in 0..r.below(3) {
            file.versions.author_aliases.insert((r.text(), r.text()));
        }
        file
    }

    #[test]
    fn the_bundled_files_print_and_read_as_ron_prints_and_reads_them() {
        let saves = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
        let mut checked = 0;
        for entry in std::fs::read_dir(saves).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".glosa.ron") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let file = from_ron_str_with_serde(&text).unwrap();
            assert_eq!(fast_bytes(&file), serde_bytes(&file), "{}", path.display());
            // The files are saved by Glosa: the fast reader takes them as they are.
            assert_eq!(fast_read(&text).as_ref(), Some(&file), "{}", path.display());
            checked += 1;
        }
        assert_eq!(checked, 2);
    }

    #[test]
    fn a_thousand_annotations_with_every_kind_of_field_print_as_ron_prints_them() {
        let file = generated(0x5EED, 1_000);
        assert_eq!(file.versions.deleted.len(), 100);
        assert_eq!(file.versions.conflicts.len(), 50);
        let bytes = fast_bytes(&file);
        assert_eq!(String::from_utf8_lossy(&bytes), String::from_utf8_lossy(&serde_bytes(&file)));
        let text = String::from_utf8(bytes).unwrap();
        // Raw strings, quotes and stanza look-alikes inside notes are all there.
        assert!(text.contains("r##\""));
        assert!(text.contains("دور الحكومات"));
        let read = fast_read(&text).expect("the layout Glosa writes");
        assert_eq!(read, from_ron_str_with_serde(&text).unwrap());
        assert_eq!(read.annotations.len(), 900);
        assert_eq!(read.versions.deleted.len(), 100);
        assert_eq!(read.versions.conflicts.len(), 50);
    }

    #[test]
    fn other_layouts_and_version_1_are_left_to_ron() {
        let text = String::from_utf8(fast_bytes(&generated(7, 20))).unwrap();
        assert!(fast_read(&text).is_some());
        // Hand-edited: other indentation, a comment, an escape, a struct name.
        assert!(fast_read(&text.replacen("    format", "  format", 1)).is_none());
        assert!(fast_read(&text.replacen("(\n", "( // Glosa\n", 1)).is_none());
        assert!(
            fast_read(&text.replacen("format: \"glosa-annotations\"", "format: \"glosa-annotation\\u{73}\"", 1))
                .is_none()
        );
        assert!(fast_read(&format!("DiskFile{text}")).is_none());
        assert!(fast_read(&text.replacen(",\n)", "\n)", 1)).is_none());
        // Trailing white space is fine for both.
        assert_eq!(fast_read(&format!("{text}\n\n  ")), Some(from_ron_str_with_serde(&text).unwrap()));
        // Version 1: the same layout without `rev`, `deleted`, `position` and the
        // version-2 lists.
        let v1: String = text
            .replacen("version: 2", "version: 1", 1)
            .lines()
            .filter(|l| !["rev: {}", "deleted: None", "position: None"].iter().any(|f| l.trim_start().starts_with(f)))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(fast_read(&v1).is_none());
    }

    /// `text` with one edit at a random place: a byte inserted, removed or
    /// replaced by another from a set that matters to RON.
    fn mutate(text: &str, seed: u64) -> String {
        const PIECES: &[&str] = &[
            " ", "\n", "\\", "\"", "#", ",", "(", ")", "[", "]", "{", "}", "0", "9", "//", "r", "Some(", "None", "\t",
            "é",
        ];
        let mut r = Rng(seed | 1);
        let mut at = r.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut out = text[..at].to_owned();
        let mut rest = &text[at..];
        match r.below(3) {
            0 => out.push_str(PIECES[r.below(PIECES.len())]),
            1 => {
                let skip = rest.chars().next().map_or(0, char::len_utf8);
                rest = &rest[skip..];
            }
            _ => {
                let skip = rest.chars().next().map_or(0, char::len_utf8);
                rest = &rest[skip..];
                out.push_str(PIECES[r.below(PIECES.len())]);
            }
        }
        out.push_str(rest);
        out
    }

    fn set_bytes(document: &DocumentRef, set: &AnnotationSet, doc: Option<&Document>) -> Vec<u8> {
        let mut out = Vec::new();
        write_set(&mut out, document, set, doc).unwrap();
        out
    }

    #[test]
    fn a_set_prints_as_the_file_holding_it_in_document_order() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let doc = Document::parse(
            std::fs::read(root.join("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt")).unwrap(),
            "itu-wtpf13-enhanced-cooperation-brief.es.txt",
        )
        .unwrap();
        let text =
            std::fs::read_to_string(root.join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron")).unwrap();
        let (document, set) = from_ron_str_with_serde(&text).unwrap().into_set();
        assert_eq!(set.annotations.len(), 10);
        for order in [Some(&doc), None] {
            let file = AnnotationFile::new(document.clone(), &set, order);
            assert_eq!(set_bytes(&document, &set, order), fast_bytes(&file));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        #[test]
        fn timestamps_read_directly_are_what_jiff_reads(
            second in -62_000_000_000i64..253_402_000_000,
            nanos in 0i32..1_000_000_000,
            kind in 0u8..3,
            edit in 0usize..40,
            with in proptest::sample::select(vec!['0', '9', '-', ':', 'T', 'Z', '.', ' ', 'z', '+']),
        ) {
            // Whole seconds, milliseconds (what Glosa records) or any nanoseconds.
            let nanos = [0, nanos / 1_000_000 * 1_000_000, nanos][usize::from(kind)];
            let Ok(t) = Timestamp::new(second, nanos) else { return Ok(()) };
            let printed = t.to_string();
            let by_jiff: Option<Timestamp> = printed.parse().ok();
            proptest::prop_assert_eq!(by_jiff, Some(t));
            if let Some(fast) = utc_timestamp(&printed) {
                proptest::prop_assert_eq!(Some(fast), by_jiff);
            }
            // One character changed: agree with jiff or decline.
            let mut edited: Vec<char> = printed.chars().collect();
            if edit < edited.len() {
                edited[edit] = with;
            } else {
                edited.push(with);
            }
            let edited: String = edited.into_iter().collect();
            if let Some(fast) = utc_timestamp(&edited) {
                proptest::prop_assert_eq!(Some(fast), edited.parse::<Timestamp>().ok(), "{}", edited);
            }
        }

        #[test]
        fn printed_timestamps_of_glosas_years_are_read_directly(second in 0i64..250_000_000_000, nanos in 0i32..1_000_000_000) {
            let t = Timestamp::new(second, nanos).unwrap();
            proptest::prop_assert_eq!(utc_timestamp(&t.to_string()), Some(t));
        }

        #[test]
        fn a_random_set_prints_as_the_file_holding_it(seed in proptest::prelude::any::<u64>(), n in 0usize..40) {
            let (document, set) = generated(seed, n).into_set();
            let file = AnnotationFile::new(document.clone(), &set, None);
            proptest::prop_assert_eq!(set_bytes(&document, &set, None), serde_bytes(&file));
        }

        #[test]
        fn printing_and_reading_agree_with_ron_on_random_files(seed in proptest::prelude::any::<u64>(), n in 0usize..40) {
            let file = generated(seed, n);
            let bytes = fast_bytes(&file);
            proptest::prop_assert_eq!(&bytes, &serde_bytes(&file));
            let text = String::from_utf8(bytes).unwrap();
            let by_ron = from_ron_str_with_serde(&text).unwrap();
            proptest::prop_assert_eq!(fast_read(&text), Some(by_ron));
        }

        #[test]
        fn on_a_mutated_layout_the_fast_reader_agrees_with_ron_or_declines(seed in proptest::prelude::any::<u64>(), n in 0usize..6, edits in 1usize..4) {
            let mut text = String::from_utf8(fast_bytes(&generated(seed, n))).unwrap();
            for k in 0..edits {
                text = mutate(&text, seed.wrapping_add(k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            }
            if let Some(fast) = fast_read(&text) {
                let by_ron = from_ron_str_with_serde(&text);
                proptest::prop_assert!(by_ron.is_ok(), "fast reader took text ron refuses: {:?}", by_ron.err());
                proptest::prop_assert_eq!(Some(fast), by_ron.ok());
            }
        }
    }
}
