"""Country names from CLDR in the forms news text writes them: straight apostrophes, names
without CLDR's disambiguation, "Congo-Kinshasa" (sentences written for these tests)."""
import pytest

from tradetrack.lang import country_names, name_variants

from .helpers import figure_set


@pytest.mark.parametrize("name, variants", [
    ("Côte d\u2019Ivoire", ["Côte d'Ivoire"]),
    ("Myanmar (Burma)", ["Myanmar", "Burma"]),
    ("Congo - Kinshasa", ["Congo-Kinshasa"]),
    ("Saint-Martin (partie néerlandaise)", ["Saint-Martin"]),  # "partie néerlandaise" is no name
    ("Cocos (Keeling) Islands", ["Cocos Islands"]),  # a parenthesis inside is no alternative
    ("France", []),
])
def test_name_variants(name, variants):
    assert name_variants(name) == variants


def test_variants_in_every_language():
    assert country_names("en")["Côte d'Ivoire"] == "CIV"
    assert country_names("it")["Costa d'Avorio"] == "CIV"
    assert country_names("en")["Burma"] == country_names("en")["Myanmar"] == "MMR"
    assert country_names("fr")["Birmanie"] == "MMR"
    assert country_names("es")["Birmania"] == "MMR"
    assert country_names("pt")["Mianmar"] == "MMR"
    assert country_names("vi")["Miến Điện"] == "MMR"
    assert country_names("en")["Congo-Kinshasa"] == "COD"
    assert country_names("en")["Congo-Brazzaville"] == "COG"


def test_a_variant_never_takes_another_territorys_name():
    es = country_names("es")
    assert es["China"] == "CHN"  # not Hong Kong's, from "RAE de Hong Kong (China)"
    assert es["RAE de Hong Kong"] == "HKG"
    assert country_names("fr")["Saint-Martin"] == "MAF"


@pytest.mark.parametrize("text, lang, pair", [
    ("Trade between Côte d'Ivoire and Ghana rose to $1.3 billion in 2022.", "en", ("CIV", "GHA")),
    ("Trade between Myanmar and Thailand rose to $1.3 billion in 2022.", "en", ("MMR", "THA")),
    ("Trade between Burma and Thailand rose to $1.3 billion in 2022.", "en", ("MMR", "THA")),
    ("Trade between Congo-Kinshasa and Zambia rose to $1.3 billion in 2022.", "en", ("COD", "ZMB")),
])
def test_variants_found_in_text(text, lang, pair):
    assert figure_set(text, "2023-05", lang) == {
        ("actual", "turnover", *pair, 1.3e9, "USD", "exact", 2022, "1-12", None)}


def test_curly_apostrophe_in_text():
    assert figure_set("Les échanges entre la Côte d\u2019Ivoire et le Ghana ont atteint 1,3 milliard "
                      "de dollars en 2022.", "2023-05", "fr") == {
        ("actual", "turnover", "CIV", "GHA", 1.3e9, "USD", "exact", 2022, "1-12", None)}
    assert figure_set("L'interscambio tra la Costa d\u2019Avorio e l'Italia ha raggiunto 1,3 miliardi "
                      "di euro nel 2022.", "2023-05", "it") == {
        ("actual", "turnover", "CIV", "ITA", 1.3e9, "EUR", "exact", 2022, "1-12", None)}
