//! The Method of Equal Shares, as pabutools' `method_of_equal_shares` (resolute, lexicographic
//! ties, no completion).
//!
//! Each voter starts with the same budget. In each round, for every remaining project, we find
//! the smallest price ρ per unit of satisfaction such that its supporters, each paying
//! `min(budget, ρ · sat)`, cover its cost; the project with the smallest ρ (ties: smaller id) is
//! selected and paid for; projects whose supporters cannot cover their cost are dropped. Projects
//! of cost zero with at least one supporter are selected first under cardinality satisfaction and
//! never under cost satisfaction (their supporters gain nothing), as pabutools does.
//!
//! Speed: voters with identical ballots are grouped, and groups with identical budgets form
//! budget classes (all supporters of the selected project in a class pay the same), so a round
//! touches classes rather than voters. All budgets share one denominator (rescaled when a payment
//! needs it), so the hot loop is integer arithmetic without any gcd. ρ only grows from round to
//! round, so like pabutools we keep the last ρ of each project as a lower bound and stop
//! evaluating once it exceeds the best.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use rustc_hash::FxHashMap;

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
    let run = run(instance, &groups, sat, &BigInt::zero(), false);
    Selection::new(instance, run.winners)
}

/// One run of MES.
pub(crate) struct Run {
    /// Selected projects, in selection order.
    pub(crate) winners: Vec<usize>,
    /// The run (hence the winners) is the same for every per-voter budget `β + Δ`, `0 ≤ Δ < limit`
    /// (`None`: for every `Δ ≥ 0`). Only narrowed when `tracking`, and only down to 1.
    pub(crate) window: Option<BigRational>,
}

/// Runs MES with each voter's budget `B/n + k` (with `n > 0` voters).
pub(crate) fn run(
    instance: &Instance,
    groups: &Groups,
    sat: Sat,
    k: &BigInt,
    tracking: bool,
) -> Run {
    let mut engine = Engine::new(instance, groups, sat, k, tracking);
    let winners = engine.select_all();
    Run {
        winners,
        window: engine.window.limit(),
    }
}

/// Projects of cost zero that someone approves: selected before anything else under
/// cardinality satisfaction. Under cost satisfaction such a project gives its supporters
/// zero satisfaction, so (like pabutools, where it has no supporter at all) MES never
/// selects it.
pub(crate) fn free_projects(instance: &Instance, groups: &Groups, sat: Sat) -> Vec<usize> {
    if sat == Sat::Cost {
        return Vec::new();
    }
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

/// A budget class: `value / denom` now, `slope / denom` per unit of `β` (engine's `denom`).
#[derive(Clone)]
struct Class {
    value: BigInt,
    slope: BigInt,
    voters: u64,
}

/// A project's price in the current round.
pub(super) struct Price {
    /// ρ: price per unit of satisfaction (what MES minimises).
    pub(super) rho: Affine,
    /// What each non-capped supporter pays is `share / (unpaid · denom)`.
    share: BigInt,
    share_slope: BigInt,
    unpaid: u64,
}

pub(super) struct Best {
    pub(super) project: usize,
    pub(super) price: Price,
}

fn lcm(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut x, mut y) = (a.clone(), b.clone());
    while !y.is_zero() {
        let r = &x % &y;
        x = y;
        y = r;
    }
    a / x * b
}

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The least common multiple of the budget's and the costs' denominators.
fn money_scale(instance: &Instance) -> BigInt {
    instance
        .projects
        .iter()
        .fold(instance.budget.denom().clone(), |acc, p| {
            lcm(&acc, p.cost.denom())
        })
}

/// `value · scale`, an integer when `scale` is a multiple of the denominator.
fn scaled(value: &BigRational, scale: &BigInt) -> BigInt {
    value.numer() * (scale / value.denom())
}

#[derive(Clone)]
pub(super) struct Engine<'a> {
    instance: &'a Instance,
    groups: &'a Groups,
    sat: Sat,
    tracking: bool,
    /// Money unit of `cost_scaled`: costs are `cost · money_scale`.
    money_scale: BigInt,
    cost_money: Vec<BigInt>,
    /// Common denominator of budgets: costs are `cost_scaled / denom`.
    denom: BigInt,
    cost_scaled: Vec<BigInt>,
    classes: Vec<Class>,
    class_of: Vec<u32>,
    /// Classes with voters, by increasing budget, and each class's place in that order (kept by
    /// `pay`), so that pricing sorts integers.
    order: Vec<u32>,
    rank: Vec<u32>,
    zero_class: Option<u32>,
    tally: Vec<u64>,
    touched: Vec<u32>,
    window: Window,
}

