//! Agenda items: adding, refusal (art. 40), postponement, committee reports, documents.

use super::*;

pub(super) async fn item_add(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ItemForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let ItemChoices {
        matter,
        source,
        committee,
        requesters,
    } = match form.parse() {
        Ok(parsed) => parsed,
        Err(errors) => return session_errors(&state, &ctx, &commune, id, &errors).await,
    };
    let (cid, today) = (commune.id, state.clock.today());
    on_session_page(
        &state,
        (&ctx, &commune),
        (id, "#agenda"),
        |_| None,
        move |c| {
            if let Some(k) = committee {
                communes_store::committee(c, cid, k).map_err(|_| {
                    Error::field(ErrorKind::InvalidInput, "committee", "field-choice")
                })?;
            }
            let item = NewItem {
                title_ar: &form.title_ar,
                title_fr: &form.title_fr,
                summary: &form.summary,
                committee_id: committee,
                matter,
                source,
                source_ref: None,
            };
            service::add_item(c, &user, cid, id, &item, requesters, today)
        },
    )
    .await
}

pub(super) async fn item_refuse(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReasonsForm>,
) -> Result<HttpResponse, PageError> {
    item_settle(state, s, path.into_inner().1, form.reasons, false).await
}

pub(super) async fn item_postpone(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReasonsForm>,
) -> Result<HttpResponse, PageError> {
    item_settle(state, s, path.into_inner().1, form.reasons, true).await
}

/// Refuses (art. 40) or postpones an item; both need reasons.
pub(super) async fn item_settle(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    id: i64,
    reasons: String,
    postpone: bool,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let cid = commune.id;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    // A refusal the law forbids (art. 40) is shown on the item, not on a reason.
    let rename = |kind| match kind {
        ErrorKind::Conflict => Some(format!("requesters-{id}")),
        _ => Some(format!("reasons-{id}")),
    };
    let page = (item.session_id, "#agenda");
    let today = state.clock.today();
    on_session_page(&state, (&ctx, &commune), page, rename, move |c| {
        if postpone {
            service::postpone_item(c, &user, cid, id, &reasons, today).map(|_| ())
        } else {
            service::refuse_item(c, &user, cid, id, &reasons, today)
        }
    })
    .await
}

/// The competent committee's report on an item (art. 28).
pub(super) async fn item_report(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let cid = commune.id;
    let committee = form.committee()?;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let rename = |_| Some(format!("report-{id}"));
    let page = (item.session_id, "#agenda");
    on_session_page(&state, (&ctx, &commune), page, rename, move |c| {
        service::set_committee_report(c, &user, cid, id, committee, &form.report)
    })
    .await
}

/// Art. 28: the council's decision without debate on an item its committee did not study.
pub(super) async fn item_study_decision(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<StudyDecisionForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (cid, today) = (commune.id, state.clock.today());
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let decided = match form.parse(id) {
        Ok(decided) => decided,
        Err(errors) => {
            return session_errors(&state, &ctx, &commune, item.session_id, &errors).await
        }
    };
    let page = (item.session_id, "#agenda");
    on_session_page(
        &state,
        (&ctx, &commune),
        page,
        |_| None,
        move |c| {
            service::decide_unstudied_item(c, &user, cid, id, decided, today).map_err(|e| {
                let fields = e
                    .fields
                    .iter()
                    .map(|(f, m)| (study_field(f, id), m.clone()))
                    .collect();
                musharaka_core::Error { fields, ..e }
            })
        },
    )
    .await
}

/// The session page's name of a field the art. 28 decision marks: its inputs carry the
/// item's id; the law's refusals stay on the page's flash.
fn study_field(field: &str, item: i64) -> String {
    match field {
        "in_favour" => format!("study_in_favour-{item}"),
        "decided_on" => format!("decided_on-{item}"),
        law => law.to_string(),
    }
}

/// A PDF document for an item (public, like the agenda).
pub(super) async fn item_document(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let form = crate::uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let cid = commune.id;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let file = form.files.into_iter().find(|f| f.field == "document");
    let checked = match file {
        None => Err("field-required"),
        Some(file) => crate::uploads::check_kind(&file, &[crate::uploads::FileKind::Pdf])
            .map(|kind| (file, kind))
            .map_err(|_| "error-upload_type"),
    };
    let (file, kind) = match checked {
        Ok(found) => found,
        Err(message) => {
            let errors = vec![(format!("document-{id}"), message.to_string())];
            return session_errors(&state, &ctx, &commune, item.session_id, &errors).await;
        }
    };
    let config = state.config.clone();
    db(&state, move |c| {
        let upload = crate::uploads::store_public(c, &config, (&file, kind), user.account.id, cid)?;
        service::attach_document(c, &user, cid, id, upload)
    })
    .await?;
    Ok(session_done(&commune, item.session_id, "#agenda"))
}

/// Art. 41: the governor's objection to an item, as received by the president.
pub(super) async fn item_objection(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ObjectionForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (cid, today) = (commune.id, state.clock.today());
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let mut errors = FieldErrors::new();
    let received_on = parse_date(
        &form.received_on,
        &format!("received_on-{id}"),
        true,
        &mut errors,
    );
    let Some(received_on) = received_on else {
        return session_errors(&state, &ctx, &commune, item.session_id, &errors).await;
    };
    let in_court = form.in_court.is_some();
    let rename = |_| Some(format!("objection_reasons-{id}"));
    on_session_page(
        &state,
        (&ctx, &commune),
        (item.session_id, "#agenda"),
        rename,
        move |c| {
            service::record_objection(
                c,
                &user,
                cid,
                id,
                (received_on, &form.objection_reasons, in_court),
                today,
            )
        },
    )
    .await
}

/// Art. 41: the administrative court's ruling on an objection referred to it.
pub(super) async fn item_ruling(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<RulingForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let cid = commune.id;
    let ruling: musharaka_councils::rules::CourtRuling =
        parse(form.ruling.trim()).ok_or(Error::new(ErrorKind::InvalidInput))?;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let rename = |_| Some(format!("ruling-{id}"));
    on_session_page(
        &state,
        (&ctx, &commune),
        (item.session_id, "#agenda"),
        rename,
        move |c| service::record_court_ruling(c, &user, cid, id, ruling),
    )
    .await
}
