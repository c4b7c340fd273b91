#!/usr/bin/env python3
"""Grading speed (issue 15, item 4): generate a map of N people, use it as the key and a
perturbed copy as the attempt, and time `powermap grade` on it.

The copy is what a trainee's answer looks like: 5 % of the people renamed (a title
added, a name misspelt), 2 % left out with their ties, 2 % added, 5 % of stances
changed, the people in another order, and every id and unit id replaced (pinyin of the
trainee's own).

    scripts/bench-grade.py [--bin target/release/powermap] [N ...]
"""
import json, random, subprocess, sys, tempfile, time, os

def perturb(m, rng):
    people = m["people"]
    n = len(people)
    drop = set(rng.sample(range(n), n // 50))
    keep = [p for i, p in enumerate(people) if i not in drop]
    dropped_ids = {people[i]["id"] for i in drop}
    new_id = {}
    for i, p in enumerate(keep):
        new_id[p["id"]] = f"t{i}"
    units = {u["id"]: f"bm{i}" for i, u in enumerate(m.get("units", []))}
    for p in keep:
        p["id"] = new_id[p["id"]]
        if "unit" in p and p["unit"] in units:
            p["unit"] = units[p["unit"]]
        r = rng.random()
        if r < 0.025 and p.get("name"):
            p["name"] = "Dr. " + p["name"]
        elif r < 0.05 and p.get("name"):
            p["name"] = p["name"].replace("Person", "Persn")
        if rng.random() < 0.05:
            p["stance"] = rng.choice(["supporter", "neutral", "skeptic"])
        for f in ("reports_to",):
            p.pop(f, None)
    for u in m.get("units", []):
        u["id"] = units[u["id"]]
        if u.get("parent") in units:
            u["parent"] = units[u["parent"]]
    for i in range(n // 50):
        keep.append({"id": f"extra{i}", "name": f"Somebody {i}"})
    rng.shuffle(keep)
    m["people"] = keep
    m["ties"] = [
        dict(t, **{"from": new_id[t["from"]], "to": new_id[t["to"]]})
        for t in m["ties"]
        if t["from"] not in dropped_ids and t["to"] not in dropped_ids
    ]
    return m

def main():
    args = sys.argv[1:]
    exe = "target/release/powermap"
    if args[:1] == ["--bin"]:
        exe, args = args[1], args[2:]
    sizes = [int(a) for a in args] or [10_000, 100_000]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            key = os.path.join(d, f"key{n}.json")
            att = os.path.join(d, f"att{n}.json")
            subprocess.run([exe, "generate", "--people", str(n), "--seed", "3", "-o", key], check=True)
            m = json.load(open(key))
            json.dump(perturb(m, rng), open(att, "w"))
            for fmt in ("text", "json"):
                t = time.perf_counter()
                out = subprocess.run([exe, "grade", "--key", key, att, "--format", fmt],
                                     capture_output=True)
                wall = time.perf_counter() - t
                print(f"grade {n:>7} people  --format {fmt:<4}  {wall:6.2f} s  "
                      f"exit {out.returncode}  {len(out.stdout.splitlines())} lines")
            t = time.perf_counter()
            subprocess.run([exe, "check", key], capture_output=True)
            print(f"check {n:>7} people (the key alone, for scale)  {time.perf_counter() - t:6.2f} s")

main()
