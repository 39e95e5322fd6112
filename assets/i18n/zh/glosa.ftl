# Glosa 界面（简体中文）。消息标识与英文目录（assets/i18n/en/glosa.ftl）相同，
# 约定见英文目录。

## 操作：菜单、快捷键、提示

action-open-document = 打开文档…
action-open-annotations = 打开标注…
action-save = 保存
action-save-as = 另存为…
action-export = 导出…
action-quit = 退出
action-undo = 撤销
action-redo = 重做
action-copy = 复制
action-delete-highlight = 删除高亮
action-find = 查找…
action-find-next = 查找下一个
action-find-previous = 查找上一个
action-clear-selection = 取消选择；关闭查找栏
action-larger-text = 放大文字
action-smaller-text = 缩小文字
action-toggle-theme = 浅色 / 深色主题
action-help = 键盘快捷键
action-page-down = 向下滚动一屏
action-page-up = 向上滚动一屏
action-line-down = 向下滚动
action-line-up = 向上滚动
action-top = 文档开头
action-bottom = 文档末尾
action-toggle-caret = 光标浏览：用按键移动光标
action-go-to-paragraph = 转到段落…
action-next-panel = 下一个面板
action-previous-panel = 上一个面板
action-next-annotation = 下一条标注
action-previous-annotation = 上一条标注

## 菜单

menu-file = 文件
menu-edit = 编辑
menu-view = 视图
menu-help = 帮助
menu-open-recent = 最近打开
menu-recent-empty = （暂无）
menu-language = 语言
menu-language-system = 系统语言（{ $language }）
menu-version = Glosa { $version }

## 状态栏

status-paragraphs = { $count } 个段落
status-annotations = { $count } 条标注
status-need-review = （{ $count } 条需复核）
status-document = 文档：{ $path }
status-unsaved = 未保存
status-saved = 已保存
status-no-document = 未打开文档

## 标签面板

tags-heading = 利益攸关方
tags-no-document = 未打开文档。
tags-hint-selection = 点击一个群体或按其编号，为所选文字加标签。
tags-hint-selected = 点击一个群体或按其编号，在所选高亮上添加或移除该群体。
tags-hint-none = 先在文档中选择文字，再点击一个群体或按其编号。
tags-visibility-tooltip = 显示或隐藏该群体的高亮
tags-show = 显示“{ $label }”
tags-edit = 重命名、更改颜色…
tags-move-up = 上移
tags-move-down = 下移
tags-delete = 删除…
tags-filter-only = 列表中只显示该群体
tags-add = + 添加标签…
tags-context-hint = 右键点击群体可重命名、更改颜色、调整顺序或删除。
tags-chip = 标签 { $label }
tags-unknown = { $tag }（未知标签）
tags-none = （无标签）

## 信息社会世界峰会的利益攸关方（《信息社会突尼斯议程》，2005年，第35—36段）

wsis-governments = 政府
    .description = 国家：与互联网有关的公共政策问题的决策权是各国的主权（《突尼斯议程》第35段a）。
wsis-private-sector = 私营部门
    .description = 私营部门：在互联网的技术和经济领域的发展中发挥重要作用（《突尼斯议程》第35段b）。
wsis-civil-society = 民间社会
    .description = 民间社会：在互联网问题上，特别是在社区一级发挥重要作用（《突尼斯议程》第35段c）。
wsis-intergovernmental-organizations = 政府间组织
    .description = 政府间组织：在协调与互联网有关的公共政策问题方面发挥促进作用（《突尼斯议程》第35段d）。
wsis-international-organizations = 国际组织
    .description = 国际组织：在制定与互联网有关的技术标准和相关政策方面发挥作用（《突尼斯议程》第35段e）。
wsis-technical-academic-community = 学术界和技术界
    .description = 上述利益攸关方中的学术界和技术界：为互联网的演进、运行和发展作出了宝贵贡献（《突尼斯议程》第36段）。

## 标注列表和注释编辑器

annotations-heading = 标注
annotations-heading-count = 标注（{ $count }）
filter-group = 群体
filter-all-groups = 所有群体
filter-status = 状态
filter-any-status = 任何状态
filter-text-hint = 按文字、注释或作者筛选
anchor-anchored = 已锚定
anchor-moved = 已移动
anchor-orphaned = 已失去锚点
annotations-none-match = 没有匹配的标注。
annotation-moved = 已移动：请复核
annotation-orphaned = 已失去锚点
annotation-note-preview = 注释：{ $note }
annotation-row = 标注 { $paragraph }：{ $quote }
note-heading = 所选高亮
note-tag-remove = 点击移除该群体
note-tag-add = 点击添加该群体
note-meta = { $author } · { $created }
note-hint = 注释（与高亮一起保存）
note-label = 注释

## 查找栏

find-label = 查找
find-hint = 文档中的文字
find-previous = 上一个
find-next = 下一个
find-tag-all = 为所有结果加标签…
find-close = 关闭
find-close-tooltip = 关闭（Escape）
find-match-case = Aa
    .tooltip = 区分大小写（否则“Túnez”也能找到“TÚNEZ”）
find-match-diacritics = á
    .tooltip = 区分重音符号和阿拉伯文元音符号（否则“Tunez”也能找到“Túnez”，“كتب”也能找到“كَتَبَ”）
