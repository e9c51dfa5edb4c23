#!/usr/bin/env python3
"""seck -f html in a real browser: headless Chromium driven over WebDriver (chromedriver).

Usage: html_browser_test.py SECK WEEK_CSV SCREENSHOT_PNG

Renders WEEK_CSV with `seck -f html --average 3`, opens it in headless Chromium and checks
that the chart has a mark per day and a size, that the screenshot shows the bars' colours
inside the chart, that the browser logged no warning or error (a fetch the page's
Content-Security-Policy refuses is logged as one; a control page proves it would be seen),
that the week prints on one A4 and one Letter page, and that a phone-width window has no
sideways scroll. Python standard library only.

Exit 77 (skipped) where /usr/bin/chromium or /usr/bin/chromedriver is missing, unless CI is
set: then it fails, as CI must run it.
"""
import base64
import json
import os
import pathlib
import re
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zlib

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DAYS = 7  # examples/week.csv
# The renderer's colours (src/report/html.cpp): the bars of each status.
ADEQUATE = (0x00, 0x9E, 0x73)
ABOVE_UL = (0xD5, 0x5E, 0x00)
BELOW_RDA = (0x00, 0x72, 0xB2)
# Pixels of each colour to find inside the chart (only the bars have these colours): the
# above-ul bar alone is about 25,000 at 1000 px, the four adequate ones 18,000, the two short
# below-rda ones 1,000.
MIN_PIXELS = {"above-ul": 10000, "adequate": 5000, "below-rda": 500}


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print(f"ok: {message}")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few W3C WebDriver commands this test needs, over HTTP."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read().decode())["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path}: HTTP {e.code}: {e.read().decode(errors='replace')[:500]}") from None

    def wait_ready(self, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.call("GET", "/status").get("ready"):
                    return
            except (OSError, RuntimeError, ValueError):
                pass
            time.sleep(0.1)
        fail(f"chromedriver not ready after {seconds} s")

    def start(self):
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM,
                                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                                            "--window-size=1000,1400"]},
            "goog:loggingPrefs": {"browser": "ALL"}}}}
        self.session = self.call("POST", "/session", capabilities)["sessionId"]

    def s(self, path):
        return f"/session/{self.session}{path}"

    def go(self, url):
        self.call("POST", self.s("/url"), {"url": url})

    def js(self, script):
        return self.call("POST", self.s("/execute/sync"), {"script": script, "args": []})

    def browser_log(self):
        """The browser console's entries since the last call."""
        errors = []
        for method, path, body in (("POST", "/se/log", {"type": "browser"}),
                                   ("POST", "/log", {"type": "browser"}),
                                   ("GET", "/log/browser", None)):
            try:
                return self.call(method, self.s(path), body)
            except RuntimeError as e:
                errors.append(str(e))
        fail("cannot read the browser log: " + "; ".join(errors))

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", self.s(""))
            except (OSError, RuntimeError):
                pass
            self.session = None


def png_pixels(png):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        fail("the screenshot is not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data)
        elif kind == b"IDAT":
            idat.append(data)
        elif kind == b"IEND":
            break
    width, height, depth, color_type, _, _, interlace = header
    if depth != 8 or color_type not in (2, 6) or interlace != 0:
        fail(f"unexpected PNG: bit depth {depth}, colour type {color_type}, interlace {interlace}")
    bpp = 3 if color_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:  # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif kind != 0:
            fail(f"PNG row {y}: unknown filter type {kind}")
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, bpp)])
        previous = line
    return width, height, rows


