# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

## حوارات العمل الجماعي: معاينة الدمج، نسخ المزامنة، الاستعادة، لوحة التعارضات، المؤلفون

team-merge-heading = دمج ملف أحد الزملاء
team-merge-from = من { $path }:
team-merge-added = أُضيفت
team-merge-updated = حُدِّثت
team-merge-conflicts = تعارضات
team-merge-orphaned = يتيمة
team-merge-unchanged = دون تغيير
team-merge-author = المؤلف
team-merge-changed = أُضيفت أو غُيِّرت
team-merge-reanchored = أُنشئت على نسخة أخرى من المستند: أُعيد ربط { $reanchored }، ونُقل { $moved }، وبقي { $orphaned } يتيمًا (محفوظة ومدرجة).
team-merge-conflicts-text = التعليقات التي غُيِّرت هنا وهناك تصبح تعارضات: تُحفظ النسختان وتُدرجان في لوحة التعارضات.
team-merge-duplicates = { $count ->
    [zero] لا مجموعات من التظليلات المتطابقة للمؤلف نفسه بمعرّفات مختلفة.
    [one] مجموعة واحدة من التظليلات المتطابقة للمؤلف نفسه بمعرّفات مختلفة (محفوظة؛ انظر القائمة).
    [two] مجموعتان من التظليلات المتطابقة للمؤلف نفسه بمعرّفات مختلفة (محفوظة؛ انظر القائمة).
    [few] { $count } مجموعات من التظليلات المتطابقة للمؤلف نفسه بمعرّفات مختلفة (محفوظة؛ انظر القائمة).
    [many] { $count } مجموعة من التظليلات المتطابقة للمؤلف نفسه بمعرّفات مختلفة (محفوظة؛ انظر القائمة).
   *[other] { $count } مجموعة من التظليلات المتطابقة للمؤلف نفسه بمعرّفات مختلفة (محفوظة؛ انظر القائمة).
}
team-merge-one-step = الدمج خطوة واحدة: Ctrl+Z يتراجع عنه كله.
team-merge-nothing = لا شيء للدمج: كل تعليقات الملف موجودة هنا بالفعل.
team-button-merge = دمج
team-copies-heading = { $count ->
    [zero] لا نسخ متعارضة للدمج
    [one] دمج نسخة متعارضة واحدة أنشأها عميل المزامنة
    [two] دمج نسختين متعارضتين أنشأهما عميل المزامنة
    [few] دمج { $count } نسخ متعارضة أنشأها عميل المزامنة
    [many] دمج { $count } نسخة متعارضة أنشأها عميل المزامنة
   *[other] دمج { $count } نسخة متعارضة أنشأها عميل المزامنة
}
team-copies-text = احتفظ عميل المزامنة بهذه النسخ من ملف التعليقات عندما غيّره حاسوبان في الوقت نفسه:
team-copies-merge-text = الدمج يحفظ عمل الجميع (التعليق نفسه إذا غُيِّر في الجهتين يصبح تعارضًا يجب حله). إنه خطوة واحدة: Ctrl+Z يتراجع عنه. بعد الحفظ التالي تُنقل النسخ إلى المجلد .glosa-merged بجوار الملف؛ لا يُحذف شيء.
team-button-not-now = ليس الآن
team-recover-heading = { $count ->
    [zero] لا تغييرات غير محفوظة
    [one] استعادة تغيير واحد غير محفوظ
    [two] استعادة تغييرين غير محفوظين
    [few] استعادة { $count } تغييرات غير محفوظة
    [many] استعادة { $count } تغييرًا غير محفوظ
   *[other] استعادة { $count } تغيير غير محفوظ
}
team-recover-text = توقف Glosa قبل حفظ { $file } (عطل، أو أُطفئ الحاسوب). يحتوي سجل الاستعادة على عمل غير موجود في الملف: { $count ->
    [zero] لا تعليقات مضافة أو مغيّرة.
    [one] تعليق واحد أُضيف أو غُيِّر.
    [two] تعليقان أُضيفا أو غُيِّرا.
    [few] { $count } تعليقات أُضيفت أو غُيِّرت.
    [many] { $count } تعليقًا أُضيف أو غُيِّر.
   *[other] { $count } تعليق أُضيف أو غُيِّر.
}
team-recover-choices = «استعادة» يدمجه (تُحفظ تغييرات الزملاء المحفوظة في الأثناء) في خطوة واحدة: Ctrl+Z يتراجع عنها. «تجاهل» يحذف السجل.
team-button-recover = استعادة
team-button-discard = تجاهل
    .tooltip = يضيع العمل غير المحفوظ في السجل
team-button-later = لاحقًا
    .tooltip = الإبقاء على السجل؛ ستُسأل مرة أخرى في المرة القادمة
team-conflicts-heading = التعارضات ({ $count })
team-conflicts-none = لا تعارضات: لكل تعليق نسخة واحدة. تظهر التعارضات هنا عندما يغيّر شخصان التعليق نفسه قبل الدمج.
team-conflict-versions = { $count ->
    [zero] لا نسخ
    [one] نسخة واحدة من تعليق واحد، غُيِّر على حاسوبين:
    [two] نسختان من تعليق واحد، غُيِّر على حاسوبين:
    [few] { $count } نسخ من تعليق واحد، غُيِّر على حاسوبين:
    [many] { $count } نسخة من تعليق واحد، غُيِّر على حاسوبين:
   *[other] { $count } نسخة من تعليق واحد، غُيِّر على حاسوبين:
}
team-button-keep-both = الإبقاء على الاثنين تعليقين منفصلين
    .tooltip = تصبح كل نسخة تعليقًا مستقلًا (المعروضة تحتفظ بالمعرّف)
