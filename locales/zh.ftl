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


