//! The rules of a consultation as pure functions: its dates (law 113.14 art. 119: the
//! consultation mechanisms the council sets up; art. 78: the action programme is prepared
//! by a participatory method, so its consultation must be open long enough to take part),
//! the questionnaire's checks (a ranking is a permutation), and the aggregates of
//! participation with the small-group rule (law 09.08 art. 3: data "adequate, relevant
//! and not excessive" — a respondent's declared facts leave the commune only as counts of
//! at least [`SMALL_GROUP`] people).

use crate::model::{Answer, Phase, QuestionKind, Status};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Groups smaller than this are never shown separately (law 09.08 art. 3).
pub const SMALL_GROUP: i64 = 5;

/// The shortest consultation (art. 119 as the platform's default rule: a week to read and
/// answer a draft), in days from opening to closing, both included.
pub const MIN_DAYS_OPEN: i64 = 7;

/// The key of the bucket small groups are merged into.
pub const OTHER: &str = "other";

/// Why the dates of a consultation are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatesError {
    ClosesBeforeOpening,
    TooShort,
}

/// Art. 119 (with the platform's [`MIN_DAYS_OPEN`]): closing comes after opening, and the
/// consultation lasts at least a week.
pub fn check_dates(opens: NaiveDate, closes: NaiveDate) -> Result<(), DatesError> {
    if closes < opens {
        return Err(DatesError::ClosesBeforeOpening);
    }
    if (closes - opens).num_days() + 1 < MIN_DAYS_OPEN {
        return Err(DatesError::TooShort);
    }
    Ok(())
}

/// Art. 119: where a consultation stands on `today`. It takes contributions from its
/// opening day to its closing day included; after that it waits for its synthesis.
pub fn phase(status: Status, opens: NaiveDate, closes: NaiveDate, today: NaiveDate) -> Phase {
    if status == Status::Draft {
        Phase::Draft
    } else if status.is_answered() {
        Phase::Answered
    } else if today < opens {
        Phase::Upcoming
    } else if today <= closes {
        Phase::Open
    } else {
        Phase::Closed
    }
}

/// Why a contribution is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotOpen {
    NotYet,
    Closed,
}

/// Art. 119: a comment, a support or an online answer is taken only while the
/// consultation is open (opening and closing days included).
pub fn accepts_contributions(
    status: Status,
    opens: NaiveDate,
    closes: NaiveDate,
    today: NaiveDate,
) -> Result<(), NotOpen> {
    match phase(status, opens, closes, today) {
        Phase::Open => Ok(()),
        Phase::Draft | Phase::Upcoming => Err(NotOpen::NotYet),
        Phase::Closed | Phase::Answered => Err(NotOpen::Closed),
    }
}

/// Paper questionnaires collected in the room may be entered by staff until the synthesis
/// is published (they were filled in on time; typing them takes a few days).
pub fn accepts_paper(status: Status, opens: NaiveDate, today: NaiveDate) -> bool {
    status == Status::Published && today >= opens
}

/// The synthesis is written after closing only (art. 78: the answer weighs every
/// contribution, so none may arrive after it).
pub fn may_answer(status: Status, closes: NaiveDate, today: NaiveDate) -> bool {
    status == Status::Published && today > closes
}

/// The options of a choice or ranking question, one per line as `arabic | french` (a line
/// without `|` is the same in both).
pub fn parse_options(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once('|') {
            Some((ar, fr)) => (ar.trim().to_string(), fr.trim().to_string()),
            None => (l.to_string(), l.to_string()),
        })
        .collect()
}

/// Whether a question of `kind` needs options (at least two).
pub fn needs_options(kind: QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking
    )
}

/// Why a ranking is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RankingError {
    /// Some options have a rank, others not.
    Incomplete,
    /// A rank outside 1..=n.
    OutOfRange,
    /// Two options share a rank.
    Repeated,
}

