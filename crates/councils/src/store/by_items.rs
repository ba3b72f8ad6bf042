//! What hangs off a session's agenda items, read for all of them at once (one query per
//! kind, whatever the number of items), grouped by item.

use crate::records::ItemId;
use crate::records::{DeliberationRow, VoteRow};
use diesel::prelude::*;
use musharaka_db::schema::{agenda_item_documents, deliberations, item_votes, uploads};
use musharaka_db::AnyConnection;
use std::collections::HashMap;

/// Rows keyed by the item they belong to, each item's in the query's order.
fn by_item<T>(rows: Vec<(ItemId, T)>) -> HashMap<ItemId, Vec<T>> {
    let mut grouped: HashMap<ItemId, Vec<T>> = HashMap::new();
    for (item, row) in rows {
        grouped.entry(item).or_default().push(row);
    }
    grouped
}

/// Each item's documents: (upload id, file name), in upload order.
pub fn documents_of_items(
    conn: &mut AnyConnection,
    commune_id: i64,
    items: &[ItemId],
) -> QueryResult<HashMap<ItemId, Vec<(i64, String)>>> {
    let rows: Vec<(ItemId, (i64, String))> = agenda_item_documents::table
        .inner_join(uploads::table)
        .filter(agenda_item_documents::commune_id.eq(commune_id))
        .filter(agenda_item_documents::item_id.eq_any(items))
        .order(agenda_item_documents::upload_id)
        .select((
            agenda_item_documents::item_id,
            (uploads::id, uploads::original_name),
        ))
        .load(conn)?;
    Ok(by_item(rows))
}

/// Each item's votes, in the order they were recorded.
pub fn votes_of_items(
    conn: &mut AnyConnection,
    commune_id: i64,
    items: &[ItemId],
) -> QueryResult<HashMap<ItemId, Vec<VoteRow>>> {
    let rows: Vec<VoteRow> = item_votes::table
        .filter(item_votes::commune_id.eq(commune_id))
        .filter(item_votes::item_id.eq_any(items))
        .order(item_votes::id)
        .select(VoteRow::as_select())
        .load(conn)?;
    Ok(by_item(rows.into_iter().map(|v| (v.item_id, v)).collect()))
}

/// Each item's deliberations, in the order they were recorded.
pub fn deliberations_of_items(
    conn: &mut AnyConnection,
    commune_id: i64,
    items: &[ItemId],
) -> QueryResult<HashMap<ItemId, Vec<DeliberationRow>>> {
    let rows: Vec<DeliberationRow> = deliberations::table
        .filter(deliberations::commune_id.eq(commune_id))
        .filter(deliberations::item_id.eq_any(items))
        .order(deliberations::id)
        .select(DeliberationRow::as_select())
        .load(conn)?;
    Ok(by_item(rows.into_iter().map(|d| (d.item_id, d)).collect()))
}
