//! What every export shares, and the two forms of an open-data table: CSV for people
//! (headers and enumerated values in the reader's language, each enumerated column followed
//! by a column of its stable codes for machines) and JSON for machines (stable codes only,
//! keyed by the columns' codes).

use crate::open_data::{Cell, Kind, Label, Table};
use crate::{I18n, Lang};
use serde_json::{json, Map, Value};
use std::borrow::Cow;

/// A CSV cell that a spreadsheet will not run as a formula (CSV/formula injection):
/// text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
/// apostrophe. Every CSV export writes its text cells through this one function.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// The CSV: headers in `lang`; an enumerated column gives the translated value, then a
/// `<code>_code` column with the stable code. Text cells are neutralised for spreadsheets.
pub fn csv(table: &Table, i18n: &I18n, lang: Lang) -> Result<String, csv::Error> {
    let t = |id: &str| i18n.t(lang, id, &[]);
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = Vec::new();
    for c in table.columns.iter() {
        header.push(match &c.label {
            Label::Message(id) => t(id),
            Label::Written(text) => csv_cell(text).into_owned(),
        });
        if matches!(c.kind, Kind::Code(_)) {
            header.push(format!("{}_code", c.code));
        }
    }
    w.write_record(&header)?;
    for row in &table.rows {
        let mut record: Vec<String> = Vec::with_capacity(header.len());
        for (c, cell) in table.columns.iter().zip(row) {
            match (c.kind, cell) {
                (Kind::Code(prefix), Cell::Text(code)) => {
                    record.push(t(&format!("{prefix}{code}")));
                    record.push(code.clone());
                }
                (Kind::Code(_), other) => {
                    record.push(String::new());
                    record.push(other.plain());
                }
                (Kind::Boolean, Cell::Bool(b)) => record.push(t(&format!("data-bool-{b}"))),
                (_, cell) => record.push(csv_cell(&cell.plain()).into_owned()),
            }
        }
        w.write_record(&record)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::Null,
        Cell::Int(n) => json!(n),
        Cell::Text(s) => json!(s),
        Cell::Bool(b) => json!(b),
        Cell::Float(f) => json!(f),
    }
}

/// The JSON: `{"dataset", "licence", "updated", "count", "items": [{code: value}]}`.
pub fn json(table: &Table, dataset: &str, commune: Option<&str>, licence: &str) -> Value {
    let items: Vec<Value> = table
        .rows
        .iter()
        .map(|row| {
            let mut m = Map::new();
            for (c, cell) in table.columns.iter().zip(row) {
                m.insert(c.code.to_string(), value(cell));
            }
            Value::Object(m)
        })
        .collect();
    json!({
        "dataset": dataset,
        "commune": commune,
        "licence": licence,
        "updated": table.updated.map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string()),
        "count": items.len(),
        "items": items,
    })
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-1+2"), "'-1+2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("عريضة"), "عريضة");
        assert_eq!(csv_cell(""), "");
    }
}

#[cfg(test)]
mod table_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::open_data::{col, Column};

    static COLS: [Column; 3] = [
        col("id", "data-col-id", Kind::Integer),
        col("status", "data-col-status", Kind::Code("pet-status-")),
        col("subject", "data-col-subject", Kind::Text),
    ];

    #[test]
    fn csv_translates_codes_and_keeps_them_beside() {
        let mut t = Table::new(&COLS);
        t.push(vec![7.into(), "accepted".into(), "=cmd".into()], None);
        let i18n = I18n::load().unwrap();
        let out = csv(&t, &i18n, Lang::Fr).unwrap();
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let headers = r.headers().unwrap().clone();
        assert_eq!(headers.get(2), Some("status_code"));
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(row.get(1), Some("Acceptée"));
        assert_eq!(row.get(2), Some("accepted"));
        assert_eq!(row.get(3), Some("'=cmd"));
        let j = json(&t, "petitions", Some("x"), "ODbL-1.0");
        assert_eq!(j["items"][0]["status"], "accepted");
        assert_eq!(j["items"][0]["subject"], "=cmd");
    }
}
