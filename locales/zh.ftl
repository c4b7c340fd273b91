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
# 读取工作簿和表格
sheet-unclosed-quote = 这里有一个引号（"）开始了一个单元格却没有闭合，后面所有的行都被读成了这个单元格的内容：请补上或删掉这个引号
sheet-encrypted = 这个工作簿已加密（设置了打开密码）：请另存一份不带密码的副本（文件 › 信息 › 保护工作簿），再用那一份
sheet-corrupt = 无法读取这个工作簿，它可能已损坏或并不是真正的工作簿（{ $detail }）：请用 Excel 或 WPS 打开后重新保存
sheet-hidden = 工作表“{ $sheet }”是隐藏的，已忽略：如果它是地图的一部分，请取消隐藏
sheet-duplicate = 工作表“{ $sheet }”是第二个“{ $first }”表，已忽略
sheet-no-people = 工作簿里没有人员表：请把列出人员的工作表命名为“人员”或“people”（现有工作表：{ $sheets }）
sheet-unknown = 工作表“{ $sheet }”不属于地图，已忽略（地图的工作表：人员、关系、部门、客户）
sheet-unknown-like = 工作表“{ $sheet }”不属于地图，已忽略：是不是“{ $like }”？
sheet-cell-error = 单元格里是错误值 { $value }（公式出错），按空白处理
sheet-no-header = 这个单元格上方没有表头，已忽略：请给这一列加上表头
sheet-name-as-id = “{ $name }”是姓名而不是编号：已按同名的唯一一人“{ $id }”读取（写上编号更稳妥）
sheet-not-a-map = 这是{ $what }，不是地图：请给出 .json 地图、人员.csv（people.csv）或包含它的目录，或者工作簿（.xlsx、.xls、.ods）
sheet-kind-word = 一份 Word 文档
sheet-kind-slides = 一份 PowerPoint 演示文稿
sheet-kind-odf = 一份 OpenDocument 文档或演示文稿
sheet-kind-pdf = 一份 PDF
sheet-kind-image = 一张图片
sheet-kind-zip = 一个 zip 压缩包（请解压后给出里面的地图）
sheet-kind-ole = 一个不是工作簿的旧版 Office 文件
sheet-map-found = powermap：未指定地图；使用本目录中唯一的地图 { $file }
sheet-map-built-in = powermap：未指定地图；使用内置的华北电网案例 { $name }



