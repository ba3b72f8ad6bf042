//! The secretariat's council pages: big controls, one item per screen when voting.

use crate::ctx::Ctx;
use crate::forms::councils::SessionForm;
use crate::views::communes::admin::{shell, shell_done, shell_with};
use crate::views::form::{self, csrf, FieldErrors, Input};
use crate::views::layout::head_row;
use maud::{html, Markup};
use musharaka_communes::rules::CompositionProblem;
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, format_datetime};
use musharaka_councils::records::{
    key, DeliberationRow, ItemRow, ObjectionRow, QuestionRow, SessionRequestRow, SessionRow,
    StudyDecisionRow, VoteRow,
};
use musharaka_councils::service::desk::{SessionView, SittingView};
use musharaka_councils::service::DeadlineWarning;
mod oversight;
use musharaka_councils::{
    rules, ClosedSittingRequester, Convocation, DeadlineState, ExtraordinaryTrigger, ItemSource,
    ItemStatus, Matter, SessionDeadlines, SessionEvent, SessionStatus,
};
use oversight::requests_section;
use oversight::study_decision_form;
pub use oversight::{objection_line, questions_section, request_standing, study_decision_line};

/// Texts of a deliberation or minutes form.
#[derive(Default)]
pub struct Texts {
    pub ar: String,
    pub fr: String,
}

/// A refusal by the law not tied to one input (field `law`): its message as a flash.
fn law_errors(ctx: &Ctx, errors: &FieldErrors) -> Markup {
    html! {
        @for (field, message) in errors {
            @if field == musharaka_councils::service::LAW_FIELD {
                p.flash.error role="alert" { (ctx.t(message)) }
            }
        }
    }
}

fn date(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    format_date(crate::state::i18n(), ctx.lang, d)
}

fn options<T: serde::Serialize>(ctx: &Ctx, prefix: &str, values: &[T]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| {
            let k = key(v);
            let label = ctx.t(&format!("{prefix}-{k}"));
            (k, label)
        })
        .collect()
}

/// "Ordinary session of February 2027" / "Extraordinary session (governor)".
pub fn session_title(ctx: &Ctx, s: &SessionRow) -> String {
    use chrono::Datelike;
    match s.kind() {
        musharaka_councils::SessionKind::Ordinary(m) => ctx.ta(
            "council-session-ordinary",
            &[
                ("month", ctx.t(&format!("month-{}", m.number())).into()),
                ("year", s.starts_on.year().into()),
            ],
        ),
        musharaka_councils::SessionKind::Extraordinary(t) => ctx.ta(
            "council-session-extraordinary",
            &[
                (
                    "trigger",
                    ctx.t(&format!("council-trigger-{}", key(&t))).into(),
                ),
                ("date", date(ctx, s.starts_on).into()),
            ],
        ),
    }
}

fn status_badge(ctx: &Ctx, status: SessionStatus) -> Markup {
    let class = match status {
        SessionStatus::Open => "badge ok",
        SessionStatus::Cancelled => "badge error",
        _ => "badge",
    };
    html! { span class=(class) { (ctx.t(&format!("council-status-{}", key(&status)))) } }
}

/// What the secretariat's dashboard shows.
pub struct Dashboard {
    pub sessions: Vec<SessionRow>,
    pub warnings: Vec<DeadlineWarning>,
    pub problems: Vec<CompositionProblem>,
    pub requests: Vec<SessionRequestRow>,
    pub questions: Vec<QuestionRow>,
    /// The council members (id, name), for the questions' form.
    pub members: Vec<(i64, String)>,
    pub today: chrono::NaiveDate,
}

pub fn dashboard(
    ctx: &Ctx,
    commune: &Commune,
    d: &Dashboard,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let (sessions, warnings, problems) = (&d.sessions, &d.warnings, &d.problems);
    let base = format!("/{}/admin/council", commune.slug);
    let content = html! {
        (crate::views::communes::admin::composition_warning(ctx, problems))
        @for w in warnings {
            @let (class, n) = match w.state { DeadlineState::Passed { days_late } => ("flash error", days_late), DeadlineState::Near { days_left } | DeadlineState::Upcoming { days_left } => ("flash warn", days_left) };
            p class=(class) role="alert" {
                strong { (session_title(ctx, &w.session)) } " — " (ctx.t(w.what)) ": " (date(ctx, w.date)) " "
                @if matches!(w.state, DeadlineState::Passed { .. }) { (ctx.ta("council-deadline-passed", &[("days", n.into())])) }
                @else { (ctx.ta("council-deadline-near", &[("days", n.into())])) }
            }
        }
        p { a.button href={ (base) "/sessions/new" } { (ctx.t("council-session-new")) } }
        table {
            (head_row(ctx, &["council-field-session", "council-field-starts-on", "col-status"]))
            tbody {
                @for s in sessions {
                    tr {
                        td { a href={ (base) "/sessions/" (s.id) } { (session_title(ctx, s)) } }
                        td { (date(ctx, s.starts_on)) " → " (date(ctx, s.last_day())) }
                        td { (status_badge(ctx, s.status)) }
                    }
                }
            }
        }
        (requests_section(ctx, &base, &d.requests, errors, d.today))
        (questions_section(ctx, Some(&base), (&d.questions, &d.members, sessions), errors))
    };
    shell_done(ctx, commune, "/council", done, content)
}

