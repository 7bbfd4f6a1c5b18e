"""veille.syntax on sentences of OrangeSum articles outside the gold (monde_politique.jsonl.gz, article ids quoted)."""
from __future__ import annotations

import pytest

from veille import syntax
from veille.pipeline import parse

DATE = "2020-07-02"


def token(text: str, word: str, nth: int = 0):
    """The ``nth`` token of the parsed text whose form is ``word``."""
    return [t for t in parse(text, DATE) if t.text == word][nth]


# --- definiteness -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, noun, plain, no_demonstrative, events", [
    # 2057: a definite article
    ("Cela veut dire que je crois profondément dans l'avenir de notre compagnie aérienne\", a affirmé le ministre.",
     "ministre", True, True, True),
    # 15507: a demonstrative counts only with ``demonstrative``
    ("\"C'est un crime extrêmement complexe\", selon ce responsable.", "responsable", True, False, False),
    # 1038: a possessive is no definite article
    ("Ces critiques pointent des faiblesses de son parti et dénoncent un bilan mitigé.", "parti", False, False, False),
    # 15805: a contracted article counts only with ``contracted``
    ("Je pense aussi au parti animaliste.", "parti", False, False, True),
    # 5699: an indefinite article
    ("Selon une source proche du dossier, c'est la première fois.", "source", False, False, False),
])
def test_is_definite(nlp, text, noun, plain, no_demonstrative, events):
    tok = token(text, noun)
    assert syntax.is_definite(tok) is plain
    assert syntax.is_definite(tok, demonstrative=False) is no_demonstrative
    assert syntax.is_definite(tok, demonstrative=False, contracted=True) is events


def test_article_before(nlp):
    # 14849, 532: "a affirmé le ministre de l'Intérieur", "redonne au parti de Marine Le Pen"
    doc = parse("\"Ce sont des brutes\", a affirmé le ministre de l'Intérieur, mercredi 31 juillet.", DATE)
    minister = next(t.i for t in doc if t.text == "ministre")
    assert syntax.article_before(doc, minister) and not syntax.article_before(doc, minister + 1)
    doc = parse("Avec ce succès, Louis Aliot redonne au parti de Marine Le Pen le contrôle de sa première ville.", DATE)
    party = next(t.i for t in doc if t.text == "parti")
    assert not syntax.article_before(doc, party) and syntax.article_before(doc, party, contracted=True)
    assert not syntax.article_before(doc, 0, contracted=True)


def test_determiner_and_is_indefinite(nlp):
    # 13275, 16599: "une source proche du dossier", an unnamed source
    tok = token("Selon une source proche du dossier, cet individu a été interpellé et écroué courant septembre.", "source")
    assert syntax.determiner(tok).text == "une"
    assert syntax.is_indefinite(tok)
    assert not syntax.is_indefinite(token("\"Elle a bien été flashée\" le 12 août, a affirmé le ministre.", "ministre"))



def test_possessive(nlp):
    # 1086, 13688: "son homologue russe", "son homologue français"; 13275: "une source" has none
    assert syntax.possessive(token("Il a accepté une invitation de son homologue russe.", "homologue")).text == "son"
    assert syntax.possessive(token("Le président américain a attaqué de front son homologue français.",
                                   "homologue")).text == "son"
    assert syntax.possessive(token("Selon une source proche du dossier, cet individu a été interpellé.", "source")) is None

# --- negation ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("Schenker n'a pas rencontré de responsables politiques, s'entretenant avec le chef de l'armée.", "rencontré"),  # 34498
    ("Mais il n'a pas rencontré les proches de Jacob Blake, et n'a pas prononcé son nom.", "rencontré"),            # 34881
])
def test_is_negated(nlp, text, verb):
    assert syntax.is_negated(token(text, verb))


@pytest.mark.parametrize("text, verb", [
    # 31, 14593, 10298
    ("\"Je ne peux pas soutenir la candidature de Guy Teissier parce qu'il n'a pas été candidat\", a-t-il dit.", "soutenir"),
    ("Les présidents des groupes socialiste et RE (Renew Europe) ont dit qu'ils ne pouvaient pas soutenir Manfred "
     "Weber.", "soutenir"),
    ("Les propos qu'elle a tenus, les insultes qu'elle a tenues, je ne peux pas les accepter", "accepter"),
])
def test_an_infinitive_under_a_negated_verb_is_denied(nlp, text, verb):
    """ "ne peux pas soutenir", "ne peux pas les accepter": the infinitive is denied with the verb it depends on."""
    assert syntax.is_negated(token(text, verb))


