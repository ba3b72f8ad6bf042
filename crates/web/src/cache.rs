//! A small cache of what nearly every page looks up and rarely changes: the commune of a
//! `{slug}` (issue 17). It saves a database hop per page. Translations are loaded once at
//! start (`state::i18n`).
//!
//! **Invalidation.** An entry is dropped as soon as this process changes a commune
//! (`musharaka_communes::store::generation`, bumped by the communes service). Changes made
//! by another `musharaka serve` process on the same PostgreSQL database arrive by
//! LISTEN/NOTIFY: a statement trigger on `communes` (migration 000026) runs
//! `pg_notify('musharaka_cache', 'communes')`, delivered when the change commits, and
//! [`CommuneCache::listening`] keeps one connection per process listening on that channel
//! and bumps the generation for each notification (polled every [`POLL`]: libpq reads what
//! the socket already holds, no round trip). We chose NOTIFY over a version counter read
//! per request because the counter would cost the very database hop the cache saves.
//! While the listener is connected an entry lives [`LISTENED_TTL`]; while it is not (SQLite,
//! whose processes cannot notify each other, or a PostgreSQL connection being re-opened,
//! which drops every entry) entries expire after [`TTL`], the most another process's change
//! may then take to show.

use crate::errors::PageError;
use crate::routes::db;
use crate::state::AppState;
use actix_web::web;
use musharaka_communes::Commune;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long another process's change to a commune may take to show without notifications.
pub const TTL: Duration = Duration::from_secs(2);
/// How long an entry lives while notifications arrive (a safety net, not the mechanism).
pub const LISTENED_TTL: Duration = Duration::from_secs(300);
/// How often the listener looks at its connection for notifications.
pub const POLL: Duration = Duration::from_millis(10);
/// The PostgreSQL channel the `communes` trigger notifies.
pub const CHANNEL: &str = "musharaka_cache";
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
    listener: Listener,
}

/// The state shared with the listening thread: whether it is connected and listening,
/// and whether the cache is gone (the thread then ends and closes its connection).
#[derive(Default)]
struct Listener {
    live: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

impl CommuneCache {
    /// A cache that, on PostgreSQL, listens for other processes' changes (see the module
    /// documentation). On SQLite it is the plain cache with [`TTL`].
    pub fn listening(database_url: &str) -> Self {
        let cache = Self::default();
        if let Ok(musharaka_db::Backend::Postgres(url)) =
            musharaka_db::Backend::from_url(database_url)
        {
            let (live, stop) = (cache.listener.live.clone(), cache.listener.stop.clone());
            let spawned = std::thread::Builder::new()
                .name("cache-listener".into())
                .spawn(move || listen(&url, &live, &stop));
            if let Err(e) = spawned {
                tracing::warn!(error = %e, "cache listener not started");
            }
        }
        cache
    }

    /// Whether another process's change reaches this cache at once.
    pub fn is_listening(&self) -> bool {
        self.listener.live.load(Ordering::SeqCst)
    }

