//! The whole computation: test vectors through [`Results::compute`], and
//! [`compare`] on generated documents with real annotations.

use std::collections::BTreeSet;

use super::*;
use crate::model::{CharOffset, Segment, Timestamp};

fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

fn span(start: usize, end: usize) -> Span {
    Span { start, end }
}

/// The value to three decimals, as the test vectors give it.
fn three(value: Value) -> String {
    value.get().map_or_else(|| format!("undefined: {value:?}"), |v| format!("{v:.3}"))
}

/// C1: 1,000 code points; A codes [0,50) ∪ [100,170), B codes [0,50) ∪ [300,380).
#[test]
fn c1_through_the_whole_computation() {
    let units = vec![vec![vec![span(0, 50), span(100, 170)], vec![span(0, 50), span(300, 380)]]];
    let results = Results::compute(1000, vec![0, 1], &[tag("c")], units, Threshold::DEFAULT);
    let c = &results.tags[0];
    assert_eq!((c.units.clone(), c.coded.clone()), (vec![2, 2], vec![120, 130]));
    assert_eq!(three(c.measures.percent), "0.850");
    assert_eq!(three(c.measures.cohen_kappa), "0.314");
    assert_eq!(c.measures.fleiss_kappa, Value::Undefined(Undefined::TwoCoders));
    // One of each coder's two segments is matched.
    assert_eq!(three(c.measures.segments_matched), "0.500");
    assert_eq!(c.pairs[0].table, BinaryTable { both: 50, first_only: 70, second_only: 80, neither: 800 });
    // One tag: the overall figures are the tag's.
    assert_eq!(results.overall, c.measures);
}

/// U1: Krippendorff (2004, p. 254); the continuum 150..450 shifted to 0..300.
#[test]
fn u1_through_the_whole_computation() {
    let at = |begin: usize, length: usize| span(begin - 150, begin - 150 + length);
    let units = vec![
        vec![vec![at(225, 70), at(370, 30)], vec![at(220, 80), at(355, 20), at(400, 20)]],
        vec![vec![at(180, 60), at(300, 50)], vec![at(180, 60), at(300, 50)]],
    ];
    let results = Results::compute(300, vec![0, 1], &[tag("c"), tag("k")], units, Threshold::DEFAULT);
    assert_eq!(three(results.tags[0].measures.alpha_u), "0.729");
    assert_eq!(three(results.tags[1].measures.alpha_u), "1.000");
    assert_eq!(three(results.overall.alpha_u), "0.859");
    assert_eq!(three(results.overall_pairs[0].alpha_u), "0.859");
}

#[test]
fn identical_coders_agree_fully_on_every_measure() {
    let spans = vec![span(10, 60), span(200, 230)];
    let units = vec![vec![spans.clone(), spans.clone(), spans]];
    let results = Results::compute(500, vec![0, 1, 2], &[tag("c")], units, Threshold::DEFAULT);
    let m = results.tags[0].measures;
    for value in [m.percent, m.fleiss_kappa, m.krippendorff_alpha, m.alpha_u, m.segments_matched] {
        assert_eq!(three(value), "1.000");
    }
    assert_eq!(m.cohen_kappa, Value::Undefined(Undefined::MoreThanTwoCoders));
    assert_eq!(results.tags[0].pairs.len(), 3);
    assert!(results.tags[0].pairs.iter().all(|p| three(p.cohen_kappa) == "1.000"));
}

#[test]
fn one_coder_alone_is_undefined() {
    let units = vec![vec![vec![span(10, 60)]]];
    let results = Results::compute(500, vec![0], &[tag("c")], units, Threshold::DEFAULT);
    assert_eq!(results.tags[0].measures, Measures::undefined(Undefined::OneCoder));
    assert_eq!(results.overall, Measures::undefined(Undefined::OneCoder));
}

#[test]
fn a_tag_nobody_used_has_full_percent_agreement_and_no_coefficients() {
    let units = vec![vec![vec![span(10, 60)], vec![span(12, 60)]], vec![vec![], vec![]]];
    let results = Results::compute(500, vec![0, 1], &[tag("c"), tag("k")], units, Threshold::DEFAULT);
    let k = results.tags[1].measures;
    assert_eq!(three(k.percent), "1.000");
    for value in [k.cohen_kappa, k.krippendorff_alpha, k.alpha_u, k.segments_matched] {
        assert_eq!(value, Value::Undefined(Undefined::NothingCoded));
    }
    // The overall α_u is the used tag's (the unused one adds 0 to both sums).
    assert_eq!(results.overall.alpha_u, results.tags[0].measures.alpha_u);
}

