"""Entity recognition corrections, canonicalisation and places, one rule a test."""
from __future__ import annotations

import pytest

from veille.pipeline import parse


def ents(text, date=None):
    """Entities of a text through the full pipeline."""
    return parse(text, date)._.entities


def by_name(entities, name):
    """The entity with a given canonical name (or None)."""
    return next((e for e in entities if e.name == name), None)


def test_secretaire_d_etat_is_not_a_place(nlp):
    es = ents("Il a eu des entretiens avec le secrétaire d'Etat et vice-ministre norvégien des affaires "
              "étrangères, Jens Frolich Holte.")
    assert not any(e.name in ("Etat", "État") for e in es)
    assert by_name(es, "Jens Frolich Holte").type == "PER"


def test_named_conference_and_observatory_are_whole(nlp):
    es = ents("Il a rendu hommage au Maroc pour avoir abrité la Conférence mondiale sur la migration, "
              "ainsi que le siège de l'Observatoire africain pour la migration.")
    conf = by_name(es, "Conférence mondiale sur la migration")
    obs = by_name(es, "Observatoire africain pour la migration")
    assert conf is not None and conf.type == "EVENT"
    assert obs is not None and obs.type == "ORG"


def test_coordinated_names_are_two_things(nlp):
    es = ents("Elle a souligné la convergence des objectifs de ce Pacte et la Stratégie nationale "
              "d'immigration et d'asile.")
    names = {e.name for e in es}
    assert "Stratégie nationale d'immigration et d'asile" in names
    assert not any(" et la " in n for n in names)
    assert by_name(es, "Stratégie nationale d'immigration et d'asile").type == "POLICY"


def test_demonyms_are_mentions_of_the_state_not_places(nlp):
    es = ents("Le Maroc a accueilli la conférence. La délégation marocaine et les Marocains résidant à "
              "l'étranger étaient présents.")
    maroc = by_name(es, "Maroc")
    assert maroc.type == "GPE" and maroc.country == "MA"
    kinds = [m.kind for m in maroc.mentions]
    assert kinds.count("demonym") == 2
    assert not any(e.type == "LOC" and e.name.startswith("Maroc") for e in es)


def test_demonym_alone_creates_state_only_for_state_nouns(nlp):
    es = ents("Il a rencontré le vice-ministre norvégien des affaires étrangères, Jens Frolich Holte. "
              "Il a aussi goûté la cuisine italienne.")
    norvege = [e for e in es if e.country == "NO"]
    assert len(norvege) == 1 and norvege[0].type == "GPE" and norvege[0].name == "Norvège"
    assert not any(e.country == "IT" for e in es if e.type == "GPE")


STATE_DEEDS = [    # (noun of state_nouns.txt, article, sentence, the state its demonym makes an entity)
    ("sanctions", "5994", "Tahéri, qui s'est présenté comme \"médecin iranien accusé d'avoir contourné les sanctions "
     "américaines\", a pour sa part remercié le ministre iranien des Affaires étrangères, Mohammad Javad Zarif.",
     "Etats-Unis"),
    ("sanctions", "8530", "Etabli en 2018 par l'ayatollah Ali Khamenei, ce Conseil est la plus haute autorité de "
     "gestion des affaires économiques du pays et a pour mission de combattre les sanctions américaines.", "Etats-Unis"),
    ("offensive", "13391", "Du côté de l'Elysée, la présidence française a appelé à la \"cessation immédiate de "
     "l'offensive turque\", après une réunion du Conseil de défense et de sécurité nationale, à Paris.", "Turquie"),
    ("offensive", "13474", "La maire de Paris Anne Hidalgo estime quant à elle que l'offensive turque \"affaiblit nos "
     "plus sûrs alliés et nos amis fidèles dans la lutte contre Daesh et ses résurgence\".", "Turquie"),
    ("frappe", "26864", "L'élu l'a interpellé sur l'enquête ouverte par le parquet de Paris après la fuite d'un document "
     "\"confidentiel défense\" sur un projet de frappes françaises en Syrie en 2013, obtenu par des journalistes du "
     "Monde dans le cadre d'entretiens à l'Élysée avec François Hollande.", "France"),
    ("frappe", "35827", "Dans la bande de Gaza, une source sécuritaire palestinienne a confirmé ces frappes israéliennes "
     "qui ont \"endommagé\" des \"sites\" du Hamas et des \"résidences\" mais \"sans faire de blessés\".", "Israël"),
    ("raid", "13616", "Peu après le raid américain, un chef du Hachd a appelé \"tous les combattants\" à se \"tenir "
     "prêts\".", "Etats-Unis"),
    ("raid", "13617", "La mort du général iranien Qassem Soleimani, tué dans un raid américain tôt, vendredi 3 janvier à "
     "Bagdad, a suscité une vague d'inquiétude à travers le monde.", "Etats-Unis"),
    ("attaque", "13539", "Plusieurs de ses généraux ont déjà menacé par le passé d'attaquer l'Etat juif ou de le "
     "détruire en cas d'attaque américaine contre le territoire iranien.", "Etats-Unis"),
    ("attaque", "13542", "Ce bombardement intervient deux jours après l'assassinat du général iranien Qassem Soleimani "
     "lors d'une attaque américaine sur l'aéroport de Bagdad.", "Etats-Unis"),
]


