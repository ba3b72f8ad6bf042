//! Quantities as affine functions of the per-voter budget, and the window in which a run of MES
//! keeps the same trace.
//!
//! `mes-add1` re-runs MES with each voter's budget `β = B/n + k` for `k = 0, 1, 2, …`. Within one
//! run every branch of MES is a comparison between quantities that, as long as no branch flips,
//! are affine in `β` (budgets, prices, affordabilities). We carry each quantity as its value at
//! the current `β` plus its slope, and every branch records how far `β` may grow before that
//! comparison could flip. The minimum over all branches is a window in which the whole run, hence
//! its outcome, is unchanged: the `k` inside it need not be run (Budapest's 22,000 steps become a
//! few hundred runs). With slopes all zero (a plain MES run) the window is never narrowed.

use num_rational::BigRational;
use num_traits::{Signed, Zero};

/// `value + slope · Δβ`, exact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Affine {
    pub(crate) value: BigRational,
    pub(crate) slope: BigRational,
}

impl Affine {
    pub(crate) fn new(value: BigRational, slope: BigRational) -> Self {
        Self { value, slope }
    }

    pub(crate) fn constant(value: BigRational) -> Self {
        Self::new(value, BigRational::zero())
    }

    pub(crate) fn zero() -> Self {
        Self::constant(BigRational::zero())
    }

    pub(crate) fn add_assign(&mut self, other: &Affine) {
        self.value += &other.value;
        if !other.slope.is_zero() {
            self.slope += &other.slope;
        }
    }

    pub(crate) fn sub(&self, other: &Affine) -> Affine {
        let slope = if other.slope.is_zero() {
            self.slope.clone()
        } else {
            &self.slope - &other.slope
        };
        Affine::new(&self.value - &other.value, slope)
    }

    pub(crate) fn scale(&self, factor: &BigRational) -> Affine {
        let slope = if self.slope.is_zero() {
            BigRational::zero()
        } else {
            &self.slope * factor
        };
        Affine::new(&self.value * factor, slope)
    }

    pub(crate) fn div(&self, divisor: &BigRational) -> Affine {
        let slope = if self.slope.is_zero() {
            BigRational::zero()
        } else {
            &self.slope / divisor
        };
        Affine::new(&self.value / divisor, slope)
    }
}

/// How far `β` may grow (strictly less than `limit`) with every recorded comparison unchanged.
#[derive(Debug, Default)]
pub(crate) struct Window {
    tracking: bool,
    limit: Option<BigRational>,
}

impl Window {
    pub(crate) fn new(tracking: bool) -> Self {
        Self {
            tracking,
            limit: None,
        }
    }

    /// Records that `low ≤ high` (which holds now) decided a branch.
    pub(crate) fn keep_le(&mut self, low: &Affine, high: &Affine) {
        if !self.tracking {
            return;
        }
        let closing = &high.slope - &low.slope;
        if !closing.is_negative() {
            return;
        }
        let gap = &high.value - &low.value;
        let reach = gap / -closing;
        if self.limit.as_ref().is_none_or(|l| reach < *l) {
            self.limit = Some(reach);
        }
    }

    /// `None` when no comparison can ever flip.
    pub(crate) fn limit(self) -> Option<BigRational> {
        self.limit
    }
}
