#!/usr/bin/env python3
"""Accessibility of the built sample site with axe-core in headless Chromium: no serious or critical violation on
the overview, one family page, one playbook and the search results for a Chinese query, in the light and the dark
colour scheme.

    python3 Tests/Browser/a11y_check.py [SIYU] [--site DIR] [--page PATH ...] [--verbose]

SIYU is the built binary (default .build/debug/siyu); the sample project is built into a temporary folder unless
--site names an already built site. axe-core comes from the PyPI package `selenium-axe-python` (axe 4.x) or else
`axe-selenium-python` (its bundled `axe.min.js` is injected directly, so nothing is fetched); Chromium and its driver from Debian. The last line is
`N passed, N failed` (one check per page and scheme); the exit code is non-zero when any page fails.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
PAGES = ["index.html", "pool.html", "playbooks/sop/welcome.html", "search.html?q=%E5%A4%8D%E8%B4%AD"]  # 复购
BLOCKING = {"serious", "critical"}


def axe_script():
    """The newest bundled axe-core: `selenium-axe-python` ships axe 4.x; `axe-selenium-python` before 3.0 (the last
    for Python < 3.12) ships axe 3.1, which misreads modern CSS colours as NaN contrast, so it is only a fallback."""
    candidates = []
    try:
        import selenium_axe_python
        candidates.append(Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js")
    except ImportError:
        pass
    try:
        import axe_selenium_python
        candidates.append(Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js")
    except ImportError:
        pass
    for path in candidates:
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise SystemExit("no axe.min.js: pip install selenium-axe-python (or axe-selenium-python)")


def browser():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=zh-CN", "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    driver = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))


def run_axe(driver, script):
    driver.execute_script(script)
    driver.set_script_timeout(60)
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}, function (error, results) {"
        "  done(error ? {error: String(error)} : {version: axe.version, violations: results.violations}); });")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("siyu", nargs="?", default=str(REPO / ".build/debug/siyu"))
    parser.add_argument("--site", help="check this built site instead of building the sample")
    parser.add_argument("--page", action="append", help="page to check (relative, may carry ?query)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="siyu-a11y-"))
    try:
        if args.site:
            site = Path(args.site).resolve()
        else:
            site = folder / "site"
            build = subprocess.run([args.siyu, "build", "--quiet", "--project", str(REPO), "--out", str(site)],
                                   capture_output=True, text=True)
            if build.returncode != 0:
                print(build.stdout + build.stderr, file=sys.stderr)
                print("0 passed, 1 failed")
                return 1
        script = axe_script()
        driver = browser()
        passed = failed = 0
        try:
            for scheme in ("light", "dark"):
                # Both colour schemes: siyu.css has a dark palette behind prefers-color-scheme.
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for page in args.page or PAGES:
                    name = f"{page} ({scheme})"
                    driver.get(site.as_uri() + "/" + page)
                    result = run_axe(driver, script)
                    if "error" in result:
                        failed += 1
                        print(f"FAIL {name}: axe error {result['error']}")
                        continue
                    blocking = [v for v in result["violations"] if v.get("impact") in BLOCKING]
                    others = [v for v in result["violations"] if v.get("impact") not in BLOCKING]
                    for violation in blocking + (others if args.verbose else []):
                        nodes = violation["nodes"]
                        print(f"  {violation['impact']:8} {violation['id']}: {violation['help']} ({len(nodes)} nodes)")
                        for node in nodes[:5]:
                            summary = node.get("failureSummary", "").splitlines()[-1:]
                            print(f"           {', '.join(map(str, node['target']))}: {summary}")
                    if blocking:
                        failed += 1
                        print(f"FAIL {name}: {len(blocking)} serious or critical violations (axe {result['version']})")
                    else:
                        passed += 1
                        print(f"ok   {name}: 0 serious or critical ({len(others)} minor or moderate; axe {result['version']})")
        finally:
            driver.quit()
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
