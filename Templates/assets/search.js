// Siyu search: the header box (press / or Ctrl K) and search.html. Loads assets/search-index.js on first use —
// a script, so it works from file:// — and matches Chinese by character pairs (bigrams), other words by prefix,
// every term required. Results are built with createElement and textContent: nothing from the index is parsed as HTML.
// Tokenising mirrors SearchTokenizer.swift; keep the two in step.
(function () {
  "use strict";

  var form = document.querySelector("form.site-search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var root = form.getAttribute("data-root") || "";
  var labels = {
    none: form.getAttribute("data-none") || "",
    loading: form.getAttribute("data-loading") || "",
    count: form.getAttribute("data-count") || "{n}"
  };

  // ---- Tokenising (SearchTokenizer.swift) ----

  function normalize(text) {
    var out = "";
    for (var ch of String(text).toLowerCase()) {
      var code = ch.codePointAt(0);
      if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
      else if (code === 0x3000) out += " ";
      else out += ch;
    }
    return out.toLowerCase();
  }

  function isCJK(code) {
    return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x2fa1f);
  }

  var wordCharacter = /[\p{L}\p{N}]/u;

  // Runs of CJK characters and of other letters and digits: [{cjk: true, text: "复购"}, {cjk: false, text: "sop"}].
  function runs(text) {
    var result = [], current = "", currentIsCJK = false;
    function flush() {
      if (current) result.push({ cjk: currentIsCJK, text: current });
      current = "";
    }
    for (var ch of normalize(text)) {
      if (isCJK(ch.codePointAt(0))) {
        if (!currentIsCJK) flush();
        currentIsCJK = true;
        current += ch;
      } else if (wordCharacter.test(ch)) {
        if (currentIsCJK) flush();
        currentIsCJK = false;
        current += ch;
      } else {
        flush();
      }
    }
    flush();
    return result;
  }

  // ---- The index ----

  var index = null, keys = null, fields = null, waiting = null, decoded = new Map();

  function prepare() {
    index = window.SiyuSearchIndex;
    keys = Object.keys(index.terms).sort();
    decoded = new Map();
    fields = index.docs.map(function (doc) {
      var title = normalize(doc[1]), context = normalize(doc[2]), text = normalize(doc[4]);
      return { title: title, context: context, text: text,
               all: title + " " + context + " " + text + " " + normalize(doc[5]) };
    });
  }

  function withIndex(done) {
    if (index) return done();
    if (window.SiyuSearchIndex) { prepare(); return done(); }
    if (waiting) { waiting.push(done); return; }
    waiting = [done];
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () {
      if (!window.SiyuSearchIndex) return;
      prepare();
      var callbacks = waiting;
      waiting = null;
      callbacks.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(script);
  }

  // The docs holding a token, ascending: the index stores the first and then the gaps (SearchIndexBuilder.swift).
  function postings(token) {
    if (!Object.prototype.hasOwnProperty.call(index.terms, token)) return [];
    var docs = decoded.get(token);
    if (!docs) {
      var gaps = index.terms[token], previous = 0;
      docs = gaps.map(function (gap) { previous += gap; return previous; });
      decoded.set(token, docs);
    }
    return docs;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function lowerBound(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < value) lo = mid + 1; else hi = mid; }
    return lo;
  }

  function bigrams(text) {
    var chars = Array.from(text), pairs = [];
    for (var i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
    return pairs;
  }

  // Docs holding a unit. A word run matches any word it begins. A CJK run matches by its character pairs:
  // Chinese has no word spaces, so 沉睡召回 must find 沉睡客户召回 — one missing pair in three is forgiven
  // (the seam between two words), and pages holding the whole run rank first.
  function docsFor(unit) {
    if (unit.cjk) {
      var chars = Array.from(unit.text);
      if (chars.length === 1) {
        // One character: the pairs holding it, and the character where it stood alone.
        var single = new Set(postings(unit.text));
        keys.forEach(function (key) {
          if (key !== unit.text && key.indexOf(unit.text) >= 0 && isCJK(key.codePointAt(0))) {
            postings(key).forEach(function (d) { single.add(d); });
          }
        });
        return Array.from(single).sort(function (a, b) { return a - b; });
      }
      var pairs = bigrams(unit.text), counts = new Map();
      pairs.forEach(function (pair) {
        postings(pair).forEach(function (d) { counts.set(d, (counts.get(d) || 0) + 1); });
      });
      var needed = pairs.length - Math.floor(pairs.length / 3);
      var docs = [];
      counts.forEach(function (count, d) { if (count >= needed) docs.push(d); });
      return docs.sort(function (a, b) { return a - b; });
    }
    var found = new Set();
    for (var k = lowerBound(keys, unit.text); k < keys.length && keys[k].indexOf(unit.text) === 0; k++) {
      postings(keys[k]).forEach(function (d) { found.add(d); });
    }
    return Array.from(found).sort(function (a, b) { return a - b; });
  }

  function occurrences(haystack, needle) {
    var count = 0, at = haystack.indexOf(needle);
    while (at >= 0 && count < 5) { count++; at = haystack.indexOf(needle, at + needle.length); }
    return count;
  }

  function search(query) {
    var seen = {}, units = runs(query).filter(function (unit) {
      if (seen[unit.text]) return false;
      seen[unit.text] = true;
      unit.pairs = unit.cjk && Array.from(unit.text).length > 2 ? bigrams(unit.text) : [];
      return true;
    });
    if (!units.length) return { units: units, hits: [] };
    var docs = null;
    for (var u = 0; u < units.length; u++) {
      var list = docsFor(units[u]);
      docs = docs ? intersect(docs, list) : list;
      if (!docs.length) break;
    }
    var hits = docs.map(function (d) {
      var field = fields[d], score = 0;
      units.forEach(function (unit) {
        if (field.title === unit.text) score += 30;
        else if (field.title.indexOf(unit.text) >= 0) score += 10;
        else if (unit.cjk) score += 3 * unit.pairs.filter(function (pair) { return field.title.indexOf(pair) >= 0; }).length;
        if (field.context.indexOf(unit.text) >= 0) score += 2;
        var whole = occurrences(field.text, unit.text);
        score += whole ? 2 + whole : 0.5 * unit.pairs.filter(function (pair) { return field.text.indexOf(pair) >= 0; }).length;
      });
      if (index.docs[d][3].indexOf("#") < 0) score += 4; // a whole page before one of its sections
      return { doc: d, score: score };
    });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { units: units, hits: hits };
  }

  // ---- Results, built node by node ----

  // Appends `text` to `parent`, wrapping every occurrence of a unit in <mark>.
  function highlight(parent, text, units) {
    var lower = normalize(text);
    if (lower.length !== text.length) lower = text.toLowerCase();
    if (lower.length !== text.length) { parent.appendChild(document.createTextNode(text)); return; }
    var needles = [];
    units.forEach(function (unit) { needles.push(unit.text); needles.push.apply(needles, unit.pairs); });
    needles.sort(function (a, b) { return b.length - a.length; });
    var at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      needles.forEach(function (needle) {
        var found = lower.indexOf(needle, at);
        if (found >= 0 && (next < 0 || found < next || (found === next && needle.length > length))) {
          next = found;
          length = needle.length;
        }
      });
      if (next < 0) break;
      if (next > at) parent.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      parent.appendChild(mark);
      at = next + length;
    }
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  // A window of the text around the first match, on code point boundaries.
  function snippet(text, units, size) {
    var chars = Array.from(text);
    if (chars.length <= size) return text;
    var lower = normalize(text), first = -1;
    units.forEach(function (unit) {
      [unit.text].concat(unit.pairs).forEach(function (needle) {
        var found = lower.indexOf(needle);
        if (found >= 0 && (first < 0 || found < first)) first = found;
      });
    });
    var position = first < 0 ? 0 : Array.from(text.slice(0, first)).length;
    var start = Math.max(0, Math.min(position - Math.floor(size / 4), chars.length - size));
    return (start > 0 ? "…" : "") + chars.slice(start, start + size).join("") + (start + size < chars.length ? "…" : "");
  }

  function resultNode(hit, units, id, snippetSize) {
    var doc = index.docs[hit.doc];
    var link = document.createElement("a");
    link.className = "search-hit";
    link.href = root + doc[3];
    var meta = document.createElement("span");
    meta.className = "search-hit-meta";
    var kind = document.createElement("span");
    kind.className = "search-hit-kind search-kind-" + doc[0];
    kind.textContent = index.kinds[doc[0]] || doc[0];
    var context = document.createElement("span");
    context.className = "search-hit-context";
    context.textContent = doc[2];
    meta.appendChild(kind);
    meta.appendChild(context);
    var title = document.createElement("span");
    title.className = "search-hit-title";
    highlight(title, doc[1], units);
    link.appendChild(meta);
    link.appendChild(title);
    if (doc[4]) {
      var text = document.createElement("span");
      text.className = "search-hit-text";
      highlight(text, snippet(doc[4], units, snippetSize), units);
      link.appendChild(text);
    }
    var item = document.createElement("li");
    if (id) {
      item.id = id;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
    }
    item.appendChild(link);
    return item;
  }

  function countText(n) {
    return labels.count.replace("{n}", String(n));
  }

  // ---- The header box: results in a panel under it ----

  var panel = document.createElement("div");
  panel.className = "search-panel";
  panel.hidden = true;
  var status = document.createElement("p");
  status.className = "search-panel-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  var list = document.createElement("ul");
  list.className = "search-panel-list";
  list.id = "site-search-results";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.getAttribute("placeholder") || "");
  panel.appendChild(status);
  panel.appendChild(list);
  form.appendChild(panel);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");

  var active = -1, timer = 0;

  function options() { return list.querySelectorAll("[role=option]"); }

  function setActive(next) {
    var items = options();
    if (!items.length) return;
    if (active >= 0 && items[active]) items[active].setAttribute("aria-selected", "false");
    active = (next + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    items[active].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function open() {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function update() {
    var query = input.value;
    if (!runs(query).length) { close(); return; }
    open();
    if (!index) status.textContent = labels.loading;
    withIndex(function () {
      if (input.value !== query) return;
      var result = search(query);
      while (list.firstChild) list.removeChild(list.firstChild);
      active = -1;
      input.removeAttribute("aria-activedescendant");
      status.textContent = result.hits.length ? countText(result.hits.length) : labels.none;
      result.hits.slice(0, 8).forEach(function (hit, n) {
        list.appendChild(resultNode(hit, result.units, "site-search-option-" + n, 90));
      });
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 60);
  });
  input.addEventListener("focus", function () {
    withIndex(function () {});
    if (input.value) update();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); if (panel.hidden) update(); else setActive(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
    else if (event.key === "Escape") {
      if (!panel.hidden) close(); else { input.value = ""; input.blur(); }
    } else if (event.key === "Enter" && active >= 0) {
      var link = options()[active].querySelector("a");
      if (link) { event.preventDefault(); window.location.href = link.href; }
    }
  });
  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) close();
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
    if ((event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  // ---- search.html: the same search, on a page of its own ----

  var pageResults = document.getElementById("search-page-results");
  if (pageResults) {
    var pageInput = document.getElementById("search-page-input");
    var pageStatus = document.getElementById("search-page-status");
    var initial = new URLSearchParams(window.location.search).get("q") || "";
    pageInput.value = initial;
    input.value = "";

    var showPage = function () {
      var query = pageInput.value;
      while (pageResults.firstChild) pageResults.removeChild(pageResults.firstChild);
      if (!runs(query).length) { pageStatus.textContent = ""; return; }
      pageStatus.textContent = labels.loading;
      withIndex(function () {
        if (pageInput.value !== query) return;
        var result = search(query);
        pageStatus.textContent = result.hits.length ? countText(result.hits.length) : labels.none;
        result.hits.slice(0, 50).forEach(function (hit) {
          pageResults.appendChild(resultNode(hit, result.units, null, 200));
        });
      });
    };
    var pageTimer = 0;
    pageInput.addEventListener("input", function () {
      clearTimeout(pageTimer);
      pageTimer = setTimeout(function () {
        showPage();
        try {
          var url = window.location.pathname + (pageInput.value ? "?q=" + encodeURIComponent(pageInput.value) : "");
          window.history.replaceState(null, "", url);
        } catch (error) { /* file:// in some browsers: the address simply does not follow */ }
      }, 80);
    });
    pageInput.form.addEventListener("submit", function (event) { event.preventDefault(); showPage(); });
    showPage();
    if (!initial) pageInput.focus();
  }
})();
