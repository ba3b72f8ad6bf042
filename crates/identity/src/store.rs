//! Queries on accounts, tokens, roles and associations.

use crate::model::{Account, Association, Role};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{account_tokens, accounts, associations, roles};
use musharaka_db::AnyConnection;

pub fn account(conn: &mut AnyConnection, id: i64) -> QueryResult<Account> {
    accounts::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
}

pub fn account_by_email(conn: &mut AnyConnection, email: &str) -> QueryResult<Option<Account>> {
    accounts::table
        .filter(accounts::email.eq(email))
        .select(Account::as_select())
        .first(conn)
        .optional()
}

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub commune_id: Option<i64>,
    pub lang: &'a str,
    pub confirmed_at: Option<NaiveDateTime>,
    pub is_platform_admin: bool,
}

pub fn insert_account(conn: &mut AnyConnection, a: NewAccount<'_>) -> QueryResult<Account> {
    diesel::insert_into(accounts::table)
        .values((
            accounts::email.eq(a.email),
            accounts::name.eq(a.name),
            accounts::password_hash.eq(a.password_hash),
            accounts::commune_id.eq(a.commune_id),
            accounts::lang.eq(a.lang),
            accounts::email_confirmed_at.eq(a.confirmed_at),
            accounts::is_platform_admin.eq(a.is_platform_admin),
            accounts::created_at.eq(now()),
        ))
        .returning(accounts::all_columns)
        .get_result(conn)
}

pub fn insert_token(
    conn: &mut AnyConnection,
    account_id: i64,
    purpose: &str,
    digest: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(account_tokens::table)
        .values((
            account_tokens::account_id.eq(account_id),
            account_tokens::purpose.eq(purpose),
            account_tokens::token_hash.eq(digest),
            account_tokens::expires_at.eq(expires_at),
            account_tokens::created_at.eq(now()),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Marks an unused, unexpired token used and returns its account. The conditional
/// update makes a link work once even when clicked twice at the same moment.
pub fn consume_token(
    conn: &mut AnyConnection,
    purpose: &str,
    digest: &str,
) -> QueryResult<Option<i64>> {
    let t = now();
    let found: Option<(i64, i64)> = account_tokens::table
        .filter(account_tokens::token_hash.eq(digest))
        .filter(account_tokens::purpose.eq(purpose))
        .filter(account_tokens::used_at.is_null())
        .filter(account_tokens::expires_at.gt(t))
        .select((account_tokens::id, account_tokens::account_id))
        .first(conn)
        .optional()?;
    let Some((id, account_id)) = found else {
        return Ok(None);
    };
    let n = diesel::update(
        account_tokens::table
            .find(id)
            .filter(account_tokens::used_at.is_null()),
    )
    .set(account_tokens::used_at.eq(t))
    .execute(conn)?;
    Ok((n == 1).then_some(account_id))
}

pub fn roles_of(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Vec<(i64, Role)>> {
    let rows: Vec<(i64, String)> = roles::table
        .filter(roles::account_id.eq(account_id))
        .select((roles::commune_id, roles::role))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(c, r)| r.parse().ok().map(|r| (c, r)))
        .collect())
}

/// A role granted in a commune, with the holder's name and address.
#[derive(Debug, Clone, Queryable)]
pub struct RoleRow {
    pub id: i64,
    pub role: String,
    pub account_id: i64,
    pub email: String,
    pub name: String,
    pub created_at: NaiveDateTime,
}

pub fn roles_in_commune(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<RoleRow>> {
    roles::table
        .inner_join(accounts::table.on(accounts::id.eq(roles::account_id)))
        .filter(roles::commune_id.eq(commune_id))
        .order((roles::role, accounts::email))
        .select((
            roles::id,
            roles::role,
            accounts::id,
            accounts::email,
            accounts::name,
            roles::created_at,
        ))
        .load(conn)
}

/// How many accounts hold at least one role in each of these communes (communes without
/// any are absent).
pub fn role_holders_per_commune(
    conn: &mut AnyConnection,
    commune_ids: &[i64],
) -> QueryResult<Vec<(i64, i64)>> {
    roles::table
        .filter(roles::commune_id.eq_any(commune_ids))
        .group_by(roles::commune_id)
        .select((
            roles::commune_id,
            diesel::dsl::count(roles::account_id).aggregate_distinct(),
        ))
        .load(conn)
}

pub fn association_of(
    conn: &mut AnyConnection,
    account_id: i64,
) -> QueryResult<Option<Association>> {
    associations::table
        .filter(associations::account_id.eq(account_id))
        .select(Association::as_select())
        .first(conn)
        .optional()
}

pub fn associations_in(
    conn: &mut AnyConnection,
    commune_id: i64,
    status: Option<&str>,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<Association>> {
    let mut q = associations::table
        .filter(associations::seat_commune_id.eq(commune_id))
        .select(Association::as_select())
        .into_boxed();
    if let Some(s) = status {
        q = q.filter(associations::status.eq(s.to_string()));
    }
    q.order(associations::id.desc())
        .limit(limit)
        .offset(offset)
        .load(conn)
}

pub fn pending_associations(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<i64> {
    associations::table
        .filter(associations::seat_commune_id.eq(commune_id))
        .filter(associations::status.eq("pending"))
        .count()
        .get_result(conn)
}
