//! The council in public: the sessions page, a session, the register of deliberations, a
//! deliberation with its vote, signed minutes, their printable versions; the feeds
//! ([`feeds`]). The JSON shapes are `musharaka_councils::api`.

mod feeds;

pub use feeds::{atom, ical};
pub use musharaka_councils::api::{
    deliberation_href, majority_of, minutes_href, petition_href, register_href, session_href,
};

use crate::ctx::Ctx;
use crate::forms::councils::RegisterQuery;
use crate::state::i18n;
use crate::views::councils::admin::study_decision_line;
use crate::views::layout::{head_row, render};
use chrono::{NaiveDate, NaiveDateTime};
use maud::{html, Markup, DOCTYPE};
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::{Commune, CouncilMember};
use musharaka_core::time::{format_date, format_datetime};
use musharaka_core::Lang;
use musharaka_councils::api;
use musharaka_councils::records::{
    DeliberationRow, ItemRow, QuestionRow, SessionRequestRow, SessionRow, SittingRow, VoteRow,
};
use musharaka_councils::rules::{self, SessionDeadlines};

pub use musharaka_councils::service::public::{
    DeliberationDetail, ItemDetail, MinutesDetail, RegisterPage, SessionDetail, SessionSummary,
    OUTCOMES,
};

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

pub fn council_href(slug: &str) -> String {
    format!("/{slug}/council")
}

fn date(ctx: &Ctx, d: NaiveDate) -> String {
    format_date(i18n(), ctx.lang, d)
}

fn datetime(ctx: &Ctx, t: NaiveDateTime) -> String {
    format_datetime(i18n(), ctx.lang, t)
}

/// "Ordinary session of February 2026" / "Extraordinary session of 3 March 2026".
pub fn session_name(ctx: &Ctx, s: &SessionRow) -> String {
    api::session_name(i18n(), ctx.lang, s)
}

fn badge_class(status: &str) -> &'static str {
    match status {
        "closed" | "adopted" | "decided" | "signed" => "badge ok",
        "cancelled" | "rejected" | "refused" => "badge error",
        "open" | "convened" | "postponed" | "draft" | "second_sitting_required" => "badge warn",
        _ => "badge",
    }
}

/// A badge with the translation of `prefix` + `key`.
fn badge(ctx: &Ctx, prefix: &str, key: &str) -> Markup {
    html! { span class=(badge_class(key)) { (ctx.t(&format!("{prefix}{key}"))) } }
}

fn committee_name(ctx: &Ctx, committees: &[CommitteeWithMembers], id: Option<i64>) -> String {
    id.and_then(|id| committees.iter().find(|c| c.committee.id == id))
        .map(|c| c.committee.name(ctx.lang).to_string())
        .unwrap_or_default()
}

fn member_name(ctx: &Ctx, members: &[CouncilMember], id: Option<i64>) -> String {
    id.and_then(|id| members.iter().find(|m| m.id == id))
        .map(|m| m.name(ctx.lang).to_string())
        .unwrap_or_default()
}

/// The text in the page's language: French when asked and written, Arabic otherwise.
fn text_in<'a>(ctx: &Ctx, ar: &'a str, fr: Option<&'a str>) -> &'a str {
    match (ctx.lang, fr) {
        (Lang::Ar, _) | (_, None) => ar,
        (_, Some(fr)) => fr,
    }
}

fn paragraphs(text: &str) -> Markup {
    html! {
        @for p in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            p { @for (i, line) in p.lines().enumerate() { @if i > 0 { br; } (line) } }
        }
    }
}

fn deliberation_state(d: &DeliberationRow) -> &'static str {
    if d.signed_at.is_some() {
        "signed"
    } else {
        "draft"
    }
}

fn source_line(ctx: &Ctx, slug: &str, item: &ItemRow) -> Markup {
    html! {
        (ctx.t(&format!("cp-source-{}", item.source)))
        @if let Some(href) = petition_href(slug, item) {
            " " a href=(href) { (ctx.t("cp-source-open-petition")) }
        } @else if let Some(r) = &item.source_ref {
            " " span.muted { "(" bdi { (r) } ")" }
        }
    }
}

