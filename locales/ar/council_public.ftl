## council public pages (ar)
## المجلس للعموم: الدورات وجدول الأعمال وسجل المقررات والمحاضر.

cp-council-title = مجلس { $commune }
cp-council-intro = دورات المجلس الجماعي وجداول أعمالها والمقررات المتخذة بالقبول أو بالرفض (القانون التنظيمي 113.14، المواد 33 إلى 48).
cp-nav-sessions = الدورات
cp-nav-register = سجل المقررات
cp-feed-ical = التقويم (iCal)
cp-feed-atom = موجز Atom
cp-feed-api = واجهة JSON
cp-ical-name = دورات المجلس — { $commune }
cp-atom-title = مقررات المجلس — { $commune }

cp-upcoming = الدورات المقبلة
cp-upcoming-none = لا توجد دورة مبرمجة حاليا.
cp-past = الدورات السابقة
cp-past-none = لا توجد دورة سابقة مسجلة.
cp-session = الدورة
cp-session-ordinary = الدورة العادية لشهر { $month } { $year }
cp-session-extraordinary = الدورة الاستثنائية ليوم { $date }
cp-dates = من { $start } إلى { $end }
cp-session-dates = التواريخ
cp-session-place = المكان
cp-session-trigger = بطلب من
cp-session-trigger-note = موضوع الطلب
cp-items-count = { $count ->
    [zero] لا نقط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}

cp-status-planned = مبرمجة
cp-status-convened = وجهت الاستدعاءات
cp-status-open = منعقدة
cp-status-closed = مختتمة
cp-status-cancelled = ملغاة

cp-trigger-president = الرئيس (المادة 36)
cp-trigger-third_of_members = ثلث الأعضاء (المادة 36)
cp-trigger-absolute_majority = الأغلبية المطلقة للأعضاء (المادة 36)
cp-trigger-governor = العامل (المادة 37)

cp-deadlines = الآجال القانونية
cp-deadline-notice = آخر أجل لاستدعاء الأعضاء (المادة 35)
cp-deadline-agenda = آخر أجل لتبليغ جدول الأعمال إلى العامل (المادة 38)
cp-deadline-governor = نهاية أجل العامل لإضافة نقط (المادة 39)
cp-deadline-last-day = آخر يوم في الدورة (المادة 34)
cp-deadline-extension = آخر يوم في حالة التمديد مرة واحدة (المادة 34)
cp-deadline-passed = (انقضى)

cp-sittings = الجلسات
cp-sittings-none = لم تحدد أي جلسة بعد.
cp-sitting = الجلسة
cp-sitting-public = عمومية
cp-sitting-closed = سرية (المادة 48)
cp-closed-by-president = بطلب من الرئيس
cp-closed-by-third_of_members = بطلب من ثلث الأعضاء
cp-closed-by-governor_for_public_order = بطلب من العامل حفاظا على النظام العام
cp-convocation-first = الاستدعاء الأول
cp-convocation-second = الاستدعاء الثاني
cp-convocation-third = الاستدعاء الثالث
cp-quorum-pending = لم يسجل الحضور بعد.
cp-quorum-reached = النصاب القانوني متوفر، يجوز للمجلس التداول (المادة 42):
cp-quorum-not_reached = النصاب القانوني غير متوفر، لا يجوز للمجلس التداول (المادة 42):
cp-quorum-any_attendance = الاستدعاء الأخير: يتداول المجلس كيفما كان عدد الحاضرين (المادة 42):
cp-count-present = { $count ->
    [zero] لا أحد من الأعضاء حاضر
    [one] عضو واحد حاضر
    [two] عضوان حاضران
    [few] { $count } أعضاء حاضرين
    [many] { $count } عضوا حاضرا
   *[other] { $count } عضو حاضر
}
cp-count-required = { $count ->
    [zero] النصاب: لا أحد
    [one] النصاب: عضو واحد
    [two] النصاب: عضوان
    [few] النصاب: { $count } أعضاء
    [many] النصاب: { $count } عضوا
   *[other] النصاب: { $count } عضو
}
cp-count-in-office = { $count ->
    [zero] لا أعضاء مزاولين
    [one] من أصل عضو واحد مزاول
    [two] من أصل عضوين مزاولين
    [few] من أصل { $count } أعضاء مزاولين
    [many] من أصل { $count } عضوا مزاولا
   *[other] من أصل { $count } عضو مزاول
}

cp-agenda = جدول الأعمال
cp-agenda-empty = لم ينشر جدول الأعمال بعد.
cp-col-number = الرقم
cp-col-item = النقطة
cp-col-committee = اللجنة
cp-col-source = مصدر الطلب
cp-col-status = الحالة
cp-col-outcome = النتيجة
cp-col-deliberation = المقرر
cp-col-date = التاريخ
cp-col-member = العضو
cp-col-vote = التصويت

cp-source-president = الرئيس
cp-source-members = أعضاء المجلس (المادة 40)
cp-source-governor = العامل (المادة 39)
cp-source-petition = عريضة (المادة 125)
cp-source-advisory_opinion = رأي هيئة استشارية
cp-source-participatory_budget = الميزانية التشاركية
cp-source-open-petition = عرض العريضة
cp-source-co_creation_call = طلب مشاريع للإنتاج المشترك

