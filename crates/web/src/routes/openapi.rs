//! The JSON API described in OpenAPI 3.1 (`docs/openapi.json`, served at
//! `/api/v1/openapi.json`) and the same description as a page (`/api/v1/docs`). The
//! `openapi` test checks every documented endpoint's real answers against it, and that
//! every `/api/v1` route is documented.

use crate::ctx::Ctx;
use crate::routes::html;
use crate::routes::Reply;
use actix_web::HttpResponse;
use musharaka_core::Error;
use serde_json::Value;
use std::sync::OnceLock;

/// The document, embedded in the binary.
pub const DOCUMENT: &str = include_str!("../../../../docs/openapi.json");

pub fn configure(cfg: &mut crate::routes::Routes) {
    super::Router::new(cfg)
        .get("/api/v1/openapi.json", json)
        .get("/api/v1/docs", page);
}

/// The parsed document (checked by the tests, so it parses).
pub fn document() -> Result<&'static Value, Error> {
    static DOC: OnceLock<Option<Value>> = OnceLock::new();
    DOC.get_or_init(|| serde_json::from_str(DOCUMENT).ok())
        .as_ref()
        .ok_or_else(|| Error::internal("docs/openapi.json does not parse"))
}

async fn json() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .body(DOCUMENT)
}

async fn page(ctx: Ctx) -> Reply {
    let doc = document()?;
    Ok(html(crate::views::data::api_docs::page(&ctx, doc), false))
}
