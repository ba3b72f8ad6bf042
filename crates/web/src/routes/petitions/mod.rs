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
        .at("/petitions")
        .get("/confirm/{token}", public::confirm_page)
        .post("/confirm/{token}", public::confirm)
        .published(
            "petitions",
            (api::list, api::one),
            (feeds::atom, public::list),
        )
        .get(".csv", feeds::csv_export)
        .post("", public::create)
        .get("/new", public::new_page)
        .get("/{id}", public::page)
        .get("/{id}/sign", public::sign_page)
        .post("/{id}/sign", public::sign)
        .post("/{id}/open", agent::open)
        .post("/{id}/deposit", agent::deposit)
        .post("/{id}/withdraw", agent::withdraw)
        .get("/{id}/receipt", agent::receipt)
        .get("/{id}/signatories", agent::signatories)
        .post("/{id}/attachments", agent::attach)
        .get("/{id}/mandate", agent::mandate)
        .post("/{id}/mandate", agent::upload_mandate)
        .get("/{id}/association-receipt", agent::association_receipt)
        .at("/{slug}/admin/petitions")
        .post("/paper", bureau::register_paper)
        .get("/{id}/file", bureau::deposit_file)
        .post("/{id}/file", bureau::deposit_file_with_cins)
        .get("", bureau::list)
        .get("/{id}", bureau::page)
        .post("/{id}/decide", bureau::decide)
        .post("/{id}/paper", bureau::paper_signature)
        .post("/{id}/invalidate", bureau::invalidate)
        .at("/api/v1/communes/{slug}/petitions")
        .get("/{id}/count", api::count);
}

use musharaka_core::time::today;

use crate::routes::private;
