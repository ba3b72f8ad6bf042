//! The iCalendar feed of sessions (RFC 5545) and the Atom feed of deliberations (RFC 4287),
//! written by hand: both formats are small, and the escaping rules are the whole job.

use super::{deliberation_href, register_href, session_href, session_name};
use crate::ctx::Ctx;
use chrono::{Days, NaiveDateTime};
use musharaka_communes::Commune;
use musharaka_core::ical::{
    escape as ical_escape, fold as ical_fold, uid_host as host, utc as ical_utc,
};
use musharaka_core::time::now;

pub use crate::views::xml::escape as xml_escape;
use musharaka_councils::model::SessionStatus;
use musharaka_councils::records::{DeliberationRow, ItemRow, SessionRow};

// ---------------------------------------------------------------------------------------
// iCalendar
// ---------------------------------------------------------------------------------------

/// RFC 5545 STATUS of an event: a planned session is tentative until convened.
fn ical_status(s: &SessionRow) -> &'static str {
    match s.status {
        SessionStatus::Planned => "TENTATIVE",
        SessionStatus::Cancelled => "CANCELLED",
        _ => "CONFIRMED",
    }
}

fn vevent(ctx: &Ctx, base_url: &str, commune: &Commune, s: &SessionRow) -> Vec<String> {
    let end = s
        .last_day()
        .checked_add_days(Days::new(1))
        .unwrap_or(s.last_day());
    let url = format!("{base_url}{}", session_href(&commune.slug, s.id));
    vec![
        "BEGIN:VEVENT".into(),
        format!(
            "UID:council-session-{}-{}@{}",
            s.id,
            commune.slug,
            host(base_url)
        ),
        format!("DTSTAMP:{}", ical_utc(s.updated_at)),
        format!("DTSTART;VALUE=DATE:{}", s.starts_on.format("%Y%m%d")),
        format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        format!(
            "SUMMARY:{}",
            ical_escape(&format!(
                "{} — {}",
                session_name(ctx, s),
                commune.name(ctx.lang)
            ))
        ),
        format!("LOCATION:{}", ical_escape(&s.place)),
        format!("STATUS:{}", ical_status(s)),
        format!(
            "DESCRIPTION:{}",
            ical_escape(&ctx.t(&format!("cp-status-{}", s.status.key())))
        ),
        format!("URL:{}", ical_escape(&url)),
        "END:VEVENT".into(),
    ]
}

/// The commune's sessions as an iCalendar file (one VEVENT each, all-day dates).
pub fn ical(ctx: &Ctx, base_url: &str, commune: &Commune, sessions: &[SessionRow]) -> String {
    let name = ctx.t_commune("cp-ical-name", commune);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Musharaka//Council sessions//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", ical_escape(&name)),
        "X-WR-TIMEZONE:Africa/Casablanca".into(),
    ];
    for s in sessions {
        lines.extend(vevent(ctx, base_url, commune, s));
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| ical_fold(l)).collect()
}

// ---------------------------------------------------------------------------------------
// Atom
// ---------------------------------------------------------------------------------------

fn rfc3339(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// When an entry last changed: its signature, else its writing.
fn entry_updated(d: &DeliberationRow) -> NaiveDateTime {
    d.signed_at.unwrap_or(d.created_at)
}

fn entry(
    ctx: &Ctx,
    base_url: &str,
    commune: &Commune,
    d: &DeliberationRow,
    item: &ItemRow,
) -> String {
    let url = format!("{base_url}{}", deliberation_href(&commune.slug, d.id));
    let title = format!("{} — {}", d.number(), item.title(ctx.lang));
    let state = if d.signed_at.is_some() {
        "signed"
    } else {
        "draft"
    };
    let summary = format!(
        "{} · {}",
        ctx.t(&format!("cp-outcome-{}", d.outcome)),
        ctx.t(&format!("cp-state-{state}"))
    );
    // The Arabic text stands in for a missing French one, marked as Arabic.
    let (text, lang) = match (ctx.lang, &d.text_fr) {
        (musharaka_core::Lang::Ar, _) => (d.text_ar.as_str(), ""),
        (_, None) => (d.text_ar.as_str(), " xml:lang=\"ar\""),
        (_, Some(fr)) => (fr.as_str(), ""),
    };
    let published = d.decided_on.and_hms_opt(0, 0, 0).unwrap_or(d.created_at);
    format!(
        "<entry><id>{id}</id><title>{title}</title><updated>{updated}</updated>\
         <published>{published}</published>\
         <link rel=\"alternate\" type=\"text/html\" href=\"{id}\"/>\
         <category term=\"{outcome}\" label=\"{outcome_label}\"/>\
         <summary>{summary}</summary><content type=\"text\"{lang}>{content}</content></entry>\n",
        id = xml_escape(&url),
        title = xml_escape(&title),
        updated = rfc3339(entry_updated(d)),
        published = rfc3339(published),
        outcome = xml_escape(&d.outcome),
        outcome_label = xml_escape(&ctx.t(&format!("cp-outcome-{}", d.outcome))),
        summary = xml_escape(&summary),
        content = xml_escape(text),
    )
}

/// The latest deliberations of the register as an Atom feed.
pub fn atom(
    ctx: &Ctx,
    base_url: &str,
    commune: &Commune,
    rows: &[(DeliberationRow, ItemRow)],
) -> String {
    let register = format!("{base_url}{}", register_href(&commune.slug));
    let updated = rows
        .iter()
        .map(|(d, _)| entry_updated(d))
        .max()
        .unwrap_or_else(now);
    let title = ctx.t_commune("cp-atom-title", commune);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <id>{register}</id><title>{title}</title><updated>{updated}</updated>\
         <author><name>{author}</name></author>\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{register}.atom\"/>\
         <link rel=\"alternate\" type=\"text/html\" href=\"{register}\"/>\n",
        lang = ctx.lang.code(),
        register = xml_escape(&register),
        title = xml_escape(&title),
        updated = rfc3339(updated),
        author = xml_escape(commune.name(ctx.lang)),
    );
    for (d, item) in rows {
        out.push_str(&entry(ctx, base_url, commune, d, item));
    }
    out.push_str("</feed>\n");
    out
}
