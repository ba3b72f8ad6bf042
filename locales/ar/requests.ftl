## الحق في الحصول على المعلومات (القانون 31.13) والشكايات (المرسوم 2.17.265)

role-name-information_officer = الشخص المكلف بالحق في الحصول على المعلومات
req-home-link = الحق في الحصول على المعلومات والشكايات
req-title = الحق في الحصول على المعلومات — { $commune }
req-title-short = طلبات الحصول على المعلومات
req-intro = لكل مواطنة ومواطن، ولكل أجنبي مقيم بالمغرب بصفة قانونية، الحق في الحصول على المعلومات التي في حوزة الجماعة (القانون 31.13، المواد 2 إلى 4). تجيب الجماعة داخل أجل 20 يوم عمل (المادة 16)، وداخل 3 أيام حين يتعلق الأمر بحماية حياة الأشخاص أو سلامتهم أو حريتهم (المادة 17). الحصول على المعلومات مجاني، باستثناء تكاليف النسخ والإرسال (المادة 5).
req-new = تقديم طلب الحصول على معلومات
req-new-help = الخانات وفق نموذج المادة 14. تتسلم وصلا مرقما في الحين.
req-mine = طلباتي وشكاياتي
req-officers = الأشخاص المكلفون (المادة 12)
req-no-officer = لم تعين الجماعة بعد شخصا مكلفا؛ تتلقى إدارتها الطلبات.
req-stats = إحصائيات
req-stat-received = طلبا متوصلا به
req-stat-on-time = أجيب عنها داخل الأجل
req-stat-extended = آجال ممددة
req-stat-refused = رفض معلل
req-stat-overdue = متأخرة
req-stat-appealed = شكايات إلى الرئيس
req-stats-json = هذه الأرقام بصيغة JSON
req-ground = السبب
req-count = العدد
req-how = المراحل
req-how-1 = تودع الطلب (عبر الإنترنت أو بمكتب الضبط أو بالبريد) وتتسلم وصلا مرقما (المادة 14).
req-how-2 = تجيب الجماعة داخل 20 يوم عمل؛ ويمكنها التمديد مرة واحدة لمدة مماثلة بعد إشعارك مسبقا بمبررات التمديد (المادة 16).
req-how-3 = يكون الرفض معللا كتابة ويذكر سببه (المادة 18).
req-how-4 = عند عدم الرد أو الرفض، يمكنك تقديم شكاية إلى رئيس الجماعة داخل 20 يوم عمل (المادة 19)، ثم إلى لجنة الحق في الحصول على المعلومات داخل 30 يوما (المادة 20)، ثم الطعن أمام المحكمة الإدارية (المادة 21).
req-publications = منشورات الجماعة
req-publications-title = ما تنشره الجماعة — { $commune }
req-publications-intro = سجل النشر الاستباقي (القانون 31.13، المادة 10): الميزانيات والحسابات، الخدمات والمساطر، المقررات، الصفقات، التوظيف، التقارير.
req-none = لا شيء حاليا.
req-choose = — اختر —
req-field-name = الاسم الشخصي والعائلي
req-field-address = العنوان
req-field-id-kind = وثيقة الهوية
req-field-id-number = رقم الوثيقة
req-id-why = تشترطه المادة 14 من القانون 31.13. يحفظ مشفرا ولا يعرض ولا ينشر أبدا.
req-id-protected = رقم مشفر لا يعرض أبدا
req-field-email = البريد الإلكتروني
req-field-information = المعلومات المطلوبة
req-field-form = الكيفية المرغوبة
req-field-urgent = مستعجل: حياة الأشخاص أو سلامتهم أو حريتهم (المادة 17)
req-submit = إرسال
req-idkind-cin = البطاقة الوطنية للتعريف
req-idkind-residence = بطاقة الإقامة (أجنبي)
req-form-on_site = الاطلاع المباشر بمقر الجماعة
req-form-email = عبر البريد الإلكتروني
req-form-medium = على حامل آخر
req-channel = طريقة الإيداع
req-channel-online = عبر الإنترنت
req-channel-desk = بمكتب الضبط
req-channel-post = بالبريد
req-number = الرقم
req-received-on = تاريخ التوصل
req-due-on = أجل الرد
req-extended-on = تاريخ التمديد
req-urgent = مستعجل
req-receipt = وصل
req-receipt-note = احتفظ بهذا الوصل: رقمه يمكنك من تتبع طلبك. تجيب الجماعة داخل الأجل القانوني المذكور.
req-request-title = الطلب { $number }
req-status-received = متوصل به
req-status-extended = أجل ممدد
req-status-delivered = سلمت المعلومات
req-status-partial = سلمت جزئيا
req-status-refused = مرفوض
req-status-appealed = شكاية إلى الرئيس
req-status-appeal_decided = بت في الشكاية
req-answer = الرد
req-answer-kind = نوع الرد
req-answer-kind-delivered = تسليم المعلومات
req-answer-kind-partial = تسليم جزئي (المادة 8)
req-answer-kind-refused = رفض معلل (المادة 18)
req-ground-not_held = عدم توفر المعلومات
req-ground-exception = استثناء من استثناءات المادة 7
req-ground-published = منشورة ومتاحة للعموم
req-ground-repeated = طلب مكرر خلال نفس السنة
req-ground-unclear = طلب غير واضح
req-ground-in_preparation = معلومات في طور الإعداد
req-ground-archives = مودعة لدى أرشيف المغرب
req-exception = الاستثناء (المادة 7)
req-exception-national_defence = الدفاع الوطني
req-exception-state_security = أمن الدولة الداخلي والخارجي
req-exception-private_life = الحياة الخاصة والمعطيات الشخصية
req-exception-fundamental_rights = الحريات والحقوق الأساسية
req-exception-sources = حماية مصادر المعلومات
req-exception-foreign_relations = العلاقات مع دولة أخرى أو منظمة دولية
req-exception-monetary_policy = السياسة النقدية أو الاقتصادية أو المالية
req-exception-intellectual_property = الملكية الصناعية وحقوق المؤلف
req-exception-whistleblowers = الضحايا والشهود والخبراء والمبلغون
req-exception-secret_by_law = السرية بمقتضى نص خاص
req-exception-investigations = سرية الأبحاث والتحريات الإدارية
req-exception-judicial_proceedings = سير المساطر القضائية
req-exception-free_competition = مبادئ المنافسة الحرة والمبادرة الخاصة
req-detail = توضيح
req-costs = تكاليف النسخ والإرسال (المادة 5)
req-right-to-complain = يحق لك تقديم شكاية إلى رئيس الجماعة داخل 20 يوم عمل من تاريخ التوصل بهذا الرد (القانون 31.13، المادتان 18 و19).
req-appeal = شكاية إلى رئيس الجماعة (المادة 19)
req-appeal-help = يمكنك تقديم شكاية إلى رئيس الجماعة إلى غاية { $date }.
req-field-appeal = شكايتك
req-appeal-submit = إرسال الشكاية
req-appeal-due = يبت الرئيس قبل { $date } (15 يوما).
req-appeal-sent = أحيلت شكايتك على رئيس الجماعة.
req-outcome = القرار
req-outcome-granted = قبول الشكاية: ستسلم المعلومات
req-outcome-dismissed = رفض الشكاية
req-next-steps = المرحلة الموالية: يمكنك تقديم شكاية إلى لجنة الحق في الحصول على المعلومات إلى غاية { $date } (المادة 20)، ثم الطعن أمام المحكمة الإدارية داخل 60 يوما من ردها (المادة 21).
req-history = المسار
req-history-received = توصل بالطلب
req-history-extended = تمديد الأجل
req-history-delivered = تسليم المعلومات
req-history-partial = تسليم جزئي للمعلومات
req-history-refused = رفض معلل
req-history-appealed = شكاية إلى الرئيس
req-history-appeal_granted = قبول الشكاية
req-history-appeal_dismissed = رفض الشكاية
req-pubcat-budget = الميزانيات والحسابات
req-pubcat-services = الخدمات والمساطر
req-pubcat-deliberations = المقررات
req-pubcat-procurement = الصفقات العمومية
req-pubcat-recruitment = التوظيف
req-pubcat-reports = التقارير والدراسات
req-pubcat-organisation = المهام والهياكل ومعلومات الاتصال
req-admin-requests = طلبات المعلومات
req-admin-publications = سجل المنشورات
req-show-all = عرض الكل
req-show-open = الطلبات الجارية فقط
req-days = أيام العمل
req-days-left = تبقى { $days } أيام عمل
req-due-today = آخر يوم
req-days-late = متأخر بـ { $days } أيام عمل
req-register = تسجيل طلب مودع بمكتب الضبط أو بالبريد
req-same-requester = قدم نفس الطالب { $count } طلبا آخر خلال السنة (المادة 18).
req-field-answer = الرد (أو مكان وموعد الاطلاع)
req-field-detail = الجزء المستثنى (المادة 8) أو مرجع النشر (المادة 18)
req-field-costs = التكاليف (درهم)
req-costs-help = تكاليف النسخ والإرسال فقط (المادة 5)، تبين قبل التسليم.
req-answer-submit = الرد
req-extend = تمديد الأجل (المادة 16)
req-extend-help = مرة واحدة، مع المبررات، قبل انقضاء الأجل الأول ({ $date }).
req-field-reason = مبررات التمديد
req-extend-submit = التمديد وإشعار الطالب
req-field-decision = قرار معلل
req-decide-submit = البت
req-head-decides = يبت رئيس الجماعة (إدارة الجماعة) في الشكاية.
req-publication-add = إضافة منشور
req-field-category = الباب
req-field-title = العنوان
req-field-url = الرابط
req-field-published-on = تاريخ النشر
req-error-id = رقم الوثيقة غير صحيح (البطاقة الوطنية: حرف أو حرفان ثم أرقام).
req-error-email = بريد إلكتروني غير صحيح.
req-error-email-needed = يلزم بريد إلكتروني لتسلم المعلومات عبره.
req-error-received-on = يجب أن يكون تاريخ التوصل ماضيا ولا يتجاوز سنة.
req-error-extended-once = لا يمدد الأجل إلا مرة واحدة (المادة 16).
req-error-extension-late = انقضى الأجل الأول: كان يجب الإشعار بالتمديد قبله (المادة 16).
req-error-ground = يجب أن يذكر الرفض سببه (المادة 18).
req-error-exception = اذكر الاستثناء المعتمد من المادة 7.
req-error-appeal-not-yet = أجل الرد ما يزال جاريا: تمكن الشكاية عند انقضائه.
req-error-appeal-late = انقضى أجل 20 يوم عمل لتقديم الشكاية إلى الرئيس (المادة 19).
req-error-appeal-not-open = لم يعد ممكنا تقديم شكاية بشأن هذا الطلب.
req-error-url = رابط يبدأ بـ https:// أو /.
req-mail-receipt-subject = وصل طلب الحصول على المعلومات { $number }
req-mail-receipt-body = السلام عليكم،

    توصلت { $commune } بطلبكم بتاريخ { $received }، وسجل تحت رقم { $number }.
    أجل الرد: { $due } على أبعد تقدير (القانون 31.13، المادة 16).

    تتبع الطلب: { $link }
