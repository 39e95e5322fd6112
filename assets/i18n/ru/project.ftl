# Projects: corpus, codebook, coded segments, tables, corpus search.

## Импорт проекта REFI-QDA (QDPX) в проект Glosa: отчёт

refi-report-title = Импортирован проект REFI-QDA { $name }
refi-report-documents =
    { $count ->
        [one] { $count } документ, в проекте { $folder }
        [few] { $count } документа, в проекте { $folder }
       *[many] { $count } документов, в проекте { $folder }
    }
refi-report-codes =
    { $count ->
        [one] { $count } код: связано с существующими кодами — { $linked }, создано — { $created }
        [few] { $count } кода: связано с существующими кодами — { $linked }, создано — { $created }
       *[many] { $count } кодов: связано с существующими кодами — { $linked }, создано — { $created }
    }
refi-report-codings = Закодированные выделения: на своём тексте — { $placed }, сдвинуто — { $moved } (проверьте), без привязки — { $orphaned } (сохранены с текстом)
refi-report-source = Источник
refi-report-placed = На месте
refi-report-moved = Сдвинуто
refi-report-orphaned = Без привязки
refi-report-not-imported = не импортирован ({ $problem })
refi-report-orphans = Закодированные фрагменты без привязки (их текст не найден):
refi-report-elements = Не импортированные элементы:
refi-report-element = { $count } × <{ $name }>
refi-report-refused = Пропущенные значения (атрибут их не принял):
refi-report-refused-value = { $attribute } документа { $document }: { $reason }
refi-report-cycle = Код «{ $name }»: его родитель создал бы цикл; оставлен на верхнем уровне
refi-report-not-opened = Открыта несохранённая работа: проект ещё не открыт.
refi-report-open = Открыть проект

## Файл ▸ Экспорт при открытом проекте

project-export-document = Показанный документ
project-export-project = Весь проект
project-export-retrieval =
    { $count ->
        [one] Найденный закодированный фрагмент ({ $count })
       *[other] Найденные закодированные фрагменты ({ $count })
    }
project-export-project-note = Все документы проекта; строки таблицы содержат имя файла документа и все его атрибуты.
project-export-columns-note = Каждая строка содержит имя файла документа и все его атрибуты.
project-format-csv = Закодированные фрагменты, CSV
project-format-csv-excel = Закодированные фрагменты, CSV для Excel
project-format-xlsx = Закодированные фрагменты, книга Excel (лист на каждый код)
project-format-markdown = Закодированные фрагменты, отчёт Markdown
project-format-json = Закодированные фрагменты, JSON

## Представления проекта: вкладки, панель корпуса, закодированные фрагменты

project-view-corpus = Корпус
project-view-codebook = Кодовая книга
project-view-segments = Закодированные фрагменты
project-view-tables = Таблицы
project-view-search = Поиск
project-save = Сохранить проект
project-reading-files = Чтение файлов проекта…
attribute-stakeholder_group = Группа заинтересованных сторон
attribute-region = Регион
attribute-language = Язык
attribute-date = Дата
tabs-tooltip =
    { $document }
    Аннотации: { $annotations }
tabs-close = Закрыть { $title }
tabs-reading = Прочитано файлов: { $done } из { $total }
tabs-undo = Отменить изменение проекта
tabs-redo = Повторить изменение проекта
tabs-import-attributes = Импорт атрибутов (CSV)…
tabs-export-attributes = Экспорт атрибутов (CSV)…
tabs-rescan = Искать новые файлы
tabs-unsaved = не сохранено: { $count }
corpus-sorted-descending = { $label }, по убыванию
corpus-sorted-ascending = { $label }, по возрастанию
corpus-sort-by = Сортировать по столбцу «{ $label }»
corpus-no-documents = Нет документов: положите файлы .txt или .md в папку проекта.
corpus-documents-missing = Нет документов для показа: документы проекта отсутствуют (см. предупреждения выше).
corpus-no-match = Ни один документ не соответствует фильтру.
corpus-totals =
    { $count ->
        [one] { $count } документ
        [few] { $count } документа
       *[many] { $count } документов
    } · { $files ->
        [one] { $files } файл аннотаций
        [few] { $files } файла аннотаций
       *[many] { $files } файлов аннотаций
    } · { $codings ->
        [one] { $codings } кодировка
        [few] { $codings } кодировки
       *[many] { $codings } кодировок
    }
