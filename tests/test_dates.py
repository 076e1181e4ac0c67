"""Publication dates (issue 3): given, read from the URL or the dateline, or inferred from
the years the text reports; relative years and yearless spans are resolved against it."""
import pytest

from tradetrack.corpus.dates import Published, dateline_month, from_url, infer_year, parse_iso, resolve
from tradetrack.extract import extract_article
from tradetrack.extract.lexicon import lexicon
from tradetrack.model import Article


@pytest.mark.parametrize("value, expected", [
    ("2024", (2024, None)),
    ("2024-11", (2024, 11)),
    ("2024-11-05", (2024, 11)),
    ("2024/11/05", (2024, 11)),
    ("2024.11", (2024, 11)),
    ("  2021-05-04T10:00Z", (2021, 5)),
    ("2024-13", (2024, None)),  # no such month: the year alone
    ("1899-01", (None, None)),
    ("hello", (None, None)),
    ("", (None, None)),
    (None, (None, None)),
])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://fr.vietnamplus.vn/2019/05/14/commerce.html", (2019, 5)),
    ("https://example.com/news/2019-05-14-trade", (2019, 5)),
    ("https://example.vn/trade-20190109123456.htm", (2019, 1)),
    ("https://example.vn/20170531-trade", (2017, 5)),
    ("https://example.com/2019/05/trade", (2019, 5)),
    ("https://example.com/2019/13/14/trade", (None, None)),
    ("https://example.com/id/123456789", (None, None)),
    ("https://example.com/trade", (None, None)),
    (None, (None, None)),
])
def test_from_url(url, expected):
    assert from_url(url) == expected


def test_resolve_prefers_the_given_date():
    assert resolve("2024-11", "https://x.vn/2019/05/14/a") == Published(2024, 11, False)
    assert resolve("2024", None) == Published(2024, None, False)


def test_resolve_falls_back_to_the_url_as_inferred():
    assert resolve(None, "https://x.vn/2019/05/14/a") == Published(2019, 5, True)
    assert resolve("not a date", "https://x.com/2020/01/02/a") == Published(2020, 1, True)


def test_resolve_without_evidence_is_none():
    assert resolve(None, None) is None
    assert resolve(None, "https://example.com/trade") is None


def test_published_iso():
    assert Published(2024, 3, True).iso() == "2024-03"
    assert Published(2024, None, False).iso() == "2024"
    assert Published(None, None, True).iso() is None


@pytest.mark.parametrize("text, lang, month", [
    ("Hanoi, 6 juillet (VNA) - Le commerce", "fr", 7),
    ("Dakar, 17 nov (APS) - Les échanges", "fr", 11),
    ("Alger, 12 décembre 2023 (APS) - Les échanges", "fr", 12),
    ("Le Vietnam et la Russie\n\nHanoi, 6 juillet (VNA) - Le commerce", "fr", 7),
    ("HANOI, July 21 (Reuters) - Trade", "en", 7),
    ("MOSCOW, Sept. 5 (TASS) - Trade", "en", 9),
    ("New Delhi, March 3 (IANS) - Trade", "en", 3),
    ("Hanoï, 6 juillet(VNA) - Le commerce", "fr", 7),  # no space before the agency
    ("Moscou, 12 nov. 2023 (Sputnik) - Le commerce", "fr", 11),
    ("HANOI, 6 juillet (VNA) - Le commerce", "fr", 7),
    ("Ho Chi Minh-Ville, 3 mars (VNA) - Le commerce", "fr", 3),
    ("NEW DELHI, Dec 3 (Reuters) - Trade", "en", 12),
    ("Hanoi, July 6, 2023 (VNA) - Trade", "en", 7),
    ("Beijing, 12 October (Xinhua) - Trade", "en", 10),
    ("Hanoi (VNA) - Le commerce", "fr", None),
    ("Le 6 juillet, le commerce (selon les douanes)", "fr", None),
])
def test_dateline_month(text, lang, month):
    assert dateline_month(text, lexicon(lang)) == month


def test_infer_year_from_years_reported():
    fr = lexicon("fr")
    assert infer_year("rien", fr, [2020, 2022], []) == 2022
    assert infer_year("rien", fr, [2020], [2022]) == 2023  # compared with 2022: written after it
    assert infer_year("rien", fr, [], []) is None
    # the year reported whole, and "cette année": written a year later
    assert infer_year("cette année", fr, [2022], []) == 2023
    # part of that year reported: written during it
    assert infer_year("au premier semestre 2022, cette année", fr, [2022], []) == 2022


