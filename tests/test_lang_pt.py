"""Portuguese (Brazil and Portugal): numbers, periods and trade vocabulary (issue 4's hard
cases), on sentences written for these tests."""
import pytest

from tradetrack.corpus.detect import detect_language
from tradetrack.extract.lexicon import lexicon

from .helpers import amount_list, figure_list

LANG = "pt"
NAMES = [("Rússia", "RUS"), ("Federação Russa", "RUS"), ("Vietnã", "VNM"), ("Vietname", "VNM"),
        ("EUA", "USA"), ("União Econômica Eurasiática", "EAEU"),
        ("União Económica Euroasiática", "EAEU"), ("UEE", "EAEU"), ("União Europeia", "EU"),
        ("Moscou", "RUS"), ("Moscovo", "RUS"), ("Pequim", "CHN"), ("brasileiras", "BRA"),
        ("vietnamitas", "VNM"), ("portugueses", "PRT")]


def figs(text, published="2024-11"):
    return figure_list(text, published, "pt")


def amounts(text):
    return amount_list(text, "pt")


@pytest.mark.parametrize("text, expected", [
    ("U$ 1,6 bilhão", [(1.6e9, "USD")]),
    ("US$ 10 bilhões", [(1e10, "USD")]),
    ("R$ 45,2 bilhões", [(45.2e9, "BRL")]),
    ("US$ 79,219 bilhões", [(79.219e9, "USD")]),
    ("1,2 mil milhões de euros", [(1.2e9, "EUR")]),
    ("mil milhões de euros", [(1e9, "EUR")]),
    ("448,6 milhões de euros", [(448.6e6, "EUR")]),
    ("dez bilhões de dólares", [(1e10, "USD")]),
    ("um bilhão de dólares", [(1e9, "USD")]),
    ("US$ 10 bi", [(1e10, "USD")]),
    ("R$ 500 mi", [(500e6, "BRL")]),
    ("US$ 300 mil", [(300e3, "USD")]),
])
def test_numbers(text, expected):
    assert amounts(text) == expected


def test_first_semester_and_u_dollar():
    assert figs("No primeiro semestre de 2015, o volume de negócios entre a Rússia e o Vietnã foi de "
                "U$ 1,6 bilhão.") == [
        ("actual", "turnover", "RUS", "VNM", 1600000000.0, "USD", "exact", 2015, "1-6")]


def test_target_ate_year():
    assert figs("Brasil e Vietnã pretendem elevar o comércio bilateral a US$ 10 bilhões até 2030.") == [
        ("target", "turnover", "BRA", "VNM", 10000000000.0, "USD", "exact", 2030, "1-12")]


def test_reais_third_quarter_alta_sobre_mesmo_periodo():
    assert figs("As exportações brasileiras para a China somaram R$ 45,2 bilhões no terceiro "
                "trimestre, uma alta de 12,4% sobre o mesmo período do ano passado.") == [
        ("actual", "exports", "BRA", "CHN", 45200000000.0, "BRL", "exact", 2024, "7-9"),
        ("actual", "exports", "BRA", "CHN", 12.4, "%", "exact", 2024, "7-9")]


def test_european_portuguese_mil_milhoes_last_year():
    assert figs("No ano passado, as exportações portuguesas para Angola atingiram 1,2 mil milhões "
                "de euros.") == [
        ("actual", "exports", "PRT", "AGO", 1200000000.0, "EUR", "exact", 2023, "1-12")]


def test_ao_ano_average_rate_is_no_figure():
    assert figs("O comércio entre Portugal e o Vietname cresceu 15% ao ano desde 2015.") == []


def test_surplus_month_range():
    assert figs("Segundo a Secex, o Brasil registrou superávit de US$ 40 bilhões com a China entre "
                "janeiro e outubro.") == [
        ("actual", "balance", "BRA", "CHN", 40000000000.0, "USD", "exact", 2024, "1-10")]


def test_imports_by_demonym_and_fall():
    assert figs("As importações brasileiras de produtos argentinos caíram 8,5% em 2023, para US$ "
                "11,9 bilhões.") == [
        ("actual", "exports", "ARG", "BRA", -8.5, "%", "exact", 2023, "1-12"),
        ("actual", "exports", "ARG", "BRA", 11900000000.0, "USD", "exact", 2023, "1-12")]


