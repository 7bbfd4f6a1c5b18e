"""Questions to the knowledge base; every answer is JSON-ready (dicts, lists, str, int, None).

Orders are fixed (date, newest first, then storage order) and names are sorted in Python,
so SQLite and PostgreSQL give the same answers whatever the server's collation.
Full-text search matches whole words; SQLite ignores accents, PostgreSQL ('french'
configuration) also matches other forms of a word (migration, migrations).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, case, distinct, false, func, literal, select, text

from veille import kb
from veille.normalize import norm, strip_accents
from veille.record import THEME_LABELS
from veille.store.schema import (aliases, document_entities, document_themes, documents, entities, entity_kb,
                                 event_actors, events, mentions, quote_themes, quotes, roles)

DEFAULT_LIMIT = 50
Row = dict[str, Any]
#: The shortest name (in letters and digits) looked up as a part of other names, and the longest looked up
#: at all as one (longer names are only matched whole: SQL LIKE patterns have a size limit).
MIN_PART, MAX_PART = 3, 200
#: Ids fetched in one ``IN (...)`` list (SQLite allows 32,766 variables a statement).
_IN_CHUNK = 5000
_DATE_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_date(value: str | None) -> str | None:
    """A ``since``/``until`` bound: YYYY, YYYY-MM or YYYY-MM-DD (a real month and day), else ValueError."""
    if value is None:
        return None
    ok = _DATE_PREFIX.fullmatch(value) is not None
    if ok and len(value) > 4:
        try:
            dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
        except ValueError:
            ok = False
    if not ok:
        raise ValueError(f"invalid date {value[:40]!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_theme(label: str | None) -> str | None:
    """A theme label of RECORD.md 1b (case-insensitive), else ValueError."""
    if label is None:
        return None
    if label.strip().lower() not in THEME_LABELS:
        raise ValueError(f"unknown theme {label[:40]!r}; choose from {', '.join(THEME_LABELS)}")
    return label.strip().lower()


def lookup(conn: Connection, name: str) -> list[Row]:
    """The entities known by ``name``: the one linked to the knowledge-base entry of that name (in any
    language), else those having it as a form, else whose forms contain it; most documented first."""
    key = norm(name)
    if not key:
        return []
    conds = [aliases.c.norm == key]
    entries = [e.id for e in kb.lookup(name)]
    if entries:
        conds.insert(0, aliases.c.entity_id.in_(select(entity_kb.c.entity_id).where(entity_kb.c.kb_id.in_(entries))))
    if sum(c.isalnum() for c in key) >= MIN_PART and len(key) <= MAX_PART:
        conds.append(aliases.c.norm.contains(key, autoescape=True))
    for cond in conds:
        ids = select(aliases.c.entity_id).where(cond)
        q = (select(entities.c.id, entities.c.name, entities.c.type, entities.c.country,
                    func.count(distinct(document_entities.c.document_id)).label("documents"))
             .outerjoin(document_entities, document_entities.c.entity_id == entities.c.id)
             .where(entities.c.id.in_(ids))
             .group_by(entities.c.id, entities.c.name, entities.c.type, entities.c.country))
        found = [dict(r._mapping) for r in conn.execute(q)]
        if found:
            return sorted(found, key=lambda r: (-r["documents"], r["id"]))
    return []


def _ids(conn: Connection, actor: str | int | None) -> list[int] | None:
    """Entity ids for a name or an id (None: no constraint)."""
    if actor is None:
        return None
    return [actor] if isinstance(actor, int) else [r["id"] for r in lookup(conn, actor)]


def _names(conn: Connection, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id.in_(ids))).all())


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    base = strip_accents(c).casefold()
    return base[0] if base else c


def _fold(s: str) -> str:
    """Accents stripped and casefolded, one character for one (offsets are kept)."""
    return s.translate({ord(c): _fold_char(c) for c in set(s)})


def _matching(conn: Connection, table: str, words: str) -> Select:
    """Ids of the rows of ``table`` ('documents' or 'quotes') whose text has every word (full-text index)."""
    terms = _WORD.findall(words)
    if not terms:
        return select(literal(0)).where(false())
    if conn.dialect.name == "postgresql":
        return (select(text("id")).select_from(text(table))
                .where(text("tsv @@ plainto_tsquery('french', :terms)").bindparams(terms=" ".join(terms))))
    return (select(text("rowid")).select_from(text(f"{table}_fts"))
            .where(text(f"{table}_fts MATCH :terms").bindparams(terms=" ".join(f'"{t}"' for t in terms))))


#: From how many full-text matches SQLite walks the articles newest first rather than sorting the matches.
WALK_FROM = 1000


def _walk(conn: Connection, table: str, words: str | None) -> bool:
    """Whether SQLite should walk the articles newest first (``ix_documents_newest``), testing each row, until
    the limit is reached: when the words match many rows (or there are none to match), rather than sort every
    match. The caller then writes the ids it tests as ``id + 0``, SQLite's idiom for "not an index to drive by"
    (and joins on ``documents.id + 0`` so that the articles drive). PostgreSQL's planner weighs both itself."""
    if conn.dialect.name != "sqlite":
        return False
    terms = _WORD.findall(words or "")
    if not terms:
        return True
    n = conn.execute(text(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH :terms"),
                     {"terms": " ".join(f'"{t}"' for t in terms)}).scalar()
    return n >= WALK_FROM


def snippet(body: str, words: str, width: int = 80) -> str:
    """The text around the first occurrence of one of the words."""
    folded = _fold(body)
    hits = [m.start() for t in _WORD.findall(words)
            for m in [re.search(rf"\b{re.escape(_fold(t))}", folded)] if m]
    at = min(hits) if hits else 0
    lo, hi = max(0, at - width), min(len(body), at + width)
    return ("…" if lo else "") + " ".join(body[lo:hi].split()) + ("…" if hi < len(body) else "")


def _in_order(conn: Connection, ids: list[int], q: Select, key: Any) -> list[Row]:
    """The rows of ``q`` (whose ``key`` column is in ``ids``) in the order of ``ids``: what a query sorted on
    narrow rows (ids) selected, fetched whole afterwards."""
    rows: dict[int, Row] = {}
    for at in range(0, len(ids), _IN_CHUNK):
        chunk = conn.execute(q.where(key.in_(ids[at:at + _IN_CHUNK])))
        rows.update((r._mapping[key.name], dict(r._mapping)) for r in chunk)
    return [rows[i] for i in ids]


def _walk_events(conn: Connection, type: str | None) -> bool:
    """Whether SQLite should find the newest events of a type (any, without one) by :func:`_newest_events`:
    when there are many (see :func:`_walk`)."""
    if conn.dialect.name != "sqlite":
        return False
    if not type:
        return True
    n = conn.execute(select(func.count()).select_from(events).where(events.c.type == type.upper())).scalar()
    return n >= WALK_FROM


def _newest_events(conn: Connection, conds: list, type: str | None, when: Any, limit: int | None) -> list[int]:
    """Ids of the newest events of a type (any, without one) meeting ``conds`` (SQLite, many of them): the newest
    dated by themselves (index on type and date) merged with the newest dated by their article, found walking
    the articles newest first (see :func:`_walk`), instead of sorting every event by a date two tables give.
    On the walk, type and date are written ``|| ''`` so that only an article's events are looked up."""
    cols = (events.c.id, when.label("when"), events.c.document_id, events.c.start)
    kind = [events.c.type == type.upper()] if type else []
    walked = [(events.c.type + "") == type.upper()] if type else []
    own = (select(*cols).join(documents, documents.c.id == events.c.document_id)
           .where(events.c.date.is_not(None), *kind, *conds)
           .order_by(events.c.date.desc(), events.c.document_id, events.c.start, events.c.id).limit(limit))
    by_article = (select(*cols).select_from(documents).join(events, events.c.document_id == documents.c.id + 0)
                  .where((events.c.date + "").is_(None), *walked, *conds)
                  .order_by(documents.c.date.desc().nulls_last(), events.c.document_id, events.c.start, events.c.id)
                  .limit(limit))
    rows = sorted([*conn.execute(own), *conn.execute(by_article)], key=lambda r: (r.document_id, r.start, r.id))
    rows.sort(key=lambda r: r.when or "", reverse=True)  # stable: newest first, then article, offset, id
    return [r.id for r in rows[:limit]]


def events_of(conn: Connection, type: str | None = None, actor: str | int | None = None,
              with_: str | int | None = None, since: str | None = None, until: str | None = None,
              limit: int | None = DEFAULT_LIMIT, theme: str | None = None, exclude: str | None = None) -> list[Row]:
    """Events, newest first: of a PLOVER type (other than ``exclude``), involving ``actor`` and ``with_``
    (names or ids, on either side), dated (the event's date, else the article's) from ``since`` to ``until``
    (ISO prefixes), in articles of a ``theme``."""
    since, until, theme = check_date(since), check_date(until), check_theme(theme)
    when = func.coalesce(events.c.date, documents.c.date)
    location = entities.alias("location")
    conds = []
    if exclude:
        conds.append(events.c.type != exclude.upper())
    if theme:
        conds.append(events.c.document_id.in_(_of_theme(theme)))
    for who in (actor, with_):
        ids = _ids(conn, who)
        if ids is not None:
            conds.append(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.entity_id.in_(ids))))
    if since:
        conds.append(when >= since)
    if until:
        conds.append(func.substr(when, 1, len(until)) <= until)
    if actor is None and with_ is None and _walk_events(conn, type):
        found = _newest_events(conn, conds, type, when, limit)
    else:
        if type:
            conds.append(events.c.type == type.upper())
        found = list(conn.execute(select(events.c.id).join(documents, documents.c.id == events.c.document_id)
                                  .where(*conds).order_by(when.desc().nulls_last(), events.c.document_id,
                                                          events.c.start, events.c.id).limit(limit)).scalars())
    rows = _in_order(conn, found, select(events.c.id, events.c.type, when.label("date"), documents.c.doc_id,
                                       documents.c.title, location.c.name.label("location"), events.c.trigger,
                                       events.c.text)
                     .join(documents, documents.c.id == events.c.document_id)
                     .outerjoin(location, location.c.id == events.c.location_id), events.c.id)
    sides: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
    if rows:
        actors = conn.execute(select(event_actors.c.event_id, event_actors.c.side, entities.c.name)
                              .join(entities, entities.c.id == event_actors.c.entity_id)
                              .where(event_actors.c.event_id.in_([r["id"] for r in rows])))
        for a in actors:
            sides[a.event_id][a.side].append(a.name)
    for r in rows:
        r.update({side: sorted(names) for side, names in sides[r.pop("id")].items()})
    return rows


