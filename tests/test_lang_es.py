"""Spanish: numbers, periods and trade vocabulary (issue 4's hard cases), on sentences
written for these tests."""
import pytest

from tradetrack.corpus.detect import detect_language
from tradetrack.extract.lexicon import lexicon

from .helpers import amount_list, figure_list

LANG = "es"
NAMES = [("Rusia", "RUS"), ("Federación de Rusia", "RUS"), ("Vietnam", "VNM"), ("EE.UU.", "USA"),
        ("Estados Unidos", "USA"), ("UEE", "EAEU"), ("UEEA", "EAEU"), ("EAEU", "EAEU"),
        ("Unión Económica Euroasiática", "EAEU"), ("Unión Europea", "EU"), ("ASEAN", "ASEAN"),
        ("Moscú", "RUS"), ("Hanói", "VNM"), ("vietnamitas", "VNM"), ("rusa", "RUS"),
        ("estadounidense", "USA")]


def figs(text, published="2024-11"):
    return figure_list(text, published, "es")


def amounts(text):
    return amount_list(text, "es")


@pytest.mark.parametrize("text, expected", [
    ("tres mil 550 millones de dólares", [(3.55e9, "USD")]),
    ("2 mil 500 millones de dólares", [(2.5e9, "USD")]),
    ("mil 500 millones de dólares", [(1.5e9, "USD")]),
    ("500 mil dólares", [(500e3, "USD")]),
    ("superó los mil millones de dólares", [(1e9, "USD")]),
    ("4,5 billones de dólares", [(4.5e9, "USD")]),  # the calque of "billion" in translated news
    ("cuatro mil ochocientos cincuenta millones", [(4.85e9, None)]),
    ("dos mil millones de dólares", [(2e9, "USD")]),
    ("1,96 mil millones de dólares", [(1.96e9, "USD")]),
    ("10 mil millones", [(1e10, None)]),
    ("10.843 millones de euros", [(10.843e9, "EUR")]),
    ("155,5 millones de dólares", [(155.5e6, "USD")]),
    ("u$s1.881 millones", [(1.881e9, "USD")]),
    ("US$ 2.300 millones", [(2.3e9, "USD")]),
    ("un millón de dólares", [(1e6, "USD")]),
    ("1.200 millones de yuanes", [(1.2e9, "CNY")]),
])
def test_numbers(text, expected):
    assert amounts(text) == expected


def test_words_and_digits_in_thousands_of_millions():
    assert figs("El intercambio comercial entre Vietnam y Rusia alcanzó tres mil 550 millones de "
                "dólares en 2019.") == [
        ("actual", "turnover", "RUS", "VNM", 3550000000.0, "USD", "exact", 2019, "1-12")]


def test_first_months_of_this_year_and_year_on_year_rate():
    assert figs("En los primeros cinco meses de este año, las exportaciones de Vietnam a Argentina "
                "sumaron 1,96 mil millones de dólares, un aumento interanual del 12,5%.") == [
        ("actual", "exports", "VNM", "ARG", 1960000000.0, "USD", "exact", 2024, "1-5"),
        ("actual", "exports", "VNM", "ARG", 12.5, "%", "exact", 2024, "1-5")]


def test_target_para_year():
    assert figs("Vietnam y Cuba se proponen elevar el comercio bilateral a 10 mil millones de "
                "dólares para 2020.") == [
        ("target", "turnover", "CUB", "VNM", 10000000000.0, "USD", "exact", 2020, "1-12")]


def test_so_far_this_year():
    assert figs("En lo que va del año, el intercambio comercial entre Cuba y Vietnam llegó a 134 "
                "millones de dólares.") == [
        ("actual", "turnover", "CUB", "VNM", 134000000.0, "USD", "exact", 2024, "1-12")]


def test_last_year_imports_from_and_fall():
    assert figs("El año pasado, las importaciones de México desde China ascendieron a 120.500 "
                "millones de dólares, con una caída del 3,1%.") == [
        ("actual", "exports", "CHN", "MEX", 120500000000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "CHN", "MEX", -3.1, "%", "exact", 2023, "1-12")]


def test_surplus_with_partner_first_half():
    assert figs("Vietnam registró un superávit comercial de 2.300 millones de dólares con España "
                "en el primer semestre.") == [
        ("actual", "balance", "VNM", "ESP", 2300000000.0, "USD", "exact", 2024, "1-6")]


def test_bounds_with_articles_and_month_range():
    assert figs("Las exportaciones argentinas a Vietnam crecieron casi un 40% y superaron los "
                "u$s 3.000 millones entre enero y septiembre.") == [
        ("actual", "exports", "ARG", "VNM", 40.0, "%", "at_most", 2024, "1-9"),
        ("actual", "exports", "ARG", "VNM", 3000000000.0, "USD", "at_least", 2024, "1-9")]


