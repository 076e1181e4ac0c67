"""Vietnamese: the hard cases of issue 4, each on a sentence written for the test."""
from __future__ import annotations

import unicodedata

import pytest

from tradetrack.extract import extract_article
from tradetrack.extract.figures import extract_text
from tradetrack.extract.lexicon import lexicon
from tradetrack.extract.numbers import find_amounts
from tradetrack.model import Article


def figs(text: str, published: str | None = "2024-11") -> list[tuple]:
    art = Article(id="t", text=text, published=published)
    out = extract_article(art)
    assert art.language == "vi"
    return [(f.kind, f.metric, f.origin, f.destination, round(f.value, 2), f.unit, f.bound, f.year,
             f.months) for f in out]


def amounts(text: str) -> list[tuple]:
    return [(round(a.value, 2), a.unit) for a in find_amounts(text, lexicon("vi"))]


# --- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("4,15 tỷ USD", 4.15e9, "USD"),
    ("756 triệu USD", 756e6, "USD"),
    ("1,96 tỉ USD", 1.96e9, "USD"),
    ("3 tỷ 370 triệu đôla Mỹ", 3.37e9, "USD"),
    ("15 tỷ đô la", 15e9, "USD"),
    ("2,5 tỷ đô la Mỹ", 2.5e9, "USD"),
    ("1.200 triệu USD", 1.2e9, "USD"),
    ("3 nghìn tỷ đồng", 3e12, "VND"),
    ("mười tỷ USD", 10e9, "USD"),
    ("20 tỷ nhân dân tệ", 20e9, "CNY"),
    ("US$ 5 tỷ", 5e9, "USD"),
])
def test_amounts(text, value, unit):
    assert amounts(text) == [(value, unit)]


def test_year_word_is_not_five():
    # "năm" is "year" before a year and "five" only before what a count is of
    assert amounts("năm 2020 đạt 10 tỷ USD") == [(10e9, "USD")]
    assert amounts("năm tỷ USD") == [(5e9, "USD")]


# --- periods and years --------------------------------------------------------------------

def test_first_months_of_a_named_year_and_growth_on_the_year_before():
    assert figs("Trong 11 tháng đầu năm 2018, kim ngạch thương mại hai chiều giữa Việt Nam và "
                "Liên bang Nga đạt 4,15 tỷ USD, tăng 25% so với cùng kỳ năm trước.", "2019-01") == [
        ("actual", "turnover", "RUS", "VNM", 4.15e9, "USD", "exact", 2018, "1-11"),
        ("actual", "turnover", "RUS", "VNM", 25.0, "%", "exact", 2018, "1-11"),
    ]


def test_first_half_of_the_current_year():
    assert figs("Trong 6 tháng đầu năm, xuất khẩu của Việt Nam sang Nga đạt 756 triệu USD.") == [
        ("actual", "exports", "VNM", "RUS", 756e6, "USD", "exact", 2024, "1-6"),
    ]


def test_nam_nay_and_nam_ngoai():
    assert figs("Năm ngoái, kim ngạch thương mại giữa Việt Nam và Nga đạt 3,6 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
    ]
    assert figs("Năm nay, kim ngạch thương mại song phương Việt - Nga ước đạt 5 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "approx", 2024, "1-12"),
    ]


def test_cung_ky_is_a_base_not_the_figure_year():
    assert figs("Kim ngạch xuất khẩu của Việt Nam sang Hoa Kỳ 9 tháng năm nay đạt 88 tỷ USD, "
                "tăng 9,5% so với cùng kỳ năm 2023.") == [
        ("actual", "exports", "VNM", "USA", 88e9, "USD", "exact", 2024, "1-9"),
        ("actual", "exports", "VNM", "USA", 9.5, "%", "exact", 2024, "1-9"),
    ]


def test_growth_compared_with_a_named_year():
    assert figs("Năm 2018, kim ngạch thương mại hai chiều Việt Nam - Nga đạt 4,5 tỷ USD, "
                "tăng 33,1% so với năm 2017.", "2019-03") == [
        ("actual", "turnover", "RUS", "VNM", 4.5e9, "USD", "exact", 2018, "1-12"),
        ("actual", "turnover", "RUS", "VNM", 33.1, "%", "exact", 2018, "1-12"),
    ]