corpus-filter-hint = Фильтр по файлу, заголовку или атрибуту
corpus-filter = Фильтр документов
corpus-add-attribute = + Атрибут…
corpus-import-attributes = Импорт атрибутов…
corpus-import-attributes-tooltip = Из файла CSV: столбец документа и по столбцу на каждый атрибут
corpus-export-attributes = Экспорт атрибутов…
corpus-column-document = Документ
corpus-column-title = Заголовок
corpus-column-files = Файлы
corpus-edit-attribute = Изменить атрибут…
corpus-remove-attribute = Удалить атрибут…
corpus-open = Открыть
corpus-open-tooltip = Открыть документ с вашими аннотациями
corpus-open-name = Открыть { $key }
corpus-attributes-of = Атрибуты документа { $key }
corpus-open-document = Открыть документ
corpus-value-none = (нет)
corpus-hint-date = ГГГГ-ММ-ДД
corpus-hint-number = число
corpus-editor-help = Нажмите Enter или покиньте поле, чтобы сохранить значение; Ctrl+Z отменяет; Ctrl+S сохраняет проект.
segments-tags = Коды
segments-any-of = любой из
segments-and-also = и также
segments-not = не
segments-sub-codes = с подкодами
segments-documents-where = Документы, где
segments-remove-condition = Удалить это условие
segments-add-condition = + Условие
segments-authors-all = Авторы: все
segments-authors = Авторы: { $names }
segments-status = Статус
segments-text-hint = текст в цитате или заметке
segments-containing = Фрагменты, содержащие
segments-clear-filters = Сбросить фильтры
segments-count =
    { $count ->
        [one] { $count } закодированный фрагмент
        [few] { $count } закодированных фрагмента
       *[many] { $count } закодированных фрагментов
    } в { $documents ->
        [one] { $documents } документе
       *[other] { $documents } документах
    }
segments-moved = сдвинут: проверить
segments-orphaned = без привязки
segments-note = Заметка: { $note }
segments-open-tooltip = Открыть документ на этом месте
segments-none = Нет подходящих закодированных фрагментов.

## Диалоги проекта, кодовая книга, таблицы и поиск по корпусу

project-remove-attribute-title = Удалить атрибут «{ $label }»?
project-remove-attribute-text =
    { $count ->
        [one] { $count } документ потеряет значение этого атрибута. Ctrl+Z в представлении проекта отменяет это.
        [few] { $count } документа потеряют значение этого атрибута. Ctrl+Z в представлении проекта отменяет это.
       *[many] { $count } документов потеряют значение этого атрибута. Ctrl+Z в представлении проекта отменяет это.
    }
project-remove = Удалить
project-export-segments-title =
    { $count ->
        [one] Экспорт { $count } закодированного фрагмента
       *[other] Экспорт закодированных фрагментов: { $count }
    }
