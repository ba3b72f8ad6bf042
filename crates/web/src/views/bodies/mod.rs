//! Consultative bodies' public pages: the list, a body (members, composition against its
//! targets, public meetings, work programme, opinions), an opinion's timeline. Nothing
//! personal beyond the names the body publishes: no e-mail, no individual gender or age.

pub mod admin;
pub mod feed;

use super::layout::{flash, head_row, render};
use crate::ctx::Ctx;
use maud::{html, Markup};
use musharaka_bodies::model::BodyStatus;
use musharaka_bodies::records::{
    ActivityRow, BodyRow, MeetingRow, MemberRow, OpinionEventRow, OpinionRow,
};
use musharaka_bodies::service::{BodyPage, BodySummary, OpinionPage};
use musharaka_bodies::{OpinionStatus, Share};
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, format_datetime};

pub(crate) fn date(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    format_date(crate::state::i18n(), ctx.lang, d)
}

pub(crate) fn status_badges(ctx: &Ctx, s: &BodySummary) -> Markup {
    html! {
        span.badge { (ctx.t(&format!("bod-kind-{}", s.body.kind.key()))) }
        " " span.badge.ok[s.body.status == BodyStatus::Active] { (ctx.t(&format!("bod-status-{}", s.body.status.key()))) }
        @if s.below_target { " " span.badge.error { (ctx.t("bod-below-target")) } }
        @if s.overdue > 0 { " " span.badge.error { (ctx.t("bod-overdue")) } }
    }
}

pub(crate) fn opinion_badges(ctx: &Ctx, o: &OpinionRow, today: chrono::NaiveDate) -> Markup {
    html! {
        span.badge { (ctx.t(&format!("bod-opinion-kind-{}", o.kind.key()))) }
        " " span.badge { (ctx.t(&format!("bod-opinion-status-{}", o.status.key()))) }
        @if o.overdue(today) { " " span.badge.error { (ctx.t("bod-overdue")) } }
    }
}

pub fn list(ctx: &Ctx, commune: &Commune, bodies: &[BodySummary]) -> Markup {
    let title = ctx.t_commune("bod-list-title", commune);
    let base = format!("/{}/bodies", commune.slug);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.t("bod-intro")) }
            p { a href={ (base) ".atom" } { (ctx.t("bod-atom")) } }
            @if bodies.is_empty() { p.muted { (ctx.t("bod-none")) } }
            @for s in bodies {
                div.card {
                    a href={ (base) "/" (s.body.id) } { strong { (s.body.name(ctx.lang)) } }
                    " " (status_badges(ctx, s))
                    div.muted {
                        (ctx.ta("bod-members-count", &[("count", s.composition.seated.into())])) " · "
                        (ctx.ta("bod-counts", &[
                            ("submitted", s.counts.submitted.into()),
                            ("answered", s.counts.answered.into()),
                            ("waiting", s.counts.waiting.into()),
                        ]))
                    }
                }
            }
        },
    )
}

pub(crate) fn composition(ctx: &Ctx, s: &BodySummary) -> Markup {
    let pct = |p: Option<u32>| p.map(|p| format!("{p} %")).unwrap_or_else(|| "—".into());
    let row = |sh: &Share| {
        html! {
            tr {
                th scope="row" { (ctx.t(&format!("bod-figure-{}", sh.figure.key()))) }
                td { (sh.count) " / " (sh.total) }
                td { (pct(sh.percent)) }
                td { (pct(sh.target_pct)) }
                td {
                    @if sh.below_target { span.badge.error { (ctx.t("bod-below-target")) } }
                    @else if sh.target_pct.is_some() { span.badge.ok { (ctx.t("bod-target-met")) } }
                }
            }
        }
    };
    let c = &s.composition;
    html! {
        h2 id="composition" { (ctx.t("bod-composition")) }
        @if s.below_target { p.flash.warn role="status" { (ctx.t("bod-below-target-help")) } }
        table {
            (head_row(ctx, &["bod-col-figure", "bod-col-count", "bod-col-share", "bod-col-target", "col-status"]))
            tbody { @for sh in &s.shares { (row(sh)) } }
        }
        p.muted {
            (ctx.ta("bod-composition-notes", &[
                ("observers", c.observers.into()),
                ("ended", c.term_ended.into()),
                ("replacements", c.replacements.into()),
                ("left", c.left.into()),
            ]))
        }
    }
}

fn member_state(ctx: &Ctx, m: &MemberRow, today: chrono::NaiveDate) -> String {
    if let Some(left) = m.left_on.filter(|l| *l <= today) {
        ctx.ta("bod-member-left", &[("date", date(ctx, left).into())])
    } else if m.facts().term_ended(today) {
        ctx.t("bod-member-term-ended")
    } else if m.in_office(today) {
        ctx.t("bod-member-in-office")
    } else {
        ctx.t("bod-member-future")
    }
}

