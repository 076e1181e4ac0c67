"""Demonyms of the countries beyond the usual partners, in the five languages that have a
table of them (tradetrack/lang/<code>.py, ``demonyms``); a longer demonym wins over one it
ends with ("sud-soudanais" over "soudanais", "Equatorial Guinean" over "Guinean"), and words
that only look like one are no place."""
import pytest

from tradetrack.extract.lexicon import lexicon

from .helpers import figure_set

PUB = "2024-03-01"


def exports(origin, destination, value, unit="USD"):
    return {("actual", "exports", origin, destination, value, unit, "exact", 2023, "1-12", None)}


def turnover(a, b, value, unit="USD"):
    return {("actual", "turnover", a, b, value, unit, "exact", 2023, "1-12", None)}


CASES = [
    # French
    ("fr", "Les exportations libyennes vers la Tunisie ont atteint 1 milliard de dollars en 2023.",
     exports("LBY", "TUN", 1e9)),
    ("fr", "Les importations maliennes en provenance du Sénégal ont atteint 800 millions de dollars en 2023.",
     exports("SEN", "MLI", 8e8)),
    ("fr", "Les exportations équato-guinéennes vers l'Espagne ont atteint 1,2 milliard de dollars en 2023.",
     exports("GNQ", "ESP", 1.2e9)),
    ("fr", "Les exportations bissau-guinéennes vers l'Inde ont atteint 600 millions de dollars en 2023.",
     exports("GNB", "IND", 6e8)),
    ("fr", "Les exportations guinéennes vers la Chine ont atteint 5 milliards de dollars en 2023.",
     exports("GIN", "CHN", 5e9)),
    ("fr", "Les exportations sud-soudanaises vers l'Ouganda ont atteint 200 millions de dollars en 2023.",
     exports("SSD", "UGA", 2e8)),
    ("fr", "Les exportations soudanaises vers l'Égypte ont atteint 900 millions de dollars en 2023.",
     exports("SDN", "EGY", 9e8)),
    ("fr", "Le commerce germano-polonais a atteint 150 milliards d'euros en 2023.",
     turnover("DEU", "POL", 1.5e11, "EUR")),
    ("fr", "Les exportations nord-coréennes vers la Chine ont atteint 300 millions de dollars en 2023.",
     exports("PRK", "CHN", 3e8)),
    ("fr", "Les exportations kényanes vers l'Ouganda ont atteint 700 millions de dollars en 2023.",
     exports("KEN", "UGA", 7e8)),
    ("fr", "Les échanges israélo-turcs ont atteint 7 milliards de dollars en 2023.",
     turnover("ISR", "TUR", 7e9)),
    ("fr", "Les exportations congolaises vers la Zambie ont atteint 2 milliards de dollars en 2023.",
     exports("COD", "ZMB", 2e9)),
    ("fr", "Les exportations burkinabè vers la Côte d'Ivoire ont atteint 300 millions de dollars en 2023.",
     exports("BFA", "CIV", 3e8)),
    ("fr", "Les exportations néo-zélandaises vers la Chine ont atteint 12 milliards de dollars en 2023.",
     exports("NZL", "CHN", 1.2e10)),
    ("fr", "Les exportations nigériennes vers le Nigeria ont atteint 250 millions de dollars en 2023.",
     exports("NER", "NGA", 2.5e8)),
    ("fr", "Les exportations polonaises vers l'Allemagne ont atteint 100 milliards d'euros en 2023.",
     exports("POL", "DEU", 1e11, "EUR")),
    # English
    ("en", "Libyan exports to Tunisia reached $1 billion in 2023.", exports("LBY", "TUN", 1e9)),
    ("en", "South Sudanese exports to Uganda reached $200 million in 2023.", exports("SSD", "UGA", 2e8)),
    ("en", "Sudanese exports to Egypt reached $900 million in 2023.", exports("SDN", "EGY", 9e8)),
    ("en", "Nigerien exports to Nigeria reached $300 million in 2023.", exports("NER", "NGA", 3e8)),
    ("en", "Nigerian exports to Niger reached $400 million in 2023.", exports("NGA", "NER", 4e8)),
    ("en", "Equatorial Guinean exports to Spain reached $1.2 billion in 2023.", exports("GNQ", "ESP", 1.2e9)),
    ("en", "Guinean exports to China reached $5 billion in 2023.", exports("GIN", "CHN", 5e9)),
    ("en", "North Korean exports to China reached $300 million in 2023.", exports("PRK", "CHN", 3e8)),
    ("en", "Polish exports to Germany reached 100 billion euros in 2023.", exports("POL", "DEU", 1e11, "EUR")),
    ("en", "Congolese exports to Zambia reached $2 billion in 2023.", exports("COD", "ZMB", 2e9)),
    ("en", "Dominican exports to Haiti reached $1 billion in 2023.", exports("DOM", "HTI", 1e9)),
    ("en", "Kenyan exports to Uganda reached $700 million in 2023.", exports("KEN", "UGA", 7e8)),
    ("en", "Sri Lankan exports to India reached $800 million in 2023.", exports("LKA", "IND", 8e8)),
    ("en", "Georgian exports to Armenia reached $300 million in 2023.", exports("GEO", "ARM", 3e8)),
    ("en", "Papua New Guinean exports to Australia reached $3 billion in 2023.", exports("PNG", "AUS", 3e9)),
    ("en", "Costa Rican exports to Panama reached $600 million in 2023.", exports("CRI", "PAN", 6e8)),
    # Spanish
    ("es", "Las exportaciones libias a Túnez alcanzaron 1.000 millones de dólares en 2023.",
     exports("LBY", "TUN", 1e9)),
    ("es", "Las exportaciones ecuatoguineanas a España alcanzaron 1.200 millones de dólares en 2023.",
     exports("GNQ", "ESP", 1.2e9)),
    ("es", "Las exportaciones guineanas a China alcanzaron 5.000 millones de dólares en 2023.",
     exports("GIN", "CHN", 5e9)),
    ("es", "Las exportaciones tunecinas a Libia alcanzaron 400 millones de dólares en 2023.",
     exports("TUN", "LBY", 4e8)),
    ("es", "Las exportaciones haitianas a Estados Unidos alcanzaron 900 millones de dólares en 2023.",
     exports("HTI", "USA", 9e8)),
    ("es", "El comercio franco-alemán alcanzó 200.000 millones de euros en 2023.",
     turnover("DEU", "FRA", 2e11, "EUR")),
    ("es", "Las exportaciones norcoreanas a China alcanzaron 300 millones de dólares en 2023.",
     exports("PRK", "CHN", 3e8)),
    ("es", "Las exportaciones checas a Alemania alcanzaron 90.000 millones de euros en 2023.",
     exports("CZE", "DEU", 9e10, "EUR")),
    ("es", "Las exportaciones sursudanesas a Uganda alcanzaron 200 millones de dólares en 2023.",
     exports("SSD", "UGA", 2e8)),
    # Italian
    ("it", "Le esportazioni libiche verso l'Italia hanno raggiunto 10 miliardi di euro nel 2023.",
     exports("LBY", "ITA", 1e10, "EUR")),
    ("it", "Le esportazioni ungheresi verso la Germania hanno raggiunto 40 miliardi di euro nel 2023.",
     exports("HUN", "DEU", 4e10, "EUR")),
    ("it", "Le esportazioni nordcoreane verso la Cina hanno raggiunto 300 milioni di dollari nel 2023.",
     exports("PRK", "CHN", 3e8)),
    ("it", "Le esportazioni serbe verso la Russia hanno raggiunto 1 miliardo di euro nel 2023.",
     exports("SRB", "RUS", 1e9, "EUR")),
    ("it", "Le esportazioni ceche verso la Slovacchia hanno raggiunto 15 miliardi di euro nel 2023.",
     exports("CZE", "SVK", 1.5e10, "EUR")),
    ("it", "Le esportazioni albanesi verso l'Italia hanno raggiunto 2 miliardi di euro nel 2023.",
     exports("ALB", "ITA", 2e9, "EUR")),
    ("it", "Le esportazioni sudsudanesi verso l'Uganda hanno raggiunto 200 milioni di dollari nel 2023.",
     exports("SSD", "UGA", 2e8)),
    ("it", "Le esportazioni tunisine verso la Libia hanno raggiunto 400 milioni di dollari nel 2023.",
     exports("TUN", "LBY", 4e8)),
    # Portuguese
    ("pt", "As exportações líbias para a Tunísia atingiram 1 bilhão de dólares em 2023.",
     exports("LBY", "TUN", 1e9)),
    ("pt", "As exportações guineenses para Portugal atingiram 100 milhões de euros em 2023.",
     exports("GNB", "PRT", 1e8, "EUR")),
    ("pt", "As exportações equato-guineenses para a Espanha atingiram 1,2 bilhão de dólares em 2023.",
     exports("GNQ", "ESP", 1.2e9)),
    ("pt", "As exportações são-tomenses para Portugal atingiram 20 milhões de euros em 2023.",
     exports("STP", "PRT", 2e7, "EUR")),
    ("pt", "As exportações timorenses para a Indonésia atingiram 50 milhões de dólares em 2023.",
     exports("TLS", "IDN", 5e7)),
    ("pt", "As exportações israelenses para o Brasil atingiram 1 bilhão de dólares em 2023.",
     exports("ISR", "BRA", 1e9)),
    ("pt", "As exportações sérvias para a Rússia atingiram 1 bilhão de euros em 2023.",
     exports("SRB", "RUS", 1e9, "EUR")),
    ("pt", "As exportações sul-sudanesas para Uganda atingiram 200 milhões de dólares em 2023.",
     exports("SSD", "UGA", 2e8)),
    ("pt", "As exportações polonesas para a Alemanha atingiram 100 bilhões de euros em 2023.",
     exports("POL", "DEU", 1e11, "EUR")),
    ("pt", "O comércio nipo-brasileiro atingiu 10 bilhões de dólares em 2023.",
     turnover("BRA", "JPN", 1e10)),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_demonym_gives_the_country(lang, text, expected):
    assert figure_set(text, PUB, lang) == expected


def demonyms(lang: str, text: str) -> list[tuple[str, str]]:
    lex = lexicon(lang)
    return [(m.group(), lex.demonym_of(m.group())) for m in lex.demonym_finder.find(text, text.lower())]


@pytest.mark.parametrize("lang, text, expected", [
    # the longer demonym, not the one it ends with
    ("fr", "équato-guinéen, bissau-guinéenne, papouan-néo-guinéens, guinéennes",
     [("équato-guinéen", "GNQ"), ("bissau-guinéenne", "GNB"), ("papouan-néo-guinéens", "PNG"),
      ("guinéennes", "GIN")]),
    ("fr", "sud-soudanais, soudanaises, nord-coréen, coréennes",
     [("sud-soudanais", "SSD"), ("soudanaises", "SDN"), ("nord-coréen", "PRK"), ("coréennes", "KOR")]),
    ("en", "South Sudanese, Sudanese, North Korean, Korean, Nigerien, Nigerian",
     [("South Sudanese", "SSD"), ("Sudanese", "SDN"), ("North Korean", "PRK"), ("Korean", "KOR"),
      ("Nigerien", "NER"), ("Nigerian", "NGA")]),
    ("it", "nord-coreano, sud-sudanesi, sudanese", [("nord-coreano", "PRK"), ("sud-sudanesi", "SSD"),
                                                     ("sudanese", "SDN")]),
    ("pt", "bissau-guineense, equato-guineenses, guineano, sul-sudanês",
     [("bissau-guineense", "GNB"), ("equato-guineenses", "GNQ"), ("guineano", "GIN"), ("sul-sudanês", "SSD")]),
])
def test_longer_demonym_wins(lang, text, expected):
    assert demonyms(lang, text) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Workers polish the steel and were paid 10 billion afghanis."),  # a verb, a currency
    ("en", "Indo-Pacific supply chains"),
    ("fr", "Un sirop de grenadine."),
    ("it", "Il premier Albanese ha parlato con Giordano, che tiene in serbo una sorpresa."),  # names, "in store"
    ("pt", "O prédio servia de armazém."),  # "served", not "Serbian"
    ("es", "Checo Pérez ganó la carrera."),  # a nickname
    # combining forms only before a hyphen
    ("es", "No solo crecieron las ventas sino también las compras del mercado hispano."),  # "but"
    ("pt", "O sino da igreja tocou."),  # a bell
    ("it", "Il treno Italo e lo scrittore Italo Calvino."),
    ("fr", "Un prix franco à bord."),  # free on board
])
def test_words_that_are_no_demonym(lang, text):
    assert demonyms(lang, text) == []


