# Projects: corpus, codebook, coded segments, tables, corpus search.

## استيراد مشروع REFI-QDA ‏(QDPX) إلى مشروع Glosa: التقرير

refi-report-title = تم استيراد مشروع REFI-QDA ‏{ $name }
refi-report-documents =
    { $count ->
        [zero] لا مستندات، في المشروع { $folder }
        [one] مستند واحد، في المشروع { $folder }
        [two] مستندان، في المشروع { $folder }
        [few] { $count } مستندات، في المشروع { $folder }
        [many] { $count } مستندًا، في المشروع { $folder }
       *[other] { $count } مستند، في المشروع { $folder }
    }
refi-report-codes =
    { $count ->
        [zero] لا رموز
        [one] رمز واحد: { $linked } مربوط برموز موجودة، { $created } منشأ
        [two] رمزان: { $linked } مربوط برموز موجودة، { $created } منشأ
        [few] { $count } رموز: { $linked } مربوط برموز موجودة، { $created } منشأ
        [many] { $count } رمزًا: { $linked } مربوط برموز موجودة، { $created } منشأ
       *[other] { $count } رمز: { $linked } مربوط برموز موجودة، { $created } منشأ
    }
refi-report-codings = التحديدات المرمّزة: { $placed } في موضع نصها، { $moved } منقولة (راجعها)، { $orphaned } يتيمة (محفوظة مع نصها)
refi-report-source = المصدر
refi-report-placed = في موضعها
refi-report-moved = منقولة
refi-report-orphaned = يتيمة
refi-report-not-imported = لم يُستورد ({ $problem })
refi-report-orphans = مقاطع مرمّزة يتيمة (تعذّر العثور على نصها):
refi-report-elements = عناصر لم تُستورد:
refi-report-element = { $count } × <{ $name }>
refi-report-refused = قيم مستبعدة (رفضتها السمة):
refi-report-refused-value = { $attribute } للمستند { $document }: { $reason }
refi-report-cycle = الرمز «{ $name }»: أصله سيُحدث حلقة؛ أُبقي في المستوى الأعلى
refi-report-not-opened = هناك عمل غير محفوظ مفتوح: لم يُفتح المشروع بعد.
refi-report-open = افتح المشروع

## ملف ▸ تصدير والمشروع مفتوح

project-export-document = المستند المعروض
project-export-project = المشروع كله
project-export-retrieval =
    { $count ->
        [zero] لا مقاطع مرمّزة مسترجعة
        [one] المقطع المرمّز المسترجع ({ $count })
        [two] المقطعان المرمّزان المسترجعان ({ $count })
        [few] المقاطع المرمّزة المسترجعة ({ $count })
        [many] المقاطع المرمّزة المسترجعة ({ $count })
       *[other] المقاطع المرمّزة المسترجعة ({ $count })
    }
project-export-project-note = كل مستندات المشروع؛ تحمل صفوف الجدول اسم ملف المستند وكل سماته.
project-export-columns-note = يحمل كل صف اسم ملف المستند وكل سماته.
project-format-csv = المقاطع المرمّزة، CSV
project-format-csv-excel = المقاطع المرمّزة، CSV لبرنامج Excel
project-format-xlsx = المقاطع المرمّزة، مصنف Excel (ورقة لكل رمز)
project-format-markdown = المقاطع المرمّزة، تقرير Markdown
project-format-json = المقاطع المرمّزة، JSON

## عروض المشروع: الألسنة، لوحة المدوّنة، المقاطع المرمّزة

project-view-corpus = المدوّنة
project-view-codebook = دليل الرموز
project-view-segments = المقاطع المرمّزة
project-view-tables = الجداول
project-view-search = البحث
project-save = احفظ المشروع
project-reading-files = جارٍ قراءة ملفات المشروع…
attribute-stakeholder_group = فئة أصحاب المصلحة
attribute-region = المنطقة
attribute-language = اللغة
attribute-date = التاريخ
tabs-tooltip =
    { $document }
    التعليقات: { $annotations }
