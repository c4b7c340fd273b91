### powermap — English catalog.
###
### Every word powermap prints comes from here. A message is `key = words`; `{ $name }`
### is a parameter filled in by powermap (a name, a number, a value from another
### message). Keep every key and every parameter when translating; the tests check that
### each language has the same keys with the same parameters.

## ─── Common words ───

list-separator = {", "}
severity-error = error
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

vocab-contact = contact
contact-open = open
contact-do-not-contact = do not contact

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

# The map was refused, or could not be read as a map.
diag-refused = { $map }: refused: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
diag-map-has-errors = { $map }: the map has { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }; run `powermap check` for details
diag-cannot-read = cannot read { $file }
diag-no-people-csv = this directory has no people.csv
diag-no-people-csv-json = this directory has no people.csv (to read the JSON map there, name it: { $file })
diag-unknown-format = not a map: expected a .json file, a people.csv (人员.csv) or a directory holding one, or a workbook (.xlsx, .xlsm, .xls, .ods)
diag-encoding-bad-utf8 = the file starts with a UTF-8 byte-order mark but is not UTF-8 (byte { $byte })
diag-encoding-bad-utf16 = the file starts with a UTF-16 byte-order mark but is not UTF-16
diag-encoding-unknown = the file is neither UTF-8 nor GBK/GB18030 text (byte { $byte } fits neither)

# JSON that is not JSON. $reason is one of the diag-json-… messages below, or the JSON
# reader's own English words for a rarer fault (diag-json-other).
diag-json-syntax = not valid JSON: { $reason }
diag-json-trailing-comma = trailing comma
diag-json-trailing-characters = trailing characters
diag-json-eof-value = EOF while parsing a value
diag-json-eof-list = EOF while parsing a list
diag-json-eof-object = EOF while parsing an object
diag-json-eof-string = EOF while parsing a string
diag-json-expected-colon = expected `:`
diag-json-expected-comma-list = expected `,` or `]`
diag-json-expected-comma-object = expected `,` or `{"}"}`
diag-json-expected-value = expected value
diag-json-key-not-string = key must be a string
diag-json-invalid-escape = invalid escape
diag-json-invalid-number = invalid number
diag-json-control-character = control character (\u0000-\u001F) found while parsing a string
diag-json-other = { $reason }

# The shape of a file. $found is one of the value-found-… words.
diag-map-not-object = a map must be a JSON object, found { $found }
diag-entry-not-object = each entry of { $section } must be an object, found { $found }
diag-not-a-list = { $section } must be a list, found { $found }
diag-weights-not-object = grading.weights must be an object of section weights, found { $found }
diag-bad-version = map format version { $version } is not supported; this powermap reads version { $supported }
diag-unknown-field = unknown field "{ $field }" (ignored)
diag-unknown-field-suggest = unknown field "{ $field }" (ignored): did you mean "{ $suggestion }"?
diag-value-without-field = a value with no field name (ignored): "{ $value }"
diag-duplicate-field = field "{ $field }" repeats "{ $first }" of line { $line } (ignored)

# CSV files.
diag-empty-file = the file is empty: it needs a header row
diag-csv-syntax = cannot read CSV: { $reason }
diag-needs-id-column = the header needs an id/编号 column
diag-needs-tie-columns = the header needs from/起点 and to/终点 columns
diag-needs-account-columns = the header needs field/字段 and value/值 columns
diag-unknown-column = unknown column "{ $column }" (ignored)
diag-unknown-column-suggest = unknown column "{ $column }" (ignored): did you mean "{ $suggestion }"?
diag-duplicate-column = column "{ $column }" repeats "{ $first }" (ignored)
diag-ragged-row = this row has { $cells } cells but the header has { $columns } columns: is a comma inside a cell not quoted?

# Where the first of two was written ($first in the duplicate messages).
diag-at-line = line { $line }
diag-at-file-line = { $file } line { $line }
diag-at-path = { $path }
diag-at-file-path = { $file } { $path }
diag-at-file = { $file }