def _of_theme(theme: str) -> Select:
    """Ids of the documents filed under a theme."""
    return select(document_themes.c.document_id).where(document_themes.c.label == theme)


def quotes_of(conn: Connection, speaker: str | int | None = None, contains: str | None = None,
              limit: int | None = DEFAULT_LIMIT, theme: str | None = None) -> list[Row]:
    """Quotations, newest first: by ``speaker`` (name or id), containing every word of ``contains``,
    about a ``theme`` (the quotation's own themes)."""
    theme = check_theme(theme)
    ids = _ids(conn, speaker)
    walk = ids is None and (contains or theme) and _walk(conn, "quotes", contains)  # a speaker's quotes are few
    if walk:
        q = select(quotes.c.id).select_from(documents).join(quotes, quotes.c.document_id == documents.c.id + 0)
        quote = quotes.c.id + 0
    else:
        q = select(quotes.c.id).join(documents, documents.c.id == quotes.c.document_id)
        quote = quotes.c.id
    if ids is not None:
        q = q.where(quotes.c.speaker_id.in_(ids))
    if contains:
        q = q.where(quote.in_(_matching(conn, "quotes", contains)))
    if theme:
        q = q.where(quote.in_(select(quote_themes.c.quote_id).where(quote_themes.c.label == theme)))
    # A speaker's quotations are sorted, not found walking the articles newest first (PostgreSQL's choice, with
    # a limit, as though they were spread evenly over time): the date written ``|| ''`` is no index's order.
    date = documents.c.date + "" if ids is not None else documents.c.date
    found = list(conn.execute(q.order_by(date.desc().nulls_last(), quotes.c.document_id, quotes.c.start,
                                         quotes.c.id).limit(limit)).scalars())
    rows = _in_order(conn, found, select(quotes.c.id, quotes.c.text, quotes.c.kind, quotes.c.cue,
                                         entities.c.name.label("speaker"), documents.c.date, documents.c.doc_id,
                                         documents.c.title)
                     .join(documents, documents.c.id == quotes.c.document_id)
                     .outerjoin(entities, entities.c.id == quotes.c.speaker_id), quotes.c.id)
    for r in rows:
        del r["id"]
    return rows


