//! The owner's pages (the participation focal point): the list with the creation form, and
//! one consultation's page with every step — draft, sections and questions, publication,
//! workshops, paper answers, moderation, answers per section, revision, synthesis and the
//! council.

use super::{base, date};
use crate::ctx::Ctx;
use crate::forms::consultations::{DraftForm, Pairs};
use crate::views::communes::admin::shell;
use crate::views::form::{self, FieldErrors};
use crate::views::layout::{flash, head_row};
use chrono::NaiveDate;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_consultations::records::{CommentView, ConsultationRow, SectionRow};
use musharaka_consultations::service::OwnerPage;
use musharaka_consultations::{
    rules, Category, Channel, Focus, HideReason, Outcome, QuestionKind, Status, Subject,
};

/// Which form of the owner's page was refused, its fields and what it posted.
#[derive(Default)]
pub struct OwnerErrors {
    pub form: String,
    pub fields: FieldErrors,
    /// What the refused form posted, shown again in its fields.
    pub values: Pairs,
    /// The refused draft form, shown instead of the stored texts.
    pub draft: Option<DraftForm>,
}

impl OwnerErrors {
    pub fn posted(form: &str, values: Pairs) -> Self {
        OwnerErrors {
            form: form.to_string(),
            values,
            ..Default::default()
        }
    }

    pub fn draft(values: DraftForm) -> Self {
        OwnerErrors {
            form: "draft".into(),
            draft: Some(values),
            ..Default::default()
        }
    }

    fn of(&self, form: &str) -> FieldErrors {
        if self.form == form {
            self.fields.clone()
        } else {
            Vec::new()
        }
    }

    /// The value `form` posted for `name` when that form was refused, else `default`.
    fn value<'a>(&'a self, form: &str, name: &str, default: &'a str) -> &'a str {
        if self.form != form {
            return default;
        }
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map_or(default, |(_, v)| v.as_str())
    }
}

fn textarea(ctx: &Ctx, errors: &FieldErrors, name: &str, label: &str, value: &str) -> Markup {
    form::textarea(ctx, errors, name, label, value, 4)
}

/// The texts, dates and channels of a consultation.
fn draft_fields(ctx: &Ctx, errors: &FieldErrors, v: &DraftForm) -> Markup {
    let subjects = form::options(ctx, Subject::ALL, Subject::key, "cons-subject-");
    html! {
        (form::select(ctx, errors, "subject", "cons-field-subject", &subjects, &v.subject))
        (form::text(ctx, errors, "title_ar", "cons-field-title-ar", &v.title_ar, true))
        (form::text(ctx, errors, "title_fr", "cons-field-title-fr", &v.title_fr, true))
        (textarea(ctx, errors, "text_ar", "cons-field-text-ar", &v.text_ar))
        (textarea(ctx, errors, "text_fr", "cons-field-text-fr", &v.text_fr))
        (form::text(ctx, errors, "owner_service", "cons-field-owner-service", &v.owner_service, true))
        (form::date(ctx, errors, "opens_on", "cons-field-opens", &v.opens_on, true))
        (form::date(ctx, errors, "closes_on", "cons-field-closes", &v.closes_on, true))
        fieldset.field.invalid[form::error_for(errors, "channels").is_some()] {
            legend { (ctx.t("cons-channels")) }
            @for c in Channel::ALL {
                label { input type="checkbox" name="channels" value=(c.key()) checked[v.channels.iter().any(|x| x == c.key())]; " " (ctx.t(&format!("cons-channel-{}", c.key()))) } " "
            }
            @if let Some(m) = form::error_for(errors, "channels") { p.error { (ctx.t(m)) } }
        }
        (textarea(ctx, errors, "districts", "cons-field-districts", &v.districts))
    }
}

/// The owner's list of the commune's consultations (drafts included) and the new one.
pub fn owner_list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[ConsultationRow],
    values: &DraftForm,
    errors: &FieldErrors,
    today: NaiveDate,
) -> Markup {
    let base = format!("/{}/admin/consultations", commune.slug);
    shell(
        ctx,
        commune,
        "/consultations",
        html! {
            h2 { (ctx.t("cons-admin-title")) }
            table {
                (head_row(ctx, &["cons-col-title", "col-status", "cons-col-dates"]))
                tbody { @for c in rows {
                    tr {
                        td { a href={ (base) "/" (c.id) } { (c.title(ctx.lang)) } }
                        td { (ctx.t(&format!("cons-phase-{}", c.phase(today).key()))) }
                        td { (date(ctx, c.opens_on)) " – " (date(ctx, c.closes_on)) }
                    }
                } }
            }
            h2 { (ctx.t("cons-new")) }
            (form::post_form(ctx, errors, &base, draft_fields(ctx, errors, values), "cons-create"))
        },
    )
}

