# واجهة Glosa باللغة العربية. المعرّفات هي نفسها في الكتالوج الإنجليزي
# (assets/i18n/en/glosa.ftl) الذي يشرح الأعراف المتبعة.
# الأرقام بالأرقام الغربية (0-9) كما في أغلب واجهات البرامج.

## الإجراءات: القوائم واختصارات لوحة المفاتيح والتلميحات

action-open-document = فتح مستند…
action-open-annotations = فتح التعليقات التوضيحية…
action-save = حفظ
action-save-as = حفظ باسم…
action-export = تصدير…
action-quit = خروج
action-undo = تراجع
action-redo = إعادة
action-copy = نسخ
action-delete-highlight = حذف التظليل
action-find = بحث…
action-find-next = البحث عن التالي
action-find-previous = البحث عن السابق
action-clear-selection = إلغاء التحديد؛ إغلاق شريط البحث
action-larger-text = تكبير النص
action-smaller-text = تصغير النص
action-toggle-theme = سمة فاتحة / داكنة
action-help = اختصارات لوحة المفاتيح
action-page-down = التمرير شاشة إلى الأسفل
action-page-up = التمرير شاشة إلى الأعلى
action-line-down = التمرير إلى الأسفل
action-line-up = التمرير إلى الأعلى
action-top = بداية المستند
action-bottom = نهاية المستند
action-toggle-caret = التصفح بالمؤشر: تحريك مؤشر بالمفاتيح
action-go-to-paragraph = الانتقال إلى فقرة…
action-next-panel = اللوحة التالية
action-previous-panel = اللوحة السابقة
action-next-annotation = التعليق التالي
action-previous-annotation = التعليق السابق

## القوائم

menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-help = مساعدة
menu-open-recent = فتح ملف حديث
menu-recent-empty = (لا شيء بعد)
menu-language = اللغة
menu-language-system = لغة النظام ({ $language })
menu-version = Glosa { $version }

## شريط الحالة

status-paragraphs =
    { $count ->
        [zero] لا فقرات
        [one] فقرة واحدة
        [two] فقرتان
        [few] { $count } فقرات
        [many] { $count } فقرة
       *[other] { $count } فقرة
    }
status-annotations =
    { $count ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $count } تعليقات
        [many] { $count } تعليقًا
       *[other] { $count } تعليق
    }
status-need-review = (تحتاج إلى مراجعة: { $count })
status-document = المستند: { $path }
status-unsaved = غير محفوظ
status-saved = محفوظ
status-no-document = لا يوجد مستند مفتوح

## لوحة الوسوم

tags-heading = أصحاب المصلحة
tags-no-document = لا يوجد مستند مفتوح.
tags-hint-selection = انقر على فئة أو اضغط رقمها لوسم النص المحدد.
tags-hint-selected = انقر على فئة أو اضغط رقمها لإضافتها إلى التظليل المحدد أو إزالتها منه.
tags-hint-none = حدّد نصًا في المستند، ثم انقر على فئة أو اضغط رقمها.
tags-visibility-tooltip = إظهار تظليلات هذه الفئة أو إخفاؤها
tags-show = إظهار { $label }
tags-edit = إعادة التسمية، تغيير اللون…
tags-move-up = نقل إلى الأعلى
tags-move-down = نقل إلى الأسفل
tags-delete = حذف…
tags-filter-only = إظهار هذه الفئة وحدها في القائمة
tags-add = + إضافة وسم…
tags-context-hint = انقر بالزر الأيمن على فئة لإعادة تسميتها أو تغيير لونها أو ترتيبها أو حذفها.
tags-chip = الوسم { $label }
tags-unknown = { $tag } (وسم غير معروف)
tags-none = (بلا وسم)

## أصحاب المصلحة في القمة العالمية لمجتمع المعلومات (برنامج عمل تونس لمجتمع المعلومات، 2005، الفقرتان 35 و36)

wsis-governments = الحكومات
    .description = الدول: سلطة تقرير السياسات العامة المتعلقة بالإنترنت حق سيادي للدول (برنامج عمل تونس، الفقرة 35 أ).
wsis-private-sector = القطاع الخاص
    .description = القطاع الخاص: دور مهم في تطوير الإنترنت في الميدانين التقني والاقتصادي على السواء (برنامج عمل تونس، الفقرة 35 ب).
wsis-civil-society = المجتمع المدني
    .description = المجتمع المدني: دور مهم في المسائل المتعلقة بالإنترنت، ولا سيما على مستوى المجتمعات المحلية (برنامج عمل تونس، الفقرة 35 ج).
wsis-intergovernmental-organizations = المنظمات الحكومية الدولية
    .description = المنظمات الحكومية الدولية: دور تيسيري في تنسيق قضايا السياسات العامة المتعلقة بالإنترنت (برنامج عمل تونس، الفقرة 35 د).
wsis-international-organizations = المنظمات الدولية
    .description = المنظمات الدولية: دور في وضع المعايير التقنية والسياسات ذات الصلة المتعلقة بالإنترنت (برنامج عمل تونس، الفقرة 35 هـ).
wsis-technical-academic-community = الأوساط الأكاديمية والتقنية
    .description = الأوساط الأكاديمية والتقنية ضمن فئات أصحاب المصلحة هذه: إسهامها القيّم في تطور الإنترنت وتشغيلها وتنميتها (برنامج عمل تونس، الفقرة 36).

## قائمة التعليقات ومحرر الملاحظة

annotations-heading = التعليقات
annotations-heading-count = التعليقات ({ $count })
filter-group = الفئة
filter-all-groups = كل الفئات
filter-status = الحالة
filter-any-status = أي حالة
filter-text-hint = التصفية حسب النص أو الملاحظة أو الكاتب
anchor-anchored = مثبّت
anchor-moved = منقول
anchor-orphaned = يتيم
annotations-none-match = لا يوجد تعليق مطابق.
annotation-moved = منقول: يحتاج إلى مراجعة
annotation-orphaned = يتيم
annotation-note-preview = ملاحظة: { $note }
annotation-row = تعليق { $paragraph }: { $quote }
note-heading = التظليل المحدد
note-tag-remove = انقر لإزالة هذه الفئة
note-tag-add = انقر لإضافة هذه الفئة
note-meta = { $author } · { $created }
note-hint = ملاحظة (تُحفظ مع التظليل)
note-label = ملاحظة

## شريط البحث

find-label = بحث
find-hint = نص في المستند
find-previous = السابق
find-next = التالي
find-tag-all = وسم كل النتائج بـ…
find-close = إغلاق
find-close-tooltip = إغلاق (Escape)
find-match-case = Aa
    .tooltip = مطابقة حالة الأحرف (وإلا فإن «Túnez» تعثر على «TÚNEZ»)
