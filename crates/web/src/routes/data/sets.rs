//! The open datasets: for each, its stable code, its columns and how its rows are read
//! through the owning domain crate's public query functions (no table here).

use crate::views::data::export::{col, Column, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::page::Page;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// One dataset of the open-data catalogue.
pub struct Dataset {
    /// Stable code: the file name (`petitions.csv`) and the JSON `dataset`.
    pub code: &'static str,
    /// Fluent id of its title; `<title>-about` describes it.
    pub title: &'static str,
    pub columns: &'static [Column],
    pub load: fn(&mut AnyConnection, &Commune) -> Result<Table>,
}

/// Every dataset, in the order of the `/data` page.
pub const DATASETS: [Dataset; 10] = [
    Dataset {
        code: "petitions",
        title: "data-set-petitions",
        columns: &PETITIONS,
        load: petitions,
    },
    Dataset {
        code: "council-sessions",
        title: "data-set-council-sessions",
        columns: &SESSIONS,
        load: sessions,
    },
    Dataset {
        code: "council-deliberations",
        title: "data-set-council-deliberations",
        columns: &DELIBERATIONS,
        load: deliberations,
    },
    Dataset {
        code: "council-votes",
        title: "data-set-council-votes",
        columns: &VOTES,
        load: votes,
    },
    Dataset {
        code: "bodies",
        title: "data-set-bodies",
        columns: &BODIES,
        load: bodies,
    },
    Dataset {
        code: "body-opinions",
        title: "data-set-body-opinions",
        columns: &OPINIONS,
        load: opinions,
    },
    Dataset {
        code: "body-meetings",
        title: "data-set-body-meetings",
        columns: &MEETINGS,
        load: meetings,
    },
    Dataset {
        code: "budget-projects",
        title: "data-set-budget-projects",
        columns: &PROJECTS,
        load: projects,
    },
    Dataset {
        code: "commitments",
        title: "data-set-commitments",
        columns: &COMMITMENTS,
        load: commitments,
    },
    Dataset {
        code: "indicators",
        title: "data-set-indicators",
        columns: &INDICATORS,
        load: indicators,
    },
];

pub fn find(code: &str) -> Option<&'static Dataset> {
    DATASETS.iter().find(|d| d.code == code)
}

static PETITIONS: [Column; 15] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Code("pet-kind-")),
    col("status", "data-col-status", Kind::Code("pet-status-")),
    col("subject", "data-col-subject", Kind::Text),
    col("requested_item", "data-col-requested-item", Kind::Text),
    col(
        "signatures_online",
        "data-col-signatures-online",
        Kind::Integer,
    ),
    col(
        "signatures_paper",
        "data-col-signatures-paper",
        Kind::Integer,
    ),
    col(
        "signatures_total",
        "data-col-signatures-total",
        Kind::Integer,
    ),
    col("threshold", "data-col-threshold", Kind::Integer),
    col("receipt_number", "data-col-receipt-number", Kind::Text),
    col("deposited_at", "data-col-deposited-at", Kind::DateTime),
    col("review_deadline", "data-col-review-deadline", Kind::Date),
    col("deliberation_id", "data-col-deliberation-id", Kind::Integer),
    col("created_at", "data-col-created-at", Kind::DateTime),
];

fn petitions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = musharaka_petitions::service::list_with_counts(
        conn,
        commune.id,
        &musharaka_petitions::store::ListFilter::default(),
        Page::default(),
        1_000_000,
    )?;
    let mut t = Table::new(&PETITIONS);
    for (p, n) in rows.rows {
        t.push(
            vec![
                commune.slug.as_str().into(),
                p.id.into(),
                p.kind.into(),
                p.status.into(),
                p.subject.into(),
                p.requested_item.into(),
                n.online.into(),
                n.paper.into(),
                n.total().into(),
                p.threshold.into(),
                p.receipt_number.into(),
                p.deposited_at.into(),
                p.review_deadline.into(),
                p.deliberation_id.into(),
                p.created_at.into(),
            ],
            Some(p.updated_at),
        );
    }
    Ok(t)
}

static SESSIONS: [Column; 8] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col(
        "classification",
        "data-col-classification",
        Kind::Code("data-session-"),
    ),
    col("start_date", "data-col-start-date", Kind::Date),
    col("end_date", "data-col-end-date", Kind::Date),
    col("status", "data-col-status", Kind::Code("cp-status-")),
    col("location", "data-col-location", Kind::Text),
    col("ical", "data-col-ical", Kind::Text),
];

