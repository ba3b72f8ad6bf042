## budgets (ar)
pb-title = الميزانية التشاركية
pb-intro = تخصص الجماعة جزءا من ميزانيتها للمشاريع التي يقترحها السكان ويختارونها.
pb-no-cycles = لا توجد دورة للميزانية التشاركية حاليا.
pb-whole-commune = كل الجماعة
pb-amount = { $amount } درهم
pb-amount-col = المبلغ
pb-tab-overview = تقديم
pb-tab-proposals = المقترحات
pb-tab-vote = التصويت
pb-tab-results = النتائج
pb-tab-follow-up = تتبع المشاريع
pb-phase-draft = قيد الإعداد
pb-phase-information = الإخبار
pb-phase-proposals = إيداع المقترحات
pb-phase-review = الدراسة التقنية
pb-phase-voting = التصويت
pb-phase-results = النتائج
pb-phase-implementation = الإنجاز
pb-calendar = الجدول الزمني
pb-districts = الأحياء
pb-district = الحي
pb-category = الصنف
pb-status = الحالة
pb-all = الكل
pb-none = بدون
pb-filter = تصفية
pb-rulebook = النظام
pb-who-proposes = من يحق له الاقتراح
pb-who-residents = السكان (حساب مؤكد)
pb-who-associations = الجمعيات المتحقق منها
pb-who-both = السكان والجمعيات
pb-who-votes = من يحق له التصويت
pb-who-votes-text = السكان الذين لهم حساب مؤكد وسنهم { $age } سنة على الأقل
pb-ballot-type = ورقة التصويت
pb-type-approval = الموافقة
pb-ballot-approval = اختر ما بين { $min } و{ $max } مشاريع في كل حي.
pb-ballot-knapsack = اختر مشاريع لا تتجاوز كلفتها الإجمالية مبلغ الحي.
pb-knapsack-hint = الكلفة الإجمالية { $amount } درهم على الأكثر.
pb-districts-per-voter = عدد الأحياء لكل مصوت
pb-rule = قاعدة الفرز
pb-rule-greedy = الجشعة (الأكثر أصواتا أولا)
pb-rule-greedy-cardinality = الجشعة (الأصوات لكل درهم)
pb-rule-mes = الحصص المتساوية (الكلفة)
pb-rule-mes-cardinality = الحصص المتساوية (عدد المشاريع)
pb-rule-mes-add1 = الحصص المتساوية مع رفع الميزانية
pb-rule-mes-add1-greedy = الحصص المتساوية مع رفع الميزانية ثم الجشعة
pb-rule-mes-add1-until-infeasible = الحصص المتساوية مع رفع الميزانية حتى التشبع
pb-tie-break = الحسم عند التعادل
pb-tie-ids = رقم المقترح (الأصغر أولا)
pb-tie-cost_votes = الأقل كلفة ثم الأكثر أصواتا
pb-turnout = { $count ->
    [zero] لا توجد أوراق تصويت بعد.
    [one] المشاركة: ورقة تصويت واحدة.
    [two] المشاركة: ورقتا تصويت.
    [few] المشاركة: { $count } أوراق تصويت.
    [many] المشاركة: { $count } ورقة تصويت.
   *[other] المشاركة: { $count } ورقة تصويت.
}
pb-propose = اقترح مشروعا
pb-vote = صوّت
pb-proposals-count = { $count ->
    [zero] لا مقترحات.
    [one] مقترح واحد.
    [two] مقترحان.
    [few] { $count } مقترحات.
    [many] { $count } مقترحا.
   *[other] { $count } مقترح.
}
pb-votes = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتا
   *[other] { $count } صوت
}
pb-voters = { $count ->
    [zero] لا مصوتين
    [one] مصوت واحد
    [two] مصوتان
    [few] { $count } مصوتين
    [many] { $count } مصوتا
   *[other] { $count } مصوت
}
pb-votes-col = الأصوات
pb-selected = مختار
pb-pages = الصفحات
pb-previous = السابق
pb-next = التالي
pb-page-of = الصفحة { $page } من { $pages }
pb-status-submitted = مودع
pb-status-feasible = قابل للإنجاز
pb-status-unfeasible = غير قابل للإنجاز
pb-status-merged = مدمج
pb-location = الموقع
pb-estimated = الكلفة التقديرية (درهم)
pb-official = الكلفة الرسمية (درهم)
pb-review = الدراسة التقنية
pb-merged-into = أدمج في المقترح رقم { $id }
pb-impl-planned = مبرمج
pb-impl-tendering = طلب عروض
pb-impl-works = أشغال جارية
pb-impl-done = منجز
pb-impl-halted = متوقف
pb-spent = { $amount } درهم مصروفة
pb-spent-label = المصروف (درهم)
pb-progress = نسبة التقدم (%)
pb-updates = آخر المستجدات
pb-add-update = إضافة مستجد
pb-update-body = المستجد
pb-decision = القرار
pb-merge = مكرر: دمج
pb-merge-into = دمج في
pb-reason = التعليل
pb-proposal-title = العنوان
pb-description = الوصف
pb-photo = صورة (PNG أو JPEG)
pb-as-association = باسم جمعيتي المتحقق منها
pb-submit = إيداع المقترح
pb-may-not-propose = لا يسمح لك نظام هذه الدورة باقتراح مشروع.
pb-birth-year = سنة الازدياد
pb-cast = تسجيل ورقة التصويت
pb-ballot-invalid = ورقة التصويت هذه لا تحترم النظام:
pb-ballot-editable = لقد صوتت من قبل؛ يمكنك تعديل ورقتك إلى نهاية التصويت.
pb-ballot-saved = سجلت ورقة تصويتك. يمكنك تعديلها إلى نهاية التصويت.
pb-voting-closed = التصويت غير مفتوح.
pb-voted-on-paper = سجلت لك ورقة تصويت ورقية: لا يمكنك التصويت عبر الإنترنت.
pb-already-voted = سبق لهذا الشخص أن صوت في هذه الدورة.
pb-problem-empty = لم تختر أي مشروع.
pb-problem-unknown = أحد المشاريع المختارة غير موجود في ورقة التصويت.
pb-problem-districts = اخترت مشاريع في { $chosen } أحياء، والنظام يسمح بـ{ $max }.
pb-problem-too-few = { $district }: اخترت { $chosen } من أصل { $min } مشاريع على الأقل.
pb-problem-too-many = { $district }: اخترت { $chosen } مشاريع، والحد الأقصى { $max }.
pb-problem-over = { $district }: { $amount } درهم فوق مبلغ الحي.
pb-problem-too-young = يجب أن يكون سنك { $age } سنة على الأقل للتصويت.
pb-results-not-yet = ستنشر النتائج عند افتتاح مرحلة النتائج.
pb-csv = تحميل النتائج (CSV)
pb-pabulib = البيانات بصيغة pabulib
pb-chart = الأصوات حسب المشروع (بالأخضر: المختارة)
pb-compare = ما كانت ستختاره قواعد أخرى
pb-total-cost = الكلفة الإجمالية: { $amount } درهم
pb-atom = تدفق Atom للمستجدات
pb-admin-title = الميزانية التشاركية — { $commune }
pb-new-cycle = دورة جديدة
pb-year = السنة
pb-title-ar = العنوان (بالعربية)
pb-title-fr = العنوان (بالفرنسية)
pb-description-ar = الوصف (بالعربية)
pb-description-fr = الوصف (بالفرنسية)
pb-total = المبلغ الإجمالي (درهم)
pb-start-information_at = بداية الإخبار
pb-start-proposals_at = بداية إيداع المقترحات
pb-start-review_at = بداية الدراسة التقنية
pb-start-voting_at = بداية التصويت
pb-start-results_at = نشر النتائج
pb-start-implementation_at = بداية الإنجاز
pb-min-age = السن الأدنى للتصويت
pb-min-projects = الحد الأدنى للمشاريع في الورقة
pb-max-projects = الحد الأقصى للمشاريع في الورقة
pb-districts-lines = الأحياء، حي في كل سطر: الاسم بالعربية | الاسم بالفرنسية | المبلغ (فارغ: كل الجماعة)
pb-categories-lines = الأصناف، صنف في كل سطر: الاسم بالعربية | الاسم بالفرنسية
pb-field-districts = كل سطر: الاسم بالعربية | الاسم بالفرنسية | المبلغ.
pb-field-categories = كل سطر: الاسم بالعربية | الاسم بالفرنسية.
pb-calendar-order = يجب أن تتوالى المراحل بالترتيب.
pb-districts-over-total = مبالغ الأحياء تتجاوز المبلغ الإجمالي.
pb-edit-rulebook = تعديل النظام
pb-edit-rulebook-hint = يمكن تعديل النظام والجدول الزمني ومبالغ الأحياء إلى حين افتتاح التصويت. يسجل كل تعديل في السجل.
pb-rulebook-frozen = التصويت مفتوح: لم يعد ممكنا تعديل نظام هذه الدورة.
pb-district-in-use = لا يمكن حذف حي توجد به مقترحات.
pb-category-in-use = لا يمكن حذف صنف توجد به مقترحات.
pb-update-photos = صور (PNG أو JPEG، { $max } على الأكثر)
pb-update-photos-too-many = عدد الصور كبير بالنسبة لمستجد واحد.
pb-update-photo-alt = صورة عن تقدم المشروع «{ $title }»
pb-by-calendar = حسب الجدول الزمني
pb-open-phase = المرحلة المفتوحة
pb-count = الفرز واعتماد المشاريع
pb-counted = سجل الفرز.
pb-paper = أوراق التصويت الورقية
pb-paper-number = رقم الورقة (الأرومة)
pb-paper-number-used = سبق استعمال رقم هذه الورقة.
pb-paper-saved = سجلت الورقة الورقية.
pb-voter-email = عنوان حساب المصوت
pb-voter-cin = البطاقة الوطنية للمصوت (بدون حساب)
pb-voter-required = أدخل حساب المصوت أو بطاقته الوطنية.
pb-voter-unknown = لا يوجد حساب بهذا العنوان.
pb-channel-online = عبر الإنترنت
pb-channel-paper = ورقي
pb-channel-import = مستورد
pb-channel-count = { $channel }: { $count }
pb-counted-at = آخر فرز: { $date }
pb-mail-review-subject = تمت دراسة مقترحك «{ $title }»
pb-mail-review-body = مرحبا { $name }،

    انتهت الدراسة التقنية لمقترحك «{ $title }»: { $decision }.
    { $reason }

    التفاصيل: { $link }
