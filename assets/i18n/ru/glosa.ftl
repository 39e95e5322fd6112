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
note-meta = { $author } · { $created }
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
dialog-conflict-text = Другая программа (или коллега) сохранила { $file } после того, как Glosa его открыла, а у вас здесь есть несохранённые изменения.
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

## Показ и скрытие панелей, ширина строки, встроенный пример

action-import-annotations = Импорт аннотаций…
action-toggle-tag-panel = Панель групп заинтересованных сторон
action-toggle-annotation-panel = Панель аннотаций
action-wider-column = Шире колонка текста
action-narrower-column = Уже колонка текста
action-agreement-view = Согласованность кодировщиков
action-add-coder-file = Добавить файл кодировщика…
action-merge-file = Объединить с файлом коллеги…
action-conflicts-panel = Панель конфликтов
menu-reading-width = Строки до { $count } символов
panel-hide-tags = Скрыть группы заинтересованных сторон
panel-show-tags = Показать группы заинтересованных сторон
panel-hide-annotations = Скрыть аннотации
panel-show-annotations = Показать аннотации
status-read-only-copy = встроенный пример, только чтение: «Сохранить» сохранит вашу копию в { $path }
status-read-only = встроенный пример, только чтение: сохраните работу через «Сохранить как»
tags-count =
    { $count ->
        [one] { $label }: { $count } аннотация
        [few] { $label }: { $count } аннотации
        [many] { $label }: { $count } аннотаций
       *[other] { $label }: { $count } аннотации
    }
annotations-heading-filtered = Аннотации ({ $shown } из { $count })
note-meta-changed = { $author } · { $created }, изменена { $modified }
note-meta-times = Создана { $created }
    Изменена { $modified }
kind-quote = цитата
export-format-qdpx = Проект REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)
export-format-qdc = Кодовая книга REFI-QDA (только метки)
file-filter-web-annotations = JSON W3C Web Annotation / Hypothesis

## Файлы, изменённые другими; документы вне папки или отсутствующие; нечитаемые файлы

dialog-conflict-choices = «Перезагрузить» берёт их версию: ваши несохранённые изменения здесь пропадут. «Объединить» сохраняет обе версии, их и вашу, по аннотациям. «Оставить мою» сохраняет вашу версию копией, не трогая их файл.
button-merge-disk = Объединить (сохранить обе)
    .tooltip = Их изменения и ваши объединяются по аннотациям: ничего не теряется; аннотация, изменённая обеими сторонами, становится конфликтом для разрешения
dialog-conflict-cancel-tooltip = Ничего не сохраняется и не перезагружается; «Сохранить» спросит снова
button-reload = Перезагрузить (их версия)
    .tooltip = Ваши несохранённые изменения здесь пропадут
button-keep-mine = Оставить мою (сохранить копию…)
    .tooltip = Их версия остаётся как есть
dialog-document-outside = Документ находится вне папки файла аннотаций
dialog-document-missing = Документ не найден
dialog-document-why = { $why }:
dialog-document-annotation-file = Файл аннотаций: { $path }
dialog-document-outside-text = Файл от другого человека может указывать на любой файл этого компьютера. Открывайте, только если ожидаете этот документ.
dialog-document-missing-text = Выберите документ (перемещённый или переименованный): если текст другой, аннотации будут заново привязаны, а не найденные точно — отмечены для проверки.
button-open-anyway = Всё равно открыть
button-choose-document = Выбрать документ…
dialog-other-document = Файл аннотаций относится к другому документу
dialog-other-document-named = Он сделан для этого документа, который существует:
dialog-other-document-file = Файл аннотаций:
dialog-other-document-opening = Открываемый документ:
dialog-other-document-text = Если использовать его для { $document }, при сохранении его аннотации перейдут к этому документу (они размещаются по цитатам; не найденные сохраняются для проверки). Пока вы не выберете, на диске ничего не меняется.
button-open-named-document = Открыть { $document } с ним
button-use-for-document = Использовать для { $document }
button-open-own-annotations = Открыть { $document } с его собственными аннотациями
dialog-refi-not-document = Файл REFI-QDA, а не документ
dialog-unreadable = Не удаётся прочитать файл аннотаций
dialog-unreadable-error = Не удаётся прочитать ({ $error }): { $path }
dialog-unreadable-text = На диске ничего не изменится, пока вы не выберете:
button-open-without-annotations = Открыть документ без аннотаций
    .tooltip = Работать с документом без аннотаций; нечитаемый файл остаётся как есть.
    .disabled = Документ указан только внутри нечитаемого файла.