pub fn session_form(ctx: &Ctx, commune: &Commune, f: &SessionForm, errors: &FieldErrors) -> Markup {
    let kinds = vec![
        ("ordinary".to_string(), ctx.t("council-kind-ordinary")),
        (
            "extraordinary".to_string(),
            ctx.t("council-kind-extraordinary"),
        ),
    ];
    let triggers = options(
        ctx,
        "council-trigger",
        &[
            ExtraordinaryTrigger::President,
            ExtraordinaryTrigger::ThirdOfMembers,
            ExtraordinaryTrigger::AbsoluteMajority,
            ExtraordinaryTrigger::Governor,
        ],
    );
    shell(
        ctx,
        commune,
        "/council",
        html! {
            h2 { (ctx.t("council-session-new")) }
            p.muted { (ctx.t("council-session-help")) }
            (form::post_form(ctx, errors, &format!("/{}/admin/council/sessions", commune.slug), html! {
                (form::select(ctx, errors, "kind", "council-field-kind", &kinds, &f.kind))
                (form::select(ctx, errors, "trigger", "council-field-trigger", &triggers, &f.trigger))
                (form::text(ctx, errors, "trigger_note", "council-field-trigger-note", &f.trigger_note, false))
                (form::date(ctx, errors, "starts_on", "council-field-starts-on", &f.starts_on, true))
                (form::date(ctx, errors, "ends_on", "council-field-ends-on", &f.ends_on, true))
                (form::text(ctx, errors, "place", "council-field-place", &f.place, true))
                (form::date(ctx, errors, "requested_on", "council-field-requested-on", &f.requested_on, false))
                (form::input(ctx, errors, Input { name: "requesting_members", label: "council-field-requesting-members", value: &f.requesting_members, kind: "number", required: false }))
            }, "admin-save"))
        },
    )
}

fn deadlines(ctx: &Ctx, s: &SessionRow, d: &SessionDeadlines) -> Markup {
    html! {
        dl {
            dt { (ctx.t("council-deadline-notice")) } dd { (date(ctx, d.notice_by)) }
            @if let Some(a) = d.agenda_to_governor_by { dt { (ctx.t("council-deadline-agenda")) } dd { (date(ctx, a)) } }
            @if let Some(g) = d.governor_additions_by { dt { (ctx.t("council-deadline-governor")) } dd { (date(ctx, g)) } }
            dt { (ctx.t("council-deadline-last-day")) } dd { (date(ctx, d.last_day))
                @if let (None, Some(x)) = (s.extended_until, d.last_day_if_extended) { " · " (ctx.ta("council-deadline-extended", &[("date", date(ctx, x).into())])) } }
            @if let Some(x) = s.extended_until {
                dt { (ctx.t("council-extended")) } dd.extended { (date(ctx, x)) }
            }
        }
    }
}

/// Art. 34: the one extension of a convened or open ordinary session, to a chosen last day
/// (shown while the session can still be extended, or with the error of a refused try).
fn extension_form(
    ctx: &Ctx,
    base: &str,
    s: &SessionRow,
    d: &SessionDeadlines,
    errors: &FieldErrors,
) -> Markup {
    let running = matches!(s.status, SessionStatus::Convened | SessionStatus::Open);
    let extendable = running && s.extended_until.is_none() && d.last_day_if_extended.is_some();
    let value = d
        .last_day_if_extended
        .map(|x| x.to_string())
        .unwrap_or_default();
    html! {
        @if extendable || form::error_for(errors, "extended_until").is_some() {
            details.no-print open[form::error_for(errors, "extended_until").is_some()] {
                summary { (ctx.t("council-extend")) }
                p.muted { (ctx.t("council-extend-help")) }
                form.stack method="post" action={ (base) "/sessions/" (s.id) "/extend" } novalidate {
                    (csrf(ctx))
                    (form::date(ctx, errors, "extended_until", "council-field-extended-until", &value, true))
                    div { button type="submit" { (ctx.t("council-extend")) } }
                }
            }
        }
    }
}

