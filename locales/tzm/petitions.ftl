## ⵜⵉⵙⵓⵜⵔⴰ (ⵉⴼⵙⵙⴰⵔⵏ 121–125, ⴰⵏⵇⵇⵉⵙ 2.16.403) — Tamazight (Tifinagh), same order as fr/petitions.ftl

pet-list-title = ⵜⵉⵙⵓⵜⵔⴰ — { $commune }
pet-intro = ⵉⵖⵔⵎⴰⵏⵏ ⴷ ⵜⵎⵙⵙⵓⴷⵙⵉⵏ ⵣⵎⵔⵏ ⴰⴷ ⵙⵓⵜⵔⵏ ⵙⴳ ⵓⵙⵇⵇⵉⵎ ⴰⴷ ⵢⴰⵔⵓ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏⵏⵙ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⴳ ⵜⵣⵎⵔⴰ ⵏⵏⵙ (ⴰⵙⵍⴳⵏ ⴰⵏⴰⵎⵓⵏ 113.14, ⵉⴼⵙⵙⴰⵔⵏ 121 ⴰⵔ 125).
pet-all = ⴽⵓⵍⵍⵓ
pet-none = ⵓⵍⴰ ⵜⴰⵙⵓⵜⵔⴰ ⵏⵏⴰ ⵉⵎⵙⴰⵙⴰⵏ.
pet-new = ⵜⴰⵙⵓⵜⵔⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ
pet-new-intro = ⵜⴰⵙⵓⵜⵔⴰ ⵏ ⵉⵖⵔⵎⴰⵏⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵙⵎⵓⵏ { $threshold } ⵏ ⵉⵙⵎⴰⵍⵏ ⴳ ⵜⵖⵔⵎⵜ ⴰⴷ (ⴰⴼ. 123). ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵍⵍⴰ ⵙⴳ ⵓⴳⴳⴰⵔ ⵏ 3 ⵉⵙⴳⴳⵯⴰⵙⵏ ⴷ ⴰⴷ ⵉⵍⵍⵉ ⵓⵙⵉⵔⴰ ⵏⵏⵙ ⵏⵖ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ ⵏⵏⵙ ⴳ ⵜⵖⵔⵎⵜ (ⴰⴼ. 124).
pet-save-draft = ⵃⴹⵓ ⵜⵉⵔⵔⴰ
pet-kind-citizens = ⵜⴰⵙⵓⵜⵔⴰ ⵏ ⵉⵖⵔⵎⴰⵏⵏ (ⴰⴼ. 123)
pet-kind-association = ⵜⴰⵙⵓⵜⵔⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ (ⴰⴼ. 124)
pet-field-kind = ⴰⵏⴰⵡ
pet-field-subject = ⴰⵙⵏⵜⵍ
pet-field-reasons = ⵜⵉⵎⵏⵜⵉⵍⵉⵏ ⴷ ⵉⵡⵜⵜⴰⵙⵏ
pet-field-requested-item = ⴰⴼⵔⴷⵉⵙ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵇⵇⵉⵎ
pet-field-full-name = ⵉⵙⵎ ⴷ ⵉⵙⵎ ⵏ ⵜⵡⵊⴰ
pet-field-cin = ⵓⵟⵟⵓⵏ ⵏ CNIE
pet-field-birth-date = ⴰⵣⵎⵣ ⵏ ⵜⵍⴰⵍⵉⵜ
pet-field-tie = ⴰⵣⴷⴰⵢ ⴷ ⵜⵖⵔⵎⵜ
pet-field-address = ⵜⴰⵏⵙⴰ ⵏⵖ ⴰⴷⵖⴰⵔ ⵏ ⵜⵡⵓⵔⵉ ⴳ ⵜⵖⵔⵎⵜ
pet-field-email-domain = ⵉⴳⵔ ⵏ ⵜⵏⵙⴰ ⵜⴰⵍⵉⴽⵜⵔⵓⵏⵉⵜ
pet-field-bureau-reasons = ⵜⵉⵎⵏⵜⵉⵍⵉⵏ (ⵉⵇⵇⴰⵏⵏⵜ ⵎⴽ ⵜⴻⵜⵜⵓⵙⵎⴰⵔ)
pet-tie-residence = ⵣⴷⵖⵖ ⴳ ⵜⵖⵔⵎⵜ
pet-tie-activity = ⵙⴽⴰⵔⵖ ⵢⴰⵜ ⵜⵡⵓⵔⵉ ⵜⴰⴷⴰⵎⵙⴰⵏⵜ, ⵜⴰⵎⵙⵙⵓⵖⵍⴰⵏⵜ ⵏⵖ ⵜⴰⵎⵙⵏⴰⵡⴰⵏⵜ ⴳ ⵜⵖⵔⵎⵜ
pet-declare-electoral = ⴳⵉⵖ ⴰⵎⵖⵔⵉⴱⵉ ⴷ ⵜⵜⵎⵙⴰⵙⴰⵏⵜ ⴷⵉⴷⵉ ⵜⵓⵜⵜⵉⵡⵉⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⴳ ⵜⵍⴳⴰⵎⵉⵏ ⵏ ⵜⴼⵔⴰⵏ.
pet-declare-interest = ⵖⵓⵔⵉ ⵢⴰⵏ ⵓⵏⴰⴼⵓ ⴰⵎⵓⵏ ⵓⵙⵔⵉⴷ ⴳ ⵜⵙⵓⵜⵔⴰ ⴰⴷ.
pet-notify = ⵙⵙⵓⴷⵏ ⵉⵢⵉ ⵙ ⵜⴱⵔⴰⵜ ⵙ ⵓⵙⵖⵜⴰⵙ ⵏ ⵓⵙⵇⵇⵉⵎ
pet-sign = ⵙⵎⵍ ⵜⴰⵙⵓⵜⵔⴰ
pet-sign-privacy = ⵉⵙⵎ ⵏⵏⴽ, ⵓⵟⵟⵓⵏ ⵏ CNIE ⴷ ⵜⵏⵙⴰ ⵏⵏⴽ ⵓⵔ ⵜⵏ ⵉⵥⵕⵕⴰ ⵖⴰⵙ ⴰⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ ⴷ ⵓⵎⵎⵓⴽⵍ ⵏ ⵜⵙⵓⵜⵔⴰ; ⴰⴷ ⵜⵜⵓⴽⴽⵙⵏ ⴷⴼⴼⵉⵔ ⵏ ⵜⵉⵣⵉ ⵏ ⵓⵃⴹⴰⵔ (ⴰⵙⵍⴳⵏ 09.08).
pet-signed-counted = ⴰⵙⵎⴰⵍ ⵏⵏⴽ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.
pet-signed-mail = ⵇⵔⵉⴱ ⴰⴷ ⵉⴽⵎⵎⵍ: ⵕⵥⵎ ⴰⵙⵖⵏ ⵉⵜⵜⵓⵣⵏⵏ ⵖⵔ ⵜⵏⵙⴰ ⵏⵏⴽ ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⴰⵙⵎⴰⵍ ⵏⵏⴽ.
pet-confirm-title = ⵙⵏⵜⵎ ⴰⵙⵎⴰⵍ ⵏⵏⴽ
pet-confirm-intro = ⵙⵉⵜⵜⵉ ⵖⴼ ⵜⵉⵇⵇⵏⴹⵜ ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⴰⵙⵎⴰⵍ ⵏⵏⴽ ⵏ ⵜⵙⵓⵜⵔⴰ ⴰⴷ. ⵓⵔ ⵉⵜⵜⵓⵙⵉⴹⴹⵏ ⵖⴰⵙ ⵎⴽ ⵉⵜⵜⵓⵙⵏⵜⵎ.
pet-confirm-button = ⵙⵏⵜⵎⵖ ⴰⵙⵎⴰⵍ ⵉⵏⵓ
pet-back = ⴰⵖⵓⵍ ⵖⵔ ⵜⵙⵓⵜⵔⴰ
pet-signatures = ⵉⵙⵎⴰⵍⵏ
pet-progress = { $count } ⵏ ⵉⵙⵎⴰⵍⵏ ⵖⴼ { $threshold } ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
pet-by-channel = ⵙ ⵓⵣⵟⵟⴰ: { $online } · ⵖⴼ ⵓⴽⴰⵔⴹ: { $paper }
pet-channel = ⴰⴱⵔⵉⴷ
pet-channel-online = ⵙ ⵓⵣⵟⵟⴰ
pet-channel-paper = ⴰⴽⴰⵔⴹ
pet-valid = ⵉⵚⵃⴰ
pet-unconfirmed = ⵓⵔ ⵉⵜⵜⵓⵙⵏⵜⵎ
pet-invalidated = ⵉⵜⵜⵓⵙⵔ
pet-flagged = ⵉⵇⵇⴰⵏ ⴰⵙⵙⵏⵇⴷ
pet-open = ⵕⵥⵎ ⵉ ⵉⵙⵎⴰⵍⵏ
pet-deposit = ⵙⵔⵙ ⵖⵔ ⵓⵏⵎⵖⴰⵔ (ⴰⴼ. 125)
pet-receipt = ⴰⵡⵚⵍ ⵏ ⵓⵙⵔⵙ
pet-receipt-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵡⵚⵍ
pet-receipt-note = ⴰⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ ⵉⵙⵙⵏⵇⴰⴷ ⵜⴰⵙⵓⵜⵔⴰ; ⴰⵙⵎⴰⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵎⵏⵜⵍ ⴷ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵓⴷⵏ ⴳ 3 ⵉⵢⵢⵉⵔⵏ (ⴰⴼ. 125).
pet-review-by = ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⴱⵉⵔⵓ ⴰⵔ ⵡⴰⵙⵙ
pet-review-deadline = ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⴱⵉⵔⵓ ⵉⵇⵇⴰⵏ ⴰⵔ { $date } ({ $days } ⵏ ⵡⵓⵙⵙⴰⵏ ⴰⵢ ⵉⵇⵇⵉⵎⵏ).
pet-days-left = { $days } ⵏ ⵡⵓⵙⵙⴰⵏ ⴰⵢ ⵉⵇⵇⵉⵎⵏ
pet-overdue = ⵉⵄⵟⵟⵍ (ⴰⴼ. 125)
pet-bureau-reasons = ⵜⵉⵎⵏⵜⵉⵍⵉⵏ ⵏ ⵓⵙⵎⴰⵔ
pet-on-agenda = ⵜⵜⵓⵇⴱⴰⵍ ⴷ ⵜⵜⵓⵔⵓ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵎⵓⵏ ⴰⵎⴰⴳⵏⵓ ⵏ { $date }, ⵜⵜⵓⵣⵏ ⵉ ⵜⵙⵇⵇⵉⵎⵜ ⵏⵏⴰ ⵜⴻⵜⵜⵡⴰⵍⴰⵏ.
pet-twenty-day-rule = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵉⵜⵜⴷⴷⵓ ⵖⵔ ⵓⵎⵙⵡⵓⴷⴷⵓ ⵓⵍⴰ ⴷ 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵣⴷⴰⵜ ⵉ ⵓⵙⵎⵓⵏ (ⴰⴼ. 38): ⵜⴰⵙⵓⵜⵔⴰ ⵏⵏⴰ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ ⴷⴼⴼⵉⵔ ⴰⵢⴰ ⵜⵜⴷⴷⵓ ⵖⵔ ⵓⵙⵎⵓⵏ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ.
pet-deliberation-link = ⵥⵕ ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⵙⵇⵇⵉⵎ
pet-timeline = ⵜⵉⴼⴰⵍⴽⵉⵡⵉⵏ
pet-agent-actions = ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⵓⵎⵎⵓⴽⵍ
pet-public-page = ⵜⴰⵙⵏⴰ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ
pet-bureau-title = ⵜⵉⵙⵓⵜⵔⴰ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⵙⵙⵏⵇⴷ
pet-bureau-decision = ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⴱⵉⵔⵓ
pet-checklist = ⵜⵓⵜⵜⵉⵡⵉⵏ ⵉⵜⵜⵓⵙⵙⵏⵇⴷⵏ
pet-check-within_council_powers = ⴳ ⵜⵣⵎⵔⴰ ⵏ ⵓⵙⵇⵇⵉⵎ (ⴰⴼ. 121)
pet-check-respects_constitution_article_1 = ⵓⵔ ⵜⵙⵙⵓⵙⵎ ⵉⵙⵓⵔⴰ ⵏ ⵓⴼⵙⵙⴰⵔ 1 ⵏ ⵜⵎⵏⴷⵉⵜ (ⴰⴼ. 121)
pet-check-petitioners_conditions_met = ⵜⵓⵜⵜⵉⵡⵉⵏ ⵏ ⵉⵎⵙⵓⵜⵔⴰ ⵏⵖ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵜⵜⵓⵎⵙⴰⵙⴰⵏⵜ (ⴰⴼ. 123 ⵏⵖ 124)
pet-check-form_and_documents_complete = ⵜⴰⵍⵖⴰ ⴷ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴷⴷⵏ (ⴰⵏⵇⵇⵉⵙ 2.16.403)
pet-accept = ⵇⴱⵍ
pet-reject = ⵙⵎⴰⵔ
pet-paper-entry = ⵙⴽⵛⵎ ⵢⴰⵏ ⵓⵙⵎⴰⵍ ⵖⴼ ⵓⴽⴰⵔⴹ
pet-invalidate = ⵙⵔ ⵉⵙⵎⴰⵍⵏ
pet-sum-filed = ⵜⵜⵓⵙⵔⵙⵏⵜ
pet-sum-accepted = ⵜⵜⵓⵇⴱⴰⵍⵏⵜ ⵙⴳ ⵓⴱⵉⵔⵓ
pet-sum-rejected = ⵜⵜⵓⵙⵎⴰⵔⵏⵜ ⵙⴳ ⵓⴱⵉⵔⵓ
pet-sum-overdue = ⵄⵟⵟⵍⵏⵜ
pet-sum-median = ⵡⵓⵙⵙⴰⵏ (ⴰⵏⴰⵎⵎⴰⵙ) ⴰⵔ ⵓⵙⵖⵜⴰⵙ ⵏ ⵓⴱⵉⵔⵓ
pet-status-draft = ⵜⵉⵔⵔⴰ
pet-status-collecting = ⴰⵙⵎⵓⵏ ⵏ ⵉⵙⵎⴰⵍⵏ
pet-status-deposited = ⵜⵜⵓⵙⵔⵙ
pet-status-under_review = ⴰⵙⵙⵏⵇⴷ ⵙⴳ ⵓⴱⵉⵔⵓ
pet-status-accepted = ⵜⵜⵓⵇⴱⴰⵍ
pet-status-on_agenda = ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ
pet-status-decided_accepted = ⵉⵙⵙⵓⴷⵙ ⵜ ⵓⵙⵇⵇⵉⵎ
pet-status-decided_rejected_by_council = ⵉⵙⵎⴰⵔ ⵜ ⵓⵙⵇⵇⵉⵎ
pet-status-decided_postponed = ⵉⵙⵎⵎⵔⵏ ⵜ ⵓⵙⵇⵇⵉⵎ
pet-status-rejected_by_bureau = ⵉⵙⵎⴰⵔ ⵜ ⵓⴱⵉⵔⵓ
pet-status-withdrawn = ⵜⵜⵓⵙⵓⵙⵎ
pet-event-created = ⵜⵉⵔⵔⴰ ⵜⵜⵓⵙⵏⴼⵍⵓⵍ
pet-event-collecting = ⵜⵜⵓⵕⵥⵎ ⵉ ⵉⵙⵎⴰⵍⵏ
pet-event-deposited = ⵜⵜⵓⵙⵔⵙ ⵖⵔ ⵓⵏⵎⵖⴰⵔ, ⵉⵜⵜⵓⴼⴽⴰ ⵓⵡⵚⵍ
pet-event-accepted = ⵜⵜⵓⵇⴱⴰⵍ ⵙⴳ ⵓⴱⵉⵔⵓ
pet-event-on_agenda = ⵜⵜⵓⵔⵓ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ
pet-event-rejected_by_bureau = ⵜⵜⵓⵙⵎⴰⵔ ⵙⴳ ⵓⴱⵉⵔⵓ, ⵙ ⵜⵎⵏⵜⵉⵍⵉⵏ
pet-event-postponed = ⵜⵜⵓⵙⵎⵎⵔⵏ ⵖⵔ ⵢⴰⵏ ⵓⵙⵎⵓⵏ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ
pet-event-decided = ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⵙⵇⵇⵉⵎ
pet-error-cin = ⵓⵟⵟⵓⵏ ⵏ CNIE ⵓⵔ ⵉⵚⵃⵉⵃ: ⵢⴰⵏ ⵏⵖ ⵙⵉⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ ⵓⵟⵟⵓⵏⵏ ⴷⴼⴼⵉⵔⵙⵏ (ⴰⵎⴷ AB123456).
pet-error-adult = ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴽⵎⵎⵍⴷ 18 ⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ ⴰⴷ ⵜⵙⵎⵍⴷ (ⴰⴼ. 123).
pet-error-tie = ⵉⵏⵉ ⵎⴰ ⵜⵣⴷⵖⴷ ⴳ ⵜⵖⵔⵎⵜ ⵏⵖ ⵜⵙⴽⴰⵔⴷ ⴳⵉⵙ ⵢⴰⵜ ⵜⵡⵓⵔⵉ (ⴰⴼ. 123).
pet-error-declaration = ⴰⵏⵏⴰⵍ ⴰⴷ ⵉⵇⵇⴰⵏ (ⴰⴼ. 123).
pet-error-already-signed = CNIE ⴰⴷ ⵜⵙⵎⵍ ⵢⴰⴷ ⵜⴰⵙⵓⵜⵔⴰ ⴰⴷ.
pet-error-threshold = ⵓⵟⵟⵓⵏ ⵏ ⵉⵙⵎⴰⵍⵏ ⵉⵚⵃⴰⵏ ⵓⵔ ⵉⵍⴽⵉⵎ ⴰⵙⵓⵔⵙ ⵏ ⵓⴼⵙⵙⴰⵔ 123.
pet-error-no-verified-association = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵏⵏⴽ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵙⵙⵏⵇⴷ ⵜⵜ ⵜⵖⵔⵎⵜ ⵣⵡⴰⵔ.
pet-error-association-age = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵍⵍⴰ ⵙⴳ ⵓⴳⴳⴰⵔ ⵏ 3 ⵉⵙⴳⴳⵯⴰⵙⵏ (ⴰⴼ. 124).
pet-error-association-seat = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵍⵍⵉ ⵓⵙⵉⵔⴰ ⵏⵏⵙ ⵏⵖ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ ⵏⵏⵙ ⴳ ⵜⵖⵔⵎⵜ (ⴰⴼ. 124).
pet-error-association-documents = ⵅⵚⵚⴰⵏ ⴽⵔⴰ ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴳ ⵓⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ (ⴰⵏⵇⵇⵉⵙ 2.16.403, ⴰⴼ. 4).
pet-error-checklist = ⴽⵓⵍⵍⵓ ⵜⵓⵜⵜⵉⵡⵉⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵏⵇⴷⵏⵜ ⴰⴷ ⵜⵜⵓⵇⴱⴰⵍ.
pet-error-committee-required = ⵜⴰⵙⵓⵜⵔⵜ ⵏⵏⴰ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ ⵜⵜⵓⵣⵏ ⵖⵔ ⵜⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⵣⴳⵉⵡⵜ ⵏⵏⴰ ⵜⴻⵜⵜⵡⴰⵍⴰⵏ ⴰⴷ ⵜⵜ ⵜⵖⵔ ⵇⴱⵍ ⴰⵙⵇⵇⵉⵎ (ⴰⴼ. 125): ⴼⵔⵏ ⵜⴰⵙⵇⵇⵉⵎⵜ.
pet-mail-confirm-subject = ⵙⵏⵜⵎ ⴰⵙⵎⴰⵍ ⵏⵏⴽ — ⵎⵓⵛⴰⵔⴰⴽⴰ
pet-mail-confirm-body = ⴰⵣⵓⵍ,

    ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⴰⵙⵎⴰⵍ ⵏⵏⴽ ⵏ ⵜⵙⵓⵜⵔⴰ « { $subject } », ⵕⵥⵎ ⴰⵙⵖⵏ ⴰⴷ:
    { $link }

    ⵎⴽ ⵓⵔ ⵜⵙⵎⵍⴷ, ⵙⵙⵓⵔⵉ ⵜⴰⴱⵔⴰⵜ ⴰ: ⵓⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵉⴹⴹⵏ ⵡⴰⵍⵓ.
