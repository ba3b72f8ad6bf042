## ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ (31.13) ⴷ ⵜⵉⴳⴰⵡⵉⵏ — Tamazight (Tifinagh). Missing messages fall back to French.

role-name-information_officer = ⴰⵎⵙⵓⵍ ⵅⴼ ⵓⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ
req-home-link = ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ ⴷ ⵜⵉⴳⴰⵡⵉⵏ
req-title = ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ — { $commune }
req-title-short = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵏ ⵉⵙⴰⵍⵍⵏ
req-intro = ⴽⵓ ⵜⴰⵖⵔⵎⴰⵏⵜ, ⴽⵓ ⴰⵖⵔⵎⴰⵏ, ⴷ ⴽⵓ ⴰⴱⵕⵕⴰⵏⵉ ⵏⵏⴰ ⵉⵣⴷⵖⵏ ⵙ ⵓⵏⴰⵎⵓⵙ ⴳ ⵍⵎⵖⵔⵉⴱ, ⵉⵣⵎⵔ ⴰⴷ ⵉⵙⵓⵜⵔ ⵉⵙⴰⵍⵍⵏ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⵖⵔ ⵜⵖⵔⵎⵜ (ⴰⵙⵍⴳⵏ 31.13, ⵉⴼⵙⵙⴰⵔⵏ 2 ⴰⵔ 4). ⵜⴰⵖⵔⵎⵜ ⵜⵔⴰⵔ ⴷⴳ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ (ⴰⴼ. 16), ⴷⴳ 3 ⵡⵓⵙⵙⴰⵏ ⵎⴽ ⵜⵍⵍⴰ ⵜⵓⴷⵔⵜ, ⵜⵉⴼⵍⵓⵙⵜ ⵏⵖ ⵜⵉⵍⴻⵍⵍⵉ ⵏ ⵎⵉⴷⴷⵏ ⴳ ⵓⵙⵉⵍⴼ (ⴰⴼ. 17). ⴰⵣⵔⴼ ⴰⴷ ⴱⵍⴰ ⴰⵙⵓⵜⵍ; ⵖⴰⵙ ⵉⵙⵓⵜⵍⵏ ⵏ ⵓⵙⵏⵖⵍ ⴷ ⵓⵣⵏ ⴰⵢ ⵉⵣⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵓⵜⵔⵏ (ⴰⴼ. 5).
req-new = ⵙⵓⵜⵔ ⴰⵙⴰⵍⵓ
req-new-help = ⵉⴳⵔⴰⵏ ⴹⴼⵕⵏ ⴰⵎⴷⵢⴰ ⵏ ⵓⴼⵙⵙⴰⵔ 14. ⴰⴷ ⴰⴽ ⵉⵜⵜⵓⴼⴽⴰ ⵢⴰⵏ ⵓⵡⵚⵍ ⵙ ⵓⵟⵟⵓⵏ ⵖⵉⵍⵍⵉⴳ.
req-mine = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵉⵏⵓ
req-officers = ⵉⵎⵙⴽⴰⵔⵏ (ⴰⵎⴰⵢ 12)
req-no-officer = ⵜⴰⵖⵔⵎⵜ ⵓⵔ ⵜⵙⵎⵎⵓⵏ ⴰⵔ ⴷⵖⵉ ⵢⴰⵏ ⵓⵎⵙⵓⵍ; ⵜⵓⵜⵔⵉⵜ ⵜⴻⵜⵜⵓⵎⵥⴰ ⵙⴳ ⵓⵙⵡⵓⴷⴷⵓ ⵏⵏⵙ.
req-stats = ⵜⵉⵙⵉⵏⴰⵍ
req-stat-received = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵉⵜⵜⵓⵎⵥⴰⵏ
req-stat-on-time = ⵜⵜⵓⵔⴰⵔⵏⵜ ⴳ ⵜⵉⵣⵉ
req-stat-extended = ⵜⵉⵣⵉⵡⵉⵏ ⵉⵜⵜⵓⵙⵖⵣⴼⵏ
req-stat-refused = ⵉⵙⵎⴰⵔⵏ ⵙ ⵜⵎⵏⵜⵉⵍⵉⵏ
req-stat-overdue = ⵄⵟⵟⵍⵏⵜ
req-stat-appealed = ⵜⵉⴳⴰⵡⵉⵏ ⵖⵔ ⵓⵏⵎⵖⴰⵔ
req-stats-json = ⵉⵎⴹⴰⵏ ⴰⴷ ⵙ JSON
req-ground = ⵜⴰⵎⵏⵜⵉⵍⵜ
req-count = ⵓⵟⵟⵓⵏ
req-how = ⵜⵉⴼⴰⵍⴽⵉⵡⵉⵏ
req-how-1 = ⵜⵙⵔⵙⴷ ⵜⵓⵜⵔⵉⵜ (ⵙ ⵓⵣⵟⵟⴰ, ⴳ ⵓⴱⵉⵔⵓ ⵏ ⵓⵏⴹⵉⵎ ⵏⵖ ⵙ ⵜⴱⵔⴰⵜ) ⵜⴰⵎⵥⴷ ⵢⴰⵏ ⵓⵡⵚⵍ ⵙ ⵓⵟⵟⵓⵏ (ⴰⴼ. 14).
req-how-2 = ⵜⴰⵖⵔⵎⵜ ⵜⵔⴰⵔ ⴷⴳ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ; ⵜⵣⵎⵔ ⴰⴷ ⵜⵙⵖⵣⴼ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⵙ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵎⴽ ⴰⴽ ⵜⵙⵙⵓⴷⵏ ⵣⴷⴰⵜ ⵉ ⵜⵉⴳⵉⵔⴰ ⵏ ⵜⵉⵣⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ, ⵙ ⵜⵎⵏⵜⵉⵍⵉⵏ ⵏⵏⵙ (ⴰⴼ. 16).
req-how-3 = ⴰⵙⵎⴰⵔ ⵉⵜⵜⵓⵙⵎⵏⵜⵍ ⵙ ⵜⵉⵔⵔⴰ ⴷ ⵉⵙⵎⵎⴰ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏⵏⵙ (ⴰⴼ. 18).
req-how-4 = ⵎⴽ ⵓⵔ ⵜⵍⵍⵉ ⵜⵔⴰⵔⵜ, ⵏⵖ ⴷⴼⴼⵉⵔ ⵓⵙⵎⴰⵔ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵣⵏⴷ ⵜⴰⴳⴰⵡⵜ ⵉ ⵓⵏⵎⵖⴰⵔ ⵏ ⵜⵖⵔⵎⵜ ⴷⴳ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ (ⴰⴼ. 19), ⴷⴼⴼⵉⵔ ⵉ ⵜⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ ⴷⴳ 30 ⵏ ⵡⵓⵙⵙⴰⵏ (ⴰⴼ. 20), ⴷⴼⴼⵉⵔ ⵉ ⵓⵙⵇⵇⵉⵎ ⴰⵏⵥⵔⴼ ⴰⵙⵡⵓⴷⴷⴰ (ⴰⴼ. 21).
req-publications = ⵜⵉⵥⵕⵉⴳⵉⵏ ⵏ ⵜⵖⵔⵎⵜ
req-publications-title = ⵎⴰⵢⴷ ⵜⵥⵕⵕⵉⴳ ⵜⵖⵔⵎⵜ — { $commune }
req-publications-intro = ⴰⵎⵓⵖⵍⵉ ⵏ ⵓⵥⵕⵉⴳ ⴰⵙⵣⵡⴰⵔ (ⴰⵙⵍⴳⵏ 31.13, ⴰⴼ. 10): ⵜⵉⵙⵏⵓⵎⵎⵉⵙⵉⵏ ⴷ ⵉⵎⵉⴹⴰⵏ, ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵜⴱⵔⵉⴷⵉⵏ, ⵉⵙⵖⵜⴰⵙⵏ, ⵜⵉⵙⵓⵜⵔⴰ ⵏ ⵜⵡⵓⵔⵉ, ⴰⵙⵎⵙⵙⵓⵖⵍ, ⵉⵏⵖⵎⵉⵙⵏ.
req-none = ⵡⴰⵍⵓ ⵖⵉⵍⴰ.
req-choose = — ⵙⵜⵉ —
req-field-name = ⵉⵙⵎ
req-field-address = ⴰⵏⵙⴰ
req-field-id-kind = ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵎⴰⴳⵉⵜ
req-field-id-number = ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ
req-id-why = ⵉⵙⵓⵜⵜⵓⵔ ⵜ ⵓⴼⵙⵙⴰⵔ 14 ⵏ ⵓⵙⵍⴳⵏ 31.13. ⵉⵜⵜⵓⵙⵏⵜⵍ ⴷ ⵓⵔ ⵉⵜⵜⴱⴰⵢⴰⵏ ⵓⵍⴰ ⵉⵜⵜⵓⵥⵕⵉⴳ ⵙ ⵍⴰⴱⴷⴰ.
req-id-protected = ⵓⵟⵟⵓⵏ ⵉⵜⵜⵓⵙⵏⵜⵍⵏ, ⵓⵔ ⵉⵜⵜⴱⴰⵢⴰⵏ ⵙ ⵍⴰⴱⴷⴰ
req-field-email = ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⴰⵢⵍ
req-field-information = ⴰⵙⴰⵍⵓ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
req-field-form = ⵜⴰⵍⵖⴰ ⵉⵜⵜⵓⵔⴰⵏ
req-field-urgent = ⵉⵣⵔⴱ: ⵜⵓⴷⵔⵜ, ⵜⵉⴼⵍⵓⵙⵜ ⵏⵖ ⵜⵉⵍⴻⵍⵍⵉ ⵏ ⵎⵉⴷⴷⵏ ⴳ ⵓⵙⵉⵍⴼ (ⴰⴼ. 17)
req-submit = ⴰⵣⵏ
req-idkind-cin = ⵜⴰⴽⴰⵔⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵜⵎⴰⴳⵉⵜ (CIN)
req-idkind-residence = ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵓⵣⴷⴰⵖ (ⴰⴱⵕⵕⴰⵏⵉ)
req-form-on_site = ⴰⵙⵙⵏⵇⴷ ⴳ ⵓⴷⵖⴰⵔ
req-form-email = ⵙ ⵜⴱⵔⴰⵜ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ
req-form-medium = ⵖⴼ ⵢⴰⵏ ⵓⵙⵏⵓⵎⵎⵍ
req-channel = ⴰⴱⵔⵉⴷ
req-channel-online = ⵙ ⵓⵣⵟⵟⴰ
req-channel-desk = ⴳ ⵓⴱⵉⵔⵓ ⵏ ⵓⵏⴹⵉⵎ
req-channel-post = ⵙ ⵜⴱⵔⴰⵜ
req-number = ⵓⵟⵟⵓⵏ
req-received-on = ⵉⵍⴽⵎ ⴳ
req-due-on = ⴰⵔⴰⵔ ⴰⵔ
req-extended-on = ⵜⵉⵣⵉ ⵜⵜⵓⵙⵖⵣⴼ ⴳ
req-urgent = ⵉⵣⵔⴱ
req-receipt = ⴰⵡⵚⵍ
req-receipt-note = ⵃⴹⵓ ⴰⵡⵚⵍ ⴰⴷ: ⵓⵟⵟⵓⵏ ⵏⵏⵙ ⴰⴷ ⴰⴽ ⵢⴰⵊⵊ ⴰⴷ ⵜⴹⴼⵕⴷ ⵜⵓⵜⵔⵉⵜ. ⵜⴰⵖⵔⵎⵜ ⵜⵔⴰⵔ ⴷⴳ ⵜⵉⵣⵉ ⵜⴰⵏⴰⵎⵓⵙⵜ ⵉⵜⵜⵓⵎⵍⵏ.
req-request-title = ⵜⵓⵜⵔⴰ { $number }
req-status-received = ⵜⵍⴽⵎ
req-status-extended = ⵉⵜⵜⵓⵙⵖⵣⵍ ⵓⵣⵎⵣ
req-status-delivered = ⵉⵜⵜⵓⴼⴽⴰ ⵓⵙⴰⵍⵓ
req-status-partial = ⵉⵜⵜⵓⴼⴽⴰ ⵙ ⵢⴰⵏ ⵓⵃⵔⵉⴼ
req-status-refused = ⵜⵜⵓⴳⴷⵍ
req-status-appealed = ⵜⴰⴳⵓⵜ ⵖⵔ ⵓⵏⵎⵖⴰⵔ
req-status-appeal_decided = ⵜⵜⵓⴳⵣⵎ ⵜⴳⵓⵜ
req-answer = ⴰⵔⴰⵔ
req-answer-kind = ⴰⵏⴰⵡ ⵏ ⵜⵔⴰⵔⵜ
req-answer-kind-delivered = ⵉⵙⴰⵍⵍⵏ ⵜⵜⵓⴼⴽⴰⵏ
req-answer-kind-partial = ⴰⴼⴽⴰ ⵏ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ (ⴰⴼ. 8)
req-answer-kind-refused = ⴰⵙⵎⴰⵔ ⵙ ⵜⵎⵏⵜⵉⵍⵜ (ⴰⴼ. 18)
req-ground-not_held = ⵉⵙⴰⵍⵍⵏ ⵓⵔ ⵍⵍⵉⵏ
req-ground-exception = ⴰⵙⵙⵓⴼⵖ ⵏ ⵓⴼⵙⵙⴰⵔ 7
req-ground-published = ⵜⵜⵓⵥⵕⵉⴳⵏ ⵢⴰⴷ ⴷ ⵍⵍⴰⵏ
req-ground-repeated = ⵜⵓⵜⵔⵉⵜ ⵜⵜⵓⵙⵏⵖⵍ ⴳ ⵓⵙⴳⴳⵯⴰⵙ
req-ground-unclear = ⵜⵓⵜⵔⵉⵜ ⵓⵔ ⵜⴱⴰⵢⵏ
req-ground-in_preparation = ⵉⵙⴰⵍⵍⵏ ⴳ ⵓⵙⵡⵊⴷ
req-ground-archives = ⵜⵜⵓⵙⵔⵙⵏ ⴳ ⵉⵙⴽⴽⵉⵍⵏ ⵏ ⵍⵎⵖⵔⵉⴱ
req-exception = ⴰⵙⵙⵓⴼⵖ (ⴰⴼ. 7)
req-exception-national_defence = ⴰⵙⵙⵓⵔⵙ ⴰⵏⴰⵎⵓⵔ
req-exception-state_security = ⵜⴰⵍⵖⴰⵎⵜ ⵜⴰⴳⵏⵙⴰⵏⵜ ⴷ ⵜⴰⴱⵕⵕⴰⵏⵜ ⵏ ⵜⵏⴱⴰⴹⵜ
req-exception-private_life = ⵜⵓⴷⵔⵜ ⵜⵓⵙⵍⵉⴳⵜ, ⵉⵙⴼⴽⴰ ⵉⵎⴰⴳⵏⵓⵜⵏ
req-exception-fundamental_rights = ⵜⵉⵍⴻⵍⵍⵉⵜⵉⵏ ⴷ ⵉⵣⵔⴼⴰⵏ ⵉⵙⵍⵖⴰⵏⵏ
req-exception-sources = ⴰⵙⵙⵓⵔⵙ ⵏ ⵉⵙⵏⵙⴰ
req-exception-foreign_relations = ⵜⵉⵣⴷⴰⵢⵉⵏ ⴷ ⵢⴰⵜ ⵜⵏⴱⴰⴹⵜ ⵢⴰⴹⵏ ⵏⵖ ⵢⴰⵏ ⵓⵙⵏⵓⵔⴰⵏ
req-exception-monetary_policy = ⵜⴰⵙⵔⵜⵉⵜ ⵏ ⵜⵏⵇⵔⵉⵜ, ⵜⴰⴷⴰⵎⵙⴰⵏⵜ ⵏⵖ ⵜⴰⵙⵏⵉⴷⵍⴰⵏⵜ
req-exception-intellectual_property = ⵜⴰⵢⵍⴰ ⵜⴰⵏⴰⵎⴰⵍⴰⵏⵜ, ⵉⵣⵔⴼⴰⵏ ⵏ ⵓⵎⴰⵔⴰⵢ
req-exception-whistleblowers = ⵉⵎⴰⵣⵣⴰⵍⵏ, ⵉⵏⴰⴳⴰⵏ, ⵉⵎⵓⵙⵏⴰⵡⵏ ⴷ ⵉⵎⵙⵎⴰⵍⵏ
req-exception-secret_by_law = ⴰⴼⴼⵔ ⵉⵙⵓⵜⵜⵓⵔ ⵜ ⵢⴰⵏ ⵓⵙⵍⴳⵏ
req-exception-investigations = ⵜⵉⵔⵣⵣⵓⵜⵉⵏ ⵜⵉⵙⵡⵓⴷⴷⴰⵏⵉⵏ
req-exception-judicial_proceedings = ⵜⵉⴱⵔⵉⴷⵉⵏ ⵜⵉⵏⵥⵔⴼⴰⵏⵉⵏ
req-exception-free_competition = ⴰⵎⵏⴰⴳⴰⵍ ⵉⵍⴻⵍⵍⵉⵏ ⴷ ⵜⵣⵣⵉⴳⵣⵜ ⵜⵓⵙⵍⵉⴳⵜ
req-detail = ⴰⵙⴼⵙⵔ
req-costs = ⵉⵙⵓⵜⵍⵏ ⵏ ⵓⵙⵏⵖⵍ ⴷ ⵓⵣⵏ (ⴰⴼ. 5)
req-right-to-complain = ⵖⵓⵔⴽ ⴰⵣⵔⴼ ⴰⴷ ⵜⴰⵣⵏⴷ ⵢⴰⵜ ⵜⴳⴰⵡⵜ ⵉ ⵓⵏⵎⵖⴰⵔ ⵏ ⵜⵖⵔⵎⵜ ⴷⴳ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ ⵏⵏⴰ ⴷ ⵉⴹⴼⵕⵏ ⵜⴰⵔⴰⵔⵜ ⴰⴷ (ⴰⵙⵍⴳⵏ 31.13, ⵉⴼⵙⵙⴰⵔⵏ 18 ⴷ 19).
req-appeal = ⵜⴰⴳⴰⵡⵜ ⵖⵔ ⵓⵏⵎⵖⴰⵔ (ⴰⴼ. 19)
req-appeal-help = ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵣⵏⴷ ⵜⴰⴳⴰⵡⵜ ⵉ ⵓⵏⵎⵖⴰⵔ ⵏ ⵜⵖⵔⵎⵜ ⴰⵔ { $date }.
req-field-appeal = ⵜⴰⴳⴰⵡⵜ ⵏⵏⴽ
req-appeal-submit = ⴰⵣⵏ ⵜⴰⴳⴰⵡⵜ
req-appeal-due = ⴰⵏⵎⵖⴰⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵖⵜⴰⵙ ⵣⴷⴰⵜ ⵉ { $date } (15 ⵏ ⵡⵓⵙⵙⴰⵏ).
req-appeal-sent = ⵜⴰⴳⴰⵡⵜ ⵏⵏⴽ ⵜⵜⵓⵣⵏ ⵉ ⵓⵏⵎⵖⴰⵔ ⵏ ⵜⵖⵔⵎⵜ.
req-outcome = ⴰⵙⵖⵜⴰⵙ
req-outcome-granted = ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⵇⴱⴰⵍ: ⵉⵙⴰⵍⵍⵏ ⴰⴷ ⵜⵜⵓⴼⴽⴰⵏ
req-outcome-dismissed = ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⵙⵎⴰⵔ
req-next-steps = ⵜⴰⴼⴰⵍⴽⵉⵜ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ: ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵣⵏⴷ ⵜⴰⴳⴰⵡⵜ ⵉ ⵜⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ ⴰⵔ { $date } (ⴰⴼ. 20), ⴷⴼⴼⵉⵔ ⵉ ⵓⵙⵇⵇⵉⵎ ⴰⵏⵥⵔⴼ ⴰⵙⵡⵓⴷⴷⴰ ⴷⴳ 60 ⵏ ⵡⵓⵙⵙⴰⵏ ⵙⴳ ⵜⵔⴰⵔⵜ ⵏⵏⵙ (ⴰⴼ. 21).
req-history = ⴰⵎⵣⵔⵓⵢ
req-history-received = ⵜⵓⵜⵔⵉⵜ ⵜⵜⵓⵎⵥⴰ
req-history-extended = ⵜⵉⵣⵉ ⵜⵜⵓⵙⵖⵣⴼ
req-history-delivered = ⵉⵙⴰⵍⵍⵏ ⵜⵜⵓⴼⴽⴰⵏ
req-history-partial = ⵉⵙⴰⵍⵍⵏ ⵜⵜⵓⴼⴽⴰⵏ ⵙ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ
req-history-refused = ⴰⵙⵎⴰⵔ ⵙ ⵜⵎⵏⵜⵉⵍⵜ
req-history-appealed = ⵜⴰⴳⴰⵡⵜ ⵖⵔ ⵓⵏⵎⵖⴰⵔ
req-history-appeal_granted = ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⵇⴱⴰⵍ
req-history-appeal_dismissed = ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⵙⵎⴰⵔ
req-pubcat-budget = ⵜⵉⵙⵏⵓⵎⵎⵉⵙⵉⵏ ⴷ ⵉⵎⵉⴹⴰⵏ
req-pubcat-services = ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴷ ⵜⴱⵔⵉⴷⵉⵏ
req-pubcat-deliberations = ⵉⵙⵖⵜⴰⵙⵏ
req-pubcat-procurement = ⵜⵉⵙⵓⵜⵔⴰ ⵏ ⵜⵡⵓⵔⵉ ⵜⵉⴳⴷⵓⴷⴰⵏⵉⵏ
req-pubcat-recruitment = ⴰⵙⵎⵙⵙⵓⵖⵍ
req-pubcat-reports = ⵉⵏⵖⵎⵉⵙⵏ ⴷ ⵜⵣⵔⴰⵡⵉⵏ
req-pubcat-organisation = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ, ⵜⵉⵖⵔⵙⵉⵡⵉⵏ ⴷ ⵉⵎⵢⴰⵡⴰⴹⵏ
req-admin-requests = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵏ ⵉⵙⴰⵍⵍⵏ
req-admin-publications = ⴰⵎⵓⵖⵍⵉ ⵏ ⵜⵥⵕⵉⴳⵉⵏ
req-show-all = ⵙⵎⴰⵍ ⴽⵓⵍⵍⵓ
req-show-open = ⵖⴰⵙ ⵜⵓⵜⵔⵉⵡⵉⵏ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⴳ ⵓⴱⵔⵉⴷ
req-days = ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ
req-days-left = { $days } ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ ⴰⵢ ⵉⵇⵇⵉⵎⵏ
req-due-today = ⴰⵙⵙ ⴰⵏⴳⴳⴰⵔⵓ
req-days-late = ⵉⵄⵟⵟⵍ ⵙ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ
req-register = ⵙⴽⵛⵎ ⵢⴰⵜ ⵜⵓⵜⵔⵉⵜ ⵉⵜⵜⵓⵎⵥⴰⵏ ⴳ ⵓⴱⵉⵔⵓ ⵏⵖ ⵙ ⵜⴱⵔⴰⵜ
req-same-requester = ⴰⵎⵙⵓⵜⵔ ⴰⴷ ⵉⵙⵔⵙ { $count } ⵏ ⵜⵓⵜⵔⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ ⴳ ⵓⵙⴳⴳⵯⴰⵙ (ⴰⴼ. 18).
req-field-answer = ⵜⴰⵔⴰⵔⵜ (ⵏⵖ ⴰⴷⵖⴰⵔ ⴷ ⵜⵙⵔⴰⴳⵜ ⵏ ⵓⵙⵙⵏⵇⴷ)
req-field-detail = ⴰⴼⵔⴷⵉⵙ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ (ⴰⴼ. 8) ⵏⵖ ⴰⵙⵏⵙⵉ ⵏ ⵜⵥⵕⵉⴳⵜ (ⴰⴼ. 18)
req-field-costs = ⵉⵙⵓⵜⵍⵏ (ⴷⵔⵀⵎ)
req-costs-help = ⵖⴰⵙ ⵉⵙⵓⵜⵍⵏ ⵏ ⵓⵙⵏⵖⵍ ⴷ ⵓⵣⵏ (ⴰⴼ. 5), ⵉⵜⵜⵓⵎⵍⵏ ⵣⴷⴰⵜ ⵉ ⵓⴼⴽⴰ.
req-answer-submit = ⵔⴰⵔ
req-extend = ⵙⵖⵣⴼ ⵜⵉⵣⵉ (ⴰⴼ. 16)
req-extend-help = ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⵖⴰⵙ, ⵙ ⵜⵎⵏⵜⵉⵍⵉⵏ, ⵣⴷⴰⵜ ⵉ ⵜⵉⴳⵉⵔⴰ ⵏ ⵜⵉⵣⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ({ $date }).
req-field-reason = ⵜⵉⵎⵏⵜⵉⵍⵉⵏ ⵏ ⵓⵙⵖⵣⴼ
req-extend-submit = ⵙⵖⵣⴼ ⵜⵙⵙⵓⴷⵏⴷ ⴰⵎⵙⵓⵜⵔ
req-field-decision = ⴰⵙⵖⵜⴰⵙ ⵙ ⵜⵎⵏⵜⵉⵍⵜ
req-decide-submit = ⵙⵖⵜⴰⵙ
req-head-decides = ⴰⵏⵎⵖⴰⵔ ⵏ ⵜⵖⵔⵎⵜ (ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵜⵖⵔⵎⵜ) ⴰⵢ ⵉⵙⵖⵜⴰⵙⵏ ⵖⴼ ⵜⴳⴰⵡⵜ.
req-publication-add = ⵔⵏⵓ ⵢⴰⵜ ⵜⵥⵕⵉⴳⵜ
req-field-category = ⴰⵙⵎⵉⵍ
req-field-title = ⴰⵣⵡⵍ
req-field-url = ⴰⵙⵖⵏ
req-field-published-on = ⵉⵜⵜⵓⵥⵕⵉⴳ ⴳ
req-error-id = ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵓⵔ ⵉⵚⵃⵉⵃ (CIN: 1 ⵏⵖ 2 ⵉⵙⴽⴽⵉⵍⵏ ⴷⴼⴼⵉⵔⵙⵏ ⵓⵟⵟⵓⵏⵏ).
req-error-email = ⵜⴰⵏⵙⴰ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ ⵓⵔ ⵜⵚⵃⵉⵃ.
req-error-email-needed = ⵉⵇⵇⴰⵏ ⵜⴰⵏⵙⴰ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ ⴰⴷ ⵜⴰⵎⵥⴷ ⵉⵙⴰⵍⵍⵏ ⵙ ⵜⴱⵔⴰⵜ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ.
req-error-received-on = ⴰⵣⵎⵣ ⵏ ⵓⵎⵥⵥⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵣⵔⵉ ⴷ ⴰⴷ ⵉⴳ ⴷⴷⴰⵡ ⵏ ⵢⴰⵏ ⵓⵙⴳⴳⵯⴰⵙ.
req-error-extended-once = ⵜⵉⵣⵉ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵙⵖⵣⴼ ⵖⴰⵙ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ (ⴰⴼ. 16).
req-error-extension-late = ⵜⵉⵣⵉ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⵜⵣⵔⵉ: ⴰⵙⵙⵓⴷⵏ ⵏ ⵓⵙⵖⵣⴼ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵣⵏ ⵣⵡⴰⵔ (ⴰⴼ. 16).
req-error-ground = ⴰⵙⵎⴰⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵎⵎⴰ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏⵏⵙ (ⴰⴼ. 18).
req-error-exception = ⵙⵎⵎ ⴰⵙⵙⵓⴼⵖ ⵏ ⵓⴼⵙⵙⴰⵔ 7 ⵉⵜⵜⵓⵙⵎⵔⵙⵏ.
req-error-appeal-not-yet = ⵜⵉⵣⵉ ⵏ ⵜⵔⴰⵔⵜ ⵓⵔ ⵜⴽⵎⵎⵉⵍ ⴰⵔ ⴷⵖⵉ: ⵜⴰⴳⴰⵡⵜ ⴰⴷ ⵜⵜⵓⵙⵎⵔⵙ ⴳ ⵜⵉⴳⵉⵔⴰ ⵏⵏⵙ.
req-error-appeal-late = ⵜⵉⵣⵉ ⵏ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ ⴰⴷ ⵜⴰⵣⵏⴷ ⵜⴰⴳⴰⵡⵜ ⵉ ⵓⵏⵎⵖⴰⵔ ⵜⵣⵔⵉ (ⴰⴼ. 19).
req-error-appeal-not-open = ⵜⵓⵜⵔⵉⵜ ⴰⴷ ⵓⵔ ⵜⵙⵙⵉ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵉⵍⵉ ⵖⵔⵙ ⵜⴰⴳⴰⵡⵜ.
req-error-url = ⴰⵙⵖⵏ ⵉⴱⴷⴷⵓⵏ ⵙ https:// ⵏⵖ /.
req-mail-receipt-subject = ⴰⵡⵚⵍ ⵏ ⵜⵓⵜⵔⴰ ⵏⵏⴽ { $number }
req-mail-receipt-body = ⴰⵣⵓⵍ,

    { $commune } ⵜⵍⴽⵎ ⵜⵓⵜⵔⴰ ⵏⵏⴽ ⴳ { $received }, ⵙ ⵓⵟⵟⵓⵏ { $number }.
    ⴰⵔⴰⵔ ⴰⵔ { $due } (31.13, ⴰⵎⴰⵢ 16).

    { $link }
