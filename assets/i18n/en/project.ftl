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

## The project views: tabs, corpus panel, coded segments

project-view-corpus = Corpus
project-view-codebook = Codebook
project-view-segments = Coded segments
project-view-tables = Tables
project-view-search = Search
project-save = Save project
project-reading-files = Reading the project's files…
attribute-stakeholder_group = Stakeholder group
attribute-region = Region
attribute-language = Language
attribute-date = Date
tabs-tooltip =
    { $document }
    Annotations: { $annotations }
tabs-close = Close { $title }
tabs-reading = Reading { $done } of { $total } files
tabs-undo = Undo project change
tabs-redo = Redo project change
tabs-import-attributes = Import attributes (CSV)…
tabs-export-attributes = Export attributes (CSV)…
tabs-rescan = Look for new files
tabs-unsaved = { $count } unsaved
corpus-sorted-descending = { $label }, sorted descending
corpus-sorted-ascending = { $label }, sorted ascending
corpus-sort-by = Sort by { $label }
corpus-no-documents = No documents: put .txt or .md files in the project folder.
corpus-no-match = No document matches the filter.
corpus-totals =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    } · { $files ->
        [one] { $files } annotation file
       *[other] { $files } annotation files
    } · { $codings ->
        [one] { $codings } coding
       *[other] { $codings } codings
    }
corpus-filter-hint = Filter by file, title or attribute
corpus-filter = Filter documents
corpus-add-attribute = + Attribute…
corpus-import-attributes = Import attributes…
corpus-import-attributes-tooltip = From a CSV file: a document column, one column per attribute
corpus-export-attributes = Export attributes…
corpus-column-document = Document
corpus-column-title = Title
corpus-column-files = Files
corpus-edit-attribute = Edit attribute…
corpus-remove-attribute = Remove attribute…
corpus-open = Open
corpus-open-tooltip = Open the document with your annotations
corpus-open-name = Open { $key }
corpus-attributes-of = Attributes of { $key }
corpus-open-document = Open document
corpus-value-none = (none)
corpus-hint-date = YYYY-MM-DD
corpus-hint-number = a number
corpus-editor-help = Press Enter or leave a field to keep its value; Ctrl+Z undoes; Ctrl+S saves the project.
segments-tags = Tags
segments-any-of = any of
segments-and-also = and also
segments-not = not
segments-sub-codes = with sub-codes
segments-documents-where = Documents where
segments-remove-condition = Remove this condition
segments-add-condition = + Condition
segments-authors-all = Authors: all
segments-authors = Authors: { $names }
segments-status = Status
segments-text-hint = text in quote or note
segments-containing = Segments containing
segments-clear-filters = Clear filters
segments-count =
    { $count ->
        [one] { $count } coded segment
       *[other] { $count } coded segments
    } in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
segments-moved = moved: review
segments-orphaned = orphaned
segments-note = Note: { $note }
segments-open-tooltip = Open the document at this passage
segments-none = No coded segment matches.