def count_near(rows, box, rgb, tolerance=8):
    left, top, right, bottom = box
    n = 0
    for row in rows[top:bottom]:
        for pixel in row[left:right]:
            if all(abs(p - q) <= tolerance for p, q in zip(pixel, rgb)):
                n += 1
    return n


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    seck, week, screenshot = sys.argv[1:]
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if missing:
        why = f"{' and '.join(missing)} missing (Debian: apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            fail(f"{why}; CI is set, so this test must not be skipped")
        print(f"SKIP: {why}")
        return 77

    with tempfile.TemporaryDirectory(prefix="seck-html-") as tmp:
        run = subprocess.run([seck, "-f", "html", "--average", "3", week], capture_output=True)
        check(run.returncode == 1, f"seck -f html --average 3 exits 1 (days outside the range), got {run.returncode}")
        check(run.stdout.startswith(b"<!doctype html>\n"), "seck writes an HTML page")
        page = pathlib.Path(tmp) / "week.html"
        page.write_bytes(run.stdout)
        # A control page that fetches an image its CSP refuses: the browser log must show it.
        control = pathlib.Path(tmp) / "control.html"
        control.write_text('<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
                           "content=\"default-src 'none'\"><img src=\"https://example.invalid/x.png\" alt=\"\">")

        port = free_port()
        log = open(pathlib.Path(tmp) / "chromedriver.log", "wb")
        driver_process = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=log, stderr=subprocess.STDOUT)
        driver = WebDriver(port)
        try:
            driver.wait_ready()
            driver.start()
            driver.go(page.as_uri())
            title = driver.js("return document.title")
            check(title == "seck: " + week, f"the page loads, titled {title}")
            marks = driver.js("return document.querySelectorAll('svg.chart rect.day').length")
            check(marks == DAYS, f"the chart has a mark per day: {marks} == {DAYS}")
            statuses = driver.js("return Array.from(document.querySelectorAll('svg.chart rect.day'))"
                                 ".map(r => r.getAttribute('class'))")
            check(statuses == ["day adequate", "day adequate", "day below-rda", "day above-ul", "day adequate",
                               "day adequate", "day below-rda"], f"the marks' statuses: {statuses}")
            check(driver.js("return document.querySelectorAll('svg.chart polyline.average').length") == 1,
                  "--average 3 draws the rolling mean")
            check(driver.js("return document.scripts.length") == 0, "the page has no script")
            box = driver.js("const r = document.querySelector('svg.chart').getBoundingClientRect();"
                            "return [r.left, r.top, r.width, r.height, window.devicePixelRatio]")
            left, top, width, height, ratio = box
            check(width > 300 and height > 100, f"the chart has a size: {width:.0f} x {height:.0f} CSS px")
            bar = driver.js("const r = document.querySelector('svg.chart rect.day.above-ul').getBoundingClientRect();"
                            "return [r.width, r.height]")
            check(bar[0] > 10 and bar[1] > 100, f"the above-ul bar has a size: {bar[0]:.0f} x {bar[1]:.0f} CSS px")

            png = base64.b64decode(driver.call("GET", driver.s("/screenshot")))
            pathlib.Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
            pathlib.Path(screenshot).write_bytes(png)
            print(f"screenshot: {screenshot}")
            png_width, png_height, rows = png_pixels(png)
            chart = (int(left * ratio), int(top * ratio), min(png_width, int((left + width) * ratio)),
                     min(png_height, int((top + height) * ratio)))
            check(chart[2] > chart[0] and chart[3] > chart[1], f"the chart is on the screenshot: {chart}")
            for name, rgb in (("above-ul", ABOVE_UL), ("adequate", ADEQUATE), ("below-rda", BELOW_RDA)):
                n = count_near(rows, chart, rgb)
                check(n >= MIN_PIXELS[name], f"{name} bars drawn: {n} pixels of #{bytes(rgb).hex()} in the chart "
                                             f"(at least {MIN_PIXELS[name]})")

            entries = driver.browser_log()
            bad = [e for e in entries if e.get("level") in ("SEVERE", "WARNING")]
            check(not bad, f"the browser logged no warning or error: {bad}")

            # Printed (the page's print style; WebDriver's default 1 cm margins), the week is one page.
            for paper, size in (("A4", {"width": 21.0, "height": 29.7}), ("Letter", {"width": 21.59, "height": 27.94})):
                pdf = base64.b64decode(driver.call("POST", driver.s("/print"), {"page": size}))
                counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
                counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf)]
                check(pdf.startswith(b"%PDF") and counts and max(counts) == 1,
                      f"the week prints on one {paper} page: {max(counts) if counts else 'no'} page(s)")

            driver.call("POST", driver.s("/window/rect"), {"width": 390, "height": 844})
            inner = driver.js("return window.innerWidth")
            check(inner <= 420, f"a phone-width window: innerWidth {inner}")
            scroll = driver.js("return document.documentElement.scrollWidth")
            check(scroll <= inner + 1, f"no sideways scroll on a phone: scrollWidth {scroll} <= {inner} + 1")
            chart_width = driver.js("return document.querySelector('svg.chart').getBoundingClientRect().width")
            check(0 < chart_width <= inner, f"the chart fits the phone: {chart_width:.0f} px")
            check(not [e for e in driver.browser_log() if e.get("level") in ("SEVERE", "WARNING")],
                  "still nothing logged at phone width")

            driver.go(control.as_uri())
            refused = [e for e in driver.browser_log()
                       if e.get("level") == "SEVERE" and "Content Security Policy" in e.get("message", "")]
            check(refused, "control: a fetch the CSP refuses is logged as SEVERE, so the check above can fail")
        finally:
            driver.quit()
            driver_process.terminate()
            try:
                driver_process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                driver_process.kill()
                driver_process.wait()
            log.close()
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
