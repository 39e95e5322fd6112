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