/// A ranking of `n` options sent as one rank per option (a `select` each, so it works
/// without JavaScript): either no rank at all (`Ok(None)`, unanswered) or a permutation of
/// 1..=n, returned as option indices in order of preference.
pub fn check_ranking(ranks: &[Option<u32>]) -> Result<Option<Vec<usize>>, RankingError> {
    let n = ranks.len();
    if ranks.iter().all(Option::is_none) {
        return Ok(None);
    }
    if ranks.iter().any(Option::is_none) {
        return Err(RankingError::Incomplete);
    }
    let mut order = vec![None; n];
    for (option, rank) in ranks.iter().enumerate() {
        let r = rank.unwrap_or(0) as usize;
        if r == 0 || r > n {
            return Err(RankingError::OutOfRange);
        }
        if order[r - 1].is_some() {
            return Err(RankingError::Repeated);
        }
        order[r - 1] = Some(option);
    }
    Ok(Some(order.into_iter().flatten().collect()))
}

/// A count shown in a public table: the number, or "fewer than [`SMALL_GROUP`]".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub key: String,
    /// `None` when the group is smaller than [`SMALL_GROUP`] (shown as "< 5").
    pub count: Option<i64>,
}

/// The small-group rule (law 09.08 art. 3): groups under [`SMALL_GROUP`] are not shown
/// separately but merged into [`OTHER`]; if that bucket is itself small and there are other
/// groups, the smallest shown group joins it (so no small group can be found back by
/// subtracting from the total); a bucket that stays small is shown as "< 5". Empty groups
/// are left out. Order: the given order, [`OTHER`] last.
pub fn small_groups(groups: &[(String, i64)]) -> Vec<Cell> {
    let mut shown: Vec<(String, i64)> = Vec::new();
    let mut other = 0;
    let mut merged = 0;
    for (key, n) in groups.iter().filter(|(_, n)| *n > 0) {
        if *n < SMALL_GROUP || key == OTHER {
            other += n;
            merged += 1;
        } else {
            shown.push((key.clone(), *n));
        }
    }
    if merged > 0 && other < SMALL_GROUP && !shown.is_empty() {
        if let Some(i) = (0..shown.len()).min_by_key(|i| shown[*i].1) {
            other += shown.remove(i).1;
        }
    }
    let mut cells: Vec<Cell> = shown
        .into_iter()
        .map(|(key, n)| Cell {
            key,
            count: Some(n),
        })
        .collect();
    if merged > 0 {
        cells.push(Cell {
            key: OTHER.to_string(),
            count: (other >= SMALL_GROUP).then_some(other),
        });
    }
    cells
}

/// A total shown publicly: itself if at least [`SMALL_GROUP`], otherwise hidden.
pub fn small_total(n: i64) -> Option<i64> {
    (n >= SMALL_GROUP || n == 0).then_some(n)
}

/// What each response of the questionnaire said, without who said it: the inputs of the
/// participation figures.
#[derive(Debug, Clone, Default)]
pub struct ResponseFacts {
    pub paper: bool,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub district: Option<String>,
    pub association_member: Option<bool>,
}

/// A workshop's attendance: (category, women, men), and its district if it was one.
#[derive(Debug, Clone, Default)]
pub struct WorkshopFacts {
    pub district: Option<String>,
    pub attendance: Vec<(String, i64, i64)>,
}

/// Everything counted for a consultation's participation figures.
#[derive(Debug, Clone, Default)]
pub struct ParticipationInput {
    /// Distinct authors of visible and hidden comments, by author kind.
    pub commenters: Vec<(String, i64)>,
    pub responses: Vec<ResponseFacts>,
    pub workshops: Vec<WorkshopFacts>,
}

/// The participation figures of one consultation, every dimension already through the
/// small-group rule: what public pages, JSON and CSV show.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Figures {
    pub total: i64,
    pub by_channel: Vec<Cell>,
    pub by_category: Vec<Cell>,
    pub by_gender: Vec<Cell>,
    pub by_age_band: Vec<Cell>,
    pub by_district: Vec<Cell>,
}

