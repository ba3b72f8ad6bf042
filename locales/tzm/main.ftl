## ⵎⵓⵛⴰⵔⴰⴽⴰ — Tamazight (Tifinagh). Messages missing here fall back to French.

app-name = ⵎⵓⵛⴰⵔⴰⴽⴰ
lang-name = ⵜⴰⵎⴰⵣⵉⵖⵜ
nav-home = ⴰⵙⵏⵓⴱⴳ
nav-communes = ⵜⵉⵖⵔⵎⵉⵡⵉⵏ
nav-login = ⴽⵛⵎ
nav-logout = ⴼⴼⵖ
nav-register = ⵙⵏⴼⵍⵓⵍ ⴰⵎⵉⴹⴰⵏ
nav-profile = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
nav-language = ⵜⵓⵜⵍⴰⵢⵜ
month-1 = ⵉⵏⵏⴰⵢⵔ
month-2 = ⴱⵕⴰⵢⵕ
month-3 = ⵎⴰⵕⵚ
month-4 = ⵉⴱⵔⵉⵔ
month-5 = ⵎⴰⵢⵢⵓ
month-6 = ⵢⵓⵏⵢⵓ
month-7 = ⵢⵓⵍⵢⵓⵣ
month-8 = ⵖⵓⵛⵜ
month-9 = ⵛⵓⵜⴰⵏⴱⵉⵔ
month-10 = ⴽⵜⵓⴱⵔ
month-11 = ⵏⵓⵡⴰⵏⴱⵉⵔ
month-12 = ⴷⵓⵊⴰⵏⴱⵉⵔ
commune-council = ⴰⵙⵇⵇⵉⵎ ⵏ ⵜⵖⵔⵎⵜ
login-title = ⴽⵛⵎ

## ⴰⵎⵉⴹⴰⵏ (account mail)
mail-register-taken-subject = ⴰⵔⵎ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⵙ ⵜⵏⵙⴰ ⵏⵏⴽ — ⵎⵓⵛⴰⵔⴰⴽⴰ
mail-register-taken-body = ⴰⵣⵓⵍ { $name },

    ⵢⴰⵏ ⵢⵔⴰⵎ ⴰⴷ ⵢⵙⵏⴼⵍⵓⵍ ⴰⵎⵉⴹⴰⵏ ⴳ ⵎⵓⵛⴰⵔⴰⴽⴰ ⵙ ⵜⵏⵙⴰ ⵏⵏⴽ, ⵍⵍⵉ ⵖⵓⵔⵙ ⴰⵎⵉⴹⴰⵏ. ⵓⵔ ⵉⵜⵜⵓⵙⵏⴼⵍⵓⵍ ⵡⴰⵍⵓ.
    ⵉⴳ ⴷ ⴽⵢⵢⵉ ⴰⴷ ⵉⵣⵔⵉⵏ ⵜⵙⵙⵓⵜⵍⵜ ⵜⴰⴼⵔⵉⵔⵜ, ⵙⵜⵉ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ ⴷⴰ:
    { $link }

    ⵎⴽ ⵓⵔ ⴷ ⴽⵢⵢⵉ, ⵙⵙⵓⵔⵉ ⵜⴰⴱⵔⴰⵜ ⴰ: ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⴱⴷⴷⴰⵍ.
profile-sessions-end = ⴼⴼⵖ ⵙⴳ ⴽⵓⵍⵍⵓ ⵉⵎⴰⵙⵙⵏ

