//! Petition pages. Public pages show counts, never signers; the bureau's page lists them.

use super::communes::admin::{shell, shell_with};
use super::form::{self, csrf, FieldErrors, Input};
use super::layout::{flash, render};
use crate::ctx::Ctx;
use crate::forms::petitions::{ListQuery, SignForm};
use crate::views::layout::head_row;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, format_datetime};
use musharaka_councils::records::SessionRow;
use musharaka_councils::NextSessionExplanation;
use musharaka_petitions::records::{AssociationFileRow, Counts, EventRow, MandateRow, PetitionRow};
use musharaka_petitions::service::SessionChoice;
use musharaka_petitions::{rules, AssociationCondition, PetitionKind, PetitionStatus};

pub use musharaka_petitions::service::{Signatory, Summary};

#[derive(Default)]
pub struct DraftValues {
    pub kind: String,
    pub subject: String,
    pub reasons: String,
    pub requested_item: String,
}

/// What the public page shows beside the petition: its documents, its session and why
/// (arts. 38, 125), and, for the agent only, the mandate of an association's petition.
#[derive(Default)]
pub struct PageExtras {
    pub attachments: Vec<(i64, String)>,
    pub session: Option<SessionRow>,
    pub choice: Option<SessionChoice>,
    pub mandate: Option<MandateRow>,
    /// For the agent: the branch and receipt copy added to the association's file.
    pub association_file: Option<AssociationFileRow>,
    /// A postponed petition: the council's reason (art. 125).
    pub postponement: Option<musharaka_petitions::service::Postponement>,
    /// The permanent committee the petition is referred to (art. 125).
    pub committee: Option<musharaka_communes::Committee>,
    /// The commitments citing the petition ("became commitment X, now at Y %").
    pub programme: Vec<musharaka_programme::service::CommitmentLink>,
}

/// What the bureau sees before deciding: where acceptance today would put the petition,
/// and an association's unmet conditions and mandate.
#[derive(Default)]
pub struct BureauExtras {
    /// The commune's committees (id, name), to refer the petition to.
    pub committees: Vec<(i64, String)>,
    pub preview: Option<SessionChoice>,
    pub unmet: Vec<AssociationCondition>,
    pub mandate: Option<MandateRow>,
    pub association_file: Option<AssociationFileRow>,
}

/// The petition a page shows, with its valid signatures, on `today`.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub petition: &'a PetitionRow,
    pub counts: Counts,
    pub today: chrono::NaiveDate,
}

fn i18n() -> &'static musharaka_core::I18n {
    crate::state::i18n()
}

fn status_badge(ctx: &Ctx, p: &PetitionRow, today: chrono::NaiveDate) -> Markup {
    html! {
        span.badge { (ctx.t(&format!("pet-status-{}", p.status.key()))) }
        @if p.overdue(today) { " " span.badge.error { (ctx.t("pet-overdue")) } }
    }
}

fn threshold(commune: &Commune, p: &PetitionRow) -> u32 {
    p.threshold.map(|t| t as u32).unwrap_or_else(|| {
        rules::signature_threshold(
            u32::try_from(commune.population).unwrap_or(u32::MAX),
            commune.has_arrondissements,
        )
    })
}