# Units and people.
diag-unit-needs-id = a unit needs an id
diag-person-needs-id = a person needs an id
diag-duplicate-unit-id = duplicate unit id "{ $id }" (first at { $first })
diag-duplicate-person-id = duplicate person id "{ $id }" (first at { $first })
diag-self-parent = unit "{ $unit }" is its own parent
diag-unknown-parent = parent "{ $parent }" is not a unit id
diag-unknown-parent-suggest = parent "{ $parent }" is not a unit id: did you mean "{ $suggestion }"?
diag-unit-cycle = units form a cycle of parents: { $cycle }
diag-created-unit-suggest = unit "{ $unit }" is not defined, so it was created: did you mean "{ $suggestion }"?
diag-unknown-competitor = favors "{ $competitor }", who is not among the competitors
diag-unknown-competitor-suggest = favors "{ $competitor }", who is not among the competitors: did you mean "{ $suggestion }"?
diag-duplicate-weight = the weight of { $section } is given twice

# Ties. $kind is a tie kind's label.
diag-unknown-person = "{ $id }" is not a person id
diag-unknown-person-suggest = "{ $id }" is not a person id: did you mean "{ $suggestion }"?
diag-unknown-person-named = "{ $id }" is not a person id: it is the name of "{ $person }"; write the id
diag-ends-not-read = { $count ->
        [one] { $count } end of a tie names
       *[other] { $count } ends of ties name
    } no one among the people read: { $record } and every record after it could not be read, so these ends are checked once it is fixed
diag-reports-to-self = "{ $id }" reports to themself
diag-self-tie = a tie from "{ $id }" to themself
diag-tie-needs-end = a tie needs "{ $field }"
diag-tie-needs-kind = a tie needs a kind (reports_to, influences, knows or conflict)
diag-dotted-not-reporting = only reporting lines can be dotted; ignored on this { $kind } tie
diag-duplicate-tie = duplicate { $kind } tie between "{ $from }" and "{ $to }" (first at { $first }); this one is ignored
diag-two-managers = "{ $id }" has { $count } solid-line managers ({ $managers }); mark the secondary line dotted
diag-reporting-cycle = solid reporting lines form a cycle: { $cycle }
diag-no-approver = no approver (※) is identified among the customer's people: find out who gives final approval
diag-no-tie = "{ $id }" has no tie to anyone: add whom they report to, influence or know
diag-no-tie-more = { $count ->
        [one] { $count } more customer person has
       *[other] { $count } more customer people have
    } no tie at all

# Values. $what is a vocabulary's name (vocab-stance); $value what the user wrote;
# $suggestion the closest accepted spelling, in the script the user typed.
value-unknown-suggest = unknown { $what } "{ $value }": did you mean "{ $suggestion }"?
value-unknown-expected = unknown { $what } "{ $value }" (expected one of: { $expected })
value-numbered = { $number } { $value }
value-out-of-range = { $what } { $value } is out of range ({ $lo }…{ $hi })
value-not-whole-number = "{ $value }" is not a whole number ≥ 1
value-not-bool = "{ $value }" is not true or false
value-bad-weight = weight "{ $value }" is not a number ≥ 0
value-problems = { $first }; { $rest }
value-list-item = a list item is { $found }, expected text
value-expected-found = expected { $expected }, found { $found }
value-expects-text = text
value-expects-id = an id
value-expects-whole-number = a whole number
value-expects-bool = true or false
value-expects-list = a list
value-expects-weight = a number ≥ 0
value-found-list = a list
value-found-object = an object
value-found-string = a string
value-found-number = a number
value-found-bool = true/false
value-found-null = null
value-found-unread = text that was not read
value-explain-expected = expected text or {"{"}"en": "…", "zh": "…"{"}"}, found { $found }
value-explain-item = explain.{ $key } is { $found }, expected text
value-explain-language = explain: unknown language "{ $key }" (expected en or zh)

