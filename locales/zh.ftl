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

robust-duplicate-key = 此对象中字段“{ $key }”重复给出；JSON 读取时只保留最后一个值，为免与您的本意不符，拒绝读取此地图：请只保留一个
robust-lone-surrogate = 不成对的代理项转义（\ud800–\udfff）不是任何字符：此记录及 { $list } 中其后的所有记录都无法读取；请直接写出该字符
robust-number-out-of-range = 数字太大，无法读取：此记录及 { $list } 中其后的所有记录都无法读取
robust-unreadable-record = 此记录及 { $list } 中其后的所有记录都无法读取
robust-unclosed-quote = 此处开始的带引号单元格没有闭合引号，其后各行都会被读成这一个单元格：请补上引号（单元格内的引号写作 ""）
robust-too-big = 输入超过 { $limit }，即 powermap 读取的上限；如需读取，请用 --max-input 提高上限（例如 --max-input 8G），或设置环境变量 { $env }
robust-not-text = 不是地图：此文件不是文本（开头含有 NUL 字节）；应为 .json 文件、people.csv 或包含它的文件夹
robust-output-is-input = 不写入 { $path }：它是此命令读取的地图之一；请用 -o 指定另一个文件
robust-output-read-only = 不写入 { $path }：此文件是只读的；请将其设为可写，或用 -o 指定另一个文件
robust-output-failed = 无法写入 { $path }：{ $reason }



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


