# Интерфейс Glosa на русском языке. Идентификаторы те же, что в английском каталоге
# (assets/i18n/en/glosa.ftl), где описаны соглашения.

## Действия: меню, сочетания клавиш, подсказки

action-open-document = Открыть документ…
action-open-annotations = Открыть аннотации…
action-save = Сохранить
action-save-as = Сохранить как…
action-export = Экспорт…
action-quit = Выйти
action-undo = Отменить
action-redo = Повторить
action-copy = Копировать
action-delete-highlight = Удалить фрагмент
action-find = Найти…
action-find-next = Найти далее
action-find-previous = Найти ранее
action-clear-selection = Снять выделение; закрыть панель поиска
action-larger-text = Крупнее текст
action-smaller-text = Мельче текст
action-toggle-theme = Светлая / тёмная тема
action-help = Сочетания клавиш
action-page-down = На экран вниз
action-page-up = На экран вверх
action-line-down = Прокрутить вниз
action-line-up = Прокрутить вверх
action-top = Начало документа
action-bottom = Конец документа
action-toggle-caret = Режим курсора: перемещать курсор клавишами
action-go-to-paragraph = Перейти к абзацу…
action-next-panel = Следующая панель
action-previous-panel = Предыдущая панель
action-next-annotation = Следующая аннотация
action-previous-annotation = Предыдущая аннотация

## Меню

menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-help = Справка
menu-open-recent = Недавние файлы
menu-recent-empty = (пока ничего)
menu-language = Язык
menu-language-system = Язык системы ({ $language })
menu-version = Glosa { $version }

## Строка состояния

status-paragraphs =
    { $count ->
        [one] { $count } абзац
        [few] { $count } абзаца
        [many] { $count } абзацев
       *[other] { $count } абзаца
    }
status-annotations =
    { $count ->
        [one] { $count } аннотация
        [few] { $count } аннотации
        [many] { $count } аннотаций
       *[other] { $count } аннотации
    }
status-need-review = (требуют проверки: { $count })
status-document = Документ: { $path }
status-unsaved = не сохранено
status-saved = сохранено
status-no-document = Документ не открыт

## Палитра меток

tags-heading = Заинтересованные стороны
tags-no-document = Документ не открыт.
tags-hint-selection = Щёлкните группу или нажмите её номер, чтобы пометить выделенный текст.
tags-hint-selected = Щёлкните группу или нажмите её номер, чтобы добавить её к выбранному фрагменту или убрать.
tags-hint-none = Выделите текст в документе, затем щёлкните группу или нажмите её номер.
tags-visibility-tooltip = Показать или скрыть фрагменты этой группы
tags-show = Показать: { $label }
tags-edit = Переименовать, сменить цвет…
tags-move-up = Выше
tags-move-down = Ниже
tags-delete = Удалить…
tags-filter-only = Показать в списке только эту группу
tags-add = + Добавить метку…
tags-context-hint = Щёлкните группу правой кнопкой, чтобы переименовать, перекрасить, переместить или удалить её.
tags-chip = Метка { $label }
tags-unknown = { $tag } (неизвестная метка)
tags-none = (без метки)

## Заинтересованные стороны ВВУИО (Тунисская программа для информационного общества, 2005, п. 35–36)

wsis-governments = Правительства
    .description = Государства: полномочия по принятию решений в вопросах публичной политики, связанных с интернетом, — суверенное право государств (Тунисская программа, п. 35 a).
wsis-private-sector = Частный сектор
    .description = Частный сектор: важная роль в развитии интернета как в технической, так и в экономической области (Тунисская программа, п. 35 b).
wsis-civil-society = Гражданское общество
    .description = Гражданское общество: важная роль в вопросах, касающихся интернета, особенно на уровне местных сообществ (Тунисская программа, п. 35 c).
wsis-intergovernmental-organizations = Межправительственные организации
    .description = Межправительственные организации: содействие координации вопросов публичной политики, связанных с интернетом (Тунисская программа, п. 35 d).
wsis-international-organizations = Международные организации
    .description = Международные организации: роль в разработке технических стандартов и соответствующей политики, связанных с интернетом (Тунисская программа, п. 35 e).
wsis-technical-academic-community = Академическое и техническое сообщества
    .description = Академическое и техническое сообщества в составе этих заинтересованных сторон: их ценный вклад в эволюцию, функционирование и развитие интернета (Тунисская программа, п. 36).