# powermap check: the summary of a valid map.
check-valid = { $map }: valid map
check-field = { $label }: { $value }
check-account = account
check-opportunity = opportunity
check-people = people
check-units = units
check-ties = ties
check-count = { $count }
check-count-parts = { $count } ({ $parts })
check-part = { $value } { $count }


## ─── Analysis and reports: rank, unreached, paths, risks, next steps ───
## (section: reports)

# Section headings and table columns.
report-section-decision-makers = Key decision makers
report-section-unreached = Unreached influencers
report-section-paths = Coach paths
report-section-risks = Risks and gaps
report-section-next-steps = Next steps
report-column-person = person
report-column-title = title
report-column-score = score
# How much of a score rests on facts in the map (issue 13).
report-column-confidence = confidence
report-confidence-high = high ({ $share } %)
report-confidence-medium = medium ({ $share } %)
report-confidence-low = low ({ $share } %)
report-confidence-defaults = by default: { $inputs }
confidence-input-role = role
confidence-input-level = position
confidence-input-stance = stance
confidence-input-governance = governance
confidence-input-purchase-share = purchase share
confidence-input-expertise = expertise
confidence-input-style = style
report-column-roles = roles
report-column-stance = stance
report-column-reach = reach
report-column-basis = why
report-column-sway = sway
report-column-priority = priority
report-column-sways = sways
report-column-way-in = way in
report-way-in-off-limits = off limits: legitimate channels only
report-column-target = to
report-column-route = route
report-column-reliability = reliability
report-column-steps = steps
report-column-severity = severity
report-column-risk = risk
report-column-action = action
report-column-why = why
# The four parts of a decision maker's score.
report-component-authority = authority
report-component-role = role
report-component-influence = influence
report-component-bases = bases
# Under each next step: why it matters.
report-step-why = why: { $why }
report-hostile-route = [through a hostile introducer]
report-no-route = (no route through the ties we know)
# The HTML report around the diagram. report-html-lang is the page's language tag.
report-html-lang = en
report-html-no-account = (account not named)
report-html-opportunity = Opportunity: { $opportunity }
report-html-summary = View: { $view } · people shown: { $people } · ties shown: { $ties }
report-html-view-org = organization
report-html-view-influence = influence
report-html-view-coverage = coverage
report-html-view-full = full
report-html-view-overview = overview
report-html-diagram = diagram
report-html-none = None.
report-html-footer = Made with powermap.
# (report-html: the static report's controls)
report-html-search = Search a person
report-html-fit = Fit
report-html-zoom-in = Zoom in
report-html-zoom-out = Zoom out
report-html-any = any
report-html-reached = Reached
report-html-unreached = Not reached
report-html-click-hint = Drag to pan, scroll to zoom; click a person or a unit for details, a route or a candidate in the tables to light it up.
report-html-routes-to = Routes to them
report-html-close = Close
report-html-field-title = Title
report-html-field-unit = Unit
report-html-field-notes = Notes
report-html-unit-people = People
report-html-unit-key = Key people
# A --to/--from flag names no person of the map.
report-unknown-person = { $flag } { $id }: no person has this id
report-unknown-person-hint = { $flag } { $id }: no person has this id: did you mean "{ $suggestion }"?