def test_flow_and_exports_in_one_sentence():
    assert figs("O fluxo de comércio entre os dois países atingiu US$ 7,7 bilhões em 2024, com saldo "
                "positivo para o Brasil, que exportou US$ 4,1 bilhões para o Vietnã.",
                published="2025-08") == [
        ("actual", "turnover", "BRA", "VNM", 7700000000.0, "USD", "exact", 2024, "1-12"),
        ("actual", "exports", "BRA", "VNM", 4100000000.0, "USD", "exact", 2024, "1-12")]


def test_dobrar_is_a_forecast_of_no_amount():
    # "dobrar" (to double) states no amount and no percent: nothing to emit by itself
    assert figs("As exportações do Vietnã para a Rússia devem dobrar nos próximos cinco anos.") == []


def test_bloc_and_names():
    assert figs("Em 2022, o comércio entre a União Econômica Eurasiática e o Vietnã somou US$ 5 "
                "bilhões.") == [
        ("actual", "turnover", "EAEU", "VNM", 5000000000.0, "USD", "exact", 2022, "1-12")]
    assert figs("As exportações da Rússia para o Brasil caíram para US$ 4 bilhões em 2022.") == [
        ("actual", "exports", "RUS", "BRA", 4000000000.0, "USD", "exact", 2022, "1-12")]


def test_detection():
    assert detect_language("De acordo com os especialistas, as exportações do país também "
                           "cresceram e não pararam de subir neste ano.") == "pt"


def test_cumulative_to_month_and_four_month_period():
    assert figs("No acumulado até setembro, as exportações brasileiras para a Argentina somaram US$ "
                "10,5 bilhões.") == [
        ("actual", "exports", "BRA", "ARG", 10500000000.0, "USD", "exact", 2024, "1-9")]
    assert figs("No primeiro quadrimestre de 2024, o Brasil importou da China US$ 16 bilhões.") == [
        ("actual", "exports", "CHN", "BRA", 16000000000.0, "USD", "exact", 2024, "1-4")]


def test_both_flows_named_together_are_turnover():
    assert figs("As exportações e importações entre Brasil e Vietnã somaram US$ 7,7 bilhões em 2024.") == [
        ("actual", "turnover", "BRA", "VNM", 7700000000.0, "USD", "exact", 2024, "1-12")]


def test_comparative_after_the_rate():
    assert figs("No primeiro semestre, as exportações do Brasil para a China somaram US$ 50 bilhões, 12% "
                "a mais que no mesmo período de 2023.") == [
        ("actual", "exports", "BRA", "CHN", 50000000000.0, "USD", "exact", 2024, "1-6"),
        ("actual", "exports", "BRA", "CHN", 12.0, "%", "exact", 2024, "1-6")]


def test_imports_do_country_are_from_it_unless_a_source_follows():
    assert figs("No caso de Portugal, as importações do Vietname ascenderam, em 2021, a 448,6 milhões de "
                "euros.") == [
        ("actual", "exports", "VNM", "PRT", 448600000.0, "EUR", "exact", 2021, "1-12")]
    assert figs("No ano passado, as importações do Brasil provenientes da China somaram US$ 53 "
                "bilhões.") == [
        ("actual", "exports", "CHN", "BRA", 53000000000.0, "USD", "exact", 2023, "1-12")]


@pytest.mark.parametrize("name, code", NAMES)
def test_place_names(name, code):
    lex = lexicon(LANG)
    m = lex.places.search(name) or lex.demonyms.search(name)
    assert m is not None and m.group() == name
    assert lex.place_codes.get(name.casefold()) == code or lex.demonym_of(name) == code


def test_a_sector_is_no_aggregate():
    assert figs("As exportações do agronegócio brasileiro para a China somaram US$ 40 bilhões em 2023.") == []


