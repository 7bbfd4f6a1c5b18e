"""A readable summary of a record for the terminal (rich tables); text is escaped, never markup."""
from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from veille.record import Record

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Text safe to print on a terminal, as one line: line breaks become spaces; controls (ESC, ...) and
    bidirectional overrides (U+202E, ...) become U+FFFD."""
    return _UNSAFE.sub("\ufffd", " ".join(text.splitlines()))


def _escape(text: str) -> str:
    """Article-derived text for a rich cell: terminal-safe, never read as markup."""
    return escape(clean(text))


def _clip(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters, escaped for rich."""
    text = " ".join(text.split())
    return _escape(text if len(text) <= width else text[: width - 1] + "…")


def summary(rec: Record, console: Console | None = None) -> None:
    """Print the entities, roles, quotes, events and dates of a record."""
    console = console or Console()
    names = {e.id: e.name for e in rec.entities}
    who = lambda ident: _escape(names.get(ident, "—")) if ident else "—"  # noqa: E731
    console.rule(f"[bold]{_escape(rec.doc.id)}[/] {_escape(rec.doc.date or '')} {_clip(rec.doc.title, 60)}")

    t = Table("id", "type", "name", "aliases", "country", "mentions", title="Entities")
    for e in rec.entities:
        t.add_row(e.id, e.type, _escape(e.name), _clip(", ".join(e.aliases), 50), e.country or "",
                  str(len(e.mentions)))
    console.print(t)
    if rec.roles:
        t = Table("person", "title", "organisation", "country", title="Roles")
        for r in rec.roles:
            t.add_row(who(r.person), _clip(r.title, 70), who(r.organization), who(r.country))
        console.print(t)
    if rec.quotes:
        t = Table("speaker", "kind", "cue", "quote", title="Quotes")
        for q in rec.quotes:
            t.add_row(who(q.speaker), q.kind, _escape(q.cue.lemma) if q.cue else "", _clip(rec.text[q.start:q.end]))
        console.print(t)
    if rec.events:
        t = Table("type", "source", "target", "where", "when", "trigger", title="Events (PLOVER)")
        for ev in rec.events:
            t.add_row(ev.type, ", ".join(who(s) for s in ev.source), ", ".join(who(s) for s in ev.target),
                      who(ev.location), ev.date or "",
                      _escape(rec.text[ev.trigger.start:ev.trigger.end]) if ev.trigger else "")
        console.print(t)
    if rec.dates:
        t = Table("expression", "value", "granularity", title="Dates")
        for d in rec.dates:
            t.add_row(_escape(d.text), d.value or "—", d.granularity or "")
        console.print(t)