// ---------------------------------------------------------------------------------------
// The council page
// ---------------------------------------------------------------------------------------

fn council_nav(ctx: &Ctx, slug: &str) -> Markup {
    html! {
        p.no-print {
            a href=(council_href(slug)) { (ctx.t("cp-nav-sessions")) } " · "
            a href=(register_href(slug)) { (ctx.t("cp-nav-register")) } " · "
            a href={ "/" (slug) "/council/sessions.ics" } type="text/calendar" { (ctx.t("cp-feed-ical")) } " · "
            a href={ "/" (slug) "/council/deliberations.atom" } type="application/atom+xml" { (ctx.t("cp-feed-atom")) } " · "
            a href={ "/api/v1/communes/" (slug) "/deliberations" } type="application/json" { (ctx.t("cp-feed-api")) }
        }
    }
}

fn agenda_table(
    ctx: &Ctx,
    slug: &str,
    items: &[ItemRow],
    committees: &[CommitteeWithMembers],
) -> Markup {
    html! {
        @if items.is_empty() { p.muted { (ctx.t("cp-agenda-empty")) } }
        @else {
            table {
                (head_row(ctx, &["cp-col-number", "cp-col-item", "cp-col-committee", "cp-col-source", "cp-col-status"]))
                tbody {
                    @for it in items {
                        tr {
                            td { (it.number) }
                            td { (it.title(ctx.lang)) }
                            td { (committee_name(ctx, committees, it.committee_id)) }
                            td { (source_line(ctx, slug, it)) }
                            td { (badge(ctx, "cp-item-status-", it.status.key())) }
                        }
                    }
                }
            }
        }
    }
}

/// " — extended by the president's decision (art. 34)" when the session was extended.
fn extended_mention(ctx: &Ctx, s: &SessionRow) -> Markup {
    html! {
        @if let Some(x) = s.extended_until {
            " " span.badge.warn { (ctx.ta("cp-session-extended", &[("date", date(ctx, x).into())])) }
        }
    }
}

fn session_heading(ctx: &Ctx, slug: &str, s: &SessionRow) -> Markup {
    html! {
        h3 { a href=(session_href(slug, s.id)) { (session_name(ctx, s)) } " " (badge(ctx, "cp-status-", s.status.key())) }
        p.muted {
            (ctx.ta("cp-dates", &[("start", date(ctx, s.starts_on).into()), ("end", date(ctx, s.last_day()).into())]))
            (extended_mention(ctx, s))
            " · " bdi { (s.place) }
        }
    }
}

