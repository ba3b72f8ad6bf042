# Issue 16 (items 9–13) and the petitions part of issue 18 (Tifinagh).

## One ballot per person per cycle, whatever the channel
lp-ballot-cin = ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ
lp-ballot-cin-why = ⵢⴰⵜ ⵜⵖⵓⵔⵉ ⵉ ⵢⴰⵏ ⵓⵎⴷⴰⵏ ⴳ ⵢⴰⵏ ⵓⵙⵏⴼⵍ, ⵙ ⵓⵣⵟⵟⴰ ⵏⵖ ⵙ ⵜⵙⵏⴰ. ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰ ⵖⴰⵙ ⵙ ⵜⵍⴳⴰ ⵉⵜⵜⵓⵎⵔⵣⵉⵏ, ⵉ ⵜⵏⴰⵔⴰⵎⵜ ⴰ ⵖⴰⵙ, ⵓⵔ ⵉⵜⵜⴱⴰⵢⴰⵏ ⴳ ⵡⴰⵍⵓ (ⴰⵙⵍⴳⵏ 09.08).
lp-ballot-cin-required = ⵙⴽⵛⵎ ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ: ⵢⴰⵜ ⵜⵖⵓⵔⵉ ⵉ ⵢⴰⵏ ⵓⵎⴷⴰⵏ.
lp-ballot-cin-voted-online = ⴰⵎⵓⵎⵍ ⵏ ⵜⴽⴰⵔⴹⴰ ⴰⴷ ⵉⵖⵓⵔ ⵙ ⵓⵣⵟⵟⴰ ⴳ ⵓⵙⵏⴼⵍ ⴰ: ⵢⴰⵜ ⵜⵖⵓⵔⵉ ⵉ ⵢⴰⵏ ⵓⵎⴷⴰⵏ.
lp-ballot-cin-voted-paper = ⴰⵎⵓⵎⵍ ⵏ ⵜⴽⴰⵔⴹⴰ ⴰⴷ ⵉⵖⵓⵔ ⵙ ⵜⵙⵏⴰ ⴳ ⵓⵙⵏⴼⵍ ⴰ: ⵢⴰⵜ ⵜⵖⵓⵔⵉ ⵉ ⵢⴰⵏ ⵓⵎⴷⴰⵏ.
lp-ballot-cin-differs = ⵓⵟⵟⵓⵏ ⴰ ⵓⵔ ⵉⴳⵉ ⵡⵉⵏ ⵜⴽⴰⵔⴹⴰ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ ⴳ ⵜⵖⵓⵔⵉ ⵏⵏⴽ.

## An association's seat or branch (art. 124) and final receipt (decree 2.16.403 art. 4)
lp-branch-help = ⵎⴽ ⵍⵍⴰⵏ ⵉⵎⵏⴷⵉ ⵏ ⵜⵎⵙⵙⵓⵖⵍⵜ ⴳ ⵢⴰⵜ ⵜⵊⵎⴰⵄⵜ ⵢⴰⴹⵏ, ⵙⵎⴷ ⴰⵏⵙⴰ ⵏ ⵜⵣⵍⴰⵢⵜ ⵏⵏⵙ ⴳ ⵜⵊⵎⴰⵄⵜ ⴰ (ⴰⵎⴰⵔⴰⵙ 124).
lp-branch-address = ⴰⵏⵙⴰ ⵏ ⵜⵣⵍⴰⵢⵜ ⵏ ⵜⵎⵙⵙⵓⵖⵍⵜ ⴳ ⵜⵊⵎⴰⵄⵜ
lp-receipt-help = ⴰⵡⵚⵍ ⴰⵏⴳⴳⴰⵔⵓ ⴳ ⵡⴰⵏⵏ ⵍⵍⴰⵏ ⵓⵟⵟⵓⵏ ⴷ ⵓⵙⴰⴽⵓⴷ ⵏⵏⵙ ⴳ ⵓⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⵖⵍⵜ; ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⴽⵛⵎⴷ ⵢⴰⵜ ⵜⵏⵖⵍⴰ ⵏⵏⵙ.
lp-receipt-copy = ⵜⴰⵏⵖⵍⴰ ⵏ ⵡⴰⵡⵚⵍ ⴰⵏⴳⴳⴰⵔⵓ (PDF)
lp-receipt-link = ⵜⴰⵏⵖⵍⴰ ⵏ ⵡⴰⵡⵚⵍ ⴰⵏⴳⴳⴰⵔⵓ
lp-error-seat-or-branch = ⵉⵎⵏⴷⵉ ⵏ ⵜⵎⵙⵙⵓⵖⵍⵜ ⵉⵍⵍⴰ ⴳ ⵢⴰⵜ ⵜⵊⵎⴰⵄⵜ ⵢⴰⴹⵏ: ⵙⵎⴷ ⴰⵏⵙⴰ ⵏ ⵜⵣⵍⴰⵢⵜ ⵏⵏⵙ ⴳ ⵜⵊⵎⴰⵄⵜ ⴰ (ⴰⵎⴰⵔⴰⵙ 124).
lp-error-final-receipt = ⴰⴼⴰⵢⵍⵓ ⵏ ⵜⵎⵙⵙⵓⵖⵍⵜ ⵓⵔ ⵉⵙⵙⴽⴰⵏ ⴰⵡⵚⵍ ⴰⵏⴳⴳⴰⵔⵓ ⵉⵚⵃⴰⵏ ⴳ ⵡⴰⵙⵙ ⵏ ⵓⵙⵔⵙ (ⴰⵙⵖⵉⵡⵙ 2.16.403, ⴰⵎⴰⵔⴰⵙ 4).

## A petition postponed by the council (art. 125)
lp-postponed-lead = ⵉⵙⵙⵎⵓⵜⵜⵢ ⵓⴳⵔⴰⵡ ⴰⵙⵙⵉⵍⵉ ⵏ ⵜⵙⵓⵜⵔⴰ ⴰ: ⵓⵔ ⵜⴻⵜⵜⵓⴱⴷⴰ ⵢⴰⴷ, ⵜⴻⵇⵇⵉⵎ ⴳ ⵓⵙⵏⴰⴽⵜⵓ ⵏ ⵢⴰⵜ ⵜⵓⵍⵙⴰ ⴷ ⵉⴷⴷⴰⵏ (ⴰⵎⴰⵔⴰⵙ 125).
lp-postponed-reason = ⴰⵙⵡⵍ ⵏ ⵓⵙⵙⵎⵓⵜⵜⵢ ⵎⴽ ⵜ ⵉⵔⵛⵎ ⵓⴳⵔⴰⵡ:
lp-postponed-to = ⴰⴷ ⵜⴻⵜⵜⵓⵙⵙⵉⵍⵉ ⴳ ⵜⵓⵍⵙⴰ ⵍⵍⵉ ⵉⵜⵜⵕⵥⵎⵏ ⴳ { $date }.

## Overdue, never a negative count (art. 125)
lp-review-deadline-overdue = ⴰⵙⵍⴽⵉⵎ ⵏ ⵓⵙⵉⵔⴰ ⵉⵍⵍⴰ ⴰⵔ { $date }: ⵜⴰⵙⵓⵜⵔⴰ ⵜⵄⴻⵟⵟⵍ ⵙ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ (ⴰⵎⴰⵔⴰⵙ 125).
lp-referred-to = ⵜⵜⵓⵣⵏ ⵉ ⵜⵓⵖⵔⵉ ⵖⵔ { $committee } (ⴰⴼ. 125).