req-mail-extended-subject = ⵜⵓⵜⵔⴰ { $number }: ⵉⵜⵜⵓⵙⵖⵣⵍ ⵓⵣⵎⵣ
req-mail-extended-body = ⴰⵣⵓⵍ,

    ⴰⵣⵎⵣ ⵏ ⵓⵔⴰⵔ ⵅⴼ ⵜⵓⵜⵔⴰ { $number } ⵉⵜⵜⵓⵙⵖⵣⵍ ⴰⵔ { $due } (31.13, ⴰⵎⴰⵢ 16):
    { $reason }

    { $link }
req-mail-answered-subject = ⴰⵔⴰⵔ ⵅⴼ ⵜⵓⵜⵔⴰ ⵏⵏⴽ { $number }
req-mail-answered-body = ⴰⵣⵓⵍ,

    ⵜⴰⵖⵔⵎⵜ ⵜⵔⴰⵔ ⵅⴼ ⵜⵓⵜⵔⴰ ⵏⵏⴽ { $number }:
    { $link }
req-mail-appeal-decided-subject = ⴰⴳⵣⵣⵓⵎ ⵅⴼ ⵜⴳⵓⵜ ⵏⵏⴽ ({ $number })
req-mail-appeal-decided-body = ⴰⵣⵓⵍ,

    ⴰⵏⵎⵖⴰⵔ ⵏ ⵜⵖⵔⵎⵜ ⵉⴳⵣⵎ ⵅⴼ ⵜⴳⵓⵜ ⵏⵏⴽ ({ $number }):
    { $link }
