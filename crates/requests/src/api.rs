//! Access to information's public JSON (`docs/api.md`): the statistics, no personal data.
//! The web layer routes, calls this and serialises.

use crate::service;
use chrono::NaiveDate;
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use serde_json::{json, Value};

/// The commune's request statistics (refusals by ground) and the register's size.
pub fn stats(conn: &mut AnyConnection, commune: &Commune, today: NaiveDate) -> Result<Value> {
    let ov = service::overview(conn, commune.id, today)?;
    let s = &ov.stats;
    let grounds: serde_json::Map<String, Value> = s
        .by_ground
        .iter()
        .map(|(g, n)| (g.key().to_string(), json!(n)))
        .collect();
    Ok(json!({
        "commune": commune.slug,
        "received": s.received,
        "answered": s.answered,
        "answered_on_time": s.answered_on_time,
        "extended": s.extended,
        "delivered": s.delivered,
        "partial": s.partial,
        "refused": s.refused,
        "overdue": s.overdue,
        "appealed": s.appealed,
        "refused_by_ground": grounds,
        "publications": ov.publications,
    }))
}