/// Three coders: Fleiss' κ and α from the coverage counts agree with the item-list
/// definitions on the same code points.
#[test]
fn three_coders_fleiss_kappa_and_alpha_equal_the_item_definitions() {
    let coders = vec![vec![span(0, 50), span(100, 170)], vec![span(0, 50), span(300, 380)], vec![span(40, 120)]];
    let items: Vec<Vec<bool>> =
        (0..1000).map(|i| coders.iter().map(|c| c.iter().any(|s| (s.start..s.end).contains(&i))).collect()).collect();
    let results = Results::compute(1000, vec![0, 1, 2], &[tag("c")], vec![coders], Threshold::DEFAULT);
    let m = results.tags[0].measures;
    assert_eq!(three(m.fleiss_kappa), three(coefficients::fleiss_kappa(&items)));
    let optional: Vec<Vec<Option<bool>>> = items.iter().map(|u| u.iter().map(|&v| Some(v)).collect()).collect();
    assert_eq!(three(m.krippendorff_alpha), three(coefficients::krippendorff_alpha_nominal(&optional)));
    // P̄ = 0.84, p = 0.11, P̄ₑ = 0.8042: κ = 0.0358 / 0.1958.
    assert_eq!(three(m.fleiss_kappa), "0.183");
}

// --- compare() on documents ---

const PARAGRAPHS: [&str; 3] = [
    "La Agenda de Túnez reconoce la necesidad de una cooperación mejorada en el futuro.",
    "Los gobiernos, el sector privado y la sociedad civil participan en sus respectivos papeles.",
    "Las organizaciones internacionales también tienen un papel importante en la coordinación.",
];

fn document(paragraphs: &[&str]) -> Document {
    Document::parse(paragraphs.join("\n\n").into_bytes(), "test.txt").unwrap()
}

/// An annotation by `author` with `tags` on the first occurrence of each quote
/// (one segment per quote, in order).
fn annotation(doc: &Document, author: &str, tags: &[&str], quotes: &[&str], n: u64) -> Annotation {
    let segments = quotes
        .iter()
        .map(|quote| {
            let (index, text) = doc
                .paragraphs()
                .iter()
                .enumerate()
                .map(|(i, p)| (i, doc.text_of(p)))
                .find(|(_, t)| t.contains(quote))
                .unwrap();
            let start = text[..text.find(quote).unwrap()].chars().count();
            Segment::new(doc, index, CharOffset(start), CharOffset(start + quote.chars().count())).unwrap()
        })
        .collect();
    let time = Timestamp::from_second(1_767_603_600).unwrap();
    Annotation {
        id: AnnotationId::from_parts(1_767_603_600_000 + n, u128::from(n)),
        segments,
        tags: tags.iter().map(|t| tag(t)).collect(),
        note: String::new(),
        author: author.to_owned(),
        created: time,
        modified: time,
    }
}

#[test]
fn compare_uses_anchored_annotations_and_lists_the_others_with_reasons() {
    let doc = document(&PARAGRAPHS);
    let mut moved = annotation(&doc, "Ana", &["governments"], &["sector privado"], 3);
    moved.segments[0].quote = "sector privada".to_owned(); // no longer in the text
    moved.segments[0].prefix = "zzzz".to_owned();
    let ana = vec![
        annotation(&doc, "Ana", &["governments"], &["Los gobiernos"], 1),
        annotation(&doc, "Ana", &[], &["Agenda de Túnez"], 2),
        moved,
    ];
    let ben = vec![annotation(&doc, "Ben", &["governments"], &["Los gobiernos"], 4)];
    let input = DocumentInput {
        document: &doc,
        name: "test.txt",
        sources: vec![
            Source { name: "ana.glosa.ron", annotations: &ana },
            Source { name: "ben.glosa.ron", annotations: &ben },
        ],
    };
    let report = compare(&[input], &Options::default()).unwrap();
    assert_eq!(report.coders, ["Ana", "Ben"]);
    assert_eq!(report.tags, [tag("governments")]);
    let reasons: Vec<(&str, &Exclusion)> = report.excluded.iter().map(|e| (e.quote.as_str(), &e.reason)).collect();
    assert_eq!(reasons, [("Agenda de Túnez", &Exclusion::Untagged), ("sector privada", &Exclusion::Orphaned)]);
    let m = report.pooled.tags[0].measures;
    assert_eq!([three(m.percent), three(m.cohen_kappa), three(m.alpha_u)], ["1.000", "1.000", "1.000"]);
    assert!(report.disagreements.is_empty());
}