@pytest.mark.parametrize("text", [
    # 7349, 8942
    "Depuis quelques mois, il ne manque pas de saluer l'action du gouvernement et d'Emmanuel Macron, auquel il "
    "s'était rallié.",
    "Depuis quelques mois, il ne manque pas de saluer l'action du gouvernement.",
])
def test_an_infinitive_that_a_negated_verb_asserts_is_not_denied(nlp, text):
    """ "il ne manque pas de saluer": not failing to salute is saluting."""
    assert not syntax.is_negated(token(text, "saluer"))


def test_is_negated_not_on_an_affirmative_clause(nlp):
    # 1038: "s'est dit ouvert", nothing negated
    text = "Trzaskowski, lui, défend les droits des homosexuels et s'est dit ouvert à l'idée de partenariats civils."
    assert not syntax.is_negated(token(text, "défend"))


@pytest.mark.parametrize("text, word, negated", [
    ("\"En 2017, j'ai quitté le Parti socialiste parce qu'il n'était pas capable de dépasser ses frontières.", "capable",
     True),                                                                                                   # 5731
    ("Hamon ?) n'est pas capable d'unifier un parti déchiré entre ses ailes gauche et droite.", "capable", True),  # 26362
    ("Hamon ?) n'est pas capable d'unifier un parti déchiré entre ses ailes gauche et droite.", "déchiré", False),
])
def test_negation_before(nlp, text, word, negated):
    assert syntax.negation_before(token(text, word)) is negated


def test_is_negation_marks_the_attribute_clause(nlp):
    # 26003, 26739: "n'est pas candidat"
    for text in ("Dans l'hypothèse où François Bayrou n'est pas candidat, Marine Le Pen serait à 26%.",
                 "Il n'est pas candidat à la présidence de la République, a-t-il déclaré ce jeudi soir."):
        marks = [c for c in token(text, "candidat").children if syntax.is_negation(c)]
        assert {c.lower_ for c in marks} == {"n'", "pas"}


def test_negation_word(nlp):
    # 10906, 12740: "dit ne rien attendre", "assure ne rien lâcher"
    doc = parse("Jean-Luc Mélenchon avait quant à lui dit ne rien attendre des annonces d'Edouard Philippe.", DATE)
    assert [t.text for t in doc if syntax.negation_word(t)] == ["ne", "rien"]
    doc = parse("Marine Le Pen assure ne rien lâcher.", DATE)
    assert [t.text for t in doc if syntax.negation_word(t)] == ["ne", "rien"]


# --- reflexive clitics ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("La majorité et Les Républicains s'accusent désormais mutuellement d'organiser \"l'impunité\".", "accusent"),  # 6297
    ("L'ancien Premier ministre s'est dit \"surpris\" par ces déclarations.", "dit"),                           # 1566
    ("Mais il s'est dit \"heureux\" que les plages puissent rouvrir au cas par cas.", "dit"),                   # 6459
])
def test_is_reflexive(nlp, text, verb):
    assert syntax.is_reflexive(token(text, verb))


def test_is_reflexive_person_forms(nlp):
    # 7811, 7855: "nous nous battons", "nous nous sommes mobilisés": a reflexive of the first person
    for text, verb in (("\"Depuis dix ans, nous nous battons pour survivre.", "battons"),
                       ("Mais nous nous sommes mobilisés.", "mobilisés")):
        tok = token(text, verb)
        assert not syntax.is_reflexive(tok)
        assert syntax.is_reflexive(tok, syntax.REFLEXIVES, adjacent=True)


def test_is_reflexive_not_on_a_plain_verb(nlp):
    # 34881: "n'a pas prononcé son nom"
    tok = token("Mais il n'a pas rencontré les proches de Jacob Blake, et n'a pas prononcé son nom.", "prononcé")
    assert not syntax.is_reflexive(tok, syntax.REFLEXIVES, adjacent=True)


