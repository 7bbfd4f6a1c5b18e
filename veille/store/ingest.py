"""Storing records: one article per ``documents`` row, its layers linked to knowledge-base entities.

:func:`ingest` is safe to interrupt and to rerun: an article whose text (sha256) is already
stored is skipped before extraction, and each batch of articles is written in one
transaction, so a killed run leaves only whole articles and the same command finishes the job.
"""
from __future__ import annotations

import itertools
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from veille.normalize import norm
from veille.read import Article, InputError
from veille.record import Record, sha256
from veille.store.identity import Resolver
from veille.store.schema import (dates, document_entities, document_themes, documents, event_actors, events, mentions,
                                 quote_themes, quotes, roles, writing)

#: How many input articles are checked against the store in one query.
LOOKUP_CHUNK = 256


@dataclass
class Problem:
    """An article that was not stored, and why."""

    source: str
    message: str


@dataclass
class IngestReport:
    """What an ingest did."""

    stored: int = 0
    skipped: int = 0  # already in the knowledge base, or repeated in the input
    bad: list[Problem] = field(default_factory=list)


#: ``notify(kind, message)`` with kind "stored", "skipped", "bad" or "warning".
Notify = Callable[[str, str], None]


def known(conn: Connection, shas: Iterable[str]) -> set[str]:
    """The given text hashes that are already stored."""
    shas = list(shas)
    if not shas:
        return set()
    return set(conn.execute(select(documents.c.sha256).where(documents.c.sha256.in_(shas))).scalars())


def store(conn: Connection, rec: Record) -> int | None:
    """Write one record (in ``conn``'s transaction); returns its ``documents.id``, or None when a record of
    the same text is already stored (by another writer, say): each text is stored once."""
    return store_many(conn, [rec])[0]


def store_many(conn: Connection, recs: list[Record]) -> list[int | None]:
    """Write records (in ``conn``'s transaction) as :func:`store` writes each in turn, in one statement per
    table; returns each record's ``documents.id``, None for a text already stored (or earlier in ``recs``)."""
    rows, firsts = [], {}
    for i, rec in enumerate(recs):
        h = rec.doc.sha256 or sha256(rec.text)
        if h in firsts:
            continue
        firsts[h] = i
        d = rec.to_dict()
        del d["text"]
        rows.append({"doc_id": rec.doc.id, "sha256": h, "date": rec.doc.date, "title": rec.doc.title or "",
                     "source": rec.doc.source or "", "lang": rec.doc.lang or "fr", "text": rec.text,
                     "record": json.dumps(d, ensure_ascii=False)})
    out: list[int | None] = [None] * len(recs)
    if not rows:
        return out
    new = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(documents)
    for r in conn.execute(new.on_conflict_do_nothing(index_elements=["sha256"])
                          .returning(documents.c.id, documents.c.sha256), rows):
        out[firsts[r.sha256]] = r.id
    written = [(doc, rec) for doc, rec in zip(out, recs) if doc is not None]
    resolver = Resolver(conn, (e for _, rec in written for e in rec.entities))
    local = [{e.id: resolver.resolve(e) for e in rec.entities} for _, rec in written]
    real = resolver.write()
    layers: dict[str, list[dict]] = {name: [] for name in ("document_entities", "mentions", "roles", "quotes",
                                                            "document_themes", "events", "dates")}
    quoted, evented = [], []  # (record's quote, row) and (record's event, ids) in row order
    for (doc, rec), found in zip(written, local):
        ids = {k: real.get(v, v) for k, v in found.items()}
        _rows(doc, rec, ids, layers, quoted, evented)
    for name in ("document_entities", "mentions", "roles", "document_themes", "dates"):
        if layers[name]:
            conn.execute(insert(_TABLES[name]), layers[name])
    if layers["quotes"]:
        qids = conn.execute(insert(quotes).returning(quotes.c.id, sort_by_parameter_order=True),
                            layers["quotes"]).scalars().all()
        labels = [{"quote_id": i, "label": label} for i, q in zip(qids, quoted) for label in dict.fromkeys(q.themes)]
        if labels:
            conn.execute(insert(quote_themes), labels)
    if layers["events"]:
        eids = conn.execute(insert(events).returning(events.c.id, sort_by_parameter_order=True),
                            layers["events"]).scalars().all()
        actors = [{"event_id": event, "entity_id": a, "side": side}
                  for event, (ev, ids) in zip(eids, evented)
                  for a, side in sorted({(ids[a], side) for side, group in (("source", ev.source),
                                                                            ("target", ev.target))
                                         for a in group if a in ids})]
        if actors:
            conn.execute(insert(event_actors), actors)
    return out


_TABLES = {"document_entities": document_entities, "mentions": mentions, "roles": roles,
           "document_themes": document_themes, "dates": dates}