project-unsaved-quit = Сохранить изменения перед закрытием?
project-unsaved-first = Сначала сохранить изменения?
project-unsaved-list = Несохранённые изменения есть в:
project-unsaved-project = • проекте: кодовая книга и атрибуты ({ $file })
project-save-all = Сохранить всё
project-code-edit = Изменить код
project-code-new = Новый код
project-label = Название
project-colour = Цвет
project-parent = Родительский код
project-top-level = (верхний уровень)
project-description = Описание
project-code-description-hint = Что означает код и когда его применять (мемо кода)
project-attribute-edit = Изменить атрибут
project-attribute-new = Новый атрибут
project-kind = Тип
project-choices = Варианты
project-choices-hint = по одному в строке
codebook-add = + Добавить код…
codebook-help = Измените код, чтобы переименовать его, сменить цвет, написать описание (мемо кода) или задать родительский код.
codebook-usage = кодировок: { $count }, документов: { $documents }
codebook-edit = Изменить…
codebook-edit-name = Изменить { $label }
codebook-add-sub = + Подкод…
codebook-add-sub-name = Добавить подкод к { $label }
codebook-move-up = Вверх
codebook-move-down = Вниз
codebook-outside = Коды из файлов аннотаций, которых нет в кодовой книге
codebook-outside-in = в { $path }
codebook-add-outside = Добавить в кодовую книгу
tables-attribute = Коды × атрибут
tables-cooccurrence = Совместная встречаемость кодов
tables-attribute-choice = атрибут
tables-count-segments = считать закодированные фрагменты
tables-count-documents = считать документы
tables-overlap = пересекающиеся фрагменты
tables-same-paragraph = тот же абзац
tables-export = Экспорт CSV…
tables-change-filters = Изменить фильтры…
tables-no-attributes = В проекте нет атрибутов.
tables-total = итого
search-heading = Поиск по корпусу
search-in-documents = В { $documents } из { $count } документов (условия по атрибутам из «Закодированных фрагментов»).
search-hits = найдено: { $count }, документов: { $documents }
search-hits-truncated = найдено: { $count }, документов: { $documents } (только первые; уточните запрос)
search-autocode = Закодировать все найденные кодом…
search-undo-autocode = Отменить автокодирование
search-hint = слова или шаблон
search-field = Искать в корпусе
search-mode-text = текст
search-mode-words = целые слова
search-mode-regex = регулярное выражение
search-match-case = учитывать регистр
search-match-accents = учитывать диакритику
search-open-tooltip = Открыть документ на этом месте

## Сообщения проекта, запросы файлов и остальные подписи

message-project-opened = Открыт проект «{ $name }»; документов: { $count }.
message-code-not-read = «{ $label }» пока нельзя удалить: файлы проекта ещё читаются.
message-code-in-use = «{ $label }» используется в аннотациях ({ $count }) в документах ({ $documents }); сначала уберите его из них (их перечисляют «Закодированные фрагменты»). Используемый код нельзя убрать из кодовой книги проекта.
message-project-undone = Изменение проекта отменено.
message-project-redone = Изменение проекта повторено.
message-project-nothing-to-undo = В проекте нечего отменять или повторять.
message-autocode-undone = Автокодирование отменено; документов: { $count }.
message-rescanned = Выполнен поиск новых документов и файлов аннотаций.
message-project-document-opened = Открыт { $document } (ваши аннотации: { $annotations })
message-project-saved = Проект сохранён: { $path }
message-project-saved-conflicts = Проект сохранён; кто-то другой одновременно изменил { $names } (оставлена ваша версия).
message-saved-all = Всё сохранено.
message-autocode-skipped = Пропущено документов: { $count }: { $names }
message-autocoded = Закодировано совпадений: { $count } кодом «{ $label }» в документах: { $documents }; новых выделений: { $added }, существующих: { $existing }. Не сохранено: «Сохранить всё» сохранит их, «Отменить автокодирование» уберёт.
message-export-over-project = Экспорт поверх файла проекта, документа или файла аннотаций не выполняется; выберите другое имя: { $path }
message-project-exported = Экспортировано ({ $what }) в { $path }
message-cannot-export = Не удалось экспортировать ({ $error }): { $path }
message-attributes-imported = Импортировано строк: { $rows }; изменено значений: { $changed } (Ctrl+Z отменяет).
message-attributes-imported-new = Импортировано строк: { $rows }; изменено значений: { $changed }; новые атрибуты: { $names } (Ctrl+Z отменяет).
export-what-segments =
    { $count ->
        [one] { $count } закодированный фрагмент
        [few] { $count } закодированных фрагмента
       *[many] { $count } закодированных фрагментов
    }
export-what-codes =
    { $count ->
        [one] { $count } код
        [few] { $count } кода
       *[many] { $count } кодов
    }
export-what-annotations =
    { $count ->
        [one] { $count } аннотация
        [few] { $count } аннотации
       *[many] { $count } аннотаций
    }
