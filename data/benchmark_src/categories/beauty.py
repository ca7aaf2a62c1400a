"""Beauty & personal care: skin care, make-up, sun care, hair care, household paper.

Traps owned here: zh "手纸" (= toilet paper) versus ja "手紙" (= letter, see
books_stationery); make-up "primer" versus the car primer spray and "nail polish"
versus car polish (auto_parts); English "gift set" versus German "Gift" (= poison);
"body lotion" versus German "Body" (= baby bodysuit, see baby).
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "beauty"
_SEED = 4202

HIDE = {"line", "skin"}

BRANDS = {
    "Nivea": {"zh": "妮维雅", "ja": "ニベア"},
    "Olay": {"zh": "玉兰油", "ja": "オレイ"},
    "La Roche-Posay": {"zh": "理肤泉", "ja": "ラロッシュポゼ"},
    "Proya": {"zh": "珀莱雅"},
    "Shiseido": {"zh": "资生堂", "ja": "資生堂"},
    "Anessa": {"zh": "安热沙", "ja": "アネッサ"},
    "Biore": {"zh": "碧柔", "ja": "ビオレ"},
    "Vaseline": {"zh": "凡士林", "ja": "ヴァセリン"},
    "Dove": {"zh": "多芬", "ja": "ダヴ"},
    "MAC": {"zh": "魅可", "ja": "マック"},
    "Dior": {"zh": "迪奥", "ja": "ディオール"},
    "YSL": {"zh": "圣罗兰", "ja": "イヴ・サンローラン"},
    "Maybelline": {"zh": "美宝莲", "ja": "メイベリン"},
    "OPI": {"zh": "OPI", "ja": "オーピーアイ"},
    "Essie": {"zh": "埃西", "ja": "エッシー"},
    "Benefit": {"zh": "贝玲妃", "ja": "ベネフィット"},
    "Smashbox": {"ja": "スマッシュボックス"},
    "Pantene": {"zh": "潘婷", "ja": "パンテーン"},
    "Head & Shoulders": {"zh": "海飞丝", "ja": "h&s"},
    "Schwarzkopf": {"zh": "施华蔻", "ja": "シュワルツコフ"},
    "Tsubaki": {"zh": "丝蓓绮", "ja": "TSUBAKI"},
    "Avène": {"zh": "雅漾", "ja": "アベンヌ"},
    "L'Occitane": {"zh": "欧舒丹", "ja": "ロクシタン"},
    "Charmin": {"zh": "Charmin", "ja": "チャーミン"},
    "Vinda": {"zh": "维达", "ja": "ビンダ"},
    "Nepia": {"zh": "妮飘", "ja": "ネピア"},
    "Scottex": {"ja": "スコッテックス"},
    "Hada Labo": {"zh": "肌研", "ja": "肌ラボ"},
    "Garnier": {"zh": "卡尼尔", "ja": "ガルニエ"},
}

VOCAB = {
    "red": {"en": "Red", "zh": "红色", "de": "Rot", "es": "rojo", "fr": "rouge", "ja": "レッド"},
    "pink": {"en": "Pink", "zh": "粉色", "de": "Rosa", "es": "rosa", "fr": "rose", "ja": "ピンク"},
    "nude": {"en": "Nude", "zh": "裸色", "de": "Nude", "es": "nude", "fr": "nude", "ja": "ヌーディ"},
    "burgundy": {"en": "Burgundy", "zh": "酒红色", "de": "Bordeaux", "es": "burdeos", "fr": "bordeaux", "ja": "ボルドー"},
    "matte": {"en": "Matte", "zh": "哑光", "de": "matt", "es": "mate", "fr": "mat", "ja": "マット"},
    "satin": {"en": "Satin", "zh": "缎光", "de": "satiniert", "es": "satinado", "fr": "satiné", "ja": "サテン"},
    "long-wear": {"en": "Long Wear", "zh": "持久不脱色", "de": "langanhaltend", "es": "larga duración", "fr": "longue tenue", "ja": "落ちにくい"},
    "anti-dandruff": {"en": "Anti-Dandruff", "zh": "去屑", "de": "Anti-Schuppen", "es": "anticaspa", "fr": "antipelliculaire", "ja": "フケ・かゆみ防止"},
    "repair": {"en": "Repair", "zh": "修护", "de": "Repair", "es": "reparación", "fr": "réparateur", "ja": "ダメージケア"},
    "moisture": {"en": "Moisture", "zh": "滋润", "de": "Feuchtigkeit", "es": "hidratante", "fr": "hydratant", "ja": "しっとり"},
    "toilet paper": {"en": "", "zh": "", "de": "", "es": "", "fr": "", "ja": ""},
    "2-ply": {"en": "2-Ply", "zh": "双层", "de": "2-lagig", "es": "doble capa", "fr": "double épaisseur", "ja": "ダブル"},
    "3-ply": {"en": "3-Ply", "zh": "三层", "de": "3-lagig", "es": "triple capa", "fr": "3 épaisseurs", "ja": "3枚重ね"},
    "4-ply": {"en": "4-Ply", "zh": "四层加厚", "de": "4-lagig", "es": "4 capas", "fr": "4 épaisseurs", "ja": "4枚重ね"},
    "1-ply": {"en": "1-Ply", "zh": "单层", "de": "1-lagig", "es": "una capa", "fr": "1 épaisseur", "ja": "シングル"},
    "SPF50+": {"en": "SPF 50+", "zh": "SPF50+ PA++++", "de": "LSF 50+", "es": "SPF 50+", "fr": "SPF 50+", "ja": "SPF50+・PA++++"},
    "SPF50": {"en": "SPF 50", "zh": "SPF50", "de": "LSF 50", "es": "FPS 50", "fr": "SPF 50", "ja": "SPF50"},
    "SPF30": {"en": "SPF 30", "zh": "SPF30", "de": "LSF 30", "es": "FPS 30", "fr": "SPF 30", "ja": "SPF30"},
    "women": {"en": "for Women", "zh": "女士", "de": "für Damen", "es": "para mujer", "fr": "pour femme", "ja": "レディース"},
    "men": {"en": "for Men", "zh": "男士", "de": "für Herren", "es": "para hombre", "fr": "pour homme", "ja": "メンズ"},
    "skincare": {"en": "Skincare", "zh": "护肤品", "de": "Hautpflege", "es": "cuidado facial", "fr": "soin visage", "ja": "スキンケア"},
    "body care": {"en": "Body Care", "zh": "身体护理", "de": "Körperpflege", "es": "cuidado corporal", "fr": "soin du corps", "ja": "ボディケア"},
}

KEYFMT = {
    "rolls": {"en": ["{v} Rolls", "{v} Mega Rolls"], "zh": ["{v}卷", "{v}卷装"], "de": "{v} Rollen", "es": "{v} rollos", "fr": "{v} rouleaux", "ja": ["{v}ロール", "{v}R"]},
    "shade": {"zh": "#{v}", "ja": "{v}"},
    "pieces": {"en": "{v}-Piece", "zh": "{v}件套", "de": "{v}-teilig", "es": "{v} piezas", "fr": "{v} pièces", "ja": "{v}点セット"},
}

NOUN = {
    "face_cream": {"en": ["Face Cream", "Moisturizer", "Moisturising Cream"], "zh": ["面霜", "保湿霜", "润肤霜"], "de": ["Gesichtscreme", "Feuchtigkeitscreme", "Creme"], "es": ["crema hidratante", "crema facial"], "fr": ["crème hydratante", "crème visage"], "ja": ["クリーム", "保湿クリーム", "フェイスクリーム"]},
    "body_lotion": {"en": ["Body Lotion", "Body Milk"], "zh": ["身体乳", "润肤露"], "de": ["Bodylotion", "Body Milk", "Körperlotion"], "es": ["loción corporal", "body milk", "crema corporal"], "fr": ["lait corps", "lait hydratant corps"], "ja": ["ボディミルク", "ボディローション"]},
    "lipstick": {"en": ["Lipstick", "Lip Color"], "zh": ["口红", "唇膏"], "de": ["Lippenstift"], "es": ["barra de labios", "pintalabios"], "fr": ["rouge à lèvres"], "ja": ["口紅", "リップスティック"]},
    "nail_polish": {"en": ["Nail Polish", "Nail Lacquer"], "zh": ["指甲油", "甲油"], "de": ["Nagellack"], "es": ["esmalte de uñas", "laca de uñas"], "fr": ["vernis à ongles"], "ja": ["ネイルカラー", "マニキュア", "ネイルラッカー"]},
    "face_primer": {"en": ["Face Primer", "Makeup Primer"], "zh": ["妆前乳", "隔离霜 妆前打底"], "de": ["Primer", "Make-up Base"], "es": ["prebase de maquillaje", "primer facial"], "fr": ["base de teint", "primer visage"], "ja": ["化粧下地", "メイクアップベース"]},
    "sunscreen": {"en": ["Sunscreen", "Sunscreen Lotion"], "zh": ["防晒霜", "防晒乳"], "de": ["Sonnencreme", "Sonnenmilch"], "es": ["protector solar", "crema solar"], "fr": ["crème solaire", "protection solaire"], "ja": ["日焼け止め", "UVミルク"]},
    "shampoo": {"en": ["Shampoo"], "zh": ["洗发水", "洗发露"], "de": ["Shampoo"], "es": ["champú"], "fr": ["shampooing", "shampoing"], "ja": ["シャンプー"]},
    "facial_mist": {"en": ["Facial Mist", "Face Spray"], "zh": ["喷雾", "舒护活泉水喷雾"], "de": ["Thermalwasser Spray", "Gesichtsspray"], "es": ["agua termal en spray", "bruma facial"], "fr": ["eau thermale", "brume visage"], "ja": ["ミスト化粧水", "ターマルウォーター"]},
    "gift_set": {"en": ["Gift Set", "Gift Box"], "zh": ["礼盒", "护肤套装 礼盒"], "de": ["Geschenkset", "Geschenkbox"], "es": ["set de regalo", "estuche regalo"], "fr": ["coffret cadeau", "coffret"], "ja": ["ギフトセット", "コフレ"]},
    "toilet_paper": {"en": ["Toilet Paper", "Bath Tissue"], "zh": ["卷纸", "卫生纸 手纸", "厕纸"], "de": ["Toilettenpapier", "Klopapier"], "es": ["papel higiénico"], "fr": ["papier toilette", "papier hygiénique"], "ja": ["トイレットペーパー", "トイレットロール"]},
    "face_lotion": {"en": ["Hydrating Lotion", "Toner"], "zh": ["化妆水", "爽肤水"], "de": ["Gesichtswasser", "Lotion"], "es": ["tónico", "loción facial"], "fr": ["lotion tonique"], "ja": ["化粧水", "ローション"]},
}

EXTRA_ANY = {
    "en": ["Dermatologist Tested", "Cruelty Free"],
    "zh": ["官方旗舰店", "正品保证", "保税直发", "学生党", "平价好用"],
    "de": ["dermatologisch getestet", "vegan"],
    "es": ["testado dermatológicamente", "sin parabenos"],
    "fr": ["testé dermatologiquement", "sans paraben"],
    "ja": ["正規品", "送料無料", "国内正規品", "プチプラ"],
}
EXTRA = {
    "toilet_paper": {"en": ["Septic Safe", "Bulk"], "zh": ["家用实惠装", "整箱", "母婴可用"], "de": ["Vorratspack", "recycelt"], "es": ["pack ahorro"], "fr": ["maxi pack"], "ja": ["まとめ買い", "ケース販売", "ストック用"]},
    "sunscreen": {"zh": ["防水防汗", "军训"], "ja": ["ウォータープルーフ", "顔・からだ用"], "en": ["Water Resistant"], "de": ["wasserfest"]},
    "lipstick": {"zh": ["显白", "口红礼盒"], "ja": ["限定色"]},
    "nail_polish": {"zh": ["快干", "不可剥"], "ja": ["速乾"]},
    "gift_set": {"zh": ["生日礼物", "送女友"], "de": ["Weihnachten", "Geschenkidee"], "ja": ["プレゼント", "誕生日"], "en": ["Christmas"], "fr": ["idée cadeau"], "es": ["regalo original"]},
}
TAGS_JA = {"*": ["公式", "国内正規品", "送料無料", "まとめ買い"], "toilet_paper": ["ケース販売"], "sunscreen": ["2024年モデル"]}

SPECS = [
    # face cream (Nivea tins: near-miss sizes)
    _s("face_cream", "Nivea", "Creme", {"line": "Creme", "volume": "150 ml"}, 5, "de", x={"ja": ["青缶"], "zh": ["蓝罐"], "de": ["Dose"]}),
    _s("face_cream", "Nivea", "Creme", {"line": "Creme", "volume": "250 ml"}, 7, "es", x={"ja": ["青缶"], "zh": ["蓝罐"]}),
    _s("face_cream", "Nivea", "Creme", {"line": "Creme", "volume": "400 ml"}, 10, "fr", x={"ja": ["青缶 大容量"], "zh": ["蓝罐 大罐"]}),
    _s("face_cream", "Nivea", "Creme", {"line": "Creme", "volume": "169 g"}, 7, "ja", ml={"ja": "ニベアクリーム"}, x={"ja": ["大缶"], "zh": ["大蓝罐"]}),
    _s("face_cream", "Olay", "Regenerist", {"line": "Regenerist", "volume": "50 ml"}, 28, "en"),
    _s("face_cream", "La Roche-Posay", "Toleriane Sensitive", {"line": "Toleriane", "volume": "40 ml"}, 18, "fr"),
    _s("face_cream", "Proya", "", {"line": "Double Anti-Aging", "volume": "50 g"}, 40, "zh", x={"zh": ["双抗 抗初老"]}),
    _s("face_cream", "Garnier", "SkinActive", {"line": "SkinActive", "volume": "50 ml"}, 6, "es"),
    _s("face_lotion", "Hada Labo", "Gokujyun", {"line": "Gokujyun", "volume": "170 ml"}, 8, "ja", ml={"ja": "極潤", "zh": "极润"}),
    _s("face_lotion", "Shiseido", "Elixir", {"line": "Elixir", "volume": "170 ml"}, 30, "zh", ml={"ja": "エリクシール", "zh": "怡丽丝尔"}),
    # body lotion
    _s("body_lotion", "Nivea", "Body Milk", {"line": "Body Milk", "volume": "400 ml"}, 6, "de"),
    _s("body_lotion", "Nivea", "Body Milk", {"line": "Body Milk", "volume": "250 ml"}, 4, "es"),
    _s("body_lotion", "Vaseline", "Intensive Care", {"line": "Intensive Care", "volume": "400 ml"}, 6, "en"),
    _s("body_lotion", "Vaseline", "Intensive Care", {"line": "Intensive Care", "volume": "725 ml"}, 10, "en"),
    _s("body_lotion", "Dove", "", {"line": "Essential", "volume": "400 ml"}, 5, "fr"),
    _s("body_lotion", "Vaseline", "", {"line": "Healthy Bright", "volume": "350 ml"}, 6, "zh", x={"zh": ["VC亮肤 烟酰胺"]}),
    # lipstick
    _s("lipstick", "MAC", "Ruby Woo", {"shade": "Ruby Woo", "color": "red", "finish": "matte"}, 22, "en"),
    _s("lipstick", "MAC", "Chili", {"shade": "Chili", "color": "burgundy", "finish": "matte"}, 22, "zh"),
    _s("lipstick", "MAC", "Velvet Teddy", {"shade": "Velvet Teddy", "color": "nude", "finish": "matte"}, 22, "ja"),
    _s("lipstick", "Dior", "Rouge Dior 999", {"shade": "999", "color": "red", "finish": "satin"}, 45, "fr"),
    _s("lipstick", "YSL", "Rouge Pur Couture 01", {"shade": "01", "color": "red", "finish": "satin"}, 42, "zh", x={"zh": ["方管"]}),
    _s("lipstick", "Maybelline", "SuperStay Matte Ink 20", {"shade": "20", "color": "red", "finish": "long-wear"}, 10, "de"),
    _s("lipstick", "Maybelline", "SuperStay Matte Ink 65", {"shade": "65", "color": "pink", "finish": "long-wear"}, 10, "es"),
    # nail polish
    _s("nail_polish", "OPI", "Big Apple Red", {"shade": "Big Apple Red", "color": "red", "volume": "15 ml"}, 12, "en"),
    _s("nail_polish", "OPI", "Malaga Wine", {"shade": "Malaga Wine", "color": "burgundy", "volume": "15 ml"}, 12, "de"),
    _s("nail_polish", "Essie", "Ballet Slippers", {"shade": "Ballet Slippers", "color": "pink", "volume": "13.5 ml"}, 9, "fr"),
    _s("nail_polish", "Essie", "Really Red", {"shade": "Really Red", "color": "red", "volume": "13.5 ml"}, 9, "es"),
    _s("nail_polish", "Maybelline", "Fast Gel", {"shade": "Red Punch", "color": "red", "volume": "6.7 ml"}, 5, "ja"),
    # primer
    _s("face_primer", "Benefit", "The POREfessional", {"line": "POREfessional", "volume": "22 ml"}, 32, "en"),
    _s("face_primer", "Smashbox", "Photo Finish", {"line": "Photo Finish", "volume": "30 ml"}, 36, "de"),
    _s("face_primer", "Maybelline", "Baby Skin", {"line": "Baby Skin", "volume": "22 ml"}, 8, "fr"),
    # sunscreen
    _s("sunscreen", "Anessa", "Perfect UV Skincare Milk", {"line": "Perfect UV", "spf": "SPF50+", "volume": "60 ml"}, 25, "ja", ml={"ja": "パーフェクトUV スキンケアミルク", "zh": "小金瓶"}),
    _s("sunscreen", "Anessa", "Perfect UV Skincare Milk", {"line": "Perfect UV", "spf": "SPF50+", "volume": "90 ml"}, 33, "zh", ml={"ja": "パーフェクトUV スキンケアミルク", "zh": "小金瓶 大容量"}),
    _s("sunscreen", "Biore", "UV Aqua Rich Watery Essence", {"line": "UV Aqua Rich", "spf": "SPF50+", "volume": "50 g"}, 9, "ja", ml={"ja": "UV アクアリッチ ウォータリーエッセンス", "zh": "水活防晒"}),
    _s("sunscreen", "La Roche-Posay", "Anthelios UVMune 400", {"line": "Anthelios", "spf": "SPF50+", "volume": "50 ml"}, 22, "fr"),
    _s("sunscreen", "La Roche-Posay", "Anthelios XL", {"line": "Anthelios", "spf": "SPF50", "volume": "250 ml"}, 28, "es"),
    _s("sunscreen", "Nivea", "Sun Protect & Moisture", {"line": "Sun", "spf": "SPF30", "volume": "200 ml"}, 9, "de"),
    _s("sunscreen", "Nivea", "Sun Protect & Moisture", {"line": "Sun", "spf": "SPF50", "volume": "200 ml"}, 10, "de"),
    # shampoo
    _s("shampoo", "Head & Shoulders", "Classic Clean", {"concern": "anti-dandruff", "volume": "400 ml"}, 7, "en"),
    _s("shampoo", "Head & Shoulders", "", {"concern": "anti-dandruff", "volume": "750 ml"}, 12, "zh", x={"zh": ["清爽控油"]}),
    _s("shampoo", "Pantene", "Pro-V Repair & Care", {"concern": "repair", "volume": "400 ml"}, 6, "es"),
    _s("shampoo", "Schwarzkopf", "Schauma", {"concern": "moisture", "volume": "400 ml"}, 3, "de"),
    _s("shampoo", "Tsubaki", "Premium Moist", {"concern": "moisture", "volume": "490 ml"}, 9, "ja", ml={"ja": "プレミアムモイスト"}),
    _s("shampoo", "Garnier", "Fructis Anti-Pelliculaire", {"concern": "anti-dandruff", "volume": "250 ml"}, 4, "fr"),
    # facial mist
    _s("facial_mist", "Avène", "Eau Thermale", {"line": "Eau Thermale", "volume": "300 ml"}, 14, "fr"),
    _s("facial_mist", "Avène", "Eau Thermale", {"line": "Eau Thermale", "volume": "150 ml"}, 9, "zh"),
    _s("facial_mist", "La Roche-Posay", "Eau Thermale", {"line": "Eau Thermale", "volume": "300 ml"}, 13, "de"),
    # gift sets (en "gift" vs de "Gift")
    _s("gift_set", "Nivea", "", {"target": "women", "content": "skincare", "pieces": "4"}, 20, "de"),
    _s("gift_set", "Nivea", "Men", {"target": "men", "content": "skincare", "pieces": "3"}, 18, "de"),
    _s("gift_set", "L'Occitane", "Shea Butter", {"target": "women", "content": "body care", "pieces": "5"}, 45, "fr"),
    _s("gift_set", "Olay", "", {"target": "women", "content": "skincare", "pieces": "3"}, 38, "zh"),
    _s("gift_set", "Dove", "", {"target": "women", "content": "body care", "pieces": "4"}, 15, "en"),
    # toilet paper (zh "手纸")
    _s("toilet_paper", "Charmin", "Ultra Soft", {"ply": "2-ply", "rolls": "24"}, 28, "en"),
    _s("toilet_paper", "Charmin", "Ultra Strong", {"ply": "2-ply", "rolls": "12"}, 15, "en"),
    _s("toilet_paper", "Vinda", "", {"ply": "4-ply", "rolls": "27"}, 8, "zh", x={"zh": ["有芯卷纸 140g"]}),
    _s("toilet_paper", "Vinda", "", {"ply": "3-ply", "rolls": "10"}, 4, "zh", x={"zh": ["无芯卷纸"]}),
    _s("toilet_paper", "Tempo", "Premium", {"ply": "4-ply", "rolls": "16"}, 9, "de"),
    _s("toilet_paper", "Scottex", "Original", {"ply": "2-ply", "rolls": "24"}, 12, "es"),
    _s("toilet_paper", "Lotus", "Confort", {"ply": "3-ply", "rolls": "12"}, 7, "fr"),
    _s("toilet_paper", "Nepia", "Premium Soft", {"ply": "2-ply", "rolls": "12"}, 5, "ja", ml={"ja": "プレミアムソフト"}, x={"ja": ["30m"]}),
    _s("toilet_paper", "Nepia", "", {"ply": "1-ply", "rolls": "12"}, 4, "ja", x={"ja": ["60m 長持ち"]}),
]

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "head",
            ["sunscreen spf 50", "防晒霜 SPF50", "Sonnencreme LSF 50", "protector solar 50", "crème solaire spf 50", "日焼け止め SPF50+"],
            ["sunscreen"], {"spf": ["SPF50", "SPF50+"]}, relax=["spf"]),
    _intent(2, "brand_model",
            ["Anessa Perfect UV 60ml", "安热沙 小金瓶 60ml", "Anessa Perfect UV Milch 60 ml", "Anessa Perfect UV 60ml", "Anessa Perfect UV lait 60 ml", "アネッサ パーフェクトUV スキンケアミルク 60mL"],
            ["sunscreen"], {"line": "Perfect UV", "volume": "60 ml"}, brand=["Anessa"], relax=["volume"]),
    _intent(3, "mixed_script",
            ["nivea creme tin", "Nivea 妮维雅 蓝罐 面霜", "Nivea Creme Dose", "nivea crema lata azul", "Nivea crème boîte bleue", "ニベア cream 青缶"],
            ["face_cream"], {"line": "Creme"}, brand=["Nivea"], relax=["line"]),
    _intent(4, "near_miss",
            ["nivea creme 400ml", "妮维雅 蓝罐 400ml 大罐", "Nivea Creme 400 ml", "nivea crema 400 ml", "nivea crème 400 ml", "ニベア 青缶 400ml"],
            ["face_cream"], {"line": "Creme", "volume": "400 ml"}, brand=["Nivea"], relax=["volume"]),
    _intent(5, "ambiguity",
            ["primer for pores", "妆前乳 控油 隐形毛孔", "Primer Make-up Poren", "primer maquillaje poros", "base de teint pores", "化粧下地 毛穴"],
            ["face_primer"], {}),
    _intent(6, "ambiguity",
            ["red nail polish", "红色指甲油", "Nagellack rot", "esmalte de uñas rojo", "vernis à ongles rouge", "マニキュア 赤"],
            ["nail_polish"], {"color": "red"}, relax=["color"]),
    _intent(7, "false_friend",
            ["toilet paper 24 rolls", "手纸 卷纸 家用实惠装", "Toilettenpapier 24 Rollen", "papel higiénico 24 rollos", "papier toilette 24 rouleaux", "トイレットペーパー 24ロール"],
            ["toilet_paper"], {"rolls": "24"}, relax=["rolls"]),
    _intent(8, "false_friend",
            ["skincare gift set for her", "护肤品礼盒 女士", "Geschenkset Hautpflege Damen", "set regalo cuidado facial mujer", "coffret cadeau soin visage femme", "スキンケア ギフトセット レディース"],
            ["gift_set"], {"target": "women", "content": "skincare"}, relax=["content"]),
    _intent(9, "typo",
            ["la roche posey anthelios", "理肤泉 大哥大 防晒 anthelio", "La Roche Posey Anthelios", "la roche posai anthelios", "la roche posey anthélios", "ラロッシュポゼ アンテリオス uv"],
            ["sunscreen"], {"line": "Anthelios"}, brand=["La Roche-Posay"], relax=["line", "brand"]),
    _intent(10, "longtail",
             ["anti dandruff shampoo 400ml", "去屑洗发水 400ml 男士", "Anti-Schuppen Shampoo 400 ml", "champú anticaspa 400 ml", "shampoing antipelliculaire 400 ml", "フケ かゆみ シャンプー 400ml"],
             ["shampoo"], {"concern": "anti-dandruff", "volume": "400 ml"}, relax=["volume"]),
    _intent(11, "brand_model",
             ["MAC Ruby Woo lipstick", "MAC魅可 Ruby Woo 口红", "MAC Lippenstift Ruby Woo", "MAC barra de labios Ruby Woo", "MAC rouge à lèvres Ruby Woo", "MAC ルビーウー 口紅"],
             ["lipstick"], {"shade": "Ruby Woo"}, brand=["MAC"], relax=["shade"]),
    _intent(12, "longtail",
             ["body lotion dry skin 400ml", "身体乳 保湿 400ml", "Bodylotion trockene Haut 400 ml", "loción corporal piel seca 400 ml", "lait corps peau sèche 400 ml", "ボディミルク 乾燥肌 400ml"],
             ["body_lotion"], {"volume": "400 ml"}, relax=["volume"]),
]
