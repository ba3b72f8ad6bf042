## مشاركة — الرسائل بالعربية. كل معرّف هنا يجب أن يوجد أيضا في fr.ftl.

app-name = مشاركة
app-tagline = المشاركة المواطنة في جماعات المغرب
lang-name = العربية
skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-communes = الجماعات
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-register = إنشاء حساب
nav-profile = حسابي
nav-admin = الإدارة
nav-language = اللغة
footer-text = مشاركة — منصة المشاركة المواطنة (القانون التنظيمي 113.14، المواد 119 إلى 125).

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = ماي
month-6 = يونيو
month-7 = يوليوز
month-8 = غشت
month-9 = شتنبر
month-10 = أكتوبر
month-11 = نونبر
month-12 = دجنبر

members-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوا
   *[other] { $count } عضو
}
communes-count = { $count ->
    [zero] لا جماعات
    [one] جماعة واحدة
    [two] جماعتان
    [few] { $count } جماعات
    [many] { $count } جماعة
   *[other] { $count } جماعة
}

## الأخطاء
error-not_found = هذه الصفحة غير موجودة.
error-commune_not_found = هذه الجماعة غير موجودة على المنصة.
error-unauthenticated = يرجى تسجيل الدخول للمتابعة.
error-forbidden = لا تملك صلاحية القيام بهذا الإجراء.
error-invalid_input = بعض الحقول تحتاج إلى تصحيح.
error-csrf_invalid = انتهت صلاحية الاستمارة. أعد تحميل الصفحة وحاول مرة أخرى.
error-rate_limited = محاولات كثيرة. يرجى الانتظار دقيقة قبل المحاولة من جديد.
error-email_taken = يوجد حساب بهذا العنوان الإلكتروني.
error-invalid_credentials = العنوان الإلكتروني أو كلمة المرور غير صحيحة.
error-email_not_confirmed = يرجى أولا تأكيد عنوانك الإلكتروني: أرسلنا إليك الرابط.
error-token_invalid = هذا الرابط لم يعد صالحا. اطلب رابطا جديدا.
error-upload_too_large = حجم الملف كبير جدا.
error-upload_type = نوع الملف غير مقبول (PDF أو PNG أو JPEG).
error-payload_too_large = حجم الطلب كبير جدا.
error-conflict = تم هذا الإجراء من قبل أو يتعارض مع إجراء آخر.
error-busy = الخدمة مشغولة حاليا. أعد المحاولة بعد لحظة.
error-unavailable = الخدمة غير متاحة مؤقتا.
error-internal = حدث خطأ غير متوقع وتم تسجيله.
error-title = خطأ { $status }
error-back-home = العودة إلى الرئيسية

## أخطاء الحقول
field-required = هذا الحقل إلزامي.
field-email = عنوان إلكتروني غير صالح.
field-password-short = 10 أحرف على الأقل.
field-too-long = النص طويل جدا.
field-number = عدد غير صالح.
field-date = تاريخ غير صالح (سنة-شهر-يوم).
field-choice = اختيار غير صالح.
form-has-errors = تتضمن الاستمارة أخطاء، انظر الحقول المعلّمة.

## الصفحة الوطنية
home-title = الجماعات على منصة مشاركة
home-petitions = العرائض في جميع الجماعات
home-intro = اختر جماعتك لتتبع مجلسها، وإيداع العرائض أو التوقيع عليها، والمشاركة في ميزانيتها التشاركية.
commune-population = { $population } نسمة (إحصاء { $year })
commune-arrondissements = جماعة ذات نظام المقاطعات
col-commune = الجماعة
col-province = الإقليم
col-region = الجهة
col-population = عدد السكان

## الصفحة الرئيسية للجماعة
commune-council = المجلس الجماعي
commune-council-sessions = دورات المجلس ومقرراته
commune-committees = اللجان الدائمة
commune-contact = الاتصال
commune-address = العنوان
commune-phone = الهاتف
commune-email = البريد الإلكتروني
commune-no-members = لم يسجل أي عضو بعد.
commune-no-committees = لم تسجل أي لجنة بعد.
committee-chair = الرئاسة: { $name }
committee-members = الأعضاء
role-president = الرئيس(ة)
role-vice_president = نائب(ة) الرئيس
role-vice_president-rank = النائب(ة) { $rank } للرئيس
role-secretary = كاتب(ة) المجلس
role-deputy_secretary = نائب(ة) كاتب المجلس
role-member = عضو(ة)
gender-female = امرأة
gender-male = رجل
member-group = الفريق: { $group }
member-term = الانتداب منذ { $start }

