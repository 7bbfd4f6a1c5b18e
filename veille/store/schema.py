"""The knowledge-base schema (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

Surrogate integer keys join the tables; natural keys are ``documents.sha256`` (an
article's identity) and the normalised aliases of ``entities`` (see ``identity``).
Dates are ISO 8601 strings as in the record (``2019-12-17``, ``2019-12``, ``2019-W51``).
Full-text search is added per dialect by :func:`create`: SQLite FTS5 tables kept in
step by triggers, PostgreSQL ``tsvector`` generated columns ('french') with GIN indexes.
"""
from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import (Column, Connection, Engine, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        create_engine, event, inspect, select, text)
from sqlalchemy.engine import make_url

#: 2 adds indexes for the queries on large stores (no change of the data): a version-1 store is upgraded when
#: opened, by :func:`create`.
SCHEMA_VERSION = 2
DEFAULT_URL = "sqlite:///veille.db"

metadata = MetaData()


def _stated(name: str, *columns: Column | Index) -> Table:
    """The table of what articles state (mentions, roles, quotations, events, dates): each row its integer key
    and its article's, then ``columns``."""
    return Table(name, metadata, Column("id", Integer, primary_key=True),
                 Column("document_id", ForeignKey("documents.id"), nullable=False, index=True), *columns)


def _entity_key() -> Column:
    """The entity that a row of a :func:`_stated` table is about."""
    return Column("entity_id", ForeignKey("entities.id"), nullable=False, index=True)


schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String, nullable=False, index=True),  # the record's doc.id
    Column("sha256", String(64), nullable=False, unique=True),
    Column("date", String, index=True),
    Column("title", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("lang", String, nullable=False, default="fr"),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the record's JSON without its text
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String),
    Index("ix_entities_type_country", "type", "country"),
)

aliases = Table(
    "entity_aliases", metadata,
    Column("entity_id", ForeignKey("entities.id"), primary_key=True),
    Column("norm", Text, primary_key=True),  # identity.norm() of the alias
    Column("alias", Text, nullable=False),  # the first surface form seen
    Index("ix_entity_aliases_norm", "norm"),
)

