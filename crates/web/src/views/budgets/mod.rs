//! Participatory-budget pages: cycles, proposals, the ballot, results with an SVG chart,
//! the follow-up, the Atom feed and the back office. Every page works without JavaScript.

mod admin;
mod public;
mod results;
mod vote;

pub use admin::*;
pub use public::*;
pub use results::*;
pub use vote::*;

use super::form::{self, csrf, FieldErrors, Input};
use super::layout::{flash, render};
use crate::ctx::Ctx;
use crate::forms::budgets::{
    BallotForm, CycleForm, ListQuery, ProposalForm, UpdateForm, CALENDAR_FIELDS,
};
use crate::state::i18n;
use chrono::NaiveDateTime;
use maud::{html, Markup, PreEscaped};
use musharaka_budgets::model::{
    BallotType, Cycle, District, ImplStatus, Phase, Proposal, ProposalStatus, TieBreak,
    UpdatePhoto, WhoProposes,
};
use musharaka_budgets::rules::BallotProblem;
use musharaka_budgets::service::{BallotContext, DistrictResult, RuleOutcome, MAX_UPDATE_PHOTOS};
use musharaka_budgets::Rule;
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, format_datetime, local_date};
use musharaka_core::Money;
use musharaka_identity::Permissions;
use std::collections::BTreeMap;

pub use musharaka_budgets::service::CycleData;

/// The name of the cycle's district `id` in the reader's language.
fn district_name(ctx: &Ctx, data: &CycleData, id: i64) -> String {
    data.districts
        .iter()
        .find(|d| d.id == id)
        .map(|d| district_label(ctx, d))
        .unwrap_or_default()
}

fn district_label(ctx: &Ctx, d: &District) -> String {
    match d.name(ctx.lang) {
        "" => ctx.t("pb-whole-commune"),
        n => n.to_string(),
    }
}

fn mad(ctx: &Ctx, cents: i64) -> String {
    ctx.ta(
        "pb-amount",
        &[(
            "amount",
            Money::from_centimes(cents).format(ctx.lang).into(),
        )],
    )
}

fn base(commune: &Commune, cycle: &Cycle) -> String {
    format!("/{}/budgets/{}", commune.slug, cycle.id)
}

fn date(ctx: &Ctx, t: NaiveDateTime) -> String {
    format_date(i18n(), ctx.lang, local_date(t))
}

fn phase_name(ctx: &Ctx, p: Phase) -> String {
    ctx.t(&format!("pb-phase-{}", p.key()))
}

fn cycle_nav(ctx: &Ctx, commune: &Commune, data: &CycleData, current: &str) -> Markup {
    let b = base(commune, &data.cycle);
    let phase = data.cycle.phase(musharaka_core::time::now());
    let mut tabs = vec![("", "pb-tab-overview"), ("/proposals", "pb-tab-proposals")];
    if phase == Phase::Voting {
        tabs.push(("/vote", "pb-tab-vote"));
    }
    if phase >= Phase::Results {
        tabs.push(("/results", "pb-tab-results"));
        tabs.push(("/follow-up", "pb-tab-follow-up"));
    }
    html! {
        p.muted { a href={ "/" (commune.slug) "/budgets" } { (ctx.t("pb-title")) } " · " bdi { (commune.name(ctx.lang)) } }
        h1 { (data.cycle.title(ctx.lang)) }
        (crate::views::layout::tabs(ctx, &ctx.t("pb-title"), &b, &tabs, current))
    }
}