find-match-diacritics = á
    .tooltip = مطابقة علامات التشكيل والحركات العربية (وإلا فإن «كتب» تعثر على «كَتَبَ»، و«Tunez» على «Túnez»)
find-match-width = Ａ
    .tooltip = التمييز بين الأشكال كاملة العرض ونصف العرض (وإلا فإن «ＷＳＩＳ» تعثر على «WSIS»)
find-hits = { $position } / { $count }

## مربعات الحوار

button-ok = موافق
button-cancel = إلغاء
button-close = إغلاق
button-delete = حذف
button-save = حفظ
button-discard = تجاهل
button-save-as = حفظ باسم…
button-overwrite = استبدال
button-export = تصدير…
button-go = انتقال
dialog-delete-tag = حذف الوسم «{ $label }»؟
dialog-delete-tag-count =
    { $count ->
        [0] لا يستخدمه أي تعليق.
        [one] سيفقد تعليق واحد هذا الوسم (يبقى التظليل وملاحظته).
        [two] سيفقد تعليقان هذا الوسم (تبقى التظليلات وملاحظاتها).
        [few] ستفقد { $count } تعليقات هذا الوسم (تبقى التظليلات وملاحظاتها).
        [many] سيفقد { $count } تعليقًا هذا الوسم (تبقى التظليلات وملاحظاتها).
       *[other] سيفقد { $count } تعليق هذا الوسم (تبقى التظليلات وملاحظاتها).
    }
dialog-undo-hint = يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.
dialog-unsaved-quit = حفظ التغييرات قبل الإغلاق؟
dialog-unsaved-quit-text = في تعليقاتك تغييرات غير محفوظة.
dialog-unsaved-open = حفظ التغييرات أولًا؟
dialog-unsaved-open-text = في تعليقاتك تغييرات غير محفوظة. هل تريد حفظها قبل فتح ملف آخر؟
dialog-conflict = تغيّر ملف التعليقات على القرص
dialog-conflict-text = حفظ برنامج آخر (أو زميل) { $file } بعد أن فتحه Glosa، ولديك تغييرات غير محفوظة هنا.
dialog-help = اختصارات لوحة المفاتيح
dialog-export = تصدير المقتطفات الموسومة
dialog-export-filtered = التعليقات التي تظهرها القائمة فقط (حسب مرشحاتها)
export-format-csv = CSV
export-format-csv-for-excel = CSV لبرنامج Excel
export-format-markdown = Markdown
export-format-w3c-web-annotation-json = JSON وفق W3C Web Annotation
dialog-tag-edit = تحرير الوسم
dialog-tag-new = وسم جديد
dialog-tag-label = الاسم
dialog-tag-colour = اللون
dialog-tag-description = الوصف
dialog-path-open-document = فتح مستند
dialog-path-open-annotations = فتح التعليقات التوضيحية
dialog-path-save-as = حفظ التعليقات باسم
dialog-path-export = التصدير إلى
dialog-path-text = لا يتوفر مربع حوار للملفات ({ $reason }). اكتب المسار:
path-reason-variable = المتغير GLOSA_NO_DIALOGS مضبوط
path-reason-no-portal = لا يوجد ناقل جلسة لسطح المكتب، وبالتالي لا توجد خدمة لمربعات حوار الملفات (بوابة XDG)
dialog-error = حدث خطأ
dialog-go-to = الانتقال إلى فقرة
dialog-go-to-label = رقم الفقرة (من 1 إلى { $count })
dialog-go-to-invalid = اكتب رقمًا من 1 إلى { $count }.
file-filter-documents = المستندات
file-filter-all = كل الملفات
file-filter-annotations = تعليقات Glosa

## المساعدة: حركات المؤشر والمفاتيح التي ليست في القوائم

help-drag = السحب، Shift+نقرة
    .action = تحديد نص (عبر الفقرات)؛ توسيع التحديد
help-click-word = نقرة مزدوجة / ثلاثية
    .action = تحديد كلمة / فقرة
help-tag-keys = 1 … 9
    .action = وسم النص المحدد (أو إضافة الوسم إلى التظليل المحدد أو إزالته)
help-click-highlight = النقر على تظليل
    .action = تحديده: تحرير ملاحظته وتبديل وسومه
help-click-number = النقر على رقم ¶
    .action = نسخ معرّف الفقرة
help-caret-arrows = ← → ↑ ↓
    .action = تحريك المؤشر (عند تنشيط المستند أو تشغيل التصفح بالمؤشر)؛ مع Shift يتوسع التحديد
help-caret-words = Ctrl+← Ctrl+→
    .action = تحريك المؤشر كلمةً كلمة
help-caret-lines = Home، End
    .action = بداية السطر أو نهايته (مع Ctrl: المستند)
help-caret-pages = Page Up، Page Down، المسافة
    .action = شاشة إلى الأعلى أو الأسفل (المسافة فقط عندما تكون لوحة المفاتيح للمستند)
help-list-enter = Enter على تعليق
    .action = تحديده وكتابة ملاحظته
help-escape = Escape
    .action = العودة إلى المستند؛ وفيه إلغاء التحديد

## عرض المستند (للمؤشر ولقارئات الشاشة)

view-empty = افتح مستندًا: ملف > فتح مستند… (Ctrl+O)، أو أفلت ملفًا هنا.
view-paragraph-tooltip = ¶{ $ordinal } · { $id } · { $kind }
view-copy-id-hint = انقر لنسخ معرّف الفقرة
view-moved = منقول: تغيّر المستند هنا، يرجى المراجعة.
view-orphaned = يتيم.
view-scrollbar = الموضع في المستند
view-document = المستند: { $title }
view-paragraph = ¶{ $ordinal }، { $kind }، المعرّف { $id }
view-caret = المؤشر في ¶{ $ordinal }، الحرف { $offset }
view-selection = المحدد: { $text }
view-highlight-note = ملاحظة: { $note }
kind-heading = عنوان
kind-body = متن
kind-list-item = عنصر قائمة
kind-footnote = حاشية

## الرسائل (شريط الحالة) وعنوان النافذة

title-unsaved = { $title } • غير محفوظ — Glosa
title = { $title } — Glosa
message-no-sample = لم يُعثر على المثال المرفق (assets/samples/). افتح مستندًا من ملف > فتح مستند…
message-copied-id = نُسخ معرّف الفقرة { $id }
message-copied = نُسخ.
message-select-first = حدّد نصًا أولًا (بالسحب، أو بـ Shift+الأسهم مع المؤشر)، ثم اضغط مفتاح وسم.
message-deleted = حُذف التظليل (Ctrl+Z للتراجع).
message-document-changed = تغيّر المستند منذ حفظ التعليقات: { $count } تحتاج إلى مراجعة.
message-opened = فُتح { $path }
message-saved = حُفظ { $path }
message-exported =
    { $count ->
        [zero] لم يُصدَّر أي تعليق إلى { $path }
        [one] صُدّر تعليق واحد إلى { $path }
        [two] صُدّر تعليقان إلى { $path }
        [few] صُدّرت { $count } تعليقات إلى { $path }
        [many] صُدّر { $count } تعليقًا إلى { $path }
       *[other] صُدّر { $count } تعليق إلى { $path }
    }
