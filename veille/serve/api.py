"""The JSON API under ``/api/``: the reads of ``veille query`` and :mod:`veille.store.browse`, and
``POST /api/articles`` (bearer token) to ingest articles."""
from __future__ import annotations

import json
import secrets
from enum import Enum
from typing import Annotated, Iterator

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import AfterValidator
from sqlalchemy import Connection

from veille.read import Article, InputError, check, decode, from_mapping
from veille.record import PLOVER_TYPES
from veille.store import browse, query

#: Request bodies larger than this are refused (413).
MAX_BODY = 8 * 2**20
#: Articles in one POST at most (a bigger batch: 413).
MAX_ARTICLES = 1000

#: The largest entity id (an INTEGER column on PostgreSQL).
MAX_ID = 2**31 - 1
NO_NUL = r"^[^\x00]*$"
ISO_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

PloverType = Enum("PloverType", {t: t for t in PLOVER_TYPES}, type=str)


class Bucket(str, Enum):
    """Timeline periods."""

    day = "day"
    week = "week"


def connection(request: Request) -> Iterator[Connection]:
    """A connection to the store for one request."""
    with request.app.state.engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]
Words = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
Name = Annotated[str | None, Query(max_length=200, pattern=NO_NUL,
                                   description="A name, surname, alias or acronym, or an entity id (digits)")]


Since = Annotated[str | None, Query(pattern=ISO_DATE, description="From this date (YYYY[-MM[-DD]])"),
                  AfterValidator(query.check_date)]
Until = Annotated[str | None, Query(pattern=ISO_DATE, description="Up to this date (YYYY[-MM[-DD]])"),
                  AfterValidator(query.check_date)]
Theme = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_-]+$", description="A theme label")]
Offset = Annotated[int, Query(ge=0, le=browse.MAX_OFFSET)]
Limit = Annotated[int, Query(ge=1, le=browse.MAX_PAGE)]
EntityId = Annotated[int | None, Query(ge=1, le=MAX_ID, description="An entity id")]

router = APIRouter(prefix="/api", tags=["api"])


def actor_ref(value: str | None) -> str | int | None:
    """An actor parameter: digits are an entity id, anything else a name."""
    if value is not None and value.isascii() and value.isdecimal() and 0 < int(value) <= MAX_ID:
        return int(value)
    return value


def found(value: dict | None, what: str) -> JSONResponse:
    """``value`` as JSON, or a 404 saying there is no ``what``."""
    if value is None:
        raise HTTPException(404, f"no {what}")
    return JSONResponse(value)


@router.get("/documents", summary="Documents, newest first")
def list_documents(conn: Conn, since: Since = None, until: Until = None, theme: Theme = None, offset: Offset = 0,
                   limit: Limit = 20) -> JSONResponse:
    return JSONResponse(browse.documents_page(conn, since=since, until=until, theme=theme, offset=offset, limit=limit))


@router.get("/documents/{doc_id}", summary="The veille.record/1 of a document")
def get_document(conn: Conn, doc_id: Annotated[str, Path(max_length=200, pattern=NO_NUL)]) -> JSONResponse:
    return found(browse.record(conn, doc_id), f"document {doc_id!r}")


@router.get("/entities", summary="Entities by name or alias, most documented first")
def list_entities(conn: Conn, q: Words = None,
                  type: Annotated[str | None, Query(pattern=r"^[A-Z]{2,8}$", description="PER, ORG, GPE, ...")] = None,
                  offset: Offset = 0, limit: Limit = 20) -> JSONResponse:
    return JSONResponse(browse.entities_page(conn, q=q, type=type, offset=offset, limit=limit))