#[test]
fn disagreements_name_the_passages_and_a_highlight_across_a_break_is_one_unit() {
    let doc = document(&PARAGRAPHS);
    let ana = vec![
        annotation(&doc, "Ana", &["civil-society"], &["en el futuro.", "Los gobiernos"], 1),
        annotation(&doc, "Ana", &["private-sector"], &["el sector privado"], 2),
    ];
    let ben = vec![
        annotation(&doc, "Ben", &["civil-society"], &["Los gobiernos"], 3),
        annotation(&doc, "Ben", &["governments"], &["sector privado"], 4),
        annotation(&doc, "Ben", &["international-organizations"], &["Las organizaciones internacionales"], 5),
    ];
    let input = DocumentInput {
        document: &doc,
        name: "test.txt",
        sources: vec![Source { name: "ana", annotations: &ana }, Source { name: "ben", annotations: &ben }],
    };
    let report = compare(&[input], &Options::default()).unwrap();
    let civil = report.pooled.tags.iter().find(|t| t.tag == tag("civil-society")).unwrap();
    // Ana's highlight across the break is one unit of 13 + 1 + 13 code points.
    assert_eq!((civil.units.clone(), civil.coded.clone()), (vec![1, 1], vec![27, 13]));
    let disagreements: Vec<_> = report.disagreements.iter().collect();
    let listed: Vec<(DisagreementKind, &str, &str, &str, Option<&str>)> = disagreements
        .iter()
        .map(|d| {
            let other = d.other.as_ref().map(|(_, p)| p.quote.as_str());
            (d.kind, report.coders[d.coder].as_str(), d.tag.as_str(), d.passage.quote.as_str(), other)
        })
        .collect();
    assert_eq!(
        listed,
        [
            (
                DisagreementKind::Boundaries,
                "Ana",
                "civil-society",
                "en el futuro.\nLos gobiernos",
                Some("Los gobiernos")
            ),
            (DisagreementKind::DifferentTags, "Ana", "private-sector", "el sector privado", Some("sector privado")),
            (
                DisagreementKind::OneCoderOnly,
                "Ben",
                "international-organizations",
                "Las organizaciones internacionales",
                None
            ),
        ]
    );
    let first = &disagreements[0].passage;
    assert_eq!((first.ordinal, first.start, first.end), (1, 69, 13));
    assert_eq!(first.end_paragraph, doc.paragraphs()[1].id);
}

#[test]
fn aliases_make_two_authors_one_coder_and_coders_can_be_chosen() {
    let doc = document(&PARAGRAPHS);
    let annotations = vec![
        annotation(&doc, "ana", &["governments"], &["Los gobiernos"], 1),
        annotation(&doc, "Ana Pérez", &["governments"], &["sociedad civil"], 2),
        annotation(&doc, "Ben", &["governments"], &["Los gobiernos"], 3),
        annotation(&doc, "Carla", &["governments"], &["Los gobiernos"], 4),
    ];
    let input = || DocumentInput {
        document: &doc,
        name: "test.txt",
        sources: vec![Source { name: "merged", annotations: &annotations }],
    };
    let mut options = Options::default();
    options.aliases.insert("ana", "Ana Pérez");
    options.coders = vec!["Ben".to_owned(), "Ana Pérez".to_owned()];
    let report = compare(&[input()], &options).unwrap();
    assert_eq!(report.coders, ["Ben", "Ana Pérez"]);
    assert_eq!(report.pooled.tags[0].units, [1, 2]);
    options.coders = vec!["Dora".to_owned()];
    assert_eq!(
        compare(&[input()], &options).unwrap_err().to_string(),
        "no annotations by coder `Dora` (coders found: Ana Pérez, Ben, Carla)"
    );
}