team-version = النسخة { $number }
team-version-shown = النسخة { $number } (المعروضة)
team-button-take-this = اعتماد هذه
    .tooltip = الإبقاء على هذه النسخة؛ تُزال الأخرى (Ctrl+Z يعيدها)
team-version-no-tags = بلا وسوم
team-version-note = الملاحظة في هذه النسخة: { $note }
team-version-by = بقلم { $author }
team-version-deleted = حُذفت في { $time }
team-version-changed = غُيِّرت في { $time }
team-authors = المؤلفون
team-author-count = { $author } ({ $count })
team-show-author = إظهار تظليلات { $author }
team-message-already-open = { $path } هو ملف التعليقات المفتوح بالفعل.
team-message-merged = دُمج { $what }: { $summary } (Ctrl+Z للتراجع).
team-merged-disk = نسختهم على القرص
team-merged-copies = { $count ->
    [zero] لا نسخ متعارضة
    [one] نسخة متعارضة واحدة
    [two] نسختان متعارضتان
    [few] { $count } نسخ متعارضة
    [many] { $count } نسخة متعارضة
   *[other] { $count } نسخة متعارضة
}
team-merged-journal = سجل الاستعادة
team-merge-summary = أُضيف { $added }، حُدِّث { $updated }، دون تغيير { $unchanged }، تعارضات { $conflicts }، أُعيد ربط { $reanchored }، يتيمة { $orphaned }
team-message-discarded = تم تجاهل العمل غير المحفوظ في سجل الاستعادة.
team-message-resolved = حُلَّ التعارض (Ctrl+Z للتراجع).

## المؤلفون: الأشخاص، الأسماء البديلة للمؤلفين، المؤلفون المخفيون

menu-team = الفريق
action-authors = المؤلفون…
team-authors-edit = دمج الأسماء…
    .tooltip = أسماء كل شخص وعدد تعليقاته؛ تسجيل أن اسمين لشخص واحد
team-authors-hidden = { $count ->
    [zero] لا تعليقات مخفية (المؤلف { $author })
    [one] تعليق واحد مخفي (المؤلف { $author })
    [two] تعليقان مخفيان (المؤلف { $author })
    [few] { $count } تعليقات مخفية (المؤلف { $author })
    [many] { $count } تعليقًا مخفيًا (المؤلف { $author })
   *[other] { $count } تعليق مخفي (المؤلف { $author })
}
team-authors-show = إظهار
team-authors-heading = المؤلفون
team-authors-text = الأشخاص الذين كتبوا تعليقات هذا الملف. إذا كتب شخص واحد باسمين («Ana K.» و«ana.k@example.org»)، فاختر الاسم الآخر تحت «الشخص نفسه مثل…»: يُسجَّل الاسم البديل في ملف التعليقات، وتحتفظ التعليقات بأسمائها، وتعدّها القوائم والتظليلات وحساب الاتفاق شخصًا واحدًا.
team-authors-person = الشخص
team-authors-names = الأسماء المكتوبة (التعليقات)
team-authors-count = التعليقات
team-authors-same = الشخص نفسه مثل…
team-authors-choose = اختيار…
team-authors-same-label = { $author } هو الشخص نفسه مثل…
team-authors-undo = تسجيل الاسم البديل خطوة واحدة: Ctrl+Z يتراجع عنها.
team-message-aliased = «{ $alias }» صار الآن { $person } (Ctrl+Z للتراجع).

## لوحة التعارضات: تحرير…

team-button-edit-conflict = تحرير…
    .tooltip = اكتب النتيجة بنفسك، انطلاقًا من نسخة واحدة أو من جميع النسخ مجتمعة؛ تحل محل كل النسخ
team-edit-heading = تحرير التعليق المتعارض
team-edit-start = البدء من:
team-edit-combine = جميعها مجتمعة
    .tooltip = وسوم كل النسخ، وملاحظاتها واحدة تلو الأخرى
team-edit-passage = المقطع
team-edit-tags = فئات أصحاب المصلحة
team-edit-note = الملاحظة
team-edit-undo = تصبح النتيجة النسخة الوحيدة، أحدث من جميع النسخ (Ctrl+Z يعيد التعارض).
team-button-resolve-edited = الحل بهذه

## التغييرات على القرص

team-notice-merged = { $count ->
    [zero] لم يُدمج أي تغيير من القرص
    [one] دُمج تغيير واحد من القرص
    [two] دُمج تغييران من القرص
    [few] دُمجت { $count } تغييرات من القرص
    [many] دُمج { $count } تغييرًا من القرص
   *[other] دُمج { $count } تغيير من القرص
}
team-notice-undo = تراجع
team-notice-dismiss = إغلاق

## Recovery prompt answered "Later"

team-menu-recover = استعادة العمل غير المحفوظ من السجل…
team-message-nothing-to-recover = لم يعد سجل الاستعادة يحتوي على شيء غير موجود هنا.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [zero] فُتح { $path } — لا تعارضات
        [one] فُتح { $path } — تعارض واحد بحاجة إلى حل: عرض > لوحة التعارضات
        [two] فُتح { $path } — تعارضان بحاجة إلى حل: عرض > لوحة التعارضات
        [few] فُتح { $path } — { $count } تعارضات بحاجة إلى حل: عرض > لوحة التعارضات
        [many] فُتح { $path } — { $count } تعارضًا بحاجة إلى حل: عرض > لوحة التعارضات
       *[other] فُتح { $path } — { $count } تعارض بحاجة إلى حل: عرض > لوحة التعارضات
    }