pub(crate) fn members(ctx: &Ctx, rows: &[MemberRow], today: chrono::NaiveDate) -> Markup {
    let name_of = |id: i64| rows.iter().find(|m| m.id == id).map(|m| m.name.clone());
    html! {
        h2 id="members" { (ctx.t("bod-members")) }
        @if rows.is_empty() { p.muted { (ctx.t("bod-members-none")) } }
        @else {
            table {
                (head_row(ctx, &["bod-col-name", "bod-col-seat", "bod-col-term", "col-status"]))
                tbody {
                    @for m in rows {
                        tr {
                            td {
                                (m.name)
                                @if let Some(a) = &m.association_name { div.muted { (a) } }
                                @if let Some(old) = m.replaces_member_id.and_then(name_of) {
                                    div.muted { (ctx.ta("bod-member-replaces", &[("name", old.into())])) }
                                }
                            }
                            td { (ctx.t(&format!("bod-seat-{}", m.seat))) }
                            td { (date(ctx, m.term_start)) " – " (m.term_end.map(|d| date(ctx, d)).unwrap_or_default()) }
                            td { (member_state(ctx, m, today)) }
                        }
                    }
                }
            }
        }
    }
}

pub(crate) fn meetings(ctx: &Ctx, rows: &[MeetingRow]) -> Markup {
    html! {
        h2 id="meetings" { (ctx.t("bod-meetings")) }
        @if rows.is_empty() { p.muted { (ctx.t("bod-meetings-none")) } }
        @for m in rows {
            div.card {
                strong { (date(ctx, m.held_on)) } " · " (m.place)
                @if !m.is_public { " " span.badge { (ctx.t("bod-meeting-internal")) } }
                h3 { (ctx.t("bod-agenda")) }
                p { (m.agenda) }
                @if let Some(minutes) = &m.minutes {
                    h3 { (ctx.t("bod-minutes")) }
                    p { (minutes) }
                }
            }
        }
    }
}

pub(crate) fn programme(ctx: &Ctx, rows: &[ActivityRow]) -> Markup {
    html! {
        h2 id="programme" { (ctx.t("bod-programme")) }
        @if rows.is_empty() { p.muted { (ctx.t("bod-programme-none")) } }
        @else {
            table {
                (head_row(ctx, &["bod-col-year", "bod-col-activity", "bod-col-date", "col-status", "bod-col-output"]))
                tbody {
                    @for a in rows {
                        tr {
                            td { (a.year) }
                            td { (a.title) }
                            td { (a.planned_on.map(|d| date(ctx, d)).unwrap_or_default()) }
                            td { (ctx.t(&format!("bod-activity-{}", a.status.key()))) }
                            td { (a.output.clone().unwrap_or_default()) }
                        }
                    }
                }
            }
        }
    }
}

pub(crate) fn opinions(
    ctx: &Ctx,
    base: &str,
    s: &BodySummary,
    rows: &[OpinionRow],
    today: chrono::NaiveDate,
) -> Markup {
    html! {
        h2 id="opinions" { (ctx.t("bod-opinions")) }
        div.grid {
            div.card { strong { (s.counts.submitted) } div { (ctx.t("bod-count-submitted")) } }
            div.card { strong { (s.counts.answered) } div { (ctx.t("bod-count-answered")) } }
            div.card { strong { (s.counts.waiting) } div { (ctx.t("bod-count-waiting")) } }
        }
        @if rows.is_empty() { p.muted { (ctx.t("bod-opinions-none")) } }
        @for o in rows {
            div.card {
                a href={ (base) "/opinions/" (o.id) } { strong { (o.title) } }
                " " (opinion_badges(ctx, o, today))
                @if let Some(d) = o.deadline { div.muted { (ctx.ta("bod-deadline", &[("date", date(ctx, d).into())])) } }
            }
        }
    }
}

pub(crate) fn founding(ctx: &Ctx, commune: &Commune, b: &BodyRow) -> Markup {
    html! {
        @if !b.mission.is_empty() { p { (b.mission) } }
        @if let Some(d) = b.founding_deliberation_id {
            p { a href={ "/" (commune.slug) "/council/deliberations/" (d) } { (ctx.t("bod-founding-deliberation")) } }
        }
        @if let Some(r) = &b.founding_reference { p.muted { (ctx.t("bod-founding")) " : " (r) } }
        @if let Some(u) = b.rules_upload_id { p { a href={ "/uploads/" (u) } { (ctx.t("bod-rules")) } } }
    }
}

