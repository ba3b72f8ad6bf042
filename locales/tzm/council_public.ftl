## council public pages (tzm)
## ⴰⵙⵇⵇⵉⵎ ⵙ ⵓⴳⴷⵓⴷ: ⵉⵙⵎⵓⵏⵏ, ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ, ⴰⵎⵓⵖⵍⵉ ⵏ ⵉⵙⵖⵜⴰⵙⵏ, ⵉⵏⴳⵎⴰⵙⵏ. Same order as fr/council_public.ftl.

cp-council-title = ⴰⵙⵇⵇⵉⵎ ⵏ { $commune }
cp-council-intro = ⵉⵙⵎⵓⵏⵏ ⵏ ⵓⵙⵇⵇⵉⵎ ⵏ ⵜⵖⵔⵎⵜ, ⵉⵙⵖⵉⵡⵙⵏ ⵏ ⵜⵡⵓⵔⵉ ⵏⵏⵙⵏ ⴷ ⵉⵙⵖⵜⴰⵙⵏ ⵉⵜⵜⵓⵙⵙⵓⴷⵙⵏ ⵏⵖ ⵉⵜⵜⵓⵙⵎⴰⵔⵏ (ⴰⵙⵍⴳⵏ ⴰⵏⴰⵎⵓⵏ 113.14, ⵉⴼⵙⵙⴰⵔⵏ 33 ⴰⵔ 48).
cp-nav-sessions = ⵉⵙⵎⵓⵏⵏ
cp-nav-register = ⴰⵎⵓⵖⵍⵉ ⵏ ⵉⵙⵖⵜⴰⵙⵏ
cp-feed-ical = ⴰⵙⵎⵍⵉⵍ (iCal)
cp-feed-atom = ⴰⵙⵜⵔⵉ Atom
cp-feed-api = API JSON
cp-ical-name = ⵉⵙⵎⵓⵏⵏ ⵏ ⵓⵙⵇⵇⵉⵎ — { $commune }
cp-atom-title = ⵉⵙⵖⵜⴰⵙⵏ ⵏ ⵓⵙⵇⵇⵉⵎ — { $commune }

cp-upcoming = ⵉⵙⵎⵓⵏⵏ ⵏⵏⴰ ⴷ ⵉⵜⵜⴰⵙⵏ
cp-upcoming-none = ⵓⵍⴰ ⴰⵙⵎⵓⵏ ⵉⵜⵜⵓⵙⵏⵓⵎⵎⵍⵏ ⵖⵉⵍⴰ.
cp-past = ⵉⵙⵎⵓⵏⵏ ⵉⵣⵔⵉⵏ
cp-past-none = ⵓⵍⴰ ⴰⵙⵎⵓⵏ ⵉⵣⵔⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ.
cp-session = ⴰⵙⵎⵓⵏ
cp-session-ordinary = ⴰⵙⵎⵓⵏ ⴰⵎⴰⴳⵏⵓ ⵏ { $month } { $year }
cp-session-extraordinary = ⴰⵙⵎⵓⵏ ⴰⵎⵣⵣⴰⵢ ⵏ { $date }
cp-dates = ⵙⴳ { $start } ⴰⵔ { $end }
cp-session-dates = ⵉⵣⵎⵣⴰ
cp-session-place = ⴰⴷⵖⴰⵔ
cp-session-trigger = ⵉⵜⵜⵓⵖⵔⴰ ⵙ ⵜⵓⵜⵔⵉⵜ
cp-session-trigger-note = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵜⵓⵜⵔⵉⵜ
cp-items-count = { $count ->
    [0] ⵓⵍⴰ ⴰⴼⵔⴷⵉⵙ
    [1] { $count } ⵓⴼⵔⴷⵉⵙ
   *[other] { $count } ⵉⴼⵔⴷⵉⵙⵏ
}

cp-status-planned = ⵉⵜⵜⵓⵙⵏⵓⵎⵎⵍ
cp-status-convened = ⵉⵜⵜⵓⵖⵔⴰ
cp-status-open = ⵉⵜⵜⵓⵣⴷⴰⵔ
cp-status-closed = ⵉⵜⵜⵓⵇⵇⵏ
cp-status-cancelled = ⵉⵜⵜⵓⵙⵔ

