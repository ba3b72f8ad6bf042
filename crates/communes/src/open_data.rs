//! The shape of an open dataset: each domain crate's `open_data` module lists its own,
//! read through that crate's store; the web renders them (CSV, JSON) and lists them.

pub use musharaka_core::open_data::{col, median, Cell, Column, Kind, Label, Table};

use crate::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// One dataset of the open-data catalogue.
pub struct Dataset {
    /// Stable code: the file name (`petitions.csv`) and the JSON `dataset`.
    pub code: &'static str,
    /// Fluent id of its title; `<title>-about` describes it.
    pub title: &'static str,
    pub columns: &'static [Column],
    /// The commune's rows (no personal data).
    pub load: fn(&mut AnyConnection, &Commune) -> Result<Table>,
}

/// A [`Dataset`] whose title is the Fluent id `data-set-<code>`:
/// `dataset!("petitions", &PETITIONS, petitions)`.
#[macro_export]
macro_rules! dataset {
    ($code:literal, $columns:expr, $load:expr) => {
        $crate::open_data::Dataset {
            code: $code,
            title: concat!("data-set-", $code),
            columns: $columns,
            load: $load,
        }
    };
}

impl Dataset {
    /// Every commune's rows, one after the other (the national file).
    pub fn load_all(&self, conn: &mut AnyConnection, communes: &[Commune]) -> Result<Table> {
        let mut total = Table::new(self.columns);
        for commune in communes {
            total.extend((self.load)(conn, commune)?);
        }
        Ok(total)
    }
}