## الحسابات
register-title = إنشاء حساب
register-intro = يتيح لك الحساب التوقيع على العرائض والتصويت وتمثيل جمعية.
field-name = الاسم الكامل
field-email-label = البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل.
field-commune = جماعة الإقامة
field-lang = اللغة المفضلة
field-none = — لا شيء —
register-submit = إنشاء حسابي
register-done-title = تفقد بريدك الإلكتروني
register-done = أرسلنا رابط التأكيد إلى { $email }. الرابط صالح لمدة 48 ساعة.
login-title = تسجيل الدخول
login-submit = دخول
login-forgot = نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟
confirm-title = تأكيد عنوانك الإلكتروني
confirm-intro = اضغط على الزر لتأكيد عنوانك الإلكتروني وتفعيل حسابك.
confirm-button = أؤكد عنواني
confirm-done = تم تأكيد عنوانك الإلكتروني. يمكنك الآن تسجيل الدخول.
confirm-resend = إعادة إرسال رابط التأكيد
forgot-title = نسيت كلمة المرور
forgot-intro = أدخل عنوانك الإلكتروني: إذا كان هناك حساب، سنرسل إليه رابطا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-done = إذا كان هناك حساب بهذا العنوان فقد أرسلنا إليه رابطا صالحا لمدة ساعتين.
reset-title = كلمة مرور جديدة
reset-submit = حفظ كلمة المرور
reset-done = تم تغيير كلمة المرور. يمكنك تسجيل الدخول.
profile-title = حسابي
profile-saved = تم حفظ معلوماتك.
profile-submit = حفظ
profile-roles = أدواري
profile-no-roles = لا دور لك في أي جماعة.
profile-platform-admin = مدير المنصة
profile-email-confirmed = العنوان مؤكد
profile-email-unconfirmed = العنوان غير مؤكد
logout-done = تم تسجيل خروجك.
profile-password = كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
profile-password-submit = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور. أُغلقت جلساتك الأخرى.
profile-sessions = الجلسات
profile-sessions-hint = أغلق جميع جلساتك، على هذا الجهاز وعلى كل الأجهزة الأخرى (حاسوب عمومي، هاتف ضائع).
profile-sessions-end = تسجيل الخروج من كل الأجهزة
sessions-ended = أُغلقت جميع جلساتك. سجّل الدخول من جديد.

## الأدوار
role-name-admin = نقطة الارتكاز للمشاركة (الإدارة)
role-name-secretariat = كتابة المجلس
role-name-bureau = مكتب المجلس
role-name-body_secretary = كتابة هيئة استشارية
role-name-reviewer = الدراسة التقنية (الميزانية التشاركية)
role-name-evaluator = التقييم (الخلق المشترك)

## الجمعيات
association-title = جمعيتي
association-intro = مثّل جمعية لتقديم العرائض (المادة 124) والاستجابة لدعوات المشاريع. تتحقق مصالح جماعة المقر من ملفك.
field-name-ar = الاسم بالعربية
field-name-fr = الاسم بالفرنسية
field-receipt-number = رقم الوصل النهائي
field-receipt-date = تاريخ الوصل
field-founded-on = تاريخ التأسيس
field-seat-commune = جماعة المقر
field-activity = مجال النشاط
field-statutes = النظام الأساسي (PDF، 5 ميغابايت على الأكثر)
association-submit = إرسال الملف
association-status-pending = في انتظار التحقق
association-status-verified = تم التحقق
association-status-rejected = مرفوض: { $reason }
association-tab-pending = في الانتظار
association-tab-verified = تم التحقق منها
association-tab-rejected = مرفوضة
association-saved = تم إرسال ملف الجمعية للتحقق.
association-statutes-link = الاطلاع على النظام الأساسي

## البريد
mail-confirm-subject = تأكيد عنوانك الإلكتروني — مشاركة
mail-confirm-body = مرحبا { $name }،

    لتأكيد عنوانك وتفعيل حسابك على منصة مشاركة، افتح هذا الرابط (صالح لمدة 48 ساعة):
    { $link }

    إذا لم تقم بإنشاء حساب، تجاهل هذه الرسالة.
mail-reset-subject = كلمة مرور جديدة — مشاركة
mail-reset-body = مرحبا { $name }،

    لاختيار كلمة مرور جديدة، افتح هذا الرابط (صالح لمدة ساعتين):
    { $link }

    إذا لم تطلب ذلك، تجاهل هذه الرسالة: كلمة مرورك لن تتغير.
