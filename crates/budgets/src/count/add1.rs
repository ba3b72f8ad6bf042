//! MES with the "add1" completion: raise every voter's budget by one currency unit at a time.
//!
//! pabutools runs MES with per-voter budget `B/n + k` for `k = 0, 1, 2, …` and returns the first
//! exhaustive outcome, or the previous outcome as soon as a run overspends the real budget
//! (`mes-add1`); `exhaustion_by_budget_increase(…, budget_step=n, exhaustive_stop=False)` keeps
//! going past exhaustive outcomes until a run overspends (`mes-add1-until-infeasible`, bounded by
//! `k ≤ B` as pabutools' default `budget_bound = B·(n+1)`).
//!
//! Running every `k` is what makes pabutools slow (Budapest: ~22,000 runs). Each run here also
//! returns a window of `k` in which it provably repeats itself (see `affine`), so we jump to the
//! first integer `k` outside it: same answers as pabutools, far fewer runs.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::mes::{candidates, certify, free_projects, run, Proof};
use super::{greedy::complete, total_cost, Groups, Instance, Profile, Sat, Selection};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// Stop at the first exhaustive outcome (`mes-add1`).
    Exhaustive,
    /// Only stop when the next run would overspend (`mes-add1-until-infeasible`).
    Infeasible,
}

/// `mes-add1`: MES (cost satisfaction) with per-voter budget `B/n + k`, `k = 0, 1, 2, …`.
pub fn mes_add1(instance: &Instance, profile: &Profile) -> Selection {
    let groups = Groups::new(instance, profile);
    Selection::new(instance, add1(instance, &groups, Stop::Exhaustive))
}

/// `mes-add1-greedy`: `mes-add1`, then completed by `greedy` (cost satisfaction).
pub fn mes_add1_greedy(instance: &Instance, profile: &Profile) -> Selection {
    let groups = Groups::new(instance, profile);
    let outcome = add1(instance, &groups, Stop::Exhaustive);
    Selection::new(instance, complete(instance, &groups, Sat::Cost, outcome))
}

/// `mes-add1-until-infeasible`: keep raising past exhaustive outcomes until a run overspends.
pub fn mes_add1_until_infeasible(instance: &Instance, profile: &Profile) -> Selection {
    let groups = Groups::new(instance, profile);
    Selection::new(instance, add1(instance, &groups, Stop::Infeasible))
}

fn add1(instance: &Instance, groups: &Groups, stop: Stop) -> Vec<usize> {
    if groups.voters == 0 {
        return Vec::new();
    }
    let last_k = instance.budget.floor().to_integer();
    let two = BigInt::from(2);
    let mut k = BigInt::zero();
    let mut previous = match stop {
        Stop::Exhaustive => free_projects(instance, groups),
        Stop::Infeasible => Vec::new(),
    };
    let mut stride = two.clone();
    // Back-off: after a first probe fails, skip probing for `cooldown` real runs (doubling, reset
    // by any success), so files where proofs rarely help pay little for them.
    let (mut cooldown, mut skip) = (0u32, 0u32);
    loop {
        // A real run at `k`: its trace window is a first jump (same sequence inside).
        let fresh = run(instance, groups, Sat::Cost, &k, true);
        let mut outcome = fresh.winners;
        // `outcome` is pabutools' run at `k`, and no `k' < k` stopped pabutools.
        if total_cost(instance, &outcome) > instance.budget {
            return previous;
        }
        if stop == Stop::Exhaustive && is_exhaustive(instance, groups, &outcome) {
            return outcome;
        }
        // No comparison can ever flip: every later run repeats this one.
        let Some(limit) = fresh.window else {
            return outcome;
        };
        k += step(&limit) - 1;
        if stop == Stop::Infeasible && k > last_k {
            return outcome;
        }
        // Jump over every `k'` provably selecting the same set (pabutools would neither stop
        // there nor, as the set decides both tests, at any `k'` in between), keeping `outcome`
        // exact at `k`: galloping on success, halving on failure, until the next `k` must run.
        let mut first = true;
        loop {
            if stop == Stop::Infeasible && k >= last_k {
                return outcome;
            }
            if skip > 0 {
                skip -= 1;
                break;
            }
            let mut probe = &k + &stride;
            if stop == Stop::Infeasible && probe > last_k {
                probe = last_k.clone();
            }
            if probe == &k + 1 {
                break;
            }
            let proof = certify(instance, groups, &k, &outcome, &probe);
            let was_first = std::mem::replace(&mut first, false);
            match proof {
                Proof::Nothing => {
                    stride = (&stride / &two).max(BigInt::one());
                    if was_first {
                        cooldown = (cooldown * 2).clamp(1, 64);
                        skip = cooldown;
                        break;
                    }
                }
                Proof::SameSequence => {
                    cooldown = 0;
                    k = probe;
                    stride *= &two;
                }
                Proof::SameSet => {
                    cooldown = 0;
                    k = probe;
                    outcome = run(instance, groups, Sat::Cost, &k, false).winners;
                    stride *= &two;
                }
            }
        }
        previous = outcome;
        k += 1;
        stride = two.clone();
    }
}

/// The smallest integer step that leaves the window `[0, limit)`, at least 1.
fn step(limit: &BigRational) -> BigInt {
    let ceil = limit.ceil().to_integer();
    if ceil < BigInt::one() {
        BigInt::one()
    } else {
        ceil
    }
}

/// pabutools' `is_exhaustive(outcome, available_projects=<MES candidates>)`.
fn is_exhaustive(instance: &Instance, groups: &Groups, outcome: &[usize]) -> bool {
    let spent = total_cost(instance, outcome);
    candidates(instance, groups)
        .into_iter()
        .all(|p| outcome.contains(&p) || &spent + &instance.projects[p].cost > instance.budget)
}
