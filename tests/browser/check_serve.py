#!/usr/bin/env python3
"""The workspace (`powermap serve`) in a real browser: Debian's headless Chromium driven
by chromium-driver through selenium (nothing downloaded at test time). Opens the page on
a copy of the North China map, clicks a person, changes a stance and sees the report
change, asks what if, draws a tie by dragging, undoes it, saves, and runs `powermap check`
on the saved file. Then: a CSV folder edited and saved back as CSV (checked); a big
generated map that opens collapsed, a unit expanded by a click and collapsed again
from the units panel; and training mode end to end (a class: the trainee's name, the
case, drawing two people and a tie, grading, and `powermap grade` on the saved attempt).
Screenshots go to target/screens/serve-*.png.

Usage: python3 tests/browser/check_serve.py target/release/powermap
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, "target", "screens")


def fail(msg):
    print(f"check_serve: FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def start_server(binary, map_path, *extra):
    args = [binary, "serve"] + ([map_path] if map_path else []) + ["--port", "0", "--lang", "en", *extra]
    proc = subprocess.Popen(args,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if "token=" not in line:
        proc.kill()
        fail(f"no URL printed: {line!r} {proc.stderr.read()}")
    url = next(w for w in line.split() if w.startswith("http://"))
    return proc, url


def driver(profile):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={profile}", "--window-size=1500,950"]:
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                            options=opts)


def person(d, pid):
    for g in d.find_elements(By.CSS_SELECTOR, "#canvas g.person"):
        if g.get_attribute("data-id") == pid:
            return g
    fail(f"no person {pid} on the diagram")


def click_person(d, pid):
    ActionChains(d).move_to_element(person(d, pid).find_element(By.TAG_NAME, "rect")).click().perform()
    WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "person-form"))


def state(d, expr):
    return d.execute_script(f"return {expr};")


def shot(d, name):
    os.makedirs(SHOTS, exist_ok=True)
    d.save_screenshot(os.path.join(SHOTS, f"serve-{name}.png"))


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/powermap"))
    work = tempfile.mkdtemp(prefix="powermap-serve-")
    map_path = os.path.join(work, "north-china.json")
    shutil.copy(os.path.join(ROOT, "data", "north-china-grid.json"), map_path)
    proc, url = start_server(binary, map_path)
    d = driver(os.path.join(work, "profile"))
    try:
        d.get(url)
        WebDriverWait(d, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#canvas g.person"))
        if "token=" in d.current_url:
            fail("the token stayed in the address bar")
        shot(d, "1-open")

        # A route in the report lights its people and the lines between them.
        row = d.find_element(By.CSS_SELECTOR, "table[data-section=paths] tbody tr.link")
        row.click()
        WebDriverWait(d, 10).until(
            lambda d: state(d, "document.querySelectorAll('#canvas path.tie.on').length") > 0)
        shot(d, "1b-route")
        row.click()
        WebDriverWait(d, 10).until(lambda d: state(d, "document.querySelectorAll('#canvas .on').length") == 0)

        # Click a person: the side panel shows the score and the form.
        click_person(d, "liu")
        panel = d.find_element(By.ID, "panel").text
        if "刘工" not in panel or "Score" not in panel:
            fail(f"the side panel does not show 刘工's score: {panel[:300]}")
        risks_before = d.find_element(By.CSS_SELECTOR, "table[data-section=risks]").text
        if "powerful skeptic" not in risks_before:
            fail("the skeptic risk is not in the report to begin with")

        # Change the stance: the ranking's stance column and the risks change.
        Select(d.find_element(By.CSS_SELECTOR, "#person-form select[name=stance]")).select_by_value("supporter")
        d.find_element(By.ID, "apply-person").click()
        WebDriverWait(d, 10).until(lambda d: state(d, "S.dirty") is True)
        # The row's text (a cell may wrap, e.g. the confidence with its defaults).
        rows = d.find_elements(By.CSS_SELECTOR, "table[data-section=decision_makers] tr")
        liu_row = next((r.text.replace("\n", " ") for r in rows if "刘工" in r.text), "")
        if "supporter" not in liu_row:
            fail(f"the ranking does not show 刘工 as a supporter: {liu_row!r}")
        if "powerful skeptic" in d.find_element(By.CSS_SELECTOR, "table[data-section=risks]").text:
            fail("the skeptic risk is still reported after 刘工 became a supporter")
        shot(d, "2-stance")

        # What if 马工 were a supporter too? Nothing changes until applied.
        d.find_element(By.ID, "whatif").click()
        click_person(d, "ma")
        Select(d.find_element(By.CSS_SELECTOR, "#person-form select[name=stance]")).select_by_value("supporter")
        d.find_element(By.ID, "apply-person").click()
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "whatif-text"))
        if "neutral → supporter" not in d.find_element(By.ID, "whatif-text").text:
            fail("the what-if does not say what moves")
        if state(d, "S.doc.people.find(p => p.id === 'ma').stance") != "neutral":
            fail("a what-if changed the map")
        shot(d, "3-whatif")
        d.find_element(By.ID, "whatif").click()

        # Draw a tie by dragging from 赵总 to the bureau head.
        ties = state(d, "S.doc.ties.length")
        src = person(d, "zhao").find_element(By.TAG_NAME, "rect")
        dst = person(d, "bureau_head").find_element(By.TAG_NAME, "rect")
        ActionChains(d).click_and_hold(src).move_by_offset(15, 15).move_to_element(dst).release().perform()
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "create-tie"))
        shot(d, "4-tie-form")
        d.find_element(By.ID, "create-tie").click()
        WebDriverWait(d, 10).until(lambda d: state(d, "S.doc.ties.length") == ties + 1)
        shot(d, "5-tie")

        # Undo the tie; the stance change stays.
        d.find_element(By.ID, "undo").click()
        WebDriverWait(d, 10).until(lambda d: state(d, "S.doc.ties.length") == ties)
        if state(d, "S.doc.people.find(p => p.id === 'liu').stance") != "supporter":
            fail("undo went too far")

        # Save, and check the saved file with the command line.
        d.find_element(By.ID, "save").click()
        WebDriverWait(d, 10).until(lambda d: state(d, "S.dirty") is False)
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "saved-note"))
        shot(d, "6-saved")
        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        if errors:
            fail(f"console errors: {errors}")
    finally:
        d.quit()
        proc.kill()
        proc.wait()
    check = subprocess.run([binary, "check", map_path], capture_output=True, text=True)
    if check.returncode != 0:
        fail(f"powermap check refused the saved file: {check.stderr}")
    saved = json.load(open(map_path, encoding="utf-8"))
    liu = next(p for p in saved["people"] if p["id"] == "liu")
    if liu.get("stance") != "supporter":
        fail("the saved file does not hold the edit")
    history = os.path.join(work, ".powermap", "history")
    if not os.path.isdir(history) or not os.listdir(history):
        fail("no previous version kept in .powermap/history")
    shutil.rmtree(work, ignore_errors=True)
    print("check_serve: the workspace in Chromium: open, click, edit, what-if, draw a tie, undo, save, check: passed")
    csv_folder(binary)
    big_map_collapsed(binary)
    training(binary)


def no_console_errors(d):
    errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
    if errors:
        fail(f"console errors: {errors}")


def session(binary, map_path, *extra):
    work = tempfile.mkdtemp(prefix="powermap-serve-")
    proc, url = start_server(binary, map_path, *extra)
    d = driver(os.path.join(work, "profile"))
    d.get(url)
    return work, proc, d


def csv_folder(binary):
    """A CSV folder: an edit saved back as the same CSV files, the old ones in the history."""
    work = tempfile.mkdtemp(prefix="powermap-csv-")
    folder = os.path.join(work, "ncg")
    subprocess.run([binary, "export", os.path.join(ROOT, "data", "north-china-grid.json"), "--format", "csv",
                    "-o", folder, "--lang", "zh"], check=True, capture_output=True)
    files = sorted(os.listdir(folder))
    _, proc, d = session(binary, folder)
    try:
        WebDriverWait(d, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#canvas g.person"))
        if state(d, "S.form") != "csv" or not state(d, "S.can_save"):
            fail(f"a CSV folder is not saveable: {state(d, 'S.form')}")
        click_person(d, "ma")
        Select(d.find_element(By.CSS_SELECTOR, "#person-form select[name=stance]")).select_by_value("opponent")
        d.find_element(By.ID, "apply-person").click()
        WebDriverWait(d, 10).until(lambda d: state(d, "S.dirty") is True)
        d.find_element(By.ID, "save").click()
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "saved-note"))
        shot(d, "7-csv-saved")
        no_console_errors(d)
    finally:
        d.quit()
        proc.kill()
        proc.wait()
    now = sorted(f for f in os.listdir(folder) if f != ".powermap")
    if now != files:
        fail(f"the CSV folder's files changed: {files} -> {now}")
    check = subprocess.run([binary, "check", folder], capture_output=True, text=True)
    if check.returncode != 0:
        fail(f"powermap check refused the saved CSV folder: {check.stderr}")
    out = subprocess.run([binary, "export", folder, "--format", "json", "-o", os.path.join(work, "back.json")],
                         capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"the saved CSV folder does not export: {out.stderr}")
    ma = next(p for p in json.load(open(os.path.join(work, "back.json"), encoding="utf-8"))["people"] if p["id"] == "ma")
    if ma.get("stance") != "opponent":
        fail("the saved CSV folder does not hold the edit")
    history = os.path.join(folder, ".powermap", "history")
    snaps = os.listdir(history) if os.path.isdir(history) else []
    if len(snaps) != 1 or sorted(os.listdir(os.path.join(history, snaps[0]))) != files:
        fail(f"the history does not keep every old file: {snaps}")
    shutil.rmtree(work, ignore_errors=True)
    print("check_serve: a CSV folder edited and saved back as CSV, old files kept: passed")


def big_map_collapsed(binary):
    """A big map opens collapsed; a click on a unit's box expands it; the panel collapses it."""
    work = tempfile.mkdtemp(prefix="powermap-big-")
    big = os.path.join(work, "big.json")
    subprocess.run([binary, "generate", "--people", "150", "--seed", "3", "-o", big], check=True, capture_output=True)
    _, proc, d = session(binary, big)
    try:
        WebDriverWait(d, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#canvas g.person"))
        folded = d.find_elements(By.CSS_SELECTOR, "#canvas g.person.folded")
        if not folded or not state(d, "S.collapsed.length"):
            fail("a 150-person map does not open collapsed")
        boxes = len(d.find_elements(By.CSS_SELECTOR, "#canvas g.person"))
        if boxes >= 150:
            fail(f"collapsed, the diagram still draws {boxes} boxes")
        shot(d, "8-big-collapsed")
        unit = folded[0].get_attribute("data-unit")
        ActionChains(d).move_to_element(folded[0].find_element(By.TAG_NAME, "rect")).click().perform()
        WebDriverWait(d, 20).until(lambda d: unit not in state(d, "S.collapsed"))
        if len(d.find_elements(By.CSS_SELECTOR, "#canvas g.person")) <= boxes:
            fail("expanding a unit did not draw its people")
        shot(d, "9-big-expanded")
        d.find_element(By.ID, "units").click()
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "collapse-all"))
        d.find_element(By.CSS_SELECTOR, f"button.fold[data-unit='{unit}']").click()
        WebDriverWait(d, 20).until(lambda d: unit in state(d, "S.collapsed"))
        d.find_element(By.ID, "expand-all").click()
        WebDriverWait(d, 30).until(lambda d: state(d, "S.collapsed.length") == 0)
        # The diagram is fetched again after the view changes: wait for it.
        drawn = lambda: len(d.find_elements(By.CSS_SELECTOR, "#canvas g.person"))
        everyone = len(json.load(open(big, encoding="utf-8"))["people"])  # ours included
        try:
            WebDriverWait(d, 30).until(lambda _: drawn() == everyone)
        except Exception:
            fail(f"expand all does not draw everyone: {drawn()} boxes of {everyone}")
        if state(d, "S.dirty"):
            fail("collapsing made the map dirty")
        # Expanded, the diagram is fitted to the stage again, not left running off it.
        fits = d.execute_script(
            "const s = document.getElementById('stage').getBoundingClientRect();"
            "const g = document.querySelector('#canvas svg').getBoundingClientRect();"
            "return g.width <= s.width + 1 && g.left >= s.left - 1 && g.right <= s.right + 1;")
        if not fits:
            fail("after expand all the diagram is not fitted to the stage")
        shot(d, "10-big-expanded-all")
        no_console_errors(d)
    finally:
        d.quit()
        proc.kill()
        proc.wait()
    shutil.rmtree(work, ignore_errors=True)
    print("check_serve: a big map opens collapsed, expands and collapses: passed")