impl<'a> Engine<'a> {
    pub(super) fn new(
        instance: &'a Instance,
        groups: &'a Groups,
        sat: Sat,
        k: &BigInt,
        tracking: bool,
    ) -> Self {
        let money_scale = money_scale(instance);
        let voters = BigInt::from(groups.voters);
        let denom = &money_scale * &voters;
        let cost_money: Vec<BigInt> = instance
            .projects
            .iter()
            .map(|p| scaled(&p.cost, &money_scale))
            .collect();
        let cost_scaled = cost_money.iter().map(|c| c * &voters).collect();
        // β = B/n + k = (B·scale + k·n·scale) / (n·scale).
        let value = scaled(&instance.budget, &money_scale) + k * &denom;
        let slope = if tracking {
            denom.clone()
        } else {
            BigInt::zero()
        };
        Self {
            instance,
            groups,
            sat,
            tracking,
            money_scale,
            cost_money,
            denom,
            cost_scaled,
            classes: vec![Class {
                value,
                slope,
                voters: groups.voters,
            }],
            class_of: vec![0; groups.weight.len()],
            order: vec![0],
            rank: vec![0],
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
        let mut winners = free_projects(self.instance, self.groups, self.sat);
        let mut remaining = candidates(self.instance, self.groups);
        let mut bounds: Vec<Option<Affine>> = vec![None; self.instance.projects.len()];
        while let Some(best) = self.round(&mut remaining, &mut bounds) {
            remaining.retain(|&q| q != best.project);
            self.pay(best.project, &best.price);
            winners.push(best.project);
        }
        winners
    }

    /// Sorts projects by their last known ρ (a lower bound on the current one), unknown first.
    fn sort_by_bound(remaining: &mut [usize], bounds: &[Option<Affine>]) {
        remaining.sort_by(|&a, &b| match (&bounds[a], &bounds[b]) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => x.cmp_value(y),
        });
    }

    /// Whether `q`, at ρ `rho` (or more), loses to `s` selected at ρ `threshold` (or less).
    fn loses(&self, q: usize, rho: &Affine, s: usize, threshold: &Affine) -> bool {
        match rho.cmp_value(threshold) {
            Ordering::Greater => true,
            Ordering::Equal => self.id(s) < self.id(q),
            Ordering::Less => false,
        }
    }

    /// The projects of `remaining` that may be chosen at some `β` between the state bracketing
    /// it from below and this one (`high`): affordable here and not beaten by `best` (the choice
    /// on the lower state, with its ρ there), with their price here. Drops those unaffordable
    /// here; with no `best` every affordable project is returned.
    pub(super) fn contenders(
        &mut self,
        remaining: &mut Vec<usize>,
        bounds: &mut [Option<Affine>],
        best: Option<(usize, &Affine)>,
    ) -> Vec<(usize, Price)> {
        let beaten = |engine: &Self, r: usize, rho: &Affine| {
            best.is_some_and(|(m, t)| engine.loses(r, rho, m, t))
        };
        let mut unaffordable = Vec::new();
        let mut out = Vec::new();
        for &r in remaining.iter() {
            if bounds[r].as_ref().is_some_and(|b| beaten(self, r, b)) {
                continue;
            }
            match self.price(r) {
                None => unaffordable.push(r),
                Some(price) => {
                    bounds[r] = Some(price.rho.clone());
                    if !beaten(self, r, &price.rho) {
                        out.push((r, price));
                    }
                }
            }
        }
        remaining.retain(|q| !unaffordable.contains(q));
        out
    }

    /// The voter-wise minimum (`Less`) or maximum (`Greater`) of two states' budgets, as a
    /// fresh engine (no tracking).
    pub(super) fn merged(a: &Self, b: &Self, keep: Ordering) -> Self {
        let denom = lcm(&a.denom, &b.denom);
        let (fa, fb) = (&denom / &a.denom, &denom / &b.denom);
        // Groups in the same pair of classes get the same merged budget: one class per pair.
        let mut index: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        let mut classes: Vec<Class> = Vec::new();
        let mut class_of = Vec::with_capacity(a.class_of.len());
        for (g, (&ca, &cb)) in a.class_of.iter().zip(&b.class_of).enumerate() {
            let class = *index.entry((ca, cb)).or_insert_with(|| {
                let va = &a.classes[ca as usize].value * &fa;
                let vb = &b.classes[cb as usize].value * &fb;
                let value = if va.cmp(&vb) == keep { va } else { vb };
                classes.push(Class {
                    value,
                    slope: BigInt::zero(),
                    voters: 0,
                });
                (classes.len() - 1) as u32
            });
            classes[class as usize].voters += a.groups.weight[g];
            class_of.push(class);
        }
        let scale = &denom / &a.money_scale;
        let mut merged = Self {
            instance: a.instance,
            groups: a.groups,
            sat: a.sat,
            tracking: false,
            money_scale: a.money_scale.clone(),
            cost_money: a.cost_money.clone(),
            cost_scaled: a.cost_money.iter().map(|c| c * &scale).collect(),
            denom,
            classes,
            class_of,
            order: Vec::new(),
            rank: Vec::new(),
            zero_class: None,
            tally: Vec::new(),
            touched: Vec::new(),
            window: Window::new(false),
        };
        merged.rerank();
        merged
    }