find-match-width = Ａ
    .tooltip = 区分全角和半角（否则“ＷＳＩＳ”也能找到“WSIS”）
find-hits = { $position } / { $count }

## 对话框

button-ok = 确定
button-cancel = 取消
button-close = 关闭
button-delete = 删除
button-save = 保存
button-discard = 不保存
button-save-as = 另存为…
button-overwrite = 覆盖
button-export = 导出…
button-go = 转到
dialog-delete-tag = 删除标签“{ $label }”？
dialog-delete-tag-count =
    { $count ->
        [0] 没有标注使用该标签。
       *[other] { $count } 条标注将失去该标签（高亮及其注释保留）。
    }
dialog-undo-hint = 可以用 Ctrl+Z 撤销。
dialog-unsaved-quit = 关闭前保存更改吗？
dialog-unsaved-quit-text = 您的标注有未保存的更改。
dialog-unsaved-open = 先保存更改吗？
dialog-unsaved-open-text = 您的标注有未保存的更改。打开其他文件前要保存吗？
dialog-conflict = 标注文件已在磁盘上被更改
dialog-conflict-text = 在 Glosa 打开 { $file } 之后，另一个程序（或同事）保存了它，而您在此处有未保存的更改。
dialog-help = 键盘快捷键
dialog-export = 导出带标签的摘录
dialog-export-filtered = 仅导出列表显示的标注（按其筛选条件）
export-format-csv = CSV
export-format-csv-for-excel = 适用于 Excel 的 CSV
export-format-markdown = Markdown
export-format-w3c-web-annotation-json = W3C Web Annotation JSON
dialog-tag-edit = 编辑标签
dialog-tag-new = 新标签
dialog-tag-label = 名称
dialog-tag-colour = 颜色
dialog-tag-description = 说明
dialog-path-open-document = 打开文档
dialog-path-open-annotations = 打开标注
dialog-path-save-as = 标注另存为
dialog-path-export = 导出到
dialog-path-text = 没有可用的文件对话框（{ $reason }）。请输入路径：
path-reason-variable = 已设置 GLOSA_NO_DIALOGS
path-reason-no-portal = 没有桌面会话总线，因此没有文件对话框服务（XDG 桌面门户）
dialog-error = 出错了
dialog-go-to = 转到段落
dialog-go-to-label = 段落编号（1 至 { $count }）
dialog-go-to-invalid = 请输入 1 至 { $count } 之间的数字。
file-filter-documents = 文档
file-filter-all = 所有文件
file-filter-annotations = Glosa 标注

## 帮助：鼠标操作和不在菜单中的按键

help-drag = 拖动、Shift+点击
    .action = 选择文字（可跨段落）；扩展选择
help-click-word = 双击 / 三击
    .action = 选择一个词 / 一个段落
help-tag-keys = 1 … 9
    .action = 为所选文字加标签（或在所选高亮上添加/移除标签）
help-click-highlight = 点击高亮
    .action = 选中它：编辑注释、切换标签
help-click-number = 点击 ¶ 编号
    .action = 复制段落标识
help-caret-arrows = ← → ↑ ↓
    .action = 移动光标（文档获得焦点或开启光标浏览时）；按住 Shift 扩展选择
help-caret-words = Ctrl+← Ctrl+→
    .action = 按词移动光标
help-caret-lines = Home、End
    .action = 行首或行尾（按住 Ctrl：文档开头或末尾）
help-caret-pages = Page Up、Page Down、空格
    .action = 向上或向下一屏（空格仅在文档获得键盘焦点时有效）
help-list-enter = 在标注上按 Enter
    .action = 选中它并编写注释
help-escape = Escape
    .action = 回到文档；在文档中则取消选择

## 文档视图（供鼠标和屏幕阅读器使用）

view-empty = 打开文档：文件 > 打开文档…（Ctrl+O），或把文件拖到这里。
view-paragraph-tooltip = ¶{ $ordinal } · { $id } · { $kind }
view-copy-id-hint = 点击复制段落标识
view-moved = 已移动：文档在此处有改动，请复核。
view-orphaned = 已失去锚点。
view-scrollbar = 文档位置
view-document = 文档：{ $title }
view-paragraph = ¶{ $ordinal }，{ $kind }，标识 { $id }
view-caret = 光标位于 ¶{ $ordinal }，第 { $offset } 个字符
view-selection = 已选择：{ $text }
view-highlight-note = 注释：{ $note }
kind-heading = 标题
kind-body = 正文
kind-list-item = 列表项
kind-footnote = 脚注

## 消息（状态栏）和窗口标题

