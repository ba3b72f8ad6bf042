## ⵎⵓⵛⴰⵔⴰⴽⴰ — Tamazight (Tifinagh, IRCAM standard). Same ids, same order as fr/main.ftl.
## Every public message (tests/tests/tzm.rs says which are public) must exist here; a
## message missing here falls back to French, which tests/tests/tzm.rs finds on the pages.
##
## Glossary (keep these terms in every tzm file):
##   petition .................... ⵜⴰⵙⵓⵜⵔⴰ, pl. ⵜⵉⵙⵓⵜⵔⴰ (annexed ⵜⵙⵓⵜⵔⴰ)
##   agent (mandataire) .......... ⴰⵎⵎⵓⴽⵍ, pl. ⵉⵎⵎⵓⴽⵍⵏ
##   bureau (of the council) ..... ⴰⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ
##   session ..................... ⴰⵙⵎⵓⵏ, pl. ⵉⵙⵎⵓⵏⵏ (annexed ⵓⵙⵎⵓⵏ)
##   sitting (séance) ............ ⵜⴰⵖⵉⵎⵉⵜ, pl. ⵜⵉⵖⵉⵎⵉⵜⵉⵏ
##   agenda ...................... ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ
##   deliberation (decision) ..... ⴰⵙⵖⵜⴰⵙ, pl. ⵉⵙⵖⵜⴰⵙⵏ (annexed ⵓⵙⵖⵜⴰⵙ)
##   minutes (procès-verbal) ..... ⴰⵏⴳⵎⴰⵙ, pl. ⵉⵏⴳⵎⴰⵙⵏ
##   advisory opinion ............ ⴰⵏⵏⴰⵢ ⴰⵙⵇⵙⴰⵢ, pl. ⵉⵏⵏⴰⵢⵏ ⵉⵙⵇⵙⴰⵢⵏ
##   consultative body ........... ⵜⴰⵏⴱⴹⴰⵜ ⵜⴰⵙⵇⵙⴰⵢⵜ, pl. ⵜⵉⵏⴱⴹⴰⵡⵉⵏ ⵜⵉⵙⵇⵙⴰⵢⵉⵏ
##   budget ...................... ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ
##   participatory budget ........ ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ
##   co-creation ................. ⴰⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ
##   consultation ................ ⴰⵎⵙⴰⵡⴰⵍ ⴰⴳⴷⵓⴷⴰⵏ, pl. ⵉⵎⵙⴰⵡⴰⵍⵏ
##   complaint ................... ⵜⴰⴳⴰⵡⵜ, pl. ⵜⵉⴳⴰⵡⵉⵏ
##   access to information ....... ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ
##   request ..................... ⵜⵓⵜⵔⵉⵜ, pl. ⵜⵓⵜⵔⵉⵡⵉⵏ
##   action programme ............ ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵜⵖⵔⵎⵜ
##   commune ..................... ⵜⴰⵖⵔⵎⵜ, pl. ⵜⵉⵖⵔⵎⵉⵡⵉⵏ (annexed ⵜⵖⵔⵎⵜ)
##   council ..................... ⴰⵙⵇⵇⵉⵎ (annexed ⵓⵙⵇⵇⵉⵎ); communal council ⴰⵙⵇⵇⵉⵎ ⵏ ⵜⵖⵔⵎⵜ
##   committee (commission) ...... ⵜⴰⵙⵇⵇⵉⵎⵜ, pl. ⵜⵉⵙⵇⵇⵉⵎⵉⵏ
##   president ................... ⴰⵏⵎⵖⴰⵔ (f. ⵜⴰⵏⵎⵖⴰⵔⵜ)
##   association ................. ⵜⴰⵎⵙⵙⵓⴷⵙⵜ, pl. ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ
##   citizen ..................... ⴰⵖⵔⵎⴰⵏ, pl. ⵉⵖⵔⵎⴰⵏⵏ
##   vote (noun / to vote) ....... ⴰⵙⵜⵜⴰⵢ, pl. ⵉⵙⵜⵜⴰⵢⵏ / ⵙⵜⵜⵢ
##   ballot ...................... ⵜⴰⵡⵔⵉⵇⵜ ⵏ ⵓⵙⵜⵜⴰⵢ
##   signature (noun / to sign) .. ⴰⵙⵎⴰⵍ, pl. ⵉⵙⵎⴰⵍⵏ / ⵙⵎⵍ
##   project ..................... ⴰⵙⵏⴼⴰⵔ, pl. ⵉⵙⵏⴼⴰⵔⵏ
##   account ..................... ⴰⵎⵉⴹⴰⵏ
##   article (of a law) .......... ⴰⴼⵙⵙⴰⵔ (abbr. ⴰⴼ.); organic law ⴰⵙⵍⴳⵏ ⴰⵏⴰⵎⵓⵏ
## Names (Taroudant), numbers, law numbers (113.14), acronyms (CIN, PDF, CSV) stay as they are.
## Plurals: CLDR gives tzm the categories one (0, 1, 11–99) and other; the messages use the
## exact keys [0] and [1] where French says "none"/"one" in words, and *[other] otherwise.

