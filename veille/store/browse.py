"""Reads for browsing the knowledge base (``veille serve``): pages of documents, entities, events
and quotes, a record by id, counts, the actor network and the event timeline.

Like :mod:`veille.store.query`, every answer is JSON-ready and every value reaches SQL as a
bound parameter. Pages are ``offset``/``limit`` slices; each list function fetches one row
more than asked so that callers know whether a next page exists (:func:`page`).
Themes are read from a ``document_themes`` table when the store has one, else from the
records' optional top-level ``themes`` list (RECORD.md section 1b); a store without themes
simply matches no document.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Select, column, distinct, func, inspect, select, table

from veille.store import query
from veille.store.schema import document_entities, documents, entities, event_actors, events, mentions

Row = dict[str, Any]

#: The largest page any list function returns.
MAX_PAGE = 200
#: The largest offset (deeper pages are refused: they cost a scan of everything before them).
MAX_OFFSET = 10_000
#: Column names a ``document_themes`` table may use for the theme's label, in order of preference.
_THEME_COLUMNS = ("label", "theme", "name")


def page(rows: list[Row], offset: int, limit: int) -> Row:
    """A page of ``rows`` (fetched with ``limit + 1``): its items and the next offset, or None at the end."""
    more = len(rows) > limit
    return {"items": rows[:limit], "offset": offset, "limit": limit, "next_offset": offset + limit if more else None}


def _labels(themes: Any) -> set[str]:
    """The theme labels of a record's ``themes`` list (labels or ``{"label": ...}`` objects)."""
    out = set()
    for t in themes if isinstance(themes, list) else []:
        label = t.get("label") if isinstance(t, dict) else t
        if isinstance(label, str):
            out.add(label.casefold())
    return out


def themed(conn: Connection, theme: str) -> Select | list[int]:
    """The ``documents.id`` of the documents filed under ``theme`` (a query, or a list of ids)."""
    if inspect(conn).has_table("document_themes"):
        cols = {c["name"] for c in inspect(conn).get_columns("document_themes")}
        label = next((c for c in _THEME_COLUMNS if c in cols), None)
        if label and "document_id" in cols:
            t = table("document_themes", column("document_id"), column(label))
            return select(t.c.document_id).where(func.lower(t.c[label]) == theme.casefold())
    key = theme.casefold()
    candidates = conn.execute(select(documents.c.id, documents.c.record)
                              .where(documents.c.record.contains('"themes"'))
                              .where(func.lower(documents.c.record).contains(json.dumps(key, ensure_ascii=False)[1:-1],
                                                                             autoescape=True)))
    return [r.id for r in candidates if key in _labels(json.loads(r.record).get("themes"))]


def themes_of(record: Row) -> list[str]:
    """The theme labels of a record, sorted."""
    return sorted(_labels(record.get("themes")))


def _dated(q: Select, when, since: str | None, until: str | None) -> Select:
    """``q`` restricted to ``when`` from ``since`` to ``until`` (ISO prefixes, as ``query.events_of``)."""
    if since:
        q = q.where(when >= since)
    if until:
        q = q.where(func.substr(when, 1, len(until)) <= until)
    return q


def record(conn: Connection, doc_id: str) -> Row | None:
    """The veille.record/1 of a document (by the record's ``doc.id``; the first stored if several),
    each entity with its knowledge-base id (``kb_id``), or None."""
    doc = conn.execute(select(documents.c.id, documents.c.text, documents.c.record)
                       .where(documents.c.doc_id == doc_id).order_by(documents.c.id).limit(1)).first()
    if doc is None:
        return None
    kb = dict(conn.execute(select(document_entities.c.local_id, document_entities.c.entity_id)
                           .where(document_entities.c.document_id == doc.id)).all())
    rec = json.loads(doc.record)
    for ent in rec.get("entities", []):
        ent["kb_id"] = kb.get(ent["id"])
    return {"schema": rec["schema"], "doc": rec["doc"], "text": doc.text,
            **{k: v for k, v in rec.items() if k not in ("schema", "doc")}}


def documents_page(conn: Connection, since: str | None = None, until: str | None = None, theme: str | None = None,
                   offset: int = 0, limit: int = 20) -> Row:
    """Documents newest first (id, date, title, source), dated from ``since`` to ``until``, filed under ``theme``."""
    q = select(documents.c.doc_id, documents.c.date, documents.c.title, documents.c.source)
    q = _dated(q, documents.c.date, since, until)
    if theme:
        q = q.where(documents.c.id.in_(themed(conn, theme)))
    q = q.order_by(documents.c.date.desc().nulls_last(), documents.c.id.desc()).offset(offset).limit(limit + 1)
    return page([dict(r._mapping) for r in conn.execute(q)], offset, limit)


def entities_page(conn: Connection, q: str | None = None, type: str | None = None, offset: int = 0,
                  limit: int = 20) -> Row:
    """Entities known by a name or alias containing ``q`` (``query.lookup``), else all, most documented first."""
    if q:
        rows = [r for r in query.lookup(conn, q) if not type or r["type"] == type]
        return page(rows[offset:offset + limit + 1], offset, limit)
    n = func.count(distinct(document_entities.c.document_id)).label("documents")
    sel = (select(entities.c.id, entities.c.name, entities.c.type, entities.c.country, n)
           .outerjoin(document_entities, document_entities.c.entity_id == entities.c.id)
           .group_by(entities.c.id, entities.c.name, entities.c.type, entities.c.country))
    if type:
        sel = sel.where(entities.c.type == type)
    sel = sel.order_by(n.desc(), entities.c.id).offset(offset).limit(limit + 1)
    return page([dict(r._mapping) for r in conn.execute(sel)], offset, limit)


