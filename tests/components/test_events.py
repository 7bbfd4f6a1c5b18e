"""Events: PLOVER triggers, their source and target, location and date (real French sentences)."""
from __future__ import annotations

import pytest

from veille.components.events import load_triggers
from veille.syntax import is_negated
from veille.pipeline import parse
from veille.record import PLOVER_TYPES
from veille.spans import entity_by_id

DATE = "2019-12-17"


def events(text, date=DATE):
    """(doc, events) of a text through the full pipeline."""
    doc = parse(text, date)
    return doc, doc._.events


def names(doc, ids):
    """Canonical names of entity ids."""
    return {entity_by_id(doc, i).name for i in ids}


def find(doc, evs, kind, source=None, target=None):
    """The first event of a type whose sources/targets include the given names."""
    for e in evs:
        if e.type == kind and (source is None or source in names(doc, e.source)) \
                and (target is None or target in names(doc, e.target)):
            return e
    return None


def found(text, kind, source=None, target=None, date=DATE):
    """(doc, the event of ``kind`` from ``source`` to ``target`` in ``text``); fails listing the events found."""
    doc, evs = events(text, date)
    event = find(doc, evs, kind, source, target)
    assert event is not None, [(x.type, names(doc, x.source), names(doc, x.target)) for x in evs]
    return doc, event


def test_lexicon_covers_every_plover_type():
    covered = {e.type for e in load_triggers().values()}
    assert covered == set(PLOVER_TYPES)


@pytest.mark.parametrize("kind, text, source, target", [
    ("CONSULT", "Emmanuel Macron a reçu Cédric Villani dimanche à l'Élysée.", "Emmanuel Macron", "Cédric Villani"),
    ("CONSULT", "Le président turc Recep Tayyip Erdogan s'est entretenu avec Vladimir Poutine.",
     "Recep Tayyip Erdogan", "Vladimir Poutine"),
    ("SUPPORT", ("Sheikh Hasina, Premier ministre du Bangladesh, a salué le rôle de Allama Shah Ahmad Shafi "
                "dans l'expansion des écoles coraniques."), "Sheikh Hasina", "Allama Shah Ahmad Shafi"),
    ("ACCUSE", "La Corée du Sud a accusé lundi John Bolton de déformer la réalité.", "Corée du Sud", "John Bolton"),
    ("ACCUSE", "Dans son livre, John Bolton dénonce le manque de préparation de Donald Trump.",
     "John Bolton", "Donald Trump"),
    ("REQUEST", "Angela Merkel a appelé Vladimir Poutine à retirer ses troupes.", "Angela Merkel", "Vladimir Poutine"),
    ("AGREE", "Marine Le Pen se dit d'accord avec Emmanuel Macron sur ce point.", "Marine Le Pen", "Emmanuel Macron"),
    ("REJECT", "Emmanuel Macron a rejeté la proposition de Marine Le Pen.", "Emmanuel Macron", None),
    ("COOPERATE", "L'Organisation internationale pour les migrations veut renforcer la coopération avec le Maroc.",
     "Organisation internationale pour les migrations", "Maroc"),
    ("THREATEN", "Donald Trump a menacé l'Iran de représailles.", "Donald Trump", "Iran"),
    ("PROTEST", "La CGT a manifesté jeudi contre le gouvernement d'Edouard Philippe.", "CGT", "Edouard Philippe"),
    ("SANCTION", "L'Union européenne a sanctionné la Russie après l'annexion de la Crimée.",
     "Union européenne", "Russie"),
    ("COERCE", "La Turquie a expulsé Jean Dupont, un journaliste français.", "Turquie", "Jean Dupont"),
    ("ASSAULT", "La Russie a bombardé la Syrie pendant plusieurs mois.", "Russie", "Syrie"),
    ("ACCUSE", "Les juges Claire Thépaut et Renaud Van Ruymbeke enquêtent sur le Rassemblement national.",
     "Claire Thépaut", "Rassemblement national"),
    ("ACCUSE", "Marine Le Pen a porté plainte contre Jean-Luc Mélenchon.", "Marine Le Pen", "Jean-Luc Mélenchon"),
    ("ACCUSE", "Le Parquet national financier a engagé des poursuites contre François Fillon.",
     "Parquet national financier", "François Fillon"),
    ("AGREE", "Le Hamas a accepté la proposition de l'Egypte.", "Hamas", "Egypte"),
    ("RETREAT", "La Russie a retiré ses troupes de Syrie.", "Russie", "Syrie"),
    # slots the parser hangs elsewhere: under the noun's complement, under another oblique
    ("AID", "L'Union européenne va accorder une aide de 50 millions d'euros au Liban.", "Union européenne", "Liban"),
    ("CONSULT", "Emmanuel Macron s'est entretenu au téléphone avec Joe Biden.", "Emmanuel Macron", "Joe Biden"),
])
def test_trigger_gives_type_source_and_target(nlp, kind, text, source, target):
    doc, e = found(text, kind, source, target)
    assert doc.text[e.trigger.start:e.trigger.end]
    assert 0 < e.confidence <= 1


def test_multiword_trigger_and_location_and_date(nlp):
    doc, evs = events("Le directeur général de l'Organisation internationale pour les migrations, Antonio Vitorino, "
                      "a mis en avant, mardi à Genève, les très bons rapports de coopération avec le Maroc.")
    e = find(doc, evs, "SUPPORT", "Antonio Vitorino", "Maroc")
    assert e is not None
    assert doc.text[e.trigger.start:e.trigger.end] == "mis en avant"
    assert names(doc, [e.location]) == {"Genève"}
    assert e.date == DATE
    assert (e.start, e.end) == (0, len(doc.text))


