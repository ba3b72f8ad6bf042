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
