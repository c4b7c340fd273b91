#!/usr/bin/env python3
"""The workspace (`powermap serve`) in a real browser: Debian's headless Chromium driven
by chromium-driver through selenium (nothing downloaded at test time). Opens the page on
a copy of the North China map, clicks a person, changes a stance and sees the report
change, asks what if, draws a tie by dragging, undoes it, saves, and runs `powermap check`
on the saved file. Screenshots go to target/screens/serve-*.png.

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


def start_server(binary, map_path):
    proc = subprocess.Popen([binary, "serve", map_path, "--port", "0", "--lang", "en"],
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
        ranking = d.find_element(By.CSS_SELECTOR, "table[data-section=decision_makers]").text
        liu_row = next((l for l in ranking.splitlines() if "刘工" in l), "")
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


if __name__ == "__main__":
    main()
