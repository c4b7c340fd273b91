### powermap — 简体中文词条。
###
### powermap 输出的每个字都来自这里。每条是「键 = 文字」；`{ $name }` 是由 powermap
### 填入的参数（姓名、数字或另一条的文字）。翻译时保留所有的键和参数；测试会检查每种
### 语言的键和参数都一致。

## ─── Common words ───

list-separator = 、
severity-error = 错误
raw-text = { $text }
severity-warning = 警告

## ─── Vocabulary: the map format's values ───

vocab-governance = 治理结构
governance-centralized = 集权
governance-balanced = 均衡
governance-decentralized = 分权

vocab-purchase-share = 采购占比
purchase-share-major = 大
purchase-share-normal = 中
purchase-share-minor = 小

vocab-unit-kind = 部门类型
unit-kind-department = 部门
unit-kind-subsidiary = 下属单位
unit-kind-external = 外部机构
unit-kind-committee = 委员会

vocab-side = 阵营
side-customer = 客户
side-ours = 我方
side-partner = 伙伴
side-competitor = 竞争对手

vocab-role = 角色
role-approver = 批准者
role-decision-maker = 决策者
role-evaluator = 评估者
role-user = 使用者
role-influencer = 影响者
role-gatekeeper = 把关者
role-spec-writer = 标书编写

vocab-stance = 立场
stance-champion = 教练
stance-supporter = 支持
stance-neutral = 中立
stance-skeptic = 不支持
stance-opponent = 反对
stance-unknown = 未知

vocab-relationship = 关系
relationship-none = 无
relationship-acquainted = 认识
relationship-engaged = 交往
relationship-trusted = 信任
relationship-allied = 同盟

vocab-expertise = 专长
expertise-technical = 技术型
expertise-business = 业务型
expertise-general = 综合型

vocab-style = 风格
style-directive = 独断
style-consultative = 民主
style-delegating = 授权

vocab-adaptability = 创新态度
adaptability-innovator = 创新者
adaptability-visionary = 远见者
adaptability-pragmatist = 务实者
adaptability-conservative = 保守者
adaptability-laggard = 落后者

vocab-interest = 利益
interest-quality = 产品质量
interest-price = 产品价格
interest-supplier-quality = 供方品质
interest-delivery = 供货速度
interest-terms = 交易条件
interest-security = 感到安全
interest-recognition = 上级肯定
interest-achievement = 成就感
interest-respect = 受尊重
interest-power = 权利
interest-money = 金钱

vocab-tie-kind = 关系类型
tie-kind-reports-to = 汇报
tie-kind-influences = 影响
tie-kind-knows = 认识
tie-kind-conflict = 矛盾

vocab-strength = 强度
strength-weak = 弱
strength-medium = 中
strength-strong = 强

vocab-section = 评分部分
section-people = 人员
section-units = 部门
section-reporting = 汇报线
section-influence = 影响线
section-roles = 角色
section-stances = 立场
section-relationships = 关系阶段

## ─── Diagnostics: check, loading, validation ───
## (section: diagnostics)

# 地图被拒绝，或无法作为地图读取。
diag-refused = { $map }: 未通过检查：{ $errors } 个错误，{ $warnings } 个警告
diag-map-has-errors = { $map }: 地图有 { $errors } 个错误；运行 `powermap check` 查看详情
diag-cannot-read = 无法读取 { $file }
diag-no-people-csv = 此目录中没有 people.csv 或 人员.csv
diag-no-people-csv-json = 此目录中没有 people.csv 或 人员.csv（要读取其中的 JSON 地图，请写出文件名：{ $file }）
diag-unknown-format = 不是地图：应为 .json 文件、people.csv，或包含它的目录
diag-encoding-bad-utf8 = 文件以 UTF-8 字节顺序标记开头，却不是 UTF-8（第 { $byte } 字节）
diag-encoding-bad-utf16 = 文件以 UTF-16 字节顺序标记开头，却不是 UTF-16
diag-encoding-unknown = 文件既不是 UTF-8 也不是 GBK/GB18030 文本（第 { $byte } 字节两者都不符）