button-restore-backup = Восстановить резервную копию
    .tooltip = Вернуть предыдущую версию ({ $path }); нечитаемая станет резервной копией.
    .none = Читаемой резервной копии нет.
dialog-tag-description-hint = Что охватывает эта группа: определение кода
dialog-path-save-copy = Сохранить вашу версию копией
dialog-path-choose-document = Выбрать документ
dialog-path-add-coder-file = Добавить файл аннотаций кодировщика
dialog-path-export-agreement = Экспортировать согласованность в
dialog-path-import-annotations = Импортировать аннотации из
message-document-cannot-open = Указанный в нём документ не открывается ({ $error })
message-relinked-changed = Текст { $path } отличается от того, к которому делались аннотации: они заново привязаны, требуют проверки: { $count }. Сохраните, чтобы закрепить связь.
message-relinked = { $path } снова связан: тот же текст, к которому делались аннотации. Сохраните, чтобы закрепить связь.
message-retargeted = Аннотации из { $path } используются для { $document }: после сохранения файл будет относиться к нему.
message-reloaded-dropped = Загружена их версия { $path }; ваши несохранённые изменения отброшены.
message-reloaded = { $path } перезагружен.
message-changed-reloaded = Другая программа изменила { $path }; файл перезагружен.
message-file-missing = Другая программа удалила или переместила { $path }; ваши аннотации по-прежнему здесь.
message-file-unreadable-now = { $path } изменился на диске, но сейчас не читается: { $error }
message-opened-without-annotations = Открыто без аннотаций; { $path } оставлен как был.
message-restored-backup = { $path } восстановлен из резервной копии; нечитаемая версия теперь { $backup }.
message-reading-width = Ширина строки: { $count } символов

## Импорт аннотаций W3C / Hypothesis

dialog-import = Импорт аннотаций
dialog-import-from = Из { $path }:
dialog-import-count =
    { $count ->
        [0] Новых аннотаций нет.
        [one] { $count } аннотация:
        [few] { $count } аннотации:
        [many] { $count } аннотаций:
       *[other] { $count } аннотации:
    }
import-author = Автор
import-placed = Размещены
import-moved = Сдвинуты (проверить)
import-orphaned = Потеряли привязку
import-all = Все
dialog-import-summary = Размещено: { $placed }, сдвинуто: { $moved } (требуют проверки), без привязки: { $orphaned } (сохранены с цитатами, помечены как потерявшие привязку).
dialog-import-new-tags = В кодовую книгу добавлены новые группы заинтересованных сторон: { $tags }.
dialog-import-already-there = Уже есть в этом файле аннотаций, пропущено: { $count }.
dialog-import-replies = Ответов добавлено к заметкам, на которые они отвечают: { $count }.
dialog-import-undo = Импорт — один шаг: Ctrl+Z отменяет его целиком.
button-import = Импортировать
message-nothing-to-import = Нечего импортировать: все аннотации файла уже здесь.
message-imported = Импортировано аннотаций из { $path }: { $count }; размещено: { $placed }, сдвинуто: { $moved } (проверить), без привязки: { $orphaned } (Ctrl+Z — отменить).

## Согласованность кодировщиков

agreement-heading = Согласованность
agreement-computing = Расчёт согласованности
agreement-computing-short = Расчёт…
agreement-computing-long = Расчёт согласованности…
agreement-close = Закрыть панель согласованности
    .tooltip = Закрыть панель согласованности ({ $shortcut })
agreement-no-document = Откройте документ и его аннотации, чтобы сравнить кодировщиков.
agreement-export = Экспорт:
agreement-export-table = Таблица (CSV)…
agreement-export-disagreements = Расхождения (CSV)…
agreement-export-report = Отчёт (Markdown)…
agreement-coders = Кодировщики:
agreement-add-coder-file = Добавить файл кодировщика
    .tooltip = Добавить файл аннотаций другого кодировщика к этому документу