def roles_of(conn: Connection, entity_id: int) -> list[Row]:
    """The role history of a person: each (title, organisation, country) with first/last date seen."""
    org, country = entities.alias("org"), entities.alias("country")
    q = (select(func.min(roles.c.id).label("first"), org.c.name.label("organization"),
                country.c.name.label("country"), func.min(documents.c.date).label("first_seen"),
                func.max(documents.c.date).label("last_seen"), func.count(distinct(documents.c.id)).label("documents"),
                func.min(roles.c.former).label("former"))
         .join(documents, documents.c.id == roles.c.document_id)
         .outerjoin(org, org.c.id == roles.c.organization_id)
         .outerjoin(country, country.c.id == roles.c.country_id)
         .where(roles.c.entity_id == entity_id).group_by(roles.c.title_norm, org.c.name, country.c.name))
    groups = sorted(conn.execute(q), key=lambda g: g.first)  # a history's title: that of its first statement
    titles = dict(conn.execute(select(roles.c.id, roles.c.title)
                               .where(roles.c.id.in_([g.first for g in groups]))).all())
    out = [{"title": titles[g.first], "organization": g.organization, "country": g.country,
            "first_seen": g.first_seen, "last_seen": g.last_seen, "documents": g.documents, "former": bool(g.former)}
           for g in groups]
    return sorted(out, key=lambda h: (h["first_seen"] or "", h["last_seen"] or "", h["title"]))


