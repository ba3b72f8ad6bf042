## الخلق المشترك مع الجمعيات (الدعوات، المذكرات المفاهيمية، التقييم، الانتقاء)

cc-list-link = دعوات مشاريع الخلق المشترك
cc-list-title = دعوات مشاريع الخلق المشترك — { $commune }
cc-intro = تدعو الجماعة الجمعيات النشيطة في ترابها إلى اقتراح مشاريع يتم تصميمها وتنفيذها وتقييمها بشكل مشترك. تحدد كل دعوة غلافها المالي وسقف الدعم لكل مشروع وشروطها وأجل تقديم المذكرات المفاهيمية.
cc-atom = تدفق Atom
cc-csv = النتائج (CSV)
cc-mine = مذكراتي المفاهيمية
cc-none = لا توجد دعوات حاليا.
cc-state-draft = مسودة
cc-state-upcoming = قريبا
cc-state-open = باب التقديم مفتوح
cc-state-closed = انتهى أجل التقديم — التقييم جار
cc-state-results = النتائج منشورة
cc-window = تقديم المذكرات المفاهيمية
cc-casablanca-time = (بتوقيت الدار البيضاء)
cc-themes = المحاور
cc-envelope = الغلاف المالي الإجمالي
cc-ceiling = سقف الدعم لكل مشروع
cc-cofinancing = الحد الأدنى لمساهمة الجمعية (%)
cc-min-age = الأقدمية الدنيا للجمعية (بالسنوات)
cc-fields = مجالات النشاط
cc-any-field = جميع المجالات
cc-tie-break = الترجيح عند تساوي النقط
cc-tie-women_share = أعلى نسبة للنساء بين المستفيدين
cc-tie-lower_request = أقل مبلغ دعم مطلوب
cc-tie-earlier_submission = المذكرة المقدمة أولا
cc-new-note = تقديم مذكرة مفاهيمية
cc-results = الاطلاع على النتائج
cc-grid = شبكة التقييم
cc-criterion = المعيار
cc-weight = الوزن
cc-scale = السلم
cc-guidance = توجيهات
cc-meetings = اللقاءات الإخبارية
cc-no-meetings = لا يوجد لقاء معلن.
cc-registered = { $count } مسجل(ة)
cc-attendance = { $people } مشارك(ة)، { $organisations } منظمة ممثلة
cc-you-registered = أنت مسجل(ة)
cc-register = التسجيل
cc-registered-done = تم تسجيلك.
cc-questions = أسئلة وأجوبة
cc-no-questions = لا توجد أسئلة منشورة.
cc-question = سؤال:
cc-answer = جواب:
cc-ask = طرح سؤال (ينشر الجواب للجميع)
cc-ask-submit = إرسال السؤال
cc-question-sent = تم إرسال سؤالك؛ سينشر الجواب في هذه الصفحة.
cc-results-title = النتائج — { $call }
cc-granted-total = مجموع الدعم الممنوح
cc-rank = الرتبة
cc-note-title = عنوان المشروع
cc-association = الجمعية
cc-total = النقطة الإجمالية (/100)
cc-requested = الدعم المطلوب
cc-outcome = النتيجة
cc-outcome-selected = مقبول
cc-outcome-does_not_fit = غير مقبول: لا يتسع له ما تبقى من الغلاف المالي
cc-ineligible-count = { $count } مذكرة غير مؤهلة.
cc-closes = آخر أجل للتقديم: { $at } (بتوقيت الدار البيضاء).
cc-save-draft = حفظ المسودة
cc-submit-note = تقديم المذكرة (نهائي)
cc-problem = الإشكالية
cc-objectives = الأهداف
cc-beneficiaries = عدد المستفيدين
cc-women-percent = نسبة النساء (%)
cc-youth-percent = نسبة الشباب (%)
cc-activities = الأنشطة
cc-calendar = الجدولة الزمنية
cc-partners = الشركاء
cc-budget-lines = الميزانية (البنود، المبالغ بالدرهم)
cc-line-label = بند الميزانية
cc-line-amount = المبلغ
cc-line-cofinancing = منه مساهمة الجمعية
cc-spent = المصروف
cc-cost = الكلفة الإجمالية
cc-cofinanced = المساهمة
cc-draft-saved = تم حفظ المسودة.
cc-note-status-draft = مسودة
cc-note-status-submitted = مقدمة
cc-note-status-eligible = مؤهلة
cc-note-status-ineligible = غير مؤهلة
cc-note-status-selected = مقبولة
cc-note-status-not_selected = غير مقبولة
cc-note-status-agreed = الاتفاقية موقعة
cc-receipt = وصل الإيداع
cc-receipt-number = رقم الوصل
cc-receipt-note = يثبت هذا الوصل إيداع المذكرة المفاهيمية داخل أجل الدعوة. وقد أرسل أيضا بالبريد الإلكتروني.
cc-submitted-at = تاريخ الإيداع
cc-call = الدعوة
cc-unmet = الشروط غير المستوفاة
cc-unmet-automatic = شروط تظهر المعطيات أنها غير مستوفاة (يؤكدها المقيم)
cc-cond-verified = لم تتحقق الجماعة بعد من ملف الجمعية.
cc-cond-seat_or_branch = ليس للجمعية مقر ولا فرع بالجماعة.
cc-cond-age = لا تتوفر الجمعية على الأقدمية الدنيا المطلوبة في الدعوة.
cc-cond-activity = مجال نشاط الجمعية لا يطابق الدعوة.
cc-cond-ceiling = الدعم المطلوب يتجاوز السقف المحدد لكل مشروع.
cc-cond-envelope = الدعم المطلوب يتجاوز الغلاف المالي للدعوة.
cc-cond-cofinancing = مساهمة الجمعية لا تبلغ النسبة المطلوبة.
cc-cond-budget = الميزانية لا تتضمن أي بند أو أي دعم مطلوب.
cc-cond-documents = الملف غير مكتمل.
cc-result = النتيجة
cc-reason-selected = تم قبول مشروعكم في حدود الغلاف المالي للدعوة.
cc-reason-does_not_fit = لم يقبل مشروعكم: الدعم المطلوب لم يكن يتسع له ما تبقى من الغلاف المالي بعد المشاريع الأعلى ترتيبا.
cc-reason-ineligible = مذكرتكم لم تكن مؤهلة (انظر الشروط غير المستوفاة).
cc-grant = الدعم
cc-agreement = الاتفاقية
cc-signed-on = تاريخ التوقيع
cc-tranche = الشطر
cc-tranche-condition = شرط الصرف
cc-report-due = أجل التقرير
cc-reports = تقارير التقدم والسجل المشترك
cc-no-reports = لا يوجد تقرير بعد.
cc-side-commune = الجماعة
cc-side-association = الجمعية
cc-final-evaluation = التقييم النهائي
cc-new-report = تقرير تقدم جديد
cc-report-narrative = الأنشطة المنجزة
cc-spent-on = المصروف على «{ $line }»
cc-report-submit = إرسال التقرير
cc-report-saved = تم حفظ التقرير.
cc-no-notes = لا توجد مذكرات.
cc-admin-title = الخلق المشترك: دعوات المشاريع
cc-new-call = دعوة جديدة
cc-call-form = الدعوة
cc-title-ar = العنوان (بالعربية)
cc-title-fr = العنوان (بالفرنسية)
cc-text-ar = نص الدعوة (بالعربية)
cc-text-fr = نص الدعوة (بالفرنسية)
cc-envelope-mad = الغلاف المالي الإجمالي (بالدرهم)
cc-ceiling-mad = سقف الدعم لكل مشروع (بالدرهم)
cc-fields-keywords = مجالات النشاط (كلمات مفتاحية مفصولة بفواصل؛ فارغ: الجميع)
cc-opens-at = بداية التقديم
cc-closes-at = نهاية التقديم (بالثانية)
cc-spread-threshold = الفارق بين المقيمين الذي يستوجب التنبيه (نقط)
cc-public-page = الصفحة العمومية
cc-edit-call = تعديل الدعوة
cc-criterion-ar = المعيار (بالعربية)
cc-criterion-fr = المعيار (بالفرنسية)
cc-scale-max = النقطة القصوى
cc-add-criterion = إضافة المعيار
cc-publish = نشر الدعوة (وإدراجها في جدول أعمال المجلس)
cc-published = نشرت الدعوة وأدرجت في جدول أعمال الدورة المقبلة.
cc-add-meeting = إضافة لقاء إخباري
cc-starts-at = البداية
cc-ends-at = النهاية
cc-place-ar = المكان (بالعربية)
cc-place-fr = المكان (بالفرنسية)
cc-attendance-people = المشاركون
cc-attendance-organisations = المنظمات الممثلة
cc-answer-submit = نشر الجواب
cc-answered = نشر الجواب.
cc-notes = المذكرات المفاهيمية المقدمة
cc-ranking = الترتيب والانتقاء المقترح
cc-ranking-note = ترتيب حسب النقطة الإجمالية، والترجيح حسب قاعدة الدعوة؛ الانتقاء في حدود الغلاف المالي: المشروع الذي لا يتسع له الباقي يتجاوز لفائدة الموالي الذي يتسع له.
cc-moderation = التنسيق
cc-spread-flag = فارق للمناقشة
cc-incomplete = معيار بدون نقطة
cc-remaining = الباقي من الغلاف المالي
cc-undecided = { $count } مذكرة في انتظار قرار الأهلية.
cc-publish-results = نشر النتائج (وإحالة الانتقاء على المجلس)
cc-results-published = نشرت النتائج؛ تم إخبار كل جمعية.
cc-founded = تاريخ التأسيس
cc-checklist = التحقق من الأهلية
cc-check-branch = مقر أو فرع بالجماعة (ثابت)
cc-check-activity = مجال النشاط مرتبط بالدعوة
cc-check-documents = الملف مكتمل
cc-decide-eligibility = تسجيل قرار الأهلية
cc-eligibility-done = سجل قرار الأهلية وأرسل إلى الجمعية.
cc-your-scores = تقييمك
cc-conflict-represents = أنت تمثل هذه الجمعية: لا يمكنك تقييمها (تضارب المصالح).
cc-conflict-declared = صرحت بتضارب المصالح: لا يمكنك تقييم هذه المذكرة.
cc-submitted-sheet = قدمت تقييمك:
cc-comment = ملاحظة
cc-save-scores = حفظ
cc-submit-scores = تقديم (نهائي)
cc-declare-conflict = التصريح بتضارب المصالح
cc-conflict-recorded = سجل تضارب المصالح.
cc-scores-saved = حفظت النقط.
cc-scores-submitted = قدم التقييم.
cc-other-sheets = تقييمات المقيمين الآخرين
cc-others-hidden = تظهر نقط المقيمين الآخرين بعد تقديم تقييمك.
cc-sign-agreement = توقيع الاتفاقية
cc-agreement-signed = وقعت الاتفاقية؛ برمجت تذكيرات التقارير.
cc-error-amount = مبلغ غير صالح.
cc-error-ceiling = يجب أن يكون السقف موجبا وألا يتجاوز الغلاف المالي.
cc-error-percent = نسبة بين 0 و100.
cc-error-window = يجب أن تأتي النهاية بعد البداية.
cc-error-weight = عدد صحيح من 1 إلى 100.
cc-error-no-grid = أضف معيارا واحدا على الأقل إلى الشبكة قبل النشر.
cc-error-late = انتهى أجل التقديم في هذه الدعوة: لم يعد بالإمكان تقديم المذكرة.
cc-error-not-open = لم يفتح بعد باب التقديم في هذه الدعوة.
cc-error-locked = سبق تقديم هذه المذكرة: لم يعد بالإمكان تعديلها.
cc-error-line = يجب أن يكون لكل بند عنوان ومبلغ موجب ومساهمة لا تتجاوز المبلغ.
cc-error-no-lines = أضف بندا واحدا على الأقل إلى الميزانية.
cc-error-no-association = لا يمكن القيام بذلك إلا لممثل جمعية مسجلة.
cc-error-association-unverified = يجب أن تتحقق الجماعة أولا من ملف جمعيتكم.
cc-error-meeting-past = سبق انعقاد هذا اللقاء.
cc-error-attendance = أعداد موجبة؛ لا يتجاوز عدد المنظمات عدد المشاركين.
cc-error-not-scorable = لا يمكن تنقيط إلا مذكرة مؤهلة في دعوة قيد التقييم.
cc-error-submitted = سبق تقديم تقييمك.
cc-error-score = نقطة صحيحة بين 0 والحد الأقصى للمعيار.
cc-error-window-open = لا يمكن نشر النتائج إلا بعد انتهاء أجل التقديم.
cc-error-undecided = يجب البت في أهلية جميع المذكرات قبل النشر.
cc-error-tranches = يجب أن يساوي مجموع الأشطر الدعم الممنوح بالضبط.
cc-error-tranche-condition = يجب أن يكون لكل شطر شرط صرفه.
cc-mail-receipt-subject = الوصل { $number } — تم إيداع المذكرة المفاهيمية
cc-mail-receipt-body = السلام عليكم،

    تم إيداع مذكرتكم المفاهيمية «{ $title }» في إطار الدعوة «{ $call }».
    رقم الوصل: { $number }. لم يعد بالإمكان تعديلها.
    الوصل القابل للطباعة: { $link }