## ⴰⵙⵏⵓⴱⴳ ⵏ ⵜⵖⵔⵎⵜ (issue 18)
home-sections = ⵉⵃⵔⵉⵛⵏ ⵏ ⵜⵖⵔⵎⵜ
home-open-now = ⵉⵕⵥⵎ ⴷⵖⵉ
home-nothing-open = ⵓⵍⴰ ⵢⴰⵜ ⵓⵔ ⵜⵕⵥⵎ ⴷⵖⵉ ⵉ ⵜⵓⵎⵓⵏⵜ: ⵥⵕ ⵉⵃⵔⵉⵛⵏ ⵍⵍⵉ ⴷ ⵉⵍⵍⴰⵏ ⴷ ⴰⴼⵍⵍⴰ.
home-kind-petition = ⵜⴰⵙⵓⵜⵔⵜ
home-kind-consultation = ⴰⵙⵇⵙⵉ ⴰⵎⴰⵜⴰⵢ
home-kind-call = ⴰⵖⵓⵔⵉ ⵉ ⵉⵙⵏⴼⴰⵔⵏ
home-kind-information = ⵉⵏⵖⵎⵉⵙⵏ
home-information-text = ⵙⵓⵜⵔ ⵢⴰⵜ ⵜⵙⵏⴷⵍⵜ ⵏⵖ ⵢⴰⵏ ⵉⵏⵖⵎⵉⵙ ⵍⵍⵉ ⵢⵍⵍⴰⵏ ⵖⵓⵔ ⵜⵖⵔⵎⵜ (ⴰⵙⵏⴰⴹ 31.13).
home-signatures = { $count } ⵓⵣⵎⵎⴰⵎ
home-ballots = { $count } ⵜⴰⵙⵏⴷⵍⵜ ⵏ ⵓⴼⵔⵔⵓ
home-until = ⴰⵔ { $date }
home-next-session = ⵜⴰⵏⵣⵉⵜ ⵜⵓⵎⵎⵉⵜ ⵏ ⵓⵙⵇⵇⵉⵎ
home-session-dates = ⵙⴳ { $start } ⴰⵔ { $end }
home-in-days = { $days ->
    [0] ⴰⵙⵙ ⴰ
   *[other] ⴷⴳ { $days } ⵡⵓⵙⵙⴰⵏ
}
home-latest-deliberations = ⵉⵙⵜⵜⴰⵢⵏ ⵉⵎⴳⴳⵓⵔⴰ
home-answers = ⵜⵉⵔⴰⵔⵉⵏ ⵅⴼ ⵜⵓⵙⵓⵜⵔⵉⵏ
home-no-answers = ⵓⵍⴰ ⵢⴰⵜ ⵜⵓⵙⵓⵜⵔⵜ ⵓⵔ ⵜⵓⵎⵥ ⵜⴰⵔⴰⵔⵜ.
home-figures = ⵜⵓⵎⵓⵏⵜ ⵙ ⵉⵎⴹⴰⵏ
home-fig-petitions = ⵜⵓⵙⵓⵜⵔⵉⵏ ⵉⵜⵜⵓⵙⵔⵙⵏ
home-fig-signatures = ⵓⵣⵎⵎⴰⵎ
home-fig-ballots = ⵜⵉⵙⵏⴷⵍⵉⵏ ⵏ ⵓⴼⵔⵔⵓ (ⵜⴰⵙⵎⵔⴰⵙⵜ ⵜⴰⵎⵢⴰⵡⴰⵙⵜ)
home-fig-members = ⵉⵎⴷⵓⴽⴰⵍ ⵏ ⵓⵙⵇⵇⵉⵎ
home-bureau = ⴰⵙⵇⵇⵉⵎ ⴰⵎⵥⵍⴰⵢ