def test_a_short_article_is_no_start_of_a_country_name():
    # "para a" and "com o" must not take the first letter of "Angola" or "os Estados Unidos"
    assert figs("Em 2023, Portugal exportou 4,2 mil milhões de euros para Angola e importou 1,1 mil "
                "milhões de euros.") == [
        ("actual", "exports", "PRT", "AGO", 4200000000.0, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "AGO", "PRT", 1100000000.0, "EUR", "exact", 2023, "1-12")]
    assert figs("Em 2022, a balança comercial com os Estados Unidos teve déficit de US$ 2 bilhões para o "
                "Brasil.") == [
        ("actual", "balance", "USA", "BRA", 2000000000.0, "USD", "exact", 2022, "1-12")]


def test_a_year_after_a_rate_is_no_yearly_average():
    # "ao ano" is a yearly average, "ao ano anterior" the base
    assert figs("Em 2022, as exportações do Brasil para o Vietnã cresceram 12% em relação ao ano "
                "anterior.") == [
        ("actual", "exports", "BRA", "VNM", 12.0, "%", "exact", 2022, "1-12")]


def test_a_balance_in_its_trade_with_a_partner_is_a_balance():
    assert figs("O saldo favorável ao Brasil no comércio com a China foi de US$ 51 bilhões no ano "
                "passado.") == [
        ("actual", "balance", "BRA", "CHN", 51000000000.0, "USD", "exact", 2023, "1-12")]
    assert figs("O superávit comercial do Brasil no comércio com a Argentina chegou a US$ 4 bilhões em "
                "2022.") == [
        ("actual", "balance", "BRA", "ARG", 4000000000.0, "USD", "exact", 2022, "1-12")]


def test_respectively_gives_each_partner_its_amount():
    assert figs("As exportações do Brasil para a China e para os Estados Unidos foram de US$ 104 bilhões e "
                "US$ 37 bilhões, respectivamente, em 2023.") == [
        ("actual", "exports", "BRA", "CHN", 104000000000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "BRA", "USA", 37000000000.0, "USD", "exact", 2023, "1-12")]


def test_a_destination_of_exports_is_where_the_goods_go():
    assert figs("O Vietnã tornou-se o principal destino das exportações brasileiras no Sudeste Asiático, "
                "com US$ 3,5 bilhões em 2023.") == [
        ("actual", "exports", "BRA", "VNM", 3500000000.0, "USD", "exact", 2023, "1-12")]


def test_seguida_pelos_names_the_next_partner_of_a_list():
    assert figs("A China foi o principal destino das exportações brasileiras em 2023, com US$ 104 bilhões, "
                "seguida pelos Estados Unidos, com US$ 37 bilhões.") == [
        ("actual", "exports", "BRA", "CHN", 1.04e11, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "BRA", "USA", 3.7e10, "USD", "exact", 2023, "1-12")]


def test_chegou_a_mais_de_is_a_lower_bound_not_a_change():
    assert figs("O superávit comercial do Brasil com a China chegou a mais de US$ 51 bilhões em 2023.") == [
        ("actual", "balance", "BRA", "CHN", 51e9, "USD", "at_least", 2023, "1-12")]


def test_year_to_date_until_a_month_and_randes():
    assert figs("As exportações do Brasil para a China somaram US$ 45 bilhões no acumulado do ano até "
                "setembro.", "2024-10-15") == [
        ("actual", "exports", "BRA", "CHN", 45e9, "USD", "exact", 2024, "1-9")]
    assert figs("As exportações da África do Sul para Moçambique somaram 45 mil milhões de randes em "
                "2023.") == [("actual", "exports", "ZAF", "MOZ", 45e9, "ZAR", "exact", 2023, "1-12")]


def test_a_target_without_deadline_does_not_take_the_other_amount_s_year():
    assert figs("O comércio entre Portugal e Angola foi de 2,9 mil milhões de euros em 2023 e os dois "
                "países querem duplicá-lo para 6 mil milhões de euros.") == [
        ("actual", "turnover", "AGO", "PRT", 2.9e9, "EUR", "exact", 2023, "1-12"),
        ("target", "turnover", "AGO", "PRT", 6e9, "EUR", "exact", None, "1-12")]


def test_fixaram_se_em_is_what_happened_not_a_goal():
    assert figs("O comércio entre Angola e a China somou 23 mil milhões de dólares em 2023. As vendas "
                "chinesas a Angola fixaram-se em 3,9 mil milhões de dólares, enquanto as compras se "
                "fixaram em 19,1 mil milhões.", "2024-02-10") == [
        ("actual", "turnover", "AGO", "CHN", 23e9, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "CHN", "AGO", 3.9e9, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "AGO", "CHN", 19.1e9, "USD", "exact", 2023, "1-12")]


