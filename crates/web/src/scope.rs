//! Who is asking, in which commune, with which right: checked once per request by an
//! extractor, so a handler that takes a `CommuneScope<Secretariat>` cannot run for anyone
//! else. Public pages take a `Site` (the commune from the path, no right needed).

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::state::AppState;
use crate::views::form::FieldErrors;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use musharaka_communes::model::Commune;
use musharaka_core::{Error, ErrorKind};
use musharaka_db::AnyConnection;
use musharaka_identity::{Permissions, Role};
use std::marker::PhantomData;

/// A right a route needs in the commune named by its `{slug}`.
pub trait Need: 'static {
    fn allows(user: &Permissions, commune_id: i64) -> bool;
}

macro_rules! need {
    ($(#[$doc:meta])* $name:ident, |$user:ident, $commune:ident| $allows:expr) => {
        $(#[$doc])*
        pub struct $name;
        impl Need for $name {
            fn allows($user: &Permissions, $commune: i64) -> bool {
                $allows
            }
        }
    };
}

need!(
    /// Any role in the commune: opens its back office.
    AnyRole, |u, c| u.has_any(c)
);
need!(
    /// The participation focal point (commune admin).
    Admin, |u, c| u.can_administer(c)
);
need!(
    /// The council secretariat.
    Secretariat, |u, c| u.has(c, Role::Secretariat)
);
need!(
    /// The council bureau, or the commune admin acting for it.
    Bureau, |u, c| u.has(c, Role::Bureau) || u.can_administer(c)
);
need!(
    /// A consultative body's secretary (per body checks stay in the service).
    BodySecretary, |u, c| u.has(c, Role::BodySecretary) || u.can_administer(c)
);
need!(
    /// An evaluator of co-creation concept notes.
    Evaluator, |u, c| u.has(c, Role::Evaluator) || u.can_administer(c)
);
need!(
    /// A reviewer of participatory-budget proposals.
    Reviewer, |u, c| u.has(c, Role::Reviewer) || u.can_administer(c)
);

/// A back-office request: the commune from the path, the signed-in user, the right `N`.
pub struct CommuneScope<N: Need> {
    pub state: web::Data<AppState>,
    pub ctx: Ctx,
    pub commune: Commune,
    pub user: Permissions,
    need: PhantomData<N>,
}

/// A public request in one commune's site.
pub struct Site {
    pub state: web::Data<AppState>,
    pub ctx: Ctx,
    pub commune: Commune,
}

fn slug_of(req: &HttpRequest) -> Result<String, Error> {
    req.match_info()
        .get("slug")
        .map(str::to_string)
        .ok_or_else(|| Error::internal("route without {slug}"))
}

fn state_of(req: &HttpRequest) -> Result<web::Data<AppState>, Error> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| Error::internal("state missing"))
}

/// What both extractors find.
struct Found<U> {
    state: web::Data<AppState>,
    ctx: Ctx,
    checked: U,
    commune: Commune,
}

/// The request's `Ctx`, then `first` checked on it (before the commune is looked up, so a
/// visitor who is not signed in is sent to log in even for an unknown commune), then the
/// commune of its `{slug}`.
fn ctx_and_commune<U: 'static>(
    req: &HttpRequest,
    payload: &mut Payload,
    first: fn(&Ctx) -> Result<U, PageError>,
) -> LocalBoxFuture<'static, Result<Found<U>, PageError>> {
    let req = req.clone();
    let ctx = Ctx::from_request(&req, payload);
    Box::pin(async move {
        let ctx = ctx.await?;
        let checked = first(&ctx)?;
        let state = state_of(&req)?;
        let commune = crate::cache::commune(&state, &slug_of(&req)?).await?;
        Ok(Found {
            state,
            ctx,
            checked,
            commune,
        })
    })
}

impl FromRequest for Site {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let found = ctx_and_commune(req, payload, |_| Ok(()));
        Box::pin(async move {
            let Found {
                state,
                ctx,
                commune,
                ..
            } = found.await?;
            Ok(Site {
                state,
                ctx,
                commune,
            })
        })
    }
}

impl<N: Need> FromRequest for CommuneScope<N> {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let found = ctx_and_commune(req, payload, |ctx| Ok(ctx.require_user()?.clone()));
        Box::pin(async move {
            let Found {
                state,
                ctx,
                checked: user,
                commune,
            } = found.await?;
            if !N::allows(&user, commune.id) {
                return Err(ErrorKind::Forbidden.into());
            }
            Ok(CommuneScope {
                state,
                ctx,
                commune,
                user,
                need: PhantomData,
            })
        })
    }
}

impl<N: Need> CommuneScope<N> {
    /// Runs `work` on the blocking pool (`routes::db`) as the signed-in user in this
    /// commune (its id).
    pub async fn db<T, F>(&self, work: F) -> Result<T, PageError>
    where
        T: Send + 'static,
        F: Fn(&mut AnyConnection, &Permissions, i64) -> Result<T, Error> + Send + 'static,
    {
        let (user, cid) = (self.user.clone(), self.commune.id);
        crate::routes::db(&self.state, move |c| work(c, &user, cid)).await
    }