fn draft_values(c: &ConsultationRow) -> DraftForm {
    DraftForm {
        subject: c.subject.clone(),
        title_ar: c.title_ar.clone(),
        title_fr: c.title_fr.clone(),
        text_ar: c.text_ar.clone(),
        text_fr: c.text_fr.clone(),
        owner_service: c.owner_service.clone(),
        opens_on: c.opens_on.to_string(),
        closes_on: c.closes_on.to_string(),
        channels: c.channels().iter().map(|c| c.key().to_string()).collect(),
        districts: c.districts.clone(),
    }
}

fn draft_part(ctx: &Ctx, url: &str, d: &OwnerPage, e: &OwnerErrors) -> Markup {
    let c = &d.page.consultation;
    let kinds = form::options(ctx, QuestionKind::ALL, QuestionKind::key, "cons-qkind-");
    let section_errors = e.of("section");
    let question_errors = e.of("question");
    html! {
        h2 { (ctx.t("cons-edit")) }
        (form::post_form(ctx, &e.of("draft"), url, draft_fields(ctx, &e.of("draft"), &e.draft.clone().unwrap_or_else(|| draft_values(c))), "admin-save"))
        h2 { (ctx.t("cons-add-section")) }
        (form::post_form(ctx, &section_errors, &format!("{url}/sections"), html! {
            (form::text(ctx, &section_errors, "heading", "cons-field-heading", e.value("section", "heading", ""), true))
            (textarea(ctx, &section_errors, "body", "cons-field-body", e.value("section", "body", "")))
        }, "cons-add"))
        h2 { (ctx.t("cons-questions")) }
        ol { @for q in &d.questions { li { (q.prompt(ctx.lang)) " (" (ctx.t(&format!("cons-qkind-{}", q.kind))) ")" } } }
        (form::post_form(ctx, &question_errors, &format!("{url}/questions"), html! {
            (form::select(ctx, &question_errors, "kind", "cons-field-qkind", &kinds, e.value("question", "kind", "single")))
            (form::text(ctx, &question_errors, "prompt_ar", "cons-field-prompt-ar", e.value("question", "prompt_ar", ""), true))
            (form::text(ctx, &question_errors, "prompt_fr", "cons-field-prompt-fr", e.value("question", "prompt_fr", ""), true))
            (textarea(ctx, &question_errors, "options", "cons-field-options", e.value("question", "options", "")))
            label { input type="checkbox" name="required" value="on" checked[!e.value("question", "required", "").is_empty()]; " " (ctx.t("cons-field-required")) }
        }, "cons-add"))
        h2 { (ctx.t("cons-publish")) }
        @if let Some(m) = form::error_for(&e.of("publish"), "publish") { p.flash.error role="alert" { (ctx.t(m)) } }
        (form::button_post(ctx, &format!("{url}/publish"), "cons-publish", false))
    }
}

