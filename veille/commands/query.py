"""``veille query``: who, events, quotes and search over the knowledge base (rich tables, or --json)."""
from __future__ import annotations

import json
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from veille.commands.extract import err
from veille.commands.kb import db_option, open_or_exit
from veille.show import clean
from veille.store import query

app = typer.Typer(no_args_is_help=True, help="Ask the knowledge base (built by `veille ingest`).")
console = Console(highlight=False)

JSON_HELP = "Print JSON instead of tables"
THEME_HELP = "Filed under this theme (RECORD.md 1b: migration, asylum, borders, diplomacy, ...)"
#: Columns that hold a date: never wrapped ("2019-12-1 / 7").
_DATE_COLUMNS = ("date", "first_seen", "last_seen")
LIMIT_HELP = "At most this many rows"


def _run(db: str, fn, *args, **kwargs) -> Any:
    """Call a query function on a connection to the store."""
    with open_or_exit(db, create_missing=False).connect() as conn:
        return fn(conn, *args, **kwargs)


def _json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Rows as a table (cells are plain text: article text is never read as markup)."""
    if not rows:
        console.print(Text(f"{title}: none", style="dim"))
        return
    table = Table(title=Text(title), title_justify="left", show_lines=False)
    for col in columns:
        dated = col in _DATE_COLUMNS
        table.add_column(col, overflow="fold", no_wrap=dated, min_width=10 if dated else None)
    for r in rows:
        table.add_row(*(Text(clean(", ".join(v) if isinstance(v, list) else "" if v is None else str(v)))
                        for v in (r.get(c) for c in columns)))
    console.print(table)


def _printed_as_json(found: dict | None, missing: str, as_json: bool) -> bool:
    """Exit 1 with ``missing`` when nothing was found; True when ``found`` was printed as JSON (--json)."""
    if found is None:
        err(missing)
        raise typer.Exit(1)
    if as_json:
        _json(found)
    return as_json


@app.command("who")
def who_command(name: str = typer.Argument(..., help="A name, surname, alias or acronym"), db: str = db_option(),
                as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The profile of an actor: roles over time, quotes, meetings, other events, counterparts."""
    p = _run(db, query.who, name)
    if _printed_as_json(p, f"no entity known as {name[:80]!r}", as_json):
        return
    head = f"{p['name']}  [{p['type']}{', ' + p['country'] if p['country'] else ''}]"
    console.print(Text(clean(head), style="bold"))
    console.print(Text(clean(f"aliases: {', '.join(p['aliases']) or '-'}   documents: {p['documents']} "
                             f"({p['first_seen'] or '?'} .. {p['last_seen'] or '?'})")))
    if p["kb"]:
        _kb_line(p["kb"])
    _table("Roles", p["roles"], ["title", "organization", "country", "first_seen", "last_seen", "documents"])
    _table("Quotes", p["quotes"], ["date", "kind", "text", "doc_id"])
    _table("Meetings (CONSULT)", p["meetings"], ["date", "counterparts", "location", "doc_id"])
    _table("Other events", p["events"], ["date", "type", "source", "target", "doc_id"])
    _table("Counterparts", p["counterparts"], ["name", "events"])
    if p["others"]:
        _table("Also known by this name", p["others"], ["name", "type", "country", "documents"])


def _kb_line(entry: dict[str, Any]) -> None:
    """The knowledge-base entry of an entity, on one line."""
    console.print(Text(clean(f"knowledge base: {entry['id']} ({entry['type']}) {entry['name_fr']} / {entry['name_en']}"
                             f"{'  [' + ', '.join(entry['acronyms']) + ']' if entry['acronyms'] else ''}"
                             f"  scope {entry['scope']}{', since ' + str(entry['start']) if entry['start'] else ''}")))


def _check(fn, *values: str | None) -> None:
    """Exit 2 with the message when a check_* function rejects one of the values."""
    for value in values:
        try:
            fn(value)
        except ValueError as exc:
            err(f"error: {exc}")
            raise typer.Exit(2) from None


