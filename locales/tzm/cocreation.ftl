## ⴰⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ ⴷ ⵜⵎⵙⵙⵓⴷⵙⵉⵏ (public pages and mail; the back office falls back to French)

cc-list-link = ⵜⵉⵖⵔⵉⵡⵉⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ
cc-list-title = ⵜⵉⵖⵔⵉⵡⵉⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ — { $commune }
cc-intro = ⵜⵖⵔⵎⵜ ⵜⵙⵖⵓⵔ ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ ⵏ ⵜⵎⵓⵔⵜ ⵏⵏⵙ ⴰⴷ ⴰⵙ ⵙⵓⵎⵔⵏⵜ ⵉⵙⵏⴼⴰⵔⵏ ⵍⵍⵉ ⵔⴰⴷ ⵜⵜⵓⵙⵏⵓⵍⴼⵓⵏ ⵙ ⵜⵎⵢⴰⵡⴰⵙⵜ.
cc-atom = ⴰⵙⵜⵔⵉ Atom
cc-csv = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ (CSV)
cc-mine = ⵜⵉⵏⵣⵎⴰⵔⵉⵏ ⵉⵏⵓ
cc-none = ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵉⵖⵔⵉⵡⵉⵏ.
cc-state-draft = ⵜⵉⵔⵔⴰ
cc-state-upcoming = ⵖⵉⵍⵍⵉⴳ ⵔⴰⴷ ⵜⵜⵓⵔⵥⵎ
cc-state-open = ⵜⴰⵡⵡⵓⵔⵜ ⵜⵕⵥⵎ
cc-state-closed = ⵜⴰⵡⵡⵓⵔⵜ ⵜⵇⵇⵏ — ⴰⵙⵙⵉⵍⵉ
cc-state-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵜⵜⵓⵙⵙⵓⴼⵖⵏⵜ
cc-window = ⴰⵣⵏ ⵏ ⵜⵏⵣⵎⴰⵔⵉⵏ
cc-casablanca-time = (ⴰⴽⵓⴷ ⵏ ⵜⴰⴷⴷⴰⵔⵜ ⵜⴰⵎⵍⵍⴰⵍⵜ)
cc-themes = ⵉⵙⵏⵜⵍⵏ
cc-envelope = ⴰⴳⵍⴰⵍ ⵏ ⵓⴷⵔⵉⵎ
cc-ceiling = ⴰⴼⵍⵍⴰ ⵉ ⴽⵓ ⴰⵙⵏⴼⴰⵔ
cc-cofinancing = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⴰⴷ ⵜⴼⴽ (%)
cc-min-age = ⵉⵙⴳⴳⵯⴰⵙⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ
cc-fields = ⵉⴳⵔⴰⵏ ⵏ ⵜⵡⵓⵔⵉ
cc-any-field = ⴽⵓⵍⵍⵓ ⵉⴳⵔⴰⵏ
cc-tie-break = ⴰⴱⵟⵟⵓ ⵏ ⵉⵎⵙⴰⵡⴰⵏ
cc-tie-women_share = ⴰⵎⵜⵜⵓⴳ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳⵔ ⵉⵎⵙⴼⴰⴷ ⵏⵏⴰ ⵢⵓⴳⵔⵏ
cc-tie-lower_request = ⴰⵙⵙⵉⵡⵙ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⵏⵏⴰ ⵢⵓⴷⵔⵏ
cc-tie-earlier_submission = ⵜⴰⵏⵣⵎⴰⵔⵜ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵔⵙⵏ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
cc-new-note = ⴰⵣⵏ ⵜⴰⵏⵣⵎⴰⵔⵜ
cc-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
cc-grid = ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⵙⵙⵉⵍⵉ
cc-criterion = ⴰⵙⵡⵉⵔ
cc-weight = ⴰⵣⴰⵢ
cc-scale = ⴰⵙⵡⵉⵔ
cc-guidance = ⵜⵉⵎⵍⵉⵡⵉⵏ
cc-meetings = ⵉⵎⵢⴰⵡⴰⴹⵏ ⵏ ⵓⵙⵙⵏⵖⵎⵙ
cc-no-meetings = ⵓⵔ ⵍⵍⵉⵏ ⵉⵎⵢⴰⵡⴰⴹⵏ.
cc-registered = { $count } ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ
cc-attendance = { $people } ⵉⵏⴰⵎⴰⵏⵏ, { $organisations } ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ
cc-you-registered = ⵜⵣⵎⵎⴻⵎⵜ
cc-register = ⵣⵎⵎⴻⵎ
cc-registered-done = ⴰⵣⵎⵎⴻⵎ ⵏⵏⴽ ⵉⵜⵜⵓⵃⴹⴰ.
cc-questions = ⵉⵙⵇⵙⵉⵜⵏ ⴷ ⵜⵔⴰⵔⵉⵡⵉⵏ
cc-no-questions = ⵓⵔ ⵍⵍⵉⵏ ⵉⵙⵇⵙⵉⵜⵏ.
cc-question = ⴰⵙⵇⵙⵉ:
cc-answer = ⵜⴰⵔⴰⵔⵓⵜ:
cc-ask = ⵙⵇⵙⴰ (ⵜⴰⵔⴰⵔⵓⵜ ⵉ ⵎⵉⴷⴷⵏ ⴰⴽⴽⵯ)
cc-ask-submit = ⴰⵣⵏ
cc-question-sent = ⴰⵙⵇⵙⵉ ⵏⵏⴽ ⵉⵜⵜⵓⵣⵏ; ⵜⴰⵔⴰⵔⵜ ⴰⴷ ⵜⵜⵓⵥⵕⵉⴳ ⴳ ⵜⵙⵏⴰ ⴰⴷ.
cc-results-title = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ — { $call }
cc-granted-total = ⴰⵎⴰⵜⴰⵢ ⵉⵜⵜⵓⴼⴽⴰⵏ
cc-rank = ⴰⵙⵡⵉⵔ
cc-note-title = ⴰⵣⵡⵍ ⵏ ⵓⵙⵏⴼⴰⵔ
cc-association = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
cc-total = ⵜⴰⵏⵇⵇⵉⴹⵜ (/100)
cc-requested = ⴰⴷⵔⵉⵎ ⵉⵜⵜⵓⵜⵜⵔⵏ
cc-outcome = ⵜⴰⵢⴰⴼⵓⵜ
cc-outcome-selected = ⵉⵜⵜⵓⵙⵜⴰ
cc-outcome-does_not_fit = ⵓⵔ ⵉⵜⵜⵓⵙⵜⴰⵢ: ⵓⵔ ⵉⵜⵜⴰⵎⵥ ⴳ ⵓⴳⵍⴰⵍ ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ
cc-ineligible-count = { $count } ⵏ ⵜⵏⵣⵎⴰⵔⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ.
cc-closes = ⴰⵣⵏ ⴰⵔ { $at }.
cc-save-draft = ⵃⴹⵓ
cc-submit-note = ⴰⵣⵏ
cc-problem = ⴰⵎⵓⴽⵔⵉⵙ
cc-objectives = ⵉⵡⵜⵜⴰⵙⵏ
cc-beneficiaries = ⵓⵟⵟⵓⵏ ⵏ ⵉⵎⵙⴼⴰⴷ
cc-women-percent = ⴰⵎⵜⵜⵓⴳ ⵏ ⵜⵎⵖⴰⵔⵉⵏ (%)
cc-youth-percent = ⴰⵎⵜⵜⵓⴳ ⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ (%)
cc-activities = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ
cc-calendar = ⴰⵙⵎⵍⵉⵍ
cc-partners = ⵉⵎⴷⵓⴽⴽⴰⵍ
cc-budget-lines = ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ (ⵜⵉⵣⵍⵉⵜⵉⵏ, ⵉⵙⵓⵜⵍⵏ ⵙ ⴷⵔⵀⵎ)
cc-line-label = ⵜⴰⵣⵍⵉⵜ ⵏ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ
cc-line-amount = ⴰⵙⵓⵜⵍ
cc-line-cofinancing = ⴳⵉⵙ ⴰⵙⵙⵉⵡⵙ ⴰⵎⵢⴰⵏⴰⵡ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ
cc-spent = ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ
cc-cost = ⴰⵙⵓⵜⵍ ⴰⵎⴰⵜⴰⵢ
cc-cofinanced = ⴰⵙⵙⵉⵡⵙ ⴰⵎⵢⴰⵏⴰⵡ
cc-draft-saved = ⵜⵉⵔⵔⴰ ⵜⵜⵓⵃⴹⴰ.
cc-note-status-draft = ⵜⵉⵔⵔⴰ
cc-note-status-submitted = ⵜⵜⵓⵙⵔⵙ
cc-note-status-eligible = ⵜⵜⵓⵇⴱⴰⵍ
cc-note-status-ineligible = ⵓⵔ ⵜⵜⵓⵇⴱⴰⵍ
cc-note-status-selected = ⵜⵜⵓⵙⵜⴰⵢ
cc-note-status-not_selected = ⵓⵔ ⵜⵜⵓⵙⵜⴰⵢ
cc-note-status-agreed = ⴰⵎⴰⵙⴰⵏ ⵉⵜⵜⵓⵙⵎⵍ
cc-receipt = ⴰⵡⵚⵍ
cc-receipt-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵡⵚⵍ
cc-receipt-note = ⴰⵡⵚⵍ ⴰⴷ ⵉⵙⵏⵜⴰⵎ ⴰⵙⵔⵙ ⵏ ⵜⵏⵣⵎⴰⵔⵜ ⴳ ⵜⵉⵣⵉ ⵏ ⵜⵖⵔⵉ. ⵉⵜⵜⵓⵣⵏ ⵓⵍⴰ ⵙ ⵜⴱⵔⴰⵜ.
cc-submitted-at = ⵜⵜⵓⵙⵔⵙ ⴳ
cc-call = ⵜⵉⵖⵔⵉ
cc-unmet = ⵜⵓⵜⵜⵉⵡⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵎⵙⴰⵙⴰⵏ
cc-unmet-automatic = ⵜⵓⵜⵜⵉⵡⵉⵏ ⵏⵏⴰ ⵙⵎⴰⵍⵏ ⵉⵙⴼⴽⴰ ⵓⵔ ⵜⵜⵓⵎⵙⴰⵙⴰⵏⵜ (ⴰⴷ ⵜⵏⵜ ⵉⵙⵏⵜⵎ ⵓⵎⵙⵙⵏⵇⴷ)
cc-cond-verified = ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵓⵔ ⵜ ⵜⵙⵙⵏⵇⴷ ⵜⵖⵔⵎⵜ.
cc-cond-seat_or_branch = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵓⵔ ⵖⵓⵔⵙ ⴰⵙⵉⵔⴰ ⵓⵍⴰ ⴰⴼⵔⴷⵉⵙ ⴳ ⵜⵖⵔⵎⵜ.
cc-cond-age = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵓⵔ ⵜⵍⴽⵉⵎ ⵜⴰⵇⴷⵉⵎⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⵏⵏⴰ ⵜⵙⵓⵜⵜⵓⵔ ⵜⵖⵔⵉ.
cc-cond-activity = ⵉⴳⵔ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵓⵔ ⵉⵎⵙⴰⵙⴰ ⴷ ⵜⵖⵔⵉ.
cc-cond-ceiling = ⴰⵙⵙⵉⵡⵙ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⵉⵣⵔⵉ ⴰⵙⵓⵔⵙ ⵏ ⴽⵓ ⴰⵙⵏⴼⴰⵔ.
cc-cond-envelope = ⴰⵙⵙⵉⵡⵙ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⵉⵣⵔⵉ ⴰⴳⵍⴰⵍ ⵏ ⵜⵖⵔⵉ.
cc-cond-cofinancing = ⴰⵙⵙⵉⵡⵙ ⴰⵎⵢⴰⵏⴰⵡ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵓⵔ ⵉⵍⴽⵉⵎ ⴰⵎⵜⵜⵓⴳ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ.
cc-cond-budget = ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵓⵔ ⵖⵓⵔⵙ ⵜⴰⵣⵍⵉⵜ ⵏⵖ ⴰⵙⵙⵉⵡⵙ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ.
cc-cond-documents = ⴰⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵎⴷⵉ.
cc-result = ⵜⴰⵢⴰⴼⵓⵜ
cc-reason-selected = ⴰⵙⵏⴼⴰⵔ ⵏⵏⴽ ⵉⵜⵜⵓⵙⵜⴰⵢ ⴳ ⵓⴳⵍⴰⵍ ⵏ ⵜⵖⵔⵉ.
cc-reason-does_not_fit = ⴰⵙⵏⴼⴰⵔ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵙⵜⴰⵢ: ⴰⵙⵙⵉⵡⵙ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⵓⵔ ⵉⵜⵜⴰⵎⵥ ⴳ ⵎⴰ ⵉⵇⵇⵉⵎⵏ ⵙⴳ ⵓⴳⵍⴰⵍ ⴷⴼⴼⵉⵔ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⴰ ⵉⵣⵡⴰⵔⵏ.
cc-reason-ineligible = ⵜⴰⵏⵣⵎⴰⵔⵜ ⵏⵏⴽ ⵓⵔ ⵜⵜⵓⵇⴱⴰⵍ (ⵥⵕ ⵜⵓⵜⵜⵉⵡⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵎⵙⴰⵙⴰⵏ).
cc-grant = ⴰⵙⵙⵉⵡⵙ
cc-agreement = ⴰⵎⴰⵙⴰⵏ
cc-signed-on = ⵉⵜⵜⵓⵙⵎⵍ ⴳ
cc-tranche = ⴰⴼⵔⴷⵉⵙ
cc-tranche-condition = ⵜⵓⵜⵜⵉⵜ ⵏ ⵓⴼⴽⴰ
cc-report-due = ⴰⵏⵖⵎⵉⵙ ⵉⵇⵇⴰⵏ ⴳ
cc-reports = ⵉⵏⵖⵎⵉⵙⵏ ⵏ ⵓⵙⵙⵓⴷⵓ ⴷ ⵓⵎⵓⵖⵍⵉ ⴰⵎⵓⵏ
cc-no-reports = ⵓⵍⴰ ⴰⵏⵖⵎⵉⵙ ⵖⵉⵍⴰ.
cc-side-commune = ⵜⴰⵖⵔⵎⵜ
cc-side-association = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
cc-final-evaluation = ⴰⵙⵙⵏⵇⴷ ⴰⵏⴳⴳⴰⵔⵓ
cc-new-report = ⴰⵏⵖⵎⵉⵙ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵙⵙⵓⴷⵓ
cc-report-narrative = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵉⵜⵜⵓⴳⴰⵏ
cc-spent-on = ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵖⴼ « { $line } »
cc-report-submit = ⴰⵣⵏ ⴰⵏⵖⵎⵉⵙ
cc-report-saved = ⴰⵏⵖⵎⵉⵙ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.
cc-no-notes = ⵓⵍⴰ ⵜⴰⵏⵣⵎⴰⵔⵜ.
cc-admin-title = ⴰⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ: ⵜⵉⵖⵔⵉⵡⵉⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ
cc-new-call = ⵜⴰⵖⵔⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ
cc-call-form = ⵜⴰⵖⵔⵉ
cc-title-ar = ⴰⵣⵡⵍ (ⵜⴰⵄⵔⴰⴱⵜ)
cc-title-fr = ⴰⵣⵡⵍ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
cc-text-ar = ⴰⴹⵔⵉⵙ ⵏ ⵜⵖⵔⵉ (ⵜⴰⵄⵔⴰⴱⵜ)
cc-text-fr = ⴰⴹⵔⵉⵙ ⵏ ⵜⵖⵔⵉ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
cc-envelope-mad = ⴰⴳⵍⴰⵍ ⴰⵎⴰⵜⴰⵢ (ⴷⵔⵀⵎ)
cc-ceiling-mad = ⴰⵙⵓⵔⵙ ⵏ ⴽⵓ ⴰⵙⵏⴼⴰⵔ (ⴷⵔⵀⵎ)
cc-fields-keywords = ⵉⴳⵔⴰⵏ ⵏ ⵜⵡⵓⵔⵉ (ⵉⵡⴰⵍⵏ ⵉⵙⵍⵖⴰⵏⵏ ⵙ ⵜⵉⵇⵇⴰⵔ; ⵉⵅⵡⴰ: ⴽⵓⵍⵍⵓ)
cc-opens-at = ⴰⵕⵥⵥⵎ ⵏ ⵓⵙⵔⵙ
cc-closes-at = ⴰⵇⵇⵏ ⵏ ⵓⵙⵔⵙ (ⵙ ⵜⵙⵉⵏⵜ)
cc-spread-threshold = ⴰⵎⵣⴰⵔⴰⵢ ⴳⵔ ⵉⵎⵙⵙⵏⵇⴷ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵎⵍ (ⵜⵉⵏⵇⵇⵉⴹⵉⵏ)
cc-public-page = ⵜⴰⵙⵏⴰ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ
cc-edit-call = ⵙⵏⴼⵍ ⵜⴰⵖⵔⵉ
cc-criterion-ar = ⴰⵏⵇⵇⵉⴹ (ⵜⴰⵄⵔⴰⴱⵜ)
cc-criterion-fr = ⴰⵏⵇⵇⵉⴹ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
cc-scale-max = ⵜⴰⵏⵇⵇⵉⴹⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ
cc-add-criterion = ⵔⵏⵓ ⴰⵏⵇⵇⵉⴹ
cc-publish = ⵥⵕⵉⴳ ⵜⴰⵖⵔⵉ (ⵜⵔⵓⴷ ⵜⵜ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵇⵇⵉⵎ)
cc-published = ⵜⴰⵖⵔⵉ ⵜⵜⵓⵥⵕⵉⴳ ⴷ ⵜⵜⵓⵔⵓ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵎⵓⵏ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ.
cc-add-meeting = ⵔⵏⵓ ⵢⴰⵏ ⵓⵎⵓⵏ ⵏ ⵓⵙⵉⵍⴰⵍ
cc-starts-at = ⴰⵙⵏⵜⵉ
cc-ends-at = ⵜⵉⴳⵉⵔⴰ
cc-place-ar = ⴰⴷⵖⴰⵔ (ⵜⴰⵄⵔⴰⴱⵜ)
cc-place-fr = ⴰⴷⵖⴰⵔ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
cc-attendance-people = ⵉⵎⵙⵎⵓⵜⵜⴳ
cc-attendance-organisations = ⵉⵙⵏⵓⵔⴰⵏ ⵉⵜⵜⵓⵙⵎⴷⵢⴰⵣⵏ
cc-answer-submit = ⵥⵕⵉⴳ ⵜⴰⵔⴰⵔⵜ
cc-answered = ⵜⴰⵔⴰⵔⵜ ⵜⵜⵓⵥⵕⵉⴳ.
cc-notes = ⵜⵉⵏⵣⵎⴰⵔⵉⵏ ⵉⵜⵜⵓⵙⵔⵙⵏ
cc-ranking = ⴰⵙⵡⵉⵔ ⴷ ⵓⵙⵜⴰⵢ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ
cc-ranking-note = ⴰⵙⵡⵉⵔ ⵙ ⵜⵏⵇⵇⵉⴹⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ, ⴰⴱⵟⵟⵓ ⵏ ⵉⵎⵙⴰⵡⴰⵏ ⵙ ⵜⵍⴳⴰⵎⵜ ⵏ ⵜⵖⵔⵉ; ⴰⵙⵜⴰⵢ ⴳ ⵓⴳⵍⴰⵍ: ⴰⵙⵏⴼⴰⵔ ⵏⵏⴰ ⵓⵔ ⵉⵜⵜⴰⵎⵥ ⵉⵜⵜⵓⵣⴳⵔ ⵉ ⵡⴰⵏⵏⴰ ⴷ ⵉⴹⴼⵕⵏ ⵉⵜⵜⴰⵎⵥⵏ.
cc-moderation = ⴰⵙⵎⵓⵣⵣⵓ
cc-spread-flag = ⴰⵎⵣⴰⵔⴰⵢ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⵎⵙⴰⵡⴰⵍ
cc-incomplete = ⴰⵏⵇⵇⵉⴹ ⴱⵍⴰ ⵜⴰⵏⵇⵇⵉⴹⵜ
cc-remaining = ⵎⴰ ⵉⵇⵇⵉⵎⵏ ⴳ ⵓⴳⵍⴰⵍ
cc-undecided = { $count } ⵏ ⵜⵏⵣⵎⴰⵔⵉⵏ ⵔⴰⵊⵊⵓⵏⵜ ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⵇⴱⴰⵍ.
cc-publish-results = ⵥⵕⵉⴳ ⵜⵉⵢⴰⴼⵓⵜⵉⵏ (ⴷ ⵓⵙⵜⴰⵢ ⵉ ⵓⵙⵇⵇⵉⵎ)
cc-results-published = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵜⵜⵓⵥⵕⵉⴳⵏⵜ; ⴽⵓ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵜⵜⵓⵙⵙⵓⴷⵏ.
cc-founded = ⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⴳ
cc-checklist = ⴰⵙⵙⵏⵇⴷ ⵏ ⵓⵇⴱⴰⵍ
cc-check-branch = ⴰⵙⵉⵔⴰ ⵏⵖ ⴰⴼⵔⴷⵉⵙ ⴳ ⵜⵖⵔⵎⵜ (ⵉⵜⵜⵓⵙⵏⵜⵎⵏ)
cc-check-activity = ⵉⴳⵔ ⵏ ⵜⵡⵓⵔⵉ ⵉⵣⴷⵉⵏ ⴷ ⵜⵖⵔⵉ
cc-check-documents = ⴰⴼⴰⵢⵍⵓ ⵉⵎⴷⴷⵏ
cc-decide-eligibility = ⵣⵎⵎⴻⵎ ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⵇⴱⴰⵍ
cc-eligibility-done = ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⵇⴱⴰⵍ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴷ ⵉⵜⵜⵓⵣⵏ ⵉ ⵜⵎⵙⵙⵓⴷⵙⵜ.
cc-your-scores = ⴰⵙⵙⵏⵇⴷ ⵏⵏⴽ
cc-conflict-represents = ⵜⵙⵎⴷⵢⴰⵣⴷ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⴰⴷ: ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵜ ⵜⵙⵙⵏⵇⴷⴷ (ⴰⵎⵏⵖⵉ ⵏ ⵉⵏⴰⴼⵓⵜⵏ).
cc-conflict-declared = ⵜⵏⵏⵉⴷ ⵉⵍⵍⴰ ⵓⵎⵏⵖⵉ ⵏ ⵉⵏⴰⴼⵓⵜⵏ: ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵙⵙⵏⵇⴷⴷ ⵜⴰⵏⵣⵎⴰⵔⵜ ⴰⴷ.
cc-submitted-sheet = ⵜⴰⵣⵏⴷ ⴰⵙⵙⵏⵇⴷ ⵏⵏⴽ:
cc-comment = ⴰⵙⵖⵏⵓ
cc-save-scores = ⵃⴹⵓ
cc-submit-scores = ⴰⵣⵏ (ⴰⵏⴳⴳⴰⵔⵓ)
cc-declare-conflict = ⵉⵏⵉ ⵉⵍⵍⴰ ⵓⵎⵏⵖⵉ ⵏ ⵉⵏⴰⴼⵓⵜⵏ
cc-conflict-recorded = ⴰⵎⵏⵖⵉ ⵏ ⵉⵏⴰⴼⵓⵜⵏ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.
cc-scores-saved = ⵜⵉⵏⵇⵇⵉⴹⵉⵏ ⵜⵜⵓⵃⴹⴰⵏⵜ.
cc-scores-submitted = ⴰⵙⵙⵏⵇⴷ ⵉⵜⵜⵓⵣⵏ.
cc-other-sheets = ⵉⵙⵙⵏⵇⴷⵏ ⵏ ⵉⵎⵙⵙⵏⵇⴷ ⵢⴰⴹⵏⵉⵏ
cc-others-hidden = ⵜⵉⵏⵇⵇⵉⴹⵉⵏ ⵏ ⵉⵎⵙⵙⵏⵇⴷ ⵢⴰⴹⵏⵉⵏ ⴰⴷ ⴷ ⴱⴰⵢⵏⵜ ⵎⴽ ⵜⴰⵣⵏⴷ ⴰⵙⵙⵏⵇⴷ ⵏⵏⴽ.
cc-sign-agreement = ⵙⵎⵍ ⴰⵎⴰⵙⴰⵏ
cc-agreement-signed = ⴰⵎⴰⵙⴰⵏ ⵉⵜⵜⵓⵙⵎⵍ; ⵉⵙⵙⵓⵎⵜⵜⵍⵏ ⵏ ⵉⵏⵖⵎⵉⵙⵏ ⵜⵜⵓⵙⵏⵓⵎⵎⵍⵏ.
cc-error-amount = ⴰⵙⵓⵜⵍ ⵓⵔ ⵉⵚⵃⵉⵃ.
cc-error-ceiling = ⴰⵙⵓⵔⵙ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴳ ⴰⵎⵓⵊⴰⴱ ⴷ ⵓⵔ ⵉⵣⵔⵉ ⴰⴳⵍⴰⵍ.
cc-error-percent = ⵢⴰⵏ ⵓⵎⵜⵜⵓⴳ ⴳⵔ 0 ⴷ 100.
cc-error-window = ⵜⵉⴳⵉⵔⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴹⴼⵕ ⴰⵙⵏⵜⵉ.
cc-error-weight = ⵢⴰⵏ ⵓⵟⵟⵓⵏ ⴰⵎⴷⴷⴰⴷ ⵙⴳ 1 ⴰⵔ 100.
cc-error-no-grid = ⵔⵏⵓ ⵢⴰⵏ ⵓⵏⵇⵇⵉⴹ ⵎⴰ ⴷⵔⵓⵙⵏ ⵉ ⵜⴼⵍⵡⵉⵜ ⵣⴷⴰⵜ ⵉ ⵓⵥⵕⵉⴳ.
cc-error-late = ⵉⵣⵔⵉ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵣⵏ: ⵓⵔ ⵜⵣⵎⵎⵔⴷ ⴰⴷ ⵜⴰⵣⵏⴷ ⵜⴰⵏⵣⵎⴰⵔⵜ.
cc-error-not-open = ⵓⵔ ⵜⵕⵥⵉⵎ ⵜⴰⵡⵡⵓⵔⵜ ⵏ ⵓⵣⵏ.
cc-error-locked = ⵜⴰⵏⵣⵎⴰⵔⵜ ⴰⴷ ⵜⵜⵓⵙⵔⵙ ⵢⴰⴷ: ⵓⵔ ⵜⵙⵙⵉ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍ.
cc-error-line = ⴽⵓ ⵜⴰⵣⵍⵉⵜ ⵏ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵙⵄⵓ ⵉⵙⵎ ⴷ ⵓⵙⵓⵜⵍ ⴰⵎⵓⵊⴰⴱ, ⴷ ⵓⵙⵙⵉⵡⵙ ⴰⵎⵢⴰⵏⴰⵡ ⵏⵏⴰ ⵓⵔ ⵉⵣⵔⵉⵢⵏ ⴰⵙⵓⵜⵍ.
cc-error-no-lines = ⵔⵏⵓ ⵢⴰⵜ ⵜⵣⵍⵉⵜ ⵏ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ ⵎⴰ ⴷⵔⵓⵙⵏ.
cc-error-no-association = ⵖⴰⵙ ⴰⵎⵙⵎⴷⵢⴰⵣ ⵏ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ ⴰⵢ ⵉⵣⵎⵔⵏ ⴰⴷ ⵉⴳ ⴰⵢⴰ.
cc-error-association-unverified = ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵏⵏⴽ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜ ⵜⵙⵙⵏⵇⴷ ⵜⵖⵔⵎⵜ ⵣⵡⴰⵔ.
cc-error-meeting-past = ⴰⵎⵓⵏ ⴰⴷ ⵉⵜⵜⵓⴳⴰ ⵢⴰⴷ.
cc-error-attendance = ⵉⵟⵟⵓⵏⵏ ⵉⵎⵓⵊⴰⴱⵏ; ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵟⵟⵓⵏ ⵏ ⵉⵙⵏⵓⵔⴰⵏ ⴰⴷ ⵉⵣⵔⵉ ⵓⵟⵟⵓⵏ ⵏ ⵉⵎⵙⵎⵓⵜⵜⴳ.
cc-error-not-scorable = ⵖⴰⵙ ⵜⴰⵏⵣⵎⴰⵔⵜ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ ⵏ ⵢⴰⵜ ⵜⵖⵔⵉ ⴳ ⵓⵙⵙⵏⵇⴷ ⴰⵢ ⵉⵣⵎⵔⵏ ⴰⴷ ⵜⴰⵎⵥ ⵜⴰⵏⵇⵇⵉⴹⵜ.
cc-error-submitted = ⴰⵙⵙⵏⵇⴷ ⵏⵏⴽ ⵉⵜⵜⵓⵣⵏ ⵢⴰⴷ.
cc-error-score = ⵜⴰⵏⵇⵇⵉⴹⵜ ⵜⴰⵎⴷⴷⴰⴷⵜ ⴳⵔ 0 ⴷ ⵜⵏⵇⵇⵉⴹⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ ⵏ ⵓⵏⵇⵇⵉⴹ.
cc-error-window-open = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵓⵔ ⵣⵎⵉⵔⵏⵜ ⴰⴷ ⵜⵜⵓⵥⵕⵉⴳⵏⵜ ⵖⴰⵙ ⴷⴼⴼⵉⵔ ⵓⵇⵇⵏ ⵏ ⵓⵙⵔⵙ.
cc-error-undecided = ⴽⵓⵍⵍⵓ ⵜⵉⵏⵣⵎⴰⵔⵉⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵙⵄⵓⵏⵜ ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⵇⴱⴰⵍ ⵣⴷⴰⵜ ⵉ ⵓⵥⵕⵉⴳ.
cc-error-tranches = ⵉⴼⵔⴷⵉⵙⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵎⵓⵏⵏ ⵙ ⵜⵉⴷⵜ ⴰⵙⵙⵉⵡⵙ ⵉⵜⵜⵓⴼⴽⴰⵏ.
cc-error-tranche-condition = ⴽⵓ ⴰⴼⵔⴷⵉⵙ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵄⵓ ⵜⵓⵜⵜⵉⵜ ⵏ ⵓⴼⴽⴰ ⵏⵏⵙ.
cc-mail-receipt-subject = ⴰⵡⵚⵍ { $number } — ⵜⴰⵏⵣⵎⴰⵔⵜ ⵜⵜⵓⵣⵏ
cc-mail-receipt-body = ⴰⵣⵓⵍ,

    ⵜⴰⵏⵣⵎⴰⵔⵜ ⵏⵏⵓⵏ « { $title } » ⵜⵜⵓⵣⵏ ⵉ ⵜⵖⵔⵉ « { $call } ».
    ⵓⵟⵟⵓⵏ ⵏ ⵓⵡⵚⵍ: { $number }.
    { $link }
