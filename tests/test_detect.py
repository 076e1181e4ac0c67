"""Language detection (issue 3, "Language"): short news paragraphs in each language
tradetrack reads, written for these tests; the ``language`` field is only a hint."""
import pytest

from tradetrack.corpus.detect import detect_language
from tradetrack.lang import CODES

PARAGRAPHS = {
    "fr": ("Le président vietnamien effectuera une visite officielle en Russie la semaine prochaine. "
           "Selon le ministère, les échanges entre les deux pays ont progressé cette année, et les "
           "entreprises russes sont de plus en plus présentes au Vietnam."),
    "en": ("The Vietnamese president will pay an official visit to Russia next week. According to the "
           "ministry, trade between the two countries has grown this year, and Russian companies are "
           "increasingly present in Vietnam."),
    "es": ("El presidente vietnamita realizará una visita oficial a Rusia la próxima semana. Según el "
           "ministerio, el comercio entre ambos países ha crecido este año, y las empresas rusas están "
           "cada vez más presentes en Vietnam."),
    "it": ("Il presidente vietnamita compirà una visita ufficiale in Russia la prossima settimana. "
           "Secondo il ministero, l'interscambio tra i due paesi è cresciuto quest'anno e le aziende "
           "russe sono sempre più presenti in Vietnam."),
    "pt": ("O presidente vietnamita fará uma visita oficial à Rússia na próxima semana. Segundo o "
           "ministério, o comércio entre os dois países cresceu este ano, e as empresas russas estão "
           "cada vez mais presentes no Vietnã."),
    "vi": ("Chủ tịch nước Việt Nam sẽ thăm chính thức Liên bang Nga vào tuần tới. Theo Bộ Công Thương, "
           "kim ngạch thương mại giữa hai nước đã tăng trong năm nay."),
}

SENTENCES = [
    ("fr", "Le commerce bilatéral a atteint 3,6 milliards de dollars en 2023, selon les douanes."),
    ("fr", "Les exportations vietnamiennes vers la Russie ont atteint 2 milliards de dollars à fin juin."),
    ("fr", "Le commerce entre la France et le Vietnam."),
    ("en", "Two-way trade reached 3.6 billion USD in 2023, according to customs data."),
    ("en", "The two countries aim to raise bilateral trade to $10 billion by 2030."),
    ("en", "Trade between France and Vietnam."),
    ("es", "El intercambio comercial entre Vietnam y Rusia alcanzó 3.550 millones de dólares en 2023."),
    ("it", "L'interscambio tra Italia e Vietnam ha raggiunto 6 miliardi di euro nel 2023."),
    ("pt", "O comércio entre o Brasil e o Vietnã atingiu 7 bilhões de dólares em 2023."),
    ("vi", "Kim ngạch thương mại hai chiều giữa Việt Nam và Nga đạt 3,6 tỷ USD trong năm 2023."),
]


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_paragraphs(code):
    if code not in CODES:
        pytest.skip(f"no {code} language module")
    assert detect_language(PARAGRAPHS[code]) == code


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
@pytest.mark.parametrize("hint", ["fr", "en", "vi", None])
def test_a_wrong_hint_does_not_override_clear_text(code, hint):
    if code not in CODES:
        pytest.skip(f"no {code} language module")
    assert detect_language(PARAGRAPHS[code], hint) == code


@pytest.mark.parametrize("code, text", SENTENCES)
def test_single_sentences(code, text):
    if code not in CODES:
        pytest.skip(f"no {code} language module")
    assert detect_language(text) == code


def test_no_words_falls_back_to_the_hint_or_english():
    assert detect_language("") == "en"
    assert detect_language("", "fr") == "fr"
    assert detect_language("2023 3,6 $", "fr") == "fr"
    assert detect_language("2023 3,6 $") == "en"
    assert detect_language("2023", "xx") == "en"  # an unknown hint is ignored


def test_the_hint_breaks_a_near_tie():
    # one Spanish function word ("y"), one French ("les"): the hint decides
    text = "Hanoi y Vientiane: les accords"
    assert detect_language(text, "es") == "es"
    assert detect_language(text, "fr") == "fr"
    # a hint that scores nothing does not win
    assert detect_language(text, "en") == "fr"


def test_only_the_head_is_read():
    text = PARAGRAPHS["en"] + " " + PARAGRAPHS["fr"] * 50
    assert detect_language(text, sample=len(PARAGRAPHS["en"])) == "en"


def test_extraction_overrides_a_wrong_language_field():
    from tradetrack.extract import extract_article
    from tradetrack.model import Article

    fr = Article(id="fr", text="Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards de "
                               "dollars en 2023, selon les douanes.", language="en", published="2024")
    assert [(f.metric, f.value, f.unit, f.year) for f in extract_article(fr)] == [
        ("turnover", 3.6e9, "USD", 2023)]
    assert fr.language == "fr"
    en = Article(id="en", text="Two-way trade between Vietnam and Russia reached 3.6 billion USD in 2023, "
                               "according to customs data.", language="fr", published="2024")
    assert [(f.metric, f.value, f.unit, f.year) for f in extract_article(en)] == [
        ("turnover", 3.6e9, "USD", 2023)]
    assert en.language == "en"


@pytest.mark.parametrize("code, text", [
    ("fr", "Le ministre a déclaré : « We are ready to do business ». Les échanges entre les deux pays ont "
           "progressé de 10 % cette année, selon les douanes, et les entreprises sont optimistes."),
    ("en", "The Quai d'Orsay said the Élysée and the Kremlin had discussed trade. Les Echos reported that "
           "bilateral trade between France and Russia fell sharply in 2023, according to customs data."),
    ("fr", "Hội nghị đã thảo luận. Le commerce entre le Vietnam et la Russie a atteint 3,6 milliards de "
           "dollars en 2023, selon les douanes, et les deux pays visent une hausse."),
])
def test_foreign_quotes_and_names_do_not_decide(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("text, code", [
    ("Hanoi et Moscou visent à porter leurs échanges à 10 milliards de dollars d'ici 2030.", "fr"),
    ("En 2023, les exportations vers la Russie ont progressé de 12 %.", "fr"),
    ("Two-way trade rose 12 percent to $3.6 billion last year.", "en"),
    ("Las exportaciones a Rusia crecieron un 12% el año pasado.", "es"),
    ("Le esportazioni verso la Russia sono cresciute del 12% l'anno scorso.", "it"),
    ("As exportações para a Rússia cresceram 12% no ano passado.", "pt"),
])
def test_one_sentence_is_enough(text, code):
    assert detect_language(text) == code


def test_function_words_glued_to_a_numeral_sign_still_count() -> None:
    # "des²" is one token for the fast word reader; its letters are still the word "des"
    assert detect_language("des² les³ une² est¹ dans² avec pour") == "fr"
    assert detect_language("the² and³ of² with¹ that² from which") == "en"
