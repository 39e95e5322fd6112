# Projects: corpus, codebook, coded segments, tables, corpus search.

## 将 REFI-QDA 项目（QDPX）导入 Glosa 项目：报告

refi-report-title = 已导入 REFI-QDA 项目 { $name }
refi-report-documents = { $count } 个文档，位于项目 { $folder }
refi-report-codes = { $count } 个代码：{ $linked } 个关联到已有代码，{ $created } 个新建
refi-report-codings = 已编码选区：{ $placed } 个落在原文上，{ $moved } 个已移动（请复核），{ $orphaned } 个孤立（连同原文保留）
refi-report-source = 来源
refi-report-placed = 已定位
refi-report-moved = 已移动
refi-report-orphaned = 孤立
refi-report-not-imported = 未导入（{ $problem }）
refi-report-orphans = 孤立的编码片段（找不到其原文）：
refi-report-elements = 未导入的元素：
refi-report-element = { $count } × <{ $name }>
refi-report-refused = 被略去的值（属性不接受）：
refi-report-refused-value = { $document } 的 { $attribute }：{ $reason }
refi-report-cycle = 代码“{ $name }”：其父代码会形成循环；保留在顶层
refi-report-not-opened = 有未保存的工作处于打开状态：项目尚未打开。
refi-report-open = 打开项目

## 打开项目时的 文件 ▸ 导出

project-export-document = 当前显示的文档
project-export-project = 整个项目
project-export-retrieval = 检索到的编码片段（{ $count }）
project-export-project-note = 项目中的所有文档；表格的每一行带有文档的文件名和全部属性。
project-export-columns-note = 每一行带有文档的文件名和全部属性。
project-format-csv = 编码片段，CSV
project-format-csv-excel = 编码片段，适用于 Excel 的 CSV
project-format-xlsx = 编码片段，Excel 工作簿（每个代码一张工作表）
project-format-markdown = 编码片段，Markdown 报告
project-format-json = 编码片段，JSON

## 项目视图：标签页、语料库面板、编码片段

project-view-corpus = 语料库
project-view-codebook = 代码本
project-view-segments = 编码片段
project-view-tables = 表格
project-view-search = 搜索
project-save = 保存项目
project-reading-files = 正在读取项目文件…
attribute-stakeholder_group = 利益相关方群体
attribute-region = 地区
attribute-language = 语言
attribute-date = 日期
tabs-tooltip =
    { $document }
    注释：{ $annotations }
tabs-close = 关闭 { $title }
tabs-reading = 正在读取第 { $done } 个文件，共 { $total } 个
tabs-undo = 撤销项目更改
tabs-redo = 重做项目更改
tabs-import-attributes = 导入属性（CSV）…
tabs-export-attributes = 导出属性（CSV）…
tabs-rescan = 查找新文件
tabs-unsaved = { $count } 个未保存
corpus-sorted-descending = { $label }，降序
corpus-sorted-ascending = { $label }，升序
corpus-sort-by = 按 { $label } 排序
corpus-no-documents = 没有文档：请将 .txt 或 .md 文件放入项目文件夹。
corpus-documents-missing = 没有可显示的文档：项目的文档缺失（见上方的警告）。
corpus-no-match = 没有文档符合筛选条件。
corpus-totals = { $count } 个文档 · { $files } 个注释文件 · { $codings } 个编码
corpus-filter-hint = 按文件、标题或属性筛选
corpus-filter = 筛选文档
corpus-add-attribute = + 属性…
corpus-import-attributes = 导入属性…
corpus-import-attributes-tooltip = 来自 CSV 文件：一列文档，每个属性一列
corpus-export-attributes = 导出属性…
corpus-column-document = 文档
corpus-column-title = 标题
corpus-column-files = 文件
corpus-edit-attribute = 编辑属性…
corpus-remove-attribute = 删除属性…
corpus-open = 打开
corpus-open-tooltip = 用您的注释打开文档
corpus-open-name = 打开 { $key }
corpus-attributes-of = { $key } 的属性
corpus-open-document = 打开文档
corpus-value-none = （无）
corpus-hint-date = YYYY-MM-DD
corpus-hint-number = 数字
corpus-editor-help = 按 Enter 或离开字段以保留其值；Ctrl+Z 撤销；Ctrl+S 保存项目。
segments-tags = 代码
segments-any-of = 任一
segments-and-also = 并且
segments-not = 排除
segments-sub-codes = 包括子代码
segments-documents-where = 文档条件
segments-remove-condition = 删除此条件
segments-add-condition = + 条件
segments-authors-all = 作者：全部
segments-authors = 作者：{ $names }
segments-status = 状态
segments-text-hint = 引文或笔记中的文字
segments-containing = 包含以下内容的片段
segments-clear-filters = 清除筛选
segments-count = { $documents } 个文档中的 { $count } 个编码片段
segments-moved = 已移动：请复核
segments-orphaned = 孤立
segments-note = 笔记：{ $note }
segments-open-tooltip = 在此段落处打开文档
segments-none = 没有符合的编码片段。