pub fn list(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[PetitionRow],
    s: &Summary,
    q: &ListQuery,
    page: i64,
    has_next: bool,
) -> Markup {
    let title = ctx.t_commune("pet-list-title", commune);
    let statuses: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("pet-all")))
        .chain(
            PetitionStatus::ALL
                .iter()
                .filter(|s| **s != PetitionStatus::Draft)
                .map(|s| {
                    (
                        s.key().to_string(),
                        ctx.t(&format!("pet-status-{}", s.key())),
                    )
                }),
        )
        .collect();
    let kinds = vec![
        (String::new(), ctx.t("pet-all")),
        ("citizens".into(), ctx.t("pet-kind-citizens")),
        ("association".into(), ctx.t("pet-kind-association")),
    ];
    let base = format!("/{}/petitions", commune.slug);
    let query = |p: i64| {
        let pairs = [
            ("status", q.status.clone().unwrap_or_default()),
            ("kind", q.kind.clone().unwrap_or_default()),
            ("q", q.q.clone().unwrap_or_default()),
            ("page", p.to_string()),
        ];
        format!(
            "{base}?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    };
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.t("pet-intro")) }
            div.grid {
                div.card { strong { (s.filed) } div { (ctx.t("pet-sum-filed")) } }
                div.card { strong { (s.accepted) } div { (ctx.t("pet-sum-accepted")) } }
                div.card { strong { (s.rejected) } div { (ctx.t("pet-sum-rejected")) } }
                div.card { strong { (s.overdue) } div { (ctx.t("pet-sum-overdue")) } }
                div.card { strong { (s.median_days.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) } div { (ctx.t("pet-sum-median")) } }
            }
            p { a.button href={ (base) "/new" } { (ctx.t("pet-new")) } " "
                a href={ (base) ".atom" } { (ctx.t("pet-atom")) } " · " a href={ (base) ".csv" } { (ctx.t("pet-csv")) } }
            form.inline method="get" action=(base) {
                label for="q" { (ctx.t("search-label")) }
                input id="q" name="q" type="search" value=(q.q.clone().unwrap_or_default());
                select name="status" aria-label=(ctx.t("col-status")) { @for (v, t) in &statuses { option value=(v) selected[q.status.as_deref() == Some(v.as_str())] { (t) } } }
                select name="kind" aria-label=(ctx.t("pet-field-kind")) { @for (v, t) in &kinds { option value=(v) selected[q.kind.as_deref() == Some(v.as_str())] { (t) } } }
                button type="submit" { (ctx.t("search-submit")) }
            }
            @if rows.is_empty() { p.muted { (ctx.t("pet-none")) } }
            @let today = musharaka_core::time::today();
            @for p in rows {
                div.card {
                    a href={ (base) "/" (p.id) } { strong { (p.subject) } }
                    " " (status_badge(ctx, p, today))
                    div.muted { (ctx.t(&format!("pet-kind-{}", p.kind.key()))) " · " (format_date(i18n(), ctx.lang, p.created_at.date())) }
                }
            }
            nav.pagination {
                @if page > 1 { a rel="prev" href=(query(page - 1)) { (ctx.t("pagination-previous")) } }
                span { (ctx.ta("pagination-page", &[("page", page.into())])) }
                @if has_next { a rel="next" href=(query(page + 1)) { (ctx.t("pagination-next")) } }
            }
        },
    )
}

fn date(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    format_date(i18n(), ctx.lang, d)
}

fn month(ctx: &Ctx, m: musharaka_councils::OrdinaryMonth) -> String {
    ctx.t(&format!("month-{}", m.number()))
}

/// Arts. 38 and 125 in plain words: the day of acceptance (`lead`), the session chosen with
/// its agenda deadline and the days left, or the nearer session whose agenda had closed.
fn session_explanation(ctx: &Ctx, lead: &str, choice: &SessionChoice) -> Markup {
    let n = &choice.next;
    let mut args = vec![
        ("month", month(ctx, n.session.month).into()),
        ("m", n.session.month.number().into()),
        ("year", n.session.year.to_string().into()),
        ("start", date(ctx, n.session.start).into()),
        ("deadline", date(ctx, n.agenda_deadline).into()),
    ];
    let key = match n.explanation {
        NextSessionExplanation::AgendaOpen { days_left } => {
            args.push(("days", days_left.into()));
            "pet-session-open"
        }
        NextSessionExplanation::NearerAgendaClosed {
            missed,
            missed_deadline,
            days_left,
        } => {
            args.push(("days", days_left.into()));
            args.push(("missed_month", month(ctx, missed.month).into()));
            args.push(("missed_m", missed.month.number().into()));
            args.push(("missed_year", missed.year.to_string().into()));
            args.push(("missed_deadline", date(ctx, missed_deadline).into()));
            "pet-session-slipped"
        }
    };
    let lead = ctx.ta(lead, &[("date", date(ctx, choice.accepted_on).into())]);
    html! { p.session-explanation { (lead) " " (ctx.ta(key, &args)) } }
}