    fn get(&self, slug: &str) -> Option<Commune> {
        let ttl = if self.is_listening() {
            LISTENED_TTL
        } else {
            TTL
        };
        let entries = self.entries.read().ok()?;
        let e = entries.get(slug)?;
        (e.generation == musharaka_communes::store::generation() && e.at.elapsed() < ttl)
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

/// The listening thread: (re)connects, LISTENs, and bumps the communes' generation for
/// every `communes` notification until the cache is dropped. Losing the connection may
/// lose notifications, so every (re)connection bumps the generation too.
fn listen(url: &str, live: &AtomicBool, stop: &AtomicBool) {
    musharaka_db::notify::listen(url, CHANNEL, POLL, live, stop, |table| {
        if table.is_empty() || table == "communes" {
            musharaka_communes::store::changed();
        }
    });
}

/// Changes this process has made since it started (requests that may write, handled
/// outbox events): kept in `musharaka_db::writes` so the event worker bumps it too.
pub use musharaka_db::writes::{note_write, writes};

/// Middleware: [`note_write`] once a request that may have written has been answered
/// (its transaction is committed by then).
pub async fn note_writes(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use actix_web::http::Method;
    let reads_only = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let res = next.call(req).await;
    if !reads_only {
        note_write();
    }
    res
}

/// Data a page shows, kept while this process changes nothing (see [`writes`]) and for at
/// most `ttl`, the longest another process's change may take to show (the commune home's
/// digest, the open-data catalogue's counts).
pub struct Recent<K, V: ?Sized> {
    ttl: Duration,
    entries: RwLock<HashMap<K, Kept<V>>>,
    /// Turns to build an entry, shared by the keys whose hash falls on the same one: one
    /// set for each [`Layer`].
    builders: Vec<tokio::sync::Mutex<()>>,
}

/// How many entries of a layer may be built at once.
const BUILDERS: usize = 64;

/// What is built: a page's body (the outer build, which may need data) or page data (the
/// inner one, which needs nothing kept). Each has its own turns, so a page's build never
/// waits for a turn it holds itself.
#[derive(Clone, Copy)]
pub enum Layer {
    Body = 0,
    Data = 1,
}

struct Kept<V: ?Sized> {
    at: Instant,
    writes: u64,
    value: Arc<V>,
}

impl<K: Eq + std::hash::Hash, V: ?Sized> Recent<K, V> {
    pub fn new(ttl: Duration) -> Self {
        Recent {
            ttl,
            entries: RwLock::new(HashMap::new()),
            builders: (0..2 * BUILDERS)
                .map(|_| tokio::sync::Mutex::new(()))
                .collect(),
        }
    }

    /// Waits for the turn to build `key`'s value: the visitors who ask for a page being
    /// built wait for that build instead of each making their own (the moment results
    /// are announced, everyone asks at once). Not reentrant: a build takes no turn of its
    /// own layer.
    pub async fn turn(&self, layer: Layer, key: &K) -> tokio::sync::MutexGuard<'_, ()> {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let hash = BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default()
            .hash_one(key);
        let slot = (hash % BUILDERS as u64) as usize + layer as usize * BUILDERS;
        self.builders[slot].lock().await
    }

    /// The value kept for `key`, unless a change was made since or it is older than `ttl`.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let entries = self.entries.read().ok()?;
        let kept = entries.get(key)?;
        (kept.writes == writes() && kept.at.elapsed() < self.ttl).then(|| kept.value.clone())
    }

    /// Keeps `value`, loaded when [`writes`] was `loaded_at`, for `key`. Past
    /// [`MAX_ENTRIES`] keys (a page's query string is the visitor's to vary) the cache
    /// starts again empty.
    pub fn put(&self, key: K, loaded_at: u64, value: Arc<V>) -> Arc<V> {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
                entries.clear();
            }
            let kept = Kept {
                at: Instant::now(),
                writes: loaded_at,
                value: value.clone(),
            };
            entries.insert(key, kept);
        }
        value
    }
}

/// Which public page's data a [`Pages`] entry holds: the commune, the page, and what the
/// visitor chose on it (the query string, or a record's id).
pub type PageKey = (i64, &'static str, String);

/// The data of the most visited public pages (a commune's home, its petitions, its
/// council), whatever their type, kept as [`Recent`] says.
pub type Pages = Recent<PageKey, dyn std::any::Any + Send + Sync>;

/// How late a public page may show another process's change (this process's own changes
/// show at once).
pub const PAGE_TTL: Duration = Duration::from_secs(2);

impl Pages {
    /// The value kept for `key` if it is a `T`.
    fn get_as<T: Send + Sync + 'static>(&self, key: &PageKey) -> Option<Arc<T>> {
        self.get(key)?.downcast::<T>().ok()
    }
}

/// The page data kept for `key`, or loaded by `load` (on the blocking pool) and kept.
/// `load` must not depend on who asks: the same data serves every visitor.
pub async fn kept<T, F>(
    state: &web::Data<AppState>,
    key: PageKey,
    load: F,
) -> Result<Arc<T>, PageError>
where
    T: Send + Sync + 'static,
    F: Fn(&mut musharaka_db::AnyConnection) -> Result<T, musharaka_core::Error> + Send + 'static,
{
    if let Some(value) = state.pages.get_as::<T>(&key) {
        return Ok(value);
    }
    let _turn = state.pages.turn(Layer::Data, &key).await;
    if let Some(value) = state.pages.get_as::<T>(&key) {
        return Ok(value);
    }
    let loaded_at = writes();
    let value = Arc::new(db(state, load).await?);
    state.pages.put(key, loaded_at, value.clone());
    Ok(value)
}

