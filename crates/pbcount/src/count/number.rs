//! Exact decimal <-> rational conversions.
//!
//! pabulib writes money as decimals (`4000.0`, `1331751.11`) and pabutools reads them as exact
//! fractions (`gmpy2.mpq`). We do the same so that no rounding can ever change an outcome, and we
//! print totals back as exact decimals.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// Parses a non-negative decimal such as `12`, `4000.0`, `.5` or `1e9` into an exact rational.
/// A `,` is accepted as the decimal separator, like pabutools does for costs.
/// Returns `None` for anything else (including negative numbers).
pub fn parse_decimal(text: &str) -> Option<BigRational> {
    let s = text.trim().replace(',', ".");
    let s = s.strip_prefix('+').unwrap_or(&s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(pos) => (&s[..pos], s[pos + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(pos) => (&mantissa[..pos], &mantissa[pos + 1..]),
        None => (mantissa, ""),
    };
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty() && frac_part.is_empty()
        || !all_digits(int_part)
        || !all_digits(frac_part)
    {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    let numer: BigInt = digits.parse().ok()?;
    let scale = exponent.checked_sub(i32::try_from(frac_part.len()).ok()?)?;
    if scale.unsigned_abs() > 4096 {
        return None;
    }
    let ten_pow = num_traits::pow(BigInt::from(10), scale.unsigned_abs() as usize);
    Some(if scale >= 0 {
        BigRational::from_integer(numer * ten_pow)
    } else {
        BigRational::new(numer, ten_pow)
    })
}

/// Formats a rational exactly: an integer as `99200`, a decimal fraction as `1331751.11`, and
/// (never for sums of pabulib costs) any other fraction as `p/q`.
pub fn format_decimal(value: &BigRational) -> String {
    if value.is_integer() {
        return value.to_integer().to_string();
    }
    let denom = value.denom().clone();
    let (mut twos, mut fives, mut rest) = (0usize, 0usize, denom.clone());
    let two = BigInt::from(2);
    let five = BigInt::from(5);
    while (&rest % &two).is_zero() {
        rest /= &two;
        twos += 1;
    }
    while (&rest % &five).is_zero() {
        rest /= &five;
        fives += 1;
    }
    if !rest.is_one() {
        return format!("{}/{}", value.numer(), denom);
    }
    let places = twos.max(fives);
    let scaled = value * BigRational::from_integer(num_traits::pow(BigInt::from(10), places));
    let digits = scaled.to_integer().abs().to_string();
    let digits = format!("{digits:0>width$}", width = places + 1);
    let (int_part, frac_part) = digits.split_at(digits.len() - places);
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{sign}{int_part}.{frac_part}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn parses_decimals() {
        assert_eq!(parse_decimal("4000.0").unwrap(), r(4000, 1));
        assert_eq!(parse_decimal(" 1331751.11 ").unwrap(), r(133175111, 100));
        assert_eq!(parse_decimal("12,5").unwrap(), r(25, 2));
        assert_eq!(parse_decimal(".5").unwrap(), r(1, 2));
        assert_eq!(parse_decimal("1e9").unwrap(), r(1_000_000_000, 1));
        assert_eq!(parse_decimal("15E-1").unwrap(), r(3, 2));
        for bad in ["", ".", "-1", "1.2.3", "abc", "1e", "none", "1e99999"] {
            assert!(parse_decimal(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn formats_decimals() {
        assert_eq!(format_decimal(&r(99200, 1)), "99200");
        assert_eq!(format_decimal(&r(133175111, 100)), "1331751.11");
        assert_eq!(format_decimal(&r(1, 20)), "0.05");
        assert_eq!(format_decimal(&r(-3, 2)), "-1.5");
        assert_eq!(format_decimal(&r(1, 3)), "1/3");
    }
}
