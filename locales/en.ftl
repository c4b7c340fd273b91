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

robust-duplicate-key = the field "{ $key }" is given again in this object; a JSON reader keeps only the last value, so the map is refused rather than read otherwise than you may think: keep one
robust-lone-surrogate = a lone surrogate escape (\ud800–\udfff not in a pair) is no character: this record and every record after it in { $list } cannot be read; write the character itself
robust-number-out-of-range = a number too large to read: this record and every record after it in { $list } cannot be read
robust-unreadable-record = this record cannot be read, nor any record after it in { $list }
robust-unclosed-quote = the quoted cell opened here is never closed, so every line after it would be read as part of this one cell: close the quote (a quote inside a cell is written "")
robust-too-big = the input is larger than { $limit }, the most powermap reads; to read it, raise the bound with --max-input (for example --max-input 8G) or the environment variable { $env }
robust-not-text = not a map: the file is not text (its first bytes hold a NUL byte); expected a .json file, a people.csv or a folder holding one
robust-output-is-input = will not write to { $path }: it is one of the maps this command reads; name another file with -o
robust-output-read-only = will not write to { $path }: the file is read-only; make it writable or name another file with -o
robust-output-failed = cannot write { $path }: { $reason }



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


