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
