### powermap — 繁體中文詞條。
###
### powermap 輸出的每個字都來自這裡。每條是「鍵 = 文字」；`{ $name }` 是由 powermap
### 填入的參數（姓名、數字或另一條的文字）。翻譯時保留所有的鍵和參數；測試會檢查每種
### 語言的鍵和參數都一致。

## ─── Common words ───

list-separator = 、
severity-error = 錯誤
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

vocab-contact = 接觸
contact-open = 可接觸
contact-do-not-contact = 勿接觸

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
diag-unknown-format = 不是地圖：應為 .json 檔案、people.csv（人員.csv）或包含它的目錄，或活頁簿（.xlsx、.xlsm、.xls、.ods）
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
diag-ends-not-read = 有 { $count } 個關係端點不是已讀取的人員：{ $record } 及其後的所有記錄都無法讀取，修正後會再檢查這些端點
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

# 各部分標題與表頭。
report-section-decision-makers = 關鍵決策人
report-section-unreached = 未覆蓋的影響者
report-section-paths = 教練/引薦路徑
report-section-risks = 風險與缺口
report-section-next-steps = 下一步
report-column-person = 人員
report-column-title = 職稱
report-column-score = 得分
# 得分有多少基於地圖中的事實（issue 13）。
report-column-confidence = 把握
report-confidence-high = 高（{ $share }%）
report-confidence-medium = 中（{ $share }%）
report-confidence-low = 低（{ $share }%）
report-confidence-defaults = 按預設值：{ $inputs }
confidence-input-role = 角色
confidence-input-level = 職級
confidence-input-stance = 立場
confidence-input-governance = 治理結構
confidence-input-purchase-share = 採購占比
confidence-input-expertise = 技術專長
confidence-input-style = 管理風格
report-column-roles = 角色
report-column-stance = 立場
report-column-reach = 覆蓋
report-column-basis = 依據
report-column-sway = 影響
report-column-priority = 優先
report-column-sways = 影響誰
report-column-way-in = 引薦路徑
report-way-in-off-limits = 不可接觸：只走正當渠道
report-column-target = 目標
report-column-route = 路徑
report-column-reliability = 可靠度
report-column-steps = 每一步
report-column-severity = 嚴重度
report-column-risk = 風險
report-column-action = 行動
report-column-why = 原因
# 決策人得分的四個部分。
report-component-authority = 職權
report-component-role = 角色
report-component-influence = 影響力
report-component-bases = 四依據
# 每條下一步下面：為什麼要做。
report-step-why = 原因：{ $why }
report-hostile-route = 【經由敵對引薦人】
report-no-route = （現有關係中沒有路徑）
# HTML 報告。report-html-lang 是網頁的語言標記。
report-html-lang = zh-Hant
report-html-no-account = （未填寫客戶）
report-html-opportunity = 專案：{ $opportunity }
report-html-summary = 檢視：{ $view } · 顯示人數：{ $people } · 顯示關係：{ $ties }
report-html-view-org = 組織架構
report-html-view-influence = 影響關係
report-html-view-coverage = 覆蓋
report-html-view-full = 全圖
report-html-view-overview = 概覽
report-html-diagram = 關係圖
report-html-none = 無。
report-html-footer = 由 powermap 產生。
# (report-html: the static report's controls)
report-html-search = 搜尋人物
report-html-fit = 符合視窗
report-html-zoom-in = 放大
report-html-zoom-out = 縮小
report-html-any = 全部
report-html-reached = 已接觸
report-html-unreached = 未接觸
report-html-click-hint = 拖曳平移，滾輪縮放；點選人物或部門檢視詳情，點選表格中的路線或候選人，在圖上標亮。
report-html-routes-to = 通往此人的路線
report-html-close = 關閉
report-html-field-title = 職稱
report-html-field-unit = 部門
report-html-field-notes = 備註
report-html-unit-people = 人員
report-html-unit-key = 關鍵人物
# --to/--from 指定的 id 在地圖中找不到。
report-unknown-person = { $flag } { $id }：沒有人員使用這個 id
report-unknown-person-hint = { $flag } { $id }：沒有人員使用這個 id，是不是「{ $suggestion }」？