pet-mail-decision-subject = ⵜⴰⵙⵓⵜⵔⴰ ⵏⵏⴽ « { $subject } »
pet-mail-accepted-body = ⴰⵣⵓⵍ,

    ⴰⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ ⵉⵇⴱⵍ ⵜⴰⵙⵓⵜⵔⴰ « { $subject } ». ⵜⵜⵓⵔⵓ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵎⵓⵏ ⴰⵎⴰⴳⵏⵓ ⵏ { $session } ⴷ ⵜⵜⵓⵣⵏ ⵉ ⵜⵙⵇⵇⵉⵎⵜ ⵏⵏⴰ ⵜⴻⵜⵜⵡⴰⵍⴰⵏ.
pet-mail-rejected-body = ⴰⵣⵓⵍ,

    ⴰⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ ⵉⵙⵎⴰⵔ ⵜⴰⵙⵓⵜⵔⴰ « { $subject } » ⵙ ⵜⵎⵏⵜⵉⵍⵉⵏ ⴰⴷ:
    { $reasons }
pet-mail-decided-body = ⴰⵣⵓⵍ,

    ⴰⵙⵇⵇⵉⵎ ⵉⵙⵖⵜⴰⵙ ⵖⴼ ⵜⵙⵓⵜⵔⴰ « { $subject } » (ⴰⵙⵖⵜⴰⵙ ⵓⵟⵟⵓⵏ { $number }):
    { $link }