## Список аннотаций и редактор заметки

annotations-heading = Аннотации
annotations-heading-count = Аннотации ({ $count })
filter-group = Группа
filter-all-groups = Все группы
filter-status = Состояние
filter-any-status = Любое состояние
filter-text-hint = Фильтр по тексту, заметке или автору
anchor-anchored = на месте
anchor-moved = сдвинута
anchor-orphaned = потеряна
annotations-none-match = Нет подходящих аннотаций.
annotation-moved = сдвинута: проверьте
annotation-orphaned = потеряна
annotation-note-preview = Заметка: { $note }
annotation-row = Аннотация { $paragraph }: { $quote }
note-heading = Выбранный фрагмент
note-tag-remove = Щёлкните, чтобы убрать эту группу
note-tag-add = Щёлкните, чтобы добавить эту группу
note-meta = { $author } · создана { $created } · изменена { $modified }
note-hint = Заметка (сохраняется вместе с фрагментом)
note-label = Заметка

## Панель поиска

find-label = Найти
find-hint = текст в документе
find-previous = Назад
find-next = Далее
find-tag-all = Пометить все совпадения…
find-close = Закрыть
find-close-tooltip = Закрыть (Escape)
find-match-case = Aa
    .tooltip = С учётом регистра (иначе «Túnez» находит «TÚNEZ»)
find-match-diacritics = á
    .tooltip = С учётом диакритики и арабских огласовок (иначе «Tunez» находит «Túnez», а «كتب» — «كَتَبَ»)
find-match-width = Ａ
    .tooltip = Различать полноширинные и полуширинные формы (иначе «ＷＳＩＳ» находит «WSIS»)
find-hits = { $position } / { $count }

## Диалоги

button-ok = ОК
button-cancel = Отмена
button-close = Закрыть
button-delete = Удалить
button-save = Сохранить
button-discard = Не сохранять
button-save-as = Сохранить как…
button-overwrite = Перезаписать
button-export = Экспорт…
button-go = Перейти
dialog-delete-tag = Удалить метку «{ $label }»?
dialog-delete-tag-count =
    { $count ->
        [0] Ни одна аннотация её не использует.
        [one] { $count } аннотация потеряет эту метку (фрагмент и заметка останутся).
        [few] { $count } аннотации потеряют эту метку (фрагменты и заметки останутся).
        [many] { $count } аннотаций потеряют эту метку (фрагменты и заметки останутся).
       *[other] { $count } аннотации потеряют эту метку (фрагменты и заметки останутся).
    }
dialog-undo-hint = Это можно отменить клавишами Ctrl+Z.
dialog-unsaved-quit = Сохранить изменения перед закрытием?
dialog-unsaved-quit-text = В ваших аннотациях есть несохранённые изменения.
dialog-unsaved-open = Сначала сохранить изменения?
dialog-unsaved-open-text = В ваших аннотациях есть несохранённые изменения. Сохранить их, прежде чем открыть другой файл?
dialog-conflict = Файл аннотаций изменился на диске
dialog-conflict-text = Другая программа (или коллега) сохранила этот файл аннотаций после того, как Glosa его открыла. Если перезаписать файл, их изменения пропадут (предыдущая версия сохранится как .bak).
dialog-help = Сочетания клавиш
dialog-export = Экспорт помеченных фрагментов
dialog-export-filtered = Только аннотации, показанные в списке (с его фильтрами)
export-format-csv = CSV
export-format-csv-for-excel = CSV для Excel
export-format-markdown = Markdown
export-format-w3c-web-annotation-json = JSON W3C Web Annotation
dialog-tag-edit = Изменить метку
dialog-tag-new = Новая метка
dialog-tag-label = Название
dialog-tag-colour = Цвет
dialog-tag-description = Описание
dialog-path-open-document = Открыть документ
dialog-path-open-annotations = Открыть аннотации
dialog-path-save-as = Сохранить аннотации как
dialog-path-export = Экспортировать в
dialog-path-text = Диалог выбора файлов недоступен ({ $reason }). Введите путь:
path-reason-variable = задана переменная GLOSA_NO_DIALOGS
path-reason-no-portal = нет сеансовой шины рабочего стола, а значит, и службы выбора файлов (портала XDG)
dialog-error = Что-то пошло не так
dialog-go-to = Перейти к абзацу
dialog-go-to-label = Номер абзаца (от 1 до { $count })
dialog-go-to-invalid = Введите число от 1 до { $count }.
file-filter-documents = Документы
file-filter-all = Все файлы
file-filter-annotations = Аннотации Glosa