def test_noun_trigger_takes_the_main_subject(nlp):
    doc, evs = events("A l'issue d'entretiens avec la ministre déléguée, Nezha El Ouafi, Antonio Vitorino a "
                      "réitéré son soutien.")
    assert find(doc, evs, "CONSULT", "Antonio Vitorino", "Nezha El Ouafi") is not None


def test_participial_clause_takes_the_main_subject(nlp):
    doc, evs = events("Antonio Vitorino a parlé de migrations à Genève, rendant hommage au Maroc pour avoir "
                      "abrité la conférence.")
    assert find(doc, evs, "SUPPORT", "Antonio Vitorino", "Maroc") is not None


def test_passive_agent_is_the_source(nlp):
    doc, evs = events("Cédric Villani a été reçu par Emmanuel Macron à l'Élysée.")
    assert find(doc, evs, "CONSULT", "Emmanuel Macron", "Cédric Villani") is not None


def test_pronoun_subject_through_coreference(nlp):
    doc, evs = events("Antonio Vitorino est arrivé mardi à Genève. Il a salué le rôle du Maroc sur la "
                      "question migratoire.")
    assert find(doc, evs, "SUPPORT", "Antonio Vitorino", "Maroc") is not None


def test_one_event_per_type_source_target_and_sentence(nlp):
    _, evs = events("Antonio Vitorino a salué les actions du Maroc, rendant hommage au Maroc pour son rôle.")
    assert len([e for e in evs if e.type == "SUPPORT"]) == 1


@pytest.mark.parametrize("text", [
    "Antonio Vitorino a salué la qualité des débats.",                     # no named target
    "Les manifestants ont dénoncé la hausse des prix.",                    # no named source
    "Le ministre a reçu un appel téléphonique dimanche.",                  # nobody named
    "Emmanuel Macron a parlé de l'Allemagne pendant une heure.",          # no trigger
])
def test_no_event_without_a_trigger_and_two_named_actors(nlp, text):
    _, evs = events(text)
    assert evs == []


def test_a_trigger_does_not_take_a_place_as_target(nlp):
    doc, evs = events("Emmanuel Macron a visité Marseille jeudi.")
    assert not any("Marseille" in names(doc, e.target) for e in evs)


# -- criticism voiced in quotations ----------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target, trigger", [
    (('Le Parquet national financier "est devenu une officine", a affirmé jeudi la candidate LR à la mairie de '
     'Paris Rachida Dati.'), "Rachida Dati", "Parquet national financier", "officine"),
    (('Emmanuel Macron est arrivé à Berlin. "Macron a conscience des enjeux. Mais il n\'est pas Obélix", a déploré '
     'Daniel Cohn-Bendit.'), "Daniel Cohn-Bendit", "Emmanuel Macron", "déploré"),
    (('La présidente du RN Marine Le Pen a estimé le chef de l\'Etat, Emmanuel Macron, pas "capable de protéger '
     'les Français".'), "Marine Le Pen", "Emmanuel Macron", "capable"),
])
def test_critical_quote_accuses_the_actor_it_names(nlp, text, source, target, trigger):
    doc, e = found(text, "ACCUSE", source, target)
    assert doc.text[e.trigger.start:e.trigger.end] == trigger


def test_critical_quote_does_not_target_the_speakers_party_or_a_medium(nlp):
    _, evs = events('"C\'est un scandale", a affirmé sur RTL la députée LR Valérie Pécresse.')
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_neutral_quote_is_no_accusation(nlp):
    _, evs = events('"Nous allons travailler avec Emmanuel Macron sur ce dossier", a affirmé Marine Le Pen.')
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_criticism_without_a_named_target_continues_the_previous_one(nlp):
    doc, evs = events('Christophe Castaner s\'est indigné des propos de Camélia Jordana. Il s\'est ensuite '
                      'élevé contre des "propos mensongers et honteux".')
    accusations = [e for e in evs if e.type == "ACCUSE" and names(doc, e.target) == {"Camélia Jordana"}]
    assert len(accusations) == 2


def test_criticism_without_a_target_and_nothing_to_continue_is_dropped(nlp):
    _, evs = events('Christophe Castaner a dénoncé des "propos mensongers et honteux".')
    assert evs == []


# -- arguments -------------------------------------------------------------------------------------------
def test_received_support_comes_from_the_giver(nlp):
    doc, evs = events("Camélia Jordana a reçu le soutien de l'ancien député Aurélien Taché.")
    assert find(doc, evs, "SUPPORT", "Aurélien Taché", "Camélia Jordana") is not None
    assert find(doc, evs, "SUPPORT", "Camélia Jordana", "Aurélien Taché") is None


@pytest.mark.parametrize("text, giver, backed", [
    # OrangeSum 35016, 20673, 15767 (outside the gold)
    ("Pour Lorraine Leete, avocate de l'ONG \"Lesvos Legal Center\", \"la Grèce, avec le soutien de la Commission "
     "européenne, continue clairement d'appliquer une politique de dissuasion visant à freiner les migrations\".",
     "Commission européenne", "Grèce"),
    ("Âgé de 44 ans, François de Rugy a été élu député de Loire-Atlantique en 2007 et 2012 avec le soutien du PS.",
     "PS", "François de Rugy"),
    ("C'est un vaste réseau que vient de démanteler la police espagnole avec l'appui d'Europol.", "Europol", "Espagne"),
])
def test_support_given_with_avec_or_grace_a_backs_the_clause_subject(nlp, text, giver, backed):
    found(text, "SUPPORT", giver, backed)