fn add(map: &mut BTreeMap<String, i64>, key: &str, n: i64) {
    *map.entry(key.to_string()).or_insert(0) += n;
}

fn ordered(map: BTreeMap<String, i64>, order: &[&str]) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = order
        .iter()
        .filter_map(|k| map.get(*k).map(|n| (k.to_string(), *n)))
        .collect();
    out.extend(
        map.into_iter()
            .filter(|(k, _)| !order.contains(&k.as_str())),
    );
    out
}

/// Art. 78 (participation shown) under law 09.08 art. 3 (only in aggregate): people by
/// channel (comments, online and paper questionnaires, workshops), by category, gender,
/// age band and district. Declared facts that were not given are not counted in their
/// dimension (no "unknown" group that would narrow the others down).
pub fn participation(input: &ParticipationInput) -> Figures {
    let mut channel = BTreeMap::new();
    let mut category = BTreeMap::new();
    let mut gender = BTreeMap::new();
    let mut age = BTreeMap::new();
    let mut district = BTreeMap::new();
    for (kind, n) in &input.commenters {
        add(&mut channel, "comments", *n);
        add(&mut category, kind, *n);
    }
    for r in &input.responses {
        add(
            &mut channel,
            if r.paper {
                "questionnaire_paper"
            } else {
                "questionnaire_online"
            },
            1,
        );
        match r.association_member {
            Some(true) => add(&mut category, "association", 1),
            Some(false) => add(&mut category, "citizen", 1),
            None => {}
        }
        if let Some(g) = &r.gender {
            add(&mut gender, g, 1);
        }
        if let Some(a) = &r.age_band {
            add(&mut age, a, 1);
        }
        if let Some(d) = &r.district {
            add(&mut district, d, 1);
        }
    }
    for w in &input.workshops {
        for (cat, women, men) in &w.attendance {
            add(&mut channel, "workshops", women + men);
            add(&mut category, cat, women + men);
            add(&mut gender, "female", *women);
            add(&mut gender, "male", *men);
            if let Some(d) = &w.district {
                add(&mut district, d, women + men);
            }
        }
    }
    let total = channel.values().sum();
    let channels = [
        "comments",
        "questionnaire_online",
        "questionnaire_paper",
        "workshops",
    ];
    let ages: Vec<&str> = crate::model::AgeBand::ALL.iter().map(|a| a.key()).collect();
    Figures {
        total,
        by_channel: small_groups(&ordered(channel, &channels)),
        by_category: small_groups(&ordered(category, &[])),
        by_gender: small_groups(&ordered(gender, &["female", "male"])),
        by_age_band: small_groups(&ordered(age, &ages)),
        by_district: small_groups(&ordered(district, &[])),
    }
}

/// The sum of several consultations' figures (the national page): totals by channel are
/// added before the small-group rule is applied again.
pub fn national_sum(inputs: &[ParticipationInput]) -> Figures {
    let mut all = ParticipationInput::default();
    for i in inputs {
        all.commenters.extend(i.commenters.iter().cloned());
        all.responses.extend(i.responses.iter().cloned());
        all.workshops.extend(i.workshops.iter().cloned());
    }
    participation(&all)
}

/// The aggregate of one question's answers (open data: no respondent facts in it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionTally {
    /// Answers given to this question.
    pub answered: i64,
    /// Per option: how many chose it (choice questions) or its score (ranking: an option
    /// ranked first of n gets n points, last gets 1 — the Borda count).
    pub per_option: Vec<i64>,
}