@router.get("/entities/{entity_id}", summary="The profile of an entity (as `veille query who`)")
def get_entity(conn: Conn, entity_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> JSONResponse:
    return found(browse.entity(conn, entity_id), f"entity {entity_id}")


@router.get("/events", summary="Events, newest first (as `veille query events`)")
def list_events(conn: Conn, type: PloverType | None = None, actor: Name = None,
                with_: Annotated[str | None, Query(alias="with", max_length=200, pattern=NO_NUL)] = None,
                since: Since = None, until: Until = None, offset: Offset = 0, limit: Limit = 20) -> JSONResponse:
    return JSONResponse(browse.events_page(conn, offset, limit, type=type.value if type else None,
                                           actor=actor_ref(actor), with_=actor_ref(with_), since=since, until=until))


@router.get("/quotes", summary="Quotations, newest first (as `veille query quotes`)")
def list_quotes(conn: Conn, speaker: Name = None, contains: Words = None, offset: Offset = 0,
                limit: Limit = 20) -> JSONResponse:
    return JSONResponse(browse.quotes_page(conn, offset, limit, speaker=actor_ref(speaker), contains=contains))


@router.get("/search", summary="Full-text search over articles and quotations (as `veille query search`)")
def search(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL)],
           limit: Limit = 20) -> JSONResponse:
    return JSONResponse(query.search(conn, q, limit=limit))


@router.get("/network", summary="The actor graph: nodes sized by mentions, edges by events")
def get_network(conn: Conn, type: PloverType | None = None, since: Since = None, until: Until = None,
                theme: Theme = None, actor: EntityId = None, limit: Limit = browse.MAX_PAGE) -> JSONResponse:
    return JSONResponse(browse.network(conn, type=type.value if type else None, since=since, until=until,
                                       theme=theme, actor=actor, limit=limit))


@router.get("/timeline", summary="Events per day or week and type")
def get_timeline(conn: Conn, by: Bucket = Bucket.day, type: PloverType | None = None, actor: EntityId = None,
                 since: Since = None, until: Until = None, theme: Theme = None) -> JSONResponse:
    return JSONResponse(browse.timeline(conn, by=by.value, type=type.value if type else None, actor=actor,
                                        since=since, until=until, theme=theme))


def parse_articles(data: bytes) -> list[Article | InputError]:
    """The articles of a request body: one JSON object, or JSONL (one object a line), as ``veille ingest`` reads."""
    try:
        body = decode(data, "request")[0]
    except InputError as exc:
        raise HTTPException(400, exc.message) from None
    try:
        whole = json.loads(body)
        objects = ([(f"request[{n}]", o) for n, o in enumerate(whole)] if isinstance(whole, list)
                   else [("request", whole)])
    except RecursionError:
        raise HTTPException(400, "JSON nested too deeply") from None
    except json.JSONDecodeError:  # JSONL
        objects = []
        for n, line in enumerate(body.splitlines(), 1):
            if not line.strip():
                continue
            try:
                objects.append((f"request:{n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise HTTPException(400, f"line {n}: invalid JSON ({exc.msg})") from None
            except RecursionError:
                raise HTTPException(400, f"line {n}: JSON nested too deeply") from None
    if not objects:
        raise HTTPException(400, "no article in the request body")
    if len(objects) > MAX_ARTICLES:
        raise HTTPException(413, f"{len(objects)} articles; at most {MAX_ARTICLES} a request")
    items: list[Article | InputError] = []
    for n, (source, obj) in enumerate(objects, 1):
        try:
            items.append(check(from_mapping(obj, source, f"posted-{n}")))
        except InputError as exc:
            items.append(exc)
    return items


async def read_body(request: Request) -> bytes:
    """The request body, refused with 413 beyond MAX_BODY (declared or actual)."""
    declared = request.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > MAX_BODY:
        raise HTTPException(413, f"request body over {MAX_BODY} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise HTTPException(413, f"request body over {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def authorise(request: Request) -> None:
    """401 without the server's bearer token; 403 when the server is read-only (no token set)."""
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "read-only server (start `veille serve` with --token or VEILLE_TOKEN to ingest)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", summary="Ingest one article (JSON) or a batch (JSONL); bearer token required",
             status_code=200, responses={201: {"description": "Articles stored"},
                                         401: {"description": "No valid bearer token"},
                                         403: {"description": "Read-only server"},
                                         413: {"description": "Body or batch too large"}})
async def post_articles(request: Request) -> JSONResponse:
    from veille.store.ingest import ingest

    authorise(request)
    items = parse_articles(await read_body(request))
    state = request.app.state

    def run():
        with state.ingest_lock:
            return ingest(state.engine, items)

    report = await run_in_threadpool(run)
    return JSONResponse({"stored": report.stored, "skipped": report.skipped,
                         "bad": [{"source": p.source, "message": p.message} for p in report.bad]},
                        status_code=201 if report.stored else 200)
