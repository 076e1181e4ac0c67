"""What every language shares: currency symbols and codes written before or after amounts,
and the bloc codes tradetrack uses besides ISO 3166-1 alpha-3."""

# Symbols as written in news copy. A bare "$" is the US dollar (FIGURES.md). Matched as
# written; one made of letters must not continue a word ("Rs", not "Mrs").
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U$S": "USD", "u$s": "USD", "U$": "USD", "USD$": "USD", "$US": "USD",
    "US $": "USD", "U.S.$": "USD", "U.S. $": "USD",  # "US $4.5 billion" is no United States
    "$": "USD", "R$": "BRL", "A$": "AUD", "C$": "CAD", "S$": "SGD", "HK$": "HKD", "NZ$": "NZD",
    "€": "EUR", "£": "GBP", "¥": "CNY", "₫": "VND", "₽": "RUB", "₹": "INR", "₩": "KRW",
    "RMB": "CNY", "Mds$": "USD", "Rs.": "INR", "Rs": "INR",
    "KSh": "KES", "Ksh": "KES", "Sh": "KES", "N": "NGN", "R": "ZAR", "TSh": "TZS", "USh": "UGX", "₦": "NGN", "₺": "TRY", "₱": "PHP", "₪": "ILS", "฿": "THB",
    "₴": "UAH", "₸": "KZT", "₭": "LAK", "៛": "KHR", "৳": "BDT", "E£": "EGP", "Rp": "IDR", "RM": "MYR",
    # the CFA franc is the West African one (XOF) unless "CEMAC" or "XAF" says Central African
    "FCFA": "XOF", "CFA": "XOF",
}

# Symbols several currencies write: the pair of the figure tells which (a Cameroonian FCFA is
# the Central African one); the code above stays when neither side uses one of them.
SHARED_SYMBOLS: dict[str, tuple[str, ...]] = {
    "FCFA": ("XAF", "XOF"), "CFA": ("XAF", "XOF"),
    "Rs": ("INR", "LKR", "NPR", "PKR"), "Rs.": ("INR", "LKR", "NPR", "PKR"),
    "Sh": ("KES", "TZS", "UGX", "SOS"),
}

BLOCS: tuple[str, ...] = ("EU", "EAEU", "ASEAN")
