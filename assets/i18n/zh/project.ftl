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