/// Art. 40: how many members asked for the item, and whether that makes it mandatory.
/// A refused refusal (409) is shown here.
fn requesters_line(
    ctx: &Ctx,
    it: &ItemRow,
    members_in_office: u32,
    errors: &FieldErrors,
) -> Markup {
    let mandatory = is_mandatory(it, members_in_office);
    let error = form::error_for(errors, &format!("requesters-{}", it.id));
    html! {
        @if let Some(n) = it.requesters {
            div.muted { (ctx.ta("council-requesters", &[("count", n.into()), ("in_office", members_in_office.into())])) }
            @if mandatory { span.badge.warn { (ctx.t("council-item-mandatory")) } }
        }
        @if let Some(e) = error { p.flash.error role="alert" { (ctx.t(e)) } }
    }
}

/// An item asked for by at least half the members in office (art. 40), which cannot be
/// refused.
fn is_mandatory(it: &ItemRow, members_in_office: u32) -> bool {
    it.requesters
        .and_then(|n| u32::try_from(n).ok())
        .is_some_and(|n| rules::is_mandatory_item(n, members_in_office))
}

/// What an item's actions depend on besides the item: the members in office (art. 40), the
/// committees to refer it to, the governor's objection (art. 41) and the council's decision
/// on it unstudied (art. 28).
struct ItemStanding<'a> {
    members_in_office: u32,
    committees: &'a [(String, String)],
    objection: Option<&'a ObjectionRow>,
    study: Option<&'a StudyDecisionRow>,
}

fn item_actions(
    ctx: &Ctx,
    base: &str,
    it: &ItemRow,
    documents: &[(i64, String)],
    errors: &FieldErrors,
    standing: ItemStanding<'_>,
) -> Markup {
    let ItemStanding {
        members_in_office,
        committees,
        objection,
        study,
    } = standing;
    let reasons_field = format!("reasons-{}", it.id);
    let report_field = format!("report-{}", it.id);
    let committee_field = format!("committee-{}", it.id);
    let committee = it.committee_id.map(|c| c.to_string()).unwrap_or_default();
    let document_field = format!("document-{}", it.id);
    html! {
        @for (id, name) in documents { div { a href={ "/uploads/" (id) } { (name) } } }
        @if let Some(r) = &it.committee_report { div.muted { (ctx.t("council-committee-report")) ": " (r) } }
        @if let Some(d) = study { (study_decision_line(ctx, d)) }
        @if it.status == ItemStatus::OnAgenda && it.committee_id.is_some() && it.committee_report.is_none() && study.is_none() { (study_decision_form(ctx, base, it, errors)) }
        @if it.status == ItemStatus::OnAgenda {
            details {
                summary { (ctx.t("council-item-files")) }
                form.stack method="post" action={ (base) "/items/" (it.id) "/report" } {
                    (csrf(ctx))
                    (form::field(ctx, errors, &committee_field, "council-field-committee", html! {
                        select id=(committee_field) name="committee" {
                            @for (value, text) in committees {
                                option value=(value) selected[*value == committee] { (text) }
                            }
                        }
                    }))
                    (form::field(ctx, errors, &report_field, "council-committee-report", html! { textarea id=(report_field) name="report" rows="3" { (it.committee_report.clone().unwrap_or_default()) } }))
                    div { button.secondary type="submit" { (ctx.t("admin-save")) } }
                }
                form.stack method="post" action={ (base) "/items/" (it.id) "/documents" } enctype="multipart/form-data" {
                    (csrf(ctx))
                    (form::field(ctx, errors, &document_field, "council-document", html! { input id=(document_field) type="file" name="document" accept="application/pdf"; }))
                    div { button.secondary type="submit" { (ctx.t("admin-add")) } }
                }
            }
        }
        @if let Some(o) = objection { (objection_line(ctx, o)) }
        @if it.status == ItemStatus::OnAgenda {
            details {
                summary { (ctx.t("council-objection")) }
                @match objection {
                    None => form.stack method="post" action={ (base) "/items/" (it.id) "/objection" } {
                        (csrf(ctx))
                        (form::row_input(ctx, errors, &format!("received_on-{}", it.id), Input { name: "received_on", label: "council-field-objection-received", value: "", kind: "date", required: true }))
                        (form::row_input(ctx, errors, &format!("objection_reasons-{}", it.id), Input { name: "objection_reasons", label: "council-field-objection-reasons", value: "", kind: "text", required: true }))
                        div.field { label { input type="checkbox" name="in_court" value="on"; " " (ctx.t("council-field-objection-in-court")) } }
                        div { button.secondary type="submit" { (ctx.t("admin-save")) } }
                    },
                    Some(o) if o.in_court && o.court_ruling.is_none() => form.stack method="post" action={ (base) "/items/" (it.id) "/ruling" } {
                        (csrf(ctx))
                        (form::row_select(ctx, errors, (&format!("ruling-{}", it.id), "ruling"), "council-field-court-ruling", &[("upheld".to_string(), ctx.t("council-objection-upheld")), ("dismissed".to_string(), ctx.t("council-objection-dismissed"))], ""))
                        div { button.secondary type="submit" { (ctx.t("admin-save")) } }
                    },
                    Some(_) => {},
                }
            }
        }
        @if it.status == ItemStatus::OnAgenda {
            details {
                summary { (ctx.t("council-item-settle")) }
                @if it.source == key(&ItemSource::Members) && !is_mandatory(it, members_in_office) {
                    form.stack method="post" action={ (base) "/items/" (it.id) "/refuse" } {
                        (csrf(ctx))
                        (form::row_input(ctx, errors, &reasons_field, Input { name: "reasons", label: "council-field-refusal-reasons", value: "", kind: "text", required: true }))
                        div { button.danger type="submit" { (ctx.t("council-item-refuse")) } }
                    }
                }
                form.stack method="post" action={ (base) "/items/" (it.id) "/postpone" } {
                    (csrf(ctx))
                    (form::row_input(ctx, errors, &reasons_field, Input { name: "reasons", label: "council-field-postpone-reason", value: "", kind: "text", required: true }))
                    div { button.secondary type="submit" { (ctx.t("council-item-postpone")) } }
                }
            }
        }
        @if it.status == ItemStatus::Decided { a href={ (base) "/items/" (it.id) "/deliberation" } { (ctx.t("council-deliberation")) } }
    }
}

