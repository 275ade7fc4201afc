#!/usr/bin/env python3
"""Builds the hostile fixture project Tests/Fixtures/payload/ with the built `siyu` and proves that none of its XSS,
template or CSV-formula payloads survives in the output, in any context:

- every HTML page, parsed with html5lib (the WHATWG parsing algorithm browsers use): no inline script (only our
  own `assets/*.js` references and JSON islands, which must parse as JSON and cannot close the script), no `on*`
  attribute anywhere, no `javascript:`, `data:` or `vbscript:` URL in any URL attribute after entity decoding and
  whitespace/control-character/case normalisation, no element a payload could introduce (iframe, object, embed,
  base, style, form outside our search form, meta refresh), `<title>` and SVG `<title>`/`<text>` holding text only;
- the search index `.js` and the `.json` downloads: no `</script` and no raw `<`; the index's data parses as JSON;
- CSV downloads: no cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) unless prefixed;
- Mustache syntax from the data is shown literally, never evaluated; the payload text itself does reach the pages
  (as text), so the checks above are not vacuous; internal links and `#fragment` targets resolve.

    python3 Tests/Browser/payload_check.py [SIYU] [--keep] [--verbose]

SIYU is the built binary (default .build/debug/siyu). Needs html5lib (PyPI). The last line is `N passed, N failed`;
the exit code is non-zero when a check fails.
"""
import argparse
import csv
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "Tests/Fixtures/payload"

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "background", "cite", "data", "ping", "manifest",
                  "icon", "srcset", "longdesc", "usemap", "codebase", "archive", "lowsrc", "dynsrc"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
FORBIDDEN_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "textarea", "select",
                      "video", "audio", "math", "template", "portal", "foreignObject", "xmp", "plaintext"}
OWN_SCRIPT = re.compile(r"^(\.\./)*assets/[a-z][a-z0-9-]*\.js$")
OWN_STYLESHEET = re.compile(r"^(\.\./)*assets/[a-z][a-z0-9-]*\.css$")
OWN_SEARCH = re.compile(r"^(\.\./)*search\.html$")
STATIC_SCRIPTS = {path.name for path in (REPO / "Templates/assets").glob("*.js")}
NUMBER = re.compile(r"^-?\d+(\.\d+)?%?$")
CONTROL = re.compile(r"[\x00-\x20\x7f]")


def local(name):
    return name.rsplit("}", 1)[-1] if isinstance(name, str) else ""


def normalised_url(value):
    """What a browser takes the scheme from: entities are already decoded by the parser; ASCII whitespace and
    control characters are dropped anywhere (tab and newline inside a scheme are ignored), case is folded."""
    return CONTROL.sub("", value).lower()


