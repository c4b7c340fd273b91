#!/usr/bin/env python3
"""Convert Krackhardt's high-tech managers (1987) into a powermap map (JSON).

The data stay where they are (../shared/datasets/krackhardt-hightech/ by default);
this script only reads them and writes a map to the path given, e.g. /tmp.

Mapping (see docs/validation.md for why):
- ReportsTo `i j 1`  -> a `reports_to` tie from i to j (strength 2, the format's default);
- Advice `i j 1`     -> an `influences` tie from j to i (i goes to j for advice, so j
                        sways i), strength 2 (the data are yes/no; medium is the neutral
                        reading, neither the "weak" of a passing contact nor the "strong"
                        of a trusted adviser);
- LEVEL              -> `level` (1 CEO, 2 VP, 3 manager);
- DEPT               -> units d1..d4 (DEPT 0 is the CEO alone: unit `top`);
- everyone on the customer side, stance unknown, no purchase roles (the data have
  none), relationship 0. Friendship is not used.

`--role-all ROLE` and `--role ID:ROLE` exist only for the sensitivity runs of
docs/validation.md; without them the map is the plain translation above.

Usage: krackhardt_to_map.py OUT.json [--data DIR] [--role-all ROLE] [--role ID:ROLE ...]
Standard library only.
"""

import argparse
import csv
import json
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "krackhardt-hightech"


def read_edges(path):
    """The arcs `(i, j)` of a Krackhardt edge list (lines `i j 0|1`), in file order."""
    arcs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: expected `i j 0|1`, got {line.strip()!r}")
            i, j, v = (int(x) for x in parts)
            if v and i != j:
                arcs.append((i, j))
    return arcs


def read_attributes(path):
    """`{id: {"level": int, "dept": int, "age": float, "tenure": float}}`."""
    out = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out[int(row["ID"])] = {
                "level": int(row["LEVEL"]),
                "dept": int(row["DEPT"]),
                "age": float(row["AGE"]),
                "tenure": float(row["TENURE"]),
            }
    return out


def load(data=DEFAULT_DATA):
    """`(attributes, reports_to arcs, advice arcs)` from the dataset folder."""
    data = Path(data)
    attrs = read_attributes(data / "Krack-High-Tec-Attributes.csv")
    reports = read_edges(data / "Krack-High-Tec-edgelist-ReportsTo.txt")
    advice = read_edges(data / "Krack-High-Tec-edgelist-Advice.txt")
    return attrs, reports, advice


def unit_id(dept):
    return "top" if dept == 0 else f"d{dept}"


def to_map(attrs, reports, advice, roles=None):
    """The powermap map as a dict. `roles`: `{id: [role, ...]}` for sensitivity runs."""
    roles = roles or {}
    depts = sorted({a["dept"] for a in attrs.values()})
    units = [
        {"id": unit_id(d), "name": "CEO" if d == 0 else f"Department {d}", "kind": "department"}
        for d in depts
    ]
    people = []
    for i in sorted(attrs):
        a = attrs[i]
        p = {
            "id": str(i),
            "name": f"Manager {i}",
            "title": {1: "CEO", 2: "VP"}.get(a["level"], "Manager"),
            "unit": unit_id(a["dept"]),
            "side": "customer",
            "level": a["level"],
            "stance": "unknown",
        }
        if roles.get(i):
            p["roles"] = roles[i]
        people.append(p)
    ties = [{"from": str(i), "to": str(j), "kind": "reports_to"} for i, j in reports]
    ties += [{"from": str(j), "to": str(i), "kind": "influences", "strength": 2} for i, j in advice]
    return {
        "version": 1,
        "account": "Krackhardt (1987) high-tech managers",
        "opportunity": "validation: reports-to and advice networks",
        "units": units,
        "people": people,
        "ties": ties,
    }


def parse_roles(attrs, role_all, role_list):
    roles = {}
    if role_all:
        roles = {i: [role_all] for i in attrs}
    for spec in role_list or []:
        pid, sep, role = spec.partition(":")
        if not sep or not pid.isdigit() or int(pid) not in attrs:
            sys.exit(f"--role {spec}: expected ID:ROLE with ID one of the managers 1..{len(attrs)}")
        roles[int(pid)] = [role]
    return roles


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="where to write the map (JSON)")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="the krackhardt-hightech folder")
    ap.add_argument("--role-all", metavar="ROLE", help="give everyone this purchase role (sensitivity run)")
    ap.add_argument("--role", action="append", metavar="ID:ROLE", help="give one manager a role (repeatable)")
    args = ap.parse_args(argv)
    try:
        attrs, reports, advice = load(args.data)
    except OSError as e:
        sys.exit(f"{args.data}: {e}")
    m = to_map(attrs, reports, advice, parse_roles(attrs, args.role_all, args.role))
    Path(args.out).write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(m['people'])} people, {len(reports)} reporting lines, {len(advice)} advice ties",
          file=sys.stderr)


if __name__ == "__main__":
    main()
