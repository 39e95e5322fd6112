# La interfaz de Glosa en español. Los identificadores son los del catálogo inglés
# (assets/i18n/en/glosa.ftl), que explica las convenciones.

## Acciones: menús, atajos, descripciones emergentes

action-open-document = Abrir documento…
action-open-annotations = Abrir anotaciones…
action-save = Guardar
action-save-as = Guardar como…
action-export = Exportar…
action-quit = Salir
action-undo = Deshacer
action-redo = Rehacer
action-copy = Copiar
action-delete-highlight = Borrar el resaltado
action-find = Buscar…
action-find-next = Buscar siguiente
action-find-previous = Buscar anterior
action-clear-selection = Quitar la selección; cerrar la barra de búsqueda
action-larger-text = Texto más grande
action-smaller-text = Texto más pequeño
action-toggle-theme = Tema claro / oscuro
action-help = Atajos de teclado
action-page-down = Bajar una pantalla
action-page-up = Subir una pantalla
action-line-down = Bajar
action-line-up = Subir
action-top = Principio del documento
action-bottom = Final del documento
action-toggle-caret = Navegación con cursor: mover un cursor con las teclas
action-go-to-paragraph = Ir al párrafo…
action-next-panel = Panel siguiente
action-previous-panel = Panel anterior
action-next-annotation = Anotación siguiente
action-previous-annotation = Anotación anterior

## Menús

menu-file = Archivo
menu-edit = Edición
menu-view = Ver
menu-help = Ayuda
menu-open-recent = Abrir reciente
menu-recent-empty = (nada todavía)
menu-language = Idioma
menu-language-system = Idioma del sistema ({ $language })
menu-version = Glosa { $version }

## Barra de estado

status-paragraphs =
    { $count ->
        [one] { $count } párrafo
       *[other] { $count } párrafos
    }
status-annotations =
    { $count ->
        [one] { $count } anotación
       *[other] { $count } anotaciones
    }
status-need-review = ({ $count } por revisar)
status-document = Documento: { $path }
status-unsaved = sin guardar
status-saved = guardado
status-no-document = Ningún documento abierto

## Paleta de etiquetas

tags-heading = Partes interesadas
tags-no-document = Ningún documento abierto.
tags-hint-selection = Haga clic en un grupo o pulse su número para etiquetar la selección.
tags-hint-selected = Haga clic en un grupo o pulse su número para añadirlo al resaltado seleccionado o quitárselo.
tags-hint-none = Seleccione texto en el documento y haga clic en un grupo o pulse su número.
tags-visibility-tooltip = Mostrar u ocultar los resaltados de este grupo
tags-show = Mostrar { $label }
tags-edit = Renombrar, cambiar el color…
tags-move-up = Subir
tags-move-down = Bajar
tags-delete = Borrar…
tags-filter-only = Mostrar solo este grupo en la lista
tags-add = + Añadir etiqueta…
tags-context-hint = Clic derecho en un grupo para renombrarlo, cambiar su color, moverlo o borrarlo.
tags-chip = Etiqueta { $label }
tags-unknown = { $tag } (etiqueta desconocida)
tags-none = (sin etiqueta)

## Las partes interesadas de la CMSI (Agenda de Túnez para la Sociedad de la Información, 2005, párr. 35 y 36)

wsis-governments = Gobiernos
    .description = Estados: la autoridad de política en cuestiones de políticas públicas relacionadas con Internet es un derecho soberano de los Estados (Agenda de Túnez, párr. 35 a).
wsis-private-sector = Sector privado
    .description = Sector privado: un importante papel en el desarrollo de Internet, tanto en el ámbito técnico como en el económico (Agenda de Túnez, párr. 35 b).
wsis-civil-society = Sociedad civil
    .description = Sociedad civil: un importante papel en asuntos de Internet, especialmente a nivel comunitario (Agenda de Túnez, párr. 35 c).
wsis-intergovernmental-organizations = Organizaciones intergubernamentales
    .description = Organizaciones intergubernamentales: un papel facilitador en la coordinación de las cuestiones de políticas públicas relacionadas con Internet (Agenda de Túnez, párr. 35 d).
wsis-international-organizations = Organizaciones internacionales
    .description = Organizaciones internacionales: un papel en la elaboración de normas técnicas y políticas pertinentes relacionadas con Internet (Agenda de Túnez, párr. 35 e).
wsis-technical-academic-community = Comunidades académica y técnica
    .description = Las comunidades académica y técnica dentro de esas partes interesadas: su valiosa contribución a la evolución, el funcionamiento y el desarrollo de Internet (Agenda de Túnez, párr. 36).

## Lista de anotaciones y editor de notas

annotations-heading = Anotaciones
annotations-heading-count = Anotaciones ({ $count })
filter-group = Grupo
filter-all-groups = Todos los grupos
filter-status = Estado
filter-any-status = Cualquier estado
filter-text-hint = Filtrar por texto, nota o autor
anchor-anchored = anclada
anchor-moved = desplazada
anchor-orphaned = huérfana
annotations-none-match = Ninguna anotación coincide.
annotation-moved = desplazada: revisar
annotation-orphaned = huérfana
annotation-note-preview = Nota: { $note }
annotation-row = Anotación { $paragraph }: { $quote }
note-heading = Resaltado seleccionado
note-tag-remove = Clic para quitar este grupo
note-tag-add = Clic para añadir este grupo
note-meta = { $author } · { $created }
note-hint = Nota (se guarda con el resaltado)
note-label = Nota

## Barra de búsqueda

find-label = Buscar
find-hint = texto del documento
find-previous = Anterior
find-next = Siguiente
find-tag-all = Etiquetar todos los resultados con…
find-close = Cerrar
find-close-tooltip = Cerrar (Escape)
find-match-case = Aa
    .tooltip = Distinguir mayúsculas y minúsculas (si no, «Túnez» encuentra «TÚNEZ»)
