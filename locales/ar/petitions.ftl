## العرائض (المواد 121 إلى 125، المرسوم 2.16.403) — بالعربية

pet-list-title = العرائض — { $commune }
pet-intro = يمكن للمواطنات والمواطنين والجمعيات أن يطلبوا من المجلس إدراج نقطة تدخل في صلاحياته ضمن جدول أعماله (القانون التنظيمي 113.14، المواد 121 إلى 125).
pet-all = الكل
pet-none = لا توجد عرائض مطابقة.
pet-new = عريضة جديدة
pet-new-intro = يجب أن تجمع عريضة المواطنين { $threshold } توقيعا في هذه الجماعة (المادة 123). ويجب أن تكون الجمعية مؤسسة منذ أكثر من 3 سنوات وأن يوجد مقرها أو أحد فروعها بالجماعة (المادة 124).
pet-save-draft = حفظ المشروع
pet-kind-citizens = عريضة المواطنين (المادة 123)
pet-kind-association = عريضة جمعية (المادة 124)
pet-field-kind = النوع
pet-field-subject = الموضوع
pet-field-reasons = الأسباب الداعية والأهداف المتوخاة
pet-field-requested-item = النقطة المطلوب إدراجها في جدول أعمال المجلس
pet-field-full-name = الاسم الكامل
pet-field-cin = رقم البطاقة الوطنية
pet-field-birth-date = تاريخ الازدياد
pet-field-tie = الارتباط بالجماعة
pet-field-address = العنوان أو مكان النشاط بالجماعة
pet-field-email-domain = نطاق البريد الإلكتروني
pet-field-bureau-reasons = الأسباب (إلزامية في حالة الرفض)
pet-tie-residence = أقيم بالجماعة
pet-tie-activity = أزاول نشاطا اقتصاديا أو تجاريا أو مهنيا بالجماعة
pet-declare-electoral = أنا مغربي(ة) وأستوفي شروط التسجيل في اللوائح الانتخابية.
pet-declare-interest = لي مصلحة مشتركة مباشرة في هذه العريضة.
pet-notify = أخبروني بالبريد الإلكتروني بقرار المجلس
pet-sign = التوقيع على العريضة
pet-sign-privacy = لا يطلع على اسمك ورقم بطاقتك الوطنية وعنوانك إلا مكتب المجلس ووكيل العريضة، وتحذف بعد انقضاء مدة الحفظ (القانون 09.08).
pet-signed-counted = تم تسجيل توقيعك.
pet-signed-mail = بقيت خطوة: افتح الرابط المرسل إلى بريدك الإلكتروني لتأكيد توقيعك.
pet-confirm-title = تأكيد توقيعك
pet-confirm-intro = اضغط على الزر لتأكيد توقيعك على هذه العريضة. لا يُحتسب التوقيع قبل التأكيد.
pet-confirm-button = أؤكد توقيعي
pet-back = العودة إلى العريضة
pet-signatures = التوقيعات
pet-progress = { $count } توقيع من أصل { $threshold } مطلوبة
pet-by-channel = عبر الإنترنت: { $online } · على الورق: { $paper }
pet-channel = القناة
pet-channel-online = عبر الإنترنت
pet-channel-paper = ورقي
pet-valid = صحيح
pet-unconfirmed = غير مؤكد
pet-invalidated = ملغى
pet-flagged = للتحقق
pet-open = فتح باب التوقيع
pet-deposit = الإيداع لدى الرئيس (المادة 125)
pet-receipt = وصل الإيداع
pet-receipt-number = رقم الوصل
pet-receipt-note = يدرس مكتب المجلس العريضة؛ ويجب تعليل قرار الرفض وتبليغه داخل أجل 3 أشهر (المادة 125).
pet-review-by = قرار المكتب في أجل أقصاه
pet-review-deadline = قرار المكتب منتظر في أجل أقصاه { $date } (بقي { $days } يوما).
pet-days-left = بقي { $days } يوما
pet-overdue = متأخرة (المادة 125)
pet-bureau-reasons = أسباب الرفض
pet-on-agenda = قبلت وأدرجت في جدول أعمال الدورة العادية بتاريخ { $date }، وأحيلت على اللجنة المختصة.
pet-twenty-day-rule = يرسل جدول الأعمال إلى العامل قبل 20 يوما على الأقل من انعقاد الدورة (المادة 38): العريضة المقبولة بعد ذلك تدرج في الدورة الموالية.
pet-deliberation-link = الاطلاع على مقرر المجلس
pet-timeline = المراحل
pet-agent-actions = إجراءات الوكيل
pet-public-page = الصفحة العمومية
pet-bureau-title = العرائض قيد الدراسة
pet-bureau-decision = قرار المكتب
pet-checklist = الشروط المتحقق منها
pet-check-within_council_powers = تدخل في صلاحيات المجلس (المادة 121)
pet-check-respects_constitution_article_1 = لا تمس بالثوابت المنصوص عليها في الفصل الأول من الدستور (المادة 121)
pet-check-petitioners_conditions_met = شروط مقدمي العريضة أو الجمعية مستوفاة (المادة 123 أو 124)
pet-check-form_and_documents_complete = الاستمارة والوثائق كاملة (المرسوم 2.16.403)
pet-accept = قبول
pet-reject = رفض
pet-paper-entry = إدخال توقيع ورقي
pet-invalidate = إلغاء توقيعات
pet-sum-filed = مودعة
pet-sum-accepted = مقبولة من المكتب
pet-sum-rejected = مرفوضة من المكتب
pet-sum-overdue = متأخرة
pet-sum-median = يوما (الوسيط) حتى قرار المكتب
pet-status-draft = مشروع
pet-status-collecting = جمع التوقيعات
pet-status-deposited = مودعة
pet-status-under_review = قيد دراسة المكتب
pet-status-accepted = مقبولة
pet-status-on_agenda = مدرجة في جدول الأعمال
pet-status-decided_accepted = صادق عليها المجلس
pet-status-decided_rejected_by_council = رفضها المجلس
pet-status-decided_postponed = أجلها المجلس
pet-status-rejected_by_bureau = رفضها المكتب
pet-status-withdrawn = مسحوبة
pet-event-created = إنشاء المشروع
pet-event-collecting = فتح باب التوقيع
pet-event-deposited = الإيداع لدى الرئيس وتسليم الوصل
pet-event-accepted = قبول المكتب
pet-event-on_agenda = الإدراج في جدول الأعمال
pet-event-rejected_by_bureau = رفض معلل من المكتب
pet-event-postponed = التأجيل إلى دورة لاحقة
pet-event-decided = مداولة المجلس
pet-error-cin = رقم البطاقة الوطنية غير صالح: حرف أو حرفان متبوعان بأرقام (مثال AB123456).
pet-error-adult = يشترط بلوغ 18 سنة للتوقيع (المادة 123).
pet-error-tie = بين هل تقيم بالجماعة أو تزاول نشاطا بها (المادة 123).
pet-error-declaration = هذا التصريح ضروري (المادة 123).
pet-error-already-signed = سبق التوقيع على هذه العريضة بهذه البطاقة الوطنية.
pet-error-threshold = عدد التوقيعات الصحيحة لا يبلغ النصاب المحدد في المادة 123.
pet-error-no-verified-association = يجب أولا أن تتحقق الجماعة من جمعيتك.
pet-error-association-age = يجب أن تكون الجمعية مؤسسة منذ أكثر من 3 سنوات (المادة 124).
pet-error-association-seat = يجب أن يوجد مقر الجمعية أو أحد فروعها بالجماعة (المادة 124).
pet-error-association-documents = تنقص وثائق من ملف الجمعية (المرسوم 2.16.403، المادة 4).
pet-error-checklist = يجب التحقق من جميع الشروط قبل القبول.
pet-error-committee-required = تحال العريضة المقبولة إلى اللجنة الدائمة المختصة لدراستها قبل عرضها على المجلس للتداول في شأنها (المادة 125): اختر اللجنة.
pet-mail-confirm-subject = تأكيد توقيعك — مشاركة
pet-mail-confirm-body = مرحبا،

    لتأكيد توقيعك على العريضة «{ $subject }»، افتح هذا الرابط:
    { $link }

    إذا لم توقع، تجاهل هذه الرسالة: لن يحتسب أي شيء.