title-unsaved = { $title } • 未保存 — Glosa
title = { $title } — Glosa
message-no-sample = 找不到随附的示例（assets/samples/）。请通过“文件 > 打开文档…”打开文档。
message-copied-id = 已复制段落标识 { $id }
message-copied = 已复制。
message-select-first = 请先选择文字（拖动，或在光标模式下按 Shift+方向键），再按标签键。
message-deleted = 已删除高亮（按 Ctrl+Z 撤销）。
message-document-changed = 自保存标注以来文档已更改：{ $count } 条需复核。
message-opened = 已打开 { $path }
message-saved = 已保存 { $path }
message-exported = 已导出 { $count } 条标注到 { $path }
message-nothing-to-undo = 没有可撤销或重做的操作。
message-highlight-added = 已添加高亮。
message-all-tagged = 所有结果都已有该标签。
message-tagged-hits = 已用“{ $label }”标记 { $hits } 个结果：新增 { $added } 个高亮，已有 { $existing } 个（按 Ctrl+Z 撤销）。
message-tag-deleted = 已删除标签“{ $label }”（按 Ctrl+Z 撤销）。
message-missing-font = 没有可显示{ $script }文字的字体，因此显示为方框。请安装一种字体（例如 Noto Sans { $script }）后重新启动 Glosa。
message-caret-on = 已开启光标浏览（按 F7 关闭）。
message-caret-off = 已关闭光标浏览。
message-no-annotation = 没有可转到的标注。

## 面板的显示与隐藏、阅读宽度、随附示例

action-import-annotations = 导入标注…
action-toggle-tag-panel = 利益相关方群体面板
action-toggle-annotation-panel = 标注面板
action-wider-column = 加宽文字栏
action-narrower-column = 收窄文字栏
action-agreement-view = 一致性视图
action-add-coder-file = 添加编码者的文件…
action-merge-file = 合并同事的文件…
action-conflicts-panel = 冲突面板
menu-reading-width = 每行最多 { $count } 个字符
panel-hide-tags = 隐藏利益相关方群体
panel-show-tags = 显示利益相关方群体
panel-hide-annotations = 隐藏标注
panel-show-annotations = 显示标注
status-read-only-copy = 随附示例，只读：“保存”会把您的副本保存在 { $path }
status-read-only = 随附示例，只读：请用“另存为”保存您的工作
tags-count = { $label }：{ $count } 条标注
annotations-heading-filtered = 标注（{ $count } 条中的 { $shown } 条）
note-meta-changed = { $author } · { $created }，修改于 { $modified }
note-meta-times = 创建于 { $created }
    修改于 { $modified }
kind-quote = 引文
export-format-qdpx = REFI-QDA 项目（NVivo、ATLAS.ti、MAXQDA、QualCoder）
export-format-qdc = REFI-QDA 编码本（仅标签）
file-filter-web-annotations = W3C Web Annotation / Hypothesis JSON

## 他人更改的文件、文件夹外或缺失的文档、无法读取的文件

dialog-conflict-choices = “重新加载”采用他们的版本：您在此处未保存的更改将被丢弃。“合并”按标注保留双方的版本。“保留我的”把您的版本另存为副本，不动他们的文件。
button-merge-disk = 合并（两者都保留）
    .tooltip = 按标注合并他们的更改和您的更改：不会丢失任何内容；双方都修改过的同一标注成为待解决的冲突
dialog-conflict-cancel-tooltip = 不保存也不重新加载；“保存”时会再次询问
button-reload = 重新加载（他们的版本）
    .tooltip = 您在此处未保存的更改将被丢弃
button-keep-mine = 保留我的（另存副本…）
    .tooltip = 他们的版本保持不变
dialog-document-outside = 文档位于标注文件所在文件夹之外
dialog-document-missing = 找不到文档
dialog-document-why = { $why }：
dialog-document-annotation-file = 标注文件：{ $path }
dialog-document-outside-text = 他人的文件可能指向这台计算机上的任何文件。只有在您预期会打开此文档时才打开它。
dialog-document-missing-text = 选择文档（已移动或改名）：如果文字不同，标注会重新锚定，未能精确找到的标注会标记为需复核。
button-open-anyway = 仍然打开
button-choose-document = 选择文档…
dialog-other-document = 该标注文件属于另一个文档
dialog-other-document-named = 它是为以下文档制作的，该文档存在：
dialog-other-document-file = 标注文件：
dialog-other-document-opening = 正在打开的文档：
dialog-other-document-text = 若将其用于 { $document }，保存时其标注会转到该文档（按引文定位；找不到的保留以供复核）。在您选择之前，磁盘上的内容不会改变。
button-open-named-document = 用它打开 { $document }
button-use-for-document = 将其用于 { $document }
button-open-own-annotations = 打开 { $document }（使用其自己的标注）
dialog-refi-not-document = REFI-QDA 文件，不是文档
dialog-unreadable = 无法读取标注文件
dialog-unreadable-error = 无法读取（{ $error }）：{ $path }
dialog-unreadable-text = 在您作出选择之前，磁盘上的任何内容都不会改变：
button-open-without-annotations = 不带标注打开文档
    .tooltip = 在没有标注的情况下处理文档；无法读取的文件保持原样。
    .disabled = 文档只在无法读取的文件中注明。
button-restore-backup = 恢复备份
    .tooltip = 恢复上一个版本（{ $path }）；无法读取的版本成为备份。
    .none = 没有可读取的备份。
