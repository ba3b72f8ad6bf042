//! The `uploads` table: one row per stored file (the bytes live under the data directory).

use crate::schema::uploads;
use crate::AnyConnection;
use diesel::prelude::*;

/// A file to record, already written to disk under `stored_name`.
#[derive(Insertable)]
#[diesel(table_name = uploads)]
pub struct NewUpload<'a> {
    pub owner_account_id: Option<i64>,
    pub commune_id: Option<i64>,
    pub stored_name: &'a str,
    pub original_name: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub is_private: bool,
}

/// What serving a file needs to know.
#[derive(Debug, Clone, Queryable)]
pub struct UploadMeta {
    pub owner_account_id: Option<i64>,
    pub commune_id: Option<i64>,
    pub stored_name: String,
    pub content_type: String,
    pub is_private: bool,
}

pub fn insert(conn: &mut AnyConnection, new: &NewUpload<'_>) -> QueryResult<i64> {
    diesel::insert_into(uploads::table)
        .values((new, uploads::created_at.eq(musharaka_core::time::now())))
        .returning(uploads::id)
        .get_result(conn)
}

pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<UploadMeta> {
    uploads::table
        .find(id)
        .select((
            uploads::owner_account_id,
            uploads::commune_id,
            uploads::stored_name,
            uploads::content_type,
            uploads::is_private,
        ))
        .first(conn)
}
