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
diag-unknown-format = not a map: expected a .json file, a people.csv or a directory holding one
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