tabs-close = أغلق { $title }
tabs-reading = جارٍ قراءة { $done } من { $total } ملفات
tabs-undo = تراجع عن تغيير المشروع
tabs-redo = أعد تغيير المشروع
tabs-import-attributes = استورد السمات (CSV)…
tabs-export-attributes = صدّر السمات (CSV)…
tabs-rescan = ابحث عن ملفات جديدة
tabs-unsaved = غير محفوظ: { $count }
corpus-sorted-descending = { $label }، ترتيب تنازلي
corpus-sorted-ascending = { $label }، ترتيب تصاعدي
corpus-sort-by = رتّب حسب { $label }
corpus-no-documents = لا مستندات: ضع ملفات ‎.txt أو ‎.md في مجلد المشروع.
corpus-documents-missing = لا يمكن عرض أي مستند: مستندات المشروع مفقودة (انظر التحذيرات أعلاه).
corpus-no-match = لا مستند يطابق عامل التصفية.
corpus-totals =
    { $count ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندان
        [few] { $count } مستندات
        [many] { $count } مستندًا
       *[other] { $count } مستند
    } · { $files ->
        [zero] لا ملفات تعليقات
        [one] ملف تعليقات واحد
        [two] ملفا تعليقات
        [few] { $files } ملفات تعليقات
        [many] { $files } ملفًا للتعليقات
       *[other] { $files } ملف تعليقات
    } · { $codings ->
        [zero] لا ترميزات
        [one] ترميز واحد
        [two] ترميزان
        [few] { $codings } ترميزات
        [many] { $codings } ترميزًا
       *[other] { $codings } ترميز
    }
corpus-filter-hint = صفِّ حسب الملف أو العنوان أو السمة
corpus-filter = صفِّ المستندات
corpus-add-attribute = + سمة…
corpus-import-attributes = استورد السمات…
corpus-import-attributes-tooltip = من ملف CSV: عمود للمستند وعمود لكل سمة
corpus-export-attributes = صدّر السمات…
corpus-column-document = المستند
corpus-column-title = العنوان
corpus-column-files = الملفات
corpus-edit-attribute = حرّر السمة…
corpus-remove-attribute = احذف السمة…
corpus-open = افتح
corpus-open-tooltip = افتح المستند مع تعليقاتك
corpus-open-name = افتح { $key }
corpus-attributes-of = سمات { $key }
corpus-open-document = افتح المستند
corpus-value-none = (لا شيء)
corpus-hint-date = YYYY-MM-DD
corpus-hint-number = رقم
corpus-editor-help = اضغط Enter أو غادر الحقل لحفظ قيمته؛ Ctrl+Z يتراجع؛ Ctrl+S يحفظ المشروع.
segments-tags = الرموز
segments-any-of = أيٌّ من
segments-and-also = وكذلك
segments-not = ليس
segments-sub-codes = مع الرموز الفرعية
segments-documents-where = المستندات التي
segments-remove-condition = احذف هذا الشرط
segments-add-condition = + شرط
segments-authors-all = المؤلفون: الكل
segments-authors = المؤلفون: { $names }
segments-status = الحالة
segments-text-hint = نص في الاقتباس أو الملاحظة
segments-containing = المقاطع التي تحتوي
segments-clear-filters = امسح عوامل التصفية
segments-count =
    { $count ->
        [zero] لا مقاطع مرمّزة
        [one] مقطع مرمّز واحد
        [two] مقطعان مرمّزان
        [few] { $count } مقاطع مرمّزة
        [many] { $count } مقطعًا مرمّزًا
       *[other] { $count } مقطع مرمّز
    } في { $documents ->
        [zero] لا مستندات
        [one] مستند واحد
        [two] مستندين
        [few] { $documents } مستندات
        [many] { $documents } مستندًا
       *[other] { $documents } مستند
    }
segments-moved = منقول: راجعه
segments-orphaned = يتيم
segments-note = ملاحظة: { $note }
segments-open-tooltip = افتح المستند عند هذا المقطع
segments-none = لا مقطع مرمّز يطابق.

## حوارات المشروع، دليل الرموز، الجداول والبحث في المدوّنة

