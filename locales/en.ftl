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
# Reading workbooks and spreadsheets (src/load/workbook.rs, csv.rs, by_name.rs, sniff.rs)
sheet-unclosed-quote = a quote (") opens a cell here and is never closed, so every row after it was read as part of this cell: close the quote or remove it
sheet-encrypted = the workbook is encrypted (protected by a password to open): save a copy without the password (File › Info › Protect Workbook) and give that
sheet-corrupt = the workbook cannot be read; it may be damaged or not really a workbook ({ $detail }): open it in Excel or WPS and save it again
sheet-hidden = the sheet "{ $sheet }" is hidden and is ignored: unhide it if it is part of the map
sheet-duplicate = the sheet "{ $sheet }" is a second "{ $first }" sheet and is ignored
sheet-no-people = the workbook has no people sheet (人员): name the sheet of people "people" or "人员" (sheets found: { $sheets })
sheet-unknown = the sheet "{ $sheet }" is not part of a map and is ignored (a map's sheets: people/人员, ties/关系, units/部门, account/客户)
sheet-unknown-like = the sheet "{ $sheet }" is not part of a map and is ignored: did you mean "{ $like }"?
sheet-cell-error = the cell holds the error value { $value } (a formula that failed) and is read as empty
sheet-no-header = this cell has no header above it and is ignored: give its column a header
sheet-name-as-id = "{ $name }" is a name, not an id: read as "{ $id }", the one person of that name (write the id to be sure)
sheet-not-a-map = this is { $what }, not a map: give a .json map, a people.csv (人员.csv) or a directory holding one, or a workbook (.xlsx, .xls, .ods)
sheet-kind-word = a Word document
sheet-kind-slides = a PowerPoint presentation
sheet-kind-odf = an OpenDocument text or presentation
sheet-kind-pdf = a PDF
sheet-kind-image = a picture
sheet-kind-zip = a zip archive (unpack it and give the map inside)
sheet-kind-ole = an old Office file that is not a workbook
sheet-map-found = powermap: no MAP given; using { $file }, the one map in this directory
sheet-map-built-in = powermap: no MAP given; using the built-in North China grid case, { $name }



# Writing workbooks and spreadsheets (src/sheets): sheet names, headers the loader reads back
sheet-name-people = people
sheet-name-ties = ties
sheet-name-units = units
sheet-name-account = account
sheet-list-separator = ;{" "}
sheet-yes = yes
sheet-no = no
sheet-head-id = id
sheet-head-name = name
sheet-head-title = title
sheet-head-unit = unit
sheet-head-side = side
sheet-head-level = level
sheet-head-roles = roles
sheet-head-stance = stance
sheet-head-favors = favors
sheet-head-relationship = relationship
sheet-head-expertise = expertise
sheet-head-style = style
sheet-head-adaptability = adaptability
sheet-head-interests = interests
sheet-head-notes = notes
sheet-head-reports-to = reports_to
sheet-head-from = from
sheet-head-to = to
sheet-head-kind = kind
sheet-head-strength = strength
sheet-head-dotted = dotted
sheet-head-unit-name = name
sheet-head-parent = parent
sheet-head-field = field
sheet-head-value = value
sheet-head-optional = optional
sheet-field-account = account
sheet-field-opportunity = opportunity
sheet-field-competitors = competitors
sheet-field-governance = governance
sheet-field-purchase-share = purchase share
# Header notes: what goes in each column
sheet-note-person-id = A short unique id for the person (letters or digits), used in the reports_to column and on the ties sheet. Required.
sheet-note-name = The person's name as you call them (Mr. Zhang, Engineer Li).
sheet-note-title = Their job title.
sheet-note-unit = The id or the name of their unit on the units sheet.
sheet-note-side = Whose side: customer (leave empty), ours (our own people: they are where introduction routes start), partner or competitor.
sheet-note-level = Rank, 1 = top executive, 2 = the level below, and so on.
sheet-note-roles = Their roles in this purchase; several separated by ; or / (approver ※, decision maker +, evaluator =, user -, influencer, gatekeeper, spec writer).
sheet-note-stance = Their stance toward us: champion (+2), supporter (+1), neutral (0), skeptic (-1), opponent (-2); empty if not known yet.
sheet-note-favors = The competitor they lean toward, if any.
sheet-note-relationship = Our relationship with them: none (0), acquainted (1), engaged (2), trusted (3), allied (4).
sheet-note-expertise = Decision makers: technical, business or general.
sheet-note-style = Decision makers: directive, consultative or delegating.
sheet-note-adaptability = Attitude to change: innovator, visionary, pragmatist, conservative, laggard.
sheet-note-interests = What they want from this purchase, several separated by ; (quality, price, delivery, recognition …).
sheet-note-notes = Anything worth remembering about them.
sheet-note-reports-to = The id of their manager (several separated by ;): a solid reporting line.
sheet-note-from = The id of the person the tie starts from (for reports to: the subordinate; for influences: the one who sways).
sheet-note-to = The id of the person the tie goes to.
sheet-note-tie-kind = reports to, influences, knows (a personal acquaintance, both ways: what introduction routes use) or conflict.
sheet-note-strength = How strong: weak (1), medium (2, if empty) or strong (3).
sheet-note-dotted = yes for a dotted reporting line (a functional, not a line manager).
sheet-note-tie-note = What the tie is about.
sheet-note-unit-id = A short unique id for the unit, used in the people sheet's unit column.
sheet-note-unit-name = The unit's name.
sheet-note-parent = The id of the unit it belongs to, empty at the top.
sheet-note-unit-kind = department, subsidiary, external or committee.
sheet-note-field = account, opportunity, competitors, governance (centralized, balanced, decentralized) or purchase share (major, normal, minor).
sheet-note-value = The field's value; competitors separated by ;.
sheet-note-optional = Answer keys: yes if a trainee who misses it loses nothing.
# Redacted copies (export --redact)
sheet-redact-person = { $side } { $code }
sheet-redact-title = title { $n }
sheet-redact-note = note { $n }
sheet-redact-unit = unit { $code }
sheet-redact-competitor = competitor { $code }
sheet-redact-account = the customer
sheet-redact-opportunity = the opportunity

# Export and the analysis workbook
sheet-export-exists = { $path } already exists; nothing was written (remove it or choose another path)
sheet-export-wrote = wrote { $path }
sheet-export-grading-lost = note: spreadsheets keep an answer key's optional marks but not its explanations or section weights; export to JSON to keep them
sheet-plan-needs-output = --format xlsx writes a workbook: name the file with -o, e.g. -o plan.xlsx
sheet-plan-decision-makers = decision makers
sheet-plan-unreached = unreached
sheet-plan-paths = routes
sheet-plan-risks = risks
sheet-plan-next-steps = next steps
sheet-plan-rank = #
sheet-plan-name = name
sheet-plan-score = score
sheet-plan-authority = authority
sheet-plan-role = role
sheet-plan-influence = influence
sheet-plan-bases = bases
sheet-plan-reach = reach
sheet-plan-why = why
sheet-plan-priority = priority
sheet-plan-sways = sways
sheet-plan-way-in = best way in
sheet-plan-reliability = reliability
sheet-plan-target = target
sheet-plan-route = route
sheet-plan-hostile = hostile introducer
sheet-plan-severity = severity
sheet-plan-severity-high = high
sheet-plan-severity-medium = medium
sheet-plan-severity-low = low
sheet-plan-risk = risk
sheet-plan-people = people
sheet-plan-action = action
sheet-plan-via = via
sheet-plan-owner = owner
sheet-plan-due = due date
sheet-plan-done = done
sheet-plan-none = (none)

## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