def counterparts(conn: Connection, entity_id: int, limit: int | None = 10) -> list[Row]:
    """The actors most often on the other side of (or beside) an entity in events."""
    me, other = event_actors.alias("me"), event_actors.alias("other")
    q = (select(other.c.entity_id, other.c.event_id).distinct()
         .join(me, (me.c.event_id == other.c.event_id) & (other.c.entity_id != me.c.entity_id))
         .where(me.c.entity_id == entity_id))
    counts = Counter(r.entity_id for r in conn.execute(q))
    names = _names(conn, set(counts))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]], kv[0]))[:limit]
    return [{"id": i, "name": names[i], "events": n} for i, n in ranked]


def profile(conn: Connection, entity_id: int, limit: int | None = DEFAULT_LIMIT) -> Row:
    """Everything known about one entity: its quotes, meetings and other events the ``limit`` newest of each
    (how many there are in ``counts``)."""
    e = conn.execute(select(entities).where(entities.c.id == entity_id)).one()
    docs = (select(func.count(distinct(documents.c.id)), func.min(documents.c.date), func.max(documents.c.date))
            .join(document_entities, document_entities.c.document_id == documents.c.id)
            .where(document_entities.c.entity_id == entity_id))
    n, first, last = conn.execute(docs).one()
    forms = conn.execute(select(aliases.c.alias).where(aliases.c.entity_id == entity_id)).scalars()
    meetings = events_of(conn, type="CONSULT", actor=entity_id, limit=limit)
    others = events_of(conn, actor=entity_id, exclude="CONSULT", limit=limit)
    for ev in meetings + others:
        ev["counterparts"] = sorted(set(ev["source"] + ev["target"]) - {e.name})
    consult = events.c.type == "CONSULT"
    n_quotes = conn.execute(select(func.count()).select_from(quotes).where(quotes.c.speaker_id == entity_id)).scalar()
    n_meetings, n_events = conn.execute(
        select(func.count(distinct(case((consult, events.c.id)))), func.count(distinct(case((~consult, events.c.id)))))
        .join(event_actors, event_actors.c.event_id == events.c.id).where(event_actors.c.entity_id == entity_id)).one()
    entry = kb.get(conn.execute(select(entity_kb.c.kb_id).where(entity_kb.c.entity_id == entity_id)).scalar() or "")
    return {"id": e.id, "name": e.name, "type": e.type, "country": e.country, "kb": _entry(entry),
            "aliases": sorted(set(forms) - {e.name}), "documents": n, "first_seen": first, "last_seen": last,
            "roles": roles_of(conn, entity_id), "quotes": quotes_of(conn, speaker=entity_id, limit=limit),
            "meetings": meetings, "events": others,
            "counts": {"quotes": n_quotes, "meetings": n_meetings, "events": n_events},
            "counterparts": counterparts(conn, entity_id)}