document_entities = Table(  # a record's entity (e1, e2, ...) -> its knowledge-base entity
    "document_entities", metadata,
    Column("document_id", ForeignKey("documents.id"), primary_key=True),
    Column("local_id", String, primary_key=True),
    Column("entity_id", ForeignKey("entities.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Index("ix_document_entities_entity_document", "entity_id", "document_id"),  # an entity's articles, counted
)


mentions = _stated(
    "mentions", _entity_key(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("text", Text, nullable=False),
)

roles = _stated(  # one row per role stated in an article; the history is a GROUP BY (query.roles)
    "roles", _entity_key(),
    Column("title", Text, nullable=False),
    Column("title_norm", Text, nullable=False),
    Column("organization_id", ForeignKey("entities.id")),
    Column("country_id", ForeignKey("entities.id")),
    Column("former", Integer, nullable=False, default=0),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
)

quotes = _stated(
    "quotes",
    Column("speaker_id", ForeignKey("entities.id"), index=True),
    Column("kind", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("cue", Text),
    Column("confidence", Float, nullable=False),
    Index("ix_quotes_document_start", "document_id", "start"),  # an article's quotations in order
)

events = _stated(
    "events",
    Column("type", String, nullable=False, index=True),
    Column("date", String, index=True),
    Column("location_id", ForeignKey("entities.id")),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text),
    Column("text", Text, nullable=False),  # the evidence
    Column("confidence", Float, nullable=False),
    Index("ix_events_type_date", "type", "date"),  # the newest events of a type
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", ForeignKey("events.id"), primary_key=True),
    Column("entity_id", ForeignKey("entities.id"), primary_key=True, index=True),
    Column("side", String, primary_key=True),  # 'source' or 'target'
)

dates = _stated(
    "dates",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String, index=True),
    Column("granularity", String),
)

entity_kb = Table(  # the bundled knowledge-base entry (veille/kb.py) an entity is: one entry, one entity
    "entity_kb", metadata,
    Column("entity_id", ForeignKey("entities.id"), primary_key=True),
    Column("kb_id", String, nullable=False, unique=True),
)

document_themes = Table(  # an article's themes (RECORD.md 1b)
    "document_themes", metadata,
    Column("document_id", ForeignKey("documents.id"), primary_key=True),
    Column("label", String, primary_key=True, index=True),
    Column("score", Float, nullable=False),
)

quote_themes = Table(
    "quote_themes", metadata,
    Column("quote_id", ForeignKey("quotes.id"), primary_key=True),
    Column("label", String, primary_key=True, index=True),
)

#: Tables in dependency order (what the CSV and Parquet exports write).
TABLES = (schema_version, documents, entities, aliases, document_entities, mentions, roles, quotes, events,
          event_actors, dates, entity_kb, document_themes, quote_themes)

#: Indexes written per dialect: the newest articles first, as the queries order them (date descending, NULLs
#: last, then id); SQLite's order of NULLs is that one, PostgreSQL's must be asked for.
_NEWEST = {"sqlite": "date DESC, id", "postgresql": "date DESC NULLS LAST, id"}

#: The full-text indexes: (table, indexed expression for PostgreSQL, columns for SQLite FTS5).
_FTS = (("documents", "coalesce(title, '') || ' ' || text", "title, text"), ("quotes", "text", "text"))


class StoreError(Exception):
    """A knowledge base that cannot be used (missing, or of another schema version)."""


def normalise_url(url: str) -> str:
    """Map ``postgresql://`` and ``postgres://`` to the psycopg 3 driver; leave others as they are."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """Foreign keys on, wait rather than fail on a lock; transactions begun by SQLAlchemy (``_sqlite_begin``),
    not by the driver, so that DDL is transactional too. Nothing is written (WAL is set by ``create``)."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """Begin a SQLite transaction: IMMEDIATE (the write lock taken first, waiting for it) for a writer, so
    that two writers queue instead of failing when one upgrades a read to a write."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITER) else "BEGIN")


_WRITER = "veille_writer"
#: The PostgreSQL advisory lock key that serialises Veille's writers (and schema creators) on one database.
_PG_LOCK = 0x7665696C


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction that concurrent writers (other processes included) take one at a time."""
    with engine.execution_options(**{_WRITER: True}).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        yield conn


def _fts_ddl(dialect: str) -> list[str]:
    """DDL of the full-text indexes for a dialect."""
    ddl = []
    for table, expr, cols in _FTS:
        if dialect == "postgresql":
            ddl += [(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS tsv tsvector "
                     f"GENERATED ALWAYS AS (to_tsvector('french', {expr})) STORED"),
                    f"CREATE INDEX IF NOT EXISTS ix_{table}_tsv ON {table} USING GIN (tsv)"]
        else:
            new = ", ".join(f"new.{c.strip()}" for c in cols.split(","))
            old = ", ".join(f"old.{c.strip()}" for c in cols.split(","))
            ddl += [(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING fts5({cols}, content='{table}', "
                     "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
                    (f"CREATE TRIGGER IF NOT EXISTS {table}_fts_insert AFTER INSERT ON {table} BEGIN "
                     f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"),
                    (f"CREATE TRIGGER IF NOT EXISTS {table}_fts_delete AFTER DELETE ON {table} BEGIN "
                     f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END")]
    return ddl


def _set_wal(engine: Engine, patience_s: float = 30.0) -> None:
    """Put the SQLite file in WAL mode (readers never block the ingest; a property of the file). SQLite answers
    'locked' at once, without its busy timeout, while another process opens the same new file; so wait here."""
    deadline = time.monotonic() + patience_s
    pause = 0.01
    while True:
        raw = engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        finally:
            raw.close()
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def create(engine: Engine) -> None:
    """Create the schema (tables, indexes, full-text search, version row); idempotent, so that a
    creation interrupted half-way is finished by the next; concurrent creators take turns. On a store of
    an older version, adds what the newer one has (indexes) and records the new version."""
    if engine.dialect.name == "sqlite":
        _set_wal(engine)
    with writing(engine) as conn:
        metadata.create_all(conn)
        for table in metadata.sorted_tables:  # the indexes of tables an older version created
            for index in table.indexes:
                index.create(conn, checkfirst=True)
        for statement in _fts_ddl(engine.dialect.name):
            conn.execute(text(statement))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_documents_newest ON documents "
                          f"({_NEWEST[engine.dialect.name]})"))
        found = conn.execute(select(schema_version.c.version)).scalar()
        if found is None:
            conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
        elif found < SCHEMA_VERSION:
            conn.execute(schema_version.update().values(version=SCHEMA_VERSION))


def version(engine: Engine) -> int | None:
    """The schema version of the database, None when it holds no (complete) Veille schema."""
    if not inspect(engine).has_table("schema_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(select(schema_version.c.version)).scalar()


def _foreign_tables(engine: Engine) -> list[str]:
    """Tables of the database that are not Veille's (its full-text tables included)."""
    ours = set(metadata.tables) | {f"{t}_fts{x}" for t, _, _ in _FTS for x in ("", "_data", "_idx", "_docsize",
                                                                                "_config", "_content")}
    return sorted(set(inspect(engine).get_table_names()) - ours)


def open_store(url: str = DEFAULT_URL, create_missing: bool = True) -> Engine:
    """An engine on the knowledge base at ``url``, created when empty (if ``create_missing``).

    Raises StoreError for a database without the schema (when not creating) or of another version.
    """
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = make_url(url).database
        if not path:
            raise StoreError(f"{url} names no database file (sqlite:///FILE; sqlite:///:memory: for a store "
                             "that vanishes with the process)")
        if not create_missing and path != ":memory:" and not os.path.exists(path):
            raise StoreError(f"no knowledge base at {path} (run `veille ingest` first)")
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    found = version(engine)
    if found is None:
        where = engine.url.render_as_string(hide_password=True)
        if not create_missing:
            raise StoreError(f"{where} holds no Veille knowledge base (run `veille ingest` first)")
        foreign = _foreign_tables(engine)
        if foreign:
            raise StoreError(f"{where} is not a Veille knowledge base (it holds other tables: "
                             f"{', '.join(foreign[:5])}{', ...' if len(foreign) > 5 else ''}); nothing written")
        create(engine)
        found = version(engine)
    elif found < SCHEMA_VERSION:
        create(engine)
        found = version(engine)
    if found != SCHEMA_VERSION:
        raise StoreError(f"knowledge base schema version {found}; this Veille expects {SCHEMA_VERSION}")
    return engine
