"""Reading articles: plain text, HTML, gold/record JSON, JSONL (OrangeSum) and folders.

``read(path)`` yields an :class:`Article` for each readable article and an
:class:`InputError` for each bad one, so that one bad file never stops a batch.
"""
from __future__ import annotations

import gzip
import json
import re
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


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8, else Windows-1252/Latin-1 with a warning; reject binary data."""
    if b"\x00" in data:
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


def check(article: Article, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Reject empty or oversized texts; return the article unchanged otherwise."""
    if not article.text or not article.text.strip():
        raise InputError(article.source or article.id, "empty article (no text)")
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
    return Article(text=text, id=str(ident) if ident not in (None, "") else fallback_id,
                   date=obj.get("date") or doc.get("date"), title=obj.get("title") or doc.get("title") or "",
                   source=source)


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
                    obj = json.loads(decode(raw, where)[0])
                    yield from_mapping(obj, where, f"{stem}-{n}")
                except json.JSONDecodeError as exc:
                    yield InputError(where, f"invalid JSON ({exc.msg})")
                except InputError as exc:
                    yield exc
    except (OSError, EOFError) as exc:
        yield InputError(str(path), f"cannot read ({exc})")


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
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(source, f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
        article = from_mapping(obj, source, path.stem)
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
    if not path.exists():
        yield InputError(str(path), "no such file or folder")
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
