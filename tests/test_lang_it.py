"""Italian: numbers, periods and trade vocabulary (issue 4's hard cases), on sentences
written for these tests."""
import pytest

from tradetrack.corpus.detect import detect_language
from tradetrack.extract.lexicon import lexicon

from .helpers import amount_list, figure_list

LANG = "it"
NAMES = [("Russia", "RUS"), ("Federazione Russa", "RUS"), ("Vietnam", "VNM"), ("Stati Uniti", "USA"),
        ("Unione economica eurasiatica", "EAEU"), ("UEE", "EAEU"), ("EAEU", "EAEU"),
        ("Unione europea", "EU"), ("Ue", "EU"), ("Mosca", "RUS"), ("Pechino", "CHN"),
        ("vietnamita", "VNM"), ("russe", "RUS"), ("italiani", "ITA")]


def figs(text, published="2024-11"):
    return figure_list(text, published, "it")


def amounts(text):
    return amount_list(text, "it")


@pytest.mark.parametrize("text, expected", [
    ("4,57 miliardi di dollari", [(4.57e9, "USD")]),
    ("dieci miliardi di euro", [(1e10, "EUR")]),
    ("un miliardo di euro", [(1e9, "EUR")]),
    ("otto miliardi", [(8e9, None)]),
    ("850 milioni di euro", [(850e6, "EUR")]),
    ("1.250 milioni di dollari", [(1.25e9, "USD")]),
    ("3,2 mld di euro", [(3.2e9, "EUR")]),
    ("700 mln di dollari", [(700e6, "USD")]),
    ("500 mila euro", [(500e3, "EUR")]),
])
def test_numbers(text, expected):
    assert amounts(text) == expected


def test_turnover_and_per_cento_growth():
    assert figs("Nel 2023 l'interscambio commerciale tra Italia e Vietnam ha raggiunto 4,57 miliardi "
                "di dollari, con un aumento del 28,6 per cento.") == [
        ("actual", "turnover", "ITA", "VNM", 4570000000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "turnover", "ITA", "VNM", 28.6, "%", "exact", 2023, "1-12")]


def test_target_in_words_entro():
    assert figs("Italia e Vietnam puntano a portare l'interscambio a dieci miliardi di dollari entro "
                "il 2030.") == [
        ("target", "turnover", "ITA", "VNM", 10000000000.0, "USD", "exact", 2030, "1-12")]


def test_last_year_and_circa():
    assert figs("L'anno scorso le esportazioni italiane verso la Russia sono state di circa otto "
                "miliardi di euro.") == [
        ("actual", "exports", "ITA", "RUS", 8000000000.0, "EUR", "approx", 2023, "1-12")]


def test_first_six_months_imports_from_and_fall():
    assert figs("Nei primi sei mesi le importazioni italiane dalla Cina sono ammontate a 25,3 "
                "miliardi di euro, in calo del 4,2%.") == [
        ("actual", "exports", "CHN", "ITA", 25300000000.0, "EUR", "exact", 2024, "1-6"),
        ("actual", "exports", "CHN", "ITA", -4.2, "%", "exact", 2024, "1-6")]


def test_surplus_first_quarter():
    assert figs("L'Italia ha registrato un avanzo commerciale di 1,2 miliardi di euro con il Brasile "
                "nel primo trimestre.") == [
        ("actual", "balance", "ITA", "BRA", 1200000000.0, "EUR", "exact", 2024, "1-3")]


def test_month_range_and_superato_i():
    assert figs("Tra gennaio e agosto il commercio bilaterale tra Italia e India ha superato i 9 "
                "miliardi di euro.") == [
        ("actual", "turnover", "IND", "ITA", 9000000000.0, "EUR", "at_least", 2024, "1-8")]


def test_quasi_il_and_first_nine_months_of_the_year():
    assert figs("Secondo l'Istat, l'export italiano in Germania è cresciuto di quasi il 3% nei primi "
                "nove mesi dell'anno.") == [
        ("actual", "exports", "ITA", "DEU", 3.0, "%", "at_most", 2024, "1-9")]


def test_forecast_next_year():
    assert figs("Le esportazioni del Vietnam verso l'Italia dovrebbero superare i 5 miliardi di "
                "dollari il prossimo anno.") == [
        ("forecast", "exports", "VNM", "ITA", 5000000000.0, "USD", "at_least", 2025, "1-12")]


def test_balance_in_favour_of():
    assert figs("Nel 2023 l'interscambio tra Brasile e Italia è stato di 7,9 miliardi di euro, con un "
                "saldo commerciale favorevole all'Italia pari a 1,2 miliardi di euro.") == [
        ("actual", "turnover", "BRA", "ITA", 7900000000.0, "EUR", "exact", 2023, "1-12"),
        ("actual", "balance", "ITA", "BRA", 1200000000.0, "EUR", "exact", 2023, "1-12")]


def test_average_yearly_rate_is_no_figure():
    assert figs("L'interscambio tra Italia e Vietnam è cresciuto del 10% all'anno nell'ultimo "
                "decennio.") == []