pub fn body(ctx: &Ctx, commune: &Commune, d: &BodyPage, today: chrono::NaiveDate) -> Markup {
    let b = &d.summary.body;
    let title = b.name(ctx.lang).to_string();
    let base = format!("/{}/bodies/{}", commune.slug, b.id);
    render(
        ctx,
        &title,
        html! {
            p { a href={ "/" (commune.slug) "/bodies" } { (ctx.t("bod-back-to-list")) } }
            h1 { (title) }
            p { (status_badges(ctx, &d.summary)) }
            (founding(ctx, commune, b))
            p { a href={ (base) "/members.csv" } { (ctx.t("bod-members-csv")) } }
            (composition(ctx, &d.summary))
            (members(ctx, &d.members, today))
            (opinions(ctx, &base, &d.summary, &d.opinions, today))
            (meetings(ctx, &d.meetings))
            (programme(ctx, &d.activities))
        },
    )
}

pub(crate) fn timeline(ctx: &Ctx, commune: &Commune, events: &[OpinionEventRow]) -> Markup {
    html! {
        h2 id="timeline" { (ctx.t("bod-timeline")) }
        ol.timeline {
            @for e in events {
                li {
                    (format_datetime(crate::state::i18n(), ctx.lang, e.created_at)) " — "
                    (ctx.t(&format!("bod-event-{}", e.event)))
                    @match (e.event.as_str(), e.detail.as_deref()) {
                        ("transmitted", Some(sid)) => { " " a href={ "/" (commune.slug) "/council/sessions/" (sid) } { (ctx.t("bod-session-link")) } }
                        ("answered", Some(json)) => {
                            @let v: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
                            @if let Some(id) = v.get("deliberation_id").and_then(|i| i.as_i64()) {
                                " " a href={ "/" (commune.slug) "/council/deliberations/" (id) } { (v.get("number").and_then(|n| n.as_str()).unwrap_or_default()) }
                            }
                        }
                        (_, Some(detail)) => { " (" (detail) ")" }
                        _ => {}
                    }
                }
            }
        }
    }
}

/// What the opinion says and where it stands, for the public and the back office.
pub(crate) fn opinion_facts(
    ctx: &Ctx,
    commune: &Commune,
    o: &OpinionRow,
    today: chrono::NaiveDate,
    show_draft: bool,
) -> Markup {
    html! {
        p { (opinion_badges(ctx, o, today)) }
        @if let Some(doc) = &o.target_document {
            p { (ctx.t("bod-target-document")) " : " (doc) @if let Some(s) = &o.target_section { " — " (s) } }
        }
        @if let Some(d) = o.deadline { p { (ctx.ta("bod-deadline", &[("date", date(ctx, d).into())])) } }
        @if o.status == OpinionStatus::Draft && !show_draft {
            p.muted { (ctx.t("bod-being-drafted")) }
        } @else {
            h2 { (ctx.t("bod-text")) }
            p { (o.text) }
        }
        @if let Some(on) = o.adopted_on {
            p {
                (ctx.ta("bod-adopted-on", &[("date", date(ctx, on).into())])) " "
                @match (o.votes_for, o.votes_against, o.votes_abstaining) {
                    (Some(f), Some(a), Some(x)) => { (ctx.ta("bod-adopted-votes", &[("for", f.into()), ("against", a.into()), ("abstaining", x.into())])) }
                    _ => { (ctx.t("bod-adopted-consensus")) }
                }
            }
        }
        @if let (Some(on), Some(sid)) = (o.transmitted_on, o.session_id) {
            p { (ctx.ta("bod-transmitted-on", &[("date", date(ctx, on).into())])) " "
                a href={ "/" (commune.slug) "/council/sessions/" (sid) } { (ctx.t("bod-session-link")) } }
        }
        @if let (Some(id), Some(number)) = (o.deliberation_id, &o.deliberation_number) {
            p {
                (ctx.t(if o.answer_adopted == Some(true) { "bod-answer-adopted" } else { "bod-answer-rejected" })) " "
                a href={ "/" (commune.slug) "/council/deliberations/" (id) } { (number) }
            }
        }
    }
}

/// An opinion's public page, with the commitments of the action programme that cite it.
pub fn opinion(
    ctx: &Ctx,
    commune: &Commune,
    d: &OpinionPage,
    became: &[musharaka_programme::service::CommitmentLink],
    today: chrono::NaiveDate,
    done: Option<&str>,
) -> Markup {
    let o = &d.opinion;
    render(
        ctx,
        &o.title,
        html! {
            (flash(ctx, done))
            p { a href={ "/" (commune.slug) "/bodies/" (d.body.id) } { (d.body.name(ctx.lang)) } }
            h1 { (o.title) }
            (opinion_facts(ctx, commune, o, today, false))
            (crate::views::programme::became(ctx, commune, became))
            (timeline(ctx, commune, &d.events))
        },
    )
}