agreement-coder-file = Файл кодировщика
    .tooltip =
        { $path }
        Аннотаций: { $count }, авторы: { $authors }
        Нажмите, чтобы убрать его из сравнения
agreement-tags = Метки:
agreement-threshold = перекрытие сегментов для совпадения
    .tooltip = Сегменты двух кодировщиков совпадают, если перекрываются хотя бы на эту долю более длинного
agreement-undefined = Не определено: { $reason }
agreement-col-tag = Метка
agreement-col-units = Единицы
    .tooltip = Единицы (объединённые сегменты): { $coders }
agreement-col-percent = Процент
    .tooltip = Доля кодовых точек, закодированных кодировщиками одинаково (с меткой или без)
agreement-col-cohen = κ Коэна
    .tooltip = Посимвольная согласованность сверх случайной, два кодировщика (Cohen 1960)
agreement-col-fleiss = κ Флейса
    .tooltip = Посимвольная согласованность сверх случайной, три кодировщика и больше (Fleiss 1971)
agreement-col-alpha = α
    .tooltip = α Криппендорфа (номинальная) по кодовым точкам
agreement-col-alpha-u = α_u
    .tooltip = α Криппендорфа для разбиения на единицы: где единицы начинаются и кончаются, и их метки (Krippendorff 2004)
agreement-col-segments = Сегменты
    .tooltip = Доля сегментов, совпавших с сегментами другого кодировщика с перекрытием не меньше порога (MAXQDA)
agreement-all-tags = Все метки
agreement-table-note = Кодовых точек: { $count }; сегменты совпадают при перекрытии { $threshold } % более длинного.
agreement-legend = В документе:
agreement-mark-both = И { $first }, и { $second }
agreement-mark-only-first = Только { $first }
agreement-mark-only-second = Только { $second }
agreement-mark-different-tags = { $first } и { $second } с разными метками
agreement-disagreements = Расхождения ({ $count })
agreement-no-disagreements = Нет: кодировщики согласны во всех фрагментах.
agreement-one-coder = Только один кодировщик: добавьте файл второго кодировщика (или отметьте второго кодировщика), чтобы сравнить.
agreement-not-coded = { $coder }: не закодировано
agreement-kind-boundaries = разные границы
agreement-kind-different-tags = разные метки
agreement-kind-one-coder-only = только один кодировщик
agreement-undefined-one-coder = меньше двух кодировщиков
agreement-undefined-no-items = нет кодовых точек для сравнения
agreement-undefined-nothing-coded = никто не кодировал этой меткой
agreement-undefined-no-variation = нет вариации: каждую кодовую точку все кодировщики закодировали одинаково
agreement-undefined-single-unit = единственная единица
agreement-undefined-missing-values = у некоторых единиц нет значения одного из кодировщиков
agreement-undefined-more-than-two-coders = каппа Коэна сравнивает двух кодировщиков: см. пары кодировщиков и каппу Флейса
agreement-undefined-two-coders = каппа Флейса даётся для трёх кодировщиков и больше: см. каппу Коэна
agreement-undefined-no-common-document = ни один документ не закодирован всеми кодировщиками
agreement-choose-coders = Выберите кодировщиков для сравнения.
agreement-choose-tags = Выберите метки для сравнения.
agreement-unsaved-annotations = (несохранённые аннотации)
agreement-no-author = без автора
message-agreement-open = Согласованность: документ показывает, где кодировщики совпадают.
message-agreement-closed = Панель согласованности закрыта.
message-coder-file-open = { $path } — уже открытый файл аннотаций.
message-coder-file-added = { $path } добавлен к сравнению (аннотаций: { $count }, авторы: { $authors }).
message-agreement-not-ready = Пока нечего экспортировать: согласованность ещё рассчитывается.
message-agreement-export-over-input = нельзя экспортировать поверх сравниваемого файла: { $path }
message-agreement-exported = Согласованность экспортирована в { $path }
message-agreement-export-failed = не удалось экспортировать согласованность ({ $error }): { $path }

## Импорт проектов и кодовых книг REFI-QDA; больше цветов согласованности

