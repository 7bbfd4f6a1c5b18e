"""Every API parameter tried with SQL-injection and full-text-syntax strings: a 4xx, or the answer the
library gives for that string (an empty one where nothing matches), never a server error; the store unchanged."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from sqlalchemy import func, select

from veille.serve.api import actor_ref
from veille.store import browse, query
from veille.store.schema import TABLES

HOSTILE = [
    "' OR '1'='1", "'; DROP TABLE documents; --", "\" OR 1=1 --", "1 UNION SELECT name FROM sqlite_master",
    "Robert'); DELETE FROM quotes; --", "' || pg_sleep(1) --", "%", "_", "%_%", "\\", "\\%", "*", "a*",
    "NEAR(migrations Maroc)", "migrations AND NOT Maroc", "migrations OR", "\"unbalanced", "text:Maroc", "^Maroc",
    "(", ")", "{x}", "$1", ":param", "?", "%s", "%(x)s", "-1", "0", "2147483648", "99999999999999999999", " ", "😀",
    "<script>alert(1)</script>", "Maroc\u0301", "x" * 201, "\x00", "a\x00b", "\u202e", "مرحبا",
]


def counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar() for t in TABLES}


def expected(conn, path: str, name: str, value: str):
    """What the library answers for one parameter (the answer's comparable part), None to skip comparing."""
    ref = actor_ref(value)
    if path == "/api/entities" and name == "q":
        return browse.entities_page(conn, q=value)["items"]
    if path == "/api/events" and name in ("actor", "with"):
        return browse.events_page(conn, **{"actor" if name == "actor" else "with_": ref})["items"]
    if path == "/api/quotes" and name in ("speaker", "contains"):
        return browse.quotes_page(conn, **{name: ref if name == "speaker" else value})["items"]
    if path == "/api/search" and name == "q":
        return query.search(conn, value, limit=20)
    return None


def test_every_parameter_resists(client, engine):
    before = counts(engine)
    spec = client.get("/openapi.json").json()
    tried = 0
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op is None:
            continue
        for param in op.get("parameters", []):
            name, where = param["name"], param["in"]
            for value in HOSTILE:
                if where == "path":
                    r = client.get(path.replace("{" + name + "}", quote(value, safe="")))
                else:
                    r = client.get(path, params={name: value, **({"q": "Maroc"} if name != "q" and path ==
                                                                  "/api/search" else {})})
                tried += 1
                assert r.status_code in (200, 400, 404), (path, name, value, r.status_code, r.text)
                if r.status_code >= 400:
                    assert r.headers["content-type"].startswith("application/problem+json")
                    continue
                with engine.connect() as conn:
                    want = expected(conn, path, name, value)
                if want is not None:
                    got = r.json()
                    assert (got if path == "/api/search" else got["items"]) == want, (path, name, value)
    assert tried > 30 * len(HOSTILE) // 2
    assert counts(engine) == before


@pytest.mark.parametrize("value", ["%", "_", "%_%", "\\", "*", "'", "😀"])
def test_wildcards_match_nothing(client, value):
    """LIKE wildcards and FTS operators are plain characters: no entity, quote or article holds them."""
    assert client.get("/api/entities", params={"q": value}).json()["items"] == []
    assert client.get("/api/quotes", params={"speaker": value}).json()["items"] == []
    assert client.get("/api/events", params={"actor": value}).json()["items"] == []
    found = client.get("/api/search", params={"q": value}).json()
    assert found == {"documents": [], "quotes": []}


def test_pages_resist(client):
    """The pages take the same strings: a page or a 4xx, never a server error."""
    for value in HOSTILE:
        for url, params in (("/search", {"q": value}), ("/network", {"theme": value, "since": value}),
                            ("/timeline", {"actor": value, "by": value})):
            r = client.get(url, params=params)
            assert r.status_code in (200, 400, 404), (url, value, r.text)
        for url in ("/documents/", "/actors/"):
            assert client.get(url + quote(value, safe="")).status_code in (200, 400, 404)
