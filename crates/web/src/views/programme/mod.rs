//! The programme's pages: the commune's plans with their progress, a plan's series and
//! commitments, a commitment's actions, indicators (with a server-drawn SVG chart), origins
//! and timeline, the printable monitoring matrix, the Atom feed, the back office, and the
//! "became commitment X, now at Y %" box other domains' pages show. No JavaScript.

mod admin;
mod chart;
mod feed;
mod public;

pub use admin::*;
pub use chart::indicator_chart;
pub use feed::atom;
pub use public::*;

use super::form::{self, csrf, FieldErrors};
use super::layout::{flash, render};
use crate::ctx::Ctx;
use crate::forms::programme::{get, Fields};
use crate::state::i18n;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, format_datetime};
use musharaka_core::Money;
use musharaka_programme::model::{pick, CommitmentStatus, OriginKind, Quantity};
use musharaka_programme::records::{LinkRow, PlanRow, UpdateRow};
use musharaka_programme::service::{CommitmentLink, CommitmentView, IndicatorView};

fn day(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    format_date(i18n(), ctx.lang, d)
}

fn plan_href(commune: &Commune, plan_id: i64) -> String {
    format!("/{}/programme/{plan_id}", commune.slug)
}

fn commitment_href(commune: &Commune, plan_id: i64, id: i64) -> String {
    format!("/{}/programme/{plan_id}/commitments/{id}", commune.slug)
}

/// A progress bar with its figure (the figure is also the bar's text for old browsers).
fn bar(ctx: &Ctx, pct: u8) -> Markup {
    let label = ctx.ta("prog-progress", &[("pct", pct.into())]);
    html! {
        span.prog-bar {
            progress max="100" value=(pct) aria-label=(label) { (pct) "%" }
            " " strong { (pct) "%" }
        }
    }
}

fn status_text(ctx: &Ctx, status: &str) -> String {
    ctx.t(&format!("prog-status-{status}"))
}

fn status_badge(ctx: &Ctx, c: &CommitmentView) -> Markup {
    let cls = match c.row.status {
        CommitmentStatus::Done => "badge ok",
        CommitmentStatus::Dropped => "badge error",
        _ => "badge",
    };
    html! { span class=(cls) { (status_text(ctx, c.row.status.key())) } }
}

fn plan_kind(ctx: &Ctx, p: &PlanRow) -> String {
    ctx.t(&format!("prog-kind-{}", p.kind.key()))
}

fn qty(ctx: &Ctx, v: i64, unit: &str) -> String {
    let n = Quantity(v).format(ctx.lang);
    if unit.is_empty() {
        n
    } else {
        format!("{n} {unit}")
    }
}

/// Where a cited origin lives on this site.
fn origin_href(commune: &Commune, l: &LinkRow) -> Option<String> {
    let s = &commune.slug;
    match l.kind()? {
        OriginKind::Petition => Some(format!("/{s}/petitions/{}", l.reference)),
        OriginKind::Deliberation => Some(format!("/{s}/council/deliberations/{}", l.reference)),
        OriginKind::PbProject => {
            let (cycle, id) = l.reference.split_once('/')?;
            Some(format!("/{s}/budgets/{cycle}/proposals/{id}"))
        }
        OriginKind::AdvisoryOpinion => {
            let (body, id) = l.reference.split_once('/')?;
            Some(format!("/{s}/bodies/{body}/opinions/{id}"))
        }
        OriginKind::ConsultationComment => {
            let (consultation, id) = l.reference.split_once('/')?;
            Some(format!("/{s}/consultations/{consultation}/comments/{id}"))
        }
    }
}

fn origin_text(ctx: &Ctx, l: &LinkRow) -> String {
    ctx.ta(
        &format!("prog-origin-{}", l.kind),
        &[("ref", l.reference.clone().into())],
    )
}

/// "Became commitment X, now at Y %": the box an origin's page (a petition, a project, a
/// deliberation, an opinion, a comment) shows; nothing when no commitment cites it.
pub fn became(ctx: &Ctx, commune: &Commune, links: &[CommitmentLink]) -> Markup {
    html! {
        @if !links.is_empty() {
            section.card.prog-became {
                h2 { (ctx.t("prog-became-title")) }
                ul.plain {
                    @for l in links {
                        li {
                            (ctx.t("prog-became")) " "
                            a href=(commitment_href(commune, l.plan_id, l.commitment_id)) {
                                (l.number) ". " (pick(ctx.lang, &l.title_ar, &l.title_fr))
                            }
                            " — " (status_text(ctx, &l.status)) " · "
                            (ctx.ta("prog-now-at", &[("pct", l.progress.into())]))
                            " " progress max="100" value=(l.progress) { (l.progress) "%" }
                        }
                    }
                }
            }
        }
    }
}

/// A timeline line in words.
fn update_text(ctx: &Ctx, u: &UpdateRow) -> String {
    let detail = u.detail.clone().unwrap_or_default();
    match u.event.as_str() {
        "status" => {
            let (s, reason) = detail.split_once('|').unwrap_or((detail.as_str(), ""));
            let mut t = ctx.ta("prog-ev-status", &[("status", status_text(ctx, s).into())]);
            if !reason.is_empty() {
                t.push_str(" — ");
                t.push_str(reason);
            }
            t
        }
        "value" => {
            let mut parts = detail.splitn(3, '|');
            let (_, on, v) = (
                parts.next(),
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
            );
            ctx.ta(
                "prog-ev-value",
                &[
                    ("date", on.to_string().into()),
                    ("value", v.to_string().into()),
                ],
            )
        }
        "origin" => {
            let (k, r) = detail.split_once('|').unwrap_or(("", ""));
            ctx.ta(
                &format!("prog-origin-{k}"),
                &[("ref", r.to_string().into())],
            )
        }
        "plan_adopted" | "round_opened" | "round_validated" | "evidence" => ctx.ta(
            &format!("prog-ev-{}", u.event.replace('_', "-")),
            &[("detail", detail.into())],
        ),
        "commitment_added" => ctx.t("prog-ev-commitment-added"),
        "action_done" => ctx.t("prog-ev-action-done"),
        _ => u.event.clone(),
    }
}

/// A posted field's value (re-shown after an error), or `default`.
fn val<'a>(values: &'a Fields, name: &str, default: &'a str) -> &'a str {
    match values.get(name) {
        Some(v) => v.as_str(),
        None => default,
    }
}
