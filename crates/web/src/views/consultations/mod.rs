//! Consultation pages. Public pages show comments by kind of author (an association's or a
//! body's name, never a citizen's), and respondents' declared facts only as figures through
//! the small-group rule.

mod feed;
mod figures;
mod owner;
mod questionnaire;

pub use feed::atom;
pub use figures::{figures_table, national, results};
pub use owner::{owner_list, owner_page, OwnerErrors};
pub use questionnaire::{paper_form, questionnaire};

use super::form::{self, csrf, FieldErrors};
use super::layout::{flash, render};
use crate::ctx::Ctx;
use crate::forms::consultations::ListQuery;
use chrono::NaiveDate;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_consultations::records::{CommentView, ConsultationRow, SectionRow};
use musharaka_consultations::service::{CommentPage, PublicPage, Step};
use musharaka_consultations::{Phase, Status};
use musharaka_core::time::format_date;
use musharaka_core::Paged;

fn date(ctx: &Ctx, d: NaiveDate) -> String {
    format_date(crate::state::i18n(), ctx.lang, d)
}

pub(crate) fn base(commune: &Commune, id: i64) -> String {
    format!("/{}/consultations/{id}", commune.slug)
}

fn phase_badge(ctx: &Ctx, c: &ConsultationRow, today: NaiveDate) -> Markup {
    let p = c.phase(today);
    html! {
        span.badge { (ctx.t(&format!("cons-phase-{}", p.key()))) }
        @if matches!(c.status, Status::OnAgenda | Status::Adopted | Status::NotAdopted) {
            " " span.badge { (ctx.t(&format!("cons-status-{}", c.status.key()))) }
        }
    }
}

fn dates(ctx: &Ctx, c: &ConsultationRow) -> String {
    ctx.ta(
        "cons-dates",
        &[
            ("opens", date(ctx, c.opens_on).into()),
            ("closes", date(ctx, c.closes_on).into()),
        ],
    )
}

/// The public list of a commune's consultations.
pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &Paged<ConsultationRow>,
    q: &ListQuery,
    today: NaiveDate,
) -> Markup {
    let title = ctx.t_commune("cons-list-title", commune);
    let base = format!("/{}/consultations", commune.slug);
    let status = q.status.clone().unwrap_or_default();
    let link = |p: i64| format!("{base}?status={status}&page={p}");
    let owner = ctx
        .user
        .as_ref()
        .is_some_and(|u| u.can_administer(commune.id));
    let statuses: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("cons-all")))
        .chain(Status::ALL.iter().filter(|s| s.is_public()).map(|s| {
            (
                s.key().to_string(),
                ctx.t(&format!("cons-status-{}", s.key())),
            )
        }))
        .collect();
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.t("cons-intro")) }
            p {
                a href={ (base) ".atom" } { (ctx.t("cons-atom")) } " · "
                a href="/consultations/figures" { (ctx.t("cons-national-link")) } " · "
                a href={ (base) "/charter" } { (ctx.t("cons-charter-link")) }
                @if owner { " · " a href={ "/" (commune.slug) "/admin/consultations" } { (ctx.t("cons-admin-link")) } }
            }
            form.inline method="get" action=(base) {
                select name="status" aria-label=(ctx.t("col-status")) {
                    @for (v, t) in &statuses { option value=(v) selected[status == *v] { (t) } }
                }
                button type="submit" { (ctx.t("search-submit")) }
            }
            @if rows.rows.is_empty() { p.muted { (ctx.t("cons-none")) } }
            @for c in &rows.rows {
                div.card {
                    a href={ (base) "/" (c.id) } { strong { (c.title(ctx.lang)) } }
                    " " (phase_badge(ctx, c, today))
                    div.muted { (ctx.t(&format!("cons-subject-{}", c.subject))) " · " (dates(ctx, c)) }
                }
            }
            nav.pagination {
                @if rows.page.number() > 1 { a rel="prev" href=(link(rows.page.number() - 1)) { (ctx.t("pagination-previous")) } }
                span { (ctx.ta("pagination-page", &[("page", rows.page.number().into())])) }
                @if rows.has_next { a rel="next" href=(link(rows.page.number() + 1)) { (ctx.t("pagination-next")) } }
            }
        },
    )
}

/// The moderation charter comments are judged against.
pub fn charter(ctx: &Ctx, commune: &Commune) -> Markup {
    let title = ctx.t("cons-charter-title");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { (ctx.t("cons-charter-intro")) }
            ul { @for r in musharaka_consultations::HideReason::ALL {
                li { strong { (ctx.t(&format!("cons-hide-{}", r.key()))) } " — " (ctx.t(&format!("cons-hide-{}-help", r.key()))) }
            } }
            p { (ctx.t("cons-charter-never-deleted")) }
            p { a href={ "/" (commune.slug) "/consultations" } { (ctx.t("cons-back-list")) } }
        },
    )
}

fn author(ctx: &Ctx, c: &CommentView) -> Markup {
    let cm = &c.comment;
    html! {
        strong { (ctx.t(&format!("cons-author-{}", cm.author_kind))) }
        @if let Some(l) = &cm.author_label { " — " bdi { (l) } }
        span.muted { " · " (date(ctx, musharaka_core::time::local_date(cm.created_at))) }
    }
}