req-mail-extended-subject = الطلب { $number }: تمديد الأجل
req-mail-extended-body = السلام عليكم،

    مدد أجل الرد على طلبكم { $number } مرة واحدة إلى غاية { $due } (القانون 31.13، المادة 16)، للسبب التالي:
    { $reason }

    { $link }
req-mail-answered-subject = الرد على طلبكم { $number }
req-mail-answered-body = السلام عليكم،

    أجابت الجماعة عن طلبكم { $number }. اطلعوا على الرد:
    { $link }
req-mail-appeal-decided-subject = القرار بشأن شكايتكم ({ $number })
req-mail-appeal-decided-body = السلام عليكم،

    بت رئيس الجماعة في شكايتكم بشأن الطلب { $number }:
    { $link }
req-mail-appeal-subject = شكاية للبت: الطلب { $number }
req-mail-appeal-body = قدمت شكاية (القانون 31.13، المادة 19) بشأن الطلب { $number }. ينتظر القرار قبل { $due }.
    { $link }
req-mail-reminder-subject = تذكير: طلب الحصول على المعلومات { $number }، أجل الرد { $due }
req-mail-reminder-body = ينتظر الطلب { $number } ردا أجله { $due } (القانون 31.13، المادة 16).
    { $link }

cmp-title = الشكايات والملاحظات والاقتراحات — { $commune }
cmp-title-short = الشكايات والملاحظات والاقتراحات
cmp-intro = بلغوا عن مشكل أو قدموا ملاحظة أو اقتراحا. تشعر الجماعة بالتوصل داخل 15 يوما وتجيب داخل 60 يوما (المرسوم 2.17.265). يمكن أن تكون الملاحظات والاقتراحات مجهولة الهوية.
cmp-new = تقديم شكاية أو اقتراح
cmp-sign-in-for-complaint = تتطلب الشكاية تسجيل الدخول لتسلم الرد؛ ويمكن إرسال ملاحظة أو اقتراح دون حساب ودون ذكر الاسم.
cmp-stat-total = متوصل بها
cmp-stat-answered = أجيب عنها
cmp-stat-on-time = أجيب عنها داخل 60 يوما
cmp-stat-overdue = متأخرة
cmp-stat-ack-days = متوسط الأيام قبل الإشعار بالتوصل
cmp-stat-answer-days = متوسط الأيام قبل الرد
cmp-by-kind = حسب النوع
cmp-by-category = حسب الصنف
cmp-by-district = حسب الحي
cmp-by-month = حسب الشهر
cmp-month = الشهر
cmp-received = متوصل بها
cmp-answered = أجيب عنها
cmp-no-district = غير محدد
cmp-field-kind = النوع
cmp-field-category = الصنف
cmp-field-subject = الموضوع
cmp-field-body = الوصف
cmp-field-district = الحي
cmp-field-address = العنوان أو المكان
cmp-field-name = الاسم
cmp-field-anonymous = إرسال دون ذكر الاسم (الملاحظات والاقتراحات)
cmp-anonymous-help = دون ذكر الاسم: لا يسجل اسمك ولن تتلقى ردا شخصيا.
cmp-field-desk = مكتب أو مقاطعة التوصل
cmp-field-note = تعليق
cmp-kind-complaint = شكاية
cmp-kind-observation = ملاحظة
cmp-kind-suggestion = اقتراح
cmp-cat-service = خدمة إدارية
cmp-cat-works = أشغال
cmp-cat-hygiene = النظافة
cmp-cat-lighting = الإنارة العمومية
cmp-cat-roads = الطرق
cmp-cat-reception = الاستقبال
cmp-cat-urbanism = التعمير
cmp-cat-other = أخرى
cmp-status-received = متوصل بها
cmp-status-acknowledged = أشعر بالتوصل
cmp-status-answered = أجيب عنها
cmp-receipt = وصل
cmp-ack-by = الإشعار بالتوصل قبل
cmp-answer-by = الرد قبل
cmp-follow = التتبع
cmp-page-title = الشكاية { $number }
cmp-rate = هل أنتم راضون عن الرد؟
cmp-your-rating = رأيكم
cmp-sat-satisfied = راض(ية)
cmp-sat-partly = جزئيا
cmp-sat-unsatisfied = غير راض(ية)
cmp-thanks = شكرا على رأيكم.
cmp-error-anonymous-complaint = لا يمكن أن تكون الشكاية مجهولة الهوية؛ يمكن ذلك للملاحظة أو الاقتراح.
cmp-history-received = التوصل
cmp-history-acknowledged = الإشعار بالتوصل
cmp-history-routed = الإحالة على المصلحة
cmp-history-note = ملاحظة داخلية
cmp-history-answered = الرد
cmp-history-rated = إبداء الرأي
cmp-internal = داخلي
cmp-admin-title = الشكايات
cmp-register = تسجيل شكاية مودعة بالمكتب
cmp-overdue = متأخرة
cmp-anonymous = مجهول الهوية
cmp-service = المصلحة المكلفة
cmp-acknowledge = الإشعار بالتوصل
cmp-route = الإحالة على المصلحة
cmp-note = إضافة ملاحظة داخلية
cmp-answer = الرد
cmp-mail-receipt-subject = وصل { $number }
cmp-mail-receipt-body = السلام عليكم،

    توصلت { $commune } برسالتكم المسجلة تحت رقم { $number }. يصلكم الرد قبل { $due } (المرسوم 2.17.265).
    { $link }
cmp-mail-ack-subject = إشعار بالتوصل { $number }
cmp-mail-ack-body = السلام عليكم،

    تتكفل { $commune } بشكايتكم { $number }. الرد قبل { $due }.
    { $link }
cmp-mail-answered-subject = الرد على شكايتكم { $number }
cmp-mail-answered-body = السلام عليكم،

    أجابت { $commune } عن شكايتكم { $number }. اطلعوا على الرد وأخبرونا بمدى رضاكم:
    { $link }
cmp-mail-reminder-subject = تذكير: الشكاية { $number }
cmp-mail-reminder-body = تنتظر الشكاية { $number } إشعارا بالتوصل أو ردا (المرسوم 2.17.265: 15 و60 يوما).
    { $link }
req-appeal-paper = تسجيل شكاية إلى الرئيس مودعة بالمكتب أو بالبريد (المادة 19)