# 不是 JSON 的 JSON。$reason 是下面的某条 diag-json-…，或 JSON 读取器自己的英文说明（diag-json-other）。
diag-json-syntax = 不是有效的 JSON：{ $reason }
diag-json-trailing-comma = 多余的逗号
diag-json-trailing-characters = 结尾有多余的字符
diag-json-eof-value = 文件在值写完之前就结束了
diag-json-eof-list = 文件在列表写完之前就结束了
diag-json-eof-object = 文件在对象写完之前就结束了
diag-json-eof-string = 文件在字符串写完之前就结束了
diag-json-expected-colon = 这里应为“:”
diag-json-expected-comma-list = 这里应为“,”或“]”
diag-json-expected-comma-object = 这里应为“,”或“{"}"}”
diag-json-expected-value = 这里应为一个值
diag-json-key-not-string = 键必须是带引号的字符串
diag-json-invalid-escape = 无效的转义
diag-json-invalid-number = 无效的数字
diag-json-control-character = 字符串中有控制字符（\u0000-\u001F）
diag-json-other = { $reason }

# 文件的结构。$found 是某个 value-found-… 词。
diag-map-not-object = 地图必须是一个 JSON 对象，实为{ $found }
diag-entry-not-object = { $section } 的每一项都必须是对象，实为{ $found }
diag-not-a-list = { $section } 必须是列表，实为{ $found }
diag-weights-not-object = grading.weights 必须是由各部分权重组成的对象，实为{ $found }
diag-bad-version = 不支持地图格式版本 { $version }；此 powermap 读取版本 { $supported }
diag-unknown-field = 未知字段“{ $field }”（已忽略）
diag-unknown-field-suggest = 未知字段“{ $field }”（已忽略）：是不是“{ $suggestion }”？
diag-value-without-field = 有值而没有字段名（已忽略）：“{ $value }”
diag-duplicate-field = 字段“{ $field }”与第 { $line } 行的“{ $first }”重复（已忽略）

# CSV 文件。
diag-empty-file = 文件是空的：需要一行表头
diag-csv-syntax = 无法读取 CSV：{ $reason }
diag-needs-id-column = 表头需要“编号”（id）列
diag-needs-tie-columns = 表头需要“起点”（from）和“终点”（to）列
diag-needs-account-columns = 表头需要“字段”（field）和“值”（value）列
diag-unknown-column = 未知列“{ $column }”（已忽略）
diag-unknown-column-suggest = 未知列“{ $column }”（已忽略）：是不是“{ $suggestion }”？
diag-duplicate-column = 列“{ $column }”与“{ $first }”重复（已忽略）
diag-ragged-row = 这一行有 { $cells } 格，表头只有 { $columns } 列：是否有格内的逗号没加引号？

# 两者中的第一个写在哪里（重复类消息中的 $first）。
diag-at-line = 第 { $line } 行
diag-at-file-line = { $file } 第 { $line } 行
diag-at-path = { $path }
diag-at-file-path = { $file } { $path }
diag-at-file = { $file }

# 部门与人员。
diag-unit-needs-id = 部门需要编号
diag-person-needs-id = 人员需要编号
diag-duplicate-unit-id = 部门编号“{ $id }”重复（首次出现：{ $first }）
diag-duplicate-person-id = 人员编号“{ $id }”重复（首次出现：{ $first }）
diag-self-parent = 部门“{ $unit }”的上级是它自己
diag-unknown-parent = 上级“{ $parent }”不是部门编号
diag-unknown-parent-suggest = 上级“{ $parent }”不是部门编号：是不是“{ $suggestion }”？
diag-unit-cycle = 部门的上级关系形成了循环：{ $cycle }
diag-created-unit-suggest = 部门“{ $unit }”未定义，已自动创建：是不是“{ $suggestion }”？
diag-unknown-competitor = 倾向“{ $competitor }”，但其不在竞争对手之列
diag-unknown-competitor-suggest = 倾向“{ $competitor }”，但其不在竞争对手之列：是不是“{ $suggestion }”？
diag-duplicate-weight = { $section }的权重给了两次