# --- subjects ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb, subject", [
    ("Le pilote incriminé avait accumulé 17.000 heures de vol en 24 ans de carrière, a-t-il déclaré à l'AFP.",
     "déclaré", "-il"),                                                                 # 1971: hyphen inversion
    ("Cela veut dire que je crois profondément dans l'avenir de notre compagnie aérienne\", a affirmé le ministre.",
     "affirmé", "ministre"),                                                            # 2057: inverted subject
    ("Mais c'est bien parti\", s'est félicitée la ministre.", "félicitée", "ministre"),  # 9723
    ("Enfin accusée, la maire sortante s'est félicitée de son bilan et de la baisse de la pollution dans la capitale.",
     "félicitée", "maire"),                                                             # 2119: subject before the verb
    ("\"La première vague pourrait ne pas être la plus haute\", a prévenu ce ministère, ajoutant que d'autres "
     "pouvaient continuer à arriver.", "ajoutant", "ministère"),                        # 18691: detached participle
    ("Elle évoque un tract, intitulé \"Pour que la France reste la France\".Mardi, une franche explication de texte "
     "avait opposé, sur la question, la plupart des dirigeants de LR.", "opposé", "explication"),
                                                                # 21449: the parser made the date a subject too
    ("Le président bélarusse insinue qu'il est financé par Moscou.Vendredi, une quinzaine de personnes avaient été "
     "arrêtées par les forces de l'ordre bélarusses.", "arrêtées", "quinzaine"),        # 3367: likewise
    ("C'est une des tristes rengaines de la vie politique française : des rangs quasi-déserts dans l'enceinte du "
     "Palais Bourbon. Cette année, l'absentéisme des députés semble bien battre des records.", "semble",
     "absentéisme"),                                                                    # 27104: likewise
    ("Et cette année encore, dans une vidéo mise à disposition sur son blog, il martelait que l'exaltation de "
     "l'homosexualité avait pour conséquence de mener à la pédophilie.", "martelait", "il"),     # 26534: likewise
])
def test_subject_of(nlp, text, verb, subject):
    found = syntax.subject_of(token(text, verb))
    assert found is not None and found.text == subject


def test_subject_of_skips_quoted_words(nlp):
    # 2057: a candidate inside the ``outside`` character spans is no subject
    text = "Cela veut dire que je crois profondément dans l'avenir de notre compagnie aérienne\", a affirmé le ministre."
    verb = token(text, "affirmé")
    minister = token(text, "ministre")
    found = syntax.subject_of(verb, [(minister.idx, minister.idx + len(minister.text))])
    assert found is None or found.i != minister.i


@pytest.mark.parametrize("text", [
    "Toujours est-il que la fusion est désormais enterrée, tout comme la carrière de Carlos Ghosn.",     # 14840
    "Toujours est-il que la fonction d'assistant local doit être avérée.",                               # 24540
])
def test_impersonal(nlp, text):
    assert syntax.impersonal(token(text, "-il"))


def test_impersonal_not_on_a_speaker(nlp):
    # 1955: "a-t-il déclaré" names a speaker
    text = "\"Je la soutiens à 200%, avec toute la famille socialiste derrière\", a-t-il déclaré à l'AFP."
    assert not syntax.impersonal(token(text, "-il"))


# --- clitic pronouns --------------------------------------------------------------------------------

def test_clitic_sets_are_built_from_one_another():
    assert syntax.THIRD_PERSON_OBJECTS | syntax.NON_SUBJECT_CLITICS | syntax.REFLEXIVES <= syntax.OBJECT_CLITICS
    assert not {"lui", "nous", "vous"} & syntax.NON_SUBJECT_CLITICS     # "», lui a lancé X": may be a subject
    assert "leur" in syntax.NON_SUBJECT_CLITICS and "lui" in syntax.THIRD_PERSON_OBJECTS
    assert not (syntax.SE | syntax.ME_TE) & syntax.THIRD_PERSON_OBJECTS     # "se", "me" stand for no one named


@pytest.mark.parametrize("text, start, verb", [
    ("Il ne s'y est pas rendu.", 1, "est"),     # 16040
    ("Mais un grand critique de Donald Trump, Mitt Romney, a annoncé mardi qu'il ne s'y opposerait pas.", -6,
     "opposerait"),     # 32152
])
def test_verb_after_clitics(nlp, text, start, verb):
    doc = parse(text, DATE)
    assert syntax.verb_after_clitics(doc, start % len(doc)).text == verb
    assert syntax.verb_after_clitics(doc, 0) is None     # "Il", "Mais": no clitic, no finite verb