/// The agent's form for the mandate of an association's petition (decree 2.16.403).
fn mandate_form(
    ctx: &Ctx,
    base: &str,
    m: Option<&MandateRow>,
    file: Option<&AssociationFileRow>,
    errors: &FieldErrors,
) -> Markup {
    let m = m.copied().unwrap_or_default();
    let file = file.cloned().unwrap_or_default();
    html! {
        form.stack method="post" action={ (base) "/mandate" } enctype="multipart/form-data" {
            (csrf(ctx))
            p.muted { (ctx.t("pet-mandate-help")) }
            @if m.upload_id.is_some() { p { a href={ (base) "/mandate" } { (ctx.t("pet-mandate-link")) } } }
            (form::file(ctx, errors, "mandate", "pet-mandate", "application/pdf"))
            label { input type="checkbox" name="legal_representative" checked[m.agent_is_legal_representative]; " " (ctx.t("pet-legal-representative")) }
            p.muted { (ctx.t("lp-branch-help")) }
            (form::field(ctx, errors, "branch_address", "lp-branch-address", html! { input id="branch_address" type="text" name="branch_address" dir="auto" value=(file.branch_address.as_deref().unwrap_or_default()); }))
            p.muted { (ctx.t("lp-receipt-help")) }
            @if file.receipt_upload_id.is_some() { p { a href={ (base) "/association-receipt" } { (ctx.t("lp-receipt-link")) } } }
            (form::file(ctx, errors, "receipt", "lp-receipt-copy", "application/pdf"))
            div { button.secondary type="submit" { (ctx.t("admin-save")) } }
        }
    }
}

/// For the bureau: the association's unmet conditions and the mandate, if any.
fn association_file_card(ctx: &Ctx, mandate_href: &str, x: &BureauExtras) -> Markup {
    html! {
        div.card {
            h3 { (ctx.t("pet-association-file")) }
            @if x.unmet.is_empty() { p { (ctx.t("pet-conditions-met")) } } @else {
                p { (ctx.t("pet-unmet-conditions")) }
                ul { @for c in &x.unmet { li { (ctx.t(&format!("pet-condition-{}", c.key()))) } } }
            }
            @if let Some(m) = x.mandate {
                @if m.upload_id.is_some() { p { a href=(mandate_href) { (ctx.t("pet-mandate-link")) } } }
                @if m.agent_is_legal_representative { p { (ctx.t("pet-declared-legal-representative")) } }
            }
            @if let Some(f) = &x.association_file {
                @if let Some(b) = &f.branch_address { p { (ctx.t("lp-branch-address")) ": " bdi dir="auto" { (b) } } }
                @if f.receipt_upload_id.is_some() { p { a href=(mandate_href.replace("/mandate", "/association-receipt")) { (ctx.t("lp-receipt-link")) } } }
            }
        }
    }
}

fn event_text(ctx: &Ctx, e: &EventRow) -> String {
    ctx.t(&format!("pet-event-{}", e.event))
}

