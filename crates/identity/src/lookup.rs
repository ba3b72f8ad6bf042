//! Read-only lookups other domains need (they never read identity's tables themselves).

use crate::model::Association;
use diesel::prelude::*;
use musharaka_db::schema::associations;
use musharaka_db::AnyConnection;

/// An association by its id (e.g. the association behind a petition).
pub fn association(conn: &mut AnyConnection, id: i64) -> QueryResult<Association> {
    associations::table
        .find(id)
        .select(Association::as_select())
        .first(conn)
}
