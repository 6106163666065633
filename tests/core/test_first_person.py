"""The first-person rule, on real French and English phrasings."""

import pytest

from cjm_desktop.text.first_person import first_person_fix, is_first_person


@pytest.mark.parametrize(
    "text",
    [
        "Je m'inscris à la newsletter",
        "J'appelle le service client",
        "J’appelle le service client",  # curly apostrophe
        "j’ai reçu ma commande",
        "Moi, je compare les prix",
        "Mon colis arrive en retard",
        "Ma facture est fausse",
        "Mes points de fidélité expirent",
        "Nous choisissons ensemble",
        "« Je parraine un ami »",
        "  - Je remplis une enquête de satisfaction",
        "😀 Je reçois un cadeau",
        "I sign up for the newsletter",
        "I'm waiting for my parcel",
        "I’ve lost my password",
        "My order is late",
        "We compare offers",
        "",
    ],
)
def test_first_person_notes_pass(text):
    assert is_first_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inscription à la newsletter",
        "Remplir une enquête de satisfaction",
        "Le client appelle le SAV",
        "Jeu concours sur Instagram",  # « Je » must be a whole word
        "Sign up for the newsletter",
        "Idea: a loyalty card",
        "Image du produit floue",
    ],
)
def test_other_notes_are_flagged(text):
    assert not is_first_person(text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Comparer les offres", "Je compare les offres"),
        ("Remplir une enquête", "Je remplir une enquête"),
        ("Inscription à la newsletter", "J’inscription à la newsletter"),
        ("Se connecter à l’espace client", "Je me connecte à l’espace client"),
        ("S’abonner à la newsletter", "Je m’abonne à la newsletter"),
        ("Accepter les CGV", "J’accepte les CGV"),
        ("SAV injoignable", "Je SAV injoignable"),
        ("Je paie", "Je paie"),
    ],
)
def test_the_fix_prefixes_je_and_conjugates_regular_verbs(text, fixed):
    assert first_person_fix(text) == fixed


def test_the_english_fix_prefixes_i():
    assert first_person_fix("Sign up for the newsletter", language="en") == "I sign up for the newsletter"


def test_a_fixed_note_passes_the_check():
    assert is_first_person(first_person_fix("Télécharger la facture"))


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Le technicien ne vient pas", "Je constate que le technicien ne vient pas"),
        ("L’appli plante au paiement", "Je constate que l’appli plante au paiement"),
        ("Une erreur sur la facture", "Je constate qu’une erreur sur la facture"),
    ],
)
def test_a_note_opening_with_a_determiner_is_fixed_with_je_constate(text, fixed):
    assert first_person_fix(text) == fixed


def test_an_english_fact_is_fixed_with_i_notice():
    assert first_person_fix("The app crashes", language="en") == "I notice that the app crashes"
