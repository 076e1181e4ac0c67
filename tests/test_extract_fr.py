"""French extraction, rule by rule (issue 3), on sentences written for these tests in the
manner of news agency copy. Each test states the exact set of figures expected."""
import pytest

from tradetrack.corpus import load_corpus
from tradetrack.extract import extract_article
from tradetrack.model import Article

from .helpers import figure_set

PUB = "2024-11"


def figs(text, published=PUB):
    return figure_set(text, published, "fr")


# --- periods ---------------------------------------------------------------------------------

def test_janvier_novembre_and_growth():
    assert figs("Au cours de la période janvier-novembre, les échanges commerciaux entre le Vietnam et "
                "la Russie ont atteint 4,15 milliards de dollars, en hausse de 25%.") == {
        ("actual", "turnover", "RUS", "VNM", 4.15e9, "USD", "exact", 2024, "1-11", None),
        ("actual", "turnover", "RUS", "VNM", 25.0, "%", "exact", 2024, "1-11", None)}


def test_entre_janvier_et_octobre_de_cette_annee():
    assert figs("Entre janvier et octobre de cette année, le commerce bilatéral entre la France et "
                "l'Algérie s'est élevé à 9,8 milliards d'euros.") == {
        ("actual", "turnover", "DZA", "FRA", 9.8e9, "EUR", "exact", 2024, "1-10", None)}


def test_neuf_premiers_mois_de_l_annee():
    assert figs("Les échanges entre le Vietnam et le Laos ont atteint 1,2 milliard de dollars au cours "
                "des neuf premiers mois de l'année.") == {
        ("actual", "turnover", "LAO", "VNM", 1.2e9, "USD", "exact", 2024, "1-9", None)}


def test_dix_premiers_mois_with_year_and_sur_un_an():
    assert figs("Au cours des dix premiers mois de 2024, le commerce bilatéral entre le Vietnam et la "
                "Russie a atteint 3,9 milliards de dollars, en hausse de 12,3% sur un an.") == {
        ("actual", "turnover", "RUS", "VNM", 3.9e9, "USD", "exact", 2024, "1-10", None),
        ("actual", "turnover", "RUS", "VNM", 12.3, "%", "exact", 2024, "1-10", None)}


def test_premier_semestre_with_year_and_fall():
    assert figs("Au premier semestre 2023, les exportations vietnamiennes vers la Russie ont atteint "
                "1,3 milliard de dollars, en baisse de 15,8%.") == {
        ("actual", "exports", "VNM", "RUS", 1.3e9, "USD", "exact", 2023, "1-6", None),
        ("actual", "exports", "VNM", "RUS", -15.8, "%", "exact", 2023, "1-6", None)}


def test_premier_trimestre_after_the_amount():
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 1,1 milliard de dollars au "
                "premier trimestre 2024.") == {
        ("actual", "turnover", "RUS", "VNM", 1.1e9, "USD", "exact", 2024, "1-3", None)}