/// A comment as the public sees it: hidden ones keep their place, with the charter's
/// ground; what became of it once answered.
fn comment(ctx: &Ctx, commune: &Commune, c: &CommentView, link: bool) -> Markup {
    let cm = &c.comment;
    let url = format!("{}/comments/{}", base(commune, cm.consultation_id), cm.id);
    html! {
        div.card id={ "comment-" (cm.id) } {
            (author(ctx, c))
            @if cm.is_hidden() {
                p.muted { (ctx.ta("cons-hidden", &[("reason", ctx.t(&format!("cons-hide-{}", cm.hidden_reason.as_deref().unwrap_or("off_topic"))).into())])) }
            } @else {
                p dir="auto" { (cm.body) }
                div.muted { (ctx.ta("cons-supports", &[("count", c.supports.into())])) }
            }
            @if let Some(o) = cm.outcome() {
                p { span.badge { (ctx.t(&format!("cons-outcome-{}", o.key()))) } @if let Some(n) = &cm.outcome_note { " " (n) } }
            }
            @if link { a href=(url) { (ctx.t("cons-comment-open")) } }
        }
    }
}

fn timeline(ctx: &Ctx, steps: &[Step]) -> Markup {
    html! {
        h2 { (ctx.t("cons-timeline")) }
        ol.timeline {
            @for s in steps {
                li { (date(ctx, s.on)) " — " (ctx.t(&format!("cons-step-{}", s.kind)))
                    @if let Some(d) = &s.detail { " : " bdi { (d) } } }
            }
        }
    }
}

/// Which section's comment form was refused, with what was typed.
#[derive(Default)]
pub struct CommentValues {
    pub section_id: Option<i64>,
    pub body: String,
}

fn comment_form(
    ctx: &Ctx,
    action: &str,
    errors: &FieldErrors,
    body: &str,
    id_suffix: &str,
) -> Markup {
    let field = format!("body-{id_suffix}");
    let err = form::error_for(errors, "body").or(form::error_for(errors, "as_association"));
    html! {
        form.stack method="post" action=(action) {
            (csrf(ctx))
            div.field.invalid[err.is_some()] {
                label for=(field) { (ctx.t("cons-comment-label")) }
                textarea id=(field) name="body" rows="3" maxlength="4000" required { (body) }
                @if let Some(m) = err { p.error role="alert" { (ctx.t(m)) } }
            }
            label { input type="checkbox" name="as_association" value="on"; " " (ctx.t("cons-as-association")) }
            div { button type="submit" { (ctx.t("cons-comment-submit")) } }
        }
    }
}

fn section_block(
    ctx: &Ctx,
    commune: &Commune,
    d: &PublicPage,
    s: &SectionRow,
    open: bool,
    errors: &FieldErrors,
    values: &CommentValues,
) -> Markup {
    let url = base(commune, d.consultation.id);
    let mine = values.section_id == Some(s.id);
    let none: FieldErrors = Vec::new();
    html! {
        section.card id={ "section-" (s.id) } {
            h3 dir="auto" { (s.position) ". " (s.heading) }
            p dir="auto" { (s.body) }
            @if s.answered_at.is_some() && d.consultation.status.is_answered() {
                div.answer {
                    h4 { (ctx.t("cons-you-said-we-did")) }
                    p dir="auto" { strong { (ctx.t("cons-taken")) } " " (s.taken.as_deref().unwrap_or_default()) }
                    p dir="auto" { strong { (ctx.t("cons-not-taken")) } " " (s.not_taken.as_deref().unwrap_or_default()) }
                }
            }
            h4 { (ctx.t("cons-comments")) }
            @for c in d.comments.iter().filter(|c| c.comment.section_id == s.id && c.comment.parent_id.is_none()) {
                (comment(ctx, commune, c, true))
            }
            @if open {
                @if ctx.user.is_some() {
                    (comment_form(ctx, &format!("{url}/sections/{}/comments", s.id), if mine { errors } else { &none }, if mine { &values.body } else { "" }, &s.id.to_string()))
                } @else {
                    p { a href=(crate::views::login_href(&url)) { (ctx.t("cons-login-to-take-part")) } }
                }
            }
        }
    }
}

