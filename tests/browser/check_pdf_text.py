#!/usr/bin/env python3
"""The PDF's text layer holds the names: for each map, the names drawn in its built-in
SVG (the first line of every person's box) must all be found by pdftotext in the PDF
powermap drew from that SVG, as one-page and as cut A4 pages. Pages are also saved as
PNG (pdftoppm) for looking at.

Usage: check_pdf_text.py POWERMAP OUTDIR MAP [MAP ...]
Needs python3 and poppler-utils (pdftotext, pdftoppm).
"""
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def names(bin_, map_, lang):
    svg = subprocess.run([bin_, "render", map_, "--format", "svg", "--lang", lang],
                         check=True, capture_output=True).stdout
    root = ET.fromstring(svg)
    out = []
    for g in root.iter(SVG + "g"):
        if g.get("class") == "person":
            texts = [t for t in g.iter(SVG + "text")]
            if texts:
                out.append("".join(texts[0].itertext()))
    return out


def squeeze(s):
    return re.sub(r"\s+", "", s)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    bin_, out, maps = argv[0], pathlib.Path(argv[1]), argv[2:]
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for m in maps:
        stem = re.sub(r"[^A-Za-z0-9]+", "-", m).strip("-")
        for lang in ["en", "zh", "zh-hant"]:
            want = names(bin_, m, lang)
            for fit in [[], ["--fit", "a4"]]:
                pdf = out / f"{stem}-{lang}{'-a4' if fit else ''}.pdf"
                subprocess.run([bin_, "render", m, "--format", "pdf", "--lang", lang, *fit, "-o", str(pdf)],
                               check=True, stderr=subprocess.DEVNULL)
                text = squeeze(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                              capture_output=True, text=True).stdout)
                missing = [n for n in want if squeeze(n) not in text]
                if not want or missing:
                    print(f"{pdf}: names not in the text layer: {missing or 'no names found in the SVG'}",
                          file=sys.stderr)
                    failed += 1
                subprocess.run(["pdftoppm", "-png", "-r", "40", "-l", "3", str(pdf), str(pdf.with_suffix(""))],
                               check=True)
        print(f"{m}: every name is text in its PDFs")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
