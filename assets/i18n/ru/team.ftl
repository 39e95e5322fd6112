# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

## Диалоги совместной работы: предпросмотр слияния, копии синхронизации, восстановление, панель конфликтов, авторы

team-merge-heading = Слияние с файлом коллеги
team-merge-from = Из { $path }:
team-merge-added = Добавлено
team-merge-updated = Обновлено
team-merge-conflicts = Конфликты
team-merge-orphaned = Без привязки
team-merge-unchanged = Без изменений
team-merge-author = Автор
team-merge-changed = Добавлено или изменено
team-merge-reanchored = Сделаны в другой версии документа: перепривязано { $reanchored }, сдвинуто { $moved }, без привязки { $orphaned } (сохранены, перечислены).
team-merge-conflicts-text = Аннотации, изменённые и здесь, и там, становятся конфликтами: обе версии сохраняются и перечисляются на панели конфликтов.
team-merge-duplicates = { $count ->
    [one] { $count } группа одинаковых выделений одного автора с разными ID (сохранены; см. список).
    [few] { $count } группы одинаковых выделений одного автора с разными ID (сохранены; см. список).
    [many] { $count } групп одинаковых выделений одного автора с разными ID (сохранены; см. список).
   *[other] { $count } группы одинаковых выделений одного автора с разными ID (сохранены; см. список).
}
team-merge-one-step = Слияние — один шаг: Ctrl+Z отменяет его целиком.
team-merge-nothing = Нечего сливать: все аннотации файла уже здесь.
team-button-merge = Слить
team-copies-heading = { $count ->
    [one] Слить { $count } конфликтную копию, созданную клиентом синхронизации
    [few] Слить { $count } конфликтные копии, созданные клиентом синхронизации
    [many] Слить { $count } конфликтных копий, созданных клиентом синхронизации
   *[other] Слить { $count } конфликтной копии, созданные клиентом синхронизации
}
team-copies-text = Ваш клиент синхронизации сохранил эти версии файла аннотаций, когда два компьютера изменили его одновременно:
team-copies-merge-text = Слияние сохраняет работу всех (одна и та же аннотация, изменённая на обоих, становится конфликтом, который нужно разрешить). Это один шаг: Ctrl+Z отменяет его. После следующего сохранения копии перемещаются в папку .glosa-merged рядом с файлом; ничего не удаляется.
team-button-not-now = Не сейчас
team-recover-heading = { $count ->
    [one] Восстановить { $count } несохранённое изменение
    [few] Восстановить { $count } несохранённых изменения
    [many] Восстановить { $count } несохранённых изменений
   *[other] Восстановить { $count } несохранённого изменения
}
team-recover-text = Glosa остановилась, не сохранив { $file } (сбой, или компьютер был выключен). Её журнал восстановления содержит работу, которой нет в файле: { $count ->
    [one] { $count } аннотация добавлена или изменена.
    [few] { $count } аннотации добавлены или изменены.
    [many] { $count } аннотаций добавлено или изменено.
   *[other] { $count } аннотации добавлено или изменено.
}
team-recover-choices = «Восстановить» сливает его (изменения, сохранённые коллегой тем временем, сохраняются) за один шаг: Ctrl+Z отменяет его. «Отбросить» удаляет журнал.
team-button-recover = Восстановить
team-button-discard = Отбросить
    .tooltip = Несохранённая работа из журнала будет потеряна
team-button-later = Позже
    .tooltip = Оставить журнал; вопрос будет задан в следующий раз
team-conflicts-heading = Конфликты ({ $count })
team-conflicts-none = Конфликтов нет: у каждой аннотации одна версия. Конфликты появляются здесь, когда два человека меняют одну и ту же аннотацию до слияния.
team-conflict-versions = { $count ->
    [one] { $count } версия одной аннотации, изменённой на двух компьютерах:
    [few] { $count } версии одной аннотации, изменённой на двух компьютерах:
    [many] { $count } версий одной аннотации, изменённой на двух компьютерах:
   *[other] { $count } версии одной аннотации, изменённой на двух компьютерах:
}
team-button-keep-both = Оставить обе как отдельные аннотации
    .tooltip = Каждая версия становится отдельной аннотацией (показанная сохраняет ID)
