//! Council composition rules of law 113.14.

/// Art. 25: a council forms at least two and at most five permanent committees.
pub const MIN_COMMITTEES: usize = 2;
/// Art. 25 (see `MIN_COMMITTEES`).
pub const MAX_COMMITTEES: usize = 5;

/// Art. 25: another committee may be created only while fewer than five exist.
pub fn may_add_committee(existing: usize) -> bool {
    existing < MAX_COMMITTEES
}

/// Art. 25: a council below two committees is incomplete (shown as a warning to staff).
pub fn committees_complete(existing: usize) -> bool {
    (MIN_COMMITTEES..=MAX_COMMITTEES).contains(&existing)
}

/// Art. 7: one president per council; a vice-president has a rank from 1.
pub fn valid_vice_rank(role_is_vice: bool, rank: Option<i32>) -> bool {
    match (role_is_vice, rank) {
        (true, Some(r)) => r >= 1,
        (true, None) => false,
        (false, r) => r.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art_25_two_to_five_permanent_committees() {
        assert!(may_add_committee(4));
        assert!(!may_add_committee(5));
        assert!(!committees_complete(1));
        assert!(committees_complete(2));
        assert!(committees_complete(5));
        assert!(!committees_complete(6));
    }

    #[test]
    fn art_7_vice_presidents_have_a_rank() {
        assert!(valid_vice_rank(true, Some(1)));
        assert!(!valid_vice_rank(true, None));
        assert!(!valid_vice_rank(true, Some(0)));
        assert!(!valid_vice_rank(false, Some(2)));
        assert!(valid_vice_rank(false, None));
    }
}
