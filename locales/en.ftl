### powermap — English catalog.
###
### Every word powermap prints comes from here. A message is `key = words`; `{ $name }`
### is a parameter filled in by powermap (a name, a number, a value from another
### message). Keep every key and every parameter when translating; the tests check that
### each language has the same keys with the same parameters.

## ─── Common words ───

list-separator = {", "}
severity-error = error
raw-text = { $text }
severity-warning = warning

## ─── Vocabulary: the map format's values ───

vocab-governance = governance
governance-centralized = centralized
governance-balanced = balanced
governance-decentralized = decentralized

vocab-purchase-share = purchase share
purchase-share-major = major
purchase-share-normal = normal
purchase-share-minor = minor

vocab-unit-kind = unit kind
unit-kind-department = department
unit-kind-subsidiary = subsidiary
unit-kind-external = external
unit-kind-committee = committee

vocab-side = side
side-customer = customer
side-ours = ours
side-partner = partner
side-competitor = competitor

vocab-role = role
role-approver = approver
role-decision-maker = decision maker
role-evaluator = evaluator
role-user = user
role-influencer = influencer
role-gatekeeper = gatekeeper
role-spec-writer = spec writer

vocab-stance = stance
stance-champion = champion
stance-supporter = supporter
stance-neutral = neutral
stance-skeptic = skeptic
stance-opponent = opponent
stance-unknown = unknown

vocab-relationship = relationship
relationship-none = none
relationship-acquainted = acquainted
relationship-engaged = engaged
relationship-trusted = trusted
relationship-allied = allied

vocab-expertise = expertise
expertise-technical = technical
expertise-business = business
expertise-general = general

vocab-style = style
style-directive = directive
style-consultative = consultative
style-delegating = delegating

vocab-adaptability = adaptability
adaptability-innovator = innovator
adaptability-visionary = visionary
adaptability-pragmatist = pragmatist
adaptability-conservative = conservative
adaptability-laggard = laggard

vocab-interest = interest
interest-quality = quality
interest-price = price
interest-supplier-quality = supplier quality
interest-delivery = delivery
interest-terms = terms
interest-security = security
interest-recognition = recognition
interest-achievement = achievement
interest-respect = respect
interest-power = power
interest-money = money

vocab-tie-kind = tie kind
tie-kind-reports-to = reports to
tie-kind-influences = influences
tie-kind-knows = knows
tie-kind-conflict = conflict

vocab-strength = strength
strength-weak = weak
strength-medium = medium
strength-strong = strong

vocab-section = grading section
section-people = people
section-units = units
section-reporting = reporting
section-influence = influence
section-roles = roles
section-stances = stances
section-relationships = relationships

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
picture-no-font = No installed font has { $count ->
    [one] the letter
   *[other] { $count } of the letters
} used in this map ({ $letters }), so they would print as empty boxes. Install a font that covers them — for Chinese names Debian's fonts-noto-cjk or fonts-wqy-microhei (apt-get install fonts-noto-cjk) — or point --font-dir to a folder of fonts.
picture-too-many-pixels = The PNG would be { $width } × { $height } pixels, more than the { $limit } million powermap draws. Use a smaller --scale or --dpi, --fit slide, or draw part of the map with --around ID.
picture-png-pages = On { $paper ->
    [a4] A4
    [a3] A3
   *[other] { $paper }
} this map needs { $pages } pages to keep its text at 7 pt or larger, and a PNG holds one page. Use --format pdf for the pages, --fit slide for one picture, or --around ID for part of the map.
picture-failed = Drawing the picture failed: { $detail }
picture-cut = The map is cut into { $pages } { $paper ->
    [a4] A4
    [a3] A3
   *[other] { $paper }
} pages so that no text is smaller than 7 pt; each page carries the legend, and its header says where the page goes (row, column).
picture-small-text = On one slide the smallest text is { $size } pt, hard to read below 7 pt. For a readable picture draw part of the map with --around ID, or print it on several pages with --format pdf --fit a4.
picture-png-reduced = The PNG is drawn at { $dpi } dpi to stay under { $limit } million pixels; ask for another size with --scale or --dpi.
picture-page = Page { $page } of { $pages } · row { $row }, column { $col }
picture-binary-to-terminal = A { $format } picture is binary and is not written to a terminal: add -o FILE (for example -o map.{ $format }), or redirect it into a file.
picture-option-needs-picture = { $option } sets the size of a PNG or PDF picture: use it with --format png or --format pdf.
picture-dpi-not-for-pdf = --dpi sets the pixels of a PNG; a PDF is drawn in vectors and prints sharp at any size. Choose its page with --fit a4, a3 or slide, or its size with --scale.
picture-scale-with-fit-pdf = With --fit the paper sets the size of a PDF: leave out --scale (it sizes a PDF without --fit, and a PNG's pixels).


