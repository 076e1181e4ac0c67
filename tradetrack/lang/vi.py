"""Vietnamese (tiếng Việt).

Every string is precomposed (NFC): the engine normalises the text before matching, so "tỷ"
written with combining marks is read the same. Vietnamese has no demonym adjectives; a
country is named ("xuất khẩu của Việt Nam sang Nga") or shortened in compounds ("Việt -
Trung", "Việt-Nga", "Việt - Hàn"). The short forms that are ordinary words elsewhere
("Trung" of "Trung ương", "Thái" of "Thái Bình") count only inside such a compound.
"""
from . import country_names
from .base import Language

# --- months: "tháng 8", "tháng 08", "tháng Tám", "tháng Giêng" ------------------------------
_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("0?1", "một", "giêng"), 2: ("0?2", "hai"), 3: ("0?3", "ba"), 4: ("0?4", "tư", "bốn"),
    5: ("0?5", "(?-i:Năm)"),  # lower-case "năm" is "year": "các tháng năm 2023"
    6: ("0?6", "sáu"), 7: ("0?7", "bảy"), 8: ("0?8", "tám"), 9: ("0?9", "chín"),
    10: ("10", "mười(?! (?:một|hai))"), 11: ("11", "mười một"), 12: ("12", "mười hai", "chạp"),
}
MONTHS = {f"tháng (?:{'|'.join(w)})(?![\\d\\p{{L}}])": n for n, w in _MONTH_WORDS.items()}

# --- short names in compounds: "Việt - Trung", "Việt-Nga", "Nga–Việt", "Mỹ - Trung" ------------
_SHORT = {"việt": "VNM", "trung": "CHN", "nga": "RUS", "mỹ": "USA", "hàn": "KOR", "nhật": "JPN",
          "lào": "LAO", "thái": "THA", "pháp": "FRA", "đức": "DEU", "anh": "GBR", "ấn": "IND",
          "úc": "AUS", "triều": "PRK", "ý": "ITA", "miên": "KHM", "campuchia": "KHM"}
_ANY_SHORT = "(?:" + "|".join(sorted(_SHORT, key=len, reverse=True)) + ")"
_DASH = "\\s*[-–—]\\s*"


def _compound(short: str) -> str:
    """A short name that is one side of a dash compound ("Trung" of "Việt - Trung")."""
    return (f"(?<={_ANY_SHORT}{_DASH}){short}"
            f"|{short}(?={_DASH}{_ANY_SHORT}(?!\\p{{L}}))")


# A capitalised word right before a name makes it part of a person's or a region's name
# ("Nguyễn Thị Mỹ", "Bắc Mỹ", "Chủ Nhật").
_NOT_AFTER_NAME = "(?<!(?-i:\\p{Lu}\\p{Ll}*)\\s)"

DEMONYMS: dict[str, str] = {}
for _s, _code in _SHORT.items():
    DEMONYMS[_compound(_s)] = _code
    # what the engine looks a matched short name up with: the bare word, never found in text
    DEMONYMS[f"(?<!.){_s}(?!.)"] = _code
DEMONYMS.update({
    # standalone everyday names (case-sensitive), not in CLDR's list
    f"{_NOT_AFTER_NAME}(?<!đô ?la\\s)(?<!đôla\\s)(?<!đồng\\s)(?<!châu\\s)(?-i:Mỹ)"
    "(?!\\s*(?:Latinh|La tinh|phẩm|thuật|Tho|Đình|Lai))": "USA",
    f"{_NOT_AFTER_NAME}(?<!cập\\s)(?-i:Nhật)(?!\\s*(?:Bản|\\p{{Lu}}))": "JPN",
    f"{_NOT_AFTER_NAME}(?-i:Hàn)(?!\\s*(?:Quốc|\\p{{Lu}}))": "KOR",
    f"{_NOT_AFTER_NAME}(?<!tiếng\\s)(?<!người\\s)(?-i:Anh)(?!\\s*(?:ấy|ta|em|chị|\\p{{Lu}}))": "GBR",
    f"{_NOT_AFTER_NAME}(?-i:Ý)(?!\\s*(?:kiến|nghĩa|tưởng|thức|định|muốn))": "ITA",
})

