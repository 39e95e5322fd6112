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
note-meta = { $author } · أُنشئ في { $created } · عُدّل في { $modified }
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
dialog-conflict-text = حفظ برنامج آخر (أو زميل) ملف التعليقات هذا بعد أن فتحه Glosa. الاستبدال يضيّع تغييراتهم (تُحفظ النسخة السابقة باسم .bak).
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
