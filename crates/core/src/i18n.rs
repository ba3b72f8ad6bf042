//! Languages and translations. Every user-facing string comes from `locales/*.ftl`.
//! Arabic is the default; Tamazight falls back to French where a message is missing.

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// One Fluent file per area and language (`locales/<lang>/<area>.ftl`), so each domain
/// keeps its words beside the others without editing a shared file.
macro_rules! locale_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../../locales/", $lang, "/main.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/councils.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/council_public.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/petitions.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/budgets.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/bodies.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/cocreation.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/consultations.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/requests.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/programme.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/law_petitions.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/data.ftl")),
        ]
    };
}

const AR: [&str; 12] = locale_files!("ar");
const FR: [&str; 12] = locale_files!("fr");
const TZM: [&str; 12] = locale_files!("tzm");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ar,
    Fr,
    Tzm,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::Fr, Lang::Tzm];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::Tzm => "tzm",
        }
    }

    /// Text direction of the page (`dir` attribute).
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::Fr | Lang::Tzm => "ltr",
        }
    }

    /// Picks the best supported language from an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or_default().trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or_default();
            if let Ok(lang) = primary.parse::<Lang>() {
                if best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, lang));
                }
            }
        }
        best.map(|(_, l)| l)
    }
}

impl FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s.to_ascii_lowercase().as_str() {
            "ar" => Ok(Lang::Ar),
            "fr" => Ok(Lang::Fr),
            "tzm" | "zgh" => Ok(Lang::Tzm),
            _ => Err(()),
        }
    }
}

/// The loaded message bundles, shared by all requests.
pub struct I18n {
    ar: FluentBundle<FluentResource>,
    fr: FluentBundle<FluentResource>,
    tzm: FluentBundle<FluentResource>,
}

/// Arguments for a message: `&[("count", 3.into())]`.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

impl I18n {
    /// Parses the embedded Fluent files. A syntax error there is a build mistake,
    /// reported as such.
    pub fn load() -> Result<Self, String> {
        Ok(Self {
            ar: bundle("ar", &AR)?,
            fr: bundle("fr", &FR)?,
            tzm: bundle("tzm", &TZM)?,
        })
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Ar => &self.ar,
            Lang::Fr => &self.fr,
            Lang::Tzm => &self.tzm,
        }
    }

    /// Translates `id`; falls back to French, then to the id itself (visible, never a panic).
    pub fn t(&self, lang: Lang, id: &str, args: &Args<'_>) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, ungrouped_if_label(k, v));
            }
            a
        });
        for l in [lang, Lang::Fr] {
            let bundle = self.bundle(l);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle
                    .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// Whether `lang` has its own message `id` (without fallback).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// All message ids of a language, for completeness checks.
    pub fn ids(lang: Lang) -> Vec<String> {
        let sources = match lang {
            Lang::Ar => AR,
            Lang::Fr => FR,
            Lang::Tzm => TZM,
        };
        sources
            .iter()
            .flat_map(|s| s.lines())
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
            .collect()
    }
}

fn bundle(code: &str, sources: &[&str]) -> Result<FluentBundle<FluentResource>, String> {
    let langid = code
        .parse()
        .map_err(|e| format!("language id {code}: {e:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Plain text without bidi isolation marks: the templates isolate with <bdi> where needed.
    bundle.set_use_isolating(false);
    // Counts read grouped in every language ("3 000 ballots"), see [`format_count`].
    bundle.set_formatter(Some(grouping_formatter));
    for source in sources {
        let resource = FluentResource::try_new(source.to_string())
            .map_err(|(_, errs)| format!("locales/{code}: {errs:?}"))?;
        // A message defined twice is an error: each area owns its ids.
        bundle
            .add_resource(resource)
            .map_err(|errs| format!("locales/{code}: {errs:?}"))?;
    }
    Ok(bundle)
}

/// A count for reading, the same in every language: thousands grouped by a narrow
/// no-break space (`3\u{202F}000`, `80\u{202F}149`), as French and Moroccan usage write
/// it. The separator is a bidi "common separator", so the digits stay one number inside
/// an Arabic sentence. The one helper for counts: templates call it, and every Fluent
/// message formats its numeric arguments with it (except years, numbers and references).
pub fn format_count(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if n < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(ch);
    }
    out
}

/// Fluent arguments that are labels, not quantities (a year, a document or item number,
/// a reference, a rank): never grouped ("2026", not "2 026").
fn is_label(name: &str) -> bool {
    name.contains("year")
        || matches!(
            name,
            "number"
                | "ref"
                | "id"
                | "version"
                | "rank"
                | "line"
                | "page"
                | "session"
                | "m"
                | "missed_m"
                | "month"
                | "hour"
        )
}

fn ungrouped_if_label<'a>(name: &str, v: &FluentValue<'a>) -> FluentValue<'a> {
    match v {
        // Below 1000 nothing is grouped anyway; leaving the options alone keeps the number
        // equal to a variant key such as `[10]` (Fluent compares the options too).
        FluentValue::Number(n) if is_label(name) && n.value.abs() >= 1000.0 => {
            let mut n = n.clone();
            n.options.use_grouping = false;
            FluentValue::Number(n)
        }
        other => other.clone(),
    }
}

