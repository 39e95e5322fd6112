# Glosa's interface in English: the reference catalogue. Every other language has
# exactly these message IDs (tests/i18n.rs checks it); a message missing in a language
# falls back to this English text at run time.
#
# Conventions: Fluent syntax (https://projectfluent.org/fluent/guide/); plurals with
# { $count -> [one] … *[other] … }, using the plural categories of the language;
# “…” marks an entry that opens a dialog; keyboard keys stay as they are written
# (Ctrl+Z, F1). Keep placeables ({ $name }) as they are: the program fills them in.

## Actions: menus, the help overlay, tooltips

action-open-document = Open document…
action-open-annotations = Open annotations…
action-save = Save
action-save-as = Save as…
action-export = Export…
action-quit = Quit
action-undo = Undo
action-redo = Redo
action-copy = Copy
action-delete-highlight = Delete highlight
action-find = Find…
action-find-next = Find next
action-find-previous = Find previous
action-clear-selection = Clear the selection; close the find bar
action-larger-text = Larger text
action-smaller-text = Smaller text
action-toggle-theme = Light / dark theme
action-help = Keyboard shortcuts
action-page-down = Scroll one screen down
action-page-up = Scroll one screen up
action-line-down = Scroll down
action-line-up = Scroll up
action-top = Start of the document
action-bottom = End of the document
action-toggle-caret = Caret browsing: move a caret with the keys
action-go-to-paragraph = Go to paragraph…
action-next-panel = Next panel
action-previous-panel = Previous panel
action-next-annotation = Next annotation
action-previous-annotation = Previous annotation

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-open-recent = Open recent
menu-recent-empty = (nothing yet)
menu-language = Language
menu-language-system = System language ({ $language })
menu-version = Glosa { $version }

## Status bar

status-paragraphs =
    { $count ->
        [one] { $count } paragraph
       *[other] { $count } paragraphs
    }
status-annotations =
    { $count ->
        [one] { $count } annotation
       *[other] { $count } annotations
    }
status-need-review = ({ $count } need review)
status-document = Document: { $path }
status-unsaved = unsaved
status-saved = saved
status-no-document = No document open

## Tag palette

tags-heading = Stakeholder groups
tags-no-document = No document open.
tags-hint-selection = Click a group or press its number to tag the selection.
tags-hint-selected = Click a group or press its number to add or remove it on the selected highlight.
tags-hint-none = Select text in the document, then click a group or press its number.
tags-visibility-tooltip = Show or hide this group's highlights
tags-show = Show { $label }
tags-edit = Rename, recolour…
tags-move-up = Move up
tags-move-down = Move down
tags-delete = Delete…
tags-filter-only = Show only this group in the list
tags-add = + Add tag…
tags-context-hint = Right-click a group to rename, recolour, reorder or delete it.
tags-chip = Tag { $label }
tags-unknown = { $tag } (unknown tag)
tags-none = (no tag)

## The WSIS stakeholder groups (Tunis Agenda for the Information Society, 2005, ¶35–36):
## the labels and descriptions of the default tag set.

wsis-governments = Governments
    .description = States: policy authority for Internet-related public policy issues is their sovereign right (Tunis Agenda ¶35 a).
wsis-private-sector = Private sector
    .description = Business: an important role in the development of the Internet, both in the technical and economic fields (Tunis Agenda ¶35 b).
wsis-civil-society = Civil society
    .description = Civil society: an important role on Internet matters, especially at community level (Tunis Agenda ¶35 c).
wsis-intergovernmental-organizations = Intergovernmental organizations
    .description = Intergovernmental organizations: a facilitating role in the coordination of Internet-related public policy issues (Tunis Agenda ¶35 d).
wsis-international-organizations = International organizations
    .description = International organizations: a role in developing Internet-related technical standards and relevant policies (Tunis Agenda ¶35 e).
wsis-technical-academic-community = Technical and academic community
    .description = The academic and technical communities within those stakeholder groups: their valuable contribution to the evolution, functioning and development of the Internet (Tunis Agenda ¶36).

## Annotation list and note editor

annotations-heading = Annotations
annotations-heading-count = Annotations ({ $count })
filter-group = Group
filter-all-groups = All groups
filter-status = Status
filter-any-status = Any status
filter-text-hint = Filter by text, note or author
anchor-anchored = anchored
anchor-moved = moved
anchor-orphaned = orphaned
annotations-none-match = No annotation matches.
annotation-moved = moved: review
annotation-orphaned = orphaned
annotation-note-preview = Note: { $note }
annotation-row = Annotation { $paragraph }: { $quote }
note-heading = Selected highlight
note-tag-remove = Click to remove this group
note-tag-add = Click to add this group
note-meta = { $author } · { $created }
note-hint = Note (saved with the highlight)
note-label = Note

## Find bar