req-mail-appeal-subject = ⵜⴰⴳⴰⵡⵜ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⵙⵖⵜⴰⵙ: ⵜⵓⵜⵔⵉⵜ { $number }
req-mail-appeal-body = ⵜⵜⵓⵙⵔⵙ ⵢⴰⵜ ⵜⴳⴰⵡⵜ (ⴰⵙⵍⴳⵏ 31.13, ⴰⴼ. 19) ⵖⴼ ⵜⵓⵜⵔⵉⵜ { $number }. ⴰⵙⵖⵜⴰⵙ ⵉⵇⵇⴰⵏ ⵣⴷⴰⵜ ⵉ { $due }.
    { $link }
req-mail-reminder-subject = ⴰⵙⵙⵓⵎⵜⵜⵍ: ⵜⵓⵜⵔⵉⵜ ⵏ ⵉⵙⴰⵍⵍⵏ { $number }, ⵜⴰⵔⴰⵔⵜ ⵉⵇⵇⴰⵏ ⴳ { $due }
req-mail-reminder-body = ⵜⵓⵜⵔⵉⵜ { $number } ⵜⵔⴰⵊⵊⵓ ⵢⴰⵜ ⵜⵔⴰⵔⵜ, ⵉⵇⵇⴰⵏ ⴳ { $due } (ⴰⵙⵍⴳⵏ 31.13, ⴰⴼ. 16).
    { $link }

