"""The bundled knowledge base (veille/lexicons/kb.tsv): every entry walked, and its agreement with the gazetteers."""
from __future__ import annotations

import pytest

from veille import gazetteer, kb, lexicons

ROWS = lexicons.table("kb.tsv")
ENTRIES = kb.entries()


def test_ids_are_unique_and_well_formed():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    assert all(kb._ID.match(i) for i in ids), [i for i in ids if not kb._ID.match(i)]


def test_at_least_300_entries_of_the_three_types():
    counts = kb.counts()
    assert sum(counts.values()) == len(ROWS) >= 300
    assert set(counts) == set(kb.TYPES) and all(counts[t] >= 30 for t in kb.TYPES), counts


@pytest.mark.parametrize("entry", ENTRIES.values(), ids=list(ENTRIES))
def test_entry_is_valid(entry):
    assert entry.type in kb.TYPES
    assert entry.name_fr and entry.name_en
    assert entry.scope in kb.REGIONS or entry.scope in gazetteer.countries(), entry.scope
    assert entry.start is None or 1500 <= entry.start <= 2030
    if entry.parent is not None:
        assert entry.parent in ENTRIES and entry.parent != entry.id
    seen, up = {entry.id}, entry.parent
    while up is not None:  # no cycle
        assert up not in seen, f"parent cycle through {up}"
        seen.add(up)
        up = ENTRIES[up].parent


def test_no_form_is_shared_unless_every_sharer_marks_it_ambiguous():
    owners: dict[str, set[str]] = {}
    for e in ENTRIES.values():
        for f in e.forms:
            owners.setdefault(kb.key(f), set()).add(e.id)
    shared = {k: ids for k, ids in owners.items() if len(ids) > 1}
    unmarked = {k: ids for k, ids in shared.items() if any(k not in ENTRIES[i].ambiguous for i in ids)}
    assert not unmarked
    for e in ENTRIES.values():  # a form marked ambiguous is one of the entry's forms, shared indeed
        for k in e.ambiguous:
            assert len(owners.get(k, ())) > 1, (e.id, k)


def test_agrees_with_the_acronym_and_organisation_lexicons():
    """A gazetteer entry whose forms name a knowledge-base entry has its type and country."""
    for known in gazetteer.known_entities():
        hits = {e.id for f in known.forms for e in kb.lookup(f)}
        for i in hits:
            e = ENTRIES[i]
            assert known.type == e.type or known.type not in kb.TYPES, (known.name, known.type, i, e.type)
            assert not (known.country and e.country) or known.country == e.country, (known.name, i)


def test_lexicon_variants_feed_the_entries():
    # "Nations unies" and "UNO" are variants of ONU in acronyms.tsv: one source serves both
    un = ENTRIES["un"]
    assert {"Nations unies", "UNO", "ONU"} <= set(un.forms)
    assert [e.id for e in kb.lookup("Organisation des Nations unies")] == ["un"]


@pytest.mark.parametrize("form, entry_id", [
    ("Pacte mondial sur les migrations", "gcm"), ("Pacte de Marrakech", "gcm"),
    ("Global Compact for Migration", "gcm"), ("GCM", "gcm"), ("pacte de marrakech", "gcm"),
    ("OIM", "iom"), ("IOM", "iom"), ("Organisation internationale pour les migrations", "iom"),
    ("Agenda africain sur les migrations", "african-agenda-migration"),
    ("Observatoire africain pour la migration", "amo"), ("Global Compact on Refugees", "gcr"),
    ("Convention de Genève de 1951", "refugee-convention"), ("espace Schengen", "schengen-area"),
    ("Règlement de Dublin", "dublin-regulation"), ("Pacte européen sur la migration et l'asile", "eu-migration-pact"),
    ("Processus de Rabat", "rabat-process"), ("Processus de Khartoum", "khartoum-process"),
    ("Accord de Paris", "paris-agreement"), ("Sommet de La Valette", "valletta-summit"),
    ("Plan d'action de La Valette", "valletta-action-plan"), ("Frontex", "frontex"), ("EUAA", "euaa"),
    ("Cédéao", "ecowas"), ("Cedeao", "ecowas"), ("Ligue arabe", "arab-league"), ("Otan", "nato"),
    ("OSCE", "osce"), ("Conseil de l'Europe", "coe"), ("Elysée", "fr-presidency"), ("Élysée", "fr-presidency"),
])
def test_issue_frameworks_and_institutions_by_any_name(form, entry_id):
    assert [e.id for e in kb.lookup(form)] == [entry_id]


def test_capital_acronyms_are_matched_as_written():
    assert [e.id for e in kb.lookup("HAS")] == ["fr-has"]
    assert kb.lookup("has") == [] and kb.lookup("an") == []


def test_ambiguous_form_names_every_entry_sharing_it():
    assert {e.id for e in kb.lookup("ministère de l'Intérieur")} == {"fr-interior", "ma-interior"}


def test_find_falls_back_to_a_part_of_a_name():
    assert "gcm" in {e.id for e in kb.find("migrations sûres")}
    assert kb.find("") == []
