#!/usr/bin/env python3
"""What a powermap user would otherwise script in Python, for BENCHMARKS.md.

Loads a powermap JSON map, builds the graphs with networkx or igraph, runs PageRank
over influence ties and reporting lines (edges pointing toward power: subordinate ->
manager, swayed -> influencer, weighted by strength), then a multi-source Dijkstra from
our side (people with side "ours") to the 20 people of highest PageRank over every
non-conflict tie in both directions (cost 4 - strength: a strong tie is cheap).
Prints one JSON line: the wall and CPU seconds of each step (importing the library
counts in the total only; networkx imports scipy inside its first PageRank) and the
peak memory (ru_maxrss).

Usage: python_baseline.py MAP.json --lib networkx|igraph
"""

import argparse
import json
import resource
import sys
import time

TOP = 20


class Steps:
    """Wall and CPU seconds of each step (CPU time stays meaningful on a busy machine)."""

    def __init__(self):
        self.wall, self.cpu = {}, {}
        self._t = None

    def start(self):
        self._t = (time.perf_counter(), time.process_time())

    def stop(self, name):
        self.wall[name] = time.perf_counter() - self._t[0]
        self.cpu[name] = time.process_time() - self._t[1]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def strength(t):
    return t.get("strength", 2)


def power_edges(m):
    """(a, b, w): a's PageRank flows to b, i.e. b has power over a."""
    for t in m["ties"]:
        if t["kind"] == "reports_to":
            yield t["from"], t["to"], strength(t)
        elif t["kind"] == "influences":
            yield t["to"], t["from"], strength(t)


def intro_edges(m):
    for t in m["ties"]:
        if t["kind"] != "conflict":
            yield t["from"], t["to"], 4 - strength(t)


def with_networkx(m, ours, steps):
    import networkx as nx

    steps.start()
    power = nx.DiGraph()
    power.add_nodes_from(p["id"] for p in m["people"])
    power.add_weighted_edges_from(power_edges(m))
    intro = nx.Graph()
    intro.add_nodes_from(p["id"] for p in m["people"])
    intro.add_weighted_edges_from(intro_edges(m))
    steps.stop("build")

    steps.start()
    pr = nx.pagerank(power, alpha=0.85, weight="weight")
    customers = {p["id"] for p in m["people"] if p.get("side", "customer") == "customer"}
    top = sorted(customers, key=lambda v: -pr[v])[:TOP]
    steps.stop("pagerank")

    steps.start()
    dist, paths = nx.multi_source_dijkstra(intro, ours, weight="weight")
    found = {v: (dist[v], paths[v]) for v in top if v in dist}
    steps.stop("dijkstra")
    return top, found


def with_igraph(m, ours, steps):
    import igraph as ig

    steps.start()
    ids = [p["id"] for p in m["people"]]
    ix = {v: i for i, v in enumerate(ids)}
    pe = [(ix[a], ix[b], w) for a, b, w in power_edges(m)]
    power = ig.Graph(n=len(ids), edges=[(a, b) for a, b, _ in pe], directed=True)
    power.es["weight"] = [w for _, _, w in pe]
    # Multi-source: a virtual source joined to each of ours at no cost.
    src = len(ids)
    ie = [(ix[a], ix[b], w) for a, b, w in intro_edges(m)] + [(src, ix[v], 0) for v in ours]
    intro = ig.Graph(n=len(ids) + 1, edges=[(a, b) for a, b, _ in ie], directed=False)
    intro.es["weight"] = [w for _, _, w in ie]
    steps.stop("build")

    steps.start()
    pr = power.pagerank(damping=0.85, weights="weight")
    customers = [i for i, p in enumerate(m["people"]) if p.get("side", "customer") == "customer"]
    top = sorted(customers, key=lambda i: -pr[i])[:TOP]
    steps.stop("pagerank")

    steps.start()
    paths = intro.get_shortest_paths(src, to=top, weights="weight", output="vpath")
    found = {ids[v]: [ids[x] for x in p[1:]] for v, p in zip(top, paths) if p}
    steps.stop("dijkstra")
    return [ids[i] for i in top], found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("map")
    ap.add_argument("--lib", choices=["networkx", "igraph"], required=True)
    args = ap.parse_args()
    steps = Steps()
    t0 = (time.perf_counter(), time.process_time())
    steps.start()
    m = load(args.map)
    steps.stop("json_load")
    ours = [p["id"] for p in m["people"] if p.get("side") == "ours"]
    if not ours:
        sys.exit(f"{args.map}: nobody on our side")
    run = with_networkx if args.lib == "networkx" else with_igraph
    top, found = run(m, ours, steps)
    steps.wall["total"] = time.perf_counter() - t0[0]
    steps.cpu["total"] = time.process_time() - t0[1]
    out = {
        "lib": args.lib,
        "people": len(m["people"]),
        "ties": len(m["ties"]),
        "wall_s": {k: round(v, 2) for k, v in steps.wall.items()},
        "cpu_s": {k: round(v, 2) for k, v in steps.cpu.items()},
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "top_reached": f"{len(found)}/{len(top)}",
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