cmp-title = ⵜⵉⴳⴰⵡⵉⵏ, ⵜⵉⵏⴰⵡⵉⵏ ⴷ ⵉⵙⵓⵎⵔ — { $commune }
cmp-title-short = ⵜⵉⴳⴰⵡⵉⵏ, ⵜⵉⵏⴰⵡⵉⵏ ⴷ ⵉⵙⵓⵎⵔ
cmp-intro = ⵎⵍ ⵢⴰⵏ ⵓⵎⵓⴽⵔⵉⵙ, ⴼⴽ ⵢⴰⵜ ⵜⵏⵏⵓⵜⵍⴰⵢⵜ ⵏⵖ ⵢⴰⵏ ⵓⵙⵓⵎⵔ. ⵜⴰⵖⵔⵎⵜ ⵜⵙⵏⵜⴰⵎ ⴰⵎⵥⵥⴰ ⴷⴳ 15 ⵏ ⵡⵓⵙⵙⴰⵏ ⴷ ⵜⵔⴰⵔ ⴷⴳ 60 ⵏ ⵡⵓⵙⵙⴰⵏ (ⴰⵏⵇⵇⵉⵙ 2.17.265). ⵜⵉⵏⵏⵓⵜⵍⴰⵢⵉⵏ ⴷ ⵉⵙⵓⵎⵔ ⵣⵎⵔⵏ ⴰⴷ ⵉⵍⵉⵏ ⴱⵍⴰ ⵉⵙⵎ.
cmp-new = ⵙⵙⵉⵍⵖ ⵜⴰⴳⵓⵜ ⵏⵖ ⴰⵙⵓⵎⵔ
cmp-sign-in-for-complaint = ⵜⴰⴳⴰⵡⵜ ⵜⵙⵓⵜⵜⵓⵔ ⴰⴷ ⵜⴽⵛⵎⴷ ⴰⴷ ⵜⴰⵎⵥⴷ ⵜⴰⵔⴰⵔⵜ; ⵜⴰⵏⵏⵓⵜⵍⴰⵢⵜ ⵏⵖ ⴰⵙⵓⵎⵔ ⵣⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵣⵏⵏ ⴱⵍⴰ ⴰⵎⵉⴹⴰⵏ, ⴱⵍⴰ ⵉⵙⵎ.
cmp-stat-total = ⵜⵜⵓⵎⵥⴰⵏⵜ
cmp-stat-answered = ⵜⵜⵓⵔⴰⵔⵏⵜ
cmp-stat-on-time = ⵜⵜⵓⵔⴰⵔⵏⵜ ⴷⴳ 60 ⵏ ⵡⵓⵙⵙⴰⵏ
cmp-stat-overdue = ⵄⵟⵟⵍⵏⵜ
cmp-stat-ack-days = ⵡⵓⵙⵙⴰⵏ ⵙ ⵓⵏⴰⵎⵎⴰⵙ ⵣⴷⴰⵜ ⵉ ⵓⵙⵏⵜⵎ ⵏ ⵓⵎⵥⵥⴰ
cmp-stat-answer-days = ⵡⵓⵙⵙⴰⵏ ⵙ ⵓⵏⴰⵎⵎⴰⵙ ⵣⴷⴰⵜ ⵉ ⵜⵔⴰⵔⵜ
cmp-by-kind = ⵙ ⵓⵏⴰⵡ
cmp-by-category = ⵙ ⵓⵙⵎⵉⵍ
cmp-by-district = ⵙ ⵓⵣⵏⵇⵇ
cmp-by-month = ⵙ ⵡⴰⵢⵢⵓⵔ
cmp-month = ⴰⵢⵢⵓⵔ
cmp-received = ⵜⵜⵓⵎⵥⴰⵏⵜ
cmp-answered = ⵜⵜⵓⵔⴰⵔⵏⵜ
cmp-no-district = ⵓⵔ ⵉⵜⵜⵓⵎⵍ
cmp-field-kind = ⴰⵏⴰⵡ
cmp-field-category = ⴰⵙⵎⵉⵍ
cmp-field-subject = ⴰⵙⵏⵜⵍ
cmp-field-body = ⴰⴳⵍⴰⵎ
cmp-field-district = ⴰⵣⵏⵇⵇ
cmp-field-address = ⵜⴰⵏⵙⴰ ⵏⵖ ⴰⴷⵖⴰⵔ
cmp-field-name = ⵉⵙⵎ
cmp-field-anonymous = ⴰⵣⵏ ⴱⵍⴰ ⵉⵙⵎ (ⵜⵉⵏⵏⵓⵜⵍⴰⵢⵉⵏ ⴷ ⵉⵙⵓⵎⵔ)
cmp-anonymous-help = ⴱⵍⴰ ⵉⵙⵎ: ⵉⵙⵎ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴷ ⵓⵔ ⴰⴷ ⵜⴰⵎⵥⴷ ⵜⴰⵔⴰⵔⵜ ⵜⵓⵙⵍⵉⴳⵜ.
cmp-field-desk = ⴰⴱⵉⵔⵓ ⵏⵖ ⵜⴰⵙⴳⴰ ⵏ ⵓⵎⵥⵥⴰ
cmp-field-note = ⴰⵙⵖⵏⵓ
cmp-kind-complaint = ⵜⴰⴳⵓⵜ
cmp-kind-observation = ⵜⴰⵏⴰⵡⵜ
cmp-kind-suggestion = ⴰⵙⵓⵎⵔ
cmp-cat-service = ⵜⴰⵏⴰⴼⵓⵜ ⵜⴰⵙⵡⵓⴷⴷⴰⵏⵜ
cmp-cat-works = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ
cmp-cat-hygiene = ⵜⴰⵣⴷⴷⵉⴳⵜ
cmp-cat-lighting = ⴰⵙⵏⴼⵍⵓ ⴰⴳⴷⵓⴷⴰⵏ
cmp-cat-roads = ⵉⴱⵔⴷⴰⵏ
cmp-cat-reception = ⴰⵙⵏⵓⴱⴳ
cmp-cat-urbanism = ⵜⴰⵖⵔⵎⵉⵜ
cmp-cat-other = ⵢⴰⴹⵏ
cmp-status-received = ⵜⵍⴽⵎ
cmp-status-acknowledged = ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵍⴽⴰⵎ
cmp-status-answered = ⵜⵜⵓⵔⴰⵔ
cmp-receipt = ⴰⵡⵚⵍ
cmp-ack-by = ⴰⵙⵏⵜⵎ ⵏ ⵓⵎⵥⵥⴰ ⴰⵔ
cmp-answer-by = ⵜⴰⵔⴰⵔⵜ ⴰⵔ
cmp-follow = ⴹⴼⵕ
cmp-page-title = ⵜⴰⴳⵓⵜ { $number }
cmp-rate = ⵉⵙ ⵜⵔⴹⵉⴷ ⵙ ⵜⵔⴰⵔⵜ?
cmp-your-rating = ⴰⵏⵏⴰⵢ ⵏⵏⴽ
cmp-sat-satisfied = ⵔⴹⵉⵖ
cmp-sat-partly = ⵙ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ
cmp-sat-unsatisfied = ⵓⵔ ⵔⴹⵉⵖ
cmp-thanks = ⵜⴰⵏⵎⵎⵉⵔⵜ ⵅⴼ ⵓⵏⵏⴰⵢ ⵏⵏⴽ.
cmp-error-anonymous-complaint = ⵜⴰⴳⴰⵡⵜ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵉⵍⵉ ⴱⵍⴰ ⵉⵙⵎ; ⵜⴰⵏⵏⵓⵜⵍⴰⵢⵜ ⵏⵖ ⴰⵙⵓⵎⵔ ⵣⵎⵔⵏ.
cmp-history-received = ⵜⵜⵓⵎⵥⴰ
cmp-history-acknowledged = ⴰⵙⵏⵜⵎ ⵏ ⵓⵎⵥⵥⴰ
cmp-history-routed = ⵜⵜⵓⵣⵏ ⵉ ⵜⵏⴰⴼⵓⵜ
cmp-history-note = ⴰⵙⵖⵏⵓ ⴰⴳⵏⵙⴰⵏ
cmp-history-answered = ⵜⵜⵓⵔⴰⵔ
cmp-history-rated = ⴰⵏⵏⴰⵢ ⵉⵜⵜⵓⴼⴽⴰⵏ
cmp-internal = ⴰⴳⵏⵙⴰⵏ
cmp-admin-title = ⵜⵉⴳⴰⵡⵉⵏ
cmp-register = ⵙⴽⵛⵎ ⵢⴰⵜ ⵜⴳⴰⵡⵜ ⵉⵜⵜⵓⵎⵥⴰⵏ ⴳ ⵓⴱⵉⵔⵓ
cmp-overdue = ⵜⵄⵟⵟⵍ
cmp-anonymous = ⴱⵍⴰ ⵉⵙⵎ
cmp-service = ⵜⴰⵏⴰⴼⵓⵜ ⵜⴰⵎⵙⵓⵍⵜ
cmp-acknowledge = ⵙⵏⵜⵎ ⴰⵎⵥⵥⴰ
cmp-route = ⴰⵣⵏ ⵉ ⵜⵏⴰⴼⵓⵜ
cmp-note = ⵔⵏⵓ ⵢⴰⵏ ⵓⵙⵖⵏⵓ ⴰⴳⵏⵙⴰⵏ
cmp-answer = ⵔⴰⵔ
cmp-mail-receipt-subject = ⴰⵡⵚⵍ { $number }
cmp-mail-receipt-body = ⴰⵣⵓⵍ,

    { $commune } ⵜⵍⴽⵎ ⵜⵓⵣⵉⵏⵜ ⵏⵏⴽ ⵙ ⵓⵟⵟⵓⵏ { $number }. ⴰⵔⴰⵔ ⴰⵔ { $due } (2.17.265).
    { $link }