fn workshop_part(ctx: &Ctx, url: &str, d: &OwnerPage, e: &OwnerErrors) -> Markup {
    let errors = e.of("workshop");
    let foci = form::options(ctx, Focus::ALL, Focus::key, "cons-focus-");
    html! {
        @if !d.page.workshops.is_empty() {
            h2 { (ctx.t("cons-workshops")) }
            @for w in &d.page.workshops {
                div.card {
                    strong { (w.workshop.topic) } " · " (date(ctx, w.workshop.held_on)) " · "
                    (ctx.ta("cons-workshop-counts", &[("invited", w.workshop.invitations.into()), ("attended", w.attended().into())]))
                    @for p in &w.photos { " " a href={ "/uploads/" (p) } { (ctx.t("cons-photo")) } }
                    form.inline method="post" action={ (url) "/workshops/" (w.workshop.id) "/photos" } enctype="multipart/form-data" {
                        input type="hidden" name="csrf_token" value=(ctx.csrf);
                        label for={ "photo-" (w.workshop.id) } { (ctx.t("cons-field-photo")) }
                        input id={ "photo-" (w.workshop.id) } type="file" name="photo" accept="image/png,image/jpeg";
                        button type="submit" { (ctx.t("cons-add")) }
                    }
                }
            }
        }
        h2 { (ctx.t("cons-record-workshop")) }
        (form::post_form(ctx, &errors, &format!("{url}/workshops"), html! {
            (form::date(ctx, &errors, "held_on", "cons-field-held-on", e.value("workshop", "held_on", ""), true))
            (form::text(ctx, &errors, "place", "cons-field-place", e.value("workshop", "place", ""), true))
            (form::select(ctx, &errors, "focus", "cons-field-focus", &foci, e.value("workshop", "focus", "theme")))
            (form::text(ctx, &errors, "topic", "cons-field-topic", e.value("workshop", "topic", ""), true))
            (form::text(ctx, &errors, "facilitators", "cons-field-facilitators", e.value("workshop", "facilitators", ""), false))
            (form::input(ctx, &errors, form::Input { name: "invitations", label: "cons-field-invitations", value: e.value("workshop", "invitations", "0"), kind: "number", required: false }))
            table {
                (head_row(ctx, &["cons-fig-group", "cons-fig-female", "cons-fig-male"]))
                tbody { @for cat in Category::ALL {
                    tr {
                        td { (ctx.t(&format!("cons-fig-{}", cat.key()))) }
                        td { input type="number" min="0" name={ "women_" (cat.key()) } value=(e.value("workshop", &format!("women_{}", cat.key()), "0")) aria-label={ (ctx.t(&format!("cons-fig-{}", cat.key()))) " — " (ctx.t("cons-fig-female")) }; }
                        td { input type="number" min="0" name={ "men_" (cat.key()) } value=(e.value("workshop", &format!("men_{}", cat.key()), "0")) aria-label={ (ctx.t(&format!("cons-fig-{}", cat.key()))) " — " (ctx.t("cons-fig-male")) }; }
                    }
                } }
            }
            @for (k, m) in &errors { @if k.starts_with("women_") || k.starts_with("men_") { p.error { (ctx.t(m)) } } }
            (textarea(ctx, &errors, "outputs", "cons-field-outputs", e.value("workshop", "outputs", "")))
        }, "cons-add"))
    }
}

fn moderation(ctx: &Ctx, url: &str, c: &CommentView, closed: bool, e: &OwnerErrors) -> Markup {
    let cm = &c.comment;
    let reasons = form::options(ctx, HideReason::ALL, HideReason::key, "cons-hide-");
    let outcomes = form::options(ctx, Outcome::ALL, Outcome::key, "cons-outcome-");
    let key = format!("comment-{}", cm.id);
    let errors = e.of(&key);
    html! {
        tr id=(key) {
            td { (ctx.t(&format!("cons-author-{}", cm.author_kind))) @if let Some(l) = &cm.author_label { " — " (l) } }
            td { (cm.body) " (" (c.supports) ")" }
            td {
                @if cm.is_hidden() {
                    (ctx.t(&format!("cons-hide-{}", cm.hidden_reason.as_deref().unwrap_or_default())))
                    @if let Some(n) = &cm.hidden_note { " — " (n) }
                } @else {
                    (form::post_form(ctx, &errors, &format!("{url}/comments/{}/hide", cm.id), html! {
                        (form::select(ctx, &errors, "reason", "cons-field-reason", &reasons, e.value(&key, "reason", "off_topic")))
                        (form::text(ctx, &errors, "note", "cons-field-note", e.value(&key, "note", ""), false))
                    }, "cons-hide"))
                }
            }
            td {
                @if closed {
                    (form::post_form(ctx, &errors, &format!("{url}/comments/{}/outcome", cm.id), html! {
                        (form::select(ctx, &errors, "outcome", "cons-field-outcome", &outcomes, e.value(&key, "outcome", cm.outcome.as_deref().unwrap_or("taken"))))
                        (form::text(ctx, &errors, "outcome_note", "cons-field-outcome-note", e.value(&key, "outcome_note", cm.outcome_note.as_deref().unwrap_or_default()), false))
                    }, "admin-save"))
                } @else if let Some(o) = &cm.outcome { (ctx.t(&format!("cons-outcome-{o}"))) }
            }
        }
    }
}

