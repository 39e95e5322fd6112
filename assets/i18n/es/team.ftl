# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] Abierto { $path }: 1 conflicto por resolver — Ver ▸ Panel de conflictos
       *[other] Abierto { $path }: { $count } conflictos por resolver — Ver ▸ Panel de conflictos
    }
