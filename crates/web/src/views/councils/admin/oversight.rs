//! What the council is held to outside its agenda, shown on the secretariat's dashboard
//! and the public council pages: members' requests for an extraordinary session (art. 36),
//! the governor's objections (art. 41), the council's decisions on items its committee did
//! not study (art. 28) and written questions (art. 46).

use super::*;

/// The governor's objection to an item and where it stands (art. 41), in words.
pub fn objection_line(ctx: &Ctx, o: &ObjectionRow) -> Markup {
    use musharaka_councils::rules::CourtRuling;
    let state = match (o.in_court, o.ruling()) {
        (_, Some(CourtRuling::Upheld)) => "council-objection-upheld",
        (_, Some(CourtRuling::Dismissed)) => "council-objection-dismissed",
        (true, None) => "council-objection-in-court",
        (false, None) => "council-objection-not-referred",
    };
    html! {
        div.flash.warn {
            (ctx.ta("council-objection-line", &[("date", date(ctx, o.received_on).into())])) " "
            bdi dir="auto" { (o.reasons) } " — " (ctx.t(state))
        }
    }
}

/// Art. 28: the council's decision without debate on an item its committee did not study, in
/// one sentence (the secretariat's and the public pages).
pub fn study_decision_line(ctx: &Ctx, d: &StudyDecisionRow) -> Markup {
    let args = [
        ("date", date(ctx, d.decided_on).into()),
        ("in_favour", d.in_favour.into()),
        ("against", d.against.into()),
        ("abstain", d.abstain.into()),
    ];
    html! { p.muted { (ctx.ta(&format!("council-study-{}", d.decision), &args)) } }
}

/// Art. 28: the form recording the council's decision without debate on an item referred to
/// a committee that has not reported (fields named per item: the page lists several).
pub fn study_decision_form(ctx: &Ctx, base: &str, it: &ItemRow, errors: &FieldErrors) -> Markup {
    let id = it.id;
    let control = |name: &str, label: &str, kind: &str, value: &str| {
        let input = Input {
            name,
            label,
            value,
            kind,
            required: true,
        };
        let field_id = match name {
            "decided_on" => format!("decided_on-{id}"),
            count => format!("study_{count}-{id}"),
        };
        form::row_input(ctx, errors, &field_id, input)
    };
    html! {
        details {
            summary { (ctx.t("council-study-decide")) }
            p.muted { (ctx.t("council-study-intro")) }
            form.stack method="post" action={ (base) "/items/" (id) "/study-decision" } novalidate {
                (csrf(ctx))
                (control("decided_on", "council-field-study-date", "date", ""))
                (control("in_favour", "council-vote-in_favour", "number", "0"))
                (control("against", "council-vote-against", "number", "0"))
                (control("abstain", "council-vote-abstain", "number", "0"))
                div { button.secondary type="submit" { (ctx.t("admin-save")) } }
            }
        }
    }
}

/// The standing of a members' request for an extraordinary session (art. 36), in words.
pub fn request_standing(ctx: &Ctx, r: &SessionRequestRow, today: chrono::NaiveDate) -> Markup {
    use musharaka_councils::rules::RequestStanding as S;
    html! {
        @match r.standing(today) {
            S::AwaitingAnswer { refuse_by } => span { (ctx.ta("council-request-awaiting", &[("date", date(ctx, refuse_by).into())])) },
            S::Refused => span.badge.warn { (ctx.ta("council-request-refused", &[("date", r.refused_on.map(|d| date(ctx, d)).unwrap_or_default().into())])) },
            S::MustConvene { meet_by: Some(by), overdue } => span class=(if overdue { "badge error" } else { "badge warn" }) {
                (ctx.ta(if overdue { "council-request-overdue" } else { "council-request-must-meet" }, &[("date", date(ctx, by).into())]))
            },
            S::MustConvene { meet_by: None, .. } => span.badge.warn { (ctx.t("council-request-must-convene")) },
            S::Convened => span.badge.ok { (ctx.t("council-request-convened")) },
        }
    }
}