pub fn page(
    ctx: &Ctx,
    commune: &Commune,
    shown: Shown<'_>,
    events: &[EventRow],
    x: &PageExtras,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let (p, counts, today) = (shown.petition, shown.counts, shown.today);
    let base = format!("/{}/petitions/{}", commune.slug, p.id);
    let attachments = &x.attachments;
    let is_agent = ctx
        .user
        .as_ref()
        .is_some_and(|u| p.agent_account_id == Some(u.account.id));
    let status = p.status;
    let need = threshold(commune, p);
    let pct = ((counts.total() as f64 / f64::from(need.max(1))) * 100.0).min(100.0) as u32;
    render(
        ctx,
        &p.subject,
        html! {
            (flash(ctx, done))
            (form::summary(ctx, errors))
            @for (_, m) in errors { p.flash.error role="alert" { (ctx.t(m)) } }
            h1 { (p.subject) }
            p { (status_badge(ctx, p, today)) " " span.muted { (ctx.t(&format!("pet-kind-{}", p.kind.key()))) } }
            h2 { (ctx.t("pet-field-reasons")) } p { (p.reasons) }
            h2 { (ctx.t("pet-field-requested-item")) } p { (p.requested_item) }
            @if !attachments.is_empty() {
                h2 { (ctx.t("pet-attachments")) }
                ul.plain { @for (id, name) in attachments { li { a href={ "/uploads/" (id) } { (name) } } } }
            }
            @if p.kind() == PetitionKind::Citizens {
                h2 { (ctx.t("pet-signatures")) }
                p { (ctx.ta("pet-progress", &[("count", counts.total().into()), ("threshold", need.into())])) }
                progress max="100" value=(pct) aria-label=(ctx.t("pet-signatures")) { (pct) "%" }
                p.muted { (ctx.ta("pet-by-channel", &[("online", counts.online.into()), ("paper", counts.paper.into())])) }
                @if status == PetitionStatus::Collecting { p { a.button href={ (base) "/sign" } { (ctx.t("pet-sign")) } } }
            }
            @if let Some(deadline) = p.review_deadline {
                @if status.awaiting_bureau() {
                    @let clock = rules::review_clock(p.deposited_at.map(|d| d.date()).unwrap_or(today), today);
                    p class=(if clock.overdue { "flash error" } else { "flash warn" }) {
                        @if clock.overdue {
                            (ctx.ta("lp-review-deadline-overdue", &[("date", format_date(i18n(), ctx.lang, deadline).into()), ("days", (-clock.days_left).into())]))
                        } @else {
                            (ctx.ta("pet-review-deadline", &[("date", format_date(i18n(), ctx.lang, deadline).into()), ("days", clock.days_left.into())]))
                        }
                    }
                }
            }
            @if let Some(r) = &p.bureau_reasons { h2 { (ctx.t("pet-bureau-reasons")) } p.flash.error { (r) } }
            @if let Some(pp) = &x.postponement {
                div.flash.warn role="status" {
                    p { (ctx.t("lp-postponed-lead")) }
                    @if let Some(r) = &pp.reason { p { (ctx.t("lp-postponed-reason")) " " bdi dir="auto" { (r) } } }
                    @if let Some(s) = &x.session { p { (ctx.ta("lp-postponed-to", &[("date", format_date(i18n(), ctx.lang, s.starts_on).into())])) } }
                }
            }
            @if let Some(s) = &x.session {
                p.flash.ok { (ctx.ta("pet-on-agenda", &[("date", format_date(i18n(), ctx.lang, s.starts_on).into())])) " "
                    a href={ "/" (commune.slug) "/council/sessions/" (s.id) } { (ctx.t("council-agenda")) } }
                @if let Some(c) = &x.committee { p { (ctx.ta("lp-referred-to", &[("committee", c.name(ctx.lang).into())])) } }
                @match &x.choice {
                    Some(choice) => (session_explanation(ctx, "pet-session-accepted-on", choice)),
                    None => p.muted { (ctx.t("pet-twenty-day-rule")) },
                }
            }
            @if let Some(d) = p.deliberation_id { p { a href={ "/" (commune.slug) "/council/deliberations/" (d) } { (ctx.t("pet-deliberation-link")) } } }
            (crate::views::programme::became(ctx, commune, &x.programme))
            h2 { (ctx.t("pet-timeline")) }
            ol {
                @for e in events { li { (format_datetime(i18n(), ctx.lang, e.created_at)) " — " (event_text(ctx, e)) } }
            }
            @if is_agent {
                div.card.no-print {
                    h2 { (ctx.t("pet-agent-actions")) }
                    @if status == PetitionStatus::Draft && p.kind() == PetitionKind::Citizens {
                        (form::button_post(ctx, &format!("{base}/open"), "pet-open", false))
                    }
                    @if (status == PetitionStatus::Draft && p.kind() == PetitionKind::Association) || status == PetitionStatus::Collecting {
                        (form::button_post(ctx, &format!("{base}/deposit"), "pet-deposit", false))
                    }
                    @if p.receipt_number.is_some() { a href={ (base) "/receipt" } { (ctx.t("pet-receipt")) } " · " }
                    a href={ (base) "/signatories" } { (ctx.t("pet-file")) }
                    @if status == PetitionStatus::Draft && p.kind() == PetitionKind::Association {
                        (mandate_form(ctx, &base, x.mandate.as_ref(), x.association_file.as_ref(), errors))
                    }
                    @if matches!(status, PetitionStatus::Draft | PetitionStatus::Collecting) {
                        form.stack method="post" action={ (base) "/attachments" } enctype="multipart/form-data" {
                            (csrf(ctx))
                            (form::file(ctx, errors, "attachment", "pet-attachment", "application/pdf,image/png,image/jpeg"))
                            div { button.secondary type="submit" { (ctx.t("admin-add")) } }
                        }
                    }
                    @if matches!(status, PetitionStatus::Draft | PetitionStatus::Collecting | PetitionStatus::Deposited | PetitionStatus::UnderReview) {
                        (form::button_post(ctx, &format!("{base}/withdraw"), "pet-withdraw", true))
                    }
                }
            }
        },
    )
}