# --- slots and governing subjects (moved from events) -----------------------------------------------

LARCHER = ("\"Une telle manifestation, en plein état d'urgence, c'est bafouer la loi\", a dénoncé le président LR du "
           "Sénat Gérard Larcher sur RTL.")     # 3787
VEIL = ("Lors d'un déplacement à Belfort vendredi 14 juin, Nicolas Sarkozy a fait l'éloge de Simone Veil, rendant "
        "hommage à l'ancienne ministre dont le \"combat\" contre l'antisémitisme et le racisme est toujours "
        "d'\"actualité\".")     # 15714
VARADKAR = ("Mardi 27 juin, Donald Trump s'entretenait au téléphone avec Leo Varadkar, le nouveau Taoiseach, "
            "c'est-à-dire le récemment élu Premier ministre irlandais.")     # 17498
MARECHAL = "\"Alliance pour la France\" : c'est le nom de l'association lancée par Samuel Maréchal."     # 15914
MOUNT_VERNON = "En 2007, Nicolas Sarkozy avait rejoint Mount Vernon pour un entretien avec George W."     # 22172
EMOTION = ("\"Je suis consterné de voir que le ministre de l'Intérieur, il y a quelques jours, a déclaré que, "
           "parfois, l'émotion devait dépasser la loi\", a dénoncé le député RN européen.")     # 2936


def anyone(tok) -> bool:
    """Every nominal names someone (events pass their own test: an actor)."""
    return True


def texts(tokens) -> list[str]:
    """The forms of some tokens."""
    return [t.text for t in tokens]


def test_governing_subject_after_a_quote_and_from_a_participle(nlp):
    verb = token(LARCHER, "dénoncé")
    assert syntax.marked_inverted_subject(verb).text == "président"
    subject, climbed = syntax.governing_subject(verb, verb, anyone)
    assert (subject.text, climbed) == ("président", False)
    participle = token(VEIL, "rendant")     # ", rendant hommage à": the subject of the clause it depends on
    subject, climbed = syntax.governing_subject(participle, participle, anyone)
    assert (subject.text, climbed) == ("Nicolas", True)


def test_marked_inverted_subject_needs_its_mark_before_the_verb(nlp):
    assert syntax.marked_inverted_subject(token(VEIL, "fait")) is None     # "Nicolas Sarkozy a fait": no inversion
    assert syntax.marked_inverted_subject(token(EMOTION, "dénoncé")).text == "député"


def test_first_named_subject_prefers_a_subject_before_the_verb_that_names(nlp):
    verb = token(VEIL, "fait")
    place, person = (t for t in verb.doc if t.text in ("Belfort", "Nicolas"))
    assert syntax.first_named_subject(verb, [place, person], lambda t: t.text == "Nicolas") == person
    assert syntax.first_named_subject(verb, [place, person], lambda t: False) == place


def test_case_of_and_mark_of(nlp):
    assert syntax.case_of(token(VEIL, "Belfort")) == "à"
    assert syntax.case_of(token(LARCHER, "Sénat")) == "de"     # "du" is "de"
    assert syntax.case_of(token(VARADKAR, "téléphone")) == "à"     # "au" is "à"
    assert syntax.case_of(token(VEIL, "Nicolas")) is None
    assert syntax.mark_of(token(EMOTION, "devait")) == "que"
    assert syntax.mark_of(token(EMOTION, "déclaré")) is None


def test_slot_fillers_by_slot(nlp):
    assert texts(syntax.slot_fillers(token(VEIL, "fait"), ("obj",))) == ["éloge"]
    assert texts(syntax.slot_fillers(token(VARADKAR, "entretenait"), ("avec",))) == ["Leo"]
    assert texts(syntax.slot_fillers(token(EMOTION, "déclaré"), ("que",))) == ["émotion"]
    assert syntax.slot_fillers(token(VARADKAR, "entretenait"), ("contre",)) == []


