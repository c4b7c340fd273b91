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



## ─── Workspace: powermap serve and powermap whatif ───
## (section: workspace)

whatif-bad-set = cannot read the assumption "{ $text }": write ID.FIELD=VALUE, e.g. liu.stance=supporter
whatif-bad-tie = cannot read the tie "{ $text }": write FROM,TO,KIND with an optional strength 1–3, e.g. zhao,liu,knows,2
whatif-bad-context = cannot read the context "{ $text }": write FIELD=VALUE, e.g. governance=centralized
whatif-unknown-person = there is no person "{ $id }" in the map
whatif-unknown-field = a person has no field "{ $field }" (name, title, unit, side, level, roles, stance, favors, relationship, expertise, style, adaptability, interests, notes)
whatif-unknown-context = the context has no field "{ $field }" (governance, purchase_share)
whatif-no-such-tie = there is no tie between "{ $from }" and "{ $to }"
whatif-no-such-tie-kind = there is no tie of kind "{ $kind }" between "{ $from }" and "{ $to }"
whatif-refused = with these assumptions the map would be refused (see the problems above)
whatif-assumed = the map with your assumptions
whatif-risks-cleared = Risks cleared
whatif-risks-added = Risks added
serve-listening = The workspace is open at { $url } (stop it with Ctrl+C)
serve-open-network = warning: listening on { $addr }, beyond this computer: anyone on the network who has the printed address, token included, can read and edit this map
serve-bad-host = Refused: this page is served for this computer's own address only.
serve-bad-origin = Refused: the request came from another site.
serve-need-token = Refused: open the address printed by `powermap serve`, with its token.
serve-need-json = Refused: changes are sent as JSON.
serve-too-large = Refused: the request is too large.
serve-internal = Something went wrong inside the workspace; nothing was changed. Please report it.
serve-bad-request = The request could not be read: { $reason }
serve-bad-method = This address does not take that kind of request.
serve-no-such-page = There is no such page.
serve-edit-refused = The change was not made: the map would have these problems.
serve-no-person = There is no person "{ $id }" in the map.
serve-no-unit = There is no unit "{ $id }" in the map.
serve-no-tie = There is no tie number { $id } in the map.
serve-bad-field = "{ $field }" is not a field that can be changed here.
serve-read-failed = Cannot read { $file }: { $reason }
serve-save-failed = Cannot save { $file }: { $reason }
serve-save-csv = Maps read from CSV files cannot be saved from the workspace yet; the edits stay here until you close it.
serve-save-builtin = The built-in case has no file to save to; start `powermap serve` with a map file to save edits.
serve-your-edits = your edits
serve-title = powermap workspace
serve-search = Find a person…
serve-fit = Fit
serve-zoom-in = Zoom in
serve-zoom-out = Zoom out
serve-undo = Undo
serve-redo = Redo
serve-save = Save
serve-saved = All changes saved
serve-unsaved = Unsaved changes
serve-filter-unit = Unit
serve-filter-role = Role
serve-filter-stance = Stance
serve-filter-reach = Reached
serve-filter-any = all
serve-reached = reached
serve-unreached = not reached
serve-person = Person
serve-edit-person = Edit
serve-apply = Apply
serve-remove-person = Remove this person
serve-add-person = Add a person
serve-add-unit = Add a unit
serve-new-id = Id (letters, digits, no spaces)
serve-new-name = Name
serve-parent-unit = Inside unit
serve-unit-none = (none)
serve-ties = Ties
serve-remove = Remove
serve-new-tie = New tie
serve-tie-from-to = From { "{" }from{ "}" } to { "{" }to{ "}" }
serve-create = Create
serve-cancel = Cancel
serve-score = Score
serve-routes = Ways in
serve-risks-about = Risks
serve-none = none
serve-problems = Problems
serve-whatif = What if…
serve-whatif-help = In what-if mode, changes you make are assumptions: nothing is saved until you press Apply.
serve-whatif-apply = Apply as edits
serve-whatif-clear = Clear assumptions
serve-whatif-empty = No assumptions yet: change a stance or draw a tie.
serve-whatif-moves = What moves
serve-risks-cleared = Risks cleared
serve-risks-added = Risks added
serve-changed-on-disk = The file changed on disk since you opened it. Here is what differs from your version:
serve-overwrite = Save mine anyway (theirs is kept in the history)
serve-reload = Discard mine and load theirs
serve-leave-warning = You have unsaved changes.
serve-account = Account
serve-drag-hint = Drag from one person to another to draw a tie.
serve-light-up = Show on the diagram
serve-save-failed-title = Not saved
serve-field-name = Name
serve-field-title = Title
serve-field-unit = Unit
serve-field-notes = Notes
serve-field-level = Level (1 = top)
serve-report = Report
serve-snapshot-kept = Saved. The previous version is kept in { "{" }file{ "}" }.