pub fn new_form(ctx: &Ctx, commune: &Commune, v: &DraftValues, errors: &FieldErrors) -> Markup {
    let title = ctx.t("pet-new");
    let kinds = vec![
        ("citizens".into(), ctx.t("pet-kind-citizens")),
        ("association".into(), ctx.t("pet-kind-association")),
    ];
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted { (ctx.ta("pet-new-intro", &[("threshold", rules::signature_threshold(u32::try_from(commune.population).unwrap_or(u32::MAX), commune.has_arrondissements).into())])) }
            (form::post_form(ctx, errors, &format!("/{}/petitions", commune.slug), html! {
                (form::select(ctx, errors, "kind", "pet-field-kind", &kinds, &v.kind))
                (form::text(ctx, errors, "subject", "pet-field-subject", &v.subject, true))
                (form::field(ctx, errors, "reasons", "pet-field-reasons", html! { textarea id="reasons" name="reasons" rows="6" { (v.reasons) } }))
                (form::field(ctx, errors, "requested_item", "pet-field-requested-item", html! { textarea id="requested_item" name="requested_item" rows="3" { (v.requested_item) } }))
            }, "pet-save-draft"))
        },
    )
}

pub fn sign_form(
    ctx: &Ctx,
    commune: &Commune,
    p: &PetitionRow,
    f: &SignForm,
    errors: &FieldErrors,
) -> Markup {
    let title = ctx.t("pet-sign");
    let signed_in = ctx.user.as_ref().is_some_and(|u| u.account.is_confirmed());
    let ties = vec![
        (String::new(), ctx.t("field-none")),
        ("residence".into(), ctx.t("pet-tie-residence")),
        ("activity".into(), ctx.t("pet-tie-activity")),
    ];
    let check = |name: &str, label: &str, on: bool| {
        form::field(
            ctx,
            errors,
            name,
            label,
            html! { input id=(name) type="checkbox" name=(name) checked[on]; },
        )
    };
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { strong { (p.subject) } }
            p.muted { (ctx.t("pet-sign-privacy")) }
            (form::post_form(ctx, errors, &format!("/{}/petitions/{}/sign", commune.slug, p.id), html! {
                (form::text(ctx, errors, "full_name", "pet-field-full-name", &f.full_name, true))
                (form::text(ctx, errors, "cin", "pet-field-cin", &f.cin, true))
                (form::date(ctx, errors, "birth_date", "pet-field-birth-date", &f.birth_date, true))
                (form::select(ctx, errors, "tie", "pet-field-tie", &ties, &f.tie))
                (form::text(ctx, errors, "address", "pet-field-address", &f.address, true))
                (check("declares_electoral_conditions", "pet-declare-electoral", f.declares_electoral_conditions.is_some()))
                (check("declares_common_interest", "pet-declare-interest", f.declares_common_interest.is_some()))
                @if !signed_in {
                    (form::input(ctx, errors, Input { name: "email", label: "field-email-label", value: &f.email, kind: "email", required: true }))
                }
                (check("notify", "pet-notify", f.notify.is_some()))
            }, "pet-sign"))
        },
    )
}