def test_a_month_alone_and_quarter_one():
    assert figs("Riêng tháng 8, xuất khẩu của Việt Nam sang Trung Quốc đạt 5,2 tỷ USD.") == [
        ("actual", "exports", "VNM", "CHN", 5.2e9, "USD", "exact", 2024, "8-8"),
    ]
    assert figs("Trong quý I/2024, nhập khẩu của Việt Nam từ Hàn Quốc đạt 14 tỷ USD.") == [
        ("actual", "exports", "KOR", "VNM", 14e9, "USD", "exact", 2024, "1-3"),
    ]


def test_month_range():
    assert figs("Từ tháng 1 đến tháng 10 năm 2024, kim ngạch thương mại Việt Nam - Campuchia "
                "đạt 7,5 tỷ USD.") == [
        ("actual", "turnover", "KHM", "VNM", 7.5e9, "USD", "exact", 2024, "1-10"),
    ]


# --- directions and balances ----------------------------------------------------------------

def test_exports_sang_and_imports_tu():
    assert figs("Năm 2023, xuất khẩu của Việt Nam sang Liên bang Nga đạt 2,3 tỷ USD, còn nhập "
                "khẩu từ Liên bang Nga đạt 1,3 tỷ USD.") == [
        ("actual", "exports", "VNM", "RUS", 2.3e9, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "RUS", "VNM", 1.3e9, "USD", "exact", 2023, "1-12"),
    ]


def test_imports_from_a_short_name_is_not_a_range_start():
    # "từ Nga đạt 1,3 tỷ USD": "từ" names where the goods come from, not "from X to Y"
    assert figs("Việt Nam và Nga là đối tác truyền thống. Năm 2023, nhập khẩu từ Nga đạt 1,3 tỷ "
                "USD.") == [
        ("actual", "exports", "RUS", "VNM", 1.3e9, "USD", "exact", 2023, "1-12"),
    ]


def test_surplus_and_deficit():
    assert figs("Năm 2023, Việt Nam xuất siêu sang Hoa Kỳ khoảng 83 tỷ USD.") == [
        ("actual", "balance", "VNM", "USA", 83e9, "USD", "approx", 2023, "1-12"),
    ]
    assert figs("Năm 2023, Việt Nam nhập siêu từ Trung Quốc gần 50 tỷ USD.") == [
        ("actual", "balance", "CHN", "VNM", 50e9, "USD", "at_most", 2023, "1-12"),
    ]


def test_bounds():
    assert figs("Năm 2023, thương mại hai chiều Việt Nam - Hàn Quốc đạt hơn 79 tỷ USD, "
                "giảm gần 8%.") == [
        ("actual", "turnover", "KOR", "VNM", 79e9, "USD", "at_least", 2023, "1-12"),
        ("actual", "turnover", "KOR", "VNM", -8.0, "%", "at_most", 2023, "1-12"),
    ]


# --- targets and forecasts --------------------------------------------------------------------

def test_target_vao_nam():
    assert figs("Hai nước đặt mục tiêu nâng kim ngạch thương mại song phương giữa Việt Nam và "
                "Liên bang Nga lên 10 tỷ USD vào năm 2020.", "2018-05") == [
        ("target", "turnover", "RUS", "VNM", 10e9, "USD", "exact", 2020, "1-12"),
    ]


def test_phan_dau_den_nam():
    assert figs("Việt Nam và Hàn Quốc phấn đấu đưa kim ngạch thương mại hai chiều lên 150 tỷ USD "
                "đến năm 2030.", "2022-07") == [
        ("target", "turnover", "KOR", "VNM", 150e9, "USD", "exact", 2030, "1-12"),
    ]


def test_forecast():
    assert figs("Theo dự báo, thương mại giữa Việt Nam và Nga năm nay sẽ đạt khoảng 6 tỷ USD.") == [
        ("forecast", "turnover", "RUS", "VNM", 6e9, "USD", "approx", 2024, "1-12"),
    ]


# --- names, page furniture ---------------------------------------------------------------------

def test_eaeu_in_vietnamese():
    assert figs("Năm 2023, kim ngạch thương mại giữa Việt Nam và Liên minh Kinh tế Á - Âu đạt "
                "6 tỷ USD.") == [
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12"),
    ]