action-import-refi = Импорт проекта или кодовой книги REFI-QDA…
dialog-path-import-refi = Импортировать проект или кодовую книгу REFI-QDA из
dialog-path-merge-file = Объединить с файлом коллеги
file-filter-refi = Проект / кодовая книга REFI-QDA
message-refi-codebook-no-document = нельзя импортировать кодовую книгу (сначала откройте документ: её коды станут метками документа): { $path }
message-refi-codebook-nothing-new = Кодовая книга { $path } импортирована: все её коды ({ $count }) здесь уже есть как метки.
message-refi-codebook-imported = Импортировано кодов из { $path }: { $count }; новых меток: { $added }, связано с существующими: { $linked } (Ctrl+Z — отменить).
message-refi-project-imported = Импортировано документов из { $path } в { $folder }: { $count }; кодировок размещено: { $placed }, сдвинуто: { $moved } (проверить), без привязки: { $orphaned }
message-refi-left-out = ; источников без простого текста пропущено: { $count }
message-refi-opened = ; открыт { $path }
message-refi-end = .
agreement-legend-many = В документе, из { $count } кодировщиков:
agreement-legend-item = Легенда: { $text }
agreement-mark-all-coders = Все кодировщики
agreement-mark-some-coders = Некоторые кодировщики, не все
agreement-mark-one-coder = Только один кодировщик

## Проекты (корпус документов)

action-open-project = Открыть проект…
action-save-all = Сохранить всё
menu-project = Проект
tags-add-code = + Добавить код…
view-empty-project = Откройте документ: Файл > Открыть документ… (Ctrl+O) или проект: Файл > Открыть проект… (Ctrl+Shift+O); или перетащите сюда файл или папку.

## Ошибки файлов и слоёв под интерфейсом (src/ui/errors.rs): сообщение называет
## файл в конце; причина стоит внутри сообщения, со строчной буквы.

error-document = Не удаётся открыть документ ({ $reason }): { $file }
error-annotated-document = Не удаётся открыть документ, который аннотирует { $annotations } ({ $reason }): { $file }
error-document-outside = { $why } (он указывает на { $resolved }); без вопроса не открывается: { $file }
error-annotations = Не удаётся прочитать аннотации ({ $reason }): { $file }
error-annotations-foreign = Это не файл аннотаций Glosa ({ $reason }): { $file }
error-changed-on-disk = Файл аннотаций изменился на диске после открытия (его сохранила другая программа): { $file }
error-save = Не удаётся сохранить аннотации ({ $reason }): { $file }
error-edit-on-disk = Не удаётся применить изменение ({ $reason }): { $file }
error-edit = Не удаётся изменить аннотации ({ $reason })
error-over-document = Нельзя сохранить аннотации поверх самого документа: { $file }
error-other-document = Файл аннотаций относится к другому документу, { $named }, а не к { $document }: { $file }
error-save-over-other-document = Не сохранено: файл аннотаций относится к другому документу, { $named } (сохраните через «Сохранить как» или откройте его снова и выберите использование для этого документа): { $file }
error-read-only = Встроенный пример доступен только для чтения; сохраните работу через «Сохранить как»: { $file }
error-create-folder = Не удаётся создать папку ({ $reason }): { $file }
error-annotations-folder = Не удаётся создать папку для аннотаций ({ $reason }): { $file }
error-export-over-input = Экспорт поверх открытого документа или его файла аннотаций не выполняется; выберите другое имя: { $file }
error-import = Не удаётся импортировать ({ $reason }): { $file }
error-journal = Не удаётся записать журнал восстановления ({ $reason }): { $file }
error-export = Не удаётся экспортировать ({ $reason }): { $file }
error-coder-file = Не удаётся прочитать аннотации кодировщика ({ $reason }): { $file }
error-coder-other-document = Он аннотирует другой документ («{ $title }»); ни одной его аннотации нет в этом: { $file }
error-project-locate = Не удаётся открыть проект ({ $reason }): { $file }
error-project-file = Не удаётся прочитать или сохранить файл проекта ({ $reason }): { $file }
error-project-exists = Папка уже является проектом: { $file }
error-project-edit = Не удаётся изменить проект ({ $reason })
error-not-a-document = Это не документ, который читает Glosa ({ $reason }): { $file }
error-unknown-document = В проекте нет документа «{ $key }»: { $file }
error-csv = { $reason }: { $file }
error-no-project = Проект не открыт.
error-pattern = Недопустимое регулярное выражение: { $detail }
error-unknown-tag = Тега «{ $tag }» нет ни в кодовой книге проекта, ни в его файлах аннотаций
reason-not-found = файл не существует
reason-folder-not-document = это папка, а не документ
reason-folder-not-annotations = это папка, а не файл аннотаций
reason-folder-not-project = это папка, а не файл проекта
reason-special-file =
    { $kind ->
        [fifo] это именованный канал (FIFO), а не файл
        [socket] это сокет, а не файл
        [device] это устройство, а не файл
        [disk] это дисковое устройство, а не файл
        [folder] это папка, а не файл
       *[other] это не обычный файл
    }
