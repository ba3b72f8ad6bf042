## كتابة المجلس (الدورات، جدول الأعمال، التصويت، المقررات، المحاضر) — بالعربية

council-session-ordinary = الدورة العادية لشهر { $month } { $year }
council-session-extraordinary = دورة استثنائية ({ $trigger }) بتاريخ { $date }
council-session-new = دورة جديدة
council-session-help = تعقد الدورات العادية في فبراير وماي وأكتوبر خلال الأسبوع الأول من الشهر (المادة 33)، ولا تتجاوز 15 يوما (المادة 34). الدورة الاستثنائية لا تتجاوز 7 أيام عمل (المادة 36).
council-kind-ordinary = عادية
council-kind-extraordinary = استثنائية
council-trigger-president = بمبادرة من الرئيس
council-trigger-third_of_members = بطلب من ثلث الأعضاء
council-trigger-absolute_majority = بطلب من الأغلبية المطلقة للأعضاء
council-trigger-governor = بطلب من العامل
council-status-planned = مبرمجة
council-status-convened = تم الاستدعاء
council-status-open = مفتوحة
council-status-closed = مختتمة
council-status-cancelled = ملغاة
council-event-convene = إرسال الاستدعاءات
council-event-open = افتتاح الدورة
council-event-close = اختتام الدورة
council-event-cancel = إلغاء الدورة
council-field-session = الدورة
council-field-kind = نوع الدورة
council-field-trigger = بطلب من (دورة استثنائية)
council-field-trigger-note = مرجع الطلب (اختياري)
council-field-starts-on = اليوم الأول
council-field-ends-on = اليوم الأخير
council-field-place = المكان
council-field-title = النقطة
council-field-summary = ملخص
council-field-committee = اللجنة المختصة (المادة 28)
council-field-matter = طبيعة النقطة (المادة 43)
council-field-source = بطلب من
council-field-refusal-reasons = أسباب الرفض (المادة 40)
council-field-postpone-reason = سبب التأجيل
council-field-date = التاريخ
council-field-time = الساعة
council-field-convocation = الاستدعاء
council-field-requester = الجلسة السرية بطلب من (المادة 48)
council-field-closed-reasons = أسباب عقد الجلسة بشكل غير علني
council-field-president-vote = تصويت الرئيس
council-field-text-ar = النص بالعربية
council-field-text-fr = النص بالفرنسية (اختياري)
council-deadline-notice = استدعاء الأعضاء (المادة 35)
council-deadline-agenda = إرسال جدول الأعمال إلى العامل (المادة 38)
council-deadline-governor = إضافات العامل إلى غاية (المادة 39)
council-deadline-last-day = اليوم الأخير (المادة 34)
council-deadline-extended = { $date } في حالة التمديد
council-deadline-near = { $days ->
    [zero] اليوم هو الأجل.
    [one] بقي يوم واحد.
    [two] بقي يومان.
    [few] بقيت { $days } أيام.
    [many] بقي { $days } يوما.
   *[other] بقي { $days } يوم.
}
council-deadline-passed = { $days ->
    [zero] انقضى الأجل.
    [one] تجاوز الأجل بيوم واحد.
    [two] تجاوز الأجل بيومين.
    [few] تجاوز الأجل بـ{ $days } أيام.
    [many] تجاوز الأجل بـ{ $days } يوما.
   *[other] تجاوز الأجل بـ{ $days } يوم.
}
council-agenda = جدول الأعمال
council-item-new = إضافة نقطة
council-item-settle = رفض أو تأجيل
council-item-refuse = رفض النقطة
council-item-postpone = تأجيل إلى الدورة الموالية
council-item-on_agenda = مدرجة
council-item-refused = مرفوضة
council-item-postponed = مؤجلة
council-item-decided = تمت المداولة
council-source-president = الرئيس
council-source-members = الأعضاء
council-source-governor = العامل
council-source-petition = عريضة
council-source-advisory_opinion = رأي استشاري
council-source-participatory_budget = الميزانية التشاركية
council-source-co_creation_call = دعوة الخلق المشترك
council-source-consultation = تشاور عمومي
council-matter-general = نقطة عادية (أغلبية الأصوات المعبر عنها)
council-matter-action_programme = برنامج عمل الجماعة
council-matter-local_development_company = شركة التنمية المحلية
council-matter-public_service_management_mode = طرق تدبير المرافق العمومية
council-matter-public_private_partnership = الشراكة مع القطاع الخاص
council-matter-contract_with_state = العقود مع الدولة
council-sittings = الجلسات
council-sitting-new = إضافة جلسة
council-sitting-public = علنية
council-sitting-closed = غير علنية
council-convocation-first = الاستدعاء الأول
council-convocation-second = الاستدعاء الثاني
council-convocation-third = الاستدعاء الثالث
council-requester-president = الرئيس
council-requester-third_of_members = ثلث الأعضاء
council-requester-governor_for_public_order = العامل (النظام العام)
council-attendance = الحضور عند الافتتاح
council-attendance-save = تسجيل الحضور والتحقق من النصاب
council-presence-present = حاضر(ة)
council-presence-absent = غائب(ة)
council-presence-excused = معتذر(ة)
council-quorum-reached = النصاب القانوني مكتمل: يمكن للمجلس التداول (المادة 42).
council-quorum-not_reached = النصاب غير مكتمل: استدعاء جديد (المادة 42).
council-quorum-any_attendance = الاستدعاء الأخير: يتداول المجلس كيفما كان عدد الحاضرين (المادة 42).
council-quorum-detail = { $present } حاضرون من أصل { $in_office } عضوا مزاولا؛ النصاب: { $required }.
council-vote-in_favour = موافق
council-vote-against = معارض
council-vote-abstain = ممتنع
council-vote-record = تسجيل التصويت
council-vote-by-counts = إدخال المجاميع فقط
council-vote-counts = موافقون: { $in_favour } · معارضون: { $against } · ممتنعون: { $abstain }
council-next-item = النقطة الموالية
council-decision-adopted = تمت المصادقة
council-decision-rejected = مرفوض
council-decision-second_sitting_required = لم تتحقق أغلبية الأعضاء المزاولين: جلسة ثانية (المادة 43)
council-reason-majority_in_favour = تحققت الأغلبية المطلوبة
council-reason-majority_not_reached = لم تتحقق الأغلبية المطلوبة
council-reason-tie_broken_by_president = تعادل: يرجح الجانب الذي صوت معه الرئيس (المادة 43)
council-reason-tie_without_president_side = تعادل دون تصويت الرئيس: لم تتم المصادقة
council-reason-no_votes_cast = لا أصوات معبر عنها
council-deliberation = المقرر
council-deliberation-number = المقرر رقم { $number }
council-draft = مشروع
council-signed = موقع
council-correction = تصحيح
council-correct = تصحيح (عقد جديد مرتبط)
council-sign-deliberation = تسجيل توقيع الرئيس والكاتب
council-minutes = المحضر
council-minutes-save = حفظ مشروع المحضر
council-signed-president = توقيع الرئيس
council-signed-secretary = توقيع الكاتب
council-sign-president = وقعه الرئيس
council-sign-secretary = وقعه كاتب المجلس
council-error-ordinary-start = تبدأ الدورة العادية خلال الأسبوع الأول من فبراير أو ماي أو أكتوبر (المادة 33).
council-error-session-length = المدة طويلة: 15 يوما على الأكثر للدورة العادية و7 أيام عمل للدورة الاستثنائية (المادتان 34 و36).
council-error-voter-absent = لا يصوت إلا الأعضاء الحاضرون.
council-error-counts = هذه المجاميع لا تطابق عدد الحاضرين (أو لا تتضمن تصويت الرئيس).
council-committee-report = تقرير اللجنة المختصة (المادة 28)
council-item-files = التقرير والوثائق
council-document = وثيقة (PDF)
council-extend = تمديد الدورة (المادة 34)
council-extend-help = يمكن تمديد الدورة مرة واحدة بقرار لرئيس المجلس، على ألا يتعدى التمديد سبعة أيام متتالية من أيام العمل بعد آخر يوم عادي للدورة؛ ولا يمكن تمديد الدورة الاستثنائية (المادة 36). يبلغ قرار التمديد إلى العامل فور اتخاذه.
council-field-extended-until = آخر يوم جديد للدورة
council-extended = ممددة إلى غاية (المادة 34)
council-extended-badge = ممددة (المادة 34)
council-error-extension-extraordinary = لا يمكن تمديد الدورة الاستثنائية (المادة 36).
council-error-extension-already = سبق تمديد هذه الدورة: لا يجوز التمديد إلا مرة واحدة (المادة 34).
council-error-extension-not-later = يجب أن يأتي آخر يوم جديد بعد آخر يوم عادي للدورة (خمسة عشر يوما، المادة 34).
council-error-extension-too-long = لا يمكن أن يتعدى التمديد سبعة أيام من أيام العمل بعد آخر يوم عادي للدورة (المادة 34).
council-error-extension-status = لا يمكن تمديد إلا دورة تم الاستدعاء لها أو مفتوحة.
council-field-requesters = عدد الأعضاء مقدمي الطلب (إذا طلب الأعضاء إدراج النقطة، المادة 40)
council-requesters = طلبها { $count } من أصل { $in_office } عضوا مزاولين مهامهم
council-item-mandatory = تسجل وجوبا (المادة 40)
council-error-requesters = عدد بين 1 وعدد الأعضاء المزاولين مهامهم.
council-error-mandatory-item = طلب إدراج هذه النقطة نصف عدد أعضاء المجلس على الأقل: تسجل وجوبا في جدول الأعمال ولا يجوز رفضها (المادة 40).