def entity(conn: Connection, entity_id: int) -> Row | None:
    """The profile of an entity (``query.profile``), or None for an unknown id."""
    if conn.execute(select(entities.c.id).where(entities.c.id == entity_id)).first() is None:
        return None
    return query.profile(conn, entity_id)


def events_page(conn: Connection, offset: int = 0, limit: int = 20, **filters: Any) -> Row:
    """A page of ``query.events_of(**filters)``."""
    rows = query.events_of(conn, **filters, limit=offset + limit + 1)
    return page(rows[offset:], offset, limit)


def quotes_page(conn: Connection, offset: int = 0, limit: int = 20, **filters: Any) -> Row:
    """A page of ``query.quotes_of(**filters)``."""
    rows = query.quotes_of(conn, **filters, limit=offset + limit + 1)
    return page(rows[offset:], offset, limit)


def event_counts(conn: Connection) -> dict[str, int]:
    """How many events of each PLOVER type, most frequent first."""
    rows = conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all()
    return dict(sorted(rows, key=lambda r: (-r[1], r[0])))


def top_actors(conn: Connection, limit: int = 10) -> list[Row]:
    """The entities taking part in the most events."""
    n = func.count(distinct(event_actors.c.event_id)).label("events")
    rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type, n)
                        .join(event_actors, event_actors.c.entity_id == entities.c.id)
                        .group_by(entities.c.id, entities.c.name, entities.c.type)
                        .order_by(n.desc(), entities.c.id).limit(limit))
    return [dict(r._mapping) for r in rows]


def _event_rows(conn: Connection, type: str | None, actor: int | None, since: str | None, until: str | None,
                theme: str | None, *cols) -> Select:
    """Events (with ``cols``) of a type, involving an actor (an id), dated in a range, filed under a theme."""
    when = func.coalesce(events.c.date, documents.c.date)
    q = select(*cols).select_from(events).join(documents, documents.c.id == events.c.document_id)
    if type:
        q = q.where(events.c.type == type.upper())
    if actor is not None:
        q = q.where(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.entity_id == actor)))
    if theme:
        q = q.where(documents.c.id.in_(themed(conn, theme)))
    return _dated(q, when, since, until)


def network(conn: Connection, type: str | None = None, since: str | None = None, until: str | None = None,
            theme: str | None = None, actor: int | None = None, limit: int = MAX_PAGE) -> Row:
    """The actor graph: an edge from each source to each target of an event (between co-sources when an
    event has no target), weighted by events and typed by PLOVER type; the ``limit`` heaviest edges and
    their nodes, sized by mentions."""
    q = _event_rows(conn, type, actor, since, until, theme, events.c.id, events.c.type, event_actors.c.entity_id,
                    event_actors.c.side).join(event_actors, event_actors.c.event_id == events.c.id)
    sides: dict[int, dict[str, list[int]]] = defaultdict(lambda: {"source": [], "target": []})
    kinds: dict[int, str] = {}
    for r in conn.execute(q):
        sides[r.id][r.side].append(r.entity_id)
        kinds[r.id] = r.type
    weights: Counter[tuple[int, int, str]] = Counter()
    for ev, s in sides.items():
        src, tgt = sorted(set(s["source"])), sorted(set(s["target"]))
        pairs = ([(a, b) for a in src for b in tgt if a != b] if tgt
                 else [(a, b) for i, a in enumerate(src) for b in src[i + 1:]])
        weights.update((a, b, kinds[ev]) for a, b in pairs)
    edges = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    ids = {i for (a, b, _), _n in edges for i in (a, b)}
    if actor is not None and conn.execute(select(entities.c.id).where(entities.c.id == actor)).first():
        ids.add(actor)
    info = {r.id: r for r in conn.execute(select(entities.c.id, entities.c.name, entities.c.type)
                                          .where(entities.c.id.in_(ids)))} if ids else {}
    counts = dict(conn.execute(select(mentions.c.entity_id, func.count()).where(mentions.c.entity_id.in_(ids))
                               .group_by(mentions.c.entity_id)).all()) if ids else {}
    nodes = [{"id": i, "name": info[i].name, "type": info[i].type, "mentions": counts.get(i, 0)}
             for i in sorted(ids)]
    return {"nodes": nodes, "edges": [{"source": a, "target": b, "type": t, "events": n} for (a, b, t), n in edges]}


def _bucket(date: str | None, by: str) -> str | None:
    """The day (YYYY-MM-DD) or ISO week (YYYY-Www) of an ISO date; None when it is less precise."""
    if not date:
        return None
    if by == "week" and len(date) == 8 and date[5] == "W":
        return date
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if by == "day":
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def timeline(conn: Connection, by: str = "day", type: str | None = None, actor: int | None = None,
             since: str | None = None, until: str | None = None, theme: str | None = None) -> Row:
    """Events per day or ISO week (``by``) and PLOVER type, oldest first; events dated less precisely are
    counted apart (``undated``)."""
    when = func.coalesce(events.c.date, documents.c.date)
    q = _event_rows(conn, type, actor, since, until, theme, when.label("when"), events.c.type)
    buckets: dict[str, Counter[str]] = defaultdict(Counter)
    undated = 0
    for r in conn.execute(q):
        key = _bucket(r.when, by)
        if key is None:
            undated += 1
        else:
            buckets[key][r.type] += 1
    periods = [{"period": k, "total": sum(c.values()), "counts": dict(sorted(c.items()))}
               for k, c in sorted(buckets.items())]
    types = sorted({t for c in buckets.values() for t in c})
    return {"by": by, "types": types, "periods": periods, "undated": undated}
