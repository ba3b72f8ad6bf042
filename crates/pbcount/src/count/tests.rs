//! Hand-made profiles for every rule, and a naive per-voter reference implementation of
//! pabutools' MES / add1 loops cross-checked on random small profiles (this is what validates
//! the window skipping of `add1`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::needless_range_loop)]

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;

use super::*;
use crate::count::number::{format_decimal, parse_decimal};

fn instance(budget: &str, projects: &[(&str, &str)]) -> Instance {
    Instance {
        budget: parse_decimal(budget).unwrap(),
        projects: projects
            .iter()
            .map(|(id, cost)| Project {
                id: (*id).to_owned(),
                cost: parse_decimal(cost).unwrap(),
            })
            .collect(),
    }
}

fn profile(inst: &Instance, ballots: &[&[&str]]) -> Profile {
    let index = |id: &str| inst.projects.iter().position(|p| p.id == id).unwrap();
    Profile::from_ballots(
        inst.projects.len(),
        ballots
            .iter()
            .map(|b| b.iter().map(|id| index(id)).collect()),
    )
    .unwrap()
}

type RuleFn = fn(&Instance, &Profile) -> Selection;

const RULES: [(&str, RuleFn); 7] = [
    ("greedy", greedy),
    ("greedy-cardinality", greedy_cardinality),
    ("mes", mes),
    ("mes-cardinality", mes_cardinality),
    ("mes-add1", mes_add1),
    ("mes-add1-greedy", mes_add1_greedy),
    ("mes-add1-until-infeasible", mes_add1_until_infeasible),
];

fn ids(inst: &Instance, rule: RuleFn, prof: &Profile) -> Vec<String> {
    rule(inst, prof).ids(inst)
}

#[test]
fn ties_break_on_ids_as_strings() {
    let inst = instance("20", &[("2", "10"), ("11", "10")]);
    let prof = profile(&inst, &[&["2"], &["11"]]);
    for (name, rule) in RULES {
        assert_eq!(ids(&inst, rule, &prof), ["11", "2"], "{name}");
    }
}

#[test]
fn project_over_budget_is_never_selected() {
    let inst = instance("100", &[("big", "150"), ("a", "40"), ("b", "50")]);
    let prof = profile(
        &inst,
        &[&["big", "a"], &["big", "b"], &["big"], &["big", "a"]],
    );
    for (name, rule) in RULES {
        let out = ids(&inst, rule, &prof);
        assert!(!out.contains(&"big".to_owned()), "{name}: {out:?}");
        assert!(rule(&inst, &prof).total_cost <= inst.budget, "{name}");
    }
    assert_eq!(ids(&inst, greedy, &prof), ["a", "b"]);
}

#[test]
fn zero_approval_projects_only_fill_greedy_leftovers() {
    let inst = instance("100", &[("a", "60"), ("nobody", "30")]);
    let prof = profile(&inst, &[&["a"], &["a"]]);
    assert_eq!(ids(&inst, greedy, &prof), ["a", "nobody"]);
    assert_eq!(ids(&inst, greedy_cardinality, &prof), ["a", "nobody"]);
    assert_eq!(ids(&inst, mes, &prof), ["a"]);
    assert_eq!(ids(&inst, mes_add1, &prof), ["a"]);
    assert_eq!(ids(&inst, mes_add1_greedy, &prof), ["a", "nobody"]);
}

#[test]
fn empty_ballots_count_in_the_number_of_voters() {
    // B/n = 25: the two supporters hold 50 < 60 until add1 raises them to 30 each.
    let inst = instance("100", &[("a", "60")]);
    let prof = profile(&inst, &[&["a"], &["a"], &[], &[]]);
    assert!(ids(&inst, mes, &prof).is_empty());
    assert_eq!(ids(&inst, mes_add1, &prof), ["a"]);
    assert_eq!(ids(&inst, mes_add1_until_infeasible, &prof), ["a"]);
    assert_eq!(ids(&inst, greedy, &prof), ["a"]);
}

#[test]
fn fractional_budget_and_costs() {
    let inst = instance("100.5", &[("x", "50.25"), ("y", "50.25"), ("z", "0.01")]);
    let prof = profile(&inst, &[&["x", "z"], &["y"]]);
    let sel = greedy(&inst, &prof);
    assert_eq!(sel.ids(&inst), ["x", "y"]);
    assert_eq!(format_decimal(&sel.total_cost), "100.5");
    let sel = mes(&inst, &prof);
    assert_eq!(sel.ids(&inst), ["x", "y"]);
    assert_eq!(ids(&inst, greedy_cardinality, &prof), ["z", "x"]);
}