pet-mail-decision-subject = عريضتك «{ $subject }»
pet-mail-accepted-body = مرحبا،

    قبل مكتب المجلس العريضة «{ $subject }». وقد أدرجت في جدول أعمال الدورة العادية بتاريخ { $session } وأحيلت على اللجنة المختصة.
pet-mail-rejected-body = مرحبا،

    رفض مكتب المجلس العريضة «{ $subject }» للأسباب التالية:
    { $reasons }
pet-mail-decided-body = مرحبا،

    تداول المجلس في العريضة «{ $subject }» (المقرر رقم { $number }):
    { $link }
pet-mail-reminder-subject = عريضة للدراسة: «{ $subject }»
pet-mail-reminder-body = مرحبا،

    تنتظر العريضة «{ $subject }» قرار المكتب. ينتهي أجل الأشهر الثلاثة (المادة 125) في { $deadline }، أي بعد { $days } يوما.
    { $link }
pet-file = ملف العريضة (استمارة المرسوم 2.16.403 ولائحة الموقعين)
pet-file-council = المجلس المعني
pet-file-show-cins = عرض أرقام البطائق الوطنية
pet-file-cins-audited = أرقام البطائق الوطنية للموقعين لا تُعرض إلا عند الطلب، ويُسجَّل كل عرض في سجل التدقيق.
pet-atom = تدفق Atom
pet-csv = تصدير CSV
pet-list-link = العرائض
pet-register-paper = تسجيل عريضة مودعة ورقيا
pet-field-received-on = تاريخ توصل الرئيس بها
pet-withdraw = سحب العريضة
pet-event-withdrawn = سحبها الوكيل
pet-event-registered_on_paper = سجلت انطلاقا من إيداع ورقي
pet-field-from = الموقعة ابتداء من
pet-field-to = الموقعة إلى غاية
pet-attachments = المرفقات
pet-attachment = إرفاق وثيقة (PDF أو PNG أو JPEG)
pet-event-attachment = إرفاق وثيقة
pet-ip-group = مجموعة عنوان IP (الرمز المعروض في اللائحة)

