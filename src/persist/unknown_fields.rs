//! Fields of an annotation file that this Glosa does not know (written by a newer
//! Glosa, another tool, or a colleague by hand): found so that nobody loses them
//! without being told. Glosa does not keep them: saving drops them, so the command
//! line refuses to save without `--drop-unknown-fields` and the app asks first.

use ron::Value;

/// Fields of the file itself.
const TOP: &[&str] = &["format", "version", "document", "tags", "aliases", "tag_conflicts", "conflicts", "annotations"];
/// Fields of `document`.
const DOCUMENT: &[&str] = &["path", "fingerprint", "title", "paragraph_count"];
/// Fields of a tag record.
const TAG: &[&str] = &["id", "label", "description", "color", "shortcut", "rev", "deleted", "position"];
/// Fields of an annotation record.
const ANNOTATION: &[&str] = &["id", "segments", "tags", "note", "author", "created", "modified", "rev", "deleted"];
/// Fields of a segment.
const SEGMENT: &[&str] = &["paragraph", "start", "end", "quote", "prefix", "suffix", "neighbors"];
/// Fields of a segment's `neighbors`.
const NEIGHBORS: &[&str] = &["before", "after"];
/// Fields of `aliases`.
const ALIASES: &[&str] = &["authors", "tags"];

/// The unknown fields of the annotation file text `text`, by where they are,
/// sorted and without repeats: `reviewer_comment` (top level),
/// `annotations.confidence` (in an annotation), `tags.…`, `annotations.segments.…`,
/// `document.…`. Empty when `text` is not RON or has none. Parses `text` once more
/// with `ron` (O(n)); meant for files the fast reader declined (which it does on
/// any field it does not know).
pub fn unknown_fields(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let Ok(value) = ron::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut found = std::collections::BTreeSet::new();
    walk_struct(&value, "", TOP, &mut found);
    found.into_iter().collect()
}

/// The fields of a struct value (RON `(name: value, …)` reads as a map).
fn fields(value: &Value) -> impl Iterator<Item = (&str, &Value)> {
    let map = match value {
        Value::Map(map) => Some(map),
        _ => None,
    };
    map.into_iter().flat_map(ron::Map::iter).filter_map(|(k, v)| match k {
        Value::String(name) => Some((name.as_str(), v)),
        _ => None,
    })
}

fn list(value: &Value) -> &[Value] {
    match value {
        Value::Seq(items) => items,
        _ => &[],
    }
}

fn walk_struct(value: &Value, at: &str, known: &[&str], found: &mut std::collections::BTreeSet<String>) {
    for (name, inner) in fields(value) {
        let path = if at.is_empty() { name.to_owned() } else { format!("{at}.{name}") };
        if !known.contains(&name) {
            found.insert(path);
            continue;
        }
        match (at, name) {
            ("", "document") => walk_struct(inner, &path, DOCUMENT, found),
            ("", "aliases") => walk_struct(inner, &path, ALIASES, found),
            ("", "tags" | "tag_conflicts") => {
                for tag in list(inner) {
                    walk_struct(tag, "tags", TAG, found);
                }
            }
            ("", "annotations" | "conflicts") => {
                for annotation in list(inner) {
                    walk_struct(annotation, "annotations", ANNOTATION, found);
                }
            }
            ("annotations", "segments") => {
                for segment in list(inner) {
                    walk_struct(segment, &path, SEGMENT, found);
                }
            }
            ("annotations.segments", "neighbors") => walk_struct(inner, &path, NEIGHBORS, found),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_file_glosa_writes_has_no_unknown_fields() {
        let text = include_str!("../../saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron");
        assert_eq!(unknown_fields(text), Vec::<String>::new());
    }

    #[test]
    fn fields_at_every_level_are_found_by_where_they_are() {
        let text = include_str!("../../saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron")
            .replacen("    format:", "    reviewer_comment: \"ver ¶4\",\n    format:", 1)
            .replacen("            note:", "            confidence: 0.8,\n            note:", 1)
            .replacen("            label:", "            source: (kind: \"MAXQDA\"),\n            label:", 1)
            .replacen("                    quote:", "                    page: 3,\n                    quote:", 1)
            .replacen("        title:", "        language: \"es\",\n        title:", 1);
        assert_eq!(
            unknown_fields(&text),
            [
                "annotations.confidence",
                "annotations.segments.page",
                "document.language",
                "reviewer_comment",
                "tags.source"
            ]
        );
    }
}
