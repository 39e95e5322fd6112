# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

## 团队协作对话框：合并预览、同步副本、恢复提示、冲突面板、作者

team-merge-heading = 合并同事的文件
team-merge-from = 来自 { $path }：
team-merge-added = 新增
team-merge-updated = 已更新
team-merge-conflicts = 冲突
team-merge-orphaned = 无法定位
team-merge-unchanged = 未改变
team-merge-author = 作者
team-merge-changed = 新增或更改
team-merge-reanchored = 基于文档的另一版本所作：重新锚定 { $reanchored } 条，位置移动 { $moved } 条，无法定位 { $orphaned } 条（已保留并列出）。
team-merge-conflicts-text = 在两边都被更改的批注会成为冲突：两个版本都会保留，并列在冲突面板中。
team-merge-duplicates = 同一作者以不同 ID 标出的相同高亮共 { $count } 组（已保留；见列表）。
team-merge-one-step = 合并是一个步骤：Ctrl+Z 可将其全部撤销。
team-merge-nothing = 没有可合并的内容：文件中的每条批注都已在这里。
team-button-merge = 合并
team-copies-heading = 合并同步客户端生成的 { $count } 个冲突副本
team-copies-text = 当两台计算机同时更改批注文件时，您的同步客户端保留了以下版本：
team-copies-merge-text = 合并会保留每个人的工作（两边都更改的同一条批注会成为待解决的冲突）。这是一个步骤：Ctrl+Z 可撤销。下次保存后，这些副本会被移到文件旁的 .glosa-merged 文件夹中；不会删除任何内容。
team-button-not-now = 暂不
team-recover-heading = 恢复 { $count } 项未保存的更改
team-recover-text = Glosa 在保存 { $file } 之前停止了（程序崩溃，或计算机被关闭）。其恢复日志中有文件里没有的工作：新增或更改了 { $count } 条批注。
team-recover-choices = “恢复”会将其合并进来（同事在此期间保存的更改会保留），作为一个步骤：Ctrl+Z 可撤销。“丢弃”会删除该日志。
team-button-recover = 恢复
team-button-discard = 丢弃
    .tooltip = 日志中未保存的工作将会丢失
team-button-later = 稍后
    .tooltip = 保留日志；下次会再次询问
team-conflicts-heading = 冲突（{ $count }）
team-conflicts-none = 没有冲突：每条批注只有一个版本。当两个人在合并前更改同一条批注时，冲突会显示在这里。
team-conflict-versions = 同一条批注的 { $count } 个版本，在两台计算机上被更改：
team-button-keep-both = 两者都保留为独立的批注
    .tooltip = 每个版本各自成为一条批注（显示的版本保留原 ID）
team-version = 版本 { $number }
team-version-shown = 版本 { $number }（显示中）
team-button-take-this = 采用此版本
    .tooltip = 保留此版本；其他版本将被移除（Ctrl+Z 可恢复）
team-version-no-tags = 无标签
team-version-note = 此版本中的注释：{ $note }
team-version-by = 作者：{ $author }
team-version-deleted = 删除于 { $time }
team-version-changed = 更改于 { $time }
team-authors = 作者
team-author-count = { $author }（{ $count }）
team-show-author = 显示 { $author } 的高亮
team-message-already-open = { $path } 就是已打开的批注文件。
team-message-merged = 已合并{ $what }：{ $summary }（Ctrl+Z 撤销）。
team-merged-disk = 磁盘上的他人版本
team-merged-copies = { $count } 个冲突副本
team-merged-journal = 恢复日志
team-merge-summary = 新增 { $added }，更新 { $updated }，未改变 { $unchanged }，冲突 { $conflicts }，重新锚定 { $reanchored }，无法定位 { $orphaned }
team-message-discarded = 已丢弃恢复日志中未保存的工作。
team-message-resolved = 冲突已解决（Ctrl+Z 撤销）。

## 作者：人员、作者别名、隐藏的作者

menu-team = 团队
action-authors = 作者…
team-authors-edit = 合并名字…
    .tooltip = 每个人的名字和批注数；记录两个名字是同一个人
team-authors-hidden = 已隐藏 { $count } 条（作者 { $author }）
team-authors-show = 显示
team-authors-heading = 作者
team-authors-text = 撰写此文件批注的人员。如果同一个人用两个名字写过批注（“Ana K.”和“ana.k@example.org”），请在“与…是同一人”下选择另一个名字：别名会记录在批注文件中，批注保留各自的名字，列表、高亮和一致性统计会把他们算作同一个人。
team-authors-person = 人员
team-authors-names = 所写名字（批注数）
team-authors-count = 批注
team-authors-same = 与…是同一人
team-authors-choose = 选择…
team-authors-same-label = { $author } 与…是同一人
team-authors-undo = 记录别名是一个步骤：Ctrl+Z 可撤销。
team-message-aliased = “{ $alias }”现在是 { $person }（Ctrl+Z 撤销）。

## 冲突面板：编辑…

team-button-edit-conflict = 编辑…
    .tooltip = 自己写出结果，可从某一版本或全部版本的组合开始；结果将替换所有版本
team-edit-heading = 编辑有冲突的批注
team-edit-start = 起始于：
team-edit-combine = 全部组合
    .tooltip = 所有版本的标签，以及依次排列的注释
team-edit-passage = 段落
team-edit-tags = 利益相关方群体
team-edit-note = 注释
team-edit-undo = 结果将成为唯一的版本，比所有版本都新（Ctrl+Z 可恢复冲突）。
team-button-resolve-edited = 以此解决

## 磁盘上的更改

team-notice-merged = 已合并磁盘上的 { $count } 项更改
team-notice-undo = 撤销
team-notice-dismiss = 关闭

## Recovery prompt answered "Later"

team-menu-recover = 从日志恢复未保存的工作…
team-message-nothing-to-recover = 恢复日志中已没有这里没有的内容。

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts = 已打开 { $path } — 有 { $count } 个冲突待解决：视图 > 冲突面板