@pytest.mark.parametrize("noun, article, sentence, state", STATE_DEEDS, ids=[f"{d[0]}:{d[1]}" for d in STATE_DEEDS])
def test_a_demonym_on_a_states_deed_makes_the_state(nlp, noun, article, sentence, state):
    """"les sanctions américaines", "l'offensive turque": the state does the deed its demonym qualifies."""
    ent = by_name(ents(sentence), state)
    assert ent is not None and ent.type == "GPE" and "demonym" in [m.kind for m in ent.mentions], article


def test_every_deed_noun_has_two_articles_of_evidence():
    for noun in {d[0] for d in STATE_DEEDS}:
        assert len({d[1] for d in STATE_DEEDS if d[0] == noun}) >= 2, noun


@pytest.mark.parametrize("text, state, before", [
    # OrangeSum 438
    ("Une victoire de Joe Biden pourrait anéantir l'appui américain à ce projet. M. Netanyahu a rencontré Avi "
     "Berkowitz et l'ambassadeur américain David Friedman.", "Etats-Unis", "appui américain"),
    # OrangeSum 3365
    ("La Jordanie fera tout en son possible pour soutenir les Palestiniens. Le Premier ministre palestinien Mohammed "
     "Shtayyeh a appelé la communauté internationale à s'opposer au projet.", "Palestine", "les Palestiniens"),
])
def test_a_demonym_before_the_one_that_makes_the_state_is_its_mention_too(nlp, text, state, before):
    """A demonym is a mention of its state wherever it stands, once a later one after a state noun ("l'ambassadeur
    américain") or the state's name makes the state an entity of the article."""
    mentions = [(m.start, m.end) for m in by_name(ents(text), state).mentions]
    start = text.index(before) + len(before) - len(before.split()[-1])
    assert (start, start + len(before.split()[-1])) in mentions


@pytest.mark.parametrize("article, date, text", [
    ("33747", "2020-09-13", "Washington a imposé cette semaine des sanctions contre deux ministres proches du Hezbollah, "
                            "tandis que de nouvelles sanctions pourraient toucher d'autres membres de la classe "
                            "dirigeante libanaise."),
    ("13902", "2019-10-19", "Lâchées par Washington, les FDS avaient prévenu pendant des mois la coalition que, si elles "
                            "devaient se mobiliser contre une menace turque, surveiller les prisonniers étrangers "
                            "deviendrait une tâche \"secondaire\"."),
])
def test_a_capital_the_recogniser_took_for_a_surname_is_a_place(nlp, article, date, text):
    """A state's capital alone, which the recogniser tagged PER, is the place (a capital speaks for its state)."""
    found = by_name(ents(text, date), "Washington")
    assert found is not None and found.type == "LOC", article


@pytest.mark.parametrize("article, text, name", [
    ("12055", "\"Ca me manque de ne plus voir mes copines\" le week-end, lance Victoria dans un grand éclat de rire.",
     "Victoria"),
    ("12102", "Victoria ne voulait pas non plus l'y emmener.", "Victoria"),
    ("-", "L'acteur Denzel Washington a reçu un prix. Washington a remercié le jury.", "Denzel Washington"),
])
def test_a_capital_that_is_a_given_name_or_follows_one_stays_a_person(nlp, article, text, name):
    """ "Victoria" (a given name, and the Seychelles' capital) and "Denzel Washington ... Washington": persons."""
    found = by_name(ents(text), name)
    assert found is not None and found.type == "PER", article


def test_states_get_gpe_and_iso_code(nlp):
    es = ents("Les Etats-Unis et la Chine ont signé un accord, selon la Russie.")
    codes = {e.country for e in es if e.type == "GPE"}
    assert {"US", "CN", "RU"} <= codes


