#!/usr/bin/env python3
"""Load powermap's GraphML with a real reader (networkx.read_graphml) and check that
every person and tie, with their attributes, arrives intact.

Installs nothing: needs python3 with networkx (`pip install networkx`).
Usage: check_graphml.py path/to/powermap [MAP ...]   (default: every map in data/)
Exit status: 0 all loaded, 1 a file did not load or lost something, 2 usage.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("check_graphml: networkx is not installed (pip install networkx)", file=sys.stderr)
    sys.exit(2)

ROOT = pathlib.Path(__file__).resolve().parents[2]

NASTY = {
    "version": 1,
    "account": "<script>alert(1)</script> ]]> -->",
    "units": [{"id": "u\"1", "name": "Back\\slash {brace} |pipe|"}],
    "people": [
        {"id": "a \"q\"", "name": "Quote \"Q\" O'Neil", "unit": "u\"1", "notes": "Line\nBreak"},
        {"id": "b<script>", "name": "<script>alert(1)</script>", "title": "]]> --> {x} |y|"},
    ],
    "ties": [
        {"from": "a \"q\"", "to": "b<script>", "kind": "knows", "note": "a\\b"},
        {"from": "b<script>", "to": "a \"q\"", "kind": "influences", "strength": 3},
    ],
}


def check(powermap, map_path):
    with tempfile.TemporaryDirectory() as d:
        out = pathlib.Path(d) / "map.graphml"
        subprocess.run([powermap, "render", str(map_path), "--format", "graphml", "-o", str(out)],
                       check=True, stderr=subprocess.DEVNULL)
        g = nx.read_graphml(out)
    source = json.loads(map_path.read_text()) if map_path.suffix == ".json" else None
    problems = []
    if source is not None:
        people = source.get("people", [])
        if g.number_of_nodes() != len(people):
            problems.append(f"{g.number_of_nodes()} nodes for {len(people)} people")
        for p in people:
            node = g.nodes.get(p["id"])
            if node is None:
                problems.append(f"person {p['id']!r} missing")
                continue
            if node.get("name") != p.get("name", p["id"]):
                problems.append(f"name of {p['id']!r}: {node.get('name')!r}")
            if "title" in p and node.get("title") != p["title"]:
                problems.append(f"title of {p['id']!r}: {node.get('title')!r}")
        if g.number_of_edges() != len(source.get("ties", [])):
            problems.append(f"{g.number_of_edges()} edges for {len(source.get('ties', []))} ties")
        kinds = sorted(d.get("kind") for _, _, d in g.edges(data=True))
        want = sorted(t["kind"] for t in source.get("ties", []))
        if want and kinds != want:
            problems.append(f"tie kinds differ: {kinds} vs {want}")
    elif g.number_of_nodes() == 0:
        problems.append("no nodes")
    return g, problems


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    powermap, maps = argv[0], [pathlib.Path(m) for m in argv[1:]]
    tmp = None
    if not maps:
        maps = sorted(set((ROOT / "data").rglob("*.json")) | {c.parent for c in (ROOT / "data").rglob("people.csv")})
        tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        json.dump(NASTY, tmp)
        tmp.close()
        maps.append(pathlib.Path(tmp.name))
    failed = 0
    for m in maps:
        try:
            g, problems = check(powermap, m)
        except Exception as e:  # a reader error is a failure, reported
            g, problems = None, [f"{type(e).__name__}: {e}"]
        for p in problems:
            print(f"{m}: {p}", file=sys.stderr)
        if not problems:
            print(f"{m.name}: networkx read {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        failed += bool(problems)
    if tmp:
        pathlib.Path(tmp.name).unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