def test_my_is_the_united_states_but_not_in_currency_or_regions():
    assert figs("Năm 2023, xuất khẩu của Việt Nam sang Mỹ đạt 97 tỷ đô la Mỹ.") == [
        ("actual", "exports", "VNM", "USA", 97e9, "USD", "exact", 2023, "1-12"),
    ]


def test_after_xem_them_is_other_stories():
    text = ("Năm 2023, kim ngạch thương mại Việt Nam - Nga đạt 3,6 tỷ USD.\n"
            "Xem thêm\n"
            "Kim ngạch thương mại Việt Nam - Trung Quốc đạt 171 tỷ USD năm 2023.\n")
    assert figs(text) == [
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
    ]


def test_investment_and_products_are_not_trade():
    assert figs("Năm 2023, Nga có 200 dự án đầu tư vào Việt Nam với tổng vốn khoảng 1 tỷ USD.") == []
    assert figs("Năm 2023, xuất khẩu cà phê của Việt Nam sang Nga đạt 300 triệu USD.") == []
    assert figs("Việt Nam và Nga là đối tác. Doanh nghiệp hai nước đã ký các thỏa thuận thương mại "
                "trị giá 2 tỷ USD.") == []
    assert figs("Việt Nam và Nga là đối tác. Năm 2023, thương mại nội khối Liên minh Kinh tế Á - Âu "
                "tăng 10%.") == []


# --- combining marks ------------------------------------------------------------------------

def test_combining_marks_read_as_precomposed():
    nfc = ("Trong 11 tháng đầu năm 2018, kim ngạch thương mại hai chiều giữa Việt Nam và Liên bang "
           "Nga đạt 4,26 tỷ USD, tăng 25% so với cùng kỳ năm trước. Xuất khẩu của Việt Nam sang Nga "
           "đạt 2,3 tỷ USD.")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    # the extraction itself (language detection on such text: the test below)
    out = extract_text(Article(id="t", text=nfd, published="2019-01"), lexicon("vi"))
    got = [(f.kind, f.metric, f.origin, f.destination, round(f.value, 2), f.unit, f.bound, f.year,
            f.months) for f in out]
    assert got == figs(nfc, "2019-01")
    assert len(got) == 3
    for f in out:
        assert f.evidence in nfd
        assert unicodedata.is_normalized("NFD", f.evidence)


def test_short_name_compounds():
    assert figs("Năm 2023, thương mại song phương Việt-Nga đạt 3,6 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
    ]
    assert figs("Năm 2019, thương mại Mỹ - Trung đạt 541 tỷ USD.") == [
        ("actual", "turnover", "CHN", "USA", 541e9, "USD", "exact", 2019, "1-12"),
    ]


def test_from_a_level_up_to_another():
    assert figs("Năm 2018, thương mại Việt Nam - Nga tăng từ 3,5 tỷ USD lên 4,5 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 3.5e9, "USD", "exact", 2017, "1-12"),
        ("actual", "turnover", "RUS", "VNM", 4.5e9, "USD", "exact", 2018, "1-12"),
    ]


def test_whole_syllables_only():
    # "nước đạt" holds the letters of "ước đạt" (estimated at): no bound from inside a word
    assert figs("Việt Nam và Nga là đối tác. Năm 2023, thương mại giữa hai nước đạt 3,6 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
    ]


def test_a_date_is_not_a_period():
    # "ngày 12 tháng 10" is a day, not "12 months" nor October alone
    assert figs("Việt Nam và Nga là đối tác. Ngày 12 tháng 10, Bộ Công Thương cho biết kim ngạch "
                "thương mại 9 tháng năm 2024 đạt 3,2 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2024, "1-9"),
    ]


def test_co_the_is_an_expectation():
    assert figs("Kim ngạch thương mại Việt - Nga năm nay có thể cán mốc 5 tỷ USD.") == [
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12"),
    ]


def test_links_to_other_stories_are_furniture():
    text = ("Thương mại Việt - Nga 9 tháng tăng 20%, đạt 3 tỷ USD | |\n"
            "Năm 2023, kim ngạch thương mại Việt Nam - Nga đạt 3,6 tỷ USD.\n")
    assert figs(text) == [
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
    ]


