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
