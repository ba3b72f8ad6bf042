## budgets (tzm) — ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ, same order as fr/budgets.ftl
pb-title = ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ
pb-intro = ⵜⴰⵖⵔⵎⵜ ⵜⵙⵙⵓⴼⵓⵖ ⵢⴰⵏ ⵓⴼⵔⴷⵉⵙ ⵙⴳ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ ⵏⵏⵙ ⵉ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⴰ ⵙⵓⵎⵔⵏ ⵉⵎⵣⴷⴰⵖ ⴷ ⵙⵜⴰⵢⵏ.
pb-no-cycles = ⵓⵍⴰ ⵜⴰⵣⴳⵔⴰ ⵏ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ ⵖⵉⵍⴰ.
pb-whole-commune = ⵜⴰⵖⵔⵎⵜ ⴰⴽⴽ
pb-amount = { $amount } ⴷⵔⵀⵎ
pb-amount-col = ⴰⵙⵓⵜⵍ
pb-tab-overview = ⴰⵙⵙⵏⵖⵎⵙ
pb-tab-proposals = ⵉⵙⵓⵎⵔ
pb-tab-vote = ⵙⵜⵜⵢ
pb-tab-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
pb-tab-follow-up = ⴰⴹⴼⴰⵕ ⵏ ⵉⵙⵏⴼⴰⵔⵏ
pb-phase-draft = ⴳ ⵓⵙⵡⵊⴷ
pb-phase-information = ⴰⵙⵉⵍⴰⵍ
pb-phase-proposals = ⴰⵙⵔⵙ ⵏ ⵉⵙⵓⵎⵔ
pb-phase-review = ⴰⵙⵙⵏⵇⴷ ⴰⵜⵉⴽⵏⵉⴽⴰⵏ
pb-phase-voting = ⴰⵙⵜⵜⴰⵢ
pb-phase-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
pb-phase-implementation = ⴰⵙⵙⵉⵡⴹ
pb-calendar = ⴰⵙⵎⵍⵉⵍ
pb-districts = ⵉⵣⵏⵇⴰ
pb-district = ⴰⵣⵏⵇⵇ
pb-category = ⴰⵙⵎⵉⵍ
pb-status = ⴰⴷⴷⴰⴷ
pb-all = ⴽⵓⵍⵍⵓ
pb-none = ⵡⴰⵍⵓ
pb-filter = ⵙⵉⴼⴹ
pb-rulebook = ⴰⵏⴹⵉⵎ
pb-who-proposes = ⵎⴰⵏⵡⵏ ⵉⵣⵎⵔⵏ ⴰⴷ ⵙⵓⵎⵔⵏ
pb-who-residents = ⵉⵎⵣⴷⴰⵖ (ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⵙⵏⵜⵎⵏ)
pb-who-associations = ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵙⵏⵇⴷⵏ
pb-who-both = ⵉⵎⵣⴷⴰⵖ ⴷ ⵜⵎⵙⵙⵓⴷⵙⵉⵏ
pb-who-votes = ⵎⴰⵏⵡⵏ ⵉⵣⵎⵔⵏ ⴰⴷ ⵙⵜⵜⵢⵏ
pb-who-votes-text = ⵉⵎⵣⴷⴰⵖ ⵏⵏⴰ ⵖⵓⵔ ⵉⵍⵍⴰ ⵓⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⵙⵏⵜⵎⵏ ⴷ { $age } ⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ ⵎⴰ ⴷⵔⵓⵙⵏ
pb-ballot-type = ⵜⴰⵡⵔⵉⵇⵜ ⵏ ⵓⵙⵜⵜⴰⵢ
pb-type-approval = ⴰⵇⴱⴰⵍ
pb-ballot-approval = ⵙⵜⵉ ⴳⵔ { $min } ⴷ { $max } ⵏ ⵉⵙⵏⴼⴰⵔⵏ ⴳ ⴽⵓ ⴰⵣⵏⵇⵇ.
pb-ballot-knapsack = ⵙⵜⵉ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⴰ ⵓⵔ ⵉⵣⵔⵉⵢ ⵓⵙⵓⵜⵍ ⵏⵏⵙⵏ ⴰⵎⴰⵜⴰⵢ ⴰⵙⵓⵜⵍ ⵏ ⵓⵣⵏⵇⵇ.
pb-knapsack-hint = ⴰⵙⵓⵜⵍ ⴰⵎⴰⵜⴰⵢ { $amount } ⴷⵔⵀⵎ ⵎⴰ ⵢⵓⴳⵔⵏ.
pb-districts-per-voter = ⵓⵟⵟⵓⵏ ⵏ ⵉⵣⵏⵇⴰ ⵉ ⴽⵓ ⴰⵎⵙⵜⵜⴰⵢ
pb-rule = ⴰⵏⴹⵉⵎ ⵏ ⵓⵙⵉⴹⵏ
pb-rule-greedy = ⴰⵎⴰⴳⵍⴰⵏ (ⵉⵏⵏⴰ ⵢⵓⴳⵔⵏ ⵉⵙⵜⵜⴰⵢⵏ ⵣⵡⴰⵔ)
pb-rule-greedy-cardinality = ⴰⵎⴰⴳⵍⴰⵏ (ⵉⵙⵜⵜⴰⵢⵏ ⵉ ⴽⵓ ⴷⵔⵀⵎ)
pb-rule-mes = ⵉⴼⵔⴷⵉⵙⵏ ⵎⵙⴰⵡⴰⵏ (ⴰⵙⵓⵜⵍ)
pb-rule-mes-cardinality = ⵉⴼⵔⴷⵉⵙⵏ ⵎⵙⴰⵡⴰⵏ (ⵓⵟⵟⵓⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ)
pb-rule-mes-add1 = ⵉⴼⵔⴷⵉⵙⵏ ⵎⵙⴰⵡⴰⵏ, ⵙ ⵓⵙⵡⵓⵍⵢ ⵏ ⵜⵙⵏⵓⵎⵎⵉⵙⵜ
pb-rule-mes-add1-greedy = ⵉⴼⵔⴷⵉⵙⵏ ⵎⵙⴰⵡⴰⵏ, ⵙ ⵓⵙⵎⴷ, ⴷⴼⴼⵉⵔ ⴰⵎⴰⴳⵍⴰⵏ
pb-rule-mes-add1-until-infeasible = ⵉⴼⵔⴷⵉⵙⵏ ⵎⵙⴰⵡⴰⵏ, ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴻⵜⵜⴰⵍⵉ ⴰⵔ ⵜⵛⵓⵔ
pb-tie-break = ⴰⴱⵟⵟⵓ ⵏ ⵉⵎⵙⴰⵡⴰⵏ
pb-tie-ids = ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⵓⵎⵔ (ⴰⵎⵥⵥⵢⴰⵏ ⵣⵡⴰⵔ)
pb-tie-cost_votes = ⵡⴰⵏⵏⴰ ⵢⵓⴷⵔⵏ ⴰⵙⵓⵜⵍ, ⴷⴼⴼⵉⵔ ⵡⴰⵏⵏⴰ ⵢⵓⴳⵔⵏ ⵉⵙⵜⵜⴰⵢⵏ
pb-turnout = { $count ->
    [0] ⵓⵍⴰ ⵜⴰⵡⵔⵉⵇⵜ ⵏ ⵓⵙⵜⵜⴰⵢ ⵖⵉⵍⴰ.
    [1] ⴰⵙⵎⵓⵜⵜⴳ: { $count } ⵜⵡⵔⵉⵇⵜ.
   *[other] ⴰⵙⵎⵓⵜⵜⴳ: { $count } ⵜⵡⵔⴰⵇⵉ.
}
pb-propose = ⵙⵓⵎⵔ ⵢⴰⵏ ⵓⵙⵏⴼⴰⵔ
pb-vote = ⵙⵜⵜⵢ
pb-proposals-count = { $count ->
    [0] ⵓⵍⴰ ⴰⵙⵓⵎⵔ.
    [1] { $count } ⵓⵙⵓⵎⵔ.
   *[other] { $count } ⵉⵙⵓⵎⵔ.
}
pb-votes = { $count ->
    [1] { $count } ⵓⵙⵜⵜⴰⵢ
   *[other] { $count } ⵉⵙⵜⵜⴰⵢⵏ
}
pb-voters = { $count ->
    [0] ⵓⵍⴰ ⴰⵎⵙⵜⵜⴰⵢ
    [1] { $count } ⵓⵎⵙⵜⵜⴰⵢ
   *[other] { $count } ⵉⵎⵙⵜⵜⴰⵢⵏ
}
pb-votes-col = ⵉⵙⵜⵜⴰⵢⵏ
pb-selected = ⵉⵜⵜⵓⵙⵜⴰⵢ
pb-pages = ⵜⵉⵙⵏⴰ
pb-previous = ⵓⵣⵡⵉⵔ
pb-next = ⵓⴹⴼⵉⵔ
pb-page-of = ⵜⴰⵙⵏⴰ { $page } ⵖⴼ { $pages }
pb-status-submitted = ⵉⵜⵜⵓⵙⵔⵙ
pb-status-feasible = ⵉⵣⵎⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵉⵡⴹ
pb-status-unfeasible = ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵉⵡⴹ
pb-status-merged = ⵉⵜⵜⵓⵎⵓⵏ
pb-location = ⴰⴷⵖⴰⵔ
pb-estimated = ⴰⵙⵓⵜⵍ ⵉⵜⵜⵓⵙⵙⵏⵜⵍⵏ (ⴷⵔⵀⵎ)
pb-official = ⴰⵙⵓⵜⵍ ⴰⵏⴰⵎⵓⵙ (ⴷⵔⵀⵎ)
pb-review = ⴰⵙⵙⵏⵇⴷ ⴰⵜⵉⴽⵏⵉⴽⴰⵏ
pb-merged-into = ⵉⵜⵜⵓⵎⵓⵏ ⴷ ⵓⵙⵓⵎⵔ ⵓⵟⵟⵓⵏ { $id }
pb-impl-planned = ⵉⵜⵜⵓⵙⵏⵓⵎⵎⵍ
pb-impl-tendering = ⴰⵙⵓⵜⵔ ⵏ ⵉⵙⵓⵎⵔ ⵏ ⵜⵡⵓⵔⵉ
pb-impl-works = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⴰⵔ ⵜⵜⵉⴷⴷⵓⵏⵜ
pb-impl-done = ⵉⴽⵎⵎⵍ
pb-impl-halted = ⵉⵜⵜⵓⵃⴱⴱⵙ
pb-spent = { $amount } ⴷⵔⵀⵎ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ
pb-spent-label = ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ (ⴷⵔⵀⵎ)
pb-progress = ⴰⵙⵙⵓⴷⵓ (%)
pb-updates = ⵉⵏⵖⵎⵉⵙⵏ ⵉⵏⴳⴳⵓⵔⴰ
pb-add-update = ⵔⵏⵓ ⵢⴰⵏ ⵓⵏⵖⵎⵉⵙ
pb-update-body = ⴰⵏⵖⵎⵉⵙ
pb-decision = ⴰⵙⵖⵜⴰⵙ
pb-merge = ⴰⵙⵏⵖⵍ: ⵙⵎⵓⵏ
pb-merge-into = ⵙⵎⵓⵏ ⴷ
pb-reason = ⵜⵉⵎⵏⵜⵉⵍⵉⵏ
pb-proposal-title = ⴰⵣⵡⵍ
pb-description = ⴰⴳⵍⴰⵎ
pb-photo = ⵜⴰⵡⵍⴰⴼⵜ (PNG ⵏⵖ JPEG)
pb-as-association = ⵙ ⵉⵙⵎ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵉⵏⵓ ⵉⵜⵜⵓⵙⵙⵏⵇⴷⵏ
pb-submit = ⵙⵔⵙ ⴰⵙⵓⵎⵔ
pb-may-not-propose = ⴰⵏⴹⵉⵎ ⵏ ⵜⵣⴳⵔⴰ ⴰⴷ ⵓⵔ ⴰⴽ ⵢⴰⵊⵊⵉ ⴰⴷ ⵜⵙⵓⵎⵔⴷ ⴰⵙⵏⴼⴰⵔ.
pb-birth-year = ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵜⵍⴰⵍⵉⵜ
pb-cast = ⵣⵎⵎⴻⵎ ⵜⴰⵡⵔⵉⵇⵜ ⵏ ⵓⵙⵜⵜⴰⵢ
pb-ballot-invalid = ⵜⴰⵡⵔⵉⵇⵜ ⴰⴷ ⵓⵔ ⵜⵎⵙⴰⵙⴰ ⴷ ⵓⵏⴹⵉⵎ:
pb-ballot-editable = ⵜⵙⵜⵜⵢⴷ ⵢⴰⴷ; ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵏⴼⵍⴷ ⵜⴰⵡⵔⵉⵇⵜ ⵏⵏⴽ ⴰⵔ ⵜⵉⴳⵉⵔⴰ ⵏ ⵓⵙⵜⵜⴰⵢ.
pb-ballot-saved = ⵜⴰⵡⵔⵉⵇⵜ ⵏⵏⴽ ⵜⵜⵓⵣⵎⵎⴻⵎ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵜ ⵜⵙⵏⴼⵍⴷ ⴰⵔ ⵜⵉⴳⵉⵔⴰ ⵏ ⵓⵙⵜⵜⴰⵢ.
pb-voting-closed = ⴰⵙⵜⵜⴰⵢ ⵓⵔ ⵉⵜⵜⵓⵕⵥⵎ.
pb-voted-on-paper = ⵜⴰⵡⵔⵉⵇⵜ ⵏ ⵓⴽⴰⵔⴹ ⵜⵜⵓⵣⵎⵎⴻⵎ ⵢⴰⴷ ⵉ ⴽⵢⵢⵉ: ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵙⵜⵜⵢⴷ ⵙ ⵓⵣⵟⵟⴰ.
pb-already-voted = ⴰⴼⴳⴰⵏ ⴰⴷ ⵉⵙⵜⵜⴰⵢ ⵢⴰⴷ ⴳ ⵜⵣⴳⵔⴰ ⴰⴷ.
pb-problem-empty = ⵓⵔ ⵜⵙⵜⵉⴷ ⴽⵔⴰ ⵏ ⵓⵙⵏⴼⴰⵔ.
pb-problem-unknown = ⵢⴰⵏ ⵓⵙⵏⴼⴰⵔ ⵉⵜⵜⵓⵙⵜⴰⵢⵏ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵜⵡⵔⵉⵇⵜ.
pb-problem-districts = ⵜⵙⵜⵉⴷ ⵉⵙⵏⴼⴰⵔⵏ ⴳ { $chosen } ⵏ ⵉⵣⵏⵇⴰ; ⴰⵏⴹⵉⵎ ⵉⵜⵜⴰⵊⵊⴰ { $max }.
pb-problem-too-few = { $district }: ⵜⵙⵜⵉⴷ { $chosen } ⵏ ⵓⵙⵏⴼⴰⵔ ⵖⴼ { $min } ⵎⴰ ⴷⵔⵓⵙⵏ.
pb-problem-too-many = { $district }: ⵜⵙⵜⵉⴷ { $chosen } ⵏ ⵉⵙⵏⴼⴰⵔⵏ; { $max } ⵎⴰ ⵢⵓⴳⵔⵏ.
pb-problem-over = { $district }: { $amount } ⴷⵔⵀⵎ ⵓⴳⴳⴰⵔ ⵏ ⵓⵙⵓⵜⵍ ⵏ ⵓⵣⵏⵇⵇ.
pb-problem-too-young = ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵍⵍⵉⴷ ⵙ { $age } ⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ ⵎⴰ ⴷⵔⵓⵙⵏ ⴰⴷ ⵜⵙⵜⵜⵢⴷ.
pb-results-not-yet = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⴰⴷ ⵜⵜⵓⵥⵕⵉⴳⵏⵜ ⴳ ⵓⵕⵥⵥⵎ ⵏ ⵜⴼⴰⵍⴽⵉⵜ ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ.
pb-csv = ⴰⴳⵎ ⵜⵉⵢⴰⴼⵓⵜⵉⵏ (CSV)
pb-pabulib = ⵉⵙⴼⴽⴰ ⵙ ⵓⵎⴰⵍⴰⵢ pabulib
pb-chart = ⵉⵙⵜⵜⴰⵢⵏ ⵉ ⴽⵓ ⴰⵙⵏⴼⴰⵔ (ⵙ ⵡⴰⵣⴳⵣⴰ: ⵉⵜⵜⵓⵙⵜⴰⵢⵏ)
pb-compare = ⵎⴰⵢⴷ ⵔⴰⴷ ⵙⵜⵉⵏⵜ ⵜⵍⴳⴰⵎⵉⵏ ⵢⴰⴹⵏⵉⵏ
pb-total-cost = ⴰⵙⵓⵜⵍ ⴰⵎⴰⵜⴰⵢ: { $amount } ⴷⵔⵀⵎ
pb-atom = ⴰⵙⵜⵔⵉ Atom ⵏ ⵉⵏⵖⵎⵉⵙⵏ
pb-admin-title = ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ ⵜⴰⵎⵢⴰⵏⴰⵡⵜ — { $commune }
pb-new-cycle = ⵜⴰⵣⴳⵔⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ
pb-year = ⴰⵙⴳⴳⵯⴰⵙ
pb-title-ar = ⴰⵣⵡⵍ (ⵜⴰⵄⵔⴰⴱⵜ)
pb-title-fr = ⴰⵣⵡⵍ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
pb-description-ar = ⴰⴳⵍⴰⵎ (ⵜⴰⵄⵔⴰⴱⵜ)
pb-description-fr = ⴰⴳⵍⴰⵎ (ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ)
pb-total = ⴰⵙⵓⵜⵍ ⴰⵎⴰⵜⴰⵢ (ⴷⵔⵀⵎ)
pb-start-information_at = ⴰⵙⵏⵜⵉ ⵏ ⵓⵙⵉⵍⴰⵍ
pb-start-proposals_at = ⴰⵙⵏⵜⵉ ⵏ ⵓⵙⵔⵙ ⵏ ⵉⵙⵓⵎⵔ
pb-start-review_at = ⴰⵙⵏⵜⵉ ⵏ ⵓⵙⵙⵏⵇⴷ ⴰⵜⵉⴽⵏⵉⴽⴰⵏ
pb-start-voting_at = ⴰⵙⵏⵜⵉ ⵏ ⵓⵙⵜⵜⴰⵢ
pb-start-results_at = ⴰⵥⵕⵉⴳ ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ
pb-start-implementation_at = ⴰⵙⵏⵜⵉ ⵏ ⵓⵙⵙⵉⵡⴹ
pb-min-age = ⴰⵡⵜⵜⴰⵙ ⴰⵎⵥⵥⵢⴰⵏ ⵉ ⵓⵙⵜⵜⴰⵢ
pb-min-projects = ⵉⵙⵏⴼⴰⵔⵏ ⵎⴰ ⴷⵔⵓⵙⵏ ⴳ ⴽⵓ ⵜⴰⵡⵔⵉⵇⵜ
pb-max-projects = ⵉⵙⵏⴼⴰⵔⵏ ⵎⴰ ⵢⵓⴳⵔⵏ ⴳ ⴽⵓ ⵜⴰⵡⵔⵉⵇⵜ
pb-districts-lines = ⵉⵣⵏⵇⴰ, ⵢⴰⵏ ⴳ ⴽⵓ ⵜⴰⵣⵍⵉⵜ: ⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ | ⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ | ⴰⵙⵓⵜⵍ (ⵉⵅⵡⴰ: ⵜⴰⵖⵔⵎⵜ ⴰⴽⴽ)
pb-categories-lines = ⵉⵙⵎⵉⵍⵏ, ⵢⴰⵏ ⴳ ⴽⵓ ⵜⴰⵣⵍⵉⵜ: ⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ | ⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ
pb-field-districts = ⴽⵓ ⵜⴰⵣⵍⵉⵜ: ⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ | ⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ | ⴰⵙⵓⵜⵍ.
pb-field-categories = ⴽⵓ ⵜⴰⵣⵍⵉⵜ: ⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ | ⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ.
pb-calendar-order = ⵜⵉⴼⴰⵍⴽⵉⵡⵉⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵎⵎⴹⴼⴰⵕⵏⵜ ⵙ ⵓⵏⴹⵉⵎ.
pb-districts-over-total = ⵉⵙⵓⵜⵍⵏ ⵏ ⵉⵣⵏⵇⴰ ⵣⵔⵉⵏ ⴰⵙⵓⵜⵍ ⴰⵎⴰⵜⴰⵢ.
pb-edit-rulebook = ⵙⵏⴼⵍ ⴰⵏⴹⵉⵎ
pb-edit-rulebook-hint = ⴰⵏⴹⵉⵎ, ⴰⵙⵎⵍⵉⵍ ⴷ ⵉⵙⵓⵜⵍⵏ ⵏ ⵉⵣⵏⵇⴰ ⵣⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍⵏ ⴰⵔ ⴰⵕⵥⵥⵎ ⵏ ⵓⵙⵜⵜⴰⵢ. ⴽⵓ ⴰⵙⵏⴼⵍ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴳ ⵓⵎⵓⵖⵍⵉ.
pb-rulebook-frozen = ⴰⵙⵜⵜⴰⵢ ⵉⵕⵥⵎ: ⴰⵏⴹⵉⵎ ⵏ ⵜⵣⴳⵔⴰ ⴰⴷ ⵓⵔ ⵉⵙⵙⵉ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ.
pb-district-in-use = ⴰⵣⵏⵇⵇ ⵏⵏⴰ ⵖⵓⵔ ⵍⵍⴰⵏ ⵉⵙⵓⵎⵔ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ.
pb-category-in-use = ⴰⵙⵎⵉⵍ ⵏⵏⴰ ⵖⵓⵔ ⵍⵍⴰⵏ ⵉⵙⵓⵎⵔ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ.
pb-update-photos = ⵜⵉⵡⵍⴰⴼⵉⵏ (PNG ⵏⵖ JPEG, { $max } ⵎⴰ ⵢⵓⴳⵔⵏ)
pb-update-photos-too-many = ⴰⵟⵟⴰⵚ ⵏ ⵜⵡⵍⴰⴼⵉⵏ ⵉ ⵢⴰⵏ ⵓⵏⵖⵎⵉⵙ.
pb-update-photo-alt = ⵜⴰⵡⵍⴰⴼⵜ ⵏ ⵓⵙⵙⵓⴷⵓ ⵏ ⵓⵙⵏⴼⴰⵔ « { $title } »
pb-by-calendar = ⵙ ⵓⵙⵎⵍⵉⵍ
pb-open-phase = ⵜⴰⴼⴰⵍⴽⵉⵜ ⵉⵕⵥⵎⵏ
pb-count = ⵙⵉⴹⵏ ⵉⵙⵜⵜⴰⵢⵏ ⴷ ⵙⵜⵉ ⵉⵙⵏⴼⴰⵔⵏ
pb-counted = ⴰⵙⵉⴹⵏ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.
pb-paper = ⵜⵉⵡⵔⴰⵇⵉ ⵏ ⵓⴽⴰⵔⴹ
pb-paper-number = ⵓⵟⵟⵓⵏ ⵏ ⵜⵡⵔⵉⵇⵜ (ⴰⵥⴰⵕ)
pb-paper-number-used = ⵓⵟⵟⵓⵏ ⴰⴷ ⵏ ⵜⵡⵔⵉⵇⵜ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⴷ.
pb-paper-saved = ⵜⴰⵡⵔⵉⵇⵜ ⵏ ⵓⴽⴰⵔⴹ ⵜⵜⵓⵣⵎⵎⴻⵎ.
pb-voter-email = ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏ ⵓⵎⵙⵜⵜⴰⵢ
pb-voter-cin = CIN ⵏ ⵓⵎⵙⵜⵜⴰⵢ (ⴱⵍⴰ ⴰⵎⵉⴹⴰⵏ)
pb-voter-required = ⵉⵏⵉ ⴰⵎⵉⴹⴰⵏ ⵏⵖ CIN ⵏ ⵓⵎⵙⵜⵜⴰⵢ.
pb-voter-unknown = ⵓⵍⴰ ⴰⵎⵉⴹⴰⵏ ⵙ ⵜⵏⵙⴰ ⴰⴷ.
pb-channel-online = ⵙ ⵓⵣⵟⵟⴰ
pb-channel-paper = ⴰⴽⴰⵔⴹ
pb-channel-import = ⵉⵜⵜⵓⵙⴽⵛⵎⵏ
pb-channel-count = { $channel }: { $count }
pb-counted-at = ⴰⵙⵉⴹⵏ ⴰⵏⴳⴳⴰⵔⵓ: { $date }
pb-mail-review-subject = ⴰⵙⵓⵎⵔ ⵏⵏⴽ « { $title } » ⵉⵜⵜⵓⵙⵙⵏⵇⴷ
pb-mail-review-body = ⴰⵣⵓⵍ { $name },

    ⴰⵙⵙⵏⵇⴷ ⴰⵜⵉⴽⵏⵉⴽⴰⵏ ⵏ ⵓⵙⵓⵎⵔ ⵏⵏⴽ « { $title } » ⵉⴽⵎⵎⵍ: { $decision }.
    { $reason }

    ⵉⵙⴼⵙⴰⵢⵏ: { $link }