pub fn session_page(
    ctx: &Ctx,
    commune: &Commune,
    v: &SessionView,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let base = format!("/{}/admin/council", commune.slug);
    let s = &v.session;
    let status = s.status;
    let mut committees = vec![(String::new(), ctx.t("field-none"))];
    committees.extend(
        v.committees
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone())),
    );
    let matters = options(
        ctx,
        "council-matter",
        &[
            Matter::General,
            Matter::ActionProgramme,
            Matter::LocalDevelopmentCompany,
            Matter::PublicServiceManagementMode,
            Matter::PublicPrivatePartnership,
            Matter::ContractWithState,
        ],
    );
    let sources = options(
        ctx,
        "council-source",
        &[
            ItemSource::President,
            ItemSource::Members,
            ItemSource::Governor,
        ],
    );
    let convocations = options(
        ctx,
        "council-convocation",
        &[Convocation::First, Convocation::Second, Convocation::Third],
    );
    let requesters = options(
        ctx,
        "council-requester",
        &[
            ClosedSittingRequester::President,
            ClosedSittingRequester::ThirdOfMembers,
            ClosedSittingRequester::GovernorForPublicOrder,
        ],
    );
    let draft = v
        .minutes
        .iter()
        .find(|m| m.president_signed_at.is_none() && m.secretary_signed_at.is_none());
    let content = html! {
        (law_errors(ctx, errors))
        h2 { (session_title(ctx, s)) " " (status_badge(ctx, status)) }
        p { (date(ctx, s.starts_on)) " → " (date(ctx, s.last_day()))
            @if s.extended_until.is_some() { " " span.badge.warn { (ctx.t("council-extended-badge")) } }
            " · " (s.place) }
        (deadlines(ctx, s, &v.deadlines))
        (extension_form(ctx, &base, s, &v.deadlines, errors))
        div.no-print {
            @for event in [SessionEvent::Convene, SessionEvent::Open, SessionEvent::Close, SessionEvent::Cancel] {
                @if status.transition(event).is_ok() {
                    form.inline method="post" action={ (base) "/sessions/" (s.id) "/transition" } {
                        (csrf(ctx))
                        input type="hidden" name="event" value=(key(&event));
                        button class=(if event == SessionEvent::Cancel { "danger" } else { "" }) type="submit" { (ctx.t(&format!("council-event-{}", key(&event)))) }
                    }
                    " "
                }
            }
        }
        h2 id="agenda" { (ctx.t("council-agenda")) }
        table {
            thead { tr { th { "#" } th { (ctx.t("council-field-title")) } th { (ctx.t("council-field-source")) } th { (ctx.t("col-status")) } th { (ctx.t("admin-actions")) } } }
            tbody {
                @for it in &v.items {
                    tr {
                        td { (it.number) }
                        td { (it.title(ctx.lang)) }
                        td { (ctx.t(&format!("council-source-{}", it.source)))
                            (requesters_line(ctx, it, v.members_in_office, errors)) }
                        td { (ctx.t(&format!("council-item-{}", it.status.key())))
                            @if let Some(r) = &it.status_reasons { div.muted { (r) } } }
                        td { (item_actions(ctx, &base, it, v.documents.get(&it.id).map(Vec::as_slice).unwrap_or(&[]), errors, ItemStanding { members_in_office: v.members_in_office, committees: &committees, objection: v.objections.iter().find(|o| o.item_id == it.id), study: v.study_decisions.iter().find(|d| d.item_id == it.id) })) }
                    }
                }
            }
        }
        @if !status.is_final() {
            h3 { (ctx.t("council-item-new")) }
            form.stack method="post" action={ (base) "/sessions/" (s.id) "/items" } novalidate {
                (csrf(ctx))
                (form::text(ctx, errors, "title_ar", "field-name-ar", "", true))
                (form::text(ctx, errors, "title_fr", "field-name-fr", "", true))
                (form::field(ctx, errors, "summary", "council-field-summary", html! { textarea id="summary" name="summary" rows="3" {} }))
                (form::select(ctx, errors, "committee", "council-field-committee", &committees, ""))
                (form::select(ctx, errors, "matter", "council-field-matter", &matters, "general"))
                (form::select(ctx, errors, "source", "council-field-source", &sources, "president"))
                (form::input(ctx, errors, Input { name: "requesters", label: "council-field-requesters", value: "", kind: "number", required: false }))
                div { button type="submit" { (ctx.t("admin-add")) } }
            }
        }
        h2 id="sittings" { (ctx.t("council-sittings")) }
        ul.plain {
            @for st in &v.sittings {
                li {
                    a href={ (base) "/sittings/" (st.id) } { (format_datetime(crate::state::i18n(), ctx.lang, st.starts_at)) }
                    " · " (ctx.t(&format!("council-convocation-{}", st.convocation)))
                    " · " @if st.is_public { (ctx.t("council-sitting-public")) } @else { (ctx.t("council-sitting-closed")) }
                    @if let Some(d) = &st.closed_decision {
                        " · " (ctx.ta("council-closed-request-decided", &[("decision", ctx.t(&format!("council-decision-{d}")).into()), ("in_favour", st.closed_in_favour.unwrap_or(0).into()), ("against", st.closed_against.unwrap_or(0).into()), ("abstain", st.closed_abstain.unwrap_or(0).into())]))
                    }
                    @if let Some(q) = &st.quorum_decision { " · " (ctx.t(&format!("council-quorum-{q}"))) }
                }
            }
        }
        @if !status.is_final() {
            form.stack method="post" action={ (base) "/sessions/" (s.id) "/sittings" } novalidate {
                (csrf(ctx))
                (form::date(ctx, errors, "date", "council-field-date", "", true))
                (form::input(ctx, errors, Input { name: "time", label: "council-field-time", value: "10:00", kind: "time", required: true }))
                (form::select(ctx, errors, "convocation", "council-field-convocation", &convocations, "first"))
                div.field { label { input type="checkbox" name="closed"; " " (ctx.t("council-sitting-closed")) } }
                (form::select(ctx, errors, "requester", "council-field-requester", &requesters, "president"))
                (form::text(ctx, errors, "closed_reasons", "council-field-closed-reasons", "", false))
                fieldset {
                    legend { (ctx.t("council-closed-decision-legend")) }
                    @for (name, label) in [("closed_requesting", "council-field-closed-requesting"), ("closed_in_favour", "council-vote-in_favour"), ("closed_against", "council-vote-against"), ("closed_abstain", "council-vote-abstain")] {
                        (form::input(ctx, errors, Input { name, label, value: "", kind: "number", required: false }))
                    }
                }
                div { button type="submit" { (ctx.t("council-sitting-new")) } }
            }
        }
        h2 id="minutes" { (ctx.t("council-minutes")) }
        @for m in &v.minutes {
            div.card {
                @if m.corrects_id.is_some() { p.badge.warn { (ctx.t("council-correction")) } }
                p { (m.text_ar) }
                @if let Some(fr) = &m.text_fr { p lang="fr" dir="ltr" { (fr) } }
                p.muted {
                    (ctx.t("council-signed-president")) ": " (m.president_signed_at.map(|t| format_datetime(crate::state::i18n(), ctx.lang, t)).unwrap_or_else(|| "—".into()))
                    " · " (ctx.t("council-signed-secretary")) ": " (m.secretary_signed_at.map(|t| format_datetime(crate::state::i18n(), ctx.lang, t)).unwrap_or_else(|| "—".into()))
                }
                @for (who, done) in [("president", m.president_signed_at.is_some()), ("secretary", m.secretary_signed_at.is_some())] {
                    @if !done {
                        form.inline method="post" action={ (base) "/minutes/" (m.id) "/sign" } {
                            (csrf(ctx))
                            input type="hidden" name="who" value=(who);
                            button type="submit" { (ctx.t(&format!("council-sign-{who}"))) }
                        } " "
                    }
                }
                @if m.is_signed() {
                    details { summary { (ctx.t("council-correct")) }
                        form.stack method="post" action={ (base) "/minutes/" (m.id) "/correct" } {
                            (csrf(ctx))
                            (form::field(ctx, errors, "text_ar", "council-field-text-ar", html! { textarea id="text_ar" name="text_ar" rows="6" { (m.text_ar) } }))
                            (form::field(ctx, errors, "text_fr", "council-field-text-fr", html! { textarea id="text_fr" name="text_fr" rows="6" { (m.text_fr.clone().unwrap_or_default()) } }))
                            div { button type="submit" { (ctx.t("council-correct")) } }
                        }
                    }
                }
            }
        }
        @if v.minutes.is_empty() || draft.is_some() {
            form.stack method="post" action={ (base) "/sessions/" (s.id) "/minutes" } novalidate {
                (csrf(ctx))
                (form::field(ctx, errors, "text_ar", "council-field-text-ar", html! { textarea id="text_ar" name="text_ar" rows="8" { (draft.map(|d| d.text_ar.clone()).unwrap_or_default()) } }))
                (form::field(ctx, errors, "text_fr", "council-field-text-fr", html! { textarea id="text_fr" name="text_fr" rows="8" { (draft.and_then(|d| d.text_fr.clone()).unwrap_or_default()) } }))
                div { button type="submit" { (ctx.t("council-minutes-save")) } }
            }
        }
    };
    shell_with(ctx, commune, "/council", (done, errors), content)
}