find-label = Find
find-hint = text in the document
find-previous = Previous
find-next = Next
find-tag-all = Tag all hits with…
find-close = Close
find-close-tooltip = Close (Escape)
find-match-case = Aa
    .tooltip = Match case (otherwise “Túnez” finds “TÚNEZ”)
find-match-diacritics = á
    .tooltip = Match accents and Arabic harakat (otherwise “Tunez” finds “Túnez”, and “كتب” finds “كَتَبَ”)
find-match-width = Ａ
    .tooltip = Match full-width and half-width forms (otherwise “ＷＳＩＳ” finds “WSIS”)
find-hits = { $position } / { $count }

## Dialogs

button-ok = OK
button-cancel = Cancel
button-close = Close
button-delete = Delete
button-save = Save
button-discard = Discard
button-save-as = Save as…
button-overwrite = Overwrite
button-export = Export…
button-go = Go
dialog-delete-tag = Delete the tag “{ $label }”?
dialog-delete-tag-count =
    { $count ->
        [0] No annotation uses it.
        [one] { $count } annotation loses this tag (the highlight and its note stay).
       *[other] { $count } annotations lose this tag (the highlights and their notes stay).
    }
dialog-undo-hint = You can undo this with Ctrl+Z.
dialog-unsaved-quit = Save changes before closing?
dialog-unsaved-quit-text = Your annotations have unsaved changes.
dialog-unsaved-open = Save changes first?
dialog-unsaved-open-text = Your annotations have unsaved changes. Save them before opening another file?
dialog-conflict = The annotation file changed on disk
dialog-conflict-text = Another program (or a colleague) saved { $file } after Glosa opened it, and you have unsaved changes here.
dialog-help = Keyboard shortcuts
dialog-export = Export tagged excerpts
dialog-export-filtered = Only the annotations the list shows (its filters)
export-format-csv = CSV
export-format-csv-for-excel = CSV for Excel
export-format-markdown = Markdown
export-format-w3c-web-annotation-json = W3C Web Annotation JSON
dialog-tag-edit = Edit tag
dialog-tag-new = New tag
dialog-tag-label = Label
dialog-tag-colour = Colour
dialog-tag-description = Description
dialog-path-open-document = Open document
dialog-path-open-annotations = Open annotations
dialog-path-save-as = Save annotations as
dialog-path-export = Export to
dialog-path-text = No file dialog is available ({ $reason }). Type the path:
path-reason-variable = GLOSA_NO_DIALOGS is set
path-reason-no-portal = no desktop session bus, so no file dialog service (XDG desktop portal)
dialog-error = Something went wrong
dialog-go-to = Go to paragraph
dialog-go-to-label = Paragraph number (1 to { $count })
dialog-go-to-invalid = Type a number from 1 to { $count }.
file-filter-documents = Documents
file-filter-all = All files
file-filter-annotations = Glosa annotations

## Help overlay: pointer gestures and keys that are not menu actions

help-drag = Drag, Shift+click
    .action = Select text (across paragraphs); extend the selection
help-click-word = Double-click / triple-click
    .action = Select a word / a paragraph
help-tag-keys = 1 … 9
    .action = Tag the selection (or toggle the tag on the selected highlight)
help-click-highlight = Click a highlight
    .action = Select it: edit its note, toggle tags
help-click-number = Click a ¶ number
    .action = Copy the paragraph ID
help-caret-arrows = ← → ↑ ↓
    .action = Move the caret (document focused, or caret browsing on); Shift extends the selection
help-caret-words = Ctrl+← Ctrl+→
    .action = Move the caret by word
help-caret-lines = Home, End
    .action = Start or end of the line (Ctrl: of the document)
help-caret-pages = Page Up, Page Down, Space
    .action = Move a screen up or down (Space only when the document has the keyboard)
help-list-enter = Enter on an annotation
    .action = Select it and write its note
help-escape = Escape
    .action = Back to the document; there, clear the selection

## The document view, for the pointer and for screen readers

view-empty = Open a document: File > Open document… (Ctrl+O), or drop a file here.
view-paragraph-tooltip = ¶{ $ordinal } · { $id } · { $kind }
view-copy-id-hint = Click to copy the paragraph ID
view-moved = Moved: the document changed here, please review.
view-orphaned = Orphaned.
view-scrollbar = Document position
view-document = Document: { $title }
view-paragraph = ¶{ $ordinal }, { $kind }, ID { $id }
view-caret = Caret in ¶{ $ordinal }, character { $offset }
view-selection = Selected: { $text }
view-highlight-note = Note: { $note }
kind-heading = heading
kind-body = body
kind-list-item = list item
kind-footnote = footnote

## Messages (status bar) and the window title

