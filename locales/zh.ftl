### powermap — 简体中文词条。
###
### powermap 输出的每个字都来自这里。每条是「键 = 文字」；`{ $name }` 是由 powermap
### 填入的参数（姓名、数字或另一条的文字）。翻译时保留所有的键和参数；测试会检查每种
### 语言的键和参数都一致。

## ─── Common words ───

list-separator = 、
severity-error = 错误
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

vocab-contact = 接触
contact-open = 可接触
contact-do-not-contact = 勿接触

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
diag-unknown-format = 不是地图：应为 .json 文件、people.csv（人员.csv）或包含它的目录，或工作簿（.xlsx、.xlsm、.xls、.ods）
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
diag-ends-not-read = 有 { $count } 个关系端点不是已读取的人员：{ $record } 及其后的所有记录都无法读取，修正后会再检查这些端点
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

# 各部分标题与表头。
report-section-decision-makers = 关键决策人
report-section-unreached = 未覆盖的影响者
report-section-paths = 教练/引荐路径
report-section-risks = 风险与缺口
report-section-next-steps = 下一步
report-column-person = 人员
report-column-title = 职务
report-column-score = 得分
# 得分有多少基于地图中的事实（issue 13）。
report-column-confidence = 把握
report-confidence-high = 高（{ $share }%）
report-confidence-medium = 中（{ $share }%）
report-confidence-low = 低（{ $share }%）
report-confidence-defaults = 按默认值：{ $inputs }
confidence-input-role = 角色
confidence-input-level = 职级
confidence-input-stance = 立场
confidence-input-governance = 治理结构
confidence-input-purchase-share = 采购占比
confidence-input-expertise = 技术专长
confidence-input-style = 管理风格
report-column-roles = 角色
report-column-stance = 立场
report-column-reach = 覆盖
report-column-basis = 依据
report-column-sway = 影响
report-column-priority = 优先
report-column-sways = 影响谁
report-column-way-in = 引荐路径
report-way-in-off-limits = 不可接触：只走正当渠道
report-column-target = 目标
report-column-route = 路径
report-column-reliability = 可靠度
report-column-steps = 每一步
report-column-severity = 严重度
report-column-risk = 风险
report-column-action = 行动
report-column-why = 原因
# 决策人得分的四个部分。
report-component-authority = 职权
report-component-role = 角色
report-component-influence = 影响力
report-component-bases = 四依据
# 每条下一步下面：为什么要做。
report-step-why = 原因：{ $why }
report-hostile-route = 【经由敌对引荐人】
report-no-route = （现有关系中没有路径）
# HTML 报告。report-html-lang 是网页的语言标记。
report-html-lang = zh-CN
report-html-no-account = （未填写客户）
report-html-opportunity = 项目：{ $opportunity }
report-html-summary = 视图：{ $view } · 显示人数：{ $people } · 显示关系：{ $ties }
report-html-view-org = 组织结构
report-html-view-influence = 影响关系
report-html-view-coverage = 覆盖
report-html-view-full = 全图
report-html-view-overview = 概览
report-html-diagram = 关系图
report-html-none = 无。
report-html-footer = 由 powermap 生成。
# (report-html: the static report's controls)
report-html-search = 搜索人物
report-html-fit = 适应窗口
report-html-zoom-in = 放大
report-html-zoom-out = 缩小
report-html-any = 全部
report-html-reached = 已接触
report-html-unreached = 未接触
report-html-click-hint = 拖动平移，滚轮缩放；点击人物或部门查看详情，点击表格中的路线或候选人，在图上标亮。
report-html-routes-to = 通往此人的路线
report-html-close = 关闭
report-html-field-title = 职务
report-html-field-unit = 部门
report-html-field-notes = 备注
report-html-unit-people = 人员
report-html-unit-key = 关键人物
# --to/--from 指定的 id 在地图中找不到。
report-unknown-person = { $flag } { $id }：没有人员使用这个 id
report-unknown-person-hint = { $flag } { $id }：没有人员使用这个 id，是不是“{ $suggestion }”？

# 得分的依据（rank）。$who 是人名。
reason-level-top = 级别 1：最高层
reason-level = 级别 { $level }
reason-level-unknown = 级别未知：不在汇报线上
reason-below = 下属 { $count } 人（含间接）
reason-no-role = 采购角色未知
reason-role = { $role }
reason-role-symbol = { $symbol } { $role }
reason-consulted-by = { $who } 听取其意见（{ $strength }影响）
reason-sways-chain = 影响 { $who }（{ $strength }），后者影响决策
reason-sways-nobody = 未知其影响任何决策者
reason-bases-top = 治理结构{ $governance }、采购占比{ $share }：决策上移
reason-bases-operating = 治理结构{ $governance }、采购占比{ $share }：决策下移到业务决策者
reason-bases-balance = 治理结构{ $governance }而采购占比{ $share }：两者相抵
reason-lean-unknown = 专长与风格未知：假定会适度听取评估者意见
reason-lean-none = 技术型、独断：自己拍板
reason-lean-strong = 倚重评估者（非技术型或民主型）
reason-lean-some = 会适度听取评估者意见
reason-relied-on = { $who } 倚重其评估
reason-relative-shift = 相对变化：四依据改变了他人的权重
# 四依据沿汇报链移动决策（issue 13）。
reason-implied-holder = 地图未写批准者或决策者：暂按使用/评估部门的负责人由其决策
reason-chain-rises-to = 决策上移到 { $who }：此人更接近建议者
reason-chain-rises-from = 决策从 { $who } 上移到此人
reason-chain-falls-to = 决策下放到 { $who }：此处只把关（规则、审核）
reason-chain-falls-from = 决策从 { $who } 下放到此人
reason-head-office-gate = 总部：只把关（规则、供应商名录、审核），不拍板

