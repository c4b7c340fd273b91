### powermap — 繁體中文詞條。
###
### powermap 輸出的每個字都來自這裡。每條是「鍵 = 文字」；`{ $name }` 是由 powermap
### 填入的參數（姓名、數字或另一條的文字）。翻譯時保留所有的鍵和參數；測試會檢查每種
### 語言的鍵和參數都一致。

## ─── Common words ───

list-separator = 、
severity-error = 錯誤
raw-text = { $text }
severity-warning = 警告

## ─── Vocabulary: the map format's values ───

vocab-governance = 治理結構
governance-centralized = 集權
governance-balanced = 均衡
governance-decentralized = 分權

vocab-purchase-share = 採購佔比
purchase-share-major = 大
purchase-share-normal = 中
purchase-share-minor = 小

vocab-unit-kind = 部門類型
unit-kind-department = 部門
unit-kind-subsidiary = 下屬單位
unit-kind-external = 外部機構
unit-kind-committee = 委員會

vocab-side = 陣營
side-customer = 客戶
side-ours = 我方
side-partner = 夥伴
side-competitor = 競爭對手

vocab-role = 角色
role-approver = 批准者
role-decision-maker = 決策者
role-evaluator = 評估者
role-user = 使用者
role-influencer = 影響者
role-gatekeeper = 把關者
role-spec-writer = 標書編寫

vocab-stance = 立場
stance-champion = 教練
stance-supporter = 支持
stance-neutral = 中立
stance-skeptic = 不支持
stance-opponent = 反對
stance-unknown = 未知

vocab-relationship = 關係
relationship-none = 無
relationship-acquainted = 認識
relationship-engaged = 交往
relationship-trusted = 信任
relationship-allied = 同盟

vocab-expertise = 專長
expertise-technical = 技術型
expertise-business = 業務型
expertise-general = 綜合型

vocab-style = 風格
style-directive = 獨斷
style-consultative = 民主
style-delegating = 授權

vocab-adaptability = 創新態度
adaptability-innovator = 創新者
adaptability-visionary = 遠見者
adaptability-pragmatist = 務實者
adaptability-conservative = 保守者
adaptability-laggard = 落後者

vocab-interest = 利益
interest-quality = 產品質量
interest-price = 產品價格
interest-supplier-quality = 供方品質
interest-delivery = 供貨速度
interest-terms = 交易條件
interest-security = 感到安全
interest-recognition = 上級肯定
interest-achievement = 成就感
interest-respect = 受尊重
interest-power = 權利
interest-money = 金錢

vocab-tie-kind = 關係類型
tie-kind-reports-to = 匯報
tie-kind-influences = 影響
tie-kind-knows = 認識
tie-kind-conflict = 矛盾

vocab-strength = 強度
strength-weak = 弱
strength-medium = 中
strength-strong = 強

vocab-section = 評分部分
section-people = 人員
section-units = 部門
section-reporting = 匯報線
section-influence = 影響線
section-roles = 角色
section-stances = 立場
section-relationships = 關係階段

## ─── Diagnostics: check, loading, validation ───
## (section: diagnostics)



## ─── Analysis and reports: rank, unreached, paths, risks, next steps ───
## (section: reports)



## ─── Diagrams: DOT, SVG, HTML, GraphML, Mermaid, legends ───
## (section: diagrams)