def test_pela_primeira_vez_between_bound_and_amount():
    assert figs("As trocas comerciais entre Portugal e Moçambique ultrapassaram pela primeira vez os 500 "
                "milhões de euros em 2022.", "2023-03-15") == [
        ("actual", "turnover", "MOZ", "PRT", 500e6, "EUR", "at_least", 2022, "1-12")]


def test_biliao_is_a_million_millions():
    assert amount_list("1,2 biliões de kwanzas e 3,5 bilhões de reais", "pt") == [(1.2e12, "AOA"), (3.5e9, "BRL")]


def test_a_product_set_off_by_sobretudo_describes_the_total():
    assert figs("As importações portuguesas de produtos cabo-verdianos, sobretudo conservas de peixe e "
                "vestuário, ficaram-se pelos 32 milhões de euros em 2023.", "2024-03-10") == [
        ("actual", "exports", "CPV", "PRT", 32e6, "EUR", "exact", 2023, "1-12")]


def test_mais_and_menos_before_a_rate():
    assert figs("As exportações de Portugal para Espanha totalizaram 20,3 mil milhões de euros em 2023, menos "
                "2,1% do que no ano anterior, e as de Portugal para Cabo Verde 295 milhões, mais 11,5%.",
                "2024-03-10") == [
        ("actual", "exports", "PRT", "ESP", 20.3e9, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "PRT", "ESP", -2.1, "%", "exact", 2023, "1-12"),
        ("actual", "exports", "PRT", "CPV", 295e6, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "PRT", "CPV", 11.5, "%", "exact", 2023, "1-12")]


def test_esperar_que_is_a_forecast():
    assert figs("O presidente da câmara disse esperar que as exportações portuguesas para Angola ultrapassem "
                "os 2 mil milhões de euros este ano.", "2024-02-09") == [
        ("forecast", "exports", "PRT", "AGO", 2e9, "EUR", "at_least", 2024, "1-12")]


def test_o_pais_vizinho_is_the_side_the_sentence_does_not_name():
    assert figs("Espanha manteve-se em 2023 como o principal parceiro comercial de Portugal. As exportações de "
                "Portugal para o país vizinho totalizaram 20,3 mil milhões de euros em 2023.", "2024-03-10") == [
        ("actual", "exports", "PRT", "ESP", 20.3e9, "EUR", "exact", 2023, "1-12")]


def test_saldo_foi_positivo_para_and_trocaram():
    assert figs("Em 2023, Brasil e Argentina trocaram mercadorias no valor de 28 bilhões de dólares, e o saldo "
                "foi positivo para o Brasil em 4,9 bilhões de dólares.", "2024-01-10") == [
        ("actual", "turnover", "ARG", "BRA", 28e9, "USD", "exact", 2023, "1-12"),
        ("actual", "balance", "BRA", "ARG", 4.9e9, "USD", "exact", 2023, "1-12")]


def test_quer_ampliar_is_a_goal():
    assert figs("Em 2024, o comércio entre Brasil e Estados Unidos somou US$ 80,9 bilhões. \"O governo quer "
                "ampliar a corrente de comércio com os Estados Unidos para US$ 100 bilhões\", disse Alckmin.",
                "2025-07-10") == [
        ("actual", "turnover", "BRA", "USA", 80.9e9, "USD", "exact", 2024, "1-12"),
        ("target", "turnover", "BRA", "USA", 100e9, "USD", "exact", None, "1-12")]


def test_the_places_of_a_source_are_not_the_figures():
    assert figs("As exportações de Angola para a China caíram 15,8% em 2023, para 20,1 mil milhões de dólares, "
                "segundo dados das alfândegas chinesas divulgados hoje em Pequim.", "2024-01-20") == [
        ("actual", "exports", "AGO", "CHN", -15.8, "%", "exact", 2023, "1-12"),
        ("actual", "exports", "AGO", "CHN", 20.1e9, "USD", "exact", 2023, "1-12")]