# 引荐路径的一步：$from 把我们引荐给 $to；$introducer 是下面某条 route-introducer-*。
route-knows = { $from } 认识 { $to }{ $introducer }
route-manager-of = { $from } 是 { $to } 的上级{ $introducer }
route-reports-to = { $from } 向 { $to } 汇报{ $introducer }
route-sways = { $from } 影响 { $to }{ $introducer }
route-listens = { $to } 受 { $from } 影响{ $introducer }
route-introducer-ours = {""}
route-introducer-champion = ；{ $who } 立场{ stance-champion }（关系 { $stage }，{ $stage_name }）
route-introducer-supporter = ；{ $who } 立场{ stance-supporter }（关系 { $stage }，{ $stage_name }）
route-introducer-neutral = ；{ $who } 立场{ stance-neutral }（关系 { $stage }，{ $stage_name }）
route-introducer-unknown = ；{ $who } 立场{ stance-unknown }（关系 { $stage }，{ $stage_name }）
route-introducer-skeptic = ；{ $who } 立场{ stance-skeptic }，引荐有风险（关系 { $stage }，{ $stage_name }）
route-introducer-opponent = ；{ $who } 立场{ stance-opponent }，引荐有风险（关系 { $stage }，{ $stage_name }）

# 风险与缺口。
risk-severity-high = 高
risk-severity-medium = 中
risk-severity-low = 低
risk-no-approver = 未识别批准者（※）：不知道谁最后拍板
risk-decision-maker-unreached = { $who }：{ $holder ->
    [approver] 批准者（※）
    [decision_maker] 决策者（+）
   *[other] 关键决策人
}，{ $stage ->
    [0] 我方尚无任何关系
   *[other] 我方仅初步接触（关系 { $stage }，{ $stage_name }）
}
risk-blocker = { $who }：有影响力的{ $stance }者{ $swayed_count ->
    [0] {""}
   *[other] ；影响 { $swayed }
}
risk-blocker-favors = { $who }：有影响力的{ $stance }者，倾向 { $favors }{ $swayed_count ->
    [0] {""}
   *[other] ；影响 { $swayed }
}
risk-single-threaded = 单线联系：我方所有关系都系于 { $who } 一人
risk-one-supporter = 批准者（※）和决策者（+）中只有一位支持者：{ $who }
risk-no-supporter = 批准者（※）和决策者（+）中没有支持者
risk-level-mismatch = { $who }（级别 { $level }）只由我方基层人员（{ $juniors }）接触：将对将，请 { $executive } 出面
risk-powerless-champion = { $who }：教练，但对本次决策没有影响力——可作信息来源，不能指望其推动
risk-uncovered-unit = { $unit }：我方在此无任何熟人
risk-unknown-unit = { $unit }：尚不知此单位有谁
risk-off-limits = { $who } 不可接触：不引荐、不拜访；通过技术规格、客户案例和评分标准争取
risk-conflict = { $who } 与 { $other } 有矛盾：别让 { $who } 去找 { $other }
# 信息缺口（issue 13）。
risk-no-decision-holder = 未识别拍板人：地图上既没有批准者（※）也没有决策者（+）
risk-context-unknown = { $what ->
    [governance] 治理结构未知：无法判断决策是上移到高层还是留在下面
    [purchase_share] 采购占比未知：无法判断决策是上移到高层还是留在下面
   *[both] 治理结构和采购占比都未知：无法判断决策是上移到高层还是留在下面
}
risk-top-role-unknown = { $who } 排名第一，但采购角色未知：排名只靠职位推断
risk-isolated-unit = { $unit }：与采购方没有任何联系，不清楚它对本次采购的作用