## ⴰⴹⴰⵕ ⵏ ⵜⴰⵙⵏⴰ, ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ (ⴰⵙⵏⴰⴹ 09.08), ⴰⵏⴽⵛⴰⵎ, ⵜⵓⵎⵖⵉⵡⵉⵏ ⵜⵉⵙⵏⴰⴹⵉⵏ
footer-nav = ⵉⵏⵖⵎⵉⵙⵏ ⵅⴼ ⵓⵙⵉⵜ
footer-privacy = ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ
footer-accessibility = ⴰⵏⴽⵛⴰⵎ
footer-legal = ⵉⵏⵖⵎⵉⵙⵏ ⵉⵙⵏⴰⴹⵏ
notices-privacy-title = ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ
notices-privacy-controller = ⵜⴰⵖⵔⵎⵜ ⵏ { $commune } ⴰⵢ ⵢⵜⵜⵡⴰⵙⵙⵓⵜⵍⵏ ⵅⴼ ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ ⴳ ⵜⵙⵏⴰ ⵏⵏⵙ (ⴰⵙⵏⴰⴹ 09.08).
notices-privacy-controller-national = ⴽⵓ ⵜⴰⵖⵔⵎⵜ ⵜⵜⵡⴰⵙⵙⵓⵜⵍ ⵅⴼ ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ ⴳ ⵜⵙⵏⴰ ⵏⵏⵙ: ⵜⴰⵙⵏⴰ ⵏⵏⵙ «ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ» ⴰⴷ ⵢⵜⵜⴰⴽⴽⴰⵏ ⴰⵏⵙⴰ ⵏ ⵓⵎⵢⴰⵡⴰⴹ ⵏⵏⵙ (ⴰⵙⵏⴰⴹ 09.08).
notices-privacy-what-title = ⵎⴰⵢⴷ ⵉⵜⵜⵓⵙⵎⵓⵏⵏ, ⵎⴰⵅ
notices-privacy-account = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ: ⵉⵙⵎ, ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ, ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ (ⵉⵜⵜⵓⵃⴹⴰ ⴳ ⵢⴰⵏ ⵡⴰⵏⴰⵡ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ) ⴷ ⵜⵓⵜⵍⴰⵢⵜ, ⴰⴼⴰⴷ ⴰⴷ ⴽ ⵏⵙⵙⵏ ⵜⵏⵔⴰⵔ ⴽ.
notices-privacy-petition = ⴰⵣⵎⵎⴻⵎ ⵏ ⵜⵓⵙⵓⵜⵔⵜ: ⵉⵙⵎ, ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵕⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ, ⵜⴰⵏⵙⴰ ⴷ ⵓⵣⵎⵎⴻⵎ ⴳ ⵜⵍⴳⴰⵎⵉⵏ ⵏ ⵜⵉⴼⵔⵉⵏ, ⵍⵍⵉ ⵉⵙⵙⵓⵜⵓⵔ ⵓⵙⵏⴰⴹ ⴰⵏⵎⵍⵓⵙ 113.14 (ⵜⵉⵙⵓⵔⴰ 121 ⴰⵔ 125). ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵕⴹⴰ ⵉⵜⵜⵓⵙⵏⵜⵍ; ⵖⴰⵙ ⴰⵙⵇⵇⵉⵎ ⴰⵎⵥⵍⴰⵢ ⴷ ⵓⵎⵙⵙⵓⵜⵔ ⴰⵢ ⵜⵏ ⵉⵥⵕⵕⴰⵏ, ⵓⵔ ⵜⵜⵓⵙⵙⴰⵖⵏ.
notices-privacy-vote = ⴰⴼⵔⵔⵓ ⴳ ⵜⵙⵎⵔⴰⵙⵜ ⵜⴰⵎⵢⴰⵡⴰⵙⵜ: ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵏⵖ ⵜⴰⴽⴰⵕⴹⴰ ⵏⵏⴽ, ⴰⴼⴰⴷ ⵓⵔ ⵉⵜⵜⴼⵔⵔⵓ ⵢⴰⵏ ⵖⴰⵙ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ. ⵉⵙⵜⵉⵢⵏ ⵓⵔ ⵜⵜⵓⵙⵙⴰⵖⵏ ⵖⴰⵙ ⵙ ⵉⵎⴹⴰⵏ.
notices-privacy-writing = ⵉⵙⵓⵎⵔ, ⵉⵡⵏⵏⴰⵏ, ⵉⵙⵇⵙⵉⵜⵏ ⴷ ⵜⵓⵙⵓⵜⵔⵉⵏ ⵏ ⵉⵏⵖⵎⵉⵙⵏ (ⴰⵙⵏⴰⴹ 31.13): ⵎⴰⵢⴷ ⵜⵔⵓⵛⵎⴷ ⴷ ⵉⵙⵎ ⵍⵍⵉ ⵜⵙⵜⵉⴷ ⴰⴷ ⵉⴱⴰⵢⵏ, ⴰⴼⴰⴷ ⴰⴷ ⴰⵡⵏ ⵏⵔⴰⵔ.
notices-privacy-technical = ⵉⵙⵎⵓⵜⵜⴳ ⵜⵉⵜⵉⴽⵏⵉⴽⵉⵏ: ⵜⴰⵏⵙⴰ IP, ⵜⵜⵓⵃⴹⴰ ⵢⴰⵏ ⵡⴰⴽⵓⴷ ⵉⵎⵥⵥⵉⵢⵏ; ⵙⵉⵏ ⵉⴽⵓⴽⵉⵜⵏ ⵖⴰⵙ, ⵜⴰⵖⵉⵎⵉⵜ ⴷ ⵜⵓⵜⵍⴰⵢⵜ. ⵓⵍⴰ ⴽⵓⴽⵉ ⵏ ⵓⵙⵙⵏⴼⵍ ⵏⵖ ⵏ ⵓⵙⵙⵉⴹⵏ.
notices-privacy-how-long-title = ⵎⵏⵛⴽ ⵏ ⵡⴰⴽⵓⴷ
notices-privacy-how-long = ⵉⵙⵎⵓⵜⵜⴳ ⵏ ⵉⵎⵣⵎⵎⴰⵎⵏ ⵏ ⵜⵓⵙⵓⵜⵔⵜ ⵜⵜⵓⵙⴼⴹⵏ { $months } ⵉⵢⵢⵉⵔⵏ ⴷⴼⴼⵉⵔ ⵜⴰⴳⵜⵓⵔⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ. ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵉⵜⵜⵓⵃⴹⴰ ⴰⵔ ⴷ ⵜ ⵜⴽⴽⵙⴷ. ⵎⴰⵢⴷ ⵜⵙⵙⴰⵖⴷ ⵉⵇⵇⵉⵎ ⵉⴳⴰ ⴰⵎⴰⵜⴰⵢ.
notices-privacy-who-title = ⵎⴰⵏⵡ ⴰⵢ ⵜⵏ ⵉⵥⵕⵕⴰⵏ
notices-privacy-who = ⵜⵉⵎⵥⵍⵉⵡⵉⵏ ⵏ ⵜⵖⵔⵎⵜ ⵍⵍⵉ ⵉⵜⵜⵡⴰⵙⵙⵓⵜⵍⵏ ⵅⴼ ⴽⵓ ⴰⵙⵓⵔⵙ, ⴷ ⵓⵙⵇⵇⵉⵎ ⴰⵎⵥⵍⴰⵢ ⵉ ⵜⵓⵙⵓⵜⵔⵉⵏ. ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵣⵏⵣⴰ, ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵉⵡⴹ ⵙ ⴱⵕⵕⴰ.
notices-privacy-rights-title = ⵉⵣⵔⴼⴰⵏ ⵏⵏⴽ, ⴷ ⵎⴰⵏⵡ ⵙ ⴰⵔ ⵜⵙⵙⵉⵡⵍⴷ
notices-privacy-rights = ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵓⵜⵔⴷ ⴰⵏⴽⵛⴰⵎ ⵖⵔ ⵉⵙⵎⵓⵜⵜⴳ ⵏⵏⴽ, ⴰⵙⵖⵓⴷⵓ ⵏⵏⵙⵏ ⵏⵖ ⴰⴳⴷⴷⵉ ⵅⴼ ⵓⵙⵎⵔⵙ ⵏⵏⵙⵏ (ⴰⵙⵏⴰⴹ 09.08, ⵜⵉⵙⵓⵔⴰ 7 ⴰⵔ 9), ⵙ ⵜⵉⵔⴰ ⵖⵔ ⵓⵎⵢⴰⵡⴰⴹ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⴷⴷⴰⵡ. ⵜⵣⵎⵔⴷ ⴰⵡⴷ ⴰⴷ ⵜⴰⵡⴹⴷ CNDP (www.cndp.ma).
notices-privacy-contact = ⴰⵎⵙⵙⵓⵜⵍ ⵅⴼ ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ
notices-contact-missing = ⴰⵎⵢⴰⵡⴰⴹ ⴰⵎⴰⵜⴰⵢ ⵏ ⵜⵖⵔⵎⵜ
notices-cndp = ⴰⵙⵏⵓⵔⵜ ⵏ ⵓⵙⵙⵓⴼⵖ ⵖⵔ CNDP
notices-field-privacy-email = ⵉⵎⴰⵢⵍ ⵏ ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ
notices-field-privacy-phone = ⵜⵉⵍⵉⴼⵓⵏ ⵏ ⵉⵙⵎⵓⵜⵜⴳ ⵉⵏⵎⵣⵡⵓⵔⴰ
notices-accessibility-title = ⴰⵏⴽⵛⴰⵎ
notices-accessibility-intro = ⴰⵙⵉⵜ ⴰ ⵉⵜⵜⵎⵏⴰⴷ ⴰⵙⵡⵉⵔ AA ⵏ ⵉⵍⴳⴳⴰⵏ WCAG 2.1, ⵙ ⵜⵄⵔⴰⴱⵜ, ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⴷ ⵜⵎⴰⵣⵉⵖⵜ, ⴳ ⵜⵉⵍⵉⴼⵓⵏ ⴷ ⵓⵙⵎⵙⵙⵓ, ⵙ JavaScript ⵏⵖ ⴱⵍⴰ ⵜ.
notices-accessibility-status = ⴰⴷⴷⴰⴷ: ⵉⵎⵙⴰⵙⴰ ⵙ ⵓⵃⵍⵍⵓⵢ. ⵜⴰⵙⵏⴰ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵙ ⵓⴳⴳⴰⵔ (ⴰⵙⵏⵓⴱⴳ ⵏ ⵜⵖⵔⵎⵜ, ⵜⴰⵙⵓⵜⵔⵜ, ⴰⴼⵔⵔⵓ ⴷ ⵜⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵙⵎⵔⴰⵙⵜ ⵜⴰⵎⵢⴰⵡⴰⵙⵜ) ⵜⵜⵓⵙⵙⵓⴳⴷⴰⵏⵜ ⵙ ⵓⵎⴰⵢⵏⵓ (axe-core) ⵙ 360 ⴷ 1280 ⵏ ⵉⴱⵉⴽⵙⵉⵍⵏ.
notices-accessibility-limits = ⵜⵉⵍⵉⵙⵉⵏ ⵉⵜⵜⵓⵙⵙⵏⵏ: ⴽⵔⴰ ⵏ ⵜⵙⵏⴷⵍⵉⵏ ⵍⵍⵉ ⵜⵙⵙⵓⴷⵓⵏ ⵜⵖⵔⵎⵜ (PDF, ⵜⵉⵡⵍⴰⴼⵉⵏ) ⵥⴹⴰⵕⵏⵜ ⴰⴷ ⵓⵔ ⵜⵜⵢⴰⵏⴽⵛⴰⵎⵏⵜ; ⴽⵔⴰ ⵏ ⵜⵙⵏⴰ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵍⵍⴰⵏⵜ ⵖⴰⵙ ⵙ ⵜⵄⵔⴰⴱⵜ ⴷ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ.
notices-accessibility-email = ⵎⵍ ⵢⴰⵜ ⵜⵎⵓⴽⵔⵉⵙⵜ ⵏ ⵓⵏⴽⵛⴰⵎ
notices-accessibility-contact = ⵉⵍⵍⴰ ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⵉⴳⴷⵍⵏ ⴽ ⵙⴳ ⵢⴰⵏ ⵓⴳⴰⵡⵏ ⵏⵖ ⵢⴰⵜ ⵜⵏⴰⴼⵓⵜ? ⴰⵔⵓ ⴰⵖ: ⴰⴷ ⴰⴽ ⵏⵔⴰⵔ ⵏⴼⴽ ⴰⴽ ⴰⴳⴰⵡⵏ ⵙ ⵢⴰⵏ ⵡⴰⵏⴰⵡ ⵢⴰⴹⵏ.
notices-legal-title = ⵉⵏⵖⵎⵉⵙⵏ ⵉⵙⵏⴰⴹⵏ
notices-legal-publisher-title = ⴰⵎⵙⵙⴰⵖ
notices-legal-publisher = ⴰⵙⵉⵜ ⴰ ⵜⵙⵙⴰⵖ ⵜ ⵜⵖⵔⵎⵜ ⵏ { $commune }.
notices-legal-publisher-national = ⴽⵓ ⵜⴰⵖⵔⵎⵜ ⵜⵙⵙⴰⵖ ⵜⴰⵙⵏⴰ ⵏⵏⵙ; ⵜⴰⵙⵉⵜⵉⵜ ⵎⵓⵛⴰⵔⴰⴽⴰ ⴰⵢ ⵜⵏⵜ ⵉⵙⵎⵓⵏⵏ.
notices-legal-director = ⴰⵏⵎⵀⴰⵍ ⵏ ⵓⵙⵙⴰⵖ
notices-legal-host = ⴰⵙⵏⵣⴳⵓ
notices-legal-software-title = ⴰⵖⴰⵡⴰⵙ
notices-legal-software = ⵎⵓⵛⴰⵔⴰⴽⴰ, ⵜⴰⵙⵉⵜⵉⵜ ⵏ ⵜⵓⵎⵓⵏⵜ ⵜⴰⵖⴻⵔⵎⴰⵏⵜ ⵉ ⵜⵖⵔⵎⵉⵡⵉⵏ (ⴰⵙⵏⴰⴹ ⴰⵏⵎⵍⵓⵙ 113.14, ⵜⵉⵙⵓⵔⴰ 119 ⴰⵔ 125).
notices-admin-tab = ⵉⵎⵢⴰⵡⴰⴹⵏ ⴷ ⵜⵓⵎⵖⵉⵡⵉⵏ
notices-admin-intro = ⵉⵎⵢⴰⵡⴰⴹⵏ ⴰ ⴱⴰⵢⵏⵏ ⴳ ⵜⵙⵏⴰ ⵏ ⵜⵖⵔⵎⵜ:

## ⵉⵣⵎⵣ ⵍⵍⵉ ⵉⵣⵔⵉⵏ
days-overdue = ⵉⵜⵜⵓⴷⵔⴼ ⵙ { $days } ⵡⵓⵙⵙⴰⵏ
deadline-overdue = ⵉⵜⵜⵓⵔⴰⵊⴰ ⴰⵔ { $date }: ⵉⵜⵜⵓⴷⵔⴼ ⵙ { $days } ⵡⵓⵙⵙⴰⵏ.
