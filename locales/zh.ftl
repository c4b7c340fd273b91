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
diff-who = { $name } ({ $id })
diff-who-id = { $id }
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


## ─── Command line: notes on stderr, usage ───
## (section: cli)

cli-embedded-map = 未给出 MAP；使用内置的华北电网案例 { $name }
cli-stdout = 写入标准输出
cli-cannot-write = 无法写入 { $path }
cli-unknown-person = { $flag } { $id }：没有这个编号的人员
cli-unknown-person-hint = { $flag } { $id }：没有这个编号的人员；你是不是要找 "{ $suggestion }"？
cli-render-no-path = 通过已知的关系找不到到 "{ $id }" 的引荐路径；图中不画路径
cli-grade-key = 答案 { $path }
cli-grade-attempt = 作答 { $path }
cli-grade-no-key = 请用 --key KEY 或 --exercise NAME 给出答案


## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