fn sessions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = musharaka_councils::service::public::all_sessions(conn, commune.id)?;
    let mut t = Table::new(&SESSIONS);
    for s in rows {
        let last = s.last_day();
        t.push(
            vec![
                commune.slug.as_str().into(),
                s.id.into(),
                s.kind.clone().into(),
                s.starts_on.into(),
                last.into(),
                s.status.clone().into(),
                s.place.clone().into(),
                format!("/{}/council/sessions.ics", commune.slug).into(),
            ],
            Some(s.updated_at),
        );
    }
    Ok(t)
}

static DELIBERATIONS: [Column; 13] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("number", "data-col-number", Kind::Text),
    col("date", "data-col-date", Kind::Date),
    col("outcome", "data-col-outcome", Kind::Code("cp-outcome-")),
    col("signed", "data-col-signed", Kind::Boolean),
    col("title_ar", "data-col-title-ar", Kind::Text),
    col("title_fr", "data-col-title-fr", Kind::Text),
    col("session_id", "data-col-session-id", Kind::Integer),
    col("item_id", "data-col-item-id", Kind::Integer),
    col("committee_id", "data-col-committee-id", Kind::Integer),
    col("corrects_id", "data-col-corrects-id", Kind::Integer),
    col("signed_at", "data-col-signed-at", Kind::DateTime),
];

fn deliberations(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let filter = musharaka_councils::store::RegisterFilter::default();
    let mut t = Table::new(&DELIBERATIONS);
    let mut page = Page::default();
    loop {
        let paged =
            musharaka_councils::service::public::register_rows(conn, commune.id, &filter, page)?;
        for (d, i) in paged.rows {
            let changed = d.signed_at.unwrap_or(d.created_at);
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    d.id.into(),
                    d.number().into(),
                    d.decided_on.into(),
                    d.outcome.into(),
                    d.signed_at.is_some().into(),
                    i.title_ar.into(),
                    i.title_fr.into(),
                    i.session_id.into(),
                    i.id.into(),
                    i.committee_id.into(),
                    d.corrects_id.into(),
                    d.signed_at.into(),
                ],
                Some(changed),
            );
        }
        if !paged.has_next {
            return Ok(t);
        }
        page = page.next();
    }
}

static VOTES: [Column; 14] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("session_id", "data-col-session-id", Kind::Integer),
    col("item_id", "data-col-item-id", Kind::Integer),
    col("item_title_fr", "data-col-title-fr", Kind::Text),
    col("sitting_id", "data-col-sitting-id", Kind::Integer),
    col("ballot", "data-col-ballot", Kind::Code("cp-ballot-")),
    col("yes", "data-col-yes", Kind::Integer),
    col("no", "data-col-no", Kind::Integer),
    col("abstain", "data-col-abstain", Kind::Integer),
    col("members_present", "data-col-members-present", Kind::Integer),
    col(
        "members_in_office",
        "data-col-members-in-office",
        Kind::Integer,
    ),
    col("decision", "data-col-decision", Kind::Code("cp-outcome-")),
    col("recorded_at", "data-col-recorded-at", Kind::DateTime),
];

fn votes(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let sessions = musharaka_councils::service::public::all_sessions(conn, commune.id)?;
    let mut t = Table::new(&VOTES);
    for s in sessions {
        let detail = musharaka_councils::service::public::session(conn, commune.clone(), s.id)?;
        for it in detail.items {
            for v in it.votes {
                t.push(
                    vec![
                        commune.slug.as_str().into(),
                        v.id.into(),
                        s.id.into(),
                        it.item.id.into(),
                        it.item.title_fr.as_str().into(),
                        v.sitting_id.into(),
                        v.ballot.into(),
                        v.in_favour.into(),
                        v.against.into(),
                        v.abstain.into(),
                        v.members_present.into(),
                        v.members_in_office.into(),
                        v.decision.into(),
                        v.created_at.into(),
                    ],
                    Some(v.created_at),
                );
            }
        }
    }
    Ok(t)
}

static BODIES: [Column; 7] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Code("bod-kind-")),
    col("name_ar", "data-col-name-ar", Kind::Text),
    col("name_fr", "data-col-name-fr", Kind::Text),
    col("status", "data-col-status", Kind::Text),
    col("created_at", "data-col-created-at", Kind::DateTime),
];