## 项目对话框、代码本、表格和语料库搜索

project-remove-attribute-title = 删除属性“{ $label }”？
project-remove-attribute-text = { $count } 个文档将失去此属性的值。在项目视图中按 Ctrl+Z 可撤销。
project-remove = 删除
project-export-segments-title = 导出 { $count } 个编码片段
project-unsaved-quit = 关闭前保存更改？
project-unsaved-first = 先保存更改？
project-unsaved-list = 以下有未保存的更改：
project-unsaved-project = • 项目：代码本和属性（{ $file }）
project-save-all = 全部保存
project-code-edit = 编辑代码
project-code-new = 新建代码
project-label = 名称
project-colour = 颜色
project-parent = 父代码
project-top-level = （顶层）
project-description = 描述
project-code-description-hint = 代码的含义及何时使用（代码备忘录）
project-attribute-edit = 编辑属性
project-attribute-new = 新建属性
project-kind = 类型
project-choices = 选项
project-choices-hint = 每行一个
codebook-add = + 添加代码…
codebook-help = 编辑代码可重命名、更改颜色、撰写描述（代码备忘录）或指定父代码。
codebook-usage = { $documents } 个文档中的 { $count } 个编码
codebook-edit = 编辑…
codebook-edit-name = 编辑 { $label }
codebook-add-sub = + 子代码…
codebook-add-sub-name = 为 { $label } 添加子代码
codebook-move-up = 上移
codebook-move-down = 下移
codebook-outside = 注释文件中使用但不在代码本中的代码
codebook-outside-in = 位于 { $path }
codebook-add-outside = 添加到代码本
tables-attribute = 代码 × 属性
tables-cooccurrence = 代码共现
tables-attribute-choice = 属性
tables-count-segments = 统计编码片段
tables-count-documents = 统计文档
tables-overlap = 重叠片段
tables-same-paragraph = 同一段落
tables-export = 导出 CSV…
tables-change-filters = 更改筛选…
tables-no-attributes = 该项目没有属性。
tables-total = 合计
search-heading = 搜索语料库
search-in-documents = 在 { $count } 个文档中的 { $documents } 个内（编码片段的属性条件）。
search-hits = { $documents } 个文档中有 { $count } 处匹配
search-hits-truncated = { $documents } 个文档中有 { $count } 处匹配（仅前若干处；请细化查询）
search-autocode = 用以下代码标记所有匹配…
search-undo-autocode = 撤销自动编码
search-hint = 词语或模式
search-field = 在语料库中搜索
search-mode-text = 文本
search-mode-words = 整词
search-mode-regex = 正则表达式
search-match-case = 区分大小写
search-match-accents = 区分重音
search-open-tooltip = 在此匹配处打开文档

## 项目消息、文件提示和其余标签

