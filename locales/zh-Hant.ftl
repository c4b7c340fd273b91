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

# 地圖被拒絕，或無法作為地圖讀取。
diag-refused = { $map }: 未通過檢查：{ $errors } 個錯誤，{ $warnings } 個警告
diag-map-has-errors = { $map }: 地圖有 { $errors } 個錯誤；執行 `powermap check` 查看詳情
diag-cannot-read = 無法讀取 { $file }
diag-no-people-csv = 此目錄中沒有 people.csv 或 人員.csv
diag-no-people-csv-json = 此目錄中沒有 people.csv 或 人員.csv（要讀取其中的 JSON 地圖，請寫出檔名：{ $file }）
diag-unknown-format = 不是地圖：應為 .json 檔案、people.csv，或包含它的目錄
diag-encoding-bad-utf8 = 檔案以 UTF-8 位元組順序標記開頭，卻不是 UTF-8（第 { $byte } 位元組）
diag-encoding-bad-utf16 = 檔案以 UTF-16 位元組順序標記開頭，卻不是 UTF-16
diag-encoding-unknown = 檔案既不是 UTF-8 也不是 GBK/GB18030 文字（第 { $byte } 位元組兩者都不符）

# 不是 JSON 的 JSON。$reason 是下面的某條 diag-json-…，或 JSON 讀取器自己的英文說明（diag-json-other）。
diag-json-syntax = 不是有效的 JSON：{ $reason }
diag-json-trailing-comma = 多餘的逗號
diag-json-trailing-characters = 結尾有多餘的字元
diag-json-eof-value = 檔案在值寫完之前就結束了
diag-json-eof-list = 檔案在清單寫完之前就結束了
diag-json-eof-object = 檔案在物件寫完之前就結束了
diag-json-eof-string = 檔案在字串寫完之前就結束了
diag-json-expected-colon = 這裡應為「:」
diag-json-expected-comma-list = 這裡應為「,」或「]」
diag-json-expected-comma-object = 這裡應為「,」或「{"}"}」
diag-json-expected-value = 這裡應為一個值
diag-json-key-not-string = 鍵必須是帶引號的字串
diag-json-invalid-escape = 無效的跳脫字元
diag-json-invalid-number = 無效的數字
diag-json-control-character = 字串中有控制字元（\u0000-\u001F）
diag-json-other = { $reason }

# 檔案的結構。$found 是某個 value-found-… 詞。
diag-map-not-object = 地圖必須是一個 JSON 物件，實為{ $found }
diag-entry-not-object = { $section } 的每一項都必須是物件，實為{ $found }
diag-not-a-list = { $section } 必須是清單，實為{ $found }
diag-weights-not-object = grading.weights 必須是由各部分權重組成的物件，實為{ $found }
diag-bad-version = 不支援地圖格式版本 { $version }；此 powermap 讀取版本 { $supported }
diag-unknown-field = 未知欄位「{ $field }」（已忽略）
diag-unknown-field-suggest = 未知欄位「{ $field }」（已忽略）：是不是「{ $suggestion }」？
diag-value-without-field = 有值而沒有欄位名稱（已忽略）：「{ $value }」
diag-duplicate-field = 欄位「{ $field }」與第 { $line } 行的「{ $first }」重複（已忽略）

# CSV 檔案。
diag-empty-file = 檔案是空的：需要一行表頭
diag-csv-syntax = 無法讀取 CSV：{ $reason }
diag-needs-id-column = 表頭需要「編號」（id）欄
diag-needs-tie-columns = 表頭需要「起點」（from）和「終點」（to）欄
diag-needs-account-columns = 表頭需要「字段」（field）和「值」（value）欄
diag-unknown-column = 未知欄「{ $column }」（已忽略）
diag-unknown-column-suggest = 未知欄「{ $column }」（已忽略）：是不是「{ $suggestion }」？
diag-duplicate-column = 欄「{ $column }」與「{ $first }」重複（已忽略）
diag-ragged-row = 這一行有 { $cells } 格，表頭只有 { $columns } 欄：是否有格內的逗號沒加引號？

# 兩者中的第一個寫在哪裡（重複類訊息中的 $first）。
diag-at-line = 第 { $line } 行
diag-at-file-line = { $file } 第 { $line } 行
diag-at-path = { $path }
diag-at-file-path = { $file } { $path }
diag-at-file = { $file }

