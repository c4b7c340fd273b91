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


