"""Input reading: formats, encodings, and every class of bad input."""
from __future__ import annotations

import gzip
import json

import pytest

from veille.read import Article, InputError, decode, read, read_all

FR = "Le ministre a déclaré mardi à Paris que la réforme serait votée."


def one(path, **kw):
    """The single item read from a path."""
    items = list(read(path, **kw))
    assert len(items) == 1
    return items[0]


def test_txt_utf8(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(FR, encoding="utf-8")
    art = one(p)
    assert isinstance(art, Article) and art.text == FR and art.id == "a" and not art.warnings


def test_txt_cp1252_decoded_with_warning(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes("Le président a dit « oui » à l’accord.".encode("cp1252"))
    art = one(p)
    assert art.text == "Le président a dit « oui » à l’accord."
    assert any("cp1252" in w for w in art.warnings)


def test_latin1_only_bytes_decoded(tmp_path):
    p = tmp_path / "c.txt"
    p.write_bytes("Élysée: réunion à l'Hôtel de Ville".encode("latin-1") + b"\x81")
    art = one(p)
    assert art.text.startswith("Élysée")


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"   \n\t  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files(tmp_path, content, needle):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    err = one(p)
    assert isinstance(err, InputError) and needle in err.message


def test_undecodable_is_reported():
    with pytest.raises(InputError, match="undecodable"):
        decode(bytes(range(0x80, 0xA0)) * 20, "x")


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(FR * 100, encoding="utf-8")
    err = one(p, max_chars=1000)
    assert isinstance(err, InputError) and "too large" in err.message


def test_html_main_text(tmp_path):
    p = tmp_path / "page.html"
    body = "<p>" + FR + " Il a ajouté que le texte serait présenté au Sénat en janvier prochain.</p>"
    p.write_text(f"<html><head><title>T</title></head><body><nav>Menu Accueil</nav><article>{body * 3}"
                 "</article></body></html>", encoding="utf-8")
    art = one(p)
    assert isinstance(art, Article) and FR in art.text and "<p>" not in art.text


def test_html_in_txt_is_recognised(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("<!DOCTYPE html><html><body><article><p>" + FR * 3 + "</p></article></body></html>",
                 encoding="utf-8")
    art = one(p)
    assert "<" not in art.text and any("HTML" in w for w in art.warnings)


def test_json_gold_file(tmp_path):
    p = tmp_path / "g.json"
    p.write_text(json.dumps({"id": "x-1", "date": "2020-06-15", "title": "T", "text": FR}), encoding="utf-8")
    art = one(p)
    assert (art.id, art.date, art.title, art.text) == ("x-1", "2020-06-15", "T", FR)


def test_invalid_json(tmp_path):
    p = tmp_path / "g.json"
    p.write_text("{not json", encoding="utf-8")
    assert "invalid JSON" in one(p).message


def test_jsonl_gz_orangesum_fields(tmp_path):
    p = tmp_path / "corpus.jsonl.gz"
    rows = [{"id": "4", "date": "2020-07-02", "title": "T", "heading": "Chapeau.", "article": FR},
            {"id": "5", "date": "2020-07-03", "title": "U", "heading": "", "article": ""}]
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    items = list(read(p))
    assert items[0].text == "Chapeau.\n\n" + FR and items[0].id == "4"
    assert isinstance(items[1], InputError) and "empty" in items[1].message
    assert isinstance(items[2], InputError) and "invalid JSON" in items[2].message


def test_folder_and_missing_path(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_all([tmp_path, tmp_path / "nope.txt"]))
    assert [i.id for i in items[:2]] == ["a", "b"]
    assert isinstance(items[2], InputError) and "no such file" in items[2].message
