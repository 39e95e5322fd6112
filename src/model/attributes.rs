//! Document attributes: typed fields per document (QDA "document variables",
//! REFI-QDA `Variable`s), such as the submitting organisation's stakeholder group,
//! its region, the document's language and date.
//!
//! An [`Attribute`] has a stable [`AttributeId`] (`stakeholder_group`), a label, a
//! description and an [`AttributeKind`]: free text, a number, a calendar date or
//! one of a list of choices. A document's value for an attribute is stored as
//! text in its canonical form ([`Value::canonical`]) and parsed by the kind when
//! it is compared, so a project file stays readable and diffable:
//!
//! | kind | accepted text | canonical form | order |
//! |---|---|---|---|
//! | `Text` | anything (trimmed) | as typed, trimmed | case-insensitive, then exact |
//! | `Number` | a decimal number with a dot (`12`, `-3.5`, `1e3`) | shortest form (`12`, `-3.5`, `1000`) | numeric |
//! | `Date` | ISO 8601 calendar date `YYYY-MM-DD` | `2014-04-23` | chronological |
//! | `OneOf` | one of the choices, any letter case | the choice as listed | the choices' order |
//!
//! An empty (or all-white-space) text means "no value". [`Condition`]s
//! (`region=Europe`, `date>=2014-01-01`) filter documents by their values.
//!
//! The WSIS defaults ([`AttributeSchema::wsis_default`]) are `stakeholder_group`
//! (one of the six WSIS stakeholder-group tag IDs of the default tag set, Tunis
//! Agenda ¶35–36), `region` (text), `language` (text, a BCP 47 tag such as `es` or
//! `pt-BR`) and `date` (a date).

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::tags::TagSet;

/// An attribute's stable identifier: 1–64 characters of lower-case ASCII letters,
/// digits, `_` and `-`, starting with a letter, e.g. `stakeholder_group`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct AttributeId(String);

impl AttributeId {
    /// Wraps `id` if it is a valid attribute ID (see the type's docs).
    pub fn new(id: &str) -> Option<Self> {
        let valid = (1..=64).contains(&id.len())
            && id.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        valid.then(|| Self(id.to_owned()))
    }

    /// An ID made from a label: `Région (ONU)` → `region_onu`. Letters lose their
    /// accents where Unicode decomposition allows and are dropped otherwise; an
    /// ID that would not start with a letter gets `a_` in front; an empty result is
    /// `attribute`.
    pub fn from_label(label: &str) -> Self {
        use unicode_normalization::UnicodeNormalization;
        let mut id = String::new();
        for c in label.nfd() {
            if c.is_ascii_alphanumeric() {
                id.push(c.to_ascii_lowercase());
            } else if (c.is_whitespace() || c.is_ascii_punctuation()) && !id.is_empty() && !id.ends_with('_') {
                id.push('_');
            }
        }
        let mut id = id.trim_matches('_').to_owned();
        if id.is_empty() {
            "attribute".clone_into(&mut id);
        } else if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
            id.insert_str(0, "a_");
        }
        id.truncate(64);
        Self(id.trim_end_matches('_').to_owned())
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AttributeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for AttributeId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::new(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not an attribute ID (lower-case letters, digits, _ and -, starting with a letter)"
            ))
        })
    }
}

/// What values an attribute takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttributeKind {
    /// Free text.
    Text,
    /// A decimal number.
    Number,
    /// A calendar date, ISO 8601 `YYYY-MM-DD`.
    Date,
    /// One of these choices (in display order).
    OneOf(Vec<String>),
}

impl AttributeKind {
    /// The kind's name in files, CSV headers and the CLI: `text`, `number`,
    /// `date`, `one-of`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Number => "number",
            Self::Date => "date",
            Self::OneOf(_) => "one-of",
        }
    }
}

/// A document attribute (a QDA document variable).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    /// Stable ID, the CSV column name.
    pub id: AttributeId,
    /// Display name, e.g. `Stakeholder group`.
    pub label: String,
    /// What the attribute records and how to fill it in.
    #[serde(default)]
    pub description: String,
    /// Its values' type.
    pub kind: AttributeKind,
}

impl Attribute {
    /// Parses `text` as a value of this attribute; `Ok(None)` for an empty text.
    pub fn parse(&self, text: &str) -> Result<Option<Value>, ValueError> {
        Value::parse(&self.kind, text)
    }