#[test]
fn cost_and_cardinality_satisfaction_differ() {
    // Cost satisfaction favours the expensive project everyone likes; cardinality the cheap ones.
    let inst = instance(
        "100",
        &[("big", "80"), ("c1", "30"), ("c2", "30"), ("c3", "30")],
    );
    let prof = profile(
        &inst,
        &[
            &["big", "c1", "c2"],
            &["big", "c2", "c3"],
            &["big", "c1", "c3"],
            &["big"],
        ],
    );
    assert_eq!(ids(&inst, greedy, &prof), ["big"]);
    assert_eq!(ids(&inst, greedy_cardinality, &prof), ["c1", "c2", "c3"]);
    assert_eq!(ids(&inst, mes, &prof), ["big"]);
}

#[test]
fn no_voters_selects_nothing() {
    let inst = instance("10", &[("a", "5")]);
    let prof = Profile::default();
    for (name, rule) in [("mes", mes as RuleFn), ("mes-add1", mes_add1)] {
        assert!(ids(&inst, rule, &prof).is_empty(), "{name}");
    }
    assert_eq!(ids(&inst, greedy, &prof), ["a"]);
}

#[test]
fn free_projects_come_first_in_mes_cardinality() {
    let inst = instance("10", &[("b", "0"), ("a", "10"), ("c", "0")]);
    let prof = profile(&inst, &[&["a", "b"], &["a", "c"]]);
    assert_eq!(ids(&inst, mes_cardinality, &prof), ["b", "c", "a"]);
    assert_eq!(ids(&inst, greedy, &prof), ["b", "c", "a"]);
}

/// pabutools 1.2.3: under cost satisfaction a project of cost 0 gives its supporters
/// satisfaction 0, so it has no supporter and MES never selects it (nor counts it when
/// judging exhaustiveness); under cardinality satisfaction it is selected first.
#[test]
fn zero_cost_projects_are_never_selected_by_mes_under_cost_satisfaction() {
    let inst = instance("10", &[("b", "0"), ("a", "10"), ("c", "0"), ("d", "4")]);
    let prof = profile(&inst, &[&["a", "b"], &["a", "c"], &["b", "d"]]);
    for (name, rule) in [
        ("mes", mes as RuleFn),
        ("mes-add1", mes_add1),
        ("mes-add1-until-infeasible", mes_add1_until_infeasible),
    ] {
        let got = ids(&inst, rule, &prof);
        assert!(
            !got.iter().any(|p| p == "b" || p == "c"),
            "{name} selected a zero-cost project: {got:?}"
        );
        assert_eq!(
            got,
            naive_ids(&inst, &prof, name),
            "{name} against the naive reference"
        );
    }
    assert_eq!(ids(&inst, mes_cardinality, &prof)[..2], ["b", "c"]);
}

fn naive_ids(inst: &Instance, prof: &Profile, rule: &str) -> Vec<String> {
    let out = match rule {
        "mes" => {
            let beta = &inst.budget / BigRational::from_integer(BigInt::from(prof.num_voters()));
            naive_mes(inst, prof, Sat::Cost, &beta)
        }
        "mes-add1" => naive_add1(inst, prof, false),
        _ => naive_add1(inst, prof, true),
    };
    Selection::new(inst, out).ids(inst)
}

#[test]
fn profile_rejects_bad_indices() {
    assert!(Profile::from_ballots(2, vec![vec![0, 2]]).is_err());
    let p = Profile::from_ballots(2, vec![vec![1, 0, 1], vec![]]).unwrap();
    assert_eq!(p.ballots(), &[vec![0, 1], vec![]]);
}

// ---- naive reference: one budget per voter, pabutools' loops verbatim ----

