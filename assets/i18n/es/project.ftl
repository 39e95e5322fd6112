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