/// The bundles' number formatter: whole numbers grouped by [`format_count`] unless the
/// argument asked for no grouping; anything else formatted by Fluent itself.
fn grouping_formatter<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n)
            if n.options.use_grouping
                && n.value.fract() == 0.0
                && n.value.abs() < 9.0e15
                && n.options.minimum_fraction_digits.is_none() =>
        {
            Some(format_count(n.value as i64))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_used_as_a_selector_still_chooses_its_variant() {
        // `missed_m` is a label (never grouped) and selects `[10] d’octobre`.
        let i18n = I18n::load().expect("locales load");
        let args: Vec<(&str, FluentValue)> = vec![
            ("missed_m", 10.into()),
            ("missed_month", "octobre".into()),
            ("missed_year", "2027".into()),
            ("missed_deadline", "11 septembre 2027".into()),
            ("m", 2.into()),
            ("month", "février".into()),
            ("year", "2028".into()),
            ("start", "1 février 2028".into()),
            ("deadline", "12 janvier 2028".into()),
        ];
        let text = i18n.t(Lang::Fr, "pet-session-slipped", &args);
        assert!(text.contains("session d’octobre 2027"), "{text}");
    }

    #[test]
    fn counts_are_grouped_but_years_and_numbers_are_not() {
        let i18n = I18n::load().expect("locales load");
        assert_eq!(format_count(3000), "3\u{202F}000");
        assert_eq!(format_count(80149), "80\u{202F}149");
        assert_eq!(format_count(-1234567), "-1\u{202F}234\u{202F}567");
        assert_eq!(format_count(999), "999");
        let fr = i18n.t(Lang::Fr, "members-count", &[("count", 3000.into())]);
        assert!(fr.contains("3\u{202F}000"), "{fr}");
        let ar = i18n.t(Lang::Ar, "members-count", &[("count", 3000.into())]);
        assert!(ar.contains("3\u{202F}000"), "{ar}");
        let year = i18n.t(
            Lang::Fr,
            "commune-population",
            &[("population", 80149.into()), ("year", 2014.into())],
        );
        assert!(
            year.contains("2014") && year.contains("80\u{202F}149"),
            "{year}"
        );
    }

    #[test]
    fn arabic_and_french_have_the_same_messages() {
        let mut ar = I18n::ids(Lang::Ar);
        let mut fr = I18n::ids(Lang::Fr);
        ar.sort();
        fr.sort();
        let missing_ar: Vec<_> = fr.iter().filter(|id| !ar.contains(id)).collect();
        let missing_fr: Vec<_> = ar.iter().filter(|id| !fr.contains(id)).collect();
        assert!(missing_ar.is_empty(), "missing in ar.ftl: {missing_ar:?}");
        assert!(missing_fr.is_empty(), "missing in fr.ftl: {missing_fr:?}");
    }

    #[test]
    fn every_error_kind_is_translated() {
        let i18n = I18n::load().expect("locales parse");
        for kind in crate::ErrorKind::ALL {
            let id = format!("error-{}", kind.key());
            assert!(i18n.has(Lang::Ar, &id), "ar lacks {id}");
            assert!(i18n.has(Lang::Fr, &id), "fr lacks {id}");
        }
    }

    #[test]
    fn arabic_uses_its_six_plural_forms() {
        let i18n = I18n::load().expect("locales parse");
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| i18n.t(Lang::Ar, "members-count", &[("count", n.into())]))
            .collect();
        let mut distinct = forms.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 6, "{forms:?}");
    }

    #[test]
    fn tamazight_falls_back_to_french() {
        // locales/tzm is complete now (tests/tests/tzm.rs): a Tamazight bundle lacking
        // the message shows that a missing message falls back to French.
        let i18n = I18n {
            ar: bundle("ar", &AR).expect("ar"),
            fr: bundle("fr", &FR).expect("fr"),
            tzm: bundle("tzm", &["app-name = ⵎⵓⵛⴰⵔⴰⴽⴰ\n"]).expect("tzm"),
        };
        assert_eq!(i18n.t(Lang::Tzm, "app-name", &[]), "ⵎⵓⵛⴰⵔⴰⴽⴰ");
        assert_eq!(
            i18n.t(Lang::Tzm, "error-csrf_invalid", &[]),
            i18n.t(Lang::Fr, "error-csrf_invalid", &[])
        );
    }

    #[test]
    fn accept_language_prefers_the_highest_quality() {
        assert_eq!(
            Lang::from_accept_language("en;q=1, fr-FR;q=0.8, ar;q=0.9"),
            Some(Lang::Ar)
        );
        assert_eq!(Lang::from_accept_language("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language("en-GB"), None);
    }
}