    /// `db` for a posted form: its field errors split out (`routes::marked`).
    pub async fn submit<T, F>(&self, work: F) -> Result<Result<T, FieldErrors>, PageError>
    where
        T: Send + 'static,
        F: Fn(&mut AnyConnection, &Permissions, i64) -> Result<T, Error> + Send + 'static,
    {
        crate::routes::marked(self.db(work).await)
    }

    /// `submit` for a form checked first (`routes::checked`): the fields the check marked,
    /// or the service's outcome on what it returned.
    pub async fn submit_checked<V: Send + 'static, T: Send + 'static>(
        &self,
        check: Result<V, FieldErrors>,
        work: impl Fn(&mut AnyConnection, &Permissions, i64, &V) -> Result<T, Error> + Send + 'static,
    ) -> Result<Result<T, FieldErrors>, PageError> {
        let (user, cid) = (self.user.clone(), self.commune.id);
        crate::routes::submit_checked(&self.state, check, move |c, v| work(c, &user, cid, v)).await
    }
}

impl Site {
    /// This commune's public page `page` (`what`: the record or choice it shows), rendered
    /// once for every visitor who is not signed in while nothing changes
    /// (`cache::rendered`).
    pub async fn rendered<F, Fut>(
        &self,
        page: &'static str,
        what: String,
        build: F,
    ) -> Result<actix_web::HttpResponse, PageError>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<maud::Markup, PageError>>,
    {
        let key = (self.commune.id, page, what);
        crate::cache::rendered(&self.state, &self.ctx, key, build).await
    }

    /// `cache::kept_page` in this commune.
    pub async fn kept_page<T, L, R>(
        &self,
        page: &'static str,
        what: String,
        load: L,
        render: R,
    ) -> Result<actix_web::HttpResponse, PageError>
    where
        T: Send + Sync + 'static,
        L: Fn(&mut AnyConnection) -> Result<T, Error> + Send + 'static,
        R: FnOnce(&T) -> maud::Markup,
    {
        let key = (self.commune.id, page, what);
        crate::cache::kept_page(&self.state, &self.ctx, key, load, render).await
    }

    /// This commune's feeds as the request reads them: the language it asks for (a feed
    /// reader has no account), the site's address without its last slash.
    pub fn feed(&self, req: &HttpRequest) -> crate::views::xml::Feed<'_> {
        crate::views::xml::Feed {
            lang: crate::ctx::request_lang(req, None),
            commune: &self.commune,
            base: self.state.config.base_url.trim_end_matches('/'),
        }
    }

    /// `CommuneScope::db` for a page of the site that needs a signed-in visitor (401
    /// otherwise); what they may do is the service's to check.
    pub async fn db<T: Send + 'static>(
        &self,
        work: impl Fn(&mut AnyConnection, &Permissions, i64) -> Result<T, Error> + Send + 'static,
    ) -> Result<T, PageError> {
        self.db_in(move |c, user, commune| work(c, user, commune.id))
            .await
    }

    /// `db_in` for a step that may queue mail: its field errors split out
    /// (`routes::marked`), the mail worker woken once it is done.
    pub async fn mailing_in<T: Send + 'static>(
        &self,
        work: impl Fn(&mut AnyConnection, &Permissions, &Commune) -> Result<T, Error> + Send + 'static,
    ) -> Result<Result<T, FieldErrors>, PageError> {
        let done = crate::routes::marked(self.db_in(work).await)?;
        if done.is_ok() {
            self.state.mail_queued();
        }
        Ok(done)
    }

    /// `db` with the whole commune (for a service that writes its name in a receipt or a
    /// mail).
    pub async fn db_in<T: Send + 'static>(
        &self,
        work: impl Fn(&mut AnyConnection, &Permissions, &Commune) -> Result<T, Error> + Send + 'static,
    ) -> Result<T, PageError> {
        let (user, commune) = (self.ctx.require_user()?.clone(), self.commune.clone());
        crate::routes::db(&self.state, move |c| work(c, &user, &commune)).await
    }
}

/// The `{id}` of a route (`/…/{id}/…`); an id that is not a number is invalid input, as
/// with `web::Path`.
pub struct Id<T = i64>(pub T);

/// `Id<ItemId>` reads a typed id (`musharaka_core::Id`), a bare `Id` a plain number.
impl<T: std::str::FromStr + 'static> FromRequest for Id<T> {
    type Error = PageError;
    type Future = std::future::Ready<Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            req.match_info()
                .get("id")
                .and_then(|raw| raw.parse().ok())
                .map(Id)
                .ok_or_else(|| ErrorKind::InvalidInput.into()),
        )
    }
}

/// The `{id}` of a route that has one (`/…/{id}`, an update), `None` on the same handler's
/// route without (`/…`, a create): one handler for both.
pub struct MaybeId(pub Option<i64>);

impl FromRequest for MaybeId {
    type Error = PageError;
    type Future = std::future::Ready<Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(match req.match_info().get("id") {
            None => Ok(MaybeId(None)),
            Some(raw) => raw
                .parse()
                .map(|id| MaybeId(Some(id)))
                .map_err(|_| ErrorKind::InvalidInput.into()),
        })
    }
}