pub fn sitting_page(
    ctx: &Ctx,
    commune: &Commune,
    v: &SittingView,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let base = format!("/{}/admin/council", commune.slug);
    let st = &v.sitting;
    let presences = ["present", "absent", "excused"];
    let content = html! {
        (law_errors(ctx, errors))
        p { a href={ (base) "/sessions/" (v.session.id) } { (session_title(ctx, &v.session)) } }
        h2 { (format_datetime(crate::state::i18n(), ctx.lang, st.starts_at)) " · " (ctx.t(&format!("council-convocation-{}", st.convocation))) }
        @if let Some(r) = &st.closed_reasons { p.flash.warn { (ctx.t("council-sitting-closed")) ": " (r) } }
        @if let (Some(q), Some(p), Some(n)) = (&st.quorum_decision, st.members_present, st.members_in_office) {
            p class=(if st.may_deliberate() { "flash ok" } else { "flash error" }) role="status" {
                (ctx.t(&format!("council-quorum-{q}"))) " — "
                (ctx.ta("council-quorum-detail", &[("present", p.into()), ("in_office", n.into()), ("required", (rules::absolute_majority(n as u32)).into())]))
            }
        }
        h3 { (ctx.t("council-attendance")) }
        form method="post" action={ (base) "/sittings/" (st.id) "/attendance" } {
            (csrf(ctx))
            table {
                thead { tr { th { (ctx.t("col-name")) } @for p in presences { th { (ctx.t(&format!("council-presence-{p}"))) } } } }
                tbody {
                    @for m in &v.members {
                        @let current = v.attendance.get(&m.id).map(String::as_str).unwrap_or("present");
                        tr {
                            td { bdi { (m.name(ctx.lang)) } }
                            @for p in presences {
                                td { label { input type="radio" name={ "member_" (m.id) } value=(p) checked[current == p]; span.skip { (ctx.t(&format!("council-presence-{p}"))) } } }
                            }
                        }
                    }
                }
            }
            p { button type="submit" { (ctx.t("council-attendance-save")) } }
        }
        @if st.may_deliberate() {
            h3 { (ctx.t("council-agenda")) }
            ul.plain {
                @for it in v.items.iter().filter(|i| matches!(i.status, ItemStatus::OnAgenda | ItemStatus::Decided)) {
                    li { a.button.secondary href={ (base) "/sittings/" (st.id) "/items/" (it.id) } { (it.number) ". " (it.title(ctx.lang)) } " " (ctx.t(&format!("council-item-{}", it.status.key()))) }
                }
            }
        }
    };
    shell_with(ctx, commune, "/council", (done, errors), content)
}