def test_forecast_next_year():
    assert figs("El comercio entre Chile y China podría superar los 70.000 millones de dólares el "
                "próximo año.") == [
        ("forecast", "turnover", "CHL", "CHN", 70000000000.0, "USD", "at_least", 2025, "1-12")]


def test_third_quarter_por_ciento_down():
    assert figs("En el tercer trimestre, las ventas de Perú a Brasil cayeron un 8 por ciento "
                "interanual, hasta 950 millones de dólares.") == [
        ("actual", "exports", "PER", "BRA", -8.0, "%", "exact", 2024, "7-9"),
        ("actual", "exports", "PER", "BRA", 950000000.0, "USD", "exact", 2024, "7-9")]


def test_esta_cifra_continues_the_figure_before():
    assert figs("Según la Aduana, las exportaciones de Vietnam a Cuba alcanzaron 180,2 millones de "
                "dólares en 2023. En los primeros ocho meses de 2024, esta cifra llegó a 134,7 "
                "millones de dólares.") == [
        ("actual", "exports", "VNM", "CUB", 180200000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "VNM", "CUB", 134700000.0, "USD", "exact", 2024, "1-8")]


def test_average_yearly_rate_is_no_figure():
    assert figs("El intercambio entre la UE y Vietnam creció a un ritmo medio anual del 12 por "
                "ciento entre 2020 y 2024.") == []


def test_names_and_blocs():
    assert figs("El comercio entre la UEE y Vietnam sumó 5.000 millones de dólares en 2022.") == [
        ("actual", "turnover", "EAEU", "VNM", 5000000000.0, "USD", "exact", 2022, "1-12")]
    assert figs("Las exportaciones de Rusia a EE.UU. cayeron a 4.000 millones de dólares en 2022.") == [
        ("actual", "exports", "RUS", "USA", 4000000000.0, "USD", "exact", 2022, "1-12")]


def test_detection():
    assert detect_language("Según los datos de la Aduana, el comercio entre ambos países creció "
                           "y las exportaciones también aumentaron este año.") == "es"


def test_four_month_period_and_hacia_deadline():
    assert figs("En el primer cuatrimestre, las exportaciones de Chile a China sumaron 12.400 millones "
                "de dólares.") == [
        ("actual", "exports", "CHL", "CHN", 12400000000.0, "USD", "exact", 2024, "1-4")]
    assert figs("Argentina y Vietnam acordaron duplicar el comercio bilateral hacia 2030, hasta 10 mil "
                "millones de dólares.") == [
        ("target", "turnover", "ARG", "VNM", 10000000000.0, "USD", "exact", 2030, "1-12")]


def test_both_flows_named_together_are_turnover():
    assert figs("Las exportaciones e importaciones entre Vietnam y Cuba sumaron 300 millones de dólares "
                "en 2023.") == [
        ("actual", "turnover", "CUB", "VNM", 300000000.0, "USD", "exact", 2023, "1-12")]


def test_comparative_after_the_rate():
    assert figs("En los primeros ocho meses de 2024, el comercio entre Cuba y Vietnam llegó a 134,7 "
                "millones de dólares, un 187% más que en el mismo lapso de 2023.") == [
        ("actual", "turnover", "CUB", "VNM", 134700000.0, "USD", "exact", 2024, "1-8"),
        ("actual", "turnover", "CUB", "VNM", 187.0, "%", "exact", 2024, "1-8")]


def test_imports_de_country_are_from_it_unless_a_source_follows():
    assert figs("En 2023, las importaciones de China sumaron 120.500 millones de dólares, según la "
                "Secretaría de Economía de México.") == [
        ("actual", "exports", "CHN", "MEX", 120500000000.0, "USD", "exact", 2023, "1-12")]
    assert figs("El año pasado, las importaciones de México desde China ascendieron a 120.500 "
                "millones de dólares.") == [
        ("actual", "exports", "CHN", "MEX", 120500000000.0, "USD", "exact", 2023, "1-12")]


def test_share_is_no_growth_but_equivale_a_growth_is():
    assert figs("En 2023 las exportaciones de Chile a Vietnam representaron el 20% del total del comercio "
                "bilateral.") == []
    assert figs("En 2023 el comercio entre Vietnam y Chile sumó 1.900 millones de dólares, lo que equivale "
                "a un crecimiento del 5%.") == [
        ("actual", "turnover", "CHL", "VNM", 1900000000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "turnover", "CHL", "VNM", 5.0, "%", "exact", 2023, "1-12")]