project-remove-attribute-title = أتحذف السمة «{ $label }»؟
project-remove-attribute-text =
    { $count ->
        [zero] لا مستند يفقد قيمته لها. Ctrl+Z في عرض المشروع يتراجع عن ذلك.
        [one] مستند واحد يفقد قيمته لها. Ctrl+Z في عرض المشروع يتراجع عن ذلك.
        [two] مستندان يفقدان قيمتهما لها. Ctrl+Z في عرض المشروع يتراجع عن ذلك.
        [few] { $count } مستندات تفقد قيمتها لها. Ctrl+Z في عرض المشروع يتراجع عن ذلك.
        [many] { $count } مستندًا يفقد قيمته لها. Ctrl+Z في عرض المشروع يتراجع عن ذلك.
       *[other] { $count } مستند يفقد قيمته لها. Ctrl+Z في عرض المشروع يتراجع عن ذلك.
    }
project-remove = احذف
project-export-segments-title =
    { $count ->
        [zero] صدّر المقاطع المرمّزة (لا شيء)
        [one] صدّر مقطعًا مرمّزًا واحدًا
        [two] صدّر مقطعين مرمّزين
        [few] صدّر { $count } مقاطع مرمّزة
        [many] صدّر { $count } مقطعًا مرمّزًا
       *[other] صدّر { $count } مقطع مرمّز
    }
project-unsaved-quit = أتحفظ التغييرات قبل الإغلاق؟
project-unsaved-first = أتحفظ التغييرات أولًا؟
project-unsaved-list = في هذه تغييرات غير محفوظة:
project-unsaved-project = • المشروع: دليل الرموز والسمات ({ $file })
project-save-all = احفظ الكل
project-code-edit = حرّر الرمز
project-code-new = رمز جديد
project-label = الاسم
project-colour = اللون
project-parent = الرمز الأصل
project-top-level = (المستوى الأعلى)
project-description = الوصف
project-code-description-hint = ما يعنيه الرمز ومتى يُستعمل (مذكرة الرمز)
project-attribute-edit = حرّر السمة
project-attribute-new = سمة جديدة
project-kind = النوع
project-choices = الخيارات
project-choices-hint = خيار في كل سطر
codebook-add = + أضف رمزًا…
codebook-help = حرّر رمزًا لتعيد تسميته أو تغيّر لونه أو تكتب وصفه (مذكرة الرمز) أو تعطيه رمزًا أصلًا.
codebook-usage = الترميزات: { $count }، المستندات: { $documents }
codebook-edit = حرّر…
codebook-edit-name = حرّر { $label }
codebook-add-sub = + رمز فرعي…
codebook-add-sub-name = أضف رمزًا فرعيًا إلى { $label }
codebook-move-up = انقل لأعلى
codebook-move-down = انقل لأسفل
codebook-outside = رموز مستعملة في ملفات التعليقات وليست في دليل الرموز
codebook-outside-in = في { $path }
codebook-add-outside = أضف إلى دليل الرموز
tables-attribute = الرموز × السمة
tables-cooccurrence = تزامن الرموز
tables-attribute-choice = السمة
tables-count-segments = عُدّ المقاطع المرمّزة
tables-count-documents = عُدّ المستندات
tables-overlap = مقاطع متداخلة
tables-same-paragraph = الفقرة نفسها
tables-export = صدّر CSV…
tables-change-filters = غيّر عوامل التصفية…
tables-no-attributes = لا سمات في المشروع.
tables-total = المجموع
search-heading = ابحث في المدوّنة
search-in-documents = في { $documents } من { $count } مستندات (شروط السمات في المقاطع المرمّزة).
search-hits = النتائج: { $count }، في المستندات: { $documents }
search-hits-truncated = النتائج: { $count }، في المستندات: { $documents } (الأولى فقط؛ دقّق البحث)
search-autocode = رمّز كل النتائج بـ…
search-undo-autocode = تراجع عن الترميز التلقائي
search-hint = كلمات أو نمط
search-field = ابحث في المدوّنة عن
search-mode-text = نص
search-mode-words = كلمات كاملة
search-mode-regex = تعبير نمطي
search-match-case = طابق حالة الأحرف
search-match-accents = طابق علامات التشكيل
search-open-tooltip = افتح المستند عند هذه النتيجة

