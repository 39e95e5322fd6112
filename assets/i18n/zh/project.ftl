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
