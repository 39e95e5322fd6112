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
