//! Uploaded files (statutes, logos, later PDFs): read from multipart forms with a size
//! limit, typed by their first bytes (not by what the browser claims), stored under the
//! data directory with a random name, and served only to those allowed.

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::csrf_matches;
use crate::routes::db;
use crate::state::AppState;
use actix_multipart::Multipart;
use actix_web::{http::header, web, HttpResponse};
use futures_util::StreamExt;
use musharaka_core::{Config, Error, ErrorKind};
use musharaka_db::AnyConnection;
use rand::RngCore;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

/// Where uploaded files live: the `uploads_dir` setting, or `<data_dir>/uploads`.
pub fn dir(config: &Config) -> PathBuf {
    if config.uploads_dir.is_empty() {
        PathBuf::from(&config.data_dir).join("uploads")
    } else {
        PathBuf::from(&config.uploads_dir)
    }
}

/// The kinds of file we accept, recognised by their signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
}

impl FileKind {
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            Some(Self::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }
}

/// A file received in a multipart form, spooled to disk as it arrived (never held in
/// memory whole). Cloning shares the same spooled file; it is deleted when the last clone
/// is dropped.
#[derive(Clone)]
pub struct UploadedFile {
    pub field: String,
    pub original_name: String,
    /// The spooled file (named `bytes` for the callers written before spooling).
    pub bytes: SpooledFile,
}

/// A temporary file under the spool directory, with its first bytes kept for sniffing.
#[derive(Clone)]
pub struct SpooledFile(Arc<Spool>);

