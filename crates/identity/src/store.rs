//! Queries on accounts, tokens, roles and associations.

use crate::model::{Account, Association, AssociationStatus, Role};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{account_tokens, accounts, associations, roles};
use musharaka_db::AnyConnection;
use musharaka_db::{find_owned, insert, insert_row, update_row};

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

#[derive(Insertable)]
#[diesel(table_name = accounts)]
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub commune_id: Option<i64>,
    pub lang: &'a str,
    #[diesel(column_name = email_confirmed_at)]
    pub confirmed_at: Option<NaiveDateTime>,
    pub is_platform_admin: bool,
}

pub fn insert_account(conn: &mut AnyConnection, a: NewAccount<'_>) -> QueryResult<Account> {
    insert_row!(conn, accounts, (&a, accounts::created_at.eq(now())))
}

pub fn insert_token(
    conn: &mut AnyConnection,
    account_id: i64,
    purpose: &str,
    digest: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    let values = (
        account_tokens::account_id.eq(account_id),
        account_tokens::purpose.eq(purpose),
        account_tokens::token_hash.eq(digest),
        account_tokens::expires_at.eq(expires_at),
        account_tokens::created_at.eq(now()),
    );
    insert!(conn, account_tokens, values).map(|_| ())
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
        .filter(associations::status.eq(AssociationStatus::Pending))
        .count()
        .get_result(conn)
}

pub fn confirm_email(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    update_row!(conn, accounts, id, accounts::email_confirmed_at.eq(now())).map(|_| ())
}

/// Sets a new password hash, marks the address confirmed (a reset link proves it) and
/// raises the session version: every session issued before ends.
pub fn set_password(
    conn: &mut AnyConnection,
    id: i64,
    hash: &str,
    confirmed_at: NaiveDateTime,
) -> QueryResult<()> {
    let changes = (
        accounts::password_hash.eq(hash),
        accounts::email_confirmed_at.eq(confirmed_at),
        accounts::session_version.eq(accounts::session_version + 1),
    );
    update_row!(conn, accounts, id, changes).map(|_| ())
}

/// Ends every session of the account issued so far.
pub fn bump_session_version(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    let changes = accounts::session_version.eq(accounts::session_version + 1);
    update_row!(conn, accounts, id, changes).map(|_| ())
}

pub fn update_profile(
    conn: &mut AnyConnection,
    id: i64,
    name: &str,
    commune_id: Option<i64>,
    lang: &str,
) -> QueryResult<usize> {
    let changes = (
        accounts::name.eq(name),
        accounts::commune_id.eq(commune_id),
        accounts::lang.eq(lang),
    );
    update_row!(conn, accounts, id, changes)
}

pub fn set_platform_admin(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    update_row!(conn, accounts, id, accounts::is_platform_admin.eq(true)).map(|_| ())
}

pub fn has_role(
    conn: &mut AnyConnection,
    account_id: i64,
    commune_id: i64,
    role: Role,
) -> QueryResult<bool> {
    let n: i64 = roles::table
        .filter(roles::account_id.eq(account_id))
        .filter(roles::commune_id.eq(commune_id))
        .filter(roles::role.eq(role.key()))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn insert_role(
    conn: &mut AnyConnection,
    account_id: i64,
    commune_id: i64,
    role: Role,
    granted_by: Option<i64>,
) -> QueryResult<()> {
    let values = (
        roles::account_id.eq(account_id),
        roles::commune_id.eq(commune_id),
        roles::role.eq(role.key()),
        roles::granted_by.eq(granted_by),
        roles::created_at.eq(now()),
    );
    insert!(conn, roles, values).map(|_| ())
}

/// Deletes a role of this commune; its holder and key, or NotFound (another commune's
/// role is not found either).
pub fn delete_role(
    conn: &mut AnyConnection,
    commune_id: i64,
    role_id: i64,
) -> QueryResult<(i64, String)> {
    let (account_id, role): (i64, String) = roles::table
        .find(role_id)
        .filter(roles::commune_id.eq(commune_id))
        .select((roles::account_id, roles::role))
        .first(conn)?;
    diesel::delete(roles::table.find(role_id)).execute(conn)?;
    Ok((account_id, role))
}

/// The accounts holding `role` in a commune (ids), for other domains' notifications.
pub fn holders_of(conn: &mut AnyConnection, commune_id: i64, role: Role) -> QueryResult<Vec<i64>> {
    roles::table
        .filter(roles::commune_id.eq(commune_id))
        .filter(roles::role.eq(role.key()))
        .select(roles::account_id)
        .order(roles::account_id)
        .load(conn)
}

/// The values of an association's file as its representative sends it.
pub struct AssociationRow<'a> {
    pub name_ar: &'a str,
    pub name_fr: &'a str,
    pub receipt_number: &'a str,
    pub receipt_date: chrono::NaiveDate,
    pub founded_on: chrono::NaiveDate,
    pub seat_commune_id: i64,
    pub activity_field: &'a str,
    pub statutes_upload_id: Option<i64>,
    pub status: AssociationStatus,
}

/// Updates the account's association, or creates it.
pub fn upsert_association(
    conn: &mut AnyConnection,
    account_id: i64,
    existing: Option<i64>,
    f: AssociationRow<'_>,
) -> QueryResult<()> {
    let values = (
        associations::name_ar.eq(f.name_ar),
        associations::name_fr.eq(f.name_fr),
        associations::receipt_number.eq(f.receipt_number),
        associations::receipt_date.eq(f.receipt_date),
        associations::founded_on.eq(f.founded_on),
        associations::seat_commune_id.eq(f.seat_commune_id),
        associations::activity_field.eq(f.activity_field),
        associations::statutes_upload_id.eq(f.statutes_upload_id),
        associations::status.eq(f.status),
        associations::rejection_reason.eq(None::<String>),
    );
    match existing {
        Some(id) => update_row!(conn, associations, id, values).map(|_| ()),
        None => {
            let owner = (
                associations::account_id.eq(account_id),
                associations::created_at.eq(now()),
            );
            insert!(conn, associations, (values, owner)).map(|_| ())
        }
    }
}

/// An association whose seat is this commune (another commune's is NotFound).
pub fn association_in(
    conn: &mut AnyConnection,
    commune_id: i64,
    association_id: i64,
) -> QueryResult<Association> {
    find_owned!(conn, associations::seat_commune_id == commune_id, association_id => Association)
}

pub fn association(
    conn: &mut AnyConnection,
    association_id: i64,
) -> QueryResult<Option<Association>> {
    associations::table
        .find(association_id)
        .select(Association::as_select())
        .first(conn)
        .optional()
}

/// The associations with these ids (one query, whatever their number).
pub fn associations_by_id(conn: &mut AnyConnection, ids: &[i64]) -> QueryResult<Vec<Association>> {
    associations::table
        .filter(associations::id.eq_any(ids))
        .select(Association::as_select())
        .load(conn)
}

/// Moves a file from `from` to `to` unless someone decided it meanwhile (false then).
pub fn decide_association(
    conn: &mut AnyConnection,
    association_id: i64,
    from: AssociationStatus,
    to: AssociationStatus,
    reason: Option<&str>,
    reviewer: i64,
) -> QueryResult<bool> {
    let n = diesel::update(
        associations::table
            .find(association_id)
            .filter(associations::status.eq(from)),
    )
    .set((
        associations::status.eq(to),
        associations::rejection_reason.eq(reason),
        associations::reviewed_by.eq(reviewer),
        associations::reviewed_at.eq(now()),
    ))
    .execute(conn)?;
    Ok(n == 1)
}
