"""English extraction, rule by rule (issue 3), on sentences written for these tests in the
manner of wire copy. Each test states the exact set of figures expected."""
import pytest

from tradetrack.corpus import load_corpus
from tradetrack.extract import extract_article
from tradetrack.model import Article

from .helpers import figure_set

PUB = "2024-11"


def figs(text, published=PUB):
    return figure_set(text, published, "en")


# --- periods ---------------------------------------------------------------------------------

def test_first_half_of_this_year_year_on_year():
    assert figs("In the first half of this year, two-way trade between Vietnam and Russia reached 2.4 "
                "billion USD, up 8.5% year-on-year.") == {
        ("actual", "turnover", "RUS", "VNM", 2.4e9, "USD", "exact", 2024, "1-6", None),
        ("actual", "turnover", "RUS", "VNM", 8.5, "%", "exact", 2024, "1-6", None)}


def test_first_quarter():
    assert figs("In the first quarter, bilateral trade between China and Russia hit $55 billion.") == {
        ("actual", "turnover", "CHN", "RUS", 5.5e10, "USD", "exact", 2024, "1-3", None)}


def test_first_11_months():
    assert figs("In the first 11 months, Vietnam's exports to Russia reached $1.8 billion.") == {
        ("actual", "exports", "VNM", "RUS", 1.8e9, "USD", "exact", 2024, "1-11", None)}


def test_in_11_months():
    assert figs("In 11 months, trade between Vietnam and Laos reached $1.5 billion.") == {
        ("actual", "turnover", "LAO", "VNM", 1.5e9, "USD", "exact", 2024, "1-11", None)}


def test_in_january():
    assert figs("In January, bilateral trade between Vietnam and Russia stood at $400 million.") == {
        ("actual", "turnover", "RUS", "VNM", 4e8, "USD", "exact", 2024, "1-1", None)}