fn answer_part(ctx: &Ctx, url: &str, d: &OwnerPage, e: &OwnerErrors) -> Markup {
    let p = &d.page;
    let latest: &[SectionRow] = if p.revised.is_empty() {
        &p.sections
    } else {
        &p.revised
    };
    let rev = e.of("revision");
    let syn = e.of("synthesis");
    html! {
        h2 { (ctx.t("cons-answer-sections")) }
        @for s in &p.sections {
            @let key = format!("answer-{}", s.id);
            @let errors = e.of(&key);
            section.card id=(key) {
                h3 { (s.position) ". " (s.heading) }
                (form::post_form(ctx, &errors, &format!("{url}/sections/{}/answer", s.id), html! {
                    (textarea(ctx, &errors, "taken", "cons-taken", e.value(&key, "taken", s.taken.as_deref().unwrap_or_default())))
                    (textarea(ctx, &errors, "not_taken", "cons-not-taken", e.value(&key, "not_taken", s.not_taken.as_deref().unwrap_or_default())))
                }, "admin-save"))
            }
        }
        h2 { (ctx.t("cons-revision")) }
        (form::post_form(ctx, &rev, &format!("{url}/revision"), html! {
            @for (i, s) in latest.iter().enumerate() {
                (form::text(ctx, &rev, &format!("heading_{i}"), "cons-field-heading", e.value("revision", &format!("heading_{i}"), &s.heading), true))
                (textarea(ctx, &rev, &format!("body_{i}"), "cons-field-body", e.value("revision", &format!("body_{i}"), &s.body)))
            }
        }, "cons-save-revision"))
        h2 { (ctx.t("cons-synthesis")) }
        (form::post_form(ctx, &syn, &format!("{url}/synthesis"), html! {
            (textarea(ctx, &syn, "synthesis_ar", "cons-field-synthesis-ar", e.value("synthesis", "synthesis_ar", "")))
            (textarea(ctx, &syn, "synthesis_fr", "cons-field-synthesis-fr", e.value("synthesis", "synthesis_fr", "")))
        }, "cons-publish-synthesis"))
    }
}

fn body_remark(ctx: &Ctx, url: &str, d: &OwnerPage, e: &OwnerErrors) -> Markup {
    let errors = e.of("remark");
    let sections: Vec<(String, String)> = d
        .page
        .sections
        .iter()
        .map(|s| (s.id.to_string(), format!("{}. {}", s.position, s.heading)))
        .collect();
    html! {
        h2 { (ctx.t("cons-body-remark")) }
        (form::post_form(ctx, &errors, &format!("{url}/remarks"), html! {
            (form::select(ctx, &errors, "section", "cons-field-section", &sections, e.value("remark", "section", "")))
            (form::text(ctx, &errors, "body_ref", "cons-field-body-ref", e.value("remark", "body_ref", ""), true))
            (textarea(ctx, &errors, "body", "cons-field-body", e.value("remark", "body", "")))
        }, "cons-add"))
    }
}

/// One consultation's owner page.
pub fn owner_page(
    ctx: &Ctx,
    commune: &Commune,
    d: &OwnerPage,
    today: NaiveDate,
    e: &OwnerErrors,
    done: Option<&str>,
) -> Markup {
    let c = &d.page.consultation;
    let url = format!("/{}/admin/consultations/{}", commune.slug, c.id);
    let status = c.status;
    let closed = status != Status::Draft && today > c.closes_on;
    shell(
        ctx,
        commune,
        "/consultations",
        html! {
            h2 { (c.title(ctx.lang)) }
            (flash(ctx, done))
            @if !e.fields.is_empty() { p.flash.error role="alert" { (ctx.t("form-has-errors")) } }
            p { span.badge { (ctx.t(&format!("cons-phase-{}", c.phase(today).key()))) } " "
                span.badge { (ctx.t(&format!("cons-status-{}", c.status.key()))) } " "
                a href=(base(commune, c.id)) { (ctx.t("cons-public-page")) } " · "
                a href={ (base(commune, c.id)) "/results" } { (ctx.t("cons-results-link")) } }
            p { (ctx.ta("cons-responses", &[("online", d.responses_online.into()), ("paper", d.responses_paper.into())])) }
            ol { @for s in &d.page.sections { li { (s.heading) } } }
            @if status == Status::Draft { (draft_part(ctx, &url, d, e)) }
            @if rules::accepts_paper(status, c.opens_on, today) && c.has_channel(Channel::Questionnaire) {
                p { a.button href={ (url) "/paper" } { (ctx.t("cons-enter-paper")) } }
            }
            @if status != Status::Draft && !closed { (body_remark(ctx, &url, d, e)) }
            (workshop_part(ctx, &url, d, e))
            @if !d.page.comments.is_empty() {
                h2 { (ctx.t("cons-moderation")) }
                table {
                    (head_row(ctx, &["cons-col-author", "cons-comments", "cons-hide", "cons-field-outcome"]))
                    tbody { @for cm in &d.page.comments { (moderation(ctx, &url, cm, closed, e)) } }
                }
            }
            @if rules::may_answer(status, c.closes_on, today) { (answer_part(ctx, &url, d, e)) }
            @if status == Status::Synthesised {
                h2 { (ctx.t("cons-council")) }
                (form::button_post(ctx, &format!("{url}/council"), "cons-send-to-council", false))
            }
            @if let Some(n) = &c.deliberation_number {
                p { (ctx.ta("cons-deliberation", &[("number", n.as_str().into())])) }
            }
        },
    )
}
