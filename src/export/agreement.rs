//! Exports of an inter-coder agreement [`Report`] (the app's Agreement view): the
//! table of measures and the disagreement list as CSV, and both as a Markdown
//! report.
//!
//! Positions are Unicode code points of the paragraph text (¶N, start..end), as
//! everywhere on disk. Values are fractions with three decimals in the Markdown
//! report and six in CSV; an undefined value is an empty cell (CSV) or "—"
//! (Markdown) with its reason beside it. CSV follows the excerpt export's rules
//! for spreadsheets: UTF-8 with a byte order mark, CRLF, and text cells that could
//! start a formula prefixed with `'` ([`super::neutralize_formula`]); numbers are
//! written as they are (a negative κ stays a number).

use std::io::{self, Write};

use crate::model::TagSet;
use crate::model::agreement::{Disagreement, DisagreementKind, Measures, Passage, Report, Results, Value};

use super::csv::{UTF8_BOM, neutralize_formula};
use super::markdown::escape_inline;

/// Columns of [`write_table_csv`].
pub const TABLE_COLUMNS: [&str; 12] = [
    "document",
    "tag",
    "tag_label",
    "coders",
    "units",
    "percent",
    "cohen_kappa",
    "fleiss_kappa",
    "krippendorff_alpha",
    "alpha_u",
    "segments_matched",
    "why",
];

/// Columns of [`write_disagreements_csv`].
/// A passage is `paragraph`, `ordinal`, `start` to `end_paragraph`, `end_ordinal`,
/// `end` (the same paragraph unless it crosses a paragraph break).
pub const DISAGREEMENT_COLUMNS: [&str; 20] = [
    "document",
    "kind",
    "coder",
    "tag",
    "paragraph",
    "ordinal",
    "start",
    "end_paragraph",
    "end_ordinal",
    "end",
    "quote",
    "other_coder",
    "other_tag",
    "other_paragraph",
    "other_ordinal",
    "other_start",
    "other_end_paragraph",
    "other_end_ordinal",
    "other_end",
    "other_quote",
];

/// A tag's label in `codebook`, or its ID.
fn label(codebook: &TagSet, tag: &crate::model::TagId) -> String {
    codebook.get(tag).map_or_else(|| tag.as_str().to_owned(), |t| t.label.clone())
}

fn csv_writer(out: &mut impl Write) -> io::Result<::csv::Writer<&mut dyn Write>> {
    out.write_all(UTF8_BOM)?;
    let out: &mut dyn Write = out;
    Ok(::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(out))
}

fn csv_value(value: Value) -> String {
    value.get().map_or_else(String::new, |v| format!("{v:.6}"))
}