mail-register-taken-subject = محاولة تسجيل بعنوانك — مشاركة
mail-register-taken-body = مرحبا { $name }،

    حاول شخص ما للتو إنشاء حساب على منصة مشاركة بعنوانك، وله حساب من قبل. لم يُنشأ أي حساب.
    إذا كنت أنت ونسيت كلمة مرورك، اختر كلمة مرور جديدة من هنا:
    { $link }

    وإلا فتجاهل هذه الرسالة: حسابك لن يتغير.
mail-association-subject = جمعيتك على منصة مشاركة
mail-association-verified = مرحبا { $name }،

    تحققت الجماعة من ملف جمعية «{ $association }». يمكنك الآن التصرف باسمها.
mail-association-rejected = مرحبا { $name }،

    لم يُقبل ملف جمعية «{ $association }» للسبب التالي:
    { $reason }

    يمكنك تصحيح الملف وإرساله من جديد.

## الإدارة
admin-title = الإدارة — { $commune }
admin-dashboard = لوحة القيادة
admin-commune = بطاقة الجماعة
admin-council = المجلس (الكتابة)
admin-petitions = العرائض (المكتب)
admin-members = أعضاء المجلس
admin-committees = اللجان
admin-associations = الجمعيات
admin-roles = الأدوار
admin-audit = سجل القرارات
admin-saved = تم حفظ التعديلات.
admin-deleted = تم الحذف.
admin-pending-associations = { $count ->
    [zero] لا جمعيات في انتظار التحقق.
    [one] جمعية واحدة في انتظار التحقق.
    [two] جمعيتان في انتظار التحقق.
    [few] { $count } جمعيات في انتظار التحقق.
    [many] { $count } جمعية في انتظار التحقق.
   *[other] { $count } جمعية في انتظار التحقق.
}
admin-edit = تعديل
admin-delete = حذف
admin-add = إضافة
admin-save = حفظ
admin-cancel = إلغاء
admin-actions = إجراءات
field-region-ar = الجهة (بالعربية)
field-region-fr = الجهة (بالفرنسية)
field-province-ar = الإقليم (بالعربية)
field-province-fr = الإقليم (بالفرنسية)
field-name-tzm = الاسم بالأمازيغية (اختياري)
field-population = عدد السكان
field-census-year = سنة الإحصاء
field-has-arrondissements = جماعة ذات نظام المقاطعات
field-phone = الهاتف
field-address-ar = العنوان (بالعربية)
field-address-fr = العنوان (بالفرنسية)
field-logo = الشعار (PNG أو JPEG)
field-gender = الجنس
field-role = الصفة
field-vice-rank = الرتبة (نائب الرئيس)
field-group = الفريق السياسي (اختياري)
field-term-start = بداية الانتداب
field-term-end = نهاية الانتداب (اختياري)
field-chair = رئيس(ة) اللجنة
field-committee-members = أعضاء اللجنة
member-new = عضو جديد
committee-new = لجنة جديدة
committee-limit = يضم المجلس من لجنتين إلى خمس لجان دائمة (المادة 25).
associations-none = لا توجد جمعية مقرها في هذه الجماعة.
association-verify = تأكيد
association-reject = رفض
field-reason = السبب
col-name = الاسم
col-status = الحالة
col-email = البريد الإلكتروني
col-role = الدور
col-date = التاريخ
col-action = الإجراء
col-target = الموضوع
col-actor = المنفذ
roles-grant = منح دور
roles-revoke = سحب
roles-none = لم يمنح أي دور.
roles-account-email = البريد الإلكتروني للحساب
audit-none = لم يسجل أي قرار.
pagination-previous = السابق
pagination-next = التالي
pagination-page = الصفحة { $page }
search-label = بحث
search-submit = بحث

## Platform administration (national directorate)
nav-platform = إدارة المنصة
platform-title = إدارة المنصة
platform-intro = جميع جماعات المنصة، وإحداث جماعة جديدة.
platform-communes = الجماعات
platform-commune-new = جماعة جديدة
platform-commune-create = إحداث الجماعة
platform-commune-created = أُحدثت الجماعة.
platform-no-communes = لا توجد جماعة مطابقة.
platform-first-admin = المسؤول الأول (اختياري)
platform-first-admin-help = عنوان حساب موجود يُمنح دور مسؤول الجماعة.
field-slug = العنوان في الموقع
field-slug-help = حروف لاتينية صغيرة وأرقام وشرطات، مثل sidi-ifni؛ لا يتغير بعد الإحداث.
slug-invalid = عنوان غير صالح: حروف لاتينية صغيرة وأرقام وشرطات فقط (من 2 إلى 63 حرفا)، ولا يكون كلمة محجوزة.
account-unknown = لا يوجد حساب بهذا العنوان: على صاحبه أن يُنشئ حسابا أولا.
slug-taken = هذا العنوان مستعمل من طرف جماعة أخرى.
col-created = تاريخ الإحداث
col-role-holders = أصحاب الأدوار

