//! The Method of Equal Shares, as pabutools' `method_of_equal_shares` (resolute, lexicographic
//! ties, no completion).
//!
//! Each voter starts with the same budget. In each round, for every remaining project, we find
//! the smallest price ρ per unit of satisfaction such that its supporters, each paying
//! `min(budget, ρ · sat)`, cover its cost; the project with the smallest ρ (ties: smaller id) is
//! selected and paid for; projects whose supporters cannot cover their cost are dropped. Projects
//! of cost zero with at least one supporter are selected first, as pabutools does.
//!
//! Speed: voters with identical ballots are grouped, and groups with identical budgets form
//! budget classes (all supporters of the selected project in a class pay the same), so a round
//! touches classes rather than voters. ρ only grows from round to round, so like pabutools we
//! keep the last ρ of each project as a lower bound and stop evaluating once it exceeds the best.

use std::cmp::Ordering;

use num_rational::BigRational;
use num_traits::Zero;

use super::affine::{Affine, Window};
use super::{Groups, Instance, Profile, Sat, Selection};

/// `mes`: Method of Equal Shares with cost satisfaction.
pub fn mes(instance: &Instance, profile: &Profile) -> Selection {
    plain(instance, profile, Sat::Cost)
}

/// `mes-cardinality`: Method of Equal Shares with cardinality satisfaction.
pub fn mes_cardinality(instance: &Instance, profile: &Profile) -> Selection {
    plain(instance, profile, Sat::Cardinality)
}

fn plain(instance: &Instance, profile: &Profile, sat: Sat) -> Selection {
    if profile.num_voters() == 0 {
        return Selection::new(instance, Vec::new());
    }
    let groups = Groups::new(instance, profile);
    let per_voter = per_voter_budget(instance, &groups);
    let run = run(instance, &groups, sat, Affine::constant(per_voter), false);
    Selection::new(instance, run.winners)
}

/// `B / n`.
pub(crate) fn per_voter_budget(instance: &Instance, groups: &Groups) -> BigRational {
    &instance.budget / BigRational::from_integer(groups.voters.into())
}

/// One run of MES.
pub(crate) struct Run {
    /// Selected projects, in selection order.
    pub(crate) winners: Vec<usize>,
    /// The run (hence the winners) is the same for every per-voter budget `β + Δ`, `0 ≤ Δ < limit`
    /// (`None`: for every `Δ ≥ 0`). Only narrowed when `tracking`.
    pub(crate) window: Option<BigRational>,
}

/// Runs MES with each voter's budget `budget` (value, and slope 1 when tracking the window).
pub(crate) fn run(
    instance: &Instance,
    groups: &Groups,
    sat: Sat,
    budget: Affine,
    tracking: bool,
) -> Run {
    let mut engine = Engine::new(instance, groups, sat, budget, tracking);
    let winners = engine.select_all();
    Run {
        winners,
        window: engine.window.limit(),
    }
}

/// Projects of cost zero that someone approves: selected before anything else.
pub(crate) fn free_projects(instance: &Instance, groups: &Groups) -> Vec<usize> {
    let mut free: Vec<usize> = (0..instance.projects.len())
        .filter(|&p| groups.approvals[p] > 0 && instance.projects[p].cost.is_zero())
        .collect();
    super::by_id(instance, &mut free);
    free
}

/// Projects MES can select in a round: positive cost, at least one supporter.
pub(crate) fn candidates(instance: &Instance, groups: &Groups) -> Vec<usize> {
    (0..instance.projects.len())
        .filter(|&p| groups.approvals[p] > 0 && !instance.projects[p].cost.is_zero())
        .collect()
}

struct Class {
    budget: Affine,
    voters: u64,
}

/// A project's price in the current round.
struct Price {
    /// ρ: price per unit of satisfaction (what MES minimises).
    rho: Affine,
    /// What each non-capped supporter pays (`ρ · sat`).
    share: Affine,
}

struct Best {
    project: usize,
    price: Price,
}

struct Engine<'a> {
    instance: &'a Instance,
    groups: &'a Groups,
    sat: Sat,
    classes: Vec<Class>,
    class_of: Vec<u32>,
    zero_class: Option<u32>,
    tally: Vec<u64>,
    touched: Vec<u32>,
    window: Window,
}

fn rational(n: u64) -> BigRational {
    BigRational::from_integer(n.into())
}

impl<'a> Engine<'a> {
    fn new(
        instance: &'a Instance,
        groups: &'a Groups,
        sat: Sat,
        budget: Affine,
        tracking: bool,
    ) -> Self {
        Self {
            instance,
            groups,
            sat,
            classes: vec![Class {
                budget,
                voters: groups.voters,
            }],
            class_of: vec![0; groups.weight.len()],
            zero_class: None,
            tally: Vec::new(),
            touched: Vec::new(),
            window: Window::new(tracking),
        }
    }

    fn id(&self, project: usize) -> &str {
        &self.instance.projects[project].id
    }

    fn select_all(&mut self) -> Vec<usize> {
        let mut winners = free_projects(self.instance, self.groups);
        let mut remaining = candidates(self.instance, self.groups);
        let mut bounds: Vec<Option<Affine>> = vec![None; self.instance.projects.len()];
        while let Some(best) = self.round(&mut remaining, &mut bounds) {
            remaining.retain(|&q| q != best.project);
            self.pay(best.project, &best.price.share);
            winners.push(best.project);
        }
        winners
    }

