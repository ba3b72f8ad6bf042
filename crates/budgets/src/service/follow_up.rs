//! Follow-up of selected projects: dated updates with photos.

use super::*;

#[derive(Debug, Clone, Serialize)]
pub struct UpdateFacts {
    pub impl_status: ImplStatus,
    pub progress: i32,
    pub spent_cents: i64,
    pub body: String,
    /// Photos already stored (`uploads` rows, public), in the order they were given.
    pub photo_upload_ids: Vec<i64>,
}

/// Follow-up updates with their photos (by update id).
pub struct Updates {
    pub list: Vec<crate::model::Update>,
    pub photos: BTreeMap<i64, Vec<crate::model::UpdatePhoto>>,
}

impl Updates {
    /// The photos of update `u`, in their order.
    pub fn photos_of(&self, u: &crate::model::Update) -> &[crate::model::UpdatePhoto] {
        self.photos.get(&u.id).map_or(&[], Vec::as_slice)
    }
}

/// The latest `limit` follow-up updates of a cycle, or of one of its proposals, with their
/// photos.
pub fn updates(conn: &mut AnyConnection, commune_id: i64, of: UpdatesOf) -> Result<Updates> {
    let list = store::updates(conn, commune_id, of)?;
    let ids: Vec<i64> = list.iter().map(|u| u.id).collect();
    let photos = store::update_photos(conn, commune_id, &ids)?;
    Ok(Updates { list, photos })
}

/// The most photos one update carries.
pub const MAX_UPDATE_PHOTOS: usize = 4;

/// [`add_update`] with its photos stored by `store_photos` in the same transaction: the
/// caller stores the files (and their `uploads` rows), and everything rolls back together.
pub fn add_update_storing<F>(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
    proposal_id: i64,
    mut f: UpdateFacts,
    store_photos: F,
) -> Result<()>
where
    F: FnOnce(&mut AnyConnection) -> Result<Vec<i64>>,
{
    write_transaction(conn, |conn| {
        f.photo_upload_ids = store_photos(conn)?;
        add_update(conn, actor, commune_id, cycle_id, proposal_id, &f)
    })
}

/// Records a dated update on a selected project, with its photos (admin).
pub fn add_update(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    cycle_id: i64,
    proposal_id: i64,
    f: &UpdateFacts,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    if !(0..=100).contains(&f.progress) {
        return Err(Error::invalid("progress", "field-number"));
    }
    if f.spent_cents < 0 {
        return Err(Error::invalid("spent", "field-number"));
    }
    if f.photo_upload_ids.len() > MAX_UPDATE_PHOTOS {
        return Err(Error::invalid("photos", "pb-update-photos-too-many"));
    }
    write_transaction(conn, |conn| {
        let p = store::proposal(conn, commune_id, cycle_id, proposal_id)?;
        if p.selected_rank.is_none() {
            return Err(Error::with_cause(ErrorKind::Conflict, "not selected"));
        }
        let t = now();
        let new = NewUpdateRow {
            commune_id,
            cycle_id,
            proposal_id,
            author_id: actor.map(|a| a.account.id),
            impl_status: f.impl_status.key(),
            progress: f.progress,
            spent_cents: f.spent_cents,
            body: f.body.trim(),
            created_at: t,
        };
        let update_id = store::insert_update(conn, &new, &f.photo_upload_ids)?;
        Ok(entry(
            actor,
            commune_id,
            "pb_proposal.update",
            format!("pb_proposal:{proposal_id}"),
        )
        .before(json!({ "status": p.impl_status, "progress": p.progress, "spent": p.spent_cents }))
        .after(json!({ "update": update_id, "facts": f }))
        .record(conn)?)
    })
}