def who(conn: Connection, name: str) -> Row | None:
    """The profile of the entity best known by ``name`` (with the other candidates), or None."""
    found = lookup(conn, name)
    if not found:
        return None
    return {**profile(conn, found[0]["id"]), "others": found[1:]}


def _entry(entry: kb.Entry | None) -> Row | None:
    """A knowledge-base entry as an answer."""
    if entry is None:
        return None
    return {"id": entry.id, "type": entry.type, "name_fr": entry.name_fr, "name_en": entry.name_en,
            "acronyms": list(entry.acronyms), "parent": entry.parent, "scope": entry.scope, "start": entry.start}


def _themes_of(conn: Connection, doc_ids: list[int]) -> dict[int, list[str]]:
    """Document id -> its theme labels, best score first."""
    out: dict[int, list[str]] = defaultdict(list)
    if doc_ids:
        rows = conn.execute(select(document_themes).where(document_themes.c.document_id.in_(doc_ids))
                            .order_by(document_themes.c.document_id, document_themes.c.score.desc(),
                                      document_themes.c.label))
        for r in rows:
            out[r.document_id].append(r.label)
    return out


def search(conn: Connection, words: str = "", limit: int | None = DEFAULT_LIMIT, theme: str | None = None) -> Row:
    """Articles and quotations containing every word (any, without words) and filed under ``theme``, newest
    first, with a snippet and the article's themes."""
    theme = check_theme(theme)
    doc = documents.c.id + 0 if _walk(conn, "documents", words) else documents.c.id
    q = select(documents.c.id)
    if words.strip():
        q = q.where(doc.in_(_matching(conn, "documents", words)))
    if theme:
        q = q.where(doc.in_(_of_theme(theme)))
    ids = list(conn.execute(q.order_by(documents.c.date.desc().nulls_last(), documents.c.id).limit(limit)).scalars())
    docs = _in_order(conn, ids, select(documents.c.id, documents.c.doc_id, documents.c.date, documents.c.title,
                                       documents.c.text), documents.c.id)
    themes = _themes_of(conn, ids)
    return {"documents": [{"doc_id": d["doc_id"], "date": d["date"], "title": d["title"],
                           "snippet": snippet(d["text"], words), "themes": themes[d["id"]]} for d in docs],
            "quotes": quotes_of(conn, contains=words or None, limit=limit, theme=theme)}


