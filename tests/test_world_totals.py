"""A country's total trade, with the whole world, is no figure; "total" with a partner named
after it is bilateral. Sentences written for these tests."""
import pytest

from .helpers import figure_set


@pytest.mark.parametrize("language, text", [
    ("en", "The overall U.S. goods and services trade deficit shrank 18.7% to $773.4 billion in 2023."),
    ("fr", "Le déficit commercial global du pays s'est établi à 14,5 milliards de dinars en 2023."),
    ("pt", "No total, a balança comercial brasileira fechou 2023 com saldo positivo de US$ 98,8 bilhões."),
    ("pt", "No total, Timor-Leste importou bens no valor de 780 milhões de dólares no ano passado."),
    ("vi", "Tổng kim ngạch xuất nhập khẩu của Trung Quốc năm 2023 đạt 5.940 tỷ USD, giảm 5%."),
    ("it", "Il disavanzo commerciale complessivo dell'Italia è stato di 30 miliardi di euro nel 2023."),
])
def test_a_countrys_total_is_no_figure(language, text):
    assert figure_set(text, "2024-03-10", language) == set()


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Total trade between Vietnam and Russia reached $5 billion in 2023.",
     ("turnover", "RUS", "VNM", 5e9)),
    ("en", "Total U.S. exports to China fell to $147.8 billion in 2023.", ("exports", "USA", "CHN", 147.8e9)),
    ("fr", "Au total, les exportations algériennes vers la France ont atteint 5 milliards de dollars en 2023.",
     ("exports", "DZA", "FRA", 5e9)),
    ("vi", "Tổng kim ngạch xuất nhập khẩu của Việt Nam với Nga năm 2023 đạt 3,6 tỷ USD.",
     ("turnover", "RUS", "VNM", 3.6e9)),
])
def test_a_total_with_a_partner_named_is_bilateral(language, text, expected):
    assert {f[1:4] + (f[4],) for f in figure_set(text, "2024-03-10", language)} == {expected}


def test_a_rate_before_year_on_year_keeps_the_months_of_its_amount():
    assert figure_set("China's exports to Kenya rose 18.4 percent year on year to 3.2 billion U.S. dollars in "
                      "the first nine months of this year.", "2024-10-20", "en") == {
        ("actual", "exports", "CHN", "KEN", 18.4, "%", "exact", 2024, "1-9", None),
        ("actual", "exports", "CHN", "KEN", 3.2e9, "USD", "exact", 2024, "1-9", None)}


def test_no_total_before_a_verb_of_trade():
    assert figure_set("No total, Timor-Leste importou bens no valor de 780 milhões de dólares em 2023.",
                      "2024-04-16", "pt") == set()