pub fn overview(
    ctx: &Ctx,
    commune: &Commune,
    upcoming: &[SessionSummary],
    past: &[SessionSummary],
    committees: &[CommitteeWithMembers],
    (requests, today): (&[SessionRequestRow], NaiveDate),
    (questions, sessions, members): (&[QuestionRow], &[SessionRow], &[CouncilMember]),
) -> Markup {
    let names: Vec<(i64, String)> = members
        .iter()
        .map(|m| (m.id, m.name(ctx.lang).to_string()))
        .collect();
    let title = ctx.t_commune("cp-council-title", commune);
    render(
        ctx,
        &title,
        html! {
            p.muted.no-print { a href={ "/" (commune.slug) } { (commune.name(ctx.lang)) } }
            h1 { (title) }
            p { (ctx.t("cp-council-intro")) }
            (council_nav(ctx, &commune.slug))
            h2 { (ctx.t("cp-upcoming")) }
            @if upcoming.is_empty() { p.muted { (ctx.t("cp-upcoming-none")) } }
            @for s in upcoming {
                div.card {
                    (session_heading(ctx, &commune.slug, &s.session))
                    h4 { (ctx.t("cp-agenda")) " " span.badge { (ctx.ta("cp-items-count", &[("count", s.items.len().into())])) } }
                    (agenda_table(ctx, &commune.slug, &s.items, committees))
                }
            }
            @if !requests.is_empty() {
                h2 id="requests" { (ctx.t("council-requests")) }
                ul.plain {
                    @for r in requests {
                        li {
                            (ctx.ta("cp-request-line", &[("date", date(ctx, r.requested_on).into()), ("count", r.requesting_members.into()), ("in_office", r.members_in_office.into())])) " — "
                            bdi dir="auto" { (r.points) } " "
                            (crate::views::councils::admin::request_standing(ctx, r, today))
                            @if let Some(reasons) = &r.refusal_reasons { div.muted { (ctx.t("council-field-refusal-reasons")) ": " bdi dir="auto" { (reasons) } } }
                        }
                    }
                }
            }
            @if !questions.is_empty() { (crate::views::councils::admin::questions_section(ctx, None, (questions, &names, sessions), &vec![])) }
            (crate::views::communes::public::committees_section(ctx, committees, members))
            h2 { (ctx.t("cp-past")) }
            @if past.is_empty() { p.muted { (ctx.t("cp-past-none")) } }
            ul.plain {
                @for s in past {
                    li {
                        a href=(session_href(&commune.slug, s.session.id)) { (session_name(ctx, &s.session)) }
                        " " (badge(ctx, "cp-status-", s.session.status.key())) " "
                        span.muted { (ctx.ta("cp-dates", &[("start", date(ctx, s.session.starts_on).into()), ("end", date(ctx, s.session.last_day()).into())])) }
                    }
                }
            }
        },
    )
}

// ---------------------------------------------------------------------------------------
// A session
// ---------------------------------------------------------------------------------------

fn deadlines_list(ctx: &Ctx, d: &SessionDeadlines, today: NaiveDate) -> Markup {
    let row = |id: &str, day: NaiveDate| {
        let passed = day < today;
        html! {
            dt { (ctx.t(id)) }
            dd { (date(ctx, day)) @if passed { " " span.muted { (ctx.t("cp-deadline-passed")) } } }
        }
    };
    html! {
        dl {
            (row("cp-deadline-notice", d.notice_by))
            @if let Some(a) = d.agenda_to_governor_by { (row("cp-deadline-agenda", a)) }
            @if let Some(g) = d.governor_additions_by { (row("cp-deadline-governor", g)) }
            (row("cp-deadline-last-day", d.last_day))
            @if let Some(e) = d.last_day_if_extended { (row("cp-deadline-extension", e)) }
        }
    }
}

/// "Quorum reached: 26 members present, 18 required (more than half of 35 in office)."
pub fn quorum_line(ctx: &Ctx, s: &SittingRow) -> String {
    let Some(decision) = s.quorum_decision.as_deref() else {
        return ctx.t("cp-quorum-pending");
    };
    let in_office = s.members_in_office.unwrap_or(0).max(0) as u32;
    let present = s.members_present.unwrap_or(0);
    let required = rules::absolute_majority(in_office);
    format!(
        "{} {} · {} · {}",
        ctx.t(&format!("cp-quorum-{decision}")),
        ctx.ta("cp-count-present", &[("count", present.into())]),
        ctx.ta("cp-count-required", &[("count", required.into())]),
        ctx.ta("cp-count-in-office", &[("count", in_office.into())]),
    )
}

/// Art. 48: the council's vote on a request to sit closed (adopted: the sitting was closed;
/// not adopted: it stayed public, and the request is said).
fn closed_request_line(ctx: &Ctx, s: &SittingRow) -> Markup {
    let Some(decision) = s.closed_decision.as_deref() else {
        return html! {};
    };
    let args = [
        ("in_favour", s.closed_in_favour.unwrap_or(0).into()),
        ("against", s.closed_against.unwrap_or(0).into()),
        ("abstain", s.closed_abstain.unwrap_or(0).into()),
    ];
    let key = if decision == "adopted" {
        "cp-closed-council-adopted"
    } else {
        "cp-closed-council-rejected"
    };
    html! { div.muted { (ctx.ta(key, &args)) } }
}

