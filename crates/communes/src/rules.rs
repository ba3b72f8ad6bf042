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

/// Art. 25: "the number of members of each permanent committee may not be below five"
/// (يجب أن لا يقل عدد أعضاء كل لجنة دائمة عن خمسة).
pub const MIN_COMMITTEE_MEMBERS: usize = 5;

/// Art. 25: a permanent committee counts at least [`MIN_COMMITTEE_MEMBERS`] members.
pub fn committee_size_ok(members: usize) -> bool {
    members >= MIN_COMMITTEE_MEMBERS
}

/// Art. 25: "no council member belongs to more than one permanent committee" (أن لا ينتسب
/// عضو من أعضاء المجلس إلى أكثر من لجنة دائمة واحدة). `seated_elsewhere` are the members
/// of the council's other permanent committees; returns the first of `members` among them.
pub fn member_on_another_committee(members: &[i64], seated_elsewhere: &[i64]) -> Option<i64> {
    members
        .iter()
        .copied()
        .find(|m| seated_elsewhere.contains(m))
}

/// Art. 7: one president per council; a vice-president has a rank from 1.
pub fn valid_vice_rank(role_is_vice: bool, rank: Option<i32>) -> bool {
    match (role_is_vice, rank) {
        (true, Some(r)) => r >= 1,
        (true, None) => false,
        (false, r) => r.is_none(),
    }
}

/// First path segments the application itself uses: a commune cannot take them as its
/// address (`/{slug}`), or its site would be unreachable.
pub const RESERVED_SLUGS: [&str; 20] = [
    "admin",
    "api",
    "assets",
    "confirm",
    "healthz",
    "lang",
    "login",
    "logout",
    "password",
    "profile",
    "register",
    "uploads",
    "readyz",
    "metrics",
    "data",
    "privacy",
    "accessibility",
    "legal",
    "petitions",
    "consultations",
];

/// Longest commune address.
pub const MAX_SLUG_LEN: usize = 63;

/// A commune's address: lowercase ASCII letters, digits and single inner hyphens
/// (`sidi-ifni`), 2 to 63 characters, not one of the application's own paths.
pub fn valid_slug(slug: &str) -> bool {
    let shape = (2..=MAX_SLUG_LEN).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    shape && !RESERVED_SLUGS.contains(&slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_addresses() {
        for ok in ["taroudant", "sidi-ifni", "ait-melloul2", "k9"] {
            assert!(valid_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "Rabat",
            "tétouan",
            "sidi ifni",
            "-x",
            "x-",
            "a--b",
            "a_b",
            "admin",
            "api",
            "login",
        ] {
            assert!(!valid_slug(bad), "{bad}");
        }
        assert!(!valid_slug(&"a".repeat(MAX_SLUG_LEN + 1)));
    }

    #[test]
    fn art_25_five_members_at_least_per_committee() {
        assert!(!committee_size_ok(4));
        assert!(committee_size_ok(5));
        assert!(committee_size_ok(9));
    }

    #[test]
    fn art_25_one_permanent_committee_per_member() {
        assert_eq!(member_on_another_committee(&[1, 2, 3], &[4, 5]), None);
        assert_eq!(member_on_another_committee(&[1, 2, 3], &[5, 3, 2]), Some(2));
        assert_eq!(member_on_another_committee(&[], &[1]), None);
    }

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
