//! The ballot: the online form, its problems in words, the paper-ballot fields.

use super::*;

/// The explanation of a ballot problem, with its numbers.
pub fn problem(ctx: &Ctx, districts: &[District], p: &BallotProblem) -> String {
    let name = |id: i64| {
        districts
            .iter()
            .find(|d| d.id == id)
            .map(|d| district_label(ctx, d))
            .unwrap_or_default()
    };
    match p {
        BallotProblem::Empty => ctx.t("pb-problem-empty"),
        BallotProblem::UnknownProject => ctx.t("pb-problem-unknown"),
        BallotProblem::TooManyDistricts { chosen, max } => ctx.ta(
            "pb-problem-districts",
            &[("chosen", (*chosen).into()), ("max", (*max).into())],
        ),
        BallotProblem::TooFew {
            district_id,
            chosen,
            min,
        } => ctx.ta(
            "pb-problem-too-few",
            &[
                ("district", name(*district_id).into()),
                ("chosen", (*chosen).into()),
                ("min", (*min).into()),
            ],
        ),
        BallotProblem::TooMany {
            district_id,
            chosen,
            max,
        } => ctx.ta(
            "pb-problem-too-many",
            &[
                ("district", name(*district_id).into()),
                ("chosen", (*chosen).into()),
                ("max", (*max).into()),
            ],
        ),
        BallotProblem::OverBudget { district_id, over } => {
            let cents = musharaka_budgets::model::cents(*over).unwrap_or_default();
            ctx.ta(
                "pb-problem-over",
                &[
                    ("district", name(*district_id).into()),
                    (
                        "amount",
                        Money::from_centimes(cents).format(ctx.lang).into(),
                    ),
                ],
            )
        }
        BallotProblem::TooYoung { min_age } => {
            ctx.ta("pb-problem-too-young", &[("age", (*min_age).into())])
        }
    }
}

pub(super) fn ballot_fields(ctx: &Ctx, b: &BallotContext, f: &BallotForm) -> Markup {
    let knapsack = b.cycle.rulebook().ballot_type == BallotType::Knapsack;
    html! {
        @for d in &b.districts {
            fieldset {
                legend { (district_label(ctx, d)) " — " (mad(ctx, d.amount_cents)) }
                @if knapsack { p.muted { (ctx.ta("pb-knapsack-hint", &[("amount", Money::from_centimes(d.amount_cents).format(ctx.lang).into())])) } }
                @for p in b.projects.iter().filter(|p| p.district_id == d.id) {
                    div.field {
                        label {
                            input type="checkbox" name="p" value=(p.id) checked[f.p.contains(&p.id.to_string())];
                            " " bdi { (p.title) } " — " (mad(ctx, p.cost_cents()))
                        }
                    }
                }
            }
        }
    }
}

pub fn ballot(
    ctx: &Ctx,
    commune: &Commune,
    b: &BallotContext,
    f: &BallotForm,
    channel: Option<&str>,
    problems: &[BallotProblem],
    errors: &FieldErrors,
) -> Markup {
    let data = CycleData {
        cycle: b.cycle.clone(),
        districts: b.districts.clone(),
        categories: vec![],
        turnout: 0,
    };
    let open = b.cycle.phase(musharaka_core::time::now()) == Phase::Voting;
    let rb = b.cycle.rulebook();
    render(
        ctx,
        &ctx.t("pb-tab-vote"),
        html! {
            (cycle_nav(ctx, commune, &data, "/vote"))
            @if !open { p.flash.warn { (ctx.t("pb-voting-closed")) } }
            @if channel == Some("paper") { p.flash.warn { (ctx.t("pb-voted-on-paper")) } }
            @else if channel.is_some() { p.flash.ok { (ctx.t("pb-ballot-editable")) } }
            @if !problems.is_empty() || !errors.is_empty() {
                div.flash.error role="alert" {
                    p { (ctx.t("pb-ballot-invalid")) }
                    ul {
                        @for p in problems { li { (problem(ctx, &b.districts, p)) } }
                        @for (_, m) in errors.iter().filter(|(f, _)| f == "ballot") { li { (ctx.t(m)) } }
                    }
                }
            }
            p.muted {
                @match rb.ballot_type {
                    BallotType::Approval => (ctx.ta("pb-ballot-approval", &[("min", rb.min_projects.into()), ("max", rb.max_projects.into())])),
                    BallotType::Knapsack => (ctx.t("pb-ballot-knapsack")),
                }
            }
            @if open && channel != Some("paper") {
                form.stack method="post" action={ (base(commune, &b.cycle)) "/vote" } {
                    (csrf(ctx))
                    (ballot_fields(ctx, b, f))
                    (form::input(ctx, errors, Input { name: "birth_year", label: "pb-birth-year", value: &f.birth_year, kind: "number", required: true }))
                    (form::input(ctx, errors, Input { name: "voter_cin", label: "lp-ballot-cin", value: "", kind: "text", required: true }))
                    p.muted { (ctx.t("lp-ballot-cin-why")) }
                    div { button type="submit" { (ctx.t("pb-cast")) } }
                }
            }
        },
    )
}
