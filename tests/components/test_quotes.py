"""Quotations: each attribution pattern, spans and kinds, speakers, and what is not a quotation."""
from __future__ import annotations

from veille.components.quotes import cue_entries, quoted_spans
from veille.pipeline import parse

DATE = "2020-06-09"


def quotes(text):
    doc = parse(text, DATE)
    names = {e.id: e.name for e in doc._.entities}
    return [(doc.text[q.start:q.end], q.kind, names.get(q.speaker), q) for q in doc._.quotes]


def only(text):
    found = quotes(text)
    assert len(found) == 1, found
    return found[0]


# --- the lexicon ---

def test_lexicon_is_large_and_has_multiword_cues():
    lemmas = {e.lemma for e in cue_entries()}
    assert len(lemmas) >= 150
    assert {"dire", "déclarer", "réitérer", "mettre en avant", "mettre l'accent sur", "faire savoir",
            "faire valoir", "marteler", "selon"} <= lemmas


# --- quotation marks ---

def test_marks_exclude_spaces_inside_guillemets():
    text = "« Nous voulons la paix », a dit le ministre."
    (start, end), = quoted_spans(text)
    assert text[start:end] == "Nous voulons la paix"


def test_unbalanced_straight_quotes_make_two_quotations():
    text = ('La ministre a mis l\'accent sur l\'importance "de conjuguer les efforts, insistant sur la '
            'nécessité d\'oeuvrer pour "traduire les défis en opportunités".')
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans == ["de conjuguer les efforts", "traduire les défis en opportunités"]


# --- direct quotes and their cues ---

def test_incise_after_the_quote():
    text, kind, speaker, q = only("« Nous ne céderons rien sur les retraites », a déclaré mardi Laurent Berger.")
    assert (text, kind, speaker) == ("Nous ne céderons rien sur les retraites", "direct", "Laurent Berger")
    assert q.cue.lemma == "déclarer" and q.speaker_mention is not None


def test_inverted_pronoun_incise():
    found = quotes("Le maire de Nice, Christian Estrosi, a reçu les familles des victimes. "
                   "« Nous sommes en guerre », a-t-il ajouté.")
    assert [(t, s) for t, _, s, _ in found] == [("Nous sommes en guerre", "Christian Estrosi")]


def test_incise_with_a_title_speaker():
    found = quotes("Le ministre de l'Intérieur, Christophe Castaner, s'est rendu à Lyon. "
                   "\"La sécurité des Français est notre priorité\", a estimé le ministre.")
    assert found[0][2] == "Christophe Castaner"


def test_introduction_with_a_colon():
    text, kind, speaker, q = only("Angela Merkel a déclaré : « L'Europe doit rester unie face à la crise ».")
    assert (text, kind, speaker, q.cue.lemma) == ("L'Europe doit rester unie face à la crise", "direct",
                                                  "Angela Merkel", "déclarer")


def test_multiword_cue_before_quoted_words():
    text, _, speaker, q = only('Antonio Vitorino a mis en avant, mardi à Genève, "les très bons rapports de '
                               'coopération" avec le Maroc.')
    assert (text, speaker, q.cue.lemma) == ("les très bons rapports de coopération", "Antonio Vitorino",
                                            "mettre en avant")


def test_quote_over_several_sentences():
    text, kind, speaker, _ = only("« La situation est grave. Nous devons agir vite. Personne ne sera oublié », "
                                  "a affirmé le Premier ministre Jean Castex.")
    assert text.count(".") == 2 and kind == "direct" and speaker == "Jean Castex"


def test_selon_after_quoted_words():
    text, _, speaker, _ = only("« Le dialogue reste possible », selon Josep Borrell.")
    assert (text, speaker) == ("Le dialogue reste possible", "Josep Borrell")


# --- reported speech ---

def test_que_clause_without_que():
    text, kind, speaker, q = only("Nezha El Ouafi a indiqué que les entretiens ont été l'occasion d'évoquer la "
                                  "question migratoire.")
    assert text == "les entretiens ont été l'occasion d'évoquer la question migratoire"
    assert (kind, speaker, q.cue.lemma) == ("indirect", "Nezha El Ouafi", "indiquer")


def test_coordinated_que_clauses_are_reported_one_by_one():
    # The dev gold keeps one quote per que-clause ("que A et qu'B" -> two quotes).
    found = quotes("Nadine Morano a rappelé que Nicolas Sarkozy restait le président de coeur et qu'il ne "
                   "fallait pas le négliger.")
    assert [t for t, _, _, _ in found] == ["Nicolas Sarkozy restait le président de coeur",
                                           "il ne fallait pas le négliger"]
    assert {s for _, _, s, _ in found} == {"Nadine Morano"}


def test_infinitive_clause():
    text, kind, speaker, _ = only("Le syndicat de police Alliance a annoncé saisir le procureur de la République.")
    assert (text, kind) == ("saisir le procureur de la République", "indirect")


def test_mixed_quote():
    text, kind, speaker, _ = only("Marine Le Pen a affirmé lundi qu'il n'y avait pas de \"discriminations raciales\" "
                                  "en France mais des \"discriminations sociales\".")
    assert kind == "mixed" and "Le Pen" in speaker
    assert text.startswith("il n'y avait pas") and "discriminations sociales" in text


