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
# 讀取活頁簿和試算表
sheet-unclosed-quote = 這裡有一個引號（"）開始了一個儲存格卻沒有閉合，後面所有的列都被讀成了這個儲存格的內容：請補上或刪掉這個引號
sheet-encrypted = 這個活頁簿已加密（設定了開啟密碼）：請另存一份不帶密碼的副本（檔案 › 資訊 › 保護活頁簿），再用那一份
sheet-corrupt = 無法讀取這個活頁簿，它可能已損毀或並不是真正的活頁簿（{ $detail }）：請用 Excel 或 WPS 開啟後重新儲存
sheet-hidden = 工作表「{ $sheet }」是隱藏的，已略過：如果它是地圖的一部分，請取消隱藏
sheet-duplicate = 工作表「{ $sheet }」是第二個「{ $first }」表，已略過
sheet-no-people = 活頁簿裡沒有人員表：請把列出人員的工作表命名為「人員」或「people」（現有工作表：{ $sheets }）
sheet-unknown = 工作表「{ $sheet }」不屬於地圖，已略過（地圖的工作表：人員、關係、部門、客戶）
sheet-unknown-like = 工作表「{ $sheet }」不屬於地圖，已略過：是不是「{ $like }」？
sheet-cell-error = 儲存格裡是錯誤值 { $value }（公式出錯），當作空白處理
sheet-no-header = 這個儲存格上方沒有標題，已略過：請替這一欄加上標題
sheet-name-as-id = 「{ $name }」是姓名而不是編號：已按同名的唯一一人「{ $id }」讀取（寫上編號較穩妥）
sheet-not-a-map = 這是{ $what }，不是地圖：請提供 .json 地圖、人員.csv（people.csv）或包含它的資料夾，或者活頁簿（.xlsx、.xls、.ods）
sheet-kind-word = 一份 Word 文件
sheet-kind-slides = 一份 PowerPoint 簡報
sheet-kind-odf = 一份 OpenDocument 文件或簡報
sheet-kind-pdf = 一份 PDF
sheet-kind-image = 一張圖片
sheet-kind-zip = 一個 zip 壓縮檔（請解壓縮後提供裡面的地圖）
sheet-kind-ole = 一個不是活頁簿的舊版 Office 檔案
sheet-map-found = powermap：未指定地圖；使用此資料夾中唯一的地圖 { $file }
sheet-map-built-in = powermap：未指定地圖；使用內建的華北電網案例 { $name }



