"""Currency names from CLDR (tradetrack.lang): full names name one currency, a unit word may
name several."""
from tradetrack.lang import currencies_in_use, currency_choices, currency_names


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


def test_a_written_word_may_name_every_currency_whose_name_it_heads():
    assert currency_choices("en", "dirhams") == ("AED", "MAD")
    assert currency_choices("en", "shillings") == ("KES", "SOS", "TZS", "UGX")
    assert currency_choices("en", "cfa francs") == ("XAF", "XOF")
    assert currency_choices("fr", "dinars") == ("BHD", "DZD", "IQD", "JOD", "LYD", "RSD", "TND")
    assert currency_choices("fr", "francs cfa") == ("XAF", "XOF")
    assert currency_choices("fr", "francs suisses") == ("CHF",)
    assert "MXN" in currency_choices("es", "pesos")
    assert currency_choices("vi", "đô la") == ()  # "Đô la Mỹ": no one word is the unit


def test_currencies_in_use_by_country():
    used = currencies_in_use()
    assert used["KEN"] == ("KES",)
    assert used["ARE"] == ("AED",)
    assert used["CMR"] == ("XAF",)
    assert used["FRA"] == ("EUR",)