@app.command("events")
def events_command(type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. CONSULT"),
                   actor: Optional[str] = typer.Option(None, "--actor", help="Involving this actor"),
                   with_: Optional[str] = typer.Option(None, "--with", help="... and this one"),
                   since: Optional[str] = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])"),
                   until: Optional[str] = typer.Option(None, "--until", help="Up to this date (YYYY[-MM[-DD]])"),
                   theme: Optional[str] = typer.Option(None, "--theme", help=THEME_HELP),
                   limit: int = typer.Option(query.DEFAULT_LIMIT, "--limit", min=1, help=LIMIT_HELP),
                   db: str = db_option(), as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Events, newest first."""
    _check(query.check_theme, theme)
    for bound in (since, until):
        try:
            query.check_date(bound)
        except ValueError as exc:
            err(f"error: {exc}")
            raise typer.Exit(2) from None
    rows = _run(db, query.events_of, type=type, actor=actor, with_=with_, since=since, until=until, limit=limit,
                theme=theme)
    if as_json:
        _json(rows)
    else:
        _table("Events", rows, ["date", "type", "source", "target", "location", "text", "doc_id"])


@app.command("quotes")
def quotes_command(speaker: Optional[str] = typer.Option(None, "--speaker", help="Said by this actor"),
                   contains: Optional[str] = typer.Option(None, "--contains", help="Containing these words"),
                   theme: Optional[str] = typer.Option(None, "--theme", help=THEME_HELP),
                   limit: int = typer.Option(query.DEFAULT_LIMIT, "--limit", min=1, help=LIMIT_HELP),
                   db: str = db_option(), as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Quotations, newest first."""
    _check(query.check_theme, theme)
    rows = _run(db, query.quotes_of, speaker=speaker, contains=contains, limit=limit, theme=theme)
    if as_json:
        _json(rows)
    else:
        _table("Quotes", rows, ["date", "speaker", "kind", "text", "doc_id"])


@app.command("search")
def search_command(words: Optional[list[str]] = typer.Argument(None, help="Words that must all occur"),
                   theme: Optional[str] = typer.Option(None, "--theme", help=THEME_HELP),
                   limit: int = typer.Option(query.DEFAULT_LIMIT, "--limit", min=1, help=LIMIT_HELP),
                   db: str = db_option(), as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Full-text search over article text and quotations, or the articles of a theme."""
    if not words and not theme:
        err("error: give words to search for, or --theme")
        raise typer.Exit(2)
    _check(query.check_theme, theme)
    found = _run(db, query.search, " ".join(words or []), limit=limit, theme=theme)
    if as_json:
        _json(found)
        return
    _table("Articles", found["documents"], ["date", "title", "themes", "snippet", "doc_id"])
    _table("Quotes", found["quotes"], ["date", "speaker", "text", "doc_id"])


@app.command("framework")
def framework_command(name: str = typer.Argument(..., help="An institution, framework or event, by any name "
                                                 "(French, English, acronym)"),
                      limit: int = typer.Option(query.DEFAULT_LIMIT, "--limit", min=1, help=LIMIT_HELP),
                      db: str = db_option(), as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """The articles, actors and quotations that mention an institution or a policy framework, over time."""
    found = _run(db, query.framework, name, limit=limit)
    if _printed_as_json(found, f"nothing known as {name[:80]!r}", as_json):
        return
    console.print(Text(clean(f"{found['name']}  [{found['type']}]"), style="bold"))
    if found["kb"]:
        _kb_line(found["kb"])
    _table("Over time", found["over_time"], ["month", "documents"])
    _table("Articles", found["documents"], ["date", "title", "as", "themes", "doc_id"])
    _table("Actors named beside it", found["actors"], ["name", "type", "documents"])
    _table("Quotes that mention it", found["quotes"], ["date", "speaker", "text", "doc_id"])


def register(parent: typer.Typer) -> None:
    """Add the command group to the CLI."""
    parent.add_typer(app, name="query")
