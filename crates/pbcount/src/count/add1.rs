//! MES with the "add1" completion: raise every voter's budget by one currency unit at a time.
//!
//! pabutools runs MES with per-voter budget `B/n + k` for `k = 0, 1, 2, …` and returns the first
//! exhaustive outcome, or the previous outcome as soon as a run overspends the real budget
//! (`mes-add1`); `exhaustion_by_budget_increase(…, budget_step=n, exhaustive_stop=False)` keeps
//! going past exhaustive outcomes until a run overspends (`mes-add1-until-infeasible`, bounded by
//! `k ≤ B` as pabutools' default `budget_bound = B·(n+1)`).
//!
//! Running every `k` is what makes pabutools slow (Budapest: ~22,000 runs). Here a run also
//! returns a window of `k` in which it provably repeats itself (see `affine`), and whole
//! intervals of `k` after it are skipped once `bracket` proves that none of the outcomes MES may
//! have there would stop pabutools (neither overspending nor, for `mes-add1`, exhaustive). Only
//! the `k` next to where pabutools stops, and those where proofs keep failing, are run: same
//! answers as pabutools, a few hundred runs instead of tens of thousands.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::bracket::possible_outcomes;
use super::mes::{candidates, free_projects, run};
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

/// `mes-add1` (or, with `until_infeasible`, `mes-add1-until-infeasible`) computed as pabutools
/// does, one run per `k` (slow: a cross-check of the interval proofs on real files, not for
/// use), with the number of runs made.
#[doc(hidden)]
pub fn mes_add1_stepwise(
    instance: &Instance,
    profile: &Profile,
    until_infeasible: bool,
) -> (Selection, u64) {
    let groups = Groups::new(instance, profile);
    if groups.voters == 0 {
        return (Selection::new(instance, Vec::new()), 0);
    }
    let mut previous = if until_infeasible {
        Vec::new()
    } else {
        free_projects(instance, &groups, Sat::Cost)
    };
    let mut k = BigInt::zero();
    let mut runs = 0;
    loop {
        let outcome = run(instance, &groups, Sat::Cost, &k, false).winners;
        runs += 1;
        if total_cost(instance, &outcome) > instance.budget {
            return (Selection::new(instance, previous), runs);
        }
        if !until_infeasible && is_exhaustive(instance, &groups, &outcome) {
            return (Selection::new(instance, outcome), runs);
        }
        previous = outcome;
        k += 1;
        if until_infeasible && BigRational::from_integer(k.clone()) > instance.budget {
            return (Selection::new(instance, previous), runs);
        }
    }
}

fn add1(instance: &Instance, groups: &Groups, stop: Stop) -> Vec<usize> {
    add1_paced(instance, groups, stop, PaceSettings::DEFAULT)
}

fn add1_paced(
    instance: &Instance,
    groups: &Groups,
    stop: Stop,
    settings: PaceSettings,
) -> Vec<usize> {
    if groups.voters == 0 {
        return Vec::new();
    }
    let last_k = instance.budget.floor().to_integer();
    // Whether pabutools stops at a `k` where MES selects `set`.
    let stops = |set: &[usize]| {
        total_cost(instance, set) > instance.budget
            || (stop == Stop::Exhaustive && is_exhaustive(instance, groups, set))
    };
    // The outcome at `k − 1`, returned if the run at `k` overspends.
    let mut previous = Known::Exact(match stop {
        Stop::Exhaustive => free_projects(instance, groups, Sat::Cost),
        Stop::Infeasible => Vec::new(),
    });
    let mut k = BigInt::zero();
    let mut pace = Pace::new(settings);
    loop {
        // A real run at `k`: its trace window is a first jump (same sequence inside).
        let fresh = run(instance, groups, Sat::Cost, &k, true);
        let outcome = fresh.winners;
        if total_cost(instance, &outcome) > instance.budget {
            return previous.outcome(instance, groups);
        }
        if stop == Stop::Exhaustive && is_exhaustive(instance, groups, &outcome) {
            return outcome;
        }
        // No comparison can ever flip: every later run repeats this one.
        let Some(limit) = fresh.window else {
            return outcome;
        };
        let mut reached = &k + step(&limit) - 1;
        if stop == Stop::Infeasible && reached >= last_k {
            return outcome;
        }
        previous = Known::Exact(outcome);
        // Jump over every `k` where no possible outcome stops pabutools, until the next `k` must
        // run.
        while let Some(stride) = pace.next() {
            let mut probe = &reached + stride;
            if stop == Stop::Infeasible && probe > last_k {
                probe = last_k.clone();
            }
            if probe <= &reached + 1 {
                break;
            }
            let first = &reached + 1;
            let proved = possible_outcomes(instance, groups, &first, &probe, stops).is_some();
            pace.record(proved);
            if proved {
                reached = probe;
                previous = Known::At(reached.clone());
                if stop == Stop::Infeasible && reached >= last_k {
                    return previous.outcome(instance, groups);
                }
            }
        }
        k = reached + 1;
    }
}