def test_object_pronoun_stands_for_the_person_named_before(nlp):
    doc, evs = events("Emmanuel Macron a reçu Cédric Villani dimanche à l'Élysée pour lui demander de se "
                      "rapprocher de Benjamin Griveaux.")
    assert find(doc, evs, "REQUEST", "Emmanuel Macron", "Cédric Villani") is not None


def test_relative_pronoun_after_an_inverted_subject(nlp):
    doc, evs = events('Le Premier ministre Manuel Valls a convoqué Emmanuel Macron. "Mais alors, dis-le !" hurle '
                      'Valls, qui reproche à Macron de dévaloriser la classe politique.')
    assert find(doc, evs, "ACCUSE", "Manuel Valls", "Emmanuel Macron") is not None


def test_first_person_in_a_quote_is_its_speaker(nlp):
    doc, evs = events('"J\'ai été contacté par Christophe Castaner", a confirmé Daniel Cohn-Bendit.')
    assert find(doc, evs, "CONSULT", "Christophe Castaner", "Daniel Cohn-Bendit") is not None


def test_title_and_surname_subject(nlp):
    doc, evs = events("John Bolton publie un livre. Dans son livre, M. Bolton dénonce le manque de préparation "
                      "de Donald Trump.")
    assert find(doc, evs, "ACCUSE", "John Bolton", "Donald Trump") is not None


def test_conjoined_objects_are_searched_for_the_target(nlp):
    doc, evs = events("Gérard Larcher a salué les idées et les talents du mouvement de Valérie Pécresse.")
    assert find(doc, evs, "SUPPORT", "Gérard Larcher", "Valérie Pécresse") is not None


@pytest.mark.parametrize("text, source, target", [
    ("Rachida Dati a taclé Anne Hidalgo sur la propreté de Paris.", "Rachida Dati", "Anne Hidalgo"),
    ("Le député Eric Ciotti s'est insurgé contre Emmanuel Macron.", "Eric Ciotti", "Emmanuel Macron"),
])
def test_more_verbs_of_criticism(nlp, text, source, target):
    doc, evs = events(text)
    assert find(doc, evs, "ACCUSE", source, target) is not None


