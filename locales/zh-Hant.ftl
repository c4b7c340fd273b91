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

robust-duplicate-key = 此物件中欄位「{ $key }」重複出現；JSON 讀取時只保留最後一個值，為免與您的本意不符，拒絕讀取此地圖：請只保留一個
robust-lone-surrogate = 不成對的代理字元跳脫（\ud800–\udfff）不是任何字元：此筆記錄及 { $list } 中其後的所有記錄都無法讀取；請直接寫出該字元
robust-number-out-of-range = 數字太大，無法讀取：此筆記錄及 { $list } 中其後的所有記錄都無法讀取
robust-unreadable-record = 此筆記錄及 { $list } 中其後的所有記錄都無法讀取
robust-unclosed-quote = 此處開始的帶引號儲存格沒有結束引號，其後各行都會被讀成這一個儲存格：請補上引號（儲存格內的引號寫作 ""）
robust-too-big = 輸入超過 { $limit }，即 powermap 讀取的上限；如需讀取，請用 --max-input 提高上限（例如 --max-input 8G），或設定環境變數 { $env }
robust-not-text = 不是地圖：此檔案不是文字檔（開頭含有 NUL 位元組）；應為 .json 檔案、people.csv 或包含它的資料夾
robust-output-is-input = 不寫入 { $path }：它是此指令讀取的地圖之一；請用 -o 指定另一個檔案
robust-output-read-only = 不寫入 { $path }：此檔案是唯讀的；請將它設為可寫入，或用 -o 指定另一個檔案
robust-output-failed = 無法寫入 { $path }：{ $reason }



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