def test_between_january_and_october():
    assert figs("Between January and October, trade between Vietnam and Russia reached $3.1 "
                "billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.1e9, "USD", "exact", 2024, "1-10", None)}


def test_first_nine_months_of_last_year():
    assert figs("In the first nine months of last year, trade between Vietnam and Russia reached $2.8 "
                "billion.") == {
        ("actual", "turnover", "RUS", "VNM", 2.8e9, "USD", "exact", 2023, "1-9", None)}


def test_from_january_to_september_this_year():
    assert figs("From January to September this year, trade between Vietnam and Russia reached $2.8 "
                "billion.") == {
        ("actual", "turnover", "RUS", "VNM", 2.8e9, "USD", "exact", 2024, "1-9", None)}


@pytest.mark.parametrize("published, year", [("2024-03", 2023), ("2024-08", 2024)])
def test_span_without_year_is_the_latest_ended(published, year):
    assert figs("In the first half, bilateral trade between Vietnam and Russia reached $2.4 "
                "billion.", published=published) == {
        ("actual", "turnover", "RUS", "VNM", 2.4e9, "USD", "exact", year, "1-6", None)}


def test_balance_in_the_first_half():
    assert figs("The Vietnamese trade surplus with Russia stood at $500 million in the first "
                "half.") == {
        ("actual", "balance", "VNM", "RUS", 5e8, "USD", "exact", 2024, "1-6", None)}


# --- relative years --------------------------------------------------------------------------

def test_last_year():
    assert figs("Last year, trade turnover between Russia and Vietnam reached 5.2 billion USD.") == {
        ("actual", "turnover", "RUS", "VNM", 5.2e9, "USD", "exact", 2023, "1-12", None)}


def test_last_year_after_the_amount_and_a_fall():
    assert figs("Russia's exports to Vietnam fell 5.4% to $1.6 billion last year.") == {
        ("actual", "exports", "RUS", "VNM", -5.4, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


def test_this_year_forecast_over():
    assert figs("This year, two-way trade between Vietnam and Russia is expected to exceed $6 "
                "billion.") == {
        ("forecast", "turnover", "RUS", "VNM", 6e9, "USD", "at_least", 2024, "1-12", None)}


def test_next_year_could_reach():
    assert figs("Bilateral trade between Vietnam and Russia could reach $7 billion next year, the "
                "minister said.") == {
        ("forecast", "turnover", "RUS", "VNM", 7e9, "USD", "exact", 2025, "1-12", None)}


def test_a_year_earlier_in_the_same_sentence():
    assert figs("Trade between Vietnam and Russia reached $4 billion in 2022, compared with $3.5 "
                "billion a year earlier.") == {
        ("actual", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2022, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.5e9, "USD", "exact", 2021, "1-12", None)}


def test_from_x_in_2010_to_y_in_2014():
    assert figs("Trade between Vietnam and Russia rose from $1.5 billion in 2010 to $4 billion in "
                "2014.") == {
        ("actual", "turnover", "RUS", "VNM", 1.5e9, "USD", "exact", 2010, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2014, "1-12", None)}


# --- kinds -----------------------------------------------------------------------------------

def test_aim_by_with_the_two_countries():
    assert figs("Vietnam and Russia have long-standing ties. The two countries aim to raise bilateral "
                "trade to $10 billion by 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_set_a_target():
    assert figs("Vietnam and Russia set a target of $10 billion in two-way trade by 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_strive():
    assert figs("Vietnam and Russia strive to lift bilateral trade to $10 billion by 2025.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None)}


def test_goal_with_bloc():
    assert figs("The goal is to reach $15 billion in trade between Vietnam and the EAEU by 2030.") == {
        ("target", "turnover", "EAEU", "VNM", 1.5e10, "USD", "exact", 2030, "1-12", None)}


def test_target_verb():
    assert figs("Vietnam and Laos target bilateral trade of $5 billion by 2025.") == {
        ("target", "turnover", "LAO", "VNM", 5e9, "USD", "exact", 2025, "1-12", None)}


def test_capitals_agreed_to_boost():
    assert figs("Hanoi and Moscow agreed to boost two-way trade to $10 billion by 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_forecast():
    assert figs("Trade between China and Russia is forecast to reach $250 billion in 2025.") == {
        ("forecast", "turnover", "CHN", "RUS", 2.5e11, "USD", "exact", 2025, "1-12", None)}


def test_projected_by_a_year_is_a_forecast():
    figures = figs("Trade between India and the UAE is projected to top $100 billion by 2030.")
    assert {f[:6] + f[7:] for f in figures} == {
        ("forecast", "turnover", "ARE", "IND", 1e11, "USD", 2030, "1-12", None)}


def test_expected_this_year_with_pair_from_the_sentence_before():
    assert figs("Russia and Vietnam signed several deals. Two-way trade is expected to reach $5 billion "
                "this year.") == {
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12", None)}


# --- pairs and direction -----------------------------------------------------------------------

def test_two_way_is_the_article_pair():
    assert figs("Vietnam and Russia have long-standing ties. Two-way trade reached $3.6 billion in "
                "2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_demonym_exporter_and_growth_before_amount():
    assert figs("Vietnamese exports to Russia rose 12% to $2.1 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 12.0, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_exports_from_to():
    assert figs("Exports from Vietnam to Russia reached $2.1 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_imports_from_are_the_partner_s_exports():
    assert figs("Vietnam's imports from Russia totaled $1.6 billion in 2023.") == {
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("The UAE's imports from India stood at $31 billion in 2023.") == {
        ("actual", "exports", "IND", "ARE", 3.1e10, "USD", "exact", 2023, "1-12", None)}
    assert figs("Russian imports from Vietnam reached $2.1 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_imports_of_a_from_b_is_b_to_a():
    assert figs("Imports of India from the UAE reached $48 billion in 2023.") == {
        ("actual", "exports", "ARE", "IND", 4.8e10, "USD", "exact", 2023, "1-12", None)}
    assert figs("India imported goods worth $48 billion from the UAE in 2023.") == {
        ("actual", "exports", "ARE", "IND", 4.8e10, "USD", "exact", 2023, "1-12", None)}


def test_exports_and_imports_in_one_sentence():
    assert figs("Vietnam exported $2.1 billion worth of goods to Russia in 2023, while imports from "
                "Russia totaled $1.6 billion.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("China's exports to Russia reached $110 billion in 2023, while its imports from Russia "
                "stood at $129 billion.") == {
        ("actual", "exports", "CHN", "RUS", 1.1e11, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "CHN", 1.29e11, "USD", "exact", 2023, "1-12", None)}


def test_traded_worth_of_goods():
    assert figs("Vietnam and Russia traded $3.6 billion worth of goods in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_blocs():
    assert figs("Trade between Vietnam and the Eurasian Economic Union (EAEU) reached $6 billion in "
                "2023.") == {
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Two-way trade between Vietnam and ASEAN hit $41 billion in 2023.") == {
        ("actual", "turnover", "ASEAN", "VNM", 4.1e10, "USD", "exact", 2023, "1-12", None)}
    assert figs("Trade between the EU and Vietnam amounted to 58 billion euros in 2023.") == {
        ("actual", "turnover", "EU", "VNM", 5.8e10, "EUR", "exact", 2023, "1-12", None)}


# --- balances ----------------------------------------------------------------------------------

def test_surplus_with():
    assert figs("Vietnam posted a trade surplus of $1.2 billion with Russia in 2023.") == {
        ("actual", "balance", "VNM", "RUS", 1.2e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Vietnam's trade surplus with Russia widened to $1.1 billion in 2023.") == {
        ("actual", "balance", "VNM", "RUS", 1.1e9, "USD", "exact", 2023, "1-12", None)}


def test_deficit_is_the_partner_s_surplus():
    assert figs("The United States' trade deficit with China stood at $279 billion in 2023.") == {
        ("actual", "balance", "CHN", "USA", 2.79e11, "USD", "exact", 2023, "1-12", None)}


# --- bounds, signs, base years ---------------------------------------------------------------

@pytest.mark.parametrize("cue, bound", [
    ("about", "approx"), ("around", "approx"), ("roughly", "approx"),
    ("over", "at_least"), ("more than", "at_least"), ("at least", "at_least"),
    ("nearly", "at_most"), ("almost", "at_most"), ("under", "at_most"),
])
def test_bounds(cue, bound):
    assert figs(f"Bilateral trade between Vietnam and Russia reached {cue} $3.6 billion in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", bound, 2023, "1-12", None)}


def test_down_nearly_is_negative_at_most():
    assert figs("Vietnam's exports to Russia were down nearly 18% in 2022.") == {
        ("actual", "exports", "VNM", "RUS", -18.0, "%", "at_most", 2022, "1-12", None)}


def test_base_year_compared_with():
    assert figs("Trade between China and Russia rose 26% in 2023 compared with 2021.") == {
        ("actual", "turnover", "CHN", "RUS", 26.0, "%", "exact", 2023, "1-12", 2021)}


# --- not figures -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vietnam attracted $1 billion in FDI from Russia in 2023, with 20 new projects.",
    "Vietnam's rice exports to Russia reached $50 million in 2023.",
    "Vietnam's coffee exports to Russia rose 20% to $300 million in 2023.",
    "Exports of coffee from Vietnam to Russia reached $300 million in 2023.",
    "Russia accounts for 30% of Vietnam's fertilizer imports.",
    "Vietnam's foreign trade reached $680 billion in 2023.",
    "Vietnam's total exports reached $355 billion in 2023.",
    "Vietnam's trade with the world reached $680 billion in 2023.",
    "Vietnam is Russia's 23rd largest trading partner, with 150 Russian firms operating in the country.",
    "Vietnam welcomed 500,000 Russian tourists in 2023, spending $1 billion.",
])
def test_not_figures(text):
    assert figs(text) == set()


@pytest.mark.parametrize("marker", ["See more", "Read more", "Related news"])
def test_related_stories_tail_is_cut(marker):
    assert figs("Bilateral trade between Vietnam and Russia reached $3.6 billion in 2023.\n\n"
                f"{marker}\nTrade between Vietnam and China reached $170 billion in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_photo_caption_is_cut():
    assert figs("Bilateral trade between Vietnam and Russia reached $3.6 billion in 2023.\nPhoto: Trade "
                "between Vietnam and Russia reached $3 billion last year (illustration).") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


# --- more periods, amounts and kinds -------------------------------------------------------------

def test_h1_and_q1():
    assert figs("In H1, trade between Vietnam and Russia reached $2.4 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 2.4e9, "USD", "exact", 2024, "1-6", None)}
    assert figs("In Q1, trade between Vietnam and Russia reached $1.1 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 1.1e9, "USD", "exact", 2024, "1-3", None)}


def test_same_period_last_year_is_no_base_year():
    assert figs("In the first quarter of 2023, Vietnam's exports to Russia reached $500 million, up 8% "
                "from the same period last year.") == {
        ("actual", "exports", "VNM", "RUS", 5e8, "USD", "exact", 2023, "1-3", None),
        ("actual", "exports", "VNM", "RUS", 8.0, "%", "exact", 2023, "1-3", None)}


def test_from_to_with_the_year_first():
    assert figs("In 2023, French exports to Algeria fell from 1.42 to 1.36 billion euros.") == {
        ("actual", "exports", "FRA", "DZA", 1.42e9, "EUR", "exact", 2022, "1-12", None),
        ("actual", "exports", "FRA", "DZA", 1.36e9, "EUR", "exact", 2023, "1-12", None)}
    assert figs("In 2023, French exports to Algeria fell from 1.42 billion euros to 1.36 billion "
                "euros.") == {
        ("actual", "exports", "FRA", "DZA", 1.42e9, "EUR", "exact", 2022, "1-12", None),
        ("actual", "exports", "FRA", "DZA", 1.36e9, "EUR", "exact", 2023, "1-12", None)}


def test_amounts_in_text():
    assert figs("Trade between Vietnam and Russia reached ten billion US dollars in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2023, "1-12", None)}
    assert figs("Trade between China and Russia reached 1.6 trillion yuan in 2023.") == {
        ("actual", "turnover", "CHN", "RUS", 1.6e12, "CNY", "exact", 2023, "1-12", None)}
    assert figs("Trade between Vietnam and Russia reached $3.6 bn in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_hope_and_set_the_goal():
    assert figs("Vietnam and Russia hope to double bilateral trade to $10 billion by 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}
    assert figs("Vietnam and Russia have set the goal of raising bilateral trade to $10 billion in "
                "2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


# --- a whole article ---------------------------------------------------------------------------

ARTICLE = """Vietnam, Russia two-way trade up 12% in 10 months

HANOI, Nov 20 (VNA) - Two-way trade between Vietnam and Russia reached 4.1 billion USD in the first \
ten months of this year, up 12% year-on-year, according to the General Department of Customs.

Illustrative image (Photo: VNA)

In the period, Vietnam's exports to Russia totaled 2.3 billion USD, while its imports from the \
country stood at 1.8 billion USD.

Deputy Minister of Industry and Trade said the two countries strive to lift bilateral trade to 10 \
billion USD by 2030. Last year, two-way trade hit 4.6 billion USD.

Vietnam's seafood exports to Russia reached 200 million USD in the period, while the country's \
total exports amounted to 330 billion USD.

Related news
Vietnam, China trade surpasses 200 billion USD
"""


def test_whole_article():
    assert figs(ARTICLE, published="2024-11-20") == {
        ("actual", "turnover", "RUS", "VNM", 12.0, "%", "exact", 2024, "1-10", None),
        ("actual", "turnover", "RUS", "VNM", 4.1e9, "USD", "exact", 2024, "1-10", None),
        ("actual", "exports", "VNM", "RUS", 2.3e9, "USD", "exact", 2024, "1-10", None),
        ("actual", "exports", "RUS", "VNM", 1.8e9, "USD", "exact", 2024, "1-10", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None)}


def test_undated_article_with_dateline_and_past_year():
    text = ("HANOI, Nov 20 (VNA) - Two-way trade between Vietnam and Russia reached 4.1 billion USD in the "
            "first ten months of this year. In 2023, two-way trade hit 4.6 billion USD. The two countries "
            "aim to raise trade to 10 billion USD by 2030.")
    a = Article(id="t", text=text, published=None)
    figures = {(f.kind, f.metric, f.origin, f.destination, round(f.value, 3), f.unit, f.bound, f.year,
                f.months, f.base_year) for f in extract_article(a)}
    assert (a.published, a.published_inferred) == ("2024-11", True)
    assert figures == {
        ("actual", "turnover", "RUS", "VNM", 4.1e9, "USD", "exact", 2024, "1-10", None),
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


# --- more cues ---------------------------------------------------------------------------------

def test_below_and_less_than_are_at_most():
    assert figs("Two-way trade between Vietnam and Russia fell below $5 billion in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_most", 2023, "1-12", None)}
    assert figs("Two-way trade between Vietnam and Russia was worth less than $5 billion in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_most", 2023, "1-12", None)}


def test_expected_to_exceed():
    assert figs("Two-way trade between Vietnam and Russia is expected to exceed $5 billion in 2025.") == {
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "at_least", 2025, "1-12", None)}


def test_fell_by_compared_to_the_same_period():
    assert figs("Two-way trade between Vietnam and Russia fell by 15.8% in the first half of 2024 compared "
                "to the same period last year.") == {
        ("actual", "turnover", "RUS", "VNM", -15.8, "%", "exact", 2024, "1-6", None)}


def test_balances_owner_and_partner():
    assert figs("Russia's trade deficit with Vietnam stood at $1 billion in 2023.") == {
        ("actual", "balance", "VNM", "RUS", 1e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Russia posted a trade surplus of $1 billion with Vietnam in 2023.") == {
        ("actual", "balance", "RUS", "VNM", 1e9, "USD", "exact", 2023, "1-12", None)}


def test_signs_and_percent_words():
    assert figs("Vietnam's exports to Russia grew by +12% in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 12.0, "%", "exact", 2023, "1-12", None)}
    assert figs("Vietnam's exports to Russia surged 30 percent to $2.5 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 30.0, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.5e9, "USD", "exact", 2023, "1-12", None)}


# --- more periods and pairs --------------------------------------------------------------------

@pytest.mark.parametrize("lead, months", [
    ("In September alone", "9-9"),
    ("As of October", "1-10"),
    ("Through September", "1-9"),
    ("In the first 10 months of 2024", "1-10"),
    ("In the January-October period", "1-10"),
    ("In the nine-month period", "1-9"),
    ("In the first eight months", "1-8"),
    ("In the first half of the year", "1-6"),
    ("During the first six months of 2024", "1-6"),
    ("In the first quarter of the year", "1-3"),
    ("In October", "10-10"),
    ("In the period from January to July", "1-7"),
    ("From January to September", "1-9"),
])
def test_more_spans(lead, months):
    assert figs(f"{lead}, trade between Vietnam and Russia reached $420 million.") == {
        ("actual", "turnover", "RUS", "VNM", 4.2e8, "USD", "exact", 2024, months, None)}


def test_rounded_headline_gives_way_to_the_body():
    assert figs("Vietnam-Russia trade tops $4 bln in 10 months\n\nTwo-way trade between Vietnam and Russia "
                "reached $4.06 billion in the first ten months of this year.") == {
        ("actual", "turnover", "RUS", "VNM", 4.06e9, "USD", "exact", 2024, "1-10", None)}


def test_two_partners_in_one_sentence():
    assert figs("Vietnam's trade with Russia reached $3.6 billion in 2023, while its trade with China hit "
                "$170 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "CHN", "VNM", 1.7e11, "USD", "exact", 2023, "1-12", None)}


def test_of_which_exports():
    assert figs("Bilateral trade between Vietnam and Russia reached $3.6 billion in 2023, of which "
                "Vietnam's exports accounted for $2.2 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None)}


def test_share_of_total_trade_is_no_figure():
    assert figs("Trade between Vietnam and Russia accounted for 0.5% of Vietnam's total trade in "
                "2023.") == set()


@pytest.mark.parametrize("text", [
    "Vietnam's export-import turnover reached $700 billion in 2023.",
    "Vietnam and Russia signed deals. Russia granted Vietnam a $1 billion loan in 2023.",
    "Vietnam and Russia signed deals. Vietnam's GDP grew 5% in 2023.",
    "Vietnam exports oil to Russia at $55 per barrel.",
])
def test_more_not_figures(text):
    assert figs(text) == set()


def test_investment_clause_beside_a_trade_figure():
    assert figs("Bilateral trade between Vietnam and Russia reached $3.6 billion in 2023, while Russian "
                "investment in Vietnam totaled $1 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


# --- any pair of economies ---------------------------------------------------------------------

@pytest.mark.parametrize("pair, a, b", [
    ("the United Arab Emirates and India", "ARE", "IND"),
    ("the United States and China", "CHN", "USA"),
    ("South Korea and Vietnam", "KOR", "VNM"),
    ("the Philippines and Vietnam", "PHL", "VNM"),
    ("Türkiye and Russia", "RUS", "TUR"),
    ("Canada and France", "CAN", "FRA"),
])
def test_country_names(pair, a, b):
    assert figs(f"Trade between {pair} reached $8 billion in 2023.") == {
        ("actual", "turnover", a, b, 8e9, "USD", "exact", 2023, "1-12", None)}


def test_hyphenated_pair_before_trade():
    assert figs("India-UAE trade reached $85 billion in 2023.") == {
        ("actual", "turnover", "ARE", "IND", 8.5e10, "USD", "exact", 2023, "1-12", None)}


# --- HTML pages --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vietnam, Russia trade grows</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/biz">Business</a></li></ul></nav></header>
<main><article>
<h1>Vietnam, Russia trade grows</h1>
<p class="date">Published: 2024-03-12</p>
<p>HANOI, March 12 (VNA) - Two-way trade between Vietnam and Russia reached 3.6 billion USD last year, according to the General Department of Customs.</p>
<figure><img src="a.jpg"><figcaption>Illustrative image: trade between Vietnam and Russia hit 3 billion USD in 2022 (Photo: VNA)</figcaption></figure>
<p>The two countries aim to lift bilateral trade to 10 billion USD by 2030, the deputy minister said at a meeting in Hanoi with his Russian counterpart on Tuesday.</p>
<p>Vietnamese firms want to expand their presence in the Russian market, especially in farm produce and textiles, he added.</p>
<h3>Related news</h3>
<ul><li><a href="/x">Vietnam, China trade hits 170 billion USD in 2023</a></li></ul>
</article></main>
<footer>© VNA</footer>
</body></html>
"""


def test_html_page_drops_navigation_caption_and_related_links(tmp_path):
    (tmp_path / "vnru.html").write_text(PAGE, encoding="utf-8")
    (art,) = list(load_corpus([tmp_path]))
    assert (art.id, art.published, art.published_inferred) == ("vnru", "2024-03-12", False)
    figures = extract_article(art)
    assert art.language == "en"
    assert {(f.kind, f.metric, f.origin, f.destination, f.value, f.unit, f.bound, f.year, f.months)
            for f in figures} == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12")}
    assert all(f.evidence in art.text for f in figures)


# --- kinds side by side ------------------------------------------------------------------------

def test_headline_to_reach_by():
    assert figs("Vietnam, Russia trade to reach $10 billion by 2030") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_deadline_alone_makes_a_target():
    assert figs("Vietnam and Russia want two-way trade of $10 billion by 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_forecast_up_from_last_year_actual():
    assert figs("Vietnam's exports to Russia are expected to hit $3 billion this year, up from $2.5 billion "
                "last year.") == {
        ("forecast", "exports", "VNM", "RUS", 3e9, "USD", "exact", 2024, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.5e9, "USD", "exact", 2023, "1-12", None)}


def test_target_from_actual_to_goal():
    assert figs("Vietnam and Russia are boosting cooperation. The two countries aim to raise two-way trade "
                "from $4.6 billion in 2023 to $10 billion by 2030.") == {
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


# --- the article's pair --------------------------------------------------------------------------

def test_the_two_sides_with_a_bloc():
    assert figs("Vietnam and the Eurasian Economic Union signed a free trade agreement in 2015. Trade "
                "between the two sides reached $6 billion in 2023.") == {
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}


def test_two_way_trade_takes_the_pair_of_the_article():
    assert figs("Russia is Vietnam's key partner. Russian Deputy Prime Minister met his Vietnamese "
                "counterpart in Hanoi on Monday. Two-way trade hit $3.6 billion last year.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


# --- sentences and the end of the body (tradetrack.corpus.clean) -------------------------------

def test_sentence_split_keeps_abbreviations_and_decimals():
    from tradetrack.corpus.clean import sentences

    text = "Trade hit $3.6 billion. The U.S. said so. Exports rose in Jan. Imports fell.\nLine two"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Trade hit $3.6 billion.", "The U.S. said so.", "Exports rose in Jan.", "Imports fell.", "Line two"]


def test_body_ends_at_a_marker_line_only():
    from tradetrack.corpus.clean import body_end
    from tradetrack.extract.lexicon import lexicon

    tail = lexicon("en").tail
    assert body_end("Body text.\n\nSee more:\nOther story.", tail) == len("Body text.\n\n")
    assert body_end("Body text.\n\nRead more\nOther story.", tail) == len("Body text.\n\n")
    text = "Body text. Read more about it in our report.\nNext."
    assert body_end(text, tail) == len(text)


def test_its_surplus_with_the_latter():
    assert figs("Vietnam's exports to the US grew strongly. Its trade surplus with the latter stood at $104 "
                "billion last year.") == {
        ("actual", "balance", "VNM", "USA", 1.04e11, "USD", "exact", 2023, "1-12", None)}


def test_product_among_imports_is_no_figure():
    assert figs("Trade between Vietnam and Laos reached $1.7 billion in 2023. Among the main imports from "
                "Laos, fertilizers fell 20 percent to $200 million.") == {
        ("actual", "turnover", "LAO", "VNM", 1.7e9, "USD", "exact", 2023, "1-12", None)}


def test_product_growth_rates_are_no_figures():
    assert figs("Vietnam's exports to Russia reached $2 billion in 2023. Several products posted strong "
                "gains, such as pepper (+25%) and rubber (+12%).") == {
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_per_cent_in_words():
    assert figs("Trade between Vietnam and Russia grew 15 per cent to $3.6 billion in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 15.0, "%", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("noun", [
    "trade turnover", "trade volume", "trade value", "two-way trade", "bilateral trade", "trade exchange",
    "mutual trade", "commerce", "trade", "import-export turnover", "export-import turnover",
])
def test_turnover_nouns(noun):
    assert figs(f"In 2023, {noun} between Vietnam and Russia reached $3.6 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_shipments_are_exports():
    assert figs("Vietnam's shipments to Russia reached $2.1 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Vietnam's outbound shipments to Russia totaled $2.1 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("verb", [
    "plan to raise", "seek to increase", "agreed to increase", "are committed to raising", "want to lift",
    "hope to bring", "intend to boost", "have pledged to raise", "are working to raise", "aim to raise",
    "strive to lift",
])
def test_target_verbs_without_deadline(verb):
    assert figs(f"Vietnam and Russia {verb} bilateral trade to $10 billion.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", None, "1-12", None)}


@pytest.mark.parametrize("verb", [
    "is projected to reach", "is likely to reach", "is set to reach", "is on track to reach", "will reach",
    "is forecast to hit", "may reach", "could hit", "is expected to reach",
])
def test_forecast_verbs(verb):
    assert figs(f"This year, trade between Vietnam and Russia {verb} $5 billion.") == {
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12", None)}


def test_an_estimated_is_approx():
    assert figs("Trade between Vietnam and Russia reached an estimated $5 billion in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "approx", 2023, "1-12", None)}


# --- goals and outcomes in one sentence ----------------------------------------------------------

def test_relative_clause_goal_then_outcome():
    assert figs("Vietnam and Russia, which aim to raise trade to $10 billion by 2030, traded $3.6 billion "
                "worth of goods in 2023.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_missed_goal_and_outcome():
    assert figs("Although Vietnam and Russia targeted $10 billion in trade by 2020, their two-way trade "
                "reached only $5 billion in 2020.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2020, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2020, "1-12", None)}
    assert figs("The target of $10 billion set for 2020 was missed: trade between Vietnam and Russia "
                "reached $5 billion in 2020.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2020, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2020, "1-12", None)}


def test_that_year():
    assert figs("In 2020, trade between Vietnam and Russia reached $5 billion. That year, Vietnam's exports "
                "to Russia hit $3 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2020, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 3e9, "USD", "exact", 2020, "1-12", None)}


def test_eeu_short_form():
    assert figs("Trade between Vietnam and the EEU reached $6 billion in 2023.") == {
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("tail, value", [
    ("a growth rate of 15%", 15.0), ("a 15% increase", 15.0), ("a 15% decline", -15.0),
])
def test_growth_word_before_or_after_the_percent(tail, value):
    assert figs(f"Trade between Vietnam and Russia reached $3.6 billion in 2023, {tail}.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", value, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "In 2023, the trade balance between Vietnam and Russia was in Vietnam's favour, at $1.1 billion.",
    "In 2023, the trade balance was in favor of Vietnam, which posted a surplus of $1.1 billion with Russia.",
    "Russia ran a trade deficit of $1.1 billion with Vietnam in 2023.",
    "The Vietnamese trade surplus against Russia hit $1.1 billion in 2023.",
])
def test_balance_phrasings(text):
    assert figs(text) == {("actual", "balance", "VNM", "RUS", 1.1e9, "USD", "exact", 2023, "1-12", None)}


def test_comparison_in_parentheses():
    assert figs("Trade between Vietnam and Russia reached $3.6 billion in 2023 (up from $3.2 billion in "
                "2022).") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None)}


def test_same_period_of_an_earlier_year_is_the_base():
    assert figs("In the first 11 months of 2023, trade between Vietnam and Russia rose 30% from the same "
                "period of 2021.") == {
        ("actual", "turnover", "RUS", "VNM", 30.0, "%", "exact", 2023, "1-11", 2021)}


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_goal_sentence_continues_the_trade_of_the_one_before(sep):
    assert figs(f"Bilateral trade between Vietnam and Russia reached $3.6 billion in 2023.{sep}The two countries "
                "aim for $10 billion by 2030.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_quoted_statements():
    assert figs("Vietnam and Russia signed a deal. \u201cWe aim for $10 billion in two-way trade by 2030,\u201d the "
                "Vietnamese minister said.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}
    assert figs("Vietnam and Russia signed a deal. \"Bilateral trade reached $3.6 billion last year,\" the "
                "minister said.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_lost_full_stop_before_a_new_sentence():
    assert figs("In 2021, trade between Vietnam and Laos amounted to $1.4 billion In 2022, it rose to $1.7 "
                "billion.") == {
        ("actual", "turnover", "LAO", "VNM", 1.4e9, "USD", "exact", 2021, "1-12", None),
        ("actual", "turnover", "LAO", "VNM", 1.7e9, "USD", "exact", 2022, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Vietnam and Russia aim for annual trade of $10 billion by 2030.",
    "Vietnam and Russia aim to raise annual two-way trade to $10 billion a year by 2030.",
])
def test_annual_target(text):
    assert figs(text) == {("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Vietnam's imports of Russian goods reached $1.6 billion in 2023.",
    "Imports from Russia into Vietnam reached $1.6 billion in 2023.",
    "Exports to Vietnam from Russia reached $1.6 billion in 2023.",
    "Vietnam imported $1.6 billion worth of goods from Russia in 2023.",
])
def test_flow_phrasings_russia_to_vietnam(text):
    assert figs(text) == {("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("verb, value", [
    ("rose", 12.0),
    ("rose by", 12.0),
    ("grew", 12.0),
    ("increased", 12.0),
    ("went up", 12.0),
    ("climbed", 12.0),
    ("jumped", 12.0),
    ("surged", 12.0),
    ("soared", 12.0),
    ("expanded", 12.0),
    ("gained", 12.0),
    ("fell", -12.0),
    ("dropped", -12.0),
    ("declined", -12.0),
    ("decreased", -12.0),
    ("slumped", -12.0),
    ("plunged", -12.0),
    ("shrank", -12.0),
    ("contracted", -12.0),
    ("slipped", -12.0),
    ("dipped", -12.0),
    ("edged up", 12.0),
    ("edged down", -12.0),
    ("slid", -12.0),
    ("rebounded", 12.0),
    ("was down", -12.0),
    ("was up", 12.0),
    ("posted growth of", 12.0),
    ("registered a decline of", -12.0),
    ("recorded an increase of", 12.0),
    ("saw a drop of", -12.0),
])
def test_growth_verbs(verb, value):
    assert figs(f"In 2023, Vietnam's exports to Russia {verb} 12%.") == {
        ("actual", "exports", "VNM", "RUS", value, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Bilateral trade between Vietnam and Russia reached $3.6\nbillion in 2023.",
    "Bilateral trade between Vietnam and Russia reached US$\n3.6 billion in 2023.",
])
def test_amount_split_by_a_line_break(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_rank_beside_a_trade_figure():
    assert figs("Vietnam is Russia's second largest trading partner in ASEAN, with two-way trade of $4 billion "
                "in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2023, "1-12", None)}


def test_two_deadlines_in_one_sentence():
    assert figs("Vietnam and Russia aim to raise bilateral trade to $10 billion by 2025 and $15 billion by "
                "2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1.5e10, "USD", "exact", 2030, "1-12", None)}


@pytest.mark.parametrize("deadline", ["by the end of 2025", "before 2025"])
def test_deadline_phrasings(deadline):
    assert figs(f"Vietnam and Russia aim to raise bilateral trade to $10 billion {deadline}.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None)}


@pytest.mark.parametrize("text, a, b, value", [
    ("Bilateral trade between Vietnam and the Russian Federation reached $3.6 billion in 2023.", "RUS", "VNM", 3.6e9),
    ("Beijing's trade with Moscow hit $240 billion in 2023.", "CHN", "RUS", 2.4e11),
    ("Vietnam-Laos trade reached $1.7 billion in 2023.", "LAO", "VNM", 1.7e9),
])
def test_governments_by_capital_or_long_name(text, a, b, value):
    assert figs(text) == {("actual", "turnover", a, b, value, "USD", "exact", 2023, "1-12", None)}


def test_capitals_as_exporter_and_destination():
    assert figs("Moscow's exports to Hanoi reached $1.6 billion in 2023.") == {
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Ottawa and Paris saw trade reach C$14 billion in 2023.") == {
        ("actual", "turnover", "CAN", "FRA", 1.4e10, "CAD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Trade between Vietnam and Russia reached $3.6 billion in 2023, with 1,200 Vietnamese firms exporting to Russia.",
    "Trade between Vietnam and Russia reached $3.6 billion in 2023, while oil prices averaged $80 per barrel.",
])
def test_counts_and_prices_beside_a_figure(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("yoy", ["on an annual basis", "year on year", "y/y", "year-over-year"])
def test_year_on_year_phrasings(yoy):
    assert figs(f"Trade between Vietnam and Russia reached $3.6 billion in 2023, up 5% {yoy}.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 5.0, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Two-way trade reached US$ 4.5 billion in 2023 between Vietnam and Russia.",
    "Trade between Vietnam and Russia reached 4.5 billion US dollars in 2023.",
    "Trade between Vietnam and Russia reached 4.5 billion USD in 2023.",
    "Trade between Vietnam and Russia reached US $4.5 billion in 2023.",
    "Trade between Vietnam and Russia reached U.S. $4.5 billion in 2023.",
])
def test_us_dollar_is_no_united_states(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 4.5e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_world_trade_details_then_a_partner(sep):
    assert figs(f"Vietnam's total trade reached $680 billion in 2023. Exports rose 5% to $355 billion.{sep}"
                "Trade with Russia reached $3.6 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("cue, value, bound", [
    ("nearly one billion dollars", 1e9, "at_most"), ("more than one billion dollars", 1e9, "at_least"),
    ("some $3.6 billion", 3.6e9, "approx"), ("upwards of $3.6 billion", 3.6e9, "at_least"),
    ("just under $3.6 billion", 3.6e9, "at_most"), ("approximately $3.6 billion", 3.6e9, "approx"),
])
def test_more_bounds(cue, value, bound):
    assert figs(f"Trade between Vietnam and Russia reached {cue} in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", value, "USD", bound, 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Trade between Vietnam and Russia passed the $5 billion mark in 2023.",
    "Trade between Vietnam and Russia was in excess of $5 billion in 2023.",
])
def test_at_least_phrasings(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_least", 2023, "1-12", None)}


# --- clauses that share or split a sentence's numbers ------------------------------------------

def test_over_the_first_half_is_the_period_not_a_base():
    assert figs("Over the first half, trade between Vietnam and Russia reached $420 million.") == {
        ("actual", "turnover", "RUS", "VNM", 4.2e8, "USD", "exact", 2024, "1-6", None)}


def test_converted_amount_in_parentheses_shares_the_year():
    assert figs("Trade between Vietnam and Russia reached 400 trillion VND (about $16 billion) in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 4e14, "VND", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 1.6e10, "USD", "approx", 2023, "1-12", None)}


def test_against_the_previous_year():
    assert figs("Trade between Vietnam and Russia reached $3.6 billion in 2023, against $3.2 billion "
                "the previous year.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None)}


def test_a_year_earlier_after_a_comma():
    assert figs("In 2023, bilateral trade between Vietnam and Russia totaled $3.6 billion, a year earlier "
                "it was $3.5 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.5e9, "USD", "exact", 2022, "1-12", None)}


def test_exported_to_a_country_and_imported():
    assert figs("Vietnam exported $2.1 billion worth of goods to Russia in 2023 and imported $1.6 billion.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


def test_with_a_country_exporting_and_importing():
    assert figs("In 2023, trade between Vietnam and Russia reached $3.6 billion, with Vietnam exporting "
                "$2.2 billion and importing $1.4 billion.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.4e9, "USD", "exact", 2023, "1-12", None)}


def test_amount_in_demonym_exports():
    assert figs("In 2023, trade between Vietnam and Russia reached $3.6 billion, including $2.2 billion "
                "in Vietnamese exports and $1.4 billion in imports.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.4e9, "USD", "exact", 2023, "1-12", None)}


def test_respectively_years():
    assert figs("Trade between Vietnam and Russia was $3.2 billion and $3.6 billion in 2022 and 2023 "
                "respectively.") == {
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_respectively_flows():
    assert figs("In 2023, Vietnamese exports to Russia and imports from Russia rose 10% and 5% "
                "respectively.") == {
        ("actual", "exports", "VNM", "RUS", 10.0, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 5.0, "%", "exact", 2023, "1-12", None)}


def test_range_between_two_full_amounts():
    assert figs("Trade between Vietnam and Russia is expected to reach between $6.2 billion and $6.4 billion "
                "this year.") == {
        ("forecast", "turnover", "RUS", "VNM", 6.2e9, "USD", "at_least", 2024, "1-12", None),
        ("forecast", "turnover", "RUS", "VNM", 6.4e9, "USD", "at_most", 2024, "1-12", None)}


def test_by_the_end_of_the_year_is_this_year():
    assert figs("The two sides agreed to raise trade between Vietnam and Russia to $10 billion by the end "
                "of the year.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2024, "1-12", None)}


def test_compared_value_next_to_a_forecast_is_actual():
    assert figs("Trade between Vietnam and Russia is expected to reach $5 billion in 2024, compared with "
                "$4.6 billion in 2023.") == {
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Vietnam shipped $2.1 billion worth of goods to Russia in 2023.",
    "Russia bought $2.1 billion worth of Vietnamese goods in 2023.",
])
def test_selling_and_buying_verbs_are_flows(text):
    assert figs(text) == {("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_envisage_raising_is_a_target():
    assert figs("Vietnam and Russia envisage raising bilateral trade to $10 billion.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", None, "1-12", None)}


def test_negative_growth_is_a_fall():
    assert figs("Trade between Vietnam and Russia posted negative growth of 5% in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", -5.0, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text, pair, value, unit", [
    ("Sino-Russian trade hit $240 billion in 2023.", ("CHN", "RUS"), 2.4e11, "USD"),
    ("Indo-UAE trade reached $85 billion in 2023.", ("ARE", "IND"), 8.5e10, "USD"),
    ("Franco-Algerian trade reached 11 billion euros in 2023.", ("DZA", "FRA"), 1.1e10, "EUR"),
])
def test_combining_forms_name_the_pair(text, pair, value, unit):
    assert figs(text) == {("actual", "turnover", *pair, value, unit, "exact", 2023, "1-12", None)}


def test_a_navigation_marker_before_the_body_does_not_end_it():
    text = ("Business\nSee more\nTwo-way trade between Vietnam and Russia reached $3.6 billion in 2023, "
            "customs data showed. The two countries aim for $10 billion by 2030.\nSee more\n"
            "China-Russia trade reached $240 billion in 2023 as ties deepen further, officials said.")
    assert figs(text) == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_a_caption_line_ending_in_a_photo_credit_is_skipped():
    text = ("Bilateral trade between Vietnam and Russia reached $3.6 billion in 2023.\n"
            "Hai Phong port, through which exports to Russia worth $2 billion passed in 2023. (Photo: VNA)\n"
            "The two countries aim for $10 billion by 2030.")
    assert figs(text) == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Trade between Vietnam and Russia crossed the $5 billion mark in 2023.",
    "Trade between Vietnam and Russia passed the threshold of $5 billion in 2023.",
])
def test_crossing_a_mark_is_a_lower_bound(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_least", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Trade between Vietnam and Russia reached 3 million tonnes in 2023.",
    "Russia exported 2 million tonnes of wheat worth $500 million to Vietnam in 2023.",
])
def test_tonnes_are_no_money(text):
    assert figs(text) == set()


def test_a_noun_after_a_scale_word_is_no_money_even_if_it_starts_like_a_link():
    # "to|othbrushes": a short link word must be a whole word to keep the number money
    assert figs("Trade between Vietnam and Russia reached 3 million toothbrushes in 2023.") == set()


def test_imports_from_a_country_then_the_amount():
    assert figs("In 2023, Vietnam's exports to Russia reached $2.1 billion and its imports from Russia "
                "$1.6 billion.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


def test_the_top_import_item_is_a_product_not_the_flow():
    assert figs("Trade between Vietnam and Laos reached $1.7 billion in 2023. Electronics, the top import "
                "item, fell 20 percent to $200 million.") == {
        ("actual", "turnover", "LAO", "VNM", 1.7e9, "USD", "exact", 2023, "1-12", None)}


def test_since_a_year_before_the_rate_is_its_base():
    assert figs("Trade between Vietnam and Russia has tripled since 2015, rising 200% to $3.6 billion "
                "in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 200.0, "%", "exact", 2023, "1-12", 2015),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_an_owner_after_the_trade_noun_outranks_the_speaker():
    assert figs("Russia said the exports of Vietnam to China reached $61 billion in 2023.") == {
        ("actual", "exports", "VNM", "CHN", 6.1e10, "USD", "exact", 2023, "1-12", None)}


def test_rate_then_level_of_the_second_flow():
    assert figs("Chinese exports to Russia jumped 46.9% to $111 billion in 2023, while imports from Russia "
                "rose 12.7% to $129 billion.") == {
        ("actual", "exports", "CHN", "RUS", 46.9, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "CHN", "RUS", 1.11e11, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "CHN", 12.7, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "CHN", 1.29e11, "USD", "exact", 2023, "1-12", None)}


def test_a_balance_in_its_trade_with_a_partner_is_a_balance():
    assert figs("In 2023, Brazil's surplus in its trade with China was 51 billion USD.") == {
        ("actual", "balance", "BRA", "CHN", 51e9, "USD", "exact", 2023, "1-12", None)}
    # a clause of its own: trade is trade
    assert figs("In 2023, Brazil's surplus grew as trade with China reached 157 billion USD.") == {
        ("actual", "turnover", "BRA", "CHN", 157e9, "USD", "exact", 2023, "1-12", None)}


def test_respectively_gives_each_partner_its_amount():
    assert figs("In 2023, Vietnam's exports to China and the US reached 60 billion USD and 97 billion USD, "
                "respectively.") == {
        ("actual", "exports", "VNM", "CHN", 60e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "USA", 97e9, "USD", "exact", 2023, "1-12", None)}


def test_a_span_after_year_on_year_is_the_figures_own():
    assert figs("Trade between China and Chile rose 7.5% year-on-year in the first nine months to 48 billion "
                "USD.") == {
        ("actual", "turnover", "CHL", "CHN", 7.5, "%", "exact", 2024, "1-9", None),
        ("actual", "turnover", "CHL", "CHN", 48e9, "USD", "exact", 2024, "1-9", None)}


def test_a_destination_of_exports_is_where_the_goods_go():
    assert figs("In 2023, China was the largest destination of Vietnamese exports, with 61 billion USD.") == {
        ("actual", "exports", "VNM", "CHN", 61e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("China is the largest market for Chilean exports, with 39 billion USD in 2023.") == {
        ("actual", "exports", "CHL", "CHN", 39e9, "USD", "exact", 2023, "1-12", None)}


def test_a_year_in_parentheses_after_the_amount_dates_the_rate_too():
    assert figs("Trade between Vietnam and Russia reached $3.6 billion (2023), up 12.5% (y/y).") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 12.5, "%", "exact", 2023, "1-12", None)}


def test_a_part_of_world_exports_with_a_partner_is_that_flow():
    assert figs("Vietnam's total exports reached $355 billion in 2023, of which $2 billion went to Russia.") == {
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_largest_export_market_and_the_partners_listed_after_it():
    text = ("Vietnam top export markets in 2023\nHanoi (VNA) - The US remained Vietnam's largest export market "
            "in 2023 with $97 billion, followed by China with $61 billion, the EU with $43 billion and South "
            "Korea with $23 billion.")
    assert figs(text) == {
        ("actual", "exports", "VNM", "USA", 9.7e10, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "CHN", 6.1e10, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "EU", 4.3e10, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "KOR", 2.3e10, "USD", "exact", 2023, "1-12", None)}


def test_largest_import_market_then_the_next_one():
    assert figs("In 2023, China was Vietnam's largest import market with $111 billion, followed by South "
                "Korea with $53 billion.") == {
        ("actual", "exports", "CHN", "VNM", 1.11e11, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "KOR", "VNM", 5.3e10, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text, expected", [
    ("Exports from Vietnam to Russia surged by $500 million to $2.2 billion in 2023.",
     {("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None)}),
    ("Vietnam's trade surplus with the US widened 12% to $104.6 billion in 2023.",
     {("actual", "balance", "VNM", "USA", 12.0, "%", "exact", 2023, "1-12", None),
      ("actual", "balance", "VNM", "USA", 1.046e11, "USD", "exact", 2023, "1-12", None)}),
    ("Vietnam's trade deficit with China narrowed 17% to $49.9 billion in 2023.",
     {("actual", "balance", "CHN", "VNM", -17.0, "%", "exact", 2023, "1-12", None),
      ("actual", "balance", "CHN", "VNM", 4.99e10, "USD", "exact", 2023, "1-12", None)}),
])
def test_the_size_of_a_change_and_widening_balances(text, expected):
    assert figs(text) == expected


def test_a_change_with_a_bound_after_by_is_still_a_change():
    assert figs("Exports from Vietnam to Russia fell by nearly $500 million to $1.7 billion in 2023.") == {
        ("actual", "exports", "VNM", "RUS", 1.7e9, "USD", "exact", 2023, "1-12", None)}


def test_a_rate_in_parentheses_after_the_amount_does_not_hide_its_year():
    assert figs("Trade between Vietnam and Russia reached $3.6 billion (+12%) in 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 12.0, "%", "exact", 2023, "1-12", None)}


def test_overall_exports_are_trade_with_the_world():
    assert figs("China remained Kenya's largest source of imports, while Kenya's overall exports rose 4% "
                "to $7.2 billion in 2023.") == set()


def test_a_rate_of_the_world_total_does_not_reach_the_part_after_it():
    assert figs("Morocco's total exports rose 8% to $40 billion in 2023, of which $2 billion went to India.") == {
        ("actual", "exports", "MAR", "IND", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_a_currency_several_countries_share_is_the_one_of_the_pair():
    assert figs("Trade between India and the UAE reached 300 billion dirhams in 2023.") == {
        ("actual", "turnover", "ARE", "IND", 3e11, "AED", "exact", 2023, "1-12", None)}
    assert figs("Trade between Morocco and Spain reached 200 billion dirhams in 2023.") == {
        ("actual", "turnover", "ESP", "MAR", 2e11, "MAD", "exact", 2023, "1-12", None)}
    assert figs("Kenya's imports from China rose to 320 billion shillings in 2023.") == {
        ("actual", "exports", "CHN", "KEN", 3.2e11, "KES", "exact", 2023, "1-12", None)}


def test_cldr_currency_names_and_a_dollar_stays_the_us_dollar():
    assert figs("Exports from Egypt to Italy reached 90 billion Egyptian pounds in 2023.") == {
        ("actual", "exports", "EGY", "ITA", 9e10, "EGP", "exact", 2023, "1-12", None)}
    assert figs("Trade between Canada and France reached 12 billion dollars in 2023.") == {
        ("actual", "turnover", "CAN", "FRA", 1.2e10, "USD", "exact", 2023, "1-12", None)}


def test_a_figure_after_a_world_total_takes_its_date():
    assert figs("China's total trade with the world reached $5.9 trillion in 2023, while its trade with "
                "Kenya was $8 billion.", "2024-03-15") == {
        ("actual", "turnover", "CHN", "KEN", 8e9, "USD", "exact", 2023, "1-12", None)}


def test_a_forecast_rate_after_an_actual_amount_is_a_forecast():
    assert figs("Trade between India and Japan reached $22 billion in 2023 and is expected to grow 8% in "
                "2024.") == {
        ("actual", "turnover", "IND", "JPN", 22e9, "USD", "exact", 2023, "1-12", None),
        ("forecast", "turnover", "IND", "JPN", 8.0, "%", "exact", 2024, "1-12", None)}


def test_a_teaser_after_read_more_colon_is_no_part_of_the_article():
    assert figs("Trade between Saudi Arabia and China reached $107 billion in 2023, customs data showed.\n\n"
                "Read more: UAE-India non-oil trade surges 15% to $50 billion") == {
        ("actual", "turnover", "CHN", "SAU", 107e9, "USD", "exact", 2023, "1-12", None)}


def test_a_teaser_after_a_sentence_on_the_same_line_is_cut_too():
    assert figure_set("Las exportaciones guatemaltecas a México sumaron 620 millones de dólares en 2023. Ver "
                      "más: El comercio entre Guatemala y Estados Unidos creció 5% en 2023", "2024-03", "es") == {
        ("actual", "exports", "GTM", "MEX", 620e6, "USD", "exact", 2023, "1-12", None)}


def test_crore_lakh_and_calendar_year():
    assert figs("India's merchandise exports to Bangladesh rose 9.2 per cent to Rs 92,500 crore in calendar "
                "year 2023, while imports from the neighbouring country stood at Rs 15,800 crore.") == {
        ("actual", "exports", "IND", "BGD", 9.2, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "IND", "BGD", 925e9, "INR", "exact", 2023, "1-12", None),
        ("actual", "exports", "BGD", "IND", 158e9, "INR", "exact", 2023, "1-12", None)}


def test_lakh_crore_and_kenyan_shillings():
    assert figs("India's exports to the UAE rose to Rs 2.8 lakh crore in 2023. Kenya's exports to Uganda "
                "reached Sh134.6 billion in 2023.") == {
        ("actual", "exports", "IND", "ARE", 2.8e12, "INR", "exact", 2023, "1-12", None),
        ("actual", "exports", "KEN", "UGA", 134.6e9, "KES", "exact", 2023, "1-12", None)}


def test_with_the_eu_running_a_deficit_the_eu_is_the_debtor():
    assert figs("Trade between the EU and Vietnam reached EUR 59.6 billion last year, with the EU running a "
                "deficit of EUR 38.7 billion.", "2024-03-10") == {
        ("actual", "turnover", "EU", "VNM", 59.6e9, "EUR", "exact", 2023, "1-12", None),
        ("actual", "balance", "VNM", "EU", 38.7e9, "EUR", "exact", 2023, "1-12", None)}


def test_a_headline_restating_a_body_figure_without_its_date_or_kind_is_dropped():
    assert figs("Vietnam-India trade set to hit $15 billion\n\nHANOI - Bilateral trade between Vietnam and "
                "India reached $13.5 billion in the first 11 months of 2023 and is forecast to reach about $15 "
                "billion for the full year.", "2023-12-27") == {
        ("actual", "turnover", "IND", "VNM", 13.5e9, "USD", "exact", 2023, "1-11", None),
        ("forecast", "turnover", "IND", "VNM", 15e9, "USD", "approx", 2023, "1-12", None)}


def test_set_to_reach_is_a_forecast():
    assert figs("Trade between Vietnam and India set to reach $15 billion in 2024.", "2024-01-10") == {
        ("forecast", "turnover", "IND", "VNM", 15e9, "USD", "exact", 2024, "1-12", None)}


def test_one_letter_signs_glued_to_digits_naira_and_rand():
    assert figs("Nigeria recorded a trade deficit of N7.3 trillion with China in 2023, while South Africa's "
                "exports to China rose to R250 billion.", "2024-03-18") == {
        ("actual", "balance", "CHN", "NGA", 7.3e12, "NGN", "exact", 2023, "1-12", None),
        ("actual", "exports", "ZAF", "CHN", 250e9, "ZAR", "exact", 2023, "1-12", None)}
    assert figs("Under rule N 12, trade between Nigeria and Ghana reached $1 billion in 2023.", "2024-03-18") == {
        ("actual", "turnover", "GHA", "NGA", 1e9, "USD", "exact", 2023, "1-12", None)}


def test_a_foreign_trade_report_is_a_source_not_trade_with_the_world():
    assert figs("According to the NBS foreign trade report, Nigeria's imports from China rose to N8.9 trillion "
                "in 2023.", "2024-03-18") == {
        ("actual", "exports", "CHN", "NGA", 8.9e12, "NGN", "exact", 2023, "1-12", None)}


def test_the_asian_country_is_the_side_its_clause_does_not_name():
    assert figs("Nigeria recorded a trade deficit of N7.3 trillion with China in 2023. Imports from China rose "
                "to N8.9 trillion last year, up 37.2 per cent from N6.5 trillion in 2022, while Nigeria's "
                "exports to the Asian country stood at N1.6 trillion.", "2024-03-18") == {
        ("actual", "balance", "CHN", "NGA", 7.3e12, "NGN", "exact", 2023, "1-12", None),
        ("actual", "exports", "CHN", "NGA", 8.9e12, "NGN", "exact", 2023, "1-12", None),
        ("actual", "exports", "CHN", "NGA", 37.2, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "CHN", "NGA", 6.5e12, "NGN", "exact", 2022, "1-12", None),
        ("actual", "exports", "NGA", "CHN", 1.6e12, "NGN", "exact", 2023, "1-12", None)}


def test_the_country_alone_is_no_other_side():
    assert figs("Vietnam's total import-export turnover is likely to reach $782 billion this year, showing "
                "the country's steady recovery. Trade with the US reached $120 billion in 2023.",
                "2024-12-10") == {("actual", "turnover", "USA", "VNM", 120e9, "USD", "exact", 2023, "1-12", None)}


def test_the_bloc_is_the_eu_side():
    assert figs("Two-way trade between Vietnam and the European Union (EU) hit $39.2 billion in the first seven "
                "months of 2024. Vietnam's exports to the bloc rose 17.6% to $29.1 billion.", "2024-08-02") == {
        ("actual", "turnover", "EU", "VNM", 39.2e9, "USD", "exact", 2024, "1-7", None),
        ("actual", "exports", "VNM", "EU", 17.6, "%", "exact", 2024, "1-7", None),
        ("actual", "exports", "VNM", "EU", 29.1e9, "USD", "exact", 2024, "1-7", None)}