/// A consultation's public page: the text, the draft by section with its comments, the
/// questionnaire, the workshops, the timeline, the figures and, once answered, the
/// synthesis, the revised document and the council's adoption.
pub fn page(
    ctx: &Ctx,
    commune: &Commune,
    d: &PublicPage,
    today: NaiveDate,
    errors: &FieldErrors,
    values: &CommentValues,
) -> Markup {
    let c = &d.consultation;
    let url = base(commune, c.id);
    let open =
        c.phase(today) == Phase::Open && c.has_channel(musharaka_consultations::Channel::Comments);
    render(
        ctx,
        c.title(ctx.lang),
        html! {
            h1 { (c.title(ctx.lang)) }
            p { (phase_badge(ctx, c, today)) " " (ctx.t(&format!("cons-subject-{}", c.subject))) }
            p.muted { (dates(ctx, c)) " · " (ctx.ta("cons-owner", &[("service", c.owner_service.as_str().into())])) }
            p.muted { (ctx.t("cons-channels")) " "
                @for (i, ch) in c.channels().iter().enumerate() { @if i > 0 { ", " } (ctx.t(&format!("cons-channel-{}", ch.key()))) } }
            (form::summary(ctx, errors))
            p { (c.text(ctx.lang)) }
            @if c.has_channel(musharaka_consultations::Channel::Questionnaire) && d.questions > 0 {
                p {
                    @if d.answered == Some(true) { span.badge { (ctx.t("cons-already-answered")) } " " }
                    @else if c.phase(today) == Phase::Open { a.button href={ (url) "/questionnaire" } { (ctx.t("cons-answer-questionnaire")) } " " }
                    a href={ (url) "/results" } { (ctx.t("cons-results-link")) }
                }
            } @else {
                p { a href={ (url) "/results" } { (ctx.t("cons-results-link")) } }
            }
            @if let Some(s) = c.synthesis(ctx.lang) {
                section.card {
                    h2 { (ctx.t("cons-synthesis")) }
                    p { (s) }
                    @if let Some(n) = &c.deliberation_number {
                        p { strong { (ctx.t(&format!("cons-status-{}", c.status.key()))) } " — " (ctx.ta("cons-deliberation", &[("number", n.as_str().into())])) }
                    } @else if c.status == Status::OnAgenda {
                        p { (ctx.t("cons-status-on_agenda")) }
                    }
                }
            }
            h2 { (ctx.t("cons-draft")) }
            @for s in &d.sections { (section_block(ctx, commune, d, s, open, errors, values)) }
            @if !d.revised.is_empty() {
                h2 { (ctx.ta("cons-revised", &[("version", c.revised_version.unwrap_or(2).into())])) }
                @for s in &d.revised { section.card { h3 dir="auto" { (s.position) ". " (s.heading) } p dir="auto" { (s.body) } } }
            }
            @if !d.workshops.is_empty() {
                h2 { (ctx.t("cons-workshops")) }
                @for w in &d.workshops {
                    div.card {
                        strong { (w.workshop.topic) } " · " (date(ctx, w.workshop.held_on)) " · " (w.workshop.place)
                        div.muted { (ctx.ta("cons-workshop-counts", &[("invited", w.workshop.invitations.into()), ("attended", w.attended().into())])) }
                        @if !w.workshop.outputs.is_empty() { p dir="auto" { (w.workshop.outputs) } }
                        @for p in &w.photos { a href={ "/uploads/" (p) } { (ctx.t("cons-photo")) } " " }
                    }
                }
            }
            (timeline(ctx, &d.timeline))
            h2 { (ctx.t("cons-figures")) }
            (figures_table(ctx, &d.figures))
        },
    )
}

/// A comment's page: the comment, what became of it (the answer, and the commitments of
/// the action programme that cite it), its replies and the reply and support forms.
pub fn comment_page(
    ctx: &Ctx,
    commune: &Commune,
    d: &CommentPage,
    (became, today): (&[musharaka_programme::service::CommitmentLink], NaiveDate),
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let c = &d.consultation;
    let url = format!("{}/comments/{}", base(commune, c.id), d.comment.comment.id);
    let open = c.phase(today) == Phase::Open;
    let title = ctx.ta("cons-comment-title", &[("title", c.title(ctx.lang).into())]);
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            (flash(ctx, done))
            (form::summary(ctx, errors))
            p { a href=(base(commune, c.id)) { (c.title(ctx.lang)) } " › " (d.section.position) ". " (d.section.heading) }
            (comment(ctx, commune, &d.comment, false))
            h2 { (ctx.t("cons-what-became")) }
            @match d.comment.comment.outcome() {
                Some(o) => p { span.badge { (ctx.t(&format!("cons-outcome-{}", o.key()))) } " " (d.comment.comment.outcome_note.as_deref().unwrap_or_default()) },
                None => p.muted { (ctx.t("cons-outcome-pending")) },
            }
            (crate::views::programme::became(ctx, commune, became))
            @if d.section.answered_at.is_some() && c.status.is_answered() {
                p { strong { (ctx.t("cons-taken")) } " " (d.section.taken.as_deref().unwrap_or_default()) }
                p { strong { (ctx.t("cons-not-taken")) } " " (d.section.not_taken.as_deref().unwrap_or_default()) }
            }
            @if open && ctx.user.is_some() && !d.comment.comment.is_hidden() {
                (form::button_post(ctx, &format!("{url}/support"), "cons-support", true))
                @if let Some(m) = form::error_for(errors, "support") { p.error role="alert" { (ctx.t(m)) } }
            }
            h2 { (ctx.t("cons-replies")) }
            @for r in &d.replies { (comment(ctx, commune, r, false)) }
            @if open && ctx.user.is_some() && !d.comment.comment.is_hidden() {
                (comment_form(ctx, &format!("{url}/replies"), errors, "", "reply"))
            }
        },
    )
}