message-nothing-to-undo = لا شيء للتراجع عنه أو إعادته.
message-highlight-added = أُضيف التظليل.
message-all-tagged = كل النتائج تحمل هذا الوسم بالفعل.
message-tagged-hits = وُسمت { $hits } نتيجة بـ«{ $label }»: { $added } تظليلات جديدة و{ $existing } موجودة (Ctrl+Z للتراجع).
message-tag-deleted = حُذف الوسم «{ $label }» (Ctrl+Z للتراجع).
message-missing-font = لا يوجد خط يعرض نص { $script }، فيظهر مربعات. ثبّت خطًا له (مثل Noto Sans { $script }) ثم أعد تشغيل Glosa.
message-caret-on = التصفح بالمؤشر مُشغَّل (F7 لإيقافه).
message-caret-off = التصفح بالمؤشر متوقف.
message-no-annotation = لا يوجد تعليق للانتقال إليه.

## إظهار اللوحات وإخفاؤها، عرض القراءة، المثال المرفق

action-import-annotations = استيراد تعليقات…
action-toggle-tag-panel = لوحة فئات أصحاب المصلحة
action-toggle-annotation-panel = لوحة التعليقات
action-wider-column = عمود نص أعرض
action-narrower-column = عمود نص أضيق
action-agreement-view = عرض الاتفاق
action-add-coder-file = إضافة ملف مُرمِّز…
action-merge-file = دمج ملف زميل…
action-conflicts-panel = لوحة التعارضات
menu-reading-width = أسطر من { $count } حرفًا على الأكثر
panel-hide-tags = إخفاء فئات أصحاب المصلحة
panel-show-tags = إظهار فئات أصحاب المصلحة
panel-hide-annotations = إخفاء التعليقات
panel-show-annotations = إظهار التعليقات
status-read-only-copy = مثال مرفق، للقراءة فقط: «حفظ» يحفظ نسختك في { $path }
status-read-only = مثال مرفق، للقراءة فقط: احفظ عملك بـ«حفظ باسم»
tags-count = { $label }: عدد التعليقات { $count }
annotations-heading-filtered = التعليقات ({ $shown } من { $count })
note-meta-changed = { $author } · { $created }، عُدّل في { $modified }
note-meta-times = أُنشئ في { $created }
    عُدّل في { $modified }
kind-quote = اقتباس
export-format-qdpx = مشروع REFI-QDA (NVivo وATLAS.ti وMAXQDA وQualCoder)
export-format-qdc = دليل ترميز REFI-QDA (الوسوم فقط)
file-filter-web-annotations = JSON بصيغة W3C Web Annotation / Hypothesis

## ملفات غيّرها آخرون، مستندات خارج المجلد أو مفقودة، ملفات تتعذر قراءتها

dialog-conflict-choices = «إعادة التحميل» تأخذ نسختهم: تُفقد تغييراتك غير المحفوظة هنا. «الدمج» يُبقي النسختين، نسختهم ونسختك، حسب التعليق التوضيحي. «الإبقاء على نسختي» تحفظ نسختك نسخةً منفصلة وتترك نسختهم كما هي.
button-merge-disk = دمج (الإبقاء على الاثنين)
    .tooltip = تُدمج تغييراتهم وتغييراتك حسب التعليق التوضيحي: لا يضيع شيء؛ والتعليق الذي غيّره الطرفان يصبح تعارضًا يجب حله
dialog-conflict-cancel-tooltip = لا يُحفظ شيء ولا يُعاد تحميل شيء؛ سيسأل «حفظ» من جديد
button-reload = إعادة التحميل (نسختهم)
    .tooltip = تُفقد تغييراتك غير المحفوظة هنا
button-keep-mine = الإبقاء على نسختي (حفظ نسخة…)
    .tooltip = تبقى نسختهم كما هي
dialog-document-outside = المستند خارج مجلد ملف التعليقات
dialog-document-missing = المستند مفقود
dialog-document-why = { $why }:
dialog-document-annotation-file = ملف التعليقات: { $path }
dialog-document-outside-text = قد يشير ملف من شخص آخر إلى أي ملف على هذا الحاسوب. لا تفتحه إلا إذا كنت تتوقع هذا المستند.
dialog-document-missing-text = اختر المستند (المنقول أو المعاد تسميته): إن كان نصه مختلفًا يُعاد ربط التعليقات، وتُعلَّم التي لا يُعثر عليها بدقة للمراجعة.
button-open-anyway = فتحه على أي حال
button-choose-document = اختيار المستند…
dialog-other-document = ملف التعليقات يخص مستندًا آخر
dialog-other-document-named = أُعدّ لهذا المستند، وهو موجود:
dialog-other-document-file = ملف التعليقات:
dialog-other-document-opening = المستند الذي يُفتح:
dialog-other-document-text = استخدامه لـ { $document } ينقل تعليقاته إلى ذلك المستند عند الحفظ (توضع حسب اقتباساتها؛ ويُحتفظ بالتي لا يُعثر عليها للمراجعة). لا يتغير شيء على القرص حتى تختار.
button-open-named-document = فتح { $document } به
button-use-for-document = استخدامه لـ { $document }
button-open-own-annotations = فتح { $document } بتعليقاته الخاصة
dialog-refi-not-document = ملف REFI-QDA وليس مستندًا
dialog-unreadable = تتعذر قراءة ملف التعليقات
dialog-unreadable-error = تتعذر قراءته ({ $error }): { $path }
dialog-unreadable-text = لن يتغير شيء على القرص حتى تختار:
button-open-without-annotations = فتح المستند دون تعليقات
    .tooltip = العمل على المستند دون تعليقات؛ يبقى الملف غير المقروء كما هو.
    .disabled = المستند مذكور داخل الملف غير المقروء فقط.
button-restore-backup = استعادة النسخة الاحتياطية
    .tooltip = إرجاع النسخة السابقة ({ $path })؛ تصبح النسخة غير المقروءة هي الاحتياطية.
    .none = لا توجد نسخة احتياطية مقروءة.
