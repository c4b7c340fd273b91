#!/usr/bin/env python3
"""The next version of a map, as a salesperson's week of work makes it: for the `diff`
benchmark (bench/ratios.sh, job `diffedit`), beside the worst case of two unrelated
maps (job `diff`).

    edit_map.py IN.json OUT.json [--seed N] [--share F]

Of the customer's people, a share F (default 0.02) change stance, as many change
relationship stage, half as many leave (with their ties) and as many join (reporting
to someone who stays); of the ties, a share F/2 are dropped and as many influence ties
added. The same input and seed give the same output.
"""

import argparse
import json
import random

STANCES = ["champion", "supporter", "neutral", "skeptic", "opponent", "unknown"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--share", type=float, default=0.02)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    with open(a.input, encoding="utf-8") as f:
        m = json.load(f)
    people = m["people"]
    customer = [p for p in people if p.get("side", "customer") == "customer"]
    n = max(1, int(len(customer) * a.share))
    for p in rnd.sample(customer, n):
        p["stance"] = rnd.choice([s for s in STANCES if s != p.get("stance")])
    for p in rnd.sample(customer, n):
        p["relationship"] = (int(p.get("relationship", 0)) + rnd.choice([1, 2, 3])) % 5
    # Leavers: not anyone's manager in the reporting ties, so nobody is left dangling.
    managers = {t["to"] for t in m["ties"] if t.get("kind", "reports_to") == "reports_to"}
    leavers = {p["id"] for p in rnd.sample([p for p in customer if p["id"] not in managers], n // 2)}
    m["people"] = [p for p in people if p["id"] not in leavers]
    m["ties"] = [t for t in m["ties"] if t["from"] not in leavers and t["to"] not in leavers]
    stay = [p for p in m["people"] if p.get("side", "customer") == "customer"]
    ties = m["ties"]
    gone = set(rnd.sample(range(len(ties)), max(1, int(len(ties) * a.share / 2))))
    m["ties"] = [t for i, t in enumerate(ties) if i not in gone]
    for _ in range(len(gone)):
        x, y = rnd.sample(stay, 2)
        m["ties"].append({"from": x["id"], "to": y["id"], "kind": "influences", "strength": "medium"})
    for k in range(n // 2):
        boss = rnd.choice(stay)
        pid = f"new{k}"
        m["people"].append({"id": pid, "name": f"Newcomer {k}", "unit": boss.get("unit"), "stance": "unknown"})
        m["ties"].append({"from": pid, "to": boss["id"], "kind": "reports_to"})
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