pub fn signed(ctx: &Ctx, commune: &Commune, p: &PetitionRow, counted: bool) -> Markup {
    let title = ctx.t("pet-sign");
    render(
        ctx,
        &title,
        html! {
            h1 { (p.subject) }
            p.flash.ok role="status" { (ctx.t(if counted { "pet-signed-counted" } else { "pet-signed-mail" })) }
            p { a href={ "/" (commune.slug) "/petitions/" (p.id) } { (ctx.t("pet-back")) } }
        },
    )
}

/// The page of the mailed confirmation link: the petition and one button that confirms.
pub fn confirm_signature(ctx: &Ctx, commune: &Commune, p: &PetitionRow, token: &str) -> Markup {
    let title = ctx.t("pet-confirm-title");
    let action = format!("/petitions/confirm/{token}");
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p { strong { (p.subject) } " — " (commune.name(ctx.lang)) }
            p { (ctx.t("pet-confirm-intro")) }
            (crate::views::form::button_post(ctx, &action, "pet-confirm-button", false))
        },
    )
}

/// The receipt of art. 125, printable.
pub fn receipt(ctx: &Ctx, commune: &Commune, p: &PetitionRow, counts: Counts) -> Markup {
    let title = ctx.t("pet-receipt");
    render(
        ctx,
        &title,
        html! {
            div.card {
                h1 { (ctx.t("pet-receipt")) " — " (commune.name(ctx.lang)) }
                dl {
                    dt { (ctx.t("pet-receipt-number")) } dd { strong { (p.receipt_number.clone().unwrap_or_default()) } }
                    dt { (ctx.t("col-date")) } dd { (p.deposited_at.map(|t| format_datetime(i18n(), ctx.lang, t)).unwrap_or_default()) }
                    dt { (ctx.t("pet-field-subject")) } dd { (p.subject) }
                    dt { (ctx.t("pet-field-kind")) } dd { (ctx.t(&format!("pet-kind-{}", p.kind.key()))) }
                    @if p.kind() == PetitionKind::Citizens { dt { (ctx.t("pet-signatures")) } dd { (counts.total()) } }
                    @if let Some(d) = p.review_deadline { dt { (ctx.t("pet-review-by")) } dd { (format_date(i18n(), ctx.lang, d)) } }
                }
                p.muted { (ctx.t("pet-receipt-note")) }
            }
        },
    )
}

pub fn bureau_list(
    ctx: &Ctx,
    commune: &Commune,
    all: &[PetitionRow],
    today: chrono::NaiveDate,
) -> Markup {
    bureau_list_with(ctx, commune, all, today, &vec![])
}

/// The bureau's list, with the form that registers a petition deposited on paper.
pub fn bureau_list_with(
    ctx: &Ctx,
    commune: &Commune,
    all: &[PetitionRow],
    today: chrono::NaiveDate,
    errors: &FieldErrors,
) -> Markup {
    let kinds = vec![
        ("citizens".into(), ctx.t("pet-kind-citizens")),
        ("association".into(), ctx.t("pet-kind-association")),
    ];
    let paper_form = html! {
        details open[!errors.is_empty()] {
            summary { (ctx.t("pet-register-paper")) }
            (form::post_form(ctx, errors, &format!("/{}/admin/petitions/paper", commune.slug), html! {
                (form::select(ctx, errors, "kind", "pet-field-kind", &kinds, "citizens"))
                (form::text(ctx, errors, "subject", "pet-field-subject", "", true))
                (form::field(ctx, errors, "reasons", "pet-field-reasons", html! { textarea id="reasons" name="reasons" rows="3" {} }))
                (form::field(ctx, errors, "requested_item", "pet-field-requested-item", html! { textarea id="requested_item" name="requested_item" rows="2" {} }))
                (form::date(ctx, errors, "received_on", "pet-field-received-on", "", true))
            }, "pet-register-paper"))
        }
    };
    shell(
        ctx,
        commune,
        "/petitions",
        html! {
            h2 { (ctx.t("pet-bureau-title")) }
            (paper_form)
            table {
                (head_row(ctx, &["pet-field-subject", "col-status", "pet-review-by"]))
                tbody {
                    @for p in all {
                        tr {
                            td { a href={ "/" (commune.slug) "/admin/petitions/" (p.id) } { (p.subject) } }
                            td { (status_badge(ctx, p, today)) }
                            td { @if let (Some(d), true) = (p.review_deadline, p.status.awaiting_bureau()) {
                                (format_date(i18n(), ctx.lang, d)) " · " (crate::views::layout::days_left(ctx, "pet-days-left", (d - today).num_days())) } }
                        }
                    }
                }
            }
        },
    )
}