fn sittings_list(ctx: &Ctx, sittings: &[SittingRow]) -> Markup {
    html! {
        @if sittings.is_empty() { p.muted { (ctx.t("cp-sittings-none")) } }
        ul.plain {
            @for s in sittings {
                li {
                    strong { (datetime(ctx, s.starts_at)) } " · "
                    (ctx.t(&format!("cp-convocation-{}", s.convocation))) " · "
                    @if s.is_public { span.badge.ok { (ctx.t("cp-sitting-public")) } }
                    @else {
                        span.badge.warn { (ctx.t("cp-sitting-closed")) }
                        " " (ctx.t(&format!("cp-closed-by-{}", s.closed_requester.as_deref().unwrap_or("president"))))
                        @if let Some(r) = &s.closed_reasons { " — " q dir="auto" { (r) } }
                    }
                    (closed_request_line(ctx, s))
                    div.muted { (quorum_line(ctx, s)) }
                }
            }
        }
    }
}

fn item_outcome(ctx: &Ctx, slug: &str, it: &ItemDetail) -> Markup {
    html! {
        @if let Some(v) = it.votes.last() { (badge(ctx, "cp-outcome-", &v.decision)) }
        @for d in &it.deliberations {
            " " a href=(deliberation_href(slug, d.id)) { (ctx.ta("cp-deliberation-number", &[("number", d.number().into())])) }
            @if d.signed_at.is_none() { " " (badge(ctx, "cp-state-", "draft")) }
        }
        @if let Some(r) = &it.item.status_reasons { div.muted dir="auto" { (r) } }
    }
}

fn session_agenda(ctx: &Ctx, d: &SessionDetail) -> Markup {
    html! {
        @if d.items.is_empty() { p.muted { (ctx.t("cp-agenda-empty")) } }
        @else {
            table {
                (head_row(ctx, &["cp-col-number", "cp-col-item", "cp-col-committee", "cp-col-source", "cp-col-status", "cp-col-outcome"]))
                tbody {
                    @for it in &d.items {
                        tr {
                            td { (it.item.number) }
                            td {
                                (it.item.title(ctx.lang)) @if !it.item.summary.is_empty() { div.muted dir="auto" { (it.item.summary) } }
                                @if let Some(r) = &it.item.committee_report { div.muted dir="auto" { (ctx.t("council-committee-report")) ": " (r) } } @if let Some(s) = &it.study_decision { (study_decision_line(ctx, s)) }
                                @if let Some(o) = d.objections.iter().find(|o| o.item_id == it.item.id) { (crate::views::councils::admin::objection_line(ctx, o)) }
                                @for (id, name) in &it.documents { div { a href={ "/uploads/" (id) } { (name) } } }
                            }
                            td { (committee_name(ctx, &d.committees, it.item.committee_id)) }
                            td { (source_line(ctx, &d.commune.slug, &it.item)) }
                            td { (badge(ctx, "cp-item-status-", it.item.status.key())) }
                            td { (item_outcome(ctx, &d.commune.slug, it)) }
                        }
                    }
                }
            }
        }
    }
}

