"""The ``veille serve`` application: the JSON API (:mod:`veille.serve.api`), the pages
(:mod:`veille.serve.pages`), static files, security headers and problem+json errors."""
from __future__ import annotations

import threading
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from veille.store import open_store

HERE = Path(__file__).resolve().parent
#: No inline script or style, nothing from another origin.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """An RFC 9457 problem+json response."""
    return JSONResponse({"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status,
                         "detail": detail}, status_code=status, media_type="application/problem+json",
                        headers=headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def create_app(db: str | None = None, engine: Engine | None = None, token: str | None = None) -> FastAPI:
    """The application on the store at URL ``db`` (or on ``engine``); ``token`` enables POST /api/articles."""
    from veille.serve import api, pages

    app = FastAPI(docs_url=None, redoc_url=None, title="Veille", version="1", description="The Veille knowledge base: documents (veille.record/1), "
                  "entities, events, quotes, full-text search. Read-only unless started with a token.")
    app.state.engine = engine if engine is not None else open_store(db, create_missing=False)
    app.state.token = token or None
    app.state.ingest_lock = threading.Lock()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def drop_empty_fields(request: Request, call_next) -> Response:
        """A page's filter form sends its empty fields (``since=&type=``): they mean no filter."""
        if not request.url.path.startswith("/api/") and request.scope.get("query_string"):
            pairs = parse_qsl(request.scope["query_string"].decode("latin-1"), keep_blank_values=True,
                              encoding="latin-1")  # latin-1 both ways: the bytes go through unchanged
            request.scope["query_string"] = urlencode([(k, v) for k, v in pairs if v.strip()],
                                                      encoding="latin-1").encode("ascii")
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if _wants_json(request):
            return problem(exc.status_code, detail, getattr(exc, "headers", None))
        return pages.error_page(request, exc.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
                           for e in exc.errors())
        if _wants_json(request):
            return problem(400, detail)
        return pages.error_page(request, 400, detail)

    @app.exception_handler(ValueError)
    async def refused_by_the_store(request: Request, exc: ValueError) -> Response:
        """The store's query functions raise ValueError for an argument they refuse (a bad date, ...)."""
        if _wants_json(request):
            return problem(400, str(exc))
        return pages.error_page(request, 400, str(exc))

    return app
