//! Greedy utilitarian welfare, as pabutools' `greedy_utilitarian_scheme_additive`.
//!
//! Projects are ranked once by satisfaction density (total satisfaction / cost), ties by id, then
//! taken in that order whenever they still fit; nothing is recomputed between steps because the
//! satisfactions are additive. With `Cost_Sat` the density of a project is simply its number of
//! approvals (cost · approvals / cost); with `Cardinality_Sat` it is approvals per unit of cost.
//! A supported project of cost zero has infinite density; an unsupported one has density zero
//! (and is still taken at the end if it fits, as pabutools does).

use std::cmp::Ordering;

use num_rational::BigRational;
use num_traits::Zero;

use super::{by_id, total_cost, Groups, Instance, Profile, Sat, Selection};

/// `greedy`: greedy utilitarian welfare with cost satisfaction (by approval count).
pub fn greedy(instance: &Instance, profile: &Profile) -> Selection {
    let groups = Groups::new(instance, profile);
    Selection::new(instance, complete(instance, &groups, Sat::Cost, Vec::new()))
}

/// `greedy-cardinality`: greedy utilitarian welfare with cardinality satisfaction
/// (by approvals per unit of cost).
pub fn greedy_cardinality(instance: &Instance, profile: &Profile) -> Selection {
    let groups = Groups::new(instance, profile);
    Selection::new(
        instance,
        complete(instance, &groups, Sat::Cardinality, Vec::new()),
    )
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Density {
    Finite(BigRational),
    Infinite,
}

fn density(instance: &Instance, groups: &Groups, sat: Sat, project: usize) -> Density {
    let approvals = groups.approvals[project];
    let cost = &instance.projects[project].cost;
    if approvals == 0 {
        return Density::Finite(BigRational::zero());
    }
    if cost.is_zero() {
        return Density::Infinite;
    }
    let approvals = BigRational::from_integer(approvals.into());
    Density::Finite(match sat {
        Sat::Cost => approvals,
        Sat::Cardinality => approvals / cost,
    })
}

/// Extends `initial` greedily (pabutools' greedy with `initial_budget_allocation`).
pub(crate) fn complete(
    instance: &Instance,
    groups: &Groups,
    sat: Sat,
    initial: Vec<usize>,
) -> Vec<usize> {
    let mut taken = vec![false; instance.projects.len()];
    for &p in &initial {
        taken[p] = true;
    }
    let mut order: Vec<usize> = (0..instance.projects.len())
        .filter(|&p| !taken[p])
        .collect();
    by_id(instance, &mut order);
    let densities: Vec<Density> = (0..instance.projects.len())
        .map(|p| density(instance, groups, sat, p))
        .collect();
    // Stable sort: equal densities keep the id order.
    order.sort_by(|&a, &b| densities[b].cmp(&densities[a]));
    let mut remaining = &instance.budget - total_cost(instance, &initial);
    let mut selection = initial;
    for p in order {
        let cost = &instance.projects[p].cost;
        if cost.cmp(&remaining) != Ordering::Greater {
            remaining -= cost;
            selection.push(p);
        }
    }
    selection
}