pub fn bureau_page(
    ctx: &Ctx,
    commune: &Commune,
    shown: Shown<'_>,
    signers: &[Signatory],
    x: &BureauExtras,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let (p, counts, today) = (shown.petition, shown.counts, shown.today);
    let committees = &x.committees;
    let base = format!("/{}/admin/petitions/{}", commune.slug, p.id);
    let mandate_href = format!("/{}/petitions/{}/mandate", commune.slug, p.id);
    let mut committee_opts = vec![(String::new(), ctx.t("field-none"))];
    committee_opts.extend(committees.iter().map(|(id, n)| (id.to_string(), n.clone())));
    let ties = vec![
        ("residence".into(), ctx.t("pet-tie-residence")),
        ("activity".into(), ctx.t("pet-tie-activity")),
    ];
    let check = |name: &str| html! { label { input type="checkbox" name=(name); " " (ctx.t(&format!("pet-check-{name}"))) } };
    let content = html! {
        h2 { (p.subject) " " (status_badge(ctx, p, today)) }
        p { a href={ "/" (commune.slug) "/petitions/" (p.id) } { (ctx.t("pet-public-page")) } " · "
            a href={ "/" (commune.slug) "/admin/petitions/" (p.id) "/file" } { (ctx.t("pet-file")) } " · " (ctx.ta("pet-by-channel", &[("online", counts.online.into()), ("paper", counts.paper.into())])) }
        @if p.kind() == PetitionKind::Association && p.association_id.is_some() { (association_file_card(ctx, &mandate_href, x)) }
        @if p.status.awaiting_bureau() {
            div.card {
                h3 { (ctx.t("pet-bureau-decision")) }
                @if let Some(choice) = &x.preview { (session_explanation(ctx, "pet-session-if-accepted-today", choice)) }
                form.stack method="post" action={ (base) "/decide" } novalidate {
                    (csrf(ctx))
                    (form::field(ctx, errors, "checklist", "pet-checklist", html! {
                        (check("within_council_powers")) br; (check("respects_constitution_article_1")) br;
                        (check("petitioners_conditions_met")) br; (check("form_and_documents_complete"))
                    }))
                    (form::select(ctx, errors, "committee", "council-field-committee", &committee_opts, ""))
                    (form::field(ctx, errors, "reasons", "pet-field-bureau-reasons", html! { textarea id="reasons" name="reasons" rows="3" {} }))
                    div {
                        button type="submit" name="decision" value="accept" { (ctx.t("pet-accept")) } " "
                        button.danger type="submit" name="decision" value="reject" { (ctx.t("pet-reject")) }
                    }
                }
            }
        }
        @if p.status == PetitionStatus::Collecting {
            div.card id="paper" {
                h3 { (ctx.t("pet-paper-entry")) }
                form.stack method="post" action={ (base) "/paper" } novalidate {
                    (csrf(ctx))
                    (form::text(ctx, errors, "full_name", "pet-field-full-name", "", true))
                    (form::text(ctx, errors, "cin", "pet-field-cin", "", true))
                    (form::date(ctx, errors, "birth_date", "pet-field-birth-date", "", true))
                    (form::select(ctx, errors, "tie", "pet-field-tie", &ties, "residence"))
                    (form::text(ctx, errors, "address", "pet-field-address", "", true))
                    div { button type="submit" { (ctx.t("admin-add")) } }
                }
            }
            div.card {
                h3 { (ctx.t("pet-invalidate")) }
                form.stack method="post" action={ (base) "/invalidate" } novalidate {
                    (csrf(ctx))
                    (form::text(ctx, errors, "email_domain", "pet-field-email-domain", "", false))
                    (form::text(ctx, errors, "email", "field-email-label", "", false))
                    (form::text(ctx, errors, "ip", "pet-ip-group", "", false))
                    (form::input(ctx, errors, Input { name: "from", label: "pet-field-from", value: "", kind: "datetime-local", required: false }))
                    (form::input(ctx, errors, Input { name: "to", label: "pet-field-to", value: "", kind: "datetime-local", required: false }))
                    (form::text(ctx, errors, "reason", "field-reason", "", true))
                    div { button.danger type="submit" { (ctx.t("pet-invalidate")) } }
                }
            }
        }
        h3 { (ctx.t("pet-signatures")) }
        table {
            (head_row(ctx, &["pet-field-full-name", "pet-field-address", "pet-channel", "col-status"]))
            tbody {
                @for s in signers {
                    tr {
                        td { bdi { (s.row.full_name.clone().unwrap_or_default()) } }
                        td { (s.row.address.clone().unwrap_or_default()) }
                        td { (ctx.t(&format!("pet-channel-{}", s.row.channel)))
                            @if let Some(h) = &s.row.ip_hash { br; code title=(ctx.t("pet-ip-group")) { (h.chars().take(12).collect::<String>()) } } }
                        td {
                            @if s.row.invalidated_at.is_some() { span.badge.error { (ctx.t("pet-invalidated")) } }
                            @else if s.row.confirmed_at.is_none() { span.badge { (ctx.t("pet-unconfirmed")) } }
                            @else { span.badge.ok { (ctx.t("pet-valid")) } }
                            @if s.row.flagged { " " span.badge.warn { (ctx.t("pet-flagged")) } }
                        }
                    }
                }
            }
        }
    };
    shell_with(ctx, commune, "/petitions", (done, errors), content)
}