# 得分的依據（rank）。$who 是人名。
reason-level-top = 層級 1：最高層
reason-level = 層級 { $level }
reason-level-unknown = 層級未知：不在匯報線上
reason-below = 下屬 { $count } 人（含間接）
reason-no-role = 採購角色未知
reason-role = { $role }
reason-role-symbol = { $symbol } { $role }
reason-consulted-by = { $who } 聽取其意見（{ $strength }影響）
reason-sways-chain = 影響 { $who }（{ $strength }），後者影響決策
reason-sways-nobody = 未知其影響任何決策者
reason-bases-top = 治理結構{ $governance }、採購佔比{ $share }：決策上移
reason-bases-operating = 治理結構{ $governance }、採購佔比{ $share }：決策下移到業務決策者
reason-bases-balance = 治理結構{ $governance }而採購佔比{ $share }：兩者相抵
reason-lean-unknown = 專長與風格未知：假定會適度聽取評估者意見
reason-lean-none = 技術型、獨斷：自己拍板
reason-lean-strong = 倚重評估者（非技術型或民主型）
reason-lean-some = 會適度聽取評估者意見
reason-relied-on = { $who } 倚重其評估
reason-relative-shift = 相對變化：四依據改變了他人的權重
# 四依據沿匯報鏈移動決策（issue 13）。
reason-implied-holder = 地圖未寫批准者或決策者：暫按使用/評估部門的負責人由其決策
reason-chain-rises-to = 決策上移到 { $who }：此人更接近建議者
reason-chain-rises-from = 決策從 { $who } 上移到此人
reason-chain-falls-to = 決策下放到 { $who }：此處只把關（規則、審核）
reason-chain-falls-from = 決策從 { $who } 下放到此人
reason-head-office-gate = 總部：只把關（規則、供應商名錄、審核），不拍板

# 引薦路徑的一步：$from 把我們引薦給 $to；$introducer 是下面某條 route-introducer-*。
route-knows = { $from } 認識 { $to }{ $introducer }
route-manager-of = { $from } 是 { $to } 的上級{ $introducer }
route-reports-to = { $from } 向 { $to } 匯報{ $introducer }
route-sways = { $from } 影響 { $to }{ $introducer }
route-listens = { $to } 受 { $from } 影響{ $introducer }
route-introducer-ours = {""}
route-introducer-champion = ；{ $who } 立場{ stance-champion }（關係 { $stage }，{ $stage_name }）
route-introducer-supporter = ；{ $who } 立場{ stance-supporter }（關係 { $stage }，{ $stage_name }）
route-introducer-neutral = ；{ $who } 立場{ stance-neutral }（關係 { $stage }，{ $stage_name }）
route-introducer-unknown = ；{ $who } 立場{ stance-unknown }（關係 { $stage }，{ $stage_name }）
route-introducer-skeptic = ；{ $who } 立場{ stance-skeptic }，引薦有風險（關係 { $stage }，{ $stage_name }）
route-introducer-opponent = ；{ $who } 立場{ stance-opponent }，引薦有風險（關係 { $stage }，{ $stage_name }）

# 風險與缺口。
risk-severity-high = 高
risk-severity-medium = 中
risk-severity-low = 低
risk-no-approver = 未識別批准者（※）：不知道誰最後拍板
risk-decision-maker-unreached = { $who }：{ $holder ->
    [approver] 批准者（※）
    [decision_maker] 決策者（+）
   *[other] 關鍵決策人
}，{ $stage ->
    [0] 我方尚無任何關係
   *[other] 我方僅初步接觸（關係 { $stage }，{ $stage_name }）
}
risk-blocker = { $who }：有影響力的{ $stance }者{ $swayed_count ->
    [0] {""}
   *[other] ；影響 { $swayed }
}
risk-blocker-favors = { $who }：有影響力的{ $stance }者，傾向 { $favors }{ $swayed_count ->
    [0] {""}
   *[other] ；影響 { $swayed }
}
risk-single-threaded = 單線聯繫：我方所有關係都繫於 { $who } 一人
risk-one-supporter = 批准者（※）和決策者（+）中只有一位支持者：{ $who }
risk-no-supporter = 批准者（※）和決策者（+）中沒有支持者
risk-level-mismatch = { $who }（層級 { $level }）只由我方基層人員（{ $juniors }）接觸：將對將，請 { $executive } 出面
risk-powerless-champion = { $who }：教練，但對本次決策沒有影響力——可作資訊來源，不能指望其推動
risk-uncovered-unit = { $unit }：我方在此沒有任何熟人
risk-unknown-unit = { $unit }：尚不知此單位有誰
risk-off-limits = { $who } 不可接觸：不引薦、不拜訪；透過技術規格、客戶案例和評分標準爭取
risk-conflict = { $who } 與 { $other } 有矛盾：別讓 { $who } 去找 { $other }
# 資訊缺口（issue 13）。
risk-no-decision-holder = 未識別拍板人：地圖上既沒有批准者（※）也沒有決策者（+）
risk-context-unknown = { $what ->
    [governance] 治理結構未知：無法判斷決策是上移到高層還是留在下面
    [purchase_share] 採購占比未知：無法判斷決策是上移到高層還是留在下面
   *[both] 治理結構和採購占比都未知：無法判斷決策是上移到高層還是留在下面
}
risk-top-role-unknown = { $who } 排名第一，但採購角色未知：排名只靠職位推斷
risk-isolated-unit = { $unit }：與採購方沒有任何聯繫，不清楚它對本次採購的作用

