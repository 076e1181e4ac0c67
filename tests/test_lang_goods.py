"""One good's trade is no figure (FIGURES.md "Not figures"): a product noun by the trade noun
takes its number out of scope, in every language; trade named with the goods left out stays
a figure (sentences written for these tests)."""
import pytest

from .helpers import figure_set

# (language, sentence with {g} where the goods go, the figure it states without them)
SENTENCES = {
    "en": ("Exports {g}from Morocco to India reached $1.2 billion in 2023.",
           ("actual", "exports", "MAR", "IND", 1.2e9, "USD", "exact", 2023, "1-12", None)),
    "fr": ("Les exportations {g}du Maroc vers l'Inde ont atteint 1,2 milliard de dollars en 2023.",
           ("actual", "exports", "MAR", "IND", 1.2e9, "USD", "exact", 2023, "1-12", None)),
    "es": ("Las exportaciones {g}de Chile a China alcanzaron 1.200 millones de dólares en 2023.",
           ("actual", "exports", "CHL", "CHN", 1.2e9, "USD", "exact", 2023, "1-12", None)),
    "it": ("Le esportazioni {g}dell'Italia verso il Giappone hanno raggiunto 1,2 miliardi di euro nel 2023.",
           ("actual", "exports", "ITA", "JPN", 1.2e9, "EUR", "exact", 2023, "1-12", None)),
    "pt": ("As exportações {g}do Brasil para a China atingiram US$ 1,2 bilhão em 2023.",
           ("actual", "exports", "BRA", "CHN", 1.2e9, "USD", "exact", 2023, "1-12", None)),
    "vi": ("Kim ngạch xuất khẩu {g}của Việt Nam sang Nga đạt 1,2 tỷ USD trong năm 2023.",
           ("actual", "exports", "VNM", "RUS", 1.2e9, "USD", "exact", 2023, "1-12", None)),
}