cp-trigger-president = ⵙⴳ ⵓⵏⵎⵖⴰⵔ (ⴰⴼ. 36)
cp-trigger-third_of_members = ⵙⴳ ⵢⴰⵏ ⵓⴽⵕⴰⴹ ⵏ ⵉⴳⵎⴰⵎⵏ (ⴰⴼ. 36)
cp-trigger-absolute_majority = ⵙⴳ ⵓⴳⵔⵓ ⴰⵎⵇⵇⵓⵔ ⵏ ⵉⴳⵎⴰⵎⵏ (ⴰⴼ. 36)
cp-trigger-governor = ⵙⴳ ⵓⵎⵙⵡⵓⴷⴷⵓ (ⴰⴼ. 37)

cp-deadlines = ⵜⵉⵣⵉⵡⵉⵏ ⵜⵉⵏⴰⵎⵓⵙⵉⵏ
cp-deadline-notice = ⴰⵖⵔⴰ ⵏ ⵉⴳⵎⴰⵎⵏ ⴰⵔ (ⴰⴼ. 35)
cp-deadline-agenda = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵖⵔ ⵓⵎⵙⵡⵓⴷⴷⵓ ⴰⵔ (ⴰⴼ. 38)
cp-deadline-governor = ⵜⵉⴳⵉⵔⴰ ⵏ ⵜⵉⵣⵉ ⵏ ⵓⵎⵙⵡⵓⴷⴷⵓ ⴰⴷ ⵢⴰⵔⵏⵓ ⵉⴼⵔⴷⵉⵙⵏ (ⴰⴼ. 39)
cp-deadline-last-day = ⴰⵙⵙ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵓⵙⵎⵓⵏ (ⴰⴼ. 34)
cp-deadline-extension = ⴰⵙⵙ ⴰⵏⴳⴳⴰⵔⵓ ⵎⴽ ⵉⵜⵜⵓⵙⵖⵣⴼ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ (ⴰⴼ. 34)
cp-deadline-passed = (ⵉⵣⵔⵉ)