dialog-tag-description-hint = ما تشمله هذه الفئة: تعريف الرمز
dialog-path-save-copy = حفظ نسختك نسخةً منفصلة
dialog-path-choose-document = اختيار المستند
dialog-path-add-coder-file = إضافة ملف تعليقات مُرمِّز
dialog-path-export-agreement = تصدير الاتفاق إلى
dialog-path-import-annotations = استيراد تعليقات من
message-document-cannot-open = يتعذر فتح المستند الذي يذكره ({ $error })
message-relinked-changed = نص { $path } يختلف عن النص الذي وُضعت عليه التعليقات: أُعيد ربطها، وتحتاج { $count } إلى مراجعة. احفظ لربطه.
message-relinked = أُعيد ربط { $path }: النص نفسه الذي وُضعت عليه التعليقات. احفظ للإبقاء على الربط.
message-retargeted = تُستخدم تعليقات { $path } لـ { $document }: بعد الحفظ يصبح الملف خاصًا به.
message-reloaded-dropped = أُعيد تحميل نسختهم من { $path }؛ فُقدت تغييراتك غير المحفوظة.
message-reloaded = أُعيد تحميل { $path }.
message-changed-reloaded = غيّر برنامج آخر { $path }؛ أُعيد تحميله.
message-file-missing = حذف برنامج آخر { $path } أو نقله؛ تعليقاتك ما زالت هنا.
message-file-unreadable-now = تغيّر { $path } على القرص لكن تتعذر قراءته الآن: { $error }
message-opened-without-annotations = فُتح دون تعليقات؛ بقي { $path } كما كان.
message-restored-backup = استُعيد { $path } من نسخته الاحتياطية؛ النسخة غير المقروءة هي الآن { $backup }.
message-reading-width = عرض القراءة: { $count } حرفًا في السطر

## استيراد تعليقات W3C / Hypothesis

dialog-import = استيراد تعليقات
dialog-import-from = من { $path }:
dialog-import-count =
    { $count ->
        [0] لا تعليقات جديدة.
       *[other] عدد التعليقات: { $count }
    }
import-author = المؤلف
import-placed = في مكانها
import-moved = منقولة (للمراجعة)
import-orphaned = منفصلة
import-all = الكل
dialog-import-summary = في مكانها: { $placed }، منقولة: { $moved } (تحتاج إلى مراجعة)، منفصلة: { $orphaned } (محفوظة باقتباساتها ومدرجة منفصلةً).
dialog-import-new-tags = فئات أصحاب مصلحة جديدة أُضيفت إلى دليل الترميز: { $tags }.
dialog-import-already-there = موجودة في ملف التعليقات هذا وتُركت: { $count }.
dialog-import-replies = ردود أُضيفت إلى الملاحظات التي تجيب عنها: { $count }.
dialog-import-undo = الاستيراد خطوة واحدة: Ctrl+Z يتراجع عنه كله.
button-import = استيراد
message-nothing-to-import = لا شيء للاستيراد: كل تعليقات الملف موجودة هنا.
message-imported = استُورد من { $path } عدد { $count } من التعليقات: في مكانها { $placed }، منقولة { $moved } (للمراجعة)، منفصلة { $orphaned } (Ctrl+Z للتراجع).

## عرض الاتفاق (الاتفاق بين المُرمِّزين)

agreement-heading = الاتفاق
agreement-computing = حساب الاتفاق جارٍ
agreement-computing-short = جارٍ الحساب…
agreement-computing-long = حساب الاتفاق جارٍ…
agreement-close = إغلاق عرض الاتفاق
    .tooltip = إغلاق عرض الاتفاق ({ $shortcut })
agreement-no-document = افتح مستندًا وتعليقاته لمقارنة المُرمِّزين.
agreement-export = تصدير:
agreement-export-table = جدول (CSV)…
agreement-export-disagreements = الاختلافات (CSV)…
agreement-export-report = تقرير (Markdown)…
agreement-coders = المُرمِّزون:
agreement-add-coder-file = إضافة ملف مُرمِّز
    .tooltip = إضافة ملف تعليقات مُرمِّز آخر لهذا المستند
agreement-coder-file = ملف مُرمِّز
    .tooltip =
        { $path }
        عدد التعليقات { $count }، المؤلفون: { $authors }
        انقر لإخراجه من المقارنة
agreement-tags = الوسوم:
agreement-threshold = تداخل المقاطع اللازم للتطابق
    .tooltip = يتطابق مقطعا مُرمِّزين إذا تداخلا بهذه النسبة على الأقل من المقطع الأطول
agreement-undefined = غير معرَّف: { $reason }
agreement-col-tag = الوسم
agreement-col-units = الوحدات
    .tooltip = الوحدات (المقاطع الموحَّدة) لدى { $coders }
agreement-col-percent = النسبة المئوية
    .tooltip = نسبة نقاط الرموز التي رمّزها المُرمِّزون بالطريقة نفسها (بالوسم أو دونه)
agreement-col-cohen = κ كوهين
    .tooltip = الاتفاق على مستوى الحرف بما يتجاوز الصدفة، مُرمِّزان (Cohen 1960)
agreement-col-fleiss = κ فلايس
    .tooltip = الاتفاق على مستوى الحرف بما يتجاوز الصدفة، ثلاثة مُرمِّزين أو أكثر (Fleiss 1971)
agreement-col-alpha = α
    .tooltip = α كريبندورف (اسمي) على نقاط الرموز
agreement-col-alpha-u = α_u
    .tooltip = α كريبندورف للتقسيم إلى وحدات: أين تبدأ الوحدات وأين تنتهي، ووسومها (Krippendorff 2004)
agreement-col-segments = المقاطع
    .tooltip = نسبة المقاطع التي تطابق مقاطع مُرمِّز آخر بتداخل لا يقل عن العتبة (MAXQDA)
agreement-all-tags = كل الوسوم
agreement-table-note = عدد نقاط الرموز { $count }؛ تتطابق المقاطع عند تداخل { $threshold }% من الأطول.
agreement-legend = في المستند:
agreement-mark-both = كلٌّ من { $first } و{ $second }
agreement-mark-only-first = { $first } فقط
agreement-mark-only-second = { $second } فقط
agreement-mark-different-tags = { $first } و{ $second } بوسوم مختلفة
agreement-disagreements = الاختلافات ({ $count })
agreement-no-disagreements = لا شيء: المُرمِّزون متفقون على كل المقاطع.
agreement-one-coder = يوجد مُرمِّز واحد فقط: أضف ملف مُرمِّز ثانٍ (أو حدِّد مُرمِّزًا ثانيًا) للمقارنة.
agreement-not-coded = { $coder }: غير مُرمَّز
agreement-kind-boundaries = حدود مختلفة
agreement-kind-different-tags = وسوم مختلفة
agreement-kind-one-coder-only = مُرمِّز واحد فقط
agreement-undefined-one-coder = أقل من مُرمِّزَين
agreement-undefined-no-items = لا نقاط رموز للمقارنة
agreement-undefined-nothing-coded = لم يرمّز أحد بهذا الوسم
agreement-undefined-no-variation = لا تباين: رمّز كل المُرمِّزين كل نقطة رمز بالطريقة نفسها
agreement-undefined-single-unit = وحدة واحدة
agreement-undefined-missing-values = تنقص بعض الوحدات قيمة أحد المُرمِّزين
agreement-undefined-more-than-two-coders = كابا كوهين تقارن مُرمِّزَين: انظر أزواج المُرمِّزين وكابا فلايس
agreement-undefined-two-coders = تُحسب كابا فلايس لثلاثة مُرمِّزين أو أكثر: انظر كابا كوهين
agreement-undefined-no-common-document = لم يرمّز كل المُرمِّزين أي مستند
agreement-choose-coders = اختر المُرمِّزين المراد مقارنتهم.
agreement-choose-tags = اختر الوسوم المراد مقارنتها.
agreement-unsaved-annotations = (تعليقات غير محفوظة)
agreement-no-author = دون مؤلف
message-agreement-open = عرض الاتفاق: يُظهر المستند مواضع اتفاق المُرمِّزين.
message-agreement-closed = أُغلق عرض الاتفاق.
message-coder-file-open = { $path } هو ملف التعليقات المفتوح أصلًا.
message-coder-file-added = أُضيف { $path } إلى الاتفاق (عدد التعليقات { $count }، المؤلفون: { $authors }).
message-agreement-not-ready = لا شيء للتصدير بعد: ما زال حساب الاتفاق جاريًا.
message-agreement-export-over-input = لا يمكن التصدير فوق ملف تجري مقارنته: { $path }
message-agreement-exported = صُدّر الاتفاق إلى { $path }
message-agreement-export-failed = تعذر تصدير الاتفاق ({ $error }): { $path }

