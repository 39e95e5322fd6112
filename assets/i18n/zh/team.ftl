# Team work: merge preview, conflicts, sync copies, crash recovery, authors.
