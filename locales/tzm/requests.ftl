## ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ (31.13) ⴷ ⵜⵉⴳⴰⵡⵉⵏ — Tamazight (Tifinagh). Missing messages fall back to French.

req-home-link = ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ ⴷ ⵜⵉⴳⴰⵡⵉⵏ
req-title = ⴰⵣⵔⴼ ⴳ ⵓⴼⴰⴷ ⵏ ⵉⵙⴰⵍⵍⵏ — { $commune }
req-title-short = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵏ ⵉⵙⴰⵍⵍⵏ
req-new = ⵙⵓⵜⵔ ⴰⵙⴰⵍⵓ
req-mine = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵉⵏⵓ
req-officers = ⵉⵎⵙⴽⴰⵔⵏ (ⴰⵎⴰⵢ 12)
req-stats = ⵜⵉⵙⵉⵏⴰⵍ
req-publications = ⵜⵉⵥⵕⵉⴳⵉⵏ ⵏ ⵜⵖⵔⵎⵜ
req-field-name = ⵉⵙⵎ
req-field-address = ⴰⵏⵙⴰ
req-field-email = ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⴰⵢⵍ
req-field-information = ⴰⵙⴰⵍⵓ ⵉⵜⵜⵓⵙⵓⵜⵔⵏ
req-submit = ⴰⵣⵏ
req-receipt = ⴰⵡⵚⵍ
req-number = ⵓⵟⵟⵓⵏ
req-received-on = ⵉⵍⴽⵎ ⴳ
req-due-on = ⴰⵔⴰⵔ ⴰⵔ
req-answer = ⴰⵔⴰⵔ
req-history = ⴰⵎⵣⵔⵓⵢ
req-request-title = ⵜⵓⵜⵔⴰ { $number }
req-status-received = ⵜⵍⴽⵎ
req-status-extended = ⵉⵜⵜⵓⵙⵖⵣⵍ ⵓⵣⵎⵣ
req-status-delivered = ⵉⵜⵜⵓⴼⴽⴰ ⵓⵙⴰⵍⵓ
req-status-partial = ⵉⵜⵜⵓⴼⴽⴰ ⵙ ⵢⴰⵏ ⵓⵃⵔⵉⴼ
req-status-refused = ⵜⵜⵓⴳⴷⵍ
req-status-appealed = ⵜⴰⴳⵓⵜ ⵖⵔ ⵓⵏⵎⵖⴰⵔ
req-status-appeal_decided = ⵜⵜⵓⴳⵣⵎ ⵜⴳⵓⵜ
cmp-title = ⵜⵉⴳⴰⵡⵉⵏ, ⵜⵉⵏⴰⵡⵉⵏ ⴷ ⵉⵙⵓⵎⵔ — { $commune }
cmp-title-short = ⵜⵉⴳⴰⵡⵉⵏ, ⵜⵉⵏⴰⵡⵉⵏ ⴷ ⵉⵙⵓⵎⵔ
cmp-new = ⵙⵙⵉⵍⵖ ⵜⴰⴳⵓⵜ ⵏⵖ ⴰⵙⵓⵎⵔ
cmp-kind-complaint = ⵜⴰⴳⵓⵜ
cmp-kind-observation = ⵜⴰⵏⴰⵡⵜ
cmp-kind-suggestion = ⴰⵙⵓⵎⵔ
cmp-receipt = ⴰⵡⵚⵍ
cmp-page-title = ⵜⴰⴳⵓⵜ { $number }
cmp-status-received = ⵜⵍⴽⵎ
cmp-status-acknowledged = ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵍⴽⴰⵎ
cmp-status-answered = ⵜⵜⵓⵔⴰⵔ
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