pub fn session(ctx: &Ctx, d: &SessionDetail, today: NaiveDate) -> Markup {
    let s = &d.session;
    let title = session_name(ctx, s);
    let deadlines = &d.deadlines;
    let slug = &d.commune.slug;
    render(
        ctx,
        &title,
        html! {
            p.muted.no-print { a href=(council_href(slug)) { (ctx.ta("cp-council-title", &[("commune", d.commune.name(ctx.lang).into())])) } }
            h1 { (title) " " (badge(ctx, "cp-status-", s.status.key())) }
            dl {
                dt { (ctx.t("cp-session-dates")) }
                dd { (ctx.ta("cp-dates", &[("start", date(ctx, s.starts_on).into()), ("end", date(ctx, s.last_day()).into())])) (extended_mention(ctx, s)) }
                dt { (ctx.t("cp-session-place")) } dd { bdi { (s.place) } }
                @if let Some(t) = &s.trigger_by { dt { (ctx.t("cp-session-trigger")) } dd { (ctx.t(&format!("cp-trigger-{t}"))) } }
                @if let Some(n) = &s.trigger_note { dt { (ctx.t("cp-session-trigger-note")) } dd { (n) } }
                @if let Some(on) = s.requested_on {
                    dt { (ctx.t("cp-session-request")) }
                    dd { (ctx.ta("cp-session-request-detail", &[("date", format_date(crate::state::i18n(), ctx.lang, on).into()), ("members", s.requesting_members.unwrap_or(0).into())])) }
                }
            }
            h2 { (ctx.t("cp-deadlines")) }
            (deadlines_list(ctx, deadlines, today))
            h2 { (ctx.t("cp-sittings")) }
            (sittings_list(ctx, &d.sittings))
            h2 { (ctx.t("cp-agenda")) " " span.badge { (ctx.ta("cp-items-count", &[("count", d.items.len().into())])) } }
            (session_agenda(ctx, d))
            h2 { (ctx.t("cp-minutes")) }
            @if d.minutes.is_empty() { p.muted { (ctx.t("cp-minutes-none")) } }
            ul.plain {
                @for m in &d.minutes {
                    li { a href=(minutes_href(slug, m.id)) { (ctx.t("cp-minutes-read")) }
                         @if let Some(c) = m.corrects_id { " " span.muted { (ctx.ta("cp-minutes-corrects", &[("id", c.into())])) } } }
                }
            }
        },
    )
}

// ---------------------------------------------------------------------------------------
// The register
// ---------------------------------------------------------------------------------------

fn select_options(current: Option<&str>, options: Vec<(String, String)>) -> Markup {
    html! {
        @for (value, label) in options {
            option value=(value) selected[current == Some(value.as_str())] { (label) }
        }
    }
}

fn search_form(ctx: &Ctx, p: &RegisterPage, q: &RegisterQuery) -> Markup {
    let any = (String::new(), ctx.t("cp-search-any"));
    let committees: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(p.committees.iter().map(|c| {
            (
                c.committee.id.to_string(),
                c.committee.name(ctx.lang).to_string(),
            )
        }))
        .collect();
    let outcomes: Vec<(String, String)> = std::iter::once(any)
        .chain(
            OUTCOMES
                .iter()
                .map(|o| (o.to_string(), ctx.t(&format!("cp-outcome-{o}")))),
        )
        .collect();
    html! {
        form.stack.no-print method="get" action=(register_href(&p.commune.slug)) role="search" {
            div.field { label for="q" { (ctx.t("cp-search-words")) }
                input id="q" name="q" type="search" value=(q.q.as_deref().unwrap_or_default()); }
            div.field { label for="year" { (ctx.t("cp-search-year")) }
                input id="year" name="year" type="number" min="2000" max="2100" value=(q.year.as_deref().unwrap_or_default()); }
            div.field { label for="committee" { (ctx.t("cp-search-committee")) }
                select id="committee" name="committee" { (select_options(q.committee.as_deref(), committees)) } }
            div.field { label for="outcome" { (ctx.t("cp-search-outcome")) }
                select id="outcome" name="outcome" { (select_options(q.outcome.as_deref(), outcomes)) } }
            div { button type="submit" { (ctx.t("cp-search-submit")) } }
        }
    }
}

/// The register's URL for another page, keeping the search.
fn page_href(slug: &str, q: &RegisterQuery, page: i64) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    for (k, v) in [
        ("q", &q.q),
        ("year", &q.year),
        ("committee", &q.committee),
        ("outcome", &q.outcome),
    ] {
        if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
            pairs.push((k, v.to_string()));
        }
    }
    pairs.push(("page", page.to_string()));
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    format!("{}?{query}", register_href(slug))
}