def test_slots_hung_on_a_participle_or_after_the_word(nlp):
    association = token(MARECHAL, "association")     # "l'association lancée par X": the participle's agent
    assert texts(syntax.qualifying_participles(association)) == ["lancée"]
    assert texts(syntax.hung_elsewhere(association, "par")) == ["Samuel"]
    assert texts(syntax.slot_fillers(association, ("par",))) == ["Samuel"]
    assert texts(syntax.next_phrase(token(MOUNT_VERNON, "entretien"), "avec")) == ["George"]
    assert texts(syntax.hung_elsewhere(token(MOUNT_VERNON, "rejoint"), "avec")) == ["George"]
    assert syntax.qualifying_participles(token(VEIL, "Nicolas")) == []     # a name has none


def test_subtree_without_clauses(nlp):
    minister = token(VEIL, "ministre")     # "l'ancienne ministre dont le combat [...] est toujours d'actualité"
    assert texts(syntax.subtree_without_clauses(minister)) == ["à", "l'", "ancienne", "ministre"]
    assert "combat" in texts(syntax.subtree_without_clauses(minister, keep="acl:relcl"))


# 219 and 438: the object "Avi Berkowitz" parsed as the apposition of the place "Jérusalem"
JERUSALEM = ("Netanyahu a rencontré cette semaine à Jérusalem Avi Berkowitz, conseiller spécial de Donald Trump, et "
             "David Friedman, ambassadeur américain en Israël.")
JERUSALEM_RELATIVE = ("Netanyahu, qui a rencontré mardi à Jérusalem Avi Berkowitz, conseiller spécial de Donald Trump, et "
                      "David Friedman, ambassadeur américain en Israël, \"poursuit ses discussions avec les Américains\", "
                      "ont indiqué mercredi ses services.")
# 2914: the parser gave the object to the verb; 18454: "(Rhône)" in brackets is the place's own apposition
ALGER = ("Sur un autre front diplomatique, le chef du GNA, Fayez al-Sarraj a rencontré samedi à Alger le président "
         "Abdelmadjid Tebboune, qui cherche à jouer un rôle de médiateur dans le dossier libyen.")
VILLEURBANNE = "Un Conseil national, sorte de parlement du parti, se réunira le 16 mars à Villeurbanne (Rhône)."


@pytest.mark.parametrize("text, verb, expected", [
    (JERUSALEM, "rencontré", "Avi"),
    (JERUSALEM_RELATIVE, "rencontré", "Avi"),
    (ALGER, "rencontré", "président"),
    (VILLEURBANNE, "réunira", None),
])
def test_object_of_finds_an_object_hung_on_a_place(nlp, text, verb, expected):
    found = syntax.object_of(token(text, verb))
    assert (found.text if found is not None else None) == expected


def test_slot_fillers_give_the_object_hung_on_a_place(nlp):
    assert "Avi" in texts(syntax.slot_fillers(token(JERUSALEM, "rencontré"), ("obj",)))
    assert syntax.slot_fillers(token(VILLEURBANNE, "réunira"), ("obj",)) == []


# 35758, 31709: the second name of "les Emirats arabes unis et X" hangs on the adjective "unis"
EMIRATES = ("Les Emirats arabes unis et Israël ont convenu jeudi de normaliser leurs relations, dans le cadre d'un "
            "accord historique négocié par les Etats-Unis et qui, une fois signé, ferait d'Abou Dhabi le troisième "
            "pays arabe.")
BAHRAIN = ("Il a aussi vivement critiqué les accords historiques conclus ces dernières semaines par Israël avec les "
           "Emirats arabes unis et Bahreïn, sous l'égide du président des Etats-Unis.")


# 6656, 7652: the middle member of a list parsed as the first's apposition, the last hung on it
HAFTAR = "Le maréchal Haftar, homme fort de l'est libyen, est lui appuyé par l'Egypte, les Emirats arabes unis et la Russie."
GULF = ("En juin 2017, trois voisins du Golfe, l'Arabie saoudite, les Emirats arabes unis et Bahreïn, ainsi que leur "
        "allié égyptien, ont brutalement rompu leurs relations diplomatiques et économiques avec Doha.")


@pytest.mark.parametrize("text, name, expected", [
    (EMIRATES, "Emirats", ["Israël"]),
    (BAHRAIN, "Emirats", ["Bahreïn"]),
    (ALGER, "GNA", []),     # "du GNA, Fayez al-Sarraj": no conjunct
    (HAFTAR, "Egypte", ["Emirats"]),
    (GULF, "Arabie", ["allié", "Emirats"]),
    (GULF, "Emirats", ["Bahreïn"]),
    (ALGER, "chef", []),     # "le chef du GNA, Fayez al-Sarraj": an apposition without conjunct is the same one
])
def test_conjuncts_hung_on_a_qualifying_word_or_apposed(nlp, text, name, expected):
    assert texts(syntax.conjuncts(token(text, name))) == expected