def test_nang_agreed_is_a_goal_nang_reported_is_not():
    assert figs("Việt Nam và Hàn Quốc nhất trí nâng kim ngạch thương mại song phương lên 150 tỷ USD "
                "vào năm 2030.", "2022-07") == [
        ("target", "turnover", "KOR", "VNM", 150e9, "USD", "exact", 2030, "1-12"),
    ]
    assert figs("Việt Nam và Nga là đối tác. Xuất khẩu sang Nga trong tháng 9 đạt 300 triệu USD, "
                "nâng tổng kim ngạch xuất khẩu của Việt Nam sang Nga 9 tháng lên 2,8 tỷ USD.") == [
        ("actual", "exports", "VNM", "RUS", 300e6, "USD", "exact", 2024, "9-9"),
        ("actual", "exports", "VNM", "RUS", 2.8e9, "USD", "exact", 2024, "1-9"),
    ]


def test_a_yearly_average_is_no_growth_figure():
    assert figs("Giai đoạn 2015-2023, thương mại Việt Nam - Hoa Kỳ tăng bình quân 16%/năm.") == []


def test_combining_marks_detected_without_a_hint():
    nfd = unicodedata.normalize("NFD", "Năm 2023, kim ngạch thương mại hai chiều giữa Việt Nam và "
                                       "Liên bang Nga đạt 3,6 tỷ USD, giảm 3% so với năm trước. Xuất "
                                       "khẩu của Việt Nam sang Nga đạt 2,2 tỷ USD.")
    art = Article(id="t", text=nfd, published="2024-11")
    extract_article(art)
    assert art.language == "vi"


def test_a_measure_noun_after_the_number_is_not_money():
    assert figs("Việt Nam và Nga là đối tác. Năm 2023, xuất khẩu hàng hóa của Việt Nam sang Nga đạt "
                "1,5 triệu tấn.") == []


def test_a_country_in_a_persons_name_is_no_place():
    # "Trần Văn Pháp": Pháp (France) closing a three-word name is a person
    assert figs("Ông Trần Văn Pháp cho biết xuất khẩu của Việt Nam sang Trung Quốc đạt 61 tỷ USD năm 2023.") == [
        ("actual", "exports", "VNM", "CHN", 6.1e10, "USD", "exact", 2023, "1-12")]


def test_a_range_with_a_whole_left_end_is_dated_by_its_right_end():
    assert figs("Kim ngạch thương mại Việt Nam - Lào dự kiến đạt 2 - 2,2 tỷ USD trong năm 2025.") == [
        ("forecast", "turnover", "LAO", "VNM", 2000000000.0, "USD", "at_least", 2025, "1-12"),
        ("forecast", "turnover", "LAO", "VNM", 2200000000.0, "USD", "at_most", 2025, "1-12")]
    # "khoảng từ ... đến": a range's low end, not a former value
    assert figs("Kim ngạch thương mại Việt Nam - Lào năm 2025 dự kiến đạt khoảng từ 2,5 đến 3 tỷ USD.") == [
        ("forecast", "turnover", "LAO", "VNM", 2500000000.0, "USD", "at_least", 2025, "1-12"),
        ("forecast", "turnover", "LAO", "VNM", 3000000000.0, "USD", "at_most", 2025, "1-12")]


def test_a_balance_in_its_trade_with_a_partner_is_a_balance():
    assert figs("Thặng dư thương mại của Việt Nam trong thương mại với Hoa Kỳ đạt 104 tỷ USD năm 2023.") == [
        ("actual", "balance", "VNM", "USA", 104000000000.0, "USD", "exact", 2023, "1-12")]


def test_lan_luot_gives_each_source_its_amount():
    assert figs("Năm 2023, nhập khẩu của Việt Nam từ Trung Quốc và Hàn Quốc lần lượt đạt 111 tỷ USD và 53 "
                "tỷ USD.") == [
        ("actual", "exports", "CHN", "VNM", 111000000000.0, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "KOR", "VNM", 53000000000.0, "USD", "exact", 2023, "1-12")]