# 下一步：做什麼（step-*）與原因（step-why-*）。$route 是人名，從我方開始。
step-ask-approver = 向 { $coach } 打聽誰最後拍板、決策流程如何（可靠度 { $reliability }）
step-find-approver = 查明誰最後拍板（可靠度 { $reliability }）
step-why-no-approver = 尚未識別批准者：決策可能在我們認識的人之上做出
step-introduce = 爭取引薦 { $who }：{ $route }（可靠度 { $reliability }）
step-why-unreached = 關鍵決策人（得分 { $score }），尚未建立關係
step-bring-round = 請 { $friend } 做 { $who } 的工作，並當面聽取其疑慮（可靠度 { $reliability }）
step-boss-brings-round = 請 { $who } 的上級 { $boss }（支持我們）出面做 { $who } 的工作（可靠度 { $reliability }）
step-meet-blocker = 拜訪 { $who }，聽取疑慮並用證據回應（可靠度 { $reliability }）
step-why-blocker = { $who } 傾向 { $favors }，可能阻撓決策
step-why-blocker-unknown = { $who } 傾向競爭對手，可能阻撓決策
step-arrange-meeting = 安排 { $executive } 拜會 { $who }（可靠度 { $reliability }）
step-exec-to-exec = 請 { $executive } 出面約見 { $who }，高層對高層：我方還沒有人認識他（可靠度 { $reliability }）
step-better-way-in = 現有路徑都太弱，另找接觸 { $who } 的途徑：{ $options }（可靠度 { $reliability }）
step-way-executive = 我方 { $executive } 出面約見
step-way-management = 請我方領導出面約見
step-way-partner = 請合作夥伴 { $partner } 引薦
step-way-reference = 請他信任的標竿客戶為我們說話
step-second-thread = 請 { $holder } 帶一位同事去見 { $who }，別讓整個客戶只繫於一人（可靠度 { $reliability }）
step-second-colleague = 請 { $holder } 把 { $colleague } 引薦給 { $who }，別讓整個客戶只繫於一人（可靠度 { $reliability }）
step-find-contact = 在 { $unit } 找到聯絡人（可靠度 { $reliability }）
step-ask-about-unit = 向 { $coach } 打聽 { $unit } 裡誰對這次採購有發言權，並請他引薦（可靠度 { $reliability }）
step-speak-for-us = 請 { $supporter } 向 { $who } 推薦我們（可靠度 { $reliability }）
step-why-supporter = { $supporter } 支持我們，且影響 { $who }（{ $strength }）
step-meet-influencer = 接觸 { $who }：{ $route }（可靠度 { $reliability }）
step-why-influencer = 影響 { $swayed }，尚未覆蓋
step-use-coach = 請 { $who } 當我們的教練：誰拍板、怎麼決策、什麼時候、按什麼標準（可靠度 { $reliability }）
step-why-coach = { $who } 是我們在這個客戶唯一的關係：先透過他摸清決策流程
step-legitimate = { $who } 不可接觸：透過正當管道贏得他——技術規格、他信得過的客戶案例和評分標準（可靠度 { $reliability }）
step-legitimate-spec = { $who } 不可接觸：透過正當管道贏得他——與 { $writer } 溝通技術規格，並準備客戶案例、對照評分標準（可靠度 { $reliability }）
step-mind-conflict = 別讓 { $who } 去找 { $other }：兩人有矛盾{ $via_route ->
    [1] ；改走 { $route }
   *[0] {""}
}（可靠度 { $reliability }）