title-unsaved = { $title } • unsaved — Glosa
title = { $title } — Glosa
message-no-sample = The bundled sample was not found (assets/samples/). Open a document with File > Open document…
message-copied-id = Copied paragraph ID { $id }
message-copied = Copied.
message-select-first = Select some text first (drag over it, or Shift+arrows with the caret), then press a tag key.
message-deleted = Highlight deleted (Ctrl+Z to undo).
message-document-changed = The document changed since the annotations were saved: { $count } need review.
message-opened = Opened { $path }
message-saved = Saved { $path }
message-exported =
    { $count ->
        [one] Exported { $count } annotation to { $path }
       *[other] Exported { $count } annotations to { $path }
    }
message-nothing-to-undo = Nothing to undo or redo.
message-highlight-added = Highlight added.
message-all-tagged = Every hit already has that tag.
message-tagged-hits = Tagged { $hits } hits with “{ $label }”: { $added } new highlights, { $existing } existing (Ctrl+Z to undo).
message-tag-deleted = Tag “{ $label }” deleted (Ctrl+Z to undo).
message-missing-font = No font shows { $script } text, so it appears as boxes. Install one (for example Noto Sans { $script }) and restart Glosa.
message-caret-on = Caret browsing on (F7 turns it off).
message-caret-off = Caret browsing off.
message-no-annotation = No annotation to go to.

## Panels shown and hidden, the reading width, the bundled example

action-import-annotations = Import annotations…
action-toggle-tag-panel = Stakeholder groups panel
action-toggle-annotation-panel = Annotations panel
action-wider-column = Wider text column
action-narrower-column = Narrower text column
action-agreement-view = Agreement view
action-add-coder-file = Add a coder's file…
action-merge-file = Merge a colleague's file…
action-conflicts-panel = Conflicts panel
menu-reading-width = Lines of up to { $count } characters
panel-hide-tags = Hide the stakeholder groups
panel-show-tags = Show the stakeholder groups
panel-hide-annotations = Hide the annotations
panel-show-annotations = Show the annotations
status-read-only-copy = bundled example, read-only: Save keeps your copy in { $path }
status-read-only = bundled example, read-only: save your work with Save as
tags-count =
    { $count ->
        [one] { $label }: { $count } annotation
       *[other] { $label }: { $count } annotations
    }
annotations-heading-filtered = Annotations ({ $shown } of { $count })
note-meta-changed = { $author } · { $created }, changed { $modified }
note-meta-times = Created { $created }
    Modified { $modified }
kind-quote = quotation
export-format-qdpx = REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)
export-format-qdc = REFI-QDA codebook (tags only)
file-filter-web-annotations = W3C Web Annotation / Hypothesis JSON

## Files changed by others, documents outside the folder or missing, unreadable files

dialog-conflict-choices = Reload takes their version: your unsaved changes here are dropped. Merge keeps both: theirs and yours, by annotation. Keep mine saves your version as a copy and leaves theirs untouched.
button-merge-disk = Merge (keep both)
    .tooltip = Their changes and yours are merged by annotation: nothing is lost; the same annotation changed by both becomes a conflict to resolve
dialog-conflict-cancel-tooltip = Nothing is saved or reloaded; Save asks again
button-reload = Reload (their version)
    .tooltip = Your unsaved changes here are dropped
button-keep-mine = Keep mine (save as a copy…)
    .tooltip = Theirs stays as it is
dialog-document-outside = The document is outside the annotation file's folder
dialog-document-missing = The document is missing
dialog-document-why = { $why }:
dialog-document-annotation-file = Annotation file: { $path }
dialog-document-outside-text = A file from someone else may name any file on this computer. Open it only if you expect this document.
dialog-document-missing-text = Choose the document (moved or renamed): if it has another text, the annotations are re-anchored and those not found exactly are marked for review.
button-open-anyway = Open it anyway
button-choose-document = Choose the document…
dialog-other-document = The annotation file belongs to another document
dialog-other-document-named = It was made for this document, which exists:
dialog-other-document-file = Annotation file:
dialog-other-document-opening = Document being opened:
dialog-other-document-text = Using it for { $document } moves its annotations to that document when you save (they are placed by their quotes; those not found are kept for review). Nothing changes on disk until you choose.
button-open-named-document = Open { $document } with it
button-use-for-document = Use it for { $document }
button-open-own-annotations = Open { $document } with its own annotations
dialog-refi-not-document = A REFI-QDA file, not a document
dialog-unreadable = The annotation file cannot be read
dialog-unreadable-error = It cannot be read ({ $error }): { $path }
dialog-unreadable-text = Nothing is changed on disk until you choose:
button-open-without-annotations = Open the document without annotations
    .tooltip = Work on the document with no annotations; the unreadable file stays as it is.
    .disabled = The document is named only inside the unreadable file.
button-restore-backup = Restore the backup
    .tooltip = Put the previous version ({ $path }) back; the unreadable one becomes the backup.
    .none = There is no readable backup.
