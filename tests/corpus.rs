//! Segmentation of the real corpus files in `tests/corpus/`, with exact
//! expectations written after reading each file as a person would.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::path::PathBuf;

use ParagraphKind::{Body, Footnote, Heading, ListItem};
use glosa::model::{Document, ParagraphKind};
use glosa::persist::document::read_document;

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn load(name: &str) -> Document {
    read_document(&corpus(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn bundled_sample() -> Document {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt");
    read_document(&path).unwrap()
}

/// Each paragraph's kind and its first `words` words.
fn outline(doc: &Document, words: usize) -> Vec<(ParagraphKind, String)> {
    doc.paragraphs()
        .iter()
        .map(|p| (p.kind, doc.text_of(p).split(' ').take(words).collect::<Vec<_>>().join(" ")))
        .collect()
}

fn expect_outline(doc: &Document, expected: &[(ParagraphKind, &str)]) {
    let words = expected.iter().map(|(_, s)| s.split(' ').count()).max().unwrap_or(1);
    let actual = outline(doc, words);
    let actual: Vec<(ParagraphKind, String)> = actual
        .into_iter()
        .zip(expected)
        .map(|((kind, text), (_, e))| (kind, text.split(' ').take(e.split(' ').count()).collect::<Vec<_>>().join(" ")))
        .collect();
    let expected: Vec<(ParagraphKind, String)> = expected.iter().map(|(k, s)| (*k, (*s).to_owned())).collect();
    assert_eq!(actual, expected);
    assert_eq!(doc.paragraphs().len(), expected.len(), "paragraph count");
}

#[test]
fn bundled_sample_is_the_eleven_paragraphs_a_reader_sees() {
    let doc = bundled_sample();
    expect_outline(
        &doc,
        &[
            (Body, "ENTRE LOS RESULTADOS CLAVE"),
            (Body, "En el párrafo 69"),
            (Body, "En el párrafo 71"),
            (Footnote, "1 En la Resolución 102"),
            (Body, "Los debates relativos"),
            (ListItem, "a. El papel"),
            (ListItem, "b. La situación"),
            (Body, "En el proyecto de Opinión 6"),
            (Footnote, "2 Por ejemplo"),
            (Heading, "DESCARGO DE RESPONSABILIDAD"),
            (Body, "El objetivo de este documento"),
        ],
    );
    let lines: Vec<_> = doc.paragraphs().iter().map(|p| p.lines).collect();
    assert_eq!(
        lines,
        [(1, 5), (7, 12), (14, 25), (27, 29), (30, 32), (34, 44), (46, 52), (54, 60), (62, 63), (64, 64), (66, 68)]
    );
    assert_eq!(doc.encoding(), "UTF-8");
}

#[test]
fn bundled_sample_joins_wrapped_lines_and_separates_the_glued_footnote() {
    let doc = bundled_sample();
    let text = |n: usize| doc.text_of(&doc.paragraphs()[n - 1]);
    assert_eq!(
        text(4),
        "1 En la Resolución 102 de la Conferencia de Plenipotenciarios de 2010 se consideraba “los puntos 71 y 78a) de \
         la Agenda de Túnez que tratan de una cooperación reforzada sobre la gobernanza de Internet, así como el \
         establecimiento del Foro para la Gobernanza de Internet (IGF) como dos procesos independientes”."
    );
    assert_eq!(
        text(5),
        "Los debates relativos a la puesta en práctica del proceso de cooperación mejorada han proseguido en diversos \
         foros a lo largo de los últimos años2 prestándose una atención particular a las siguientes cuestiones:"
    );
    assert_eq!(
        text(9),
        "2 Por ejemplo en la Asamblea General de las Naciones Unidas, Comisión de Ciencia y Tecnología para el \
         Desarrollo, UIT"
    );
    // ¶3 quotes ¶71 of the Tunis Agenda: the quotation continues the introducing line.
    assert!(text(3).starts_with("En el párrafo 71 de la Agenda de Túnez se afirmaba además lo siguiente “El proceso"));
    assert!(text(3).ends_with("Informe anual de actividades” [énfasis añadido]"));
}

/// The IDs are the contract with users' saved annotation files: if this test
/// fails, every saved file stops matching. Change them only with a migration.
#[test]
fn bundled_sample_ids_and_fingerprint_are_pinned() {
    let doc = bundled_sample();
    let ids: Vec<&str> = doc.paragraphs().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "p-9dcd9b70bfc3",
            "p-e038927b0c1f",
            "p-ab070365550e",
            "p-7ee2e50091ce",
            "p-96366d6345b0",
            "p-26c60bfbaba5",
            "p-b18f5537fcc7",
            "p-5dc9a60f03f9",
            "p-6862bdbc5505",
            "p-2d12fc8c90cc",
            "p-496b473f41a3",
        ]
    );
    assert_eq!(doc.fingerprint().as_str(), "230ec0981a043df125e7b7d3bc5b10c5");
}

#[test]
fn spanish_government_submission_without_blank_lines_splits_at_headings_short_lines_and_lists() {
    let doc = load("netmundial_070B_gov_spain.txt");
    assert_eq!(doc.encoding(), "windows-1252");
    expect_outline(
        &doc,
        &[
            (Body, "SPANISH GOVERNMENT Contribution to the Global Multistakeholder"),
            (Heading, "Meeting on the Future of Internet Governance"),
            (Body, "(São Paulo, 23-24 April 2014)"),
            (Heading, "Abstract"),
            (Body, "The Government of Spain appreciates"),
            (Heading, "Internet Governance Principles"),
            (Body, "Internet Governance (IG) involves governments,"),
            (Body, "Spain shares the view that"),
            (Body, "The same rights that people"),
            (Body, "In this light, sustaining the"),
            (ListItem, "1. Set up a scale"),
            (Body, "Spain supports an increase in"),
            (Body, "The major challenge for all"),
            (ListItem, "2. Conduct an analysis aimed"),
            (Body, "Any plan to globalize the"),
            (Body, "In globalizing monitoring of IANA"),
            (ListItem, "3. Strengthen ICANN’s Governmental Advisory Committee (GAC)"),
            (Body, "Section I.2.11 of ICANN Bylaws"),
            (Body, "The GAC has been given"),
            (Body, "Besides, the following proposals would"),
            (ListItem, "• Intensify the participation of"),
            (ListItem, "• Enhance GAC working methods,"),
            (ListItem, "• Provide additional support to"),
        ],
    );
    let p = &doc.paragraphs()[4];
    assert_eq!(p.lines, (5, 10));
    assert!(doc.text_of(p).contains("the “Global Multi-stakeholder Meeting on the Future of Internet Governance”"));
    assert_eq!(doc.text_of(&doc.paragraphs()[16]), "3. Strengthen ICANN’s Governmental Advisory Committee (GAC)");
}

#[test]
fn technical_community_submission_extracted_one_word_per_line_becomes_readable_paragraphs() {
    let doc = load("netmundial_143B_tech_nro.txt");
    expect_outline(
        &doc,
        &[
            (Heading, "NETmundial: Response to Call for Submissions"),
            (Body, "The Number Resource Organization (NRO) 7 March 2014"),
            (Body, "The Number Resource Organization (NRO),"),
            (Heading, "Section 1. Internet Governance Principles"),
            (ListItem, "• The “working definition” of"),
            (Body, "“We support the existing definition"),
            (ListItem, "• The subject of Internet"),
            (Body, "“The subject of Internet Governance"),
            (ListItem, "• Among these features is"),
            (Body, "“The multistakeholder model has been"),
            (ListItem, "• General principles of Internet"),
            (Footnote, "1 http://www.netmundial.br"),
            (Footnote, "2 http://www.wgig.org/docs/WGIGREPORT.pdf"),
            (Footnote, "3 http://www.wgig.org/About.html"),
            (ListItem, "• An expert panel which"),
            (ListItem, "• Importantly, as identified by"),
            (Body, "“The Internet Governance Forum should"),
            (ListItem, "• The NETmundial is understood"),
            (Body, "“NETmundial and any other initiatives"),
            (
                Footnote,
                "4 http://www.icann.org/en/about/planning/strategic-engagement/governance-ecosystem/report-23feb14-en.pdf",
            ),
            (Footnote, "5 http://www.ietf.org"),
            (Footnote, "6 http://www.intgovforum.org"),
            (Heading, "Section 2. Roadmap for the Further Evolution of the Internet Governance Ecosystem"),
            (Body, "We make the following recommendations"),
            (Body, "First, on the question of"),
            (ListItem, "1. Internet Governance will remain"),
            (ListItem, "2. The IGF must continue"),
            (ListItem, "3. The IGF needs to"),
            (ListItem, "4. The IGF’s Multistakeholder Advisory"),
            (Footnote, "7 http://www.nro.net/news/montevideo-statement-on-the-future-of-internet-cooperation"),
            (Footnote, "8 http://www.intgovforum.org/cms/magabout"),
            (ListItem, "5. Further improvement of the"),
            (ListItem, "6. The IGF has benefited"),
            (ListItem, "7. In addition and complimentary"),
            (Footnote, "9 http://www.intgovforum.org/cms/igf-initiatives"),
        ],
    );
    let first_bullet = doc.text_of(&doc.paragraphs()[4]);
    assert_eq!(
        first_bullet,
        "• The “working definition” of Internet Governance2, established by the Working Group on Internet \
         Governance3, is now well accepted and should remain in place for the purposes of the NETmundial meeting, \
         and for the future. We believe that there is no need to revise this definition."
    );
    // The page-bottom footnotes (a number line and a URL line) no longer split the
    // sentence they interrupted: it goes on after them.
    let general_principles = doc.text_of(&doc.paragraphs()[10]);
    assert!(general_principles.contains(
        "a set of observations and recommendations, known as “Internet Governance Observations and Recommendations \
         from Members of the Internet Technical Community\" that were submitted to NETmundial."
    ));
    assert!(!general_principles.contains("http"));
    assert_eq!(doc.paragraphs()[11].lines, (214, 215));
    // A number that is a word of the text stays in the text.
    assert!(doc.text_of(&doc.paragraphs()[25]).contains("for a further 10 years after the current 5-year cycle"));
    assert!(doc.furniture().is_empty());
    // `-` U+00AD `-` from the PDF is one hyphen; acronyms on their own line stay inline.
    let all: String = doc.paragraphs().iter().map(|p| doc.text_of(p)).collect::<Vec<_>>().join("\n");
    assert!(all.contains("open and consensus-based processes"), "soft-hyphen split not repaired");
    assert!(all.contains("non-decision-making"));
    assert!(!all.contains('\u{AD}'));
    assert!(doc.text_of(&doc.paragraphs()[26]).starts_with("2. The IGF must continue as a “non-binding” forum"));
}

#[test]
fn brazilian_private_sector_principles_in_latin1_keep_their_accents() {
    let doc = load("netmundial_130B_private_brasscom_pt.txt");
    assert_eq!(doc.encoding(), "windows-1252");
    expect_outline(
        &doc,
        &[
            (Heading, "Document"),
            (Heading, "Princípios de Governança da Internet"),
            (Body, "Dentro do espírito que"),
            (ListItem, "(1) O atual debate"),
            (ListItem, "(2) O respeito integral"),
            (ListItem, "(3) A preservação da"),
            (ListItem, "(4) A garantia de"),
            (ListItem, "(5) A garantia do"),
            (Body, "Tais princípios serão assegurados"),
            (Heading, "Evolução futura da governança do ecossistema da Internet"),
            (Body, "É da natureza da"),
            (Body, "É importante lembrar que"),
            (Body, "O que melhor pode"),
        ],
    );
}

#[test]
fn udhr_spanish_one_paragraph_per_line_with_whitespace_only_separators() {
    let doc = load("udhr_spa.txt");
    assert_eq!(doc.paragraphs().len(), 96);
    assert_eq!(doc.title(), "Universal Declaration of Human Rights - Spanish");
    let kinds = |kind| doc.paragraphs().iter().filter(|p| p.kind == kind).count();
    assert_eq!((kinds(Heading), kinds(Body), kinds(ListItem), kinds(Footnote)), (34, 30, 32, 0));
    let articles: Vec<&str> =
        doc.paragraphs().iter().map(|p| doc.text_of(p)).filter(|t| t.starts_with("Artículo ")).collect();
    assert_eq!(articles.len(), 30);
    assert_eq!(articles.last(), Some(&"Artículo 30"));
    expect_outline(
        &doc,
        &outline(&doc, 3)
            .iter()
            .take(0)
            .map(|(k, s)| (*k, s.as_str()))
            .chain([
                (Heading, "Universal Declaration of"),
                (Body, "© 1996 –"),
                // A sentence that goes on in the next line: body text, not a heading.
                (Body, "This plain text"),
                (Body, "project, http://www.unicode.org/udhr."),
                (Heading, "Declaración Universal de"),
                (Body, "Adoptada y proclamada"),
                (Heading, "Preámbulo"),
                (Body, "Considerando que la"),
            ])
            .chain(outline(&doc, 3).iter().skip(8).map(|(k, s)| (*k, s.as_str())))
            .collect::<Vec<_>>(),
    );
    // Article 29's three numbered paragraphs are indented deeper: list items.
    let art29 = doc.paragraphs().iter().position(|p| doc.text_of(p) == "Artículo 29").unwrap();
    let kinds_after: Vec<_> = doc.paragraphs()[art29 + 1..art29 + 4].iter().map(|p| p.kind).collect();
    assert_eq!(kinds_after, [ListItem, ListItem, ListItem]);
    assert_eq!(doc.paragraphs()[art29 + 1].lines, (208, 208));
}

#[test]
fn udhr_in_russian_chinese_arabic_and_french_segment_line_by_line() {
    for (file, count, heading) in [
        ("udhr_rus.txt", 96, "ПРЕАМБУЛА"),
        ("udhr_cmn_hans.txt", 96, "世界人权宣言"),
        ("udhr_arb.txt", 96, "الديباجة"),
        ("udhr_fra.txt", 95, "Préambule"),
    ] {
        let doc = load(file);
        assert_eq!(doc.paragraphs().len(), count, "{file}");
        assert!(
            doc.paragraphs().iter().any(|p| p.kind == Heading && doc.text_of(p) == heading),
            "{file}: no heading {heading}"
        );
    }
    // Every UDHR file's third line is the start of a sentence that goes on in the
    // fourth (`project, http://…`): body text, with the ID of its text as before.
    for file in ["udhr_spa.txt", "udhr_rus.txt", "udhr_cmn_hans.txt", "udhr_arb.txt", "udhr_fra.txt"] {
        let doc = load(file);
        let third = &doc.paragraphs()[2];
        assert_eq!(doc.text_of(third), "This plain text version prepared by the “UDHR in Unicode”", "{file}");
        assert_eq!(third.kind, Body, "{file}");
        assert_eq!(third.id.as_str(), "p-1e2fb8ef6382", "{file}");
    }
    let zh = load("udhr_cmn_hans.txt");
    let article1 = zh.paragraphs().iter().position(|p| zh.text_of(p) == "第一条").unwrap();
    assert_eq!(
        zh.text_of(&zh.paragraphs()[article1 + 1]),
        "人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。"
    );
}

#[test]
fn brat_news_text_is_one_paragraph_per_line() {
    let doc = load("brat_conll2002_esp-46.txt");
    assert_eq!(doc.paragraphs().len(), 31);
    let first = &doc.paragraphs()[0];
    assert_eq!((doc.text_of(first), first.lines), ("Freetown, 25 may (EFE).", (1, 1)));
    assert!(doc.paragraphs().iter().skip(1).all(|p| p.lines.0 == p.lines.1));
    assert!(doc.text_of(&doc.paragraphs()[1]).starts_with("El asesinato en Sierra Leona de cuatro soldados"));
}

#[test]
fn jekyll_markdown_submission_drops_front_matter_styles_and_template_tags() {
    let doc = load("wgec_cis_inputs_2016.md");
    assert_eq!(doc.title(), "Inputs to the Working Group on Enhanced Cooperation (WGEC)");
    assert_eq!(doc.paragraphs().len(), 50);
    expect_outline(
        &doc,
        &outline(&doc, 4)
            .iter()
            .take(0)
            .map(|(k, s)| (*k, s.as_str()))
            .chain([
                (Body, "Inputs to the Working"),
                (Body, "The paper outlines how"),
                (Heading, "Contents"),
                (ListItem, "1. Publication Details"),
                (ListItem, "2. Abstract"),
                (ListItem, "3. Context and Background"),
                (ListItem, "4. Full Text"),
                (ListItem, "5. Citation"),
                (Heading, "Publication Details"),
                (Body, "👤 Authors:"),
            ])
            .chain(outline(&doc, 4).iter().skip(10).map(|(k, s)| (*k, s.as_str())))
            .collect::<Vec<_>>(),
    );
    let texts: Vec<&str> = doc.paragraphs().iter().map(|p| doc.text_of(p)).collect();
    // The raw HTML <p> elements are text, with entities decoded and tags gone.
    let full_text = texts.iter().position(|t| *t == "Full Text").unwrap();
    assert!(texts[full_text + 1].starts_with("The Centre for Internet & Society (CIS) submitted inputs"));
    assert_eq!(texts[full_text + 2], "What are the high level characteristics of enhanced cooperation?");
    assert!(texts.iter().all(|t| !t.contains('<') && !t.contains("{%") && !t.contains("font-size")));
    assert!(!texts.contains(&"Copy Full Text"));
    assert!(texts[0].starts_with("Inputs to the Working Group on Enhanced Cooperation on Public Policy Issues"));
}

#[test]
fn aspen_report_and_quijote_paragraph_counts() {
    let aspen = load("netmundial_076B_civil_aspen.txt");
    // 295 before page furniture was recognised: the 43 running headers
    // (`The Report 5`, `6 Toward a Single Global Digital Economy`…) and one page
    // number were paragraphs of their own or split a sentence in two.
    assert_eq!(aspen.paragraphs().len(), 272);
    let furniture: Vec<&str> = aspen.furniture().iter().map(|f| f.text.as_str()).collect();
    assert_eq!(furniture.len(), 44);
    assert_eq!(
        furniture[..4],
        ["3", "4 Toward a Single Global Digital Economy", "The Report 5", "6 Toward a Single Global Digital Economy"]
    );
    assert_eq!(furniture.last(), Some(&"46 Toward a Single Global Digital Economy"));
    assert!(aspen.paragraphs().iter().all(|p| !aspen.text_of(p).contains("Toward a Single Global Digital Economy ")));
    assert_eq!(aspen.encoding(), "windows-1252");
    let all: String = aspen.paragraphs().iter().map(|p| aspen.text_of(p)).collect::<Vec<_>>().join("\n");
    assert!(all.contains("In 2010 and 2011, United States Secretary of State Hillary Clinton"));
    // `…personal information submitted to` / `The Report 17` / `Internet-based applications…`
    assert!(all.contains("personal information submitted to Internet-based applications (e.g., personal health"));
    assert!(all.contains('…') && all.contains('’'), "0x85 and 0x92 decode as punctuation");
    let quijote = load("quijote_pg2000_es.txt");
    assert_eq!(quijote.encoding(), "UTF-8 (BOM)");
    // 5702 before capitals lines were joined into one heading (or paragraph) when
    // one title or one paragraph of the Project Gutenberg licence in capitals runs
    // over several lines (`DEL BURLADOR, ACADÉMICO ARGAMASILLESCO,` / `A SANCHO
    // PANZA`; `LIABILITY, BREACH OF WARRANTY…` / `PROVIDED IN PARAGRAPH 1.F.3…`).
    assert_eq!(quijote.paragraphs().len(), 5688);
    let texts: Vec<&str> = quijote.paragraphs().iter().map(|p| quijote.text_of(p)).collect();
    assert!(texts.contains(&"DEL BURLADOR, ACADÉMICO ARGAMASILLESCO, A SANCHO PANZA"));
    assert_eq!(quijote.title(), "The Project Gutenberg eBook of Don Quijote");
    assert!(
        quijote
            .paragraphs()
            .iter()
            .any(|p| quijote.text_of(p).starts_with("En un lugar de la Mancha, de cuyo nombre no quiero acordarme"))
    );
}
