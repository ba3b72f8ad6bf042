//! Server-rendered pages (maud). Views take the request context and data, never a
//! connection.

pub mod account;
pub mod bodies;
pub mod budgets;
pub mod cocreation;
pub mod communes;
pub mod consultations;
pub mod councils;
pub mod data;
pub mod form;
pub mod layout;
pub mod petitions;
pub mod platform;
pub mod programme;
pub mod requests;
pub mod xml;

/// `/login?next=<path>` with the path encoded.
pub fn login_href(next: &str) -> String {
    let q = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
    format!("/login?{q}")
}