cc-mail-eligible-subject = مذكرتكم المفاهيمية مؤهلة
cc-mail-eligible-body = السلام عليكم،

    مذكرتكم «{ $title }» مؤهلة؛ وستخضع للتقييم.
    { $link }
cc-mail-ineligible-subject = مذكرتكم المفاهيمية غير مؤهلة
cc-mail-ineligible-body = السلام عليكم،

    مذكرتكم «{ $title }» غير مؤهلة للأسباب التالية:
    { $reasons }
    { $link }
cc-mail-result-subject = نتائج دعوة مشاريع الخلق المشترك
cc-mail-selected-body = السلام عليكم،

    تم قبول مشروعكم «{ $title }» (الرتبة { $rank }، النقطة { $total }/100)، بدعم قدره { $amount } درهم.
    ستتصل بكم الجماعة من أجل الاتفاقية.
    { $link }
cc-mail-not-selected-body = السلام عليكم،

    لم يقبل مشروعكم «{ $title }» (الرتبة { $rank }، النقطة { $total }/100): الدعم المطلوب ({ $amount } درهم) لم يكن يتسع له الباقي من الغلاف المالي ({ $remaining } درهم) بعد المشاريع الأعلى ترتيبا.
    { $link }
cc-mail-ineligible-result-body = السلام عليكم،

    لم تقيم مذكرتكم «{ $title }» لأنها لم تكن مؤهلة:
    { $reasons }
    { $link }
cc-mail-agreement-subject = توقيع اتفاقية الخلق المشترك
cc-mail-agreement-body = السلام عليكم،

    تم توقيع اتفاقية المشروع «{ $title }»، بدعم قدره { $amount } درهم.
    الأشطر وشروطها وآجال التقارير: { $link }
cc-mail-report-reminder-subject = تذكير: تقرير التقدم منتظر في { $due }
cc-mail-report-reminder-body = السلام عليكم،

    تقرير تقدم المشروع «{ $title }» منتظر في { $due }.
    { $link }
cc-mail-answer-subject = جواب على سؤالكم حول دعوة المشاريع
cc-mail-answer-body = السلام عليكم،

    أجابت الجماعة على سؤالكم؛ الجواب منشور للجميع:
    { $link }
cc-documents = وثائق الدعوة
cc-document = وثيقة (PDF)
cc-attach = إرفاق
cc-attachments = المرفقات
cc-attachment = مرفق (PDF أو صورة)
cc-agenda-selection-title = نتائج { $title }