# ── 客戶健康度、穩健性與客戶組合（src/analysis/health.rs、robust.rs、src/report/health.rs、src/portfolio.rs）
report-section-health = 客戶健康度
report-section-robustness = 穩健性與資訊價值
health-status-red = 紅燈
health-status-amber = 黃燈
health-status-green = 綠燈
health-status-line = { $status } · 覆蓋度 { $coverage }
health-rule-red = 紅燈：關鍵人物中沒有支持者（{ $players }）
health-rule-amber-holders = 黃燈：關鍵人物中有支持者（{ $supporters }），但都不掌握決策權（※批准者或+決策者）
health-rule-amber-against = 黃燈：{ $who } 掌握決策權並支持我們，但同樣掌握決策權的 { $against } 不支持我們
health-rule-amber-levels = 黃燈：{ $who } 掌握決策權並支持我們，但第 { $levels } 層還沒有我們接觸到的人{ $count ->
    [one] {""}
   *[other] {""}
}
health-rule-green = 綠燈：{ $who } 掌握決策權並支持我們，沒有掌握決策權的人反對，且每一層都有我們接觸到的人
health-coverage = 覆蓋度 { $score }：關鍵人物已接觸 { $reached }/{ $key }，有接觸的組織層級 { $covered }/{ $levels }
health-legend = 規則：紅燈 = 關鍵人物（排名靠前的人選及所有※、+角色）中沒有支持者；黃燈 = 有支持者，但沒有支持我們的決策權人，或有決策權人不支持，或某一層無人接觸；綠燈 = 有支持我們的決策權人、無決策權人反對，且每一層都有接觸
stability-header = 對 { $unknowns } 項未知資訊抽樣 { $draws } 次（種子 { $seed }；立場、角色和未寫明的關係強度按 docs/analysis.md 中的範圍抽取）
stability-no-unknowns = 抽樣會變動的資訊在地圖中都已寫明：建議不依賴任何猜測
stability-top = { $who } 在 { $top3 }% 的抽樣中位列前三，{ $first }% 排第一
stability-advice = 在 { $kept }% 的抽樣中，建議（首要人選和第一步行動）不變
stability-fact-line = 值得先弄清：{ $fact } —— 建議的不確定性有 { $share }% 取決於它
stability-no-fact = 沒有哪一項未知資訊會明顯改變建議
stability-skipped = 未執行：本地圖有 { $people } 人，超過 { $limit } 人時預設不抽樣；可用 --draws N 指定抽樣次數
stability-fact-stance = { $who } 的立場
stability-fact-role = { $who } 的採購角色
stability-fact-knows = { $a } 和 { $b } 的熟悉程度
stability-fact-sway = { $a } 對 { $b } 的影響有多大
step-learn-fact = 先弄清 { $fact }
step-why-learn-fact = 建議的不確定性有 { $share }% 取決於這一項資訊
portfolio-title = 客戶組合：{ $dir } 中的 { $accounts } 個客戶
portfolio-summary = 紅燈 { $red } · 黃燈 { $amber } · 綠燈 { $green } · 無法讀取 { $unreadable }
portfolio-column-account = 客戶
portfolio-column-health = 健康度
portfolio-column-coverage = 覆蓋度
portfolio-column-top-risk = 首要風險
portfolio-column-next-step = 第一步行動
portfolio-column-map = 檔案
portfolio-column-error = 錯誤
portfolio-unreadable = 無法讀取的地圖
portfolio-none = （無）
portfolio-refused = { $errors } 個錯誤；第一個：{ $first }
# 針對資訊缺口的下一步（issue 13）。
step-ask-who-decides = 向 { $coach } 打聽誰拍板、怎麼決策：誰批准（※）、誰決策（+）、流程如何（可靠度 { $reliability }）
step-ask-role = 向 { $coach } 打聽 { $who } 在本次決策中的角色和決策方式（可靠度 { $reliability }）
step-ask-context = 向 { $coach } 了解這類決策在哪一級做出（高層還是下面），以及本次採購的分量（可靠度 { $reliability }）
step-ask-unit = 向 { $coach } 了解 { $unit } 與本次採購有什麼關係（可靠度 { $reliability }）
step-find-coach = 先發展一位內線，弄清誰拍板、怎麼決策（可靠度 { $reliability }）
step-why-manages = 是 { $managed } 的上級，尚未覆蓋
step-why-influencer-manages = 影響 { $swayed }，是 { $managed } 的上級，尚未覆蓋


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
diagram-no-unit = 未歸屬部門
overview-card-count = { $people } 人
overview-card-people = { $people } 人 · 已覆蓋 { $reached }
overview-card-all = （含下屬共 { $all }）
overview-card-undrawn = 另有 { $count } 條跨部門關係未畫出
overview-link-tooltip = { $a } – { $b }：{ $kind } ×{ $count }
overview-link-tooltip-directed = { $a } – { $b }：{ $kind } ×{ $count }（{ $a } 發出 { $forward }，{ $b } 發出 { $back }）
legend-overview-card = 每個框是一個部門：名稱、人數、我方已覆蓋的人數、分析得出的關鍵人（★ 關鍵決策人候選）
legend-overview-stance = 關鍵人：立場（方塊）
legend-overview-unreached = 虛線框：該部門尚無人被我方覆蓋
legend-overview-structure = 上級部門在下屬部門之上
legend-overview-link = 部門之間的{ $kind }（×N 條）
legend-overview-undrawn = 部門之間共 { $links } 條連線，畫出 { $drawn } 條（關係多的優先）；其餘計在各部門框內
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
# --engine layout-rs refused a scene above its size limits.
diagram-error-layoutrs-too-big = --engine layout-rs 最多能畫 { $max_people } 人、{ $max_ties } 條關係，這張圖在此檢視下有 { $people } 人、{ $ties } 條關係。請改用 --engine builtin（不限大小），或用 --view org、--around ID --depth N 只畫其中一部分


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
# grade: found items as a count, template leftovers, the class report
grade-found-count = 答對：{ $count } 項（加 --verbose 逐項列出）
grade-leftover = { $what } 還是範本裡的範例（{ $sample }）：請換成客戶的真實資料，或刪除
class-summary = 全班成績：{ $count } 名學員，平均 { $mean } / 100
class-col-trainee = 學員
class-col-total = 總分
class-col-count = 人數
class-col-mistake = 錯誤
class-col-explain = 講解重點
class-heading-mistakes = 最常見的錯誤
class-no-mistakes = 無：答案要求的內容沒有人漏掉或畫錯
class-count = { $of } 人中 { $count } 人
class-missing = 漏畫：{ $what }
class-wrong = { $what }：{ $section }有誤
class-failed = 低於及格線 { $pass }：{ $who }
class-all-passed = 全部達到及格線 { $pass }
class-sheet-scores = 成績
class-sheet-mistakes = 常見錯誤
cli-grade-not-graded = { $count } 份答卷無法評分：{ $who }
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
diff-path-unlisted = 不再列為目標
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