struct Spool {
    path: PathBuf,
    len: u64,
    head: Vec<u8>,
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl SpooledFile {
    pub fn len(&self) -> u64 {
        self.0.len
    }

    pub fn is_empty(&self) -> bool {
        self.0.len == 0
    }

    /// A spooled copy of bytes the server made itself (the demo's statutes).
    pub fn from_bytes(bytes: &[u8]) -> std::io::Result<Self> {
        let path = spool_dir().join(random_name());
        std::fs::write(&path, bytes)?;
        Ok(SpooledFile(Arc::new(Spool {
            path,
            len: bytes.len() as u64,
            head: bytes[..bytes.len().min(HEAD_BYTES)].to_vec(),
        })))
    }

    /// The first bytes of the file (enough to recognise its type).
    pub fn head(&self) -> &[u8] {
        &self.0.head
    }
}

/// Where multipart files are spooled before `store` links them into place: inside the
/// data directory of the first app this process built (same file system as the uploads,
/// so no copy), unless `use_spool_dir` chose another first.
static SPOOL_DIR: RwLock<Option<PathBuf>> = RwLock::new(None);

/// Sets the spool directory (if none is set yet) and removes spool files a crashed process
/// left behind (older than an hour: another server sharing the data directory may be
/// reading its own).
pub fn set_spool_dir(config: &Config) {
    let spool = dir(config).join(".spool");
    if let Ok(entries) = std::fs::read_dir(&spool) {
        let hour = std::time::Duration::from_secs(3600);
        for entry in entries.flatten() {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > hour);
            if old {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    if let Ok(mut d) = SPOOL_DIR.write() {
        d.get_or_insert(spool);
    }
}

/// Chooses the spool directory for this process (tests, whose apps and data directories
/// come and go while others run).
pub fn use_spool_dir(path: PathBuf) {
    if let Ok(mut d) = SPOOL_DIR.write() {
        *d = Some(path);
    }
}

/// The spool directory in use.
pub fn spool_dir() -> PathBuf {
    let configured = SPOOL_DIR.read().ok().and_then(|d| d.clone());
    match configured {
        Some(d) if std::fs::create_dir_all(&d).is_ok() => d,
        _ => std::env::temp_dir(),
    }
}

fn random_name() -> String {
    let mut rnd = [0u8; 16];
    rand::rng().fill_bytes(&mut rnd);
    rnd.iter().map(|b| format!("{b:02x}")).collect()
}

/// A multipart form: its text fields and the files it carried (empty file inputs skipped).
pub struct MultipartForm {
    pub fields: HashMap<String, String>,
    pub files: Vec<UploadedFile>,
}

impl MultipartForm {
    pub fn text(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// The file posted as `field`, of one of the `allowed` kinds: none is `field-required`
    /// on the field, another kind `error-upload_type`.
    pub fn file(
        self,
        field: &str,
        allowed: &[FileKind],
    ) -> Result<(UploadedFile, FileKind), Error> {
        let file = self
            .files
            .into_iter()
            .find(|f| f.field == field)
            .ok_or_else(|| Error::invalid(field, "field-required"))?;
        let kind = check_kind(&file, allowed)?;
        Ok((file, kind))
    }
}

/// What a photo may be.
pub const IMAGES: &[FileKind] = &[FileKind::Png, FileKind::Jpeg];
/// What a document attached to a file may be: a PDF or a scan.
pub const DOCUMENTS: &[FileKind] = &[FileKind::Pdf, FileKind::Png, FileKind::Jpeg];

/// A form that posts one file (`MultipartForm::file`), read within the site's size limit.
pub async fn one_file(
    ctx: &Ctx,
    state: &AppState,
    payload: Multipart,
    field: &str,
    allowed: &[FileKind],
) -> Result<(UploadedFile, FileKind), PageError> {
    let form = read_form(ctx, payload, state.config.upload_max_bytes).await?;
    Ok(form.file(field, allowed)?)
}

const TEXT_FIELD_LIMIT: usize = 16 * 1024;
/// Most parts one form may have (our largest form has fewer than 20 fields and 4 files).
pub const MAX_PARTS: usize = 40;
/// Most files one form may carry; with `max_bytes` each this bounds the request.
pub const MAX_FILES: u64 = 5;
const HEAD_BYTES: usize = 16;

fn invalid(e: impl std::fmt::Display) -> PageError {
    Error::with_cause(ErrorKind::InvalidInput, e).into()
}

/// Reads a multipart form. The CSRF token must be the first part (our views render the
/// hidden `csrf_token` as the form's first field): a missing, late or wrong token is
/// refused before any file byte is read. Then at most `MAX_PARTS` parts,
/// each file at most `max_bytes`, all files together at most `MAX_FILES × max_bytes`;
/// files are streamed to a spool file on disk, never buffered whole. Text fields go
/// through the same control-character check as url-encoded forms.
pub async fn read_form(
    ctx: &Ctx,
    mut payload: Multipart,
    max_bytes: u64,
) -> Result<MultipartForm, PageError> {
    let mut form = MultipartForm {
        fields: HashMap::new(),
        files: Vec::new(),
    };
    let mut csrf_ok = false;
    let total_limit = max_bytes.saturating_mul(MAX_FILES);
    let mut total: u64 = 0;
    let mut parts = 0usize;
    while let Some(item) = payload.next().await {
        parts += 1;
        if parts > MAX_PARTS {
            return Err(ErrorKind::PayloadTooLarge.into());
        }
        let mut field = item.map_err(invalid)?;
        let disposition = field.content_disposition().cloned();
        let name = disposition
            .as_ref()
            .and_then(|d| d.get_name())
            .unwrap_or_default()
            .to_string();
        let filename = disposition
            .as_ref()
            .and_then(|d| d.get_filename())
            .map(str::to_string);
        let is_token = filename.is_none() && name == "csrf_token";
        if !(csrf_ok || is_token) {
            return Err(ErrorKind::CsrfInvalid.into());
        }
        match filename {
            Some(original_name) => {
                if crate::edge::has_control(&original_name, false) {
                    return Err(ErrorKind::InvalidInput.into());
                }
                let spooled = spool(&mut field, max_bytes, total_limit - total).await?;
                total += spooled.len();
                if !spooled.is_empty() {
                    form.files.push(UploadedFile {
                        field: name,
                        original_name,
                        bytes: spooled,
                    });
                }
            }
            None => {
                let mut bytes = Vec::new();
                while let Some(chunk) = field.next().await {
                    let chunk = chunk.map_err(invalid)?;
                    if bytes.len() + chunk.len() > TEXT_FIELD_LIMIT {
                        return Err(ErrorKind::PayloadTooLarge.into());
                    }
                    bytes.extend_from_slice(&chunk);
                }
                let text = String::from_utf8(bytes).map_err(invalid)?;
                if crate::edge::has_control(&text, true) {
                    return Err(ErrorKind::InvalidInput.into());
                }
                if name == "csrf_token" && !csrf_ok {
                    if !csrf_matches(&ctx.csrf, &text) {
                        return Err(ErrorKind::CsrfInvalid.into());
                    }
                    csrf_ok = true;
                }
                form.fields.insert(name, text);
            }
        }
    }
    if !csrf_ok {
        return Err(ErrorKind::CsrfInvalid.into());
    }
    Ok(form)
}

/// Streams one file part to a new spool file, refusing it past `max_bytes` (the file) or
/// `room` (what is left of the request's total).
async fn spool(
    field: &mut actix_multipart::Field,
    max_bytes: u64,
    room: u64,
) -> Result<SpooledFile, PageError> {
    use std::io::Write;
    let path = spool_dir().join(format!("{}.part", random_name()));
    let file = std::fs::File::create(&path).map_err(Error::from)?;
    // From here the spool owns the path: an early return deletes the partial file.
    let mut spool = Spool {
        path,
        len: 0,
        head: Vec::new(),
    };
    let mut out = std::io::BufWriter::new(file);
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(invalid)?;
        let len = spool.len + chunk.len() as u64;
        if len > max_bytes {
            return Err(ErrorKind::UploadTooLarge.into());
        }
        if len > room {
            return Err(ErrorKind::PayloadTooLarge.into());
        }
        if spool.head.len() < HEAD_BYTES {
            let take = (HEAD_BYTES - spool.head.len()).min(chunk.len());
            spool.head.extend_from_slice(&chunk[..take]);
        }
        out.write_all(&chunk).map_err(Error::from)?;
        spool.len = len;
    }
    out.flush().map_err(Error::from)?;
    Ok(SpooledFile(Arc::new(spool)))
}

/// Checks a file's type against what the field accepts, before anything is written.
pub fn check_kind(file: &UploadedFile, allowed: &[FileKind]) -> Result<FileKind, Error> {
    FileKind::sniff(file.bytes.head())
        .filter(|k| allowed.contains(k))
        .ok_or_else(|| Error::field(ErrorKind::UploadType, &file.field, "error-upload_type"))
}

/// `store` for a public file (a logo, a photo, an agenda document) that a signed-in
/// `owner` uploads in a commune.
pub fn store_public(
    conn: &mut AnyConnection,
    config: &Config,
    (file, kind): (&UploadedFile, FileKind),
    owner: i64,
    commune_id: i64,
) -> Result<i64, Error> {
    store(
        conn,
        config,
        file,
        kind,
        Some(owner),
        Some(commune_id),
        false,
    )
}

/// Moves the spooled file into the uploads directory (a hard link: the spool may be
/// stored again if the unit of work is retried), then records it. Call inside the caller's
/// flow before the row that refers to it; an orphan file on a later failure is harmless
/// and private.
pub fn store(
    conn: &mut AnyConnection,
    config: &Config,
    file: &UploadedFile,
    kind: FileKind,
    owner: Option<i64>,
    commune_id: Option<i64>,
    private: bool,
) -> Result<i64, Error> {
    let stored_name = random_name();
    let target = dir(config).join(&stored_name);
    if std::fs::hard_link(&file.bytes.0.path, &target).is_err() {
        std::fs::copy(&file.bytes.0.path, &target)?;
    }
    let original: String = file.original_name.chars().take(200).collect();
    let id = musharaka_db::uploads::insert(
        conn,
        &musharaka_db::uploads::NewUpload {
            owner_account_id: owner,
            commune_id,
            stored_name: &stored_name,
            original_name: &original,
            content_type: kind.content_type(),
            size_bytes: i64::try_from(file.bytes.len()).unwrap_or(i64::MAX),
            is_private: private,
        },
    )?;
    Ok(id)
}

/// Serves a file: public files to all; private ones to their owner and to the
/// administrators of the commune they belong to.
pub async fn serve(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let meta = db(&state, move |c| Ok(musharaka_db::uploads::find(c, id)?)).await?;
    let (owner, commune) = (meta.owner_account_id, meta.commune_id);
    if meta.is_private {
        let user = ctx.require_user()?;
        let allowed = owner == Some(user.account.id)
            || user.is_platform_admin()
            || commune.is_some_and(|c| user.can_administer(c));
        if !allowed {
            return Err(ErrorKind::Forbidden.into());
        }
    }
    send(&state, meta.stored_name, meta.content_type, meta.is_private).await
}

/// Serves a private upload to someone the caller has already allowed (e.g. the bureau for
/// a petition's mandate).
pub async fn serve_allowed(
    state: &web::Data<AppState>,
    id: i64,
) -> Result<HttpResponse, PageError> {
    let meta = db(state, move |c| Ok(musharaka_db::uploads::find(c, id)?)).await?;
    send(state, meta.stored_name, meta.content_type, true).await
}

async fn send(
    state: &web::Data<AppState>,
    stored: String,
    content_type: String,
    private: bool,
) -> Result<HttpResponse, PageError> {
    let bytes = web::block({
        let path = dir(&state.config).join(stored);
        move || std::fs::read(path)
    })
    .await?
    .map_err(|_| ErrorKind::NotFound)?;
    let cache = if private {
        "private, no-store"
    } else {
        "public, max-age=86400"
    };
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header(("Content-Disposition", "inline"))
        .body(bytes))
}

#[cfg(test)]
mod tests {
    use super::FileKind;

    #[test]
    fn files_are_typed_by_their_signature() {
        assert_eq!(FileKind::sniff(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        assert_eq!(
            FileKind::sniff(b"\x89PNG\r\n\x1a\nxxxx"),
            Some(FileKind::Png)
        );
        assert_eq!(
            FileKind::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(FileKind::Jpeg)
        );
        assert_eq!(FileKind::sniff(b"<html>"), None);
    }
}
