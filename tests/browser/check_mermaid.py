#!/usr/bin/env python3
"""Parse and draw powermap's Mermaid output with the real Mermaid library in headless
Chromium: every view of every map in data/ plus a map of hostile names, in both
languages. Fails on any Mermaid parse or render error (reported as console errors).

Installs nothing: needs python3, Chromium, and Mermaid's browser bundle
(`npm install --prefix target/npm mermaid@11` gives
target/npm/node_modules/mermaid/dist/mermaid.min.js).
Usage: check_mermaid.py path/to/powermap path/to/mermaid.min.js [--shots DIR]
"""
import html
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import check_html  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]

NASTY = {
    "version": 1,
    "account": "<script>alert(1)</script>",
    "units": [{"id": "u1", "name": "end; subgraph x[\"boom\"]"}, {"id": "u2", "name": "Back\\slash {b} |p|", "parent": "u1"}],
    "people": [
        {"id": "a", "name": "Quote \"Q\" O'Neil", "unit": "u1", "title": "]]> --> #35; &amp;", "roles": ["approver"]},
        {"id": "b", "name": "<script>alert(1)</script>", "unit": "u2", "title": "Line\nBreak"},
        {"id": "c", "name": "end", "title": "style a fill:#f00; click a call alert()"},
        {"id": "d", "name": "(round) [square] {curly} |pipe| `tick` ;semi", "side": "ours"},
    ],
    "ties": [
        {"from": "b", "to": "a", "kind": "reports_to"},
        {"from": "c", "to": "a", "kind": "reports_to", "dotted": True},
        {"from": "a", "to": "c", "kind": "influences", "strength": 3},
        {"from": "d", "to": "b", "kind": "knows"},
        {"from": "b", "to": "c", "kind": "conflict"},
    ],
}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    powermap, bundle = argv[0], pathlib.Path(argv[1])
    shots = argv[argv.index("--shots") + 1] if "--shots" in argv else str(ROOT / "target" / "browser")
    exe = check_html.find_chromium()
    if not exe:
        print("check_mermaid: no Chromium found", file=sys.stderr)
        return 2
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="powermap-mermaid-"))
    nasty = tmp / "nasty.json"
    nasty.write_text(json.dumps(NASTY))
    maps = sorted(set((ROOT / "data").rglob("*.json")) | {c.parent for c in (ROOT / "data").rglob("people.csv")}) + [nasty]
    texts = []
    for m in maps:
        for view in ["org", "influence", "coverage", "full", "overview"]:
            for lang in ["en", "zh"]:
                out = subprocess.run([powermap, "render", str(m), "--format", "mermaid", "--view", view, "--lang", lang],
                                     capture_output=True, text=True, check=True)
                texts.append((f"{m.name} {view} {lang}", out.stdout))
    page = tmp / "mermaid-check.html"
    diagrams = json.dumps([t for _, t in texts]).replace("</", "<\\/")
    names = json.dumps([n for n, _ in texts]).replace("</", "<\\/")
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>mermaid check</title></head>"
        "<body data-pending='1'><svg width='1' height='1'><text>x</text></svg><div id='out'></div>"
        "<script>" + bundle.read_text() + "</script><script>\n"
        "const diagrams = " + diagrams + ";\nconst names = " + names + ";\n"
        "mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});\n"
        "(async () => {\n"
        "  let ok = 0;\n"
        "  for (let i = 0; i < diagrams.length; i++) {\n"
        "    try {\n"
        "      await mermaid.parse(diagrams[i]);\n"
        "      const r = await mermaid.render('d' + i, diagrams[i]);\n"
        "      if (i < 4) document.getElementById('out').insertAdjacentHTML('beforeend', r.svg);\n"
        "      ok++;\n"
        "    } catch (e) { console.error('mermaid rejected ' + names[i] + ': ' + (e && e.message || e)); }\n"
        "  }\n"
        "  document.title = ok + ' of ' + diagrams.length + ' diagrams drawn';\n"
        "  document.body.removeAttribute('data-pending');\n"
        "})();\n</script></body></html>")
    b = check_html.Browser(exe)
    try:
        problems = check_html.check_page(b, str(page), str(pathlib.Path(shots) / "mermaid.png"))
    finally:
        b.close()
    for p in problems:
        print(f"mermaid: {p}", file=sys.stderr)
    print(f"mermaid: {len(texts)} diagrams checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