# 6656 (HAFTAR) and 2914: "Haftar" parsed as the modifier of the title before it
HAFTAR_TIME = ("Le GNA et la Turquie ont fait part de leur scepticisme, considérant l'initiative égyptienne comme une "
               "manière de faire gagner du temps au maréchal Haftar, qui est aussi soutenu par les Emirats arabes unis "
               "et la Russie.")


@pytest.mark.parametrize("text, noun, nth, expected", [
    (HAFTAR, "maréchal", 0, ["Haftar", "homme"]),     # and its apposition "homme fort de ..."
    (HAFTAR_TIME, "maréchal", 0, ["Haftar"]),
    (JERUSALEM, "Avi", 0, ["Berkowitz"]),       # a flat name
    (HAFTAR, "homme", 0, []),                   # "homme fort de l'est libyen": a complement with a preposition
])
def test_apposed_names(nlp, text, noun, nth, expected):
    assert texts(syntax.apposed_names(token(text, noun, nth))) == expected


# --- a coordinated subject the parser split ------------------------------------------------------------

@pytest.mark.parametrize("text, verb, first, second", [
    # 9374
    ("Depuis 2006, Israël et le Hezbollah ont évité une nouvelle guerre généralisée, en dépit d'échanges de tirs à "
     "la frontière.", "évité", "Israël", "Hezbollah"),
    # 36064
    ("L'Angleterre et l'Ecosse vont réimposer une quarantaine aux voyageurs venant de Belgique, Andorre ou des "
     "Bahamas.", "vont", "Angleterre", "Ecosse"),
    # 35204
    ("L'AIEA et l'OIEA ont évoqué dans leur communiqué commun des \"consultations bilatérales intenses\".",
     "évoqué", "AIEA", "OIEA"),
])
def test_a_split_coordinated_subject_is_read_whole(nlp, text, verb, first, second):
    """ "X et Y ont V": the parser made X the root and V its conjunct with Y for subject; X is the subject, Y its
    conjunct, for the quotes' cues and for the events' triggers alike."""
    v = token(text, verb)
    assert syntax.split_subject(v).text == second
    assert syntax.subject_of(v).text == first
    assert syntax.governing_subject(v, v, lambda s: True)[0].text == first
    assert second in texts(syntax.conjuncts(token(text, first)))


def test_a_verb_after_a_coordination_under_a_preposition_keeps_its_parse(nlp):
    """10459: "Les relations entre Washington et Ryad avaient connu": the "et" joins the names under "entre"."""
    v = token("Les relations entre Washington et Ryad avaient déjà connu un sérieux revers après les attentats du 11 "
              "septembre 2001.", "connu")
    assert syntax.split_subject(v) is None


@pytest.mark.parametrize("text, verb, subject", [
    # 12096: the parser cut the sentence at the comma
    ("A Amsterdam, un groupe de soutien, Prostitution Information Centre (PIC), a jugé \"choquant\" que les "
     "travailleurs sexuels, qui paient les impôts, soient exclus de tout programme d'assistance.", "jugé", "Centre"),
    # 31646, 4923, 2687, 3579: it hung the name on the verb as a bare oblique
    ("Breonna Taylor, 26 ans, est décédée le 13 mars, quand trois agents ont fait irruption chez elle en enfonçant "
     "sa porte en pleine nuit.", "décédée", "Breonna"),
    ("Twitter, comme YouTube, Google et Facebook, est interdit en Chine, dotée d'une \"Grande muraille "
     "informatique\" pour bloquer les contenus indésirables.", "interdit", "Twitter"),
    ("Binta Kamara, 18 ans, est venue \"pour soutenir les noirs, les minorités, pour qu'on soit solidaires.\"",
     "venue", "Binta"),
    ("Paiakan, cacique du peuple Kayapo âgé d'environ 65 ans, était devenu célèbre en s'élevant contre la "
     "construction du projet hydro-électrique de Belo Monte dans les années 1980.", "devenu", "Paiakan"),
])
def test_a_subject_the_parser_cut_off_before_a_comma_is_the_verbs(nlp, text, verb, subject):
    """ "X, apposition | , a jugé": no sentence opens with a comma; the verbless phrase cut off before it, or kept
    but hung on the verb as an oblique without a preposition ("Breonna Taylor, 26 ans, est décédée"), is the
    subjectless root verb's subject, for the quotes' cues and the events' triggers alike."""
    v = token(text, verb)
    assert syntax.fragment_subject(v).text == subject
    assert syntax.subject_of(v).text == subject
    assert syntax.governing_subject(v, v, lambda s: True)[0].text == subject