/// Art. 36: the members' requests for an extraordinary session, the form to record one and,
/// on each unanswered request, the president's reasoned refusal.
pub(super) fn requests_section(
    ctx: &Ctx,
    base: &str,
    requests: &[SessionRequestRow],
    errors: &FieldErrors,
    today: chrono::NaiveDate,
) -> Markup {
    use musharaka_councils::rules::RequestStanding as S;
    html! {
        h2 id="requests" { (ctx.t("council-requests")) }
        p.muted { (ctx.t("council-requests-lead")) }
        @if !requests.is_empty() {
            table {
                (head_row(ctx, &["council-field-requested-on", "council-field-requesting-members", "council-field-points", "col-status"]))
                tbody {
                    @for r in requests {
                        tr {
                            td { (date(ctx, r.requested_on)) }
                            td { (r.requesting_members) " / " (r.members_in_office) }
                            td dir="auto" { (r.points) }
                            td {
                                (request_standing(ctx, r, today))
                                @if let Some(reasons) = &r.refusal_reasons { div.muted dir="auto" { (reasons) } }
                                @let field = format!("reasons-{}", r.id);
                                @if !matches!(r.standing(today), S::AwaitingAnswer { .. }) {
                                    @for (_, m) in errors.iter().filter(|(f, _)| *f == field) { p.error role="alert" { (ctx.t(m)) } }
                                }
                                @if matches!(r.standing(today), S::AwaitingAnswer { .. }) {
                                    form.stack method="post" action={ (base) "/requests/" (r.id) "/refuse" } {
                                        (csrf(ctx))
                                        (form::row_input(ctx, errors, &field, Input { name: "reasons", label: "council-field-refusal-reasons", value: "", kind: "text", required: true }))
                                        div { button.danger type="submit" { (ctx.t("council-request-refuse")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        details open[errors.iter().any(|(f, _)| ["requested_on", "requesting_members", "points"].contains(&f.as_str()))] {
            summary { (ctx.t("council-request-new")) }
            form.stack method="post" action={ (base) "/requests" } {
                (csrf(ctx))
                (form::date(ctx, errors, "requested_on", "council-field-requested-on", "", true))
                (form::text(ctx, errors, "requesting_members", "council-field-requesting-members", "", true))
                (form::text(ctx, errors, "points", "council-field-points", "", true))
                div { button type="submit" { (ctx.t("admin-save")) } }
            }
        }
    }
}

/// Art. 46: the members' written questions, the session each goes to, the answers; the form
/// to record a question and, on each unanswered one, the president's answer.
pub fn questions_section(
    ctx: &Ctx,
    base: Option<&str>,
    (questions, members, sessions): (&[QuestionRow], &[(i64, String)], &[SessionRow]),
    errors: &FieldErrors,
) -> Markup {
    let member = |id: i64| {
        members
            .iter()
            .find(|(m, _)| *m == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let session = |id: Option<i64>| {
        id.and_then(|id| sessions.iter().find(|s| s.id == id))
            .map_or_else(
                || ctx.t("council-question-next-session"),
                |s| session_title(ctx, s),
            )
    };
    let options: Vec<(String, String)> = members
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    html! {
        h2 id="questions" { (ctx.t("council-questions")) }
        @if base.is_some() { p.muted { (ctx.t("council-questions-lead")) } }
        @if !questions.is_empty() {
            table {
                (head_row(ctx, &["council-field-question-received", "council-field-question-member", "council-field-question", "council-field-session", "council-field-answer"]))
                tbody {
                    @for q in questions {
                        tr {
                            td { (date(ctx, q.received_on)) }
                            td { (member(q.member_id)) }
                            td dir="auto" { (q.question) }
                            td { (session(q.session_id)) }
                            td {
                                @if let (Some(a), Some(on)) = (&q.answer, q.answered_on) { div dir="auto" { (a) } div.muted { (date(ctx, on)) } }
                                @else if let Some(base) = base {
                                    @let field = format!("answer-{}", q.id);
                                    form.stack method="post" action={ (base) "/questions/" (q.id) "/answer" } {
                                        (csrf(ctx))
                                        (form::row_input(ctx, errors, &field, Input { name: "answer", label: "council-field-answer", value: "", kind: "text", required: true }))
                                        (form::row_input(ctx, errors, &format!("answered_on-{}", q.id), Input { name: "answered_on", label: "council-field-answered-on", value: "", kind: "date", required: true }))
                                        div { button.secondary type="submit" { (ctx.t("admin-save")) } }
                                    }
                                } @else { span.muted { (ctx.t("council-question-unanswered")) } }
                            }
                        }
                    }
                }
            }
        }
        @if let Some(base) = base {
            details open[errors.iter().any(|(f, _)| ["member", "question", "question_received_on"].contains(&f.as_str()))] {
                summary { (ctx.t("council-question-new")) }
                form.stack method="post" action={ (base) "/questions" } {
                    (csrf(ctx))
                    (form::select(ctx, errors, "member", "council-field-question-member", &options, ""))
                    (form::date(ctx, errors, "question_received_on", "council-field-question-received", "", true))
                    (form::text(ctx, errors, "question", "council-field-question", "", true))
                    div { button type="submit" { (ctx.t("admin-save")) } }
                }
            }
        }
    }
}