## Working-day calendar: movable holidays (/admin/platform/holidays)
holiday-title = أيام العطل الرسمية
holiday-intro = تتبع الأعياد الدينية رؤية الهلال: أدخل تواريخها كل سنة. تأخذها الآجال المحسوبة بأيام العمل بعين الاعتبار (القانون التنظيمي 113.14، المواد 34 و36 و42).
holiday-fixed = العطل الوطنية ذات التاريخ الثابت، معروفة مسبقا (يوم-شهر):
holiday-none = لم يُدخل أي عيد ديني.
holiday-day = التاريخ
holiday-kind = العيد
holiday-add = إضافة يوم عطلة
holiday-remove = حذف
holiday-added = أضيف يوم العطلة.
holiday-removed = حُذف يوم العطلة.
holiday-error-year = هذه السنة خارج المجال المقبول.
holiday-error-taken = هذا اليوم مُدخل من قبل.
holiday-eid-al-fitr = عيد الفطر
holiday-eid-al-adha = عيد الأضحى
holiday-muharram = فاتح محرم
holiday-mawlid = عيد المولد النبوي

## Issue 16: what the law forbids the secretariat to record
council-error-agenda-deadline-passed = فات الأجل: يجب أن يبلغ جدول الأعمال إلى العامل عشرين يوما على الأقل قبل الدورة (المادة 38). اختر تاريخا أبعد.
council-error-notice-deadline-passed = فات الأجل: يجب استدعاء الأعضاء كتابة عشرة أيام على الأقل قبل الدورة (المادة 35؛ ثلاثة أيام لدورة بطلب من العامل، المادة 37).
council-error-governor-additions-passed = انقضى أجل الثمانية أيام المخول للعامل لإضافة نقط (المادة 39).
council-error-future-act = هذا العمل مؤرخ بيوم لم يأت بعد: لا يقيد في السجل إلا ما وقع (المادة 47).
council-error-convocation-no-failed-first = لا يكون الاستدعاء الثاني إلا بعد جلسة أولى لم يكتمل فيها النصاب (المادة 42).
council-error-convocation-no-failed-second = لا يكون الاستدعاء الثالث إلا بعد جلسة ثانية لم يكتمل فيها النصاب (المادة 42).
council-error-convocation-next-expected = لم يكتمل النصاب في الجلسة السابقة: الجلسة الموالية هي الاستدعاء الموالي (الثاني ثم الثالث)، لا استدعاء أول جديد (المادة 42).
council-error-convocation-too-early = قبل الأوان: تنعقد الجلسة الثانية بعد ثلاثة إلى خمسة أيام من الأولى، والثالثة بعد اليوم الثالث من أيام العمل الموالية للثانية (المادة 42).
council-error-convocation-too-late = بعد الأوان: تنعقد الجلسة الثانية خمسة أيام على الأكثر بعد الأولى (المادة 42).
council-error-convocation-next-working-day = تؤجل دورة العامل إلى يوم العمل الموالي (المادة 37).
council-error-convocation-no-third = لا استدعاء ثالثا لدورة بطلب من العامل (المادة 37).
council-error-tie-each-vote = تعادل الأصوات: يرجح الجانب الذي صوت معه الرئيس ويضمن تصويت كل عضو في المحضر (المادة 43). أدخل تصويت كل عضو.
council-error-closed-third = يجب أن يطلب الجلسة السرية ثلث الأعضاء المزاولين مهامهم على الأقل (المادة 48).
council-error-closed-decision = يقرر المجلس دون مناقشة عقد الجلسة سرية (المادة 48): أدخل عدد الطالبين ونتيجة تصويته.
council-error-register-order = مقرر مؤرخ بعد هذا موقع من قبل: يقيد السجل المقررات حسب تواريخها (المادة 47).
council-error-already-signed = هذا التوقيع مسجل من قبل.
council-error-no-office-holder = لا يشغل أي عضو في المجلس هذه المهمة.
council-closed-decision-legend = قرار المجلس في الجلسة السرية (المادة 48)
council-field-closed-requesting = عدد الأعضاء الطالبين (الثلث على الأقل)
council-closed-request-decided = طلب جلسة سرية: { $decision } ({ $in_favour } مؤيد، { $against } معارض، { $abstain } ممتنع)
council-sign-as-president = توقيع الرئيس
council-sign-as-secretary = توقيع كاتب المجلس
council-sign-as-deputy_secretary = توقيع نائب كاتب المجلس
council-field-requested-on = تاريخ توصل الرئيس بالطلب (دورة استثنائية بطلب، المادتان 36 و37)
council-field-requesting-members = عدد الأعضاء الموقعين على الطلب
council-error-request-missing = الدورة المنعقدة بطلب من الأعضاء أو من العامل تحمل تاريخ الطلب وعدد الموقعين عليه (المادتان 36 و37).
council-error-request-count = يجب أن يقدم الطلب ثلث الأعضاء المزاولين مهامهم على الأقل، أو أغلبيتهم المطلقة لدورة وجوبية (المادة 36).
council-error-before-request = لا يمكن أن تبدأ الدورة قبل تاريخ الطلب.
council-error-meeting-too-late = فات الأجل: تنعقد الدورة داخل أجل خمسة عشر يوما من طلب الأغلبية المطلقة للأعضاء (المادة 36)، وعشرة أيام من طلب العامل (المادة 37).