fn register_table(ctx: &Ctx, p: &RegisterPage) -> Markup {
    html! {
        table {
            (head_row(ctx, &["cp-col-deliberation", "cp-col-date", "cp-col-item", "cp-col-committee", "cp-col-outcome"]))
            tbody {
                @for (d, it) in &p.rows {
                    tr {
                        td { a href=(deliberation_href(&p.commune.slug, d.id)) { (d.number()) }
                             " " (badge(ctx, "cp-state-", deliberation_state(d))) }
                        td { (date(ctx, d.decided_on)) }
                        td { (it.title(ctx.lang)) }
                        td { (committee_name(ctx, &p.committees, it.committee_id)) }
                        td { (badge(ctx, "cp-outcome-", &d.outcome)) }
                    }
                }
            }
        }
    }
}

pub fn register(ctx: &Ctx, p: &RegisterPage, q: &RegisterQuery) -> Markup {
    let title = ctx.t("cp-register-title");
    let slug = &p.commune.slug;
    render(
        ctx,
        &title,
        html! {
            p.muted.no-print { a href=(council_href(slug)) { (ctx.ta("cp-council-title", &[("commune", p.commune.name(ctx.lang).into())])) } }
            h1 { (title) }
            p { (ctx.t("cp-register-intro")) }
            (council_nav(ctx, slug))
            (search_form(ctx, p, q))
            p { (ctx.ta("cp-deliberations-count", &[("count", p.rows.len().into())])) }
            @if p.rows.is_empty() { p.muted { (ctx.t("cp-register-empty")) } }
            @else { (register_table(ctx, p)) }
            nav.pagination aria-label=(ctx.ta("pagination-page", &[("page", p.page.into())])) {
                @if p.page > 1 { a rel="prev" href=(page_href(slug, q, p.page - 1)) { (ctx.t("pagination-previous")) } }
                span { (ctx.ta("pagination-page", &[("page", p.page.into())])) }
                @if p.has_next { a rel="next" href=(page_href(slug, q, p.page + 1)) { (ctx.t("pagination-next")) } }
            }
        },
    )
}

// ---------------------------------------------------------------------------------------
// A deliberation
// ---------------------------------------------------------------------------------------

fn vote_table(ctx: &Ctx, d: &DeliberationDetail, v: &VoteRow) -> Markup {
    let m = majority_of(v, &d.item);
    html! {
        table.vote {
            tbody {
                tr { th scope="row" { (ctx.t("cp-choice-in_favour")) } td { (v.in_favour) } }
                tr { th scope="row" { (ctx.t("cp-choice-against")) } td { (v.against) } }
                tr { th scope="row" { (ctx.t("cp-choice-abstain")) } td { (v.abstain) } }
                tr { th scope="row" { (ctx.t("cp-vote-present")) } td { (v.members_present) } }
                tr { th scope="row" { (ctx.t("cp-vote-in-office")) } td { (v.members_in_office) } }
                tr { th scope="row" { (ctx.t("cp-vote-ballot")) } td { (ctx.t(&format!("cp-ballot-{}", v.ballot))) } }
                tr { th scope="row" { (ctx.t("cp-vote-basis")) } td {
                    (ctx.t(&format!("cp-basis-{}", m.basis)))
                    @if let Some(n) = m.votes_needed { " — " (ctx.ta("cp-votes-needed", &[("count", n.into())])) }
                } }
                tr { th scope="row" { (ctx.t("cp-vote-decision")) } td { (badge(ctx, "cp-outcome-", &v.decision)) } }
                tr { th scope="row" { (ctx.t("cp-vote-reason")) } td { (ctx.t(&format!("cp-reason-{}", v.reason))) } }
                @if let Some(p) = &v.president_vote {
                    tr { th scope="row" { (ctx.t("cp-vote-president")) } td { (ctx.t(&format!("cp-choice-{p}"))) } }
                }
            }
        }
    }
}

