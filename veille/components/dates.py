"""Temporal expressions: French dates found in the text and resolved against the publication date.

Rules, not ``dateparser``: deictic expressions ("mardi", "lundi dernier", "ce jeudi",
"la semaine passée", "début décembre") need the publication date *and* the tense of
the clause, which dateparser ignores (it returns nothing for most of them and last
week's Tuesday for "mardi" in a Tuesday article); the explicit forms ("18 décembre
2019", "17/12/2019") are a month-name lookup away. Every word list lives in
``veille/lexicons/date_*``.

Each expression kind is one regular expression (built once from the lexicons) and one
resolver that turns a match into a :class:`~veille.record.DateExpr`, or None when the
match is not a date after all. Overlapping matches keep the longest.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from veille import extensions  # noqa: F401  (registers doc._.dates)
from veille.component import register
from veille.lexicons import table, words
from veille.record import DateExpr
from veille.spans import text_of

PAST, PRESENT, FUTURE = -1, 0, 1
#: confidence of a value read off the text, computed by a fixed offset, chosen by tense, or missing
EXPLICIT, OFFSET, GUESSED, UNRESOLVED = 0.95, 0.9, 0.75, 0.5
#: a day or month on the side that the tense contradicts counts this many times farther
TENSE_WEIGHT = 3
#: two-digit years ("octobre 98") are only read before punctuation or the end of the text
_YY = r"\d{2}(?=\s*[.,;:)»\"]|\s*$)"
_YEAR = r"(?:1[6-9]|20)\d\d"
#: the subordinator of a hypothesis ("s'il gagnait en novembre"), whose imperfect is no past
_HYPOTHESIS = "si"
#: a conditional is the future stem (the infinitive, less the e of -re) plus these endings
_CONDITIONAL_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
#: end of an expression: a non-word character, or a capital glued on by a missing space ("moisLe")
_END = r"(?:(?=\W|$)|(?<=(?-i:[a-zà-ÿ]))(?=(?-i:[A-ZÀ-Þ])))"


# --------------------------------------------------------------------------- lexicons

def _column(name: str, column: str) -> dict[str, str]:
    """A ``word``-keyed column of a date lexicon, keys lowercased with ASCII apostrophes."""
    return {_key(row["word"]): row[column] for row in table(name)}


def _key(s: str) -> str:
    """Lookup key of a matched word: lowercase, ASCII apostrophe, single spaces, hyphens kept."""
    return re.sub(r"\s+", " ", s.lower().replace("\u2019", "'")).strip()


@cache
def _lex() -> dict[str, dict[str, str]]:
    """Every date lexicon, as word -> value maps."""
    return {
        "weekday": _column("date_weekdays.tsv", "index"),
        "month": _column("date_months.tsv", "month"),
        "relday": _column("date_relative_days.tsv", "offset"),
        "modifier": _column("date_modifiers.tsv", "direction"),
        "season": _column("date_seasons.tsv", "month"),
        "unit": _column("date_units.tsv", "unit"),
        "number": _column("date_numbers.tsv", "value"),
        "period": _column("date_periods.tsv", "unit"),
        "bare": _column("date_periods.tsv", "bare"),
        "determiner": _column("date_determiners.tsv", "kind"),
        **{f"part_{use}": {_key(r["word"]): "" for r in table("date_day_parts.tsv") if r[f"after_{use}"] == "yes"}
           for use in ("day", "this", "dans")},
        "edge": {_key(w): "" for w in words("date_period_edges.txt")},
    }


def _alt(entries) -> str:
    """A regex alternation of lexicon entries, longest first; spaces match any whitespace,
    apostrophes either apostrophe."""
    out = []
    for e in sorted(set(entries), key=len, reverse=True):
        out.append(re.escape(e).replace(r"\ ", r"\s+").replace("'", "['\u2019]"))
    return "(?:" + "|".join(out) + ")"


def _det(kinds: tuple[str, ...] = ("this", "the")) -> str:
    """Determiners of the given kinds followed by their separator ("le " / "l'")."""
    dets = {w for w, k in _lex()["determiner"].items() if k in kinds}
    elided = {w for w in dets if w.endswith("'")}
    alts = [rf"{_alt(dets - elided)}\s+"] + ([rf"{_alt(elided)}\s*"] if elided else [])
    return "(?:" + "|".join(alts) + ")"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, compiled pattern) for every expression kind; the kind names its resolver."""
    lx = _lex()
    wd, mo, mod, part, edge = (_alt(lx[k]) for k in ("weekday", "month", "modifier", "part_day", "edge"))
    det, this = _det(), _det(("this",))
    day = r"(?P<d>\d{1,2})(?:er)?"
    of = r"(?:de\s+la\s+|de\s+l['\u2019]\s*|du\s+|de\s+|d['\u2019]\s*)"
    edge_of = rf"(?:(?:à\s+)?la\s+)?(?P<edge>{edge})(?:\s*-\s*|\s+){of}?"
    month_year = rf"(?P<m>{mo})(?:\s+(?P<y>\d{{4}}|{_YY}))?(?:\s+(?P<mod>{mod}))?"
    table_ = {
        "full": rf"\b(?:{det})?(?:(?P<wd>{wd})\s+)?{day}[\s-]+{month_year}(?:\s+(?P<part>{part}))?{_END}",
        "coordinated": rf"\b(?:les?\s+)?{day}(?=\s*(?:et|au|à|ou|-|,)\s*(?:le\s+)?\d{{1,2}}(?:er)?\s+{month_year})",
        "numeric": r"(?<![\d/.,])(?P<d>\d{1,2})(?P<sep>[/.])(?P<mo>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|[.,]\d)",
        "month": rf"\b(?:en\s+)?(?:{edge_of})?(?:(?:le\s+)?mois\s+(?:de\s+|d['\u2019]\s*))?{month_year}{_END}",
        "year": rf"(?<![\w.,])(?<!années\s)(?:(?:en|l['\u2019]an|l['\u2019]année)\s+)?(?:{edge_of})?"
                rf"(?P<y>{_YEAR})(?!\w|[.,]\d|\s*%)",
        "weekday": rf"\b(?P<det>{det})?(?P<wd>{wd})(?:\s+(?P<mod>{mod}))?(?:\s+(?P<part>{part}))?{_END}",
        "relday": rf"\b(?P<rel>{_alt(lx['relday'])})(?:\s+(?P<wd>{wd}))?(?:\s+(?P<part>{part}))?{_END}",
        "daypart": rf"\b(?:(?:plus\s+(?:tôt|tard)\s+)?dans\s+(?:la\s+|l['\u2019]\s*)(?P<part>{_alt(lx['part_dans'])})"
                   rf"|{this}(?P<part2>{_alt(lx['part_this'])})(?P<anchor>-là)?){_END}",
        "period": rf"\b(?:(?P<det>{det})|{edge_of})(?P<per>{_alt(lx['period'])})(?P<ci>-ci|-là)?"
                  rf"(?:\s+(?P<mod>{mod}|en\s+cours))?{_END}",
        "season": rf"\b(?:{edge_of}|(?P<det>{det})|en\s+)(?P<s>{_alt(lx['season'])})"
                  rf"(?:\s+(?P<y>{_YEAR})|\s+(?P<mod>{mod}))?{_END}",
        "ago": rf"\b(?:il\s+y\s+a|(?P<ahead>dans))\s+(?P<n>\d{{1,3}}|{_alt(lx['number'])})\s+(?P<u>{_alt(lx['unit'])}){_END}",
    }
    return tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in table_.items())