## استيراد مشاريع REFI-QDA وأدلة ترميزها؛ ألوان اتفاق إضافية

action-import-refi = استيراد مشروع أو دليل ترميز REFI-QDA…
dialog-path-import-refi = استيراد مشروع أو دليل ترميز REFI-QDA من
dialog-path-merge-file = دمج ملف زميل
file-filter-refi = مشروع / دليل ترميز REFI-QDA
message-refi-codebook-no-document = لا يمكن استيراد دليل الترميز (افتح مستندًا أولًا: تصبح رموزه وسوم المستند): { $path }
message-refi-codebook-nothing-new = استُورد دليل الترميز { $path }: رموزه ({ $count }) وسوم هنا أصلًا.
message-refi-codebook-imported = استُورد من { $path } عدد { $count } من الرموز: وسوم جديدة { $added }، ومرتبطة بوسوم موجودة { $linked } (Ctrl+Z للتراجع).
message-refi-project-imported = استُورد من { $path } إلى { $folder } عدد { $count } من المستندات: ترميزات في مكانها { $placed }، منقولة { $moved } (للمراجعة)، منفصلة { $orphaned }
message-refi-left-out = ؛ تُركت مصادر بلا نص عادي: { $count }
message-refi-opened = ؛ فُتح { $path }
message-refi-end = .
agreement-legend-many = في المستند، من بين { $count } مُرمِّزين:
agreement-legend-item = مفتاح الألوان: { $text }
agreement-mark-all-coders = كل المُرمِّزين
agreement-mark-some-coders = بعض المُرمِّزين لا كلهم
agreement-mark-one-coder = مُرمِّز واحد فقط

## المشاريع (مجموعة مستندات)

action-open-project = فتح مشروع…
action-save-all = حفظ الكل
menu-project = المشروع
tags-add-code = + إضافة رمز…
view-empty-project = افتح مستندًا: ملف > فتح مستند… (Ctrl+O)، أو مشروعًا: ملف > فتح مشروع… (Ctrl+Shift+O)؛ أو أفلت ملفًا أو مجلدًا هنا.

## أخطاء الملفات والطبقات التي تحت الواجهة (src/ui/errors.rs): تذكر الرسالة
## الملف في آخرها؛ والسبب يأتي داخل رسالة.

error-document = تعذّر فتح المستند ({ $reason }): { $file }
error-annotated-document = تعذّر فتح المستند الذي يعلّق عليه { $annotations } ({ $reason }): { $file }
error-document-outside = { $why } (يشير إلى { $resolved })؛ لا يُفتح دون سؤال: { $file }
error-annotations = تتعذر قراءة التعليقات ({ $reason }): { $file }
error-annotations-foreign = ليس ملف تعليقات من Glosa ‏({ $reason }): { $file }
error-changed-on-disk = تغيّر ملف التعليقات على القرص منذ فتحه (حفظه برنامج آخر): { $file }
error-save = تعذّر حفظ التعليقات ({ $reason }): { $file }
error-edit-on-disk = تعذّر تطبيق التغيير ({ $reason }): { $file }
error-edit = تعذّر تغيير التعليقات ({ $reason })
error-over-document = لا يمكن حفظ التعليقات فوق المستند نفسه: { $file }
error-other-document = ملف التعليقات يخص مستندًا آخر، { $named }، لا { $document }: { $file }
error-save-over-other-document = لم يُحفظ: ملف التعليقات يخص مستندًا آخر، { $named } (احفظ باستخدام «حفظ باسم»، أو افتحه من جديد واختر استخدامه لهذا المستند): { $file }
error-read-only = المثال المرفق للقراءة فقط؛ احفظ عملك باستخدام «حفظ باسم»: { $file }
error-create-folder = تعذّر إنشاء المجلد ({ $reason }): { $file }
error-annotations-folder = تعذّر إنشاء مجلد التعليقات ({ $reason }): { $file }
error-export-over-input = لا تصدير فوق المستند المفتوح أو ملف تعليقاته؛ اختر اسمًا آخر: { $file }
error-import = تعذّر الاستيراد ({ $reason }): { $file }
error-journal = تعذّرت كتابة سجل الاستعادة ({ $reason }): { $file }
error-export = تعذّر التصدير ({ $reason }): { $file }
error-coder-file = تتعذر قراءة تعليقات المرمِّز ({ $reason }): { $file }
error-coder-other-document = إنه يعلّق على مستند آخر («{ $title }»)؛ ولا يوجد أي من تعليقاته في هذا المستند: { $file }
error-project-locate = تعذّر فتح المشروع ({ $reason }): { $file }
error-project-file = تتعذر قراءة ملف المشروع أو حفظه ({ $reason }): { $file }
error-project-exists = المجلد مشروع بالفعل: { $file }
error-project-edit = تعذّر تغيير المشروع ({ $reason })
error-not-a-document = ليس مستندًا يقرؤه Glosa ‏({ $reason }): { $file }
error-unknown-document = لا يوجد مستند «{ $key }» في المشروع: { $file }
error-csv = { $reason }: { $file }
error-no-project = لا يوجد مشروع مفتوح.
error-pattern = ليس تعبيرًا نمطيًا صالحًا: { $detail }
error-unknown-tag = لا يوجد وسم «{ $tag }» في دليل رموز المشروع ولا في ملفات تعليقاته
reason-not-found = الملف غير موجود
reason-folder-not-document = إنه مجلد، وليس مستندًا
reason-folder-not-annotations = إنه مجلد، وليس ملف تعليقات
reason-folder-not-project = إنه مجلد، وليس ملف مشروع
reason-special-file =
    { $kind ->
        [fifo] إنه أنبوب مسمّى (FIFO)، وليس ملفًا
        [socket] إنه مقبس، وليس ملفًا
        [device] إنه جهاز، وليس ملفًا
        [disk] إنه جهاز قرص، وليس ملفًا
        [folder] إنه مجلد، وليس ملفًا
       *[other] ليس ملفًا عاديًا
    }