cp-sittings = ⵜⵉⵖⵉⵎⵉⵜⵉⵏ
cp-sittings-none = ⵓⵍⴰ ⵜⴰⵖⵉⵎⵉⵜ ⵉⵜⵜⵓⵙⵏⵓⵎⵎⵍⵏ ⴰⵔ ⴷⵖⵉ.
cp-sitting = ⵜⴰⵖⵉⵎⵉⵜ
cp-sitting-public = ⵜⴰⴳⴷⵓⴷⴰⵏⵜ
cp-sitting-closed = ⵙ ⵜⵉⴼⵔⵉ (ⴰⴼ. 48)
cp-closed-by-president = ⵙ ⵜⵓⵜⵔⵉⵜ ⵏ ⵓⵏⵎⵖⴰⵔ
cp-closed-by-third_of_members = ⵙ ⵜⵓⵜⵔⵉⵜ ⵏ ⵢⴰⵏ ⵓⴽⵕⴰⴹ ⵏ ⵉⴳⵎⴰⵎⵏ
cp-closed-by-governor_for_public_order = ⵙ ⵜⵓⵜⵔⵉⵜ ⵏ ⵓⵎⵙⵡⵓⴷⴷⵓ, ⵙ ⵜⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵏⴹⵉⵎ ⴰⴳⴷⵓⴷⴰⵏ
cp-convocation-first = ⴰⵖⵔⴰ ⴰⵎⵣⵡⴰⵔⵓ
cp-convocation-second = ⴰⵖⵔⴰ ⵡⵉⵙ ⵙⵉⵏ
cp-convocation-third = ⴰⵖⵔⴰ ⵡⵉⵙ ⴽⵕⴰⴹ
cp-quorum-pending = ⴰⵙⵎⵓⵏ ⵏ ⵉⴳⵎⴰⵎⵏ ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴰⵔ ⴷⵖⵉ.
cp-quorum-reached = ⴰⵏⵚⴰⴱ ⵉⵍⴽⵎ, ⴰⵙⵇⵇⵉⵎ ⵉⵣⵎⵔ ⴰⴷ ⵉⵙⵖⵜⴰⵙ (ⴰⴼ. 42):
cp-quorum-not_reached = ⴰⵏⵚⴰⴱ ⵓⵔ ⵉⵍⴽⵉⵎ, ⴰⵙⵇⵇⵉⵎ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵙⵖⵜⴰⵙ (ⴰⴼ. 42):
cp-quorum-any_attendance = ⴰⵖⵔⴰ ⴰⵏⴳⴳⴰⵔⵓ: ⴰⵙⵇⵇⵉⵎ ⵉⵙⵖⵜⴰⵙ ⴽⵢⴼⵎⴰ ⵉⴳⴰ ⵓⵟⵟⵓⵏ ⵏ ⵉⵏⵏⴰ ⵉⵍⵍⴰⵏ (ⴰⴼ. 42):
cp-count-present = { $count ->
    [0] ⵓⵍⴰ ⴰⴳⵎⴰⵎ ⵉⵍⵍⴰⵏ
    [1] { $count } ⵓⴳⵎⴰⵎ ⵉⵍⵍⴰⵏ
   *[other] { $count } ⵉⴳⵎⴰⵎⵏ ⵉⵍⵍⴰⵏ
}
cp-count-required = { $count ->
    [1] ⴰⵏⵚⴰⴱ ⵏ { $count } ⵓⴳⵎⴰⵎ
   *[other] ⴰⵏⵚⴰⴱ ⵏ { $count } ⵉⴳⵎⴰⵎⵏ
}
cp-count-in-office = { $count ->
    [0] ⵓⵍⴰ ⴰⴳⵎⴰⵎ ⴳ ⵜⵡⵓⵔⵉ
    [1] ⵖⴼ { $count } ⵓⴳⵎⴰⵎ ⴳ ⵜⵡⵓⵔⵉ
   *[other] ⵖⴼ { $count } ⵉⴳⵎⴰⵎⵏ ⴳ ⵜⵡⵓⵔⵉ
}

cp-agenda = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ
cp-agenda-empty = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⵓⵔ ⵉⵜⵜⵓⵥⵕⵉⴳ ⴰⵔ ⴷⵖⵉ.
cp-col-number = ⵓⵟ.
cp-col-item = ⴰⴼⵔⴷⵉⵙ
cp-col-committee = ⵜⴰⵙⵇⵇⵉⵎⵜ
cp-col-source = ⴰⵙⵏⵙⵉ
cp-col-status = ⴰⴷⴷⴰⴷ
cp-col-outcome = ⵜⴰⵢⴰⴼⵓⵜ
cp-col-deliberation = ⴰⵙⵖⵜⴰⵙ
cp-col-date = ⴰⵣⵎⵣ
cp-col-member = ⴰⴳⵎⴰⵎ
cp-col-vote = ⴰⵙⵜⵜⴰⵢ

cp-source-president = ⴰⵏⵎⵖⴰⵔ
cp-source-members = ⴽⵔⴰ ⵏ ⵉⴳⵎⴰⵎⵏ ⵏ ⵓⵙⵇⵇⵉⵎ (ⴰⴼ. 40)
cp-source-governor = ⴰⵎⵙⵡⵓⴷⴷⵓ (ⴰⴼ. 39)
cp-source-petition = ⵢⴰⵜ ⵜⵙⵓⵜⵔⴰ (ⴰⴼ. 125)
cp-source-advisory_opinion = ⵢⴰⵏ ⵓⵏⵏⴰⵢ ⴰⵙⵇⵙⴰⵢ ⵏ ⵢⴰⵜ ⵜⵏⴱⴹⴰⵜ ⵜⴰⵙⵇⵙⴰⵢⵜ
cp-source-participatory_budget = ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ
cp-source-open-petition = ⵥⵕ ⵜⴰⵙⵓⵜⵔⴰ
cp-source-co_creation_call = ⵢⴰⵜ ⵜⵖⵔⵉ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ

cp-item-status-on_agenda = ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ
cp-item-status-decided = ⵉⵜⵜⵓⵙⵖⵜⴰⵙ
cp-item-status-refused = ⵉⵜⵜⵓⵙⵎⴰⵔ (ⵙ ⵜⵎⵏⵜⵉⵍⵜ)
cp-item-status-postponed = ⵉⵜⵜⵓⵙⵎⵎⵔⵏ

cp-outcome-adopted = ⵉⵜⵜⵓⵙⵙⵓⴷⵙ
cp-outcome-rejected = ⵉⵜⵜⵓⵙⵎⴰⵔ
cp-outcome-second_sitting_required = ⵉⵜⵜⵓⵣⵏ ⵖⵔ ⵜⵖⵉⵎⵉⵜ ⵜⵉⵙ ⵙⵏⴰⵜ (ⴰⴼ. 43)

cp-minutes = ⴰⵏⴳⵎⴰⵙ
cp-minutes-none = ⴰⵏⴳⵎⴰⵙ ⵓⵔ ⵉⵜⵜⵓⵙⵎⵍ ⴰⵔ ⴷⵖⵉ.
cp-minutes-read = ⵖⵔ ⴰⵏⴳⵎⴰⵙ ⵉⵜⵜⵓⵙⵎⵍⵏ
cp-minutes-corrects = (ⵉⵙⵖⵖⴰⴷ ⴰⵏⴳⵎⴰⵙ ⵓⵟⵟⵓⵏ { $id })
cp-minutes-title = ⴰⵏⴳⵎⴰⵙ — { $session }
cp-minutes-correction = ⴰⵏⴳⵎⴰⵙ ⴰⴷ ⵉⵙⵖⵖⴰⴷ
cp-minutes-original = ⴰⵏⴳⵎⴰⵙ ⴰⵎⵣⵡⴰⵔⵓ
cp-minutes-corrected = ⴰⵏⴳⵎⴰⵙ ⴰⴷ ⵉⵜⵜⵓⵙⵖⵖⴷ:
cp-signatures = ⵉⵙⵎⴰⵍⵏ (ⴰⴼ. 47)
cp-signed-president = ⴰⵏⵎⵖⴰⵔ
cp-signed-secretary = ⴰⵎⴰⵔⴰⵢ ⵏ ⵓⵙⵇⵇⵉⵎ

cp-register-title = ⴰⵎⵓⵖⵍⵉ ⵏ ⵉⵙⵖⵜⴰⵙⵏ
cp-register-intro = ⴽⵓⵍⵍⵓ ⵉⵙⵖⵜⴰⵙⵏ ⵏ ⵓⵙⵇⵇⵉⵎ, ⵙ ⵓⵏⴹⵉⵎ ⵏ ⵉⵣⵎⵣⴰ (ⴰⴼ. 47). ⵜⵉⵔⵔⴰ ⵏⵏⴰ ⵓⵔ ⵉⵜⵜⵓⵙⵎⵍⵏ ⴰⵔ ⴷⵖⵉ ⵜⵜⵓⵎⴰⵍ ⴰⵎⵎ ⵓⵢⴰ.
cp-register-empty = ⵓⵍⴰ ⴰⵙⵖⵜⴰⵙ ⵏⵏⴰ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵔⵣⵣⵓ ⴰⴷ.
cp-search-words = ⵉⵡⴰⵍⵏ
cp-search-year = ⴰⵙⴳⴳⵯⴰⵙ
cp-search-committee = ⵜⴰⵙⵇⵇⵉⵎⵜ
cp-search-outcome = ⵜⴰⵢⴰⴼⵓⵜ
cp-search-any = ⴽⵓⵍⵍⵓ
cp-search-submit = ⵔⵣⵓ
cp-deliberations-count = { $count ->
    [0] ⵓⵍⴰ ⴰⵙⵖⵜⴰⵙ ⴳ ⵜⵙⵏⴰ ⴰⴷ
    [1] { $count } ⵓⵙⵖⵜⴰⵙ ⴳ ⵜⵙⵏⴰ ⴰⴷ
   *[other] { $count } ⵉⵙⵖⵜⴰⵙⵏ ⴳ ⵜⵙⵏⴰ ⴰⴷ
}