    /// The canonical form of `text` for this attribute (see the module docs), or
    /// why it is not a valid value. An empty text gives an empty string.
    pub fn canonical(&self, text: &str) -> Result<String, ValueError> {
        Ok(self.parse(text)?.map(|v| v.canonical()).unwrap_or_default())
    }
}

/// A parsed attribute value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Free text, trimmed.
    Text(String),
    /// A finite number.
    Number(f64),
    /// A calendar date.
    Date(jiff::civil::Date),
    /// A choice, with its position in the attribute's list of choices.
    Choice(usize, String),
}

/// Why a text is not a valid value for an attribute. Messages quote the text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// Not a number.
    #[error("`{0}` is not a number (write digits with a dot for decimals, e.g. 12.5)")]
    NotANumber(String),
    /// Not an ISO 8601 date.
    #[error("`{0}` is not a date (write YYYY-MM-DD, e.g. 2014-04-23)")]
    NotADate(String),
    /// Not one of the choices.
    #[error("`{text}` is not one of: {}", choices.join(", "))]
    NotAChoice {
        /// The text given.
        text: String,
        /// The attribute's choices.
        choices: Vec<String>,
    },
}

impl Value {
    /// Parses `text` as a value of `kind` (see the module docs); `Ok(None)` when
    /// `text` is empty or white space.
    pub fn parse(kind: &AttributeKind, text: &str) -> Result<Option<Self>, ValueError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let value = match kind {
            AttributeKind::Text => Self::Text(text.to_owned()),
            AttributeKind::Number => {
                let number: f64 = text.parse().map_err(|_| ValueError::NotANumber(text.to_owned()))?;
                if !number.is_finite() {
                    return Err(ValueError::NotANumber(text.to_owned()));
                }
                // -0 and 0 are one value.
                Self::Number(if number == 0.0 { 0.0 } else { number })
            }
            AttributeKind::Date => Self::Date(text.parse().map_err(|_| ValueError::NotADate(text.to_owned()))?),
            AttributeKind::OneOf(choices) => {
                let position = choices
                    .iter()
                    .position(|c| c == text)
                    .or_else(|| choices.iter().position(|c| c.to_lowercase() == text.to_lowercase()))
                    .ok_or_else(|| ValueError::NotAChoice { text: text.to_owned(), choices: choices.clone() })?;
                Self::Choice(position, choices[position].clone())
            }
        };
        Ok(Some(value))
    }

    /// The value as stored: text as is, numbers in their shortest form, dates
    /// `YYYY-MM-DD`, choices as listed.
    pub fn canonical(&self) -> String {
        match self {
            Self::Text(text) | Self::Choice(_, text) => text.clone(),
            Self::Number(number) => number.to_string(),
            Self::Date(date) => date.to_string(),
        }
    }

    /// Compares two values of the same attribute in its order (see the module
    /// docs). Values of different kinds (not of the same attribute) compare by
    /// their canonical text.
    pub fn compare(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Number(a), Self::Number(b)) => a.total_cmp(b),
            (Self::Date(a), Self::Date(b)) => a.cmp(b),
            (Self::Choice(a, _), Self::Choice(b, _)) => a.cmp(b),
            (Self::Text(a), Self::Text(b)) => compare_text(a, b),
            _ => compare_text(&self.canonical(), &other.canonical()),
        }
    }
}

/// Text order: ignoring letter case first, then exact.
pub fn compare_text(a: &str, b: &str) -> Ordering {
    a.to_lowercase().cmp(&b.to_lowercase()).then_with(|| a.cmp(b))
}

/// The attributes of a project, in display (and CSV column) order, with unique IDs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AttributeSchema {
    attributes: Vec<Attribute>,
}

impl AttributeSchema {
    /// The WSIS defaults (see the module docs); `stakeholder_group`'s choices are
    /// the IDs of `tags` (the default WSIS tag set, or a project's codebook).
    pub fn wsis_default(tags: &TagSet) -> Self {
        let groups: Vec<String> = tags.tags().iter().map(|t| t.id.to_string()).collect();
        let attribute = |id: &str, label: &str, description: &str, kind: AttributeKind| Attribute {
            id: AttributeId(id.to_owned()),
            label: label.to_owned(),
            description: description.to_owned(),
            kind,
        };
        Self {
            attributes: vec![
                attribute(
                    "stakeholder_group",
                    "Stakeholder group",
                    "The stakeholder group of the organisation that wrote or submitted the document \
                     (Tunis Agenda ¶35–36); the same IDs as the tag set.",
                    AttributeKind::OneOf(groups),
                ),
                attribute(
                    "region",
                    "Region",
                    "Where the submitting organisation is based, e.g. Europe, Latin America and Caribbean, Global.",
                    AttributeKind::Text,
                ),
                attribute(
                    "language",
                    "Language",
                    "The document's language as a BCP 47 tag, e.g. en, es, fr, ru, ar, zh, pt-BR.",
                    AttributeKind::Text,
                ),
                attribute("date", "Date", "When the document was published or submitted.", AttributeKind::Date),
            ],
        }
    }

