# Issue 16 (items 9–13) and the petitions part of issue 18: one ballot per person, an
# association's branch and final receipt, the stored placement, the postponed state.

## One ballot per person per cycle, whatever the channel
lp-ballot-cin = رقم البطاقة الوطنية للتعريف
lp-ballot-cin-why = صوت واحد لكل شخص في كل دورة، عبر الإنترنت أو على الورق. لا يحفظ رقم بطاقتك إلا في شكل بصمة مشفرة لا يمكن قراءتها، لهذا التحقق وحده، ولا يظهر في أي مكان (القانون 09.08).
lp-ballot-cin-required = أدخل رقم البطاقة الوطنية للمصوت: صوت واحد لكل شخص.
lp-ballot-cin-voted-online = سبق لحامل هذه البطاقة الوطنية أن صوت عبر الإنترنت في هذه الدورة: صوت واحد لكل شخص مهما كانت الوسيلة.
lp-ballot-cin-voted-paper = سبق لحامل هذه البطاقة الوطنية أن صوت على الورق في هذه الدورة: صوت واحد لكل شخص مهما كانت الوسيلة.
lp-ballot-cin-differs = هذا الرقم ليس رقم البطاقة الوطنية المسجل في ورقة تصويتك.

## An association's seat or branch (art. 124) and final receipt (decree 2.16.403 art. 4)
lp-branch-help = إذا كان مقر الجمعية بجماعة أخرى، اذكر عنوان فرعها بهذه الجماعة (المادة 124: مقر أو فرع بالجماعة).
lp-branch-address = عنوان فرع الجمعية بالجماعة
lp-receipt-help = الوصل النهائي هو المصرح برقمه وتاريخه في ملف الجمعية المصادق عليه؛ يمكنك إرفاق نسخة منه ليطابقها المكتب.
lp-receipt-copy = نسخة من الوصل النهائي (PDF)
lp-receipt-link = نسخة الوصل النهائي
lp-error-seat-or-branch = يوجد مقر الجمعية بجماعة أخرى: اذكر عنوان فرعها بهذه الجماعة قبل الإيداع (المادة 124: مقر أو فرع بالجماعة).
lp-error-final-receipt = لا يثبت ملف الجمعية وصلا نهائيا صالحا في تاريخ الإيداع: يجب أن يكون رقمه وتاريخه مصرحا بهما في ملف مصادق عليه، وتاريخه سابقا للإيداع (المرسوم 2.16.403، المادة 4).

## A petition postponed by the council (art. 125)
lp-postponed-lead = أجل المجلس دراسة هذه العريضة: لم يبت فيها بعد، وتبقى مدرجة في جدول أعمال دورة لاحقة (المادة 125).
lp-postponed-reason = سبب التأجيل كما سجله المجلس:
lp-postponed-to = تدرس في الدورة التي تفتتح في { $date }.

## Overdue, never a negative count (art. 125)
lp-review-deadline-overdue = كان قرار المكتب منتظرا في أجل أقصاه { $date }: العريضة متأخرة بـ { $days } يوما (المادة 125).
lp-referred-to = أحيلت للدراسة على { $committee } (المادة 125).
