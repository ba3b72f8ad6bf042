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
use diesel::prelude::*;
use futures_util::StreamExt;
use musharaka_core::time::now;
use musharaka_core::{Config, Error, ErrorKind};
use musharaka_db::schema::uploads;
use musharaka_db::AnyConnection;
use rand::RngCore;
use std::collections::HashMap;
use std::path::PathBuf;

pub fn dir(config: &Config) -> PathBuf {
    PathBuf::from(&config.data_dir).join("uploads")
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

pub struct UploadedFile {
    pub field: String,
    pub original_name: String,
    pub bytes: Vec<u8>,
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
}

const TEXT_FIELD_LIMIT: usize = 16 * 1024;

/// Reads the whole form, refusing files over `max_bytes` and a missing or wrong CSRF
/// token before anything is stored.
pub async fn read_form(
    ctx: &Ctx,
    mut payload: Multipart,
    max_bytes: u64,
) -> Result<MultipartForm, PageError> {
    let mut form = MultipartForm {
        fields: HashMap::new(),
        files: Vec::new(),
    };
    while let Some(item) = payload.next().await {
        let mut field = item.map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
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
        let limit = if filename.is_some() {
            max_bytes as usize
        } else {
            TEXT_FIELD_LIMIT
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
            if bytes.len() + chunk.len() > limit {
                let kind = if filename.is_some() {
                    ErrorKind::UploadTooLarge
                } else {
                    ErrorKind::PayloadTooLarge
                };
                return Err(kind.into());
            }
            bytes.extend_from_slice(&chunk);
        }
        match filename {
            Some(original_name) if !bytes.is_empty() => form.files.push(UploadedFile {
                field: name,
                original_name,
                bytes,
            }),
            Some(_) => {}
            None => {
                let text = String::from_utf8(bytes)
                    .map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
                form.fields.insert(name, text);
            }
        }
    }
    if !csrf_matches(&ctx.csrf, form.text("csrf_token")) {
        return Err(ErrorKind::CsrfInvalid.into());
    }
    Ok(form)
}

/// Checks a file's type against what the field accepts, before anything is written.
pub fn check_kind(file: &UploadedFile, allowed: &[FileKind]) -> Result<FileKind, Error> {
    FileKind::sniff(&file.bytes)
        .filter(|k| allowed.contains(k))
        .ok_or_else(|| Error::field(ErrorKind::UploadType, &file.field, "error-upload_type"))
}

/// Writes the file to disk, then records it. Call inside the caller's flow before the
/// row that refers to it; an orphan file on a later failure is harmless and private.
pub fn store(
    conn: &mut AnyConnection,
    config: &Config,
    file: &UploadedFile,
    kind: FileKind,
    owner: Option<i64>,
    commune_id: Option<i64>,
    private: bool,
) -> Result<i64, Error> {
    let mut rnd = [0u8; 16];
    rand::rng().fill_bytes(&mut rnd);
    let stored_name: String = rnd.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(dir(config).join(&stored_name), &file.bytes)?;
    let original: String = file.original_name.chars().take(200).collect();
    let id = diesel::insert_into(uploads::table)
        .values((
            uploads::owner_account_id.eq(owner),
            uploads::commune_id.eq(commune_id),
            uploads::stored_name.eq(&stored_name),
            uploads::original_name.eq(original),
            uploads::content_type.eq(kind.content_type()),
            uploads::size_bytes.eq(file.bytes.len() as i64),
            uploads::is_private.eq(private),
            uploads::created_at.eq(now()),
        ))
        .returning(uploads::id)
        .get_result(conn)?;
    Ok(id)
}

type UploadRow = (Option<i64>, Option<i64>, String, String, bool);

/// Serves a file: public files to all; private ones to their owner and to the
/// administrators of the commune they belong to.
pub async fn serve(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let (owner, commune, stored, content_type, private): UploadRow = db(&state, move |c| {
        Ok(uploads::table
            .find(id)
            .select((
                uploads::owner_account_id,
                uploads::commune_id,
                uploads::stored_name,
                uploads::content_type,
                uploads::is_private,
            ))
            .first(c)?)
    })
    .await?;
    if private {
        let user = ctx.require_user()?;
        let allowed = owner == Some(user.account.id)
            || user.is_platform_admin()
            || commune.is_some_and(|c| user.can_administer(c));
        if !allowed {
            return Err(ErrorKind::Forbidden.into());
        }
    }
    send(&state, stored, content_type, private).await
}

/// Serves a private upload to someone the caller has already allowed (e.g. the bureau for
/// a petition's mandate).
pub async fn serve_allowed(
    state: &web::Data<AppState>,
    id: i64,
) -> Result<HttpResponse, PageError> {
    let (stored, content_type): (String, String) = db(state, move |c| {
        Ok(uploads::table
            .find(id)
            .select((uploads::stored_name, uploads::content_type))
            .first(c)?)
    })
    .await?;
    send(state, stored, content_type, true).await
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
