"""What the knowledge-base commands share: the ``--db`` option and opening the store."""
from __future__ import annotations

import typer
from sqlalchemy import Engine

from veille.commands.extract import err
from veille.store import DEFAULT_URL, StoreError, open_store

DB_HELP = ("Database URL: sqlite:///FILE (default veille.db) or postgresql://USER@HOST:PORT/DB "
           "(env VEILLE_DB)")


def db_option() -> str:
    """The ``--db URL`` option (a Typer default)."""
    return typer.Option(DEFAULT_URL, "--db", envvar="VEILLE_DB", help=DB_HELP)


def open_or_exit(url: str, create_missing: bool) -> Engine:
    """The store at ``url``, or exit 2 with a one-line message (a store in memory would vanish at exit)."""
    if url.startswith("sqlite") and url.split("?")[0].rstrip("/").endswith(":memory:"):
        err(f"error: {url}: a store in memory would be lost when the command ends; give a file (sqlite:///FILE)")
        raise typer.Exit(2)
    try:
        return open_store(url, create_missing=create_missing)
    except StoreError as exc:
        err(f"error: {exc}")
        raise typer.Exit(2) from None
    except Exception as exc:  # a bad URL, an unreachable server, ...
        err(f"error: cannot open {url}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
        raise typer.Exit(2) from None