@cache
def _not_dates() -> re.Pattern:
    """Names that contain a date word ("le Journal du dimanche")."""
    return re.compile(rf"\b{_alt(_key(w) for w in words('date_not_dates.txt'))}\b", re.IGNORECASE)


# --------------------------------------------------------------------------- calendar

@dataclass
class _Ctx:
    """What a resolver needs besides the match: the publication date and the clause's tense."""

    pub: dt.date | None
    tense: Callable[[], int]


def iso_week(d: dt.date) -> str:
    """ISO 8601 week of a day ("2019-W51")."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month n months after d's."""
    m = d.year * 12 + d.month - 1 + n
    return dt.date(m // 12, m % 12 + 1, 1)


def _choose(candidates: list[int], pub: int, direction: int | None, ctx: _Ctx, default: str) -> int | None:
    """The candidate (an ordinal: day or month number) meant near ``pub``.

    A modifier decides first: strictly before (-1) or after (1) pub. Otherwise ``default``:
    ``"before"`` (a bare weekday) is on or before pub, on or after it in the future tense;
    ``"this"`` ("ce mardi") likewise in the past or future tense, else the nearest;
    ``"nearest"`` (a day or month without year) is the nearest, a candidate on the side the
    tense contradicts counting TENSE_WEIGHT times farther.
    """
    if direction is not None:
        cands = [c for c in candidates if (c - pub) * direction > 0]
        return min(cands, key=lambda c: abs(c - pub), default=None)
    tense = ctx.tense()
    if default == "before" or (default == "this" and tense != PRESENT):
        cands = [c for c in candidates if (c >= pub if tense == FUTURE else c <= pub)]
        return min(cands, key=lambda c: abs(c - pub), default=None)

    def cost(c: int) -> tuple[int, bool]:
        contradicts = (c > pub and tense == PAST) or (c < pub and tense == FUTURE)
        return abs(c - pub) * (TENSE_WEIGHT if contradicts else 1), c > pub

    return min(candidates, key=cost, default=None)


def _two_digit_year(yy: int, pub: dt.date | None) -> int:
    """A four-digit year for "98": the century that puts it nearest the publication year."""
    ref = pub.year if pub else 2000
    return min((c + yy for c in (1900, 2000, 2100)), key=lambda y: abs(y - ref))


def _year(text: str | None, pub: dt.date | None) -> int | None:
    """The year of a matched year group (two or four digits)."""
    if not text:
        return None
    return int(text) if len(text) == 4 else _two_digit_year(int(text), pub)


# --------------------------------------------------------------------------- resolvers

def _direction(word: str | None) -> int | None:
    """-1 / 1 / 0 for a modifier word ("dernier", "prochain", "suivant"), None without one."""
    return int(_lex()["modifier"][_key(word)]) if word else None


def _day_value(d: dt.date | None, confidence: float) -> tuple[str | None, str, float]:
    """(value, granularity, confidence) of a resolved day, or of an unresolved one."""
    return (d.isoformat(), "day", confidence) if d else (None, "day", UNRESOLVED)


def _weekday_date(wd: int, direction: int | None, default: str, ctx: _Ctx) -> dt.date | None:
    """The day with weekday ``wd`` that the modifier, tense or default picks near pub."""
    if ctx.pub is None or direction == 0:
        return None
    p = ctx.pub.toordinal()
    cands = [p + k for k in range(-7, 8) if (ctx.pub.weekday() + k) % 7 == wd]
    o = _choose(cands, p, direction, ctx, default)
    return dt.date.fromordinal(o) if o else None


def _day_month(day: int, month: int, year: int | None, wd: int | None, direction: int | None,
               ctx: _Ctx) -> tuple[dt.date | None, float]:
    """Resolve a day of a month: the year given, else the one matching the weekday, else the
    one the modifier/tense/nearness picks."""
    if year:
        try:
            return dt.date(year, month, day), EXPLICIT
        except ValueError:
            return None, UNRESOLVED
    if ctx.pub is None or direction == 0:
        return None, UNRESOLVED
    cands = []
    for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    named = [c for c in cands if c.weekday() == wd]
    if len(named) == 1:
        return named[0], EXPLICIT
    o = _choose([c.toordinal() for c in named or cands], ctx.pub.toordinal(), direction, ctx, "nearest")
    return (dt.date.fromordinal(o), GUESSED) if o else (None, UNRESOLVED)


def _full(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"le 18 décembre", "mardi 10 décembre 2019", "14-Juillet", "le 13 juin dernier"."""
    lx = _lex()
    day, month = int(m["d"]), int(lx["month"][_key(m["m"])])
    wd = int(lx["weekday"][_key(m["wd"])]) if m.groupdict().get("wd") else None
    d, conf = _day_month(day, month, _year(m["y"], ctx.pub), wd, _direction(m["mod"]), ctx)
    return _expr(m, *_day_value(d, conf))


def _numeric(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"17/12/2019", "17.12.19" (day first)."""
    try:
        d = dt.date(_year(m["y"], ctx.pub), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    return _expr(m, d.isoformat(), "day", EXPLICIT)


def _month(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"en décembre", "décembre 2019", "début mars", "mi-janvier", "au mois de juin", "en avril dernier"."""
    month = int(_lex()["month"][_key(m["m"])])
    year = _year(m["y"], ctx.pub)
    if year:
        return _expr(m, f"{year}-{month:02d}", "month", EXPLICIT)
    direction = _direction(m["mod"])
    if ctx.pub is None or direction == 0:
        return _expr(m, None, "month", UNRESOLVED)
    p = ctx.pub.year * 12 + ctx.pub.month - 1
    cands = [(ctx.pub.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    o = _choose(cands, p, direction, ctx, "nearest")
    if o is None:
        return _expr(m, None, "month", UNRESOLVED)
    return _expr(m, f"{o // 12}-{o % 12 + 1:02d}", "month", GUESSED)


def _year_expr(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"2019", "en 2019", "fin 2016", "l'année 2001"."""
    return _expr(m, m["y"], "year", EXPLICIT)


def _weekday(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"mardi" (on or before pub, or after it in the future tense), "lundi dernier",
    "mardi prochain", "ce mardi" (the nearest), "dimanche soir"."""
    wd = int(_lex()["weekday"][_key(m["wd"])])
    det = _lex()["determiner"][_key(m["det"])] if m["det"] else None
    if det == "the" and not m["mod"]:
        return None  # "le mercredi": every Wednesday
    d = _weekday_date(wd, _direction(m["mod"]), "this" if det == "this" else "before", ctx)
    return _expr(m, *_day_value(d, GUESSED))


def _relday(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"hier", "avant-hier", "demain", "aujourd'hui", "hier soir", "aujourd'hui vendredi"."""
    offset = int(_lex()["relday"][_key(m["rel"])])
    if offset > 0 and re.search(r"\bd(?:e\s+|['\u2019])$", m.string[max(0, m.start() - 4):m.start()]):
        return None  # "la France de demain" is no date
    d = ctx.pub + dt.timedelta(days=offset) if ctx.pub else None
    return _expr(m, *_day_value(d, OFFSET))


def _daypart(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"ce soir", "cet après-midi", "dans la soirée" (the publication day); "ce soir-là" unresolved."""
    d = ctx.pub if ctx.pub and not m["anchor"] else None
    return _expr(m, *_day_value(d, GUESSED))


def _period_value(unit: str, shift: int, ctx: _Ctx) -> str | None:
    """ISO value of the week / weekend / month / year ``shift`` units from the publication date."""
    pub = ctx.pub
    if unit == "year":
        return str(pub.year + shift)
    if unit == "month":
        return _add_months(pub, shift).strftime("%Y-%m")
    if unit == "weekend" and shift == 0 and ctx.tense() == PAST and pub.weekday() < 5:
        shift = -1  # "ce week-end" in a past-tense clause of a weekday article: the one just gone
    return iso_week(pub + dt.timedelta(weeks=shift))


def _period(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"la semaine dernière", "cette année", "l'an dernier", "le mois prochain", "ce week-end",
    "la fin du mois", "début de l'année prochaine"."""
    lx = _lex()
    unit = lx["period"][_key(m["per"])]
    granularity = "week" if unit == "weekend" else unit
    this = m["det"] is not None and lx["determiner"][_key(m["det"])] == "this"
    mod = m["mod"] if m["mod"] and not m["mod"].lower().startswith("en") else None
    direction = _direction(mod)
    if direction is None and not (this or m["edge"] or m["ci"] or m["mod"]):
        bare = lx["bare"][_key(m["per"])] == "yes"
        if not bare or re.match(r"\s+d(?:es|u|e)\b", m.string[m.end():]):
            return None  # "la semaine de quatre jours", "le week-end des 30 novembre et 1er décembre"
    if ctx.pub is None or direction == 0 or m["ci"] == "-là":
        return _expr(m, None, granularity, UNRESOLVED)
    return _expr(m, _period_value(unit, direction or 0, ctx), granularity, OFFSET)


def _season(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"cet été", "l'été dernier", "l'automne 2017", "la fin de l'été" (the year)."""
    if m["y"]:
        return _expr(m, m["y"], "year", EXPLICIT)
    this = m["det"] is not None and _lex()["determiner"][_key(m["det"])] == "this"
    direction = _direction(m["mod"])
    if direction is None and not (this or m["edge"]):
        return None  # "en été", "l'hiver" alone are generic
    if ctx.pub is None or direction == 0:
        return _expr(m, None, "year", UNRESOLVED)
    start = int(_lex()["season"][_key(m["s"])])
    year = ctx.pub.year
    if direction == -1 and ctx.pub.month < start + 3:
        year -= 1
    elif direction == 1 and ctx.pub.month >= start:
        year += 1
    return _expr(m, str(year), "year", GUESSED)


def _ago(m: re.Match, ctx: _Ctx) -> DateExpr | None:
    """"il y a trois semaines", "dans deux jours": the publication date shifted by the amount."""
    lx = _lex()
    n = int(m["n"]) if m["n"].isdigit() else int(lx["number"][_key(m["n"])])
    unit = lx["unit"][_key(m["u"])]
    if ctx.pub is None:
        return _expr(m, None, unit, UNRESOLVED)
    n = n if m["ahead"] else -n
    if unit == "day":
        return _expr(m, (ctx.pub + dt.timedelta(days=n)).isoformat(), unit, OFFSET)
    if unit == "week":
        return _expr(m, iso_week(ctx.pub + dt.timedelta(weeks=n)), unit, OFFSET)
    if unit == "month":
        return _expr(m, _add_months(ctx.pub, n).strftime("%Y-%m"), unit, OFFSET)
    return _expr(m, str(ctx.pub.year + n), unit, OFFSET)


_RESOLVERS: dict[str, Callable[[re.Match, _Ctx], DateExpr | None]] = {
    "full": _full, "coordinated": _full, "numeric": _numeric, "month": _month, "year": _year_expr,
    "weekday": _weekday, "relday": _relday, "daypart": _daypart, "period": _period,
    "season": _season, "ago": _ago,
}


def _expr(m: re.Match, value: str | None, granularity: str, confidence: float) -> DateExpr:
    """The DateExpr of a match."""
    return DateExpr(start=m.start(), end=m.end(), text=m.group(), value=value,
                    granularity=granularity, confidence=confidence)


# --------------------------------------------------------------------------- tense

def _clause_verb(doc: Doc, start: int, end: int):
    """The verb that governs the tokens of [start, end), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _conditional(tok) -> bool:
    """A conditional verb, also when tagged imperfect ("demanderait" = "demander" + "ait")."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    stem = tok.lemma_.lower()[:-1] if tok.lemma_.lower().endswith("re") else tok.lemma_.lower()
    return "Imp" in tok.morph.get("Tense") and tok.lower_ in {stem + e for e in _CONDITIONAL_ENDINGS}


def verb_tense(verb, depth: int = 0) -> int:
    """PAST, PRESENT or FUTURE for a verb from its morphology and its auxiliaries (conditional
    counts as future: "il demanderait à me voir dimanche"). A non-finite verb ("voir", "être
    repassé") takes the tense of the verb it depends on; "va/doit" + infinitive is future."""
    if any(c.dep_ == "mark" and c.lower_ == _HYPOTHESIS for c in verb.children):
        return PRESENT  # "s'il gagnait en novembre": a hypothesis, not the past
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    forms = [verb] + auxes
    if any("Fut" in t.morph.get("Tense") or _conditional(t) for t in forms):
        return FUTURE
    finite = [t for t in forms if "Fin" in t.morph.get("VerbForm")]
    if any("Imp" in t.morph.get("Tense") or "Past" in t.morph.get("Tense") for t in finite):
        return PAST
    participle = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
    if participle and (finite or not auxes):
        return PAST  # passé composé, or a bare participle ("un sondage paru dimanche")
    if finite or depth >= 3 or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return PRESENT
    head = verb.head
    if head.lemma_ in words("date_future_auxiliaries.txt") and "Pres" in head.morph.get("Tense"):
        return FUTURE
    return verb_tense(head, depth + 1)


def clause_tense(doc: Doc | None, start: int, end: int) -> int:
    """The tense of the clause a date expression belongs to (PRESENT when unknown)."""
    verb = _clause_verb(doc, start, end) if doc is not None and doc.has_annotation("DEP") else None
    return verb_tense(verb) if verb is not None else PRESENT


def _is_quantity(doc: Doc | None, start: int) -> bool:
    """A bare year-like number that the parse reads as a count ("1500 manifestants")."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, start + 4, alignment_mode="expand")
    return span is not None and span[0].text.isdigit() and span[0].dep_ == "nummod" and span[0].head.i > span[0].i


# --------------------------------------------------------------------------- finding

def find_dates(doc_or_text: Doc | str, pub_date: dt.date | None = None) -> list[DateExpr]:
    """Every French temporal expression of a parsed Doc (tense from the parse) or of a plain
    text (present tense assumed), resolved against ``pub_date``; sorted by start."""
    doc = doc_or_text if isinstance(doc_or_text, Doc) else None
    text = text_of(doc) if doc is not None else doc_or_text
    found: list[DateExpr] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            ctx = _Ctx(pub_date, lambda m=m: clause_tense(doc, m.start(), m.end()))
            if kind == "year" and m.group() == m["y"] and _is_quantity(doc, m.start()):
                continue
            try:
                expr = _RESOLVERS[kind](m, ctx)
            except (OverflowError, ValueError):  # resolves before year 1 or after 9999: keep it unresolved
                expr = _RESOLVERS[kind](m, _Ctx(None, ctx.tense))
            if expr is not None:
                found.append(expr)
    taken = [(m.start(), m.end()) for m in _not_dates().finditer(text)]
    kept: list[DateExpr] = []
    for e in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(e.end <= start or end <= e.start for start, end in taken):
            taken.append((e.start, e.end))
            kept.append(e)
    return sorted(kept, key=lambda e: e.start)


def fill_dates(doc: Doc) -> None:
    """Sets ``doc._.dates`` from the text, the parse and ``doc._.pub_date``."""
    doc._.dates = find_dates(doc, doc._.pub_date)


register("veille_dates", fill_dates, assigns=["doc._.dates"],
         requires=["token.dep", "token.pos", "token.morph"])  # and doc._.pub_date, set before the pipeline