legend-title = 圖例
legend-stance = 立場（底色）
legend-roles = 角色：※ 批准 · + 決策 · = 評估 · - 使用
legend-relationship = 邊框：我方關係 0…4（越粗越近）
legend-reports-to = 匯報
legend-dotted-report = 虛線匯報
legend-influences = 影響（粗細 = 強度）
legend-knows = 認識
legend-conflict = 矛盾
legend-top = ★ 關鍵決策人候選
legend-path = 引薦路徑（粗線）
legend-unreached = 我方未覆蓋（虛線邊框）
diagram-our-side = 我方
diagram-others = 夥伴與競爭對手
diagram-empty = （空圖：沒有人員）
# 人員框裡的關係階段：關係0 … 關係4。
diagram-badge-stage = 關係{ $stage }
# SVG 圖中連線的滑鼠提示。
diagram-tie-tooltip = { $from } → { $to } ({ $kind })
diagram-tie-tooltip-note = { $from } → { $to } ({ $kind })：{ $note }
diagram-error-io = 寫出關係圖失敗：{ $error }
diagram-error-layout = 關係圖排版失敗：{ $error }
diagram-error-dot-missing = --engine graphviz 需要 Graphviz 的 `{ $program }` 程式，但找不到；請安裝 graphviz，或改用 --engine builtin
diagram-error-dot-run = 無法執行 `{ $program }`：{ $error }
diagram-error-dot-talk = 無法與 `{ $program }` 通訊
diagram-error-dot-timeout = `{ $program }` 執行 { $seconds } 秒仍未完成，已被停止；這張圖在此檢視下對 Graphviz 來說太大：請改用 --engine builtin、--view org 或 --around ID
diagram-error-dot-wait = 等待 `{ $program }` 時出錯：{ $error }
diagram-error-dot-read = 讀取 `{ $program }` 的輸出失敗
diagram-error-dot-read-io = 讀取 `{ $program }` 的輸出失敗：{ $error }
diagram-error-dot-write = 向 `{ $program }` 寫入失敗
diagram-error-dot-write-io = 向 `{ $program }` 寫入失敗：{ $error }
diagram-error-dot-failed = `{ $program } -Tsvg` 失敗（{ $status }）：{ $messages }


## ─── Training: grade, diff, exercises, init ───
## (section: training)

# grade：文字與 Markdown 報告
grade-score = 得分: { $total } / 100
grade-pass = 及格分數 { $pass }：{ $passed ->
    [yes] 通過
   *[no] 未通過
}
grade-points = ({ $earned } / { $possible }, 權重 { $weight })
grade-col-section = 部分
grade-col-score = 得分
grade-col-points = 分數
grade-col-weight = 權重
grade-heading-wrong = 錯誤
grade-heading-missing = 缺少
grade-heading-extra = 多出
grade-heading-found = 找到
# grade：回饋項目說的是什麼
grade-tie = { $from } { $arrow } { $to } ({ $kind })
grade-tie-dotted = { $from } { $arrow } { $to } ({ $kind }，虛線)
grade-you-wrote = { $name } (你寫成 { $yours })
grade-title = {" "}({ $title })
grade-optional = （選填）
grade-because = {" "}— { $explain }
grade-stage = { $n } { $stage }
grade-roles-none = 無
# grade：回饋項目（$title、$optional、$because 可能為空）
grade-found = 找到 { $what }
grade-missing = 缺少：{ $what }{ $title }{ $optional }{ $because }
grade-missing-unit = 缺少部門：{ $what }
grade-extra = 多出：{ $what }（答案中沒有）
grade-extra-unit = 多出部門：{ $what }（答案中沒有）
grade-wrong-roles = { $who }：角色應為 { $expected }{ $because }；你寫的是 { $got }
grade-wrong-stance = { $who }：立場應為 { $expected }{ $because }；你寫的是 { $got }
grade-wrong-relationship = { $who }：關係階段應為 { $expected }{ $because }；你寫的是 { $got }
grade-wrong-tie = { $tie }：{ $why }{ $because }
grade-why-kind = 應為 { $expected }；你畫的是 { $got }
grade-why-reversed = 方向畫反了
grade-why-dotted = 應為虛線；你畫的是實線
grade-why-solid = 應為實線；你畫的是虛線
grade-why-manager = 應向 { $expected } 匯報；你畫的是向 { $got } 匯報
# exercise
exercise-unknown = 沒有名為「{ $name }」的練習（見 `powermap exercise list`）
exercise-unknown-hint = 沒有名為「{ $name }」的練習：你是不是要找「{ $suggestion }」？（見 `powermap exercise list`）
exercise-bad-key = 練習 { $name } 的答案無法載入：{ $error }
# init
init-wrote = 已寫入 { $path }
init-next = 填好後執行：powermap check { $dir }
init-exists = { $paths } 已存在；沒有寫入任何檔案（請先刪除{ $n ->
    [one] 它
   *[other] 它們
}，或換一個目錄）
init-io = { $path }：{ $error }