reason-too-large = файл занимает { $size } МиБ, больше предела в { $limit } МиБ
reason-cannot-read = не удаётся прочитать: { $detail }
reason-cannot-write = не удаётся записать: { $detail }
reason-cannot-read-write = не удаётся прочитать или записать: { $detail }
reason-io-permission = доступ запрещён
reason-io-disk-full = диск заполнен
reason-io-quota = превышена дисковая квота
reason-io-read-only = диск доступен только для чтения
reason-io-is-folder = это папка
reason-io-not-folder = одна из папок пути является файлом
reason-io-exists = файл уже существует
reason-io-too-large = файл слишком велик для файловой системы
reason-io-timed-out = время ожидания операции истекло
reason-io-interrupted = операция прервана
reason-empty = файл пуст
reason-not-utf8 = это не текст в UTF-8
reason-not-annotations = это не файл аннотаций Glosa ({ $detail })
reason-newer-version = создан более новой версией Glosa (версия формата { $version }; эта версия Glosa читает версию { $current }): обновите Glosa, чтобы открыть его
reason-syntax = строка { $line }, столбец { $column }: { $detail }
reason-not-text = это не текстовый файл ({ $detail })
reason-binary-png = изображение PNG
reason-binary-zip = ZIP-архив, но не документ Word (.docx) или OpenDocument (.odt)
reason-binary-empty-zip = пустой ZIP-архив
reason-binary-pdf = PDF; откройте его под именем с расширением .pdf
reason-binary-gif = изображение GIF
reason-binary-jpeg = изображение JPEG
reason-binary-gzip = архив gzip
reason-binary-old-office = старый файл Microsoft Office (.doc/.xls); сначала сохраните его как .docx
reason-binary-executable = исполняемый файл
reason-binary-nul = в нём есть байты NUL
reason-binary-control = в нём есть управляющие байты
reason-binary-refi-project = проект REFI-QDA (.qdpx), а не документ: импортируйте его командой «{ action-import-refi }» в меню «{ menu-file }»
reason-binary-refi-codebook = кодовая книга REFI-QDA (.qdc), а не документ: импортируйте её коды командой «{ action-import-refi }» в меню «{ menu-file }»
reason-over-document-path = длина пути к документу ({ $size } байт) больше предела в { $bound }
reason-over-fingerprint = длина отпечатка документа ({ $size } байт) больше предела в { $bound }
reason-over-tags = число меток ({ $size }) больше предела в { $bound }
reason-bad-tag-id = идентификатор метки «{ $id }» состоит не только из строчных латинских букв, цифр и дефисов
reason-bad-tag-id-annotation = аннотация { $annotation }: идентификатор метки «{ $id }» состоит не только из строчных латинских букв, цифр и дефисов
reason-over-tag-label = длина названия метки «{ $tag }» ({ $size } симв.) больше предела в { $bound }
reason-over-tag-description = длина описания метки «{ $tag }» ({ $size } симв.) больше предела в { $bound }
reason-over-annotations = число аннотаций ({ $size }) больше предела в { $bound }
reason-over-segments = число сегментов аннотации { $annotation } ({ $size }) больше предела в { $bound }
reason-over-annotation-tags = число меток аннотации { $annotation } ({ $size }) больше предела в { $bound }
reason-over-note = длина заметки к аннотации { $annotation } ({ $size } симв.) больше предела в { $bound }
reason-over-author = длина имени автора аннотации { $annotation } ({ $size } симв.) больше предела в { $bound }
reason-over-paragraph-id = длина идентификатора абзаца в аннотации { $annotation } ({ $size } байт) больше предела в { $bound }
reason-over-quote = длина цитаты в аннотации { $annotation } ({ $size } симв.) больше предела в { $bound }
reason-no-text = в файле нет текста (только пробелы или разделители)
reason-serialize = не удаётся сериализовать: { $detail }
reason-changed-meanwhile = тем временем файл изменился на диске (его сохранила другая программа)
reason-locked = другая программа сохраняет этот файл (ожидание блокировки { $lock }: { $seconds } с)
reason-cannot-lock = не удаётся заблокировать { $lock }: { $detail }
reason-cannot-write-in = не удаётся записать в { $folder } ({ $detail })
reason-no-annotation = нет аннотации { $id }
reason-annotation-exists = аннотация { $id } уже существует
reason-no-segments = аннотации нужен хотя бы один фрагмент
reason-no-tag = нет тега «{ $tag }»
reason-no-code = в кодовой книге нет кода «{ $code }»
reason-tag-exists = тег «{ $tag }» уже существует
reason-outside-absolute = путь к документу в файле аннотаций абсолютный
reason-outside-leaves = путь к документу в файле аннотаций выходит за пределы его папки
reason-outside-symlink = путь к документу в файле аннотаций выходит за пределы его папки через символическую ссылку
reason-outside-empty = файл аннотаций не называет документ
reason-not-a-number = «{ $text }» — не число (пишите цифры с точкой для дробной части, например 12.5)
reason-not-a-date = «{ $text }» — не дата (пишите ГГГГ-ММ-ДД, например 2014-04-23)
reason-not-a-choice = «{ $text }» — не одно из значений: { $choices }
reason-attribute-value = { $attribute }: { $reason }
reason-not-a-project = это не папка и не файл проекта (*.glosa-project.ron)
reason-no-such-path = файл или папка не существует
reason-several-projects = в папке несколько файлов проекта ({ $names }); откройте один из них
reason-cannot-read-folder = не удаётся прочитать папку: { $detail }
reason-not-project-file = это не файл проекта Glosa ({ $detail })
reason-project-locked = другая программа сохраняет проект (ожидание блокировки: { $seconds } с)
error-condition-syntax = «{ $text }» — не условие (пишите АТРИБУТ=ЗНАЧЕНИЕ или используйте !=, <, <=, >, >=)
error-condition-attribute = В проекте нет атрибута «{ $attribute }» (атрибуты: { $known })
reason-over-limit = больше предела в { $limit } МиБ
reason-not-json = это не JSON ({ $detail })
reason-no-web-annotations = в нём нет Web Annotations (ожидались Annotation, AnnotationCollection, AnnotationPage, их список или результат поиска Hypothesis)
reason-pages-not-embedded = страницы коллекции не встроены (первая — { $first }); скачайте страницы и импортируйте их
reason-refi-archive = это не читаемый проект QDPX: { $detail }
reason-refi-xml = некорректный XML в { $part } около байта { $position }: { $detail }
reason-refi-not-zip = это не ZIP-архив (проекты REFI-QDA — это ZIP-файлы .qdpx)
reason-refi-root = это не проект и не кодовая книга REFI-QDA (корневой элемент — <{ $root }>)
reason-refi-doctype = в { $part } есть объявление DOCTYPE, которое файлам REFI-QDA никогда не нужно и которое Glosa отвергает (сущности)