## Справка: действия мышью и клавиши, которых нет в меню

help-drag = Перетаскивание, Shift+щелчок
    .action = Выделить текст (в том числе в нескольких абзацах); расширить выделение
help-click-word = Двойной / тройной щелчок
    .action = Выделить слово / абзац
help-tag-keys = 1 … 9
    .action = Пометить выделенный текст (или добавить/убрать метку у выбранного фрагмента)
help-click-highlight = Щелчок по фрагменту
    .action = Выбрать его: изменить заметку, метки
help-click-number = Щелчок по номеру ¶
    .action = Скопировать идентификатор абзаца
help-caret-arrows = ← → ↑ ↓
    .action = Переместить курсор (когда активен документ или включён режим курсора); с Shift — расширить выделение
help-caret-words = Ctrl+← Ctrl+→
    .action = Переместить курсор на слово
help-caret-lines = Home, End
    .action = Начало или конец строки (с Ctrl — документа)
help-caret-pages = Page Up, Page Down, пробел
    .action = На экран вверх или вниз (пробел — только когда клавиатура у документа)
help-list-enter = Enter на аннотации
    .action = Выбрать её и написать заметку
help-escape = Escape
    .action = Вернуться к документу; в нём — снять выделение

## Область документа: для мыши и программ экранного доступа

view-empty = Откройте документ: Файл > Открыть документ… (Ctrl+O) или перетащите сюда файл.
view-paragraph-tooltip = ¶{ $ordinal } · { $id } · { $kind }
view-copy-id-hint = Щёлкните, чтобы скопировать идентификатор абзаца
view-moved = Сдвинута: документ здесь изменился, проверьте.
view-orphaned = Потеряна.
view-scrollbar = Положение в документе
view-document = Документ: { $title }
view-paragraph = ¶{ $ordinal }, { $kind }, идентификатор { $id }
view-caret = Курсор в ¶{ $ordinal }, символ { $offset }
view-selection = Выделено: { $text }
view-highlight-note = Заметка: { $note }
kind-heading = заголовок
kind-body = текст
kind-list-item = элемент списка
kind-footnote = сноска

## Сообщения (строка состояния) и заголовок окна

title-unsaved = { $title } • не сохранено — Glosa
title = { $title } — Glosa
message-no-sample = Встроенный пример не найден (assets/samples/). Откройте документ: Файл > Открыть документ…
message-copied-id = Идентификатор абзаца { $id } скопирован
message-copied = Скопировано.
message-select-first = Сначала выделите текст (перетаскиванием или Shift+стрелками с курсором), затем нажмите клавишу метки.
message-deleted = Фрагмент удалён (Ctrl+Z — отменить).
message-document-changed = Документ изменился после сохранения аннотаций: требуют проверки — { $count }.
message-opened = Открыт файл { $path }
message-saved = Сохранено: { $path }
message-exported =
    { $count ->
        [one] { $count } аннотация экспортирована в { $path }
        [few] { $count } аннотации экспортированы в { $path }
        [many] { $count } аннотаций экспортировано в { $path }
       *[other] { $count } аннотации экспортировано в { $path }
    }
message-nothing-to-undo = Нечего отменять или повторять.
message-highlight-added = Фрагмент добавлен.
message-all-tagged = У всех совпадений уже есть эта метка.
message-tagged-hits = Помечено совпадений меткой «{ $label }»: { $hits }; новых фрагментов: { $added }, существующих: { $existing } (Ctrl+Z — отменить).
message-tag-deleted = Метка «{ $label }» удалена (Ctrl+Z — отменить).
message-missing-font = Нет шрифта для письменности «{ $script }», поэтому текст показан квадратиками. Установите шрифт (например, Noto Sans { $script }) и перезапустите Glosa.
message-caret-on = Режим курсора включён (F7 — выключить).
message-caret-off = Режим курсора выключен.
message-no-annotation = Нет аннотации для перехода.