## رسائل المشروع، مطالبات الملفات وبقية التسميات

message-project-opened = فُتح المشروع «{ $name }»: المستندات: { $count }.
message-code-not-read = لا يمكن حذف «{ $label }» بعد: ما زالت ملفات المشروع تُقرأ.
message-code-in-use = «{ $label }» مستعمل في { $count } من التعليقات في { $documents } من المستندات؛ أزِله منها أولًا (تسردها المقاطع المرمّزة). لا يغادر رمزٌ مستعمل دليلَ رموز المشروع.
message-project-undone = تم التراجع عن تغيير المشروع.
message-project-redone = أُعيد تغيير المشروع.
message-project-nothing-to-undo = لا شيء للتراجع عنه أو إعادته في المشروع.
message-autocode-undone = تم التراجع عن الترميز التلقائي في المستندات: { $count }.
message-rescanned = تم البحث عن مستندات وملفات تعليقات جديدة.
message-project-document-opened = فُتح { $document } (تعليقاتك: { $annotations })
message-project-saved = حُفظ المشروع { $path }
message-project-saved-conflicts = حُفظ المشروع؛ غيّر شخص آخر { $names } في الوقت نفسه (أُبقيت نسختك).
message-saved-all = حُفظ الكل.
message-autocode-skipped = مستندات متخطاة ({ $count }): { $names }
message-autocoded = رُمّزت النتائج ({ $count }) بـ«{ $label }» في المستندات ({ $documents }): تظليلات جديدة: { $added }، موجودة: { $existing }. غير محفوظة: «احفظ الكل» يبقيها، و«تراجع عن الترميز التلقائي» يزيلها.
message-export-over-project = لا تصدير فوق ملف المشروع أو مستند أو ملف تعليقات؛ اختر اسمًا آخر: { $path }
message-project-exported = صُدّر ({ $what }) إلى { $path }
message-cannot-export = تعذّر التصدير ({ $error }): { $path }
message-attributes-imported = استُوردت الصفوف: { $rows }؛ القيم المتغيرة: { $changed } (Ctrl+Z يتراجع).
message-attributes-imported-new = استُوردت الصفوف: { $rows }؛ القيم المتغيرة: { $changed }؛ سمات جديدة: { $names } (Ctrl+Z يتراجع).
export-what-segments = المقاطع المرمّزة: { $count }
export-what-codes = الرموز: { $count }
export-what-annotations = التعليقات: { $count }
export-what-table = الجدول
export-what-attributes = السمات
kind-text = نص
kind-number = رقم
kind-date = تاريخ (YYYY-MM-DD)
kind-one-of = واحد من قائمة
path-open-project = افتح مشروعًا (مجلدًا أو ملف ‎.glosa-project.ron)
path-export-segments = صدّر المقاطع المرمّزة إلى
path-export-project = صدّر المشروع إلى
path-export-table = صدّر الجدول (CSV) إلى
path-import-attributes = استورد السمات من (CSV)
path-export-attributes = صدّر السمات (CSV) إلى
search-hit-name = نتيجة في { $key } ¶{ $ordinal }: { $text }
segments-condition-name = الشرط { $number }: { $part }
segments-condition-attribute = السمة
segments-condition-comparison = المقارنة
segments-condition-value = القيمة
segments-row-name = مقطع { $key } { $place } { $tag }: { $quote }
codebook-count = الرموز: { $count }، مشتركة بين كل ملفات تعليقات المشروع
tables-filters = عوامل التصفية: { $filters }
tables-cell = { $row } × { $column }: المقاطع: { $count }
segments-no-value = (بلا قيمة)

## robust5: ملفات REFI-QDA مقروءة رغم ذلك (نطاق أسماء XML غريب أو غائب)
refi-warning-namespace = الملف { $file } في نطاق أسماء XML ‏«{ $found }» لا في { $expected } (REFI-QDA 1.5)؛ قُرئ رغم ذلك.
refi-warning-no-namespace = الملف { $file } بلا نطاق أسماء XML، والمطلوب { $expected } (REFI-QDA 1.5)؛ قُرئ رغم ذلك.