dialog-tag-description-hint = What this group covers: the code's definition
dialog-path-save-copy = Save your version as a copy
dialog-path-choose-document = Choose the document
dialog-path-add-coder-file = Add a coder's annotation file
dialog-path-export-agreement = Export the agreement to
dialog-path-import-annotations = Import annotations from
message-document-cannot-open = The document it names cannot be opened ({ $error })
message-relinked-changed = { $path } has another text than the annotations were made on: re-anchored, { $count } need review. Save to link it.
message-relinked = Relinked { $path }: the same text the annotations were made on. Save to keep the link.
message-retargeted = The annotations of { $path } are used for { $document }: saving makes the file belong to it.
message-reloaded-dropped = Reloaded their version of { $path }; your unsaved changes were dropped.
message-reloaded = Reloaded { $path }.
message-changed-reloaded = { $path } was changed by another program; reloaded.
message-file-missing = { $path } was deleted or moved by another program; your annotations are still here.
message-file-unreadable-now = { $path } changed on disk but cannot be read now: { $error }
message-opened-without-annotations = Opened without annotations; { $path } is left as it was.
message-restored-backup = Restored { $path } from its backup; the unreadable version is now { $backup }.
message-reading-width = Reading width: { $count } characters per line

## Importing W3C / Hypothesis annotations

dialog-import = Import annotations
dialog-import-from = From { $path }:
dialog-import-count =
    { $count ->
        [0] No new annotations.
        [one] { $count } annotation:
       *[other] { $count } annotations:
    }
import-author = Author
import-placed = Placed
import-moved = Moved (review)
import-orphaned = Orphaned
import-all = All
dialog-import-summary = { $placed } placed, { $moved } moved (need review), { $orphaned } orphaned (kept with their quotes, listed as orphaned).
dialog-import-new-tags = New stakeholder groups added to the codebook: { $tags }.
dialog-import-already-there = { $count } already in this annotation file: skipped.
dialog-import-replies =
    { $count ->
        [one] { $count } reply added to the note it answers.
       *[other] { $count } replies added to the notes they answer.
    }
dialog-import-undo = The import is one step: Ctrl+Z takes all of it back.
button-import = Import
message-nothing-to-import = Nothing to import: every annotation in the file is already here.
message-imported =
    { $count ->
        [one] Imported { $count } annotation from { $path }: { $placed } placed, { $moved } moved (review), { $orphaned } orphaned (Ctrl+Z to undo).
       *[other] Imported { $count } annotations from { $path }: { $placed } placed, { $moved } moved (review), { $orphaned } orphaned (Ctrl+Z to undo).
    }

## The Agreement view (inter-coder agreement)

agreement-heading = Agreement
agreement-computing = Computing the agreement
agreement-computing-short = Computing…
agreement-computing-long = Computing the agreement…
agreement-close = Close the agreement view
    .tooltip = Close the Agreement view ({ $shortcut })
agreement-no-document = Open a document and its annotations to compare coders.
agreement-export = Export:
agreement-export-table = Table (CSV)…
agreement-export-disagreements = Disagreements (CSV)…
agreement-export-report = Report (Markdown)…
agreement-coders = Coders:
agreement-add-coder-file = Add a coder's file
    .tooltip = Add another coder's annotation file of this document
agreement-coder-file = Coder's file
    .tooltip =
        { $path }
        { $count ->
            [one] { $count } annotation by { $authors }
           *[other] { $count } annotations by { $authors }
        }
        Click to take it out of the comparison
agreement-tags = Tags:
agreement-threshold = segment overlap to match
    .tooltip = Two coders' segments match when they overlap by at least this share of the longer one
agreement-undefined = Undefined: { $reason }
agreement-col-tag = Tag
agreement-col-units = Units
    .tooltip = Units (united segments) of { $coders }
agreement-col-percent = Percent
    .tooltip = Share of code points coded alike (coded with the tag or not) by the coders
agreement-col-cohen = Cohen κ
    .tooltip = Character-level agreement beyond chance, two coders (Cohen 1960)
agreement-col-fleiss = Fleiss κ
    .tooltip = Character-level agreement beyond chance, three or more coders (Fleiss 1971)
agreement-col-alpha = α
    .tooltip = Krippendorff's α (nominal) over code points
agreement-col-alpha-u = α_u
    .tooltip = Krippendorff's unitizing α: where the units begin and end, and their tags (Krippendorff 2004)
agreement-col-segments = Segments
    .tooltip = Share of segments matched by another coder's with at least the threshold's overlap (MAXQDA)
