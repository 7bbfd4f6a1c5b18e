"""Reading articles: plain text, HTML, gold/record JSON, JSONL (OrangeSum) and folders.

``read(path)`` yields an :class:`Article` for each readable article and an
:class:`InputError` for each bad one, so that one bad file never stops a batch.
"""
from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import re
import stat
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

DEFAULT_MAX_CHARS = 1_000_000
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz")
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<body|<div|<p[ >])", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class InputError(Exception):
    """An article that cannot be processed; the message is one line for the user."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


@dataclass
class Article:
    """One article to extract: its exact text and metadata."""

    text: str
    id: str
    date: str | None = None
    title: str = ""
    source: str = ""
    warnings: list[str] = field(default_factory=list)


#: Byte-order marks of the UTF-16/32 encodings, the longest first (UTF-32-LE starts like UTF-16-LE).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark (every other byte NUL, as in Latin-script text), else None."""
    for codec, nuls in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if len(data) >= 4 and len(data) % 2 == 0 and nuls.count(0) >= 0.9 * len(nuls):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from 'YYYY-MM-DD' (or an ISO date-time, or a date); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        text = str(value)
        return dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"invalid date {str(value)[:40]!r}: expected YYYY-MM-DD") from None


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (or UTF-16/32 with a byte-order mark), else Windows-1252/Latin-1 with a
    warning; reject binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec + ("-le" if bom.startswith(b"\xff") else "-be")), []
            except UnicodeDecodeError:
                raise InputError(source, f"invalid {codec.upper()} text (byte-order mark, bad bytes)") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, [f"{source}: UTF-16 without a byte-order mark; decoded as UTF-16"]
        raise InputError(source, "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text)) <= max(2, len(text) // 1000):
            return text, [f"{source}: not UTF-8; decoded as {codec}"]
    raise InputError(source, "undecodable text (neither UTF-8 nor Windows-1252/Latin-1)")


def html_to_text(html: str, source: str) -> str:
    """Main text of an HTML page (trafilatura), without boilerplate."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError(source, "HTML page without extractable article text")
    return text


def unicode_error(value: str) -> str | None:
    """Why a string cannot be written as UTF-8 (a lone surrogate), else None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"invalid Unicode (lone surrogate U+{ord(value[exc.start]):04X} at character {exc.start})"
    return None


def check(article: Article, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Reject empty, oversized or invalid texts and metadata; return the article unchanged otherwise."""
    if not article.text or not article.text.strip():
        raise InputError(article.source or article.id, "empty article (no text)")
    for name in ("text", "id", "title", "date"):
        problem = unicode_error(getattr(article, name) or "")
        if problem:
            raise InputError(article.source or "<article>", f"{name}: {problem}")
    try:
        parse_date(article.date)
    except ValueError as exc:
        raise InputError(article.source or article.id, str(exc)) from None
    if "\x00" in article.text:
        raise InputError(article.source or article.id, "binary data (NUL bytes), not a text article")
    if len(article.text) > max_chars:
        raise InputError(article.source or article.id,
                         f"article too large ({len(article.text):,} characters; limit {max_chars:,})")
    return article


def from_mapping(obj: dict, source: str, fallback_id: str) -> Article:
    """An article from a gold/record JSON object or an OrangeSum JSONL line."""
    if not isinstance(obj, dict):
        raise InputError(source, "JSON value is not an object")
    doc = obj.get("doc") if isinstance(obj.get("doc"), dict) else {}
    if isinstance(obj.get("text"), str):
        text = obj["text"]
    elif isinstance(obj.get("article"), str):
        heading = obj.get("heading") or ""
        text = f"{heading}\n\n{obj['article']}" if heading else obj["article"]
    else:
        raise InputError(source, "JSON object has no 'text' (or OrangeSum 'article') field")
    ident = obj.get("id", doc.get("id"))
    if isinstance(ident, (dict, list, bool)):
        raise InputError(source, "JSON field 'id' is not a string or a number")
    date, title = obj.get("date") or doc.get("date"), obj.get("title") or doc.get("title") or ""
    for name, value in (("date", date), ("title", title)):
        if value is not None and not isinstance(value, str):
            raise InputError(source, f"JSON field {name!r} is not a string")
    return Article(text=text, id=str(ident) if ident not in (None, "") else fallback_id, date=date, title=title,
                   source=source)


def _loads(text: str, source: str, where: str = "") -> object:
    """Parsed JSON, or an InputError for any JSON the parser rejects (syntax, huge numbers, deep nesting)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON ({exc.msg}{where and f' at line {exc.lineno}'})") from None
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        raise InputError(source, f"invalid JSON ({reason})") from None


def _read_lines(path: Path) -> Iterator[Article | InputError]:
    """Articles of a JSONL (optionally gzipped) file, one per line."""
    opener = gzip.open if path.name.endswith(".gz") else open
    stem = path.name.split(".")[0]
    try:
        with opener(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    yield from_mapping(_loads(decode(raw, where)[0], where), where, f"{stem}-{n}")
                except InputError as exc:
                    yield exc
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(str(path), f"cannot read the rest of the file ({type(exc).__name__}: {exc})")


def _read_file(path: Path) -> Article:
    """One article from a .txt, .html or .json file."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    text, warnings = decode(data, source)
    name = path.name.lower()
    if name.endswith(".json"):
        article = from_mapping(_loads(text, source, "line"), source, path.stem)
    else:
        if name.endswith((".html", ".htm")) or _HTML_START.match(text):
            if not name.endswith((".html", ".htm")):
                warnings.append(f"{source}: looks like HTML; extracting its main text")
            text = html_to_text(text, source)
        article = Article(text=text, id=path.stem, source=source)
    article.warnings.extend(warnings)
    return article


def read(path: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | InputError]:
    """Yield the articles (or input errors) found at a file or folder path."""
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(SUFFIXES)):
            yield from read(child, max_chars)
        return
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        yield InputError(str(path), "no such file or folder" if not path.exists() else f"cannot read ({exc.strerror})")
        return
    if not stat.S_ISREG(mode):
        yield InputError(str(path), "not a regular file (a FIFO, socket or device); not read")
        return
    if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
        items: Iterable[Article | InputError] = _read_lines(path)
    else:
        try:
            items = [_read_file(path)]
        except InputError as exc:
            items = [exc]
    for item in items:
        if isinstance(item, Article):
            try:
                item = check(item, max_chars)
            except InputError as exc:
                item = exc
        yield item


def read_all(paths: Iterable[str | Path], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | InputError]:
    """`read` over several paths, in order."""
    for p in paths:
        yield from read(p, max_chars)