message-project-opened = 已打开项目“{ $name }”：{ $count } 个文档。
message-code-not-read = 暂时无法删除“{ $label }”：仍在读取项目文件。
message-code-in-use = “{ $label }”被 { $documents } 个文档中的 { $count } 条注释使用；请先从这些注释中移除（编码片段视图列出了它们）。正在使用的代码不能离开项目代码本。
message-project-undone = 已撤销项目更改。
message-project-redone = 已重做项目更改。
message-project-nothing-to-undo = 项目中没有可撤销或重做的更改。
message-autocode-undone = 已在 { $count } 个文档中撤销自动编码。
message-rescanned = 已查找新的文档和注释文件。
message-project-document-opened = 已打开 { $document }（您的注释：{ $annotations }）
message-project-saved = 已保存项目 { $path }
message-project-saved-conflicts = 已保存项目；有人同时更改了 { $names }（保留了您的版本）。
message-saved-all = 已全部保存。
message-autocode-skipped = 跳过了 { $count } 个文档：{ $names }
message-autocoded = 已在 { $documents } 个文档中用“{ $label }”标记 { $count } 处匹配：新建 { $added } 个高亮，已有 { $existing } 个。尚未保存：“全部保存”保留它们，“撤销自动编码”将其撤回。
message-export-over-project = 不会覆盖项目文件、文档或注释文件导出；请换一个名称：{ $path }
message-project-exported = 已将 { $what } 导出到 { $path }
message-cannot-export = 无法导出（{ $error }）：{ $path }
message-attributes-imported = 已导入 { $rows } 行：更改了 { $changed } 个值（Ctrl+Z 可撤销）。
message-attributes-imported-new = 已导入 { $rows } 行：更改了 { $changed } 个值，新属性：{ $names }（Ctrl+Z 可撤销）。
export-what-segments = { $count } 个编码片段
export-what-codes = { $count } 个代码
export-what-annotations = { $count } 条注释
export-what-table = 表格
export-what-attributes = 属性
kind-text = 文本
kind-number = 数字
kind-date = 日期（YYYY-MM-DD）
kind-one-of = 列表中的一项
path-open-project = 打开项目（文件夹或 .glosa-project.ron 文件）
path-export-segments = 将编码片段导出到
path-export-project = 将项目导出到
path-export-table = 将表格（CSV）导出到
path-import-attributes = 从（CSV）导入属性
path-export-attributes = 将属性（CSV）导出到
search-hit-name = { $key } ¶{ $ordinal } 中的匹配：{ $text }
segments-condition-name = 条件 { $number }：{ $part }
segments-condition-attribute = 属性
segments-condition-comparison = 比较
segments-condition-value = 值
segments-row-name = 片段 { $key } { $place } { $tag }：{ $quote }
codebook-count = { $count } 个代码，由项目的所有注释文件共享
tables-filters = 筛选：{ $filters }
tables-cell = { $row } × { $column }：{ $count } 个片段
segments-no-value = （无值）

## robust5：仍予读取的 REFI-QDA 文件（XML 命名空间不符或缺失）
refi-warning-namespace = { $file } 使用的 XML 命名空间是“{ $found }”，而不是 { $expected }（REFI-QDA 1.5）；仍已读取。
refi-warning-no-namespace = { $file } 没有 XML 命名空间，应为 { $expected }（REFI-QDA 1.5）；仍已读取。

## REFI-QDA 导入报告：来源或选区为何未被放置（src/ui/errors.rs）

refi-problem-file-missing = 其 { $kind } 文件不在压缩包中
refi-problem-file-unreadable = 其 { $kind } 文件无法读取（{ $reason }）
refi-problem-no-plain-text = 项目中没有纯文本
refi-problem-not-plain-text = 其文本无法作为纯文本读取
refi-report-misfits = 未按位置放置的选区（已按其文字放置，或作为孤立标注保留）：
refi-report-misfit = { $source }：“{ $name }”：{ $reason }
refi-misfit-pdf-area = PDF 区域选区（{ $area }）在文本中没有位置
refi-misfit-empty = 位置 { $start }..{ $end } 为空或颠倒
refi-misfit-outside = 位置 { $start }..{ $end } 超出文本范围（文本共 { $length } 个字符，按{ $unit }计）
refi-unit-code-points = 码位
refi-unit-utf16 = UTF-16 码元
refi-unit-code-points-line-break = 码位，换行 = 1
refi-unit-utf16-line-break = UTF-16 码元，换行 = 1

## 检索保留的内容（已编码片段、表格）以及表格的左上角

query-all = 所有已编码片段
query-any-tags = 带标签 { $tags }
query-all-tags = 同时带有标签 { $tags }
query-not-tags = 不带标签 { $tags }
query-exact = 不含子代码
query-authors = 作者：{ $authors }
query-statuses = 状态：{ $statuses }
query-text = 文本“{ $text }”
query-documents = 已选 { $count } 个文档
tables-corner-tag = 标签

## Agreement view: the project's coders

agreement-project-files = 项目文件：
    .tooltip = 项目中此文档的其他注释文件，每个以其编码者命名：勾选的文件参与比较（与 glosa agreement --project 相同）

## Agreement view: all the project's documents pooled (agree7)

agreement-scope = 比较：
agreement-scope-document = 此文档
agreement-scope-project = 项目的所有文档
    .tooltip = 在项目的文档上合并计算：各文档文本首尾相接，绝不取平均（与 glosa agreement --project 相同）。每处分歧注明其文档；点击即打开。
agreement-pooled-note = 合并了 { $count } 个文档中的 { $pooled } 个：所有编码者都编码过的文档。
agreement-excluded = 已排除（{ $count }）
agreement-excluded-moved = 已移动：在文档中只找到近似位置
agreement-excluded-orphaned = 孤立：在文档中找不到
agreement-excluded-untagged = 无标签
agreement-excluded-not-coded-by-all = 不在合并结果中：没有 { $coders } 的注释