fn bodies(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let list = musharaka_bodies::service::public_list(conn, commune.id, today)?;
    let mut t = Table::new(&BODIES);
    for s in list {
        let b = s.body;
        t.push(
            vec![
                commune.slug.as_str().into(),
                b.id.into(),
                b.kind.into(),
                b.name_ar.into(),
                b.name_fr.into(),
                b.status.into(),
                b.created_at.into(),
            ],
            Some(b.created_at),
        );
    }
    Ok(t)
}

/// Every body's public page (meetings: public ones only).
fn body_pages(
    conn: &mut AnyConnection,
    commune: &Commune,
) -> Result<Vec<musharaka_bodies::service::BodyPage>> {
    let today = musharaka_core::time::today();
    let list = musharaka_bodies::service::public_list(conn, commune.id, today)?;
    list.into_iter()
        .map(|s| musharaka_bodies::service::public_body(conn, commune.id, s.body.id, today))
        .collect()
}

static OPINIONS: [Column; 13] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("body_id", "data-col-body-id", Kind::Integer),
    col(
        "status",
        "data-col-status",
        Kind::Code("bod-opinion-status-"),
    ),
    col("title", "data-col-title", Kind::Text),
    col("requested_on", "data-col-requested-on", Kind::Date),
    col("deadline", "data-col-deadline", Kind::Date),
    col("adopted_on", "data-col-adopted-on", Kind::Date),
    col("votes_for", "data-col-yes", Kind::Integer),
    col("votes_against", "data-col-no", Kind::Integer),
    col("votes_abstaining", "data-col-abstain", Kind::Integer),
    col("transmitted_on", "data-col-transmitted-on", Kind::Date),
    col("session_id", "data-col-session-id", Kind::Integer),
];

fn opinions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&OPINIONS);
    for page in body_pages(conn, commune)? {
        for o in page.opinions.into_iter().filter(|o| o.status != "draft") {
            let changed = o
                .transmitted_on
                .or(o.adopted_on)
                .or(o.requested_on)
                .and_then(|d| d.and_hms_opt(0, 0, 0));
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    o.id.into(),
                    o.body_id.into(),
                    o.status.into(),
                    o.title.into(),
                    o.requested_on.into(),
                    o.deadline.into(),
                    o.adopted_on.into(),
                    o.votes_for.into(),
                    o.votes_against.into(),
                    o.votes_abstaining.into(),
                    o.transmitted_on.into(),
                    o.session_id.into(),
                ],
                changed,
            );
        }
    }
    Ok(t)
}

static MEETINGS: [Column; 6] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("body_id", "data-col-body-id", Kind::Integer),
    col("held_on", "data-col-date", Kind::Date),
    col("location", "data-col-location", Kind::Text),
    col("agenda", "data-col-agenda", Kind::Text),
];

/// A body's public meetings, with the body's names, for the table and the iCal feed.
pub struct Meeting {
    pub meeting: musharaka_bodies::records::MeetingRow,
    pub body_name_ar: String,
    pub body_name_fr: String,
}

pub fn public_meetings(conn: &mut AnyConnection, commune: &Commune) -> Result<Vec<Meeting>> {
    let mut out = Vec::new();
    for page in body_pages(conn, commune)? {
        let b = &page.summary.body;
        for m in page.meetings.into_iter().filter(|m| m.is_public) {
            out.push(Meeting {
                meeting: m,
                body_name_ar: b.name_ar.clone(),
                body_name_fr: b.name_fr.clone(),
            });
        }
    }
    Ok(out)
}

fn meetings(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&MEETINGS);
    for m in public_meetings(conn, commune)? {
        let m = m.meeting;
        t.push(
            vec![
                commune.slug.as_str().into(),
                m.id.into(),
                m.body_id.into(),
                m.held_on.into(),
                m.place.into(),
                m.agenda.into(),
            ],
            Some(m.created_at),
        );
    }
    Ok(t)
}

static PROJECTS: [Column; 13] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("cycle_id", "data-col-cycle-id", Kind::Integer),
    col("year", "data-col-year", Kind::Integer),
    col("district_id", "data-col-district-id", Kind::Integer),
    col("title", "data-col-title", Kind::Text),
    col("status", "data-col-status", Kind::Code("pb-status-")),
    col(
        "estimated_cost_mad",
        "data-col-estimated-cost",
        Kind::Amount,
    ),
    col("official_cost_mad", "data-col-official-cost", Kind::Amount),
    col("votes", "data-col-votes", Kind::Integer),
    col("selected_rank", "data-col-selected-rank", Kind::Integer),
    col("progress", "data-col-progress", Kind::Integer),
    col("spent_mad", "data-col-spent", Kind::Amount),
];