## Поля, которых Glosa не знает; аннотации других документов (fixes5)

dialog-unknown-fields = Поля, которых Glosa не знает
dialog-unknown-fields-text = В этом файле аннотаций есть поля, которых эта версия Glosa не знает (их записала более новая Glosa или другая программа): { $fields }. При сохранении они будут удалены; резервная копия (.bak) хранит их до следующего сохранения.
button-save-anyway = Всё равно сохранить
dialog-import-other-documents =
    { $count ->
        [one] { $count } аннотация другого документа не импортирована.
        [few] { $count } аннотации других документов не импортированы.
        [many] { $count } аннотаций других документов не импортировано.
       *[other] { $count } аннотации других документов не импортировано.
    }

## Keyboard and status messages (tester 4: D16 undo messages, D21 dates)

message-undone =
    { $change ->
        [create] Отменено: добавленный фрагмент убран.
        [delete] Отменено: удалённый фрагмент восстановлен.
        [tags] Отменено: группы фрагмента снова прежние.
        [note] Отменено: заметка снова прежняя.
       *[other] Отменено последнее изменение.
    }
message-redone =
    { $change ->
        [create] Повторено: фрагмент снова добавлен.
        [delete] Повторено: фрагмент снова удалён.
        [tags] Повторено: группы фрагмента снова изменены.
        [note] Повторено: заметка снова изменена.
       *[other] Повторено: изменение внесено снова.
    }