app-name = ⵎⵓⵛⴰⵔⴰⴽⴰ
app-tagline = ⴰⵙⵎⵓⵜⵜⴳ ⵏ ⵉⵖⵔⵎⴰⵏⵏ ⴳ ⵜⵉⵖⵔⵎⵉⵡⵉⵏ ⵏ ⵍⵎⵖⵔⵉⴱ
lang-name = ⵜⴰⵎⴰⵣⵉⵖⵜ
skip-to-content = ⴷⴷⵓ ⵖⵔ ⵜⵓⵎⴰⵢⵜ
nav-home = ⴰⵙⵏⵓⴱⴳ
nav-communes = ⵜⵉⵖⵔⵎⵉⵡⵉⵏ
nav-login = ⴽⵛⵎ
nav-logout = ⴼⴼⵖ
nav-register = ⵙⵏⴼⵍⵓⵍ ⴰⵎⵉⴹⴰⵏ
nav-profile = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
nav-admin = ⴰⵙⵡⵓⴷⴷⵓ
nav-language = ⵜⵓⵜⵍⴰⵢⵜ
footer-text = ⵎⵓⵛⴰⵔⴰⴽⴰ — ⴰⵙⵉⴳ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⵏ ⵉⵖⵔⵎⴰⵏⵏ (ⴰⵙⵍⴳⵏ ⴰⵏⴰⵎⵓⵏ 113.14, ⵉⴼⵙⵙⴰⵔⵏ 119 ⴰⵔ 125).

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

members-count = { $count ->
    [0] ⵓⵍⴰ ⴰⴳⵎⴰⵎ
    [1] { $count } ⵓⴳⵎⴰⵎ
   *[other] { $count } ⵉⴳⵎⴰⵎⵏ
}
communes-count = { $count ->
    [1] { $count } ⵜⵖⵔⵎⵜ
   *[other] { $count } ⵜⵖⵔⵎⵉⵡⵉⵏ
}

## Errors
error-not_found = ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ.
error-commune_not_found = ⵜⴰⵖⵔⵎⵜ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ ⴳ ⵓⵙⵉⴳ.
error-unauthenticated = ⴽⵛⵎ ⴰⴷ ⵜⴽⵎⵎⵍⴷ.
error-forbidden = ⵓⵔ ⵖⵓⵔⴽ ⴰⵣⵔⴼ ⴰⴷ ⵜⴳⴷ ⴰⵢⴰ.
error-invalid_input = ⵍⵍⴰⵏ ⴽⵔⴰ ⵉⴳⵔⴰⵏ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵙⵖⵖⴷⴷ.
error-csrf_invalid = ⵜⴰⵍⵖⴰ ⵜⵎⵎⵔⵜ. ⴰⵍⵙ ⴰⵙⴰⵍⴰⵢ ⵏ ⵜⵙⵏⴰ ⵜⵄⴰⵡⴷⴷ.
error-rate_limited = ⴰⵟⵟⴰⵚ ⵏ ⵜⵉⵔⵉⵎⵉⵏ. ⵔⵊⵓ ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ ⵜⵄⴰⵡⴷⴷ.
error-email_taken = ⵍⵍⴰⵏ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵙ ⵜⵏⵙⴰ ⴰⴷ.
error-invalid_credentials = ⵜⴰⵏⵙⴰ ⵏⵖ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵉⵚⵃⵉⵃ.
error-email_not_confirmed = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵣⵡⴰⵔ: ⵉⵜⵜⵓⵣⵏ ⴰⴽ ⵓⵙⵖⵏ ⵙ ⵜⴱⵔⴰⵜ.
error-token_invalid = ⴰⵙⵖⵏ ⴰⴷ ⵓⵔ ⵉⵙⵙⵉ ⵢⵓⴷⵏ. ⵙⵓⵜⵔ ⵢⴰⵏ ⵓⵎⴰⵢⵏⵓ.
error-upload_too_large = ⴰⴼⴰⵢⵍⵓ ⵉⵎⵇⵇⵓⵔ ⴱⵣⵣⴰⴼ.
error-upload_type = ⴰⵏⴰⵡ ⴰⴷ ⵏ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ (PDF, PNG ⵏⵖ JPEG).
error-payload_too_large = ⵜⵓⵜⵔⵉⵜ ⵜⵎⵇⵇⵓⵔ ⴱⵣⵣⴰⴼ.
error-conflict = ⵜⴰⵡⵓⵔⵉ ⴰⴷ ⵜⵜⵓⴳⴰ ⵢⴰⴷ ⵏⵖ ⵜⵎⵢⴰⵡⴰⵍ ⴷ ⵢⴰⵜ ⵜⵢⵢⴰⴹ.
error-busy = ⵜⴰⵏⴰⴼⵓⵜ ⵜⵜⵡⴰⵟⵟⴰⴼ ⴱⵣⵣⴰⴼ. ⵄⴰⵡⴷ ⴷⵖⵢⴰ.
error-unavailable = ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵍⵍⵉ ⵖⵉⵍⴰ.
error-internal = ⵜⴹⵕⴰ ⵢⴰⵜ ⵜⵣⴳⵍⵜ ⵓⵔ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ. ⵜⵜⵓⵣⵎⵎⴻⵎ.
error-title = ⵜⴰⵣⴳⵍⵜ { $status }
error-back-home = ⴰⵖⵓⵍ ⵖⵔ ⵓⵙⵏⵓⴱⴳ

## Field errors
field-required = ⴰⴳⵔⴰⵏ ⴰⴷ ⵉⵇⵇⴰⵏ.
field-email = ⵜⴰⵏⵙⴰ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ ⵓⵔ ⵜⵚⵃⵉⵃ.
field-password-short = 10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰ ⴷⵔⵓⵙⵏ.
field-too-long = ⴰⴹⵔⵉⵙ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ.
field-number = ⵓⵟⵟⵓⵏ ⵓⵔ ⵉⵚⵃⵉⵃ.
field-date = ⴰⵣⵎⵣ ⵓⵔ ⵉⵚⵃⵉⵃ (ⵙⵙⵙⵙ-ⵉⵉ-ⵓⵓ).
field-choice = ⴰⵙⵜⴰⵢ ⵓⵔ ⵉⵚⵃⵉⵃ.
form-has-errors = ⵜⴰⵍⵖⴰ ⵖⵓⵔⵙ ⵜⵉⵣⴳⵍⵉⵏ, ⵥⵕ ⵉⴳⵔⴰⵏ ⵉⵜⵜⵓⵔⵛⵎⵏ.