# 写出工作簿和表格：工作表名、表头（读取时能认出）
sheet-name-people = 人员
sheet-name-ties = 关系
sheet-name-units = 部门
sheet-name-account = 客户
sheet-list-separator = 、
sheet-yes = 是
sheet-no = 否
sheet-head-id = 编号
sheet-head-name = 姓名
sheet-head-title = 职务
sheet-head-unit = 部门
sheet-head-side = 阵营
sheet-head-level = 级别
sheet-head-roles = 角色
sheet-head-stance = 立场
sheet-head-favors = 倾向
sheet-head-relationship = 关系
sheet-head-expertise = 专长
sheet-head-style = 风格
sheet-head-adaptability = 创新态度
sheet-head-interests = 利益
sheet-head-notes = 备注
sheet-head-reports-to = 上级
sheet-head-from = 起点
sheet-head-to = 终点
sheet-head-kind = 类型
sheet-head-strength = 强度
sheet-head-dotted = 虚线
sheet-head-unit-name = 名称
sheet-head-parent = 上级
sheet-head-field = 字段
sheet-head-value = 值
sheet-head-optional = 可选
sheet-field-account = 客户
sheet-field-opportunity = 项目
sheet-field-competitors = 竞争对手
sheet-field-governance = 治理结构
sheet-field-purchase-share = 采购占比
# 表头批注：每列填什么
sheet-note-person-id = 这个人的简短编号（字母或数字，不可重复），上级列和关系表都用它。必填。
sheet-note-name = 平时怎么称呼（张总、李工）。
sheet-note-title = 职务。
sheet-note-unit = 所在部门在部门表里的编号或名称。
sheet-note-side = 阵营：客户（可留空）、我方（我们自己的人，引荐路径从这里出发）、伙伴或竞争对手。
sheet-note-level = 级别：1 = 最高层，2 = 下一层，依此类推。
sheet-note-roles = 在这次采购中的角色，多个用、或 / 分隔（批准者 ※、决策者 +、评估者 =、使用者 -、影响者、把关者、标书编写）。
sheet-note-stance = 对我们的立场：教练（+2）、支持（+1）、中立（0）、不支持（-1）、反对（-2）；还不清楚就留空。
sheet-note-favors = 倾向的竞争对手（如有）。
sheet-note-relationship = 我们和他的关系：无（0）、认识（1）、交往（2）、信任（3）、同盟（4）。
sheet-note-expertise = 决策者：技术型、业务型或综合型。
sheet-note-style = 决策者：独断、民主或授权。
sheet-note-adaptability = 创新态度：创新者、远见者、务实者、保守者、落后者。
sheet-note-interests = 他在这次采购中看重什么，多个用、分隔（产品质量、产品价格、供货速度、上级肯定……）。
sheet-note-notes = 值得记下的情况。
sheet-note-reports-to = 直接上级的编号（多个用、分隔）：一条实线汇报关系。
sheet-note-from = 关系起点那个人的编号（汇报：下级；影响：施加影响的人）。
sheet-note-to = 关系终点那个人的编号。
sheet-note-tie-kind = 汇报、影响、认识（私人交情，双向；引荐路径走的就是它）或矛盾。
sheet-note-strength = 强弱：弱（1）、中（2，留空即为中）或强（3）。
sheet-note-dotted = 虚线汇报（业务指导而非直属上级）填“是”。
sheet-note-tie-note = 这条关系的说明。
sheet-note-unit-id = 部门的简短编号（不可重复），人员表的部门列用它。
sheet-note-unit-name = 部门名称。
sheet-note-parent = 上级部门的编号，最上层留空。
sheet-note-unit-kind = 部门、下属单位、外部机构或委员会。
sheet-note-field = 客户、项目、竞争对手、治理结构（集权、均衡、分权）或采购占比（大、中、小）。
sheet-note-value = 字段的值；竞争对手用、分隔。
sheet-note-optional = 用于答案：漏掉也不扣分的填“是”。
# 脱敏副本（export --redact）
sheet-redact-person = { $side }{ $code }
sheet-redact-title = 职务{ $n }
sheet-redact-note = 备注{ $n }
sheet-redact-unit = 部门{ $code }
sheet-redact-competitor = 竞争对手{ $code }
sheet-redact-account = 客户公司
sheet-redact-opportunity = 采购项目

# 导出和分析工作簿
sheet-export-exists = { $path } 已存在；未写入任何内容（请删除它或换一个路径）
sheet-export-wrote = 已写入 { $path }
sheet-export-grading-lost = 注意：表格保留答案中的“可选”标记，但不保留讲解和各部分权重；要保留它们请导出为 JSON
sheet-plan-needs-output = --format xlsx 生成的是工作簿：请用 -o 指定文件，例如 -o plan.xlsx
sheet-plan-decision-makers = 关键决策人
sheet-plan-unreached = 未覆盖
sheet-plan-paths = 引荐路径
sheet-plan-risks = 风险
sheet-plan-next-steps = 下一步
sheet-plan-rank = 序号
sheet-plan-name = 姓名
sheet-plan-score = 得分
sheet-plan-authority = 职权
sheet-plan-role = 角色
sheet-plan-influence = 影响力
sheet-plan-bases = 四依据
sheet-plan-reach = 覆盖度
sheet-plan-why = 原因
sheet-plan-priority = 优先级
sheet-plan-sways = 影响谁
sheet-plan-way-in = 最佳切入
sheet-plan-reliability = 可靠度
sheet-plan-target = 目标
sheet-plan-route = 路径
sheet-plan-hostile = 经由敌对引荐人
sheet-plan-severity = 严重程度
sheet-plan-severity-high = 高
sheet-plan-severity-medium = 中
sheet-plan-severity-low = 低
sheet-plan-risk = 风险
sheet-plan-people = 相关人员
sheet-plan-action = 行动
sheet-plan-via = 经由
sheet-plan-owner = 负责人
sheet-plan-due = 截止日期
sheet-plan-done = 完成
sheet-plan-none = （无）

## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