# --- through extraction: article.published filled, published_inferred set ------------------

def run(text, url=None):
    a = Article(id="t", text=text, url=url, published=None)
    figures = extract_article(a)
    return a, {(f.kind, f.metric, f.origin, f.destination, round(f.value, 3), f.unit, f.bound, f.year,
                f.months, f.base_year) for f in figures}


def test_french_dateline_month_and_partial_year():
    a, figures = run("Hanoi, 6 juillet (VNA) - Au cours des six premiers mois de 2023, les échanges "
                     "commerciaux entre le Vietnam et la Russie ont atteint 1,9 milliard de dollars, selon "
                     "les douanes.")
    assert (a.published, a.published_inferred) == ("2023-07", True)
    assert figures == {("actual", "turnover", "RUS", "VNM", 1.9e9, "USD", "exact", 2023, "1-6", None)}


def test_french_dateline_resolves_cette_annee():
    a, figures = run("Hanoi, 6 juillet (VNA) - Au cours des six premiers mois de 2023, les échanges "
                     "commerciaux entre le Vietnam et la Russie ont atteint 1,9 milliard de dollars. Cette "
                     "année, ils devraient atteindre 4 milliards de dollars.")
    assert (a.published, a.published_inferred) == ("2023-07", True)
    assert figures == {
        ("actual", "turnover", "RUS", "VNM", 1.9e9, "USD", "exact", 2023, "1-6", None),
        ("forecast", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2023, "1-12", None)}


def test_french_abbreviated_dateline_month():
    a, figures = run("Dakar, 17 nov (APS) - Les échanges entre le Sénégal et la France ont atteint 1,2 "
                     "milliard d'euros au cours des neuf premiers mois de 2022.")
    assert (a.published, a.published_inferred) == ("2022-11", True)
    assert figures == {("actual", "turnover", "FRA", "SEN", 1.2e9, "EUR", "exact", 2022, "1-9", None)}


def test_english_dateline():
    a, figures = run("HANOI, July 21 (Reuters) - Two-way trade between Vietnam and Russia reached $1.9 "
                     "billion in the first half of 2023, customs data showed.")
    assert (a.published, a.published_inferred) == ("2023-07", True)
    assert figures == {("actual", "turnover", "RUS", "VNM", 1.9e9, "USD", "exact", 2023, "1-6", None)}