def framework(conn: Connection, name: str, limit: int | None = DEFAULT_LIMIT) -> Row | None:
    """What the store holds on an institution, framework or event (a knowledge-base entry by any of its
    names, else a stored entity): the articles that mention it, the actors named beside it, the quotations
    that mention it, and how many articles a month, oldest first. None when nothing is known by ``name``."""
    found = lookup(conn, name)
    if not found:
        return None
    ent = found[0]["id"]
    entry = kb.get(conn.execute(select(entity_kb.c.kb_id).where(entity_kb.c.entity_id == ent)).scalar() or "")
    mine = select(document_entities.c.document_id).where(document_entities.c.entity_id == ent)
    seen: dict[int, tuple[str | None, str]] = {}  # document id -> (date, the name it gives), newest first
    for d in conn.execute(select(documents.c.id, documents.c.date, document_entities.c.name)
                          .join(document_entities, document_entities.c.document_id == documents.c.id)
                          .where(document_entities.c.entity_id == ent)
                          .order_by(documents.c.date.desc().nulls_last(), documents.c.id)):
        seen.setdefault(d.id, (d.date, d.name))
    shown = list(seen)[:limit]
    heads = _in_order(conn, shown, select(documents.c.id, documents.c.doc_id, documents.c.title), documents.c.id)
    themes = _themes_of(conn, shown)
    others = (select(document_entities.c.entity_id, func.count(distinct(document_entities.c.document_id)).label("n"))
              .where(document_entities.c.document_id.in_(mine), document_entities.c.entity_id != ent)
              .group_by(document_entities.c.entity_id))
    counts = {r.entity_id: r.n for r in conn.execute(others)}
    ranked = sorted(counts, key=lambda i: -counts[i])
    if limit is not None and len(ranked) > limit:  # names only for those that can rank (ties at the cut)
        ranked = [i for i in ranked if counts[i] >= counts[ranked[limit - 1]]]
    info = {r["id"]: r for r in _in_order(conn, ranked, select(entities.c.id, entities.c.name, entities.c.type),
                                          entities.c.id)}
    actors = sorted(info, key=lambda i: (-counts[i], info[i]["name"], i))
    inside = (select(quotes.c.id).join(mentions, (mentions.c.document_id == quotes.c.document_id)
                                        & (mentions.c.start >= quotes.c.start) & (mentions.c.end <= quotes.c.end))
              .where(mentions.c.entity_id == ent))
    speaker = entities.alias("speaker")
    said = conn.execute(select(quotes.c.text, quotes.c.kind, speaker.c.name.label("speaker"), documents.c.date,
                               documents.c.doc_id)
                        .join(documents, documents.c.id == quotes.c.document_id)
                        .outerjoin(speaker, speaker.c.id == quotes.c.speaker_id)
                        .where(quotes.c.id.in_(inside))
                        .order_by(documents.c.date.desc().nulls_last(), quotes.c.document_id, quotes.c.start)
                        .limit(limit))
    months = Counter((date or "")[:7] or None for date, _ in seen.values())
    return {"id": ent, "name": found[0]["name"], "type": found[0]["type"], "kb": _entry(entry),
            "documents": [{"doc_id": h["doc_id"], "date": seen[h["id"]][0], "title": h["title"],
                           "as": seen[h["id"]][1], "themes": themes[h["id"]]} for h in heads],
            "actors": [{"id": i, "name": info[i]["name"], "type": info[i]["type"], "documents": counts[i]}
                       for i in actors[:limit]],
            "quotes": [dict(r._mapping) for r in said],
            "over_time": [{"month": m, "documents": n} for m, n in sorted(months.items(), key=lambda kv: kv[0] or "")]}