# Why a person scores what they do (rank). $who is a person's name.
reason-level-top = level 1: top executive
reason-level = level { $level }
reason-level-unknown = level unknown: in no reporting line
reason-below = { $count ->
    [one] 1 person below in the reporting lines
   *[other] { $count } people below in the reporting lines
}
reason-no-role = no purchase role known
reason-role = { $role }
reason-role-symbol = { $symbol } { $role }
reason-consulted-by = consulted by { $who } ({ $strength } influence)
reason-sways-chain = sways { $who } ({ $strength }), who sways the decision
reason-sways-nobody = sways no decision holder that we know of
reason-bases-top = { $governance } governance and a { $share } purchase: the decision rises to the top
reason-bases-operating = { $governance } governance and a { $share } purchase: the operating decision maker decides
reason-bases-balance = { $governance } governance but a { $share } purchase: the two balance out
reason-lean-unknown = expertise and style unknown: assumed to consult their evaluators a little
reason-lean-none = technical and directive: decides alone
reason-lean-strong = leans on their evaluators (not technical, or consultative)
reason-lean-some = consults their evaluators somewhat
reason-relied-on = { $who } relies on this evaluator's judgment
reason-relative-shift = relative shift: the bases moved weight among others
# Where the bases move the decision along the reporting chain (issue 13).
reason-implied-holder = assumed to decide as head of the unit that evaluates or uses it: no approver or decision maker is written
reason-chain-rises-to = the decision rises above them to { $who }: here closer to a recommendation
reason-chain-rises-from = the decision rises to them from { $who }
reason-chain-falls-to = the decision falls to { $who }: here a gate (rules, checks)
reason-chain-falls-from = the decision falls to them from { $who }
reason-head-office-gate = head office: a gate (rules, supplier lists, checks), not the decider

# One hop of an introduction route: $from introduces us to $to; $introducer is one of
# the route-introducer-* messages below (what we know of the person passing us on).
route-knows = { $from } knows { $to }{ $introducer }
route-manager-of = { $from } is { $to }'s manager{ $introducer }
route-reports-to = { $from } reports to { $to }{ $introducer }
route-sways = { $from } sways { $to }{ $introducer }
route-listens = { $to } listens to { $from }{ $introducer }
route-introducer-ours = {""}
route-introducer-champion = ; { $who } is a champion, passes us on willingly (relationship { $stage }, { $stage_name })
route-introducer-supporter = ; { $who } is a supporter (relationship { $stage }, { $stage_name })
route-introducer-neutral = ; { $who } is neutral, passes us on less willingly (relationship { $stage }, { $stage_name })
route-introducer-unknown = ; { $who } is of unknown stance (relationship { $stage }, { $stage_name })
route-introducer-skeptic = ; { $who } is a skeptic: a risky introducer (relationship { $stage }, { $stage_name })
route-introducer-opponent = ; { $who } is an opponent: a risky introducer (relationship { $stage }, { $stage_name })

# Risks and gaps.
risk-severity-high = high
risk-severity-medium = medium
risk-severity-low = low
risk-no-approver = no approver (※) identified: we do not know who gives final approval
risk-decision-maker-unreached = { $who }, { $holder ->
    [approver] the approver (※)
    [decision_maker] a decision maker (+)
   *[other] a top candidate
}: { $stage ->
    [0] we have no relationship
   *[other] we have barely met (relationship { $stage }, { $stage_name })
}
risk-blocker = { $who }: a powerful { $stance }{ $swayed_count ->
    [0] {""}
   *[other] ; sways { $swayed }
}
risk-blocker-favors = { $who }: a powerful { $stance }, favors { $favors }{ $swayed_count ->
    [0] {""}
   *[other] ; sways { $swayed }
}
risk-single-threaded = single-threaded: every relationship we have runs through { $who }
risk-one-supporter = only one supporter among the approvers (※) and decision makers (+): { $who }
risk-no-supporter = no supporter among the approvers (※) and decision makers (+)
risk-level-mismatch = { $who } (level { $level }) is known only by our junior people ({ $juniors }); bring { $executive }
risk-powerless-champion = { $who }: a champion with no power over this decision — a coach, not a sponsor
risk-uncovered-unit = { $unit }: we know nobody here
risk-unknown-unit = { $unit }: nobody known in this unit yet
risk-off-limits = { $who } is off limits (do not contact): no route or step goes to them; win them through the specification, references and the scoring criteria
risk-conflict = { $who } and { $other } are in conflict: don't send { $who } to { $other }
# Gaps in what we know (issue 13).
risk-no-decision-holder = no decision holder identified: neither an approver (※) nor a decision maker (+) is written
risk-context-unknown = { $what ->
    [governance] the governance is unknown: we cannot tell whether the decision rises to the top or stays local
    [purchase_share] the purchase's share is unknown: we cannot tell whether the decision rises to the top or stays local
   *[both] governance and purchase share unknown: we cannot tell whether the decision rises to the top or stays local
}
risk-top-role-unknown = { $who } ranks first, but their purchase role is unknown: the rank rests on position
risk-isolated-unit = { $unit }: no tie to the buying organization; how it bears on this purchase is unknown

# Next steps: what to do (step-*) and why (step-why-*). $route lists names, our side first.
step-ask-approver = Ask { $coach } who gives final approval, and how the decision will be made (reliability { $reliability })
step-find-approver = Find out who gives final approval (reliability { $reliability })
step-why-no-approver = no approver is identified: the decision may be made above everyone we know
step-introduce = Get introduced to { $who }: { $route } (reliability { $reliability })
step-why-unreached = a top candidate (score { $score }) we have not reached
step-bring-round = Ask { $friend } to bring { $who } round, and hear out their objections (reliability { $reliability })
step-boss-brings-round = Ask { $boss }, { $who }'s manager and on our side, to bring { $who } round (reliability { $reliability })
step-meet-blocker = Meet { $who } to hear their objections and answer them with evidence (reliability { $reliability })
step-why-blocker = { $who } leans to { $favors } and can block the decision
step-why-blocker-unknown = { $who } leans to a competitor and can block the decision
step-arrange-meeting = Arrange for { $executive } to meet { $who } (reliability { $reliability })
step-exec-to-exec = Have { $executive } ask for a meeting with { $who }, executive to executive: nobody of ours knows them yet (reliability { $reliability })
step-better-way-in = Find a better way in to { $who } than the routes we have: { $options } (reliability { $reliability })
step-way-executive = { $executive }, our executive, asks for a meeting
step-way-management = our management asks for a meeting
step-way-partner = our partner { $partner } introduces us
step-way-reference = a reference customer they respect speaks for us
step-second-thread = Ask { $holder } to bring a colleague to meet { $who }, so the account does not hang on one person (reliability { $reliability })
step-second-colleague = Ask { $holder } to introduce { $colleague } to { $who }, so the account does not hang on one person (reliability { $reliability })
step-find-contact = Find a contact in { $unit } (reliability { $reliability })
step-ask-about-unit = Ask { $coach } who in { $unit } has a say in this purchase, and to introduce us (reliability { $reliability })
step-speak-for-us = Ask { $supporter } to speak for us to { $who } (reliability { $reliability })
step-why-supporter = { $supporter } is on our side and sways { $who } ({ $strength })
step-meet-influencer = Meet { $who }: { $route } (reliability { $reliability })
step-why-influencer = sways { $swayed } and we have not reached them
step-use-coach = Ask { $who } to coach us: who decides, how, by when and on what criteria (reliability { $reliability })
step-why-coach = { $who } is our only contact in the account: learn the decision process through them first
step-legitimate = { $who } is off limits: win them through the legitimate channels — the specification, references they trust, and the scoring criteria (reliability { $reliability })
step-legitimate-spec = { $who } is off limits: win them through the legitimate channels — work on the specification with { $writer }, and bring references and answers to the scoring criteria (reliability { $reliability })
step-mind-conflict = Do not send { $who } to { $other }: they are in conflict{ $via_route ->
    [1] ; go through { $route }
   *[0] {""}
} (reliability { $reliability })

# ── Account health, robustness and the portfolio (src/analysis/health.rs, robust.rs,
# src/report/health.rs, src/portfolio.rs). $who, $players, $supporters, $against are
# lists of names; $levels a list of level numbers; percentages are whole numbers.
report-section-health = Account health
report-section-robustness = Robustness
health-status-red = red
health-status-amber = amber
health-status-green = green
health-status-line = { $status } · coverage { $coverage }
health-rule-red = red: no supporter among the key players ({ $players })
health-rule-amber-holders = amber: supporters among the key players ({ $supporters }), but none of them holds the decision (※ approver or + decision maker)
health-rule-amber-against = amber: { $who } holds the decision and supports us, but { $against }, who also holds it, is against us
health-rule-amber-levels = amber: { $who } holds the decision and supports us, but we reach no one at { $count ->
    [one] level { $levels }
   *[other] levels { $levels }
}
health-rule-green = green: { $who } holds the decision and supports us, no decision holder is against us, and we reach someone at every level
health-coverage = coverage { $score }: { $reached } of { $key } key players reached, { $covered } of { $levels } levels with someone reached
health-legend = rule: red = no supporter among the key players (the top candidates and everyone holding ※ or +); amber = supporters, but none holding the decision, a decision holder against us, or a level where we reach no one; green = a supportive decision holder, none against us, and someone reached at every level
stability-header = { $draws } draws over { $unknowns } unknown facts (seed { $seed }; stances, roles and unwritten tie strengths drawn over the ranges in docs/analysis.md)
stability-no-unknowns = every fact the draws would vary is written in the map: the advice rests on no guess
stability-top = { $who } in the top 3 in { $top3 }% of draws, first in { $first }%
stability-advice = the advice (first candidate and first next step) stays the same in { $kept }% of draws
stability-fact-line = worth learning: { $fact } — { $share }% of the advice's uncertainty rests on it
stability-no-fact = no single unknown fact moves the advice much
stability-skipped = not run: the map has { $people } people, more than { $limit }, above which the draws are skipped by default; run with --draws N to sample it
stability-fact-stance = { $who }'s stance
stability-fact-role = { $who }'s purchase role
stability-fact-knows = how well { $a } and { $b } know each other
stability-fact-sway = how strongly { $a } sways { $b }
step-learn-fact = Find out { $fact } first
step-why-learn-fact = { $share }% of the uncertainty in the advice rests on this one fact
portfolio-title = Portfolio: { $accounts } accounts in { $dir }
portfolio-summary = { $red } red · { $amber } amber · { $green } green · { $unreadable } unreadable
portfolio-column-account = account
portfolio-column-health = health
portfolio-column-coverage = coverage
portfolio-column-top-risk = top risk
portfolio-column-next-step = first next step
portfolio-column-map = map
portfolio-column-error = error
portfolio-unreadable = Maps that could not be read
portfolio-none = (none)
portfolio-refused = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; the first: { $first }
# Information steps for the gaps (issue 13).
step-ask-who-decides = Ask { $coach } who decides and how: who approves (※), who decides (+), the steps (reliability { $reliability })
step-ask-role = Ask { $coach } what part { $who } plays in this decision, and how they decide (reliability { $reliability })
step-ask-context = Ask { $coach } where decisions like this are made (at the top or locally) and how big this purchase is for them (reliability { $reliability })
step-ask-unit = Ask { $coach } how { $unit } bears on this purchase (reliability { $reliability })
step-find-coach = Find a coach inside who can tell us who decides and how (reliability { $reliability })
step-why-manages = manages { $managed } and we have not reached them
step-why-influencer-manages = sways { $swayed }, manages { $managed }, and we have not reached them


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
diagram-no-unit = No unit
overview-card-count = { $people ->
    [one] 1 person
   *[other] { $people } people
}
overview-card-people = { $people ->
    [one] 1 person
   *[other] { $people } people
} · { $reached } reached
overview-card-all = ({ $all } in all)
overview-card-undrawn = + { $count } ties to other units not drawn
overview-link-tooltip = { $a } – { $b }: { $kind } ×{ $count }
overview-link-tooltip-directed = { $a } – { $b }: { $kind } ×{ $count } ({ $forward } from { $a }, { $back } from { $b })
legend-overview-card = Each box is a unit: its name, head count, how many of its people we have reached, and its key people by the analysis (★ top candidates)
legend-overview-stance = Key people: stance (square)
legend-overview-unreached = Dashed box: nobody in the unit reached yet
legend-overview-structure = unit above its sub-units
legend-overview-link = { $kind } between units (×N ties)
legend-overview-undrawn = { $drawn } of { $links } links between units drawn (most ties first); the others are counted on each unit
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
# --engine layout-rs refused a scene above its size limits.
diagram-error-layoutrs-too-big = --engine layout-rs draws at most { $max_people } people and { $max_ties } ties; this view has { $people } people and { $ties } ties. Use --engine builtin (any size), or draw less with --view org or --around ID --depth N


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
# grade: found items as a count, template leftovers, the class report
grade-found-count = found: { $count } { $count ->
    [one] item
   *[other] items
} (--verbose lists them)
grade-leftover = { $what } is still the template's sample ({ $sample }): replace it with the customer's own, or delete it
class-summary = Class report: { $count } { $count ->
    [one] trainee
   *[other] trainees
}, mean { $mean } / 100
class-col-trainee = Trainee
class-col-total = Total
class-col-count = Trainees
class-col-mistake = Mistake
class-col-explain = What to explain
class-heading-mistakes = Most common mistakes
class-no-mistakes = none: nothing the key requires was missed or got wrong
class-count = { $count } of { $of }
class-missing = missing: { $what }
class-wrong = { $what }: { $section } wrong
class-failed = under the pass mark { $pass }: { $who }
class-all-passed = everyone reached the pass mark { $pass }
class-sheet-scores = Scores
class-sheet-mistakes = Mistakes
cli-grade-not-graded = { $count } { $count ->
    [one] attempt
   *[other] attempts
} could not be graded: { $who }
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
diff-path-unlisted = no longer a target
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

# diff: units, risks, routes lost or only ranked lower (diff-names)
diff-heading-units = Units
diff-heading-risks = Risks
diff-unit-added = { $unit } added
diff-unit-gone = { $unit } gone
diff-unit-renamed = { $unit }: renamed from { $from }
diff-unit-moved = { $unit }: moved from under { $from } to under { $to }
diff-unit-renamed-moved = { $unit }: renamed from { $old_name }, moved from under { $from } to under { $to }
diff-unit-top = (top level)
diff-risk-added = new risk [{ $severity }]: { $risk }
diff-risk-gone = risk cleared [{ $severity }]: { $risk }
diff-route-kept = the old route { $route } still exists ({ $reliability }), it is only no longer the best
diff-route-person-gone = the old route is lost: { $who } is no longer in the map
diff-route-hop-gone = the old route is lost: { $from } can no longer introduce us to { $to }


## ─── Command line: notes on stderr, usage ───
## (section: cli)

cli-embedded-map = no MAP given; using the built-in North China grid case, { $name }
cli-stdout = writing to standard output
cli-unknown-person = { $flag } { $id }: no person has this id
cli-unknown-person-hint = { $flag } { $id }: no person has this id: did you mean "{ $suggestion }"?
cli-render-no-path = no coach path to "{ $id }" through the ties we know; drawing without one
cli-render-overview = { $people } people (more than { $limit }): drawing the overview (units, head counts, ties counted between units); --view full draws every person
cli-render-overview-builtin = Graphviz draws the overview as a strip, so the built-in engine draws it page-shaped; --format dot writes the DOT for Graphviz
cli-grade-key = the answer key { $path }
cli-grade-attempt = the attempt { $path }
cli-grade-no-key = give the answer key with --key KEY or --exercise NAME


## ─── Hard inputs: reading limits, output files, JSON and CSV faults ───
## (section: robustness)

robust-duplicate-key = the field "{ $key }" is given again in this object; a JSON reader keeps only the last value, so the map is refused rather than read otherwise than you may think: keep one
robust-lone-surrogate = a lone surrogate escape (\ud800–\udfff not in a pair) is no character: this record and every record after it in { $list } cannot be read; write the character itself
robust-number-out-of-range = a number too large to read: this record and every record after it in { $list } cannot be read
robust-unreadable-record = this record cannot be read, nor any record after it in { $list }
robust-too-big = the input is larger than { $limit }, the most powermap reads; to read it, raise the bound with --max-input (for example --max-input 8G) or the environment variable { $env }
robust-not-text = not a map: the file is not text (its first bytes hold a NUL byte); expected a .json file, a people.csv or a folder holding one
robust-output-is-input = will not write to { $path }: it is one of the maps this command reads; name another file with -o
robust-output-read-only = will not write to { $path }: the file is read-only; make it writable or name another file with -o
robust-output-failed = cannot write { $path }: { $reason }



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
sheet-map-found = no MAP given; using { $file }, the one map in this directory
sheet-map-built-in = no MAP given; using the built-in North China grid case, { $name }



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
sheet-head-contact = contact
sheet-note-contact = Leave empty, or "do not contact" for someone we must not approach (a drawn tender expert, the discipline office): no route or step goes to or through them.
sheet-note-unit-contact = Leave empty, or "do not contact" when nobody in this unit or below it may be approached (a tender expert panel, the discipline office).
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
sheet-plan-confidence = confidence
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
# The health and robustness sheets of the plan, and the portfolio workbook.
sheet-plan-health = health
sheet-plan-robustness = robustness
sheet-plan-status = status
sheet-plan-coverage = coverage
sheet-plan-rule = rule
sheet-plan-coverage-detail = coverage in detail
sheet-plan-item = item
sheet-plan-top3 = share in top 3
sheet-plan-first = share first
sheet-plan-value = value of learning it
sheet-portfolio = portfolio
sheet-portfolio-unreadable = unreadable maps

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

## ─── Exercises: the pack's hint levels and start maps ───
## (section: exercises)
exercise-hint-no-start = exercise { $name } starts from a blank page: it has no start map (only a before-and-after exercise has one)



## ─── Workspace: powermap serve and powermap whatif ───
## (section: workspace)

whatif-bad-set = cannot read the assumption "{ $text }": write ID.FIELD=VALUE, e.g. liu.stance=supporter
whatif-bad-tie = cannot read the tie "{ $text }": write FROM,TO,KIND with an optional strength 1–3, e.g. zhao,liu,knows,2
whatif-bad-context = cannot read the context "{ $text }": write FIELD=VALUE, e.g. governance=centralized
whatif-unknown-person = there is no person "{ $id }" in the map
whatif-unknown-field = a person has no field "{ $field }" (name, title, unit, side, level, roles, stance, favors, relationship, expertise, style, adaptability, interests, contact, notes)
whatif-unknown-context = the context has no field "{ $field }" (governance, purchase_share)
whatif-no-such-tie = there is no tie between "{ $from }" and "{ $to }"
whatif-no-such-tie-kind = there is no tie of kind "{ $kind }" between "{ $from }" and "{ $to }"
whatif-refused = with these assumptions the map would be refused (see the problems above)
whatif-assumed = the map with your assumptions
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
serve-save-form = { $file } is in a form the workspace cannot write back (TSV, .xls, .xlsm, .ods); the edits stay here until you close it — export them with `powermap export`.
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

# (serve: training mode, CSV and workbook saves)
serve-not-training = This workspace is not in training mode; start it with `powermap serve --exercise NAME`.
serve-no-class = This training has no class folder; start it with `--class DIR` to save each trainee's attempt.
serve-bad-trainee = "{ $name }" cannot be used as a trainee's name: use letters, digits, spaces, - or _ (at most { $max } characters, not starting or ending with a dot).
serve-class-full = This class already has { $max } trainees; start another server for more.
serve-class-dir = cannot make the class folder { $dir }
serve-case = The case
serve-grade = Grade my chart
serve-grade-result = Score and feedback
serve-your-name = Your name
serve-start-drawing = Start
serve-trainee-as = Drawing as
serve-attempt-saved = Your attempt is saved for the trainer.
serve-training-help = Draw the customer's org chart the case describes: add units and people, drag from one person to another to make a tie, then grade it.
serve-edit-unit = Edit unit
serve-remove-unit = Remove unit
serve-units = Units
serve-collapse = Collapse
serve-expand = Expand
serve-collapse-all = Collapse all
serve-expand-all = Expand all
serve-collapsed-note = Big map: units are shown collapsed. Click a unit's box, or use "Expand all".