reason-too-large = حجم الملف { $size } ميبيبايت، وهو يتجاوز الحد البالغ { $limit } ميبيبايت
reason-cannot-read = تتعذر القراءة: { $detail }
reason-cannot-write = تتعذر الكتابة: { $detail }
reason-cannot-read-write = تتعذر القراءة أو الكتابة: { $detail }
reason-io-permission = الإذن مرفوض
reason-io-disk-full = القرص ممتلئ
reason-io-quota = تم تجاوز حصة القرص
reason-io-read-only = القرص للقراءة فقط
reason-io-is-folder = إنه مجلد
reason-io-not-folder = أحد مجلدات المسار ملف
reason-io-exists = الملف موجود بالفعل
reason-io-too-large = الملف أكبر مما يحتمله نظام الملفات
reason-io-timed-out = انتهت مهلة العملية
reason-io-interrupted = قُطعت العملية
reason-empty = الملف فارغ
reason-not-utf8 = ليس نصًا بترميز UTF-8
reason-not-annotations = ليس ملف تعليقات من Glosa ‏({ $detail })
reason-newer-version = أنشأه إصدار أحدث من Glosa (إصدار التنسيق { $version }؛ وهذا الإصدار يقرأ الإصدار { $current }): حدّث Glosa لفتحه
reason-syntax = السطر { $line }، العمود { $column }: { $detail }
reason-not-text = ليس ملفًا نصيًا ({ $detail })
reason-binary-png = صورة PNG
reason-binary-zip = أرشيف ZIP لكنه ليس مستند Word ولا مستند OpenDocument ‏(docx أو odt)
reason-binary-empty-zip = أرشيف ZIP فارغ
reason-binary-pdf = ملف PDF؛ افتحه باسم امتداده pdf
reason-binary-gif = صورة GIF
reason-binary-jpeg = صورة JPEG
reason-binary-gzip = أرشيف gzip
reason-binary-old-office = ملف Microsoft Office قديم ‏(doc أو xls)؛ احفظه أولًا بصيغة docx
reason-binary-executable = ملف تنفيذي
reason-binary-nul = يحتوي على بايتات NUL
reason-binary-control = يحتوي على بايتات تحكم
reason-binary-refi-project = مشروع REFI-QDA ‏(qdpx)، وليس مستندًا: استورده بالأمر «{ action-import-refi }» من قائمة «{ menu-file }»
reason-binary-refi-codebook = دليل ترميز REFI-QDA ‏(qdc)، وليس مستندًا: استورد رموزه بالأمر «{ action-import-refi }» من قائمة «{ menu-file }»
reason-over-document-path = طول مسار المستند { $size } بايت، وهو يتجاوز الحد البالغ { $bound }
reason-over-fingerprint = طول بصمة المستند { $size } بايت، وهو يتجاوز الحد البالغ { $bound }
reason-over-tags = عدد الوسوم { $size }، وهو يتجاوز الحد البالغ { $bound }
reason-bad-tag-id = معرّف الوسم «{ $id }» لا يقتصر على الحروف اللاتينية الصغيرة والأرقام والشرطات
reason-bad-tag-id-annotation = التعليق { $annotation }: معرّف الوسم «{ $id }» لا يقتصر على الحروف اللاتينية الصغيرة والأرقام والشرطات
reason-over-tag-label = طول اسم الوسم «{ $tag }» { $size } حرفًا، وهو يتجاوز الحد البالغ { $bound }
reason-over-tag-description = طول وصف الوسم «{ $tag }» { $size } حرفًا، وهو يتجاوز الحد البالغ { $bound }
reason-over-annotations = عدد التعليقات { $size }، وهو يتجاوز الحد البالغ { $bound }
reason-over-segments = عدد مقاطع التعليق { $annotation } هو { $size }، وهو يتجاوز الحد البالغ { $bound }
reason-over-annotation-tags = عدد وسوم التعليق { $annotation } هو { $size }، وهو يتجاوز الحد البالغ { $bound }
reason-over-note = طول ملاحظة التعليق { $annotation } { $size } حرفًا، وهو يتجاوز الحد البالغ { $bound }
reason-over-author = طول اسم مؤلف التعليق { $annotation } { $size } حرفًا، وهو يتجاوز الحد البالغ { $bound }
reason-over-paragraph-id = طول أحد معرّفات الفقرات في التعليق { $annotation } { $size } بايت، وهو يتجاوز الحد البالغ { $bound }
reason-over-quote = طول أحد اقتباسات التعليق { $annotation } { $size } حرفًا، وهو يتجاوز الحد البالغ { $bound }
reason-no-text = لا نص في الملف (مسافات أو فواصل فقط)
reason-serialize = تتعذر السلسلة: { $detail }
reason-changed-meanwhile = تغيّر الملف على القرص في هذه الأثناء (حفظه برنامج آخر)
reason-locked = برنامج آخر يحفظ هذا الملف (انتُظر قفله { $lock } مدة { $seconds } ث)
reason-cannot-lock = تعذّر قفل { $lock }: { $detail }
reason-cannot-write-in = تتعذر الكتابة في { $folder } ({ $detail })
reason-no-annotation = لا يوجد تعليق { $id }
reason-annotation-exists = التعليق { $id } موجود بالفعل
reason-no-segments = يحتاج التعليق إلى مقطع واحد على الأقل
reason-no-tag = لا يوجد وسم «{ $tag }»
reason-no-code = لا يوجد رمز «{ $code }» في دليل الرموز
reason-tag-exists = الوسم «{ $tag }» موجود بالفعل
reason-outside-absolute = مسار المستند في ملف التعليقات مسار مطلق
reason-outside-leaves = مسار المستند في ملف التعليقات يخرج من مجلده
reason-outside-symlink = مسار المستند في ملف التعليقات يخرج من مجلده عبر رابط رمزي
reason-outside-empty = ملف التعليقات لا يسمّي أي مستند
reason-not-a-number = «{ $text }» ليس عددًا (اكتب أرقامًا مع نقطة للكسور، مثل 12.5)
reason-not-a-date = «{ $text }» ليس تاريخًا (اكتب YYYY-MM-DD، مثل 2014-04-23)
reason-not-a-choice = «{ $text }» ليس أحد الخيارات: { $choices }
reason-attribute-value = { $attribute }: { $reason }
reason-not-a-project = ليس مجلدًا ولا ملف مشروع (*.glosa-project.ron)
reason-no-such-path = الملف أو المجلد غير موجود
reason-several-projects = في المجلد عدة ملفات مشاريع ({ $names })؛ افتح أحدها
reason-cannot-read-folder = تتعذر قراءة المجلد: { $detail }
reason-not-project-file = ليس ملف مشروع من Glosa ‏({ $detail })
reason-project-locked = برنامج آخر يحفظ المشروع (انتُظر قفله مدة { $seconds } ث)
error-condition-syntax = «{ $text }» ليس شرطًا (اكتب السمة=القيمة، أو استخدم != أو < أو <= أو > أو >=)
error-condition-attribute = لا توجد سمة «{ $attribute }» في المشروع (السمات: { $known })
reason-over-limit = يتجاوز الحد البالغ { $limit } ميبيبايت
reason-not-json = ليس JSON ‏({ $detail })
reason-no-web-annotations = لا توجد فيه Web Annotations (المتوقع Annotation أو AnnotationCollection أو AnnotationPage أو مصفوفة منها أو نتيجة بحث من Hypothesis)
reason-pages-not-embedded = صفحات المجموعة غير مضمّنة (أولاها { $first })؛ نزّل الصفحات واستوردها
reason-refi-archive = ليس مشروع QDPX قابلًا للقراءة: { $detail }
reason-refi-xml = XML غير سليم في { $part } قرب البايت { $position }: { $detail }
reason-refi-not-zip = ليس أرشيف ZIP (مشاريع REFI-QDA ملفات ZIP بامتداد ‎.qdpx)
reason-refi-root = ليس مشروع REFI-QDA ولا دليل رموز (العنصر الجذر هو <{ $root }>)
reason-refi-doctype = في { $part } إعلان DOCTYPE، وهو ما لا تحتاجه ملفات REFI-QDA أبدًا ويرفضه Glosa (الكيانات)

