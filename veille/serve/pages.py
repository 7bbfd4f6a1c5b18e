"""The server-rendered pages (Jinja2, autoescape on): home, article, actor, network, timeline, search."""
from __future__ import annotations

import pathlib
from collections import Counter
from typing import Annotated
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from veille.record import ENTITY_TYPES, PLOVER_TYPES
from veille.serve.api import MAX_ID, NO_NUL, Bucket, Conn, EntityId, PloverType, Since, Theme, Until
from veille.serve.markup import segments
from veille.store import browse, query

TEMPLATES = pathlib.Path(__file__).resolve().with_name("templates")
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                                                   autoescape=True, undefined=jinja2.StrictUndefined))
templates.env.globals.update(ENTITY_TYPES=ENTITY_TYPES, PLOVER_TYPES=PLOVER_TYPES)

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, detail: str) -> Response:
    """An error as an HTML page."""
    return render(request, "error.html", status=status, status_code=status, detail=detail)


def _query(**params) -> str:
    """A query string of the parameters that are set."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, conn: Conn) -> Response:
    return render(request, "index.html", latest=browse.documents_page(conn, limit=12)["items"],
                  actors=browse.top_actors(conn, 12), counts=browse.event_counts(conn))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, conn: Conn, doc_id: Annotated[str, Path(max_length=200, pattern=NO_NUL)]) -> Response:
    rec = browse.record(conn, doc_id)
    if rec is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    ents = {e["id"]: e for e in rec["entities"]}
    types = Counter(e["type"] for e in rec["entities"])
    return render(request, "document.html", rec=rec, segments=segments(rec), ents=ents,
                  legend=[t for t in ENTITY_TYPES if t in types] + sorted(set(types) - set(ENTITY_TYPES)),
                  themes=browse.themes_of(rec), json_url=f"/api/documents/{doc_id}")


@router.get("/actors/{entity_id}", response_class=HTMLResponse)
def actor(request: Request, conn: Conn, entity_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Response:
    p = browse.entity(conn, entity_id)
    if p is None:
        raise HTTPException(404, f"no entity {entity_id}")
    evs = p["meetings"] + p["events"]
    return render(request, "actor.html", p=p,
                  as_source=[e for e in evs if p["name"] in e["source"]],
                  as_target=[e for e in evs if p["name"] in e["target"] and p["name"] not in e["source"]],
                  graph_src="/api/network?" + _query(actor=entity_id, limit=40),
                  timeline_url="/timeline?" + _query(actor=entity_id))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, type: PloverType | None = None, since: Since = None, until: Until = None,
            theme: Theme = None) -> Response:
    params = {"type": type.value if type else None, "since": since, "until": until, "theme": theme}
    return render(request, "network.html", params=params, graph_src="/api/network?" + _query(**params))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, conn: Conn, by: Bucket = Bucket.day, type: PloverType | None = None,
             actor: EntityId = None, since: Since = None, until: Until = None, theme: Theme = None) -> Response:
    who = browse.entity(conn, actor) if actor is not None else None
    if actor is not None and who is None:
        raise HTTPException(404, f"no entity {actor}")
    params = {"by": by.value, "type": type.value if type else None, "actor": actor, "since": since, "until": until,
              "theme": theme}
    data = browse.timeline(conn, **params)
    return render(request, "timeline.html", params=params, who=who, data=data,
                  data_src="/api/timeline?" + _query(**params))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> Response:
    """The API's interactive documentation (Swagger UI, served from static/vendor/ like every script)."""
    return render(request, "docs.html")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, conn: Conn,
           q: Annotated[str, Query(max_length=200, pattern=NO_NUL)] = "") -> Response:
    found = query.search(conn, q, limit=50) if q.strip() else {"documents": [], "quotes": []}
    actors = query.lookup(conn, q)[:20] if q.strip() else []
    return render(request, "search.html", q=q, found=found, actors=actors)