agreement-all-tags = All tags
agreement-table-note = { $count } code points; segments match at { $threshold }% overlap of the longer.
agreement-legend = In the document:
agreement-mark-both = Both { $first } and { $second }
agreement-mark-only-first = Only { $first }
agreement-mark-only-second = Only { $second }
agreement-mark-different-tags = { $first } and { $second } with different tags
agreement-disagreements = Disagreements ({ $count })
agreement-no-disagreements = None: the coders agree on every passage.
agreement-one-coder = Only one coder: add a second coder’s file (or check a second coder) to compare.
agreement-not-coded = { $coder }: not coded
agreement-kind-boundaries = boundaries differ
agreement-kind-different-tags = different tags
agreement-kind-one-coder-only = one coder only
agreement-undefined-one-coder = fewer than two coders
agreement-undefined-no-items = no code points to compare
agreement-undefined-nothing-coded = nobody coded with this tag
agreement-undefined-no-variation = no variation: every code point was coded the same way by every coder
agreement-undefined-single-unit = a single unit
agreement-undefined-missing-values = some units lack a coder's value
agreement-undefined-more-than-two-coders = Cohen's kappa compares two coders: see the coder pairs and Fleiss' kappa
agreement-undefined-two-coders = Fleiss' kappa is reported for three or more coders: see Cohen's kappa
agreement-undefined-no-common-document = no document was coded by all the coders
agreement-choose-coders = Choose the coders to compare.
agreement-choose-tags = Choose the tags to compare.
agreement-unsaved-annotations = (unsaved annotations)
agreement-no-author = no author
message-agreement-open = Agreement view: the document shows where the coders agree.
message-agreement-closed = Agreement view closed.
message-coder-file-open = { $path } is the annotation file already open.
message-coder-file-added =
    { $count ->
        [one] Added { $path } ({ $count } annotation by { $authors }) to the agreement.
       *[other] Added { $path } ({ $count } annotations by { $authors }) to the agreement.
    }
message-agreement-not-ready = Nothing to export yet: the agreement is still being computed.
message-agreement-export-over-input = cannot export over a file being compared: { $path }
message-agreement-exported = Exported the agreement to { $path }
message-agreement-export-failed = cannot export the agreement ({ $error }): { $path }

## Importing REFI-QDA projects and codebooks; more agreement colours