def test_a_name_is_no_country():
    # "Albanese" is the Australian prime minister, not an Albanian
    assert figure_set("Il premier australiano Albanese ha detto che l'interscambio tra Australia e Cina ha "
                      "raggiunto 300 miliardi di dollari nel 2023.", PUB, "it") == turnover("AUS", "CHN", 3e11)


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "el comercio sino-estadounidense", [("sino", "CHN"), ("estadounidense", "USA")]),
    ("pt", "o comércio sino-brasileiro", [("sino", "CHN"), ("brasileiro", "BRA")]),
    ("it", "l'interscambio italo-cinese", [("italo", "ITA"), ("cinese", "CHN")]),
    ("fr", "les échanges franco-tunisiens", [("franco", "FRA"), ("tunisiens", "TUN")]),
])
def test_combining_forms_before_a_hyphen(lang, text, expected):
    assert demonyms(lang, text) == expected


def test_sino_que_is_no_china():
    # Spanish "sino" is "but": the pair is the one named
    assert figure_set("El comercio bilateral entre Argentina y Brasil no solo creció, sino que alcanzó 30.000 "
                      "millones de dólares en 2023.", PUB, "es") == turnover("ARG", "BRA", 3e10)


@pytest.mark.parametrize("language, text", [
    ("en", "Trade between Vietnam and Brazil, the largest Latin American economy, reached $7 billion in 2023."),
    ("fr", "Les échanges entre le Vietnam et le Brésil, premier partenaire sud-américain du Vietnam, ont atteint "
           "7 milliards de dollars en 2023."),
])
def test_a_region_is_no_country(language, text):
    assert figure_set(text, "2024-03-10", language) == {
        ("actual", "turnover", "BRA", "VNM", 7e9, "USD", "exact", 2023, "1-12", None)}