team-version = Версия { $number }
team-version-shown = Версия { $number } (показана)
team-button-take-this = Взять эту
    .tooltip = Оставить эту версию; остальные уходят (Ctrl+Z возвращает их)
team-version-no-tags = Без меток
team-version-note = Заметка в этой версии: { $note }
team-version-by = автор: { $author }
team-version-deleted = удалена { $time }
team-version-changed = изменена { $time }
team-authors = Авторы
team-author-count = { $author } ({ $count })
team-show-author = Показывать выделения автора { $author }
team-message-already-open = { $path } — это уже открытый файл аннотаций.
team-message-merged = Слито ({ $what }): { $summary } (Ctrl+Z — отменить).
team-merged-disk = их версия на диске
team-merged-copies = { $count ->
    [one] { $count } конфликтная копия
    [few] { $count } конфликтные копии
    [many] { $count } конфликтных копий
   *[other] { $count } конфликтной копии
}
team-merged-journal = журнал восстановления
team-merge-summary = добавлено { $added }, обновлено { $updated }, без изменений { $unchanged }, конфликтов { $conflicts }, перепривязано { $reanchored }, без привязки { $orphaned }
team-message-discarded = Несохранённая работа из журнала восстановления отброшена.
team-message-resolved = Конфликт разрешён (Ctrl+Z — отменить).

## Авторы: люди, псевдонимы авторов, скрытые авторы

menu-team = Команда
action-authors = Авторы…
team-authors-edit = Объединить имена…
    .tooltip = Имена и число аннотаций каждого человека; отметить, что два имени — один человек
team-authors-hidden = { $count ->
    [one] { $count } скрыта (автор { $author })
    [few] { $count } скрыты (автор { $author })
    [many] { $count } скрыто (автор { $author })
   *[other] { $count } скрыто (автор { $author })
}
team-authors-show = Показать
team-authors-heading = Авторы
team-authors-text = Люди, написавшие аннотации этого файла. Если один человек писал под двумя именами («Ana K.» и «ana.k@example.org»), выберите другое имя в столбце «Тот же человек, что…»: псевдоним записывается в файл аннотаций, аннотации сохраняют свои имена, а списки, выделения и согласованность считают их одним человеком.
team-authors-person = Человек
team-authors-names = Указанные имена (аннотации)
team-authors-count = Аннотации
team-authors-same = Тот же человек, что…
team-authors-choose = Выбрать…
team-authors-same-label = { $author } — тот же человек, что…
team-authors-undo = Запись псевдонима — один шаг: Ctrl+Z отменяет её.
team-message-aliased = «{ $alias }» теперь { $person } (Ctrl+Z — отменить).

## Панель конфликтов: Изменить…

team-button-edit-conflict = Изменить…
    .tooltip = Составить результат самостоятельно, из одной версии или из всех вместе; он заменяет все версии
team-edit-heading = Изменение аннотации в конфликте
team-edit-start = Начать с:
team-edit-combine = Все вместе
    .tooltip = Метки всех версий и их заметки одна за другой
team-edit-passage = Фрагмент
team-edit-tags = Группы заинтересованных сторон
team-edit-note = Заметка
team-edit-undo = Результат становится единственной версией, более новой, чем все остальные (Ctrl+Z возвращает конфликт).
team-button-resolve-edited = Разрешить так

## Изменения на диске

team-notice-merged = { $count ->
    [one] Слито { $count } изменение с диска
    [few] Слито { $count } изменения с диска
    [many] Слито { $count } изменений с диска
   *[other] Слито { $count } изменения с диска
}
team-notice-undo = Отменить
team-notice-dismiss = Закрыть

## Recovery prompt answered "Later"

team-menu-recover = Восстановить несохранённую работу из журнала…
team-message-nothing-to-recover = В журнале восстановления больше нет ничего, чего нет здесь.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] Открыт файл { $path } — { $count } неразрешённый конфликт: Вид > Панель конфликтов
        [few] Открыт файл { $path } — { $count } неразрешённых конфликта: Вид > Панель конфликтов
        [many] Открыт файл { $path } — { $count } неразрешённых конфликтов: Вид > Панель конфликтов
       *[other] Открыт файл { $path } — { $count } неразрешённого конфликта: Вид > Панель конфликтов
    }