    /// Finds the project to select (dropping unaffordable ones), recording the branches taken.
    fn round(&mut self, remaining: &mut Vec<usize>, bounds: &mut [Option<Affine>]) -> Option<Best> {
        remaining.sort_by(|&a, &b| match (&bounds[a], &bounds[b]) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => x.value.cmp(&y.value),
        });
        let mut best: Option<Best> = None;
        let mut unaffordable = Vec::new();
        for &p in remaining.iter() {
            if let (Some(b), Some(bound)) = (&best, &bounds[p]) {
                if bound.value > b.price.rho.value {
                    break;
                }
            }
            let Some(price) = self.price(p) else {
                unaffordable.push(p);
                continue;
            };
            bounds[p] = Some(price.rho.clone());
            if best.as_ref().is_none_or(|b| self.beats(p, &price, b)) {
                best = Some(Best { project: p, price });
            }
        }
        if let Some(b) = &best {
            for &q in remaining.iter() {
                if q != b.project && !unaffordable.contains(&q) {
                    if let Some(bound) = &bounds[q] {
                        self.window.keep_le(&b.price.rho, bound);
                    }
                }
            }
        }
        remaining.retain(|q| !unaffordable.contains(q));
        best
    }

    fn beats(&self, p: usize, price: &Price, best: &Best) -> bool {
        match price.rho.value.cmp(&best.price.rho.value) {
            Ordering::Less => true,
            Ordering::Equal => self.id(p) < self.id(best.project),
            Ordering::Greater => false,
        }
    }

    /// Voters approving `project`, as (class, number of voters), in no particular order.
    fn supporters_by_class(&mut self, project: usize) -> Vec<(u32, u64)> {
        self.tally.resize(self.classes.len(), 0);
        for &g in &self.groups.supporters[project] {
            let class = self.class_of[g as usize];
            if self.tally[class as usize] == 0 {
                self.touched.push(class);
            }
            self.tally[class as usize] += self.groups.weight[g as usize];
        }
        let mut out = Vec::with_capacity(self.touched.len());
        for class in self.touched.drain(..) {
            out.push((class, self.tally[class as usize]));
            self.tally[class as usize] = 0;
        }
        out
    }

    /// The project's price, or `None` if its supporters cannot afford it.
    fn price(&mut self, project: usize) -> Option<Price> {
        let mut classes = self.supporters_by_class(project);
        classes.sort_by(|a, b| {
            let (x, y) = (&self.classes[a.0 as usize], &self.classes[b.0 as usize]);
            x.budget.value.cmp(&y.budget.value)
        });
        let cost = Affine::constant(self.instance.projects[project].cost.clone());
        let mut unpaid_voters: u64 = classes.iter().map(|c| c.1).sum();
        let mut paid = Affine::zero();
        for (i, &(class, voters)) in classes.iter().enumerate() {
            let budget = &self.classes[class as usize].budget;
            let share = cost.sub(&paid).div(&rational(unpaid_voters));
            if share.value <= budget.value {
                self.record_split(&classes, i, &share);
                return Some(Price {
                    rho: self.rho(project, &share),
                    share,
                });
            }
            paid.add_assign(&budget.scale(&rational(voters)));
            unpaid_voters -= voters;
        }
        self.window.keep_le(&paid, &cost);
        None
    }

    fn rho(&self, project: usize, share: &Affine) -> Affine {
        match self.sat {
            Sat::Cost => share.div(&self.instance.projects[project].cost),
            Sat::Cardinality => share.clone(),
        }
    }

    /// Records that the classes before `split` pay their whole budget and the others `share`.
    fn record_split(&mut self, classes: &[(u32, u64)], split: usize, share: &Affine) {
        for (i, &(class, _)) in classes.iter().enumerate() {
            let budget = &self.classes[class as usize].budget;
            if i < split {
                self.window.keep_le(budget, share);
            } else {
                self.window.keep_le(share, budget);
            }
        }
    }

    fn zero_class(&mut self) -> u32 {
        if let Some(class) = self.zero_class {
            return class;
        }
        self.classes.push(Class {
            budget: Affine::zero(),
            voters: 0,
        });
        let class = (self.classes.len() - 1) as u32;
        self.zero_class = Some(class);
        class
    }

    /// Charges the supporters of `project`: `min(budget, share)` each.
    fn pay(&mut self, project: usize, share: &Affine) {
        let classes = self.supporters_by_class(project);
        let mut moved_to = vec![u32::MAX; self.classes.len()];
        for (class, voters) in classes {
            let c = class as usize;
            moved_to[c] = if self.classes[c].budget.value < share.value {
                self.zero_class()
            } else {
                let left = self.classes[c].budget.sub(share);
                if voters == self.classes[c].voters {
                    self.classes[c].budget = left;
                    class
                } else {
                    self.classes.push(Class {
                        budget: left,
                        voters: 0,
                    });
                    (self.classes.len() - 1) as u32
                }
            };
        }
        for &g in &self.groups.supporters[project] {
            let from = self.class_of[g as usize];
            let to = moved_to[from as usize];
            if to != from {
                let weight = self.groups.weight[g as usize];
                self.class_of[g as usize] = to;
                self.classes[from as usize].voters -= weight;
                self.classes[to as usize].voters += weight;
            }
        }
    }
}