/// Pooling concatenates the continua: the pooled α_u is the α_u of the joined
/// documents, not the mean of the per-document values.
#[test]
fn pooled_results_concatenate_the_documents() {
    let first = document(&PARAGRAPHS[..2]);
    let second = document(&PARAGRAPHS[2..]);
    let a1 = vec![annotation(&first, "Ana", &["governments"], &["Los gobiernos, el sector privado"], 1)];
    let b1 = vec![annotation(&first, "Ben", &["governments"], &["Los gobiernos"], 2)];
    let a2 = vec![annotation(&second, "Ana", &["governments"], &["organizaciones internacionales"], 3)];
    let b2 = vec![annotation(&second, "Ben", &["governments"], &["Las organizaciones internacionales"], 4)];
    let inputs = [
        DocumentInput {
            document: &first,
            name: "one.txt",
            sources: vec![Source { name: "a1", annotations: &a1 }, Source { name: "b1", annotations: &b1 }],
        },
        DocumentInput {
            document: &second,
            name: "two.txt",
            sources: vec![Source { name: "a2", annotations: &a2 }, Source { name: "b2", annotations: &b2 }],
        },
    ];
    let report = compare(&inputs, &Options::default()).unwrap();
    let (c1, c2) = (Continuum::of(&first), Continuum::of(&second));
    assert_eq!(report.pooled.code_points, c1.len() + 1 + c2.len());
    // By hand: "Los gobiernos, el sector privado" is ¶2 0..32, "Los gobiernos" 0..13;
    // "Las organizaciones internacionales" is 0..34 and its last two words 4..34.
    let p2 = c1.paragraph_start(1).unwrap();
    let shift = c1.len() + 1;
    let by_hand = Results::compute(
        report.pooled.code_points,
        vec![0, 1],
        &[tag("governments")],
        vec![vec![
            vec![span(p2, p2 + 32), span(shift + 4, shift + 34)],
            vec![span(p2, p2 + 13), span(shift, shift + 34)],
        ]],
        Threshold::DEFAULT,
    );
    assert_eq!(report.pooled, by_hand);
    let per_document: Vec<f64> = report.documents.iter().map(|d| d.results.overall.alpha_u.get().unwrap()).collect();
    let mean = per_document.iter().sum::<f64>() / 2.0;
    assert!((report.pooled.overall.alpha_u.get().unwrap() - mean).abs() > 0.01);
}

#[test]
fn a_document_not_every_coder_coded_is_left_out_of_the_pool() {
    let first = document(&PARAGRAPHS[..2]);
    let second = document(&PARAGRAPHS[2..]);
    let both = vec![
        annotation(&first, "Ana", &["governments"], &["Los gobiernos"], 1),
        annotation(&first, "Ben", &["governments"], &["Los gobiernos"], 2),
    ];
    let ana_only = vec![annotation(&second, "Ana", &["governments"], &["organizaciones"], 3)];
    let inputs = [
        DocumentInput { document: &first, name: "one.txt", sources: vec![Source { name: "both", annotations: &both }] },
        DocumentInput {
            document: &second,
            name: "two.txt",
            sources: vec![Source { name: "ana", annotations: &ana_only }],
        },
    ];
    let report = compare(&inputs, &Options::default()).unwrap();
    assert_eq!(report.documents.iter().map(|d| d.pooled).collect::<Vec<_>>(), [true, false]);
    assert_eq!(report.documents[1].results.overall, Measures::undefined(Undefined::OneCoder));
    assert_eq!(report.pooled, report.documents[0].results);
    let excluded = report.excluded.last().unwrap();
    assert_eq!(excluded.reason, Exclusion::NotCodedByAll { missing: vec!["Ben".to_owned()] });
    assert_eq!(excluded.reason.to_string(), "not in the pooled results: no annotations by Ben");
    let tags: BTreeSet<&str> = report.tags.iter().map(TagId::as_str).collect();
    assert_eq!(tags, BTreeSet::from(["governments"]));
}

/// One coder codes a whole paragraph as one unit, the other 200 short passages in
/// it: 200 boundary disagreements, each keeping at most 1,000 code points of the
/// long unit's text, not 200 copies of all of it.
#[test]
fn one_long_unit_against_many_short_ones_stays_linear() {
    let words: Vec<String> = (0..600).map(|i| format!("p{i:03}x")).collect();
    let long = words.join(" ");
    let doc = document(&[&long]);
    let length = Continuum::of(&doc).len();
    assert_eq!(length, 600 * 6 - 1);
    let whole = Segment::new(&doc, 0, CharOffset(0), CharOffset(length)).unwrap();
    let time = Timestamp::from_second(1_767_603_600).unwrap();
    let make = |author: &str, segments: Vec<Segment>, n: u64| Annotation {
        id: AnnotationId::from_parts(1_767_603_600_000 + n, u128::from(n)),
        segments,
        tags: [tag("governments")].into(),
        note: String::new(),
        author: author.to_owned(),
        created: time,
        modified: time,
    };
    let ana = vec![make("Ana", vec![whole], 0)];
    let ben: Vec<Annotation> = (0..200)
        .map(|i| {
            let start = i * 18;
            make("Ben", vec![Segment::new(&doc, 0, CharOffset(start), CharOffset(start + 4)).unwrap()], 1 + i as u64)
        })
        .collect();
    let input = DocumentInput {
        document: &doc,
        name: "long.txt",
        sources: vec![Source { name: "ana", annotations: &ana }, Source { name: "ben", annotations: &ben }],
    };
    let report = compare(&[input], &Options::default()).unwrap();
    assert_eq!(report.disagreements.len(), 200);
    assert!(report.disagreements.iter().all(|d| d.kind == DisagreementKind::Boundaries));
    let first = report.disagreements.get(0).unwrap();
    assert_eq!((first.passage.quote.chars().count(), first.passage.truncated), (1000, true));
    assert_eq!(first.other.as_ref().map(|(_, p)| p.quote.as_str()), Some("p000"));
    assert_eq!(report.pooled.tags[0].units, [1, 200]);
}