## حقول لا تعرفها Glosa؛ تعليقات مستندات أخرى (fixes5)

dialog-unknown-fields = حقول لا تعرفها Glosa
dialog-unknown-fields-text = في ملف التعليقات هذا حقول لا يعرفها هذا الإصدار من Glosa (كتبها إصدار أحدث من Glosa أو أداة أخرى): { $fields }. الحفظ يحذفها؛ وتحتفظ بها النسخة الاحتياطية (.bak) حتى الحفظ التالي.
button-save-anyway = احفظ على أي حال
dialog-import-other-documents =
    { $count ->
        [zero] لم تُترك أي تعليقات لمستندات أخرى.
        [one] تُرك تعليق واحد لمستند آخر.
        [two] تُرك تعليقان لمستندات أخرى.
        [few] تُركت { $count } تعليقات لمستندات أخرى.
        [many] تُرك { $count } تعليقًا لمستندات أخرى.
       *[other] تُرك { $count } تعليق لمستندات أخرى.
    }

## Keyboard and status messages (tester 4: D16 undo messages, D21 dates)

message-undone =
    { $change ->
        [create] أُلغي التغيير: أُزيل التظليل المُضاف.
        [delete] أُلغي التغيير: عاد التظليل المحذوف.
        [tags] أُلغي التغيير: عادت فئات التظليل كما كانت.
        [note] أُلغي التغيير: عادت الملاحظة كما كانت.
       *[other] أُلغي آخر تغيير.
    }
message-redone =
    { $change ->
        [create] أُعيد التغيير: أُضيف التظليل مرة أخرى.
        [delete] أُعيد التغيير: حُذف التظليل مرة أخرى.
        [tags] أُعيد التغيير: غُيّرت فئات التظليل مرة أخرى.
        [note] أُعيد التغيير: غُيّرت الملاحظة مرة أخرى.
       *[other] أُعيد إجراء التغيير مرة أخرى.
    }
# How dates and times are written (strftime: %Y year, %m month, %-d day, %b month name, %H:%M time).
format-date = %d/%m/%Y
format-date-time = %d/%m/%Y، %H:%M

## أخطاء الطبقات الدنيا وتحذيراتها، الجزء الثاني: فحص المشروع وفهرسه، تصدير المشاريع، الاستيراد، سجل الاستعادة، ملفات CSV للسمات، الاتفاق، مراقبة الملفات (i18n6)

warning-scan-too-many =
    { $limit ->
        [zero] توقّف الفحص قبل أي ملف؛ مجلد المشروع كبير جدًا: { $file }
        [one] توقّف الفحص بعد ملف أو مجلد واحد؛ مجلد المشروع كبير جدًا: { $file }
        [two] توقّف الفحص بعد ملفين أو مجلدين؛ مجلد المشروع كبير جدًا: { $file }
        [few] توقّف الفحص بعد { $limit } ملفات ومجلدات؛ مجلد المشروع كبير جدًا: { $file }
        [many] توقّف الفحص بعد { $limit } ملفًا ومجلدًا؛ مجلد المشروع كبير جدًا: { $file }
       *[other] توقّف الفحص بعد { $limit } ملف ومجلد؛ مجلد المشروع كبير جدًا: { $file }
    }