fn naive_mes(inst: &Instance, prof: &Profile, sat: Sat, beta: &BigRational) -> Vec<usize> {
    let n = prof.num_voters();
    let mut budgets = vec![beta.clone(); n];
    let approves = |v: usize, p: usize| prof.ballots()[v].contains(&p);
    let supported = |p: usize| (0..n).any(|v| approves(v, p));
    // A project of cost 0 has supporters only under cardinality satisfaction.
    let mut selected: Vec<usize> = (0..inst.projects.len())
        .filter(|&p| sat == Sat::Cardinality && supported(p) && inst.projects[p].cost.is_zero())
        .collect();
    by_id(inst, &mut selected);
    let mut remaining: Vec<usize> = (0..inst.projects.len())
        .filter(|&p| supported(p) && !inst.projects[p].cost.is_zero())
        .collect();
    by_id(inst, &mut remaining);
    loop {
        let mut best: Option<(usize, BigRational, BigRational)> = None;
        let mut keep = Vec::new();
        for &p in &remaining {
            let cost = &inst.projects[p].cost;
            let mut sup: Vec<usize> = (0..n).filter(|&v| approves(v, p)).collect();
            let total: BigRational = sup.iter().map(|&v| budgets[v].clone()).sum();
            if total < *cost {
                continue;
            }
            keep.push(p);
            sup.sort_by(|&a, &b| budgets[a].cmp(&budgets[b]));
            let mut paid = BigRational::zero();
            let mut left = sup.len();
            let mut share = None;
            for &v in &sup {
                let s = (cost - &paid) / BigRational::from_integer(BigInt::from(left));
                if s <= budgets[v] {
                    share = Some(s);
                    break;
                }
                paid += &budgets[v];
                left -= 1;
            }
            let share = share.unwrap();
            let rho = match sat {
                Sat::Cost => &share / cost,
                Sat::Cardinality => share.clone(),
            };
            if best.as_ref().is_none_or(|(_, r, _)| rho < *r) {
                best = Some((p, rho, share));
            }
        }
        remaining = keep;
        let Some((p, _, share)) = best else {
            return selected;
        };
        for v in 0..n {
            if approves(v, p) {
                let pay = budgets[v].clone().min(share.clone());
                budgets[v] -= pay;
            }
        }
        selected.push(p);
        remaining.retain(|&q| q != p);
    }
}

fn naive_add1(inst: &Instance, prof: &Profile, until_infeasible: bool) -> Vec<usize> {
    if prof.num_voters() == 0 {
        return Vec::new();
    }
    let base = &inst.budget / BigRational::from_integer(BigInt::from(prof.num_voters()));
    let groups = Groups::new(inst, prof);
    let cands = mes::candidates(inst, &groups);
    let mut previous = if until_infeasible {
        Vec::new()
    } else {
        mes::free_projects(inst, &groups, Sat::Cost)
    };
    let mut k = 0i64;
    loop {
        let beta = &base + BigRational::from_integer(k.into());
        let out = naive_mes(inst, prof, Sat::Cost, &beta);
        let spent = total_cost(inst, &out);
        if spent > inst.budget {
            return previous;
        }
        let exhaustive = cands
            .iter()
            .all(|&p| out.contains(&p) || &spent + &inst.projects[p].cost > inst.budget);
        if !until_infeasible && exhaustive {
            return out;
        }
        previous = out;
        k += 1;
        if until_infeasible && BigRational::from_integer(k.into()) > inst.budget {
            return previous;
        }
    }
}

/// Deterministic pseudo-random numbers (no dependency, reproducible).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn random_case(rng: &mut Lcg) -> (Instance, Profile) {
    const IDS: [&str; 8] = ["1", "2", "10", "11", "3", "a", "b", "20"];
    let m = 2 + rng.below(5) as usize;
    let projects = (0..m)
        .map(|i| {
            let cost = match rng.below(10) {
                0 => BigRational::zero(),
                1 => BigRational::new(BigInt::from(1 + rng.below(200)), BigInt::from(4)),
                _ => BigRational::from_integer(BigInt::from(1 + rng.below(40))),
            };
            Project {
                id: IDS[i].to_owned(),
                cost,
            }
        })
        .collect();
    let budget = BigRational::new(BigInt::from(20 + rng.below(200)), BigInt::from(2));
    let inst = Instance { budget, projects };
    let n = rng.below(9) as usize;
    let ballots = (0..n).map(|_| (0..m).filter(|_| rng.below(3) == 0).collect());
    let prof = Profile::from_ballots(m, ballots).unwrap();
    (inst, prof)
}