find-match-diacritics = á
    .tooltip = Distinguir acentos y harakat árabes (si no, «Tunez» encuentra «Túnez», y «كتب» encuentra «كَتَبَ»)
find-match-width = Ａ
    .tooltip = Distinguir formas de ancho completo y medio ancho (si no, «ＷＳＩＳ» encuentra «WSIS»)
find-hits = { $position } / { $count }

## Diálogos

button-ok = Aceptar
button-cancel = Cancelar
button-close = Cerrar
button-delete = Borrar
button-save = Guardar
button-discard = Descartar
button-save-as = Guardar como…
button-overwrite = Sobrescribir
button-export = Exportar…
button-go = Ir
dialog-delete-tag = ¿Borrar la etiqueta «{ $label }»?
dialog-delete-tag-count =
    { $count ->
        [0] Ninguna anotación la usa.
        [one] { $count } anotación pierde esta etiqueta (el resaltado y su nota se conservan).
       *[other] { $count } anotaciones pierden esta etiqueta (los resaltados y sus notas se conservan).
    }
dialog-undo-hint = Puede deshacerlo con Ctrl+Z.
dialog-unsaved-quit = ¿Guardar los cambios antes de cerrar?
dialog-unsaved-quit-text = Sus anotaciones tienen cambios sin guardar.
dialog-unsaved-open = ¿Guardar los cambios primero?
dialog-unsaved-open-text = Sus anotaciones tienen cambios sin guardar. ¿Guardarlos antes de abrir otro archivo?
dialog-conflict = El archivo de anotaciones cambió en el disco
dialog-conflict-text = Otro programa (o un colega) guardó { $file } después de que Glosa lo abriera, y usted tiene cambios sin guardar aquí.
dialog-help = Atajos de teclado
dialog-export = Exportar fragmentos etiquetados
dialog-export-filtered = Solo las anotaciones que muestra la lista (sus filtros)
export-format-csv = CSV
export-format-csv-for-excel = CSV para Excel
export-format-markdown = Markdown
export-format-w3c-web-annotation-json = JSON de W3C Web Annotation
dialog-tag-edit = Editar etiqueta
dialog-tag-new = Nueva etiqueta
dialog-tag-label = Nombre
dialog-tag-colour = Color
dialog-tag-description = Descripción
dialog-path-open-document = Abrir documento
dialog-path-open-annotations = Abrir anotaciones
dialog-path-save-as = Guardar anotaciones como
dialog-path-export = Exportar a
dialog-path-text = No hay ningún diálogo de archivos disponible ({ $reason }). Escriba la ruta:
path-reason-variable = GLOSA_NO_DIALOGS está definida
path-reason-no-portal = no hay bus de sesión de escritorio, y por tanto tampoco servicio de diálogos de archivos (portal de escritorio XDG)
dialog-error = Algo salió mal
dialog-go-to = Ir al párrafo
dialog-go-to-label = Número de párrafo (de 1 a { $count })
dialog-go-to-invalid = Escriba un número de 1 a { $count }.
file-filter-documents = Documentos
file-filter-all = Todos los archivos
file-filter-annotations = Anotaciones de Glosa

## Ayuda: gestos del puntero y teclas que no son acciones de menú

help-drag = Arrastrar, Mayús+clic
    .action = Seleccionar texto (entre párrafos); ampliar la selección
help-click-word = Doble clic / triple clic
    .action = Seleccionar una palabra / un párrafo
help-tag-keys = 1 … 9
    .action = Etiquetar la selección (o poner o quitar la etiqueta del resaltado seleccionado)
help-click-highlight = Clic en un resaltado
    .action = Seleccionarlo: editar su nota, poner o quitar etiquetas
help-click-number = Clic en un número de ¶
    .action = Copiar el identificador del párrafo
help-caret-arrows = ← → ↑ ↓
    .action = Mover el cursor (con el documento activo o la navegación con cursor); Mayús amplía la selección
help-caret-words = Ctrl+← Ctrl+→
    .action = Mover el cursor de palabra en palabra
help-caret-lines = Inicio, Fin
    .action = Principio o final de la línea (con Ctrl: del documento)
help-caret-pages = Re Pág, Av Pág, Espacio
    .action = Subir o bajar una pantalla (Espacio solo cuando el documento tiene el teclado)
help-list-enter = Intro en una anotación
    .action = Seleccionarla y escribir su nota
help-escape = Escape
    .action = Volver al documento; allí, quitar la selección

## La vista del documento, para el puntero y los lectores de pantalla

view-empty = Abra un documento: Archivo > Abrir documento… (Ctrl+O), o suelte un archivo aquí.
view-paragraph-tooltip = ¶{ $ordinal } · { $id } · { $kind }
view-copy-id-hint = Clic para copiar el identificador del párrafo
view-moved = Desplazada: el documento cambió aquí, revísela.
view-orphaned = Huérfana.
view-scrollbar = Posición en el documento
view-document = Documento: { $title }
view-paragraph = ¶{ $ordinal }, { $kind }, identificador { $id }
view-caret = Cursor en el ¶{ $ordinal }, carácter { $offset }
view-selection = Seleccionado: { $text }
view-highlight-note = Nota: { $note }
kind-heading = título
kind-body = cuerpo
kind-list-item = elemento de lista
kind-footnote = nota al pie

## Mensajes (barra de estado) y título de la ventana

title-unsaved = { $title } • sin guardar — Glosa
title = { $title } — Glosa
message-no-sample = No se encontró el ejemplo incluido (assets/samples/). Abra un documento con Archivo > Abrir documento…
message-copied-id = Identificador de párrafo { $id } copiado
message-copied = Copiado.
message-select-first = Seleccione primero un texto (arrastrando, o con Mayús+flechas y el cursor) y luego pulse una tecla de etiqueta.
message-deleted = Resaltado borrado (Ctrl+Z para deshacer).
message-document-changed = El documento cambió desde que se guardaron las anotaciones: { $count } por revisar.
message-opened = Abierto { $path }
message-saved = Guardado { $path }
message-exported =
    { $count ->
        [one] { $count } anotación exportada a { $path }
       *[other] { $count } anotaciones exportadas a { $path }
    }
message-nothing-to-undo = Nada que deshacer ni rehacer.
message-highlight-added = Resaltado añadido.
message-all-tagged = Todos los resultados ya tienen esa etiqueta.
message-tagged-hits = { $hits } resultados etiquetados con «{ $label }»: { $added } resaltados nuevos, { $existing } existentes (Ctrl+Z para deshacer).
message-tag-deleted = Etiqueta «{ $label }» borrada (Ctrl+Z para deshacer).
message-missing-font = Ninguna fuente muestra el texto en { $script }, que aparece como cuadros. Instale una (por ejemplo Noto Sans { $script }) y reinicie Glosa.
message-caret-on = Navegación con cursor activada (F7 la desactiva).
message-caret-off = Navegación con cursor desactivada.
message-no-annotation = No hay ninguna anotación a la que ir.

## Paneles visibles u ocultos, ancho de lectura, ejemplo incluido

action-import-annotations = Importar anotaciones…
action-toggle-tag-panel = Panel de grupos de partes interesadas
action-toggle-annotation-panel = Panel de anotaciones
action-wider-column = Columna de texto más ancha
action-narrower-column = Columna de texto más estrecha
action-agreement-view = Vista de acuerdo
action-add-coder-file = Añadir el archivo de un codificador…
action-merge-file = Fusionar el archivo de un colega…
action-conflicts-panel = Panel de conflictos
menu-reading-width = Líneas de hasta { $count } caracteres
panel-hide-tags = Ocultar los grupos de partes interesadas
panel-show-tags = Mostrar los grupos de partes interesadas
panel-hide-annotations = Ocultar las anotaciones
panel-show-annotations = Mostrar las anotaciones
status-read-only-copy = ejemplo incluido, solo lectura: Guardar conserva su copia en { $path }
status-read-only = ejemplo incluido, solo lectura: guarde su trabajo con Guardar como
tags-count =
    { $count ->
        [one] { $label }: { $count } anotación
       *[other] { $label }: { $count } anotaciones
    }
annotations-heading-filtered = Anotaciones ({ $shown } de { $count })
note-meta-changed = { $author } · { $created }, modificada { $modified }
note-meta-times = Creada { $created }
    Modificada { $modified }
kind-quote = cita
export-format-qdpx = Proyecto REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)
export-format-qdc = Libro de códigos REFI-QDA (solo etiquetas)
file-filter-web-annotations = JSON de W3C Web Annotation / Hypothesis

## Archivos cambiados por otros, documentos fuera de la carpeta o ausentes, archivos ilegibles

dialog-conflict-choices = Recargar toma su versión: se pierden los cambios sin guardar de aquí. Fusionar conserva ambas, la de ellos y la suya, por anotación. Conservar la mía guarda su versión como copia y deja la de ellos intacta.
button-merge-disk = Fusionar (conservar ambas)
    .tooltip = Sus cambios y los suyos se fusionan por anotación: no se pierde nada; la misma anotación cambiada por ambos pasa a ser un conflicto por resolver
dialog-conflict-cancel-tooltip = No se guarda ni se recarga nada; Guardar volverá a preguntar
button-reload = Recargar (su versión)
    .tooltip = Se pierden los cambios sin guardar de aquí
button-keep-mine = Conservar la mía (guardar una copia…)
    .tooltip = La de ellos queda como está
dialog-document-outside = El documento está fuera de la carpeta del archivo de anotaciones
dialog-document-missing = Falta el documento
dialog-document-why = { $why }:
dialog-document-annotation-file = Archivo de anotaciones: { $path }
dialog-document-outside-text = Un archivo de otra persona puede nombrar cualquier archivo de este equipo. Ábralo solo si espera este documento.
dialog-document-missing-text = Elija el documento (movido o renombrado): si su texto es otro, las anotaciones se vuelven a anclar y las que no se encuentren exactamente quedan marcadas para revisión.
button-open-anyway = Abrirlo de todos modos
button-choose-document = Elegir el documento…
dialog-other-document = El archivo de anotaciones pertenece a otro documento
dialog-other-document-named = Se hizo para este documento, que existe:
dialog-other-document-file = Archivo de anotaciones:
dialog-other-document-opening = Documento que se abre:
dialog-other-document-text = Usarlo para { $document } traslada sus anotaciones a ese documento al guardar (se sitúan por sus citas; las que no se encuentran se conservan para revisión). Nada cambia en el disco hasta que elija.
button-open-named-document = Abrir { $document } con él
button-use-for-document = Usarlo para { $document }
button-open-own-annotations = Abrir { $document } con sus propias anotaciones
dialog-refi-not-document = Un archivo REFI-QDA, no un documento
dialog-unreadable = No se puede leer el archivo de anotaciones
dialog-unreadable-error = No se puede leer ({ $error }): { $path }
dialog-unreadable-text = No se cambia nada en el disco hasta que elija:
button-open-without-annotations = Abrir el documento sin anotaciones
    .tooltip = Trabajar en el documento sin anotaciones; el archivo ilegible queda como está.
    .disabled = El documento solo se nombra dentro del archivo ilegible.
button-restore-backup = Restaurar la copia de seguridad
    .tooltip = Volver a la versión anterior ({ $path }); la ilegible pasa a ser la copia de seguridad.
    .none = No hay ninguna copia de seguridad legible.
dialog-tag-description-hint = Qué abarca este grupo: la definición del código
dialog-path-save-copy = Guardar su versión como copia
dialog-path-choose-document = Elegir el documento
dialog-path-add-coder-file = Añadir el archivo de anotaciones de un codificador
dialog-path-export-agreement = Exportar el acuerdo a
dialog-path-import-annotations = Importar anotaciones de
message-document-cannot-open = No se puede abrir el documento que nombra ({ $error })
message-relinked-changed = { $path } tiene otro texto que aquel sobre el que se hicieron las anotaciones: vueltas a anclar, { $count } requieren revisión. Guarde para enlazarlo.
message-relinked = { $path } enlazado de nuevo: el mismo texto sobre el que se hicieron las anotaciones. Guarde para conservar el enlace.
message-retargeted = Las anotaciones de { $path } se usan para { $document }: al guardar, el archivo pasa a pertenecerle.
message-reloaded-dropped = Se recargó su versión de { $path }; se perdieron sus cambios sin guardar.
message-reloaded = { $path } recargado.
message-changed-reloaded = Otro programa cambió { $path }; recargado.
message-file-missing = Otro programa borró o movió { $path }; sus anotaciones siguen aquí.
message-file-unreadable-now = { $path } cambió en el disco pero ahora no se puede leer: { $error }
message-opened-without-annotations = Abierto sin anotaciones; { $path } queda como estaba.
message-restored-backup = { $path } restaurado desde su copia de seguridad; la versión ilegible es ahora { $backup }.
message-reading-width = Ancho de lectura: { $count } caracteres por línea

## Importar anotaciones W3C / Hypothesis

dialog-import = Importar anotaciones
dialog-import-from = De { $path }:
dialog-import-count =
    { $count ->
        [0] Ninguna anotación nueva.
        [one] { $count } anotación:
       *[other] { $count } anotaciones:
    }
import-author = Autor
import-placed = Colocadas
import-moved = Movidas (revisar)
import-orphaned = Huérfanas
import-all = Todas
dialog-import-summary = { $placed } colocadas, { $moved } movidas (requieren revisión), { $orphaned } huérfanas (se conservan con sus citas, listadas como huérfanas).
dialog-import-new-tags = Grupos de partes interesadas nuevos añadidos al libro de códigos: { $tags }.
dialog-import-already-there = { $count } ya están en este archivo de anotaciones: omitidas.
dialog-import-replies =
    { $count ->
        [one] { $count } respuesta añadida a la nota que contesta.
       *[other] { $count } respuestas añadidas a las notas que contestan.
    }
dialog-import-undo = La importación es un solo paso: Ctrl+Z la deshace entera.
button-import = Importar
message-nothing-to-import = Nada que importar: todas las anotaciones del archivo ya están aquí.
message-imported =
    { $count ->
        [one] { $count } anotación importada de { $path }: { $placed } colocadas, { $moved } movidas (revisar), { $orphaned } huérfanas (Ctrl+Z para deshacer).
       *[other] { $count } anotaciones importadas de { $path }: { $placed } colocadas, { $moved } movidas (revisar), { $orphaned } huérfanas (Ctrl+Z para deshacer).
    }

## Vista de acuerdo (acuerdo entre codificadores)

agreement-heading = Acuerdo
agreement-computing = Calculando el acuerdo
agreement-computing-short = Calculando…
agreement-computing-long = Calculando el acuerdo…
agreement-close = Cerrar la vista de acuerdo
    .tooltip = Cerrar la vista de acuerdo ({ $shortcut })
agreement-no-document = Abra un documento y sus anotaciones para comparar codificadores.
agreement-export = Exportar:
agreement-export-table = Tabla (CSV)…
agreement-export-disagreements = Desacuerdos (CSV)…
agreement-export-report = Informe (Markdown)…
agreement-coders = Codificadores:
agreement-add-coder-file = Añadir el archivo de un codificador
    .tooltip = Añadir el archivo de anotaciones de otro codificador para este documento
agreement-coder-file = Archivo de un codificador
    .tooltip =
        { $path }
        { $count ->
            [one] { $count } anotación de { $authors }
           *[other] { $count } anotaciones de { $authors }
        }
        Haga clic para quitarlo de la comparación
agreement-tags = Etiquetas:
agreement-threshold = solapamiento de segmentos para coincidir
    .tooltip = Los segmentos de dos codificadores coinciden si se solapan al menos en esta proporción del más largo
agreement-undefined = Indefinido: { $reason }
agreement-col-tag = Etiqueta
agreement-col-units = Unidades
    .tooltip = Unidades (segmentos unidos) de { $coders }
agreement-col-percent = Porcentaje
    .tooltip = Proporción de puntos de código codificados igual (con la etiqueta o sin ella) por los codificadores
agreement-col-cohen = κ de Cohen
    .tooltip = Acuerdo por carácter más allá del azar, dos codificadores (Cohen 1960)
agreement-col-fleiss = κ de Fleiss
    .tooltip = Acuerdo por carácter más allá del azar, tres o más codificadores (Fleiss 1971)
agreement-col-alpha = α
    .tooltip = α de Krippendorff (nominal) sobre puntos de código
agreement-col-alpha-u = α_u
    .tooltip = α de unitización de Krippendorff: dónde empiezan y terminan las unidades, y sus etiquetas (Krippendorff 2004)
agreement-col-segments = Segmentos
    .tooltip = Proporción de segmentos que coinciden con los de otro codificador con al menos el solapamiento umbral (MAXQDA)
agreement-all-tags = Todas las etiquetas
agreement-table-note = { $count } puntos de código; los segmentos coinciden con un solapamiento del { $threshold } % del más largo.
agreement-legend = En el documento:
agreement-mark-both = { $first } y { $second }
agreement-mark-only-first = Solo { $first }
agreement-mark-only-second = Solo { $second }
agreement-mark-different-tags = { $first } y { $second } con etiquetas distintas
agreement-disagreements = Desacuerdos ({ $count })
agreement-no-disagreements = Ninguno: los codificadores coinciden en todos los pasajes.
agreement-one-coder = Solo hay un codificador: añada el archivo de un segundo codificador (o marque un segundo codificador) para comparar.
agreement-not-coded = { $coder }: sin codificar
agreement-kind-boundaries = límites distintos
agreement-kind-different-tags = etiquetas distintas
agreement-kind-one-coder-only = un solo codificador
agreement-undefined-one-coder = menos de dos codificadores
agreement-undefined-no-items = ningún punto de código que comparar
agreement-undefined-nothing-coded = nadie codificó con esta etiqueta
agreement-undefined-no-variation = sin variación: todos los codificadores codificaron igual cada punto de código
agreement-undefined-single-unit = una sola unidad
agreement-undefined-missing-values = a algunas unidades les falta el valor de un codificador
agreement-undefined-more-than-two-coders = la kappa de Cohen compara dos codificadores: vea los pares de codificadores y la kappa de Fleiss
agreement-undefined-two-coders = la kappa de Fleiss se da para tres o más codificadores: vea la kappa de Cohen
agreement-undefined-no-common-document = ningún documento fue codificado por todos los codificadores
agreement-choose-coders = Elija los codificadores que desea comparar.
agreement-choose-tags = Elija las etiquetas que desea comparar.
agreement-unsaved-annotations = (anotaciones sin guardar)
agreement-no-author = sin autor
message-agreement-open = Vista de acuerdo: el documento muestra dónde coinciden los codificadores.
message-agreement-closed = Vista de acuerdo cerrada.
message-coder-file-open = { $path } es el archivo de anotaciones ya abierto.
message-coder-file-added =
    { $count ->
        [one] { $path } ({ $count } anotación de { $authors }) añadido al acuerdo.
       *[other] { $path } ({ $count } anotaciones de { $authors }) añadido al acuerdo.
    }
message-agreement-not-ready = Nada que exportar todavía: el acuerdo se está calculando.
message-agreement-export-over-input = no se puede exportar sobre un archivo que se está comparando: { $path }
message-agreement-exported = Acuerdo exportado a { $path }
message-agreement-export-failed = no se puede exportar el acuerdo ({ $error }): { $path }

## Importar proyectos y libros de códigos REFI-QDA; más colores de acuerdo

action-import-refi = Importar proyecto o libro de códigos REFI-QDA…
dialog-path-import-refi = Importar proyecto o libro de códigos REFI-QDA de
dialog-path-merge-file = Fusionar el archivo de un colega
file-filter-refi = Proyecto / libro de códigos REFI-QDA
message-refi-codebook-no-document = no se puede importar el libro de códigos (abra antes un documento: sus códigos pasan a ser las etiquetas del documento): { $path }
message-refi-codebook-nothing-new = Libro de códigos { $path } importado: sus { $count } códigos ya son etiquetas aquí.
message-refi-codebook-imported = { $count } códigos importados de { $path }: { $added } etiquetas nuevas, { $linked } enlazados a etiquetas existentes (Ctrl+Z para deshacer).
message-refi-project-imported =
    { $count ->
        [one] { $count } documento importado de { $path } en { $folder }: { $placed } codificaciones colocadas, { $moved } movidas (revisar), { $orphaned } huérfanas
       *[other] { $count } documentos importados de { $path } en { $folder }: { $placed } codificaciones colocadas, { $moved } movidas (revisar), { $orphaned } huérfanas
    }
message-refi-left-out = ; { $count } fuentes sin texto plano omitidas
message-refi-opened = ; abierto { $path }
message-refi-end = .
agreement-legend-many = En el documento, de los { $count } codificadores:
agreement-legend-item = Leyenda: { $text }
agreement-mark-all-coders = Todos los codificadores
agreement-mark-some-coders = Algunos codificadores, no todos
agreement-mark-one-coder = Un solo codificador

## Proyectos (un corpus de documentos)

action-open-project = Abrir proyecto…
action-save-all = Guardar todo
menu-project = Proyecto
tags-add-code = + Añadir código…
view-empty-project = Abra un documento: Archivo > Abrir documento… (Ctrl+O), o un proyecto: Archivo > Abrir proyecto… (Ctrl+Shift+O); o suelte aquí un archivo o una carpeta.

## Errores de archivos y de las capas bajo la interfaz (src/ui/errors.rs): un
## mensaje nombra el archivo al final; un motivo va dentro de un mensaje, en minúscula.

error-document = No se puede abrir el documento ({ $reason }): { $file }
error-annotated-document = No se puede abrir el documento que anota { $annotations } ({ $reason }): { $file }
error-document-outside = { $why } (apunta a { $resolved }); no se abre sin preguntar: { $file }
error-annotations = No se pueden leer las anotaciones ({ $reason }): { $file }
error-annotations-foreign = No es un archivo de anotaciones de Glosa ({ $reason }): { $file }
error-changed-on-disk = El archivo de anotaciones cambió en el disco desde que se abrió (otro programa lo guardó): { $file }
error-save = No se pueden guardar las anotaciones ({ $reason }): { $file }
error-edit-on-disk = No se puede aplicar el cambio ({ $reason }): { $file }
error-edit = No se pueden cambiar las anotaciones ({ $reason })
error-over-document = No se pueden guardar las anotaciones sobre el propio documento: { $file }
error-other-document = El archivo de anotaciones pertenece a otro documento, { $named }, no a { $document }: { $file }
error-save-over-other-document = No se guardó: el archivo de anotaciones pertenece a otro documento, { $named } (guarde con Guardar como, o ábralo de nuevo y elija usarlo para este documento): { $file }
error-read-only = El ejemplo incluido es de solo lectura; guarde su trabajo con Guardar como: { $file }
error-create-folder = No se puede crear la carpeta ({ $reason }): { $file }
error-annotations-folder = No se puede crear la carpeta de las anotaciones ({ $reason }): { $file }
error-export-over-input = No se exporta sobre el documento abierto ni sobre su archivo de anotaciones; elija otro nombre: { $file }
error-import = No se puede importar ({ $reason }): { $file }
error-journal = No se puede escribir el diario de recuperación ({ $reason }): { $file }
error-export = No se puede exportar ({ $reason }): { $file }
error-coder-file = No se pueden leer las anotaciones del codificador ({ $reason }): { $file }
error-coder-other-document = Anota otro documento («{ $title }»); ninguna de sus anotaciones está en este: { $file }
error-project-locate = No se puede abrir el proyecto ({ $reason }): { $file }
error-project-file = No se puede leer ni guardar el archivo del proyecto ({ $reason }): { $file }
error-project-exists = La carpeta ya es un proyecto: { $file }
error-project-edit = No se puede cambiar el proyecto ({ $reason })
error-not-a-document = No es un documento que Glosa lea ({ $reason }): { $file }
error-unknown-document = No hay ningún documento «{ $key }» en el proyecto: { $file }
error-csv = { $reason }: { $file }
error-no-project = No hay ningún proyecto abierto.
error-pattern = No es una expresión regular válida: { $detail }
error-unknown-tag = No hay ninguna etiqueta «{ $tag }» en el libro de códigos del proyecto ni en sus archivos de anotaciones
reason-not-found = el archivo no existe
reason-folder-not-document = es una carpeta, no un documento
reason-folder-not-annotations = es una carpeta, no un archivo de anotaciones
reason-folder-not-project = es una carpeta, no un archivo de proyecto
reason-special-file =
    { $kind ->
        [fifo] es una tubería con nombre (FIFO), no un archivo
        [socket] es un socket, no un archivo
        [device] es un dispositivo, no un archivo
        [disk] es un dispositivo de disco, no un archivo
        [folder] es una carpeta, no un archivo
       *[other] no es un archivo normal
    }
reason-too-large = el archivo ocupa { $size } MiB, más que el límite de { $limit } MiB
reason-cannot-read = no se puede leer: { $detail }
reason-cannot-write = no se puede escribir: { $detail }
reason-cannot-read-write = no se puede leer ni escribir: { $detail }
reason-io-permission = permiso denegado
reason-io-disk-full = el disco está lleno
reason-io-quota = se ha superado la cuota de disco
reason-io-read-only = el disco es de solo lectura
reason-io-is-folder = es una carpeta
reason-io-not-folder = una carpeta de la ruta es un archivo
reason-io-exists = el archivo ya existe
reason-io-too-large = el archivo es demasiado grande para el sistema de archivos
reason-io-timed-out = se agotó el tiempo de espera de la operación
reason-io-interrupted = la operación se interrumpió
reason-empty = el archivo está vacío
reason-not-utf8 = no es texto UTF-8
reason-not-annotations = no es un archivo de anotaciones de Glosa ({ $detail })
reason-newer-version = creado por un Glosa más reciente (versión de formato { $version }; este Glosa lee la versión { $current }): actualice Glosa para abrirlo
reason-syntax = línea { $line }, columna { $column }: { $detail }
reason-not-text = no es un archivo de texto ({ $detail })
reason-binary-png = una imagen PNG
reason-binary-zip = un archivo ZIP que no es un documento de Word (.docx) ni de OpenDocument (.odt)
reason-binary-empty-zip = un archivo ZIP vacío
reason-binary-pdf = un PDF; ábralo con un nombre acabado en .pdf
reason-binary-gif = una imagen GIF
reason-binary-jpeg = una imagen JPEG
reason-binary-gzip = un archivo comprimido gzip
reason-binary-old-office = un archivo antiguo de Microsoft Office (.doc/.xls); guárdelo antes como .docx
reason-binary-executable = un programa ejecutable
reason-binary-nul = contiene bytes NUL
reason-binary-control = contiene bytes de control
reason-binary-refi-project = un proyecto REFI-QDA (.qdpx), no un documento: impórtelo con «{ action-import-refi }» en el menú { menu-file }
reason-binary-refi-codebook = un libro de códigos REFI-QDA (.qdc), no un documento: importe sus códigos con «{ action-import-refi }» en el menú { menu-file }
reason-over-document-path = la ruta del documento ocupa { $size } bytes, más que el límite de { $bound }
reason-over-fingerprint = la huella del documento ocupa { $size } bytes, más que el límite de { $bound }
reason-over-tags = hay { $size } etiquetas, más que el límite de { $bound }
reason-bad-tag-id = el identificador de etiqueta «{ $id }» no está hecho solo de minúsculas, cifras y guiones
reason-bad-tag-id-annotation = anotación { $annotation }: el identificador de etiqueta «{ $id }» no está hecho solo de minúsculas, cifras y guiones
reason-over-tag-label = el nombre de la etiqueta «{ $tag }» tiene { $size } caracteres, más que el límite de { $bound }
reason-over-tag-description = la descripción de la etiqueta «{ $tag }» tiene { $size } caracteres, más que el límite de { $bound }
reason-over-annotations = hay { $size } anotaciones, más que el límite de { $bound }
reason-over-segments = la anotación { $annotation } abarca { $size } segmentos, más que el límite de { $bound }
reason-over-annotation-tags = la anotación { $annotation } lleva { $size } etiquetas, más que el límite de { $bound }
reason-over-note = la nota de la anotación { $annotation } tiene { $size } caracteres, más que el límite de { $bound }
reason-over-author = el nombre de autor de la anotación { $annotation } tiene { $size } caracteres, más que el límite de { $bound }
reason-over-paragraph-id = un identificador de párrafo de la anotación { $annotation } ocupa { $size } bytes, más que el límite de { $bound }
reason-over-quote = una cita de la anotación { $annotation } tiene { $size } caracteres, más que el límite de { $bound }
reason-no-text = el archivo no tiene texto (solo espacios o separadores)
reason-serialize = no se puede serializar: { $detail }
reason-changed-meanwhile = el archivo cambió en el disco entretanto (otro programa lo guardó)
reason-locked = otro programa está guardando este archivo (se esperó { $seconds } s a su bloqueo { $lock })
reason-cannot-lock = no se puede bloquear { $lock }: { $detail }
reason-cannot-write-in = no se puede escribir en { $folder } ({ $detail })
reason-no-annotation = no existe la anotación { $id }
reason-annotation-exists = la anotación { $id } ya existe
reason-no-segments = una anotación necesita al menos un segmento
reason-no-tag = no existe la etiqueta «{ $tag }»
reason-no-code = no hay ningún código «{ $code }» en el libro de códigos
reason-tag-exists = la etiqueta «{ $tag }» ya existe
reason-outside-absolute = la ruta del documento en el archivo de anotaciones es absoluta
reason-outside-leaves = la ruta del documento en el archivo de anotaciones sale de su carpeta
reason-outside-symlink = la ruta del documento en el archivo de anotaciones sale de su carpeta por un enlace simbólico
reason-outside-empty = el archivo de anotaciones no nombra ningún documento
reason-not-a-number = «{ $text }» no es un número (escriba cifras con punto decimal, p. ej. 12.5)
reason-not-a-date = «{ $text }» no es una fecha (escriba AAAA-MM-DD, p. ej. 2014-04-23)
reason-not-a-choice = «{ $text }» no es ninguna de: { $choices }
reason-attribute-value = { $attribute }: { $reason }
reason-not-a-project = no es una carpeta ni un archivo de proyecto (*.glosa-project.ron)
reason-no-such-path = el archivo o la carpeta no existe
reason-several-projects = la carpeta tiene varios archivos de proyecto ({ $names }); abra uno de ellos
reason-cannot-read-folder = no se puede leer la carpeta: { $detail }
reason-not-project-file = no es un archivo de proyecto de Glosa ({ $detail })
reason-project-locked = otro programa está guardando el proyecto (se esperó { $seconds } s a su bloqueo)
error-condition-syntax = «{ $text }» no es una condición (escriba ATRIBUTO=VALOR, o use !=, <, <=, >, >=)
error-condition-attribute = No hay ningún atributo «{ $attribute }» en el proyecto (atributos: { $known })
reason-over-limit = supera el límite de { $limit } MiB
reason-not-json = no es JSON ({ $detail })
reason-no-web-annotations = no contiene Web Annotations (se esperaba una Annotation, AnnotationCollection, AnnotationPage, una lista de ellas o un resultado de búsqueda de Hypothesis)
reason-pages-not-embedded = las páginas de la colección no están incluidas (la primera es { $first }); descargue las páginas e impórtelas
reason-refi-archive = no es un proyecto QDPX legible: { $detail }
reason-refi-xml = XML mal formado en { $part } cerca del byte { $position }: { $detail }
reason-refi-not-zip = no es un archivo ZIP (los proyectos REFI-QDA son archivos ZIP .qdpx)
reason-refi-root = no es un proyecto ni un libro de códigos REFI-QDA (el elemento raíz es <{ $root }>)
reason-refi-doctype = { $part } tiene una declaración DOCTYPE, que los archivos REFI-QDA nunca necesitan y Glosa rechaza (entidades)

## Campos que Glosa no conoce; anotaciones de otros documentos (fixes5)

dialog-unknown-fields = Campos que Glosa no conoce
dialog-unknown-fields-text = Este archivo de anotaciones tiene campos que esta versión de Glosa no conoce (escritos por un Glosa más reciente o por otra herramienta): { $fields }. Al guardar se pierden; la copia de seguridad (.bak) los conserva hasta el siguiente guardado.
button-save-anyway = Guardar de todos modos
dialog-import-other-documents =
    { $count ->
        [one] { $count } anotación de otro documento omitida.
       *[other] { $count } anotaciones de otros documentos omitidas.
    }

## Keyboard and status messages (tester 4: D16 undo messages, D21 dates)

message-undone =
    { $change ->
        [create] Deshecho: se quitó el resaltado añadido.
        [delete] Deshecho: el resaltado borrado ha vuelto.
        [tags] Deshecho: los grupos del resaltado vuelven a ser los de antes.
        [note] Deshecho: la nota vuelve a ser la de antes.
       *[other] Deshecho: el último cambio.
    }
message-redone =
    { $change ->
        [create] Rehecho: el resaltado se añade de nuevo.
        [delete] Rehecho: el resaltado se borra de nuevo.
        [tags] Rehecho: los grupos del resaltado se cambian de nuevo.
        [note] Rehecho: la nota se cambia de nuevo.
       *[other] Rehecho: el cambio se aplica de nuevo.
    }
# How dates and times are written (strftime: %Y year, %m month, %-d day, %b month name, %H:%M time).
format-date = %d/%m/%Y
format-date-time = %d/%m/%Y, %H:%M

## Errores y avisos de las capas inferiores, 2.ª parte: exploración e índice del proyecto, exportación de proyectos, importaciones, diario de recuperación, archivos CSV de atributos, concordancia, vigilancia de archivos (i18n6)

warning-scan-too-many =
    { $limit ->
        [one] Se detuvo tras { $limit } archivo o carpeta; la carpeta del proyecto es demasiado grande: { $file }
       *[other] Se detuvo tras { $limit } archivos y carpetas; la carpeta del proyecto es demasiado grande: { $file }
    }
warning-scan-missing = Falta un documento que el proyecto incluye: { $file }
warning-scan-folder = No se puede leer la carpeta ({ $reason }): { $file }
warning-scan-name = Se omitió un archivo cuyo nombre no es Unicode válido: { $file }
warning-scan-link = Se omitió un enlace que lleva fuera del proyecto: { $file }
warning-index-cancelled = No leído (cancelado): { $file }
warning-index-outside = Se omitió un archivo de anotaciones de un documento ajeno al proyecto ({ $document }): { $file }
warning-index-missing = Falta el documento de un archivo de anotaciones (borrado o movido) ({ $document }): { $file }
warning-export-document = No se puede leer el documento; no está en el QDPX: { $file }
warning-export-orphan = Anotación huérfana, no está en el QDPX (no tiene lugar en el texto): { $id } «{ $quote }»
warning-export-url = El atributo url «{ $url }» no es un IRI absoluto (https://…); no se usa: { $file }
reason-export-not-ready = los archivos del proyecto aún no se han leído
reason-export-unknown-tag = no hay ninguna etiqueta «{ $tag }» en el proyecto
reason-export-no-iri = no se puede nombrar el documento con un IRI file: ({ $detail }): { $file }
reason-export-base-uri = la URI base «{ $base }» no es una URI absoluta como https://example.org/documents/
reason-codebook-not-project = un libro de códigos no contiene documentos: abra un documento e impórtelo en sus etiquetas
reason-no-free-name = no queda ningún nombre de archivo libre para { $name }
reason-cannot-remove = no se puede eliminar: { $detail }
reason-no-thread = no se puede iniciar el escritor del diario: { $detail }
reason-no-journal-writer = el escritor del diario se ha detenido
reason-csv-unreadable = no se puede leer el archivo CSV ({ $detail })
reason-csv-not-a-file = no es un archivo
reason-csv-too-large = el archivo CSV supera los { $limit } MiB
reason-csv-header = línea 1: { $detail }
reason-csv-record = CSV no válido: { $detail }
reason-csv-empty = el archivo CSV está vacío
reason-csv-no-document-column = línea 1: no hay columna «{ $column }» (la primera fila nombra las columnas: { $column } y después los ID de los atributos)
reason-csv-duplicate-column = línea 1: dos columnas son el atributo «{ $attribute }»
reason-csv-unknown-document = línea { $line }: no hay ningún documento «{ $name }» en el proyecto
reason-csv-duplicate-document = línea { $line }: el documento «{ $name }» aparece dos veces (también en la línea { $first })
reason-csv-value = línea { $line }, columna { $attribute }: { $reason }
reason-code-exists = el libro de códigos ya tiene un código «{ $code }»
reason-code-cycle = «{ $parent }» no puede ser el padre de «{ $code }»: es «{ $code }» o uno de sus subcódigos
reason-no-attribute = no hay ningún atributo «{ $attribute }» en el proyecto
reason-attribute-exists = el proyecto ya tiene un atributo «{ $attribute }»
reason-attribute-invalidates = no se puede cambiar { $attribute }: el valor de { $document } no encaja ({ $reason })
error-agreement-no-documents = No hay documentos que comparar.
error-agreement-unknown-coder = No hay anotaciones del codificador «{ $coder }» (codificadores encontrados: { $known })
error-watch-start = No se pueden vigilar los archivos para detectar cambios de otros programas ({ $reason }); los cambios se siguen detectando antes de cada guardado y cuando la ventana recibe el foco
error-watch-folder = No se puede vigilar la carpeta para detectar cambios de otros programas ({ $reason }): { $file }
reason-watch-limit = se ha alcanzado el límite del sistema de archivos vigilados
warning-autocode-changed = el documento cambió después de la búsqueda; vuelva a buscar: { $file }
reason-foreign-starts = empieza por «{ $start }», no por «(»
reason-foreign-format = su formato es «{ $format }»
reason-foreign-no-format = no tiene el campo «format: "{ $format }"»
reason-container = no es un documento { $format } legible: { $reason }
reason-container-too-many =
    { $entries ->
        [one] el archivo comprimido contiene { $entries } entrada, más que el límite de { $limit }
       *[other] el archivo comprimido contiene { $entries } entradas, más que el límite de { $limit }
    }
reason-container-damaged = el archivo ZIP está dañado ({ $detail })
reason-container-part-unsupported = no se puede leer { $part } ({ $detail }); ¿está cifrado el documento?
reason-container-part-unreadable = no se puede leer { $part } ({ $detail })
reason-container-part-encrypted = { $part } está cifrado; guarde el documento sin contraseña
reason-container-part-damaged = no se puede descomprimir { $part } ({ $detail })
reason-container-part-too-large = { $part } ocupa más de { $limit } MiB al descomprimirse (¿una bomba ZIP?)
reason-container-part-missing = falta { $part }
reason-container-too-deep = { $part } anida elementos a más de { $limit } niveles
reason-container-encrypted = el documento está cifrado; guárdelo sin contraseña
reason-container-password = está protegido con contraseña; guarde antes una copia sin protección
reason-container-no-text-layer = no tiene capa de texto (¿una imagen escaneada?); aplíquele antes un OCR
reason-container-unparsable = no se puede analizar ({ $detail })
reason-container-thread = no se puede iniciar el lector ({ $detail })
reason-container-reader-failed = el lector de PDF falló con este archivo (dañado o no compatible)
reason-export-no-document = una exportación QDPX necesita el documento y no se pudo abrir: { $document }
reason-export-no-codes = no hay etiquetas que exportar como libro de códigos
reason-excel-workbook = no se puede escribir el libro de Excel: { $detail }
reason-excel-columns = demasiadas columnas para Excel
reason-excel-rows = más de 1.048.575 filas para «{ $sheet }»: exporte a CSV
reason-io-busy = el archivo o el dispositivo está ocupado
reason-io-stale = el identificador de archivo de red ha caducado (la carpeta compartida se volvió a conectar); vuelva a abrir el archivo
reason-io-network = se perdió la conexión de red con la carpeta compartida
reason-io-file-name = el nombre de archivo no es válido aquí
reason-io-folder-not-empty = la carpeta no está vacía
reason-io-crosses-devices = el archivo no se puede mover a otro disco de esta forma
reason-io-out-of-memory = no hay memoria suficiente
reason-io-unsupported = el sistema de archivos no admite esta operación
reason-io-truncated = el archivo termina antes de tiempo (está truncado)
reason-document-extensions = Glosa lee .{ $extensions }

## Mirrored interface (issue 13): lists of names on one line (the groups of a highlight).
list-separator = {", "}

## Nombres de las teclas en los atajos (menús, ayuda), como los rotula el teclado de cada idioma
key-ctrl = Ctrl
key-alt = Alt
key-shift = Mayús
key-escape = Escape
key-delete = Supr
key-backspace = Retroceso
key-page-up = Re Pág
key-page-down = Av Pág
key-home = Inicio
key-end = Fin
key-enter = Intro
key-space = Espacio
key-tab = Tab
key-insert = Insert
