## ⴰⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ ⴷ ⵜⵎⵙⵙⵓⴷⵙⵉⵏ (public pages and mail; the back office falls back to French)

cc-list-link = ⵜⵉⵖⵔⵉⵡⵉⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ
cc-list-title = ⵜⵉⵖⵔⵉⵡⵉⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵏⴰⵡ — { $commune }
cc-intro = ⵜⵖⵔⵎⵜ ⵜⵙⵖⵓⵔ ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ ⵏ ⵜⵎⵓⵔⵜ ⵏⵏⵙ ⴰⴷ ⴰⵙ ⵙⵓⵎⵔⵏⵜ ⵉⵙⵏⴼⴰⵔⵏ ⵍⵍⵉ ⵔⴰⴷ ⵜⵜⵓⵙⵏⵓⵍⴼⵓⵏ ⵙ ⵜⵎⵢⴰⵡⴰⵙⵜ.
cc-atom = Atom
cc-csv = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ (CSV)
cc-mine = ⵜⵉⵏⵣⵎⴰⵔⵉⵏ ⵉⵏⵓ
cc-none = ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵉⵖⵔⵉⵡⵉⵏ.
cc-state-upcoming = ⵖⵉⵍⵍⵉⴳ ⵔⴰⴷ ⵜⵜⵓⵔⵥⵎ
cc-state-open = ⵜⴰⵡⵡⵓⵔⵜ ⵜⵕⵥⵎ
cc-state-closed = ⵜⴰⵡⵡⵓⵔⵜ ⵜⵇⵇⵏ — ⴰⵙⵙⵉⵍⵉ
cc-state-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵜⵜⵓⵙⵙⵓⴼⵖⵏⵜ
cc-window = ⴰⵣⵏ ⵏ ⵜⵏⵣⵎⴰⵔⵉⵏ
cc-casablanca-time = (ⴰⴽⵓⴷ ⵏ ⵜⴰⴷⴷⴰⵔⵜ ⵜⴰⵎⵍⵍⴰⵍⵜ)
cc-envelope = ⴰⴳⵍⴰⵍ ⵏ ⵓⴷⵔⵉⵎ
cc-ceiling = ⴰⴼⵍⵍⴰ ⵉ ⴽⵓ ⴰⵙⵏⴼⴰⵔ
cc-cofinancing = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⴰⴷ ⵜⴼⴽ (%)
cc-min-age = ⵉⵙⴳⴳⵯⴰⵙⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ
cc-new-note = ⴰⵣⵏ ⵜⴰⵏⵣⵎⴰⵔⵜ
cc-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ
cc-grid = ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⵙⵙⵉⵍⵉ
cc-criterion = ⴰⵙⵡⵉⵔ
cc-meetings = ⵉⵎⵢⴰⵡⴰⴹⵏ ⵏ ⵓⵙⵙⵏⵖⵎⵙ
cc-no-meetings = ⵓⵔ ⵍⵍⵉⵏ ⵉⵎⵢⴰⵡⴰⴹⵏ.
cc-registered = { $count } ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ
cc-attendance = { $people } ⵉⵏⴰⵎⴰⵏⵏ, { $organisations } ⵜⵉⵎⵙⵙⵓⴷⵙⵉⵏ
cc-you-registered = ⵜⵣⵎⵎⴻⵎⵜ
cc-register = ⵣⵎⵎⴻⵎ
cc-questions = ⵉⵙⵇⵙⵉⵜⵏ ⴷ ⵜⵔⴰⵔⵉⵡⵉⵏ
cc-no-questions = ⵓⵔ ⵍⵍⵉⵏ ⵉⵙⵇⵙⵉⵜⵏ.
cc-question = ⴰⵙⵇⵙⵉ:
cc-answer = ⵜⴰⵔⴰⵔⵓⵜ:
cc-ask = ⵙⵇⵙⴰ (ⵜⴰⵔⴰⵔⵓⵜ ⵉ ⵎⵉⴷⴷⵏ ⴰⴽⴽⵯ)
cc-ask-submit = ⴰⵣⵏ
cc-results-title = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ — { $call }
cc-rank = ⴰⵙⵡⵉⵔ
cc-note-title = ⴰⵣⵡⵍ ⵏ ⵓⵙⵏⴼⴰⵔ
cc-association = ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
cc-total = ⵜⴰⵏⵇⵇⵉⴹⵜ (/100)
cc-requested = ⴰⴷⵔⵉⵎ ⵉⵜⵜⵓⵜⵜⵔⵏ
cc-outcome = ⵜⴰⵢⴰⴼⵓⵜ
cc-outcome-selected = ⵉⵜⵜⵓⵙⵜⴰ
cc-closes = ⴰⵣⵏ ⴰⵔ { $at }.
cc-save-draft = ⵃⴹⵓ
cc-submit-note = ⴰⵣⵏ
cc-receipt = ⴰⵡⵚⵍ
cc-receipt-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵡⵚⵍ
cc-call = ⵜⵉⵖⵔⵉ
cc-error-late = ⵉⵣⵔⵉ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵣⵏ: ⵓⵔ ⵜⵣⵎⵎⵔⴷ ⴰⴷ ⵜⴰⵣⵏⴷ ⵜⴰⵏⵣⵎⴰⵔⵜ.
cc-error-not-open = ⵓⵔ ⵜⵕⵥⵉⵎ ⵜⴰⵡⵡⵓⵔⵜ ⵏ ⵓⵣⵏ.
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
cc-attachments = ⵉⵙⵎⵍⵉⵍⵏ