pet-mail-reminder-subject = ⵜⴰⵙⵓⵜⵔⴰ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⵙⵙⵏⵇⴷ: « { $subject } »
pet-mail-reminder-body = ⴰⵣⵓⵍ,

    ⵜⴰⵙⵓⵜⵔⴰ « { $subject } » ⵜⵔⴰⵊⵊⵓ ⴰⵙⵖⵜⴰⵙ ⵏ ⵓⴱⵉⵔⵓ. ⵜⵉⵣⵉ ⵏ 3 ⵉⵢⵢⵉⵔⵏ (ⴰⴼ. 125) ⴰⴷ ⵜⴽⵎⵎⵍ ⴳ { $deadline }, ⴷⴳ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ.
    { $link }
pet-file = ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵙⵓⵜⵔⴰ (ⵜⴰⵍⵖⴰ ⵏ ⵓⵏⵇⵇⵉⵙ 2.16.403 ⴷ ⵜⵍⴳⴰⵎⵜ ⵏ ⵉⵎⵙⵎⴰⵍ)
pet-file-council = ⴰⵙⵇⵇⵉⵎ ⵏⵏⴰ ⵜⵓⵙⵏ
pet-file-show-cins = ⵙⵎⴰⵍ ⵉⵟⵟⵓⵏⵏ ⵏ CIN
pet-file-cins-audited = ⵉⵟⵟⵓⵏⵏ ⵏ CIN ⵏ ⵉⵎⵙⵎⴰⵍ ⵓⵔ ⴷ ⵜⵜⴱⴰⵢⴰⵏⵏ ⵖⴰⵙ ⵙ ⵜⵓⵜⵔⵉⵜ; ⴽⵓ ⴰⵙⵎⴰⵍ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴳ ⵓⵎⵓⵖⵍⵉ ⵏ ⵓⵙⵙⵏⵇⴷ.
pet-atom = ⴰⵙⵜⵔⵉ Atom
pet-csv = ⵙⵙⵓⴼⵖ ⵙ CSV
pet-list-link = ⵜⵉⵙⵓⵜⵔⴰ
pet-register-paper = ⵣⵎⵎⴻⵎ ⵢⴰⵜ ⵜⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵙⵔⵙⵏ ⵖⴼ ⵓⴽⴰⵔⴹ
pet-field-received-on = ⴰⵣⵎⵣ ⵏ ⵓⵎⵥⵥⴰ ⵙⴳ ⵓⵏⵎⵖⴰⵔ
pet-withdraw = ⵙⵓⵙⵎ ⵜⴰⵙⵓⵜⵔⴰ
pet-event-withdrawn = ⵜⵜⵓⵙⵓⵙⵎ ⵙⴳ ⵓⵎⵎⵓⴽⵍ ⵏⵏⵙ
pet-event-registered_on_paper = ⵜⵜⵓⵣⵎⵎⴻⵎ ⵙⴳ ⵓⵙⵔⵙ ⵖⴼ ⵓⴽⴰⵔⴹ
pet-field-from = ⵜⵜⵓⵙⵎⵍⵏⵜ ⵙⴳ
pet-field-to = ⵜⵜⵓⵙⵎⵍⵏⵜ ⴰⵔ
pet-attachments = ⵉⵙⴽⴽⵉⵍⵏ ⵉⵜⵜⵓⵙⵎⵔⴰⵏ
pet-attachment = ⵙⵎⵔⵙ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵍ (PDF, PNG ⵏⵖ JPEG)
pet-event-attachment = ⴰⵙⴽⴽⵉⵍ ⵉⵜⵜⵓⵙⵎⵔⴰⵏ
pet-ip-group = ⴰⴳⵔⴰⵡ ⵏ ⵜⵏⵙⴰ IP (ⴰⵏⴰⵍ ⵉⵜⵜⴱⴰⵢⴰⵏⵏ ⴳ ⵜⵍⴳⴰⵎⵜ)