cmp-mail-ack-subject = ⴰⵙⵏⵜⵎ ⵏ ⵓⵍⴽⴰⵎ { $number }
cmp-mail-ack-body = ⴰⵣⵓⵍ,

    { $commune } ⵜⵙⵏⵜⵎ ⵜⴰⴳⵓⵜ ⵏⵏⴽ { $number }. ⴰⵔⴰⵔ ⴰⵔ { $due }.
    { $link }
cmp-mail-answered-subject = ⴰⵔⴰⵔ ⵅⴼ ⵜⴳⵓⵜ ⵏⵏⴽ { $number }
cmp-mail-answered-body = ⴰⵣⵓⵍ,

    { $commune } ⵜⵔⴰⵔ ⵅⴼ ⵜⴳⵓⵜ ⵏⵏⴽ { $number }:
    { $link }
cmp-mail-reminder-subject = ⴰⵙⵙⵓⵎⵜⵜⵍ: ⵜⴰⴳⴰⵡⵜ { $number }
cmp-mail-reminder-body = ⵜⴰⴳⴰⵡⵜ { $number } ⵜⵔⴰⵊⵊⵓ ⴰⵙⵏⵜⵎ ⵏ ⵓⵎⵥⵥⴰ ⵏⵖ ⵢⴰⵜ ⵜⵔⴰⵔⵜ (ⴰⵏⵇⵇⵉⵙ 2.17.265: 15 ⴷ 60 ⵏ ⵡⵓⵙⵙⴰⵏ).
    { $link }
req-appeal-paper = ⵙⴽⵛⵎ ⵢⴰⵜ ⵜⴳⴰⵡⵜ ⵖⵔ ⵓⵏⵎⵖⴰⵔ ⵉⵜⵜⵓⵎⵥⴰⵏ ⴳ ⵓⴱⵉⵔⵓ ⵏⵖ ⵙ ⵜⴱⵔⴰⵜ (ⴰⴼ. 19)