    /// Builds a schema, keeping the first attribute of each ID.
    pub fn from_attributes(attributes: impl IntoIterator<Item = Attribute>) -> Self {
        let mut schema = Self::default();
        for attribute in attributes {
            if schema.get(&attribute.id).is_none() {
                schema.attributes.push(attribute);
            }
        }
        schema
    }

    /// The attributes in order.
    pub fn attributes(&self) -> &[Attribute] {
        &self.attributes
    }

    /// How many attributes there are.
    pub fn len(&self) -> usize {
        self.attributes.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.attributes.is_empty()
    }

    /// The attribute with this ID.
    pub fn get(&self, id: &AttributeId) -> Option<&Attribute> {
        self.attributes.iter().find(|a| &a.id == id)
    }

    /// The attribute whose ID is `id` (as text).
    pub fn find(&self, id: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.id.as_str() == id)
    }

    /// Position of the attribute with this ID.
    pub fn index_of(&self, id: &AttributeId) -> Option<usize> {
        self.attributes.iter().position(|a| &a.id == id)
    }

    /// Inserts `attribute` at `index` (clamped). `false`, changing nothing, if its
    /// ID is taken.
    pub fn insert(&mut self, index: usize, attribute: Attribute) -> bool {
        if self.get(&attribute.id).is_some() {
            return false;
        }
        self.attributes.insert(index.min(self.attributes.len()), attribute);
        true
    }

    /// Removes the attribute with this ID; returns it and its index.
    pub fn remove(&mut self, id: &AttributeId) -> Option<(usize, Attribute)> {
        let index = self.index_of(id)?;
        Some((index, self.attributes.remove(index)))
    }

    /// Replaces the attribute with the same ID, returning the old one.
    pub fn replace(&mut self, attribute: Attribute) -> Option<Attribute> {
        let index = self.index_of(&attribute.id)?;
        Some(std::mem::replace(&mut self.attributes[index], attribute))
    }

    /// Moves the attribute with this ID to `index` (clamped); returns its old index.
    pub fn move_to(&mut self, id: &AttributeId, index: usize) -> Option<usize> {
        let (old, attribute) = self.remove(id)?;
        self.attributes.insert(index.min(self.attributes.len()), attribute);
        Some(old)
    }

    /// An attribute ID not used yet, made from `label` (`region`, `region_2`, …).
    pub fn unused_id(&self, label: &str) -> AttributeId {
        let base = AttributeId::from_label(label);
        if self.get(&base).is_none() {
            return base;
        }
        (2..=self.attributes.len() + 2)
            .map(|n| {
                let mut text = base.0.clone();
                let suffix = format!("_{n}");
                text.truncate(64 - suffix.len());
                AttributeId(text + &suffix)
            })
            .find(|id| self.get(id).is_none())
            .unwrap_or(base)
    }
}

/// How a [`Condition`] compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comparison {
    /// `=`: equal (with an empty value: has no value).
    Equal,
    /// `!=`: not equal (with an empty value: has a value).
    NotEqual,
    /// `<`: before, in the attribute's order.
    Less,
    /// `<=`.
    LessOrEqual,
    /// `>`.
    Greater,
    /// `>=`.
    GreaterOrEqual,
}

impl Comparison {
    /// The operator as written: `=`, `!=`, `<`, `<=`, `>`, `>=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Equal => "=",
            Self::NotEqual => "!=",
            Self::Less => "<",
            Self::LessOrEqual => "<=",
            Self::Greater => ">",
            Self::GreaterOrEqual => ">=",
        }
    }
}

/// A filter on one attribute, as typed: `region=Europe`, `date>=2014-01-01`,
/// `stakeholder_group!=governments`, `language=` (no value).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Condition {
    /// The attribute.
    pub attribute: AttributeId,
    /// How to compare.
    pub comparison: Comparison,
    /// The value compared with, as typed (empty: no value).
    pub value: String,
}