/// The distinct reasons of the undefined values, `; `-separated.
fn why_text(values: &[Value]) -> String {
    let mut reasons: Vec<&str> = Vec::new();
    for reason in values.iter().filter_map(|v| v.why()).map(crate::model::agreement::Undefined::reason) {
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    reasons.join("; ")
}

fn values(m: &Measures) -> [Value; 6] {
    [m.percent, m.cohen_kappa, m.fleiss_kappa, m.krippendorff_alpha, m.alpha_u, m.segments_matched]
}

/// Writes the table of measures of `results` (a document's, or pooled) as CSV
/// ([`TABLE_COLUMNS`]): one row per tag, in `order` (indices into
/// `report.tags`), then `(overall)`. `units` is each coder's number of units,
/// `;`-separated in the order of `coders`.
///
/// # Errors
/// When `out` cannot be written.
pub fn write_table_csv(
    out: &mut impl Write,
    report: &Report,
    results: &Results,
    order: &[usize],
    codebook: &TagSet,
) -> io::Result<()> {
    let mut writer = csv_writer(out)?;
    writer.write_record(TABLE_COLUMNS)?;
    let document = report.documents.first().map_or("", |d| d.name.as_str());
    let coders = results.coders.iter().map(|&c| report.coders[c].as_str()).collect::<Vec<_>>().join(";");
    let text = |s: &str| neutralize_formula(s).into_owned();
    for &i in order {
        let Some(tag) = results.tags.get(i) else {
            continue;
        };
        let units = tag.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(";");
        let values = values(&tag.measures);
        let mut record =
            vec![text(document), tag.tag.as_str().to_owned(), text(&label(codebook, &tag.tag)), text(&coders), units];
        record.extend(values.iter().map(|v| csv_value(*v)));
        record.push(why_text(&values));
        writer.write_record(&record)?;
    }
    let values = values(&results.overall);
    let mut record = vec![text(document), "(overall)".to_owned(), "All tags".to_owned(), text(&coders), String::new()];
    record.extend(values.iter().map(|v| csv_value(*v)));
    record.push(why_text(&values));
    writer.write_record(&record)?;
    writer.flush()
}

/// Writes the disagreement list as CSV ([`DISAGREEMENT_COLUMNS`]), in the
/// report's order; the `other_*` cells are empty when the other coder did not
/// code the passage.
///
/// # Errors
/// When `out` cannot be written.
pub fn write_disagreements_csv(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let mut writer = csv_writer(out)?;
    writer.write_record(DISAGREEMENT_COLUMNS)?;
    let text = |s: &str| neutralize_formula(s).into_owned();
    let passage = |p: &Passage| {
        vec![
            p.paragraph.as_str().to_owned(),
            p.ordinal.to_string(),
            p.start.to_string(),
            p.end_paragraph.as_str().to_owned(),
            p.end_ordinal.to_string(),
            p.end.to_string(),
            text(&p.quote),
        ]
    };
    for d in &report.disagreements {
        let document = report.documents.get(d.document).map_or("", |doc| doc.name.as_str());
        let mut record =
            vec![text(document), d.kind.as_str().to_owned(), text(&report.coders[d.coder]), d.tag.as_str().to_owned()];
        record.extend(passage(&d.passage));
        record.push(text(&report.coders[d.other_coder]));
        match &d.other {
            Some((tag, other)) => {
                record.push(tag.as_str().to_owned());
                record.extend(passage(other));
            }
            None => record.extend(std::iter::repeat_n(String::new(), 8)),
        }
        writer.write_record(&record)?;
    }
    writer.flush()
}

/// What a disagreement kind means, for people.
pub fn kind_text(kind: DisagreementKind) -> &'static str {
    match kind {
        DisagreementKind::Boundaries => "boundaries differ",
        DisagreementKind::DifferentTags => "different tags",
        DisagreementKind::OneCoderOnly => "one coder only",
    }
}

fn fixed(value: Value) -> String {
    value.get().map_or_else(|| "—".to_owned(), three_decimals)
}