GOODS = {
    "en": ("of crude oil", "of natural gas", "of LNG", "of coal", "of electricity", "of gold",
           "of silver", "of copper", "of aluminium", "of nickel", "of lithium", "of cobalt", "of diamonds",
           "of phosphates", "of potash", "of uranium", "of steel", "of cement", "of cocoa", "of cashews",
           "of rubber", "of cotton", "of sugar", "of tea", "of wheat", "of maize", "of corn", "of barley",
           "of soybeans", "of fish", "of shrimp", "of salmon", "of tuna", "of dairy products", "of milk",
           "of cheese", "of poultry", "of chicken", "of cattle", "of citrus", "of bananas", "of avocados",
           "of vegetables", "of flowers", "of wine", "of whisky", "of tobacco", "of cars", "of automobiles",
           "of auto parts", "of aircraft", "of pharmaceutical products", "of medicines", "of vaccines",
           "of semiconductors", "of smartphones", "of solar panels", "of batteries", "of fruit",
           "of palm oil", "of petroleum"),
    "fr": ("de pétrole ", "de gaz ", "de GNL ", "de charbon ", "d'électricité ", "d'or ", "de cuivre ",
           "de minerai de fer ", "d'acier ", "d'aluminium ", "de nickel ", "de lithium ", "de cobalt ",
           "de diamants ", "de phosphates ", "d'engrais ", "d'uranium ", "de ciment ", "de cacao ",
           "de café ", "de noix de cajou ", "d'anacardes ", "de caoutchouc ", "de coton ", "de sucre ",
           "de thé ", "de blé ", "de maïs ", "d'orge ", "de soja ", "d'huile d'olive ", "d'olives ",
           "de poissons ", "de crevettes ", "de thon ", "de saumon ", "de produits laitiers ", "de lait ",
           "de fromages ", "de volailles ", "de poulet ", "de viande ", "de bœuf ", "de bovins ",
           "de bétail ", "d'agrumes ", "d'oranges ", "de bananes ", "de légumes ", "de fleurs ",
           "de vins ", "de spiritueux ", "de cognac ", "de tabac ", "de voitures ", "d'automobiles ",
           "de pièces détachées ", "d'avions ", "de l'aéronautique ", "d'armement ", "de médicaments ",
           "de produits pharmaceutiques ", "de vaccins ", "de smartphones ", "de semi-conducteurs "),
    "es": ("de porcino ", "de camarón ", "de cacao ", "de oro ", "de plata ", "de aguacate ", "de paltas ", "de banano ", "de cítricos ",
           "de naranjas ", "de limones ", "de flores ", "de aceite ", "de aceite de oliva ",
           "de aceitunas ", "de electricidad ", "de energía eléctrica ", "de gas natural ", "de GNL ",
           "de fosfatos ", "de fertilizantes ", "de mineral de hierro ", "de níquel ", "de zinc ",
           "de aluminio ", "de madera ", "de celulosa ", "de algodón ", "de tabaco ", "de medicamentos ",
           "de vacunas ", "de aviones ", "de buques ", "de salmón ", "de atún ", "de lácteos ",
           "de leche ", "de quesos ", "de pollo ", "de ganado ", "de uvas ", "de arándanos ",
           "de cerezas ", "de manzanas ", "de vinos ", "de cemento ", "de diamantes ", "de cebada "),
    "it": ("di olio d'oliva ", "di olive ", "di cacao ", "di oro ", "d'oro ", "di argento ",
           "di formaggi ", "di pasta ", "di agrumi ", "di ortofrutta ", "di gas naturale ", "di GNL ",
           "di elettricità ", "di energia elettrica ", "di fosfati ", "di fertilizzanti ", "di rame ",
           "di ferro ", "di alluminio ", "di legname ", "di legno ", "di cotone ", "di tabacco ",
           "di farmaci ", "farmaceutiche ", "di vaccini ", "di aerei ", "di navi ", "di gamberi ",
           "di tonno ", "di latte ", "lattiero-casearie ", "di pollame ", "di bestiame ",
           "di pomodori ", "di cioccolato ", "di liquori ", "di spumante ", "di prosecco ", "di birra ",
           "di marmo ", "di ceramiche ", "di piastrelle ", "di occhiali ", "di elettronica ",
           "di zucchero ", "di cemento "),
    "pt": ("de cacau ", "de ouro ", "de prata ", "de caju ", "de azeite ", "de citrinos ", "de laranja ",
           "de suco de laranja ", "de frango ", "de fosfatos ", "de fertilizantes ", "de eletricidade ",
           "de electricidade ", "de energia elétrica ", "de gás natural ", "de GNL ", "de cobre ",
           "de níquel ", "de alumínio ", "de madeira ", "de tabaco ", "de vinho ", "de cortiça ",
           "de medicamentos ", "de vacinas ", "de aviões ", "de aeronaves ", "de navios ",
           "de diamantes ", "de etanol ", "de leite ", "de laticínios ", "de lacticínios ", "de peixe ",
           "de bacalhau ", "de flores ", "de manga ", "de uva ", "de cimento ", "de lítio "),
    "vi": ("điện năng ", "khí hóa lỏng ", "ca cao ", "dầu cọ ", "dầu ăn ", "dầu ô liu ", "phốt phát ",
           "nhôm ", "kim loại ", "khoáng sản ", "thiếc ", "xi măng ", "clanhke ", "thuốc lá ", "rượu ",
           "thịt gia cầm ", "trứng ", "chuối ", "xoài ", "vải thiều ", "máy bay ", "vắc-xin ", "vắc xin ",
           "xơ sợi ", "sợi ", "bông ", "mực "),
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_trade_without_goods_is_a_figure(lang):
    text, figure = SENTENCES[lang]
    assert figure_set(text.format(g=""), "2024-03", lang) == {figure}


@pytest.mark.parametrize("lang, goods", [(lang, g) for lang, gs in GOODS.items() for g in gs])
def test_one_goods_trade_is_no_figure(lang, goods):
    text, _ = SENTENCES[lang]
    if lang == "en":
        goods += " "
    assert figure_set(text.format(g=goods), "2024-03", lang) == set()


@pytest.mark.parametrize("text, lang", [
    ("Kenya's tea exports to Pakistan rose 9% to $600 million in 2023.", "en"),
    ("Morocco's car exports to France reached 4 billion euros in 2023.", "en"),
    ("Gold exports from Ghana to Switzerland rose to $2.1 billion in 2023.", "en"),
    ("Qatar's LNG shipments to China were worth $9 billion last year.", "en"),
    ("Paraguay exported electricity worth $400 million to Brazil last year.", "en"),
    ("Les exportations ghanéennes de cacao vers les Pays-Bas ont reculé de 8% en 2023.", "fr"),
    ("Les exportations marocaines d'agrumes vers le Canada ont progressé de 20% en 2023.", "fr"),
    ("Le esportazioni di olio d'oliva italiano negli Stati Uniti sono cresciute del 10% nel 2023.", "it"),
])
def test_goods_before_or_after_the_trade_noun(text, lang):
    assert figure_set(text, "2024-03", lang) == set()


@pytest.mark.parametrize("text, lang, figure", [
    # "non-oil" trade is trade in everything else, not oil's
    ("India and the UAE aim to take non-oil bilateral trade to $100 billion by 2030.", "en",
     ("target", "turnover", "ARE", "IND", 1e11, "USD", "exact", 2030, "1-12", None)),
    ("The UAE's non-oil trade with India reached $50 billion in 2023.", "en",
     ("actual", "turnover", "ARE", "IND", 5e10, "USD", "exact", 2023, "1-12", None)),
    # goods in general are the trade itself
    ("Exports of goods from Morocco to India reached $1.2 billion in 2023.", "en",
     ("actual", "exports", "MAR", "IND", 1.2e9, "USD", "exact", 2023, "1-12", None)),
    ("Les exportations de biens du Maroc vers l'Inde ont atteint 1,2 milliard de dollars en 2023.", "fr",
     ("actual", "exports", "MAR", "IND", 1.2e9, "USD", "exact", 2023, "1-12", None)),
    ("Les exportations de marchandises du Maroc vers l'Inde ont atteint 1,2 milliard de dollars en 2023.",
     "fr", ("actual", "exports", "MAR", "IND", 1.2e9, "USD", "exact", 2023, "1-12", None)),
])
def test_trade_in_general_stays_a_figure(text, lang, figure):
    assert figure_set(text, "2024-03", lang) == {figure}