cp-item-status-on_agenda = مدرجة في جدول الأعمال
cp-item-status-decided = تم التداول فيها
cp-item-status-refused = مرفوضة بقرار معلل
cp-item-status-postponed = مؤجلة

cp-outcome-adopted = مصادق عليه
cp-outcome-rejected = مرفوض
cp-outcome-second_sitting_required = أحيل على جلسة ثانية (المادة 43)

cp-minutes = المحضر
cp-minutes-none = لم يوقع المحضر بعد.
cp-minutes-read = قراءة المحضر الموقع
cp-minutes-corrects = (يصحح المحضر رقم { $id })
cp-minutes-title = محضر { $session }
cp-minutes-correction = هذا المحضر يصحح
cp-minutes-original = المحضر الأصلي
cp-minutes-corrected = تم تصحيح هذا المحضر:
cp-signatures = التوقيعات (المادة 47)
cp-signed-president = الرئيس
cp-signed-secretary = كاتب المجلس

cp-register-title = سجل المقررات
cp-register-intro = جميع مقررات المجلس حسب ترتيب تواريخها (المادة 47). يشار بوضوح إلى كل مشروع لم يوقع بعد.
cp-register-empty = لا يوجد أي مقرر يطابق هذا البحث.
cp-search-words = كلمات
cp-search-year = السنة
cp-search-committee = اللجنة
cp-search-outcome = النتيجة
cp-search-any = الكل
cp-search-submit = بحث
cp-deliberations-count = { $count ->
    [zero] لا مقررات في هذه الصفحة
    [one] مقرر واحد في هذه الصفحة
    [two] مقرران في هذه الصفحة
    [few] { $count } مقررات في هذه الصفحة
    [many] { $count } مقررا في هذه الصفحة
   *[other] { $count } مقرر في هذه الصفحة
}

cp-deliberation-number = المقرر رقم { $number }
cp-state = الحالة
cp-state-signed = موقع
cp-state-draft = مشروع غير موقع
cp-draft-note = هذا النص مشروع: لم يوقع بعد وقد يتغير.
cp-corrects = هذا المقرر يصحح المقرر
cp-corrected-by = تم تصحيح هذا المقرر بالمقرر
cp-decided-on = تاريخ المداولة
cp-text = النص
cp-print = نسخة للطباعة

cp-vote-title = التصويت
cp-vote-none = لا يوجد تصويت مسجل.
cp-vote-present = الأعضاء الحاضرون
cp-vote-in-office = الأعضاء المزاولون مهامهم
cp-vote-ballot = الدور
cp-vote-basis = الأغلبية المطلوبة
cp-vote-decision = القرار
cp-vote-reason = التعليل
cp-vote-president = تصويت الرئيس
cp-votes-needed = { $count ->
    [zero] لا يلزم أي صوت
    [one] يلزم صوت واحد مؤيد
    [two] يلزم صوتان مؤيدان
    [few] يلزم { $count } أصوات مؤيدة
    [many] يلزم { $count } صوتا مؤيدا
   *[other] يلزم { $count } صوت مؤيد
}
cp-choice-in_favour = موافق
cp-choice-against = معارض
cp-choice-abstain = ممتنع
cp-ballot-first = التصويت الأول
cp-ballot-second_sitting = الجلسة الثانية (المادة 43، الفقرة 2)
cp-basis-votes_cast = الأغلبية المطلقة للأصوات المعبر عنها (المادة 43)
cp-basis-members_in_office = الأغلبية المطلقة للأعضاء المزاولين مهامهم (المادة 43)
cp-reason-majority_in_favour = صوتت الأغلبية المطلوبة بالموافقة.
cp-reason-majority_not_reached = لم تتحقق الأغلبية المطلوبة.
cp-reason-tie_broken_by_president = تعادل الأصوات: يرجح الجانب الذي صوت معه الرئيس (المادة 43).
cp-reason-tie_without_president_side = تعادل الأصوات دون تصويت الرئيس بالموافقة أو بالمعارضة: لم تقبل النقطة.
cp-reason-no_votes_cast = لم يعبر أي عضو عن صوته.
cp-member-votes = تصويت كل عضو
cp-member-votes-none = سجل التصويت بعدد الأصوات دون التصويت الاسمي لكل عضو.
cp-session-extended = ممددة إلى غاية { $date } بقرار من الرئيس (المادة 34)

## Art. 48: the council's vote on a request to sit closed
cp-closed-council-adopted = قرر المجلس دون مناقشة عقد الجلسة سرية ({ $in_favour } مؤيد، { $against } معارض، { $abstain } ممتنع؛ المادة 48).
cp-closed-council-rejected = طُلب عقد الجلسة سرية ولم يقبل المجلس الطلب ({ $in_favour } مؤيد، { $against } معارض، { $abstain } ممتنع؛ المادة 48): انعقدت علنية.
cp-session-request = الطلب (المادتان 36 و37)
cp-session-request-detail = توصل به الرئيس يوم { $date }؛ عدد الأعضاء الموقعين: { $members }
cp-request-line = طلب توصل به الرئيس بتاريخ { $date }، وقعه { $count } من أصل { $in_office } عضوا مزاولا مهامه:
