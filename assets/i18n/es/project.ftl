# Projects: corpus, codebook, coded segments, tables, corpus search.

## Importar un proyecto REFI-QDA (QDPX) a un proyecto de Glosa: el informe

refi-report-title = Proyecto REFI-QDA importado: { $name }
refi-report-documents =
    { $count ->
        [one] { $count } documento, en el proyecto { $folder }
       *[other] { $count } documentos, en el proyecto { $folder }
    }
refi-report-codes =
    { $count ->
        [one] { $count } código: { $linked } vinculados a códigos existentes, { $created } creados
       *[other] { $count } códigos: { $linked } vinculados a códigos existentes, { $created } creados
    }
refi-report-codings = Selecciones codificadas: { $placed } colocadas en su texto, { $moved } desplazadas (revíselas), { $orphaned } huérfanas (conservadas con su texto)
refi-report-source = Fuente
refi-report-placed = Colocadas
refi-report-moved = Desplazadas
refi-report-orphaned = Huérfanas
refi-report-not-imported = no importada ({ $problem })
refi-report-orphans = Segmentos codificados huérfanos (no se encontró su texto):
refi-report-elements = Elementos no importados:
refi-report-element = { $count } × <{ $name }>
refi-report-refused = Valores omitidos (el atributo los rechazó):
refi-report-refused-value = { $attribute } de { $document }: { $reason }
refi-report-cycle = El código «{ $name }»: su padre crearía un ciclo; se deja en el nivel superior
refi-report-not-opened = Hay trabajo sin guardar abierto: el proyecto aún no se ha abierto.
refi-report-open = Abrir el proyecto

## Archivo ▸ Exportar con un proyecto abierto

project-export-document = El documento mostrado
project-export-project = Todo el proyecto
project-export-retrieval =
    { $count ->
        [one] El segmento codificado recuperado ({ $count })
       *[other] Los segmentos codificados recuperados ({ $count })
    }
project-export-project-note = Todos los documentos del proyecto; las filas de hoja de cálculo llevan el nombre de archivo del documento y todos sus atributos.
project-export-columns-note = Cada fila lleva el nombre de archivo del documento y todos sus atributos.
project-format-csv = Segmentos codificados, CSV
project-format-csv-excel = Segmentos codificados, CSV para Excel
project-format-xlsx = Segmentos codificados, libro de Excel (una hoja por código)
project-format-markdown = Segmentos codificados, informe Markdown
project-format-json = Segmentos codificados, JSON

## Las vistas del proyecto: pestañas, panel del corpus, segmentos codificados

project-view-corpus = Corpus
project-view-codebook = Libro de códigos
project-view-segments = Segmentos codificados
project-view-tables = Tablas
project-view-search = Buscar
project-save = Guardar el proyecto
project-reading-files = Leyendo los archivos del proyecto…
attribute-stakeholder_group = Grupo de partes interesadas
attribute-region = Región
attribute-language = Idioma
attribute-date = Fecha
tabs-tooltip =
    { $document }
    Anotaciones: { $annotations }
tabs-close = Cerrar { $title }
tabs-reading = Leyendo { $done } de { $total } archivos
tabs-undo = Deshacer el cambio del proyecto
tabs-redo = Rehacer el cambio del proyecto
tabs-import-attributes = Importar atributos (CSV)…
tabs-export-attributes = Exportar atributos (CSV)…
tabs-rescan = Buscar archivos nuevos
tabs-unsaved =
    { $count ->
        [one] { $count } sin guardar
       *[other] { $count } sin guardar
    }
corpus-sorted-descending = { $label }, orden descendente
corpus-sorted-ascending = { $label }, orden ascendente
corpus-sort-by = Ordenar por { $label }
corpus-no-documents = No hay documentos: ponga archivos .txt o .md en la carpeta del proyecto.
corpus-documents-missing = No se puede mostrar ningún documento: faltan los documentos del proyecto (véanse los avisos de arriba).
corpus-no-match = Ningún documento coincide con el filtro.
corpus-totals =
    { $count ->
        [one] { $count } documento
       *[other] { $count } documentos
    } · { $files ->
        [one] { $files } archivo de anotaciones
       *[other] { $files } archivos de anotaciones
    } · { $codings ->
        [one] { $codings } codificación
       *[other] { $codings } codificaciones
    }
corpus-filter-hint = Filtrar por archivo, título o atributo
corpus-filter = Filtrar documentos
corpus-add-attribute = + Atributo…
corpus-import-attributes = Importar atributos…
corpus-import-attributes-tooltip = Desde un archivo CSV: una columna de documento y una columna por atributo
corpus-export-attributes = Exportar atributos…
corpus-column-document = Documento
corpus-column-title = Título
corpus-column-files = Archivos
corpus-edit-attribute = Editar atributo…
corpus-remove-attribute = Quitar atributo…
corpus-open = Abrir
corpus-open-tooltip = Abrir el documento con sus anotaciones
corpus-open-name = Abrir { $key }
corpus-attributes-of = Atributos de { $key }
corpus-open-document = Abrir el documento
corpus-value-none = (ninguno)
corpus-hint-date = AAAA-MM-DD
corpus-hint-number = un número
corpus-editor-help = Pulse Intro o salga del campo para conservar su valor; Ctrl+Z deshace; Ctrl+S guarda el proyecto.
segments-tags = Códigos
segments-any-of = cualquiera de
segments-and-also = y además
segments-not = no
segments-sub-codes = con subcódigos
segments-documents-where = Documentos donde
segments-remove-condition = Quitar esta condición
segments-add-condition = + Condición
segments-authors-all = Autores: todos
segments-authors = Autores: { $names }
segments-status = Estado
segments-text-hint = texto en la cita o la nota
segments-containing = Segmentos que contienen
segments-clear-filters = Quitar filtros
segments-count =
    { $count ->
        [one] { $count } segmento codificado
       *[other] { $count } segmentos codificados
    } en { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    }
segments-moved = desplazado: revisar
segments-orphaned = huérfano
segments-note = Nota: { $note }
segments-open-tooltip = Abrir el documento en este pasaje
segments-none = Ningún segmento codificado coincide.

## Los diálogos del proyecto, el libro de códigos, las tablas y la búsqueda en el corpus

project-remove-attribute-title = ¿Quitar el atributo «{ $label }»?
project-remove-attribute-text =
    { $count ->
        [one] { $count } documento pierde su valor. Ctrl+Z en una vista del proyecto lo deshace.
       *[other] { $count } documentos pierden su valor. Ctrl+Z en una vista del proyecto lo deshace.
    }
project-remove = Quitar
project-export-segments-title =
    { $count ->
        [one] Exportar { $count } segmento codificado
       *[other] Exportar { $count } segmentos codificados
    }
project-unsaved-quit = ¿Guardar los cambios antes de cerrar?
project-unsaved-first = ¿Guardar antes los cambios?
project-unsaved-list = Tienen cambios sin guardar:
project-unsaved-project = • el proyecto: libro de códigos y atributos ({ $file })
project-save-all = Guardar todo
project-code-edit = Editar código
project-code-new = Nuevo código
project-label = Etiqueta
project-colour = Color
project-parent = Código padre
project-top-level = (nivel superior)
project-description = Descripción
project-code-description-hint = Qué significa el código y cuándo usarlo (el memo del código)
project-attribute-edit = Editar atributo
project-attribute-new = Nuevo atributo
project-kind = Tipo
project-choices = Opciones
project-choices-hint = una por línea
codebook-add = + Añadir código…
codebook-help = Edite un código para renombrarlo, cambiar su color, escribir su descripción (el memo del código) o darle un código padre.
codebook-usage =
    { $count ->
        [one] { $count } codificación
       *[other] { $count } codificaciones
    } en { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    }
codebook-edit = Editar…
codebook-edit-name = Editar { $label }
codebook-add-sub = + Subcódigo…
codebook-add-sub-name = Añadir un subcódigo a { $label }
codebook-move-up = Subir
codebook-move-down = Bajar
codebook-outside = Códigos usados en archivos de anotaciones pero ausentes del libro de códigos
codebook-outside-in = en { $path }
codebook-add-outside = Añadir al libro de códigos
tables-attribute = Códigos × atributo
tables-cooccurrence = Coocurrencia de códigos
tables-attribute-choice = atributo
tables-count-segments = contar segmentos codificados
tables-count-documents = contar documentos
tables-overlap = segmentos superpuestos
tables-same-paragraph = mismo párrafo
tables-export = Exportar CSV…
tables-change-filters = Cambiar filtros…
tables-no-attributes = El proyecto no tiene atributos.
tables-total = total
search-heading = Buscar en el corpus
search-in-documents = En { $documents } de { $count } documentos (las condiciones de atributos de Segmentos codificados).
search-hits =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    } en { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    }
search-hits-truncated =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    } en { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    } (los primeros; afine la búsqueda)
search-autocode = Codificar todos los resultados con…
search-undo-autocode = Deshacer la codificación automática
search-hint = palabras o un patrón
search-field = Buscar en el corpus
search-mode-text = texto
search-mode-words = palabras completas
search-mode-regex = expresión regular
search-match-case = distinguir mayúsculas
search-match-accents = distinguir acentos
search-open-tooltip = Abrir el documento en este resultado

## Mensajes del proyecto, indicaciones de archivo y las etiquetas restantes

message-project-opened =
    { $count ->
        [one] Proyecto «{ $name }» abierto: { $count } documento.
       *[other] Proyecto «{ $name }» abierto: { $count } documentos.
    }
message-code-not-read = «{ $label }» aún no se puede borrar: se están leyendo los archivos del proyecto.
message-code-in-use =
    { $count ->
        [one] «{ $label }» lo usa { $count } anotación
       *[other] «{ $label }» lo usan { $count } anotaciones
    } en { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    }; quíteselo primero (Segmentos codificados las lista). Un código en uso no puede salir del libro de códigos del proyecto.
message-project-undone = Cambio del proyecto deshecho.
message-project-redone = Cambio del proyecto rehecho.
message-project-nothing-to-undo = Nada que deshacer ni rehacer en el proyecto.
message-autocode-undone =
    { $count ->
        [one] Codificación automática deshecha en { $count } documento.
       *[other] Codificación automática deshecha en { $count } documentos.
    }
message-rescanned = Se buscaron documentos y archivos de anotaciones nuevos.
message-project-document-opened = Abierto { $document } (sus anotaciones: { $annotations })
message-project-saved = Proyecto guardado en { $path }
message-project-saved-conflicts = Proyecto guardado; otra persona había cambiado { $names } al mismo tiempo (se conserva su versión).
message-saved-all = Todo guardado.
message-autocode-skipped =
    { $count ->
        [one] { $count } documento omitido: { $names }
       *[other] { $count } documentos omitidos: { $names }
    }
message-autocoded =
    { $count ->
        [one] Codificado { $count } resultado
       *[other] Codificados { $count } resultados
    } con «{ $label }» en { $documents ->
        [one] { $documents } documento
       *[other] { $documents } documentos
    }: { $added ->
        [one] { $added } resaltado nuevo
       *[other] { $added } resaltados nuevos
    }, { $existing } existentes. Sin guardar: Guardar todo los conserva, Deshacer la codificación automática los retira.
message-export-over-project = No se exporta sobre un archivo del proyecto, un documento o un archivo de anotaciones; elija otro nombre: { $path }
message-project-exported = Exportado { $what } a { $path }
message-cannot-export = No se puede exportar ({ $error }): { $path }
message-attributes-imported = Importadas { $rows } filas: { $changed } valores cambiados (Ctrl+Z lo deshace).
message-attributes-imported-new = Importadas { $rows } filas: { $changed } valores cambiados, atributos nuevos: { $names } (Ctrl+Z lo deshace).
export-what-segments =
    { $count ->
        [one] { $count } segmento codificado
       *[other] { $count } segmentos codificados
    }
export-what-codes =
    { $count ->
        [one] { $count } código
       *[other] { $count } códigos
    }
export-what-annotations =
    { $count ->
        [one] { $count } anotación
       *[other] { $count } anotaciones
    }
export-what-table = la tabla
export-what-attributes = los atributos
kind-text = Texto
kind-number = Número
kind-date = Fecha (AAAA-MM-DD)
kind-one-of = Uno de una lista
path-open-project = Abrir proyecto (una carpeta o un archivo .glosa-project.ron)
path-export-segments = Exportar los segmentos codificados a
path-export-project = Exportar el proyecto a
path-export-table = Exportar la tabla (CSV) a
path-import-attributes = Importar atributos desde (CSV)
path-export-attributes = Exportar los atributos (CSV) a
search-hit-name = Resultado en { $key } ¶{ $ordinal }: { $text }
segments-condition-name = Condición { $number }: { $part }
segments-condition-attribute = atributo
segments-condition-comparison = comparación
segments-condition-value = valor
segments-row-name = Segmento { $key } { $place } { $tag }: { $quote }
codebook-count =
    { $count ->
        [one] { $count } código, compartido por todos los archivos de anotaciones del proyecto
       *[other] { $count } códigos, compartidos por todos los archivos de anotaciones del proyecto
    }
tables-filters = Filtros: { $filters }
tables-cell =
    { $count ->
        [one] { $row } × { $column }: { $count } segmento
       *[other] { $row } × { $column }: { $count } segmentos
    }
segments-no-value = (sin valor)

## robust5: archivos REFI-QDA leídos de todos modos (espacio de nombres XML ajeno o ausente)
refi-warning-namespace = { $file } está en el espacio de nombres XML «{ $found }», no en { $expected } (REFI-QDA 1.5); se ha leído de todos modos.
refi-warning-no-namespace = { $file } no tiene espacio de nombres XML, en lugar de { $expected } (REFI-QDA 1.5); se ha leído de todos modos.

## Informe de importación REFI-QDA: por qué no se colocó una fuente o una selección (src/ui/errors.rs)

refi-problem-file-missing = su archivo { $kind } no está en el archivo comprimido
refi-problem-file-unreadable = su archivo { $kind } no se puede leer ({ $reason })
refi-problem-no-plain-text = el proyecto no tiene su texto plano
refi-problem-not-plain-text = su texto no se puede leer como texto plano
refi-report-misfits = Selecciones no colocadas por su posición (colocadas por su texto o conservadas como huérfanas):
refi-report-misfit = { $source }: «{ $name }»: { $reason }
refi-misfit-pdf-area = una selección de área de PDF ({ $area }) no tiene lugar en el texto
refi-misfit-empty = posición vacía o invertida { $start }..{ $end }
refi-misfit-outside =
    { $length ->
        [one] la posición { $start }..{ $end } no cabe en el texto ({ $length } carácter, contado en { $unit })
       *[other] la posición { $start }..{ $end } no cabe en el texto ({ $length } caracteres, contados en { $unit })
    }
refi-unit-code-points = puntos de código
refi-unit-utf16 = unidades de código UTF-16
refi-unit-code-points-line-break = puntos de código, salto de línea = 1
refi-unit-utf16-line-break = unidades de código UTF-16, salto de línea = 1

## Lo que conserva una recuperación (Segmentos codificados, Tablas), y la esquina de una tabla

query-all = todos los segmentos codificados
query-any-tags = con la etiqueta { $tags }
query-all-tags = con todas las etiquetas { $tags }
query-not-tags = sin la etiqueta { $tags }
query-exact = sin subcódigos
query-authors = de { $authors }
query-statuses = estado: { $statuses }
query-text = texto «{ $text }»
query-documents =
    { $count ->
        [one] { $count } documento elegido
       *[other] { $count } documentos elegidos
    }
tables-corner-tag = etiqueta

## Agreement view: the project's coders

agreement-project-files = Archivos del proyecto:
    .tooltip = Los demás archivos de anotaciones del proyecto para este documento, cada uno con el nombre de sus codificadores: se comparan los marcados (como hace glosa agreement --project)

## Agreement view: all the project's documents pooled (agree7)

agreement-scope = Comparar:
agreement-scope-document = Este documento
agreement-scope-project = Todos los documentos del proyecto
    .tooltip = Agrupado sobre los documentos del proyecto: sus textos unidos uno tras otro, nunca promediados (como hace glosa agreement --project). Cada desacuerdo indica su documento; un clic lo abre.
agreement-pooled-note =
    { $count ->
        [one] Agrupado sobre { $pooled } de { $count } documento: los que codificaron todos los codificadores.
       *[other] Agrupado sobre { $pooled } de { $count } documentos: los que codificaron todos los codificadores.
    }
agreement-excluded = Excluidas ({ $count })
agreement-excluded-moved = desplazada: encontrada solo de forma aproximada en el documento
agreement-excluded-orphaned = huérfana: no encontrada en el documento
agreement-excluded-untagged = sin etiqueta
agreement-excluded-not-coded-by-all = fuera de los resultados agrupados: sin anotaciones de { $coders }