# المادتان 38 و125: حساب دورة العريضة المقبولة
pet-session-accepted-on = قبلت بتاريخ { $date }:
pet-session-if-accepted-today = إذا قبلها المكتب اليوم ({ $date }):
pet-session-open = يجب أن يصل جدول أعمال دورة { $month } { $year } (التي تفتتح في { $start }) إلى العامل في أجل أقصاه { $deadline } (المادة 38، قبل 20 يوما)؛ { $days ->
    [0] وهذا آخر يوم،
   *[other] وبقي { $days } يوما،
} لذلك تدرج العريضة في هذه الدورة (المادة 125).
pet-session-slipped = كان يجب أن يصل جدول أعمال دورة { $missed_month } { $missed_year } إلى العامل في أجل أقصاه { $missed_deadline } (المادة 38، قبل 20 يوما)، لذلك تدرج العريضة في دورة { $month } { $year } (التي تفتتح في { $start })، ويجب أن يصل جدول أعمالها إلى العامل في أجل أقصاه { $deadline } (المادة 125).

# المرسوم 2.16.403: ملف الجمعية وتفويض من يتتبع العريضة
pet-mandate = تفويض الشخص الذي يتتبع العريضة (PDF)
pet-mandate-help = يشترط المرسوم 2.16.403 تفويض الشخص الذي يتتبع المسطرة، إلا إذا كان هو الممثل القانوني للجمعية. لا يطلع على التفويض إلا أنتم ومكتب المجلس.
pet-mandate-link = تفويض الشخص الذي يتتبع العريضة
pet-legal-representative = أنا الممثل القانوني للجمعية
pet-declared-legal-representative = يصرح الوكيل بأنه الممثل القانوني للجمعية.
pet-association-file = ملف الجمعية (المادة 124، المرسوم 2.16.403)
pet-conditions-met = الشروط التي يمكن أن يثبتها الملف مستوفاة.
pet-unmet-conditions = شروط غير مستوفاة:
pet-condition-founded_more_than_three_years = تأسست منذ أكثر من 3 سنوات (المادة 124)
pet-condition-seat_or_branch_in_commune = مقر أو فرع بالجماعة (المادة 124)
pet-condition-final_receipt = الوصل النهائي (المرسوم 2.16.403)
pet-condition-statutes = النظام الأساسي (المرسوم 2.16.403)
pet-condition-mandate = تفويض الشخص الذي يتتبع المسطرة (المرسوم 2.16.403)
pet-condition-activity_related_to_subject = نشاط له علاقة بموضوع العريضة (المادة 124)
pet-condition-democratic_operation = التسيير وفق المبادئ الديمقراطية والنظام الأساسي (المادة 124)
pet-condition-good_standing = وضعية سليمة (المادة 124)