# 关系。$kind 是关系类型的名称。
diag-unknown-person = “{ $id }”不是人员编号
diag-unknown-person-suggest = “{ $id }”不是人员编号：是不是“{ $suggestion }”？
diag-unknown-person-named = “{ $id }”不是人员编号：这是“{ $person }”的姓名，请填写编号
diag-reports-to-self = “{ $id }”的上级是自己
diag-self-tie = 从“{ $id }”到自己的关系
diag-tie-needs-end = 关系需要“{ $field }”
diag-tie-needs-kind = 关系需要类型（汇报、影响、认识或矛盾）
diag-dotted-not-reporting = 只有汇报线可以是虚线；此“{ $kind }”关系上的虚线已忽略
diag-duplicate-tie = “{ $from }”与“{ $to }”之间的“{ $kind }”关系重复（首次出现：{ $first }）；此条已忽略
diag-two-managers = “{ $id }”有 { $count } 个实线上级（{ $managers }）；请把次要的汇报线标为虚线
diag-reporting-cycle = 实线汇报关系形成了循环：{ $cycle }
diag-no-approver = 客户方人员中未找到批准者（※）：请弄清由谁最后批准
diag-no-tie = “{ $id }”与任何人都没有关系：请补上其汇报、影响或认识的人
diag-no-tie-more = 另有 { $count } 位客户方人员没有任何关系

# 取值。$what 是取值类别的名称（vocab-stance）；$value 是用户写的内容；
# $suggestion 是最接近的可用写法，与用户所用的文字（简体、繁体或拉丁字母）一致。
value-unknown-suggest = 未知的{ $what }“{ $value }”：是不是“{ $suggestion }”？
value-unknown-expected = 未知的{ $what }“{ $value }”（可填：{ $expected }）
value-numbered = { $number } { $value }
value-out-of-range = { $what } { $value } 超出范围（{ $lo }…{ $hi }）
value-not-whole-number = “{ $value }”不是不小于 1 的整数
value-not-bool = “{ $value }”不是“是”或“否”
value-bad-weight = 权重“{ $value }”不是不小于 0 的数
value-problems = { $first }；{ $rest }
value-list-item = 列表中有一项是{ $found }，应为文字
value-expected-found = 应为{ $expected }，实为{ $found }
value-expects-text = 文字
value-expects-id = 编号
value-expects-whole-number = 整数
value-expects-bool = 是或否
value-expects-list = 列表
value-expects-weight = 不小于 0 的数
value-found-list = 列表
value-found-object = 对象
value-found-string = 文字
value-found-number = 数字
value-found-bool = true/false
value-found-null = null
value-found-unread = 未读取的文本
value-explain-expected = 应为文字或 {"{"}"en": "…", "zh": "…"{"}"}，实为{ $found }
value-explain-item = explain.{ $key } 是{ $found }，应为文字
value-explain-language = explain：未知的语言“{ $key }”（应为 en 或 zh）

# powermap check：有效地图的概要。
check-valid = { $map }: 地图有效
check-field = { $label }: { $value }
check-account = 客户
check-opportunity = 项目
check-people = 人员
check-units = 部门
check-ties = 关系
check-count = { $count }
check-count-parts = { $count }（{ $parts }）
check-part = { $value } { $count }


## ─── Analysis and reports: rank, unreached, paths, risks, next steps ───
## (section: reports)



## ─── Diagrams: DOT, SVG, HTML, GraphML, Mermaid, legends ───
## (section: diagrams)



## ─── Training: grade, diff, exercises, init ───
## (section: training)



## ─── Command line: notes on stderr, usage ───
## (section: cli)



## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


