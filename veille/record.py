"""The `veille.record/1` record: typed model, serialisation, and assembly from a parsed Doc.

Field names and meanings follow ``shared/spec/RECORD.md`` section 1; fields added
beyond the contract (``text`` on mentions, ``former`` on roles, ...) are extensions.
Every ``start``/``end`` is a half-open character offset into ``Record.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "veille.record/1"
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "EVENT", "POLICY", "MISC")
MENTION_KINDS = ("name", "acronym", "nominal", "pronoun", "demonym")
QUOTE_KINDS = ("direct", "indirect", "mixed")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
GRANULARITIES = ("day", "week", "month", "year")
#: The fourteen theme labels of RECORD.md section 1b.
THEME_LABELS = ("migration", "asylum", "borders", "diplomacy", "security", "conflict", "justice", "elections",
                "governance", "economy", "health", "environment", "rights", "protest")


@dataclass
class Span:
    """A character span of the article text; the records' spans (mentions, quotations and their cues, triggers,
    dates) extend it with what they are, their fields after ``start`` and ``end``."""

    start: int
    end: int


@dataclass
class Mention(Span):
    """One place where an entity is designated."""

    kind: str = "name"
    text: str = ""
    confidence: float = 1.0


@dataclass
class Entity:
    """A real-world entity of the article with all its mentions."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    confidence: float = 1.0
    kb: dict[str, str] | None = None  # the knowledge-base entry it names (veille/kb.py): id, name_fr, name_en

    def span_starts(self) -> set[int]:
        """Start offsets of every mention (for quick membership tests)."""
        return {m.start for m in self.mentions}


@dataclass
class Role:
    """A person holding a title, for an organisation or a state."""

    person: str
    title: str
    organization: str | None = None
    country: str | None = None
    start: int = 0
    end: int = 0
    former: bool = False
    confidence: float = 0.8
    rule: str | None = None    # the id of the rule that made it (veille/rules.py)


@dataclass
class Cue(Span):
    """The reporting verb or phrase that introduces a quotation."""

    lemma: str


@dataclass
class Quote(Span):
    """A direct, indirect or mixed quotation with its speaker."""

    kind: str
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Cue | None = None
    confidence: float = 0.8
    speaker_confidence: float = 0.0
    rule: str | None = None    # the id of the rule that made it (veille/rules.py)
    themes: list[str] = field(default_factory=list)  # theme labels of the quoted words (RECORD.md 1b)


@dataclass
class Trigger(Span):
    """The word(s) carrying an event."""

    lemma: str = ""


@dataclass
class Event:
    """A PLOVER event between actors, with its evidence span."""

    type: str
    source: list[str]
    target: list[str]
    start: int
    end: int
    trigger: Trigger | None = None
    location: str | None = None
    date: str | None = None
    confidence: float = 0.7
    cameo: str | None = None
    rule: str | None = None    # the id of the rule that made it (veille/rules.py)


@dataclass
class DateExpr(Span):
    """A temporal expression resolved to the calendar."""

    text: str
    value: str | None
    granularity: str | None = None
    confidence: float = 0.9


@dataclass
class Theme:
    """What the article is about (RECORD.md 1b): a label, its score, the words that carry it."""

    label: str
    score: float
    evidence: list[Span] = field(default_factory=list)


@dataclass
class DocInfo:
    """Article metadata."""

    id: str
    title: str = ""
    date: str | None = None
    lang: str = "fr"
    source: str = ""
    sha256: str = ""


@dataclass
class Record:
    """Everything Veille extracted from one article."""

    doc: DocInfo
    text: str
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, keys in the order of RECORD.md."""
        d = asdict(self)
        for ent in d["entities"]:
            if ent["kb"] is None:
                del ent["kb"]
        return {"schema": d["schema"], "doc": d["doc"], "text": d["text"],
                **{k: d[k] for k in ("entities", "roles", "quotes", "events", "dates", "themes")}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        """Rebuild a Record from its dict form (unknown keys are ignored)."""
        def build(kind, value):
            if value is None:
                return None
            names = {f.name for f in fields(kind)}
            return kind(**{k: v for k, v in value.items() if k in names})

        ents = []
        for e in d.get("entities", []):
            ent = build(Entity, e)
            ent.mentions = [build(Mention, m) for m in e.get("mentions", [])]
            ents.append(ent)
        quotes = []
        for q in d.get("quotes", []):
            quote = build(Quote, q)
            quote.speaker_mention = build(Span, q.get("speaker_mention"))
            quote.cue = build(Cue, q.get("cue"))
            quotes.append(quote)
        events = []
        for e in d.get("events", []):
            ev = build(Event, e)
            ev.trigger = build(Trigger, e.get("trigger"))
            events.append(ev)
        themes = []
        for t in d.get("themes", []):
            theme = build(Theme, t)
            theme.evidence = [build(Span, s) for s in t.get("evidence", [])]
            themes.append(theme)
        return cls(doc=build(DocInfo, d["doc"]), text=d["text"], entities=ents,
                   roles=[build(Role, r) for r in d.get("roles", [])], quotes=quotes, events=events,
                   dates=[build(DateExpr, x) for x in d.get("dates", [])], themes=themes,
                   schema=d.get("schema", SCHEMA))


def sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text (the article's identity in the store)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def from_doc(doc, info: DocInfo) -> Record:
    """Assemble the record from a Doc that went through the Veille pipeline."""
    info.sha256 = sha256(doc.text)
    info.lang = doc._.lang or info.lang
    return Record(doc=info, text=doc.text, entities=list(doc._.entities), roles=list(doc._.roles),
                  quotes=list(doc._.quotes), events=list(doc._.events), dates=list(doc._.dates),
                  themes=list(doc._.themes or []))
