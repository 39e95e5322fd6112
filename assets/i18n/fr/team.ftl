# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] { $path } ouvert — 1 conflit à résoudre : Affichage ▸ Panneau des conflits
       *[other] { $path } ouvert — { $count } conflits à résoudre : Affichage ▸ Panneau des conflits
    }