cp-deliberation-number = ⴰⵙⵖⵜⴰⵙ ⵓⵟⵟⵓⵏ { $number }
cp-state = ⴰⴷⴷⴰⴷ
cp-state-signed = ⵉⵜⵜⵓⵙⵎⵍ
cp-state-draft = ⵜⵉⵔⵔⴰ ⵓⵔ ⵉⵜⵜⵓⵙⵎⵍⵏ
cp-draft-note = ⴰⴹⵔⵉⵙ ⴰⴷ ⴷ ⵜⵉⵔⵔⴰ: ⵓⵔ ⵉⵜⵜⵓⵙⵎⵍ ⴰⵔ ⴷⵖⵉ ⴷ ⵉⵣⵎⵔ ⴰⴷ ⵉⵜⵜⴱⴷⴷⴰⵍ.
cp-corrects = ⴰⵙⵖⵜⴰⵙ ⴰⴷ ⵉⵙⵖⵖⴰⴷ ⴰⵙⵖⵜⴰⵙ
cp-corrected-by = ⴰⵙⵖⵜⴰⵙ ⴰⴷ ⵉⵙⵖⵖⴷ ⵜ ⵓⵙⵖⵜⴰⵙ
cp-decided-on = ⴰⵣⵎⵣ ⵏ ⵓⵙⵖⵜⴰⵙ
cp-text = ⴰⴹⵔⵉⵙ
cp-print = ⵜⴰⵏⵖⵍⴰ ⵏ ⵓⵙⵉⵖⵣ