/// `mes-add1` (or `-until-infeasible`) trying proofs at every occasion: the tests' way to
/// exercise them on small profiles.
#[cfg(test)]
pub(crate) fn eager(instance: &Instance, profile: &Profile, until_infeasible: bool) -> Vec<usize> {
    let groups = Groups::new(instance, profile);
    let stop = if until_infeasible {
        Stop::Infeasible
    } else {
        Stop::Exhaustive
    };
    add1_paced(instance, &groups, stop, PaceSettings::EAGER)
}

/// When interval proofs are tried, and how wide. A proof costs a few MES runs and fails more
/// often than not where the outcome changes at almost every `k`, so it is only worth it over
/// long stretches: files that stop within a few dozen `k`, or change at every `k`, are fastest
/// run one by one (Lodz, Amsterdam, Warszawa), while Budapest's 22,000 `k` need proofs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PaceSettings {
    /// Real runs before the first proof is tried.
    pub(crate) first_proof_after: u32,
    /// The narrowest interval worth a proof.
    pub(crate) narrowest: u32,
    /// Real runs to make after the first proof that fails right after a run (then doubling).
    pub(crate) cooldown: u32,
    pub(crate) max_cooldown: u32,
}

impl PaceSettings {
    /// Tuned on the real files (see BENCH.md).
    pub(crate) const DEFAULT: Self = Self {
        first_proof_after: 32,
        narrowest: 16,
        cooldown: 64,
        max_cooldown: 4096,
    };
    /// Proofs at every occasion (tests: exercises the proofs on small profiles).
    #[cfg(test)]
    pub(crate) const EAGER: Self = Self {
        first_proof_after: 0,
        narrowest: 2,
        cooldown: 0,
        max_cooldown: 1,
    };
}

struct Pace {
    settings: PaceSettings,
    narrowest: BigInt,
    stride: BigInt,
    /// Successes in a row at this stride.
    streak: u32,
    /// Proofs tried since the last real run.
    tried: u32,
    /// Real runs to make before trying again.
    skip: u32,
    cooldown: u32,
}

impl Pace {
    fn new(settings: PaceSettings) -> Self {
        let narrowest = BigInt::from(settings.narrowest);
        Self {
            settings,
            stride: narrowest.clone(),
            narrowest,
            streak: 0,
            tried: 0,
            skip: settings.first_proof_after,
            cooldown: settings.cooldown / 2,
        }
    }

    /// The width of the next proof, or `None` when the next `k` should be run for real.
    fn next(&mut self) -> Option<&BigInt> {
        if self.skip > 0 {
            self.skip -= 1;
            return None;
        }
        if self.stride < self.narrowest {
            self.stride = self.narrowest.clone();
            self.tried = 0;
            return None;
        }
        self.tried += 1;
        Some(&self.stride)
    }

    fn record(&mut self, proved: bool) {
        if proved {
            // Widen only after a second success in a row: a failed proof costs more than a
            // successful one, and the width that works changes slowly.
            self.cooldown = self.settings.cooldown / 2;
            self.streak += 1;
            if self.streak >= 2 {
                self.stride *= 2;
                self.streak = 0;
            }
            return;
        }
        self.streak = 0;
        if self.tried == 1 && self.stride == self.narrowest {
            // Proofs fail right after a run: leave them alone for a while (doubling).
            self.cooldown = (self.cooldown * 2).clamp(1, self.settings.max_cooldown);
            self.skip = self.cooldown;
        }
        self.stride /= 2;
    }
}

/// An outcome known, or to be computed at `k` if it is ever needed.
enum Known {
    Exact(Vec<usize>),
    At(BigInt),
}

impl Known {
    fn outcome(self, instance: &Instance, groups: &Groups) -> Vec<usize> {
        match self {
            Known::Exact(outcome) => outcome,
            Known::At(k) => run(instance, groups, Sat::Cost, &k, false).winners,
        }
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
