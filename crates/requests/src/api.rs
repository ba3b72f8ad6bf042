//! The public JSON of access to information (its statistics) and of complaints (their
//! dashboard): counts only, no personal data. The web layer routes, calls one of these and
//! serialises.

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

/// The complaints' dashboard: counts by kind, category, district and month, delays.
pub fn complaints_dashboard(
    conn: &mut AnyConnection,
    commune: &Commune,
    today: NaiveDate,
) -> Result<Value> {
    let d = service::dashboard(conn, commune.id, today)?;
    let pairs = |v: Vec<(String, usize)>| -> Value {
        v.into_iter()
            .map(|(k, n)| json!({ "key": k, "count": n }))
            .collect()
    };
    Ok(json!({
        "commune": commune.slug,
        "total": d.total,
        "answered": d.answered,
        "overdue": d.overdue,
        "on_time_percent": d.on_time_percent,
        "average_ack_days": d.average_ack_days,
        "average_answer_days": d.average_answer_days,
        "by_kind": pairs(d.by_kind.iter().map(|(k, n)| (k.key().to_string(), *n)).collect()),
        "by_category": pairs(d.by_category.iter().map(|(k, n)| (k.key().to_string(), *n)).collect()),
        "by_district": pairs(d.by_district.iter().map(|(k, n)| (k.clone().unwrap_or_default(), *n)).collect()),
        "by_month": d.by_month.iter().map(|(y, m, r, a)| json!({ "month": format!("{y}-{m:02}"), "received": r, "answered": a })).collect::<Vec<_>>(),
    }))
}
