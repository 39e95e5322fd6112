# Projects: corpus, codebook, coded segments, tables, corpus search.

## Importing a REFI-QDA project (QDPX) into a Glosa project: the report

refi-report-title = Imported the REFI-QDA project { $name }
refi-report-documents =
    { $count ->
        [one] { $count } document, in the project { $folder }
       *[other] { $count } documents, in the project { $folder }
    }
refi-report-codes =
    { $count ->
        [one] { $count } code: { $linked } linked to existing codes, { $created } created
       *[other] { $count } codes: { $linked } linked to existing codes, { $created } created
    }
refi-report-codings = Coded selections: { $placed } placed on their text, { $moved } moved (review them), { $orphaned } orphaned (kept with their text)
refi-report-source = Source
refi-report-placed = Placed
refi-report-moved = Moved
refi-report-orphaned = Orphaned
refi-report-not-imported = not imported ({ $problem })
refi-report-orphans = Orphaned coded segments (their text could not be found):
refi-report-elements = Elements not imported:
refi-report-element = { $count } × <{ $name }>
refi-report-refused = Values left out (the attribute refused them):
refi-report-refused-value = { $attribute } of { $document }: { $reason }
refi-report-cycle = The code “{ $name }”: its parent would make a cycle; kept at the top level
refi-report-not-opened = Unsaved work is open: the project was not opened yet.
refi-report-open = Open the project

## File ▸ Export with a project open

project-export-document = The document shown
project-export-project = The whole project
project-export-retrieval =
    { $count ->
        [one] The coded segment retrieved ({ $count })
       *[other] The coded segments retrieved ({ $count })
    }
project-export-project-note = Every document of the project; spreadsheet rows carry the document's file name and every attribute.
project-export-columns-note = Each row has the document's file name and every attribute.
project-format-csv = Coded segments, CSV
project-format-csv-excel = Coded segments, CSV for Excel
project-format-xlsx = Coded segments, Excel workbook (one sheet per code)
project-format-markdown = Coded segments, Markdown report
project-format-json = Coded segments, JSON