dialog-tag-description-hint = 该群体涵盖的内容：代码的定义
dialog-path-save-copy = 将您的版本另存为副本
dialog-path-choose-document = 选择文档
dialog-path-add-coder-file = 添加编码者的标注文件
dialog-path-export-agreement = 将一致性导出到
dialog-path-import-annotations = 从以下位置导入标注
message-document-cannot-open = 无法打开其中注明的文档（{ $error }）
message-relinked-changed = { $path } 的文字与标注所依据的文字不同：已重新锚定，{ $count } 条需复核。保存以建立链接。
message-relinked = 已重新链接 { $path }：与标注所依据的文字相同。保存以保留链接。
message-retargeted = { $path } 的标注现用于 { $document }：保存后该文件即属于此文档。
message-reloaded-dropped = 已重新加载 { $path } 的他们的版本；您未保存的更改已丢弃。
message-reloaded = 已重新加载 { $path }。
message-changed-reloaded = { $path } 已被另一个程序更改；已重新加载。
message-file-missing = { $path } 已被另一个程序删除或移动；您的标注仍在这里。
message-file-unreadable-now = { $path } 在磁盘上已更改，但现在无法读取：{ $error }
message-opened-without-annotations = 已不带标注打开；{ $path } 保持原样。
message-restored-backup = 已从备份恢复 { $path }；无法读取的版本现在是 { $backup }。
message-reading-width = 阅读宽度：每行 { $count } 个字符

## 导入 W3C / Hypothesis 标注

dialog-import = 导入标注
dialog-import-from = 来自 { $path }：
dialog-import-count =
    { $count ->
        [0] 没有新的标注。
       *[other] { $count } 条标注：
    }
import-author = 作者
import-placed = 已放置
import-moved = 已移动（需复核）
import-orphaned = 已失去锚点
import-all = 全部
dialog-import-summary = 已放置 { $placed } 条，已移动 { $moved } 条（需复核），失去锚点 { $orphaned } 条（连同引文保留，列为失去锚点）。
dialog-import-new-tags = 已向编码本添加新的利益相关方群体：{ $tags }。
dialog-import-already-there = { $count } 条已在此标注文件中：已跳过。
dialog-import-replies = { $count } 条回复已添加到所回复的注释中。
dialog-import-undo = 导入是一步操作：按 Ctrl+Z 可全部撤销。
button-import = 导入
message-nothing-to-import = 没有可导入的内容：文件中的所有标注都已在这里。
message-imported = 已从 { $path } 导入 { $count } 条标注：已放置 { $placed } 条，已移动 { $moved } 条（需复核），失去锚点 { $orphaned } 条（按 Ctrl+Z 撤销）。

## 一致性视图（编码者间一致性）

agreement-heading = 一致性
agreement-computing = 正在计算一致性
agreement-computing-short = 正在计算…
agreement-computing-long = 正在计算一致性…
agreement-close = 关闭一致性视图
    .tooltip = 关闭一致性视图（{ $shortcut }）
agreement-no-document = 打开一个文档及其标注以比较编码者。
agreement-export = 导出：
agreement-export-table = 表格（CSV）…
agreement-export-disagreements = 分歧（CSV）…
agreement-export-report = 报告（Markdown）…
agreement-coders = 编码者：
agreement-add-coder-file = 添加编码者的文件
    .tooltip = 添加另一位编码者对本文档的标注文件
agreement-coder-file = 编码者的文件
    .tooltip =
        { $path }
        { $authors } 的 { $count } 条标注
        点击将其移出比较
agreement-tags = 标签：
agreement-threshold = 片段匹配所需的重叠
    .tooltip = 两位编码者的片段重叠至少达到较长片段的这一比例时即为匹配
agreement-undefined = 无定义：{ $reason }
agreement-col-tag = 标签
agreement-col-units = 单元
    .tooltip = { $coders } 的单元（合并后的片段）
agreement-col-percent = 百分比
    .tooltip = 编码者编码相同（有无该标签）的码位所占比例
agreement-col-cohen = Cohen κ
    .tooltip = 超出随机水平的字符级一致性，两位编码者（Cohen 1960）
agreement-col-fleiss = Fleiss κ
    .tooltip = 超出随机水平的字符级一致性，三位或更多编码者（Fleiss 1971）
agreement-col-alpha = α
    .tooltip = 基于码位的 Krippendorff α（名义）
agreement-col-alpha-u = α_u
    .tooltip = Krippendorff 单元化 α：单元的起止位置及其标签（Krippendorff 2004）
agreement-col-segments = 片段
    .tooltip = 与另一位编码者的片段至少按阈值重叠而匹配的片段比例（MAXQDA）