# diff：客戶檢討
diff-title = 從 { $old } 到 { $new } 的變化
diff-no-changes = 沒有變化。
diff-heading-account = 客戶資訊
diff-heading-people = 人員
diff-heading-stances = 立場
diff-heading-relationships = 關係階段
diff-heading-roles = 角色
diff-heading-details = 其他資訊
diff-heading-ties = 關係線
diff-heading-ranking = 關鍵決策人排名
diff-heading-unreached = 未覆蓋的影響者
diff-heading-paths = 最佳引薦路徑
diff-who = { $name } ({ $id })
diff-who-id = { $id }
diff-none = （無）
diff-tie = { $from } { $arrow } { $to } ({ $kind })
diff-tie-dotted = { $from } { $arrow } { $to } ({ $kind }，虛線)
diff-route = { $route } ({ $reliability })
diff-no-route = 無路徑
diff-account = { $field }: { $from } → { $to }
diff-person-added = { $who } 新增
diff-person-gone = { $who } 離開
diff-stance = { $who }: { $from } → { $to } ({ $direction })
diff-relationship = { $who }: { $from_stage } { $from } → { $to_stage } { $to } ({ $direction })
diff-roles = { $who }: { $changes }
diff-role-added = + { $role }
diff-role-removed = - { $role }
diff-detail = { $who }: { $field } { $from } → { $to }
diff-tie-added = { $tie }
diff-tie-removed = { $tie }
diff-tie-changed = { $tie }: { $changes }
diff-strength = 強度 { $from } → { $to }
diff-strength-moved = 強度 { $from } → { $to } ({ $direction })
diff-line-change = { $from } → { $to }
diff-line-dotted = 虛線
diff-line-solid = 實線
diff-rank = { $old_rank } → { $new_rank }  { $who }  { $old_score } → { $new_score }  ({ $moved })
diff-moved-up = 上升
diff-moved-down = 下降
diff-moved-new = 新進
diff-moved-out = 退出
diff-moved-same = 不變
diff-unreached-added = { $who } 新列為未覆蓋
diff-unreached-gone = { $who } 不再是未覆蓋
diff-path = { $who }: { $old } ⇒ { $new } ({ $verdict })
diff-path-better = 更可靠
diff-path-worse = 更不可靠
diff-path-new = 新路徑
diff-path-lost = 路徑消失
diff-path-other = 換了路徑
diff-direction-warmer = 升溫
diff-direction-colder = 降溫
diff-direction-learned = 已探明
diff-direction-lost = 變為未知
diff-field-account = 客戶
diff-field-opportunity = 專案
diff-field-competitors = 競爭對手
diff-field-governance = 治理結構
diff-field-purchase-share = 採購佔比
diff-field-name = 姓名
diff-field-title = 職務
diff-field-unit = 部門
diff-field-side = 陣營
diff-field-favors = 傾向


## ─── Command line: notes on stderr, usage ───
## (section: cli)

cli-embedded-map = 未指定 MAP；使用內建的華北電網案例 { $name }
cli-stdout = 寫入標準輸出
cli-cannot-write = 無法寫入 { $path }
cli-unknown-person = { $flag } { $id }：沒有這個編號的人員
cli-unknown-person-hint = { $flag } { $id }：沒有這個編號的人員；你是不是要找 "{ $suggestion }"？
cli-render-no-path = 透過已知的關係找不到通往 "{ $id }" 的引薦路徑；圖中不畫路徑
cli-grade-key = 答案 { $path }
cli-grade-attempt = 作答 { $path }
cli-grade-no-key = 請用 --key KEY 或 --exercise NAME 指定答案


## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