# 下一步：做什么（step-*）与原因（step-why-*）。$route 是人名，从我方开始。
step-ask-approver = 向 { $coach } 打听谁最后拍板、决策流程如何（可靠度 { $reliability }）
step-find-approver = 查明谁最后拍板（可靠度 { $reliability }）
step-why-no-approver = 尚未识别批准者：决策可能在我们认识的人之上做出
step-introduce = 争取引荐 { $who }：{ $route }（可靠度 { $reliability }）
step-why-unreached = 关键决策人（得分 { $score }），尚未建立关系
step-bring-round = 请 { $friend } 做 { $who } 的工作，并当面听取其疑虑（可靠度 { $reliability }）
step-boss-brings-round = 请 { $who } 的上级 { $boss }（支持我们）出面做 { $who } 的工作（可靠度 { $reliability }）
step-meet-blocker = 拜访 { $who }，听取疑虑并用证据回应（可靠度 { $reliability }）
step-why-blocker = { $who } 倾向 { $favors }，可能阻挠决策
step-why-blocker-unknown = { $who } 倾向竞争对手，可能阻挠决策
step-arrange-meeting = 安排 { $executive } 拜会 { $who }（可靠度 { $reliability }）
step-exec-to-exec = 请 { $executive } 出面约见 { $who }，高层对高层：我方还没有人认识他（可靠度 { $reliability }）
step-better-way-in = 现有路径都太弱，另找接触 { $who } 的途径：{ $options }（可靠度 { $reliability }）
step-way-executive = 我方 { $executive } 出面约见
step-way-management = 请我方领导出面约见
step-way-partner = 请合作伙伴 { $partner } 引荐
step-way-reference = 请他信任的标杆客户为我们说话
step-second-thread = 请 { $holder } 带一位同事去见 { $who }，别让整个客户只系于一人（可靠度 { $reliability }）
step-second-colleague = 请 { $holder } 把 { $colleague } 引荐给 { $who }，别让整个客户只系于一人（可靠度 { $reliability }）
step-find-contact = 在 { $unit } 找到联系人（可靠度 { $reliability }）
step-ask-about-unit = 向 { $coach } 打听 { $unit } 里谁对这次采购有发言权，并请他引荐（可靠度 { $reliability }）
step-speak-for-us = 请 { $supporter } 向 { $who } 推荐我们（可靠度 { $reliability }）
step-why-supporter = { $supporter } 支持我们，且影响 { $who }（{ $strength }）
step-meet-influencer = 接触 { $who }：{ $route }（可靠度 { $reliability }）
step-why-influencer = 影响 { $swayed }，尚未覆盖
step-use-coach = 请 { $who } 当我们的教练：谁拍板、怎么决策、什么时候、按什么标准（可靠度 { $reliability }）
step-why-coach = { $who } 是我们在这个客户唯一的关系：先通过他摸清决策流程
step-legitimate = { $who } 不可接触：通过正当渠道赢得他——技术规格、他信得过的客户案例和评分标准（可靠度 { $reliability }）
step-legitimate-spec = { $who } 不可接触：通过正当渠道赢得他——与 { $writer } 沟通技术规格，并准备客户案例、对照评分标准（可靠度 { $reliability }）
step-mind-conflict = 别让 { $who } 去找 { $other }：两人有矛盾{ $via_route ->
    [1] ；改走 { $route }
   *[0] {""}
}（可靠度 { $reliability }）

# ── 客户健康度、稳健性与客户组合（src/analysis/health.rs、robust.rs、src/report/health.rs、src/portfolio.rs）
report-section-health = 客户健康度
report-section-robustness = 稳健性与信息价值
health-status-red = 红灯
health-status-amber = 黄灯
health-status-green = 绿灯
health-status-line = { $status } · 覆盖度 { $coverage }
health-rule-red = 红灯：关键人物中没有支持者（{ $players }）
health-rule-amber-holders = 黄灯：关键人物中有支持者（{ $supporters }），但都不掌握决策权（※批准者或+决策者）
health-rule-amber-against = 黄灯：{ $who } 掌握决策权并支持我们，但同样掌握决策权的 { $against } 不支持我们
health-rule-amber-levels = 黄灯：{ $who } 掌握决策权并支持我们，但第 { $levels } 层还没有我们接触到的人{ $count ->
    [one] {""}
   *[other] {""}
}
health-rule-green = 绿灯：{ $who } 掌握决策权并支持我们，没有掌握决策权的人反对，且每一层都有我们接触到的人
health-coverage = 覆盖度 { $score }：关键人物已接触 { $reached }/{ $key }，有接触的组织层级 { $covered }/{ $levels }
health-legend = 规则：红灯 = 关键人物（排名靠前的人选及所有※、+角色）中没有支持者；黄灯 = 有支持者，但没有支持我们的决策权人，或有决策权人不支持，或某一层无人接触；绿灯 = 有支持我们的决策权人、无决策权人反对，且每一层都有接触
stability-header = 对 { $unknowns } 项未知信息抽样 { $draws } 次（种子 { $seed }；立场、角色和未写明的关系强度按 docs/analysis.md 中的范围抽取）
stability-no-unknowns = 抽样会变动的信息在地图中都已写明：建议不依赖任何猜测
stability-top = { $who } 在 { $top3 }% 的抽样中位列前三，{ $first }% 排第一
stability-advice = 在 { $kept }% 的抽样中，建议（首要人选和第一步行动）不变
stability-fact-line = 值得先弄清：{ $fact } —— 建议的不确定性有 { $share }% 取决于它
stability-no-fact = 没有哪一项未知信息会明显改变建议
stability-skipped = 未运行：本地图有 { $people } 人，超过 { $limit } 人时默认不抽样；可用 --draws N 指定抽样次数
stability-fact-stance = { $who } 的立场
stability-fact-role = { $who } 的采购角色
stability-fact-knows = { $a } 和 { $b } 的熟悉程度
stability-fact-sway = { $a } 对 { $b } 的影响有多大
step-learn-fact = 先弄清 { $fact }
step-why-learn-fact = 建议的不确定性有 { $share }% 取决于这一项信息
portfolio-title = 客户组合：{ $dir } 中的 { $accounts } 个客户
portfolio-summary = 红灯 { $red } · 黄灯 { $amber } · 绿灯 { $green } · 无法读取 { $unreadable }
portfolio-column-account = 客户
portfolio-column-health = 健康度
portfolio-column-coverage = 覆盖度
portfolio-column-top-risk = 首要风险
portfolio-column-next-step = 第一步行动
portfolio-column-map = 文件
portfolio-column-error = 错误
portfolio-unreadable = 无法读取的地图
portfolio-none = （无）
portfolio-refused = { $errors } 个错误；第一个：{ $first }
# 针对信息缺口的下一步（issue 13）。
step-ask-who-decides = 向 { $coach } 打听谁拍板、怎么决策：谁批准（※）、谁决策（+）、流程如何（可靠度 { $reliability }）
step-ask-role = 向 { $coach } 打听 { $who } 在本次决策中的角色和决策方式（可靠度 { $reliability }）
step-ask-context = 向 { $coach } 了解这类决策在哪一级做出（高层还是下面），以及本次采购的分量（可靠度 { $reliability }）
step-ask-unit = 向 { $coach } 了解 { $unit } 与本次采购有什么关系（可靠度 { $reliability }）
step-find-coach = 先发展一位内线，弄清谁拍板、怎么决策（可靠度 { $reliability }）
step-why-manages = 是 { $managed } 的上级，尚未覆盖
step-why-influencer-manages = 影响 { $swayed }，是 { $managed } 的上级，尚未覆盖