#[test]
fn matches_naive_reference_on_random_profiles() {
    let mut rng = Lcg(7);
    for case in 0..400 {
        let (inst, prof) = random_case(&mut rng);
        let n = prof.num_voters();
        let ctx = format!("case {case}: {inst:?} {:?}", prof.ballots());
        if n > 0 {
            let beta = &inst.budget / BigRational::from_integer(BigInt::from(n));
            assert_eq!(
                mes(&inst, &prof).winners,
                naive_mes(&inst, &prof, Sat::Cost, &beta),
                "{ctx}"
            );
            assert_eq!(
                mes_cardinality(&inst, &prof).winners,
                naive_mes(&inst, &prof, Sat::Cardinality, &beta),
                "{ctx}"
            );
        }
        assert_add1_matches_naive(&inst, &prof, &ctx);
    }
}

/// MES add1 (and its eager variant, and the variant stopping at the first infeasible
/// budget) select what the naive reference selects.
fn assert_add1_matches_naive(inst: &Instance, prof: &Profile, ctx: &str) {
    let (exhaustive, infeasible) = (naive_add1(inst, prof, false), naive_add1(inst, prof, true));
    assert_eq!(mes_add1(inst, prof).winners, exhaustive, "{ctx}");
    assert_eq!(add1::eager(inst, prof, false), exhaustive, "{ctx} (eager)");
    assert_eq!(
        mes_add1_until_infeasible(inst, prof).winners,
        infeasible,
        "{ctx}"
    );
    assert_eq!(add1::eager(inst, prof, true), infeasible, "{ctx} (eager)");
}

/// Profiles with a larger budget than `random_case`, so that add1 visits many `k` and the
/// interval proofs (`bracket::possible_outcomes`) span several of them.
fn random_wide_case(rng: &mut Lcg) -> (Instance, Profile) {
    const IDS: [&str; 7] = ["1", "2", "10", "11", "3", "a", "b"];
    let m = 3 + rng.below(5) as usize;
    let projects = (0..m)
        .map(|i| Project {
            id: IDS[i].to_owned(),
            cost: BigRational::from_integer(BigInt::from(20 + rng.below(300))),
        })
        .collect();
    let budget = BigRational::new(BigInt::from(200 + rng.below(1200)), BigInt::from(2));
    let inst = Instance { budget, projects };
    let n = 3 + rng.below(10) as usize;
    let ballots = (0..n).map(|_| (0..m).filter(|_| rng.below(2) == 0).collect());
    let prof = Profile::from_ballots(m, ballots).unwrap();
    (inst, prof)
}

#[test]
fn add1_matches_naive_reference_on_wide_profiles() {
    let mut rng = Lcg(11);
    for case in 0..150 {
        let (inst, prof) = random_wide_case(&mut rng);
        let ctx = format!("case {case}: {inst:?} {:?}", prof.ballots());
        assert_add1_matches_naive(&inst, &prof, &ctx);
    }
}

/// Every interval for which `bracket::possible_outcomes` answers is checked against the naive MES
/// at each integer in it: the set selected there must be one of the answers.
#[test]
fn possible_outcomes_cover_every_k_of_the_interval() {
    let mut rng = Lcg(5);
    let (mut answered, mut several) = (0, 0);
    for case in 0..1500 {
        let (inst, prof) = if case % 2 == 0 {
            random_wide_case(&mut rng)
        } else {
            random_case(&mut rng)
        };
        let n = prof.num_voters();
        if n == 0 {
            continue;
        }
        let groups = Groups::new(&inst, &prof);
        let base = &inst.budget / BigRational::from_integer(BigInt::from(n));
        let k0 = rng.below(40);
        let k1 = k0 + 1 + rng.below(60);
        let Some(outcomes) = bracket::possible_outcomes(
            &inst,
            &groups,
            &BigInt::from(k0),
            &BigInt::from(k1),
            |_| false,
        ) else {
            continue;
        };
        for k in k0..=k1 {
            let beta = &base + BigRational::from(BigInt::from(k));
            let mut set = naive_mes(&inst, &prof, Sat::Cost, &beta);
            set.sort_unstable();
            assert!(
                outcomes.contains(&set),
                "case {case}, k {k0}..{k1} at {k}: {set:?} not in {outcomes:?}; {inst:?} {:?}",
                prof.ballots()
            );
        }
        answered += 1;
        several += usize::from(outcomes.len() > 1);
    }
    assert!(
        answered > 500 && several > 50,
        "only {answered} intervals answered, {several} with several outcomes"
    );
    println!("{answered} intervals answered, {several} with several outcomes");
}