agreement-all-tags = 全部标签
agreement-table-note = { $count } 个码位；片段在重叠达到较长片段的 { $threshold }% 时匹配。
agreement-legend = 文档中：
agreement-mark-both = { $first } 和 { $second } 都编码
agreement-mark-only-first = 仅 { $first }
agreement-mark-only-second = 仅 { $second }
agreement-mark-different-tags = { $first } 和 { $second } 使用不同标签
agreement-disagreements = 分歧（{ $count }）
agreement-no-disagreements = 无：编码者在每个段落上都一致。
agreement-one-coder = 只有一位编码者：请添加第二位编码者的文件（或勾选第二位编码者）以进行比较。
agreement-not-coded = { $coder }：未编码
agreement-kind-boundaries = 边界不同
agreement-kind-different-tags = 标签不同
agreement-kind-one-coder-only = 仅一位编码者
agreement-undefined-one-coder = 编码者少于两位
agreement-undefined-no-items = 没有可比较的码位
agreement-undefined-nothing-coded = 没有人使用此标签编码
agreement-undefined-no-variation = 没有变异：每个码位都被所有编码者以相同方式编码
agreement-undefined-single-unit = 只有一个单元
agreement-undefined-missing-values = 有些单元缺少某位编码者的值
agreement-undefined-more-than-two-coders = Cohen kappa 比较两位编码者：请看编码者两两比较和 Fleiss kappa
agreement-undefined-two-coders = Fleiss kappa 用于三位或更多编码者：请看 Cohen kappa
agreement-undefined-no-common-document = 没有一个文档由所有编码者编码
agreement-choose-coders = 请选择要比较的编码者。
agreement-choose-tags = 请选择要比较的标签。
agreement-unsaved-annotations = （未保存的标注）
agreement-no-author = 无作者
message-agreement-open = 一致性视图：文档显示编码者一致的地方。
message-agreement-closed = 一致性视图已关闭。
message-coder-file-open = { $path } 是已经打开的标注文件。
message-coder-file-added = 已将 { $path }（{ $authors } 的 { $count } 条标注）加入一致性比较。
message-agreement-not-ready = 暂无可导出的内容：一致性仍在计算中。
message-agreement-export-over-input = 不能导出到正在比较的文件：{ $path }
message-agreement-exported = 已将一致性导出到 { $path }
message-agreement-export-failed = 无法导出一致性（{ $error }）：{ $path }

## 导入 REFI-QDA 项目和编码本；更多一致性颜色

action-import-refi = 导入 REFI-QDA 项目或编码本…
dialog-path-import-refi = 从以下位置导入 REFI-QDA 项目或编码本
dialog-path-merge-file = 合并同事的文件
file-filter-refi = REFI-QDA 项目 / 编码本
message-refi-codebook-no-document = 无法导入编码本（请先打开一个文档：其代码将成为该文档的标签）：{ $path }
message-refi-codebook-nothing-new = 已导入编码本 { $path }：其 { $count } 个代码在这里已经是标签。
message-refi-codebook-imported = 已从 { $path } 导入 { $count } 个代码：新增 { $added } 个标签，{ $linked } 个关联到现有标签（按 Ctrl+Z 撤销）。
message-refi-project-imported = 已从 { $path } 将 { $count } 个文档导入 { $folder }：已放置 { $placed } 个编码，已移动 { $moved } 个（需复核），失去锚点 { $orphaned } 个
message-refi-left-out = ；{ $count } 个没有纯文本的来源未导入
message-refi-opened = ；已打开 { $path }
message-refi-end = 。
agreement-legend-many = 文档中，{ $count } 位编码者里：
agreement-legend-item = 图例：{ $text }
agreement-mark-all-coders = 所有编码者
agreement-mark-some-coders = 部分编码者，并非全部
agreement-mark-one-coder = 仅一位编码者

## 项目（文档语料库）

action-open-project = 打开项目…
action-save-all = 全部保存
menu-project = 项目
tags-add-code = + 添加代码…
view-empty-project = 打开文档：文件 > 打开文档…（Ctrl+O），或打开项目：文件 > 打开项目…（Ctrl+Shift+O）；也可以把文件或文件夹拖到这里。

## 文件错误及界面以下各层的错误（src/ui/errors.rs）：消息在末尾给出文件；原因放在消息之中。

error-document = 无法打开文档（{ $reason }）：{ $file }
error-annotated-document = 无法打开 { $annotations } 所标注的文档（{ $reason }）：{ $file }
error-document-outside = { $why }（它指向 { $resolved }）；未经询问不会打开：{ $file }
error-annotations = 无法读取标注（{ $reason }）：{ $file }
error-annotations-foreign = 不是 Glosa 标注文件（{ $reason }）：{ $file }
error-changed-on-disk = 标注文件自打开以来已在磁盘上更改（另一个程序保存了它）：{ $file }
error-save = 无法保存标注（{ $reason }）：{ $file }
error-edit-on-disk = 无法应用更改（{ $reason }）：{ $file }
error-edit = 无法更改标注（{ $reason }）
error-over-document = 不能把标注保存到文档本身上：{ $file }
error-other-document = 该标注文件属于另一个文档 { $named }，而不是 { $document }：{ $file }
error-save-over-other-document = 未保存：该标注文件属于另一个文档 { $named }（请用“另存为”保存，或重新打开并选择将其用于此文档）：{ $file }
error-read-only = 内置示例是只读的；请用“另存为”保存您的工作：{ $file }
error-create-folder = 无法创建文件夹（{ $reason }）：{ $file }
error-annotations-folder = 无法创建标注所在的文件夹（{ $reason }）：{ $file }
error-export-over-input = 不会导出到打开的文档或其标注文件上；请另选一个名称：{ $file }
error-import = 无法导入（{ $reason }）：{ $file }
error-journal = 无法写入恢复日志（{ $reason }）：{ $file }
error-export = 无法导出（{ $reason }）：{ $file }
error-coder-file = 无法读取该编码者的标注（{ $reason }）：{ $file }
error-coder-other-document = 它标注的是另一个文档（“{ $title }”），其标注没有一条在本文档中：{ $file }
error-project-locate = 无法打开项目（{ $reason }）：{ $file }
error-project-file = 无法读取或保存项目文件（{ $reason }）：{ $file }
error-project-exists = 该文件夹已经是一个项目：{ $file }
error-project-edit = 无法更改项目（{ $reason }）
error-not-a-document = 不是 Glosa 能读取的文档（{ $reason }）：{ $file }
error-unknown-document = 项目中没有文档“{ $key }”：{ $file }
error-csv = { $reason }：{ $file }
error-no-project = 没有打开的项目。
error-pattern = 不是有效的正则表达式：{ $detail }
error-unknown-tag = 项目的编码本和标注文件中都没有标签“{ $tag }”
reason-not-found = 文件不存在
reason-folder-not-document = 这是文件夹，不是文档
reason-folder-not-annotations = 这是文件夹，不是标注文件
reason-folder-not-project = 这是文件夹，不是项目文件
reason-special-file =
    { $kind ->
        [fifo] 这是命名管道（FIFO），不是文件
        [socket] 这是套接字，不是文件
        [device] 这是设备，不是文件
        [disk] 这是磁盘设备，不是文件
        [folder] 这是文件夹，不是文件
       *[other] 这不是普通文件
    }