/// One item per screen: each present member with large for / against / abstain choices,
/// or the counts only. The outcome is computed, never typed.
pub fn vote_page(
    ctx: &Ctx,
    commune: &Commune,
    v: &SittingView,
    item: &ItemRow,
    votes: &[VoteRow],
    errors: &FieldErrors,
) -> Markup {
    let base = format!("/{}/admin/council", commune.slug);
    let st = &v.sitting;
    let present: Vec<_> = v
        .members
        .iter()
        .filter(|m| v.attendance.get(&m.id).map(String::as_str) == Some("present"))
        .collect();
    let choices = ["in_favour", "against", "abstain"];
    let idx = v.items.iter().position(|i| i.id == item.id).unwrap_or(0);
    let next = v
        .items
        .iter()
        .skip(idx + 1)
        .find(|i| i.status == ItemStatus::OnAgenda);
    shell(
        ctx,
        commune,
        "/council",
        html! {
            (form::summary(ctx, errors))
            (law_errors(ctx, errors))
            p { a href={ (base) "/sittings/" (st.id) } { "← " (format_datetime(crate::state::i18n(), ctx.lang, st.starts_at)) } }
            h2 { (item.number) ". " (item.title(ctx.lang)) }
            p.muted { (ctx.t(&format!("council-matter-{}", item.matter))) }
            @for vote in votes {
                div.card {
                    p { strong { (ctx.t(&format!("council-decision-{}", vote.decision))) } " — " (ctx.t(&format!("council-reason-{}", vote.reason))) }
                    p { (ctx.ta("council-vote-counts", &[("in_favour", vote.in_favour.into()), ("against", vote.against.into()), ("abstain", vote.abstain.into())])) }
                }
            }
            @if item.status == ItemStatus::OnAgenda {
                form method="post" action={ (base) "/sittings/" (st.id) "/items/" (item.id) "/vote" } {
                    (csrf(ctx))
                    input type="hidden" name="mode" value="members";
                    @if votes.iter().any(|v| v.decision == "second_sitting_required") { input type="hidden" name="ballot" value="second_sitting"; }
                    @for m in &present {
                        fieldset.card {
                            legend { bdi { (m.name(ctx.lang)) } }
                            @for c in choices {
                                label style="display:inline-block;margin-inline-end:1rem;min-height:44px" {
                                    input type="radio" name={ "vote_" (m.id) } value=(c);
                                    " " (ctx.t(&format!("council-vote-{c}")))
                                }
                            }
                        }
                    }
                    p { button type="submit" { (ctx.t("council-vote-record")) } }
                }
                details {
                    summary { (ctx.t("council-vote-by-counts")) }
                    form.stack method="post" action={ (base) "/sittings/" (st.id) "/items/" (item.id) "/vote" } novalidate {
                        (csrf(ctx))
                        input type="hidden" name="mode" value="counts";
                        @if votes.iter().any(|v| v.decision == "second_sitting_required") { input type="hidden" name="ballot" value="second_sitting"; }
                        @for c in choices {
                            (form::input(ctx, errors, Input { name: c, label: &format!("council-vote-{c}"), value: "0", kind: "number", required: true }))
                        }
                        (form::select(ctx, errors, "president_vote", "council-field-president-vote", &[(String::new(), ctx.t("field-none")), ("in_favour".into(), ctx.t("council-vote-in_favour")), ("against".into(), ctx.t("council-vote-against")), ("abstain".into(), ctx.t("council-vote-abstain"))], ""))
                        div { button type="submit" { (ctx.t("council-vote-record")) } }
                    }
                }
            }
            @if let Some(n) = next { p { a.button href={ (base) "/sittings/" (st.id) "/items/" (n.id) } { (ctx.t("council-next-item")) " →" } } }
        },
    )
}