## A commune's home for participation (issue 18)
home-sections = أقسام الجماعة
home-open-now = مفتوح الآن للمشاركة
home-nothing-open = لا شيء مفتوح للمشاركة في الوقت الحالي: تصفحوا الأقسام أعلاه.
home-kind-petition = عريضة
home-kind-consultation = استشارة عمومية
home-kind-call = طلب مشاريع
home-kind-information = الحصول على المعلومات
home-information-text = اطلبوا وثيقة أو معلومة في حوزة الجماعة (القانون 31.13).
home-signatures = { $count ->
    [zero] لا توقيعات
    [one] توقيع واحد
    [two] توقيعان
    [few] { $count } توقيعات
   *[other] { $count } توقيعا
}
home-ballots = { $count ->
    [zero] لا أوراق تصويت بعد
    [one] ورقة تصويت واحدة
    [two] ورقتا تصويت
    [few] { $count } أوراق تصويت
   *[other] { $count } ورقة تصويت
}
home-until = إلى غاية { $date }
home-next-session = الدورة المقبلة للمجلس
home-session-dates = من { $start } إلى { $end }
home-in-days = { $days ->
    [0] اليوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days } أيام
   *[other] بعد { $days } يوما
}
home-latest-deliberations = آخر المقررات
home-answers = الأجوبة على العرائض
home-no-answers = لم تتلق أي عريضة جوابا بعد.
home-figures = المشاركة بالأرقام
home-fig-petitions = عرائض مودعة
home-fig-signatures = توقيعات
home-fig-ballots = أوراق تصويت (الميزانية التشاركية)
home-fig-members = أعضاء المجلس
home-bureau = المكتب