def training(binary):
    """Training mode, a class: name, case, draw, grade; the trainer grades the saved file."""
    work = tempfile.mkdtemp(prefix="powermap-class-")
    klass = os.path.join(work, "class")
    _, proc, d = session(binary, None, "--exercise", "north-china-grid", "--class", klass)
    try:
        WebDriverWait(d, 20).until(lambda d: d.find_elements(By.ID, "trainee-name"))
        case = d.find_element(By.ID, "case").text
        if "North China" not in case:
            fail(f"the case text is not shown: {case[:200]}")
        if state(d, "S.doc.people ? S.doc.people.length : 0") != 0:
            fail("the trainee does not start from an empty map")
        d.find_element(By.ID, "trainee-name").send_keys("Wang Xiaoming")
        d.find_element(By.ID, "trainee-start").click()
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "trainee"))
        shot(d, "11-training-start")
        for pid, name in [("head", "Bureau head"), ("liu", "Liu")]:
            d.find_element(By.ID, "add-person").click()
            WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "create-person"))
            d.find_element(By.CSS_SELECTOR, "#panel input[name=id]").send_keys(pid)
            d.find_element(By.CSS_SELECTOR, "#panel input[name=name]").send_keys(name)
            d.find_element(By.ID, "create-person").click()
            WebDriverWait(d, 10).until(lambda d, pid=pid: any(p["id"] == pid for p in state(d, "S.doc.people")))
        src = person(d, "liu").find_element(By.TAG_NAME, "rect")
        dst = person(d, "head").find_element(By.TAG_NAME, "rect")
        ActionChains(d).click_and_hold(src).move_by_offset(15, 15).move_to_element(dst).release().perform()
        WebDriverWait(d, 10).until(lambda d: d.find_elements(By.ID, "create-tie"))
        Select(d.find_element(By.CSS_SELECTOR, "#panel select[name=kind]")).select_by_value("reports_to")
        d.find_element(By.ID, "create-tie").click()
        WebDriverWait(d, 10).until(lambda d: len(state(d, "S.doc.ties || []")) == 1)
        shot(d, "12-training-drawn")
        d.find_element(By.ID, "grade").click()
        WebDriverWait(d, 20).until(lambda d: d.find_elements(By.ID, "grade-text"))
        shown = float(d.find_element(By.ID, "grade-total").text)
        shot(d, "13-training-graded")
        no_console_errors(d)
    finally:
        d.quit()
        proc.kill()
        proc.wait()
    attempt = os.path.join(klass, "Wang_Xiaoming.json")
    if not os.path.isfile(attempt):
        fail(f"the attempt is not saved in the class folder: {os.listdir(klass) if os.path.isdir(klass) else None}")
    g = subprocess.run([binary, "grade", "--exercise", "north-china-grid", attempt, "--format", "json"],
                       capture_output=True, text=True)
    if g.returncode != 0:
        fail(f"powermap grade refused the saved attempt: {g.stderr}")
    total = json.loads(g.stdout)["total"]
    if abs(total - shown) > 0.05:
        fail(f"the page showed {shown}, powermap grade gives {total}")
    shutil.rmtree(work, ignore_errors=True)
    print("check_serve: training mode: name, case, draw, grade, the trainer's grade agrees: passed")


if __name__ == "__main__":
    main()
