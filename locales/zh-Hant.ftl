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



## ─── Workspace: powermap serve and powermap whatif ───
## (section: workspace)

whatif-bad-set = 看不懂假設「{ $text }」：請寫成 ID.欄位=值，例如 liu.stance=supporter
whatif-bad-tie = 看不懂關係「{ $text }」：請寫成 起點,終點,類型，可加強度 1–3，例如 zhao,liu,knows,2
whatif-bad-context = 看不懂背景「{ $text }」：請寫成 欄位=值，例如 governance=centralized
whatif-unknown-person = 地圖裡沒有人員「{ $id }」
whatif-unknown-field = 人員沒有欄位「{ $field }」（可用：name、title、unit、side、level、roles、stance、favors、relationship、expertise、style、adaptability、interests、notes）
whatif-unknown-context = 背景沒有欄位「{ $field }」（可用：governance、purchase_share）
whatif-no-such-tie = 「{ $from }」與「{ $to }」之間沒有關係
whatif-no-such-tie-kind = 「{ $from }」與「{ $to }」之間沒有「{ $kind }」關係
whatif-refused = 依照這些假設，地圖將無法通過檢查（問題見上）
whatif-assumed = 依你的假設修改後的地圖
whatif-risks-cleared = 消除的風險
whatif-risks-added = 新增的風險
serve-listening = 工作臺已開啟：{ $url } （按 Ctrl+C 停止）
serve-open-network = 警告：正在 { $addr } 上監聽，本機以外也能連線：網路上任何拿到上面網址（含權杖）的人都能檢視和修改這張地圖
serve-bad-host = 已拒絕：本頁面只對本機自己的位址提供。
serve-bad-origin = 已拒絕：請求來自其他網站。
serve-need-token = 已拒絕：請開啟 `powermap serve` 印出的網址（含權杖）。
serve-need-json = 已拒絕：修改須以 JSON 傳送。
serve-too-large = 已拒絕：請求太大。
serve-internal = 工作臺內部出錯，沒有做任何修改。請回報此問題。
serve-bad-request = 無法讀取請求：{ $reason }
serve-bad-method = 此位址不接受這種請求。
serve-no-such-page = 沒有這個頁面。
serve-edit-refused = 修改未生效：修改後的地圖會有以下問題。
serve-no-person = 地圖裡沒有人員「{ $id }」。
serve-no-unit = 地圖裡沒有部門「{ $id }」。
serve-no-tie = 地圖裡沒有第 { $id } 條關係。
serve-bad-field = 「{ $field }」不是這裡可以修改的欄位。
serve-read-failed = 無法讀取 { $file }：{ $reason }
serve-save-failed = 無法儲存 { $file }：{ $reason }
serve-save-csv = 從 CSV 檔案讀入的地圖暫時不能在工作臺裡儲存；修改會一直保留到關閉工作臺。
serve-save-builtin = 內建案例沒有可儲存的檔案；請用地圖檔案啟動 `powermap serve` 以儲存修改。
serve-your-edits = 你的修改
serve-title = powermap 工作臺
serve-search = 搜尋人員…
serve-fit = 符合視窗
serve-zoom-in = 放大
serve-zoom-out = 縮小
serve-undo = 復原
serve-redo = 重做
serve-save = 儲存
serve-saved = 所有修改已儲存
serve-unsaved = 有未儲存的修改
serve-filter-unit = 部門
serve-filter-role = 角色
serve-filter-stance = 立場
serve-filter-reach = 涵蓋
serve-filter-any = 全部
serve-reached = 已涵蓋
serve-unreached = 未涵蓋
serve-person = 人員
serve-edit-person = 編輯
serve-apply = 套用
serve-remove-person = 刪除此人
serve-add-person = 新增人員
serve-add-unit = 新增部門
serve-new-id = ID（字母、數字，不含空格）
serve-new-name = 姓名
serve-parent-unit = 上級部門
serve-unit-none = （無）
serve-ties = 關係
serve-remove = 刪除
serve-new-tie = 新關係
serve-tie-from-to = 從 { "{" }from{ "}" } 到 { "{" }to{ "}" }
serve-create = 建立
serve-cancel = 取消
serve-score = 分數
serve-routes = 引薦路徑
serve-risks-about = 風險
serve-none = 無
serve-problems = 問題
serve-whatif = 假如…
serve-whatif-help = 在「假如」模式下，你做的修改只是假設：按「套用」之前不會儲存。
serve-whatif-apply = 作為修改套用
serve-whatif-clear = 清除假設
serve-whatif-empty = 還沒有假設：改一個立場或畫一條關係試試。
serve-whatif-moves = 會有什麼變化
serve-risks-cleared = 消除的風險
serve-risks-added = 新增的風險
serve-changed-on-disk = 檔案在你開啟之後被改動過。與你的版本相比，不同之處如下：
serve-overwrite = 仍然儲存我的版本（對方的版本保留在歷史中）
serve-reload = 放棄我的修改，載入檔案裡的版本
serve-leave-warning = 你有未儲存的修改。
serve-account = 客戶
serve-drag-hint = 從一個人拖曳到另一個人即可畫出關係。
serve-light-up = 在圖上顯示
serve-save-failed-title = 未儲存
serve-field-name = 姓名
serve-field-title = 職稱
serve-field-unit = 部門
serve-field-notes = 備註
serve-field-level = 層級（1 = 最高）
serve-report = 分析報告
serve-snapshot-kept = 已儲存。之前的版本保留在 { "{" }file{ "}" }。
