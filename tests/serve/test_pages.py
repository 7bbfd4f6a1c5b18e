"""The pages as HTML (TestClient): status, security headers, escaping of article-derived strings."""
from __future__ import annotations

import re

from tests.serve.conftest import HOSTILE


def page(client, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    return r.text


def test_every_page_renders(client):
    home = page(client, "/")
    assert 'id="latest"' in home and "/documents/seed-000" in home and "CONSULT" in home
    actor = re.search(r'href="/actors/(\d+)"', home).group(1)
    assert 'id="roles"' in page(client, f"/actors/{actor}")
    assert 'id="graph"' in page(client, "/network?type=CONSULT&since=2020")
    assert 'id="chart"' in page(client, f"/timeline?by=week&actor={actor}")
    assert "Vitorino" in page(client, "/search?q=Vitorino")
    page(client, "/documents/nope", 404)
    page(client, "/actors/987654", 404)
    page(client, "/timeline?actor=987654", 404)
    page(client, "/network?since=2020-99", 400)


def test_no_inline_script_anywhere(client):
    for url in ("/", "/documents/seed-000", f"/documents/{HOSTILE[0]}", "/network", "/timeline", "/search?q=Maroc",
                "/docs"):
        html = page(client, url)
        assert all(tag.startswith("<script src=") for tag in re.findall(r"<script[^>]*>", html)), url
        assert " style=" not in html and "<style" not in html
        assert not re.search(r"<[^>]*\son[a-z]+=", html), url


def test_article_strings_are_escaped(client):
    html = page(client, f"/documents/{HOSTILE[0]}")
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    found = page(client, "/search?q=menace")
    assert "<script>alert" not in found and "&lt;script&gt;" in found


def test_article_marks_every_annotation(client):
    rec = client.get("/api/documents/seed-000").json()
    html = page(client, "/documents/seed-000")
    text = html[html.index('<div class="text" id="text">'):html.index("</div>", html.index('id="text"'))]
    mentions = {f"{e['id']}:{k}" for e in rec["entities"] for k in range(len(e["mentions"]))}
    assert set(re.findall(r'data-mention="([^"]+)"', text)) == mentions
    assert len(set(re.findall(r'data-quote="(\d+)"', text))) == len(rec["quotes"]) == 6
    assert len(re.findall(r'class="quote quote-start"', text)) == 6
    events = {str(i) for i in range(len(rec["events"]))}
    assert {i for group in re.findall(r'data-events="([^"]+)"', text) for i in group.split()} == events
    assert {v for v in re.findall(r'data-value="([^"]+)"', text)} == {d["value"] or "?" for d in rec["dates"]}
    assert len(re.findall(r'<li data-entity="', html)) == 13
    assert 'href="/api/documents/seed-000"' in html