## National page
home-title = ⵜⵉⵖⵔⵎⵉⵡⵉⵏ ⴳ ⵎⵓⵛⴰⵔⴰⴽⴰ
home-petitions = ⵜⵉⵙⵓⵜⵔⴰ ⴳ ⴽⵓⵍⵍⵓ ⵜⵉⵖⵔⵎⵉⵡⵉⵏ
home-intro = ⵙⵜⵉ ⵜⴰⵖⵔⵎⵜ ⵏⵏⴽ ⴰⴷ ⵜⴹⴼⵕⴷ ⴰⵙⵇⵇⵉⵎ ⵏⵏⵙ, ⴰⴷ ⵜⵙⵔⵙⴷ ⵏⵖ ⴰⴷ ⵜⵙⵎⵍⴷ ⵢⴰⵜ ⵜⵙⵓⵜⵔⴰ ⴷ ⴰⴷ ⵜⵙⵎⵓⵜⵜⴳⴷ ⴳ ⵜⵙⵏⵓⵎⵎⵉⵙⵉⵏ ⵏⵏⵙ ⵜⵉⵎⵢⴰⵏⴰⵡⵉⵏ.
commune-population = { $population } ⵏ ⵉⵎⵣⴷⴰⵖ (RGPH { $year })
commune-arrondissements = ⵜⴰⵖⵔⵎⵜ ⵙ ⵜⵉⵙⴳⴰ
col-commune = ⵜⴰⵖⵔⵎⵜ
col-province = ⵜⴰⵙⴳⴰ
col-region = ⵜⴰⵎⵏⴰⴹⵜ
col-population = ⵉⵎⵣⴷⴰⵖ

## Commune home
commune-council = ⴰⵙⵇⵇⵉⵎ ⵏ ⵜⵖⵔⵎⵜ
commune-council-sessions = ⵉⵙⵎⵓⵏⵏ ⴷ ⵉⵙⵖⵜⴰⵙⵏ ⵏ ⵓⵙⵇⵇⵉⵎ
commune-committees = ⵜⵉⵙⵇⵇⵉⵎⵉⵏ ⵜⵉⵎⵣⴳⵉⵡⵉⵏ
commune-contact = ⴰⵎⵢⴰⵡⴰⴹ
commune-address = ⵜⴰⵏⵙⴰ
commune-phone = ⵜⵉⵍⵉⴼⵓⵏ
commune-email = ⵜⴰⴱⵔⴰⵜ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ
commune-no-members = ⵓⵍⴰ ⴰⴳⵎⴰⵎ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ ⴰⵔ ⴷⵖⵉ.
commune-no-committees = ⵓⵍⴰ ⵜⴰⵙⵇⵇⵉⵎⵜ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ ⴰⵔ ⴷⵖⵉ.
committee-chair = ⵜⴰⵏⵎⵖⴰⵔⵜ: { $name }
committee-members = ⵉⴳⵎⴰⵎⵏ
role-president = ⴰⵏⵎⵖⴰⵔ / ⵜⴰⵏⵎⵖⴰⵔⵜ
role-vice_president = ⴰⴳⴳⴰⵣ ⵏ ⵓⵏⵎⵖⴰⵔ
role-vice_president-rank = ⴰⴳⴳⴰⵣ ⵡⵉⵙ { $rank } ⵏ ⵓⵏⵎⵖⴰⵔ
role-secretary = ⴰⵎⴰⵔⴰⵢ ⵏ ⵓⵙⵇⵇⵉⵎ
role-deputy_secretary = ⴰⴳⴳⴰⵣ ⵏ ⵓⵎⴰⵔⴰⵢ
role-member = ⴰⴳⵎⴰⵎ
gender-female = ⵜⴰⵎⵜⵟⵟⵓⵜ
gender-male = ⴰⵔⴳⴰⵣ
member-group = ⴰⴳⵔⴰⵡ: { $group }
member-term = ⵜⴰⵡⵓⵔⵉ ⵙⴳ { $start }