@pytest.mark.parametrize("kind, text, source, target", [
    # the subject of a que-clause
    ("SUPPORT", "La députée Sarah El Haïry s'est félicitée que François Bayrou ait pu répondre à toutes les questions.",
     "Sarah El Haïry", "François Bayrou"),
    # a rejected proposal answers the last actor subject before it
    ("REJECT", ("Nicolas Sarkozy souhaite que Laurent Wauquiez conduise la liste aux européennes. Une idée que semble "
                "rejeter Laurent Wauquiez."), "Laurent Wauquiez", "Nicolas Sarkozy"),
    ("REJECT", "Emmanuel Macron veut répondre lui-même à la question et le répète à Manuel Valls, qui s'y oppose.",
     "Manuel Valls", "Emmanuel Macron"),
    ("CONSULT", "Le ministre Jean-Yves Le Drian a pris contact avec Svetlana Tikhanovskaïa.",
     "Jean-Yves Le Drian", "Svetlana Tikhanovskaïa"),
])
def test_construction_rules(nlp, kind, text, source, target):
    doc, evs = events(text)
    assert find(doc, evs, kind, source, target) is not None, [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("kind, text", [
    # the object of a relative clause inside the slot is not the target
    ("PROTEST", "Interrogé sur les manifestations contre la réforme qui agitent la France, Emmanuel Macron a réagi lundi."),
    # a rejected thing that is no proposal does not look back for a proposer
    ("REJECT", "Emmanuel Macron a reçu Angela Merkel. Le Sénat a rejeté le texte mardi."),
    # "que" after a verb of saying is no praise
    ("SUPPORT", "Emmanuel Macron a dit que Angela Merkel viendrait à Paris."),
])
def test_construction_rules_negative(nlp, kind, text):
    doc, evs = events(text)
    assert not [e for e in evs if e.type == kind], [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("kind, text, source, target", [
    # the "de" complement of the noun a critical word qualifies, inside the quote
    ("ACCUSE", ('"Des millions de gens s\'y refusent à cause de la personnalité colérique de Jean-Luc Mélenchon", '
                'estime Thomas Guénolé.'), "Thomas Guénolé", "Jean-Luc Mélenchon"),
    # the "de" complement of the quoted clause's subject
    ("ACCUSE", "Christophe Castaner a estimé que les propos de Camélia Jordana appelaient une condamnation sans réserve.",
     "Christophe Castaner", "Camélia Jordana"),
    # a noun of criticism with "contre"
    ("ACCUSE", "Marine Le Pen a lancé une violente charge contre Emmanuel Macron.", "Marine Le Pen", "Emmanuel Macron"),
    ("ACCUSE", "Marine Le Pen a multiplié les attaques contre Emmanuel Macron.", "Marine Le Pen", "Emmanuel Macron"),
    # a request, not a question
    ("REQUEST", "Marine Le Pen a demandé à Emmanuel Macron de démissionner.", "Marine Le Pen", "Emmanuel Macron"),
    # a verb the lemmatizer takes for its noun ("rencontre")
    ("CONSULT", "Demain, Cédric Villani rencontre le président Emmanuel Macron.", "Cédric Villani", "Emmanuel Macron"),
    # the name right after a title in apposition, "s'" on the auxiliary with words between
    ("SUPPORT", ("Une porte-parole du MoDem, la députée Sarah El Haïry, s'est pour sa part félicitée que François Bayrou "
                 "ait répondu."), "Sarah El Haïry", "François Bayrou"),
    # "le parti" is the last organisation named before it
    ("ACCUSE", "Le politologue Thomas Guénolé, proche de La France insoumise, reproche au parti sa dérive autoritaire.",
     "Thomas Guénolé", "La France insoumise"),
    # ... but not when it names its own owner
    ("SUPPORT", "Le Sénat a voté. Gérard Larcher a salué les idées du mouvement de Valérie Pécresse.",
     "Gérard Larcher", "Valérie Pécresse"),
    # "le président" alone is the head of state the article names
    ("CONSULT", ("Le chef de l'État, Emmanuel Macron, a parlé dimanche. \"Je rencontre le président cet après-midi\", "
                 "a déclaré Cédric Villani."), "Cédric Villani", "Emmanuel Macron"),
])
def test_construction_rules_second_pass(nlp, kind, text, source, target):
    doc, evs = events(text)
    assert find(doc, evs, kind, source, target) is not None, [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("kind, text", [
    # "charge" without "contre" is no criticism
    ("ACCUSE", "Marine Le Pen a pris en charge le dossier d'Emmanuel Macron."),
    # "demander si" asks a question
    ("REQUEST", "Le journaliste Jean Dupont lui demandait si Emmanuel Macron viendrait."),
    ("REQUEST", "Le journaliste Jean Dupont demandait à Emmanuel Macron pourquoi il viendrait."),
    # a wished meeting is not held
    ("CONSULT", "Kim Jong Un souhaitait rencontrer Donald Trump."),
    # a title in apposition without a name names no one
    ("SUPPORT", "Un proche du MoDem, le député de Paris, a salué François Bayrou."),
    # a demonstrative recalls an event told before
    ("ACCUSE", "Thomas Guénolé attribue ces accusations contre Jean-Luc Mélenchon à une manoeuvre."),
    # "son parti" is the subject's own
    ("ACCUSE", "Le Monde a publié une enquête. Thomas Guénolé critique son parti."),
    # "le mouvement social" is no organisation named before
    ("ACCUSE", "La CGT a appelé à la grève. Emmanuel Macron a critiqué le mouvement social."),
    # "le président du Sénat" is not the head of state
    ("CONSULT", "Le chef de l'État, Emmanuel Macron, a parlé dimanche. Cédric Villani a rencontré le président du Sénat."),
])
def test_construction_rules_second_pass_negative(nlp, kind, text):
    doc, evs = events(text)
    assert not [e for e in evs if e.type == kind], [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


def test_evidence_stops_at_a_paragraph_break(nlp):
    doc, evs = events("Le Parquet national financier \"est devenu une officine\", a affirmé jeudi Rachida Dati, candidate "
                      "à la mairie de Paris.\n\n\"Quand je vois tout ce qui sort concernant le Parquet national "
                      "financier, j'ai le sentiment que c'est devenu une officine\", a-t-elle affirmé sur RTL.")
    accusations = [e for e in evs if e.type == "ACCUSE"]
    assert len(accusations) == 2, [(e.start, e.end) for e in accusations]
    assert all("\n" not in doc.text[e.start:e.end] for e in accusations)


def test_subheading_repeated_by_a_later_quote_gives_no_event(nlp):
    doc, evs = events("Emmanuel Macron a annoncé un plan. \"Le président méprise le Parlement\"\"Que le président prenne "
                      "la mesure du problème c'est une bonne chose\", a interrogé le sénateur Hervé Marseille. \"Le "
                      "président encore une fois méprise le Parlement\", a dénoncé la présidente du groupe CRCE Eliane "
                      "Assassi.")
    accusations = [e for e in evs if e.type == "ACCUSE" and "Eliane Assassi" in names(doc, e.source)]
    assert len(accusations) == 1
    assert doc.text[accusations[0].trigger.start:accusations[0].trigger.end] == "dénoncé"


def test_bare_president_in_a_critical_quote_is_the_head_of_state_not_the_last_president_named(nlp):
    doc, evs = events("Emmanuel Macron a annoncé un plan pour les hôpitaux. \"Que le président de la République prenne "
                      "la mesure du problème, c'est une bonne chose\", a déclaré le président du groupe centriste "
                      "Hervé Marseille. \"Le président encore une fois méprise le Parlement\", a dénoncé Eliane "
                      "Assassi.", "2019-11-14")
    assert find(doc, evs, "ACCUSE", "Eliane Assassi", "Emmanuel Macron") is not None
    assert find(doc, evs, "ACCUSE", "Eliane Assassi", "Hervé Marseille") is None


def test_critical_quote_targets_an_office_named_inside_the_quote(nlp):
    doc, evs = events("Edouard Philippe lance un débat sur les 80 km/h. Jeudi, lors de son entretien avec Laurent "
                      "Wauquiez, Emmanuel Macron aurait reconnu: « je n'y suis pour rien. C'est le Premier ministre, "
                      "et c'était une connerie. »", "2019-01-27")
    assert find(doc, evs, "ACCUSE", "Emmanuel Macron", "Edouard Philippe") is not None
    assert find(doc, evs, "ACCUSE", "Emmanuel Macron", "Laurent Wauquiez") is None


def test_the_victim_of_a_criticised_deed_is_not_its_target(nlp):
    doc, evs = events("Le député Eric Ciotti a dénoncé \"un acharnement de tous les instants\" envers Nicolas Sarkozy.")
    assert find(doc, evs, "ACCUSE", "Eric Ciotti", "Nicolas Sarkozy") is None


def test_a_name_after_an_indefinite_article_is_not_the_target(nlp):
    doc, evs = events("L'ancien footballeur Vikash Dhorasoo a déploré que les Français \"auront savouré les miettes de "
                      "la célébration, au profit d'une Garden Party à l'Elysée\".")
    assert find(doc, evs, "ACCUSE", "Vikash Dhorasoo", "Garden Party") is None
    assert find(doc, evs, "ACCUSE", "Vikash Dhorasoo", "Elysée") is not None


@pytest.mark.parametrize("text, kind, source, target", [
    ("Laurent Wauquiez a été élu. Nadine Morano a rappelé que Nicolas Sarkozy reste populaire. Les deux hommes "
     "pourront en parler mercredi, lors d'une rencontre en tête à tête.", "CONSULT", "Laurent Wauquiez",
     "Nicolas Sarkozy"),
    ("L'Inde a envoyé des troupes. La Chine a protesté. Les deux pays se sont accusés mutuellement des heurts.",
     "ACCUSE", "Inde", "Chine"),
])
def test_les_deux_hommes_are_the_last_two_actors_named(nlp, text, kind, source, target):
    doc, evs = events(text)
    event = find(doc, evs, kind)
    assert event is not None
    assert names(doc, event.source) | names(doc, event.target) == {source, target}




@pytest.mark.parametrize("text, kind, other", [
    ("Emmanuel Macron a lancé un appel à Vladimir Poutine pour un cessez-le-feu.", "REQUEST", "CONSULT"),
    ("Plus tard dans la nuit, Christian Estrosi reçoit un appel d'Emmanuel Macron.", "CONSULT", "REQUEST"),
])
def test_an_appeal_asks_only_with_its_complement(nlp, text, kind, other):
    doc, evs = events(text)
    assert find(doc, evs, kind) is not None, [(x.type, names(doc, x.source), names(doc, x.target)) for x in evs]
    assert find(doc, evs, other) is None



@pytest.mark.parametrize("text, kind", [
    ("Emmanuel Macron n'a pas rencontré Vladimir Poutine.", "CONSULT"),                          # denied
    ("Martine Aubry est émue de ne pas avoir reçu un appel personnel de Nicole Belloubet.", "CONSULT"),
    ("Marine Le Pen n'a jamais critiqué Vladimir Poutine.", "ACCUSE"),
    ("Jean Castex est reparti sans rencontrer Angela Merkel.", "CONSULT"),
    ("Bruno Retailleau a parlé à Gérald Darmanin. Les deux hommes ont critiqué la réforme.", "ACCUSE"),  # not mutual
    ("La France et l'Allemagne ont accueilli des réfugiés. Les deux pays en recevaient le plus.", "CONSULT"),
])
def test_no_event_where_the_text_states_none(nlp, text, kind):
    doc, evs = events(text)
    assert find(doc, evs, kind) is None, [(x.type, names(doc, x.source), names(doc, x.target)) for x in evs]


def test_ne_que_restricts_and_does_not_deny(nlp):
    doc = parse("Emmanuel Macron n'a rencontré que Vladimir Poutine.", DATE)
    assert not is_negated(next(t for t in doc if t.lemma_ == "rencontrer"))


@pytest.mark.parametrize("text, verb, kind", [
    ("Le parti pourrait s'appeler Les Socialistes.", "appeler", None),
    ("Emmanuel Macron se demande si Angela Merkel viendra.", "demande", None),
    ("Emmanuel Macron a appelé Angela Merkel à venir.", "appelé", "REQUEST"),
    ("Anne Hidalgo s'est rendue à Paris pour demander à Emmanuel Macron des moyens.", "demander", "REQUEST"),
])
def test_a_pronominal_verb_of_another_meaning_is_no_trigger(nlp, text, verb, kind):
    doc = parse(text, DATE)
    match = nlp.get_pipe("veille_events").match(doc, next(t for t in doc if t.text == verb))
    assert (match[0].type if match else None) == kind



def test_a_plural_pronoun_stands_for_the_group_named_just_before(nlp):
    doc, evs = events("Depuis fin 2016, les juges Claire Thépaut et Renaud Van Ruymbeke enquêtent sur un système "
                      "d'emplois fictifs au sein du Rassemblement national. Ils soupçonnent le parti d'avoir fait "
                      "passer des employés pour des assistants parlementaires.")
    suspicion = next((e for e in evs if doc.text[e.trigger.start:e.trigger.end] == "soupçonnent"), None)
    assert suspicion is not None
    assert names(doc, suspicion.source) == {"Claire Thépaut", "Renaud Van Ruymbeke"}
    assert names(doc, suspicion.target) == {"Rassemblement national"}


def test_criticism_the_speaker_says_of_themself_accuses_nobody(nlp):
    doc, evs = events("\"J'aime la France, j'aime les Français. Mais je ne veux pas être ridicule\", a poursuivi "
                      "Manuel Valls, aujourd'hui conseiller municipal à Barcelone.")
    assert find(doc, evs, "ACCUSE") is None


def test_a_plural_possessive_is_the_actors_conjoined_before_it(nlp):
    doc, evs = events("John Bolton s'en prend à Donald Trump et à Moon Jae-in pour leur sommet avec Kim Jong Un.",
                      "2020-06-22")
    summit = find(doc, evs, "CONSULT", None, "Kim Jong Un")
    assert summit is not None and names(doc, summit.source) == {"Donald Trump", "Moon Jae-in"}


@pytest.mark.parametrize("text, date, kind, source, target", [
    # the office of a person acts for that person
    ("Gitanas Nauseda, le président lituanien, a salué son courage. Le bureau du président est en contact permanent "
     "avec Svetlana Tikhanovskaïa.", "2020-08-11", "CONSULT", "Gitanas Nauseda", "Svetlana Tikhanovskaïa"),
    # a headline verb the parser made a modifier of the name before it
    ("Agnès Buzyn, ministre de la Santé, a quitté le gouvernement en février. Rachida Dati pilonne l'ancienne "
     "ministre de la Santé sur ses propos concernant la \"mascarade des élections municipales\" en pleine crise "
     "sanitaire, terme regretté publiquement depuis.", DATE, "ACCUSE", "Rachida Dati", "Agnès Buzyn"),
    # a first name alone is the office holder of that name
    ("Christian Estrosi est furieux. \"Bonjour Christian, c'est François\", lui a dit le chef de l'Etat au "
     "téléphone. Samedi soir, il fustige encore une fois le gouvernement et le président.", "2016-07-18", "ACCUSE",
     "Christian Estrosi", "François"),
])
def test_actors_found_beyond_the_parse(nlp, text, date, kind, source, target):
    found(text, kind, source, target, date)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Washington a imposé de nouvelles sanctions contre l'Iran.", "SANCTION", "Washington", "Iran"),
    ("Israël a bombardé la bande de Gaza.", "ASSAULT", "Israël", "Gaza"),
    ("Moscou a expulsé deux diplomates américains.", "COERCE", "Moscou", "Etats-Unis"),
])
def test_states_act_through_capitals_on_places_and_nationals(nlp, text, kind, source, target):
    found(text, kind, source, target)


def test_a_capital_after_a_preposition_is_a_place(nlp):
    doc, evs = events("Emmanuel Macron a rencontré Angela Merkel à Berlin.")
    consult = find(doc, evs, "CONSULT", "Emmanuel Macron", "Angela Merkel")
    assert consult is not None and names(doc, [consult.location]) == {"Berlin"}


# Nominal events, quoted from OrangeSum articles outside the gold (article id in the comment).
@pytest.mark.parametrize("text, kind, source, target", [
    ("Grand débat : une rencontre entre Macron et Mélenchon ?", "CONSULT", "Macron", "Mélenchon"),     # 18416
    ("SEXISME - Interrogé sur la rencontre entre Emmanuel Macron et Rihanna à l'Elysée, le porte-parole du "
     "gouvernement s'est autorisé à commenter la tenue vestimentaire de la chanteuse.",
     "CONSULT", "Emmanuel Macron", "Rihanna"),                                                          # 24372
    ('"L\'accord entre Bahreïn et Israël est un coup de poignard dans le dos de la cause palestinienne", a déclaré '
     "à l'AFP Ahmad Majdalani.", "AGREE", "Bahreïn", "Israël"),                                         # 33858
    ('"C\'est un accord entre Collomb et Wauquiez, une alliance contre nature", dénonce David Kimelfeld.',
     "AGREE", "Collomb", "Wauquiez"),                                                                   # 4430
    ("Mais l'accord UE-Turquie signé en mars 2016 a changé la donne.", "AGREE", "UE", "Turquie"),       # 35016
    ("POLITIQUE - Selon L'Obs, l'ancienne candidate à la présidentielle a scellé son ralliement au socialiste "
     "dimanche dernier lors de la célébration de l'accord PS-EELV.", "AGREE", "PS", "EELV"),            # 25838
    ("Fin novembre, à Sète, une alliance RN-LR avait fait du bruit avec la candidature à la tête d'une liste "
     "\"d'union des droites\" de Sébastien Pacull.", "COOPERATE", "RN", "LR"),                          # 10703
])
def test_a_noun_between_two_named_is_their_event(nlp, text, kind, source, target):
    found(text, kind, source, target)


@pytest.mark.parametrize("text", [
    "Mardi matin, Nicolas Hulot a officialisé son départ, au lendemain d'une rencontre entre Emmanuel Macron et "
    "les chasseurs.",                                                                                   # 20786
    "La CGT a indiqué lundi 6 mai qu'elle ne prendrait pas part à la rencontre entre Edouard Philippe et les "
    "partenaires sociaux.",                                                                             # 16390
])
def test_a_noun_between_one_named_and_others_names_no_party(nlp, text):
    doc, evs = events(text)
    assert not [e for e in evs if e.type == "CONSULT"], [(x.type, names(doc, x.source)) for x in evs]


@pytest.mark.parametrize("text, kind, source, target", [
    ("A l'été 2006, Israël a lancé une offensive dévastatrice contre le Liban, en représailles à l'enlèvement par "
     "le Hezbollah de deux soldats israéliens à la frontière.", "ASSAULT", "Israël", "Liban"),           # 9374
    ("L'offensive lancée par la Russie contre l'Ukraine a fait des victimes.", "ASSAULT", "Russie", "Ukraine"),
])
def test_a_deed_noun_under_a_light_verb_or_its_participle_is_its_agent_s(nlp, text, kind, source, target):
    found(text, kind, source, target)


def test_a_deed_noun_under_another_verb_is_not_its_subject_s(nlp):
    doc, evs = events("Jean-Marie Le Pen s'est insurgé contre l'incarcération du militant Hervé Lalin.")   # 31985
    assert find(doc, evs, "COERCE", "Jean-Marie Le Pen") is None


@pytest.mark.parametrize("text, kind, source, target", [
    ('"Je salue L214 d\'avoir fait cette vidéo", a indiqué Didier Guillaume.', "SUPPORT", "Didier Guillaume",
     "L214"),                                                                                           # 1254
    ('"C\'est une distraction, une façon d\'effrayer les plateformes (bravo à Jack Dorsey qui ne se laisse pas '
     'intimider)", a écrit Donald Trump.', "SUPPORT", "Donald Trump", "Jack Dorsey"),                    # 8200
])
def test_praise_in_a_quote_is_support_from_its_speaker(nlp, text, kind, source, target):
    found(text, kind, source, target)


def test_words_of_praise_someone_else_would_say_are_no_support(nlp):
    doc, evs = events('"Des millions de gens voudraient soutenir la France insoumise", a écrit Thomas Guénolé.')
    assert find(doc, evs, "SUPPORT") is None


# -- subjects the parser hangs elsewhere, deeds not done, criticism that continues ---------------------------
# Each guard was sought in the OrangeSum corpus outside the gold (monde_politique.jsonl.gz); the real sentences it
# changes are quoted with their article ids. Where the corpus holds none, the case is written by hand and says so.
def test_a_finite_verb_hung_on_the_name_before_it_has_that_name_for_subject():
    # hand-written: 181 corpus sentences "Name, <clause>, <trigger verb>" and 870 articles show no change by it
    doc, evs = events("La Grèce et Chypre, soutenues par la France, accusent la Turquie de violer le droit international.")
    assert find(doc, evs, "ACCUSE", "Grèce", "Turquie")
    assert not find(doc, evs, "ACCUSE", "Turquie")


def test_a_quote_whose_speaker_is_its_cue_s_object_gives_no_event():
    # OrangeSum 33897: Macron, the object of "reproche", is not the speaker of the quoted words
    doc, evs = events('Emmanuel Macron a "accentué la pente présidentielle de notre régime politique", regrette Lionel '
                      'Jospin. Le socialiste reproche également à Emmanuel Macron d\'affaiblir "les formations '
                      'républicaines" en instituant le Rassemblement national comme un "partenaire/adversaire".',
                      "2020-09-02")
    assert find(doc, evs, "ACCUSE", "Lionel Jospin", "Emmanuel Macron")
    assert not find(doc, evs, "ACCUSE", "Emmanuel Macron")


def test_a_threatened_deed_is_not_done():
    # hand-written: the 17 corpus sentences "menace(r) de <trigger>" name no two actors, so none tests it
    doc, evs = events("Donald Trump a menacé de frapper l'Iran.")
    assert not find(doc, evs, "ASSAULT")


@pytest.mark.parametrize("text, date, kind", [
    # OrangeSum 3261 (the only corpus sentence of 96 "vouloir/souhaiter/... <deed>" whose events it changes)
    ("Pourtant, LREM se défend de vouloir tirer un trait sur la candidature d'Agnès Buzyn à la mairie de Paris.",
     "2019-12-17", "ASSAULT"),
    # hand-written
    ("Le président Donald Trump veut sanctionner la Chine.", DATE, "SANCTION"),
])
def test_a_wished_deed_is_not_done(text, date, kind):
    doc, evs = events(text, date)
    assert not find(doc, evs, kind), evs


@pytest.mark.parametrize("text, date, kind", [
    # OrangeSum 34826, 34881 (the corpus sentences of 43 "refuser/renoncer/... <trigger>" whose events it changes;
    # renoncer, s'abstenir, éviter changed none, so they are not in the lexicon)
    ("Donald Trump a refusé de condamner les actes de Kyle Rittenhouse, inculpé de meurtre avec préméditation.",
     "2020-08-31", "ACCUSE"),
    ("Donald Trump a refusé de condamner les actes de ce jeune homme, Kyle Rittenhouse, inculpé pour meurtre avec "
     "préméditation.", "2020-09-01", "ACCUSE"),
])
def test_an_act_refrained_from_is_no_event(text, date, kind):
    doc, evs = events(text, date)
    assert not find(doc, evs, kind), evs


@pytest.mark.parametrize("text, date, source, wrong", [
    # OrangeSum 20542: Quatennens denounces Ian Brossat's words, not Pierre Laurent's target
    ("\"En 2017, Pierre Laurent a consacré son discours à attaquer Jean-Luc Mélenchon devant une délégation de "
     "dirigeants de LFI. Cette année, c'est avant même la Fête de l'Humanité que la tête de liste aux européennes du "
     "PCF, Ian Brossat, nous insulte\", ont déploré les députés LFI dans un communiqué diffusé jeudi 13 septembre. "
     "\"Personnellement (mis) en cause avec une référence insupportable au sort de sa famille face aux nazis\", le "
     "député du Nord Adrien Quatennens dénonce de son côté une \"ignominie\".",
     "2018-09-14", "Adrien Quatennens", "Jean-Luc Mélenchon"),
    # OrangeSum 10363: the League blames the authorities' denial, not the grenade the Acat deplored
    ("Dans un communiqué, l'association Action des chrétiens pour l'abolition de la torture (Acat) a déploré que la "
     "GLI F4 soit remplacée par une \"arme de même nature\" et \"présentant les mêmes dangers\". De son côté, La "
     "Ligue des droits de l'Homme a évoqué une décision \"salutaire\" tout en la qualifiant de \"bien tardive après "
     "des mois de déni\".", "2020-01-27", "Ligue des droits de l'Homme", "GLI F4"),
])
def test_criticism_without_a_target_does_not_continue_another_speaker_s(text, date, source, wrong):
    # in 870 corpus articles, 17 criticisms (14 articles) took another speaker's target this way: 2 right, 4 doubtful, 11 wrong
    doc, evs = events(text, date)
    assert not find(doc, evs, "ACCUSE", source, wrong)


@pytest.mark.parametrize("text, date, kind, source, target", [
    # OrangeSum 5175
    ("En juin 2019, la Maison Blanche avait demandé, à l'occasion d'une visite de Donald Trump au Japon, que le nom "
     "d'un destroyer lance-missiles baptisé en l'honneur du sénateur défunt John McCain, qu'il détestait, soit tenu "
     "hors de sa vue.", DATE, "CONSULT", "Donald Trump", "Japon"),
    # OrangeSum 12579
    ("Pierre Laval est le principal maître d'oeuvre de la collaboration de la France avec l'Allemagne nazie.",
     "2019-11-12", "COOPERATE", "France", "Allemagne nazie"),
])
def test_a_noun_trigger_s_de_complement_is_its_doer_when_another_slot_names_the_target(text, date, kind, source, target):
    doc, evs = events(text, date)
    assert find(doc, evs, kind, source, target), evs


def test_a_critical_quote_with_no_target_and_no_criticism_before_accuses_nobody():
    _, evs = events('"C\'est un scandale", a affirmé sur RTL la députée LR Valérie Pécresse.')
    assert not [e for e in evs if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, date, kind, source, target", [
    # OrangeSum 6568: "la démission du président IBK": a title after "du" is the person the article gives it
    ("\"Nous sommes ici pour demander la démission du président IBK\", a lancé Issa Kaou N'Djim, un responsable du "
     "Rassemblement des forces patriotiques du Mali, à l'initiative de la manifestation sur la Place de "
     "l'Indépendance, à Bamako.Le Rassemblement \"lance un ultimatum pour constater (la) démission au plus tard à "
     "18H00 (locales et GMT) ce vendredi 5 juin\" du président Keita, élu en 2013 et réélu en 2018 pour cinq ans, "
     "dans une déclaration.", "2020-06-05", "REQUEST", "Issa Kaou N'Djim", "Keita"),
    # OrangeSum 11231: "au candidat officiel de La République en marche [...], Benjamin Griveaux": not his party
    ("Lors d'une université de LREM en septembre, le Premier ministre Édouard Philippe avait apporté son soutien au "
     "candidat officiel de La République en marche pour les municipales 2020 à Paris, Benjamin Griveaux, mais pour la "
     "première fois ce lundi 23 décembre, le chef du gouvernement a participé directement à la campagne de l'ancien "
     "porte-parole du gouvernement.", "2019-12-23", "SUPPORT", "Édouard Philippe", "Benjamin Griveaux"),
    # OrangeSum 13656: a periphrasis of an office no title heads ("le locataire de Matignon") is its holder
    ("Edouard Philippe a prononcé un discours. Le locataire de Matignon a rendu hommage à Jacques Chirac, le "
     "\"Samourai de Corrèze\".", "2019-10-01", "SUPPORT", "Edouard Philippe", "Jacques Chirac"),
])
def test_a_definite_description_in_a_slot_is_whom_the_shared_resolution_gives(text, date, kind, source, target):
    doc, evs = events(text, date)
    assert find(doc, evs, kind, source, target), [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron est arrivé à Marseille. Marine Le Pen a rendu hommage au cinéaste lundi.",
    "Emmanuel Macron est arrivé à Marseille. Marine Le Pen a reçu le cinéaste lundi.",
])
def test_a_description_that_matches_nobody_is_nobody(text):
    _, evs = events(text, "2020-09-02")
    assert not evs


