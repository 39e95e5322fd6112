# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] Opened { $path } — 1 conflict to resolve: View ▸ Conflicts panel
       *[other] Opened { $path } — { $count } conflicts to resolve: View ▸ Conflicts panel
    }