def test_trois_premiers_trimestres():
    assert figs("Sur les trois premiers trimestres, les échanges entre le Vietnam et la Russie ont "
                "atteint 2,7 milliards de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 2.7e9, "USD", "exact", 2024, "1-9", None)}


def test_de_janvier_a_aout():
    assert figs("De janvier à août 2024, les exportations vietnamiennes vers la Russie ont atteint "
                "1,7 milliard de dollars.") == {
        ("actual", "exports", "VNM", "RUS", 1.7e9, "USD", "exact", 2024, "1-8", None)}


def test_a_fin_septembre():
    assert figs("À fin septembre, les échanges entre le Vietnam et la Russie ont atteint 2,8 milliards "
                "de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 2.8e9, "USD", "exact", 2024, "1-9", None)}


def test_onze_premiers_mois_de_l_annee_derniere():
    assert figs("Au cours des onze premiers mois de l'année dernière, les échanges entre le Vietnam "
                "et la Russie ont atteint 3,3 milliards de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 3.3e9, "USD", "exact", 2023, "1-11", None)}


def test_en_janvier_is_one_month():
    assert figs("En janvier, les échanges entre le Vietnam et la Russie se sont élevés à 410 millions "
                "de dollars.", published="2024-03") == {
        ("actual", "turnover", "RUS", "VNM", 4.1e8, "USD", "exact", 2024, "1-1", None)}


# a span without a year is the latest such span that had ended at publication

def test_span_without_year_not_yet_ended_is_last_year():
    assert figs("Au premier semestre, les échanges commerciaux entre le Vietnam et la Russie ont "
                "atteint 2,4 milliards de dollars.", published="2024-03") == {
        ("actual", "turnover", "RUS", "VNM", 2.4e9, "USD", "exact", 2023, "1-6", None)}


def test_span_without_year_ended_is_this_year():
    assert figs("Au premier semestre, les échanges commerciaux entre le Vietnam et la Russie ont "
                "atteint 2,4 milliards de dollars.", published="2024-08") == {
        ("actual", "turnover", "RUS", "VNM", 2.4e9, "USD", "exact", 2024, "1-6", None)}


def test_onze_premiers_mois_published_in_march():
    assert figs("Au cours des onze premiers mois, les exportations du Vietnam vers la Russie ont "
                "atteint 3 milliards de dollars.", published="2024-03") == {
        ("actual", "exports", "VNM", "RUS", 3e9, "USD", "exact", 2023, "1-11", None)}


# --- relative years --------------------------------------------------------------------------

def test_l_an_dernier():
    assert figs("L'an dernier, le commerce entre la Chine et la Russie a atteint 240 milliards de "
                "dollars.") == {
        ("actual", "turnover", "CHN", "RUS", 2.4e11, "USD", "exact", 2023, "1-12", None)}


def test_l_annee_derniere_and_imports_of_goods():
    # "importations russes de produits vietnamiens": the flow Vietnam -> Russia
    assert figs("L'année dernière, les importations russes de produits vietnamiens se sont élevées à "
                "2,1 milliards de dollars.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_cette_annee_forecast():
    assert figs("Le commerce bilatéral entre le Vietnam et la Russie devrait atteindre 7 milliards de "
                "dollars cette année, selon les prévisions du ministère.") == {
        ("forecast", "turnover", "RUS", "VNM", 7e9, "USD", "exact", 2024, "1-12", None)}


def test_un_an_plus_tot_in_the_same_sentence():
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 4 milliards de dollars en 2022, "
                "contre 3,5 milliards de dollars un an plus tôt.") == {
        ("actual", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2022, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.5e9, "USD", "exact", 2021, "1-12", None)}


def test_un_an_plus_tard_in_the_same_sentence():
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 4 milliards de dollars en 2022 et "
                "4,5 milliards de dollars un an plus tard.") == {
        ("actual", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2022, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4.5e9, "USD", "exact", 2023, "1-12", None)}


def test_cette_annee_glued_words_and_base_year_of_last_year():
    # spaces lost ("leséchanges", "à2023"); growth on the year before leaves base_year null
    assert figs("Cette année, leséchanges entre le Vietnam et la Russie devraient progresser d'environ "
                "10% par rapport à2023, à plus de 5 milliards de dollars.") == {
        ("forecast", "turnover", "RUS", "VNM", 10.0, "%", "approx", 2024, "1-12", None),
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "at_least", 2024, "1-12", None)}


def test_glued_trade_noun():
    assert figs("Le commercebilatéral entre le Vietnam et la Russie a atteint 3,6 milliards de dollars "
                "en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


# --- kinds -----------------------------------------------------------------------------------

def test_visent_a_porter_d_ici_with_les_deux_pays():
    assert figs("Le Vietnam et la Russie entretiennent des relations étroites. Les deux pays visent à "
                "porter leurs échanges commerciaux à 15 milliards de dollars d'ici 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1.5e10, "USD", "exact", 2030, "1-12", None)}


def test_s_efforcent_de_porter():
    assert figs("Le Vietnam et la Russie s'efforcent de porter le commerce bilatéral à 10 milliards de "
                "dollars d'ici 2025.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None)}


def test_objectif():
    assert figs("L'objectif est d'atteindre 10 milliards de dollars d'échanges entre le Vietnam et la "
                "Russie d'ici 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_fixe_pour_objectif():
    assert figs("La Chine et la Russie se sont fixé pour objectif de porter leurs échanges à 300 "
                "milliards de dollars d'ici 2030.") == {
        ("target", "turnover", "CHN", "RUS", 3e11, "USD", "exact", 2030, "1-12", None)}


def test_visent_a_ce_que():
    assert figs("Le Vietnam et le Laos visent à ce que les échanges atteignent 5 milliards de dollars "
                "d'ici 2025.") == {
        ("target", "turnover", "LAO", "VNM", 5e9, "USD", "exact", 2025, "1-12", None)}


def test_target_without_deadline_has_no_year():
    assert figs("Le Vietnam et la Russie ont pour ambition de porter le commerce bilatéral à 10 "
                "milliards de dollars.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", None, "1-12", None)}


def test_prevoit_forecast():
    assert figs("Le ministère prévoit que les échanges entre la Chine et la Russie atteindront 250 "
                "milliards de dollars en 2025.") == {
        ("forecast", "turnover", "CHN", "RUS", 2.5e11, "USD", "exact", 2025, "1-12", None)}


def test_pourraient_forecast_with_les_deux_pays():
    assert figs("Le Vietnam et la Russie ont signé plusieurs accords. Selon le ministre, les deux pays "
                "pourraient atteindre 8 milliards de dollars d'échanges en 2025.") == {
        ("forecast", "turnover", "RUS", "VNM", 8e9, "USD", "exact", 2025, "1-12", None)}


def test_from_x_in_2010_to_y_in_2014_both_actual():
    assert figs("Les échanges entre le Vietnam et la Russie sont passés de 1,5 milliard de dollars en "
                "2010 à 4 milliards de dollars en 2014.") == {
        ("actual", "turnover", "RUS", "VNM", 1.5e9, "USD", "exact", 2010, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4e9, "USD", "exact", 2014, "1-12", None)}


# --- pairs and direction -----------------------------------------------------------------------

def test_capitals_stand_for_governments():
    assert figs("Hanoi et Moscou ont vu leurs échanges commerciaux atteindre 5 milliards de dollars en "
                "2023.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2023, "1-12", None)}


def test_eaeu_bloc_by_name_and_acronym():
    assert figs("Les échanges entre le Vietnam et l'Union économique eurasiatique (UEEA) ont atteint 6 "
                "milliards de dollars en 2023.") == {
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}


def test_ueea_growth_before_amount():
    assert figs("Le commerce entre le Vietnam et l'UEEA a progressé de 10% en 2023 pour atteindre 5,6 "
                "milliards de dollars.") == {
        ("actual", "turnover", "EAEU", "VNM", 10.0, "%", "exact", 2023, "1-12", None),
        ("actual", "turnover", "EAEU", "VNM", 5.6e9, "USD", "exact", 2023, "1-12", None)}


def test_asean_bloc():
    assert figs("Les échanges commerciaux entre le Vietnam et l'ASEAN ont atteint 40 milliards de "
                "dollars en 2023.") == {
        ("actual", "turnover", "ASEAN", "VNM", 4e10, "USD", "exact", 2023, "1-12", None)}


def test_eu_bloc_as_destination():
    assert figs("Les exportations vietnamiennes vers l'Union européenne ont atteint 50 milliards de "
                "dollars en 2023.") == {
        ("actual", "exports", "VNM", "EU", 5e10, "USD", "exact", 2023, "1-12", None)}


def test_demonym_exporter():
    assert figs("Les exportations russes vers le Vietnam ont atteint 2 milliards de dollars en "
                "2023.") == {
        ("actual", "exports", "RUS", "VNM", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_compound_demonyms():
    assert figs("Les échanges commerciaux sino-russes ont atteint 240 milliards de dollars en "
                "2023.") == {
        ("actual", "turnover", "CHN", "RUS", 2.4e11, "USD", "exact", 2023, "1-12", None)}
    assert figs("Le commerce franco-algérien a atteint 11 milliards d'euros en 2023.") == {
        ("actual", "turnover", "DZA", "FRA", 1.1e10, "EUR", "exact", 2023, "1-12", None)}


def test_exports_and_imports_become_flows():
    assert figs("Selon les douanes, les exportations du Vietnam vers la Russie ont atteint 2,2 milliards "
                "de dollars, en hausse de 3,8%, tandis que le Vietnam a importé 2,1 milliards de "
                "dollars de marchandises russes.") == {
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2024, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 3.8, "%", "exact", 2024, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 2.1e9, "USD", "exact", 2024, "1-12", None)}


def test_importait_des_marchandises_de():
    assert figs("Le Vietnam importait 2,1 milliards de dollars des marchandises de la Russie en "
                "2022.") == {
        ("actual", "exports", "RUS", "VNM", 2.1e9, "USD", "exact", 2022, "1-12", None)}


def test_exported_and_imported_in_one_sentence():
    assert figs("Selon les douanes, le Vietnam a exporté vers la Russie pour 1,5 milliard de dollars en "
                "2023 et en a importé pour 2,1 milliards de dollars.") == {
        ("actual", "exports", "VNM", "RUS", 1.5e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_a_exporte_pour_vers():
    assert figs("La Russie a exporté pour 3 milliards de dollars de marchandises vers le Vietnam en "
                "2023.") == {
        ("actual", "exports", "RUS", "VNM", 3e9, "USD", "exact", 2023, "1-12", None)}


def test_imports_en_provenance_de_are_the_partner_s_exports():
    assert figs("Les importations françaises en provenance d'Algérie ont atteint 6 milliards d'euros en "
                "2023.") == {
        ("actual", "exports", "DZA", "FRA", 6e9, "EUR", "exact", 2023, "1-12", None)}
    assert figs("Les importations de l'Inde en provenance des Emirats arabes unis ont atteint 30 "
                "milliards de dollars en 2023.") == {
        ("actual", "exports", "ARE", "IND", 3e10, "USD", "exact", 2023, "1-12", None)}


def test_ont_echange_pour():
    assert figs("Le Vietnam et la Russie ont échangé pour 3,5 milliards de dollars de marchandises en "
                "2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.5e9, "USD", "exact", 2023, "1-12", None)}


# --- balances ----------------------------------------------------------------------------------

def test_surplus_with_partner():
    assert figs("En 2023, le Vietnam a enregistré un excédent commercial de 1,3 milliard de dollars "
                "avec la Russie.") == {
        ("actual", "balance", "VNM", "RUS", 1.3e9, "USD", "exact", 2023, "1-12", None)}


def test_excedent_commercial_vietnamien():
    assert figs("L'excédent commercial vietnamien avec la Russie a atteint 1,5 milliard de dollars en "
                "2022.") == {
        ("actual", "balance", "VNM", "RUS", 1.5e9, "USD", "exact", 2022, "1-12", None)}


def test_deficit_is_the_partner_s_surplus():
    assert figs("La France affiche un déficit commercial de 2 milliards d'euros avec l'Algérie en "
                "2023.") == {
        ("actual", "balance", "DZA", "FRA", 2e9, "EUR", "exact", 2023, "1-12", None)}
    assert figs("Le Vietnam a enregistré un déficit commercial de 600 millions de dollars avec la "
                "Russie en 2023.") == {
        ("actual", "balance", "RUS", "VNM", 6e8, "USD", "exact", 2023, "1-12", None)}


def test_solde_en_faveur_de():
    assert figs("Le solde commercial est excédentaire en faveur du Vietnam, à 1,1 milliard de dollars "
                "en 2023, dans ses échanges avec la Russie.") == {
        ("actual", "balance", "VNM", "RUS", 1.1e9, "USD", "exact", 2023, "1-12", None)}


def test_dont_excedent_vietnamien_and_pres_de():
    assert figs("Le commerce bilatéral entre le Vietnam et la Russie a atteint près de 5 milliards de "
                "dollars en 2020, dont prèsde 1 milliard de dollars d'excédent commercial "
                "vietnamien.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_most", 2020, "1-12", None),
        ("actual", "balance", "VNM", "RUS", 1e9, "USD", "at_most", 2020, "1-12", None)}


# --- bounds and growth -------------------------------------------------------------------------

def test_bounds():
    base = ("Le commerce entre le Vietnam et la Russie a atteint {} 5,5 milliards de dollars en "
            "2022.")
    for cue, bound in (("environ", "approx"), ("plus de", "at_least"), ("près de", "at_most"),
                       ("quelque", "approx"), ("au moins", "at_least"), ("presque", "at_most")):
        assert figs(base.format(cue)) == {
            ("actual", "turnover", "RUS", "VNM", 5.5e9, "USD", bound, 2022, "1-12", None)}, cue


def test_falls_are_negative():
    assert figs("Les exportations vietnamiennes vers la Russie ont chuté de 20% en 2022.") == {
        ("actual", "exports", "VNM", "RUS", -20.0, "%", "exact", 2022, "1-12", None)}


def test_fall_with_bound_keeps_the_bound_of_the_number():
    assert figs("Les exportations vietnamiennes vers la Russie ont reculé de près de 18% en 2022.") == {
        ("actual", "exports", "VNM", "RUS", -18.0, "%", "at_most", 2022, "1-12", None)}


def test_rise_at_least():
    assert figs("Les exportations vietnamiennes vers la Russie ont augmenté de plus de 30% en "
                "2023.") == {
        ("actual", "exports", "VNM", "RUS", 30.0, "%", "at_least", 2023, "1-12", None)}


def test_base_year_other_than_the_year_before():
    assert figs("En 2023, les échanges commerciaux entre l'Algérie et la France se sont établis à 11,8 "
                "milliards d'euros, en baisse de 4,5% par rapport à 2021.") == {
        ("actual", "turnover", "DZA", "FRA", 1.18e10, "EUR", "exact", 2023, "1-12", None),
        ("actual", "turnover", "DZA", "FRA", -4.5, "%", "exact", 2023, "1-12", 2021)}


def test_base_year_of_a_rise():
    assert figs("En 2023, le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards "
                "de dollars, soit une hausse de 50% par rapport à 2021.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 50.0, "%", "exact", 2023, "1-12", 2021)}


# --- not figures -------------------------------------------------------------------------------

def test_investment_is_no_figure():
    assert figs("Les investissements directs russes au Vietnam ont atteint 1 milliard de dollars en "
                "2023, avec 200 projets.") == set()
    assert figs("Le Vietnam et la Russie ont signé un accord de libre-échange. Le capital enregistré "
                "des projets russes au Vietnam a atteint 1 milliard de dollars.") == set()


def test_single_products_are_no_figures():
    assert figs("Les exportations de riz du Vietnam vers la Russie ont atteint 100 millions de dollars "
                "en 2023.") == set()
    assert figs("Les exportations de café vietnamien vers la Russie ont atteint 300 millions de "
                "dollars en 2023.") == set()
    assert figs("Le Vietnam et la Russie coopèrent. Les exportations de produits agricoles du Vietnam "
                "vers la Russie ont atteint 500 millions de dollars en 2023.") == set()


def test_shares_ranks_and_counts_are_no_figures():
    assert figs("La Russie représente 30% des exportations d'engrais du Vietnam.") == set()
    assert figs("Les exportations du Vietnam vers la Russie représentent 0,5% du total de ses "
                "exportations.") == set()
    assert figs("Le Vietnam est le 23e partenaire commercial de la Russie, avec 150 entreprises russes "
                "présentes.") == set()


def test_trade_with_the_world_is_no_figure():
    assert figs("Le commerce extérieur du Vietnam a atteint 680 milliards de dollars en 2023.") == set()
    assert figs("Le Vietnam a exporté pour 355 milliards de dollars vers le monde entier en "
                "2023.") == set()


def test_tourism_is_no_figure():
    assert figs("Les échanges touristiques entre le Vietnam et la Russie ont atteint 500 000 visiteurs "
                "en 2023.") == set()


def test_related_stories_after_voir_plus_are_cut():
    assert figs("Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards de dollars "
                "en 2023.\n\nVoir plus\nLes échanges entre le Vietnam et la Chine ont atteint 170 "
                "milliards de dollars en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_photo_captions_are_cut():
    assert figs("Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards de dollars "
                "en 2023.\nPhoto : les échanges entre le Vietnam et la Russie ont atteint 3 milliards "
                "de dollars l'an dernier (illustration).") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Le Vietnam et la Russie ont des liens anciens.\n\nPhoto : Le commerce entre le Vietnam "
                "et la Russie a atteint 3 milliards de dollars en 2023.\n\nLe président a salué la "
                "coopération.") == set()


def test_caption_line_does_not_break_the_article_pair():
    assert figs("Le Vietnam et la Russie ont des liens anciens.\nPhoto : VNA\nLe commerce bilatéral a "
                "atteint 3,6 milliards de dollars en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


# --- HTML pages --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Vietnam-Russie : le commerce progresse</title>
<meta property="article:published_time" content="2024-03-12T08:00:00+07:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Economie</a></nav>
<article>
<h1>Vietnam-Russie : le commerce progresse</h1>
<p>Hanoi, 12 mars (VNA) - Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards
de dollars l'an dernier, selon les douanes vietnamiennes.</p>
<p>Les deux pays visent à porter leurs échanges à 10 milliards de dollars d'ici 2030, a déclaré le
vice-ministre lors d'une réunion à Hanoi avec son homologue russe.</p>
<p>Les entreprises vietnamiennes souhaitent accroître leur présence sur le marché russe, notamment
dans l'agroalimentaire et le textile, a-t-il ajouté lors de la rencontre.</p>
</article>
<aside><h3>Voir plus</h3><p>Les échanges entre le Vietnam et la Chine ont atteint 170 milliards de
dollars en 2023.</p></aside>
<footer>Copyright</footer>
</body></html>
"""


def test_html_page_main_text_and_date(tmp_path):
    (tmp_path / "vnru.html").write_text(PAGE, encoding="utf-8")
    (art,) = list(load_corpus([tmp_path / "vnru.html"]))
    assert art.id == "vnru"
    assert art.published == "2024-03-12" and not art.published_inferred
    figures = extract_article(art)
    assert art.language == "fr"
    assert {(f.kind, f.metric, f.origin, f.destination, f.value, f.unit, f.bound, f.year, f.months)
            for f in figures} == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12"),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12")}
    for f in figures:
        assert f.evidence in art.text


# --- more deadlines, amounts and carried context -------------------------------------------------

def test_a_l_horizon_and_d_ici_a():
    assert figs("Le Vietnam et la Russie visent à porter leurs échanges à 10 milliards de dollars à "
                "l'horizon 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}
    assert figs("Le Vietnam et la Russie visent à porter leurs échanges à 10 milliards de dollars d'ici à "
                "2025.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None)}


def test_d_ici_la_fin_de_l_annee_is_the_publication_year():
    assert figs("Le Vietnam et la Russie visent à porter leurs échanges à 5 milliards de dollars d'ici la "
                "fin de l'année.") == {
        ("target", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12", None)}


def test_from_to_with_the_year_first():
    # "passées de X à Y": X is the year before
    assert figs("En 2023, les exportations de la France vers l'Algérie sont passées de 1,42 à 1,36 "
                "milliard d'euros.") == {
        ("actual", "exports", "FRA", "DZA", 1.42e9, "EUR", "exact", 2022, "1-12", None),
        ("actual", "exports", "FRA", "DZA", 1.36e9, "EUR", "exact", 2023, "1-12", None)}


def test_from_to_in_a_yearless_quarter():
    assert figs("Au premier trimestre, les exportations algériennes vers la France ont reculé, passant de "
                "1,42 à 1,36 milliard d'euros.") == {
        ("actual", "exports", "DZA", "FRA", 1.42e9, "EUR", "exact", 2023, "1-3", None),
        ("actual", "exports", "DZA", "FRA", 1.36e9, "EUR", "exact", 2024, "1-3", None)}


def test_number_words_and_compounds_in_text():
    assert figs("Le commerce entre le Vietnam et la Russie a atteint dix milliards de dollars en "
                "2023.") == {
        ("actual", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2023, "1-12", None)}
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 2 milliards 700 millions de dollars "
                "en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 2.7e9, "USD", "exact", 2023, "1-12", None)}


def test_currencies_in_text():
    assert figs("Les échanges entre la France et le Maroc ont atteint 14,5 Mds EUR en 2023.") == {
        ("actual", "turnover", "FRA", "MAR", 1.45e10, "EUR", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre le Maroc et la France ont atteint 150 milliards de dirhams en "
                "2023.") == {
        ("actual", "turnover", "FRA", "MAR", 1.5e11, "MAD", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre le Sénégal et la France ont atteint 800 milliards de FCFA en "
                "2023.") == {
        ("actual", "turnover", "FRA", "SEN", 8e11, "XOF", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre la Chine et la Russie ont atteint 1 600 milliards de yuans en "
                "2023.") == {
        ("actual", "turnover", "CHN", "RUS", 1.6e12, "CNY", "exact", 2023, "1-12", None)}
    assert figs("Les exportations russes vers le Vietnam ont atteint 150 milliards de roubles en "
                "2023.") == {
        ("actual", "exports", "RUS", "VNM", 1.5e11, "RUB", "exact", 2023, "1-12", None)}


def test_ue_bloc_acronym():
    assert figs("Les échanges entre le Vietnam et l'UE ont atteint 58 milliards d'euros en 2023.") == {
        ("actual", "turnover", "EU", "VNM", 5.8e10, "EUR", "exact", 2023, "1-12", None)}


def test_ce_chiffre_continues_the_figure_before():
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en 2023. Ce "
                "chiffre est en hausse de 10% par rapport à l'année précédente.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 10.0, "%", "exact", 2023, "1-12", None)}


def test_pair_and_year_carried_to_the_next_sentence():
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en 2023. Les "
                "exportations vietnamiennes ont représenté 2,2 milliards de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None)}


def test_exports_and_bare_imports_in_one_sentence():
    assert figs("Le Vietnam et la Russie coopèrent. En 2023, les exportations du Vietnam vers la Russie ont "
                "atteint 2,2 milliards de dollars et les importations 1,4 milliard de dollars.") == {
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.4e9, "USD", "exact", 2023, "1-12", None)}


# --- a whole article ---------------------------------------------------------------------------

ARTICLE = """Vietnam-Russie : les échanges commerciaux en hausse de 12% sur dix mois

Hanoi (VNA) - Les échanges commerciaux entre le Vietnam et la Russie ont atteint 4,1 milliards de \
dollars au cours des dix premiers mois de l'année, en hausse de 12% en glissement annuel, selon le \
Département général des douanes.

Photo d'illustration : VNA

Sur cette période, les exportations vietnamiennes vers la Russie se sont élevées à 2,3 milliards de \
dollars, tandis que les importations en provenance de Russie ont atteint 1,8 milliard de dollars.

Le vice-ministre de l'Industrie et du Commerce a indiqué que les deux pays s'efforcent de porter \
leurs échanges à 10 milliards de dollars d'ici 2030. L'an dernier, le commerce bilatéral avait \
atteint 4,6 milliards de dollars.

Les exportations de produits aquatiques vers la Russie ont quant à elles atteint 200 millions de \
dollars.

Voir plus
Vietnam-Chine : les échanges dépassent 200 milliards de dollars
"""


def test_whole_article():
    # headline restated in the body, a caption, a product, a related-stories tail
    assert figs(ARTICLE, published="2024-11-20") == {
        ("actual", "turnover", "RUS", "VNM", 12.0, "%", "exact", 2024, "1-10", None),
        ("actual", "turnover", "RUS", "VNM", 4.1e9, "USD", "exact", 2024, "1-10", None),
        ("actual", "exports", "VNM", "RUS", 2.3e9, "USD", "exact", 2024, "1-10", None),
        ("actual", "exports", "RUS", "VNM", 1.8e9, "USD", "exact", 2024, "1-10", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None)}


# --- more cues ---------------------------------------------------------------------------------

def test_lire_aussi_tail_and_source_line():
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en 2023.\n\n"
                "Lire aussi :\nLes échanges entre le Vietnam et la Chine ont atteint 170 milliards de "
                "dollars en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Le commerce entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en 2023.\n"
                "Source : Département général des douanes, 2 milliards de dollars en 2022") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_moins_de_is_at_most():
    assert figs("Les échanges entre le Vietnam et la Russie se sont élevés à moins de 5 milliards de "
                "dollars en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_most", 2023, "1-12", None)}


def test_same_period_last_year_is_no_base_year():
    assert figs("Au premier semestre 2024, les échanges entre le Vietnam et la Russie ont reculé de 15,8% "
                "par rapport à la même période de l'année dernière.") == {
        ("actual", "turnover", "RUS", "VNM", -15.8, "%", "exact", 2024, "1-6", None)}


def test_balances_owner_and_partner():
    assert figs("Le déficit commercial russe avec le Vietnam a atteint 1 milliard de dollars en 2023.") == {
        ("actual", "balance", "VNM", "RUS", 1e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("La Russie a enregistré un excédent commercial de 1 milliard de dollars avec le Vietnam en "
                "2023.") == {
        ("actual", "balance", "RUS", "VNM", 1e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("En 2023, la balance commerciale a été excédentaire de 1 milliard de dollars en faveur du "
                "Vietnam dans ses échanges avec la Russie.") == {
        ("actual", "balance", "VNM", "RUS", 1e9, "USD", "exact", 2023, "1-12", None)}


def test_explicit_plus_sign():
    assert figs("Les exportations du Vietnam vers la Russie ont progressé de +12% en 2023.") == {
        ("actual", "exports", "VNM", "RUS", 12.0, "%", "exact", 2023, "1-12", None)}


def test_table_sur_is_a_forecast():
    assert figs("Le ministère table sur des échanges de 6 milliards de dollars entre le Vietnam et la "
                "Russie en 2025.") == {
        ("forecast", "turnover", "RUS", "VNM", 6e9, "USD", "exact", 2025, "1-12", None)}


def test_objectif_pour_year():
    assert figs("Le Vietnam et la Russie se sont fixé l'objectif de 10 milliards de dollars d'échanges "
                "pour 2025.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None)}


def test_devrait_d_ici_is_a_forecast_with_its_deadline_year():
    assert figs("Le commerce entre le Vietnam et la Russie devrait atteindre 10 milliards de dollars d'ici "
                "2030.") == {
        ("forecast", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


# --- more spans --------------------------------------------------------------------------------

@pytest.mark.parametrize("lead, months", [
    ("Sur les 9 premiers mois de 2024", "1-9"),
    ("En octobre", "10-10"),
    ("Au T1 2024", "1-3"),
    ("Jusqu'en septembre", "1-9"),
    ("Du mois de janvier à fin septembre", "1-9"),
    ("De début janvier à fin août", "1-8"),
    ("Au cours des deux premiers trimestres", "1-6"),
    ("Sur les huit premiers mois", "1-8"),
    ("Au cours des six premiers mois de 2024", "1-6"),
])
def test_more_spans(lead, months):
    assert figs(f"{lead}, les échanges entre le Vietnam et la Russie ont atteint 420 millions de "
                "dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 4.2e8, "USD", "exact", 2024, months, None)}


@pytest.mark.parametrize("text", [
    "Le Vietnam et la Russie coopèrent. La Russie a accordé un prêt de 1 milliard de dollars au Vietnam.",
    "Les exportations totales du Vietnam ont atteint 355 milliards de dollars en 2023, en hausse de 5%.",
    "Le Vietnam et la Russie coopèrent. Les exportations de pétrole de la Russie vers le Vietnam ont "
    "atteint 1 milliard de dollars.",
    "Le Vietnam et la Russie coopèrent. Les exportations russes d'armes vers le Vietnam ont atteint 1 "
    "milliard de dollars.",
])
def test_more_not_figures(text):
    assert figs(text) == set()


def test_investment_clause_beside_a_trade_figure():
    assert figs("Les échanges commerciaux entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars "
                "en 2023, tandis que les investissements russes au Vietnam ont atteint 1 milliard de "
                "dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


# --- any pair of economies ---------------------------------------------------------------------

@pytest.mark.parametrize("pair, a, b", [
    ("l'Inde et les Émirats arabes unis", "ARE", "IND"),
    ("les États-Unis et la Chine", "CHN", "USA"),
    ("la Corée du Sud et le Vietnam", "KOR", "VNM"),
    ("le Canada et la France", "CAN", "FRA"),
    ("la France et l'Algérie", "DZA", "FRA"),
    ("le Laos et le Vietnam", "LAO", "VNM"),
])
def test_country_names(pair, a, b):
    assert figs(f"Les échanges entre {pair} ont atteint 8 milliards de dollars en 2023.") == {
        ("actual", "turnover", a, b, 8e9, "USD", "exact", 2023, "1-12", None)}


def test_compound_demonyms_of_other_pairs():
    assert figs("Les échanges franco-canadiens ont atteint 14 milliards de dollars en 2023.") == {
        ("actual", "turnover", "CAN", "FRA", 1.4e10, "USD", "exact", 2023, "1-12", None)}
    assert figs("Le commerce vietnamo-laotien a atteint 1,6 milliard de dollars en 2023.") == {
        ("actual", "turnover", "LAO", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


# --- kinds side by side ------------------------------------------------------------------------

def test_deadline_alone_makes_a_target():
    assert figs("Le Vietnam et la Russie veulent des échanges commerciaux de 10 milliards de dollars d'ici "
                "2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_future_tense_is_a_forecast():
    assert figs("Les échanges commerciaux entre le Vietnam et la Russie atteindront 10 milliards de dollars "
                "d'ici 2030.") == {
        ("forecast", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_target_from_actual_to_goal():
    assert figs("Le Vietnam et la Russie renforcent leur coopération. Les deux pays visent à porter leurs "
                "échanges de 4,6 milliards de dollars en 2023 à 10 milliards de dollars d'ici 2030.") == {
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_typographic_apostrophes():
    assert figs("L’an dernier, les échanges entre la France et l’Algérie ont atteint 11,8 milliards "
                "d’euros. Les deux pays visent 15 milliards d’euros d’ici 2030.") == {
        ("actual", "turnover", "DZA", "FRA", 1.18e10, "EUR", "exact", 2023, "1-12", None),
        ("target", "turnover", "DZA", "FRA", 1.5e10, "EUR", "exact", 2030, "1-12", None)}


# --- the article's pair --------------------------------------------------------------------------

def test_les_deux_pays_is_the_headline_pair():
    assert figs("Vietnam-Russie : un partenariat stratégique\n\nLe président vietnamien est arrivé à Moscou. "
                "Le Vietnam et la Russie coopèrent étroitement, comme le Vietnam et la Chine. Les deux pays "
                "visent 10 milliards de dollars d'échanges d'ici 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_les_deux_parties_with_a_bloc():
    assert figs("Le Vietnam et l'Union économique eurasiatique ont signé un accord de libre-échange en "
                "2015. Les échanges entre les deux parties ont atteint 6 milliards de dollars en 2023.") == {
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}


def test_demonyms_of_officials_give_the_pair():
    assert figs("Le commerce bilatéral s'est établi à 3,6 milliards de dollars l'an dernier, a indiqué le "
                "vice-ministre russe lors de sa rencontre avec son homologue vietnamien.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_l_an_prochain_and_l_annee_precedente():
    assert figs("Les échanges entre le Vietnam et la Russie devraient atteindre 6 milliards de dollars l'an "
                "prochain.") == {
        ("forecast", "turnover", "RUS", "VNM", 6e9, "USD", "exact", 2025, "1-12", None)}
    assert figs("Les échanges entre le Vietnam et la Russie devraient atteindre 6 milliards de dollars "
                "l'année prochaine.") == {
        ("forecast", "turnover", "RUS", "VNM", 6e9, "USD", "exact", 2025, "1-12", None)}
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023, "
                "contre 3,2 milliards de dollars l'année précédente.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None)}


# --- sentences and the end of the body (tradetrack.corpus.clean) -------------------------------

def test_sentence_split_on_glued_sentences_and_initials():
    from tradetrack.corpus.clean import sentences

    text = "Il a atteint 3,6 milliards.Les deux pays visent plus. M. Poutine a parlé.\n(VNA) fin"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Il a atteint 3,6 milliards.", "Les deux pays visent plus.", "M. Poutine a parlé.", "(VNA) fin"]


def test_body_ends_at_voir_plus_line():
    from tradetrack.corpus.clean import body_end
    from tradetrack.extract.lexicon import lexicon

    tail = lexicon("fr").tail
    assert body_end("Le texte.\n\nVoir plus\nAutre article.", tail) == len("Le texte.\n\n")
    text = "Le texte. Voir plus de détails dans le rapport.\nSuite."
    assert body_end(text, tail) == len(text)


def test_product_growth_rates_are_no_figures():
    assert figs("Les exportations du Vietnam vers la Russie ont atteint 2 milliards de dollars en 2023. "
                "Plusieurs produits ont progressé, comme le poivre (+25 %) et le caoutchouc (+12 %).") == {
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Les exportations du Vietnam vers la Russie ont atteint 2 milliards de dollars en 2023. "
                "Les chaussures ont progressé de 25 %, les téléphones de 12 %.") == {
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_points_are_no_growth_rate():
    assert figs("Les échanges entre le Vietnam et la Russie ont progressé de 15 % en 2023, soit 5 points de "
                "plus qu'en 2022.") == {
        ("actual", "turnover", "RUS", "VNM", 15.0, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_grouped_thousands_and_spaced_percent_in_text(space):
    text = (f"Les échanges entre le Vietnam et la Russie ont atteint 4{space}150 millions de dollars en 2023, "
            f"en hausse de 6,5{space}%.")
    assert figs(text) == {
        ("actual", "turnover", "RUS", "VNM", 4.15e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 6.5, "%", "exact", 2023, "1-12", None)}
    a = Article(id="t", text=text, published=PUB)
    assert {f.evidence for f in extract_article(a)} == {text}  # the raw sentence, spaces as written


def test_percent_split_after_the_comma():
    assert figs("Les échanges entre le Vietnam et la Russie ont progressé de 6, 5 % en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", 6.5, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("noun", [
    "le volume des échanges", "la valeur des échanges", "le chiffre d'affaires commercial",
    "le chiffre d'affaires des échanges", "le volume commercial", "la valeur commerciale", "le commerce",
    "le commerce bilatéral",
])
def test_turnover_nouns(noun):
    assert figs(f"En 2023, {noun} entre le Vietnam et la Russie a atteint 3,6 milliards de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("verb", [
    "ambitionnent de porter", "se sont engagés à porter", "ont convenu de porter", "souhaitent porter",
    "entendent porter", "comptent porter", "veulent porter", "espèrent porter", "ont l'intention de porter",
    "visent à porter", "s'efforcent de porter",
])
def test_target_verbs_without_deadline(verb):
    assert figs(f"Le Vietnam et la Russie {verb} leurs échanges à 10 milliards de dollars.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", None, "1-12", None)}


@pytest.mark.parametrize("verb", [
    "pourraient atteindre", "devraient atteindre", "atteindront", "sont attendus à",
])
def test_forecast_verbs(verb):
    assert figs(f"Cette année, les échanges entre le Vietnam et la Russie {verb} 5 milliards de "
                "dollars.") == {
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12", None)}


def test_missed_objective_and_outcome():
    assert figs("Bien que l'objectif fût de 10 milliards de dollars en 2020, les échanges entre le Vietnam et "
                "la Russie n'ont atteint que 5 milliards de dollars en 2020.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2020, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2020, "1-12", None)}


def test_uee_short_form_and_eu_name():
    assert figs("Les échanges entre le Vietnam et l'UEE ont atteint 6 milliards de dollars en 2023.") == {
        ("actual", "turnover", "EAEU", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre la France et l'Union européenne ont atteint 500 milliards d'euros en "
                "2023.") == {
        ("actual", "turnover", "EU", "FRA", 5e11, "EUR", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("tail", ["avec un taux de croissance de 15 %", "soit une progression de 15 %"])
def test_growth_nouns(tail):
    assert figs(f"Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023, "
                f"{tail}.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 15.0, "%", "exact", 2023, "1-12", None)}


def test_share_of_foreign_trade_is_no_growth():
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023, "
                "soit 0,5 % du commerce extérieur vietnamien.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_deficit_vis_a_vis():
    assert figs("La Russie accuse un déficit commercial de 1,1 milliard de dollars vis-à-vis du Vietnam en "
                "2023.") == {
        ("actual", "balance", "VNM", "RUS", 1.1e9, "USD", "exact", 2023, "1-12", None)}


def test_bare_scaled_amount_takes_the_currency_of_its_sentence():
    assert figs("Les exportations françaises vers l'Algérie ont atteint 4 milliards d'euros en 2023 et les "
                "importations 6 milliards.") == {
        ("actual", "exports", "FRA", "DZA", 4e9, "EUR", "exact", 2023, "1-12", None),
        ("actual", "exports", "DZA", "FRA", 6e9, "EUR", "exact", 2023, "1-12", None)}
    assert figs("Les exportations du Vietnam vers la Russie ont atteint 2 milliards de dollars en 2023 et les "
                "importations 1,5 milliard.") == {
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.5e9, "USD", "exact", 2023, "1-12", None)}


def test_comparison_in_parentheses():
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023 "
                "(contre 3,2 milliards en 2022).") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None)}


@pytest.mark.parametrize("base, base_year, value", [("2022", None, 10.0), ("2021", 2021, 30.0)])
def test_same_period_of_a_year(base, base_year, value):
    assert figs(f"Au cours des onze premiers mois de 2023, les échanges entre le Vietnam et la Russie ont "
                f"progressé de {value:g} % par rapport à la même période de {base}.") == {
        ("actual", "turnover", "RUS", "VNM", value, "%", "exact", 2023, "1-11", base_year)}


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_goal_sentence_continues_the_trade_of_the_one_before(sep):
    assert figs(f"Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en "
                f"2023.{sep}Les deux pays visent 10 milliards de dollars d'ici 2030.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_quoted_goal_in_guillemets():
    assert figs("Le Vietnam et la Russie ont signé un accord. « Nous visons 10 milliards de dollars d'échanges "
                "d'ici 2030 », a déclaré le ministre vietnamien.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_dont_exports_and_imports():
    assert figs("En 2023, les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars, dont "
                "2,2 milliards d'exportations vietnamiennes.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None)}
    assert figs("En 2023, les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars, dont "
                "2,2 milliards de dollars d'exportations du Vietnam et 1,4 milliard de dollars "
                "d'importations.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2.2e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.4e9, "USD", "exact", 2023, "1-12", None)}


def test_par_an_target():
    assert figs("Le Vietnam et la Russie visent des échanges de 10 milliards de dollars par an d'ici 2030.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Les importations vietnamiennes de marchandises russes ont atteint 1,6 milliard de dollars en 2023.",
    "Le Vietnam a importé de Russie pour 1,6 milliard de dollars de marchandises en 2023.",
    "Les exportations vers le Vietnam depuis la Russie ont atteint 1,6 milliard de dollars en 2023.",
    "Les exportations de la Russie au Vietnam ont atteint 1,6 milliard de dollars en 2023.",
    "Les importations vietnamiennes en provenance de Russie ont atteint 1,6 milliard de dollars en 2023.",
    "Les importations de produits russes par le Vietnam ont atteint 1,6 milliard de dollars en 2023.",
    "Les exportations russes à destination du Vietnam ont atteint 1,6 milliard de dollars en 2023.",
    "Les exportations de la Russie sur le marché vietnamien ont atteint 1,6 milliard de dollars en 2023.",
    "La Russie a exporté au Vietnam pour 1,6 milliard de dollars en 2023.",
])
def test_flow_phrasings_russia_to_vietnam(text):
    assert figs(text) == {("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("verb, value", [
    ("ont décliné de", -12.0),
    ("ont progressé de", 12.0),
    ("ont diminué de", -12.0),
    ("se sont accrues de", 12.0),
    ("ont augmenté de", 12.0),
    ("ont chuté de", -12.0),
    ("ont reculé de", -12.0),
    ("se sont contractées de", -12.0),
    ("ont bondi de", 12.0),
    ("ont grimpé de", 12.0),
    ("se sont repliées de", -12.0),
    ("ont fléchi de", -12.0),
    ("ont plongé de", -12.0),
    ("ont régressé de", -12.0),
    ("se sont envolées de", 12.0),
    ("ont gagné", 12.0),
    ("ont perdu", -12.0),
    ("sont en hausse de", 12.0),
    ("sont en baisse de", -12.0),
    ("ont enregistré une hausse de", 12.0),
    ("ont enregistré une baisse de", -12.0),
    ("ont connu une croissance de", 12.0),
    ("ont connu un recul de", -12.0),
    ("ont affiché une progression de", 12.0),
])
def test_growth_verbs(verb, value):
    assert figs(f"En 2023, les exportations vietnamiennes vers la Russie {verb} 12 %.") == {
        ("actual", "exports", "VNM", "RUS", value, "%", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6\nmilliards de dollars en 2023.",
    "Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards\nde dollars en 2023.",
])
def test_amount_split_by_a_line_break(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("deadline", ["d'ici fin 2025", "avant 2025", "d'ici la fin de 2025"])
def test_deadline_phrasings(deadline):
    assert figs(f"Le Vietnam et la Russie visent 10 milliards de dollars d'échanges {deadline}.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2025, "1-12", None)}


def test_capitals_pekin_moscou():
    assert figs("Le commerce entre Pékin et Moscou a atteint 240 milliards de dollars en 2023.") == {
        ("actual", "turnover", "CHN", "RUS", 2.4e11, "USD", "exact", 2023, "1-12", None)}
    assert figs("Les exportations de Pékin vers Moscou ont atteint 110 milliards de dollars en 2023.") == {
        ("actual", "exports", "CHN", "RUS", 1.1e11, "USD", "exact", 2023, "1-12", None)}


def test_tonnes_are_no_money():
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3 millions de tonnes en 2023.") == set()


def test_en_glissement_annuel_and_un_an_auparavant():
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023, en "
                "hausse de 5 % en glissement annuel.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 5.0, "%", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023, "
                "contre 3,2 milliards un an auparavant.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None)}


@pytest.mark.parametrize("currency", ["dollars US", "dollars américains", "USD", "dollars des États-Unis"])
def test_us_dollar_is_no_united_states(currency):
    assert figs(f"Les échanges entre le Vietnam et la Russie ont atteint 4,5 milliards de {currency} en "
                "2023.") == {
        ("actual", "turnover", "RUS", "VNM", 4.5e9, "USD", "exact", 2023, "1-12", None)}


def test_world_trade_then_a_partner():
    assert figs("Le commerce extérieur du Vietnam a atteint 680 milliards de dollars en 2023. Les échanges "
                "avec la Russie ont atteint 3,6 milliards de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("cue, value, bound", [
    ("quelque 3,6 milliards", 3.6e9, "approx"), ("environ un milliard", 1e9, "approx"),
])
def test_more_bounds(cue, value, bound):
    assert figs(f"Les échanges entre le Vietnam et la Russie ont atteint {cue} de dollars en 2023.") == {
        ("actual", "turnover", "RUS", "VNM", value, "USD", bound, 2023, "1-12", None)}


@pytest.mark.parametrize("text", [
    "Les échanges entre le Vietnam et la Russie ont franchi la barre des 5 milliards de dollars en 2023.",
    "Les échanges entre le Vietnam et la Russie ont atteint au moins 5 milliards de dollars en 2023.",
])
def test_at_least_phrasings(text):
    assert figs(text) == {("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_least", 2023, "1-12", None)}


# --- montants convertis, flux en une phrase, « respectivement » --------------------------------

def test_montant_converti_entre_parentheses_partage_l_annee():
    assert figs("Les échanges entre le Vietnam et la France ont atteint 5,5 milliards d'euros "
                "(6 milliards de dollars) en 2023.") == {
        ("actual", "turnover", "FRA", "VNM", 5.5e9, "EUR", "exact", 2023, "1-12", None),
        ("actual", "turnover", "FRA", "VNM", 6e9, "USD", "exact", 2023, "1-12", None)}


def test_a_exporte_vers_et_importe():
    assert figs("En 2023, le Vietnam a exporté pour 2,1 milliards de dollars vers la Russie et importé "
                "pour 1,6 milliard de dollars.") == {
        ("actual", "exports", "VNM", "RUS", 2.1e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 1.6e9, "USD", "exact", 2023, "1-12", None)}


def test_respectivement_annees_et_pas_une_fourchette():
    assert figs("En 2022 et 2023, les échanges entre le Vietnam et la Russie ont atteint respectivement "
                "3,2 et 3,6 milliards de dollars.") == {
        ("actual", "turnover", "RUS", "VNM", 3.2e9, "USD", "exact", 2022, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_entre_deux_montants_est_une_fourchette():
    assert figs("Les échanges entre le Vietnam et la Russie devraient atteindre entre 6,2 milliards et "
                "6,4 milliards de dollars cette année.") == {
        ("forecast", "turnover", "RUS", "VNM", 6.2e9, "USD", "at_least", 2024, "1-12", None),
        ("forecast", "turnover", "RUS", "VNM", 6.4e9, "USD", "at_most", 2024, "1-12", None)}


def test_contre_un_montant_passe_a_cote_d_une_prevision():
    assert figs("Les échanges entre le Vietnam et la Russie devraient atteindre 5 milliards de dollars en "
                "2024, contre 4,6 milliards de dollars en 2023.") == {
        ("forecast", "turnover", "RUS", "VNM", 5e9, "USD", "exact", 2024, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 4.6e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text, flow", [
    ("Les livraisons vietnamiennes vers la Russie ont atteint 2,1 milliards de dollars en 2023.", ("VNM", "RUS")),
    ("Les achats russes au Vietnam ont atteint 2,1 milliards de dollars en 2023.", ("VNM", "RUS")),
    ("Le Vietnam a acheté à la Russie pour 2,1 milliards de dollars de marchandises en 2023.", ("RUS", "VNM")),
])
def test_livraisons_et_achats_sont_des_flux(text, flow):
    assert figs(text) == {("actual", "exports", *flow, 2.1e9, "USD", "exact", 2023, "1-12", None)}


def test_croissance_negative():
    assert figs("Les échanges entre le Vietnam et la Russie ont enregistré une croissance négative de 5 % "
                "en 2023.") == {("actual", "turnover", "RUS", "VNM", -5.0, "%", "exact", 2023, "1-12", None)}


def test_legende_terminee_par_un_credit_photo():
    text = ("Le commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards de dollars en 2023.\n"
            "Le port de Hai Phong, par où transitent des exportations vers la Russie de 2 milliards de "
            "dollars en 2023. Photo : VNA\n"
            "Les deux pays visent 10 milliards de dollars d'ici 2030.")
    assert figs(text) == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


def test_voir_plus_dans_la_navigation_avant_l_article():
    text = ("Économie\nVoir plus\nLe commerce bilatéral entre le Vietnam et la Russie a atteint 3,6 milliards "
            "de dollars en 2023, selon les douanes. Les deux pays visent 10 milliards de dollars d'ici 2030.")
    assert figs(text) == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None)}


@pytest.mark.parametrize("text", [
    "En 2023, la balance commerciale entre le Vietnam et la Russie était favorable au Vietnam, à hauteur "
    "de 1,1 milliard de dollars.",
    "En 2023, le solde des échanges entre le Vietnam et la Russie était positif pour le Vietnam, à 1,1 "
    "milliard de dollars.",
])
def test_balance_favorable_a_un_pays(text):
    assert figs(text) == {("actual", "balance", "VNM", "RUS", 1.1e9, "USD", "exact", 2023, "1-12", None)}


def test_franchi_le_cap_des():
    assert figs("Les échanges entre le Vietnam et la Russie ont franchi le cap des 5 milliards de dollars "
                "en 2023.") == {("actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_least", 2023, "1-12", None)}


def test_en_comparaison_annuelle_garde_l_annee_du_taux():
    assert figs("Les échanges entre le Vietnam et la Russie ont atteint 3,6 milliards de dollars en 2023, en "
                "hausse de 5 % en comparaison annuelle.") == {
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 5.0, "%", "exact", 2023, "1-12", None)}


def test_relative_avec_un_objectif_avant_un_chiffre_reel():
    assert figs("Le Vietnam et la Russie, qui visent 10 milliards de dollars d'échanges d'ici 2030, ont "
                "échangé pour 3,6 milliards de dollars de marchandises en 2023.") == {
        ("target", "turnover", "RUS", "VNM", 1e10, "USD", "exact", 2030, "1-12", None),
        ("actual", "turnover", "RUS", "VNM", 3.6e9, "USD", "exact", 2023, "1-12", None)}


def test_a_balance_in_its_trade_with_a_partner_is_a_balance():
    assert figs("En 2023, l'excédent commercial du Vietnam dans ses échanges avec la France a atteint 3 "
                "milliards de dollars.") == {
        ("actual", "balance", "VNM", "FRA", 3e9, "USD", "exact", 2023, "1-12", None)}


def test_latin_american_demonyms():
    assert figs("Les exportations chiliennes vers la Chine ont atteint 39 milliards de dollars en 2023.") == {
        ("actual", "exports", "CHL", "CHN", 39e9, "USD", "exact", 2023, "1-12", None)}


@pytest.mark.parametrize("text, expected", [
    ("Le total des exportations du Vietnam a atteint 355 milliards de dollars en 2023, dont 2 milliards "
     "vers la Russie.", {("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}),
    ("Le total des exportations du Vietnam a atteint 355 milliards de dollars en 2023, dont 20 milliards "
     "de produits électroniques.", set()),
])
def test_dont_une_part_du_total(text, expected):
    assert figs(text) == expected


def test_premier_marche_d_exportation_puis_suivis_de():
    assert figs("En 2023, les États-Unis sont restés le premier marché d'exportation du Vietnam avec 97 "
                "milliards de dollars, suivis de la Chine avec 61 milliards de dollars.") == {
        ("actual", "exports", "VNM", "USA", 9.7e10, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "CHN", 6.1e10, "USD", "exact", 2023, "1-12", None)}


def test_taux_entre_parentheses_apres_un_produit():
    assert figs("Les exportations du Vietnam vers la Russie ont atteint 2 milliards de dollars en 2023. "
                "Certains produits ont progressé, comme les noix de cajou (+19,6 %).") == {
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_taux_entre_parentheses_apres_le_flux():
    assert figs("Les exportations du Vietnam vers la Russie (+12 %) ont atteint 2 milliards de dollars "
                "en 2023.") == {
        ("actual", "exports", "VNM", "RUS", 12.0, "%", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "RUS", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_en_provenance_d_before_a_vowel_is_the_source():
    assert figs("Les importations de la France en provenance d'Égypte se sont élevées à 1,3 milliard "
                "d'euros en 2023.") == {
        ("actual", "exports", "EGY", "FRA", 1.3e9, "EUR", "exact", 2023, "1-12", None)}


def test_exportations_globales_are_trade_with_the_world():
    assert figs("Les exportations globales du Maroc ont progressé de 8% à 40 milliards de dollars en "
                "2023, dont 2 milliards vers l'Inde.") == {
        ("actual", "exports", "MAR", "IND", 2e9, "USD", "exact", 2023, "1-12", None)}


def test_cldr_currency_names_and_shared_symbols_by_pair():
    assert figs("Les importations tunisiennes en provenance d'Italie ont totalisé 12,3 milliards de "
                "dinars tunisiens en 2023.") == {
        ("actual", "exports", "ITA", "TUN", 12.3e9, "TND", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre le Cameroun et la Chine ont atteint 2 000 milliards de FCFA en 2023.") == {
        ("actual", "turnover", "CHN", "CMR", 2e12, "XAF", "exact", 2023, "1-12", None)}
    assert figs("Les échanges entre le Sénégal et la Chine ont atteint 1 500 milliards de FCFA en 2023.") == {
        ("actual", "turnover", "CHN", "SEN", 1.5e12, "XOF", "exact", 2023, "1-12", None)}


def test_the_side_a_balance_favours_is_in_surplus_whoever_is_named_first():
    assert figs("La balance commerciale entre l'Argentine et le Chili a affiché un solde favorable au "
                "Chili de 1,25 milliard de dollars en 2023.") == {
        ("actual", "balance", "CHL", "ARG", 1.25e9, "USD", "exact", 2023, "1-12", None)}


def test_the_next_sentence_keeps_the_year_of_the_figure_not_of_its_comparison():
    assert figs("Les échanges entre l'Algérie et l'Italie ont atteint 16,5 milliards de dollars l'année "
                "dernière, contre 16,2 milliards de dollars en 2022. Les exportations algériennes vers "
                "l'Italie se sont établies à 14,1 milliards de dollars.", "2024-03-10") == {
        ("actual", "turnover", "DZA", "ITA", 16.5e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "turnover", "DZA", "ITA", 16.2e9, "USD", "exact", 2022, "1-12", None),
        ("actual", "exports", "DZA", "ITA", 14.1e9, "USD", "exact", 2023, "1-12", None)}


def test_dinars_stay_the_currency_first_chosen_for_the_pair():
    assert figs("Les exportations tunisiennes vers la Libye ont atteint près de 2,9 milliards de dinars en "
                "2023, tandis que les importations en provenance de la Libye ont dépassé 1 050 millions de "
                "dinars.", "2024-03-10") == {
        ("actual", "exports", "TUN", "LBY", 2.9e9, "TND", "at_most", 2023, "1-12", None),
        ("actual", "exports", "LBY", "TUN", 1.05e9, "TND", "at_least", 2023, "1-12", None)}


def test_the_two_sides_right_after_a_figure_are_its_pair_not_the_datelines():
    assert figs("Moscou (VNA) - Le commerce bilatéral entre le Vietnam et l'Union économique eurasiatique "
                "(UEEA) devrait dépasser les 7 milliards de dollars cette année. Les deux parties visent à "
                "porter ce chiffre à 12 milliards de dollars d'ici 2030.", "2024-03-10") == {
        ("forecast", "turnover", "EAEU", "VNM", 7e9, "USD", "at_least", 2024, "1-12", None),
        ("target", "turnover", "EAEU", "VNM", 12e9, "USD", "exact", 2030, "1-12", None)}


def test_a_flow_without_partner_whose_part_names_one_is_the_worlds():
    assert figs("Les importations de l'Algérie ont totalisé 41,2 milliards de dollars en 2023, dont 7,6 "
                "milliards de dollars en provenance de la Chine.", "2024-03-10") == {
        ("actual", "exports", "CHN", "DZA", 7.6e9, "USD", "exact", 2023, "1-12", None)}


def test_a_flow_to_a_bloc_with_a_part_to_a_member_keeps_both():
    assert figs("Les exportations du Vietnam vers l'UE ont atteint 50 milliards de dollars en 2023, dont 10 "
                "milliards vers l'Allemagne.", "2024-03-10") == {
        ("actual", "exports", "VNM", "EU", 50e9, "USD", "exact", 2023, "1-12", None),
        ("actual", "exports", "VNM", "DEU", 10e9, "USD", "exact", 2023, "1-12", None)}


def test_represente_une_progression_de_is_growth_not_a_share():
    assert figs("Les échanges commerciaux entre le Maroc et la France ont dépassé 14 milliards d'euros l'an "
                "dernier. Ce montant représente une progression de 6,3% par rapport à 2022.", "2024-02-20") == {
        ("actual", "turnover", "FRA", "MAR", 14e9, "EUR", "at_least", 2023, "1-12", None),
        ("actual", "turnover", "FRA", "MAR", 6.3, "%", "exact", 2023, "1-12", None)}


def test_portees_par_a_product_describes_the_flow():
    assert figs("Les exportations ivoiriennes vers la France, portées par le cacao et la banane, se sont "
                "élevées à 1,05 milliard d'euros au premier semestre 2024.", "2024-11-05") == {
        ("actual", "exports", "CIV", "FRA", 1.05e9, "EUR", "exact", 2024, "1-6", None)}


def test_the_minister_of_foreign_trade_is_no_trade_with_the_world():
    assert figs("Le ministre délégué au Commerce extérieur a indiqué que les exportations françaises vers le "
                "Maroc avaient atteint 7,6 milliards d'euros en 2023.", "2024-02-20") == {
        ("actual", "exports", "FRA", "MAR", 7.6e9, "EUR", "exact", 2023, "1-12", None)}


def test_les_achats_a_la_chine_come_from_china():
    assert figs("En 2023, les achats de l'Algérie à la Chine ont atteint 10 milliards de dollars.",
                "2024-03-10") == {("actual", "exports", "CHN", "DZA", 10e9, "USD", "exact", 2023, "1-12", None)}


def test_the_two_sides_goal_after_a_flow_is_for_their_trade():
    assert figs("Les échanges commerciaux entre le Vietnam et la Russie ont atteint 4,57 milliards de dollars "
                "l'année dernière. Les exportations russes vers le Vietnam se sont établies à 2,03 milliards de "
                "dollars. Les deux parties se sont fixé pour objectif de porter ce chiffre à 10 milliards de "
                "dollars.", "2025-01-20") == {
        ("actual", "turnover", "RUS", "VNM", 4.57e9, "USD", "exact", 2024, "1-12", None),
        ("actual", "exports", "RUS", "VNM", 2.03e9, "USD", "exact", 2024, "1-12", None),
        ("target", "turnover", "RUS", "VNM", 10e9, "USD", "exact", None, "1-12", None)}