@pytest.mark.parametrize("name, code", NAMES)
def test_place_names(name, code):
    lex = lexicon(LANG)
    m = lex.places.search(name) or lex.demonyms.search(name)
    assert m is not None and m.group() == name
    assert lex.place_codes.get(name.casefold()) == code or lex.demonym_of(name) == code


def test_a_sector_is_no_aggregate():
    assert figs("Las exportaciones del sector agroindustrial argentino a China sumaron 5.000 millones de "
                "dólares en 2023.") == []


def test_para_finales_de_ano_es_este_ano():
    assert figs("Los dos países buscan elevar el comercio entre Chile y China a 60.000 millones de dólares "
                "para finales de año.") == [
        ("target", "turnover", "CHL", "CHN", 6e10, "USD", "exact", 2024, "1-12")]


def test_al_ano_siguiente_is_no_yearly_average():
    assert figs("En 2022, el intercambio entre Vietnam y Colombia fue de 1.200 millones de dólares. Esta "
                "cifra aumentó un 10% al año siguiente.") == [
        ("actual", "turnover", "COL", "VNM", 1200000000.0, "USD", "exact", 2022, "1-12"),
        ("actual", "turnover", "COL", "VNM", 10.0, "%", "exact", 2023, "1-12")]
    # a yearly average stays no figure
    assert figs("Entre 2015 y 2023, el comercio entre Chile y China creció un 8% al año.") == []


def test_a_range_is_dated_by_the_year_after_its_right_end():
    assert figs("El comercio entre Perú y China podría alcanzar entre 40.000 y 45.000 millones de dólares "
                "en 2026.") == [
        ("forecast", "turnover", "CHN", "PER", 40000000000.0, "USD", "at_least", 2026, "1-12"),
        ("forecast", "turnover", "CHN", "PER", 45000000000.0, "USD", "at_most", 2026, "1-12")]


def test_a_balance_in_its_trade_with_a_partner_is_a_balance():
    assert figs("El superávit comercial de Chile en su comercio con China llegó a 20.000 millones de "
                "dólares en 2023.") == [
        ("actual", "balance", "CHL", "CHN", 20000000000.0, "USD", "exact", 2023, "1-12")]
    # a clause of its own: trade is trade
    assert figs("Chile registró un superávit mientras el comercio con China llegó a 60.000 millones de "
                "dólares en 2023.") == [
        ("actual", "turnover", "CHL", "CHN", 60000000000.0, "USD", "exact", 2023, "1-12")]


def test_respectively_is_a_list_not_a_change():
    # "fue de 60 y 58": with "respectivamente", no move from 60 to 58
    assert figs("En 2022 y 2023, el comercio entre Chile y China fue de 60 y 58 mil millones de dólares, "
                "respectivamente.") == [
        ("actual", "turnover", "CHL", "CHN", 60000000000.0, "USD", "exact", 2022, "1-12"),
        ("actual", "turnover", "CHL", "CHN", 58000000000.0, "USD", "exact", 2023, "1-12")]


def test_a_span_after_interanual_is_the_figures_own():
    assert figs("El intercambio comercial entre China y Chile creció un 7,5% interanual entre enero y "
                "septiembre, hasta los 48.000 millones de dólares.") == [
        ("actual", "turnover", "CHL", "CHN", 7.5, "%", "exact", 2024, "1-9"),
        ("actual", "turnover", "CHL", "CHN", 48000000000.0, "USD", "exact", 2024, "1-9")]


def test_a_destination_of_exports_is_where_the_goods_go():
    assert figs("China es el principal destino de las exportaciones chilenas, con 39.000 millones de "
                "dólares en 2023.") == [
        ("actual", "exports", "CHL", "CHN", 39000000000.0, "USD", "exact", 2023, "1-12")]


def test_seguida_de_names_the_next_partner_of_a_list():
    assert figs("China fue el principal destino de las exportaciones chilenas en 2023, con 38.000 millones de "
                "dólares, seguida de Estados Unidos con 16.000 millones.") == [
        ("actual", "exports", "CHL", "CHN", 3.8e10, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "CHL", "USA", 1.6e10, "USD", "exact", 2023, "1-12")]


def test_year_to_date_until_a_month():
    assert figs("Las exportaciones de Chile a China sumaron 30.000 millones de dólares en lo que va del "
                "año hasta septiembre.", "2024-10-15") == [
        ("actual", "exports", "CHL", "CHN", 30e9, "USD", "exact", 2024, "1-9")]


def test_veintiocho_and_intercambiaron():
    assert amounts("veintiocho mil millones de dólares") == [(28e9, "USD")]
    assert figs("México y Estados Unidos intercambiaron bienes por casi 800.000 millones de dólares en "
                "2023.") == [("actual", "turnover", "MEX", "USA", 8e11, "USD", "at_most", 2023, "1-12")]


