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
corpus-documents-missing = No document can be shown: the project's documents are missing (see the warnings above).
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

## The project dialogs, codebook, tables and corpus search

project-remove-attribute-title = Remove the attribute “{ $label }”?
project-remove-attribute-text =
    { $count ->
        [one] { $count } document loses its value for it. Ctrl+Z in a project view undoes this.
       *[other] { $count } documents lose their value for it. Ctrl+Z in a project view undoes this.
    }
project-remove = Remove
project-export-segments-title =
    { $count ->
        [one] Export { $count } coded segment
       *[other] Export { $count } coded segments
    }
project-unsaved-quit = Save changes before closing?
project-unsaved-first = Save changes first?
project-unsaved-list = These have unsaved changes:
project-unsaved-project = • the project: codebook and attributes ({ $file })
project-save-all = Save all
project-code-edit = Edit code
project-code-new = New code
project-label = Label
project-colour = Colour
project-parent = Parent
project-top-level = (top level)
project-description = Description
project-code-description-hint = What the code means and when to use it (the code memo)
project-attribute-edit = Edit attribute
project-attribute-new = New attribute
project-kind = Kind
project-choices = Choices
project-choices-hint = one per line
codebook-add = + Add code…
codebook-help = Edit a code to rename it, recolour it, write its description (the code memo) or give it a parent.
codebook-usage =
    { $count ->
        [one] { $count } coding
       *[other] { $count } codings
    } in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
codebook-edit = Edit…
codebook-edit-name = Edit { $label }
codebook-add-sub = + Sub-code…
codebook-add-sub-name = Add a sub-code to { $label }
codebook-move-up = Move up
codebook-move-down = Move down
codebook-outside = Tags used in annotation files but not in the codebook
codebook-outside-in = in { $path }
codebook-add-outside = Add to the codebook
tables-attribute = Tags × attribute
tables-cooccurrence = Tag co-occurrence
tables-attribute-choice = attribute
tables-count-segments = count coded segments
tables-count-documents = count documents
tables-overlap = overlapping segments
tables-same-paragraph = same paragraph
tables-export = Export CSV…
tables-change-filters = Change filters…
tables-no-attributes = The project has no attributes.
tables-total = total
search-heading = Search the corpus
search-in-documents = In { $documents } of { $count } documents (the attribute conditions of Coded segments).
search-hits =
    { $count ->
        [one] { $count } hit
       *[other] { $count } hits
    } in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
search-hits-truncated =
    { $count ->
        [one] { $count } hit
       *[other] { $count } hits
    } in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } (the first ones; refine the query)
search-autocode = Tag all hits with…
search-undo-autocode = Undo auto-code
search-hint = words, or a pattern
search-field = Search the corpus for
search-mode-text = text
search-mode-words = whole words
search-mode-regex = regular expression
search-match-case = match case
search-match-accents = match accents
search-open-tooltip = Open the document at this hit

## Project messages, file prompts and the remaining labels

message-project-opened =
    { $count ->
        [one] Opened the project “{ $name }”: { $count } document.
       *[other] Opened the project “{ $name }”: { $count } documents.
    }
message-code-not-read = “{ $label }” cannot be deleted yet: the project's files are still being read.
message-code-in-use =
    { $count ->
        [one] “{ $label }” is used by { $count } annotation
       *[other] “{ $label }” is used by { $count } annotations
    } in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }; remove it from them first (Coded segments lists them). A code in use cannot leave the project's codebook.
message-project-undone = Project change undone.
message-project-redone = Project change redone.
message-project-nothing-to-undo = Nothing to undo or redo in the project.
message-autocode-undone =
    { $count ->
        [one] Auto-coding undone in { $count } document.
       *[other] Auto-coding undone in { $count } documents.
    }
message-rescanned = Looked for new documents and annotation files.
message-project-document-opened = Opened { $document } (your annotations: { $annotations })
message-project-saved = Saved the project { $path }
message-project-saved-conflicts = Saved the project; someone else had changed { $names } at the same time (your version kept).
message-saved-all = Saved all.
message-autocode-skipped =
    { $count ->
        [one] { $count } document skipped: { $names }
       *[other] { $count } documents skipped: { $names }
    }
message-autocoded =
    { $count ->
        [one] Tagged { $count } hit
       *[other] Tagged { $count } hits
    } with “{ $label }” in { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }: { $added ->
        [one] { $added } new highlight
       *[other] { $added } new highlights
    }, { $existing } existing. Unsaved: Save all keeps them, Undo auto-code takes them back.