# diff：部門、風險、路徑是斷了還是只是排到了後面（diff-names）
diff-heading-units = 部門
diff-heading-risks = 風險
diff-unit-added = { $unit } 新增
diff-unit-gone = { $unit } 撤銷
diff-unit-renamed = { $unit }：原名 { $from }
diff-unit-moved = { $unit }：從 { $from } 下調到 { $to } 下
diff-unit-renamed-moved = { $unit }：原名 { $old_name }，從 { $from } 下調到 { $to } 下
diff-unit-top = （頂層）
diff-risk-added = 新風險 [{ $severity }]：{ $risk }
diff-risk-gone = 風險解除 [{ $severity }]：{ $risk }
diff-route-kept = 原路徑 { $route } 仍然走得通（{ $reliability }），只是不再是最佳
diff-route-person-gone = 原路徑斷了：{ $who } 已不在圖中
diff-route-hop-gone = 原路徑斷了：{ $from } 已無法再引薦 { $to }


## ─── Command line: notes on stderr, usage ───
## (section: cli)

cli-embedded-map = 未指定 MAP；使用內建的華北電網案例 { $name }
cli-stdout = 寫入標準輸出
cli-unknown-person = { $flag } { $id }：沒有這個編號的人員
cli-unknown-person-hint = { $flag } { $id }：沒有這個編號的人員；你是不是要找 "{ $suggestion }"？
cli-render-no-path = 透過已知的關係找不到通往 "{ $id }" 的引薦路徑；圖中不畫路徑
cli-render-overview = 此圖有 { $people } 人（超過 { $limit }）：畫的是概覽（部門、人數、部門之間的關係數）；要畫出每個人請用 --view full
cli-render-overview-builtin = Graphviz 會把概覽畫成一長條，所以概覽由內建引擎畫成適合頁面的形狀；要給 Graphviz 用的 DOT 請用 --format dot
cli-grade-key = 答案 { $path }
cli-grade-attempt = 作答 { $path }
cli-grade-no-key = 請用 --key KEY 或 --exercise NAME 指定答案


## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)

robust-duplicate-key = 此物件中欄位「{ $key }」重複出現；JSON 讀取時只保留最後一個值，為免與您的本意不符，拒絕讀取此地圖：請只保留一個
robust-lone-surrogate = 不成對的代理字元跳脫（\ud800–\udfff）不是任何字元：此筆記錄及 { $list } 中其後的所有記錄都無法讀取；請直接寫出該字元
robust-number-out-of-range = 數字太大，無法讀取：此筆記錄及 { $list } 中其後的所有記錄都無法讀取
robust-unreadable-record = 此筆記錄及 { $list } 中其後的所有記錄都無法讀取
robust-too-big = 輸入超過 { $limit }，即 powermap 讀取的上限；如需讀取，請用 --max-input 提高上限（例如 --max-input 8G），或設定環境變數 { $env }
robust-not-text = 不是地圖：此檔案不是文字檔（開頭含有 NUL 位元組）；應為 .json 檔案、people.csv 或包含它的資料夾
robust-output-is-input = 不寫入 { $path }：它是此指令讀取的地圖之一；請用 -o 指定另一個檔案
robust-output-read-only = 不寫入 { $path }：此檔案是唯讀的；請將它設為可寫入，或用 -o 指定另一個檔案
robust-output-failed = 無法寫入 { $path }：{ $reason }



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
sheet-map-found = 未指定地圖；使用此資料夾中唯一的地圖 { $file }
sheet-map-built-in = 未指定地圖；使用內建的華北電網案例 { $name }



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
sheet-head-contact = 接觸
sheet-note-contact = 留空；不能去接觸的人（抽中的評標專家、紀檢監察）填「勿接觸」：任何引薦路徑和下一步都不會找他或經過他。
sheet-note-unit-contact = 留空；整個部門（含下級部門）都不能接觸時填「勿接觸」（評標專家組、紀檢監察）。
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
sheet-plan-confidence = 把握
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
# 計劃中的健康度、穩健性工作表，以及客戶組合活頁簿。
sheet-plan-health = 健康度
sheet-plan-robustness = 穩健性
sheet-plan-status = 狀態
sheet-plan-coverage = 覆蓋度
sheet-plan-rule = 規則
sheet-plan-coverage-detail = 覆蓋明細
sheet-plan-item = 項目
sheet-plan-top3 = 位列前三的比例
sheet-plan-first = 排第一的比例
sheet-plan-value = 弄清它的價值
sheet-portfolio = 客戶組合
sheet-portfolio-unreadable = 無法讀取的地圖

## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)
picture-no-font = 沒有已安裝的字型包含這張地圖用到的 { $count } 個字（{ $letters }），畫出來會是空白方框。請安裝包含這些字的字型——中文姓名可用 Debian 的 fonts-noto-cjk 或 fonts-wqy-microhei（apt-get install fonts-noto-cjk）——或用 --font-dir 指定字型所在的資料夾。
picture-too-many-pixels = 這張 PNG 會有 { $width } × { $height } 像素，超過 powermap 能畫的上限（{ $limit } 百萬像素）。請用較小的 --scale 或 --dpi、--fit slide，或用 --around ID 只畫地圖的一部分。
picture-png-pages = 用 { $paper ->
    [a4] A4 紙
    [a3] A3 紙
   *[other] { $paper }
}，這張地圖要 { $pages } 頁才能讓文字不小於 7 點，而一張 PNG 只有一頁。請用 --format pdf 輸出多頁，用 --fit slide 畫成一張圖，或用 --around ID 只畫一部分。
picture-failed = 繪圖失敗：{ $detail }
picture-cut = 為了讓文字不小於 7 點，地圖被分成 { $pages } 頁 { $paper ->
    [a4] A4 紙
    [a3] A3 紙
   *[other] { $paper }
}；每頁都有圖例，頁首寫明這一頁的位置（列、欄）。
picture-small-text = 一張投影片上最小的字只有 { $size } 點，小於 7 點就難以看清。要畫得清楚，請用 --around ID 只畫地圖的一部分，或用 --format pdf --fit a4 分多頁列印。
picture-png-reduced = 為了不超過 { $limit } 百萬像素，這張 PNG 以 { $dpi } dpi 繪製；可用 --scale 或 --dpi 指定其他尺寸。
picture-page = 第 { $page } 頁，共 { $pages } 頁 · 第 { $row } 列，第 { $col } 欄
picture-binary-to-terminal = { $format } 圖片是二進位資料，不會輸出到終端機：請加 -o 檔案（例如 -o map.{ $format }），或重新導向到檔案。
picture-option-needs-picture = { $option } 用來設定 PNG 或 PDF 圖片的尺寸：請與 --format png 或 --format pdf 一起使用。
picture-dpi-not-for-pdf = --dpi 設定 PNG 的像素；PDF 是向量圖，任何尺寸列印都清晰。請用 --fit a4、a3 或 slide 選擇頁面，或用 --scale 設定大小。
picture-scale-with-fit-pdf = 用了 --fit 時，PDF 的大小由紙張決定：請去掉 --scale（它只在沒有 --fit 時設定 PDF 的大小，以及 PNG 的像素）。

## ─── Exercises: the pack's hint levels and start maps ───
## (section: exercises)
exercise-hint-no-start = 練習 { $name } 從空白開始，沒有起始關係圖（只有對比練習才有）



## ─── Workspace: powermap serve and powermap whatif ───
## (section: workspace)

whatif-bad-set = 看不懂假設「{ $text }」：請寫成 ID.欄位=值，例如 liu.stance=supporter
whatif-bad-tie = 看不懂關係「{ $text }」：請寫成 起點,終點,類型，可加強度 1–3，例如 zhao,liu,knows,2
whatif-bad-context = 看不懂背景「{ $text }」：請寫成 欄位=值，例如 governance=centralized
whatif-unknown-person = 地圖裡沒有人員「{ $id }」
whatif-unknown-field = 人員沒有欄位「{ $field }」（可用：name、title、unit、side、level、roles、stance、favors、relationship、expertise、style、adaptability、interests、contact、notes）
whatif-unknown-context = 背景沒有欄位「{ $field }」（可用：governance、purchase_share）
whatif-no-such-tie = 「{ $from }」與「{ $to }」之間沒有關係
whatif-no-such-tie-kind = 「{ $from }」與「{ $to }」之間沒有「{ $kind }」關係
whatif-refused = 依照這些假設，地圖將無法通過檢查（問題見上）
whatif-assumed = 依你的假設修改後的地圖
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
serve-save-form = 工作臺無法按原格式寫回 { $file }（TSV、.xls、.xlsm、.ods）；修改會一直保留到關閉工作臺，可用 `powermap export` 匯出。
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

# (serve: training mode, CSV and workbook saves)
serve-not-training = 此工作臺不在訓練模式；請用 `powermap serve --exercise 練習名` 啟動。
serve-no-class = 本次訓練沒有班級資料夾；用 `--class 資料夾` 啟動，才能儲存每位學員的作答。
serve-bad-trainee = 「{ $name }」不能用作學員姓名：請只用文字、數字、空格、- 或 _（最多 { $max } 個字元，開頭和結尾不能是點）。
serve-class-full = 本班已有 { $max } 位學員；人數更多請再啟動一個工作臺。
serve-class-dir = 無法建立班級資料夾 { $dir }
serve-case = 案例
serve-grade = 提交評分
serve-grade-result = 得分與講評
serve-your-name = 你的姓名
serve-start-drawing = 開始
serve-trainee-as = 目前學員
serve-attempt-saved = 你的作答已儲存，講師可以批改。
serve-training-help = 按案例畫出客戶組織結構分析圖：新增部門和人物，從一個人拖到另一個人建立關係，然後提交評分。
serve-edit-unit = 編輯部門
serve-remove-unit = 刪除部門
serve-units = 部門
serve-collapse = 收合
serve-expand = 展開
serve-collapse-all = 全部收合
serve-expand-all = 全部展開
serve-collapsed-note = 地圖較大：各部門先收合顯示。點選部門框，或用「全部展開」。