pub use feed::atom;

mod feed;

/// The deposit file: the decree's form and the list of signatories. The agent sees names
/// only; the bureau sees names and addresses, and CIN numbers after asking for them
/// (`reveal`: the form that shows them, an audited POST).
pub fn deposit_file(
    ctx: &Ctx,
    commune: &Commune,
    p: &PetitionRow,
    counts: Counts,
    signers: &[Signatory],
    reveal: Option<&str>,
) -> Markup {
    let title = ctx.t("pet-file");
    let with_cins = signers.iter().any(|s| s.cin.is_some());
    let staff = reveal.is_some();
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            dl {
                dt { (ctx.t("pet-file-council")) } dd { (ctx.t("commune-council")) " — " (commune.name(ctx.lang)) }
                dt { (ctx.t("col-date")) } dd { (format_date(i18n(), ctx.lang, p.deposited_at.map(|d| d.date()).unwrap_or_else(|| p.created_at.date()))) }
                dt { (ctx.t("pet-field-subject")) } dd { (p.subject) }
                dt { (ctx.t("pet-field-reasons")) } dd { (p.reasons) }
                dt { (ctx.t("pet-field-requested-item")) } dd { (p.requested_item) }
                @if let Some(n) = &p.receipt_number { dt { (ctx.t("pet-receipt-number")) } dd { (n) } }
                dt { (ctx.t("pet-signatures")) } dd { (counts.total()) }
            }
            @if let Some(action) = reveal {
                @if !with_cins {
                    form method="post" action=(action) {
                        (csrf(ctx))
                        p.muted { (ctx.t("pet-file-cins-audited")) }
                        button type="submit" { (ctx.t("pet-file-show-cins")) }
                    }
                }
            }
            table {
                thead { tr { th { "#" } th { (ctx.t("pet-field-full-name")) }
                    @if with_cins { th { (ctx.t("pet-field-cin")) } }
                    @if staff { th { (ctx.t("pet-field-address")) } }
                    th { (ctx.t("pet-channel")) } } }
                tbody {
                    @for (i, s) in signers.iter().enumerate() {
                        tr { td { (i + 1) } td { bdi { (s.row.full_name.clone().unwrap_or_default()) } }
                            @if with_cins { td dir="ltr" { (s.cin.clone().unwrap_or_default()) } }
                            @if staff { td { (s.row.address.clone().unwrap_or_default()) } }
                            td { (ctx.t(&format!("pet-channel-{}", s.row.channel))) } }
                    }
                }
            }
        },
    )
}