@pytest.mark.parametrize("text, date, kind, source, target", [
    # OrangeSum 5486
    ("Après Jérusalem, M. Maas s'est rendu à Amman où il s'est entretenu par visioconférence avec le Premier "
     "ministre palestinien, Mohammed Shtayyeh, et a rencontré son homologue jordanien Ayman Safadi.", "2020-06-10",
     "CONSULT", "Maas", "Ayman Safadi"),
    # OrangeSum 8530
    ("Se présentant comme un \"technocrate\", M. Ghalibaf avait perdu face à Hassan Rohani lors de sa première "
     "élection à la présidence et s'était retiré de la course au dernier scrutin en 2017 pour soutenir Ebrahim Raïssi, "
     "aujourd'hui chef du pouvoir judiciaire.", "2020-05-28", "SUPPORT", "Ghalibaf", "Ebrahim Raïssi"),
])
def test_a_conjoined_verb_without_a_subject_shares_the_subject_of_the_first(text, date, kind, source, target):
    doc, evs = events(text, date)
    assert find(doc, evs, kind, source, target), [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


def test_an_attack_that_kills_stands_for_its_doer():
    """"tué dans un raid américain", "tué par une frappe aérienne américaine": the state whose demonym qualifies the
    attack did the deed (OrangeSum 962, 13616, 36315)."""
    for text in (
            "Les tensions entre les Etats-Unis et la République islamique se sont nettement accrues. Qassem "
            "Soleimani, chef de la Force Qods, a été tué le 3 janvier dans un raid américain près de l'aéroport de "
            "Bagdad.",
            "Deux mois après la mort d'Abou Bakr al-Baghdadi à la suite d'une opération militaire américaine menée en "
            "Syrie, les Etats-Unis et leur président Donald Trump sont encore passés à l'action dans cette région du "
            "monde très sensible. Cette fois, c'est l'Iran qui a été pris pour cible. Le puissant général iranien "
            "Qassem Soleimani, émissaire de la République islamique en Irak, ainsi qu'un dirigeant pro-iranien ont en "
            "effet été tués vendredi dans un raid américain à Bagdad.",
            "Moussavi Majd a été accusé d'avoir fourni des informations aux Etats-Unis et à Israël. Architecte de la "
            "stratégie iranienne au Moyen-Orient, le puissant général Soleimani, commandant de la branche des Gardiens "
            "de la Révolution iraniens chargée des opérations extérieures de la République islamique, a été tué le 3 "
            "janvier par une frappe aérienne américaine devant l'aéroport international de Bagdad."):
        found(text, "ASSAULT", "Etats-Unis", "Qassem Soleimani" if "Qassem" in text else "Soleimani")