## Accounts
register-title = ⵙⵏⴼⵍⵓⵍ ⴰⵎⵉⴹⴰⵏ
register-intro = ⴰⵎⵉⴹⴰⵏ ⴰⴷ ⴰⴽ ⵢⴰⵊⵊ ⴰⴷ ⵜⵙⵎⵍⴷ ⵜⵉⵙⵓⵜⵔⴰ, ⴰⴷ ⵜⵙⵜⵜⵢⴷ ⴷ ⴰⴷ ⵜⵙⵎⴷⵢⴰⵣⴷ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵙⵜ.
field-name = ⵉⵙⵎ ⴰⵎⴷⴷⴰⴷ
field-email-label = ⵜⴰⵏⵙⴰ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ
field-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
field-password-hint = 10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰ ⴷⵔⵓⵙⵏ.
field-commune = ⵜⴰⵖⵔⵎⵜ ⵏ ⵓⵣⴷⴰⵖ
field-lang = ⵜⵓⵜⵍⴰⵢⵜ ⵉⵜⵜⵓⵙⵜⴰⵢⵏ
field-none = — ⵡⴰⵍⵓ —
register-submit = ⵙⵏⴼⵍⵓⵍ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
register-done-title = ⵥⵕ ⵜⴰⴱⵔⴰⵜ ⵏⵏⴽ
register-done = ⵉⵜⵜⵓⵣⵏ ⵢⴰⵏ ⵓⵙⵖⵏ ⵏ ⵓⵙⵏⵜⵎ ⵖⵔ { $email }. ⵉⵜⵜⵢⵓⴷⴰ 48 ⵏ ⵜⵙⵔⴰⴳⵉⵏ.
login-title = ⴽⵛⵎ
login-submit = ⴽⵛⵎ
login-forgot = ⵜⵜⵓⴷ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ?
login-no-account = ⵓⵔ ⵖⵓⵔⴽ ⴰⵎⵉⴹⴰⵏ?
confirm-title = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ
confirm-intro = ⵙⵉⵜⵜⵉ ⵖⴼ ⵜⵉⵇⵇⵏⴹⵜ ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ ⴷ ⴰⴷ ⵜⵙⵙⵏⴽⵔⴷ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ.
confirm-button = ⵙⵏⵜⵎⵖ ⵜⴰⵏⵙⴰ ⵉⵏⵓ
confirm-done = ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵜⵜⵓⵙⵏⵜⵎ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴽⵛⵎⴷ.
confirm-resend = ⴰⵍⵙ ⴰⵣⵏ ⵏ ⵓⵙⵖⵏ ⵏ ⵓⵙⵏⵜⵎ
forgot-title = ⵜⵜⵓⵖ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
forgot-intro = ⵉⵏⵉ ⵜⴰⵏⵙⴰ ⵏⵏⴽ: ⵎⴽ ⵉⵍⵍⴰ ⵓⵎⵉⴹⴰⵏ, ⴰⴷ ⵢⴰⵡⴹ ⵖⵔⵙ ⵢⴰⵏ ⵓⵙⵖⵏ ⴰⴷ ⵜⵙⵜⵉⴷ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⴰⵎⴰⵢⵏⵓ.
forgot-submit = ⴰⵣⵏ ⴰⵙⵖⵏ
forgot-done = ⵎⴽ ⵉⵍⵍⴰ ⵓⵎⵉⴹⴰⵏ ⵙ ⵜⵏⵙⴰ ⴰⴷ, ⵉⵜⵜⵓⵣⵏ ⵖⵔⵙ ⵢⴰⵏ ⵓⵙⵖⵏ. ⵉⵜⵜⵢⵓⴷⴰ 2 ⵏ ⵜⵙⵔⴰⴳⵉⵏ.
reset-title = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⴰⵎⴰⵢⵏⵓ
reset-submit = ⵃⴹⵓ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
reset-done = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ ⵉⵜⵜⵓⵙⵏⴼⵍ. ⴽⵛⵎ.
profile-title = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
profile-saved = ⵉⵙⴰⵍⵍⵏ ⵏⵏⴽ ⵜⵜⵓⵃⴹⴰⵏ.
profile-submit = ⵃⴹⵓ
profile-roles = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵉⵏⵓ
profile-no-roles = ⵓⵍⴰ ⵜⴰⵡⵓⵔⵉ ⴳ ⵢⴰⵜ ⵜⵖⵔⵎⵜ.
profile-platform-admin = ⴰⵎⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵙⵉⴳ
profile-email-confirmed = ⵜⴰⵏⵙⴰ ⵜⵜⵓⵙⵏⵜⵎ
profile-email-unconfirmed = ⵜⴰⵏⵙⴰ ⵓⵔ ⵜⵜⵓⵙⵏⵜⵎ
logout-done = ⵜⴼⴼⵖⴷ.
profile-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
field-current-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵏ ⵖⵉⵍⴰ
field-new-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⴰⵎⴰⵢⵏⵓ
profile-password-submit = ⵙⵏⴼⵍ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
password-changed = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ ⵉⵜⵜⵓⵙⵏⴼⵍ. ⵉⴽⵛⵛⵓⵎⵏ ⵏⵏⴽ ⵢⴰⴹⵏⵉⵏ ⵜⵜⵓⵇⵇⵏⵏ.
profile-sessions = ⵉⴽⵛⵛⵓⵎⵏ
profile-sessions-hint = ⵇⵇⵏ ⴽⵓⵍⵍⵓ ⵉⴽⵛⵛⵓⵎⵏ ⵏⵏⴽ, ⴳ ⵓⵙⴰⴳⴳⵯ ⴰⴷ ⴷ ⴳ ⵡⵉⵢⵢⴰⴹ (ⴰⵙⵍⴽⵉⵎ ⴰⵎⴰⵜⴰⵢ, ⵜⵉⵍⵉⴼⵓⵏ ⵉⵜⵜⵓⵥⵥⵍⵏ).
profile-sessions-end = ⴼⴼⵖ ⵙⴳ ⴽⵓⵍⵍⵓ ⵉⵎⴰⵙⵙⵏ
sessions-ended = ⴽⵓⵍⵍⵓ ⵉⴽⵛⵛⵓⵎⵏ ⵏⵏⴽ ⵜⵜⵓⵇⵇⵏⵏ. ⴽⵛⵎ ⵜⵉⴽⴽⵍⵜ ⵢⴰⴹⵏ.

