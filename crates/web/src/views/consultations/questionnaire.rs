//! The questionnaire, without JavaScript: radios, checkboxes, a rank `select` per option
//! of a ranking (checked as a permutation by the service), text fields, and the optional
//! declared facts. Re-shown with what was typed and every error marked.

use super::base;
use crate::ctx::Ctx;
use crate::views::form::{self, csrf, FieldErrors};
use crate::views::layout::render;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_consultations::records::{ConsultationRow, QuestionRow};
use musharaka_consultations::{AgeBand, Gender, QuestionKind};
use musharaka_core::Lang;

fn posted<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

fn one<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    posted(pairs, name).first().copied().unwrap_or_default()
}

fn question(
    ctx: &Ctx,
    q: &QuestionRow,
    pairs: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let name = format!("q{}", q.id);
    let err = form::error_for(errors, &name);
    let options = q.option_list();
    let label = |(ar, fr): &(String, String)| {
        if ctx.lang == Lang::Ar {
            ar.clone()
        } else {
            fr.clone()
        }
    };
    let chosen = posted(pairs, &name);
    html! {
        fieldset.field.invalid[err.is_some()] id=(name) {
            legend { (q.position) ". " (q.prompt(ctx.lang)) @if q.required { " *" } }
            @match q.kind() {
                QuestionKind::Single => {
                    @for (i, o) in options.iter().enumerate() {
                        label { input type="radio" name=(name) value=(i) checked[chosen.contains(&i.to_string().as_str())]; " " (label(o)) } br;
                    }
                }
                QuestionKind::Multiple => {
                    @for (i, o) in options.iter().enumerate() {
                        label { input type="checkbox" name=(name) value=(i) checked[chosen.contains(&i.to_string().as_str())]; " " (label(o)) } br;
                    }
                }
                QuestionKind::Ranking => {
                    p.muted { (ctx.ta("cons-rank-help", &[("count", options.len().into())])) }
                    @for (i, o) in options.iter().enumerate() {
                        @let field = format!("{name}_{i}");
                        @let current = one(pairs, &field);
                        div {
                            label for=(field) { (label(o)) }
                            " "
                            select id=(field) name=(field) {
                                option value="" { "—" }
                                @for r in 1..=options.len() {
                                    option value=(r) selected[current == r.to_string()] { (r) }
                                }
                            }
                        }
                    }
                }
                QuestionKind::ShortText => {
                    input type="text" name=(name) maxlength="4000" value=(one(pairs, &name)) aria-label=(q.prompt(ctx.lang));
                }
                QuestionKind::LongText => {
                    textarea name=(name) rows="4" maxlength="4000" aria-label=(q.prompt(ctx.lang)) { (one(pairs, &name)) }
                }
            }
            @if let Some(m) = err { p.error role="alert" { (ctx.t(m)) } }
        }
    }
}

fn declared(
    ctx: &Ctx,
    c: &ConsultationRow,
    pairs: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let none = (String::new(), ctx.t("cons-prefer-not"));
    let ages: Vec<(String, String)> = std::iter::once(none.clone())
        .chain(
            AgeBand::ALL
                .iter()
                .map(|a| (a.key().to_string(), ctx.t(&format!("cons-fig-{}", a.key())))),
        )
        .collect();
    let genders: Vec<(String, String)> = std::iter::once(none.clone())
        .chain(
            Gender::ALL
                .iter()
                .map(|g| (g.key().to_string(), ctx.t(&format!("cons-fig-{}", g.key())))),
        )
        .collect();
    let districts: Vec<(String, String)> = std::iter::once(none.clone())
        .chain(c.district_list().into_iter().map(|d| (d.clone(), d)))
        .collect();
    let member = vec![
        none,
        ("yes".to_string(), ctx.t("cons-member-yes")),
        ("no".to_string(), ctx.t("cons-member-no")),
    ];
    html! {
        fieldset {
            legend { (ctx.t("cons-about-you")) }
            p.muted { (ctx.t("cons-about-you-help")) }
            (form::select(ctx, errors, "age_band", "cons-age-band", &ages, one(pairs, "age_band")))
            (form::select(ctx, errors, "gender", "cons-gender", &genders, one(pairs, "gender")))
            @if districts.len() > 1 {
                (form::select(ctx, errors, "district", "cons-district", &districts, one(pairs, "district")))
            }
            (form::select(ctx, errors, "association_member", "cons-association-member", &member, one(pairs, "association_member")))
        }
    }
}

fn fields(
    ctx: &Ctx,
    c: &ConsultationRow,
    questions: &[QuestionRow],
    pairs: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    html! {
        @for q in questions { (question(ctx, q, pairs, errors)) }
        (declared(ctx, c, pairs, errors))
    }
}

/// The online questionnaire (`answered`: the viewer already answered).
pub fn questionnaire(
    ctx: &Ctx,
    commune: &Commune,
    c: &ConsultationRow,
    questions: &[QuestionRow],
    answered: bool,
    pairs: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let url = base(commune, c.id);
    let title = ctx.ta(
        "cons-questionnaire-title",
        &[("title", c.title(ctx.lang).into())],
    );
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { a href=(url) { (c.title(ctx.lang)) } }
            @if let Some(m) = form::error_for(errors, "questionnaire") { p.flash.error role="alert" { (ctx.t(m)) } }
            @if answered {
                p.flash.ok role="status" { (ctx.t("cons-already-answered")) }
            } @else if ctx.user.is_none() {
                p { a href=(crate::views::login_href(&format!("{url}/questionnaire"))) { (ctx.t("cons-login-to-take-part")) } }
                div.stack { (fields(ctx, c, questions, pairs, errors)) }
            } @else {
                (form::summary(ctx, errors))
                form.stack method="post" action={ (url) "/questionnaire" } novalidate {
                    (csrf(ctx))
                    (fields(ctx, c, questions, pairs, errors))
                    div { button type="submit" { (ctx.t("cons-send-answers")) } }
                }
            }
        },
    )
}

/// Staff's form for a paper questionnaire (counted apart).
pub fn paper_form(
    ctx: &Ctx,
    commune: &Commune,
    c: &ConsultationRow,
    questions: &[QuestionRow],
    pairs: &[(String, String)],
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let action = format!("/{}/admin/consultations/{}/paper", commune.slug, c.id);
    let title = ctx.ta("cons-paper-title", &[("title", c.title(ctx.lang).into())]);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            (crate::views::layout::flash(ctx, done))
            p { a href={ "/" (commune.slug) "/admin/consultations/" (c.id) } { (ctx.t("cons-back-owner")) } }
            @if let Some(m) = form::error_for(errors, "questionnaire") { p.flash.error role="alert" { (ctx.t(m)) } }
            (form::post_form(ctx, errors, &action, fields(ctx, c, questions, pairs, errors), "cons-paper-submit"))
        },
    )
}