message-export-over-project = Not exporting over a project file, document or annotation file; choose another name: { $path }
message-project-exported = Exported { $what } to { $path }
message-cannot-export = Cannot export ({ $error }): { $path }
message-attributes-imported = Imported { $rows } rows: { $changed } values changed (Ctrl+Z undoes it).
message-attributes-imported-new = Imported { $rows } rows: { $changed } values changed, new attributes: { $names } (Ctrl+Z undoes it).
export-what-segments =
    { $count ->
        [one] { $count } coded segment
       *[other] { $count } coded segments
    }
export-what-codes =
    { $count ->
        [one] { $count } code
       *[other] { $count } codes
    }
export-what-annotations =
    { $count ->
        [one] { $count } annotation
       *[other] { $count } annotations
    }
export-what-table = the table
export-what-attributes = the attributes
kind-text = Text
kind-number = Number
kind-date = Date (YYYY-MM-DD)
kind-one-of = One of a list
path-open-project = Open project (a folder or a .glosa-project.ron file)
path-export-segments = Export coded segments to
path-export-project = Export the project to
path-export-table = Export the table (CSV) to
path-import-attributes = Import attributes from (CSV)
path-export-attributes = Export attributes (CSV) to
search-hit-name = Hit in { $key } ¶{ $ordinal }: { $text }
segments-condition-name = Condition { $number } { $part }
segments-condition-attribute = attribute
segments-condition-comparison = comparison
segments-condition-value = value
segments-row-name = Segment { $key } { $place } { $tag }: { $quote }
codebook-count =
    { $count ->
        [one] { $count } code, shared by every annotation file of the project
       *[other] { $count } codes, shared by every annotation file of the project
    }
tables-filters = Filters: { $filters }
tables-cell =
    { $count ->
        [one] { $row } × { $column }: { $count } segment
       *[other] { $row } × { $column }: { $count } segments
    }
segments-no-value = (no value)

## robust5: REFI-QDA files read anyway (a foreign or missing XML namespace)
refi-warning-namespace = { $file } is in the XML namespace “{ $found }”, not { $expected } (REFI-QDA 1.5); read anyway.
refi-warning-no-namespace = { $file } has no XML namespace, not { $expected } (REFI-QDA 1.5); read anyway.

## REFI-QDA import report: why a source or a selection was not placed (src/ui/errors.rs)

refi-problem-file-missing = its { $kind } file is not in the archive
refi-problem-file-unreadable = its { $kind } file cannot be read ({ $reason })
refi-problem-no-plain-text = no plain text in the project
refi-problem-not-plain-text = its text cannot be read as plain text
refi-report-misfits = Selections not placed by their position (placed by their text, or kept as orphans):
refi-report-misfit = { $source }: “{ $name }”: { $reason }
refi-misfit-pdf-area = a PDF area selection ({ $area }) has no place in the text
refi-misfit-empty = empty or reversed position { $start }..{ $end }
refi-misfit-outside =
    { $length ->
        [one] position { $start }..{ $end } does not fit the text ({ $length } character, counted in { $unit })
       *[other] position { $start }..{ $end } does not fit the text ({ $length } characters, counted in { $unit })
    }
refi-unit-code-points = code points
refi-unit-utf16 = UTF-16 code units
refi-unit-code-points-line-break = code points, line break = 1
refi-unit-utf16-line-break = UTF-16 code units, line break = 1

## What a retrieval keeps (Coded segments, Tables), and a table's corner

query-all = all coded segments
query-any-tags = tagged { $tags }
query-all-tags = tagged all of { $tags }
query-not-tags = not tagged { $tags }
query-exact = without sub-codes
query-authors = by { $authors }
query-statuses = status: { $statuses }
query-text = text “{ $text }”
query-documents =
    { $count ->
        [one] { $count } chosen document
       *[other] { $count } chosen documents
    }
tables-corner-tag = tag

## Agreement view: the project's coders

agreement-project-files = Project files:
    .tooltip = The project's other annotation files for this document, each named by its coders: checked ones are compared (as glosa agreement --project does)

## Agreement view: all the project's documents pooled (agree7)

agreement-scope = Compare:
agreement-scope-document = This document
agreement-scope-project = All documents of the project
    .tooltip = Pooled over the project's documents: their texts joined one after the other, never averaged (as glosa agreement --project does). Each disagreement names its document; a click opens it.
agreement-pooled-note =
    { $count ->
        [one] Pooled over { $pooled } of { $count } document: those every coder coded.
       *[other] Pooled over { $pooled } of { $count } documents: those every coder coded.
    }
agreement-excluded = Excluded ({ $count })
agreement-excluded-moved = moved: found only approximately in the document
agreement-excluded-orphaned = orphaned: not found in the document
agreement-excluded-untagged = no tag
agreement-excluded-not-coded-by-all = not in the pooled results: no annotations by { $coders }
