# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [zero] فُتح { $path } — لا تعارضات
        [one] فُتح { $path } — تعارض واحد بحاجة إلى حل: عرض ▸ لوحة التعارضات
        [two] فُتح { $path } — تعارضان بحاجة إلى حل: عرض ▸ لوحة التعارضات
        [few] فُتح { $path } — { $count } تعارضات بحاجة إلى حل: عرض ▸ لوحة التعارضات
        [many] فُتح { $path } — { $count } تعارضًا بحاجة إلى حل: عرض ▸ لوحة التعارضات
       *[other] فُتح { $path } — { $count } تعارض بحاجة إلى حل: عرض ▸ لوحة التعارضات
    }