# ⵉⴼⵙⵙⴰⵔⵏ 38 ⴷ 125: ⴰⵙⵎⵉⴹⵏ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵢⴰⵜ ⵜⵙⵓⵜⵔⴰ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ
pet-session-accepted-on = ⵜⵜⵓⵇⴱⴰⵍ ⴳ { $date }:
pet-session-if-accepted-today = ⵎⴽ ⵜⵜ ⵉⵇⴱⵍ ⵓⴱⵉⵔⵓ ⴰⵙⵙⴰ ({ $date }):
pet-session-open = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵎⵓⵏ ⵏ { $m ->
    [10] { $month }
   *[other] { $month }
} { $year } (ⴰⵕⵥⵥⵎ ⴳ { $start }) ⵉⵇⵇⴰⵏ ⴰⴷ ⵢⴰⵡⴹ ⴰⵎⵙⵡⵓⴷⴷⵓ ⴰⵔ { $deadline } (ⴰⴼ. 38, 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵣⴷⴰⵜ); { $days ->
    [0] ⴰⵙⵙⴰ ⴰⴷ ⵢⴰⴷ ⴰⵙⵙ ⴰⵏⴳⴳⴰⵔⵓ,
    [1] ⵉⵇⵇⵉⵎ { $days } ⵏ ⵡⴰⵙⵙ,
   *[other] ⵇⵇⵉⵎⵏ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ,
} ⵙ ⵎⴰⵢⴰ ⵜⴰⵙⵓⵜⵔⴰ ⵜⵜⴷⴷⵓ ⵖⵔ ⵓⵙⵎⵓⵏ ⴰⴷ (ⴰⴼ. 125).
pet-session-slipped = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⵙⵎⵓⵏ ⵏ { $missed_m ->
    [10] { $missed_month }
   *[other] { $missed_month }
} { $missed_year } ⵉⵇⵇⴰⵏ ⴰⴷ ⵢⴰⵡⴹ ⴰⵎⵙⵡⵓⴷⴷⵓ ⴰⵔ { $missed_deadline } (ⴰⴼ. 38, 20 ⵏ ⵡⵓⵙⵙⴰⵏ ⵣⴷⴰⵜ), ⵙ ⵎⴰⵢⴰ ⵜⴰⵙⵓⵜⵔⴰ ⵜⵜⴷⴷⵓ ⵖⵔ ⵓⵙⵎⵓⵏ ⵏ { $m ->
    [10] { $month }
   *[other] { $month }
} { $year } (ⴰⵕⵥⵥⵎ ⴳ { $start }), ⵍⵍⵉ ⵉⵇⵇⴰⵏ ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵏⵏⵙ ⴰⴷ ⵢⴰⵡⴹ ⴰⵎⵙⵡⵓⴷⴷⵓ ⴰⵔ { $deadline } (ⴰⴼ. 125).

