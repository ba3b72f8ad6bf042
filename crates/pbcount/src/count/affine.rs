//! Quantities as affine functions of the per-voter budget, and the window in which a run of MES
//! keeps the same trace.
//!
//! `mes-add1` re-runs MES with each voter's budget `β = B/n + k` for `k = 0, 1, 2, …`. Within one
//! run every branch of MES is a comparison between quantities that, as long as no branch flips,
//! are affine in `β` (budgets, prices, affordabilities). We carry each quantity as its value at
//! the current `β` plus its slope, and every branch records how far `β` may grow before that
//! comparison could flip. The minimum over all branches is a window in which the whole run, hence
//! its outcome, is unchanged: the `k` inside it need not be run. With tracking off (a plain MES
//! run) nothing is recorded.
//!
//! Values are fractions `(value + slope·Δ) / denom` over big integers, never normalised: MES keeps
//! all budgets over one common denominator, so comparisons are integer comparisons and no gcd is
//! ever computed in the hot loop.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed};

/// `(value + slope · Δβ) / denom`, with `denom > 0`.
#[derive(Clone, Debug)]
pub(crate) struct Affine {
    pub(crate) value: BigInt,
    pub(crate) slope: BigInt,
    pub(crate) denom: BigInt,
}

impl Affine {
    /// Compares the values (at `Δβ = 0`) of two fractions.
    pub(crate) fn cmp_value(&self, other: &Affine) -> std::cmp::Ordering {
        (&self.value * &other.denom).cmp(&(&other.value * &self.denom))
    }
}

/// How far `β` may grow (strictly less than `limit`) with every recorded comparison unchanged.
/// Recording stops once the limit is at most one: the next run is then `k + 1` anyway.
#[derive(Clone, Debug)]
pub(crate) struct Window {
    tracking: bool,
    /// `num / den`, both positive; `None` is infinity.
    limit: Option<(BigInt, BigInt)>,
}

impl Window {
    pub(crate) fn new(tracking: bool) -> Self {
        Self {
            tracking,
            limit: None,
        }
    }

    /// Whether recording is still useful (callers may skip work that only feeds `keep_le`).
    pub(crate) fn open(&self) -> bool {
        self.tracking && self.limit.as_ref().is_none_or(|(n, d)| n > d)
    }

    /// Records that `low ≤ high` (which holds now) decided a branch.
    pub(crate) fn keep_le(&mut self, low: &Affine, high: &Affine) {
        if !self.open() {
            return;
        }
        let closing = &high.slope * &low.denom - &low.slope * &high.denom;
        if !closing.is_negative() {
            return;
        }
        let gap = &high.value * &low.denom - &low.value * &high.denom;
        let closing = -closing;
        let narrower = match &self.limit {
            None => true,
            Some((num, den)) => &gap * den < num * &closing,
        };
        if narrower {
            self.limit = Some((gap, closing));
        }
    }

    /// `None` when no comparison can ever flip.
    pub(crate) fn limit(self) -> Option<BigRational> {
        self.limit.map(|(num, den)| {
            if den.is_one() {
                BigRational::from_integer(num)
            } else {
                BigRational::new(num, den)
            }
        })
    }
}