export-what-table = таблица
export-what-attributes = атрибуты
kind-text = Текст
kind-number = Число
kind-date = Дата (ГГГГ-ММ-ДД)
kind-one-of = Один из списка
path-open-project = Открыть проект (папку или файл .glosa-project.ron)
path-export-segments = Экспортировать закодированные фрагменты в
path-export-project = Экспортировать проект в
path-export-table = Экспортировать таблицу (CSV) в
path-import-attributes = Импортировать атрибуты из (CSV)
path-export-attributes = Экспортировать атрибуты (CSV) в
search-hit-name = Совпадение в { $key } ¶{ $ordinal }: { $text }
segments-condition-name = Условие { $number }: { $part }
segments-condition-attribute = атрибут
segments-condition-comparison = сравнение
segments-condition-value = значение
segments-row-name = Фрагмент { $key } { $place } { $tag }: { $quote }
codebook-count = Кодов: { $count }; общие для всех файлов аннотаций проекта
tables-filters = Фильтры: { $filters }
tables-cell = { $row } × { $column }: фрагментов: { $count }
segments-no-value = (нет значения)

## robust5: файлы REFI-QDA, прочитанные несмотря ни на что (чужое или отсутствующее пространство имён XML)
refi-warning-namespace = { $file } в пространстве имён XML «{ $found }», а не { $expected } (REFI-QDA 1.5); файл всё равно прочитан.
refi-warning-no-namespace = { $file } без пространства имён XML, а нужно { $expected } (REFI-QDA 1.5); файл всё равно прочитан.

## Отчёт об импорте REFI-QDA: почему источник или выделение не размещены (src/ui/errors.rs)

refi-problem-file-missing = его файла { $kind } нет в архиве
refi-problem-file-unreadable = его файл { $kind } не удаётся прочитать ({ $reason })
refi-problem-no-plain-text = в проекте нет простого текста
refi-problem-not-plain-text = его текст не читается как простой текст
refi-report-misfits = Выделения, не размещённые по позиции (размещены по тексту или сохранены как потерянные):
refi-report-misfit = { $source }: «{ $name }»: { $reason }
refi-misfit-pdf-area = выделению области PDF ({ $area }) нет места в тексте
refi-misfit-empty = пустая или обратная позиция { $start }..{ $end }
refi-misfit-outside =
    { $length ->
        [one] позиция { $start }..{ $end } не помещается в текст ({ $length } символ, счёт в единицах: { $unit })
        [few] позиция { $start }..{ $end } не помещается в текст ({ $length } символа, счёт в единицах: { $unit })
        [many] позиция { $start }..{ $end } не помещается в текст ({ $length } символов, счёт в единицах: { $unit })
       *[other] позиция { $start }..{ $end } не помещается в текст ({ $length } символа, счёт в единицах: { $unit })
    }
refi-unit-code-points = кодовые точки
refi-unit-utf16 = кодовые единицы UTF-16
refi-unit-code-points-line-break = кодовые точки, перевод строки = 1
refi-unit-utf16-line-break = кодовые единицы UTF-16, перевод строки = 1

## Что оставляет выборка (Закодированные фрагменты, Таблицы), и угол таблицы

query-all = все закодированные фрагменты
query-any-tags = с тегом { $tags }
query-all-tags = со всеми тегами { $tags }
query-not-tags = без тега { $tags }
query-exact = без подкодов
query-authors = автор: { $authors }
query-statuses = статус: { $statuses }
query-text = текст «{ $text }»
query-documents =
    { $count ->
        [one] { $count } выбранный документ
        [few] { $count } выбранных документа
        [many] { $count } выбранных документов
       *[other] { $count } выбранного документа
    }
tables-corner-tag = тег

## Agreement view: the project's coders

agreement-project-files = Файлы проекта:
    .tooltip = Другие файлы аннотаций проекта для этого документа, каждый назван по его кодировщикам: отмеченные сравниваются (как в glosa agreement --project)

## Agreement view: all the project's documents pooled (agree7)

agreement-scope = Сравнивать:
agreement-scope-document = Этот документ
agreement-scope-project = Все документы проекта
    .tooltip = Сводно по документам проекта: их тексты соединены друг за другом, без усреднения (как в glosa agreement --project). Каждое расхождение называет свой документ; щелчок открывает его.
agreement-pooled-note = Сводно по документам, закодированным всеми кодировщиками: { $pooled } из { $count }.
agreement-excluded = Исключено ({ $count })
agreement-excluded-moved = сдвинута: найдена в документе лишь приблизительно
agreement-excluded-orphaned = потеряна: не найдена в документе
agreement-excluded-untagged = без метки
agreement-excluded-not-coded-by-all = не входит в сводные результаты: нет аннотаций { $coders }
