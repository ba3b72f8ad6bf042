//! Open data pages: the API description (`/api/v1/docs`), the catalogue of downloads
//! (`/data`, `/{commune}/data`), the data dictionary, the bodies' meetings as iCalendar.

pub mod api_docs;
pub mod export;

use crate::ctx::Ctx;
use crate::views::layout::{head_row, render};
use maud::{html, Markup};
use musharaka_bodies::open_data::Meeting;
use musharaka_communes::open_data::Dataset;
use musharaka_communes::Commune;
use musharaka_core::ical;
use musharaka_core::open_data::{Kind, Label, Table};

/// What the catalogue shows of a dataset: its rows and when it last changed.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    pub rows: usize,
    pub updated: Option<chrono::NaiveDateTime>,
}

impl Summary {
    pub fn of(table: &Table) -> Self {
        Summary {
            rows: table.rows.len(),
            updated: table.updated,
        }
    }
}
use musharaka_core::{Config, Lang};

/// Other formats a commune publishes elsewhere on the site, by dataset.
fn other_formats(commune: &Commune, code: &str) -> Vec<(String, &'static str)> {
    let s = &commune.slug;
    match code {
        "petitions" => vec![(format!("/{s}/petitions.atom"), "Atom")],
        "council-sessions" => vec![
            (format!("/{s}/council/sessions.ics"), "iCalendar"),
            (format!("/api/v1/communes/{s}/sessions"), "API"),
        ],
        "council-deliberations" => vec![
            (format!("/{s}/council/deliberations.atom"), "Atom"),
            (format!("/api/v1/communes/{s}/deliberations"), "API"),
        ],
        "body-meetings" => vec![(format!("/{s}/data/meetings.ics"), "iCalendar")],
        "bodies" | "body-opinions" => vec![(format!("/api/v1/communes/{s}/bodies"), "API")],
        _ => vec![],
    }
}

/// Published elsewhere, per commune: each domain's JSON API and its own exports
/// (pabulib files and results per budget cycle are linked from the cycle's page).
fn more(commune: &Commune) -> Vec<(&'static str, String)> {
    let s = &commune.slug;
    vec![
        ("data-more-budgets", format!("/api/v1/communes/{s}/budgets")),
        (
            "data-more-cocreation",
            format!("/api/v1/communes/{s}/cocreation"),
        ),
        (
            "data-more-consultations",
            format!("/api/v1/communes/{s}/consultations"),
        ),
        (
            "data-more-requests",
            format!("/api/v1/communes/{s}/information/stats"),
        ),
        (
            "data-more-complaints",
            format!("/api/v1/communes/{s}/complaints/dashboard"),
        ),
        (
            "data-more-programme",
            format!("/api/v1/communes/{s}/programme"),
        ),
    ]
}

fn when(updated: Option<chrono::NaiveDateTime>) -> String {
    updated
        .map(|u| {
            musharaka_core::time::local_date(u)
                .format("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_else(|| "—".to_string())
}

/// The catalogue: nationally (`commune` None: every commune's page linked) or for one
/// commune: each dataset with its table.
pub fn catalogue(
    ctx: &Ctx,
    config: &Config,
    commune: Option<&Commune>,
    communes: &[Commune],
    tables: &[(&Dataset, Summary)],
) -> Markup {
    let title = match commune {
        Some(c) => ctx.ta(
            "data-title-commune",
            &[("commune", c.name(ctx.lang).into())],
        ),
        None => ctx.t("data-title"),
    };
    let base = commune.map_or_else(|| "/data".to_string(), |c| format!("/{}/data", c.slug));
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.t("data-intro")) }
            p {
                (ctx.t("data-licence")) " "
                a href=(config.data_licence_url) rel="license" { (config.data_licence) }
            }
            p { a href="/data/dictionary" { (ctx.t("data-dictionary")) } " · "
                a href="/api/v1/docs" { (ctx.t("api-docs-title")) } }
            div.table-wrap { table {
                (head_row(ctx, &["data-col-dataset", "data-col-rows", "data-col-updated", "data-col-downloads"]))
                tbody {
                    @for (set, t) in tables {
                        tr {
                            th scope="row" { (ctx.t(set.title)) }
                            td { (t.rows) }
                            td { (when(t.updated)) }
                            td {
                                a href={ (base) "/" (set.code) ".csv?lang=ar" } hreflang="ar" { "CSV (" (crate::state::i18n().t(Lang::Ar, "lang-name", &[])) ")" } " · "
                                a href={ (base) "/" (set.code) ".csv?lang=fr" } hreflang="fr" { "CSV (" (crate::state::i18n().t(Lang::Fr, "lang-name", &[])) ")" } " · "
                                a href={ (base) "/" (set.code) ".json" } type="application/json" { "JSON" }
                                @if let Some(c) = commune {
                                    @for (href, label) in other_formats(c, set.code) {
                                        " · " a href=(href) { (label) }
                                    }
                                }
                            }
                        }
                    }
                }
            } }
            @if let Some(c) = commune {
                h2 { (ctx.t("data-more")) }
                ul { @for (label, href) in more(c) { li { a href=(href) { (ctx.t(label)) } } } }
            }
            @if !communes.is_empty() {
                h2 { (ctx.t("data-by-commune")) }
                ul { @for c in communes { li { a href={ "/" (c.slug) "/data" } { (c.name(ctx.lang)) } } } }
            }
        },
    )
}

/// Every dataset's columns: stable code, header, kind, meaning.
pub fn dictionary<'a>(ctx: &Ctx, sets: impl Iterator<Item = &'a Dataset>) -> Markup {
    let title = ctx.t("data-dictionary");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.t("data-dictionary-intro")) }
            @for set in sets {
                section id=(set.code) {
                    h2 { (ctx.t(set.title)) " " code { (set.code) } }
                    p { (ctx.t(&format!("{}-about", set.title))) }
                    div.table-wrap { table {
                        (head_row(ctx, &["data-col-code", "data-col-header", "data-col-type"]))
                        tbody { @for c in set.columns() {
                            tr {
                                td { code { (c.code) } }
                                td { @match &c.label {
                                    Label::Message(id) => (ctx.t(id)),
                                    Label::Written(text) => (text),
                                } }
                                td { (ctx.t(&format!("data-kind-{}", c.kind.code())))
                                     @if let Kind::Code(_) = c.kind { " (" code { (c.code) "_code" } ")" } }
                            }
                        } }
                    } }
                }
            }
        },
    )
}

/// The bodies' public meetings as all-day events (one VEVENT each).
pub fn meetings_ics(commune: &Commune, meetings: &[Meeting], base_url: &str) -> String {
    let host = ical::uid_host(base_url);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Musharaka//Consultative bodies meetings//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", ical::escape(commune.name(Lang::Fr))),
        "X-WR-TIMEZONE:Africa/Casablanca".into(),
    ];
    for m in meetings {
        let row = &m.meeting;
        let end = row.held_on.succ_opt().unwrap_or(row.held_on);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:body-meeting-{}-{}@{host}", row.id, commune.slug),
            format!("DTSTAMP:{}", ical::utc(row.created_at)),
            format!("DTSTART;VALUE=DATE:{}", row.held_on.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
            format!(
                "SUMMARY:{}",
                ical::escape(&format!("{} — {}", m.body_name_ar, m.body_name_fr))
            ),
            format!("LOCATION:{}", ical::escape(&row.place)),
            format!("DESCRIPTION:{}", ical::escape(&row.agenda)),
            format!("URL:{base_url}/{}/bodies/{}", commune.slug, row.body_id),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| ical::fold(l)).collect()
}
