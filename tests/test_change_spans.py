"""A change "from A in Y1 to B in Y2" is dated Y2 and measured from Y1; a participle ("recorded
in", "registrados el", "ghi nhận vào năm") links an amount to its year. Sentences written for
these tests, one per language."""
import pytest

from .helpers import figure_set

A = "actual"


@pytest.mark.parametrize("language, text, pair", [
    ("en", "Trade between Kenya and India rose 30% from $2 billion in 2021 to $2.6 billion in 2022.",
     ("IND", "KEN")),
    ("fr", "Le commerce entre l'Algérie et la Tunisie a progressé de 30 % de 2 milliards de dollars en "
           "2021 à 2,6 milliards de dollars en 2022.", ("DZA", "TUN")),
    ("es", "El comercio entre Chile y Perú creció un 30% de 2.000 millones de dólares en 2021 a 2.600 "
           "millones en 2022.", ("CHL", "PER")),
    ("it", "Il commercio tra Italia e Brasile è aumentato del 30% da 2 miliardi di dollari nel 2021 a 2,6 "
           "miliardi nel 2022.", ("BRA", "ITA")),
    ("pt", "O comércio entre Brasil e Angola cresceu 30% de 2 bilhões de dólares em 2021 para 2,6 bilhões "
           "em 2022.", ("AGO", "BRA")),
    ("vi", "Kim ngạch thương mại Việt Nam - Lào tăng 30% từ 2 tỷ USD năm 2021 lên 2,6 tỷ USD năm 2022.",
     ("LAO", "VNM")),
])
def test_a_change_from_one_year_to_the_next_is_dated_where_it_ends(language, text, pair):
    a, b = pair
    assert figure_set(text, "2024-03-10", language) == {
        (A, "turnover", a, b, 30.0, "%", "exact", 2022, "1-12", None),
        (A, "turnover", a, b, 2e9, "USD", "exact", 2021, "1-12", None),
        (A, "turnover", a, b, 2.6e9, "USD", "exact", 2022, "1-12", None)}


def test_a_change_over_years_keeps_its_start_as_base_year():
    assert figure_set("Trade between Egypt and Italy rose 200% from $2 billion in 2015 to $6 billion in "
                      "2022.", "2024-03-10", "en") == {
        (A, "turnover", "EGY", "ITA", 200.0, "%", "exact", 2022, "1-12", 2015),
        (A, "turnover", "EGY", "ITA", 2e9, "USD", "exact", 2015, "1-12", None),
        (A, "turnover", "EGY", "ITA", 6e9, "USD", "exact", 2022, "1-12", None)}


def test_a_rate_after_the_change_keeps_its_start_as_base_year():
    assert figure_set("Trade between Egypt and Italy has tripled from $2 billion in 2015 to $6 billion in "
                      "2022, a rise of 200%.", "2024-03-10", "en") == {
        (A, "turnover", "EGY", "ITA", 2e9, "USD", "exact", 2015, "1-12", None),
        (A, "turnover", "EGY", "ITA", 6e9, "USD", "exact", 2022, "1-12", None),
        (A, "turnover", "EGY", "ITA", 200.0, "%", "exact", 2022, "1-12", 2015)}


@pytest.mark.parametrize("language, text", [
    ("en", "Trade between Kenya and India rose 30% from $2 billion recorded in 2021 to $2.6 billion in "
           "2022."),
    ("vi", "Thâm hụt thương mại của Lào với Việt Nam tăng thêm 30% từ 2 tỷ USD ghi nhận vào năm 2021 lên "
           "2,6 tỷ USD vào năm 2022."),
])
def test_a_participle_links_an_amount_to_its_year(language, text):
    got = figure_set(text, "2024-03-10", language)
    assert {(f[4], f[7]) for f in got} == {(30.0, 2022), (2e9, 2021), (2.6e9, 2022)}


def test_an_amount_recorded_last_year_is_last_years():
    assert figure_set("Colombia y Perú se fijaron la meta de elevar el intercambio comercial a 6.000 "
                      "millones de dólares para 2030, frente a los 3.800 millones registrados el año "
                      "pasado.", "2024-06-03", "es") == {
        ("target", "turnover", "COL", "PER", 6e9, "USD", "exact", 2030, "1-12", None),
        (A, "turnover", "COL", "PER", 3.8e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("language, text", [
    ("en", "Trade between Peru and China is expected to grow 8% this year, after reaching $36 billion in "
           "2023."),
    ("it", "L'interscambio tra Italia e India dovrebbe crescere dell'8% quest'anno, dopo aver toccato 36 "
           "miliardi di dollari nel 2023."),
    ("es", "El comercio entre Perú y China crecerá un 8% este año, tras alcanzar 36.000 millones de "
           "dólares en 2023."),
])
def test_what_a_forecast_comes_after_has_happened(language, text):
    assert {(f[0], f[4], f[7]) for f in figure_set(text, "2024-03-10", language)} == {
        ("forecast", 8.0, 2024), (A, 36e9, 2023)}


def test_the_amount_a_forecast_comes_after_is_actual():
    assert {(f[0], f[4], f[7]) for f in figure_set(
        "L'interscambio tra Italia ed Emirati Arabi Uniti dovrebbe raggiungere quest'anno 11 miliardi di "
        "euro, dopo i 9,8 miliardi del 2022.", "2024-03-10", "it")} == {
        ("forecast", 11e9, 2024), (A, 9.8e9, 2022)}


def test_a_year_after_depois_de_is_no_date_of_the_amount_before():
    assert {(f[1], f[4], f[7]) for f in figure_set(
        "As exportações portuguesas para Angola caíram 7,4% em 2023. Já as importações provenientes de "
        "Angola recuaram para 412 milhões de euros, depois de um ano de 2022 marcado pelas compras de "
        "petróleo.", "2024-02-09", "pt")} == {("exports", -7.4, 2023), ("exports", 412e6, 2023)}