## ─── Diagrams: DOT, SVG, HTML, GraphML, Mermaid, legends ───
## (section: diagrams)

legend-title = 图例
legend-stance = 立场（底色）
legend-roles = 角色：※ 批准 · + 决策 · = 评估 · - 使用
legend-relationship = 边框：我方关系 0…4（越粗越近）
legend-reports-to = 汇报
legend-dotted-report = 虚线汇报
legend-influences = 影响（粗细 = 强度）
legend-knows = 认识
legend-conflict = 矛盾
legend-top = ★ 关键决策人候选
legend-path = 引荐路径（粗线）
legend-unreached = 我方未覆盖（虚线边框）
diagram-our-side = 我方
diagram-others = 伙伴与竞争对手
diagram-empty = （空图：没有人员）
diagram-no-unit = 未归属部门
overview-card-count = { $people } 人
overview-card-people = { $people } 人 · 已覆盖 { $reached }
overview-card-all = （含下属共 { $all }）
overview-card-undrawn = 另有 { $count } 条跨部门关系未画出
overview-link-tooltip = { $a } – { $b }：{ $kind } ×{ $count }
overview-link-tooltip-directed = { $a } – { $b }：{ $kind } ×{ $count }（{ $a } 发出 { $forward }，{ $b } 发出 { $back }）
legend-overview-card = 每个框是一个部门：名称、人数、我方已覆盖的人数、分析得出的关键人（★ 关键决策人候选）
legend-overview-stance = 关键人：立场（方块）
legend-overview-unreached = 虚线框：该部门尚无人被我方覆盖
legend-overview-structure = 上级部门在下属部门之上
legend-overview-link = 部门之间的{ $kind }（×N 条）
legend-overview-undrawn = 部门之间共 { $links } 条连线，画出 { $drawn } 条（关系多的优先）；其余计在各部门框内
# 人员框里的关系阶段：关系0 … 关系4。
diagram-badge-stage = 关系{ $stage }
# SVG 图中连线的悬停提示。
diagram-tie-tooltip = { $from } → { $to } ({ $kind })
diagram-tie-tooltip-note = { $from } → { $to } ({ $kind })：{ $note }
diagram-error-io = 写出关系图失败：{ $error }
diagram-error-layout = 关系图排版失败：{ $error }
diagram-error-dot-missing = --engine graphviz 需要 Graphviz 的 `{ $program }` 程序，但没有找到；请安装 graphviz，或改用 --engine builtin
diagram-error-dot-run = 无法运行 `{ $program }`：{ $error }
diagram-error-dot-talk = 无法与 `{ $program }` 通信
diagram-error-dot-timeout = `{ $program }` 运行 { $seconds } 秒仍未完成，已被停止；这张图在此视图下对 Graphviz 来说太大：请改用 --engine builtin、--view org 或 --around ID
diagram-error-dot-wait = 等待 `{ $program }` 时出错：{ $error }
diagram-error-dot-read = 读取 `{ $program }` 的输出失败
diagram-error-dot-read-io = 读取 `{ $program }` 的输出失败：{ $error }
diagram-error-dot-write = 向 `{ $program }` 写入失败
diagram-error-dot-write-io = 向 `{ $program }` 写入失败：{ $error }
diagram-error-dot-failed = `{ $program } -Tsvg` 失败（{ $status }）：{ $messages }
# --engine layout-rs refused a scene above its size limits.
diagram-error-layoutrs-too-big = --engine layout-rs 最多能画 { $max_people } 人、{ $max_ties } 条关系，这张图在此视图下有 { $people } 人、{ $ties } 条关系。请改用 --engine builtin（不限大小），或用 --view org、--around ID --depth N 只画其中一部分


