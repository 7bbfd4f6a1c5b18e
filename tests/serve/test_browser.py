"""The pages in real headless Chromium (Debian ``chromium``, driven by Playwright) on a live uvicorn server.

Skipped when /usr/bin/chromium is absent (`.ci/run` installs it). With VEILLE_SCREENSHOTS=1 the
article and network screenshots are written to docs/screenshots/ (as committed), else to a temporary folder.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.serve.conftest import HOSTILE

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url(engine):
    """A uvicorn server on a free loopback port, serving the test store."""
    import uvicorn

    from veille.serve.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(engine=engine), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not (server.started and server.servers):
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page that records dialogs, console errors and uncaught exceptions."""
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("console", lambda m: pg.problems.append(f"console: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    yield pg
    context.close()


def shots(tmp_path: Path) -> Path:
    folder = ROOT / "docs" / "screenshots" if os.environ.get("VEILLE_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_article_page_marks_the_record(page, base_url, tmp_path):
    rec = page.request.get(f"{base_url}/api/documents/seed-000").json()
    page.goto(f"{base_url}/documents/seed-000")
    marks = page.eval_on_selector_all("#text mark.ent", "els => els.map(e => [e.dataset.mention, e.textContent])")
    by_key: dict[str, str] = {}
    for key, piece in marks:
        by_key[key] = by_key.get(key, "") + piece
    for ent in rec["entities"]:
        for k, m in enumerate(ent["mentions"]):
            assert rec["text"][m["start"]:m["end"]].startswith(by_key[f"{ent['id']}:{k}"][:1])
    assert len(by_key) == sum(len(e["mentions"]) for e in rec["entities"])
    assert page.locator("#entities li").count() == len(rec["entities"]) == 13
    speakers = page.eval_on_selector_all("#text .quote-start", "els => els.map(e => e.dataset.speaker)")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    assert speakers == [names.get(q["speaker"], "?") for q in sorted(rec["quotes"], key=lambda q: q["start"])]
    assert len(speakers) == 6
    legend = page.eval_on_selector_all("#legend li", "els => els.map(e => e.textContent)")
    assert {e["type"] for e in rec["entities"]} <= set(legend)
    for i, ev in enumerate(rec["events"]):
        page.click(f"li.event[data-event='{i}']")
        selected = "".join(page.eval_on_selector_all("#text .ev.selected", "els => els.map(e => e.textContent)"))
        assert selected == rec["text"][ev["start"]:ev["end"]]
        if ev.get("trigger"):
            trig = "".join(page.eval_on_selector_all("#text .ev.trigger-on", "els => els.map(e => e.textContent)"))
            assert trig == rec["text"][ev["trigger"]["start"]:ev["trigger"]["end"]]
    values = page.eval_on_selector_all("#text time.date", "els => els.map(e => e.dataset.value)")
    assert set(values) == {d["value"] or "?" for d in rec["dates"]}
    page.click("li.event[data-event='0']")
    page.wait_for_timeout(600)  # the smooth scroll to the evidence
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots(tmp_path) / "article.png"))
    assert page.problems == []


def test_actor_page_from_a_link(page, base_url):
    page.goto(f"{base_url}/documents/seed-000")
    link = page.locator("#entities a.actor-link", has_text="Antonio Vitorino")
    link.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("#actor-name").inner_text().startswith("Antonio Vitorino")
    assert page.locator("#counterparts li a").count() >= 1
    page.wait_for_selector("#graph[data-state=ready]")
    assert int(page.get_attribute("#graph", "data-nodes")) >= 2
    page.locator("#counterparts li a").first.click()
    page.wait_for_url("**/actors/*")
    assert page.problems == []


def test_network_page_draws_nodes(page, base_url, tmp_path):
    net = page.request.get(f"{base_url}/api/network").json()
    page.goto(f"{base_url}/network")
    page.wait_for_selector("#graph[data-state=ready]")
    assert int(page.get_attribute("#graph", "data-nodes")) == len(net["nodes"]) >= 5
    assert page.eval_on_selector("#graph", "e => e.querySelector('canvas, svg') !== null")
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots(tmp_path) / "network.png"))
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button")
    page.wait_for_selector("#graph[data-state=ready]")
    assert "type=CONSULT" in page.url
    assert page.problems == []


def test_timeline_page_draws_bars(page, base_url):
    page.goto(f"{base_url}/timeline?by=week")
    page.wait_for_selector("#chart[data-state=ready]")
    assert page.locator("#chart svg rect").count() >= 1
    assert page.problems == []


def test_hostile_article_runs_nothing(page, base_url):
    ident, _date, body = HOSTILE
    page.goto(f"{base_url}/documents/{ident}")
    page.wait_for_load_state("networkidle")
    shown = page.inner_text("#text")
    assert "<script>alert('xss')</script>" in shown and "<img src=x onerror=alert(1)>" in shown
    assert '<a href="javascript:alert(2)">cliquez ici</a>' in shown
    assert page.locator("#text script, #text img, #text a, a[href^='javascript:'], img[src='x']").count() == 0
    assert page.inner_text("h1") == "<b>Titre</b> <script>alert('t')</script>"
    assert page.title().startswith("<b>Titre</b>")
    page.goto(f"{base_url}/search?q=menace")
    page.wait_for_load_state("networkidle")
    assert "<script>alert('xss')</script>" in page.inner_text("#found-quotes")
    assert page.problems == []


def test_api_docs_offline(page, base_url):
    """/docs: Swagger UI from static/vendor/ under the same CSP, listing the API's operations."""
    page.goto(f"{base_url}/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() >= 10
    assert page.problems == []
