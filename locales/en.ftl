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

legend-title = Legend
legend-stance = Stance (fill)
legend-roles = Roles: ※ approver · + decision maker · = evaluator · - user
legend-relationship = Border: our relationship R0…R4 (thicker = closer)
legend-reports-to = reports to
legend-dotted-report = dotted-line report
legend-influences = influences (width = strength)
legend-knows = knows
legend-conflict = conflict
legend-top = ★ top decision-maker candidate
legend-path = coach path (bold)
legend-unreached = not reached by us (dashed border)
diagram-our-side = Our side
diagram-others = Partners and competitors
diagram-empty = (empty map: no people)
# The relationship stage in a person's box: R0 … R4.
diagram-badge-stage = R{ $stage }
# The tooltip of a line in an SVG diagram.
diagram-tie-tooltip = { $from } → { $to } ({ $kind })
diagram-tie-tooltip-note = { $from } → { $to } ({ $kind }): { $note }
diagram-error-io = writing the diagram: { $error }
diagram-error-layout = laying out the diagram failed: { $error }
diagram-error-dot-missing = --engine graphviz needs Graphviz's `{ $program }` program, which was not found; install graphviz or use --engine builtin
diagram-error-dot-run = cannot run `{ $program }`: { $error }
diagram-error-dot-talk = cannot talk to `{ $program }`
diagram-error-dot-timeout = `{ $program }` was stopped after { $seconds } s without finishing; this map is too large for Graphviz in this view: use --engine builtin, --view org, or --around ID
diagram-error-dot-wait = waiting for `{ $program }`: { $error }
diagram-error-dot-read = reading `{ $program }` output failed
diagram-error-dot-read-io = reading `{ $program }` output: { $error }
diagram-error-dot-write = writing to `{ $program }` failed
diagram-error-dot-write-io = writing to `{ $program }`: { $error }
diagram-error-dot-failed = `{ $program } -Tsvg` failed ({ $status }): { $messages }


## ─── Training: grade, diff, exercises, init ───
## (section: training)

# grade: the text and Markdown report
grade-score = Score: { $total } / 100
grade-pass = pass mark { $pass }: { $passed ->
    [yes] passed
   *[no] not passed
}
grade-points = ({ $earned } / { $possible }, weight { $weight })
grade-col-section = Section
grade-col-score = Score
grade-col-points = Points
grade-col-weight = Weight
grade-heading-wrong = Wrong
grade-heading-missing = Missing
grade-heading-extra = Extra
grade-heading-found = Found
# grade: what a feedback item is about
grade-tie = { $from } { $arrow } { $to } ({ $kind })
grade-tie-dotted = { $from } { $arrow } { $to } ({ $kind }, dotted)
grade-you-wrote = { $name } (you: { $yours })
grade-title = {" "}({ $title })
grade-optional = {" "}(optional)
grade-because = {" "}— { $explain }
grade-stage = { $n } { $stage }
grade-roles-none = none
# grade: feedback items ($title, $optional and $because may be empty)
grade-found = found { $what }
grade-missing = missing: { $what }{ $title }{ $optional }{ $because }
grade-missing-unit = missing unit: { $what }
grade-extra = extra: { $what } is not in the key
grade-extra-unit = extra unit: { $what } is not in the key
grade-wrong-roles = { $who }: roles should be { $expected }{ $because }; you have { $got }
grade-wrong-stance = { $who }: stance should be { $expected }{ $because }; you have { $got }
grade-wrong-relationship = { $who }: relationship should be { $expected }{ $because }; you have { $got }
grade-wrong-tie = { $tie }: { $why }{ $because }
grade-why-kind = should be { $expected }; you have { $got }
grade-why-reversed = drawn the wrong way round
grade-why-dotted = should be a dotted line; you drew a solid one
grade-why-solid = should be a solid line; you drew a dotted one
grade-why-manager = should report to { $expected }; you have { $got }
# exercise
exercise-unknown = no exercise named "{ $name }" (see `powermap exercise list`)
exercise-unknown-hint = no exercise named "{ $name }": did you mean "{ $suggestion }"? (see `powermap exercise list`)
exercise-bad-key = the key of exercise { $name } does not load: { $error }
# init
init-wrote = wrote { $path }
init-next = Fill them in, then run: powermap check { $dir }
init-exists = { $paths } { $n ->
    [one] already exists
   *[other] already exist
}; nothing was written (remove { $n ->
    [one] it
   *[other] them
} or choose another directory)
init-io = { $path }: { $error }

# diff: the account review
diff-title = Changes from { $old } to { $new }
diff-no-changes = No changes.
diff-heading-account = Account
diff-heading-people = People
diff-heading-stances = Stances
diff-heading-relationships = Relationship stages
diff-heading-roles = Roles
diff-heading-details = Details
diff-heading-ties = Ties
diff-heading-ranking = Decision-maker ranking
diff-heading-unreached = Unreached influencers
diff-heading-paths = Best coach paths
diff-who = { $name } ({ $id })
diff-who-id = { $id }
diff-none = (none)
diff-tie = { $from } { $arrow } { $to } ({ $kind })
diff-tie-dotted = { $from } { $arrow } { $to } ({ $kind }, dotted)
diff-route = { $route } ({ $reliability })
diff-no-route = no route
diff-account = { $field }: { $from } → { $to }
diff-person-added = { $who } added
diff-person-gone = { $who } gone
diff-stance = { $who }: { $from } → { $to } ({ $direction })
diff-relationship = { $who }: { $from_stage } { $from } → { $to_stage } { $to } ({ $direction })
diff-roles = { $who }: { $changes }
diff-role-added = + { $role }
diff-role-removed = - { $role }
diff-detail = { $who }: { $field } { $from } → { $to }
diff-tie-added = { $tie }
diff-tie-removed = { $tie }
diff-tie-changed = { $tie }: { $changes }
diff-strength = strength { $from } → { $to }
diff-strength-moved = strength { $from } → { $to } ({ $direction })
diff-line-change = { $from } → { $to }
diff-line-dotted = dotted
diff-line-solid = solid
diff-rank = { $old_rank } → { $new_rank }  { $who }  { $old_score } → { $new_score }  ({ $moved })
diff-moved-up = up
diff-moved-down = down
diff-moved-new = new
diff-moved-out = out
diff-moved-same = same
diff-unreached-added = { $who } is now unreached
diff-unreached-gone = { $who } is no longer unreached
diff-path = { $who }: { $old } ⇒ { $new } ({ $verdict })
diff-path-better = better
diff-path-worse = worse
diff-path-new = new route
diff-path-lost = route lost
diff-path-other = another route
diff-direction-warmer = warmer
diff-direction-colder = colder
diff-direction-learned = now known
diff-direction-lost = now unknown
diff-field-account = account
diff-field-opportunity = opportunity
diff-field-competitors = competitors
diff-field-governance = governance
diff-field-purchase-share = purchase share
diff-field-name = name
diff-field-title = title
diff-field-unit = unit
diff-field-side = side
diff-field-favors = favors


## ─── Command line: notes on stderr, usage ───
## (section: cli)

cli-embedded-map = no MAP given; using the built-in North China grid case, { $name }
cli-stdout = writing to standard output
cli-cannot-write = cannot write { $path }
cli-unknown-person = { $flag } { $id }: no person has this id
cli-unknown-person-hint = { $flag } { $id }: no person has this id: did you mean "{ $suggestion }"?
cli-render-no-path = no coach path to "{ $id }" through the ties we know; drawing without one
cli-grade-key = the answer key { $path }
cli-grade-attempt = the attempt { $path }
cli-grade-no-key = give the answer key with --key KEY or --exercise NAME


## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)



## ─── Spreadsheets: workbooks in and out, export, redaction ───
## (section: spreadsheets)



## ─── Pictures: PNG, PDF, pages, fonts ───
## (section: pictures)