## ─── Training: grade, diff, exercises, init ───
## (section: training)

# grade：文本和 Markdown 报告
grade-score = 得分: { $total } / 100
grade-pass = 及格线 { $pass }：{ $passed ->
    [yes] 通过
   *[no] 未通过
}
grade-points = ({ $earned } / { $possible }, 权重 { $weight })
grade-col-section = 部分
grade-col-score = 得分
grade-col-points = 分数
grade-col-weight = 权重
grade-heading-wrong = 错误
grade-heading-missing = 缺少
grade-heading-extra = 多出
grade-heading-found = 找到
# grade：反馈条目说的是什么
grade-tie = { $from } { $arrow } { $to } ({ $kind })
grade-tie-dotted = { $from } { $arrow } { $to } ({ $kind }，虚线)
grade-you-wrote = { $name } (你写作 { $yours })
grade-title = {" "}({ $title })
grade-optional = （可选）
grade-because = {" "}— { $explain }
grade-stage = { $n } { $stage }
grade-roles-none = 无
# grade：反馈条目（$title、$optional、$because 可能为空）
grade-found = 找到 { $what }
grade-missing = 缺少：{ $what }{ $title }{ $optional }{ $because }
grade-missing-unit = 缺少部门：{ $what }
grade-extra = 多出：{ $what }（答案中没有）
grade-extra-unit = 多出部门：{ $what }（答案中没有）
grade-wrong-roles = { $who }：角色应为 { $expected }{ $because }；你写的是 { $got }
grade-wrong-stance = { $who }：立场应为 { $expected }{ $because }；你写的是 { $got }
grade-wrong-relationship = { $who }：关系阶段应为 { $expected }{ $because }；你写的是 { $got }
grade-wrong-tie = { $tie }：{ $why }{ $because }
grade-why-kind = 应为 { $expected }；你画的是 { $got }
grade-why-reversed = 方向画反了
grade-why-dotted = 应为虚线；你画的是实线
grade-why-solid = 应为实线；你画的是虚线
grade-why-manager = 应向 { $expected } 汇报；你画的是向 { $got } 汇报
# grade: found items as a count, template leftovers, the class report
grade-found-count = 答对：{ $count } 项（加 --verbose 逐项列出）
grade-leftover = { $what } 还是模板里的示例（{ $sample }）：请换成客户的真实信息，或删掉
class-summary = 全班成绩：{ $count } 名学员，平均 { $mean } / 100
class-col-trainee = 学员
class-col-total = 总分
class-col-count = 人数
class-col-mistake = 错误
class-col-explain = 讲解要点
class-heading-mistakes = 最常见的错误
class-no-mistakes = 无：答案要求的内容没有人漏掉或画错
class-count = { $of } 人中 { $count } 人
class-missing = 漏画：{ $what }
class-wrong = { $what }：{ $section }有误
class-failed = 低于及格线 { $pass }：{ $who }
class-all-passed = 全部达到及格线 { $pass }
class-sheet-scores = 成绩
class-sheet-mistakes = 常见错误
cli-grade-not-graded = { $count } 份答卷无法评分：{ $who }
# exercise
exercise-unknown = 没有名为“{ $name }”的练习（见 `powermap exercise list`）
exercise-unknown-hint = 没有名为“{ $name }”的练习：你是不是要找“{ $suggestion }”？（见 `powermap exercise list`）
exercise-bad-key = 练习 { $name } 的答案无法加载：{ $error }
# init
init-wrote = 已写入 { $path }
init-next = 填好后运行：powermap check { $dir }
init-exists = { $paths } 已存在；没有写入任何文件（请先删除{ $n ->
    [one] 它
   *[other] 它们
}，或换一个目录）
init-io = { $path }：{ $error }