def _rows(doc: int, rec: Record, ids: dict[str, int], layers: dict[str, list[dict]], quoted: list,
          evented: list) -> None:
    """Append the rows of one stored record's layers (its entities' stored ids in ``ids``)."""
    text = rec.text
    layers["document_entities"] += [{"document_id": doc, "local_id": e.id, "entity_id": ids[e.id], "name": e.name}
                                    for e in rec.entities]
    layers["mentions"] += [{"document_id": doc, "entity_id": ids[e.id], "start": m.start, "end": m.end,
                            "kind": m.kind, "text": m.text or text[m.start:m.end]}
                           for e in rec.entities for m in e.mentions]
    layers["roles"] += [{"document_id": doc, "entity_id": ids[r.person], "title": r.title, "title_norm": norm(r.title),
                         "organization_id": ids.get(r.organization or ""), "country_id": ids.get(r.country or ""),
                         "former": int(r.former), "start": r.start, "end": r.end, "confidence": r.confidence}
                        for r in rec.roles if r.person in ids]
    layers["quotes"] += [{"document_id": doc, "speaker_id": ids.get(q.speaker or ""), "kind": q.kind,
                          "start": q.start, "end": q.end, "text": text[q.start:q.end],
                          "cue": q.cue.lemma if q.cue else None, "confidence": q.confidence} for q in rec.quotes]
    quoted += rec.quotes
    layers["document_themes"] += [{"document_id": doc, "label": t.label, "score": t.score} for t in rec.themes]
    layers["events"] += [{"document_id": doc, "type": ev.type, "date": ev.date,
                          "location_id": ids.get(ev.location or ""), "start": ev.start, "end": ev.end,
                          "trigger": text[ev.trigger.start:ev.trigger.end] if ev.trigger else None,
                          "text": text[ev.start:ev.end], "confidence": ev.confidence} for ev in rec.events]
    evented += [(ev, ids) for ev in rec.events]
    layers["dates"] += [{"document_id": doc, "start": x.start, "end": x.end, "text": x.text, "value": x.value,
                         "granularity": x.granularity} for x in rec.dates]


def ingest(engine: Engine, items: Iterable[Article | InputError], batch_size: int = 16, workers: int = 1,
           model: str | None = None, notify: Notify | None = None) -> IngestReport:
    """Extract and store the new articles of ``items`` (as ``veille.read.read_all`` yields them).

    Bad inputs and articles whose extraction fails are reported and skipped. Each batch of
    ``batch_size`` extracted articles is committed as one transaction.
    """
    from veille.pipeline import DEFAULT_MODEL, extract_many, language_warning

    model = model or DEFAULT_MODEL
    report = IngestReport()
    tell = notify or (lambda kind, message: None)
    pending: deque[tuple[str, Article]] = deque()  # handed to the extractor, not yet stored
    batch: list[tuple[str, Record]] = []
    seen: set[str] = set()  # stored by this run (a repeat of a text that failed is tried again)
    reading_failed: list[Exception] = []  # an error of the input or the store, not of the extractor

    def bad(source: str, message: str) -> None:
        report.bad.append(Problem(source, message))
        tell("bad", f"{source}: {message}")

    def fresh() -> Iterator[Article]:
        """The articles not stored yet, checked against the store a chunk at a time."""
        try:
            yield from new_articles()
        except Exception as exc:
            reading_failed.append(exc)
            raise

    def new_articles() -> Iterator[Article]:
        it = iter(items)
        while chunk := list(itertools.islice(it, LOOKUP_CHUNK)):
            hashed: list[tuple[str, Article]] = []
            for item in chunk:
                if isinstance(item, InputError):
                    bad(item.source, item.message)
                    continue
                for warning in item.warnings:
                    tell("warning", warning)
                try:
                    hashed.append((sha256(item.text), item))
                except UnicodeError as exc:
                    bad(item.source or item.id, f"text is not valid Unicode ({exc.reason})")
            with engine.connect() as conn:
                stored = known(conn, (h for h, _ in hashed))
            for h, art in hashed:
                if h in stored or h in seen:
                    report.skipped += 1
                    tell("skipped", art.source or art.id)
                    continue
                pending.append((h, art))
                yield art

    def flush() -> None:
        if not batch:
            return
        for h, rec in batch:
            rec.doc.sha256 = h
        with writing(engine) as conn:
            done = [doc is not None for doc in store_many(conn, [rec for _, rec in batch])]
        for (h, rec), stored in zip(batch, done):
            seen.add(h)
            if stored:
                report.stored += 1
                tell("stored", rec.doc.source or rec.doc.id)
            else:
                report.skipped += 1
                tell("skipped", rec.doc.source or rec.doc.id)
        batch.clear()

    def add(h: str, rec: Record) -> None:
        warning = language_warning(rec)
        if warning:
            tell("warning", warning)
        batch.append((h, rec))
        if len(batch) >= batch_size:
            flush()

    def failed(art: Article, exc: Exception) -> None:
        """A component failed on an article (reported in input order): skip it."""
        assert pending[0][1] is art
        pending.popleft()
        bad(art.source or art.id, f"extraction failed ({exc})")

    def extract(articles: Iterable[Article], processes: int) -> Iterator[Record]:
        return extract_many(articles, batch_size=batch_size, n_process=processes, model=model, on_error=failed)

    source = fresh()
    records = extract(source, workers)
    while True:
        try:
            rec = next(records)
        except StopIteration:
            break
        except Exception:  # the extractor itself broke (a worker died, ...): retry those in flight one by one
            if reading_failed:
                raise
            flush()
            while pending:
                h, art = pending[0]
                try:
                    rec = next(extract([art], 1), None)
                except Exception as exc:
                    failed(art, exc)
                else:
                    if rec is not None:
                        pending.popleft()
                        add(h, rec)
            records = extract(source, workers)
            continue
        add(pending.popleft()[0], rec)
    flush()
    return report