reason-too-large = 文件大小为 { $size } MiB，超过 { $limit } MiB 的上限
reason-cannot-read = 无法读取：{ $detail }
reason-cannot-write = 无法写入：{ $detail }
reason-cannot-read-write = 无法读取或写入：{ $detail }
reason-io-permission = 权限被拒绝
reason-io-disk-full = 磁盘已满
reason-io-quota = 超出磁盘配额
reason-io-read-only = 磁盘为只读
reason-io-is-folder = 这是文件夹
reason-io-not-folder = 路径中的某个文件夹是文件
reason-io-exists = 文件已存在
reason-io-too-large = 文件对该文件系统而言过大
reason-io-timed-out = 操作超时
reason-io-interrupted = 操作被中断
reason-empty = 文件为空
reason-not-utf8 = 不是 UTF-8 文本
reason-not-annotations = 不是 Glosa 标注文件（{ $detail }）
reason-newer-version = 由更新版本的 Glosa 创建（格式版本 { $version }；本 Glosa 读取版本 { $current }）：请更新 Glosa 后再打开
reason-syntax = 第 { $line } 行，第 { $column } 列：{ $detail }
reason-not-text = 不是文本文件（{ $detail }）
reason-binary-png = PNG 图像
reason-binary-zip = ZIP 压缩包，但不是 Word（.docx）或 OpenDocument（.odt）文档
reason-binary-empty-zip = 空的 ZIP 压缩包
reason-binary-pdf = PDF 文件；请使用以 .pdf 结尾的文件名打开
reason-binary-gif = GIF 图像
reason-binary-jpeg = JPEG 图像
reason-binary-gzip = gzip 压缩包
reason-binary-old-office = 旧版 Microsoft Office 文件（.doc/.xls）；请先另存为 .docx
reason-binary-executable = 可执行文件
reason-binary-nul = 含有 NUL 字节
reason-binary-control = 含有控制字节
reason-binary-refi-project = REFI-QDA 项目（.qdpx），不是文档：请用“{ menu-file }”菜单中的“{ action-import-refi }”导入
reason-binary-refi-codebook = REFI-QDA 编码本（.qdc），不是文档：请用“{ menu-file }”菜单中的“{ action-import-refi }”导入其编码
reason-over-document-path = 文档路径长 { $size } 字节，超过 { $bound } 的上限
reason-over-fingerprint = 文档指纹长 { $size } 字节，超过 { $bound } 的上限
reason-over-tags = 共 { $size } 个标签，超过 { $bound } 的上限
reason-bad-tag-id = 标签 ID“{ $id }”不只由小写字母、数字和连字符组成
reason-bad-tag-id-annotation = 标注 { $annotation }：标签 ID“{ $id }”不只由小写字母、数字和连字符组成
reason-over-tag-label = 标签“{ $tag }”的名称有 { $size } 个字符，超过 { $bound } 的上限
reason-over-tag-description = 标签“{ $tag }”的说明有 { $size } 个字符，超过 { $bound } 的上限
reason-over-annotations = 共 { $size } 条标注，超过 { $bound } 的上限
reason-over-segments = 标注 { $annotation } 跨 { $size } 个片段，超过 { $bound } 的上限
reason-over-annotation-tags = 标注 { $annotation } 带有 { $size } 个标签，超过 { $bound } 的上限
reason-over-note = 标注 { $annotation } 的备注有 { $size } 个字符，超过 { $bound } 的上限
reason-over-author = 标注 { $annotation } 的作者名有 { $size } 个字符，超过 { $bound } 的上限
reason-over-paragraph-id = 标注 { $annotation } 的一个段落 ID 长 { $size } 字节，超过 { $bound } 的上限
reason-over-quote = 标注 { $annotation } 的一段引文有 { $size } 个字符，超过 { $bound } 的上限
reason-no-text = 文件中没有文字（只有空白或分隔符）
reason-serialize = 无法序列化：{ $detail }
reason-changed-meanwhile = 文件在此期间已在磁盘上更改（另一个程序保存了它）
reason-locked = 另一个程序正在保存此文件（已等待其锁 { $lock } { $seconds } 秒）
reason-cannot-lock = 无法锁定 { $lock }：{ $detail }
reason-cannot-write-in = 无法写入 { $folder }（{ $detail }）
reason-no-annotation = 没有标注 { $id }
reason-annotation-exists = 标注 { $id } 已存在
reason-no-segments = 标注至少需要一个片段
reason-no-tag = 没有标签“{ $tag }”
reason-no-code = 编码本中没有代码“{ $code }”
reason-tag-exists = 标签“{ $tag }”已存在
reason-outside-absolute = 标注文件中的文档路径是绝对路径
reason-outside-leaves = 标注文件中的文档路径离开了其所在文件夹
reason-outside-symlink = 标注文件中的文档路径通过符号链接离开了其所在文件夹
reason-outside-empty = 标注文件没有指明文档
reason-not-a-number = “{ $text }”不是数字（请用数字书写，小数用点号，例如 12.5）
reason-not-a-date = “{ $text }”不是日期（请写成 YYYY-MM-DD，例如 2014-04-23）
reason-not-a-choice = “{ $text }”不是以下选项之一：{ $choices }
reason-attribute-value = { $attribute }：{ $reason }
reason-not-a-project = 既不是文件夹也不是项目文件（*.glosa-project.ron）
reason-no-such-path = 文件或文件夹不存在
reason-several-projects = 该文件夹有多个项目文件（{ $names }）；请打开其中一个
reason-cannot-read-folder = 无法读取文件夹：{ $detail }
reason-not-project-file = 不是 Glosa 项目文件（{ $detail }）
reason-project-locked = 另一个程序正在保存项目（已等待其锁 { $seconds } 秒）
error-condition-syntax = “{ $text }”不是条件（请写成 属性=值，或使用 !=、<、<=、>、>=）
error-condition-attribute = 项目中没有属性“{ $attribute }”（属性：{ $known }）
reason-over-limit = 超过 { $limit } MiB 的上限
reason-not-json = 不是 JSON（{ $detail }）
reason-no-web-annotations = 其中没有 Web Annotation（应为 Annotation、AnnotationCollection、AnnotationPage、它们的数组或 Hypothesis 搜索结果）
reason-pages-not-embedded = 集合的页面未嵌入（第一页为 { $first }）；请下载这些页面后再导入
reason-refi-archive = 不是可读取的 QDPX 项目：{ $detail }
reason-refi-xml = { $part } 中第 { $position } 字节附近的 XML 格式错误：{ $detail }
reason-refi-not-zip = 不是 ZIP 压缩包（REFI-QDA 项目是 .qdpx ZIP 文件）
reason-refi-root = 不是 REFI-QDA 项目或编码本（根元素为 <{ $root }>）
reason-refi-doctype = { $part } 含有 DOCTYPE 声明，REFI-QDA 文件从不需要它，Glosa 拒绝接受（实体）