## Footer, privacy notice (law 09.08), accessibility statement, legal information
footer-nav = معلومات عن الموقع
footer-privacy = المعطيات الشخصية
footer-accessibility = الولوجيات
footer-legal = معلومات قانونية
notices-privacy-title = المعطيات الشخصية
notices-privacy-controller = جماعة { $commune } هي المسؤولة عن المعطيات الشخصية التي تعالج في صفحاتها (القانون 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي).
notices-privacy-controller-national = كل جماعة مسؤولة عن المعطيات الشخصية التي تعالج في صفحاتها: صفحة «المعطيات الشخصية»، أسفل كل صفحة من صفحاتها، تعطي عنوان الاتصال بها (القانون 09.08).
notices-privacy-what-title = ما يتم جمعه ولماذا
notices-privacy-account = حسابكم: الاسم والبريد الإلكتروني وكلمة المرور (محفوظة بشكل لا يسمح بقراءتها) واللغة، للتعرف عليكم ومراسلتكم.
notices-privacy-petition = توقيع عريضة: الاسم ورقم البطاقة الوطنية والعنوان والتسجيل في اللوائح الانتخابية، كما يشترطها القانون التنظيمي 113.14 (المواد 121 إلى 125) للتحقق من العريضة. رقم البطاقة مشفر؛ ولا يطلع على هذه المعطيات إلا مكتب المجلس ووكيل العريضة، ولا تنشر أبدا.
notices-privacy-vote = التصويت في الميزانية التشاركية: حسابكم أو رقم بطاقتكم، حتى لا يصوت الشخص إلا مرة واحدة. لا تنشر الاختيارات إلا في شكل مجاميع.
notices-privacy-writing = المقترحات والتعليقات والأسئلة وطلبات الحصول على المعلومات (القانون 31.13): ما تكتبونه والاسم الذي تختارون إظهاره، للرد عليكم.
notices-privacy-technical = معطيات تقنية: عنوان IP، يحفظ لمدة قصيرة للحد من التجاوزات؛ ملفا ارتباط (كوكيز) فقط، للجلسة واللغة. لا كوكيز إشهارية ولا لقياس الزيارات.
notices-privacy-how-long-title = مدة الحفظ
notices-privacy-how-long = تمحى معطيات الموقعين على عريضة بعد { $months } شهرا من القرار النهائي. يحفظ حسابكم إلى أن تحذفوه. ما تنشرونه يبقى عموميا مع ما تقرر بشأنه.
notices-privacy-who-title = من يطلع عليها
notices-privacy-who = مصالح الجماعة المكلفة بكل مسطرة، ومكتب المجلس بالنسبة للعرائض. لا يباع شيء ولا يفوت، ولا ينقل شيء إلى الخارج.
notices-privacy-rights-title = حقوقكم ومن تتصلون به
notices-privacy-rights = يمكنكم طلب الولوج إلى معطياتكم أو تصحيحها أو التعرض على معالجتها (القانون 09.08، المواد 7 إلى 9) بالكتابة إلى جهة الاتصال أدناه. ويمكنكم أيضا اللجوء إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي (www.cndp.ma).
notices-privacy-contact = المسؤول عن المعطيات الشخصية
notices-contact-missing = عنوان الاتصال العام بالجماعة
notices-cndp = مرجع التصريح لدى اللجنة الوطنية (CNDP)
notices-field-privacy-email = البريد الإلكتروني الخاص بالمعطيات الشخصية
notices-field-privacy-phone = الهاتف الخاص بالمعطيات الشخصية
notices-accessibility-title = الولوجيات
notices-accessibility-intro = يسعى هذا الموقع إلى المستوى AA من قواعد WCAG 2.1، بالعربية والفرنسية والأمازيغية، على الهاتف كما على الحاسوب، مع JavaScript أو بدونه.
notices-accessibility-status = الوضعية: مطابقة جزئية. الصفحات الأكثر استعمالا (الصفحة الرئيسية للجماعة، العريضة، التصويت ونتائج الميزانية التشاركية) يتم فحصها آليا (axe-core) بعرض 360 و1280 بكسل.
notices-accessibility-limits = حدود معروفة: قد لا تكون بعض الوثائق التي ترفقها الجماعة (PDF، صور) قابلة للولوج؛ بعض صفحات التدبير متوفرة بالعربية والفرنسية فقط.
notices-accessibility-email = التبليغ عن مشكل في الولوجيات
notices-accessibility-contact = هل يمنعكم عائق من الوصول إلى محتوى أو خدمة؟ راسلونا: سنجيبكم ونوفر لكم المحتوى بشكل آخر.
notices-legal-title = معلومات قانونية
notices-legal-publisher-title = الناشر
notices-legal-publisher = تنشر هذا الموقع جماعة { $commune }.
notices-legal-publisher-national = تنشر كل جماعة صفحاتها الخاصة؛ وتجمعها منصة مشاركة.
notices-legal-director = مدير النشر
notices-legal-host = الإيواء
notices-legal-software-title = البرنامج
notices-legal-software = مشاركة، منصة المشاركة المواطنة للجماعات (القانون التنظيمي 113.14، المواد 119 إلى 125).
notices-admin-tab = جهات الاتصال والبيانات
notices-admin-intro = تظهر جهات الاتصال هذه في صفحات الجماعة:

## Deadlines that passed
days-overdue = { $days ->
    [one] متأخر بيوم واحد
    [two] متأخر بيومين
    [few] متأخر بـ { $days } أيام
   *[other] متأخر بـ { $days } يوما
}
field-opposition = عضو(ة) في المعارضة (المادة 27)
member-opposition = المعارضة
field-committee-purpose = الغرض (المادة 25)
committee-purpose-budget_finance = الميزانية والشؤون المالية والبرمجة (لجنة إلزامية)
committee-purpose-public_services = المرافق العمومية والخدمات (لجنة إلزامية)
committee-purpose-other = غرض آخر يحدده النظام الداخلي
committee-chair-opposition = رئاسة مخصصة للمعارضة (المادة 27)
committee-error-chair-member = يختار رئيس اللجنة من بين أعضائها، فهو مقرر أشغالها (المادتان 25 و28).
committee-error-purpose-taken = للمجلس لجنة دائمة لهذا الغرض: يحدث لجنة واحدة للميزانية والشؤون المالية والبرمجة ولجنة واحدة للمرافق العمومية والخدمات (المادة 25).
committee-problem-too-few = يحدث المجلس لجنتين دائمتين على الأقل (المادة 25).
committee-problem-too-many = لا يتجاوز عدد اللجان الدائمة خمسا (المادة 25).
committee-problem-missing-budget_finance = لا توجد لجنة دائمة للميزانية والشؤون المالية والبرمجة، وهي إلزامية (المادة 25).
committee-problem-missing-public_services = لا توجد لجنة دائمة للمرافق العمومية والخدمات، وهي إلزامية (المادة 25).
committee-problem-opposition-chair = تخصص رئاسة إحدى اللجان الدائمة للمعارضة، ولا يرأس أي عضو من المعارضة لجنة دائمة (المادة 27).