def test_acronym_and_expansion_are_one_entity(nlp):
    es = ents("L'Organisation internationale pour les migrations (OIM) a publié un rapport. "
              "Selon l'OIM, les départs augmentent.")
    oim = [e for e in es if "OIM" in e.aliases or e.name == "OIM"]
    assert len(oim) == 1
    assert oim[0].name == "Organisation internationale pour les migrations" and oim[0].type == "ORG"
    assert [m.kind for m in oim[0].mentions].count("acronym") == 2


def test_acronym_lexicon_gives_expansion_as_alias(nlp):
    es = ents("L'Otan a réuni ses membres à Bruxelles. Le secrétaire général de l'ONU a réagi.")
    onu = next(e for e in es if e.name == "ONU")
    assert onu.type == "ORG" and any("Nations unies" in a for a in onu.aliases)


def test_surname_joins_full_name(nlp):
    es = ents("Emmanuel Macron a reçu Angela Merkel. Macron a ensuite parlé à la presse, et Mme Merkel aussi.")
    per = [e for e in es if e.type == "PER"]
    assert {e.name for e in per} == {"Emmanuel Macron", "Angela Merkel"}
    assert "Macron" in by_name(per, "Emmanuel Macron").aliases


def test_royaume_is_the_kingdom_named(nlp):
    es = ents("Antonio Vitorino a salué le rôle du Maroc ainsi que les efforts du Royaume en matière de migration.")
    maroc = by_name(es, "Maroc")
    assert "Royaume" in maroc.aliases


def test_royaume_alone_is_not_resolved(nlp):
    es = ents("Le Royaume a annoncé de nouvelles mesures.")
    assert not any(e.type == "GPE" for e in es)


def test_city_gets_country_and_coordinates(nlp):
    es = ents("Le ministre était mardi à Genève pour le forum.")
    geneve = by_name(es, "Genève")
    assert geneve.type == "LOC" and geneve.country == "CH"
    assert geneve.latitude == pytest.approx(46.2, abs=0.1) and geneve.longitude == pytest.approx(6.15, abs=0.1)


def test_glued_sentences_are_split(nlp):
    doc = parse("Il a été entendu par l'Office central (OCLCIFF).Le parquet de Paris avait ouvert une enquête. "
                'Elle a dit "non".Quand elle est partie, il pleuvait.')
    starts = [s.text.split()[0] for s in doc.sents]
    assert "Le" in starts and ('"Quand' in starts or "Quand" in starts)


def test_acronym_glued_to_the_next_sentence_is_split(nlp):
    doc = parse("Quelle sera l'ampleur du remaniement ?par BFMTVSi remaniement il y a, quels sont les membres du "
                "gouvernement ? Le XVIe arrondissement et la SNCF.")
    assert [e.name for e in doc._.entities if e.name.startswith("BFMTV")] == ["BFMTV"]
    assert "XVIe" in [t.text for t in doc] and "SNCF" in [t.text for t in doc]


def test_offsets_index_exact_text_with_typographic_quotes(nlp):
    text = "Selon l’OIM, « la situation s’aggrave » au Soudan, a déclaré jeudi son porte-parole."
    doc = parse(text)
    for e in doc._.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    assert any(e.country == "SD" for e in doc._.entities)


def test_name_after_a_person_title_is_a_person(nlp):
    es = ents("L'ancien footballeur international Vikash Dhorasoo, qui faisait partie des 23 finalistes malheureux de "
              "l'édition du Mondial 2006 perdu contre l'Italie, a ainsi déploré la fête.")
    assert by_name(es, "Vikash Dhorasoo").type == "PER"


def test_known_party_after_a_title_stays_an_organisation(nlp):
    es = ents("Le député Les Républicains Georges Fenech a interrogé le Premier ministre.")
    assert by_name(es, "Les Républicains").type == "ORG"
    assert by_name(es, "Georges Fenech").type == "PER"


def test_name_announced_by_an_organisation_noun_is_an_organisation(nlp):
    es = ents("Allama Shah Ahmad Shafi, fondateur du groupe Hefazat-e-Islam, est mort vendredi à Dacca.")
    assert by_name(es, "Hefazat-e-Islam").type == "ORG"


def test_front_national_and_rassemblement_national_are_one_party(nlp):
    es = ents("Le FN a changé de nom en 2018. Marine Le Pen préside le Rassemblement national.")
    rn = by_name(es, "Rassemblement national")
    assert rn.type == "ORG" and "FN" in {m.text for m in rn.mentions}


