#!/usr/bin/env python3
"""Loads pages of a built site in a real headless Chromium and reports, as JSON on stdout, what the
rendered page shows: facts read from the DOM and computed styles, never from the HTML source.

Usage: inspect.py CHROMIUM PUBLIC SCREENSHOTS PAGE...

Each PAGE (a path under PUBLIC, such as competences/sql/index.html) is opened from disk (file://) at
1280 and 390 px wide, in the light and then the dark colour scheme, with a full-page screenshot of
each in SCREENSHOTS. The diagrams (bilan/*.svg) are opened too, for their labels' boxes; the first PAGE
once more for print; the search is typed into from disk, then on the site served on 127.0.0.1.
Chromium runs as a user's does: without --allow-file-access-from-files, a page from disk may not fetch
another file (the search reads search.js, a script, for that). It is driven through the DevTools
protocol on a pipe (--remote-debugging-pipe): NUL-separated JSON on file descriptors 3 and 4. Python's
standard library only.
"""

import base64
import fcntl
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse

WIDTHS = [1280, 390]
SCHEMES = ["light", "dark"]


class Browser:
    def __init__(self, binary):
        commands_read, self.commands = os.pipe()
        self.replies, replies_write = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="bilan-chromium-")

        def child():
            # The protocol's descriptors are 3 (commands in) and 4 (replies out).
            a = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(replies_write, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen(
            [binary, "--headless=new", "--disable-gpu", "--no-sandbox", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "--no-first-run", "--no-default-browser-check",
             "--hide-scrollbars", "--mute-audio", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child, pass_fds=(3, 4))
        os.close(commands_read)
        os.close(replies_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.page("Page.enable")
        self.page("Runtime.enable")

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.replies, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def page(self, method, params=None):
        return self.call(method, params, self.session)

    def wait(self, event):
        while True:
            for index, message in enumerate(self.events):
                if message.get("method") == event and message.get("sessionId") == self.session:
                    del self.events[: index + 1]
                    return message
            self.events.append(self.read())

    def open(self, url, width, scheme="light", media=""):
        self.page("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
        self.page("Emulation.setEmulatedMedia",
                  {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})
        self.events.clear()
        self.page("Page.navigate", {"url": url})
        self.wait("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.page("Runtime.evaluate",
                           {"expression": expression, "awaitPromise": True, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(json.dumps(result["exceptionDetails"])[:800])
        return result["result"].get("value")

    def screenshot(self, path):
        size = self.page("Page.getLayoutMetrics")["cssContentSize"]
        shot = self.page("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


# What a page shows once rendered: every image loaded (lazy ones made eager), then facts.
FACTS = r"""
(async () => {
  for (const image of document.images) image.loading = 'eager';
  await Promise.all([...document.images].map(i => i.complete ? null :
    new Promise(done => { i.addEventListener('load', done); i.addEventListener('error', done); })));
  const width = document.documentElement.clientWidth;
  const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p); if (s.overflowX === 'auto' || s.overflowX === 'scroll') return true; } return false; };
  const wide = [...document.querySelectorAll('body *')].filter(e => {
    const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrolls(e); })
    .slice(0, 8).map(e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className : ''));
  const rgb = text => (text.match(/[\d.]+/g) || []).map(Number);
  const background = e => { for (let p = e; p; p = p.parentElement) {
    const c = rgb(getComputedStyle(p).backgroundColor); if (c.length === 3 || c[3] > 0) return c; } return [255, 255, 255]; };
  const luminance = c => { const v = c.slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const contrast = [];
  for (const selector of ['.content p', '.content a', 'nav.menu a', '.brand', '.crumbs a', '.muted', '.chip',
                          '.lede', '.facts dt', '.site-foot p', '.site-foot a', 'h1', '.card h3 a', '.card p', 'td']) {
    const e = document.querySelector(selector);
    if (!e || !e.getClientRects().length) continue;
    const a = luminance(rgb(getComputedStyle(e).color)), b = luminance(background(e));
    contrast.push({selector, ratio: Math.round(100 * (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) / 100});
  }
  const link = document.querySelector('nav.menu a');
  let focus = null;
  if (link) { link.focus(); const s = getComputedStyle(link);
    focus = {visible: link.matches(':focus-visible'), outline: s.outlineStyle, width: parseFloat(s.outlineWidth)}; link.blur(); }
  const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const words = [...document.querySelectorAll('header, nav, footer, main h1, main h2, main h3, dt, figcaption, th, .eyebrow, .muted')]
    .filter(shown).map(e => e.innerText);
  for (const e of document.querySelectorAll('[aria-label], [placeholder], [alt], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'alt', 'title']) if (e.getAttribute(name)) words.push(e.getAttribute(name));
  }
  return {
    url: location.href, lang: document.documentElement.lang, title: document.title,
    background: getComputedStyle(document.body).backgroundColor,
    header: document.querySelector('.site-head') ? getComputedStyle(document.querySelector('.site-head')).display : null,
    width, scrollWidth: document.documentElement.scrollWidth, wide,
    images: document.images.length,
    broken: [...document.images].filter(i => !i.naturalWidth).map(i => i.getAttribute('src')),
    menu: [...document.querySelectorAll('nav.menu a')].map(a => {
      const r = a.getBoundingClientRect(); return {text: a.textContent.trim(), href: a.href, inside: r.width > 0 && r.left >= 0 && r.right <= width + 1}; }),
    skillCard: document.querySelector('.skill-card') ? document.querySelector('.skill-card').innerText : null,
    main: document.querySelector('main') ? document.querySelector('main').innerText : '',
    // Boxes shown with nothing in them: no text, no picture.
    hollow: [...document.querySelectorAll('main section, main ul, main ol, main figure, main table, main dl, main .content, main .card')]
      .filter(e => shown(e) && !e.innerText.trim() && !e.querySelector('img, svg'))
      .map(e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className : '')),
    words: words.join('\n'), contrast, focus,
  };
})()
"""

# The labels of a diagram opened on its own: each text's box, and the picture's.
LABELS = r"""
(() => {
  const svg = document.documentElement, box = svg.viewBox.baseVal;
  return {width: box.width, height: box.height, labels: [...document.querySelectorAll('text')].map(t => {
    const b = t.getBBox(); return {text: t.textContent, x: b.x, y: b.y, width: b.width, height: b.height}; })};
})()
"""

# Words typed in the search box, on the served site: the results it lists (waited for, at most 10 s).
SEARCH = r"""
(async () => {
  const input = document.getElementById('search-words'), list = document.querySelector('.results');
  input.focus(); input.value = %s; input.dispatchEvent(new Event('input'));
  for (let n = 0; n < 100 && list.hidden; n++) await new Promise(done => setTimeout(done, 100));
  return [...list.querySelectorAll('li')].map(li => ({text: li.innerText, href: li.querySelector('a') ? li.querySelector('a').href : null}));
})()
"""


# The results the search box lists once words are typed in it (waited for, at most 10 s).
RESULTS = r"""
(async () => {
  const list = document.querySelector('.results');
  for (let n = 0; n < 100 && list.hidden; n++) await new Promise(done => setTimeout(done, 100));
  return {shown: !list.hidden, where: location.protocol,
          items: [...list.querySelectorAll('li')].map(li => ({text: li.innerText, href: li.querySelector('a') ? li.querySelector('a').href : null}))};
})()
"""


def typed(browser, words):
    """Types `words` into the search box of the open page, as a person does (keyboard input through
    DevTools, not a script setting the value), and returns what the results list then shows."""
    browser.evaluate("(() => { const i = document.getElementById('search-words'); i.value = ''; "
                     "document.querySelector('.results').hidden = true; i.focus(); })()")
    browser.page("Input.insertText", {"text": words})
    return browser.evaluate(RESULTS)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 64
    binary, public, shots, pages = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3], sys.argv[4:]
    os.makedirs(shots, exist_ok=True)
    report = {"pages": [], "diagrams": [], "visits": [], "search": None, "diskSearch": None, "print": None}
    browser = Browser(binary)
    try:
        for page in pages:
            url = "file://" + urllib.parse.quote(os.path.join(public, page))
            name = page.replace("/index.html", "").replace("/", "-").replace(".html", "") or "overview"
            name = "overview" if name == "index" else name
            for width in WIDTHS:
                for scheme in SCHEMES:
                    browser.open(url, width, scheme)
                    facts = browser.evaluate(FACTS)
                    facts.update({"page": page, "widthAsked": width, "scheme": scheme})
                    browser.screenshot(os.path.join(shots, f"{name}-{width}-{scheme}.png"))
                    report["pages"].append(facts)
        # Each menu link of the first page, followed from disk: it must lead to a page of the site.
        browser.open("file://" + urllib.parse.quote(os.path.join(public, pages[0])), 1280)
        for href in [item["href"] for item in browser.evaluate(FACTS)["menu"]]:
            browser.open(href, 1280)
            report["visits"].append({"href": href, "reached": browser.evaluate(
                "({url: location.href, menu: !!document.querySelector('nav.menu'), h1: (document.querySelector('h1') || {}).innerText || null})")})
        for diagram in sorted(os.listdir(os.path.join(public, "bilan"))):
            if diagram.endswith(".svg"):
                browser.open("file://" + urllib.parse.quote(os.path.join(public, "bilan", diagram)), 1280)
                labels = browser.evaluate(LABELS)
                labels["file"] = diagram
                report["diagrams"].append(labels)
        browser.open("file://" + urllib.parse.quote(os.path.join(public, pages[0])), 1280, media="print")
        report["print"] = browser.evaluate(FACTS)
        # Opened from disk, the search finds a known word and says so when nothing matches.
        word = os.environ.get("BILAN_SEARCH", "sql")
        browser.open("file://" + urllib.parse.quote(os.path.join(public, pages[0])), 1280)
        report["diskSearch"] = {"found": typed(browser, word), "nonsense": typed(browser, "zqxjwv")}
        server = serve(public)
        try:
            browser.open(f"http://127.0.0.1:{server.server_address[1]}/{pages[0]}", 1280)
            report["search"] = browser.evaluate(SEARCH % json.dumps(os.environ.get("BILAN_SEARCH", "sql")))
        finally:
            server.shutdown()
    finally:
        browser.close()
    json.dump(report, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