/// A public page made of data that serves every visitor (`load`, kept as page data under
/// `key`: [`kept`]) and its rendering (`render`), kept for visitors not signed in
/// ([`rendered`]).
pub async fn kept_page<T, L, R>(
    state: &web::Data<AppState>,
    ctx: &crate::ctx::Ctx,
    key: PageKey,
    load: L,
    render: R,
) -> Result<actix_web::HttpResponse, PageError>
where
    T: Send + Sync + 'static,
    L: Fn(&mut musharaka_db::AnyConnection) -> Result<T, musharaka_core::Error> + Send + 'static,
    R: FnOnce(&T) -> maud::Markup,
{
    rendered(state, ctx, key.clone(), || async {
        let data = kept(state, key, load).await?;
        Ok(render(&data))
    })
    .await
}

/// The content type of pages.
pub const HTML: &str = "text/html; charset=utf-8";

/// A response body the same for everyone who asks it, kept as sent and gzipped once
/// (compressing, not rendering, was a third of a cached page's cost).
pub struct SharedBody {
    content_type: &'static str,
    plain: web::Bytes,
    gzipped: Option<web::Bytes>,
}

impl SharedBody {
    pub fn new(content_type: &'static str, plain: Vec<u8>) -> Self {
        let gzipped = crate::gzip::compressed_once(&plain).map(web::Bytes::from);
        SharedBody {
            content_type,
            plain: plain.into(),
            gzipped,
        }
    }

    /// The response: gzipped for a browser that takes it (the gzip middleware leaves a
    /// response that already has an encoding alone, so `Vary` is said here).
    pub fn response(&self, accepts_gzip: bool) -> actix_web::HttpResponse {
        use actix_web::http::header;
        let mut res = actix_web::HttpResponse::Ok();
        res.content_type(self.content_type);
        match (&self.gzipped, accepts_gzip) {
            (Some(zipped), true) => res
                .insert_header((header::CONTENT_ENCODING, "gzip"))
                .insert_header((header::VARY, "Accept-Encoding"))
                .body(zipped.clone()),
            _ => res.body(self.plain.clone()),
        }
    }
}

/// The body kept for `key`, or built by `build` and kept (see [`Recent`]); `build` must not
/// depend on who asks. `build` may answer `Err(response)`: a response for this request
/// alone (sent as it is, not kept).
pub async fn shared<F, Fut>(
    state: &web::Data<AppState>,
    key: PageKey,
    accepts_gzip: bool,
    build: F,
) -> Result<actix_web::HttpResponse, PageError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<
        Output = Result<Result<SharedBody, actix_web::HttpResponse>, PageError>,
    >,
{
    if let Some(body) = state.pages.get_as::<SharedBody>(&key) {
        return Ok(body.response(accepts_gzip));
    }
    let _turn = state.pages.turn(Layer::Body, &key).await;
    if let Some(body) = state.pages.get_as::<SharedBody>(&key) {
        return Ok(body.response(accepts_gzip));
    }
    // Read before building: a change committed meanwhile makes the entry stale at once.
    let loaded_at = writes();
    Ok(match build().await? {
        Ok(body) => {
            let body = Arc::new(body);
            state.pages.put(key, loaded_at, body.clone());
            body.response(accepts_gzip)
        }
        Err(own) => own,
    })
}

/// A public page as sent to visitors who are not signed in, kept like page data (see
/// [`Recent`]) and gzipped once: their page depends only on its address, its language
/// and the data, so one rendering serves them all. A signed-in visitor's page carries
/// their name: always rendered. So is a page carrying this visitor's form token (a form
/// an anonymous visitor may post).
pub async fn rendered<F, Fut>(
    state: &web::Data<AppState>,
    ctx: &crate::ctx::Ctx,
    key: PageKey,
    build: F,
) -> Result<actix_web::HttpResponse, PageError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<maud::Markup, PageError>>,
{
    if ctx.user.is_some() {
        return Ok(crate::routes::html(build().await?, false));
    }
    let (cid, page, what) = key;
    let key = (
        cid,
        page,
        format!("{what}|{}|{}", ctx.lang.code(), ctx.path),
    );
    shared(state, key, ctx.accepts_gzip, || async {
        let page = build().await?;
        if !ctx.csrf.is_empty() && page.0.contains(&ctx.csrf) {
            return Ok(Err(crate::routes::html(page, false)));
        }
        Ok(Ok(SharedBody::new(HTML, page.into_string().into_bytes())))
    })
    .await
}