# 部門與人員。
diag-unit-needs-id = 部門需要編號
diag-person-needs-id = 人員需要編號
diag-duplicate-unit-id = 部門編號「{ $id }」重複（首次出現：{ $first }）
diag-duplicate-person-id = 人員編號「{ $id }」重複（首次出現：{ $first }）
diag-self-parent = 部門「{ $unit }」的上級是它自己
diag-unknown-parent = 上級「{ $parent }」不是部門編號
diag-unknown-parent-suggest = 上級「{ $parent }」不是部門編號：是不是「{ $suggestion }」？
diag-unit-cycle = 部門的上級關係形成了循環：{ $cycle }
diag-created-unit-suggest = 部門「{ $unit }」未定義，已自動建立：是不是「{ $suggestion }」？
diag-unknown-competitor = 傾向「{ $competitor }」，但其不在競爭對手之列
diag-unknown-competitor-suggest = 傾向「{ $competitor }」，但其不在競爭對手之列：是不是「{ $suggestion }」？
diag-duplicate-weight = { $section }的權重給了兩次

# 關係。$kind 是關係類型的名稱。
diag-unknown-person = 「{ $id }」不是人員編號
diag-unknown-person-suggest = 「{ $id }」不是人員編號：是不是「{ $suggestion }」？
diag-unknown-person-named = 「{ $id }」不是人員編號：這是「{ $person }」的姓名，請填寫編號
diag-reports-to-self = 「{ $id }」的上級是自己
diag-self-tie = 從「{ $id }」到自己的關係
diag-tie-needs-end = 關係需要「{ $field }」
diag-tie-needs-kind = 關係需要類型（匯報、影響、認識或矛盾）
diag-dotted-not-reporting = 只有匯報線可以是虛線；此「{ $kind }」關係上的虛線已忽略
diag-duplicate-tie = 「{ $from }」與「{ $to }」之間的「{ $kind }」關係重複（首次出現：{ $first }）；此條已忽略
diag-two-managers = 「{ $id }」有 { $count } 個實線上級（{ $managers }）；請把次要的匯報線標為虛線
diag-reporting-cycle = 實線匯報關係形成了循環：{ $cycle }
diag-no-approver = 客戶方人員中未找到批准者（※）：請弄清由誰最後批准
diag-no-tie = 「{ $id }」與任何人都沒有關係：請補上其匯報、影響或認識的人
diag-no-tie-more = 另有 { $count } 位客戶方人員沒有任何關係

# 取值。$what 是取值類別的名稱（vocab-stance）；$value 是使用者寫的內容；
# $suggestion 是最接近的可用寫法，與使用者所用的文字（簡體、繁體或拉丁字母）一致。
value-unknown-suggest = 未知的{ $what }「{ $value }」：是不是「{ $suggestion }」？
value-unknown-expected = 未知的{ $what }「{ $value }」（可填：{ $expected }）
value-numbered = { $number } { $value }
value-out-of-range = { $what } { $value } 超出範圍（{ $lo }…{ $hi }）
value-not-whole-number = 「{ $value }」不是不小於 1 的整數
value-not-bool = 「{ $value }」不是「是」或「否」
value-bad-weight = 權重「{ $value }」不是不小於 0 的數
value-problems = { $first }；{ $rest }
value-list-item = 清單中有一項是{ $found }，應為文字
value-expected-found = 應為{ $expected }，實為{ $found }
value-expects-text = 文字
value-expects-id = 編號
value-expects-whole-number = 整數
value-expects-bool = 是或否
value-expects-list = 清單
value-expects-weight = 不小於 0 的數
value-found-list = 清單
value-found-object = 物件
value-found-string = 文字
value-found-number = 數字
value-found-bool = true/false
value-found-null = null
value-found-unread = 未讀取的文字
value-explain-expected = 應為文字或 {"{"}"en": "…", "zh": "…"{"}"}，實為{ $found }
value-explain-item = explain.{ $key } 是{ $found }，應為文字
value-explain-language = explain：未知的語言「{ $key }」（應為 en 或 zh）

# powermap check：有效地圖的概要。
check-valid = { $map }: 地圖有效
check-field = { $label }: { $value }
check-account = 客戶
check-opportunity = 項目
check-people = 人員
check-units = 部門
check-ties = 關係
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