@pytest.mark.parametrize("text, verb, subject", [
    # 23977
    ("Interrogé sur les excuses publiques de M'jid El Guerrab, Boris Faure a déclaré : \"Je ne crois pas au pardon, "
     "je crois à la justice.\"", "déclaré", "Faure"),
    # 1642
    ("Concernant les municipales, M. Cohn-Bendit considère que \"c'est vraiment idiot\" de la part de LREM.",
     "considère", "Bendit"),
    # 9729
    ("Concernant les enfants, Benjamin Griveaux souhaite \"revenir à la semaine de quatre jours\" et instaurer un "
     "\"mercredi au vert\".", "souhaite", "Griveaux"),
])
def test_the_name_before_a_subjectless_verb_after_a_fronted_phrase_is_its_subject(nlp, text, verb, subject):
    """ "Interrogé sur X, Boris Faure a déclaré": the parser hung the name on the fronted phrase; the name right
    before the verb is its subject, for the quotes' cues and the events' triggers alike."""
    v = token(text, verb)
    assert syntax.preverbal_name(v).text == subject
    assert syntax.subject_of(v).text == subject


def test_a_name_glued_to_an_aside_hyphen_is_no_subject(nlp):
    """22772: "-l'un des trois porte-paroles ... nommé par le président d'En Marche, Christophe Castaner- est
    fleuri": the name closes an aside; the subject is before it."""
    v = token("Le langage utilisé par Rayan Nezzar -l'un des trois porte-paroles fraîchement nommé par le président "
              "d'En Marche, Christophe Castaner- est fleuri.", "est")
    assert syntax.preverbal_name(v) is None


def test_an_incise_after_a_quotation_has_no_cut_off_subject(nlp):
    """ "« ... », explique un participant": the quotation before the comma is no subject (18586)."""
    v = token("\"Tout passe par la plate-forme Internet\", explique un participant au Parisien.", "explique")
    assert syntax.fragment_subject(v) is None


@pytest.mark.parametrize("text, verb, obj", [
    # 32391
    ("\"J'ai toujours dit que je soutiendrais Agnès (Canayer) aux élections sénatoriales\", a-t-il taclé.",
     "soutiendrais", "Agnès"),
    # 26348
    ("La ministre s'est dite \"viscéralement de gauche\", \"raison pour laquelle\" elle soutient \"totalement\" "
     "Manuel Valls.", "soutient", "Manuel"),
])
def test_a_second_subject_after_a_clitic_subject_is_the_object(nlp, text, verb, obj):
    """ "je soutiendrais Agnès": a finite verb has one subject; with a clitic pronoun for it, the nominal after the
    verb that the parser also made a subject is the object, for the events' target slots."""
    v = token(text, verb)
    assert any(c.dep_ == "nsubj" and c.i > v.i for c in v.children)
    assert syntax.object_of(v).text == obj
    assert syntax.slot_fillers(v, ("obj",))[0].text == obj


@pytest.mark.parametrize("text, verb, pronominal", [
    # 18335: "je m'appelle Brigitte" names the speaker
    ("\"Je suis sûre que vous allez m'écouter, parce que je m'appelle Brigitte !\", a-t-elle commencé.", "appelle",
     True),
    # 10793, 14338: "le président de la République m'appelle" phones the speaker
    ("\"Quand le président de la République m'appelle, me demande mon avis, il sait que je n'en parlerai à "
     "personne\", avait déclaré Nicolas Sarkozy.", "appelle", False),
    ("\"Ce qui arrive au pays ça ne peut pas ne pas me concerner et quand le président de le République m'appelle "
     "pour me demander mon avis il sait très bien que je n'en parlerai pas à la presse\", a-t-il estimé.", "appelle",
     False),
])
def test_a_reflexive_clitic_of_the_subjects_person_makes_a_pronominal_verb(nlp, text, verb, pronominal):
    """ "je m'appelle", like "il s'appelle", is pronominal; "il m'appelle" is not (the clitic is its object)."""
    assert syntax.is_pronominal(token(text, verb)) is pronominal