# ⴰⵏⵇⵇⵉⵙ 2.16.403: ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⴷ ⵓⵙⵎⵎⵓⴽⵍ ⵏ ⵓⴹⴼⴰⵕ
pet-mandate = ⴰⵙⵎⵎⵓⴽⵍ ⵏ ⵓⴼⴳⴰⵏ ⵍⵍⵉ ⵉⴹⴼⵕⵏ ⵜⴰⵙⵓⵜⵔⴰ (PDF)
pet-mandate-help = ⴰⵏⵇⵇⵉⵙ 2.16.403 ⵉⵙⵓⵜⵜⵓⵔ ⴰⵙⵎⵎⵓⴽⵍ ⵏ ⵓⴼⴳⴰⵏ ⵍⵍⵉ ⵉⴹⴼⵕⵏ ⵜⴰⴱⵔⵉⴷⵜ, ⵖⴰⵙ ⵎⴽ ⵉⴳⴰ ⴰⵎⵙⵎⴷⵢⴰⵣ ⴰⵏⴰⵎⵓⵙ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ. ⴰⵙⵎⵎⵓⴽⵍ ⵓⵔ ⵜ ⵉⵥⵕⵕⴰ ⵖⴰⵙ ⴽⵢⵢⵉ ⴷ ⵓⴱⵉⵔⵓ ⵏ ⵓⵙⵇⵇⵉⵎ.
pet-mandate-link = ⴰⵙⵎⵎⵓⴽⵍ ⵏ ⵓⴼⴳⴰⵏ ⵍⵍⵉ ⵉⴹⴼⵕⵏ ⵜⴰⵙⵓⵜⵔⴰ
pet-legal-representative = ⵏⴽⴽ ⴷ ⴰⵎⵙⵎⴷⵢⴰⵣ ⴰⵏⴰⵎⵓⵙ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ
pet-declared-legal-representative = ⴰⵎⵎⵓⴽⵍ ⵉⵏⵏⴰ ⵉⴳⴰ ⴰⵎⵙⵎⴷⵢⴰⵣ ⴰⵏⴰⵎⵓⵙ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ.
pet-association-file = ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ (ⴰⴼ. 124, ⴰⵏⵇⵇⵉⵙ 2.16.403)
pet-conditions-met = ⵜⵓⵜⵜⵉⵡⵉⵏ ⵏⵏⴰ ⵉⵣⵎⵔ ⵓⴼⴰⵢⵍⵓ ⴰⴷ ⵜⵏⵜ ⵉⵙⵎⴰⵍ ⵜⵜⵓⵎⵙⴰⵙⴰⵏⵜ.
pet-unmet-conditions = ⵜⵓⵜⵜⵉⵡⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵎⵙⴰⵙⴰⵏ:
pet-condition-founded_more_than_three_years = ⵜⵍⵍⴰ ⵙⴳ ⵓⴳⴳⴰⵔ ⵏ 3 ⵉⵙⴳⴳⵯⴰⵙⵏ (ⴰⴼ. 124)
pet-condition-seat_or_branch_in_commune = ⴰⵙⵉⵔⴰ ⵏⵖ ⴰⴼⵔⴷⵉⵙ ⴳ ⵜⵖⵔⵎⵜ (ⴰⴼ. 124)
pet-condition-final_receipt = ⴰⵡⵚⵍ ⴰⵏⴳⴳⴰⵔⵓ (ⴰⵏⵇⵇⵉⵙ 2.16.403)
pet-condition-statutes = ⴰⵏⴰⴹ ⴰⵙⵍⵖⴰⵏ (ⴰⵏⵇⵇⵉⵙ 2.16.403)
pet-condition-mandate = ⴰⵙⵎⵎⵓⴽⵍ ⵏ ⵓⴼⴳⴰⵏ ⵍⵍⵉ ⵉⴹⴼⵕⵏ ⵜⴰⴱⵔⵉⴷⵜ (ⴰⵏⵇⵇⵉⵙ 2.16.403)
pet-condition-activity_related_to_subject = ⵜⴰⵡⵓⵔⵉ ⵉⵣⴷⵉⵏ ⴷ ⵓⵙⵏⵜⵍ ⵏ ⵜⵙⵓⵜⵔⴰ (ⴰⴼ. 124)
pet-condition-democratic_operation = ⴰⵙⵡⵓⴷⴷⵓ ⴰⴳⴷⵓⴷⴰⵏ ⵏⵏⴰ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵏⴰⴹ ⴰⵙⵍⵖⴰⵏ (ⴰⴼ. 124)
pet-condition-good_standing = ⴰⴷⴷⴰⴷ ⵉⵚⵃⴰⵏ (ⴰⴼ. 124)