/// Tallies `answers` to a question of `kind` with `options` options.
pub fn tally(kind: QuestionKind, options: usize, answers: &[&Answer]) -> QuestionTally {
    let mut per_option = vec![0i64; options];
    let mut answered = 0;
    for a in answers {
        match (kind, a) {
            (QuestionKind::Single, Answer::Choice(i)) => {
                if let Some(c) = per_option.get_mut(*i) {
                    *c += 1;
                    answered += 1;
                }
            }
            (QuestionKind::Multiple, Answer::Choices(list)) => {
                answered += 1;
                for i in list {
                    if let Some(c) = per_option.get_mut(*i) {
                        *c += 1;
                    }
                }
            }
            (QuestionKind::Ranking, Answer::Ranking(order)) => {
                answered += 1;
                let n = order.len() as i64;
                for (rank, i) in order.iter().enumerate() {
                    if let Some(c) = per_option.get_mut(*i) {
                        *c += n - rank as i64;
                    }
                }
            }
            (QuestionKind::ShortText | QuestionKind::LongText, Answer::Text(t))
                if !t.trim().is_empty() =>
            {
                answered += 1;
            }
            _ => {}
        }
    }
    QuestionTally {
        answered,
        per_option,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, day).expect("date")
    }

    fn g(list: &[(&str, i64)]) -> Vec<(String, i64)> {
        list.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    }

    fn shown(cells: &[Cell]) -> Vec<(&str, Option<i64>)> {
        cells.iter().map(|c| (c.key.as_str(), c.count)).collect()
    }

    #[test]
    fn art_119_open_from_opening_to_closing_day_included() {
        let (o, c) = (d(11, 10), d(12, 19));
        let s = Status::Published;
        assert_eq!(
            accepts_contributions(s, o, c, d(11, 9)),
            Err(NotOpen::NotYet)
        );
        assert_eq!(accepts_contributions(s, o, c, d(11, 10)), Ok(()));
        assert_eq!(accepts_contributions(s, o, c, d(12, 19)), Ok(()));
        assert_eq!(
            accepts_contributions(s, o, c, d(12, 20)),
            Err(NotOpen::Closed)
        );
        assert_eq!(
            accepts_contributions(Status::Draft, o, c, d(11, 20)),
            Err(NotOpen::NotYet)
        );
        assert_eq!(
            accepts_contributions(Status::Synthesised, o, c, d(11, 20)),
            Err(NotOpen::Closed)
        );
        assert_eq!(phase(s, o, c, d(12, 20)), Phase::Closed);
    }

    #[test]
    fn art_119_dates_closing_after_opening_and_a_week_at_least() {
        assert_eq!(
            check_dates(d(11, 10), d(11, 9)),
            Err(DatesError::ClosesBeforeOpening)
        );
        assert_eq!(check_dates(d(11, 10), d(11, 15)), Err(DatesError::TooShort));
        assert_eq!(check_dates(d(11, 10), d(11, 16)), Ok(()));
    }

    #[test]
    fn art_78_the_answer_comes_after_closing_and_paper_until_then() {
        let (o, c) = (d(11, 10), d(12, 19));
        assert!(!may_answer(Status::Published, c, d(12, 19)));
        assert!(may_answer(Status::Published, c, d(12, 20)));
        assert!(!may_answer(Status::Synthesised, c, d(12, 21)));
        assert!(accepts_paper(Status::Published, o, d(12, 22)));
        assert!(!accepts_paper(Status::Synthesised, o, d(12, 22)));
        assert!(!accepts_paper(Status::Published, o, d(11, 1)));
    }

    #[test]
    fn a_ranking_is_a_permutation() {
        assert_eq!(
            check_ranking(&[Some(2), Some(1), Some(3)]),
            Ok(Some(vec![1, 0, 2]))
        );
        assert_eq!(check_ranking(&[None, None]), Ok(None));
        assert_eq!(
            check_ranking(&[Some(1), None]),
            Err(RankingError::Incomplete)
        );
        assert_eq!(
            check_ranking(&[Some(1), Some(1)]),
            Err(RankingError::Repeated)
        );
        assert_eq!(
            check_ranking(&[Some(1), Some(3)]),
            Err(RankingError::OutOfRange)
        );
        assert_eq!(
            check_ranking(&[Some(0), Some(1)]),
            Err(RankingError::OutOfRange)
        );
    }

    #[test]
    fn options_are_arabic_pipe_french_lines() {
        assert_eq!(
            parse_options("النقل | Transport\n\n  Eau \n"),
            vec![
                ("النقل".to_string(), "Transport".to_string()),
                ("Eau".to_string(), "Eau".to_string())
            ]
        );
    }

    #[test]
    fn law_09_08_small_groups_are_merged_not_shown() {
        // Two small groups merge into "other" (3 + 4 = 7, shown).
        assert_eq!(
            shown(&small_groups(&g(&[("a", 10), ("b", 3), ("c", 4)]))),
            vec![("a", Some(10)), ("other", Some(7))]
        );
        // One small group alone: the smallest shown group joins it.
        assert_eq!(
            shown(&small_groups(&g(&[("a", 10), ("b", 6), ("c", 2)]))),
            vec![("a", Some(10)), ("other", Some(8))]
        );
        // Nothing large enough: only "< 5".
        assert_eq!(
            shown(&small_groups(&g(&[("a", 2), ("b", 1)]))),
            vec![("other", None)]
        );
        // Exactly five is shown; empty groups are left out.
        assert_eq!(
            shown(&small_groups(&g(&[("a", 5), ("b", 0)]))),
            vec![("a", Some(5))]
        );
        assert_eq!(small_total(3), None);
        assert_eq!(small_total(0), Some(0));
        assert_eq!(small_total(5), Some(5));
    }

    #[test]
    fn law_09_08_participation_counts_every_channel_and_hides_small_groups() {
        let mut responses = Vec::new();
        for i in 0..12 {
            responses.push(ResponseFacts {
                paper: i >= 10,
                age_band: Some(if i < 9 { "25_34" } else { "65_plus" }.to_string()),
                gender: Some(if i % 2 == 0 { "female" } else { "male" }.to_string()),
                district: (i < 6).then(|| "Centre".to_string()),
                association_member: Some(i < 3),
            });
        }
        let input = ParticipationInput {
            commenters: g(&[("citizen", 6), ("association", 2)]),
            responses,
            workshops: vec![WorkshopFacts {
                district: None,
                attendance: vec![("association".into(), 20, 18), ("academic".into(), 1, 2)],
            }],
        };
        let f = participation(&input);
        assert_eq!(f.total, 8 + 12 + 41);
        assert_eq!(
            shown(&f.by_channel),
            // 2 paper answers: merged with the smallest channel shown (8 comments).
            vec![
                ("questionnaire_online", Some(10)),
                ("workshops", Some(41)),
                ("other", Some(10)),
            ]
        );
        // 65+ has 3 people: merged with the smallest shown band, never alone.
        assert_eq!(shown(&f.by_age_band), vec![("other", Some(12))]);
        assert_eq!(
            shown(&f.by_gender),
            vec![("female", Some(27)), ("male", Some(26))]
        );
        assert_eq!(shown(&f.by_district), vec![("Centre", Some(6))]);
        let national = national_sum(&[input.clone(), input]);
        assert_eq!(national.total, 2 * f.total);
    }

    #[test]
    fn tallies_count_choices_and_borda_scores() {
        let a = [
            Answer::Ranking(vec![2, 0, 1]),
            Answer::Ranking(vec![2, 1, 0]),
        ];
        let refs: Vec<&Answer> = a.iter().collect();
        let t = tally(QuestionKind::Ranking, 3, &refs);
        assert_eq!(t.answered, 2);
        assert_eq!(t.per_option, vec![3, 3, 6]);
        let c = [Answer::Choices(vec![0, 1]), Answer::Choices(vec![1])];
        let refs: Vec<&Answer> = c.iter().collect();
        let t = tally(QuestionKind::Multiple, 2, &refs);
        assert_eq!(t.per_option, vec![1, 2]);
        let s = [Answer::Choice(5)];
        let refs: Vec<&Answer> = s.iter().collect();
        assert_eq!(tally(QuestionKind::Single, 2, &refs).answered, 0);
    }
}