action-import-refi = Import REFI-QDA project or codebook…
dialog-path-import-refi = Import REFI-QDA project or codebook from
dialog-path-merge-file = Merge a colleague's file
file-filter-refi = REFI-QDA project / codebook
message-refi-codebook-no-document = cannot import the codebook (open a document first: its codes become the document's tags): { $path }
message-refi-codebook-nothing-new = Imported the codebook { $path }: its { $count } codes are tags here already.
message-refi-codebook-imported = Imported { $count } codes from { $path }: { $added } new tags, { $linked } linked to existing tags (Ctrl+Z to undo).
message-refi-project-imported =
    { $count ->
        [one] Imported { $count } document from { $path } into { $folder }: { $placed } codings placed, { $moved } moved (review), { $orphaned } orphaned
       *[other] Imported { $count } documents from { $path } into { $folder }: { $placed } codings placed, { $moved } moved (review), { $orphaned } orphaned
    }
message-refi-left-out = ; { $count } sources without plain text left out
message-refi-opened = ; opened { $path }
message-refi-end = .
agreement-legend-many = In the document, of the { $count } coders:
agreement-legend-item = Legend: { $text }
agreement-mark-all-coders = All coders
agreement-mark-some-coders = Some coders, not all
agreement-mark-one-coder = One coder only

## Projects (a corpus of documents)

action-open-project = Open project…
action-save-all = Save all
menu-project = Project
tags-add-code = + Add code…
view-empty-project = Open a document: File > Open document… (Ctrl+O), or a project: File > Open project… (Ctrl+Shift+O); or drop a file or folder here.

## Errors of files and of the layers below the interface (src/ui/errors.rs): a
## message names the file last; a reason goes inside a message, in lower case.

error-document = Cannot open document ({ $reason }): { $file }
error-annotated-document = Cannot open the document that { $annotations } annotates ({ $reason }): { $file }
error-document-outside = { $why } (it names { $resolved }); not opened without asking: { $file }
error-annotations = Cannot read the annotations ({ $reason }): { $file }
error-annotations-foreign = Not a Glosa annotation file ({ $reason }): { $file }
error-changed-on-disk = The annotation file changed on disk since it was opened (another program saved it): { $file }
error-save = Cannot save the annotations ({ $reason }): { $file }
error-edit-on-disk = Cannot apply the change ({ $reason }): { $file }
error-edit = Cannot change the annotations ({ $reason })
error-over-document = Cannot save the annotations over the document itself: { $file }
error-other-document = The annotation file belongs to another document, { $named }, not { $document }: { $file }
error-save-over-other-document = Not saved: the annotation file belongs to another document, { $named } (save with Save As, or open it again and choose to use it for this document): { $file }
error-read-only = The bundled example is read-only; save your work with Save As: { $file }
error-create-folder = Cannot make the folder ({ $reason }): { $file }
error-annotations-folder = Cannot make the folder for the annotations ({ $reason }): { $file }
error-export-over-input = Not exporting over the open document or its annotation file; choose another name: { $file }
error-import = Cannot import ({ $reason }): { $file }
error-journal = Cannot write the recovery journal ({ $reason }): { $file }
error-export = Cannot export ({ $reason }): { $file }
error-coder-file = Cannot read the coder's annotations ({ $reason }): { $file }
error-coder-other-document = It annotates another document (“{ $title }”); none of its annotations is in this one: { $file }
error-project-locate = Cannot open the project ({ $reason }): { $file }
error-project-file = Cannot read or save the project file ({ $reason }): { $file }
error-project-exists = The folder is a project already: { $file }
error-project-edit = Cannot change the project ({ $reason })
error-not-a-document = Not a document Glosa reads ({ $reason }): { $file }
error-unknown-document = No document “{ $key }” in the project: { $file }
error-csv = { $reason }: { $file }
error-no-project = No project is open.
error-pattern = Not a valid regular expression: { $detail }
error-unknown-tag = No tag “{ $tag }” in the project's codebook or annotation files
reason-not-found = no such file
reason-folder-not-document = it is a folder, not a document
reason-folder-not-annotations = it is a folder, not an annotation file
reason-folder-not-project = it is a folder, not a project file
reason-special-file =
    { $kind ->
        [fifo] it is a named pipe (FIFO), not a file
        [socket] it is a socket, not a file
        [device] it is a device, not a file
        [disk] it is a disk device, not a file
        [folder] it is a folder, not a file
       *[other] it is not a regular file
    }
reason-too-large = the file is { $size } MiB, over the { $limit } MiB limit
reason-cannot-read = cannot read: { $detail }
reason-cannot-write = cannot write: { $detail }
reason-cannot-read-write = cannot read or write: { $detail }
reason-io-permission = permission denied
reason-io-disk-full = the disk is full
reason-io-quota = the disk quota is exceeded
reason-io-read-only = the disk is read-only
reason-io-is-folder = it is a folder
reason-io-not-folder = a folder in the path is a file
reason-io-exists = the file exists already
reason-io-too-large = the file is too large for the file system
reason-io-timed-out = the operation timed out
reason-io-interrupted = the operation was interrupted
reason-empty = the file is empty
reason-not-utf8 = not UTF-8 text
reason-not-annotations = not a Glosa annotation file ({ $detail })
reason-newer-version = made by a newer Glosa (format version { $version }; this Glosa reads version { $current }): update Glosa to open it
reason-syntax = line { $line }, column { $column }: { $detail }
reason-not-text = not a text file ({ $detail })
reason-binary-png = a PNG image
reason-binary-zip = a ZIP archive but not a Word .docx or OpenDocument .odt document
reason-binary-empty-zip = an empty ZIP archive
reason-binary-pdf = a PDF; open it with its .pdf name or content
reason-binary-gif = a GIF image
reason-binary-jpeg = a JPEG image
reason-binary-gzip = a gzip archive
reason-binary-old-office = an old Microsoft Office .doc/.xls file; save it as .docx first
reason-binary-executable = an executable
reason-binary-nul = it contains NUL bytes
reason-binary-control = it contains control bytes
reason-binary-refi-project = a REFI-QDA project (.qdpx), not a document: import it with “{ action-import-refi }” in the { menu-file } menu
reason-binary-refi-codebook = a REFI-QDA codebook (.qdc), not a document: import its codes with “{ action-import-refi }” in the { menu-file } menu
reason-over-document-path = the document path is { $size } bytes, over the limit of { $bound }
reason-over-fingerprint = the document fingerprint is { $size } bytes, over the limit of { $bound }
reason-over-tags = { $size } tags, over the limit of { $bound }
reason-bad-tag-id = tag ID “{ $id }” is not lower-case letters, digits and -
reason-bad-tag-id-annotation = annotation { $annotation }: tag ID “{ $id }” is not lower-case letters, digits and -
reason-over-tag-label = the label of tag “{ $tag }” is { $size } characters, over the limit of { $bound }
reason-over-tag-description = the description of tag “{ $tag }” is { $size } characters, over the limit of { $bound }
reason-over-annotations = { $size } annotations, over the limit of { $bound }
reason-over-segments = annotation { $annotation } has { $size } segments, over the limit of { $bound }
reason-over-annotation-tags = annotation { $annotation } has { $size } tags, over the limit of { $bound }
reason-over-note = the note of annotation { $annotation } is { $size } characters, over the limit of { $bound }
reason-over-author = the author name of annotation { $annotation } is { $size } characters, over the limit of { $bound }
reason-over-paragraph-id = a paragraph ID of annotation { $annotation } is { $size } bytes, over the limit of { $bound }
reason-over-quote = a quote of annotation { $annotation } is { $size } characters, over the limit of { $bound }
reason-no-text = the file has no text (only white space or separators)
reason-serialize = cannot serialize: { $detail }
reason-changed-meanwhile = the file changed on disk meanwhile (another program saved it)
reason-locked = another program is saving this file (waited { $seconds } s for its lock { $lock })
reason-cannot-lock = cannot lock { $lock }: { $detail }
reason-cannot-write-in = cannot write in { $folder } ({ $detail })
reason-no-annotation = no annotation { $id }
reason-annotation-exists = annotation { $id } exists already
reason-no-segments = an annotation needs at least one segment
reason-no-tag = no tag “{ $tag }”
reason-no-code = no code “{ $code }” in the codebook
reason-tag-exists = tag “{ $tag }” exists already
reason-outside-absolute = the document path in the annotation file is absolute
reason-outside-leaves = the document path in the annotation file leaves its folder
reason-outside-symlink = the document path in the annotation file leads out of its folder through a symbolic link
reason-outside-empty = the annotation file names no document
reason-not-a-number = “{ $text }” is not a number (write digits with a dot for decimals, e.g. 12.5)
reason-not-a-date = “{ $text }” is not a date (write YYYY-MM-DD, e.g. 2014-04-23)
reason-not-a-choice = “{ $text }” is not one of: { $choices }
reason-attribute-value = { $attribute }: { $reason }
reason-not-a-project = not a folder or a project file (*.glosa-project.ron)
reason-no-such-path = no such file or folder
reason-several-projects = the folder has several project files ({ $names }); open one of them
reason-cannot-read-folder = cannot read the folder: { $detail }
reason-not-project-file = not a Glosa project file ({ $detail })
reason-project-locked = another program is saving the project (waited { $seconds } s for its lock)
error-condition-syntax = “{ $text }” is not a condition (write ATTRIBUTE=VALUE, or use !=, <, <=, >, >=)
error-condition-attribute = No attribute “{ $attribute }” in the project (attributes: { $known })
reason-over-limit = over the { $limit } MiB limit
reason-not-json = not JSON ({ $detail })
reason-no-web-annotations = no Web Annotations in it (expected an Annotation, AnnotationCollection, AnnotationPage, an array of them or a Hypothesis search result)
reason-pages-not-embedded = the collection's pages are not embedded (first is { $first }); download the pages and import them
reason-refi-archive = not a readable QDPX project: { $detail }
reason-refi-xml = malformed XML in { $part } near byte { $position }: { $detail }
reason-refi-not-zip = not a ZIP archive (REFI-QDA projects are .qdpx ZIP files)
reason-refi-root = not a REFI-QDA project or codebook (the root element is <{ $root }>)
reason-refi-doctype = { $part } has a DOCTYPE declaration, which REFI-QDA files never need and Glosa refuses (entities)

## Fields Glosa does not know; other documents' annotations (fixes5)

dialog-unknown-fields = Fields Glosa does not know
dialog-unknown-fields-text = This annotation file has fields this version of Glosa does not know (written by a newer Glosa or another tool): { $fields }. Saving drops them; the backup (.bak) keeps them until the next save.
button-save-anyway = Save anyway
dialog-import-other-documents =
    { $count ->
        [one] { $count } annotation of another document left out.
       *[other] { $count } annotations of other documents left out.
    }

## Keyboard and status messages (tester 4: D16 undo messages, D21 dates)

message-undone =
    { $change ->
        [create] Reverted: the highlight added is removed.
        [delete] Reverted: the deleted highlight is back.
        [tags] Reverted: the highlight's groups are as they were.
        [note] Reverted: the note is as it was.
       *[other] Reverted: the last change.
    }
message-redone =
    { $change ->
        [create] Reapplied: the highlight is added again.
        [delete] Reapplied: the highlight is deleted again.
        [tags] Reapplied: the highlight's groups are changed again.
        [note] Reapplied: the note is changed again.
       *[other] Reapplied: the change is made again.
    }
# How dates and times are written (strftime: %Y year, %m month, %-d day, %b month name, %H:%M time).
format-date = %-d %b %Y
format-date-time = %-d %b %Y, %H:%M

## Errors and warnings of the lower layers, part 2: project scan and index, project exports, imports, the recovery journal, attribute CSV files, agreement, watching files (i18n6)

warning-scan-too-many =
    { $limit ->
        [one] Stopped after { $limit } file or folder; the project folder is too large: { $file }
       *[other] Stopped after { $limit } files and folders; the project folder is too large: { $file }
    }
warning-scan-missing = A document the project lists is missing: { $file }
warning-scan-folder = Cannot read the folder ({ $reason }): { $file }
warning-scan-name = Skipped a file whose name is not valid Unicode: { $file }
warning-scan-link = Skipped a link that leads outside the project: { $file }
warning-index-cancelled = Not read (cancelled): { $file }
warning-index-outside = Left out an annotation file for a document outside the project ({ $document }): { $file }
warning-index-missing = The document of an annotation file is missing (deleted or moved) ({ $document }): { $file }
warning-export-document = Cannot read the document, not in the QDPX: { $file }
warning-export-orphan = Orphaned annotation, not in the QDPX (no place in the text): { $id } “{ $quote }”
warning-export-url = The url attribute “{ $url }” is not an absolute IRI (https://…), not used: { $file }
reason-export-not-ready = the project's files are not read yet
reason-export-unknown-tag = no tag “{ $tag }” in the project
reason-export-no-iri = cannot name the document by a file: IRI ({ $detail }): { $file }
reason-export-base-uri = the base URI “{ $base }” is not an absolute URI such as https://example.org/documents/
reason-codebook-not-project = a codebook holds no documents: open a document and import it into its tags
reason-no-free-name = no free file name for { $name }
reason-cannot-remove = cannot remove it: { $detail }
reason-no-thread = cannot start the journal writer: { $detail }
reason-no-journal-writer = the journal writer has stopped
reason-csv-unreadable = cannot read the CSV file ({ $detail })
reason-csv-not-a-file = not a file
reason-csv-too-large = the CSV file is over { $limit } MiB
reason-csv-header = line 1: { $detail }
reason-csv-record = not valid CSV: { $detail }
reason-csv-empty = the CSV file is empty
reason-csv-no-document-column = line 1: no “{ $column }” column (the first row names the columns: { $column }, then attribute IDs)
reason-csv-duplicate-column = line 1: two columns are attribute “{ $attribute }”
reason-csv-unknown-document = line { $line }: no document “{ $name }” in the project
reason-csv-duplicate-document = line { $line }: document “{ $name }” appears twice (also line { $first })
reason-csv-value = line { $line }, column { $attribute }: { $reason }
reason-code-exists = the codebook already has a code “{ $code }”
reason-code-cycle = “{ $parent }” cannot be the parent of “{ $code }”: it is “{ $code }” or one of its sub-codes
reason-no-attribute = no attribute “{ $attribute }” in the project
reason-attribute-exists = the project already has an attribute “{ $attribute }”
reason-attribute-invalidates = cannot change { $attribute }: the value of { $document } does not fit ({ $reason })
error-agreement-no-documents = No documents to compare.
error-agreement-unknown-coder = No annotations by coder “{ $coder }” (coders found: { $known })
error-watch-start = Cannot watch files for changes by other programs ({ $reason }); changes are still found before every save and when the window gets the focus
error-watch-folder = Cannot watch the folder for changes by other programs ({ $reason }): { $file }
reason-watch-limit = the system's limit of watched files is reached
warning-autocode-changed = the document changed since it was searched; search again: { $file }
reason-foreign-starts = it starts with “{ $start }”, not “(”
reason-foreign-format = its format is “{ $format }”
reason-foreign-no-format = it has no “format: "{ $format }"” field
reason-container = not a readable { $format } document: { $reason }
reason-container-too-many =
    { $entries ->
        [one] the archive lists { $entries } entry, over the limit of { $limit }
       *[other] the archive lists { $entries } entries, over the limit of { $limit }
    }
reason-container-damaged = the ZIP archive is damaged ({ $detail })
reason-container-part-unsupported = { $part } cannot be read ({ $detail }); is the document encrypted?
reason-container-part-unreadable = { $part } cannot be read ({ $detail })
reason-container-part-encrypted = { $part } is encrypted; save the document without a password
reason-container-part-damaged = { $part } cannot be decompressed ({ $detail })
reason-container-part-too-large = { $part } expands to more than { $limit } MiB (a ZIP bomb?)
reason-container-part-missing = { $part } is missing
reason-container-too-deep = { $part } nests elements more than { $limit } deep
reason-container-encrypted = the document is encrypted; save it without a password
reason-container-password = it is encrypted with a password; save an unprotected copy first
reason-container-no-text-layer = it has no text layer (a scanned image?); run OCR on it first
reason-container-unparsable = it cannot be parsed ({ $detail })
reason-container-thread = cannot start the reader ({ $detail })
reason-container-reader-failed = the PDF reader failed on this file (damaged or unsupported)
reason-export-no-document = the document is needed for a QDPX export and could not be opened: { $document }
reason-export-no-codes = there are no tags to export as a codebook
reason-excel-workbook = cannot write the Excel workbook: { $detail }
reason-excel-columns = too many columns for Excel
reason-excel-rows = more than 1,048,575 rows for “{ $sheet }”: export CSV instead
reason-io-busy = the file or device is busy
reason-io-stale = the network file handle is stale (the shared folder was reconnected); open the file again
reason-io-network = the network connection to the shared folder was lost
reason-io-file-name = the file name is not valid here
reason-io-folder-not-empty = the folder is not empty
reason-io-crosses-devices = the file cannot be moved to another disk in place
reason-io-out-of-memory = not enough memory
reason-io-unsupported = the file system does not support this operation
reason-io-truncated = the file ended too early (it is truncated)
reason-document-extensions = Glosa reads .{ $extensions }

## Mirrored interface (issue 13): lists of names on one line (the groups of a highlight).
list-separator = {", "}

## Key names in shortcuts (menus, the help overlay), as the keyboard of each language labels them
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
key-space = Space
key-tab = Tab
key-insert = Insert