cp-vote-title = ⴰⵙⵜⵜⴰⵢ
cp-vote-none = ⵓⵍⴰ ⴰⵙⵜⵜⴰⵢ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ.
cp-vote-present = ⵉⴳⵎⴰⵎⵏ ⵉⵍⵍⴰⵏ
cp-vote-in-office = ⵉⴳⵎⴰⵎⵏ ⴳ ⵜⵡⵓⵔⵉ
cp-vote-ballot = ⵜⵉⴽⴽⵍⵜ
cp-vote-basis = ⴰⴳⵔⵓ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
cp-vote-decision = ⴰⵙⵖⵜⴰⵙ
cp-vote-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ
cp-vote-president = ⴰⵙⵜⵜⴰⵢ ⵏ ⵓⵏⵎⵖⴰⵔ
cp-votes-needed = { $count ->
    [0] ⵓⵍⴰ ⴰⵙⵜⵜⴰⵢ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
    [1] { $count } ⵓⵙⵜⵜⴰⵢ ⵙ ⵢⴰⵀ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
   *[other] { $count } ⵉⵙⵜⵜⴰⵢⵏ ⵙ ⵢⴰⵀ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
}
cp-choice-in_favour = ⵢⴰⵀ
cp-choice-against = ⵓⵀⵓ
cp-choice-abstain = ⵓⵔ ⵉⵙⵜⵜⴰⵢ
cp-ballot-first = ⴰⵙⵜⵜⴰⵢ ⴰⵎⵣⵡⴰⵔⵓ
cp-ballot-second_sitting = ⵜⴰⵖⵉⵎⵉⵜ ⵜⵉⵙ ⵙⵏⴰⵜ (ⴰⴼ. 43, ⵜⵉⵣⵍⵉ 2)
cp-basis-votes_cast = ⴰⴳⵔⵓ ⴰⵎⵇⵇⵓⵔ ⵏ ⵉⵙⵜⵜⴰⵢⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ (ⴰⴼ. 43)
cp-basis-members_in_office = ⴰⴳⵔⵓ ⴰⵎⵇⵇⵓⵔ ⵏ ⵉⴳⵎⴰⵎⵏ ⴳ ⵜⵡⵓⵔⵉ (ⴰⴼ. 43)
cp-reason-majority_in_favour = ⴰⴳⵔⵓ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⵉⵙⵜⵜⴰⵢ ⵙ ⵢⴰⵀ.
cp-reason-majority_not_reached = ⴰⴳⵔⵓ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ ⵓⵔ ⵉⵍⴽⵉⵎ.
cp-reason-tie_broken_by_president = ⵉⵙⵜⵜⴰⵢⵏ ⵎⵙⴰⵡⴰⵏ: ⵜⴰⴳⵣⵣⵓⵎⵜ ⵏ ⵓⵏⵎⵖⴰⵔ ⴰⵢ ⵉⵔⵏⴰⵏ (ⴰⴼ. 43).
cp-reason-tie_without_president_side = ⵉⵙⵜⵜⴰⵢⵏ ⵎⵙⴰⵡⴰⵏ ⴱⵍⴰ ⴰⵙⵜⵜⴰⵢ ⵏ ⵓⵏⵎⵖⴰⵔ ⵙ ⵢⴰⵀ ⵏⵖ ⵓⵀⵓ: ⴰⵙⵓⵎⵔ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴷⵙ.
cp-reason-no_votes_cast = ⵓⵍⴰ ⴰⵙⵜⵜⴰⵢ ⵉⵜⵜⵓⴼⴽⴰⵏ.
cp-member-votes = ⴰⵙⵜⵜⴰⵢ ⵏ ⴽⵓ ⴰⴳⵎⴰⵎ
cp-member-votes-none = ⴰⵙⵜⵜⴰⵢ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⵙ ⵓⵟⵟⵓⵏ ⵏ ⵉⵙⵜⵜⴰⵢⵏ, ⴱⵍⴰ ⴰⵙⵜⵜⴰⵢ ⵙ ⵉⵙⵎ ⵏ ⴽⵓ ⴰⴳⵎⴰⵎ.
cp-session-extended = ⵉⵜⵜⵓⵙⵖⵣⴼ ⴰⵔ { $date } ⵙ ⵓⵙⵖⵜⴰⵙ ⵏ ⵓⵏⵎⵖⴰⵔ (ⴰⴼ. 34)
cp-closed-council-adopted = ⴰⵙⵇⵇⵉⵎ ⵉⴳⴳⵣ ⴱⵍⴰ ⴰⵎⵙⴰⵡⴰⵍ ⴰⴷ ⵉⵖⵉⵎ ⵙ ⵜⵉⴼⵔⵉ ({ $in_favour } ⵙ ⵡⴰⵀ, { $against } ⵙ ⵓⵀⵓ, { $abstain } ⵓⵔ ⵙⵜⵜⴰⵢⵏ; ⴰⴼ. 48).
cp-closed-council-rejected = ⵜⵜⵓⵙⵓⵜⵔ ⵜⵖⵉⵎⵉⵜ ⵙ ⵜⵉⴼⵔⵉ; ⴰⵙⵇⵇⵉⵎ ⵓⵔ ⵜⵜ ⵉⵇⴱⵉⵍ ({ $in_favour } ⵙ ⵡⴰⵀ, { $against } ⵙ ⵓⵀⵓ, { $abstain } ⵓⵔ ⵙⵜⵜⴰⵢⵏ; ⴰⴼ. 48): ⵜⴰⵖⵉⵎⵉⵜ ⵜⴳⴰ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ.
cp-session-request = ⵜⵓⵜⵔⵉⵜ (ⴰⴼ. 36–37)
cp-session-request-detail = ⵜⵍⴽⵎ ⴰⵏⵎⵖⴰⵔ ⴳ { $date }; ⵉⴳⵎⴰⵎⵏ ⵏⵏⴰ ⵜⵜ ⵉⵙⵎⵍⵏ: { $members }
cp-request-line = ⴰⵙⵓⵜⵔ ⵉⵍⴽⵎⵏ ⴳ { $date }, ⵙⵙⵎⴰⵔⵏ { $count } ⵙⴳ { $in_office } ⵉⴳⵎⴰⵎⵏ:
