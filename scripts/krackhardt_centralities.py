#!/usr/bin/env python3
"""Regenerate the tables of docs/validation.md: powermap's ranking of Krackhardt's
high-tech managers beside networkx centralities of the same advice network.

Usage: krackhardt_centralities.py [--powermap BIN] [--data DIR]
Needs networkx (with scipy and numpy, for PageRank) and a built powermap binary:
by default $POWERMAP, else $CARGO_TARGET_DIR/release/powermap, else target/release/powermap.
The maps are written to a temporary directory, never into the repository.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import krackhardt_to_map as k2m  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# The maps of the runs: the plain translation and two sensitivity runs (docs/validation.md).
RUNS = {
    "A": ("plain: no roles", {}),
    "B": ("everyone `user`", {"role_all": "user"}),
    "C": ("CEO 7 `approver`", {"role": ["7:approver"]}),
}


def default_binary():
    if os.environ.get("POWERMAP"):
        return os.environ["POWERMAP"]
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "release" / "powermap")


def powermap_rank(binary, m, tmp, name):
    """`{id: candidate}` from `powermap rank MAP --top 0 --format json`."""
    path = Path(tmp) / f"krackhardt-{name}.json"
    path.write_text(json.dumps(m), encoding="utf-8")
    out = subprocess.run([binary, "rank", str(path), "--top", "0", "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    cands = json.loads(out)["decision_makers"]
    res = {}
    for c in cands:
        comp = {x["name"]: x["points"] for x in c["components"]}
        res[int(c["id"])] = {"rank": c["rank"], "score": c["score"], **comp}
    return res


def ranks(values, ids, method):
    """Ranks of `values[id]`, 1 = largest. method "min" (1, 2, 2, 4) or "average" (1, 2.5, 2.5, 4)."""
    order = sorted(ids, key=lambda i: -values[i])
    out = {}
    k = 0
    while k < len(order):
        j = k
        while j + 1 < len(order) and values[order[j + 1]] == values[order[k]]:
            j += 1
        r = k + 1 if method == "min" else (k + 1 + j + 1) / 2
        for x in order[k:j + 1]:
            out[x] = r
        k = j + 1
    return out


def spearman(a, b, ids):
    """Spearman's rho with average ranks for ties (Pearson correlation of the ranks)."""
    ra, rb = ranks(a, ids, "average"), ranks(b, ids, "average")
    x = np.array([ra[i] for i in ids])
    y = np.array([rb[i] for i in ids])
    if x.std() == 0 or y.std() == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def centralities(attrs, advice):
    """Centralities of the advice digraph, arcs i -> j when i asks j for advice."""
    g = nx.DiGraph()
    g.add_nodes_from(attrs)
    g.add_edges_from(advice)
    lam = max(abs(np.linalg.eigvals(nx.to_numpy_array(g, nodelist=sorted(attrs)))))
    return {
        "indeg": dict(g.in_degree()),
        "pagerank": nx.pagerank(g, alpha=0.85),
        "betweenness": nx.betweenness_centrality(g),
        "eigenvector": nx.eigenvector_centrality_numpy(g),  # left eigenvector: in-arcs
        "katz": nx.katz_centrality_numpy(g, alpha=0.5 / lam),  # in-arcs, half the radius
    }, lam


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--powermap", default=default_binary(), help="the powermap binary")
    ap.add_argument("--data", default=str(k2m.DEFAULT_DATA), help="the krackhardt-hightech folder")
    args = ap.parse_args(argv)
    if not Path(args.powermap).exists():
        sys.exit(f"{args.powermap}: no such binary; run `cargo build --release` or pass --powermap")
    attrs, reports, advice = k2m.load(args.data)
    ids = sorted(attrs)
    c, lam = centralities(attrs, advice)
    c["level"] = {i: -attrs[i]["level"] for i in ids}  # higher = more senior
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for key, (_, opts) in RUNS.items():
            roles = k2m.parse_roles(attrs, opts.get("role_all"), opts.get("role"))
            runs[key] = powermap_rank(args.powermap, k2m.to_map(attrs, reports, advice, roles), tmp, key)
    minr = {name: ranks(v, ids, "min") for name, v in c.items()}

    print(f"Advice digraph: {len(ids)} managers, {len(advice)} arcs (i asks j); "
          f"largest eigenvalue {lam:.3f}, Katz alpha = 0.5/lambda = {0.5 / lam:.4f}.\n")
    print("### Run A (plain map) beside the advice centralities\n")
    print("Ranks are competition ranks (1, 2, 2, 4); powermap's own rank breaks ties by id. "
          "B and C: powermap's rank and influence points in the sensitivity runs.\n")
    print("| id | level | dept | A rank | A score | authority | role | influence | "
          "advice in-degree (rank) | PageRank (rank) | betweenness (rank) | Katz rank | "
          "B rank | B influence | C rank | C influence |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    a = runs["A"]
    for i in sorted(ids, key=lambda i: a[i]["rank"]):
        print(f"| {i} | {attrs[i]['level']} | {attrs[i]['dept']} | {a[i]['rank']} | {a[i]['score']:.1f} | "
              f"{a[i]['authority']:.1f} | {a[i]['role']:.1f} | {a[i]['influence']:.1f} | "
              f"{c['indeg'][i]} ({minr['indeg'][i]}) | {c['pagerank'][i]:.3f} ({minr['pagerank'][i]}) | "
              f"{c['betweenness'][i]:.3f} ({minr['betweenness'][i]}) | {minr['katz'][i]} | "
              f"{runs['B'][i]['rank']} | {runs['B'][i]['influence']:.1f} | "
              f"{runs['C'][i]['rank']} | {runs['C'][i]['influence']:.1f} |")

    print("\n### Spearman rank correlations (average ranks for ties)\n")
    names = ["indeg", "pagerank", "betweenness", "eigenvector", "katz", "level"]
    heads = ["advice in-degree", "PageRank", "betweenness", "eigenvector", "Katz", "level (senior first)"]
    print("| ranking | " + " | ".join(heads) + " |")
    print("|---|" + "---|" * len(heads))
    rows = [(f"powermap run {k}: score ({RUNS[k][0]})", {i: runs[k][i]["score"] for i in ids}) for k in RUNS]
    rows += [(f"powermap run {k}: influence points only", {i: runs[k][i]["influence"] for i in ids})
             for k in ("B", "C")]
    rows += [("level (senior first)", c["level"]), ("advice in-degree", c["indeg"])]
    for label, v in rows:
        cells = [spearman(v, c[n], ids) for n in names]
        print(f"| {label} | " + " | ".join("n/a" if np.isnan(x) else f"{x:+.2f}" for x in cells) + " |")


if __name__ == "__main__":
    main()