# diff：客户评审
diff-title = 从 { $old } 到 { $new } 的变化
diff-no-changes = 没有变化。
diff-heading-account = 客户信息
diff-heading-people = 人员
diff-heading-stances = 立场
diff-heading-relationships = 关系阶段
diff-heading-roles = 角色
diff-heading-details = 其他信息
diff-heading-ties = 关系线
diff-heading-ranking = 关键决策人排名
diff-heading-unreached = 未覆盖的影响者
diff-heading-paths = 最佳引荐路径
diff-none = （无）
diff-tie = { $from } { $arrow } { $to } ({ $kind })
diff-tie-dotted = { $from } { $arrow } { $to } ({ $kind }，虚线)
diff-route = { $route } ({ $reliability })
diff-no-route = 无路径
diff-account = { $field }: { $from } → { $to }
diff-person-added = { $who } 新增
diff-person-gone = { $who } 离开
diff-stance = { $who }: { $from } → { $to } ({ $direction })
diff-relationship = { $who }: { $from_stage } { $from } → { $to_stage } { $to } ({ $direction })
diff-roles = { $who }: { $changes }
diff-role-added = + { $role }
diff-role-removed = - { $role }
diff-detail = { $who }: { $field } { $from } → { $to }
diff-tie-added = { $tie }
diff-tie-removed = { $tie }
diff-tie-changed = { $tie }: { $changes }
diff-strength = 强度 { $from } → { $to }
diff-strength-moved = 强度 { $from } → { $to } ({ $direction })
diff-line-change = { $from } → { $to }
diff-line-dotted = 虚线
diff-line-solid = 实线
diff-rank = { $old_rank } → { $new_rank }  { $who }  { $old_score } → { $new_score }  ({ $moved })
diff-moved-up = 上升
diff-moved-down = 下降
diff-moved-new = 新进
diff-moved-out = 退出
diff-moved-same = 不变
diff-unreached-added = { $who } 新列为未覆盖
diff-unreached-gone = { $who } 不再是未覆盖
diff-path = { $who }: { $old } ⇒ { $new } ({ $verdict })
diff-path-better = 更可靠
diff-path-worse = 更不可靠
diff-path-new = 新路径
diff-path-lost = 路径消失
diff-path-other = 换了路径
diff-path-unlisted = 不再列为目标
diff-direction-warmer = 升温
diff-direction-colder = 降温
diff-direction-learned = 已探明
diff-direction-lost = 变为未知
diff-field-account = 客户
diff-field-opportunity = 项目
diff-field-competitors = 竞争对手
diff-field-governance = 治理结构
diff-field-purchase-share = 采购占比
diff-field-name = 姓名
diff-field-title = 职务
diff-field-unit = 部门
diff-field-side = 阵营
diff-field-favors = 倾向

# diff：部门、风险、路径是断了还是只是排到了后面（diff-names）
diff-heading-units = 部门
diff-heading-risks = 风险
diff-unit-added = { $unit } 新增
diff-unit-gone = { $unit } 撤销
diff-unit-renamed = { $unit }：原名 { $from }
diff-unit-moved = { $unit }：从 { $from } 下调到 { $to } 下
diff-unit-renamed-moved = { $unit }：原名 { $old_name }，从 { $from } 下调到 { $to } 下
diff-unit-top = （顶层）
diff-risk-added = 新风险 [{ $severity }]：{ $risk }
diff-risk-gone = 风险解除 [{ $severity }]：{ $risk }
diff-route-kept = 原路径 { $route } 仍然走得通（{ $reliability }），只是不再是最佳
diff-route-person-gone = 原路径断了：{ $who } 已不在图中
diff-route-hop-gone = 原路径断了：{ $from } 已无法再引荐 { $to }


## ─── Command line: notes on stderr, usage ───
## (section: cli)

cli-embedded-map = 未给出 MAP；使用内置的华北电网案例 { $name }
cli-stdout = 写入标准输出
cli-unknown-person = { $flag } { $id }：没有这个编号的人员
cli-unknown-person-hint = { $flag } { $id }：没有这个编号的人员；你是不是要找 "{ $suggestion }"？
cli-render-no-path = 通过已知的关系找不到到 "{ $id }" 的引荐路径；图中不画路径
cli-render-overview = 此图有 { $people } 人（超过 { $limit }）：画的是概览（部门、人数、部门之间的关系数）；要画出每个人请用 --view full
cli-render-overview-builtin = Graphviz 会把概览画成一长条，所以概览由内置引擎画成适合页面的形状；要给 Graphviz 用的 DOT 请用 --format dot
cli-grade-key = 答案 { $path }
cli-grade-attempt = 作答 { $path }
cli-grade-no-key = 请用 --key KEY 或 --exercise NAME 给出答案


## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)

robust-duplicate-key = 此对象中字段“{ $key }”重复给出；JSON 读取时只保留最后一个值，为免与您的本意不符，拒绝读取此地图：请只保留一个
robust-lone-surrogate = 不成对的代理项转义（\ud800–\udfff）不是任何字符：此记录及 { $list } 中其后的所有记录都无法读取；请直接写出该字符
robust-number-out-of-range = 数字太大，无法读取：此记录及 { $list } 中其后的所有记录都无法读取
robust-unreadable-record = 此记录及 { $list } 中其后的所有记录都无法读取
robust-too-big = 输入超过 { $limit }，即 powermap 读取的上限；如需读取，请用 --max-input 提高上限（例如 --max-input 8G），或设置环境变量 { $env }
robust-not-text = 不是地图：此文件不是文本（开头含有 NUL 字节）；应为 .json 文件、people.csv 或包含它的文件夹
robust-output-is-input = 不写入 { $path }：它是此命令读取的地图之一；请用 -o 指定另一个文件
robust-output-read-only = 不写入 { $path }：此文件是只读的；请将其设为可写，或用 -o 指定另一个文件
robust-output-failed = 无法写入 { $path }：{ $reason }



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
sheet-map-found = 未指定地图；使用本目录中唯一的地图 { $file }
sheet-map-built-in = 未指定地图；使用内置的华北电网案例 { $name }



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
sheet-head-contact = 接触
sheet-note-contact = 留空；不能去接触的人（抽中的评标专家、纪检监察）填“勿接触”：任何引荐路径和下一步都不会找他或经过他。
sheet-note-unit-contact = 留空；整个部门（含下级部门）都不能接触时填“勿接触”（评标专家组、纪检监察）。
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
sheet-plan-confidence = 把握
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
# 计划中的健康度、稳健性工作表，以及客户组合工作簿。
sheet-plan-health = 健康度
sheet-plan-robustness = 稳健性
sheet-plan-status = 状态
sheet-plan-coverage = 覆盖度
sheet-plan-rule = 规则
sheet-plan-coverage-detail = 覆盖明细
sheet-plan-item = 项目
sheet-plan-top3 = 位列前三的比例
sheet-plan-first = 排第一的比例
sheet-plan-value = 弄清它的价值
sheet-portfolio = 客户组合
sheet-portfolio-unreadable = 无法读取的地图

## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)
picture-no-font = 没有已安装的字体包含这张地图用到的 { $count } 个字（{ $letters }），画出来会是空白方框。请安装包含这些字的字体——中文姓名可用 Debian 的 fonts-noto-cjk 或 fonts-wqy-microhei（apt-get install fonts-noto-cjk）——或用 --font-dir 指定字体所在的文件夹。
picture-too-many-pixels = 这张 PNG 会有 { $width } × { $height } 像素，超过 powermap 能画的上限（{ $limit } 百万像素）。请用更小的 --scale 或 --dpi、--fit slide，或用 --around ID 只画地图的一部分。
picture-png-pages = 用 { $paper ->
    [a4] A4 纸
    [a3] A3 纸
   *[other] { $paper }
}，这张地图要 { $pages } 页才能让文字不小于 7 磅，而一张 PNG 只有一页。请用 --format pdf 输出多页，用 --fit slide 画成一张图，或用 --around ID 只画一部分。
picture-failed = 画图失败：{ $detail }
picture-cut = 为了让文字不小于 7 磅，地图被分成 { $pages } 页 { $paper ->
    [a4] A4 纸
    [a3] A3 纸
   *[other] { $paper }
}；每页都有图例，页眉写明这一页的位置（行、列）。
picture-small-text = 一张幻灯片上最小的字只有 { $size } 磅，小于 7 磅就难以看清。要画得清楚，请用 --around ID 只画地图的一部分，或用 --format pdf --fit a4 分多页打印。
picture-png-reduced = 为了不超过 { $limit } 百万像素，这张 PNG 按 { $dpi } dpi 绘制；可用 --scale 或 --dpi 指定其他尺寸。
picture-page = 第 { $page } 页，共 { $pages } 页 · 第 { $row } 行，第 { $col } 列
picture-binary-to-terminal = { $format } 图片是二进制数据，不会输出到终端：请加 -o 文件（例如 -o map.{ $format }），或重定向到文件。
picture-option-needs-picture = { $option } 用来设定 PNG 或 PDF 图片的尺寸：请与 --format png 或 --format pdf 一起使用。
picture-dpi-not-for-pdf = --dpi 设定 PNG 的像素；PDF 是矢量图，任何尺寸打印都清晰。请用 --fit a4、a3 或 slide 选择页面，或用 --scale 设定大小。
picture-scale-with-fit-pdf = 用了 --fit 时，PDF 的大小由纸张决定：请去掉 --scale（它只在没有 --fit 时设定 PDF 的大小，以及 PNG 的像素）。

## ─── Exercises: the pack's hint levels and start maps ───
## (section: exercises)
exercise-hint-no-start = 练习 { $name } 从空白开始，没有起始关系图（只有对比练习才有）



## ─── Workspace: powermap serve and powermap whatif ───
## (section: workspace)