class Checker:
    def __init__(self, site):
        self.site = site
        self.passed = 0
        self.failed = 0
        self.text = []          # every text node of every page, for the evidence checks
        self.notes = []

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {message}")
        return condition

    # --- HTML ---------------------------------------------------------------------------------------------------

    @staticmethod
    def element_allowed(element):
        """Elements a payload could smuggle in are refused outright; the few of ours are allowed by exact shape."""
        name = local(element.tag)
        attrs = {local(k): v for k, v in element.attrib.items()}
        if name == "meta":
            return "http-equiv" not in attrs and set(attrs) <= {"charset", "name", "content"}
        if name == "link":
            return attrs.get("rel") == "stylesheet" and OWN_STYLESHEET.match(attrs.get("href", "")) is not None
        if name == "form":
            return OWN_SEARCH.match(attrs.get("action", "")) is not None
        return name not in FORBIDDEN_ELEMENTS

    def html(self, path):
        relative = path.relative_to(self.site).as_posix()
        parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
        document = parser.parse(path.read_bytes(), transport_encoding="utf-8")
        problems = []

        def walk(element, ancestors):
            name = local(element.tag)
            if not isinstance(element.tag, str):
                return  # comments
            if name == "script":
                src = element.get("src")
                kind = (element.get("type") or "").strip().lower()
                body = element.text or ""
                if src is not None:
                    if not OWN_SCRIPT.match(src) or body.strip():
                        problems.append(f"script src={src!r} with {len(body)} characters inside")
                elif kind in ("application/json", "application/ld+json"):
                    try:
                        json.loads(body)
                    except ValueError as error:
                        problems.append(f"JSON island does not parse: {error}")
                    if "</script" in body.lower() or "<!--" in body:
                        problems.append("JSON island could close its script element")
                else:
                    problems.append(f"inline script: {body[:80]!r}")
            if not self.element_allowed(element):
                problems.append(f"element <{name}> {dict(element.attrib)}")
            for key, value in element.attrib.items():
                attribute = local(key).lower()
                if attribute.startswith("on"):
                    problems.append(f"event attribute {attribute}={value!r} on <{name}>")
                if attribute in URL_ATTRIBUTES or local(key) == "href":
                    url = normalised_url(value)
                    if url.startswith(BAD_SCHEMES):
                        problems.append(f"{attribute}={value!r} on <{name}>")
                    elif normalised_url(unquote(value)).startswith(BAD_SCHEMES):
                        self.notes.append(f"{relative}: inert percent-encoded {attribute}={value!r} (a relative URL)")
                if attribute == "style" and ("expression(" in value.lower() or "javascript:" in normalised_url(value)):
                    problems.append(f"style attribute {value!r}")
            if name in ("title", "text", "desc") and len(element):
                problems.append(f"<{name}> holds elements: {[local(c.tag) for c in element]}")
            if element.text:
                self.text.append(element.text)
            for child in element:
                walk(child, ancestors + [element])
                if child.tail:
                    self.text.append(child.tail)

        walk(document, [])
        for problem in problems:
            print(f"  {relative}: {problem}")
        self.check(not problems, f"{relative}: {len(problems)} payloads survive as markup")
        return document

    # --- other files --------------------------------------------------------------------------------------------

    def script_data(self, path):
        relative = path.relative_to(self.site).as_posix()
        text = path.read_text(encoding="utf-8")
        self.check("</script" not in text.lower() and "<" not in text, f"{relative}: contains '<' or '</script'")
        if path.name == "search-index.js":
            start, end = text.find("{"), text.rstrip().rfind("}")
            try:
                json.loads(text[start:end + 1])
                self.check(True, "")
            except ValueError as error:
                self.check(False, f"{relative}: the index is not JSON ({error})")

    def json_file(self, path):
        relative = path.relative_to(self.site).as_posix()
        text = path.read_text(encoding="utf-8")
        try:
            json.loads(text)
            parsed = True
        except ValueError:
            parsed = False
        self.check(parsed, f"{relative}: not JSON")
        self.check("<" not in text and ">" not in text, f"{relative}: raw '<' or '>' (unsafe to inline in HTML)")

    def csv_file(self, path):
        relative = path.relative_to(self.site).as_posix()
        text = path.read_text(encoding="utf-8-sig")
        bad = []
        for line, row in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
            for cell in row:
                if cell and cell[0] in "=+-@\t\r" and not NUMBER.match(cell):
                    bad.append(f"line {line}: {cell!r}")
        for problem in bad[:5]:
            print(f"  {relative}: formula cell {problem}")
        self.check(not bad, f"{relative}: {len(bad)} cells start a formula")
        return text

    def svg_file(self, path):
        relative = path.relative_to(self.site).as_posix()
        text = path.read_text(encoding="utf-8")
        self.check("<script" not in text.lower() and not re.search(r"\son[a-z]+\s*=", text, re.I),
                   f"{relative}: script or event attribute in SVG")

    # --- links --------------------------------------------------------------------------------------------------

    def links(self, documents):
        ids = {page: {e.get("id") for e in doc.iter() if isinstance(e.tag, str) and e.get("id")} | {"", "top"}
               for page, doc in documents.items()}
        broken = []
        for page, doc in documents.items():
            for element in doc.iter():
                if not isinstance(element.tag, str) or local(element.tag) not in ("a", "link", "script"):
                    continue
                href = element.get("href") or element.get("src")
                if not href or urlsplit(href).scheme or href.startswith("//"):
                    continue
                parts = urlsplit(href)
                target = (Path(page).parent / unquote(parts.path)).as_posix() if parts.path else page
                target_path = (self.site / target).resolve()
                if not target_path.is_relative_to(self.site.resolve()):
                    broken.append(f"{page}: {href} leaves the site")
                    continue
                name = target_path.relative_to(self.site.resolve()).as_posix()
                if normalised_url(unquote(href)).startswith(BAD_SCHEMES):
                    continue  # an inert relative URL made of a payload; noted above
                if not target_path.exists():
                    broken.append(f"{page}: {href} → missing {name}")
                elif parts.fragment and name in ids and unquote(parts.fragment) not in ids[name]:
                    broken.append(f"{page}: {href} → no id {unquote(parts.fragment)!r} in {name}")
        for problem in broken[:10]:
            print(f"  {problem}")
        self.check(not broken, f"{len(broken)} broken internal links or anchors")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("siyu", nargs="?", default=str(REPO / ".build/debug/siyu"))
    parser.add_argument("--keep", action="store_true", help="keep the built site and print where it is")
    parser.add_argument("--verbose", action="store_true", help="list the inert percent-encoded links")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="siyu-payload-"))
    try:
        project = folder / "project"
        shutil.copytree(FIXTURE, project)
        site = folder / "site"
        build = subprocess.run([args.siyu, "build", "--quiet", "--project", str(project), "--out", str(site)],
                               capture_output=True, text=True)
        checker = Checker(site)
        if not checker.check(build.returncode == 0, f"siyu build failed:\n{build.stdout}{build.stderr}"):
            print(f"{checker.passed} passed, {checker.failed} failed")
            return 1

        documents, csv_text = {}, []
        files = sorted(p for p in site.rglob("*") if p.is_file())
        for path in files:
            relative = path.relative_to(site).as_posix()
            if path.suffix == ".html":
                documents[relative] = checker.html(path)
            elif path.suffix == ".js" and path.name not in STATIC_SCRIPTS:
                checker.script_data(path)  # generated data: the search index
            elif path.suffix == ".json":
                checker.json_file(path)
            elif path.suffix == ".csv":
                csv_text.append(checker.csv_file(path))
            elif path.suffix == ".svg":
                checker.svg_file(path)
        checker.check(len(documents) > 10, f"only {len(documents)} HTML pages")
        checker.links(documents)

        # Evidence that the payloads reached the pages as text (so the checks above are not vacuous), and that
        # Mustache syntax from the data was shown, not evaluated.
        text = "\n".join(checker.text)
        for payload in ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
                        "</script><script>alert(2)</script>", "'><svg onload=alert(3)>", "{{ siteTitle }}", "{{{x}}}",
                        "{{#kpis}}loop{{/kpis}}", '=HYPERLINK("http://evil","x")'):
            checker.check(payload in text, f"payload {payload!r} never appears as text: is the fixture still used?")
        all_csv = "\n".join(csv_text)
        checker.check("'=HYPERLINK" in all_csv and "'@SUM" in all_csv, "the formula payloads never reach a CSV download")
        with open(FIXTURE / "Content/data/contacts.csv", encoding="utf-8") as contacts:
            phones = [row["phone"] for row in csv.DictReader(contacts)]
        everything = b"".join(path.read_bytes() for path in files)
        leaked = [phone for phone in phones if phone.encode() in everything]
        checker.check(phones and not leaked, f"{len(leaked)} phone numbers from the fixture reached the output")

        notes = sorted(set(checker.notes))
        for note in notes if args.verbose else []:
            print(f"note: {note}")
        if notes:
            print(f"note: {len(notes)} percent-encoded script URLs left as inert relative links (--verbose lists them)")
        if args.keep:
            print(f"site kept in {site}")
        print(f"{checker.passed} passed, {checker.failed} failed")
        return 0 if checker.failed == 0 else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
