//! Open data tables, neutral of any rendering: each domain crate builds its datasets'
//! rows (stable column codes, Fluent ids for headers, stable codes for enumerated values);
//! the web renders them as CSV (translated) and JSON (codes).

use std::borrow::Cow;

/// What a column holds (the data dictionary says it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Text,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM-DDTHH:MM:SS`, UTC.
    DateTime,
    /// A decimal amount in MAD (`"125000.50"`).
    Amount,
    /// A stable code; its translation is the Fluent message `<prefix><code>`.
    Code(&'static str),
    Boolean,
    /// A decimal number (`"12.5"`).
    Decimal,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Integer => "integer",
            Kind::Text => "text",
            Kind::Date => "date",
            Kind::DateTime => "datetime",
            Kind::Amount => "amount",
            Kind::Code(_) => "code",
            Kind::Boolean => "boolean",
            Kind::Decimal => "decimal",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Column {
    /// Stable name (the JSON key, the code column's header).
    pub code: Cow<'static, str>,
    pub label: Label,
    pub kind: Kind,
}

/// A column's header for people.
#[derive(Debug, Clone)]
pub enum Label {
    /// A Fluent id, translated in the reader's language.
    Message(&'static str),
    /// A header the commune wrote (a call's scoring criterion), already in its language.
    Written(String),
}

pub const fn col(code: &'static str, label: &'static str, kind: Kind) -> Column {
    Column {
        code: Cow::Borrowed(code),
        label: Label::Message(label),
        kind,
    }
}

/// One value; `Null` when absent.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
    Float(f64),
}

impl From<i64> for Cell {
    fn from(v: i64) -> Self {
        Cell::Int(v)
    }
}

impl<T> From<crate::Id<T>> for Cell {
    fn from(v: crate::Id<T>) -> Self {
        Cell::Int(v.get())
    }
}

impl From<i32> for Cell {
    fn from(v: i32) -> Self {
        Cell::Int(i64::from(v))
    }
}

impl From<usize> for Cell {
    fn from(v: usize) -> Self {
        Cell::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Cell {
    fn from(v: f64) -> Self {
        Cell::Float(v)
    }
}

impl From<bool> for Cell {
    fn from(v: bool) -> Self {
        Cell::Bool(v)
    }
}

impl From<String> for Cell {
    fn from(v: String) -> Self {
        Cell::Text(v)
    }
}

impl From<&str> for Cell {
    fn from(v: &str) -> Self {
        Cell::Text(v.to_string())
    }
}

impl From<chrono::NaiveDate> for Cell {
    fn from(v: chrono::NaiveDate) -> Self {
        Cell::Text(v.format("%Y-%m-%d").to_string())
    }
}

impl From<chrono::NaiveDateTime> for Cell {
    fn from(v: chrono::NaiveDateTime) -> Self {
        Cell::Text(v.format("%Y-%m-%dT%H:%M:%S").to_string())
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Self {
        v.map_or(Cell::Null, Into::into)
    }
}

impl Cell {
    /// The value as plain text (empty for `Null`).
    pub fn plain(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(n) => n.to_string(),
            Cell::Text(s) => s.clone(),
            Cell::Bool(b) => b.to_string(),
            Cell::Float(f) => f.to_string(),
        }
    }
}

/// A table of public data of one domain.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Cow<'static, [Column]>,
    pub rows: Vec<Vec<Cell>>,
    /// When the newest row changed (the page's "last update"); None for an empty table.
    pub updated: Option<chrono::NaiveDateTime>,
}

impl Table {
    pub fn new(columns: &'static [Column]) -> Self {
        Self::with_columns(Cow::Borrowed(columns))
    }

    /// A table whose columns are known only at run time (one per criterion of a call).
    pub fn with_columns(columns: Cow<'static, [Column]>) -> Self {
        Table {
            columns,
            rows: Vec::new(),
            updated: None,
        }
    }

    pub fn push(&mut self, row: Vec<Cell>, changed: Option<chrono::NaiveDateTime>) {
        self.rows.push(row);
        self.updated = self.updated.max(changed);
    }

    pub fn extend(&mut self, other: Table) {
        self.rows.extend(other.rows);
        self.updated = self.updated.max(other.updated);
    }
}

/// The median of whole numbers (the mean of the two middle ones for an even count), None
/// when empty.
pub fn median(values: &mut [i64]) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2] as f64),
        _ => Some((values[n / 2 - 1] + values[n / 2]) as f64 / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
    }

    #[test]
    fn table_keeps_the_newest_change() {
        static COLS: [Column; 1] = [col("id", "data-col-id", Kind::Integer)];
        let mut t = Table::new(&COLS);
        let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 2).and_then(|d| d.and_hms_opt(0, 0, 0));
        t.push(vec![1.into()], d);
        t.push(vec![2.into()], None);
        assert_eq!(t.updated, d);
        assert_eq!(Cell::from(Some(3)).plain(), "3");
        assert_eq!(Cell::from(None::<i64>), Cell::Null);
    }
}
