"""The knowledge base: records stored in SQLite or PostgreSQL (SQLAlchemy Core), entities merged across articles.

    >>> from veille.store import open_store, ingest, query
    >>> engine = open_store("sqlite:///veille.db")
    >>> with engine.connect() as conn:
    ...     query.who(conn, "Nezha El Ouafi")
"""
from veille.store.schema import DEFAULT_URL, SCHEMA_VERSION, StoreError, open_store

__all__ = ["DEFAULT_URL", "SCHEMA_VERSION", "StoreError", "open_store"]
