//! Deliberations (art. 47) and minutes: texts, signatures, corrections.

use super::*;

pub(super) async fn minutes_save(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Reply {
    on_session_page(
        &s,
        (id, "#minutes"),
        |_| None,
        move |c, user, cid, _| {
            service::save_minutes(c, user, cid, id, &form.text_ar, Some(&form.text_fr))
        },
    )
    .await
}

/// The office a signature is given in; `deputy` where the text allows the deputy secretary.
fn signatory(who: &str, deputy: bool) -> Result<Signatory, PageError> {
    match who {
        "president" => Ok(Signatory::President),
        "secretary" => Ok(Signatory::Secretary),
        "deputy_secretary" if deputy => Ok(Signatory::DeputySecretary),
        _ => Err(ErrorKind::InvalidInput.into()),
    }
}

pub(super) async fn minutes_sign(s: Desk, Id(id): Id, CsrfForm(form): CsrfForm<SignForm>) -> Reply {
    let who = signatory(&form.who, false)?;
    let m = s
        .db(move |c, user, cid| service::sign_minutes(c, user, cid, id, who))
        .await?;
    Ok(session_done(&s.commune, m.session_id, "#minutes"))
}

pub(super) async fn minutes_correct(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Reply {
    let original = s
        .db(move |c, _, cid| Ok(store::minutes_by_id(c, cid, id)?))
        .await?;
    on_session_page(
        &s,
        (original.session_id, "#minutes"),
        |_| None,
        move |c, user, cid, _| {
            service::correct_minutes(c, user, cid, id, &form.text_ar, Some(&form.text_fr))
        },
    )
    .await
}

/// An item's deliberation page: its votes, its deliberations and the texts form (re-shown,
/// 422, when `errors` are given).
async fn deliberation_form(
    s: &Desk,
    item_id: ItemId,
    form: TextsForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let records = s
        .db(move |c, _, cid| {
            Ok(v::ItemRecords {
                item: store::item(c, cid, item_id)?,
                votes: store::votes_of(c, cid, item_id)?,
                deliberations: store::deliberations_of_item(c, cid, item_id)?,
            })
        })
        .await?;
    let form = form.into();
    let page = v::deliberation_page(&s.ctx, &s.commune, &records, &form, errors, done);
    Ok(html(page, !errors.is_empty()))
}

pub(super) async fn deliberation_page(
    s: Desk,
    Id(id): Id<ItemId>,
    q: web::Query<DoneQuery>,
) -> Reply {
    let done = q.done.as_deref();
    deliberation_form(&s, id, TextsForm::default(), &vec![], done).await
}

pub(super) async fn deliberation_save(
    s: Desk,
    Id(item_id): Id<ItemId>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Reply {
    let (ar, fr) = (form.text_ar.clone(), form.text_fr.clone());
    match on_desk(&s, move |c, user, cid, today| {
        service::save_deliberation_on(c, user, cid, item_id, (&ar, Some(&fr)), today)
    })
    .await?
    {
        Ok(_) => {
            // A petition's item learns the decision through the `deliberation.decided`
            // event, written in the deliberation's transaction.
            s.state.mail_queued();
            Ok(deliberation_done(&s.commune, item_id))
        }
        Err((_, fields)) => deliberation_form(&s, item_id, form, &fields, None).await,
    }
}

/// 303 back to an item's deliberation page, saying it was saved.
fn deliberation_done(commune: &Commune, item_id: ItemId) -> HttpResponse {
    see_other(&format!(
        "{}/items/{item_id}/deliberation?done=admin-saved",
        base(commune)
    ))
}

/// Art. 47: one office signs the decision (`who`: president, secretary or deputy
/// secretary); a refusal (already signed, no member in that office) re-shows the page.
pub(super) async fn deliberation_sign(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Reply {
    let who = signatory(&form.who, true)?;
    let item_id = s
        .db(move |c, _, cid| Ok(store::deliberation(c, cid, id)?.item_id))
        .await?;
    match on_desk(&s, move |c, user, cid, _| {
        service::sign_deliberation_as(c, user, cid, id, who)
    })
    .await?
    {
        Ok(_) => Ok(deliberation_done(&s.commune, item_id)),
        Err((_, fields)) => {
            let form = TextsForm::default();
            let mut res = deliberation_form(&s, item_id, form, &fields, None).await?;
            *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            Ok(res)
        }
    }
}

pub(super) async fn deliberation_correct(
    s: Desk,
    Id(id): Id,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Reply {
    let d = s
        .db(move |c, user, cid| {
            service::correct_deliberation(c, user, cid, id, &form.text_ar, Some(&form.text_fr))
        })
        .await?;
    Ok(deliberation_done(&s.commune, d.item_id))
}