## تقرير استيراد REFI-QDA: لماذا لم يوضع مصدر أو تحديد (src/ui/errors.rs)

refi-problem-file-missing = ملف { $kind } الخاص به ليس في الأرشيف
refi-problem-file-unreadable = تتعذر قراءة ملف { $kind } الخاص به ({ $reason })
refi-problem-no-plain-text = لا نص عاديًا له في المشروع
refi-problem-not-plain-text = تتعذر قراءة نصه نصًا عاديًا
refi-report-misfits = تحديدات لم توضع بحسب موضعها (وُضعت بحسب نصها، أو حُفظت يتيمة):
refi-report-misfit = { $source }: «{ $name }»: { $reason }
refi-misfit-pdf-area = تحديد منطقة في PDF ‏({ $area }) لا مكان له في النص
refi-misfit-empty = الموضع { $start }..{ $end } فارغ أو معكوس
refi-misfit-outside =
    { $length ->
        [zero] الموضع { $start }..{ $end } لا يناسب النص (لا حرف فيه، بعدّ { $unit })
        [one] الموضع { $start }..{ $end } لا يناسب النص (حرف واحد، بعدّ { $unit })
        [two] الموضع { $start }..{ $end } لا يناسب النص (حرفان، بعدّ { $unit })
        [few] الموضع { $start }..{ $end } لا يناسب النص ({ $length } أحرف، بعدّ { $unit })
        [many] الموضع { $start }..{ $end } لا يناسب النص ({ $length } حرفًا، بعدّ { $unit })
       *[other] الموضع { $start }..{ $end } لا يناسب النص ({ $length } حرف، بعدّ { $unit })
    }
refi-unit-code-points = نقاط الترميز
refi-unit-utf16 = وحدات ترميز UTF-16
refi-unit-code-points-line-break = نقاط الترميز، فاصل السطر = 1
refi-unit-utf16-line-break = وحدات ترميز UTF-16، فاصل السطر = 1

## ما يبقيه الاسترجاع (المقاطع المرمّزة، الجداول)، وزاوية الجدول

query-all = كل المقاطع المرمّزة
query-any-tags = موسومة بـ { $tags }
query-all-tags = موسومة بكل من { $tags }
query-not-tags = غير موسومة بـ { $tags }
query-exact = دون الرموز الفرعية
query-authors = من إعداد { $authors }
query-statuses = الحالة: { $statuses }
query-text = النص «{ $text }»
query-documents =
    { $count ->
        [zero] لا مستندات مختارة
        [one] مستند واحد مختار
        [two] مستندان مختاران
        [few] { $count } مستندات مختارة
        [many] { $count } مستندًا مختارًا
       *[other] { $count } مستند مختار
    }
tables-corner-tag = الوسم

## Agreement view: the project's coders

agreement-project-files = ملفات المشروع:
    .tooltip = ملفات التعليقات الأخرى في المشروع لهذه الوثيقة، كلٌّ منها مسمّى بمُرمِّزيه: تُقارَن الملفات المؤشَّر عليها (كما يفعل glosa agreement --project)

## Agreement view: all the project's documents pooled (agree7)

agreement-scope = المقارنة:
agreement-scope-document = هذه الوثيقة
agreement-scope-project = كل وثائق المشروع
    .tooltip = مجمّعة على وثائق المشروع: نصوصها موصولة واحدًا بعد الآخر، دون أخذ متوسط أبدًا (كما يفعل glosa agreement --project). يذكر كل اختلاف وثيقته، والنقر عليه يفتحها.
agreement-pooled-note = مجمّعة على { $pooled } من { $count } وثائق: التي رمّزها كل المرمِّزين.
agreement-excluded = المستبعَد ({ $count })
agreement-excluded-moved = منقول: وُجد في الوثيقة على وجه التقريب فقط
agreement-excluded-orphaned = يتيم: لم يوجد في الوثيقة
agreement-excluded-untagged = بلا وسم
agreement-excluded-not-coded-by-all = خارج النتائج المجمّعة: لا تعليقات من { $coders }