## Roles
role-name-admin = ⴰⵏⵇⵇⵉⴹ ⴰⵏⴰⵎⴰⵙ ⵏ ⵓⵙⵎⵓⵜⵜⴳ (ⴰⵙⵡⵓⴷⴷⵓ)
role-name-secretariat = ⵜⴰⵎⴰⵔⴰⵢⵜ ⵏ ⵓⵙⵇⵇⵉⵎ
role-name-bureau = ⴰⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ
role-name-body_secretary = ⵜⴰⵎⴰⵔⴰⵢⵜ ⵏ ⵢⴰⵜ ⵜⵏⴱⴹⴰⵜ ⵜⴰⵙⵇⵙⴰⵢⵜ
role-name-reviewer = ⴰⵙⵙⵓⴷⵙ ⴰⵜⵉⴽⵏⵉⴽⴰⵏ (ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ)
role-name-evaluator = ⴰⵙⵙⵏⵇⴷ (ⴰⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ)

## Associations
association-title = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵉⵏⵓ
association-intro = ⵙⵎⴷⵢⴰⵣ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵙⵜ ⴰⴷ ⵜⵙⵔⵙⴷ ⵜⵉⵙⵓⵜⵔⴰ (ⴰⴼ. 124) ⴷ ⴰⴷ ⵜⵔⴰⵔⴷ ⵅⴼ ⵜⵖⵔⵉⵡⵉⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ. ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵖⵔⵎⵜ ⵏ ⵓⵙⵉⵔⴰ ⴰⴷ ⵙⵙⵏⵇⴷⵏⵜ ⴰⴼⴰⵢⵍⵓ ⵏⵏⴽ.
field-name-ar = ⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ
field-name-fr = ⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ
field-receipt-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵡⵚⵍ ⴰⵏⴳⴳⴰⵔⵓ
field-receipt-date = ⴰⵣⵎⵣ ⵏ ⵓⵡⵚⵍ
field-founded-on = ⴰⵣⵎⵣ ⵏ ⵓⵙⵏⵓⵍⴼⵓ
field-seat-commune = ⵜⴰⵖⵔⵎⵜ ⵏ ⵓⵙⵉⵔⴰ
field-activity = ⵉⴳⵔ ⵏ ⵜⵡⵓⵔⵉ
field-statutes = ⴰⵏⴰⴹ ⴰⵙⵍⵖⴰⵏ (PDF, 5 Mo ⵎⴰ ⵢⵓⴳⵔⵏ)
association-submit = ⴰⵣⵏ ⴰⴼⴰⵢⵍⵓ
association-status-pending = ⵉⵔⴰⵊⵊⵓ ⴰⵙⵙⵏⵇⴷ
association-status-verified = ⵜⵜⵓⵙⵙⵏⵇⴷ
association-status-rejected = ⵜⵜⵓⵙⵎⴰⵔⵏ: { $reason }
association-tab-pending = ⵔⴰⵊⵊⵓⵏⵜ
association-tab-verified = ⵜⵜⵓⵙⵙⵏⵇⴷⵏⵜ
association-tab-rejected = ⵜⵜⵓⵙⵎⴰⵔⵏⵜ
association-saved = ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵉⵜⵜⵓⵣⵏ ⵉ ⵓⵙⵙⵏⵇⴷ.
association-statutes-link = ⵥⵕ ⴰⵏⴰⴹ ⴰⵙⵍⵖⴰⵏ

## Mail
mail-confirm-subject = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ — ⵎⵓⵛⴰⵔⴰⴽⴰ
mail-confirm-body = ⴰⵣⵓⵍ { $name },

    ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⴷ ⴰⴷ ⵜⵙⵙⵏⴽⵔⴷ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴳ ⵎⵓⵛⴰⵔⴰⴽⴰ, ⵕⵥⵎ ⴰⵙⵖⵏ ⴰⴷ (ⵉⵜⵜⵢⵓⴷⴰ 48 ⵏ ⵜⵙⵔⴰⴳⵉⵏ):
    { $link }

    ⵎⴽ ⵓⵔ ⵜⵙⵏⴼⵍⵓⵍⴷ ⴰⵎⵉⴹⴰⵏ, ⵙⵙⵓⵔⵉ ⵜⴰⴱⵔⴰⵜ ⴰ.
mail-reset-subject = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⴰⵎⴰⵢⵏⵓ — ⵎⵓⵛⴰⵔⴰⴽⴰ
mail-reset-body = ⴰⵣⵓⵍ { $name },

    ⴰⴷ ⵜⵙⵜⵉⴷ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⴰⵎⴰⵢⵏⵓ, ⵕⵥⵎ ⴰⵙⵖⵏ ⴰⴷ (ⵉⵜⵜⵢⵓⴷⴰ 2 ⵏ ⵜⵙⵔⴰⴳⵉⵏ):
    { $link }

    ⵎⴽ ⵓⵔ ⵜⵙⵓⵜⵔⴷ ⵡⴰⵍⵓ, ⵙⵙⵓⵔⵉ ⵜⴰⴱⵔⴰⵜ ⴰ: ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⴱⴷⴷⴰⵍ.
mail-register-taken-subject = ⴰⵔⵎ ⵏ ⵓⵙⵏⴼⵍⵓⵍ ⵙ ⵜⵏⵙⴰ ⵏⵏⴽ — ⵎⵓⵛⴰⵔⴰⴽⴰ
mail-register-taken-body = ⴰⵣⵓⵍ { $name },

    ⵢⴰⵏ ⵢⵔⴰⵎ ⴰⴷ ⵢⵙⵏⴼⵍⵓⵍ ⴰⵎⵉⴹⴰⵏ ⴳ ⵎⵓⵛⴰⵔⴰⴽⴰ ⵙ ⵜⵏⵙⴰ ⵏⵏⴽ, ⵍⵍⵉ ⵖⵓⵔⵙ ⴰⵎⵉⴹⴰⵏ. ⵓⵔ ⵉⵜⵜⵓⵙⵏⴼⵍⵓⵍ ⵡⴰⵍⵓ.
    ⵉⴳ ⴷ ⴽⵢⵢⵉ ⴰⴷ ⵉⵣⵔⵉⵏ ⵜⵙⵙⵓⵜⵍⵜ ⵜⴰⴼⵔⵉⵔⵜ, ⵙⵜⵉ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ ⴷⴰ:
    { $link }

    ⵎⴽ ⵓⵔ ⴷ ⴽⵢⵢⵉ, ⵙⵙⵓⵔⵉ ⵜⴰⴱⵔⴰⵜ ⴰ: ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⴱⴷⴷⴰⵍ.
mail-association-subject = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵏⵏⴽ ⴳ ⵎⵓⵛⴰⵔⴰⴽⴰ
mail-association-verified = ⴰⵣⵓⵍ { $name },

    ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ « { $association } » ⵜⵙⵙⵏⵇⴷ ⵜ ⵜⵖⵔⵎⵜ. ⵜⵣⵎⵔⴷ ⵖⵉⵍⴰ ⴰⴷ ⵜⵙⵡⵓⵔⵉⴷ ⵙ ⵉⵙⵎ ⵏⵏⵙ.
mail-association-rejected = ⴰⵣⵓⵍ { $name },

    ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ « { $association } » ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ, ⵙ ⵎⵏⵉⵎⵉ:
    { $reason }

    ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵖⵖⴷⴷ ⴰⴼⴰⵢⵍⵓ ⵜⴰⵣⵏⴷ ⵜ ⵜⵉⴽⴽⵍⵜ ⵢⴰⴹⵏ.

## Back office
admin-title = ⴰⵙⵡⵓⴷⴷⵓ — { $commune }
admin-dashboard = ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⵙⵡⵓⴷⴷⵓ
admin-commune = ⵜⴰⴼⵔⴽⵜ ⵏ ⵜⵖⵔⵎⵜ
admin-council = ⴰⵙⵇⵇⵉⵎ (ⵜⴰⵎⴰⵔⴰⵢⵜ)
admin-petitions = ⵜⵉⵙⵓⵜⵔⴰ (ⴰⴱⵉⵔⵓ)
admin-members = ⵉⴳⵎⴰⵎⵏ ⵏ ⵓⵙⵇⵇⵉⵎ
admin-committees = ⵜⵉⵙⵇⵇⵉⵎⵉⵏ
admin-associations = ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ
admin-roles = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ
admin-audit = ⴰⵎⵓⵖⵍⵉ ⵏ ⵉⵙⵖⵜⴰⵙⵏ
admin-saved = ⵉⵙⵏⴼⵍⵏ ⵜⵜⵓⵃⴹⴰⵏ.
admin-deleted = ⴰⴼⵔⴷⵉⵙ ⵉⵜⵜⵓⴽⴽⵙ.
admin-pending-associations = { $count ->
    [0] ⵓⵍⴰ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵏⵇⴷ.
    [1] ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵜⵔⴰⵊⵊⵓ ⴰⵙⵙⵏⵇⴷ.
   *[other] { $count } ⵏ ⵜⵎⵙⵙⵓⴷⵙⵉⵏ ⵔⴰⵊⵊⵓⵏⵜ ⴰⵙⵙⵏⵇⴷ.
}
admin-edit = ⵙⵏⴼⵍ
admin-delete = ⴽⴽⵙ
admin-add = ⵔⵏⵓ
admin-save = ⵃⴹⵓ
admin-cancel = ⵙⵔ
admin-actions = ⵜⵉⴳⴰⵡⵉⵏ
field-region-ar = ⵜⴰⵎⵏⴰⴹⵜ (ⵜⴰⵄⵔⴰⴱⵜ)
field-region-fr = ⵜⴰⵎⵏⴰⴹⵜ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
field-province-ar = ⵜⴰⵙⴳⴰ (ⵜⴰⵄⵔⴰⴱⵜ)
field-province-fr = ⵜⴰⵙⴳⴰ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
field-name-tzm = ⵉⵙⵎ ⵙ ⵜⵎⴰⵣⵉⵖⵜ (ⵓⵔ ⵉⵇⵇⵉⵏ)
field-population = ⵉⵎⵣⴷⴰⵖ
field-census-year = ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵓⵙⵏⵎⴽⵜⵉ
field-has-arrondissements = ⵜⴰⵖⵔⵎⵜ ⵙ ⵜⵉⵙⴳⴰ
field-phone = ⵜⵉⵍⵉⴼⵓⵏ
field-address-ar = ⵜⴰⵏⵙⴰ (ⵜⴰⵄⵔⴰⴱⵜ)
field-address-fr = ⵜⴰⵏⵙⴰ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
field-logo = ⴰⵣⴰⵎⵎⴰ (PNG ⵏⵖ JPEG)
field-gender = ⴰⵏⴰⵡ
field-role = ⵜⴰⵡⵓⵔⵉ
field-vice-rank = ⴰⵙⵡⵉⵔ (ⴰⴳⴳⴰⵣ ⵏ ⵓⵏⵎⵖⴰⵔ)
field-group = ⴰⴳⵔⴰⵡ ⴰⵙⵔⵜⴰⵏ (ⵓⵔ ⵉⵇⵇⵉⵏ)
field-term-start = ⴰⵙⵏⵜⵉ ⵏ ⵜⵡⵓⵔⵉ
field-term-end = ⵜⵉⴳⵉⵔⴰ ⵏ ⵜⵡⵓⵔⵉ (ⵓⵔ ⵉⵇⵇⵉⵏ)
field-chair = ⴰⵏⵎⵖⴰⵔ ⵏ ⵜⵙⵇⵇⵉⵎⵜ
field-committee-members = ⵉⴳⵎⴰⵎⵏ ⵏ ⵜⵙⵇⵇⵉⵎⵜ
member-new = ⴰⴳⵎⴰⵎ ⴰⵎⴰⵢⵏⵓ
committee-new = ⵜⴰⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
committee-limit = ⴰⵙⵇⵇⵉⵎ ⵖⵓⵔⵙ ⵙⴳ 2 ⴰⵔ 5 ⵏ ⵜⵙⵇⵇⵉⵎⵉⵏ ⵜⵉⵎⵣⴳⵉⵡⵉⵏ (ⴰⴼ. 25).
associations-none = ⵓⵍⴰ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵏⵏⴰ ⵖⵓⵔ ⵉⵍⵍⴰ ⵓⵙⵉⵔⴰ ⴳ ⵜⵖⵔⵎⵜ ⴰⴷ.
association-verify = ⵙⵙⵏⵇⴷ
association-reject = ⵙⵎⴰⵔ
field-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ
col-name = ⵉⵙⵎ
col-status = ⴰⴷⴷⴰⴷ
col-email = ⵜⴰⴱⵔⴰⵜ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ
col-role = ⵜⴰⵡⵓⵔⵉ
col-date = ⴰⵣⵎⵣ
col-action = ⵜⴰⴳⴰⵡⵜ
col-target = ⴰⵙⵏⵜⵍ
col-actor = ⴰⵎⵙⴽⴰⵔ
roles-grant = ⴼⴽ ⵢⴰⵜ ⵜⵡⵓⵔⵉ
roles-revoke = ⴽⴽⵙ
roles-none = ⵓⵍⴰ ⵜⴰⵡⵓⵔⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ.
roles-account-email = ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⵉⴹⴰⵏ
audit-none = ⵓⵍⴰ ⴰⵙⵖⵜⴰⵙ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ.
pagination-previous = ⵓⵣⵡⵉⵔ
pagination-next = ⵓⴹⴼⵉⵔ
pagination-page = ⵜⴰⵙⵏⴰ { $page }
search-label = ⵔⵣⵓ
search-submit = ⵔⵣⵓ