def test_the_side_in_favour_is_in_surplus_whoever_is_named_first():
    assert figs("La balanza comercial entre Argentina y Chile arrojó en 2023 un saldo favorable a Chile "
                "de 1.250 millones de dólares.") == [
        ("actual", "balance", "CHL", "ARG", 1.25e9, "USD", "exact", 2023, "1-12")]


def test_a_forecast_rate_after_an_actual_amount():
    assert figs("El comercio entre España y Marruecos sumó 3.000 millones de euros en 2023 y se prevé "
                "que crezca un 10% en 2024.") == [
        ("actual", "turnover", "ESP", "MAR", 3e9, "EUR", "exact", 2023, "1-12"),
        ("forecast", "turnover", "ESP", "MAR", 10.0, "%", "exact", 2024, "1-12")]


def test_billon_is_a_million_millions_unless_in_dollars_beyond_reach():
    assert amount_list("1,74 billones de yuanes; 65 billones de dólares; 1,5 billones de dólares", LANG) == [
        (1.74e12, "CNY"), (65e9, "USD"), (1.5e12, "USD")]


def test_a_text_that_writes_decimal_points_groups_thousands_with_commas():
    assert figs("Las exportaciones guatemaltecas a México sumaron US$620.5 millones en el primer semestre de "
                "2024, mientras que las importaciones desde ese país alcanzaron US$1,950 millones.") == [
        ("actual", "exports", "GTM", "MEX", 620.5e6, "USD", "exact", 2024, "1-6"),
        ("actual", "exports", "MEX", "GTM", 1.95e9, "USD", "exact", 2024, "1-6")]


def test_a_text_in_the_languages_convention_keeps_it():
    assert figs("Las exportaciones de Vietnam a Chile sumaron 1,950 millones de dólares en 2023, un 2,5% más que en 2022.") == [
        ("actual", "exports", "VNM", "CHL", 1.95e6, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "VNM", "CHL", 2.5, "%", "exact", 2023, "1-12")]


def test_mas_and_menos_after_a_rate():
    assert figs("La ASEAN fue el mayor socio comercial de China en 2023, con un comercio bilateral de 6,41 "
                "billones de yuanes, un 5 por ciento más, seguida por la Unión Europea, con 5,51 billones de "
                "yuanes, un 0,8 por ciento menos.", "2024-01-12") == [
        ("actual", "turnover", "ASEAN", "CHN", 6.41e12, "CNY", "exact", 2023, "1-12"),
        ("actual", "turnover", "ASEAN", "CHN", 5.0, "%", "exact", 2023, "1-12"),
        ("actual", "turnover", "CHN", "EU", 5.51e12, "CNY", "exact", 2023, "1-12"),
        ("actual", "turnover", "CHN", "EU", -0.8, "%", "exact", 2023, "1-12")]


def test_the_year_a_rate_is_compared_with_does_not_date_the_next_clause():
    assert figs("Las exportaciones españolas a Marruecos sumaron 12.500 millones de euros en 2023, un 3,4% más "
                "que el año anterior, mientras que las importaciones procedentes de Marruecos crecieron un 7,1%, "
                "hasta los 10.200 millones.", "2024-03-05") == [
        ("actual", "exports", "ESP", "MAR", 12.5e9, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "ESP", "MAR", 3.4, "%", "exact", 2023, "1-12"),
        ("actual", "exports", "MAR", "ESP", 7.1, "%", "exact", 2023, "1-12"),
        ("actual", "exports", "MAR", "ESP", 10.2e9, "EUR", "exact", 2023, "1-12")]


def test_saldo_fue_negativo_para_and_intercambiaron():
    assert figs("El comercio bilateral entre la Argentina y Brasil sumó US$ 28.600 millones el año pasado. Así, "
                "el saldo fue negativo para la Argentina en US$ 4.900 millones.", "2024-01-10") == [
        ("actual", "turnover", "ARG", "BRA", 28.6e9, "USD", "exact", 2023, "1-12"),
        ("actual", "balance", "BRA", "ARG", 4.9e9, "USD", "exact", 2023, "1-12")]
    assert figs("En 2023, Argentina y Brasil intercambiaron bienes por 28.600 millones de dólares.") == [
        ("actual", "turnover", "ARG", "BRA", 28.6e9, "USD", "exact", 2023, "1-12")]


def test_compras_a_and_compro_a_name_the_seller():
    assert figs("Las exportaciones ecuatorianas a China sumaron 5.700 millones de dólares en 2023, mientras que "
                "las compras a China alcanzaron 5.600 millones.") == [
        ("actual", "exports", "ECU", "CHN", 5.7e9, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "CHN", "ECU", 5.6e9, "USD", "exact", 2023, "1-12")]