# How dates and times are written (strftime: %Y year, %m month, %-d day, %b month name, %H:%M time).
format-date = %d.%m.%Y
format-date-time = %d.%m.%Y, %H:%M

## Ошибки и предупреждения нижних уровней, часть 2: просмотр и индекс проекта, экспорт проектов, импорт, журнал восстановления, CSV-файлы атрибутов, согласие кодировщиков, слежение за файлами (i18n6)

warning-scan-too-many =
    { $limit ->
        [one] Просмотр остановлен после { $limit } файла или папки; папка проекта слишком велика: { $file }
        [few] Просмотр остановлен после { $limit } файлов и папок; папка проекта слишком велика: { $file }
        [many] Просмотр остановлен после { $limit } файлов и папок; папка проекта слишком велика: { $file }
       *[other] Просмотр остановлен после { $limit } файла и папки; папка проекта слишком велика: { $file }
    }
warning-scan-missing = Документ из списка проекта отсутствует: { $file }
warning-scan-folder = Не удаётся прочитать папку ({ $reason }): { $file }
warning-scan-name = Пропущен файл, имя которого не является допустимым Юникодом: { $file }
warning-scan-link = Пропущена ссылка, ведущая за пределы проекта: { $file }
warning-index-cancelled = Не прочитан (отменено): { $file }
warning-index-outside = Пропущен файл аннотаций к документу вне проекта ({ $document }): { $file }
warning-index-missing = Документ файла аннотаций отсутствует (удалён или перемещён) ({ $document }): { $file }
warning-export-document = Не удаётся прочитать документ, в QDPX его нет: { $file }
warning-export-orphan = Потерянная аннотация, в QDPX её нет (ей нет места в тексте): { $id } «{ $quote }»
warning-export-url = Атрибут url «{ $url }» не является абсолютным IRI (https://…) и не используется: { $file }
reason-export-not-ready = файлы проекта ещё не прочитаны
reason-export-unknown-tag = в проекте нет тега «{ $tag }»
reason-export-no-iri = не удаётся назвать документ IRI вида file: ({ $detail }): { $file }
reason-export-base-uri = базовый URI «{ $base }» не является абсолютным URI вроде https://example.org/documents/
reason-codebook-not-project = в кодовой книге нет документов: откройте документ и импортируйте её в его теги
reason-no-free-name = нет свободного имени файла для { $name }
reason-cannot-remove = не удаётся удалить: { $detail }
reason-no-thread = не удаётся запустить запись журнала: { $detail }
reason-no-journal-writer = запись журнала остановлена
reason-csv-unreadable = не удаётся прочитать CSV-файл ({ $detail })
reason-csv-not-a-file = это не файл
reason-csv-too-large = CSV-файл больше { $limit } МиБ
reason-csv-header = строка 1: { $detail }
reason-csv-record = недопустимый CSV: { $detail }
reason-csv-empty = CSV-файл пуст
reason-csv-no-document-column = строка 1: нет столбца «{ $column }» (первая строка называет столбцы: { $column }, затем идентификаторы атрибутов)
reason-csv-duplicate-column = строка 1: два столбца относятся к атрибуту «{ $attribute }»
reason-csv-unknown-document = строка { $line }: в проекте нет документа «{ $name }»
reason-csv-duplicate-document = строка { $line }: документ «{ $name }» встречается дважды (ещё в строке { $first })
reason-csv-value = строка { $line }, столбец { $attribute }: { $reason }
reason-code-exists = в кодовой книге уже есть код «{ $code }»
reason-code-cycle = «{ $parent }» не может быть родителем «{ $code }»: это сам «{ $code }» или один из его подкодов
reason-no-attribute = в проекте нет атрибута «{ $attribute }»
reason-attribute-exists = в проекте уже есть атрибут «{ $attribute }»
reason-attribute-invalidates = не удаётся изменить { $attribute }: значение документа { $document } не подходит ({ $reason })
error-agreement-no-documents = Нет документов для сравнения.
error-agreement-unknown-coder = Нет аннотаций кодировщика «{ $coder }» (найденные кодировщики: { $known })
error-watch-start = Не удаётся следить за изменениями файлов другими программами ({ $reason }); изменения всё равно обнаруживаются перед каждым сохранением и когда окно получает фокус
error-watch-folder = Не удаётся следить за изменениями папки другими программами ({ $reason }): { $file }
reason-watch-limit = достигнут системный предел числа отслеживаемых файлов
warning-autocode-changed = документ изменился после поиска; выполните поиск снова: { $file }
reason-foreign-starts = он начинается с «{ $start }», а не с «(»
reason-foreign-format = его формат — «{ $format }»
reason-foreign-no-format = в нём нет поля «format: "{ $format }"»
reason-container = нечитаемый документ { $format }: { $reason }
reason-container-too-many =
    { $entries ->
        [one] в архиве { $entries } запись, больше предела в { $limit }
        [few] в архиве { $entries } записи, больше предела в { $limit }
        [many] в архиве { $entries } записей, больше предела в { $limit }
       *[other] в архиве { $entries } записи, больше предела в { $limit }
    }
reason-container-damaged = ZIP-архив повреждён ({ $detail })
reason-container-part-unsupported = не удаётся прочитать { $part } ({ $detail }); документ зашифрован?
reason-container-part-unreadable = не удаётся прочитать { $part } ({ $detail })
reason-container-part-encrypted = { $part } зашифрован; сохраните документ без пароля
reason-container-part-damaged = не удаётся распаковать { $part } ({ $detail })
reason-container-part-too-large = { $part } после распаковки больше { $limit } МиБ (ZIP-бомба?)
reason-container-part-missing = нет { $part }
reason-container-too-deep = в { $part } элементы вложены глубже { $limit } уровней
reason-container-encrypted = документ зашифрован; сохраните его без пароля
reason-container-password = он защищён паролем; сначала сохраните незащищённую копию
reason-container-no-text-layer = в нём нет текстового слоя (отсканированное изображение?); сначала распознайте его (OCR)
reason-container-unparsable = не удаётся разобрать ({ $detail })
reason-container-thread = не удаётся запустить чтение ({ $detail })
reason-container-reader-failed = модуль чтения PDF не справился с этим файлом (повреждён или не поддерживается)
reason-export-no-document = для экспорта в QDPX нужен документ, а его не удалось открыть: { $document }
reason-export-no-codes = нет тегов для экспорта в кодовую книгу
reason-excel-workbook = не удаётся записать книгу Excel: { $detail }
reason-excel-columns = слишком много столбцов для Excel
reason-excel-rows = больше 1 048 575 строк для «{ $sheet }»: экспортируйте в CSV
reason-io-busy = файл или устройство заняты
reason-io-stale = дескриптор сетевого файла устарел (общая папка была переподключена); откройте файл заново
reason-io-network = потеряно сетевое подключение к общей папке
reason-io-file-name = недопустимое здесь имя файла
reason-io-folder-not-empty = папка не пуста
reason-io-crosses-devices = файл нельзя так переместить на другой диск
reason-io-out-of-memory = недостаточно памяти
reason-io-unsupported = файловая система не поддерживает эту операцию
reason-io-truncated = файл обрывается раньше времени (он усечён)
reason-document-extensions = Glosa читает файлы .{ $extensions }

## Mirrored interface (issue 13): lists of names on one line (the groups of a highlight).
list-separator = {", "}

## Названия клавиш в сочетаниях (меню, справка), как они подписаны на клавиатуре
key-ctrl = Ctrl
key-alt = Alt
key-shift = Shift
key-escape = Escape
key-delete = Delete
key-backspace = Backspace
key-page-up = Page Up
key-page-down = Page Down
key-home = Home
key-end = End
key-enter = Enter
key-space = Пробел
key-tab = Tab
key-insert = Insert