whatif-bad-set = 看不懂假设“{ $text }”：请写成 ID.字段=值，例如 liu.stance=supporter
whatif-bad-tie = 看不懂关系“{ $text }”：请写成 起点,终点,类型，可加强度 1–3，例如 zhao,liu,knows,2
whatif-bad-context = 看不懂背景“{ $text }”：请写成 字段=值，例如 governance=centralized
whatif-unknown-person = 地图里没有人员“{ $id }”
whatif-unknown-field = 人员没有字段“{ $field }”（可用：name、title、unit、side、level、roles、stance、favors、relationship、expertise、style、adaptability、interests、contact、notes）
whatif-unknown-context = 背景没有字段“{ $field }”（可用：governance、purchase_share）
whatif-no-such-tie = “{ $from }”与“{ $to }”之间没有关系
whatif-no-such-tie-kind = “{ $from }”与“{ $to }”之间没有“{ $kind }”关系
whatif-refused = 按这些假设，地图将无法通过检查（问题见上）
whatif-assumed = 按你的假设修改后的地图
serve-listening = 工作台已打开：{ $url } （按 Ctrl+C 停止）
serve-open-network = 警告：正在 { $addr } 上监听，本机以外也能访问：网络上任何拿到上面地址（含令牌）的人都能查看和修改这张地图
serve-bad-host = 已拒绝：本页面只对本机自己的地址提供。
serve-bad-origin = 已拒绝：请求来自其他网站。
serve-need-token = 已拒绝：请打开 `powermap serve` 打印的地址（含令牌）。
serve-need-json = 已拒绝：修改须以 JSON 发送。
serve-too-large = 已拒绝：请求太大。
serve-internal = 工作台内部出错，没有做任何修改。请报告此问题。
serve-bad-request = 无法读取请求：{ $reason }
serve-bad-method = 此地址不接受这种请求。
serve-no-such-page = 没有这个页面。
serve-edit-refused = 修改未生效：修改后的地图会有以下问题。
serve-no-person = 地图里没有人员“{ $id }”。
serve-no-unit = 地图里没有部门“{ $id }”。
serve-no-tie = 地图里没有第 { $id } 条关系。
serve-bad-field = “{ $field }”不是这里可以修改的字段。
serve-read-failed = 无法读取 { $file }：{ $reason }
serve-save-failed = 无法保存 { $file }：{ $reason }
serve-save-form = 工作台无法按原格式写回 { $file }（TSV、.xls、.xlsm、.ods）；修改会一直保留到关闭工作台，可用 `powermap export` 导出。
serve-save-builtin = 内置案例没有可保存的文件；请用地图文件启动 `powermap serve` 以保存修改。
serve-your-edits = 你的修改
serve-title = powermap 工作台
serve-search = 查找人员…
serve-fit = 适应窗口
serve-zoom-in = 放大
serve-zoom-out = 缩小
serve-undo = 撤销
serve-redo = 重做
serve-save = 保存
serve-saved = 所有修改已保存
serve-unsaved = 有未保存的修改
serve-filter-unit = 部门
serve-filter-role = 角色
serve-filter-stance = 立场
serve-filter-reach = 覆盖
serve-filter-any = 全部
serve-reached = 已覆盖
serve-unreached = 未覆盖
serve-person = 人员
serve-edit-person = 编辑
serve-apply = 应用
serve-remove-person = 删除此人
serve-add-person = 添加人员
serve-add-unit = 添加部门
serve-new-id = ID（字母、数字，不含空格）
serve-new-name = 姓名
serve-parent-unit = 上级部门
serve-unit-none = （无）
serve-ties = 关系
serve-remove = 删除
serve-new-tie = 新关系
serve-tie-from-to = 从 { "{" }from{ "}" } 到 { "{" }to{ "}" }
serve-create = 创建
serve-cancel = 取消
serve-score = 得分
serve-routes = 引荐路径
serve-risks-about = 风险
serve-none = 无
serve-problems = 问题
serve-whatif = 假如…
serve-whatif-help = 在“假如”模式下，你做的修改只是假设：按“应用”之前不会保存。
serve-whatif-apply = 作为修改应用
serve-whatif-clear = 清除假设
serve-whatif-empty = 还没有假设：改一个立场或画一条关系试试。
serve-whatif-moves = 会有什么变化
serve-risks-cleared = 消除的风险
serve-risks-added = 新增的风险
serve-changed-on-disk = 文件在你打开之后被改动过。与你的版本相比，不同之处如下：
serve-overwrite = 仍然保存我的版本（对方的版本保留在历史中）
serve-reload = 放弃我的修改，载入文件里的版本
serve-leave-warning = 你有未保存的修改。
serve-account = 客户
serve-drag-hint = 从一个人拖到另一个人即可画出关系。
serve-light-up = 在图上显示
serve-save-failed-title = 未保存
serve-field-name = 姓名
serve-field-title = 职务
serve-field-unit = 部门
serve-field-notes = 备注
serve-field-level = 级别（1 = 最高）
serve-report = 分析报告
serve-snapshot-kept = 已保存。之前的版本保留在 { "{" }file{ "}" }。

# (serve: training mode, CSV and workbook saves)
serve-not-training = 此工作台不在训练模式；请用 `powermap serve --exercise 练习名` 启动。
serve-no-class = 本次训练没有班级文件夹；用 `--class 文件夹` 启动，才能保存每位学员的作答。
serve-bad-trainee = “{ $name }”不能用作学员姓名：请只用文字、数字、空格、- 或 _（最多 { $max } 个字符，开头和结尾不能是点）。
serve-class-full = 本班已有 { $max } 位学员；人数更多请再启动一个工作台。
serve-class-dir = 无法创建班级文件夹 { $dir }
serve-case = 案例
serve-grade = 提交评分
serve-grade-result = 得分与点评
serve-your-name = 你的姓名
serve-start-drawing = 开始
serve-trainee-as = 当前学员
serve-attempt-saved = 你的作答已保存，讲师可以批改。
serve-training-help = 按案例画出客户组织结构分析图：添加部门和人物，从一个人拖到另一个人建立关系，然后提交评分。
serve-edit-unit = 编辑部门
serve-remove-unit = 删除部门
serve-units = 部门
serve-collapse = 收起
serve-expand = 展开
serve-collapse-all = 全部收起
serve-expand-all = 全部展开
serve-collapsed-note = 地图较大：各部门先收起显示。点击部门框，或用“全部展开”。