@pytest.mark.parametrize("text, verb, subject", [
    # 3780
    ("\"Ces faits-là sont inadmissibles et sont sanctionnés\", a ajouté Christophe Castaner. Soulignant que \"la "
     "réalité ne se fait pas sur les réseaux sociaux\", le ministre de l'Intérieur a mentionné une étude récente de "
     "l'Université du Mont-Blanc.", "Soulignant", "ministre"),
    # 16589
    ("Déplorant qu'il n'y ait \"plus assez de monde sur le terrain\" pour \"apporter des solutions\", il a notamment "
     "annoncé la création dans \"chaque canton\" d'un \"endroit où on puisse trouver réponse aux difficultés\".",
     "Déplorant", "il"),
])
def test_a_participle_the_parser_made_a_marker_has_the_main_subject(nlp, text, verb, subject):
    """ "Soulignant que ..., le ministre a mentionné": the parser hung the fronted participle on the main verb as
    its marker; the participle's subject is the main verb's."""
    v = token(text, verb)
    assert syntax.misattached_participle(v)
    assert syntax.subject_of(v).text == subject


@pytest.mark.parametrize("text, verb, subject", [
    # 11653
    ("\"Au bout de deux mois, sortir aujourd'hui c'est fantastique\", raconte à l'AFPTV Cristian Somma, cofondateur "
     "de l'Ecole de kitesurf Tsunami à Ladispoli.", "raconte", "Cristian"),
    # 4593
    ("Derek Chauvin a commis \"un acte criminel\" qui \"nous fait honte\", déclare à l'AFP Shaun Willoughby, 41 ans, "
     "responsable du syndicat des policiers d'Albuquerque.", "déclare", "Shaun"),
    # 1516
    ("\"Le Congrès fait face à deux options\", avait lancé dans l'hémicycle Eleanor Holmes Norton, seule "
     "représentante de la capitale fédérale.", "lancé", "Eleanor"),
])
def test_the_name_before_an_apposed_title_after_an_incise_is_its_subject(nlp, text, verb, subject):
    """ ", raconte à l'AFPTV X, cofondateur de ...": the parser hung the name on the oblique and made the apposed
    title the verb's object; the name is the inverted subject."""
    assert syntax.subject_of(token(text, verb)).text == subject


@pytest.mark.parametrize("text, infinitive, subject", [
    # 11341
    ("Parmi les mesures à prendre, il encourage la France à prendre ses distances avec la Turquie.", "prendre",
     "France"),
    # 12840
    ("De son côté, le vice-président du RN Jordan Bardella a accusé Jean-Luc Mélenchon de se rallier au Collectif "
     "contre l'islamophobie en France (CCIF).", "rallier", "Jean-Luc"),
])
def test_the_object_of_a_verb_of_object_control_does_its_infinitive(nlp, text, infinitive, subject):
    """ "il encourage la France à prendre ses distances", "a accusé X de se rallier": the object of a verb of object
    control (lexicons/object_control.txt) is its infinitive's subject, for the events' sources."""
    v = token(text, infinitive, -1)
    assert syntax.object_controller(v).text == subject
    assert syntax.governing_subject(v, v, lambda s: True)[0].text == subject


@pytest.mark.parametrize("sentence, name", [
    ("Le secrétaire national d'EELV David Cormand juge quant à lui que cet enthousiasme est justifié.", "David Cormand"),  # 15548
    ("Dans une courte allocution, Jean-Luc Mélenchon juge qu'\"il ne reste qu'une force cohérente, unie autour d'un "  # 25120
     "programme, c'est la France insoumise\".", "Jean-Luc Mélenchon"),
])
def test_a_verb_read_as_the_last_word_of_a_name_has_that_name_for_subject(nlp, sentence, name):
    """The parser reads "juge" as the end of the name before it (flat:name): the name is the verb's subject."""
    doc = parse(sentence)
    verb = next(t for t in doc if t.lower_ == "juge")
    assert verb.dep_ == "flat:name"
    subject = syntax.subject_of(verb)
    assert subject is not None and subject.text in name.split()
