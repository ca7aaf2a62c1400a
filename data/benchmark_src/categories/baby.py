"""Baby & kids: diapers, wipes, strollers, car seats, bodysuits, bottles, sleep & play.

Traps owned here: ja "ベビーカー" (= stroller, not a car seat); German "Body"
(= baby bodysuit, versus body lotion in beauty); zh "床" (= bed/crib) versus ja "床"
(= floor, play mat); English "pen" (= playpen, versus writing pens in
books_stationery); near-miss diaper sizes and pacifier age ranges.
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "baby"
_SEED = 4505

HIDE = {"line"}

BRANDS = {
    "Pampers": {"zh": "帮宝适", "ja": "パンパース"},
    "Dodot": {"ja": "ドドット"},
    "Huggies": {"zh": "好奇", "ja": "ハギーズ"},
    "Merries": {"zh": "花王妙而舒", "ja": "メリーズ"},
    "Moony": {"zh": "尤妮佳 Moony", "ja": "ムーニー"},
    "Lillydoo": {"ja": "リリードゥ"},
    "WaterWipes": {"zh": "WaterWipes", "ja": "ウォーターワイプス"},
    "Cybex": {"zh": "赛百适", "ja": "サイベックス"},
    "Bugaboo": {"zh": "博格步", "ja": "バガブー"},
    "Babyzen": {"zh": "Babyzen", "ja": "ベビーゼン"},
    "Combi": {"zh": "康贝", "ja": "コンビ"},
    "Aprica": {"zh": "阿普丽佳", "ja": "アップリカ"},
    "Goodbaby": {"zh": "好孩子", "ja": "グッドベビー"},
    "Maxi-Cosi": {"zh": "迈可适", "ja": "マキシコシ"},
    "Britax Römer": {"zh": "宝得适", "ja": "ブリタックス レーマー"},
    "Joie": {"zh": "奇蒂", "ja": "ジョイー"},
    "Petit Bateau": {"zh": "小帆船", "ja": "プチバトー"},
    "Carter's": {"zh": "卡特", "ja": "カーターズ"},
    "Philips Avent": {"zh": "飞利浦新安怡", "ja": "フィリップス アヴェント"},
    "Pigeon": {"zh": "贝亲", "ja": "ピジョン"},
    "Dr. Brown's": {"zh": "布朗博士", "ja": "ドクターブラウン"},
    "NUK": {"ja": "ヌーク"},
    "MAM": {"zh": "MAM", "ja": "マム"},
    "Stokke": {"zh": "思多嘉儿", "ja": "ストッケ"},
    "Yamatoya": {"ja": "大和屋"},
    "IKEA": {"zh": "宜家", "ja": "イケア"},
    "Baby Dan": {"ja": "ベビーダン"},
    "Skip Hop": {"ja": "スキップホップ"},
    "Aptamil": {"zh": "爱他美", "ja": "アプタミル"},
    "Meiji": {"zh": "明治", "ja": "明治"},
}

VOCAB = {
    "long": {"en": "Long Sleeve", "zh": "长袖", "de": "Langarm", "es": "manga larga", "fr": "manches longues", "ja": "長袖"},
    "short": {"en": "Short Sleeve", "zh": "短袖", "de": "Kurzarm", "es": "manga corta", "fr": "manches courtes", "ja": "半袖"},
    "glass": {"en": "Glass", "zh": "玻璃", "de": "Glas", "es": "de vidrio", "fr": "en verre", "ja": "ガラス製"},
    "plastic": {"en": "PP", "zh": "PP塑料", "de": "Kunststoff", "es": "de plástico", "fr": "en plastique", "ja": "プラスチック製"},
    "silicone": {"en": "Silicone", "zh": "硅胶", "de": "Silikon", "es": "silicona", "fr": "silicone", "ja": "シリコーン"},
    "lightweight": {"en": "Lightweight", "zh": "轻便", "de": "leicht", "es": "ligera", "fr": "légère", "ja": "軽量"},
    "full-size": {"en": "Full-Size", "zh": "高景观", "de": "Kombi", "es": "completo", "fr": "tout-terrain", "ja": "A型 両対面"},
    "wood": {"en": "Solid Wood", "zh": "实木", "de": "Massivholz", "es": "madera maciza", "fr": "bois massif", "ja": "木製"},
    "foam": {"en": "Foam", "zh": "XPE加厚", "de": "Schaumstoff", "es": "goma EVA", "fr": "mousse", "ja": "ジョイント"},
    "i-Size 40-105 cm": {"en": "i-Size 40-105 cm (0-4 yrs)", "zh": "0-4岁 i-Size", "de": "i-Size 40-105 cm", "es": "i-Size 40-105 cm", "fr": "i-Size 40-105 cm", "ja": "新生児〜4歳 i-Size"},
    "i-Size 40-75 cm": {"en": "Infant Car Seat i-Size 40-75 cm", "zh": "新生儿提篮 0-15个月", "de": "Babyschale i-Size 40-75 cm", "es": "grupo 0+ i-Size", "fr": "coque groupe 0+ i-Size", "ja": "新生児 ベビーシート"},
    "i-Size 100-150 cm": {"en": "Booster i-Size 100-150 cm", "zh": "3-12岁 增高垫", "de": "Kindersitz i-Size 100-150 cm", "es": "grupo 2/3 i-Size", "fr": "rehausseur i-Size", "ja": "ジュニアシート"},
    "stage 1": {"en": "Stage 1 (0-6 months)", "zh": "1段 0-6个月", "de": "Pre/1 ab Geburt", "es": "etapa 1", "fr": "1er âge", "ja": "0ヵ月から"},
    "stage 2": {"en": "Stage 2 (6-12 months)", "zh": "2段 6-12个月", "de": "Folgemilch 2", "es": "etapa 2", "fr": "2ème âge", "ja": "フォローアップ"},
}

KEYFMT = {
    "diaper_size": {"en": "Size {v}", "zh": "{v}号", "de": "Größe {v}", "es": "talla {v}", "fr": "taille {v}", "ja": "サイズ{v}"},
    "size": {"en": "{v}", "zh": "{v}", "de": "Gr. {v}", "es": "talla {v}", "fr": "taille {v}", "ja": "{v}"},
    "count": {"en": ["{v} Count", "{v} ct"], "zh": ["{v}片", "{v}片装"], "de": ["{v} Stück", "{v} Windeln"], "es": ["{v} unidades", "{v} pañales"], "fr": ["{v} couches", "{v} unités"], "ja": ["{v}枚", "{v}枚入"]},
    "wipes": {"en": "{v} Wipes", "zh": "{v}抽", "de": "{v} Tücher", "es": "{v} toallitas", "fr": "{v} lingettes", "ja": "{v}枚"},
    "age": {"en": "{v}", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
    "fit": {"en": "{v}", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
    "weight_range": {"en": "({v})", "zh": "{v}", "de": "({v})", "es": "({v})", "fr": "({v})", "ja": "({v})"},
}

NOUN = {
    "diapers": {"en": ["Diapers", "Baby Diapers"], "zh": ["纸尿裤", "尿不湿"], "de": ["Windeln", "Babywindeln"], "es": ["pañales"], "fr": ["couches", "couches bébé"], "ja": ["紙おむつ", "おむつ テープ"]},
    "baby_wipes": {"en": ["Baby Wipes"], "zh": ["婴儿湿巾", "手口湿巾"], "de": ["Feuchttücher", "Baby Feuchttücher"], "es": ["toallitas bebé"], "fr": ["lingettes bébé"], "ja": ["おしりふき"]},
    "stroller": {"en": ["Stroller", "Baby Stroller", "Pushchair"], "zh": ["婴儿推车", "宝宝推车 可坐可躺"], "de": ["Kinderwagen", "Buggy"], "es": ["cochecito de bebé", "silla de paseo"], "fr": ["poussette"], "ja": ["ベビーカー"]},
    "car_seat": {"en": ["Car Seat", "Baby Car Seat"], "zh": ["儿童安全座椅", "汽车安全座椅"], "de": ["Kindersitz", "Autokindersitz"], "es": ["silla de coche", "silla auto"], "fr": ["siège auto"], "ja": ["チャイルドシート"]},
    "baby_bodysuit": {"en": ["Baby Bodysuit", "Onesie"], "zh": ["婴儿连体衣", "包屁衣 哈衣"], "de": ["Baby Body", "Body"], "es": ["body bebé"], "fr": ["body bébé"], "ja": ["ロンパース", "ボディ肌着"]},
    "crib": {"en": ["Crib", "Baby Cot"], "zh": ["婴儿床", "宝宝床 拼接大床"], "de": ["Babybett", "Kinderbett"], "es": ["cuna"], "fr": ["lit bébé", "lit à barreaux"], "ja": ["ベビーベッド"]},
    "play_mat": {"en": ["Play Mat", "Baby Floor Mat"], "zh": ["爬行垫", "宝宝爬爬垫"], "de": ["Krabbelmatte", "Spielmatte"], "es": ["alfombra de juegos", "alfombra gateo"], "fr": ["tapis d'éveil", "tapis de sol bébé"], "ja": ["プレイマット", "床 マット ベビー"]},
    "baby_bottle": {"en": ["Baby Bottle", "Feeding Bottle"], "zh": ["奶瓶", "宽口径奶瓶"], "de": ["Babyflasche", "Trinkflasche Baby"], "es": ["biberón"], "fr": ["biberon"], "ja": ["哺乳びん", "哺乳瓶"]},
    "pacifier": {"en": ["Pacifier", "Soother"], "zh": ["安抚奶嘴"], "de": ["Schnuller"], "es": ["chupete"], "fr": ["sucette", "tétine"], "ja": ["おしゃぶり"]},
    "playpen": {"en": ["Playpen", "Play Yard", "Baby Play Pen"], "zh": ["游戏围栏", "宝宝围栏"], "de": ["Laufgitter", "Laufstall"], "es": ["parque infantil", "corralito"], "fr": ["parc bébé"], "ja": ["ベビーサークル"]},
    "high_chair": {"en": ["High Chair"], "zh": ["儿童餐椅"], "de": ["Hochstuhl", "Treppenhochstuhl"], "es": ["trona"], "fr": ["chaise haute"], "ja": ["ベビーチェア", "ハイチェア"]},
    "infant_formula": {"en": ["Infant Formula", "Baby Formula"], "zh": ["婴儿奶粉", "配方奶粉"], "de": ["Säuglingsnahrung", "Babymilch"], "es": ["leche de fórmula", "leche infantil"], "fr": ["lait infantile", "lait bébé"], "ja": ["粉ミルク", "ミルク"]},
}

EXTRA_ANY = {
    "en": ["Hypoallergenic", "Baby Registry"],
    "zh": ["母婴", "新生儿", "官方旗舰店", "正品", "宝宝"],
    "de": ["Baby", "Neugeborene"],
    "es": ["bebé", "recién nacido"],
    "fr": ["bébé", "naissance"],
    "ja": ["出産祝い", "正規品", "赤ちゃん"],
}
EXTRA = {
    "diapers": {"zh": ["超薄透气", "整箱"], "ja": ["ケース販売", "まとめ買い"], "de": ["Monatsbox"], "en": ["Monthly Supply"]},
    "stroller": {"zh": ["可登机", "一键收车"], "ja": ["コンパクト", "ワンタッチ折りたたみ"], "de": ["faltbar"]},
    "car_seat": {"zh": ["ISOFIX接口", "360度旋转"], "ja": ["ISOFIX", "回転式"], "de": ["ISOFIX", "ADAC Testsieger"], "en": ["ISOFIX"]},
}
TAGS_JA = {"*": ["公式", "正規品", "送料無料", "メーカー保証"], "diapers": ["ケース販売"]}

SPECS = [
    # diapers (near miss sizes)
    _s("diapers", "Pampers", "Premium Protection", {"line": "Premium Protection", "diaper_size": "3", "weight_range": "6-10 kg", "count": "136"}, 45, "en"),
    _s("diapers", "Pampers", "Premium Protection", {"line": "Premium Protection", "diaper_size": "4", "weight_range": "9-14 kg", "count": "116"}, 45, "de"),
    _s("diapers", "Pampers", "Baby-Dry", {"line": "Baby-Dry", "diaper_size": "4", "weight_range": "9-14 kg", "count": "174"}, 40, "fr"),
    _s("diapers", "Dodot", "Sensitive", {"line": "Sensitive", "diaper_size": "3", "weight_range": "6-10 kg", "count": "120"}, 38, "es"),
    _s("diapers", "Huggies", "Little Snugglers", {"line": "Little Snugglers", "diaper_size": "1", "weight_range": "4-6 kg", "count": "84"}, 25, "en"),
    _s("diapers", "Merries", "", {"line": "Merries", "diaper_size": "M", "weight_range": "6-11 kg", "count": "64"}, 14, "ja"),
    _s("diapers", "Merries", "", {"line": "Merries", "diaper_size": "L", "weight_range": "9-14 kg", "count": "54"}, 14, "ja"),
    _s("diapers", "Moony", "Natural", {"line": "Natural", "diaper_size": "M", "weight_range": "6-11 kg", "count": "58"}, 16, "ja"),
    _s("diapers", "Pampers", "", {"line": "Ichiban", "diaper_size": "L", "weight_range": "9-14 kg", "count": "52"}, 20, "zh", x={"zh": ["一级帮 拉拉裤"]}),
    _s("diapers", "Lillydoo", "", {"line": "Lillydoo", "diaper_size": "4", "weight_range": "9-14 kg", "count": "72"}, 30, "de"),
    # wipes
    _s("baby_wipes", "Pampers", "Sensitive", {"wipes": "624"}, 18, "en"),
    _s("baby_wipes", "Pampers", "Sensitive", {"wipes": "208"}, 7, "de"),
    _s("baby_wipes", "WaterWipes", "", {"wipes": "540"}, 25, "fr"),
    _s("baby_wipes", "Pigeon", "", {"wipes": "480"}, 12, "ja"),
    _s("baby_wipes", "Dodot", "Aqua Pure", {"wipes": "288"}, 9, "es"),
    # strollers (ja ベビーカー)
    _s("stroller", "Cybex", "Libelle", {"stroller": "lightweight", "weight": "5.9 kg"}, 300, "de"),
    _s("stroller", "Bugaboo", "Fox 5", {"stroller": "full-size", "weight": "10.2 kg"}, 1200, "en"),
    _s("stroller", "Babyzen", "YOYO2", {"stroller": "lightweight", "weight": "6.2 kg"}, 450, "fr"),
    _s("stroller", "Combi", "Sugocal α", {"stroller": "full-size", "weight": "5.3 kg"}, 350, "ja", ml={"ja": "スゴカルα"}),
    _s("stroller", "Aprica", "Luxuna", {"stroller": "full-size", "weight": "6 kg"}, 380, "ja", ml={"ja": "ラクーナ"}),
    _s("stroller", "Goodbaby", "Pockit", {"stroller": "lightweight", "weight": "4.8 kg"}, 250, "zh", ml={"zh": "口袋车 Pockit"}),
    # car seats
    _s("car_seat", "Cybex", "Sirona Z2 i-Size", {"line": "Sirona", "fit": "i-Size 40-105 cm"}, 400, "de"),
    _s("car_seat", "Maxi-Cosi", "Pebble 360", {"line": "Pebble", "fit": "i-Size 40-75 cm"}, 250, "fr"),
    _s("car_seat", "Britax Römer", "Kidfix i-Size", {"line": "Kidfix", "fit": "i-Size 100-150 cm"}, 230, "de"),
    _s("car_seat", "Joie", "i-Spin 360", {"line": "i-Spin", "fit": "i-Size 40-105 cm"}, 350, "en"),
    _s("car_seat", "Combi", "THE S", {"line": "THE S", "fit": "i-Size 40-105 cm"}, 450, "ja"),
    _s("car_seat", "Goodbaby", "", {"line": "Goodbaby", "fit": "i-Size 40-105 cm"}, 300, "zh"),
    # bodysuits (de "Body")
    _s("baby_bodysuit", "Petit Bateau", "", {"sleeve": "long", "size": "68 cm", "pack": "3"}, 40, "fr", x={"fr": ["6 mois", "lot de 3"], "en": ["3-Pack"]}),
    _s("baby_bodysuit", "Petit Bateau", "", {"sleeve": "short", "size": "68 cm", "pack": "3"}, 35, "fr", x={"fr": ["6 mois", "lot de 3"]}),
    _s("baby_bodysuit", "Carter's", "", {"sleeve": "long", "size": "68 cm", "pack": "5"}, 20, "en", x={"en": ["3-6M", "5-Pack"]}),
    _s("baby_bodysuit", "Carter's", "", {"sleeve": "long", "size": "74 cm", "pack": "5"}, 20, "en", x={"en": ["6-9M", "5-Pack"]}),
    _s("baby_bodysuit", "Sterntaler", "", {"sleeve": "long", "size": "62 cm", "pack": "2"}, 18, "de", x={"de": ["2er Pack", "Bio-Baumwolle"]}),
    _s("baby_bodysuit", "Sterntaler", "", {"sleeve": "long", "size": "68 cm", "pack": "2"}, 18, "de", x={"de": ["2er Pack", "Bio-Baumwolle"]}),
    _s("baby_bodysuit", "Balabala", "", {"sleeve": "long", "size": "66 cm", "pack": "2"}, 15, "zh", x={"zh": ["纯棉 A类", "66码"]}),
    # cribs (zh 床) vs floor mats (ja 床)
    _s("crib", "IKEA", "Sniglar", {"material": "wood", "mattress": "60x120 cm"}, 80, "de"),
    _s("crib", "Yamatoya", "", {"material": "wood", "mattress": "70x120 cm"}, 250, "ja"),
    _s("crib", "Goodbaby", "", {"material": "wood", "mattress": "60x120 cm"}, 150, "zh", x={"zh": ["可拼接大床 多功能"]}),
    _s("crib", "Stokke", "Sleepi", {"material": "wood", "mattress": "68x122 cm"}, 800, "en"),
    _s("play_mat", "Skip Hop", "", {"material": "foam", "dimensions": "120x180 cm"}, 60, "en"),
    _s("play_mat", "Baby Dan", "", {"material": "foam", "dimensions": "90x90 cm"}, 40, "de"),
    _s("play_mat", "Yamatoya", "", {"material": "foam", "dimensions": "120x160 cm"}, 50, "ja", x={"ja": ["床 保護 防音"]}),
    _s("play_mat", "Goodbaby", "", {"material": "foam", "dimensions": "180x200 cm"}, 30, "zh"),
    # bottles
    _s("baby_bottle", "Philips Avent", "Natural", {"volume": "260 ml", "material": "plastic"}, 12, "en"),
    _s("baby_bottle", "Philips Avent", "Natural", {"volume": "240 ml", "material": "glass"}, 14, "fr"),
    _s("baby_bottle", "Pigeon", "", {"volume": "240 ml", "material": "glass"}, 15, "ja", x={"ja": ["母乳実感"], "zh": ["宽口径 自然实感"]}),
    _s("baby_bottle", "Pigeon", "", {"volume": "240 ml", "material": "plastic"}, 12, "zh", x={"zh": ["宽口径 自然实感 第3代"]}),
    _s("baby_bottle", "Pigeon", "", {"volume": "160 ml", "material": "glass"}, 13, "ja", x={"ja": ["母乳実感"]}),
    _s("baby_bottle", "Dr. Brown's", "Options+", {"volume": "270 ml", "material": "plastic"}, 11, "es"),
    _s("baby_bottle", "NUK", "First Choice+", {"volume": "300 ml", "material": "plastic"}, 9, "de"),
    # pacifiers (near miss: age)
    _s("pacifier", "MAM", "Original", {"age": "0-6 months", "material": "silicone", "pack": "2"}, 9, "de"),
    _s("pacifier", "MAM", "Original", {"age": "6-16 months", "material": "silicone", "pack": "2"}, 9, "es"),
    _s("pacifier", "NUK", "Freestyle", {"age": "6-18 months", "material": "silicone", "pack": "2"}, 8, "fr"),
    _s("pacifier", "Pigeon", "", {"age": "0-3 months", "material": "silicone", "pack": "1"}, 6, "ja"),
    _s("pacifier", "MAM", "Air", {"age": "0-6 months", "material": "silicone", "pack": "2"}, 10, "zh"),
    # playpen (en "pen")
    _s("playpen", "Baby Dan", "", {"material": "wood", "dimensions": "100x100 cm"}, 120, "de"),
    _s("playpen", "Joie", "Kubbie Sleep", {"material": "plastic", "dimensions": "104x75 cm"}, 100, "en"),
    # high chair & formula
    _s("high_chair", "Stokke", "Tripp Trapp", {"material": "wood", "color": "natural"}, 260, "de"),
    _s("high_chair", "IKEA", "Antilop", {"material": "plastic", "color": "white"}, 25, "fr"),
    _s("infant_formula", "Aptamil", "Pronutra", {"stage": "stage 1", "weight": "800 g"}, 25, "de"),
    _s("infant_formula", "Aptamil", "Pronutra", {"stage": "stage 2", "weight": "800 g"}, 23, "de"),
    _s("infant_formula", "Meiji", "Hohoemi", {"stage": "stage 1", "weight": "800 g"}, 22, "ja", ml={"ja": "ほほえみ", "zh": "珍爱"}),
]
VOCAB.update({
    "natural": {"en": "Natural", "zh": "原木色", "de": "Natur", "es": "natural", "fr": "naturel", "ja": "ナチュラル"},
    "white": {"en": "White", "zh": "白色", "de": "Weiß", "es": "blanco", "fr": "blanc", "ja": "ホワイト"},
    "0-6 months": {"en": "0-6 Months", "zh": "0-6个月", "de": "0-6 Monate", "es": "0-6 meses", "fr": "0-6 mois", "ja": "0〜6ヶ月"},
    "6-16 months": {"en": "6-16 Months", "zh": "6-16个月", "de": "6-16 Monate", "es": "6-16 meses", "fr": "6-16 mois", "ja": "6〜16ヶ月"},
    "6-18 months": {"en": "6-18 Months", "zh": "6-18个月", "de": "6-18 Monate", "es": "6-18 meses", "fr": "6-18 mois", "ja": "6〜18ヶ月"},
    "0-3 months": {"en": "0-3 Months", "zh": "0-3个月", "de": "0-3 Monate", "es": "0-3 meses", "fr": "0-3 mois", "ja": "0〜3ヶ月"},
})
KEYFMT["pack"] = {"en": "", "zh": "{v}件装", "de": "", "es": "pack de {v}", "fr": "", "ja": "{v}枚組"}

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "head",
            ["diapers", "纸尿裤", "Windeln", "pañales", "couches bébé", "おむつ"],
            ["diapers"], {}, comp=["baby_wipes"]),
    _intent(2, "near_miss",
            ["pampers premium protection size 4", "帮宝适 Premium Protection 4号", "Pampers Premium Protection Größe 4", "pampers premium protection talla 4", "pampers premium protection taille 4", "パンパース Premium Protection サイズ4"],
            ["diapers"], {"line": "Premium Protection", "diaper_size": "4"}, brand=["Pampers"], relax=["line"]),
    _intent(3, "false_friend",
            ["lightweight stroller", "轻便婴儿推车 可登机", "leichter Buggy", "silla de paseo ligera", "poussette légère", "ベビーカー 軽量 コンパクト"],
            ["stroller"], {"stroller": "lightweight"}, relax=["stroller"]),
    _intent(4, "false_friend",
            ["long sleeve baby bodysuit 3-6 months", "婴儿连体衣 长袖 66码", "Baby Body Langarm Gr. 68", "body bebé manga larga 68", "body bébé manches longues 6 mois", "ロンパース 長袖 70"],
            ["baby_bodysuit"], {"sleeve": "long", "size": ["68 cm", "66 cm"]}, relax=["size"]),
    _intent(5, "false_friend",
            ["solid wood crib", "婴儿床 实木", "Babybett Massivholz", "cuna de madera maciza", "lit bébé bois massif", "ベビーベッド 木製"],
            ["crib"], {"material": "wood"}),
    _intent(6, "ambiguity",
            ["baby play pen", "宝宝游戏围栏", "Laufgitter Baby", "parque bebé corralito", "parc bébé", "ベビーサークル"],
            ["playpen"], {}),
    _intent(7, "brand_model",
            ["Cybex Sirona Z2 i-Size", "Cybex 赛百适 Sirona Z2 安全座椅", "Cybex Sirona Z2 i-Size Kindersitz", "Cybex Sirona Z2 silla coche", "Cybex Sirona Z2 siège auto", "サイベックス シローナ Z2"],
            ["car_seat"], {"line": "Sirona"}, brand=["Cybex"], relax=["line", "brand"]),
    _intent(8, "typo",
            ["pampres sensitive wipes", "帮宝是 湿巾 敏感", "Pampers Sensitiv Feuchtücher", "toallitas pampers sensitve", "lingettes pampers sensitve", "パンパース おしりふき 敏感"],
            ["baby_wipes"], {}, brand=["Pampers"], relax=["brand"]),
    _intent(9, "mixed_script",
            ["pigeon glass bottle 240ml", "Pigeon 贝亲 玻璃奶瓶 240ml", "Pigeon Glasflasche 240 ml", "biberón Pigeon vidrio 240 ml", "biberon Pigeon verre 240 ml", "ピジョン 母乳実感 240ml ガラス"],
            ["baby_bottle"], {"volume": "240 ml", "material": "glass"}, brand=["Pigeon"], relax=["brand"]),
    _intent(10, "longtail",
             ["isofix car seat from birth to 4 years rotating", "0-4岁 安全座椅 360旋转 isofix", "Reboarder Kindersitz ab Geburt drehbar Isofix", "silla coche giratoria isofix 0-4 años", "siège auto pivotant isofix 0-4 ans", "チャイルドシート 回転式 ISOFIX 新生児"],
             ["car_seat"], {"fit": "i-Size 40-105 cm"}),
    _intent(11, "near_miss",
             ["MAM pacifier 6-16 months", "MAM 安抚奶嘴 6-16个月", "MAM Schnuller 6-16 Monate", "chupete MAM 6-16 meses", "sucette MAM 6-16 mois", "MAM おしゃぶり 6〜16ヶ月"],
             ["pacifier"], {"age": "6-16 months"}, brand=["MAM"], relax=["age"]),
    _intent(12, "false_friend",
             ["baby floor play mat", "宝宝爬行垫 加厚", "Krabbelmatte Baby", "alfombra de juegos bebé", "tapis d'éveil bébé", "床 マット ベビー プレイマット"],
             ["play_mat"], {}),
]
