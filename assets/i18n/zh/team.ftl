# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts = 已打开 { $path } — 有 { $count } 个冲突待解决：视图 ▸ 冲突面板