## Platform administration (national directorate)
nav-platform = ⴰⵙⵉⴳ
platform-title = ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵙⵉⴳ
platform-intro = ⴽⵓⵍⵍⵓ ⵜⵉⵖⵔⵎⵉⵡⵉⵏ ⵏ ⵓⵙⵉⴳ, ⴷ ⵓⵙⵏⴼⵍⵓⵍ ⵏ ⵢⴰⵜ ⵜⵖⵔⵎⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ.
platform-communes = ⵜⵉⵖⵔⵎⵉⵡⵉⵏ
platform-commune-new = ⵜⴰⵖⵔⵎⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
platform-commune-create = ⵙⵏⴼⵍⵓⵍ ⵜⴰⵖⵔⵎⵜ
platform-commune-created = ⵜⴰⵖⵔⵎⵜ ⵜⵜⵓⵙⵏⴼⵍⵓⵍ.
platform-no-communes = ⵓⵍⴰ ⵜⴰⵖⵔⵎⵜ ⵏⵏⴰ ⵉⵎⵙⴰⵙⴰⵏ.
platform-first-admin = ⴰⵎⵙⵡⵓⴷⴷⵓ ⴰⵎⵣⵡⴰⵔⵓ (ⵓⵔ ⵉⵇⵇⵉⵏ)
platform-first-admin-help = ⵜⴰⵏⵙⴰ ⵏ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏ, ⵍⵍⵉ ⵢⴰⵎⵥⵏ ⵜⴰⵡⵓⵔⵉ ⵏ ⵓⵎⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵖⵔⵎⵜ.
field-slug = ⵜⴰⵏⵙⴰ ⴳ ⵓⵙⵉⴳ
field-slug-help = ⵉⵙⴽⴽⵉⵍⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ ⵓⵔ ⵖⵓⵔ ⵜⵉⵙⵎⴽⵜⴰ, ⵓⵟⵟⵓⵏⵏ ⴷ ⵉⵣⵔⵉⵔⵉⴳⵏ, ⴰⵎⴷ sidi-ifni; ⵓⵔ ⵜⵜⴱⴷⴷⴰⵍ ⴷⴼⵔ ⵓⵙⵏⴼⵍⵓⵍ.
slug-invalid = ⵜⴰⵏⵙⴰ ⵓⵔ ⵜⵚⵃⵉⵃ: ⵉⵙⴽⴽⵉⵍⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ ⵓⵔ ⵖⵓⵔ ⵜⵉⵙⵎⴽⵜⴰ, ⵓⵟⵟⵓⵏⵏ ⴷ ⵉⵣⵔⵉⵔⵉⴳⵏ ⵖⴰⵙ (2 ⴰⵔ 63 ⵏ ⵉⵙⴽⴽⵉⵍⵏ), ⵓⵔ ⵜⴳⵉ ⴰⵡⴰⵍ ⵉⵜⵜⵓⵃⴹⴰⵏ.
account-unknown = ⵓⵍⴰ ⴰⵎⵉⴹⴰⵏ ⵙ ⵜⵏⵙⴰ ⴰⴷ: ⵉⵇⵇⴰⵏ ⴰⴷ ⵢⵙⵏⴼⵍⵓⵍ ⵓⴼⴳⴰⵏ ⴰⵎⵉⴹⴰⵏ ⵏⵏⵙ ⵣⵡⴰⵔ.
slug-taken = ⵜⴰⵏⵙⴰ ⴰⴷ ⵜⴳⴰ ⵜⵉⵏ ⵢⴰⵜ ⵜⵖⵔⵎⵜ ⵢⴰⴹⵏ.
col-created = ⵜⵜⵓⵙⵏⴼⵍⵓⵍ ⴳ
col-role-holders = ⵉⵎⵟⵟⵓⴼⵏ ⵏ ⵜⵡⵓⵔⵉⵡⵉⵏ

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
field-opposition = ⴰⴳⵎⴰⵎ ⵏ ⵜⵏⵎⴳⴰⵍⵜ (ⴰⴼ. 27)
member-opposition = ⵜⴰⵏⵎⴳⴰⵍⵜ
field-committee-purpose = ⴰⵏⵙⵙⴰⵜⵉ (ⴰⴼ. 25)
committee-purpose-budget_finance = ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ, ⵉⵙⵏⵓⵎⵎⵉⵙⵏ ⴷ ⵓⵙⵖⵉⵡⵙ (ⵜⴰⵙⵇⵇⵉⵎⵜ ⵢⵓⵙⵔⴰⵏ)
committee-purpose-public_services = ⵜⵉⵏⴰⴱⴰⴹⵉⵏ ⵜⵉⵎⵓⵏⴰⵏⵉⵏ ⴷ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ (ⵜⴰⵙⵇⵇⵉⵎⵜ ⵢⵓⵙⵔⴰⵏ)
committee-purpose-other = ⴰⵏⵙⵙⴰⵜⵉ ⵢⴰⴹⵏ ⵏⵏⴰ ⵉⵙⵡⵓⴷⴷⵓ ⵓⵏⴰⴹ ⴰⴳⵏⵙⴰⵏ
committee-chair-opposition = ⵜⴰⵏⵎⵖⴰⵔⵜ ⵉ ⵜⵏⵎⴳⴰⵍⵜ (ⴰⴼ. 27)
committee-error-chair-member = ⴰⵏⵎⵖⴰⵔ ⵏ ⵜⵙⵇⵇⵉⵎⵜ ⵉⴳⴰ ⵢⴰⵏ ⵙⴳ ⵉⴳⵎⴰⵎⵏ ⵏⵏⵙ, ⵉⴳⴰ ⴰⵎⴰⵔⵓ ⵏ ⵜⵡⵓⵔⵉ ⵏⵏⵙ (ⴰⴼ. 25 ⴷ 28).
committee-error-purpose-taken = ⵍⵍⴰⵏⵜ ⵖⵓⵔ ⵓⵙⵇⵇⵉⵎ ⵜⴰⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⵣⴳⵉⵡⵜ ⵉ ⵓⵏⵙⵙⴰⵜⵉ ⴰⴷ: ⵢⴰⵜ ⵜⴰⵙⵇⵇⵉⵎⵜ ⵉ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ ⴷ ⵢⴰⵜ ⵉ ⵜⵏⴰⴱⴰⴹⵉⵏ ⵜⵉⵎⵓⵏⴰⵏⵉⵏ (ⴰⴼ. 25).
committee-problem-too-few = ⴰⵙⵇⵇⵉⵎ ⵉⵙⴽⴰⵔ ⵙⵏⴰⵜ ⵜⵙⵇⵇⵉⵎⵉⵏ ⵜⵉⵎⵣⴳⵉⵡⵉⵏ ⵓⵍⴰ ⵉⵎⵉⵍ (ⴰⴼ. 25).
committee-problem-too-many = ⵓⵔ ⵜⵜⵣⵔⵉⵏⵜ ⵜⵙⵇⵇⵉⵎⵉⵏ ⵜⵉⵎⵣⴳⵉⵡⵉⵏ ⵙⵎⵎⵓⵙ (ⴰⴼ. 25).
committee-problem-missing-budget_finance = ⵓⵔ ⵜⵍⵍⵉ ⵜⴰⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⵣⴳⵉⵡⵜ ⵏ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ ⴷ ⵉⵙⵏⵓⵎⵎⵉⵙⵏ ⴷ ⵓⵙⵖⵉⵡⵙ, ⵏⵏⴰ ⵢⵓⵙⵔⴰⵏ (ⴰⴼ. 25).
committee-problem-missing-public_services = ⵓⵔ ⵜⵍⵍⵉ ⵜⴰⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⵣⴳⵉⵡⵜ ⵏ ⵜⵏⴰⴱⴰⴹⵉⵏ ⵜⵉⵎⵓⵏⴰⵏⵉⵏ ⴷ ⵜⵏⴰⴼⵓⵜⵉⵏ, ⵏⵏⴰ ⵢⵓⵙⵔⴰⵏ (ⴰⴼ. 25).
committee-problem-opposition-chair = ⵜⴰⵏⵎⵖⴰⵔⵜ ⵏ ⵢⴰⵜ ⵙⴳ ⵜⵙⵇⵇⵉⵎⵉⵏ ⵜⵉⵎⵣⴳⵉⵡⵉⵏ ⵉ ⵜⵏⵎⴳⴰⵍⵜ, ⵓⵍⴰ ⵢⴰⵏ ⵙⴳ ⵉⴳⵎⴰⵎⵏ ⵏⵏⵙ ⵓⵔ ⵉⵏⵎⵖⵓⵔ ⵜⴰⵙⵇⵇⵉⵎⵜ (ⴰⴼ. 27).
