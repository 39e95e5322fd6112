# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] Открыт файл { $path } — { $count } неразрешённый конфликт: Вид ▸ Панель конфликтов
        [few] Открыт файл { $path } — { $count } неразрешённых конфликта: Вид ▸ Панель конфликтов
        [many] Открыт файл { $path } — { $count } неразрешённых конфликтов: Вид ▸ Панель конфликтов
       *[other] Открыт файл { $path } — { $count } неразрешённого конфликта: Вид ▸ Панель конфликтов
    }