warning-scan-missing = مستند يدرجه المشروع مفقود: { $file }
warning-scan-folder = تتعذر قراءة المجلد ({ $reason }): { $file }
warning-scan-name = تُخطّي ملف اسمه ليس Unicode صالحًا: { $file }
warning-scan-link = تُخطّي رابط يقود إلى خارج المشروع: { $file }
warning-index-cancelled = لم يُقرأ (أُلغي): { $file }
warning-index-outside = تُرك ملف تعليقات لمستند خارج المشروع ({ $document }): { $file }
warning-index-missing = مستند ملف التعليقات مفقود (حُذف أو نُقل) ({ $document }): { $file }
warning-export-document = تتعذر قراءة المستند، فهو ليس في QDPX: { $file }
warning-export-orphan = تعليق يتيم ليس في QDPX ‏(لا مكان له في النص): { $id } «{ $quote }»
warning-export-url = السمة url ‏«{ $url }» ليست IRI مطلقًا (https://…)، فلم تُستخدم: { $file }
reason-export-not-ready = لم تُقرأ ملفات المشروع بعد
reason-export-unknown-tag = لا يوجد وسم «{ $tag }» في المشروع
reason-export-no-iri = تتعذر تسمية المستند بمعرّف IRI من نوع file: ‏({ $detail }): { $file }
reason-export-base-uri = معرّف URI الأساسي «{ $base }» ليس URI مطلقًا مثل https://example.org/documents/
reason-codebook-not-project = دليل الرموز لا يحوي مستندات: افتح مستندًا واستورده في وسومه
reason-no-free-name = لا يوجد اسم ملف متاح لـ { $name }
reason-cannot-remove = يتعذر حذفه: { $detail }
reason-no-thread = يتعذر بدء كاتب السجل: { $detail }
reason-no-journal-writer = توقّف كاتب السجل
reason-csv-unreadable = تتعذر قراءة ملف CSV ‏({ $detail })
reason-csv-not-a-file = ليس ملفًا
reason-csv-too-large = يتجاوز ملف CSV ‏{ $limit } ميبيبايت
reason-csv-header = السطر 1: { $detail }
reason-csv-record = ليس CSV صالحًا: { $detail }
reason-csv-empty = ملف CSV فارغ
reason-csv-no-document-column = السطر 1: لا يوجد عمود «{ $column }» (يسمّي الصف الأول الأعمدة: { $column }، ثم معرّفات السمات)
reason-csv-duplicate-column = السطر 1: عمودان يمثّلان السمة «{ $attribute }»
reason-csv-unknown-document = السطر { $line }: لا يوجد مستند «{ $name }» في المشروع
reason-csv-duplicate-document = السطر { $line }: المستند «{ $name }» يظهر مرتين (وفي السطر { $first } أيضًا)
reason-csv-value = السطر { $line }، العمود { $attribute }: { $reason }
reason-code-exists = في دليل الرموز رمز «{ $code }» بالفعل
reason-code-cycle = لا يمكن أن يكون «{ $parent }» أصلًا لـ «{ $code }»: فهو «{ $code }» نفسه أو أحد رموزه الفرعية
reason-no-attribute = لا توجد سمة «{ $attribute }» في المشروع
reason-attribute-exists = في المشروع سمة «{ $attribute }» بالفعل
reason-attribute-invalidates = يتعذر تغيير { $attribute }: قيمة { $document } لا تناسب ({ $reason })
error-agreement-no-documents = لا توجد مستندات للمقارنة.
error-agreement-unknown-coder = لا توجد تعليقات للمُرمِّز «{ $coder }» (المُرمِّزون الموجودون: { $known })
error-watch-start = تتعذر مراقبة الملفات لرصد تغييرات البرامج الأخرى ({ $reason })؛ ولا تزال التغييرات تُرصد قبل كل حفظ وعند عودة التركيز إلى النافذة
error-watch-folder = تتعذر مراقبة المجلد لرصد تغييرات البرامج الأخرى ({ $reason }): { $file }
reason-watch-limit = بُلغ حد النظام لعدد الملفات المراقبة
warning-autocode-changed = تغيّر المستند بعد البحث؛ ابحث مجددًا: { $file }
reason-foreign-starts = يبدأ بـ «{ $start }» لا بـ «(»
reason-foreign-format = تنسيقه «{ $format }»
reason-foreign-no-format = لا يحوي الحقل «format: "{ $format }"»
reason-container = ليس مستند { $format } قابلًا للقراءة: { $reason }
reason-container-too-many =
    { $entries ->
        [zero] لا يسرد الأرشيف أي مدخلات
        [one] يسرد الأرشيف مدخلًا واحدًا، وهذا يتجاوز الحد البالغ { $limit }
        [two] يسرد الأرشيف مدخلين، وهذا يتجاوز الحد البالغ { $limit }
        [few] يسرد الأرشيف { $entries } مدخلات، وهذا يتجاوز الحد البالغ { $limit }
        [many] يسرد الأرشيف { $entries } مدخلًا، وهذا يتجاوز الحد البالغ { $limit }
       *[other] يسرد الأرشيف { $entries } مدخل، وهذا يتجاوز الحد البالغ { $limit }
    }
reason-container-damaged = أرشيف ZIP تالف ({ $detail })
reason-container-part-unsupported = تتعذر قراءة { $part } ({ $detail })؛ هل المستند مشفّر؟
reason-container-part-unreadable = تتعذر قراءة { $part } ({ $detail })
reason-container-part-encrypted = { $part } مشفّر؛ احفظ المستند دون كلمة مرور
reason-container-part-damaged = يتعذر فك ضغط { $part } ({ $detail })
reason-container-part-too-large = يتجاوز { $part } بعد فك الضغط { $limit } ميبيبايت (قنبلة ZIP؟)
reason-container-part-missing = { $part } مفقود
reason-container-too-deep = يداخل { $part } العناصر بأكثر من { $limit } مستوى
reason-container-encrypted = المستند مشفّر؛ احفظه دون كلمة مرور
reason-container-password = إنه محمي بكلمة مرور؛ احفظ أولًا نسخة غير محمية
reason-container-no-text-layer = ليست فيه طبقة نص (صورة ممسوحة ضوئيًا؟)؛ طبّق عليه التعرف الضوئي على الحروف (OCR) أولًا
reason-container-unparsable = يتعذر تحليله ({ $detail })
reason-container-thread = يتعذر بدء القارئ ({ $detail })
reason-container-reader-failed = فشل قارئ PDF في هذا الملف (تالف أو غير مدعوم)
reason-export-no-document = يحتاج تصدير QDPX إلى المستند وتعذّر فتحه: { $document }
reason-export-no-codes = لا توجد وسوم لتصديرها دليلَ رموز
reason-excel-workbook = تتعذر كتابة مصنف Excel: { $detail }
reason-excel-columns = أعمدة أكثر مما يسعه Excel
reason-excel-rows = أكثر من 1,048,575 صفًا لـ «{ $sheet }»: صدّر بصيغة CSV بدلًا من ذلك
reason-io-busy = الملف أو الجهاز مشغول
reason-io-stale = مقبض ملف الشبكة لم يعد صالحًا (أُعيد توصيل المجلد المشترك)؛ افتح الملف مجددًا
reason-io-network = انقطع اتصال الشبكة بالمجلد المشترك
reason-io-file-name = اسم الملف غير صالح هنا
reason-io-folder-not-empty = المجلد ليس فارغًا
reason-io-crosses-devices = لا يمكن نقل الملف إلى قرص آخر بهذه الطريقة
reason-io-out-of-memory = الذاكرة غير كافية
reason-io-unsupported = نظام الملفات لا يدعم هذه العملية
reason-io-truncated = ينتهي الملف قبل أوانه (إنه مبتور)
reason-document-extensions = يقرأ Glosa ملفات ‎.{ $extensions }

## Mirrored interface (issue 13): lists of names on one line (the groups of a highlight).
list-separator = {"، "}

## أسماء المفاتيح في الاختصارات (القوائم، المساعدة) كما تُكتب على لوحة المفاتيح
key-ctrl = Ctrl
key-alt = Alt
key-shift = Shift
key-escape = Escape
key-delete = Delete
key-backspace = Backspace
key-page-up = Page Up
key-page-down = Page Down
key-home = Home
key-end = End
key-enter = Enter
key-space = المسافة
key-tab = Tab
key-insert = Insert