# 寫出活頁簿和試算表：工作表名、標題（讀取時能認出）
sheet-name-people = 人員
sheet-name-ties = 關係
sheet-name-units = 部門
sheet-name-account = 客戶
sheet-list-separator = 、
sheet-yes = 是
sheet-no = 否
sheet-head-id = 編號
sheet-head-name = 姓名
sheet-head-title = 職務
sheet-head-unit = 部門
sheet-head-side = 陣營
sheet-head-level = 級別
sheet-head-roles = 角色
sheet-head-stance = 立場
sheet-head-favors = 傾向
sheet-head-relationship = 關係
sheet-head-expertise = 專長
sheet-head-style = 風格
sheet-head-adaptability = 創新態度
sheet-head-interests = 利益
sheet-head-notes = 備註
sheet-head-reports-to = 上級
sheet-head-from = 起點
sheet-head-to = 終點
sheet-head-kind = 類型
sheet-head-strength = 強度
sheet-head-dotted = 虛線
sheet-head-unit-name = 名稱
sheet-head-parent = 上級
sheet-head-field = 欄位
sheet-head-value = 值
sheet-head-optional = 可選
sheet-field-account = 客戶
sheet-field-opportunity = 專案
sheet-field-competitors = 競爭對手
sheet-field-governance = 治理結構
sheet-field-purchase-share = 採購占比
# 標題註解：每欄填什麼
sheet-note-person-id = 這個人的簡短編號（字母或數字，不可重複），上級欄和關係表都用它。必填。
sheet-note-name = 平時怎麼稱呼（張總、李工）。
sheet-note-title = 職務。
sheet-note-unit = 所屬部門在部門表裡的編號或名稱。
sheet-note-side = 陣營：客戶（可留空）、我方（我們自己的人，引薦路徑從這裡出發）、夥伴或競爭對手。
sheet-note-level = 級別：1 = 最高層，2 = 下一層，依此類推。
sheet-note-roles = 在這次採購中的角色，多個用、或 / 分隔（批准者 ※、決策者 +、評估者 =、使用者 -、影響者、把關者、標書編寫）。
sheet-note-stance = 對我們的立場：教練（+2）、支持（+1）、中立（0）、不支持（-1）、反對（-2）；還不清楚就留空。
sheet-note-favors = 傾向的競爭對手（如有）。
sheet-note-relationship = 我們和他的關係：無（0）、認識（1）、交往（2）、信任（3）、同盟（4）。
sheet-note-expertise = 決策者：技術型、業務型或綜合型。
sheet-note-style = 決策者：獨斷、民主或授權。
sheet-note-adaptability = 創新態度：創新者、遠見者、務實者、保守者、落後者。
sheet-note-interests = 他在這次採購中看重什麼，多個用、分隔（產品質量、產品價格、供貨速度、上級肯定……）。
sheet-note-notes = 值得記下的情況。
sheet-note-reports-to = 直屬主管的編號（多個用、分隔）：一條實線匯報關係。
sheet-note-from = 關係起點那個人的編號（匯報：部屬；影響：施加影響的人）。
sheet-note-to = 關係終點那個人的編號。
sheet-note-tie-kind = 匯報、影響、認識（私人交情，雙向；引薦路徑走的就是它）或矛盾。
sheet-note-strength = 強弱：弱（1）、中（2，留空即為中）或強（3）。
sheet-note-dotted = 虛線匯報（業務指導而非直屬主管）填「是」。
sheet-note-tie-note = 這條關係的說明。
sheet-note-unit-id = 部門的簡短編號（不可重複），人員表的部門欄用它。
sheet-note-unit-name = 部門名稱。
sheet-note-parent = 上級部門的編號，最上層留空。
sheet-note-unit-kind = 部門、下屬單位、外部機構或委員會。
sheet-note-field = 客戶、專案、競爭對手、治理結構（集權、均衡、分權）或採購占比（大、中、小）。
sheet-note-value = 欄位的值；競爭對手用、分隔。
sheet-note-optional = 用於解答：漏掉也不扣分的填「是」。
# 去識別化副本（export --redact）
sheet-redact-person = { $side }{ $code }
sheet-redact-title = 職務{ $n }
sheet-redact-note = 備註{ $n }
sheet-redact-unit = 部門{ $code }
sheet-redact-competitor = 競爭對手{ $code }
sheet-redact-account = 客戶公司
sheet-redact-opportunity = 採購專案

# 匯出和分析活頁簿
sheet-export-exists = { $path } 已存在；未寫入任何內容（請刪除它或換一個路徑）
sheet-export-wrote = 已寫入 { $path }
sheet-export-grading-lost = 注意：試算表保留解答中的「可選」標記，但不保留講解和各部分權重；要保留它們請匯出為 JSON
sheet-plan-needs-output = --format xlsx 產生的是活頁簿：請用 -o 指定檔案，例如 -o plan.xlsx
sheet-plan-decision-makers = 關鍵決策人
sheet-plan-unreached = 未覆蓋
sheet-plan-paths = 引薦路徑
sheet-plan-risks = 風險
sheet-plan-next-steps = 下一步
sheet-plan-rank = 序號
sheet-plan-name = 姓名
sheet-plan-score = 得分
sheet-plan-authority = 職權
sheet-plan-role = 角色
sheet-plan-influence = 影響力
sheet-plan-bases = 四依據
sheet-plan-reach = 覆蓋度
sheet-plan-why = 原因
sheet-plan-priority = 優先順序
sheet-plan-sways = 影響誰
sheet-plan-way-in = 最佳切入點
sheet-plan-reliability = 可靠度
sheet-plan-target = 目標
sheet-plan-route = 路徑
sheet-plan-hostile = 經由敵對引薦人
sheet-plan-severity = 嚴重程度
sheet-plan-severity-high = 高
sheet-plan-severity-medium = 中
sheet-plan-severity-low = 低
sheet-plan-risk = 風險
sheet-plan-people = 相關人員
sheet-plan-action = 行動
sheet-plan-via = 經由
sheet-plan-owner = 負責人
sheet-plan-due = 截止日期
sheet-plan-done = 完成
sheet-plan-none = （無）

## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