cc-mail-eligible-subject = ⵜⴰⵏⵣⵎⴰⵔⵜ ⵏⵏⵓⵏ ⵜⵎⵎⴰⵍⴰ
cc-mail-eligible-body = ⴰⵣⵓⵍ,

    ⵜⴰⵏⵣⵎⴰⵔⵜ « { $title } » ⵜⵎⵎⴰⵍⴰ; ⴰⴷ ⵜⵜⵓⵙⵙⵉⵍⵉ.
    { $link }
cc-mail-ineligible-subject = ⵜⴰⵏⵣⵎⴰⵔⵜ ⵏⵏⵓⵏ ⵓⵔ ⵜⵎⵎⴰⵍⴰ
cc-mail-ineligible-body = ⴰⵣⵓⵍ,

    ⵜⴰⵏⵣⵎⴰⵔⵜ « { $title } » ⵓⵔ ⵜⵎⵎⴰⵍⴰ:
    { $reasons }
    { $link }
cc-mail-result-subject = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵖⵔⵉ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ
cc-mail-selected-body = ⴰⵣⵓⵍ,

    ⴰⵙⵏⴼⴰⵔ « { $title } » ⵉⵜⵜⵓⵙⵜⴰ ({ $rank }, { $total }/100): { $amount } MAD.
    { $link }