def test_whole_year_and_this_year_means_a_year_later():
    a, figures = run("Two-way trade between Vietnam and Russia reached $3.6 billion in 2022, and the two "
                     "countries expect it to grow further this year.")
    assert (a.published, a.published_inferred) == ("2023", True)
    assert figures == {("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2022, "1-12", None)}


def test_partial_year_then_last_year():
    a, figures = run("In the first quarter of 2023, trade between Vietnam and Russia reached $900 million. "
                     "Last year, it reached $3.6 billion.")
    assert (a.published, a.published_inferred) == ("2023", True)
    assert figures == {
        ("actual", "turnover", "RUS", "VNM", 9e8, "USD", "exact", 2023, "1-3", None),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2022, "1-12", None)}


def test_target_years_are_not_evidence_of_the_date():
    a, figures = run("Le commerce entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en 2022. "
                     "Les deux pays visent 10 milliards de dollars d'ici 2030.")
    assert (a.published, a.published_inferred) == ("2022", True)
    assert figures == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2022, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_date_from_the_url_resolves_a_yearless_span():
    a, figures = run("Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,1 milliards de "
                     "dollars au cours des neuf premiers mois.",
                     url="https://fr.vietnamplus.vn/2023/10/05/vietnam-russie.html")
    assert (a.published, a.published_inferred) == ("2023-10", True)
    assert figures == {("actual", "turnover", "RUS", "VNM", 3.1e9, "USD", "exact", 2023, "1-9", None)}


def test_no_evidence_leaves_the_date_empty():
    a, figures = run("Le Vietnam et la Russie sont des partenaires de longue date. Les échanges ont "
                     "fortement progressé.")
    assert (a.published, a.published_inferred) == (None, False)
    assert figures == set()


def test_a_given_date_is_kept_and_not_inferred():
    a = Article(id="t", text="Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,1 milliards "
                             "de dollars au cours des neuf premiers mois.", published="2023-12")
    figures = extract_article(a)
    assert (a.published, a.published_inferred) == ("2023-12", False)
    assert [(f.year, f.months) for f in figures] == [(2023, "1-9")]


def test_a_given_year_takes_its_month_from_the_dateline():
    text = ("Hanoi, 6 mars (VNA) - Au premier semestre, les échanges commerciaux entre le Vietnam et la "
            "Russie ont atteint 2,4 milliards de dollars.")
    a = Article(id="t", text=text, published="2024")
    figures = extract_article(a)
    assert (a.published, a.published_inferred) == ("2024", False)
    # March 2024: the latest first half that had ended is 2023's
    assert [(f.value, f.year, f.months) for f in figures] == [(2.4e9, 2023, "1-6")]
    a = Article(id="t", text=text.split(" - ", 1)[1], published="2024")
    assert [(f.value, f.year, f.months) for f in extract_article(a)] == [(2.4e9, 2024, "1-6")]


@pytest.mark.parametrize("given, published, year, month", [
    (2021, "2021", 2021, None),
    (2021.0, "2021", 2021, None),
    ("2021-05-04T10:00Z", "2021-05-04", 2021, 5),
    ("2021/05/04", "2021-05-04", 2021, 5),
    ("2021-5", "2021-05", 2021, 5),
    ("20210504", "2021-05-04", 2021, 5),
    ("garbage", None, None, None),
])
def test_article_published_is_normalised(given, published, year, month):
    a = Article(id=1, text="x", published=given)
    assert (a.id, a.published, a.published_year, a.published_month) == ("1", published, year, month)


def test_undated_quarterly_article_with_dateline():
    text = (
        "Algérie-France : les échanges commerciaux reculent au premier trimestre\n"
        "\n"
        "Alger, 14 mai (APS) - Les échanges commerciaux entre l'Algérie et la France ont reculé de 8 % au premier trimestre 2024 par rapport à la même période de 2023, pour s'établir à 2,7 milliards d'euros, selon les douanes françaises.\n"
        "\n"
        "Les exportations françaises vers l'Algérie ont reculé de 12 %, à 1,1 milliard d'euros, tandis que les importations françaises en provenance d'Algérie ont atteint 1,6 milliard d'euros.\n"
        "\n"
        "En 2023, les échanges entre les deux pays avaient atteint 11,8 milliards d'euros."
    )
    a, figures = run(text)
    assert (a.published, a.published_inferred) == ("2024-05", True)
    assert figures == {
        ("actual", "turnover", "DZA", "FRA", -8.0, "%", "exact", 2024, "1-3", None),
        ("actual", "turnover", "DZA", "FRA", 2.7e9, "EUR", "exact", 2024, "1-3", None),
        ("actual", "exports", "FRA", "DZA", -12.0, "%", "exact", 2024, "1-3", None),
        ("actual", "exports", "FRA", "DZA", 1.1e9, "EUR", "exact", 2024, "1-3", None),
        ("actual", "exports", "DZA", "FRA", 1.6e9, "EUR", "exact", 2024, "1-3", None),
        ("actual", "turnover", "DZA", "FRA", 1.18e10, "EUR", "exact", 2023, "1-12", None)}


def test_a_deadline_ending_the_sentence_before_does_not_hide_a_past_year():
    from tradetrack.extract import extract_article
    from tradetrack.model import Article

    a = Article(id="t", text="HANOI, Nov 20 (VNA) - Two-way trade between Vietnam and Russia reached 4.1 billion "
                "USD in the first ten months of this year. The two countries aim to raise trade to 10 billion "
                "USD by 2030. In 2023, two-way trade hit 4.6 billion USD.")
    figures = extract_article(a)
    assert (a.published, a.published_inferred) == ("2024-11", True)
    assert [(f.kind, f.value, f.year, f.months) for f in figures] == [
        ("actual", 4.1e9, 2024, "1-10"), ("target", 1e10, 2030, "1-12"), ("actual", 4.6e9, 2023, "1-12")]


def test_dateline_with_an_article_before_the_day():
    from tradetrack.corpus.dates import dateline_month
    from tradetrack.extract.lexicon import lexicon

    assert dateline_month("Hanoi, le 6 juillet (VNA) - Les échanges ont progressé.", lexicon("fr")) == 7


def test_last_year_compared_with_a_named_year_dates_the_text_two_years_on():
    from tradetrack.extract import extract_article
    from tradetrack.model import Article

    a = Article(id="t", text="Hanoi, 12 mars (VNA) - Les échanges entre le Vietnam et la Russie ont atteint "
                "3,6 milliards de dollars l'an dernier, en hausse de 5 % par rapport à 2021.")
    figures = extract_article(a)
    assert (a.published, a.published_inferred) == ("2023-03", True)
    assert [(f.value, f.unit, f.year) for f in figures] == [(3.6e9, "USD", 2022), (5.0, "%", 2022)]
