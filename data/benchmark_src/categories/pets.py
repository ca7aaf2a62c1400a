"""Pet supplies: cat toys, dog and cat food, treats, litter, leashes, beds, reptile food.

Traps owned here: a cat toy shaped like a mouse (猫玩具 老鼠 / Katzenspielzeug Maus)
versus the computer mouse; dried crickets for reptiles versus cricket bats
(sports_outdoor); ja "ペットボトル" (= PET plastic bottle) versus a pet water bottle;
near-miss KONG sizes and Royal Canin bag sizes / life stages.
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "pets"
_SEED = 4606

HIDE = {"line", "shape", "insect"}

BRANDS = {
    "Royal Canin": {"zh": "皇家", "ja": "ロイヤルカナン"},
    "Purina Pro Plan": {"zh": "冠能", "ja": "ピュリナ プロプラン"},
    "Hill's": {"zh": "希尔斯", "ja": "ヒルズ"},
    "Orijen": {"zh": "渴望", "ja": "オリジン"},
    "Whiskas": {"zh": "伟嘉", "ja": "カルカン"},
    "Felix": {"ja": "フィリックス"},
    "Ciao": {"zh": "CIAO", "ja": "いなば CIAO"},
    "KONG": {"zh": "KONG", "ja": "コング"},
    "Flexi": {"zh": "Flexi", "ja": "フレキシ"},
    "Ruffwear": {"ja": "ラフウェア"},
    "Trixie": {"zh": "Trixie", "ja": "トリクシー"},
    "Petstages": {"ja": "ペットステージ"},
    "Petio": {"zh": "Petio", "ja": "ペティオ"},
    "Catit": {"zh": "Catit", "ja": "キャティット"},
    "Exo Terra": {"zh": "Exo Terra", "ja": "エキゾテラ"},
    "Zoo Med": {"ja": "ズーメッド"},
    "Unicharm": {"zh": "尤妮佳", "ja": "ユニ・チャーム"},
    "Ever Clean": {"ja": "エバークリーン"},
    "Pidan": {"zh": "彼诞", "ja": "ピダン"},
    "Catsan": {"ja": "キャットサン"},
    "Tetra": {"zh": "德彩", "ja": "テトラ"},
    "Bobby": {"ja": "ボビー"},
    "Julius-K9": {"ja": "ユリウスK9"},
    "Ferplast": {"ja": "ファープラスト"},
    "Lesure": {"zh": "Lesure"},
    "Richell": {"zh": "Richell", "ja": "リッチェル"},
}

VOCAB = {
    "kitten": {"en": "Kitten", "zh": "幼猫", "de": "Kitten", "es": "gatitos", "fr": "chaton", "ja": "子猫用"},
    "adult": {"en": "Adult", "zh": "成年期", "de": "Adult", "es": "adulto", "fr": "adulte", "ja": "アダルト"},
    "puppy": {"en": "Puppy", "zh": "幼犬", "de": "Welpen", "es": "cachorro", "fr": "chiot", "ja": "子犬用"},
    "senior": {"en": "Senior 7+", "zh": "老年", "de": "Senior", "es": "senior", "fr": "senior", "ja": "シニア用"},
    "dry": {"en": "Dry Food", "zh": "干粮", "de": "Trockenfutter", "es": "pienso seco", "fr": "croquettes", "ja": "ドライフード"},
    "wet": {"en": "Wet Food", "zh": "湿粮 餐包", "de": "Nassfutter", "es": "comida húmeda", "fr": "pâtée", "ja": "ウェットフード パウチ"},
    "tofu": {"en": "Tofu", "zh": "豆腐砂", "de": "Tofu", "es": "de tofu", "fr": "tofu", "ja": "おから"},
    "bentonite": {"en": "Clumping Clay", "zh": "膨润土", "de": "Klumpstreu Bentonit", "es": "aglomerante bentonita", "fr": "agglomérante", "ja": "鉱物系"},
    "silica": {"en": "Crystal", "zh": "水晶砂", "de": "Silikat", "es": "sílice", "fr": "silice", "ja": "シリカゲル"},
    "wood": {"en": "Pine Pellets", "zh": "松木砂", "de": "Holz", "es": "madera", "fr": "bois", "ja": "木系"},
    "tape": {"en": "Tape", "zh": "带式", "de": "Gurt", "es": "cinta", "fr": "sangle", "ja": "テープ"},
    "cord": {"en": "Cord", "zh": "绳式", "de": "Seil", "es": "cordón", "fr": "cordon", "ja": "コード"},
    "nylon": {"en": "Nylon", "zh": "尼龙", "de": "Nylon", "es": "nailon", "fr": "nylon", "ja": "ナイロン"},
    "leather": {"en": "Leather", "zh": "真皮", "de": "Leder", "es": "cuero", "fr": "cuir", "ja": "本革"},
    "S": {"en": "Small", "zh": "S号", "de": "S", "es": "S", "fr": "S", "ja": "Sサイズ"},
    "M": {"en": "Medium", "zh": "M号", "de": "M", "es": "M", "fr": "M", "ja": "Mサイズ"},
    "L": {"en": "Large", "zh": "L号", "de": "L", "es": "L", "fr": "L", "ja": "Lサイズ"},
    "XL": {"en": "X-Large", "zh": "XL号", "de": "XL", "es": "XL", "fr": "XL", "ja": "XLサイズ"},
    "mouse": {"en": "Mouse", "zh": "老鼠", "de": "Maus", "es": "ratón", "fr": "souris", "ja": "ねずみ"},
    "ball": {"en": "Ball", "zh": "球", "de": "Ball", "es": "pelota", "fr": "balle", "ja": "ボール"},
    "feather wand": {"en": "Feather Wand", "zh": "逗猫棒 羽毛", "de": "Federangel", "es": "caña con plumas", "fr": "canne à plumes", "ja": "猫じゃらし"},
    "fish": {"en": "Fish", "zh": "小鱼", "de": "Fisch", "es": "pez", "fr": "poisson", "ja": "魚"},
    "catnip": {"en": "Catnip", "zh": "猫薄荷", "de": "Katzenminze", "es": "hierba gatera", "fr": "herbe à chat", "ja": "キャットニップ"},
    "electronic": {"en": "Electronic", "zh": "电动", "de": "elektrisch", "es": "eléctrico", "fr": "électrique", "ja": "電動"},
    "plush": {"en": "Plush", "zh": "毛绒", "de": "Plüsch", "es": "peluche", "fr": "peluche", "ja": "ぬいぐるみ"},
    "cricket": {"en": "Dried Crickets", "zh": "蟋蟀干", "de": "getrocknete Heimchen", "es": "grillos deshidratados", "fr": "grillons séchés", "ja": "乾燥コオロギ"},
    "mealworm": {"en": "Dried Mealworms", "zh": "面包虫干", "de": "getrocknete Mehlwürmer", "es": "gusanos de harina", "fr": "vers de farine séchés", "ja": "乾燥ミルワーム"},
    "small breed": {"en": "Small Breed", "zh": "小型犬", "de": "kleine Rassen", "es": "razas pequeñas", "fr": "petites races", "ja": "小型犬用"},
    "medium breed": {"en": "Medium Breed", "zh": "中型犬", "de": "mittelgroße Rassen", "es": "razas medianas", "fr": "races moyennes", "ja": "中型犬用"},
    "large breed": {"en": "Large Breed", "zh": "大型犬", "de": "große Rassen", "es": "razas grandes", "fr": "grandes races", "ja": "大型犬用"},
}

KEYFMT = {
    "count": {"en": "{v}-Pack", "zh": "{v}个装", "de": "{v} Stück", "es": "{v} unidades", "fr": "lot de {v}", "ja": "{v}個入り"},
    "length": {"en": "{v} Leash", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
    "max_weight": {"en": "up to {v}", "zh": "承重{v}", "de": "bis {v}", "es": "hasta {v}", "fr": "jusqu'à {v}", "ja": "{v}まで"},
    "height": {"en": "{v} Tall", "zh": "高{v}", "de": "{v} hoch", "es": "{v} de altura", "fr": "hauteur {v}", "ja": "高さ{v}"},
}

NOUN = {
    "cat_toy": {"en": ["Cat Toy", "Interactive Cat Toy"], "zh": ["猫玩具", "逗猫玩具 自嗨解闷"], "de": ["Katzenspielzeug"], "es": ["juguete para gatos", "juguete gato"], "fr": ["jouet pour chat", "jouet chat"], "ja": ["猫 おもちゃ", "猫用おもちゃ"]},
    "dog_toy": {"en": ["Dog Toy", "Chew Toy"], "zh": ["狗玩具", "耐咬玩具 漏食"], "de": ["Hundespielzeug", "Kauspielzeug"], "es": ["juguete para perros"], "fr": ["jouet pour chien"], "ja": ["犬 おもちゃ", "知育トイ"]},
    "dog_food": {"en": ["Dog Food", "Dry Dog Food"], "zh": ["狗粮", "犬粮"], "de": ["Hundefutter"], "es": ["pienso para perros", "comida perro"], "fr": ["croquettes chien", "nourriture pour chien"], "ja": ["ドッグフード"]},
    "cat_food": {"en": ["Cat Food"], "zh": ["猫粮", "猫主粮"], "de": ["Katzenfutter"], "es": ["comida para gatos", "pienso gatos"], "fr": ["nourriture pour chat", "croquettes chat"], "ja": ["キャットフード"]},
    "cat_treat": {"en": ["Cat Treats", "Lickable Cat Treats"], "zh": ["猫条", "猫零食"], "de": ["Katzensnack", "Leckerli für Katzen"], "es": ["snack para gatos"], "fr": ["friandises pour chat"], "ja": ["猫 おやつ", "ちゅ～る"]},
    "cat_litter": {"en": ["Cat Litter"], "zh": ["猫砂", "结团猫砂"], "de": ["Katzenstreu"], "es": ["arena para gatos"], "fr": ["litière pour chat", "litière"], "ja": ["猫砂", "猫の砂"]},
    "dog_leash": {"en": ["Retractable Dog Leash", "Dog Leash"], "zh": ["狗绳 自动伸缩牵引绳", "牵引绳"], "de": ["Rollleine", "Hundeleine"], "es": ["correa extensible", "correa para perro"], "fr": ["laisse enrouleur", "laisse pour chien"], "ja": ["リード 伸縮", "フレキシリード"]},
    "dog_harness": {"en": ["Dog Harness"], "zh": ["胸背带"], "de": ["Hundegeschirr", "Brustgeschirr"], "es": ["arnés para perro"], "fr": ["harnais chien"], "ja": ["ハーネス"]},
    "dog_bed": {"en": ["Dog Bed", "Orthopedic Dog Bed"], "zh": ["狗窝", "宠物窝 四季通用"], "de": ["Hundebett", "Hundekorb"], "es": ["cama para perro"], "fr": ["panier pour chien", "coussin chien"], "ja": ["犬 ベッド", "ペットベッド"]},
    "cat_tree": {"en": ["Cat Tree", "Cat Tower"], "zh": ["猫爬架", "猫抓柱 猫树"], "de": ["Kratzbaum"], "es": ["rascador para gatos"], "fr": ["arbre à chat"], "ja": ["キャットタワー"]},
    "reptile_food": {"en": ["Reptile Food", "Reptile Treat"], "zh": ["爬宠饲料", "爬虫饲料"], "de": ["Reptilienfutter"], "es": ["comida para reptiles"], "fr": ["nourriture reptiles"], "ja": ["爬虫類 エサ", "レプタイルフード"]},
    "fish_food": {"en": ["Fish Food", "Tropical Flakes"], "zh": ["鱼食", "热带鱼饲料"], "de": ["Fischfutter", "Flockenfutter"], "es": ["comida para peces"], "fr": ["nourriture poissons"], "ja": ["熱帯魚 エサ"]},
    "pet_water_bottle": {"en": ["Dog Water Bottle", "Portable Pet Water Bottle"], "zh": ["宠物外出水壶", "狗狗随行杯"], "de": ["Hundetrinkflasche", "Trinkflasche für Hunde"], "es": ["botella de agua para perros"], "fr": ["gourde pour chien"], "ja": ["ペット 給水ボトル", "犬 水筒 散歩"]},
    "pet_carrier": {"en": ["Pet Carrier"], "zh": ["宠物航空箱", "猫包 外出"], "de": ["Transportbox"], "es": ["transportín"], "fr": ["caisse de transport"], "ja": ["キャリーケース", "ペットキャリー"]},
}

EXTRA_ANY = {
    "en": ["Vet Recommended", "Pet Supplies"],
    "zh": ["宠物用品", "包邮", "官方旗舰店", "猫咪狗狗", "正品"],
    "de": ["Tierbedarf", "für Haustiere"],
    "es": ["mascotas", "envío gratis"],
    "fr": ["animalerie", "livraison rapide"],
    "ja": ["ペット用品", "送料無料", "正規品"],
}
EXTRA = {
    "cat_toy": {"zh": ["自嗨解闷", "猫咪玩具"], "ja": ["ひとり遊び", "運動不足"]},
    "cat_litter": {"zh": ["除臭 低尘", "可冲厕所"], "ja": ["トイレに流せる", "消臭"], "de": ["geruchsbindend"]},
    "dog_food": {"zh": ["全价粮", "美毛"], "ja": ["総合栄養食"], "de": ["Alleinfuttermittel"]},
}
TAGS_JA = {"*": ["公式", "送料無料", "正規品", "まとめ買い"]}

SPECS = [
    # cat toys: mouse (ambiguity with computer mouse)
    _s("cat_toy", "Trixie", "", {"shape": "mouse", "material": "catnip", "count": "3"}, 5, "de", x={"de": ["Spielmäuse"], "en": ["Mice"], "zh": ["老鼠"], "ja": ["ねずみ"], "es": ["ratones"], "fr": ["souris"]}),
    _s("cat_toy", "Petstages", "", {"shape": "mouse", "material": "plush", "count": "6"}, 7, "en", x={"en": ["Mouse"], "zh": ["老鼠"], "ja": ["ねずみ"], "de": ["Maus"], "es": ["ratón"], "fr": ["souris"]}),
    _s("cat_toy", "Petio", "", {"shape": "mouse", "material": "electronic", "count": "1"}, 12, "ja", x={"ja": ["ねずみ 自動"], "zh": ["电动老鼠"], "en": ["Mouse"], "de": ["Maus"], "es": ["ratón"], "fr": ["souris"]}),
    _s("cat_toy", "Lesure", "", {"shape": "mouse", "material": "electronic", "count": "1"}, 9, "zh", x={"zh": ["仿真老鼠 电动逗猫"], "en": ["Mouse"], "ja": ["ねずみ"], "de": ["Maus"]}),
    _s("cat_toy", "Catit", "", {"shape": "ball", "material": "electronic", "count": "1"}, 12, "fr"),
    _s("cat_toy", "Trixie", "", {"shape": "feather wand", "material": "feather wand", "count": "1"}, 4, "es"),
    _s("cat_toy", "Petio", "", {"shape": "fish", "material": "catnip", "count": "2"}, 6, "ja", x={"ja": ["けりぐるみ"]}),
    # dog toys (KONG near misses)
    _s("dog_toy", "KONG", "Classic", {"line": "Classic", "size": "S"}, 9, "en"),
    _s("dog_toy", "KONG", "Classic", {"line": "Classic", "size": "M"}, 12, "de"),
    _s("dog_toy", "KONG", "Classic", {"line": "Classic", "size": "L"}, 15, "en"),
    _s("dog_toy", "KONG", "Extreme", {"line": "Extreme", "size": "L"}, 18, "es"),
    # dog food
    _s("dog_food", "Royal Canin", "Medium Adult", {"line": "Medium Adult", "life_stage": "adult", "breed_size": "medium breed", "weight": "4 kg"}, 32, "fr"),
    _s("dog_food", "Royal Canin", "Medium Adult", {"line": "Medium Adult", "life_stage": "adult", "breed_size": "medium breed", "weight": "15 kg"}, 85, "de"),
    _s("dog_food", "Royal Canin", "Mini Puppy", {"line": "Mini Puppy", "life_stage": "puppy", "breed_size": "small breed", "weight": "2 kg"}, 22, "es"),
    _s("dog_food", "Royal Canin", "Maxi Adult", {"line": "Maxi Adult", "life_stage": "adult", "breed_size": "large breed", "weight": "15 kg"}, 80, "zh"),
    _s("dog_food", "Purina Pro Plan", "Medium Adult", {"line": "Medium Adult", "life_stage": "adult", "breed_size": "medium breed", "weight": "14 kg"}, 65, "es"),
    _s("dog_food", "Hill's", "Science Diet Adult", {"line": "Science Diet", "life_stage": "adult", "breed_size": "medium breed", "weight": "12 kg"}, 75, "en"),
    _s("dog_food", "Orijen", "Original", {"line": "Original", "life_stage": "adult", "breed_size": "medium breed", "weight": "11.4 kg"}, 110, "zh"),
    _s("dog_food", "Unicharm", "", {"line": "Gran Deli", "life_stage": "senior", "breed_size": "small breed", "weight": "2 kg"}, 15, "ja", x={"ja": ["グラン・デリ"]}),
    # cat food
    _s("cat_food", "Royal Canin", "Kitten", {"line": "Kitten", "life_stage": "kitten", "form": "dry", "weight": "2 kg"}, 25, "de"),
    _s("cat_food", "Royal Canin", "Kitten", {"line": "Kitten", "life_stage": "kitten", "form": "dry", "weight": "10 kg"}, 85, "zh"),
    _s("cat_food", "Royal Canin", "Indoor 27", {"line": "Indoor 27", "life_stage": "adult", "form": "dry", "weight": "2 kg"}, 24, "fr"),
    _s("cat_food", "Royal Canin", "Indoor 27", {"line": "Indoor 27", "life_stage": "adult", "form": "dry", "weight": "10 kg"}, 80, "es"),
    _s("cat_food", "Whiskas", "", {"line": "Whiskas", "life_stage": "adult", "form": "wet", "weight": "40 x 85 g"}, 20, "es"),
    _s("cat_food", "Felix", "", {"line": "Felix", "life_stage": "adult", "form": "wet", "weight": "44 x 85 g"}, 22, "fr"),
    _s("cat_food", "Hill's", "Science Diet Kitten", {"line": "Science Diet", "life_stage": "kitten", "form": "dry", "weight": "1.5 kg"}, 22, "ja"),
    # cat treats
    _s("cat_treat", "Ciao", "Churu", {"line": "Churu", "flavor": "tuna", "count": "20"}, 8, "ja", ml={"ja": "ちゅ～る", "zh": "啾噜 猫条"}),
    _s("cat_treat", "Ciao", "Churu", {"line": "Churu", "flavor": "chicken", "count": "60"}, 22, "zh", ml={"ja": "ちゅ～る", "zh": "啾噜 猫条"}),
    _s("cat_treat", "Catit", "Creamy", {"line": "Creamy", "flavor": "chicken", "count": "12"}, 8, "de"),
    # litter
    _s("cat_litter", "Pidan", "", {"material": "tofu", "volume": "6 L"}, 10, "zh", x={"zh": ["混合猫砂"]}),
    _s("cat_litter", "Unicharm", "", {"material": "tofu", "volume": "6 L"}, 9, "ja", x={"ja": ["デオトイレ"]}),
    _s("cat_litter", "Ever Clean", "", {"material": "bentonite", "volume": "10 L"}, 25, "en"),
    _s("cat_litter", "Catsan", "", {"material": "bentonite", "volume": "10 L"}, 9, "de"),
    _s("cat_litter", "Catsan", "", {"material": "silica", "volume": "5 L"}, 8, "fr"),
    _s("cat_litter", "Trixie", "", {"material": "wood", "volume": "10 L"}, 7, "es"),
    # leashes, harness
    _s("dog_leash", "Flexi", "New Classic", {"length": "5 m", "style": "tape", "max_weight": "25 kg"}, 20, "de"),
    _s("dog_leash", "Flexi", "New Classic", {"length": "8 m", "style": "cord", "max_weight": "20 kg"}, 25, "fr"),
    _s("dog_leash", "Flexi", "Giant", {"length": "10 m", "style": "tape", "max_weight": "50 kg"}, 45, "en"),
    _s("dog_leash", "Ruffwear", "Flat Out", {"length": "1.8 m", "style": "nylon", "max_weight": "60 kg"}, 35, "en"),
    _s("dog_harness", "Julius-K9", "IDC Powerharness", {"size": "M"}, 40, "de"),
    _s("dog_harness", "Ruffwear", "Front Range", {"size": "L"}, 45, "en"),
    # beds
    _s("dog_bed", "Ferplast", "", {"size": "L", "dimensions": "100x70 cm"}, 45, "es"),
    _s("dog_bed", "Bobby", "", {"size": "M", "dimensions": "70x55 cm"}, 40, "fr"),
    _s("dog_bed", "Trixie", "Vital", {"size": "XL", "dimensions": "120x80 cm"}, 70, "de"),
    _s("dog_bed", "Richell", "", {"size": "S", "dimensions": "50x40 cm"}, 25, "ja"),
    # cat trees
    _s("cat_tree", "Trixie", "", {"height": "150 cm"}, 80, "de"),
    _s("cat_tree", "Richell", "", {"height": "180 cm"}, 120, "ja"),
    _s("cat_tree", "Pidan", "", {"height": "120 cm"}, 60, "zh"),
    # reptiles (crickets)
    _s("reptile_food", "Exo Terra", "", {"insect": "cricket", "weight": "35 g"}, 8, "en", x={"en": ["Dried Crickets"], "zh": ["蟋蟀干"], "de": ["getrocknete Heimchen"], "es": ["grillos deshidratados"], "fr": ["grillons séchés"], "ja": ["乾燥コオロギ"]}),
    _s("reptile_food", "Zoo Med", "", {"insect": "cricket", "weight": "50 g"}, 9, "de", x={"en": ["Dried Crickets"], "zh": ["蟋蟀干"], "de": ["Heimchen getrocknet"], "es": ["grillos"], "fr": ["grillons"], "ja": ["コオロギ"]}),
    _s("reptile_food", "Exo Terra", "", {"insect": "mealworm", "weight": "70 g"}, 7, "fr", x={"en": ["Dried Mealworms"], "zh": ["面包虫干"], "de": ["Mehlwürmer"], "es": ["gusanos de harina"], "fr": ["vers de farine"], "ja": ["ミルワーム"]}),
    _s("fish_food", "Tetra", "TetraMin", {"weight": "200 g"}, 12, "zh"),
    _s("fish_food", "Tetra", "TetraMin", {"weight": "52 g"}, 5, "de"),
    _s("cat_toy", "Catit", "", {"shape": "feather wand", "material": "feather wand", "count": "3"}, 6, "zh"),
    _s("dog_toy", "KONG", "Puppy", {"line": "Puppy", "size": "M"}, 11, "fr"),
    # water bottles & carriers
    _s("pet_water_bottle", "Richell", "", {"volume": "500 ml"}, 15, "ja"),
    _s("pet_water_bottle", "Trixie", "", {"volume": "750 ml"}, 10, "es"),
    _s("pet_water_bottle", "Lesure", "", {"volume": "350 ml"}, 8, "zh"),
    _s("pet_carrier", "Ferplast", "Atlas 20", {"size": "M"}, 30, "es"),
    _s("pet_carrier", "Richell", "", {"size": "S"}, 35, "ja"),
]
VOCAB.update({
    "tuna": {"en": "Tuna", "zh": "金枪鱼", "de": "Thunfisch", "es": "atún", "fr": "thon", "ja": "まぐろ"},
    "chicken": {"en": "Chicken", "zh": "鸡肉", "de": "Huhn", "es": "pollo", "fr": "poulet", "ja": "とりささみ"},
})

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "ambiguity",
            ["cat toy mouse", "猫玩具 老鼠", "Katzenspielzeug Maus", "juguete gato ratón", "jouet chat souris", "猫 おもちゃ ねずみ"],
            ["cat_toy"], {"shape": "mouse"}, relax=["shape"]),
    _intent(2, "near_miss",
            ["kong classic large", "KONG 经典 葫芦 L号", "KONG Classic L", "kong classic talla L", "kong classic large", "コング クラシック L"],
            ["dog_toy"], {"line": "Classic", "size": "L"}, brand=["KONG"], relax=["size"]),
    _intent(3, "brand_model",
            ["royal canin indoor 27", "皇家 室内成猫粮 Indoor27", "Royal Canin Indoor 27", "royal canin indoor 27", "royal canin indoor 27 croquettes", "ロイヤルカナン インドア 27"],
            ["cat_food"], {"line": "Indoor 27"}, brand=["Royal Canin"], relax=["line"]),
    _intent(4, "near_miss",
            ["royal canin medium adult 15kg", "皇家 中型犬成犬粮 15kg", "Royal Canin Medium Adult 15 kg", "royal canin medium adult 15 kg", "royal canin medium adult 15 kg", "ロイヤルカナン ミディアム アダルト 15kg"],
            ["dog_food"], {"line": "Medium Adult", "weight": "15 kg"}, brand=["Royal Canin"], relax=["weight"]),
    _intent(5, "head",
            ["cat litter", "猫砂", "Katzenstreu", "arena para gatos", "litière chat", "猫砂"],
            ["cat_litter"], {}),
    _intent(6, "ambiguity",
            ["dried crickets for bearded dragon", "蟋蟀干 爬宠", "getrocknete Heimchen Reptilien", "grillos secos para reptiles", "grillons séchés reptiles", "乾燥コオロギ 爬虫類"],
            ["reptile_food"], {"insect": "cricket"}, relax=["insect"]),
    _intent(7, "typo",
            ["flexy retractable leash 5m", "flexi 伸缩狗绳 5米", "Flexy Rollleine 5m", "correa flexy 5 m", "laisse flexy 5 m", "フレキシ リード 5m"],
            ["dog_leash"], {"length": "5 m"}, brand=["Flexi"], relax=["length", "brand"]),
    _intent(8, "mixed_script",
            ["ciao churu cat treats", "Ciao 啾噜 猫条", "Ciao Churu Katzensnack", "Ciao Churu snack gatos", "Ciao Churu friandises chat", "ちゅーる Ciao 猫 おやつ"],
            ["cat_treat"], {"line": "Churu"}, brand=["Ciao"], relax=["line", "brand"]),
    _intent(9, "longtail",
             ["tofu cat litter 6L flushable", "豆腐猫砂 6L 可冲厕所", "Tofu Katzenstreu 6 L", "arena de tofu para gatos 6 L", "litière tofu 6 L", "おから 猫砂 6L 流せる"],
             ["cat_litter"], {"material": "tofu"}),
    _intent(10, "head",
             ["large dog bed", "大型犬 狗窝", "Hundebett groß", "cama perro grande", "panier chien grand", "犬 ベッド 大型"],
             ["dog_bed"], {"size": ["L", "XL"]}, relax=["size"]),
    _intent(11, "false_friend",
             ["dog water bottle for walks", "狗狗外出水壶 便携", "Hundetrinkflasche für unterwegs", "botella de agua para perro paseo", "gourde pour chien promenade", "ペット 給水 ボトル 散歩"],
             ["pet_water_bottle"], {}),
    _intent(12, "longtail",
             ["kitten dry food royal canin 2kg", "皇家幼猫粮 2kg", "Royal Canin Kitten Trockenfutter 2 kg", "royal canin kitten 2 kg pienso", "croquettes chaton royal canin 2 kg", "ロイヤルカナン キトン 2kg"],
             ["cat_food"], {"life_stage": "kitten", "weight": "2 kg"}, brand=["Royal Canin"], relax=["weight", "brand"]),
]
