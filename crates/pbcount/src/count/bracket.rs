//! Every outcome MES (cost satisfaction) may have over a whole interval of per-voter budgets,
//! without running it at each one.
//!
//! Along a fixed selection sequence, every voter's budget after each round is non-decreasing in
//! the budgets before it (the share `x` solving `Σ min(bᵢ, x) = cost` is non-increasing in the
//! budgets, and what is left, `max(0, bᵢ − x)`, is non-decreasing in `bᵢ` and non-increasing in
//! `x`), hence in the per-voter budget `β`. So a sequence is followed with two states, `low` (at
//! `β₀`) and `high` (at `β₁`), which bracket the state at any `β` in between, voter by voter.
//!
//! In a round, a project is affordable at `β` if it is on `low`, and only if it is on `high`; its
//! ρ at `β` is at most its ρ on `low` and at least its ρ on `high`. So if `m` is MES's choice on
//! `low`, no project whose ρ on `high` loses to `m`'s ρ on `low` (larger, or equal with a larger
//! id) can be chosen at any `β`: every other project affordable on `high` is followed as a
//! branch. A project chosen on a branch but unaffordable on `low` leaves its supporters with at
//! least nothing, so `low` empties them. MES may stop at some `β` only if nothing is affordable
//! on `low`, and surely stops if nothing is on `high`.
//!
//! Branches that reach the same set of projects after the same number of rounds are merged (the
//! voter-wise minimum of their `low` states and maximum of their `high` states bracket both), so
//! an adjacent swap of two selections costs two branches for one round, not a doubling of all
//! that follows. Near a point where the outcome changes, the interval's outcomes are then simply
//! both sets: `mes-add1` only needs to know that none of them stops it.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use num_bigint::BigInt;

use super::affine::Affine;
use super::mes::{candidates, free_projects, Engine, Price};
use super::{Groups, Instance, Sat};

/// Beyond this many sequences followed at once, the interval is too wide to be worth proving.
const MAX_BRANCHES: usize = 4;

/// The sets (each sorted) MES may select for some per-voter budget `B/n + k`, `k₀ ≤ k ≤ k₁`
/// (`k₀ ≤ k₁`). `None` when more than [`MAX_BRANCHES`] sequences would have to be followed, or as
/// soon as a possible set is one `reject` refuses.
pub(crate) fn possible_outcomes(
    instance: &Instance,
    groups: &Groups,
    k0: &BigInt,
    k1: &BigInt,
    reject: impl Fn(&[usize]) -> bool,
) -> Option<Vec<Vec<usize>>> {
    let remaining = candidates(instance, groups);
    let no_bounds = vec![None; instance.projects.len()];
    let mut live = vec![Branch {
        low: Engine::new(instance, groups, Sat::Cost, k0, false),
        high: Engine::new(instance, groups, Sat::Cost, k1, false),
        low_remaining: remaining.clone(),
        high_remaining: remaining,
        low_bounds: no_bounds.clone(),
        high_bounds: no_bounds,
        selected: free_projects(instance, groups, Sat::Cost),
    }];
    let mut outcomes: Vec<Vec<usize>> = Vec::new();
    while !live.is_empty() {
        let mut next = Vec::new();
        for branch in live {
            if let Some(mut set) = branch.step(&mut next) {
                set.sort_unstable();
                if reject(&set) {
                    return None;
                }
                outcomes.push(set);
            }
        }
        live = merge_same_sets(next);
        if live.len() > MAX_BRANCHES {
            return None;
        }
    }
    outcomes.sort_unstable();
    outcomes.dedup();
    Some(outcomes)
}

/// One possible selection sequence, with the states bracketing it.
#[derive(Clone)]
struct Branch<'a> {
    low: Engine<'a>,
    high: Engine<'a>,
    /// Not selected, and still affordable on `low` (resp. `high`) when last priced.
    low_remaining: Vec<usize>,
    high_remaining: Vec<usize>,
    /// Lower bounds on each project's ρ on `low` (resp. `high`): states only lose money.
    low_bounds: Vec<Option<Affine>>,
    high_bounds: Vec<Option<Affine>>,
    selected: Vec<usize>,
}

impl<'a> Branch<'a> {
    /// One round: pushes a branch for every project that may be chosen at some `β`, and returns
    /// the selected projects if MES may also stop here.
    fn step(mut self, next: &mut Vec<Branch<'a>>) -> Option<Vec<usize>> {
        let best = self
            .low
            .round(&mut self.low_remaining, &mut self.low_bounds);
        let threshold = best.as_ref().map(|b| (b.project, &b.price.rho));
        let contenders =
            self.high
                .contenders(&mut self.high_remaining, &mut self.high_bounds, threshold);
        let stop = best.is_none().then(|| self.selected.clone());
        let mut best = best.map(|b| (b.project, b.price));
        let mut contenders = contenders;
        let Some((last, last_price)) = contenders.pop() else {
            return stop;
        };
        for (project, high_price) in contenders {
            let mut branch = self.clone();
            branch.select(project, &high_price, take_if(&mut best, project));
            next.push(branch);
        }
        self.select(last, &last_price, take_if(&mut best, last));
        next.push(self);
        stop
    }

    /// Follows the selection of `project`, paid at `high_price` on `high`.
    fn select(&mut self, project: usize, high_price: &Price, low_price: Option<Price>) {
        let low_price = low_price.or_else(|| {
            self.low_remaining
                .contains(&project)
                .then(|| self.low.price(project))
                .flatten()
        });
        match low_price {
            Some(price) => self.low.pay(project, &price),
            None => self.low.drain(project),
        }
        self.high.pay(project, high_price);
        self.low_remaining.retain(|&q| q != project);
        self.high_remaining.retain(|&q| q != project);
        self.selected.push(project);
    }

    /// One branch bracketing both: `low` the voter-wise minimum, `high` the maximum.
    fn merge(self, other: &Branch<'a>) -> Branch<'a> {
        let mut low_remaining = self.low_remaining;
        low_remaining.retain(|p| other.low_remaining.contains(p));
        let mut high_remaining = self.high_remaining;
        for &p in &other.high_remaining {
            if !high_remaining.contains(&p) {
                high_remaining.push(p);
            }
        }
        Branch {
            low: Engine::merged(&self.low, &other.low, Ordering::Less),
            high: Engine::merged(&self.high, &other.high, Ordering::Greater),
            low_remaining,
            high_remaining,
            // ρ on the merged `low` is at least on either `low`; on `high` nothing is known.
            low_bounds: self.low_bounds,
            high_bounds: vec![None; self.high_bounds.len()],
            selected: self.selected,
        }
    }
}

/// `best`'s price if it is `project`'s.
fn take_if(best: &mut Option<(usize, Price)>, project: usize) -> Option<Price> {
    if best.as_ref().is_some_and(|(p, _)| *p == project) {
        best.take().map(|(_, price)| price)
    } else {
        None
    }
}

fn merge_same_sets(branches: Vec<Branch<'_>>) -> Vec<Branch<'_>> {
    let mut by_set: BTreeMap<Vec<usize>, Branch<'_>> = BTreeMap::new();
    for branch in branches {
        let mut set = branch.selected.clone();
        set.sort_unstable();
        let merged = match by_set.remove(&set) {
            Some(first) => first.merge(&branch),
            None => branch,
        };
        by_set.insert(set, merged);
    }
    by_set.into_values().collect()
}