/// A decided item with its votes and its deliberations (the page that writes them).
pub struct ItemRecords {
    pub item: ItemRow,
    pub votes: Vec<VoteRow>,
    pub deliberations: Vec<DeliberationRow>,
}

pub fn deliberation_page(
    ctx: &Ctx,
    commune: &Commune,
    records: &ItemRecords,
    texts: &Texts,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let (item, votes, delibs) = (&records.item, &records.votes, &records.deliberations);
    let base = format!("/{}/admin/council", commune.slug);
    let draft = delibs.iter().find(|d| d.signed_at.is_none());
    let ar = if texts.ar.is_empty() {
        draft.map(|d| d.text_ar.clone()).unwrap_or_default()
    } else {
        texts.ar.clone()
    };
    let fr = if texts.fr.is_empty() {
        draft.and_then(|d| d.text_fr.clone()).unwrap_or_default()
    } else {
        texts.fr.clone()
    };
    let content = html! {
        (law_errors(ctx, errors))
        p { a href={ (base) "/sessions/" (item.session_id) } { "← " (ctx.t("council-agenda")) } }
        h2 { (item.number) ". " (item.title(ctx.lang)) }
        @if let Some(vote) = votes.last() {
            p { strong { (ctx.t(&format!("council-decision-{}", vote.decision))) } " — "
                (ctx.ta("council-vote-counts", &[("in_favour", vote.in_favour.into()), ("against", vote.against.into()), ("abstain", vote.abstain.into())])) }
        }
        @for d in delibs.iter().filter(|d| d.signed_at.is_some()) {
            div.card {
                p { strong { (ctx.ta("council-deliberation-number", &[("number", d.number().into())])) } " " span.badge.ok { (ctx.t("council-signed")) }
                    @if d.corrects_id.is_some() { " " span.badge.warn { (ctx.t("council-correction")) } } }
                p { (d.text_ar) }
                details { summary { (ctx.t("council-correct")) }
                    form.stack method="post" action={ (base) "/deliberations/" (d.id) "/correct" } {
                        (csrf(ctx))
                        (form::field(ctx, errors, "text_ar", "council-field-text-ar", html! { textarea id="text_ar" name="text_ar" rows="6" { (d.text_ar) } }))
                        (form::field(ctx, errors, "text_fr", "council-field-text-fr", html! { textarea id="text_fr" name="text_fr" rows="6" { (d.text_fr.clone().unwrap_or_default()) } }))
                        div { button type="submit" { (ctx.t("council-correct")) } }
                    }
                }
            }
        }
        @if let Some(d) = draft {
            p { strong { (ctx.ta("council-deliberation-number", &[("number", d.number().into())])) } " " span.badge.warn { (ctx.t("council-draft")) } }
        }
        // Art. 47: once an office has signed, the text cannot change under its signature.
        @if draft.is_some_and(|d| d.president_signed_at.is_none() && d.secretary_signed_at.is_none()) || delibs.is_empty() {
            form.stack method="post" action={ (base) "/items/" (item.id) "/deliberation" } novalidate {
                (csrf(ctx))
                (form::field(ctx, errors, "text_ar", "council-field-text-ar", html! { textarea id="text_ar" name="text_ar" rows="8" { (ar) } }))
                (form::field(ctx, errors, "text_fr", "council-field-text-fr", html! { textarea id="text_fr" name="text_fr" rows="8" { (fr) } }))
                div { button type="submit" { (ctx.t("admin-save")) } }
            }
        }
        @if let Some(d) = draft {
            // Art. 47: the president's and the secretary's (or deputy's) signatures, each
            // recorded on its own.
            p.muted {
                (ctx.t("council-signed-president")) ": " (d.president_signed_at.map(|t| format_datetime(crate::state::i18n(), ctx.lang, t)).unwrap_or_else(|| "—".into()))
                " · " (ctx.t("council-signed-secretary")) ": " (d.secretary_signed_at.map(|t| format_datetime(crate::state::i18n(), ctx.lang, t)).unwrap_or_else(|| "—".into()))
            }
            @for (who, done) in [("president", d.president_signed_at.is_some()), ("secretary", d.secretary_signed_at.is_some()), ("deputy_secretary", d.secretary_signed_at.is_some())] {
                @if !done {
                    form.inline method="post" action={ (base) "/deliberations/" (d.id) "/sign" } {
                        (csrf(ctx))
                        input type="hidden" name="who" value=(who);
                        button type="submit" { (ctx.t(&format!("council-sign-as-{who}"))) }
                    }
                }
            }
        }
    };
    shell_with(ctx, commune, "/council", (done, errors), content)
}
