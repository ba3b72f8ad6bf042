//! Petitions (arts. 121–125), by audience: `public` (list, page, drafting, signing),
//! `agent` (the agent's steps, receipt, documents), `bureau` (review, paper entries, the
//! deposit file), `api` (JSON) and `feeds` (Atom, CSV). Signers' names appear only to the
//! agent and the bureau; decrypted CIN numbers only in the bureau's deposit file (audited).

mod agent;
mod api;
mod bureau;
mod feeds;
mod public;

use super::Router;

pub const PAGE_SIZE: i64 = 20;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/petitions/confirm/{token}", public::confirm_page)
        .post("/petitions/confirm/{token}", public::confirm)
        .get("/api/v1/communes/{slug}/petitions", api::list)
        .get("/api/v1/communes/{slug}/petitions/{id}", api::one)
        .get("/api/v1/communes/{slug}/petitions/{id}/count", api::count)
        .get("/{slug}/petitions.atom", feeds::atom)
        .get("/{slug}/petitions.csv", feeds::csv_export)
        .get("/{slug}/petitions", public::list)
        .post("/{slug}/petitions", public::create)
        .get("/{slug}/petitions/new", public::new_page)
        .get("/{slug}/petitions/{id}", public::page)
        .get("/{slug}/petitions/{id}/sign", public::sign_page)
        .post("/{slug}/petitions/{id}/sign", public::sign)
        .post("/{slug}/petitions/{id}/open", agent::open)
        .post("/{slug}/petitions/{id}/deposit", agent::deposit)
        .post("/{slug}/petitions/{id}/withdraw", agent::withdraw)
        .get("/{slug}/petitions/{id}/receipt", agent::receipt)
        .get("/{slug}/petitions/{id}/signatories", agent::signatories)
        .post("/{slug}/petitions/{id}/attachments", agent::attach)
        .get("/{slug}/petitions/{id}/mandate", agent::mandate)
        .post("/{slug}/petitions/{id}/mandate", agent::upload_mandate)
        .get(
            "/{slug}/petitions/{id}/association-receipt",
            agent::association_receipt,
        )
        .post("/{slug}/admin/petitions/paper", bureau::register_paper)
        .get("/{slug}/admin/petitions/{id}/file", bureau::deposit_file)
        .post(
            "/{slug}/admin/petitions/{id}/file",
            bureau::deposit_file_with_cins,
        )
        .get("/{slug}/admin/petitions", bureau::list)
        .get("/{slug}/admin/petitions/{id}", bureau::page)
        .post("/{slug}/admin/petitions/{id}/decide", bureau::decide)
        .post(
            "/{slug}/admin/petitions/{id}/paper",
            bureau::paper_signature,
        )
        .post(
            "/{slug}/admin/petitions/{id}/invalidate",
            bureau::invalidate,
        );
}

use musharaka_core::time::today;

/// A page with personal data: never stored by a browser or a proxy.
fn private(mut res: actix_web::HttpResponse) -> actix_web::HttpResponse {
    res.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("private, no-store"),
    );
    res
}
