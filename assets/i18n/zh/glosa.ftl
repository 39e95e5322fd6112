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
note-meta = { $author } · 创建于 { $created } · 修改于 { $modified }
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
dialog-conflict-text = 在 Glosa 打开该标注文件之后，另一个程序（或同事）保存了它。覆盖会丢失他们的更改（上一个版本保留为 .bak）。
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
