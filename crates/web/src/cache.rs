//! A small cache of what nearly every page looks up and rarely changes: the commune of a
//! `{slug}` (issue 17). It saves a database hop per page. An entry is dropped as soon as
//! this process changes a commune (`musharaka_communes::store::generation`) and, for
//! changes made by another `musharaka serve` process on the same database, after
//! [`TTL`]. Translations are loaded once at start (`state::i18n`).

use crate::errors::PageError;
use crate::routes::db;
use crate::state::AppState;
use actix_web::web;
use musharaka_communes::Commune;
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

/// How long another process's change to a commune may take to show.
pub const TTL: Duration = Duration::from_secs(2);
/// Entries kept at most (communes are about 1,500 in Morocco).
const MAX_ENTRIES: usize = 4096;

struct Entry {
    commune: Commune,
    generation: u64,
    at: Instant,
}

#[derive(Default)]
pub struct CommuneCache {
    entries: RwLock<HashMap<String, Entry>>,
}

impl CommuneCache {
    fn get(&self, slug: &str) -> Option<Commune> {
        let entries = self.entries.read().ok()?;
        let e = entries.get(slug)?;
        (e.generation == musharaka_communes::store::generation() && e.at.elapsed() < TTL)
            .then(|| e.commune.clone())
    }

    fn put(&self, slug: String, commune: Commune, generation: u64, at: Instant) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(
                slug,
                Entry {
                    commune,
                    generation,
                    at,
                },
            );
        }
    }
}

/// The commune of `slug`, from the cache or the database (then cached).
pub async fn commune(state: &web::Data<AppState>, slug: &str) -> Result<Commune, PageError> {
    if let Some(c) = state.communes.get(slug) {
        return Ok(c);
    }
    // Read before the query: a change committed meanwhile makes the entry stale at once.
    let (generation, at) = (musharaka_communes::store::generation(), Instant::now());
    let s = slug.to_string();
    let commune = db(state, move |c| musharaka_communes::service::by_slug(c, &s)).await?;
    state
        .communes
        .put(slug.to_string(), commune.clone(), generation, at);
    Ok(commune)
}