/// Why a condition could not be read or does not fit the project's attributes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConditionError {
    /// No operator.
    #[error("`{0}` is not a condition (write ATTRIBUTE=VALUE, or use !=, <, <=, >, >=)")]
    Syntax(String),
    /// The attribute is not in the schema.
    #[error("no attribute `{attribute}` in the project (attributes: {})", known.join(", "))]
    UnknownAttribute {
        /// The ID given.
        attribute: String,
        /// The project's attribute IDs.
        known: Vec<String>,
    },
    /// The value does not fit the attribute.
    #[error("{attribute}: {error}")]
    Value {
        /// The attribute.
        attribute: AttributeId,
        /// Why.
        error: ValueError,
    },
}

impl Condition {
    /// Reads `ATTRIBUTE OP VALUE` (white space around the parts is ignored).
    pub fn parse(text: &str) -> Result<Self, ConditionError> {
        let syntax = || ConditionError::Syntax(text.to_owned());
        let at = text.find(['=', '!', '<', '>']).ok_or_else(syntax)?;
        let (name, rest) = text.split_at(at);
        let (comparison, value) = [
            ("!=", Comparison::NotEqual),
            ("<=", Comparison::LessOrEqual),
            (">=", Comparison::GreaterOrEqual),
            ("=", Comparison::Equal),
            ("<", Comparison::Less),
            (">", Comparison::Greater),
        ]
        .into_iter()
        .find_map(|(op, comparison)| rest.strip_prefix(op).map(|value| (comparison, value)))
        .ok_or_else(syntax)?;
        let name = name.trim();
        let attribute = AttributeId::new(name)
            .ok_or_else(|| ConditionError::UnknownAttribute { attribute: name.to_owned(), known: Vec::new() })?;
        Ok(Self { attribute, comparison, value: value.trim().to_owned() })
    }

    /// Checks the condition against `schema` and parses its value, ready to test
    /// documents.
    pub fn compile(&self, schema: &AttributeSchema) -> Result<CompiledCondition, ConditionError> {
        let Some(index) = schema.index_of(&self.attribute) else {
            return Err(ConditionError::UnknownAttribute {
                attribute: self.attribute.to_string(),
                known: schema.attributes().iter().map(|a| a.id.to_string()).collect(),
            });
        };
        let kind = &schema.attributes()[index].kind;
        let value = Value::parse(kind, &self.value)
            .map_err(|error| ConditionError::Value { attribute: self.attribute.clone(), error })?;
        Ok(CompiledCondition {
            attribute: self.attribute.clone(),
            kind: kind.clone(),
            comparison: self.comparison,
            value,
        })
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}", self.attribute, self.comparison.as_str(), self.value)
    }
}

/// A [`Condition`] checked against a schema, with its value parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledCondition {
    /// The attribute.
    pub attribute: AttributeId,
    kind: AttributeKind,
    comparison: Comparison,
    value: Option<Value>,
}