/// Every cycle's proposals; votes only from the results phase on (as the cycle's page).
fn projects(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    use musharaka_budgets::model::Phase;
    use musharaka_budgets::store;
    use musharaka_core::Money;
    let now = musharaka_core::time::now();
    let mut t = Table::new(&PROJECTS);
    for cycle in store::cycles(conn, commune.id)? {
        let show_votes = cycle.phase(now) >= Phase::Results;
        let tallies = store::tallies(conn, commune.id, cycle.id)?;
        for p in store::all_proposals(conn, commune.id, cycle.id)? {
            let votes = show_votes.then(|| {
                i64::try_from(tallies.get(&p.id).copied().unwrap_or(0)).unwrap_or(i64::MAX)
            });
            let changed = p.reviewed_at.unwrap_or(p.created_at);
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    p.id.into(),
                    cycle.id.into(),
                    cycle.year.into(),
                    p.district_id.into(),
                    p.title.into(),
                    p.status.into(),
                    Money::from_centimes(p.estimated_cents).plain().into(),
                    p.official_cents
                        .map(|c| Money::from_centimes(c).plain())
                        .into(),
                    votes.into(),
                    p.selected_rank.into(),
                    p.progress.into(),
                    Money::from_centimes(p.spent_cents).plain().into(),
                ],
                Some(changed),
            );
        }
    }
    Ok(t)
}

/// Every adopted plan's commitments, with actions, indicators and progress.
fn plan_commitments(
    conn: &mut AnyConnection,
    commune: &Commune,
) -> Result<Vec<musharaka_programme::service::CommitmentView>> {
    let mut out = Vec::new();
    for s in musharaka_programme::service::plans_overview(conn, commune.id, true)? {
        let page = musharaka_programme::service::plan_page(conn, commune.id, s.plan.id, true)?;
        out.extend(page.commitments);
    }
    Ok(out)
}

static COMMITMENTS: [Column; 10] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("plan_id", "data-col-plan-id", Kind::Integer),
    col("number", "data-col-number", Kind::Integer),
    col("title_ar", "data-col-title-ar", Kind::Text),
    col("title_fr", "data-col-title-fr", Kind::Text),
    col("lead_service", "data-col-lead-service", Kind::Text),
    col("budget_mad", "data-col-budget", Kind::Amount),
    col("status", "data-col-status", Kind::Code("prog-status-")),
    col("progress", "data-col-progress", Kind::Integer),
];

fn commitments(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&COMMITMENTS);
    for c in plan_commitments(conn, commune)? {
        let r = c.row;
        t.push(
            vec![
                commune.slug.as_str().into(),
                r.id.into(),
                r.plan_id.into(),
                r.number.into(),
                r.title_ar.into(),
                r.title_fr.into(),
                r.lead_service.into(),
                r.budget_cents
                    .map(|c| musharaka_core::Money::from_centimes(c).plain())
                    .into(),
                r.status.into(),
                i64::from(c.progress).into(),
            ],
            Some(r.updated_at),
        );
    }
    Ok(t)
}

static INDICATORS: [Column; 11] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("commitment_id", "data-col-commitment-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Text),
    col("name", "data-col-name", Kind::Text),
    col("unit", "data-col-unit", Kind::Text),
    col("baseline", "data-col-baseline", Kind::Integer),
    col("target", "data-col-target", Kind::Integer),
    col("latest_value", "data-col-latest-value", Kind::Integer),
    col("measured_on", "data-col-measured-on", Kind::Date),
    col("progress", "data-col-progress", Kind::Integer),
];

fn indicators(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&INDICATORS);
    for c in plan_commitments(conn, commune)? {
        for i in c.indicators {
            let latest = i.latest().cloned();
            let changed = latest.as_ref().map_or(i.row.created_at, |v| v.created_at);
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    i.row.id.into(),
                    i.row.commitment_id.into(),
                    i.row.kind.clone().into(),
                    i.row.name.clone().into(),
                    i.row.unit.clone().into(),
                    i.row.baseline.into(),
                    i.row.target.into(),
                    latest.as_ref().map(|v| v.value).into(),
                    latest.as_ref().map(|v| v.measured_on).into(),
                    i.progress.map(i64::from).into(),
                ],
                Some(changed),
            );
        }
    }
    Ok(t)
}
