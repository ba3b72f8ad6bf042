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
