"""Currency names from CLDR (tradetrack.lang): full names name one currency, a unit word may
name several."""
from tradetrack.lang import currencies_in_use, currency_names, currency_units


def test_full_names_in_each_language():
    assert currency_names("en")["kenyan shillings"] == "KES"
    assert currency_names("en")["thai baht"] == "THB"
    assert currency_names("fr")["dinars tunisiens"] == "TND"
    assert currency_names("fr")["shilling kényan"] == "KES"
    assert currency_names("es")["libras egipcias"] == "EGP"
    assert currency_names("it")["lire turche"] == "TRY"
    assert currency_names("pt")["rupias indonésias"] == "IDR"
    assert currency_names("vi")["shilling kenya"] == "KES"


def test_single_words_are_not_full_names():
    # a one-word name may be a common word: "real", "won", "euro" are left to the language data
    assert not any(" " not in name for code in ("en", "fr", "es", "it", "pt", "vi")
                   for name in currency_names(code))


def test_unit_words_name_every_currency_that_has_them():
    assert currency_units("en")["dirhams"] == ("AED", "MAD")
    assert currency_units("en")["shillings"] == ("KES", "SOS", "TZS", "UGX")
    assert currency_units("fr")["dinars"] == ("BHD", "DZD", "IQD", "JOD", "LYD", "RSD", "TND")
    assert "MXN" in currency_units("es")["pesos"]
    assert currency_units("vi") == {}  # "Đô la Mỹ": no one word is the unit


def test_currencies_in_use_by_country():
    used = currencies_in_use()
    assert used["KEN"] == ("KES",)
    assert used["ARE"] == ("AED",)
    assert used["CMR"] == ("XAF",)
    assert used["FRA"] == ("EUR",)
