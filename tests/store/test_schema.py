"""Schema versions: a store of version 1 (before the indexes for large stores) is upgraded when opened."""
from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from veille.store import SCHEMA_VERSION, StoreError, open_store
from veille.store.schema import schema_version, version, writing

#: The indexes version 2 added.
ADDED = {("documents", "ix_documents_newest"), ("quotes", "ix_quotes_document_start"),
         ("events", "ix_events_type_date"), ("document_entities", "ix_document_entities_entity_document")}


def indexes(engine) -> set[tuple[str, str]]:
    found = inspect(engine)
    return {(t, ix["name"]) for t in found.get_table_names() for ix in found.get_indexes(t)}


def make_version_1(engine) -> None:
    """Turn a new store into what version 1 created: without the added indexes, version row 1."""
    with writing(engine) as conn:
        for _, name in ADDED:
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(schema_version.update().values(version=1))


def test_a_new_store_has_the_indexes_of_its_version(db_url):
    engine = open_store(db_url)
    assert version(engine) == SCHEMA_VERSION == 2
    assert ADDED <= indexes(engine)


def test_a_version_1_store_is_upgraded_when_opened_and_keeps_its_data(db_url):
    engine = open_store(db_url)
    with writing(engine) as conn:
        conn.execute(text("INSERT INTO documents (doc_id, sha256, date, title, source, lang, text, record) "
                          "VALUES ('d', 'x', '2020-01-01', '', '', 'fr', 'Un texte.', '{}')"))
    make_version_1(engine)
    assert not ADDED & indexes(engine) and version(engine) == 1
    engine.dispose()
    upgraded = open_store(db_url, create_missing=False)  # a reader's open upgrades it too
    assert version(upgraded) == SCHEMA_VERSION and ADDED <= indexes(upgraded)
    with upgraded.connect() as conn:
        assert conn.execute(text("SELECT doc_id FROM documents")).scalars().all() == ["d"]


def test_a_store_of_a_later_version_is_refused(db_url):
    engine = open_store(db_url)
    with writing(engine) as conn:
        conn.execute(schema_version.update().values(version=SCHEMA_VERSION + 1))
    engine.dispose()
    with pytest.raises(StoreError, match="schema version 3"):
        open_store(db_url)