/// Segments for three coders (issue 11 §3): A has 2 segments, B 4, C 1; A's two
/// and two of B's match each other, B's other two and C's one match nobody. The
/// tag's figure is the share of the 7 segments some other coder matched, 4/7
/// (README's definition), not the pair counts pooled (4 of 14 = 0.286); the pairs
/// keep theirs: A–B 4/6, A–C 0/3, B–C 0/5.
#[test]
fn three_coders_segments_matched_by_any_other_coder() {
    let a = vec![span(0, 100), span(200, 300)];
    let b = vec![span(0, 100), span(200, 300), span(400, 450), span(600, 650)];
    let c = vec![span(800, 900)];
    let results = Results::compute(1000, vec![0, 1, 2], &[tag("c")], vec![vec![a, b, c]], Threshold::DEFAULT);
    let tag_result = &results.tags[0];
    assert_eq!(tag_result.units, [2, 4, 1]);
    assert_eq!(three(tag_result.measures.segments_matched), "0.571");
    let pairs: Vec<String> = tag_result
        .pairs
        .iter()
        .map(|p| format!("{}–{} {}/{} {}", p.first, p.second, p.segments.0, p.segments.1, three(p.segments_matched)))
        .collect();
    assert_eq!(pairs, ["0–1 4/6 0.667", "0–2 0/3 0.000", "1–2 0/5 0.000"]);
    // One tag: the overall figure is the tag's.
    assert_eq!(three(results.overall.segments_matched), "0.571");
}

/// Two tags, three coders: the overall segments figure pools each tag's
/// matched-by-anyone counts: tag c 3 of 3 (all coders agree), tag k 2 of 3
/// (A and B agree, C's segment is elsewhere): 5/6.
#[test]
fn three_coders_overall_segments_pool_the_tags_counts() {
    let same = vec![span(10, 60)];
    let units = vec![
        vec![same.clone(), same.clone(), same],
        vec![vec![span(100, 150)], vec![span(102, 150)], vec![span(300, 350)]],
    ];
    let results = Results::compute(500, vec![0, 1, 2], &[tag("c"), tag("k")], units, Threshold::DEFAULT);
    assert_eq!(three(results.tags[0].measures.segments_matched), "1.000");
    assert_eq!(three(results.tags[1].measures.segments_matched), "0.667");
    assert_eq!(three(results.overall.segments_matched), "0.833");
    // The pairs pooled over the tags: A–B 4/4, A–C 2/4, B–C 2/4.
    let pairs: Vec<(usize, usize)> = results.overall_pairs.iter().map(|p| p.segments).collect();
    assert_eq!(pairs, [(4, 4), (2, 4), (2, 4)]);
}

/// The app's path ([`Prepared::report`], remembered pieces) gives the same
/// three-coder segments figure as [`compare`]: 2, 4 and 1 segments of which A's
/// two and two of B's match each other, 4/7.
#[test]
fn three_coders_segments_in_the_app_and_the_cli_agree() {
    let doc = document(&PARAGRAPHS);
    let one = |author: &str, quote: &str, n: u64| annotation(&doc, author, &["governments"], &[quote], n);
    let ana = vec![one("Ana", "Agenda de Túnez", 1), one("Ana", "sector privado", 2)];
    let ben = vec![
        one("Ben", "Agenda de Túnez", 3),
        one("Ben", "sector privado", 4),
        one("Ben", "sociedad civil", 5),
        one("Ben", "coordinación", 6),
    ];
    let cai = vec![one("Cai", "papel importante", 7)];
    let input = DocumentInput {
        document: &doc,
        name: "test.txt",
        sources: vec![
            Source { name: "ana", annotations: &ana },
            Source { name: "ben", annotations: &ben },
            Source { name: "cai", annotations: &cai },
        ],
    };
    let report = compare(std::slice::from_ref(&input), &Options::default()).unwrap();
    assert_eq!(three(report.pooled.tags[0].measures.segments_matched), "0.571");
    let prepared = Prepared::new(&input, &Aliases::new());
    let app = prepared.report(&doc, &Options::default()).unwrap();
    assert_eq!(app.pooled, report.pooled);
    assert_eq!(three(app.pooled.overall.segments_matched), "0.571");
}