## Glosa 不认识的字段；其他文档的标注（fixes5）

dialog-unknown-fields = Glosa 不认识的字段
dialog-unknown-fields-text = 此标注文件含有此版本 Glosa 不认识的字段（由更新版本的 Glosa 或其他工具写入）：{ $fields }。保存会删除这些字段；备份文件（.bak）会保留它们，直到下一次保存。
button-save-anyway = 仍然保存
dialog-import-other-documents = 已略过其他文档的 { $count } 条标注。

## Keyboard and status messages (tester 4: D16 undo messages, D21 dates)

message-undone =
    { $change ->
        [create] 已还原：移除了新添加的高亮。
        [delete] 已还原：恢复了已删除的高亮。
        [tags] 已还原：高亮的群体恢复原样。
        [note] 已还原：注释恢复原样。
       *[other] 已还原上一次更改。
    }
message-redone =
    { $change ->
        [create] 已再次应用：再次添加了高亮。
        [delete] 已再次应用：再次删除了高亮。
        [tags] 已再次应用：再次更改了高亮的群体。
        [note] 已再次应用：再次更改了注释。
       *[other] 已再次应用该更改。
    }
# How dates and times are written (strftime: %Y year, %m month, %-d day, %b month name, %H:%M time).
format-date = %Y年%-m月%-d日
format-date-time = %Y年%-m月%-d日 %H:%M

## 下层的错误与警告（第二部分）：项目扫描与索引、项目导出、导入、恢复日志、属性 CSV 文件、一致性、文件监视（i18n6）