    /// Finds the project to select (dropping unaffordable ones), recording the branches taken.
    pub(super) fn round(
        &mut self,
        remaining: &mut Vec<usize>,
        bounds: &mut [Option<Affine>],
    ) -> Option<Best> {
        Self::sort_by_bound(remaining, bounds);
        let mut best: Option<Best> = None;
        let mut unaffordable = Vec::new();
        for &p in remaining.iter() {
            if let (Some(b), Some(bound)) = (&best, &bounds[p]) {
                if bound.cmp_value(&b.price.rho) == Ordering::Greater {
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
        match price.rho.cmp_value(&best.price.rho) {
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

    fn class_affine(&self, class: u32) -> Affine {
        let c = &self.classes[class as usize];
        Affine {
            value: c.value.clone(),
            slope: c.slope.clone(),
            denom: self.denom.clone(),
        }
    }

    /// The project's price, or `None` if its supporters cannot afford it.
    pub(super) fn price(&mut self, project: usize) -> Option<Price> {
        let mut classes = self.supporters_by_class(project);
        classes.sort_unstable_by_key(|&(class, _)| self.rank[class as usize]);
        let cost = &self.cost_scaled[project];
        let mut unpaid: u64 = classes.iter().map(|c| c.1).sum();
        let mut paid = BigInt::zero();
        let mut paid_slope = BigInt::zero();
        for (i, &(class, voters)) in classes.iter().enumerate() {
            let budget = &self.classes[class as usize];
            // share ≤ budget  ⇔  (cost − paid) / unpaid ≤ budget
            let rest = cost - &paid;
            if rest <= &budget.value * unpaid {
                let price = self.make_price(project, rest, -paid_slope, unpaid);
                if self.window.open() {
                    self.record_split(&classes, i, &price);
                }
                return Some(price);
            }
            paid += &budget.value * voters;
            if self.tracking {
                paid_slope += &budget.slope * voters;
            }
            unpaid -= voters;
        }
        if self.window.open() {
            let denom = self.denom.clone();
            let paid = Affine {
                value: paid,
                slope: paid_slope,
                denom: denom.clone(),
            };
            let cost = Affine {
                value: cost.clone(),
                slope: BigInt::zero(),
                denom,
            };
            self.window.keep_le(&paid, &cost);
        }
        None
    }

    fn make_price(&self, project: usize, share: BigInt, share_slope: BigInt, unpaid: u64) -> Price {
        let share_denom = &self.denom * unpaid;
        let rho = match self.sat {
            // ρ = share / cost = (share · scale) / (share_denom · cost · scale)
            Sat::Cost => Affine {
                value: &share * &self.money_scale,
                slope: &share_slope * &self.money_scale,
                denom: share_denom * &self.cost_money[project],
            },
            Sat::Cardinality => Affine {
                value: share.clone(),
                slope: share_slope.clone(),
                denom: share_denom,
            },
        };
        Price {
            rho,
            share,
            share_slope,
            unpaid,
        }
    }

    fn share_affine(&self, price: &Price) -> Affine {
        Affine {
            value: price.share.clone(),
            slope: price.share_slope.clone(),
            denom: &self.denom * price.unpaid,
        }
    }

    /// Records that the classes before `split` pay their whole budget and the others the share.
    fn record_split(&mut self, classes: &[(u32, u64)], split: usize, price: &Price) {
        let share = self.share_affine(price);
        for (i, &(class, _)) in classes.iter().enumerate() {
            let budget = self.class_affine(class);
            if i < split {
                self.window.keep_le(&budget, &share);
            } else {
                self.window.keep_le(&share, &budget);
            }
        }
    }

    fn zero_class(&mut self) -> u32 {
        if let Some(class) = self.zero_class {
            return class;
        }
        self.classes.push(Class {
            value: BigInt::zero(),
            slope: BigInt::zero(),
            voters: 0,
        });
        let class = (self.classes.len() - 1) as u32;
        self.zero_class = Some(class);
        class
    }

    /// Multiplies the common denominator (and every numerator) by `factor`.
    fn rescale(&mut self, factor: u64) {
        if factor == 1 {
            return;
        }
        for class in self.classes.iter_mut().filter(|c| c.voters > 0) {
            class.value *= factor;
            if self.tracking {
                class.slope *= factor;
            }
        }
        for cost in &mut self.cost_scaled {
            *cost *= factor;
        }
        self.denom *= factor;
    }

    /// The share over the common denominator, rescaling it by as little as needed.
    fn share_on_common_denom(&mut self, price: &Price) -> (BigInt, BigInt) {
        let unpaid = price.unpaid;
        let rem = |x: &BigInt| (x.abs() % unpaid).to_u64().unwrap_or(0);
        let mut g = gcd_u64(unpaid, rem(&price.share));
        if self.tracking {
            g = gcd_u64(g, rem(&price.share_slope));
        }
        self.rescale(unpaid / g);
        (&price.share / g, &price.share_slope / g)
    }

    /// Charges the supporters of `project`: `min(budget, share)` each.
    pub(super) fn pay(&mut self, project: usize, price: &Price) {
        let (share, share_slope) = self.share_on_common_denom(price);
        let classes = self.supporters_by_class(project);
        let mut moved_to = vec![u32::MAX; self.classes.len()];
        // Budgets that drop by `share`: their order among themselves is unchanged.
        let mut shifted: Vec<(u32, u32)> = Vec::with_capacity(classes.len());
        for (class, voters) in classes {
            let c = class as usize;
            moved_to[c] = if self.classes[c].value < share {
                self.zero_class()
            } else {
                let value = &self.classes[c].value - &share;
                let slope = if self.tracking {
                    &self.classes[c].slope - &share_slope
                } else {
                    BigInt::zero()
                };
                let to = if voters == self.classes[c].voters {
                    self.classes[c].value = value;
                    self.classes[c].slope = slope;
                    class
                } else {
                    self.classes.push(Class {
                        value,
                        slope,
                        voters: 0,
                    });
                    (self.classes.len() - 1) as u32
                };
                shifted.push((self.rank[c], to));
                to
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
        shifted.sort_unstable();
        self.reorder(shifted.into_iter().map(|(_, class)| class).collect());
    }

    /// Restores `order` and `rank` after `shifted` (classes in increasing order of budget) lost
    /// the same amount and others were emptied into the zero class: one merge, no sort.
    fn reorder(&mut self, shifted: Vec<u32>) {
        let classes = &self.classes;
        let mut is_shifted = vec![false; classes.len()];
        for &class in &shifted {
            is_shifted[class as usize] = true;
        }
        let zero = self.zero_class;
        let kept = self.order.iter().copied().filter(|&c| {
            Some(c) != zero && !is_shifted[c as usize] && classes[c as usize].voters > 0
        });
        let mut order = Vec::with_capacity(self.order.len() + 2);
        if let Some(z) = zero.filter(|&z| classes[z as usize].voters > 0) {
            order.push(z);
        }
        let mut shifted = shifted.into_iter().peekable();
        for class in kept {
            while let Some(&s) = shifted.peek() {
                if classes[s as usize].value >= classes[class as usize].value {
                    break;
                }
                order.push(s);
                shifted.next();
            }
            order.push(class);
        }
        order.extend(shifted);
        self.rank.resize(classes.len(), u32::MAX);
        for (place, &class) in order.iter().enumerate() {
            self.rank[class as usize] = place as u32;
        }
        self.order = order;
    }

    /// Computes `order` and `rank` from scratch.
    fn rerank(&mut self) {
        let classes = &self.classes;
        let mut order: Vec<u32> = (0..classes.len() as u32)
            .filter(|&c| classes[c as usize].voters > 0)
            .collect();
        order.sort_unstable_by(|&a, &b| classes[a as usize].value.cmp(&classes[b as usize].value));
        self.rank.resize(classes.len(), u32::MAX);
        for (place, &class) in order.iter().enumerate() {
            self.rank[class as usize] = place as u32;
        }
        self.order = order;
    }

    /// Empties the budgets of `project`'s supporters (a lower bound on what any payment for it
    /// leaves them).
    pub(super) fn drain(&mut self, project: usize) {
        let zero = self.zero_class();
        for &g in &self.groups.supporters[project] {
            let from = self.class_of[g as usize];
            if from != zero {
                let weight = self.groups.weight[g as usize];
                self.class_of[g as usize] = zero;
                self.classes[from as usize].voters -= weight;
                self.classes[zero as usize].voters += weight;
            }
        }
        self.reorder(Vec::new());
    }
}