def test_a_span_after_cung_ky_behind_a_comparison_is_a_base():
    assert figs("Kim ngạch thương mại Việt Nam - Lào 9 tháng năm 2024 đạt 1,6 tỷ USD, tăng 20% so với cùng "
                "kỳ 9 tháng năm 2023.") == [
        ("actual", "turnover", "LAO", "VNM", 1600000000.0, "USD", "exact", 2024, "1-9"),
        ("actual", "turnover", "LAO", "VNM", 20.0, "%", "exact", 2024, "1-9")]


def test_trong_do_a_part_of_total_exports():
    assert figs("Tổng kim ngạch xuất khẩu của Việt Nam năm 2023 đạt 355 tỷ USD, trong đó 2 tỷ USD sang Nga.") == [
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12")]


def test_largest_export_market_then_the_next_one():
    assert figs("Năm 2023, Mỹ là thị trường xuất khẩu lớn nhất của Việt Nam với 97 tỷ USD, tiếp theo là "
                "Trung Quốc với 61 tỷ USD.") == [
        ("actual", "exports", "VNM", "USA", 9.7e10, "USD", "exact", 2023, "1-12"),
        ("actual", "exports", "VNM", "CHN", 6.1e10, "USD", "exact", 2023, "1-12")]


def test_no_luc_de_som_dua_is_a_goal():
    assert figs("Năm 2023, kim ngạch thương mại Việt Nam - Nga đạt 3,6 tỷ USD. Hai bên đang nỗ lực để sớm "
                "đưa kim ngạch thương mại song phương lên 10 tỷ USD.") == [
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
        ("target", "turnover", "RUS", "VNM", 10e9, "USD", "exact", None, "1-12")]


def test_an_exclusion_word_across_a_comma_does_not_reach_the_trade_noun():
    assert figs("Theo số liệu của Cục Thống kê Dân số Mỹ, thâm hụt thương mại hàng hóa của Mỹ với Việt Nam "
                "năm 2023 ở mức 104,6 tỷ USD.") == [
        ("actual", "balance", "VNM", "USA", 104.6e9, "USD", "exact", 2023, "1-12")]


def test_tu_den_is_a_range_tu_len_a_change():
    assert figs("Kim ngạch thương mại song phương Việt Nam - Nhật Bản năm nay dự kiến đạt từ 48 đến 50 tỷ "
                "USD.") == [
        ("forecast", "turnover", "JPN", "VNM", 48e9, "USD", "at_least", 2024, "1-12"),
        ("forecast", "turnover", "JPN", "VNM", 50e9, "USD", "at_most", 2024, "1-12")]
    assert figs("Kim ngạch thương mại Việt Nam - Nhật Bản tăng từ 48 lên 50 tỷ USD trong năm 2023.") == [
        ("actual", "turnover", "JPN", "VNM", 50e9, "USD", "exact", 2023, "1-12")]


def test_do_la_uc_is_the_australian_dollar():
    assert amounts("26,7 tỷ đô la Úc; 5 tỷ đô la; 3 tỷ đô la Mỹ") == [(26.7e9, "AUD"), (5e9, "USD"), (3e9, "USD")]


def test_xuat_sieu_sang_names_the_partner():
    assert figs("Năm 2023, kim ngạch xuất khẩu của Việt Nam sang Mỹ đạt 97 tỷ USD. Xuất siêu sang Mỹ đạt 83 tỷ "
                "USD.") == [
        ("actual", "exports", "VNM", "USA", 97e9, "USD", "exact", 2023, "1-12"),
        ("actual", "balance", "VNM", "USA", 83e9, "USD", "exact", 2023, "1-12")]


def test_a_goal_of_the_two_countries_after_a_balance_is_for_their_trade():
    assert figs("Năm 2023, thương mại hai chiều Việt Nam - Hàn Quốc đạt 76,6 tỷ USD; Việt Nam nhập siêu từ Hàn "
                "Quốc 29,6 tỷ USD. Mục tiêu 100 tỷ USD vào năm 2025 mà lãnh đạo hai nước đặt ra vẫn chưa đạt "
                "được.") == [
        ("actual", "turnover", "KOR", "VNM", 76.6e9, "USD", "exact", 2023, "1-12"),
        ("actual", "balance", "KOR", "VNM", 29.6e9, "USD", "exact", 2023, "1-12"),
        ("target", "turnover", "KOR", "VNM", 100e9, "USD", "exact", 2025, "1-12")]