def test_person_ner_missed_is_found_by_first_name(nlp):
    es = ents("Le RN est dans le viseur de la justice. Marine Le Pen et ses acolytes, qui ont saisi la justice, "
              "contestent. France Bleu a interrogé Florence Parly à Florence.")
    assert by_name(es, "Marine Le Pen").type == "PER"
    assert by_name(es, "Florence Parly").type == "PER"
    assert by_name(es, "Florence").type == "LOC"


@pytest.mark.parametrize("text, name, kind", [
    ("Il fallait le faire, mais Hollande n'a pas tenu.", "Hollande", "PER"),
    ("Il est parti en vacances en Hollande.", "Hollande", "LOC"),
])
def test_an_office_holders_surname_alone_is_that_person(nlp, text, name, kind):
    assert by_name(ents(text), name).type == kind


def test_a_state_name_holding_a_demonym_is_the_state(nlp):
    es = ents("La Lituanie, membre de l'Union européenne et de l'Otan, a appartenu à l'Union soviétique.")
    assert by_name(es, "Union soviétique").type == "GPE"
    assert by_name(es, "Union européenne").type == "ORG"


@pytest.mark.parametrize("text, wrong, right", [
    # known names a NER span glues together are split
    ("Le président du Sénat LR Gérard Larcher a reçu les sénateurs.", "Sénat LR",
     [("Sénat", "ORG"), ("Gérard Larcher", "PER")]),
    # a surname after a particle stays in the name
    ("Depuis fin 2016, les juges Claire Thépaut et Renaud Van Ruymbeke enquêtent sur le parti.", "Renaud Van",
     [("Renaud Van Ruymbeke", "PER")]),
    # a name ends where NER ran on into the sentence
    ("Le texte de retour au Sénat à la fin du moisLe projet de loi de financement de la Sécurité sociale sera "
     "examiné en nouvelle lecture au Sénat le week-end des 30 novembre et 1er décembre, après être repassé par "
     "l'Assemblée nationale le 25 novembre. La Cour de justice de la République a jugé.", "Sénat le week-end",
     [("Sénat", "ORG"), ("Cour de justice de la République", "ORG")]),
    # a capitalised institution noun before "de" and a place is one organisation
    ("Richard Ferrand, dans l'affaire des \"Mutuelles de Bretagne\". Il vit en Bretagne.", "Mutuelles",
     [("Mutuelles de Bretagne", "ORG"), ("Bretagne", "LOC")]),
    # a weekday NER ran on to is the sentence's date, not part of the name (OrangeSum 18562, 18619)
    ('"Il y aura des Français qui n\'ont pas rejoint le mouvement mais qui souffrent aussi", a expliqué Cyril '
     'Hanouna, alias "Baba", sur CNews mercredi.', "CNews mercredi", [("CNews", "ORG")]),
    ('Intitulé "La parole aux Français", ce numéro spécial et en direct de l\'émission "Balance ton post" sera diffusé '
     'vendredi à 22H30 et doit donner la parole à des "retraités, infirmiers, demandeurs d\'emploi, commerçants, '
     'enseignants, agriculteurs", qui "témoigneront de leur quotidien", avait indiqué C8 lundi dans un communiqué.',
     "C8 lundi", [("C8", "ORG")]),
])
def test_entity_boundaries(nlp, text, wrong, right):
    es = ents(text)
    assert by_name(es, wrong) is None
    assert [(name, by_name(es, name).type if by_name(es, name) else None) for name, _ in right] == right


def test_an_editor_s_note_is_not_an_entity(nlp):
    """"NDLR" (note de la rédaction) closes an editor's gloss; it names nothing (OrangeSum 125, 212)."""
    for text in ("Sans ce prononcer sur la véracité de telles informations, l'agence a jugé bon d'ajouter que la \"stratégie\" de la République islamique consistant à \"empêcher "
                 "toute escalade\" devrait \"être fondamentalement revue\" s'il s'avère \"que des pays hostiles, en "
                 "particulier le régime sioniste (Israël, NDLR) et les Etats-Unis, franchissent les lignes rouges "
                 "fixées par l'Iran\".",
                 "On attend que le préfet ou le directeur de l'ARS (l'Agence régionale de santé, NDLR) viennent avec "
                 "une petite charrette pour porter des masques?"):
        es = ents(text)
        assert es and by_name(es, "NDLR") is None, [e.name for e in es]
