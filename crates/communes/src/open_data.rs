//! The shape of an open dataset: each domain crate's `open_data` module lists its own,
//! read through that crate's store; the web renders them (CSV, JSON) and lists them.
//!
//! A table is described by its [`Field`]s: each column next to the way its cell is read
//! from a row, so that headers and values cannot drift apart.

pub use musharaka_core::open_data::{col, median, Cell, Column, Kind, Label, Table};

use crate::Commune;
use chrono::NaiveDateTime;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// One dataset of the open-data catalogue.
pub struct Dataset {
    /// Stable code: the file name (`petitions.csv`) and the JSON `dataset`.
    pub code: &'static str,
    /// Fluent id of its title; `<title>-about` describes it.
    pub title: &'static str,
    /// Its columns (see [`Dataset::columns`]).
    pub column_list: fn() -> Vec<Column>,
    /// The commune's rows (no personal data).
    pub load: fn(&mut AnyConnection, &Commune) -> Result<Table>,
}

/// A [`Dataset`] whose title is the Fluent id `data-set-<code>` and whose columns are the
/// commune's, then those of `fields`: `dataset!("petitions", PETITIONS, petitions)`.
#[macro_export]
macro_rules! dataset {
    ($code:literal, $fields:expr, $load:expr) => {
        $crate::open_data::Dataset {
            code: $code,
            title: concat!("data-set-", $code),
            column_list: || $crate::open_data::commune_columns(&$fields),
            load: $load,
        }
    };
}

impl Dataset {
    /// The columns, as in the data dictionary and the files.
    pub fn columns(&self) -> Vec<Column> {
        (self.column_list)()
    }

    /// The dataset with no rows yet.
    pub fn empty_table(&self) -> Table {
        Table::with_columns(self.columns().into())
    }

    /// Every commune's rows, one after the other (the national file).
    pub fn load_all(&self, conn: &mut AnyConnection, communes: &[Commune]) -> Result<Table> {
        let mut total = self.empty_table();
        for commune in communes {
            total.extend((self.load)(conn, commune)?);
        }
        Ok(total)
    }
}

/// A column and how to read its cell from one row `R`.
pub struct Field<R> {
    pub column: Column,
    pub cell: fn(&R) -> Cell,
}

impl<R> Clone for Field<R> {
    fn clone(&self) -> Self {
        Field {
            column: self.column.clone(),
            cell: self.cell,
        }
    }
}

/// `field("id", "data-col-id", Kind::Integer, |p| p.id.into())`.
pub const fn field<R>(
    code: &'static str,
    label: &'static str,
    kind: Kind,
    cell: fn(&R) -> Cell,
) -> Field<R> {
    Field {
        column: col(code, label, kind),
        cell,
    }
}

/// The row's id, the column most datasets start with (after the commune).
pub const fn id<R>(cell: fn(&R) -> Cell) -> Field<R> {
    field("id", "data-col-id", Kind::Integer, cell)
}

/// The row's status: a code whose translation is the Fluent message `<codes><status>`.
pub const fn status<R>(codes: &'static str, cell: fn(&R) -> Cell) -> Field<R> {
    field("status", "data-col-status", Kind::Code(codes), cell)
}

/// The fields of `codes`, in that order, out of `all` (where tables share their columns,
/// each is defined once).
pub fn select<R>(all: &[Field<R>], codes: &[&str]) -> Vec<Field<R>> {
    codes
        .iter()
        .filter_map(|code| all.iter().find(|f| f.column.code == *code).cloned())
        .collect()
}

/// The first column of every commune dataset: the national file puts every commune's
/// rows one after the other.
const COMMUNE: Column = col("commune", "data-col-commune", Kind::Text);

/// A commune dataset's columns: the commune, then the fields'.
pub fn commune_columns<R>(fields: &[Field<R>]) -> Vec<Column> {
    std::iter::once(COMMUNE)
        .chain(fields.iter().map(|f| f.column.clone()))
        .collect()
}

/// A table of `rows` read through `fields`; `changed` tells when a row last changed.
pub fn table<'r, R: 'r>(
    fields: &[Field<R>],
    rows: impl IntoIterator<Item = &'r R>,
    changed: impl Fn(&R) -> Option<NaiveDateTime>,
) -> Table {
    let columns: Vec<Column> = fields.iter().map(|f| f.column.clone()).collect();
    fill(columns, &[], fields, rows, changed)
}

/// A commune dataset's table: each row starts with the commune's slug.
pub fn commune_table<'r, R: 'r>(
    commune: &Commune,
    fields: &[Field<R>],
    rows: impl IntoIterator<Item = &'r R>,
    changed: impl Fn(&R) -> Option<NaiveDateTime>,
) -> Table {
    let slug = Cell::from(commune.slug.as_str());
    fill(commune_columns(fields), &[slug], fields, rows, changed)
}

/// The table whose rows are the `first` cells, then each field's cell of a row.
fn fill<'r, R: 'r>(
    columns: Vec<Column>,
    first: &[Cell],
    fields: &[Field<R>],
    rows: impl IntoIterator<Item = &'r R>,
    changed: impl Fn(&R) -> Option<NaiveDateTime>,
) -> Table {
    let mut t = Table::with_columns(columns.into());
    for row in rows {
        let cells = first
            .iter()
            .cloned()
            .chain(fields.iter().map(|f| (f.cell)(row)));
        t.push(cells.collect(), changed(row));
    }
    t
}
