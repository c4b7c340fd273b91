#!/usr/bin/env python3
"""Open HTML reports in headless Chromium as a person would, fail on any console
error, page error, failed load or network request, and save a screenshot of each.

Installs nothing: needs python3 (standard library only) and a Chromium binary
($CHROMIUM, else chromium / chromium-browser / google-chrome on PATH).

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe:
Chromium reads commands on fd 3 and writes replies and events on fd 4, each message
JSON ending in a NUL byte), so no port is opened and nothing races.

Usage:
  check_html.py REPORT.html [REPORT2.html ...] --shots DIR
  check_html.py --self-test        # proves the checker fails on a page with errors
Exit status: 0 all clean, 1 a page had errors, 2 usage or Chromium not found.
"""
import base64
import json
import os
import pathlib
import select
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60.0


def find_chromium():
    for c in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if c and shutil.which(c):
            return shutil.which(c)
    return None


class Browser:
    def __init__(self, exe):
        self.to_r, self.to_w = os.pipe()  # we write commands; Chromium reads fd 3
        self.from_r, self.from_w = os.pipe()  # Chromium writes fd 4; we read
        self.profile = tempfile.mkdtemp(prefix="powermap-chromium-")

        def child_fds():
            # Copy both ends out of the way first, so neither dup2 clobbers the other.
            a, b = os.dup(self.to_r), os.dup(self.from_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
            "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe",
            "--user-data-dir=" + self.profile, "about:blank",
        ]
        self.proc = subprocess.Popen(args, pass_fds=(3, 4, self.to_r, self.from_w), preexec_fn=child_fds,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(self.to_r)
        os.close(self.from_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_r], [], [], left)
            if ready:
                chunk = os.read(self.from_r, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buf += chunk
        msg, _, self.buf = self.buf.partition(b"\0")
        return json.loads(msg)

    def send(self, method, params=None, session=None, timeout=TIMEOUT):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_for(self, method, session, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        for i, e in enumerate(self.events):
            if e.get("method") == method and e.get("sessionId") == session:
                return self.events.pop(i)
        while True:
            m = self._read_message(deadline)
            if m.get("method") == method and m.get("sessionId") == session:
                return m
            self.events.append(m)

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except TimeoutError:
            pass

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


INTERACT = """(() => {
  const out = { data: !!document.getElementById('pm-data') };
  if (!out.data) return JSON.stringify(out);
  out.ran = document.documentElement.classList.contains('js');
  const search = document.querySelector('.pm-search');
  const svg = document.querySelector('.diagram svg');
  if (search) {
    search.value = 'no such person zzz';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    out.filtered = svg.classList.contains('pm-filtered') && !svg.querySelector('g.person.pm-match');
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const row = document.querySelector('tr.pm-link');
  if (row) { row.click(); out.lit = svg.classList.contains('pm-lit'); }
  // A route row lights the lines between its people, not only their boxes.
  const D = JSON.parse(document.getElementById('pm-data').textContent);
  const route = D.rows.find((r) => r.route && r.people.length > 1);
  out.routeLines = 'no route';
  // (An overview draws units, not people: its lines are counts between units.)
  if (!svg.querySelector('path.tie[data-from]')) out.routeLines = 'no person lines';
  else if (route) {
    const tb = [...document.querySelectorAll('section.report')].map((s) => s.querySelector('tbody'))[route.section];
    const tr = tb && tb.rows[route.row];
    if (tr && !tr.classList.contains('pm-lit')) tr.click();
    out.routeLines = svg.querySelectorAll('path.tie.pm-on').length;
  }
  const g = svg.querySelector('g.person');
  if (g) {
    g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const panel = document.querySelector('.pm-panel');
    // Its sections are elements, not "[object …]" or "null" text.
    out.panel = !!panel && !panel.hidden && panel.textContent.length > 0 && !/\[object |null$/.test(panel.textContent);
  } else out.panel = true;
  // An overview's unit card opens the unit's details: its people and coverage.
  const card = svg.querySelector('g.unit-card[data-unit]');
  if (card) {
    card.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const panel = document.querySelector('.pm-panel');
    out.panel = !!panel && !panel.hidden && panel.querySelectorAll('li').length > 0
      && card.classList.contains('pm-on') && !/\[object /.test(panel.textContent);
  }
  return JSON.stringify(out);
})()"""


def check_page(browser, path, shot):
    """Returns a list of problems found opening `path`; saves a screenshot to `shot`."""
    url = pathlib.Path(path).resolve().as_uri()
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ["Page", "Runtime", "Log", "Network"]:
        browser.send(domain + ".enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1600, "height": 1000, "deviceScaleFactor": 1, "mobile": False}, session=session)
    browser.events = [e for e in browser.events if e.get("sessionId") != session]
    nav = browser.send("Page.navigate", {"url": url}, session=session)
    problems = []
    if nav.get("errorText"):
        problems.append("navigation failed: " + nav["errorText"])
    browser.wait_for("Page.loadEventFired", session)
    # A page that draws after loading marks <body data-pending>; wait until it clears.
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        pending = browser.send("Runtime.evaluate", {"returnByValue": True,
                               "expression": "!!document.querySelector('[data-pending]')"}, session=session)
        if not pending["result"].get("value"):
            break
        time.sleep(0.2)
    else:
        problems.append("the page never finished drawing (data-pending still set)")
    browser.drain(1.0)
    requests = set()
    for e in browser.events:
        if e.get("sessionId") != session:
            continue
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            problems.append(f"console.{p['type']}: {text}")
        elif m == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            problems.append("uncaught exception: " + str(d.get("exception", {}).get("description", d.get("text"))))
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            problems.append(f"log {p['entry']['level']}: {p['entry'].get('text')} {p['entry'].get('url', '')}")
        elif m == "Network.requestWillBeSent":
            req_url = p.get("request", {}).get("url", "")
            if req_url != url and not req_url.startswith("data:"):
                requests.add(req_url)
        elif m == "Network.loadingFailed":
            problems.append("load failed: " + str(p.get("errorText")))
    for r in sorted(requests):
        problems.append("the page fetched " + r)
    # What a person sees: the diagram drawn, with text in it, and the tables.
    probe = browser.send("Runtime.evaluate", {"returnByValue": True, "expression": (
        "JSON.stringify({svg: document.querySelectorAll('svg').length,"
        " texts: document.querySelectorAll('svg text').length,"
        " width: (document.querySelector('svg') || {getBoundingClientRect: () => ({width: 0})}).getBoundingClientRect().width,"
        " tables: document.querySelectorAll('table').length, title: document.title})")}, session=session)
    seen = json.loads(probe["result"]["value"])
    if seen["svg"] < 1 or seen["texts"] < 1 or seen["width"] <= 0:
        problems.append(f"no diagram drawn: {seen}")
    # powermap's reports carry a script (allowed by its hash): it must have run, and its
    # controls must work: filter, light up a route, click a person (or an overview's unit
    # card) for details.
    interactive = browser.send("Runtime.evaluate", {"returnByValue": True, "expression": INTERACT}, session=session)
    got = json.loads(interactive["result"].get("value") or "{}")
    if got.get("data") and not all(got.get(k) for k in ("ran", "filtered", "panel", "routeLines")):
        problems.append(f"the report's script did not work: {got}")
    metrics = browser.send("Page.getLayoutMetrics", session=session)
    size = metrics.get("cssContentSize") or metrics.get("contentSize")
    clip = {"x": 0, "y": 0, "width": min(size["width"], 4000), "height": min(size["height"], 6000), "scale": 1}
    png = browser.send("Page.captureScreenshot",
                       {"format": "png", "clip": clip, "captureBeyondViewport": True}, session=session)
    pathlib.Path(shot).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(shot).write_bytes(base64.b64decode(png["data"]))
    print(f"{path}: {seen['texts']} texts in the diagram, {seen['tables']} tables, screenshot {shot}")
    browser.send("Target.closeTarget", {"targetId": target})
    return problems


def self_test(exe):
    """The checker must fail on a page with a console error, an exception and a fetch."""
    d = tempfile.mkdtemp(prefix="powermap-selftest-")
    bad = os.path.join(d, "bad.html")
    with open(bad, "w") as f:
        f.write("<!DOCTYPE html><html><body><svg><text>x</text></svg>"
                "<script>console.error('planted error'); undefinedFunction();</script>"
                "<img src='http://127.0.0.1:9/x.png'></body></html>")
    b = Browser(exe)
    try:
        problems = check_page(b, bad, os.path.join(d, "bad.png"))
    finally:
        b.close()
    want = ["planted error", "undefinedFunction", "127.0.0.1"]
    missing = [w for w in want if not any(w in p for p in problems)]
    if missing:
        print("self-test FAILED: the checker missed " + ", ".join(missing) + f"; it saw {problems}")
        return 1
    print(f"self-test ok: the checker caught {len(problems)} problems on a bad page")
    return 0


def main(argv):
    exe = find_chromium()
    if not exe:
        print("check_html: no Chromium found (set CHROMIUM or install Debian's chromium)", file=sys.stderr)
        return 2
    if argv == ["--self-test"]:
        return self_test(exe)
    if "--shots" not in argv or argv.index("--shots") + 1 >= len(argv):
        print(__doc__, file=sys.stderr)
        return 2
    i = argv.index("--shots")
    shots = argv[i + 1]
    pages = argv[:i] + argv[i + 2:]
    if not pages:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    b = Browser(exe)
    try:
        for page in pages:
            shot = os.path.join(shots, pathlib.Path(page).stem + ".png")
            problems = check_page(b, page, shot)
            for p in problems:
                print(f"{page}: {p}", file=sys.stderr)
            failed += bool(problems)
    finally:
        b.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