def test_bloc_name():
    assert figs("Nel 2022 il commercio tra l'Unione economica eurasiatica e il Vietnam ha raggiunto "
                "5 miliardi di dollari.") == [
        ("actual", "turnover", "EAEU", "VNM", 5000000000.0, "USD", "exact", 2022, "1-12")]


def test_detection():
    assert detect_language("Durante la conferenza stampa il presidente del Consiglio ha dichiarato "
                           "che l'Italia è ormai al secondo posto tra i fornitori europei.") == "it"


def test_difference_in_meno_is_no_figure():
    assert figs("Nel 2017 le vendite italiane verso la Russia sono state di circa otto miliardi di euro, "
                "tre miliardi in meno rispetto al 2013.", published="2019-07") == [
        ("actual", "exports", "ITA", "RUS", 8000000000.0, "EUR", "approx", 2017, "1-12")]


def test_comparative_after_the_rate():
    assert figs("Nei primi nove mesi del 2024 l'export italiano in Brasile ha raggiunto 4,5 miliardi di "
                "euro, il 9,8% in più rispetto allo stesso periodo del 2023.") == [
        ("actual", "exports", "ITA", "BRA", 4500000000.0, "EUR", "exact", 2024, "1-9"),
        ("actual", "exports", "ITA", "BRA", 9.8, "%", "exact", 2024, "1-9")]


def test_deficit_per_owner():
    assert figs("Nel 2023 le importazioni dal Vietnam hanno superato i 3,9 miliardi di dollari, con un "
                "disavanzo per l'Italia di circa 2,7 miliardi.") == [
        ("actual", "exports", "VNM", "ITA", 3900000000.0, "USD", "at_least", 2023, "1-12"),
        ("actual", "balance", "VNM", "ITA", 2700000000.0, "USD", "approx", 2023, "1-12")]


def test_pari_al_growth_is_a_rate():
    assert figs("Nel 2023 l'interscambio tra Italia e Vietnam ha raggiunto 6,2 miliardi di dollari, con un "
                "incremento pari al 12%.") == [
        ("actual", "turnover", "ITA", "VNM", 6200000000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "turnover", "ITA", "VNM", 12.0, "%", "exact", 2023, "1-12")]


def test_quota_as_level_and_as_share():
    assert figs("Nel 2022 l'interscambio tra Italia e Vietnam ha raggiunto quota 6,2 miliardi di dollari, "
                "in crescita del 10%.") == [
        ("actual", "turnover", "ITA", "VNM", 6200000000.0, "USD", "exact", 2022, "1-12"),
        ("actual", "turnover", "ITA", "VNM", 10.0, "%", "exact", 2022, "1-12")]
    assert figs("Il Vietnam rappresenta una quota del 20% dell'export italiano in Asia.") == []


@pytest.mark.parametrize("name, code", NAMES)
def test_place_names(name, code):
    lex = lexicon(LANG)
    m = lex.places.search(name) or lex.demonyms.search(name)
    assert m is not None and m.group() == name
    assert lex.place_codes.get(name.casefold()) == code or lex.demonym_of(name) == code


def test_a_sector_is_no_aggregate():
    assert figs("Nel 2023 le esportazioni del settore meccanico italiano verso la Cina sono cresciute del "
                "5%.") == []


def test_the_year_before_glued_to_its_preposition_is_a_base():
    assert figs("L'interscambio tra Italia e Brasile ha raggiunto 12 miliardi di euro nel 2023, in crescita "
                "del 5% rispetto all'anno precedente.") == [
        ("actual", "turnover", "BRA", "ITA", 12000000000.0, "EUR", "exact", 2023, "1-12"),
        ("actual", "turnover", "BRA", "ITA", 5.0, "%", "exact", 2023, "1-12")]
    assert figs("Nel 2022 l'interscambio tra Italia e Vietnam ha raggiunto 6 miliardi di dollari, il 9% in "
                "più sull'anno precedente.") == [
        ("actual", "turnover", "ITA", "VNM", 6000000000.0, "USD", "exact", 2022, "1-12"),
        ("actual", "turnover", "ITA", "VNM", 9.0, "%", "exact", 2022, "1-12")]


def test_con_la_is_no_start_of_laos():
    assert figs("Nel 2023 il Vietnam ha registrato un avanzo commerciale di 500 milioni di dollari con "
                "Laos.") == [
        ("actual", "balance", "VNM", "LAO", 500000000.0, "USD", "exact", 2023, "1-12")]


def test_a_balance_in_its_trade_with_a_partner_is_a_balance():
    assert figs("Il saldo a favore dell'Italia nell'interscambio con la Cina è stato di 5 miliardi di euro "
                "nel 2022.") == [
        ("actual", "balance", "ITA", "CHN", 5000000000.0, "EUR", "exact", 2022, "1-12")]


def test_respectively_with_whole_numbers_in_one_scale():
    assert figs("Nel 2023 le esportazioni italiane verso la Cina e la Turchia sono state rispettivamente di "
                "19 e 12 miliardi di euro.") == [
        ("actual", "exports", "ITA", "CHN", 19000000000.0, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "ITA", "TUR", 12000000000.0, "EUR", "exact", 2023, "1-12")]


