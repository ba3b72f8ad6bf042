//! The one stylesheet, embedded in the binary and served under a content-hashed URL with
//! a year-long immutable cache.

use actix_web::{http::header, web, HttpResponse};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

const CSS: &str = include_str!("../../../assets/style.css");

fn css_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        let digest = Sha256::digest(CSS.as_bytes());
        digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
    })
}

pub fn css_href() -> String {
    format!("/assets/style.{}.css", css_hash())
}

pub async fn stylesheet(name: web::Path<String>) -> HttpResponse {
    if *name != format!("style.{}.css", css_hash()) {
        return HttpResponse::NotFound().finish();
    }
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(CSS)
}