cc-mail-not-selected-body = ⴰⵣⵓⵍ,

    ⴰⵙⵏⴼⴰⵔ « { $title } » ⵓⵔ ⵉⵜⵜⵓⵙⵜⴰ ({ $rank }, { $total }/100): { $amount } MAD ⵓⵔ ⵜⵏⵏⵓⵎⵥ ⴳ { $remaining } MAD ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ.
    { $link }
cc-mail-ineligible-result-body = ⴰⵣⵓⵍ,

    ⵜⴰⵏⵣⵎⴰⵔⵜ « { $title } » ⵓⵔ ⵜⵎⵎⴰⵍⴰ:
    { $reasons }
    { $link }
cc-mail-agreement-subject = ⵜⴰⵎⵙⴰⵙⴰⵔⵜ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ
cc-mail-agreement-body = ⴰⵣⵓⵍ,

    ⵜⴰⵎⵙⴰⵙⴰⵔⵜ ⵏ ⵓⵙⵏⴼⴰⵔ « { $title } » ⵜⵜⵓⵙⵎⵍ: { $amount } MAD.
    { $link }
cc-mail-report-reminder-subject = ⴰⵙⵎⵜⵜⵉ: ⴰⵏⵏⵉⵍ ⵏ { $due }
cc-mail-report-reminder-body = ⴰⵣⵓⵍ,

    ⴰⵏⵏⵉⵍ ⵏ ⵓⵙⵏⴼⴰⵔ « { $title } » ⴰⵔ { $due }.
    { $link }
cc-mail-answer-subject = ⵜⴰⵔⴰⵔⵓⵜ ⵅⴼ ⵓⵙⵇⵙⵉ ⵏⵏⵓⵏ
cc-mail-answer-body = ⴰⵣⵓⵍ,

    ⵜⵖⵔⵎⵜ ⵜⵔⴰⵔ ⵅⴼ ⵓⵙⵇⵙⵉ ⵏⵏⵓⵏ:
    { $link }
cc-documents = ⵉⵙⵎⵍⵉⵍⵏ ⵏ ⵜⵖⵔⵉ
cc-document = ⴰⵙⴽⴽⵉⵍ (PDF)
cc-attach = ⵙⵎⵔⵙ
cc-attachments = ⵉⵙⵎⵍⵉⵍⵏ
cc-attachment = ⴰⵙⴽⴽⵉⵍ ⵉⵜⵜⵓⵙⵎⵔⴰⵏ (PDF ⵏⵖ ⵜⴰⵡⵍⴰⴼⵜ)
cc-agenda-selection-title = ⴰⵙⵜⴰⵢ: { $title }