def test_a_span_after_su_base_annua_is_the_figures_own():
    assert figs("L'interscambio tra Italia e Cina è cresciuto del 7,5% su base annua nei primi nove mesi, a "
                "48 miliardi di euro.") == [
        ("actual", "turnover", "CHN", "ITA", 7.5, "%", "exact", 2024, "1-9"),
        ("actual", "turnover", "CHN", "ITA", 48000000000.0, "EUR", "exact", 2024, "1-9")]


def test_latin_american_demonyms():
    assert figs("Nel 2023 le esportazioni peruviane verso la Cina hanno raggiunto 25 miliardi di dollari.") == [
        ("actual", "exports", "PER", "CHN", 25000000000.0, "USD", "exact", 2023, "1-12")]


def test_seguita_dal_names_the_next_partner_of_a_list():
    assert figs("La Cina è stata il primo mercato di sbocco dell'export italiano in Asia nel 2023 con 16 "
                "miliardi di euro, seguita dal Giappone con 7 miliardi.") == [
        ("actual", "exports", "ITA", "CHN", 1.6e10, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "ITA", "JPN", 7e9, "EUR", "exact", 2023, "1-12")]


def test_compound_number_words_and_year_to_date():
    from .helpers import amount_list

    assert amount_list("ventotto miliardi di euro, trentacinque miliardi di euro, ventitré miliardi di "
                       "euro e ventuno miliardi di euro", "it") == [(28e9, "EUR"), (35e9, "EUR"), (23e9, "EUR"), (21e9, "EUR")]
    assert figs("Le esportazioni italiane verso la Turchia hanno raggiunto 10 miliardi di euro da inizio "
                "anno a settembre.", "2024-10-15") == [
        ("actual", "exports", "ITA", "TUR", 10e9, "EUR", "exact", 2024, "1-9")]


def test_hanno_scambiato_and_a_forecast_rate_after_an_actual_amount():
    assert figs("Italia e Turchia hanno scambiato merci per 30 miliardi di euro nel 2023.") == [
        ("actual", "turnover", "ITA", "TUR", 30e9, "EUR", "exact", 2023, "1-12")]
    assert figs("L'interscambio tra Italia e Turchia è stato pari a 10,5 miliardi di euro nel 2023 e "
                "dovrebbe crescere del 5% nel 2024.") == [
        ("actual", "turnover", "ITA", "TUR", 10.5e9, "EUR", "exact", 2023, "1-12"),
        ("forecast", "turnover", "ITA", "TUR", 5.0, "%", "exact", 2024, "1-12")]


def test_a_bound_word_before_the_year_still_bounds_the_amount():
    assert figs("L'interscambio commerciale tra Russia e Bielorussia ha superato nel 2023 i 4.000 miliardi "
                "di rubli.") == [("actual", "turnover", "BLR", "RUS", 4e12, "RUB", "at_least", 2023, "1-12")]


def test_the_clause_after_mentre_is_another_flow():
    assert figs("Le esportazioni italiane verso la Turchia sono cresciute del 18,5 per cento, a 11,2 miliardi "
                "di euro nel 2023, mentre quelle turche verso l'Italia si sono attestate a 9,1 miliardi.") == [
        ("actual", "exports", "ITA", "TUR", 18.5, "%", "exact", 2023, "1-12"),
        ("actual", "exports", "ITA", "TUR", 11.2e9, "EUR", "exact", 2023, "1-12"),
        ("actual", "exports", "TUR", "ITA", 9.1e9, "EUR", "exact", 2023, "1-12")]


def test_puntiamo_a_is_a_goal():
    assert figs("Nel 2023 l'interscambio tra Italia e Brasile ha raggiunto 10,4 miliardi di dollari. \"Puntiamo "
                "a superare i 12 miliardi di dollari di interscambio l'anno prossimo\", ha detto il ministro.",
                "2024-11-19") == [
        ("actual", "turnover", "BRA", "ITA", 10.4e9, "USD", "exact", 2023, "1-12"),
        ("target", "turnover", "BRA", "ITA", 12e9, "USD", "at_least", 2025, "1-12")]


def test_avevano_scambiato_is_trade():
    assert figs("Nel 2023 Italia e Germania avevano scambiato merci per quasi 170 miliardi di euro.") == [
        ("actual", "turnover", "DEU", "ITA", 170e9, "EUR", "at_most", 2023, "1-12")]


def test_esportato_negli_stati_uniti_and_a_trade_noun_after_a_comma():
    assert figs("Nel 2024 l'Italia ha esportato negli Stati Uniti merci per 64,8 miliardi di euro, a fronte di "
                "importazioni per 25,2 miliardi.", "2025-04-10") == [
        ("actual", "exports", "ITA", "USA", 64.8e9, "EUR", "exact", 2024, "1-12"),
        ("actual", "exports", "USA", "ITA", 25.2e9, "EUR", "exact", 2024, "1-12")]
