## ⴰⵎⵙⴰⵡⴰⵍ ⴰⴳⴷⵓⴷⴰⵏ — public consultations (tzm). Missing messages fall back to French.

cons-list-link = ⴰⵎⵙⴰⵡⴰⵍ ⴰⴳⴷⵓⴷⴰⵏ
cons-list-title = ⴰⵎⵙⴰⵡⴰⵍ ⴰⴳⴷⵓⴷⴰⵏ — { $commune }
cons-intro = ⵜⴰⵖⵔⵎⵜ ⵜⵙⵙⴽⴰⵏ ⵉⵙⵏⴼⴰⵔⵏ ⵏⵏⵙ ⵉ ⵉⵡⴰⵍⵍⵉⵏ ⵏⵏⵓⵏ, ⵉⵎⵉⴽ ⵙ ⵉⵎⵉⴽ, ⵙ ⵜⵙⵇⵙⵉⵜ ⴷ ⵉⵙⵎⵓⵏⵏ, ⵙ ⵜⵔⴰⵔ ⴰⵡⴰⵍ: «ⵜⵏⵏⴰⵎ, ⵏⵙⴽⵔ».
cons-all = ⴽⵓⵍⵍⵓ
cons-none = ⵓⵍⴰ ⴰⵎⵙⴰⵡⴰⵍ ⴰⵔ ⴷⵖⵉ.
cons-back-list = ⴰⵖⵓⵍ ⵖⵔ ⵉⵎⵙⴰⵡⴰⵍⵏ
cons-dates = ⵙⴳ { $opens } ⴰⵔ { $closes }
cons-channels = ⵉⴱⵔⵉⴷⵏ:
cons-subject-action_programme = ⴰⵙⵏⴼⴰⵔ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵖⵔⵎⵜ
cons-subject-charter = ⴰⵎⵙⵍⴰⵢ
cons-subject-project = ⴰⵙⵏⴼⴰⵔ
cons-subject-bylaw = ⴰⵙⵜⵜⴰⵢ
cons-channel-comments = ⵉⵡⴰⵍⵍⵉⵏ ⵅⴼ ⵓⵥⵟⵟⴰ
cons-channel-questionnaire = ⵜⴰⵙⵇⵙⵉⵜ
cons-channel-workshops = ⵉⵙⵎⵓⵏⵏ
cons-channel-paper = ⵜⴰⵙⵇⵙⵉⵜ ⵙ ⵜⵓⵔⵔⵉⵜ
cons-phase-draft = ⴰⵣⵔⴰⵢ
cons-phase-upcoming = ⴰⵔ ⴷ ⵢⴰⵛⴽ
cons-phase-open = ⵉⵕⵥⵎ
cons-phase-closed = ⵉⵇⵇⵏ
cons-phase-answered = ⵜⵜⵓⵙⵙⵓⴼⵖ ⵜⵔⵉⵔⵜ
cons-status-published = ⵉⵜⵜⵓⵙⵙⵓⴼⵖ
cons-status-synthesised = ⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⴳⵣⵣⵓⵎ
cons-status-on_agenda = ⵉⵜⵜⵓⵣⵏ ⵖⵔ ⵓⵙⵇⵇⵉⵎ
cons-status-adopted = ⵉⵇⴱⵍ ⵜ ⵓⵙⵇⵇⵉⵎ
cons-status-not_adopted = ⵓⵔ ⵜ ⵉⵇⴱⵉⵍ ⵓⵙⵇⵇⵉⵎ
cons-author-citizen = ⴰⵖⵍⵉⴼ
cons-author-association = ⵜⴰⵎⵓⵏⵜ
cons-author-body = ⵜⴰⵏⴰⴱⴰⴹⵜ ⵏ ⵓⵙⵓⵙⵎ
cons-comments = ⵉⵡⴰⵍⵍⵉⵏ
cons-comment-submit = ⴰⵣⵏ ⴰⵡⴰⵍ
cons-login-to-take-part = ⴽⵛⵎ ⴰⴷ ⵜⴳⵜ ⴰⵎⵙⵙⴰⵙ
cons-answer-questionnaire = ⵔⴰⵔ ⵅⴼ ⵜⵙⵇⵙⵉⵜ
cons-already-answered = ⵜⵔⵔⵉⴷ ⵅⴼ ⵜⵙⵇⵙⵉⵜ. ⵜⴰⵏⵎⵎⵉⵔⵜ.
cons-send-answers = ⴰⵣⵏ ⵜⵉⵔⴰⵔⵉⵏ ⵉⵏⵓ
cons-results-link = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⴷ ⵓⵎⵙⴰⵙⴰ
cons-synthesis = ⴰⴳⵣⵣⵓⵎ
cons-deliberation = ⴰⵙⵜⵜⴰⵢ ⵡⵓⵟⵟⵓⵏ { $number }
cons-draft = ⴰⵙⵏⴼⴰⵔ, ⵉⵎⵉⴽ ⵙ ⵉⵎⵉⴽ
cons-workshops = ⵉⵙⵎⵓⵏⵏ
cons-figures = ⴰⵎⵙⴰⵙⴰ
cons-timeline = ⵜⵉⴼⵔⴽⵉⵡⵉⵏ
cons-you-said-we-did = ⵜⵏⵏⴰⵎ, ⵏⵙⴽⵔ
cons-about-you = ⵅⴼ ⴽ (ⴰⵙⵖⵜⵉ)
cons-prefer-not = ⵓⵔ ⵔⵉⵖ ⴰⴷ ⵜ ⵉⵏⵉⵖ
cons-member-yes = ⵢⴰⵀ
cons-member-no = ⵓⵀⵓ
cons-fig-female = ⵜⵉⵎⵖⴰⵔⵉⵏ
cons-fig-male = ⵉⵔⴳⴰⵣⵏ
cons-fig-small = ⴷⵓ 5
cons-questionnaire-title = ⵜⴰⵙⵇⵙⵉⵜ — { $title }
cons-results-title = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ — { $title }
cons-mail-synthesis-subject = ⴰⵎⵙⴰⵡⴰⵍ «{ $title }»: ⵜⴰⵔⵉⵔⵜ ⵏ ⵜⵖⵔⵎⵜ
cons-mail-synthesis-body = ⴰⵣⵓⵍ,

    ⵜⴳⵉⴷ ⴰⵎⵙⵙⴰⵙ ⴳ ⵓⵎⵙⴰⵡⴰⵍ «{ $title }». ⵜⵙⵙⵓⴼⵖ ⵜⵖⵔⵎⵜ ⴰⴳⵣⵣⵓⵎ ⵏⵏⵙ: ⵎⴰⵢⴷ ⵜⵟⵟⴼ, ⵎⴰⵢⴷ ⵓⵔ ⵜⵟⵟⵉⴼ ⴷ ⵎⴰⵅ, ⴷ ⵓⵙⵏⴼⴰⵔ ⵉⵜⵜⵓⵙⵖⵓⴷⵏ.

    { $link }
