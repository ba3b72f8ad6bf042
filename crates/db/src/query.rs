//! The query steps every store repeats, written once: a row found by id inside its owner,
//! the rows of a parent in order, one row's columns set, a status moved only from the
//! expected one, an insert. Each macro takes the table module (`calls` for
//! `schema::cocreation_calls as calls`) and expands to the plain diesel chain, so the
//! query still runs on both backends and still reads as one statement at the call site.
//! The caller has `diesel::prelude::*` in scope, as every store does.

/// The `$row` of `$table` with id `$id`, only if its `$owner` column is `$owner_id` (the
/// commune, or a parent already checked to be the commune's): an id taken from a URL
/// never reaches another commune's row.
///
/// `find_owned!(conn, calls::commune_id == commune_id, id => CallRow)`
#[macro_export]
macro_rules! find_owned {
    ($conn:expr, $table:ident :: $owner:ident == $owner_id:expr, $id:expr => $row:ty) => {
        $table::table
            .find($id)
            .filter($table::$owner.eq($owner_id))
            .select(<$row>::as_select())
            .first($conn)
    };
}

/// The `$row`s of `$table` whose `$parent` column is `$parent_id`, ordered by `$order`.
///
/// `rows_of!(conn, criteria::call_id == call_id, criteria::position => CriterionRow)`
#[macro_export]
macro_rules! rows_of {
    ($conn:expr, $table:ident :: $parent:ident == $parent_id:expr, $order:expr => $row:ty) => {
        $table::table
            .filter($table::$parent.eq($parent_id))
            .order($order)
            .select(<$row>::as_select())
            .load($conn)
    };
}

/// Sets columns (`$changes`: one `column.eq(value)` or a tuple of them) of `$table`'s row
/// `$id`; the number of rows changed (0 when there is no such row).
#[macro_export]
macro_rules! update_row {
    ($conn:expr, $table:ident, $id:expr, $changes:expr) => {
        $crate::diesel::update($table::table.find($id))
            .set($changes)
            .execute($conn)
    };
}

/// Like [`update_row!`], but only while the row's `status` is still `$from`: true if the
/// change applied, so of two concurrent clicks only one moves the row.
#[macro_export]
macro_rules! update_if_status {
    ($conn:expr, $table:ident, $id:expr, $from:expr, $changes:expr) => {
        $crate::diesel::update($table::table.find($id).filter($table::status.eq($from)))
            .set($changes)
            .execute($conn)
            .map(|n| n == 1)
    };
}

/// Inserts `$values` into `$table`; the new row's id.
#[macro_export]
macro_rules! insert_id {
    ($conn:expr, $table:ident, $values:expr) => {
        $crate::diesel::insert_into($table::table)
            .values($values)
            .returning($table::id)
            .get_result::<i64>($conn)
    };
}

/// Inserts `$values` into `$table`; the whole new row.
#[macro_export]
macro_rules! insert_row {
    ($conn:expr, $table:ident, $values:expr) => {
        $crate::diesel::insert_into($table::table)
            .values($values)
            .returning($table::all_columns)
            .get_result($conn)
    };
}

/// Inserts `$values` into `$table`; the number of rows inserted.
#[macro_export]
macro_rules! insert {
    ($conn:expr, $table:ident, $values:expr) => {
        $crate::diesel::insert_into($table::table)
            .values($values)
            .execute($conn)
    };
}