fn member_votes_table(ctx: &Ctx, d: &DeliberationDetail) -> Markup {
    let mut rows: Vec<(&CouncilMember, &str)> = d
        .member_votes
        .iter()
        .filter_map(|(id, choice)| {
            d.members
                .iter()
                .find(|m| m.id == *id)
                .map(|m| (m, choice.as_str()))
        })
        .collect();
    rows.sort_by_key(|(m, _)| m.precedence());
    html! {
        @if rows.is_empty() { p.muted { (ctx.t("cp-member-votes-none")) } }
        @else {
            table.member-votes {
                (head_row(ctx, &["cp-col-member", "cp-col-vote"]))
                tbody {
                    @for (m, choice) in rows {
                        tr { td { bdi { (m.name(ctx.lang)) } } td { (ctx.t(&format!("cp-choice-{choice}"))) } }
                    }
                }
            }
        }
    }
}

fn corrections(ctx: &Ctx, d: &DeliberationDetail) -> Markup {
    let slug = &d.commune.slug;
    let original = d
        .deliberation
        .corrects_id
        .and_then(|id| d.related.iter().find(|r| r.id == id));
    let later: Vec<&DeliberationRow> = d
        .related
        .iter()
        .filter(|r| r.corrects_id == Some(d.deliberation.id))
        .collect();
    html! {
        @if let Some(o) = original {
            p.flash.warn { (ctx.t("cp-corrects")) " " a href=(deliberation_href(slug, o.id)) { (o.number()) } }
        }
        @for c in later {
            p.flash.warn { (ctx.t("cp-corrected-by")) " " a href=(deliberation_href(slug, c.id)) { (c.number()) } }
        }
    }
}

fn deliberation_body(ctx: &Ctx, d: &DeliberationDetail) -> Markup {
    let del = &d.deliberation;
    let slug = &d.commune.slug;
    html! {
        @if del.signed_at.is_none() { p.flash.warn role="note" { (ctx.t("cp-draft-note")) } }
        (corrections(ctx, d))
        dl {
            dt { (ctx.t("cp-col-item")) } dd { (d.item.number) ". " (d.item.title(ctx.lang)) }
            dt { (ctx.t("cp-session")) } dd { a href=(session_href(slug, d.session.id)) { (session_name(ctx, &d.session)) } }
            dt { (ctx.t("cp-decided-on")) } dd { (date(ctx, del.decided_on)) }
            @if let Some(s) = &d.sitting { dt { (ctx.t("cp-sitting")) } dd { (datetime(ctx, s.starts_at)) " · " (quorum_line(ctx, s)) } }
            dt { (ctx.t("cp-col-committee")) } dd { @if let Some(c) = &d.committee { (c.name(ctx.lang)) } @else { "—" } @if let Some(s) = &d.study_decision { (study_decision_line(ctx, s)) } }
            dt { (ctx.t("cp-col-source")) } dd { (source_line(ctx, slug, &d.item)) }
            dt { (ctx.t("cp-col-outcome")) } dd { (badge(ctx, "cp-outcome-", &del.outcome)) }
            dt { (ctx.t("cp-state")) } dd {
                (badge(ctx, "cp-state-", deliberation_state(del)))
                @if let Some(t) = del.signed_at { " " (datetime(ctx, t)) }
            }
        }
        h2 { (ctx.t("cp-text")) }
        div.text lang=[(ctx.lang != Lang::Ar && del.text_fr.is_none()).then_some("ar")] {
            (paragraphs(text_in(ctx, &del.text_ar, del.text_fr.as_deref())))
        }
        h2 { (ctx.t("cp-vote-title")) }
        @if let Some(v) = &d.vote { (vote_table(ctx, d, v)) } @else { p.muted { (ctx.t("cp-vote-none")) } }
        h3 { (ctx.t("cp-member-votes")) }
        (member_votes_table(ctx, d))
    }
}

fn deliberation_title(ctx: &Ctx, d: &DeliberationDetail) -> String {
    ctx.ta(
        "cp-deliberation-number",
        &[("number", d.deliberation.number().into())],
    )
}

