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