impl CompiledCondition {
    /// Whether a document whose value (canonical text, `None` or empty for no
    /// value) is `text` passes. Text values compare ignoring letter case. A document without a value passes only `=` with
    /// an empty value and `!=` with a non-empty one; a stored text that does not
    /// parse (a hand-edited file) is compared as text.
    pub fn matches(&self, text: Option<&str>) -> bool {
        let have = text.and_then(|t| match Value::parse(&self.kind, t) {
            Ok(value) => value,
            Err(_) => Some(Value::Text(t.trim().to_owned())),
        });
        match (&have, &self.value) {
            (None, None) => self.comparison == Comparison::Equal,
            (Some(_), None) | (None, Some(_)) => self.comparison == Comparison::NotEqual,
            (Some(have), Some(want)) => {
                // Text is compared ignoring letter case: `region=europe` finds `Europe`.
                let order = match (have, want) {
                    (Value::Text(a), Value::Text(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
                    _ => have.compare(want),
                };
                match self.comparison {
                    Comparison::Equal => order == Ordering::Equal,
                    Comparison::NotEqual => order != Ordering::Equal,
                    Comparison::Less => order == Ordering::Less,
                    Comparison::LessOrEqual => order != Ordering::Greater,
                    Comparison::Greater => order == Ordering::Greater,
                    Comparison::GreaterOrEqual => order != Ordering::Less,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn schema() -> AttributeSchema {
        AttributeSchema::wsis_default(&TagSet::wsis_default())
    }

    #[test]
    fn the_wsis_defaults_are_stakeholder_group_region_language_date() {
        let schema = schema();
        let ids: Vec<&str> = schema.attributes().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["stakeholder_group", "region", "language", "date"]);
        let groups = schema.find("stakeholder_group").unwrap();
        assert_eq!(
            groups.kind,
            AttributeKind::OneOf(
                [
                    "governments",
                    "private-sector",
                    "civil-society",
                    "intergovernmental-organizations",
                    "international-organizations",
                    "technical-academic-community"
                ]
                .map(str::to_owned)
                .to_vec()
            )
        );
    }

    #[test]
    fn values_are_parsed_by_kind_and_stored_canonically() {
        let schema = schema();
        let groups = schema.find("stakeholder_group").unwrap();
        assert_eq!(groups.canonical(" Civil-Society ").unwrap(), "civil-society");
        assert_eq!(
            groups.canonical("NGO").unwrap_err().to_string(),
            "`NGO` is not one of: governments, private-sector, civil-society, intergovernmental-organizations, \
             international-organizations, technical-academic-community"
        );
        let date = schema.find("date").unwrap();
        assert_eq!(date.canonical("2014-04-23").unwrap(), "2014-04-23");
        assert_eq!(
            date.canonical("23/04/2014").unwrap_err().to_string(),
            "`23/04/2014` is not a date (write YYYY-MM-DD, e.g. 2014-04-23)"
        );
        assert_eq!(date.canonical("   ").unwrap(), "");
        let pages = Attribute {
            id: AttributeId::new("pages").unwrap(),
            label: "Pages".into(),
            description: String::new(),
            kind: AttributeKind::Number,
        };
        assert_eq!(pages.canonical("12.50").unwrap(), "12.5");
        assert_eq!(pages.canonical("-0").unwrap(), "0");
        assert_eq!(pages.canonical("1e3").unwrap(), "1000");
        assert!(pages.canonical("12,5").is_err());
        assert!(pages.canonical("NaN").is_err());
        assert!(pages.canonical("inf").is_err());
    }

    #[test]
    fn conditions_compare_in_the_attributes_order() {
        let schema = schema();
        let cond = |text: &str| Condition::parse(text).unwrap().compile(&schema).unwrap();
        assert!(cond("date>=2014-01-01").matches(Some("2014-04-23")));
        assert!(!cond("date>=2014-01-01").matches(Some("2013-12-31")));
        assert!(!cond("date>=2014-01-01").matches(None));
        assert!(cond("date=").matches(None));
        assert!(cond("date=").matches(Some("")));
        assert!(cond("date!=").matches(Some("2014-04-23")));
        assert!(cond("region = Europe").matches(Some("europe")), "text ignores letter case");
        assert!(!cond("region=Europe").matches(Some("Europe, Central Asia")));
        assert!(cond("stakeholder_group=CIVIL-SOCIETY").matches(Some("civil-society")));
        // Choices order as listed: governments < private-sector < civil-society.
        assert!(cond("stakeholder_group<civil-society").matches(Some("governments")));
        assert!(!cond("stakeholder_group<civil-society").matches(Some("technical-academic-community")));
        assert_eq!(
            Condition::parse("region").unwrap_err().to_string(),
            "`region` is not a condition (write ATTRIBUTE=VALUE, or use !=, <, <=, >, >=)"
        );
        assert_eq!(
            Condition::parse("country=ES").unwrap().compile(&schema).unwrap_err().to_string(),
            "no attribute `country` in the project (attributes: stakeholder_group, region, language, date)"
        );
        assert_eq!(
            Condition::parse("date>April").unwrap().compile(&schema).unwrap_err().to_string(),
            "date: `April` is not a date (write YYYY-MM-DD, e.g. 2014-04-23)"
        );
        assert_eq!(Condition::parse("date >= 2014-01-01").unwrap().to_string(), "date>=2014-01-01");
    }

    #[test]
    fn ids_from_labels() {
        assert_eq!(AttributeId::from_label("Région (ONU)").as_str(), "region_onu");
        assert_eq!(AttributeId::from_label("2nd reading").as_str(), "a_2nd_reading");
        assert_eq!(AttributeId::from_label("مجموعة").as_str(), "attribute");
        assert!(AttributeId::new("stakeholder_group").is_some());
        assert!(AttributeId::new("Stakeholder").is_none());
        assert!(AttributeId::new("_x").is_none());
        assert_eq!(schema().unused_id("Region").as_str(), "region_2");
        assert_eq!(schema().unused_id("Country").as_str(), "country");
    }
}