# --- blocs and variants CLDR lacks --------------------------------------------------------------
PLACES: dict[str, str] = {
    "Việt nam": "VNM", "VIỆT NAM": "VNM", "VN": "VNM", "Vietnam": "VNM", "Viet Nam": "VNM",
    "CHXHCN Việt Nam": "VNM", "Hà Nội": "VNM", "HÀ NỘI": "VNM",
    "nước ta": "VNM", "Nước ta": "VNM",  # "our country" in Vietnamese copy
    "Liên bang Nga": "RUS", "LB Nga": "RUS", "Liên Bang Nga": "RUS", "nước Nga": "RUS",
    "Mát-xcơ-va": "RUS", "Matxcơva": "RUS", "Moskva": "RUS", "Moscow": "RUS", "Điện Kremlin": "RUS",
    "Xứ sở Bạch Dương": "RUS", "xứ sở Bạch Dương": "RUS",
    "Hoa Kỳ": "USA", "Hợp chúng quốc Hoa Kỳ": "USA", "Washington": "USA", "Nhà Trắng": "USA",
    "Trung Hoa": "CHN", "TQ": "CHN", "Bắc Kinh": "CHN", "CHND Trung Hoa": "CHN",
    "Hàn Quốc": "KOR", "Đại Hàn": "KOR", "Seoul": "KOR", "Xơ-un": "KOR", "xứ sở Kim chi": "KOR",
    "Nhật Bản": "JPN", "Tokyo": "JPN", "Tô-ky-ô": "JPN",
    "Campuchia": "KHM", "Cam-pu-chia": "KHM", "Cămpuchia": "KHM", "Phnom Penh": "KHM",
    "Phnôm Pênh": "KHM", "Xứ Chùa Tháp": "KHM", "xứ Chùa Tháp": "KHM",
    "Lào": "LAO", "Viêng Chăn": "LAO", "Vientiane": "LAO",
    "Thái Lan": "THA", "Băng Cốc": "THA", "Bangkok": "THA",
    "Úc": "AUS", "Ốt-xtrây-li-a": "AUS", "Ô-xtrây-li-a": "AUS",
    "Anh Quốc": "GBR", "Anh quốc": "GBR", "Vương quốc Anh": "GBR", "Luân Đôn": "GBR",
    "Italia": "ITA", "I-ta-li-a": "ITA", "Tây Ban Nha": "ESP", "Bồ Đào Nha": "PRT",
    "Ấn Độ": "IND", "Niu Đê-li": "IND", "Pháp": "FRA", "Đức": "DEU", "Hồng Kông": "HKG",
    "Cu-ba": "CUB", "Cu Ba": "CUB", "Bra-xin": "BRA", "In-đô-nê-xi-a": "IDN",
    "Ma-lai-xi-a": "MYS", "Xin-ga-po": "SGP", "Phi-líp-pin": "PHL", "Mi-an-ma": "MMR",
    "Ca-na-đa": "CAN", "Thổ Nhĩ Kỳ": "TUR", "U-crai-na": "UKR", "Bê-la-rút": "BLR",
    "Ca-dắc-xtan": "KAZ", "Kazakhstan": "KAZ",
    # blocs
    "EU": "EU", "Liên minh châu Âu": "EU", "Liên minh Châu Âu": "EU", "Liên hiệp châu Âu": "EU",
    "Liên minh EU": "EU", "khối EU": "EU",
    "EAEU": "EAEU", "EAEC": "EAEU", "EEU": "EAEU", "Liên minh Á - Âu": "EAEU",
    "Liên minh Á-Âu": "EAEU",
    "ASEAN": "ASEAN", "Hiệp hội các quốc gia Đông Nam Á": "ASEAN", "khối ASEAN": "ASEAN",
    "Eurasian Economic Union": "EAEU", "European Union": "EU",
    # variants CLDR lacks (its names come from tradetrack.lang.country_names)
    "Hong Kong": "HKG", "Ma Cao": "MAC", "Macau": "MAC", "Macao": "MAC", "CH Séc": "CZE",
    "Cộng hòa Séc": "CZE", "Cộng hoà Séc": "CZE", "CHDC Congo": "COD", "Cộng hòa Dân chủ Congo": "COD",
    "Bờ Biển Ngà": "CIV", "UAE": "ARE", "Các Tiểu vương quốc Ả Rập Thống nhất": "ARE", "Ả Rập Saudi": "SAU",
    "Ả-rập Xê-út": "SAU", "A-rập Xê-út": "SAU", "Ả Rập Xê Út": "SAU", "Thụy Sỹ": "CHE", "I-ran": "IRN",
    "I-rắc": "IRQ", "Ai-cập": "EGY", "An-giê-ri": "DZA", "Ác-hen-ti-na": "ARG", "Mê-hi-cô": "MEX",
    "Chi-lê": "CHL", "Pê-ru": "PER", "Cô-lôm-bi-a": "COL", "Niu Di-lân": "NZL", "Nam Triều Tiên": "KOR",
    # capitals and seats of government standing for it ("Canberra and Jakarta aim to"); none
    # that is a common word, a person's name or another place here
    "Oa-sinh-tơn": "USA", "Oasinhtơn": "USA", "Đài Bắc": "TWN", "Bình Nhưỡng": "PRK", "New Delhi": "IND",
    "Canberra": "AUS", "Can-bê-ra": "AUS", "Jakarta": "IDN", "Gia-các-ta": "IDN", "Kuala Lumpur": "MYS",
    "Cu-a-la Lăm-pơ": "MYS", "Manila": "PHL", "Ma-ni-la": "PHL", "Paris": "FRA", "Pa-ri": "FRA",
    "Berlin": "DEU", "Béc-lin": "DEU", "London": "GBR", "Rome": "ITA", "Rô-ma": "ITA", "Madrid": "ESP",
    "Ma-đrít": "ESP", "Lisbon": "PRT", "Ottawa": "CAN", "Ốt-ta-oa": "CAN", "Ankara": "TUR",
    "An-ca-ra": "TUR", "Brasilia": "BRA", "Bra-xi-li-a": "BRA", "Buenos Aires": "ARG", "La Habana": "CUB",
    "La Ha-ba-na": "CUB", "Havana": "CUB", "Cairo": "EGY", "Cai-rô": "EGY", "Riyadh": "SAU",
    "Abu Dhabi": "ARE", "Tehran": "IRN", "Tê-hê-ran": "IRN", "Islamabad": "PAK", "Dhaka": "BGD",
    "Nay Pyi Taw": "MMR", "Ulan Bator": "MNG", "Ulaanbaatar": "MNG", "Astana": "KAZ", "Kiev": "UKR",
    "Kyiv": "UKR", "Minsk": "BLR", "Vác-sa-va": "POL", "Warsaw": "POL", "Praha": "CZE", "Budapest": "HUN",
    "Bern": "CHE", "Stockholm": "SWE", "Oslo": "NOR", "Copenhagen": "DNK", "Helsinki": "FIN",
    "Athens": "GRC", "Pretoria": "ZAF", "Nairobi": "KEN", "Abuja": "NGA", "Algiers": "DZA", "Rabat": "MAR",
    "Wellington": "NZL", "Mexico City": "MEX",
}
for _head in ("Liên minh Kinh tế", "Liên minh kinh tế", "liên minh kinh tế", "Cộng đồng Kinh tế",
              "Cộng đồng kinh tế"):
    for _a, _b in (("Á", "Âu"), ("Âu", "Á")):
        for _sep in (" ", "-", " - ", " -", "- ", "–", " – ", "—", " — "):
            PLACES[f"{_head} {_a}{_sep}{_b}"] = "EAEU"
