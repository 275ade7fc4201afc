#!/usr/bin/env python3
"""Builds the bundled sample with the built `siyu` binary into a temporary folder, opens it from file:// in
headless Chromium, and checks that search works offline: a Chinese query finds its playbook on search.html and in
the header box (keyboard included), a mixed query and an English KPI id work, and text from a playbook is shown as
text, never run as HTML.

    python3 Tests/Browser/search_test.py [--siyu PATH] [--keep]

Needs Debian's `chromium` and `chromium-driver` and the `selenium` package (.ci/setup installs them). Nothing is
fetched from the network: the driver is named explicitly, so Selenium Manager never runs.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
HOSTILE_TITLE = '<img src=x onerror="window.__siyuPwned=1">诱饵标题'


def find_executable(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def siyu_binary(explicit):
    if explicit:
        return Path(explicit)
    if os.environ.get("SIYU_BIN"):
        return Path(os.environ["SIYU_BIN"])
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True,
                              capture_output=True, text=True).stdout.strip()
    binary = Path(bin_path) / "siyu"
    if not binary.exists():
        subprocess.run(["swift", "build", "--product", "siyu"], cwd=REPO, check=True)
    return binary


class SearchInTheBrowser(unittest.TestCase):
    siyu = None
    keep = False

    @classmethod
    def setUpClass(cls):
        cls.folder = Path(tempfile.mkdtemp(prefix="siyu-browser-"))
        # The sample project, plus one playbook whose title and text try to smuggle HTML into the results.
        project = cls.folder / "project"
        project.mkdir()
        shutil.copy(REPO / "siyu.yml", project / "siyu.yml")
        shutil.copytree(REPO / "Content", project / "Content")
        (project / "Content/playbooks/sop/bait.md").write_text(
            "---\n"
            f"title: '{HOSTILE_TITLE}'\n"
            "section: SOP\n"
            "order: 99\n"
            "---\n"
            "诱饵正文：<script>window.__siyuPwned=2</script> 和 `<b onmouseover=x>粗</b>` 都只是文字。\n",
            encoding="utf-8")
        cls.site = cls.folder / "site"
        build = subprocess.run([str(cls.siyu), "build", "--project", str(project), "--out", str(cls.site)],
                               capture_output=True, text=True)
        if build.returncode != 0:
            raise RuntimeError("siyu build failed:\n" + build.stdout + build.stderr)
        cls.summary = build.stdout

        options = Options()
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1280,900", "--lang=zh-CN"):
            options.add_argument(argument)
        options.binary_location = find_executable("chromium", "chromium-browser", "google-chrome") or "chromium"
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = find_executable("chromedriver") or "/usr/lib/chromium/chromedriver"
        cls.browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        cls.wait = WebDriverWait(cls.browser, 15)

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        if cls.keep:
            print(f"site kept in {cls.site}")
        else:
            shutil.rmtree(cls.folder, ignore_errors=True)

    def url(self, path, query=None):
        url = (self.site / path).resolve().as_uri()
        return url + ("?q=" + quote(query) if query is not None else "")

    def page_results(self, query):
        self.browser.get(self.url("search.html", query))
        self.wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#search-page-results li")
                        or "没有找到" in b.find_element(By.ID, "search-page-status").text)
        return self.browser.find_elements(By.CSS_SELECTOR, "#search-page-results li a.search-hit")

    def assertNoScriptErrors(self):
        severe = [entry for entry in self.browser.get_log("browser") if entry.get("level") == "SEVERE"]
        self.assertEqual(severe, [], "errors in the browser console")

    def test_build_summary_reports_the_index_size(self):
        self.assertRegex(self.summary, r"search index \d+ KiB")
        self.assertTrue((self.site / "assets/search-index.js").exists())

    def test_chinese_query_on_the_results_page_finds_the_playbook(self):
        hits = self.page_results("沉睡召回")
        self.assertTrue(hits, "no results for 沉睡召回")
        first = hits[0]
        self.assertTrue(first.get_attribute("href").endswith("playbooks/sop/win-back.html"), first.get_attribute("href"))
        self.assertIn("沉睡客户召回", first.find_element(By.CLASS_NAME, "search-hit-title").text)
        marks = [mark.text for mark in first.find_elements(By.TAG_NAME, "mark")]
        self.assertTrue(set(marks) & {"沉睡", "召回"}, marks)
        self.assertIn("找到", self.browser.find_element(By.ID, "search-page-status").text)
        self.assertNoScriptErrors()

    def test_the_result_link_opens_the_playbook(self):
        hits = self.page_results("新客欢迎")
        hits[0].click()
        self.wait.until(EC.url_contains("playbooks/sop/welcome.html"))
        self.assertEqual(self.browser.find_element(By.TAG_NAME, "h1").text, "新客欢迎流程")

    def test_header_box_with_keyboard_shortcut_and_mixed_query(self):
        self.browser.get(self.url("playbooks/strategy/goals.html"))
        self.browser.find_element(By.TAG_NAME, "body").send_keys("/")
        box = self.browser.switch_to.active_element
        self.assertEqual(box.get_attribute("id"), "site-search-input")
        box.send_keys("复购 SOP")
        self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#site-search-results [role=option]")))
        options = self.browser.find_elements(By.CSS_SELECTOR, "#site-search-results [role=option] a")
        self.assertTrue(options[0].get_attribute("href").endswith("playbooks/sop/repurchase.html"),
                        options[0].get_attribute("href"))
        for option in options:  # every term must match: each hit sits in the SOP section
            self.assertIn("SOP", option.find_element(By.CLASS_NAME, "search-hit-context").text)
        box.send_keys(Keys.ARROW_DOWN)
        self.assertEqual(box.get_attribute("aria-activedescendant"), "site-search-option-0")
        box.send_keys(Keys.ENTER)
        self.wait.until(EC.url_contains("playbooks/sop/repurchase.html"))
        self.assertNoScriptErrors()

    def test_ctrl_k_focuses_the_box_and_escape_closes_the_panel(self):
        self.browser.get(self.url("index.html"))
        body = self.browser.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.CONTROL, "k")
        box = self.browser.switch_to.active_element
        self.assertEqual(box.get_attribute("id"), "site-search-input")
        box.send_keys("群发")
        panel = self.wait.until(EC.visibility_of_element_located((By.CLASS_NAME, "search-panel")))
        box.send_keys(Keys.ESCAPE)
        self.wait.until(EC.invisibility_of_element(panel))

    def test_english_kpi_id_finds_the_kpi_card(self):
        hits = self.page_results("repurchase_rate")
        hrefs = [hit.get_attribute("href") for hit in hits]
        self.assertTrue(any(href.endswith("index.html#kpi-repurchase_rate") for href in hrefs), hrefs)

    def test_a_single_character_is_found_through_the_pairs_holding_it(self):
        hits = self.page_results("茶")
        self.assertGreater(len(hits), 3)
        self.assertIn("茶", hits[0].text)

    def test_nothing_found_says_so(self):
        self.assertEqual(self.page_results("量子纠缠"), [])
        self.assertIn("没有找到", self.browser.find_element(By.ID, "search-page-status").text)

    def test_text_from_playbooks_is_shown_as_text_never_run(self):
        hits = self.page_results("诱饵")
        self.assertTrue(hits, "the bait playbook is not found")
        titles = [hit.find_element(By.CLASS_NAME, "search-hit-title").text for hit in hits]
        self.assertIn(HOSTILE_TITLE, titles)
        snippets = " ".join(hit.text for hit in hits)
        self.assertIn("<b onmouseover=x>", snippets)
        self.assertIsNone(self.browser.execute_script("return window.__siyuPwned"))
        self.assertEqual(self.browser.find_elements(By.CSS_SELECTOR, "#search-page-results img"), [])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--siyu", help="the siyu binary (default: the package's debug build)")
    parser.add_argument("--keep", action="store_true", help="keep the built site and print where it is")
    arguments, rest = parser.parse_known_args()
    SearchInTheBrowser.siyu = siyu_binary(arguments.siyu)
    SearchInTheBrowser.keep = arguments.keep
    if not SearchInTheBrowser.siyu.exists():
        sys.exit(f"no siyu binary at {SearchInTheBrowser.siyu}")
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