warning-scan-too-many = 已在 { $limit } 个文件和文件夹后停止；项目文件夹太大：{ $file }
warning-scan-missing = 项目列出的一个文档不存在：{ $file }
warning-scan-folder = 无法读取文件夹（{ $reason }）：{ $file }
warning-scan-name = 已跳过一个名称不是有效 Unicode 的文件：{ $file }
warning-scan-link = 已跳过一个指向项目之外的链接：{ $file }
warning-index-cancelled = 未读取（已取消）：{ $file }
warning-index-outside = 已略过一个标注项目之外文档（{ $document }）的标注文件：{ $file }
warning-index-missing = 标注文件的文档缺失（已删除或移动）（{ $document }）：{ $file }
warning-export-document = 无法读取该文档，未包含在 QDPX 中：{ $file }
warning-export-orphan = 孤立标注，未包含在 QDPX 中（在文本中没有位置）：{ $id }“{ $quote }”
warning-export-url = url 属性“{ $url }”不是绝对 IRI（https://…），未使用：{ $file }
reason-export-not-ready = 项目的文件尚未读取
reason-export-unknown-tag = 项目中没有标签“{ $tag }”
reason-export-no-iri = 无法用 file: IRI 命名该文档（{ $detail }）：{ $file }
reason-export-base-uri = 基础 URI“{ $base }”不是 https://example.org/documents/ 这样的绝对 URI
reason-codebook-not-project = 编码本不包含文档：请打开一个文档，再把编码本导入它的标签
reason-no-free-name = 没有可用于 { $name } 的文件名
reason-cannot-remove = 无法删除：{ $detail }
reason-no-thread = 无法启动日志写入线程：{ $detail }
reason-no-journal-writer = 日志写入已停止
reason-csv-unreadable = 无法读取 CSV 文件（{ $detail }）
reason-csv-not-a-file = 不是文件
reason-csv-too-large = CSV 文件超过 { $limit } MiB
reason-csv-header = 第 1 行：{ $detail }
reason-csv-record = 不是有效的 CSV：{ $detail }
reason-csv-empty = CSV 文件为空
reason-csv-no-document-column = 第 1 行：没有“{ $column }”列（第一行为各列命名：{ $column }，然后是属性 ID）
reason-csv-duplicate-column = 第 1 行：有两列都是属性“{ $attribute }”
reason-csv-unknown-document = 第 { $line } 行：项目中没有文档“{ $name }”
reason-csv-duplicate-document = 第 { $line } 行：文档“{ $name }”出现了两次（另见第 { $first } 行）
reason-csv-value = 第 { $line } 行，{ $attribute } 列：{ $reason }
reason-code-exists = 编码本中已有代码“{ $code }”
reason-code-cycle = “{ $parent }”不能作为“{ $code }”的父代码：它就是“{ $code }”或其子代码之一
reason-no-attribute = 项目中没有属性“{ $attribute }”
reason-attribute-exists = 项目中已有属性“{ $attribute }”
reason-attribute-invalidates = 无法更改 { $attribute }：{ $document } 的值不符合（{ $reason }）
error-agreement-no-documents = 没有可比较的文档。
error-agreement-unknown-coder = 没有编码者“{ $coder }”的标注（找到的编码者：{ $known }）
error-watch-start = 无法监视其他程序对文件的更改（{ $reason }）；每次保存前以及窗口获得焦点时仍会检查更改
error-watch-folder = 无法监视其他程序对该文件夹的更改（{ $reason }）：{ $file }
reason-watch-limit = 已达到系统可监视文件数的上限
warning-autocode-changed = 搜索之后文档已更改；请重新搜索：{ $file }
reason-foreign-starts = 它以“{ $start }”开头，而不是“(”
reason-foreign-format = 它的格式是“{ $format }”
reason-foreign-no-format = 它没有“format: "{ $format }"”字段
reason-container = 不是可读取的 { $format } 文档：{ $reason }
reason-container-too-many = 压缩包列出了 { $entries } 个条目，超过 { $limit } 的上限
reason-container-damaged = ZIP 压缩包已损坏（{ $detail }）
reason-container-part-unsupported = 无法读取 { $part }（{ $detail }）；文档是否已加密？
reason-container-part-unreadable = 无法读取 { $part }（{ $detail }）
reason-container-part-encrypted = { $part } 已加密；请不设密码保存该文档
reason-container-part-damaged = 无法解压 { $part }（{ $detail }）
reason-container-part-too-large = { $part } 解压后超过 { $limit } MiB（ZIP 炸弹？）
reason-container-part-missing = 缺少 { $part }
reason-container-too-deep = { $part } 的元素嵌套超过 { $limit } 层
reason-container-encrypted = 文档已加密；请不设密码保存
reason-container-password = 它受密码保护；请先保存一份未加密的副本
reason-container-no-text-layer = 它没有文本层（扫描图像？）；请先进行 OCR 识别
reason-container-unparsable = 无法解析（{ $detail }）
reason-container-thread = 无法启动阅读器（{ $detail }）
reason-container-reader-failed = PDF 阅读器无法处理此文件（已损坏或不受支持）
reason-export-no-document = 导出 QDPX 需要该文档，但无法打开：{ $document }
reason-export-no-codes = 没有可作为编码本导出的标签
reason-excel-workbook = 无法写入 Excel 工作簿：{ $detail }
reason-excel-columns = 列数超出 Excel 的上限
reason-excel-rows = “{ $sheet }”超过 1,048,575 行：请改为导出 CSV
reason-io-busy = 文件或设备正忙
reason-io-stale = 网络文件句柄已失效（共享文件夹已重新连接）；请重新打开文件
reason-io-network = 与共享文件夹的网络连接已断开
reason-io-file-name = 此处的文件名无效
reason-io-folder-not-empty = 文件夹不为空
reason-io-crosses-devices = 无法以此方式将文件移到另一个磁盘
reason-io-out-of-memory = 内存不足
reason-io-unsupported = 文件系统不支持此操作
reason-io-truncated = 文件提前结束（已被截断）
reason-document-extensions = Glosa 读取 .{ $extensions } 文件

## Mirrored interface (issue 13): lists of names on one line (the groups of a highlight).
list-separator = {"、"}

## 快捷键中的按键名称（菜单、帮助），与键盘上的标注一致
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
key-space = 空格
key-tab = Tab
key-insert = Insert