# headlines in capitals: "KIM NGẠCH THƯƠNG MẠI VIỆT NAM - TRUNG QUỐC"
PLACES.update({k.upper(): v for k, v in list(PLACES.items()) if len(k) >= 5 and not k.isupper()})
PLACES.update({n.upper(): c for n, c in country_names("vi").items() if len(n) >= 5})
PLACES.update({"NGA": "RUS", "MỸ": "USA", "LÀO": "LAO"})


# what a count is of when it is not money ("3 triệu tấn")
_UNITS = ("tấn", "lượt", "người", "khách", "lao động", "ha", "hecta", "héc-ta", "km", "m3", "thùng",
          "container", "TEU", "chiếc", "con", "kg", "lít", "bộ", "doanh nghiệp", "dự án", "hợp đồng")
_MEASURE = f"(?=(?:{'|'.join(_UNITS)})(?!\\p{{L}}))"


def _w(*frags: str) -> tuple[str, ...]:
    """Cue phrases as whole syllables: "ước đạt" must not match inside "nước đạt"."""
    return tuple(f"(?<!\\p{{L}}){f}(?!\\p{{L}})" for f in frags)


LANGUAGE = Language(
    code="vi",
    name="tiếng Việt",
    stopwords=("của", "và", "các", "là", "được", "có", "cho", "với", "trong", "này", "đã",
               "những", "một", "không", "người", "năm", "đến", "từ", "theo", "hai", "nước",
               "khi", "về", "để", "cũng", "đó", "tại", "sang", "qua", "nay", "sau", "ra"),
    decimal_comma=True,
    number_words={
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
        # "năm" is also "year": five only before what a count is of
        "năm(?! ?(?:\\d|nay|ngoái|qua|trước|sau|tới|kia|ấy|đó|này|nào|mới|hiện|(?-i:\\p{Lu})))": 5,
        "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
        "mười lăm": 15, "trăm": 100,
    },
    scales={"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12,
            "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "nghìn": 1e3, "ngàn": 1e3,
            "tr": 1e6},
    currencies={
        "đô ?la Úc": "AUD", "đô ?la Canada": "CAD", "đô ?la Singapore": "SGD", "đô ?la Hồng Kông": "HKD",
        "đô ?la New Zealand": "NZD", "đô ?la Đài Loan": "TWD",
        "đô ?la(?: Mỹ)?(?! (?:Úc|Canada|Singapore|Hồng Kông|New Zealand|Đài Loan|Australia|Brunei))": "USD", "đô(?! ?la)": "USD", "đô-la(?: Mỹ)?": "USD", "đôla(?: Mỹ)?": "USD",
        "Mỹ kim": "USD",
        "USD": "USD", "đồng(?: Việt Nam)?": "VND", "VNĐ": "VND", "VND": "VND", "đ\\b": "VND",
        "nhân dân tệ": "CNY", "NDT": "CNY", "rúp(?: Nga)?": "RUB", "rub": "RUB", "euro": "EUR",
        "ơ-rô": "EUR", "yên(?: Nhật)?": "JPY", "won(?: Hàn Quốc)?": "KRW", "bảng Anh": "GBP",
        "riel": "KHR", "kíp": "LAK", "bạt": "THB", "baht": "THB",
        "franc cfa": "XOF", "franc cfa \\(?(?:cemac|xaf)\\)?": "XAF",
    },
    percent=("phần trăm",),
    months=MONTHS,
    periods={
        # ranges first: "từ tháng 1 đến tháng 11", "tháng 1-11"
        "(?:từ |trong thời gian từ )?(?:đầu )?{m1} ?(?:đến|tới|-|–|—) ?(?:hết |cuối )?{m2}": ("m1", "m2"),
        "tháng 0?1 ?[-–] ?{n}(?!\\d)": (1, "n"),
        "(?:6|sáu) tháng cuối(?: năm)?": (7, 12), "(?:3|ba) tháng cuối(?: năm)?": (10, 12),
        "nửa cuối(?: năm)?": (7, 12), "nửa đầu(?: năm)?": (1, 6),
        "(?:2|hai) quý đầu": (1, 6), "(?:3|ba) quý đầu": (1, 9),
        "{n} tháng đầu(?: tiên)?": (1, "n"),
        "{n} tháng (?:vừa |đã )?qua": (1, "n"),
        # not "ngày 12 tháng 10" (a date) nor "3 tháng tới" (the coming months)
        "(?<!ngày )(?<!mùng )(?<!mồng ){n} tháng(?! ?(?:\\d|tới|sau|nữa|trước|kể từ|liên tiếp))": (1, "n"),
        "(?:quý|q) ?(?:I|1|một)": (1, 3), "(?:quý|q) ?(?:II|2|hai)": (4, 6),
        "(?:quý|q) ?(?:III|3|ba)": (7, 9), "(?:quý|q) ?(?:IV|4|bốn|tư)": (10, 12),
        "nửa năm đầu": (1, 6), "nửa năm cuối": (7, 12),
        "(?:tính )?(?:đến|tới) (?:hết |cuối )?{m}": (1, "m"),
        "hết {m}": (1, "m"),
        "(?<!\\d )(?<!ngày )(?<!mùng )(?<!mồng ){m}": ("m", "m"),
        "(?:cả|trọn|toàn) năm": (1, 12),
    },
    relative_years={"năm nay": 0, "năm hiện tại": 0, "năm ngoái": -1,
                    "năm trước(?! đó)": -1, "(?<!\\d )năm (?:vừa )?qua": -1, "năm kia": -2,
                    "năm tới": 1, "năm sau(?! đó)": 1, "sang năm": 1},
    relative_to_previous={"một năm trước đó": -1, "năm trước đó": -1, "một năm sau": 1,
                          "năm sau đó": 1, "một năm sau đó": 1},
    year_links=_w("năm", "vào năm", "trong năm", "vào", "trong", "của năm", "tính đến năm",
                  # "ghi nhận vào năm 2021": recorded, between an amount and its year
                  "ghi nhận(?: vào| trong)?(?: năm)?"),
    # "đến năm 2030" is a deadline; "từ năm 2010 đến năm 2020" a span; "tính đến hết năm 2023"
    # (as of) reports what happened
    deadline=_w("(?<!\\d )(?<!tính )(?:cho )?(?:đến|tới) (?:năm )?", "trước (?:năm )?",
                "chậm nhất (?:vào )?(?:năm )?", "đến trước (?:năm )?", "muộn nhất (?:vào )?(?:năm )?"),
    # "từ" right before an amount: the left end of "tăng từ 3,5 tỷ USD lên 4,5 tỷ USD"
    comparison=_w("so với", "so", "so sánh với", "từ mức", "thay vì",
                "từ(?= ?(?:mức |khoảng |hơn |gần |con số )?(?:US\\$ ?)?\\d)",
                # "dự kiến tăng 10% năm nay, sau khi đạt 14 tỷ USD năm 2023"
                "sau khi (?:đạt|vượt|chạm)"),
    same_period=_w("cùng kỳ", "cùng kì", "cùng thời điểm", "cùng thời gian"),
    turnover=_w("kim ngạch thương mại", "kim ngạch (?:thương mại )?(?:hai chiều|2 chiều|song phương)",
              "kim ngạch song phương", "kim ngạch xuất nhập khẩu", "kim ngạch trao đổi",
              "kim ngạch mậu dịch", "thương mại (?:hai chiều|2 chiều|song phương)",
              "trao đổi thương mại", "trao đổi hàng hóa", "trao đổi hàng hoá", "giao thương",
              "thương mại", "xuất nhập khẩu", "xuất, nhập khẩu", "buôn bán", "mậu dịch",
              "kim ngạch hai chiều", "kim ngạch 2 chiều", "kim ngạch(?= giữa)",
              "giao dịch thương mại", "trao đổi mậu dịch", "kim ngạch buôn bán"),
    exports=_w("(?:kim ngạch |giá trị |trị giá |tổng trị giá )?xuất khẩu", "xuất sang", "xuất đi",
             "bán sang", "xuất cảng"),
    imports=_w("(?:kim ngạch |giá trị |trị giá |tổng trị giá )?nhập khẩu", "nhập từ", "nhập về",
             "mua từ", "mua của", "nhập cảng"),
    surplus=_w("xuất siêu", "thặng dư(?: thương mại)?", "cán cân thương mại dương"),
    deficit=_w("nhập siêu", "thâm hụt(?: thương mại)?", "cán cân thương mại âm"),
    bilateral=_w("song phương", "hai chiều", "2 chiều", "hai nước", "hai bên", "hai quốc gia",
               "giữa hai", "đôi bên", "hai phía", "2 nước"),
    exclusions=_w("đầu tư", "fdi\\b", "dự án", "vốn\\b", "du lịch", "du khách", "lượt khách",
                "học bổng", "viện trợ", "oda\\b", "khoản vay", "cho vay", "tín dụng", "gdp\\b",
                "dân số", "ngân sách", "thuế (?:suất )?(?:nhập khẩu|xuất khẩu)", "mặt hàng",
                "nhóm hàng", "lô hàng", "gạo", "cà phê", "cà-phê", "thủy sản", "thuỷ sản",
                "hải sản", "nông sản", "lúa mì", "thịt (?:lợn|heo|bò|gà)", "dầu thô", "dầu mỏ",
                "xăng dầu", "khí đốt", "than\\b", "điện thoại", "dệt may", "may mặc", "giày dép",
                "gỗ", "cao su", "hạt điều", "rau quả", "trái cây", "hoa quả", "phân bón", "sắt thép",
                "thép", "máy móc", "linh kiện", "vũ khí", "hàng dệt", "hạt tiêu", "chè\\b",
                "sản phẩm (?!hàng hóa)", "dịch vụ", "kiều hối", "doanh thu", "lợi nhuận",
                "vốn đăng ký", "vốn đầu tư", "ngô", "đậu tương", "sắn", "hồ tiêu", "sầu riêng",
                "thanh long", "tôm", "cá tra", "đồ gỗ", "túi xách", "ô tô", "xe máy", "quặng",
                "hóa chất", "hoá chất", "dược phẩm", "sữa", "lượt người", "sinh viên", "du học",
                "máy vi tính", "điện tử", "lng\\b", "than đá", "tàu biển", "C/O",
                # one good's trade: "xuất khẩu điện năng", "nhập khẩu khí hóa lỏng"
                "điện năng", "khí hóa lỏng", "khí hoá lỏng", "ca cao", "dầu cọ", "dầu ăn", "ô liu",
                "phốt phát", "nhôm", "kim loại", "khoáng sản", "thiếc", "xi măng", "clanhke", "thuốc lá",
                "rượu", "gia cầm", "trứng", "chuối", "xoài", "vải thiều", "máy bay", "vắc-xin", "vắc xin",
                "xơ sợi", "sợi\\b", "bông\\b", "mực\\b",
                # deals and debts are no trade flow: "ký hợp đồng trị giá 1 tỷ USD"
                "hợp đồng", "thỏa thuận", "thoả thuận", "biên bản ghi nhớ", "gói thầu", "nợ\\b",
                "quốc phòng", "đơn hàng"),
    world=_w("cả nước", "toàn cầu", "nội (?:bộ|khối)", "(?:với|trên|của) (?:toàn )?thế giới",
             "ngoại thương",
           "tất cả các (?:thị trường|đối tác|nước)", "(?:với|và) các (?:thị trường|đối tác)",
           "tổng (?:kim ngạch )?xuất nhập khẩu của (?:cả nước|Việt Nam)(?! (?:với|và|-|–))",
           # "tổng kim ngạch xuất nhập khẩu của Trung Quốc năm 2023": any one country's total
           "tổng (?:kim ngạch )?xuất nhập khẩu của (?:\\p{Lu}\\p{Ll}* ){1,3}+(?!(?:với|và|-|–|sang|tới|từ|giữa)(?!\\p{L}))",
           "tổng (?:kim ngạch )?(?:xuất|nhập) khẩu của (?:cả nước|Việt Nam)(?! (?:sang|tới|vào|từ|với))"),
    # (also averages over years, which are no year's growth: "tăng bình quân 16%/năm")
    share=_w("chiếm", "tỷ trọng", "tỉ trọng", "trong tổng", "của tổng", "thị phần", "bình quân",
             "trung bình", "/ ?năm"),
    # "nâng ... lên" is a goal when agreed or aimed at ("nhất trí nâng kim ngạch lên 150 tỷ
    # USD"), a report otherwise ("nâng tổng kim ngạch 9 tháng lên 31 tỷ USD")
    target=_w("mục tiêu", "phấn đấu",
              "(?:nhất trí|thống nhất|nhằm|để|sẽ|cần|đồng ý|muốn|cùng|thúc đẩy|việc) nâng",
              "hướng tới", "hướng đến",
              "nhằm đạt", "chỉ tiêu", "kế hoạch", "quyết tâm", "hy vọng", "hi vọng", "mong muốn",
              "kỳ vọng đạt", "việc (?:tăng|nâng|đưa)", "nỗ lực (?:để )?(?:sớm )?(?:đưa|nâng|đạt)", "tham vọng",
              "dự định"),
    forecast=_w("dự báo", "dự kiến (?:sẽ|đạt|vượt|tăng|giảm|ở mức|khoảng|lên|trên|hơn|có thể)",
              "ước tính sẽ", "sẽ đạt", "sẽ vượt", "sẽ cán mốc", "sẽ chạm", "sẽ lên tới",
              "có thể(?! thấy| nói| khẳng định| coi| xem)", "có khả năng", "triển vọng", "kỳ vọng",
              "dự đoán", "dự tính", "hứa hẹn",
              "ước tính (?:cả năm|năm nay)", "nhiều khả năng"),
    approx=_w("khoảng", "chừng", "khoảng chừng", "xấp xỉ", "ước đạt", "ước tính", "ước",
            "ước khoảng", "tầm", "cỡ", "ước chừng", "gần bằng", "trên dưới"),
    # "hơn" after a comparative ("thấp hơn mức 7 tỷ", "lower than") is no bound
    at_least=_w("(?<!(?:thấp|cao|nhiều|ít|lớn|nhỏ|kém|chậm|nhanh) )hơn", "trên", "vượt",
                "vượt (?:mức|ngưỡng|mốc)", "ít nhất", "tối thiểu", "không dưới", "không ít hơn",
                "vượt qua", "vượt qua (?:mức|ngưỡng|mốc)"),
    at_most=_w("gần", "dưới", "chưa (?:đến|tới)", "không quá", "tối đa", "suýt", "gần như",
             "non"),
    up=_w("tăng", "tăng trưởng", "tăng thêm", "gia tăng", "đi lên", "phục hồi", "nhích",
        "tăng vọt", "tăng mạnh", "\\+", "cao hơn", "vượt"),
    down=_w("giảm", "tăng trưởng âm", "âm", "sụt", "sụt giảm", "suy giảm", "giảm sút", "đi xuống",
            "thu hẹp", "lao dốc", "thấp hơn", "-", "–", "\u2212"),
    to=_w("sang", "tới", "đến", "vào", "cho", "qua"),
    # "từ" before a place names the partner the goods come from; it is listed with "với" so
    # that "nhập khẩu từ Nga đạt 1,3 tỷ USD" is not read as the left end of "từ X lên Y"
    from_=_w("xuất xứ từ", "có nguồn gốc từ"),
    of=_w("của",),
    # "xuất siêu sang Mỹ": a surplus "to" the US is a surplus with it
    with_=_w("với", "cùng với", "từ", "từ phía", "xuất siêu sang", "xuất siêu vào"),
    in_favour=_w("nghiêng về (?:phía )?", "có lợi cho", "thuộc về", "về phía"),
    # Vietnamese puts a measure noun right after the number, with no "of": the empty link
    # before one lets the engine see "1,5 triệu tấn" is tonnes, not money
    number_links=_w("về",) + (_MEASURE,),
    range_links=_w("đến", "tới", "lên", "-", "–", "—"),
    demonyms=DEMONYMS,
    places=PLACES,
    anaphora=_w("con số này", "con số trên", "con số", "mức này", "mức trên", "giá trị này",
              "tiếp (?:đến|theo) là", "kế đến là", "đứng thứ (?:hai|ba|2|3) là"),
    # "sang thị trường Nga", "từ phía Nga", "sang các nước thành viên EAEU"
    determiners=("thị trường", "nước", "các nước", "phía", "các thị trường",
                 "các nước (?:thành viên|thuộc)", "khu vực"),
    # "hơn mức 5 tỷ", "gần con số 100 tỷ", "khoảng mức kỷ lục"
    bound_fillers=("mức", "con số", "ngưỡng", "mốc", "tới", "lên", "mức kỷ lục", "lần đầu tiên"),
    market=("thị trường", "điểm đến"),
    change_links=("thêm",),
    respectively=("lần lượt", "tương ứng"),
    # "từ 48 đến 50 tỷ USD" is a range; "từ 48 lên 50 tỷ USD" a change
    between=("trong khoảng", "khoảng từ", "từ(?= ?\\d[\\d,.]* (?:đến|tới) )"),
    list_next=("tiếp theo là", "tiếp đến là", "sau đó là"),
    contrast=("trong khi", "còn\\b", "nhưng"),
    attribution=("theo số liệu", "theo thống kê", "theo báo cáo", "theo dữ liệu", "theo Tổng cục", "theo Bộ", "theo Cục"),
    bloc_anaphora=("khối này",),
    place_anaphora=("nước bạn", "nước láng giềng", "quốc gia láng giềng"),
    mainly=("chủ yếu", "chủ lực", "trong đó có", "bao gồm", "như\\b", "đặc biệt là"),
    subset=("trong đó", "bao gồm"),
    photo_credits=("Ảnh", "Ảnh minh họa", "Ảnh minh hoạ", "Nguồn ảnh"),
    place_guard="(?<!\\p{Lu}\\p{Ll}*\\s\\p{Lu}\\p{Ll}*\\s)",
    number_joiners=("và",),
    glued_scales={},  # Vietnamese copy writes the scale word in full ("500 triệu USD")
    fractions={"nửa": 0.5},
    fraction_tails={"rưỡi": 0.5},  # "2 tỷ rưỡi" is 2.5 billion
    units=_UNITS,
    letters="ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
    tail_markers=("Xem thêm", "Tin liên quan", "Bài liên quan", "Đọc thêm", "Tin cùng chuyên mục",
                  "Tin khác", "Các tin khác", "Đừng bỏ lỡ", "Video đang xem nhiều", "Tin mới",
                  "Tin nổi bật", "Có thể bạn quan tâm", "Bài viết liên quan", "Thảo luận",
                  "Bình luận", "Tin tức liên quan", "Tin bài liên quan", "Bài cùng chuyên mục",
                  "Cùng chuyên mục", "Tin mới nhất", "Đọc nhiều", "Tin đọc nhiều", "Xem nhiều",
                  "Tin xem nhiều", "Bạn đọc quan tâm", "Ý kiến bạn đọc", "Gửi bình luận",
                  "Từ khóa", "Từ khoá", "Các tin đã đưa", "Tin đã đưa"),
    # a line starting so is a caption, a credit or a link to another story
    furniture=("Ảnh ?:", "Ảnh minh họa", "Ảnh minh hoạ", "Nguồn ?:", "Chú thích", "Video ?:",
               "Đồ họa ?:", "Đồ hoạ ?:", "Xem thêm ?:", "Đọc thêm ?:", "Tin liên quan ?:",
               "Bài liên quan ?:", ">>",
               # a line of links to other stories: "Thương mại Việt - Nga: Xuất tăng, nhập giảm | |"
               ".*\\|$"),
)
