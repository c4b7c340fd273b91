#!/usr/bin/env python3
"""Print HTML reports to PDF in headless Chromium, as a person printing the report
would, and check the print stylesheet: the diagram alone on one landscape page (holding
the map's names), the tables on portrait pages, every section starting on its own page,
and table words kept whole (every short table cell appears unbroken in the PDF's text,
where a column squeezed to one character per line would split it). Pages are saved as
PNG (pdftoppm) for looking at.

Needs python3, Chromium ($CHROMIUM, else chromium on PATH) and poppler-utils (pdfinfo,
pdftotext, pdftoppm).

Usage:
  check_print.py --out DIR REPORT.html:NAME[,NAME...] [...]
      NAME: people's names the diagram page must hold
  check_print.py --self-test    # proves the checker fails on a report without print CSS
Exit status: 0 all good, 1 a report failed, 2 usage or a tool missing.
"""
import html.parser
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile


def chromium():
    for c in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if c and shutil.which(c):
            return shutil.which(c)
    sys.exit("check_print: Chromium not found (apt-get install chromium)")


def print_pdf(report, pdf):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", pathlib.Path(report).resolve().as_uri()],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def page_sizes(pdf):
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", pdf], check=True, capture_output=True, text=True).stdout
    sizes = []
    for m in re.finditer(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out, re.M):
        sizes.append((float(m.group(1)), float(m.group(2))))
    return sizes


def page_text(pdf, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout


class Cells(html.parser.HTMLParser):
    """Texts of the table cells and the section titles of a report."""

    def __init__(self):
        super().__init__()
        self.cells, self.sections, self.cur, self.tag = [], [], None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th", "h2"):
            self.cur, self.tag = "", tag

    def handle_endtag(self, tag):
        if tag in ("td", "th", "h2") and self.cur is not None:
            (self.sections if tag == "h2" else self.cells).append(self.cur.strip())
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur += data


def check(report, names, out):
    """Problems found in one report (an empty list when it prints well)."""
    problems = []
    stem = pathlib.Path(report).stem
    pdf = str(pathlib.Path(out) / f"print-{stem}.pdf")
    print_pdf(report, pdf)
    sizes = page_sizes(pdf)
    landscape = [i + 1 for i, (w, h) in enumerate(sizes) if w > h]
    if len(landscape) != 1:
        problems.append(f"{len(landscape)} landscape pages, expected the diagram alone on one: {sizes}")
    else:
        text = page_text(pdf, landscape[0])
        missing = [n for n in names if n not in text]
        if missing:
            problems.append(f"the landscape page {landscape[0]} lacks {missing}")
    portrait = [i + 1 for i, (w, h) in enumerate(sizes) if w <= h]
    if not portrait:
        problems.append("no portrait page for the tables")
    parsed = Cells()
    parsed.feed(pathlib.Path(report).read_text(encoding="utf-8"))
    # Every section on a page of its own: each title is at the top of some page.
    tops = []
    for p in portrait:
        lines = [l.strip() for l in page_text(pdf, p).splitlines() if l.strip()]
        tops.append(lines[0] if lines else "")
    for title in parsed.sections:
        if title not in tops:
            problems.append(f"section {title!r} does not start a page (page tops: {tops})")
    # Words kept whole: short cells (no spaces) appear unbroken in the text layer.
    text = "".join(page_text(pdf, p) for p in portrait)
    broken = sorted({c for c in parsed.cells if 2 <= len(c) <= 8 and " " not in c and c not in text})
    if broken:
        problems.append(f"table words broken across lines: {broken[:10]}")
    subprocess.run(["pdftoppm", "-png", "-r", "50", pdf, str(pathlib.Path(out) / f"print-{stem}")], check=True)
    return problems


def self_test():
    """A report without print CSS must fail: a wide diagram on portrait paper."""
    with tempfile.TemporaryDirectory() as d:
        page = pathlib.Path(d) / "plain.html"
        page.write_text("<!DOCTYPE html><html><body><section class='diagram'><svg xmlns='http://www.w3.org/2000/svg' width='2000' height='300'><text x='10' y='20'>Ann</text></svg></section>"
                        "<h2>One</h2><table><tr><th>a</th><td>决策者</td></tr></table><h2>Two</h2><p>x</p></body></html>", encoding="utf-8")
        if not check(str(page), ["Ann"], d):
            sys.exit("check_print self-test: a report without print CSS passed")
    print("check_print self-test: a report without print CSS fails, as it should")


def main(argv):
    if argv == ["--self-test"]:
        self_test()
        return 0
    if len(argv) < 3 or argv[0] != "--out":
        print(__doc__, file=sys.stderr)
        return 2
    for tool in ["pdfinfo", "pdftotext", "pdftoppm"]:
        if not shutil.which(tool):
            sys.exit(f"check_print: {tool} not found (apt-get install poppler-utils)")
    out = argv[1]
    pathlib.Path(out).mkdir(parents=True, exist_ok=True)
    failed = 0
    for arg in argv[2:]:
        report, _, names = arg.partition(":")
        problems = check(report, [n for n in names.split(",") if n], out)
        for p in problems:
            print(f"{report}: {p}", file=sys.stderr)
        failed += bool(problems)
        print(f"{report}: {'FAILED' if problems else 'prints well'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
