# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

## Team dialogs: merge preview, sync copies, recovery prompt, Conflicts panel, authors

team-merge-heading = Merge a colleague's file
team-merge-from = From { $path }:
team-merge-added = Added
team-merge-updated = Updated
team-merge-conflicts = Conflicts
team-merge-orphaned = Orphaned
team-merge-unchanged = Unchanged
team-merge-author = Author
team-merge-changed = Added or changed
team-merge-reanchored = Made on another version of the document: { $reanchored } re-anchored, { $moved } moved, { $orphaned } orphaned (kept, listed).
team-merge-conflicts-text = Annotations changed here and there become conflicts: both versions are kept, listed in the Conflicts panel.
team-merge-duplicates = { $count ->
    [one] 1 group of the same author's identical highlights under different IDs (kept; see the list).
   *[other] { $count } groups of the same author's identical highlights under different IDs (kept; see the list).
}
team-merge-one-step = The merge is one step: Ctrl+Z takes all of it back.
team-merge-nothing = Nothing to merge: every annotation in the file is already here.
team-button-merge = Merge
team-copies-heading = { $count ->
    [one] Merge 1 conflict copy made by your sync client
   *[other] Merge { $count } conflict copies made by your sync client
}
team-copies-text = Your sync client kept these versions of the annotation file when two computers changed it at the same time:
team-copies-merge-text = Merging keeps everyone's work (the same annotation changed on both becomes a conflict to resolve). It is one step: Ctrl+Z takes it back. After the next save the copies are moved into the .glosa-merged folder beside the file; nothing is deleted.
team-button-not-now = Not now
team-recover-heading = { $count ->
    [one] Recover 1 unsaved change
   *[other] Recover { $count } unsaved changes
}
team-recover-text = Glosa stopped before saving { $file } (a crash, or the computer was switched off). Its recovery journal holds work that is not in the file: { $count ->
    [one] 1 annotation added or changed.
   *[other] { $count } annotations added or changed.
}
team-recover-choices = Recover merges it in (a colleague's changes saved meanwhile are kept) as one step: Ctrl+Z takes it back. Discard deletes the journal.
team-button-recover = Recover
team-button-discard = Discard
    .tooltip = The unsaved work in the journal is lost
team-button-later = Later
    .tooltip = Keep the journal; you are asked again next time
team-conflicts-heading = Conflicts ({ $count })
team-conflicts-none = No conflicts: every annotation has one version. Conflicts appear here when two people change the same annotation before they merge.
team-conflict-versions = { $count } versions of one annotation, changed on two computers:
team-button-keep-both = Keep both as separate annotations
    .tooltip = Each version becomes an annotation of its own (the shown one keeps the ID)
team-version = Version { $number }
team-version-shown = Version { $number } (shown)
team-button-take-this = Take this
    .tooltip = Keep this version; the others go (Ctrl+Z brings them back)
team-version-no-tags = No tags
team-version-note = Note in this version: { $note }
team-version-by = by { $author }
team-version-deleted = deleted { $time }
team-version-changed = changed { $time }
team-authors = Authors
team-author-count = { $author } ({ $count })
team-show-author = Show { $author }'s highlights
team-message-already-open = { $path } is the annotation file already open.
team-message-merged = Merged { $what }: { $summary } (Ctrl+Z to undo).
team-merged-disk = their version on disk
team-merged-copies = { $count ->
    [one] 1 conflict copy
   *[other] { $count } conflict copies
}
team-merged-journal = the recovery journal
team-merge-summary = added { $added }, updated { $updated }, unchanged { $unchanged }, conflicts { $conflicts }, re-anchored { $reanchored }, orphaned { $orphaned }
team-message-discarded = Discarded the unsaved work in the recovery journal.
team-message-resolved = Conflict resolved (Ctrl+Z to undo).

## Authors: people, author aliases, hidden authors

menu-team = Team
action-authors = Authors…
team-authors-edit = Merge names…
    .tooltip = Each person's names and counts; record that two names are one person
team-authors-hidden = { $count ->
    [one] 1 hidden (author { $author })
   *[other] { $count } hidden (author { $author })
}
team-authors-show = Show
team-authors-heading = Authors
team-authors-text = The people who wrote this file's annotations. When one person wrote under two names (“Ana K.” and “ana.k@example.org”), choose the other name under “Same person as…”: the alias is recorded in the annotation file, the annotations keep their names, and lists, highlights and agreement count them as one person.
team-authors-person = Person
team-authors-names = Names written (annotations)
team-authors-count = Annotations
team-authors-same = Same person as…
team-authors-choose = Choose…
team-authors-same-label = { $author } is the same person as…
team-authors-undo = Recording an alias is one step: Ctrl+Z takes it back.
team-message-aliased = “{ $alias }” is now { $person } (Ctrl+Z to undo).

## Conflicts panel: Edit…

team-button-edit-conflict = Edit…
    .tooltip = Write the result yourself, from one version or all of them combined; it replaces every version
team-edit-heading = Edit the annotation in conflict
team-edit-start = Start from:
team-edit-combine = All combined
    .tooltip = Every version's tags, and their notes one after the other
team-edit-passage = Passage
team-edit-tags = Stakeholder groups
team-edit-note = Note
team-edit-undo = The result becomes the only version, newer than all of them (Ctrl+Z brings the conflict back).
team-button-resolve-edited = Resolve with this

## Following changes on disk

team-notice-merged = { $count ->
    [one] Merged 1 change from disk
   *[other] Merged { $count } changes from disk
}
team-notice-undo = Undo
team-notice-dismiss = Dismiss

## Recovery prompt answered "Later"

team-menu-recover = Recover unsaved work from the journal…
team-message-nothing-to-recover = The recovery journal holds nothing that is not here any more.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] Opened { $path } — 1 conflict to resolve: View > Conflicts panel
       *[other] Opened { $path } — { $count } conflicts to resolve: View > Conflicts panel
    }