/// Writes the report as Markdown: the document and coders, the table of
/// measures (tags in `order`, then all tags) with the reason for each "—", the
/// disagreement list with quotes, and the annotations left out.
///
/// # Errors
/// When `out` cannot be written.
pub fn write_report_markdown(
    out: &mut impl Write,
    report: &Report,
    order: &[usize],
    codebook: &TagSet,
) -> io::Result<()> {
    let results = &report.pooled;
    let coders: Vec<&str> = results.coders.iter().map(|&c| report.coders[c].as_str()).collect();
    writeln!(out, "# Inter-coder agreement")?;
    writeln!(out)?;
    if let Some(document) = report.documents.first() {
        writeln!(
            out,
            "Document: {} ({}; {} paragraph{}, {} code points).",
            escape_inline(&document.title),
            escape_inline(&document.name),
            document.paragraphs,
            if document.paragraphs == 1 { "" } else { "s" },
            results.code_points
        )?;
        writeln!(out)?;
    }
    let names: Vec<String> = coders.iter().map(|c| escape_inline(c)).collect();
    writeln!(
        out,
        "Coders: {}. Segments match at {}% overlap of the longer one.",
        crate::model::agreement::coder_list(&names),
        report.threshold.percent_text()
    )?;
    writeln!(out)?;
    writeln!(out, "## Measures")?;
    writeln!(out)?;
    writeln!(
        out,
        "| Tag | Units ({}) | Percent | Cohen κ | Fleiss κ | α (char) | α_u | Segments matched |",
        names.join(" / ")
    )?;
    writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|")?;
    let mut reasons: Vec<(String, &'static str)> = Vec::new();
    let mut row = |out: &mut dyn Write, name: &str, units: &str, m: &Measures| -> io::Result<()> {
        let v = values(m);
        writeln!(
            out,
            "| {name} | {units} | {} | {} | {} | {} | {} | {} |",
            fixed(v[0]),
            fixed(v[1]),
            fixed(v[2]),
            fixed(v[3]),
            fixed(v[4]),
            fixed(v[5])
        )?;
        for (measure, value) in ["percent", "Cohen κ", "Fleiss κ", "α (char)", "α_u", "segments matched"].iter().zip(v)
        {
            if let Some(why) = value.why() {
                reasons.push((format!("{name}, {measure}"), why.reason()));
            }
        }
        Ok(())
    };
    for &i in order {
        let Some(tag) = results.tags.get(i) else {
            continue;
        };
        let units = tag.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(" / ");
        row(out, &escape_inline(&label(codebook, &tag.tag)), &units, &tag.measures)?;
    }
    row(out, "**All tags**", "", &results.overall)?;
    if !reasons.is_empty() {
        writeln!(out)?;
        writeln!(out, "Undefined values (—):")?;
        writeln!(out)?;
        for (place, reason) in &reasons {
            writeln!(out, "- {place}: {reason}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "## Disagreements ({})", report.disagreements.len())?;
    writeln!(out)?;
    for (n, d) in report.disagreements.iter().enumerate() {
        write_disagreement(out, report, codebook, n + 1, &d)?;
    }
    if !report.excluded.is_empty() {
        writeln!(out)?;
        writeln!(out, "## Left out ({})", report.excluded.len())?;
        writeln!(out)?;
        for e in &report.excluded {
            let coder = e.coder.as_deref().map(escape_inline).unwrap_or_default();
            writeln!(out, "- {coder}: “{}” — {}", escape_inline(&e.quote), escape_inline(&e.reason.to_string()))?;
        }
    }
    Ok(())
}

fn write_disagreement(
    out: &mut impl Write,
    report: &Report,
    codebook: &TagSet,
    n: usize,
    d: &Disagreement,
) -> io::Result<()> {
    let place = |p: &Passage| p.place();
    writeln!(out, "{n}. **{}, {}**", place(&d.passage), kind_text(d.kind))?;
    writeln!(
        out,
        "   - {} ({}): “{}”",
        escape_inline(&report.coders[d.coder]),
        escape_inline(&label(codebook, &d.tag)),
        escape_inline(&d.passage.quote)
    )?;
    let other = escape_inline(&report.coders[d.other_coder]);
    match &d.other {
        Some((tag, passage)) => writeln!(
            out,
            "   - {other} ({}, {}): “{}”",
            escape_inline(&label(codebook, tag)),
            place(passage),
            escape_inline(&passage.quote)
        ),
        None => writeln!(out, "   - {other}: not coded with {}", escape_inline(&label(codebook, &d.tag))),
    }
}

/// `value` to three decimals, with a value that rounds to zero written `0.000`
/// (never `-0.000`, which a tiny negative coefficient would otherwise print).
pub fn three_decimals(value: f64) -> String {
    let text = format!("{value:.3}");
    if text == "-0.000" { "0.000".to_owned() } else { text }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_coefficient_that_rounds_to_zero_has_no_sign() {
        assert_eq!(super::three_decimals(-0.000_07), "0.000");
        assert_eq!(super::three_decimals(-0.0), "0.000");
        assert_eq!(super::three_decimals(-0.0006), "-0.001");
        assert_eq!(super::three_decimals(0.3144), "0.314");
    }
}
