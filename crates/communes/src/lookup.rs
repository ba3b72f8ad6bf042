//! What other domains ask about a commune's council members (they never read the
//! `council_members` table themselves).

use crate::model::CouncilRole;
use chrono::NaiveDate;
use diesel::prelude::*;
use musharaka_db::schema::council_members;
use musharaka_db::AnyConnection;

/// Ids of the members whose term covers `on` (law 113.14 arts. 42 and 43 count members in
/// office).
pub fn members_in_office(
    conn: &mut AnyConnection,
    commune_id: i64,
    on: NaiveDate,
) -> QueryResult<Vec<i64>> {
    council_members::table
        .filter(council_members::commune_id.eq(commune_id))
        .filter(council_members::term_start.le(on))
        .filter(
            council_members::term_end
                .is_null()
                .or(council_members::term_end.ge(on)),
        )
        .select(council_members::id)
        .load(conn)
}

/// The member holding `role` (the president, the secretary), if any.
pub fn member_holding(
    conn: &mut AnyConnection,
    commune_id: i64,
    role: CouncilRole,
) -> QueryResult<Option<i64>> {
    council_members::table
        .filter(council_members::commune_id.eq(commune_id))
        .filter(council_members::role.eq(role.key()))
        .order(council_members::id)
        .select(council_members::id)
        .first(conn)
        .optional()
}