def test_whole_que_clause_in_quotes_is_direct():
    text, kind, speaker, _ = only("Le ministre de la Défense Andriï Taran a affirmé que \"l'avion a touché le sol "
                                  "avec son aile\".")
    assert (text, kind, speaker) == ("l'avion a touché le sol avec son aile", "direct", "Andriï Taran")


def test_selon_before_the_clause():
    text, kind, speaker, _ = only("Selon l'Organisation mondiale de la santé, plus de cent pays ont signalé des "
                                  "cas de contamination.")
    assert text == "plus de cent pays ont signalé des cas de contamination"
    assert kind == "indirect" and speaker == "Organisation mondiale de la santé"


def test_clause_before_an_incise():
    text, kind, speaker, _ = only("Plus de cent pays ont signalé des cas de contamination, a indiqué "
                                  "l'Organisation mondiale de la santé.")
    assert (text, kind) == ("Plus de cent pays ont signalé des cas de contamination", "indirect")
    assert speaker == "Organisation mondiale de la santé"


def test_pour_x():
    text, _, speaker, _ = only("Pour Valérie Pécresse, la République est menacée dans sa souveraineté.")
    assert (text, speaker) == ("la République est menacée dans sa souveraineté", "Valérie Pécresse")


def test_organisation_speaker():
    _, _, speaker, _ = only("Le ministère de l'Intérieur a indiqué que 786 communes organiseraient une "
                            "triangulaire.")
    assert speaker == "ministère de l'Intérieur"


def test_unnamed_speaker_is_none():
    text, _, speaker, _ = only("Le remaniement aura lieu avant la fin de la semaine, a indiqué une source "
                               "gouvernementale.")
    assert speaker is None and text.startswith("Le remaniement")


# --- not quotations ---

def test_noun_object_is_not_a_quote():
    assert quotes("Antonio Vitorino a salué le rôle du Maroc à l'échelle continentale.") == []


def test_single_quoted_word_is_not_a_quote():
    assert quotes("Les sénateurs se sont dits \"court-circuités\" par cette annonce du gouvernement.") == []


def test_title_is_not_a_quote():
    assert quotes("Camélia Jordana était l'invitée de l'émission « On n'est pas couché » samedi soir.") == []


def test_repeated_label_is_not_a_quote():
    found = quotes("Ingrid Levavasseur, tête de liste des \"gilets jaunes\", a renoncé. Le mouvement des "
                   "\"gilets jaunes\" reste divisé.")
    assert found == []


# --- speakers through descriptions, names and incises ---

def speakers(text):
    return [(t[:25], s) for t, _, s, _ in quotes(text)]


def test_title_before_the_name_is_resolved_forward():
    found = speakers("Le maire a annoncé avoir été testé positif au coronavirus. Le maire de Bordeaux, Pierre Hurmic, "
                     "a publié une vidéo sur Instagram.")
    assert found[0][1] == "Pierre Hurmic"


def test_title_after_the_name_and_a_comma():
    found = speakers("Jean-Pierre Martin, trésorier du Rassemblement national, dresse un bilan sombre. "
                     "\"Nous devions avoir une subvention publique au mois de février\", a résumé le trésorier "
                     "au micro de France Info.")
    assert found[-1][1] == "Jean-Pierre Martin"


def test_name_after_a_civility_and_a_preposition_is_not_the_speaker():
    found = speakers("Le conseiller à la sécurité de M. Moon, Chung Eui-yong, a estimé que le livre ne restituait "
                     "pas les faits précis.")
    assert found[0][1] == "Chung Eui-yong"


def test_split_inverted_pronoun_incise():
    found = speakers("Tarek Abou Ziad est revenu dans son quartier avec sa famille. \"Quand on est revenu, tout le "
                     "quartier était détruit\", déplore-t-il.")
    assert found[-1][1] == "Tarek Abou Ziad"


def test_inverted_description_after_the_verb():
    found = speakers("Bruno Covas lutte contre un cancer depuis l'an dernier. \"Je n'ai jamais pensé à quitter mon "
                     "poste\", avait affirmé le quadragénaire lors d'un entretien.")
    assert found[-1][1] == "Bruno Covas"


def test_first_person_clause_inside_the_quote_is_not_an_incise():
    found = speakers("Interrogé mi-janvier, Emmanuel Macron avait glissé ses préférences. \"A la fin, j'espère que "
                     "l'intelligence collective l'emportera\", avait-il fait valoir.")
    assert found[-1][1] == "Emmanuel Macron"


def test_a_poll_speaks_for_its_pollster():
    found = speakers("La liste d'Anne Hidalgo arriverait en tête au second tour, selon un sondage Ifop-Fiducial "
                     "publié dans le JDD.")
    assert found[0][1] == "Ifop-Fiducial"


def test_a_poll_with_no_pollster_is_nobody():
    found = speakers("La liste d'Anne Hidalgo arriverait en tête au second tour, selon un sondage publié dimanche.")
    assert found[0][1] is None


def test_incise_pronoun_keeps_the_previous_speaker():
    found = speakers("Paul Durand a reçu mardi Pierre Martin au ministère. \"Nous avons beaucoup parlé\", a déclaré "
                     "Pierre Martin. \"C'était utile\", a-t-il ajouté.")
    assert found[-1][1] == "Pierre Martin"