pub fn deliberation(ctx: &Ctx, d: &DeliberationDetail) -> Markup {
    let title = deliberation_title(ctx, d);
    let slug = &d.commune.slug;
    render(
        ctx,
        &title,
        html! {
            p.muted.no-print { a href=(register_href(slug)) { (ctx.t("cp-register-title")) } }
            h1 { (title) " " (badge(ctx, "cp-state-", deliberation_state(&d.deliberation))) }
            p.no-print { a.print href={ (deliberation_href(slug, d.deliberation.id)) "/print" } { (ctx.t("cp-print")) } }
            (deliberation_body(ctx, d))
        },
    )
}

/// A page made for paper: no header, navigation or footer; the commune's name on top.
fn print_page(ctx: &Ctx, commune: &Commune, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) dir=(ctx.lang.dir()) {
            (crate::views::layout::head(title, commune.name(ctx.lang), true))
            body.print {
                main id="content" {
                    p { strong { (commune.name(ctx.lang)) } br; (commune.province(ctx.lang)) " — " (commune.region(ctx.lang)) }
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

pub fn deliberation_print(ctx: &Ctx, d: &DeliberationDetail) -> Markup {
    print_page(
        ctx,
        &d.commune,
        &deliberation_title(ctx, d),
        deliberation_body(ctx, d),
    )
}

// ---------------------------------------------------------------------------------------
// Minutes
// ---------------------------------------------------------------------------------------

fn minutes_body(ctx: &Ctx, m: &MinutesDetail) -> Markup {
    let row = &m.minutes;
    let slug = &m.commune.slug;
    let signature = |id: &str, member: Option<i64>, at: Option<NaiveDateTime>| {
        html! {
            dt { (ctx.t(id)) }
            dd { bdi { (member_name(ctx, &m.members, member)) } @if let Some(t) = at { " — " (datetime(ctx, t)) } }
        }
    };
    html! {
        p { a href=(session_href(slug, m.session.id)) { (session_name(ctx, &m.session)) } }
        @if let Some(c) = row.corrects_id { p.flash.warn { (ctx.t("cp-minutes-correction")) " " a href=(minutes_href(slug, c)) { (ctx.t("cp-minutes-original")) } } }
        @for c in &m.corrections { p.flash.warn { (ctx.t("cp-minutes-corrected")) " " a href=(minutes_href(slug, c.id)) { (ctx.t("cp-minutes-read")) } } }
        div.text lang=[(ctx.lang != Lang::Ar && row.text_fr.is_none()).then_some("ar")] {
            (paragraphs(text_in(ctx, &row.text_ar, row.text_fr.as_deref())))
        }
        h2 { (ctx.t("cp-signatures")) }
        dl {
            (signature("cp-signed-president", row.president_member_id, row.president_signed_at))
            (signature("cp-signed-secretary", row.secretary_member_id, row.secretary_signed_at))
        }
    }
}

fn minutes_title(ctx: &Ctx, m: &MinutesDetail) -> String {
    ctx.ta(
        "cp-minutes-title",
        &[("session", session_name(ctx, &m.session).into())],
    )
}

pub fn minutes(ctx: &Ctx, m: &MinutesDetail) -> Markup {
    let title = minutes_title(ctx, m);
    render(
        ctx,
        &title,
        html! {
            p.muted.no-print { a href=(council_href(&m.commune.slug)) { (ctx.ta("cp-council-title", &[("commune", m.commune.name(ctx.lang).into())])) } }
            h1 { (title) }
            p.no-print { a.print href={ (minutes_href(&m.commune.slug, m.minutes.id)) "/print" } { (ctx.t("cp-print")) } }
            (minutes_body(ctx, m))
        },
    )
}

pub fn minutes_print(ctx: &Ctx, m: &MinutesDetail) -> Markup {
    print_page(
        ctx,
        &m.commune,
        &minutes_title(ctx, m),
        minutes_body(ctx, m),
    )
}
