"""Sports & outdoor: climbing, yoga, fitness, cycling, camping, ball and racket sports.

Traps owned here: Spanish "ropa" (= clothes) versus English "rope" (climbing rope and
climbing trousers both listed); "cricket" bats versus feeder crickets (pets); bicycle
helmets versus ja "バイク" (= motorcycle, see auto_parts); near-miss mat thickness,
ball size and tent capacity.
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "sports_outdoor"
_SEED = 4404

HIDE = {"line"}

BRANDS = {
    "Mammut": {"zh": "猛犸象", "ja": "マムート"},
    "Edelrid": {"ja": "エーデルリッド"},
    "Beal": {"ja": "ベアール"},
    "Petzl": {"zh": "攀索", "ja": "ペツル"},
    "Black Diamond": {"zh": "黑钻", "ja": "ブラックダイヤモンド"},
    "prAna": {"ja": "プラナ"},
    "Decathlon": {"zh": "迪卡侬", "ja": "デカトロン"},
    "Manduka": {"zh": "Manduka", "ja": "マンドゥカ"},
    "Lululemon": {"zh": "露露乐蒙", "ja": "ルルレモン"},
    "Gaiam": {"ja": "ガイアム"},
    "Bowflex": {"zh": "Bowflex", "ja": "ボウフレックス"},
    "Giro": {"ja": "ジロ"},
    "Abus": {"zh": "ABUS", "ja": "アバス"},
    "Uvex": {"ja": "ウベックス"},
    "OGK Kabuto": {"zh": "OGK", "ja": "OGKカブト"},
    "Coleman": {"zh": "科勒曼", "ja": "コールマン"},
    "MSR": {"ja": "MSR"},
    "Snow Peak": {"zh": "雪峰", "ja": "スノーピーク"},
    "Naturehike": {"zh": "挪客", "ja": "ネイチャーハイク"},
    "Deuter": {"zh": "多特", "ja": "ドイター"},
    "Adidas": {"zh": "阿迪达斯", "ja": "アディダス"},
    "Molten": {"zh": "摩腾", "ja": "モルテン"},
    "Nike": {"zh": "耐克", "ja": "ナイキ"},
    "Wilson": {"zh": "威尔胜", "ja": "ウイルソン"},
    "Babolat": {"zh": "百保力", "ja": "バボラ"},
    "Yonex": {"zh": "尤尼克斯", "ja": "ヨネックス"},
    "Li-Ning": {"zh": "李宁", "ja": "リーニン"},
    "Gray-Nicolls": {"ja": "グレイニコルズ"},
    "Kookaburra": {"ja": "クッカバラ"},
    "Nalgene": {"zh": "乐基因", "ja": "ナルゲン"},
    "Hydro Flask": {"zh": "Hydro Flask", "ja": "ハイドロフラスク"},
    "Thermos": {"zh": "膳魔师", "ja": "サーモス"},
    "Leki": {"ja": "レキ"},
}

VOCAB = {
    "black": {"en": "Black", "zh": "黑色", "de": "Schwarz", "es": "negro", "fr": "noir", "ja": "ブラック"},
    "purple": {"en": "Purple", "zh": "紫色", "de": "Lila", "es": "morado", "fr": "violet", "ja": "パープル"},
    "blue": {"en": "Blue", "zh": "蓝色", "de": "Blau", "es": "azul", "fr": "bleu", "ja": "ブルー"},
    "green": {"en": "Green", "zh": "绿色", "de": "Grün", "es": "verde", "fr": "vert", "ja": "グリーン"},
    "grey": {"en": "Grey", "zh": "灰色", "de": "Grau", "es": "gris", "fr": "gris", "ja": "グレー"},
    "PVC": {"en": "PVC", "zh": "PVC", "de": "PVC", "es": "PVC", "fr": "PVC", "ja": "PVC"},
    "TPE": {"en": "TPE", "zh": "TPE", "de": "TPE", "es": "TPE", "fr": "TPE", "ja": "TPE"},
    "natural rubber": {"en": "Natural Rubber", "zh": "天然橡胶", "de": "Naturkautschuk", "es": "caucho natural", "fr": "caoutchouc naturel", "ja": "天然ゴム"},
    "NBR": {"en": "NBR Foam", "zh": "NBR加厚", "de": "NBR", "es": "NBR", "fr": "NBR", "ja": "NBR"},
    "adjustable": {"en": "Adjustable", "zh": "可调节", "de": "verstellbar", "es": "ajustable", "fr": "réglable", "ja": "可変式"},
    "fixed": {"en": "Neoprene", "zh": "包胶", "de": "Neopren", "es": "neopreno", "fr": "néoprène", "ja": "ネオプレン"},
    "3-season": {"en": "3-Season", "zh": "三季", "de": "3-Jahreszeiten", "es": "3 estaciones", "fr": "3 saisons", "ja": "3シーズン"},
    "4-season": {"en": "4-Season", "zh": "四季 防寒", "de": "4-Jahreszeiten", "es": "4 estaciones", "fr": "4 saisons", "ja": "4シーズン"},
    "men": {"en": "Men's", "zh": "男款", "de": "Herren", "es": "hombre", "fr": "homme", "ja": "メンズ"},
    "women": {"en": "Women's", "zh": "女款", "de": "Damen", "es": "mujer", "fr": "femme", "ja": "レディース"},
    "adult": {"en": "Adult", "zh": "成人", "de": "Erwachsene", "es": "adulto", "fr": "adulte", "ja": "大人用"},
    "kids": {"en": "Kids", "zh": "儿童", "de": "Kinder", "es": "infantil", "fr": "enfant", "ja": "子供用"},
    "dry": {"en": "Dry Treated", "zh": "防水处理", "de": "Dry", "es": "tratamiento dry", "fr": "traitement dry", "ja": "ドライ加工"},
    "standard": {"en": "", "zh": "", "de": "", "es": "", "fr": "", "ja": ""},
}

KEYFMT = {
    "thickness": {"en": "{v} Thick", "zh": "{v}加厚", "de": "{v} dick", "es": "{v} de grosor", "fr": "épaisseur {v}", "ja": "厚さ{v}"},
    "persons": {"en": ["{v} Person", "{v}-Person"], "zh": ["{v}人", "{v}人帐篷"], "de": ["für {v} Personen", "{v} Personen"], "es": "{v} personas", "fr": "{v} places", "ja": "{v}人用"},
    "size": {"en": "Size {v}", "zh": "{v}号", "de": "Größe {v}", "es": "talla {v}", "fr": "taille {v}", "ja": "{v}サイズ"},
    "ball_size": {"en": "Size {v}", "zh": "{v}号球", "de": "Größe {v}", "es": "talla {v}", "fr": "taille {v}", "ja": "{v}号球"},
    "comfort": {"en": "Comfort {v}", "zh": "舒适温度{v}", "de": "Komfort {v}", "es": "confort {v}", "fr": "confort {v}", "ja": "快適温度{v}"},
    "weight": {"ja": "{v}"},
    "head": {"en": "{v} Head", "zh": "拍面{v}", "de": "Kopf {v}", "es": "cabeza {v}", "fr": "tamis {v}", "ja": "フェイス{v}"},
    "lumens": {"en": "{v} Lumens", "zh": "{v}流明", "de": "{v} Lumen", "es": "{v} lúmenes", "fr": "{v} lumens", "ja": "{v}ルーメン"},
}

NOUN = {
    "climbing_rope": {"en": ["Dynamic Climbing Rope", "Climbing Rope"], "zh": ["攀岩绳", "动力绳 登山绳"], "de": ["Kletterseil", "Einfachseil"], "es": ["cuerda de escalada", "cuerda dinámica"], "fr": ["corde d'escalade", "corde dynamique"], "ja": ["クライミングロープ", "ダイナミックロープ"]},
    "climbing_pants": {"en": ["Climbing Pants", "Climbing Trousers"], "zh": ["攀岩裤", "户外攀登长裤"], "de": ["Kletterhose", "Boulderhose"], "es": ["pantalón de escalada", "ropa de escalada"], "fr": ["pantalon d'escalade"], "ja": ["クライミングパンツ", "ボルダリング パンツ"]},
    "yoga_mat": {"en": ["Yoga Mat", "Exercise Mat"], "zh": ["瑜伽垫", "健身垫 防滑"], "de": ["Yogamatte", "Gymnastikmatte"], "es": ["esterilla de yoga", "esterilla yoga"], "fr": ["tapis de yoga"], "ja": ["ヨガマット", "トレーニングマット"]},
    "dumbbell": {"en": ["Dumbbells", "Dumbbell Set"], "zh": ["哑铃", "哑铃套装"], "de": ["Hanteln", "Kurzhantel Set"], "es": ["mancuernas", "set de mancuernas"], "fr": ["haltères", "paire d'haltères"], "ja": ["ダンベル"]},
    "bicycle_helmet": {"en": ["Bike Helmet", "Cycling Helmet"], "zh": ["自行车头盔", "骑行头盔"], "de": ["Fahrradhelm", "Radhelm"], "es": ["casco de bicicleta", "casco ciclismo"], "fr": ["casque vélo", "casque de vélo"], "ja": ["自転車 ヘルメット", "サイクルヘルメット"]},
    "tent": {"en": ["Tent", "Camping Tent", "Backpacking Tent"], "zh": ["帐篷", "露营帐篷"], "de": ["Zelt", "Campingzelt"], "es": ["tienda de campaña"], "fr": ["tente", "tente de camping"], "ja": ["テント", "ドームテント"]},
    "sleeping_bag": {"en": ["Sleeping Bag"], "zh": ["睡袋"], "de": ["Schlafsack"], "es": ["saco de dormir"], "fr": ["sac de couchage"], "ja": ["寝袋", "シュラフ"]},
    "football": {"en": ["Soccer Ball", "Football"], "zh": ["足球"], "de": ["Fußball", "Ball"], "es": ["balón de fútbol", "balón"], "fr": ["ballon de foot", "ballon de football"], "ja": ["サッカーボール"]},
    "tennis_racket": {"en": ["Tennis Racket", "Tennis Racquet"], "zh": ["网球拍"], "de": ["Tennisschläger"], "es": ["raqueta de tenis"], "fr": ["raquette de tennis"], "ja": ["テニスラケット", "硬式テニスラケット"]},
    "badminton_racket": {"en": ["Badminton Racket"], "zh": ["羽毛球拍", "羽毛球拍 单拍"], "de": ["Badmintonschläger"], "es": ["raqueta de bádminton"], "fr": ["raquette de badminton"], "ja": ["バドミントンラケット"]},
    "cricket_bat": {"en": ["Cricket Bat", "English Willow Cricket Bat"], "zh": ["板球拍"], "de": ["Cricketschläger"], "es": ["bate de críquet"], "fr": ["batte de cricket"], "ja": ["クリケットバット"]},
    "water_bottle": {"en": ["Water Bottle", "Sports Bottle"], "zh": ["运动水杯", "保温杯", "水壶"], "de": ["Trinkflasche", "Wasserflasche"], "es": ["botella de agua", "cantimplora"], "fr": ["gourde", "bouteille d'eau"], "ja": ["水筒", "ボトル"]},
    "trekking_poles": {"en": ["Trekking Poles"], "zh": ["登山杖"], "de": ["Trekkingstöcke", "Wanderstöcke"], "es": ["bastones de trekking"], "fr": ["bâtons de randonnée"], "ja": ["トレッキングポール"]},
    "headlamp": {"en": ["Headlamp", "Head Torch"], "zh": ["头灯"], "de": ["Stirnlampe"], "es": ["linterna frontal"], "fr": ["lampe frontale"], "ja": ["ヘッドライト", "ヘッドランプ"]},
}

EXTRA_ANY = {
    "en": ["Outdoor", "Lightweight"],
    "zh": ["户外", "专业级", "官方旗舰", "新款", "包邮"],
    "de": ["Outdoor", "leicht"],
    "es": ["deporte", "ligero"],
    "fr": ["sport", "léger"],
    "ja": ["アウトドア", "正規品", "軽量"],
}
EXTRA = {
    "yoga_mat": {"zh": ["防滑", "初学者"], "ja": ["滑り止め", "収納ケース付き"], "de": ["rutschfest"], "en": ["Non-Slip"], "es": ["antideslizante"], "fr": ["antidérapant"]},
    "tent": {"zh": ["防雨", "速开"], "ja": ["キャンプ", "ソロキャンプ"]},
    "climbing_rope": {"zh": ["UIAA认证"], "de": ["UIAA"], "en": ["UIAA Certified"], "ja": ["UIAA認証"]},
}
TAGS_JA = {"*": ["正規品", "送料無料", "日本正規品", "公式"]}

SPECS = [
    # climbing rope vs es "ropa"
    _s("climbing_rope", "Mammut", "9.5 Crag Classic", {"diameter": "9.5 mm", "length": "60 m", "treatment": "standard"}, 150, "de"),
    _s("climbing_rope", "Mammut", "9.5 Crag Classic", {"diameter": "9.5 mm", "length": "70 m", "treatment": "standard"}, 175, "fr"),
    _s("climbing_rope", "Edelrid", "Boa 9.8", {"diameter": "9.8 mm", "length": "60 m", "treatment": "standard"}, 140, "de"),
    _s("climbing_rope", "Beal", "Joker 9.1", {"diameter": "9.1 mm", "length": "60 m", "treatment": "dry"}, 220, "fr"),
    _s("climbing_rope", "Petzl", "Arial 9.5", {"diameter": "9.5 mm", "length": "60 m", "treatment": "dry"}, 230, "es"),
    _s("climbing_rope", "Decathlon", "Simond Edge", {"diameter": "9.5 mm", "length": "40 m", "treatment": "standard"}, 70, "es"),
    # climbing trousers (es "ropa de escalada")
    _s("climbing_pants", "Black Diamond", "Notion", {"gender": "men", "size": "M"}, 80, "en"),
    _s("climbing_pants", "prAna", "Stretch Zion", {"gender": "men", "size": "L"}, 90, "en"),
    _s("climbing_pants", "Mammut", "Massone", {"gender": "women", "size": "S"}, 95, "de"),
    _s("climbing_pants", "Decathlon", "Simond", {"gender": "men", "size": "M"}, 30, "es"),
    # yoga mats (thickness near misses)
    _s("yoga_mat", "Manduka", "PRO", {"thickness": "6 mm", "color": "black", "material": "PVC"}, 120, "en"),
    _s("yoga_mat", "Lululemon", "The Mat 5mm", {"thickness": "5 mm", "color": "black", "material": "natural rubber"}, 98, "zh"),
    _s("yoga_mat", "Gaiam", "Premium", {"thickness": "6 mm", "color": "purple", "material": "PVC"}, 30, "en"),
    _s("yoga_mat", "Gaiam", "Essentials", {"thickness": "10 mm", "color": "blue", "material": "NBR"}, 25, "fr"),
    _s("yoga_mat", "Decathlon", "Domyos", {"thickness": "8 mm", "color": "green", "material": "TPE"}, 20, "fr"),
    _s("yoga_mat", "Decathlon", "Domyos", {"thickness": "4 mm", "color": "grey", "material": "TPE"}, 12, "es"),
    _s("yoga_mat", "Keep", "", {"thickness": "6 mm", "color": "purple", "material": "TPE"}, 15, "zh"),
    _s("yoga_mat", "La-VIE", "", {"thickness": "6 mm", "color": "grey", "material": "TPE"}, 20, "ja"),
    # dumbbells
    _s("dumbbell", "Bowflex", "SelectTech 552", {"type": "adjustable", "weight": "2-24 kg"}, 430, "en"),
    _s("dumbbell", "Decathlon", "Domyos", {"type": "fixed", "weight": "2 x 5 kg"}, 30, "fr"),
    _s("dumbbell", "Decathlon", "Domyos", {"type": "fixed", "weight": "2 x 10 kg"}, 50, "de"),
    _s("dumbbell", "Keep", "", {"type": "adjustable", "weight": "2 x 20 kg"}, 60, "zh"),
    # bicycle helmets
    _s("bicycle_helmet", "Giro", "Register MIPS", {"user": "adult", "size": "M"}, 60, "en"),
    _s("bicycle_helmet", "Abus", "Hyban 2.0", {"user": "adult", "size": "L"}, 50, "de"),
    _s("bicycle_helmet", "Uvex", "Kid 3", {"user": "kids", "size": "S"}, 40, "de"),
    _s("bicycle_helmet", "OGK Kabuto", "", {"user": "adult", "size": "M"}, 45, "ja", x={"ja": ["SGマーク 努力義務"]}),
    # tents
    _s("tent", "Coleman", "Sundome", {"persons": "2", "season": "3-season"}, 70, "en"),
    _s("tent", "Coleman", "Sundome", {"persons": "4", "season": "3-season"}, 100, "en"),
    _s("tent", "MSR", "Hubba Hubba NX 2", {"line": "Hubba Hubba", "persons": "2", "season": "3-season"}, 500, "de"),
    _s("tent", "MSR", "Hubba NX 1", {"line": "Hubba Hubba", "persons": "1", "season": "3-season"}, 450, "fr"),
    _s("tent", "Decathlon", "Quechua 2 Seconds", {"persons": "3", "season": "3-season"}, 90, "fr"),
    _s("tent", "Snow Peak", "Amenity Dome M", {"persons": "5", "season": "3-season"}, 300, "ja", ml={"ja": "アメニティドーム M"}),
    _s("tent", "Naturehike", "Cloud Up 2", {"persons": "2", "season": "4-season"}, 120, "zh", ml={"zh": "云尚2"}),
    # sleeping bags
    _s("sleeping_bag", "Deuter", "Orbit 0°", {"comfort": "5 °C"}, 100, "de"),
    _s("sleeping_bag", "Naturehike", "", {"comfort": "-5 °C"}, 60, "zh"),
    _s("sleeping_bag", "Snow Peak", "", {"comfort": "0 °C"}, 150, "ja"),
    # footballs (near miss: size)
    _s("football", "Adidas", "Al Rihla League", {"ball_size": "5"}, 30, "es"),
    _s("football", "Molten", "Vantaggio", {"ball_size": "5"}, 40, "ja"),
    _s("football", "Molten", "Vantaggio", {"ball_size": "4"}, 35, "ja"),
    _s("football", "Nike", "Strike", {"ball_size": "5"}, 25, "en"),
    _s("football", "Nike", "Strike", {"ball_size": "3"}, 22, "fr"),
    # tennis
    _s("tennis_racket", "Wilson", "Pro Staff 97 v14", {"line": "Pro Staff 97", "weight": "315 g", "head": "97 sq in"}, 250, "en"),
    _s("tennis_racket", "Wilson", "Clash 100 v2", {"line": "Clash 100", "weight": "295 g", "head": "100 sq in"}, 230, "de"),
    _s("tennis_racket", "Babolat", "Pure Drive", {"line": "Pure Drive", "weight": "300 g", "head": "100 sq in"}, 240, "fr"),
    _s("tennis_racket", "Yonex", "EZONE 100", {"line": "EZONE 100", "weight": "300 g", "head": "100 sq in"}, 260, "ja"),
    # badminton
    _s("badminton_racket", "Yonex", "Astrox 88D Pro", {"line": "Astrox 88D", "weight": "4U"}, 220, "ja", ml={"ja": "アストロクス88D プロ", "zh": "天斧88D Pro"}),
    _s("badminton_racket", "Yonex", "Astrox 88S Pro", {"line": "Astrox 88S", "weight": "4U"}, 220, "zh", ml={"ja": "アストロクス88S プロ", "zh": "天斧88S Pro"}),
    _s("badminton_racket", "Li-Ning", "Axforce 80", {"line": "Axforce 80", "weight": "4U"}, 150, "zh", ml={"zh": "雷霆80"}),
    # cricket (vs feeder crickets)
    _s("cricket_bat", "Gray-Nicolls", "Legend", {"willow": "English willow", "bat_size": "Short Handle"}, 300, "en"),
    _s("cricket_bat", "Kookaburra", "Kahuna", {"willow": "Kashmir willow", "bat_size": "Short Handle"}, 80, "en"),
    # bottles
    _s("water_bottle", "Nalgene", "Wide Mouth", {"volume": "1 L", "insulated": "no"}, 15, "en"),
    _s("water_bottle", "Hydro Flask", "Wide Mouth", {"volume": "946 ml", "insulated": "yes"}, 45, "en"),
    _s("water_bottle", "Thermos", "FFZ", {"volume": "500 ml", "insulated": "yes"}, 25, "ja", x={"ja": ["真空断熱 スポーツボトル"]}),
    _s("water_bottle", "Thermos", "FFZ", {"volume": "1 L", "insulated": "yes"}, 35, "ja", x={"ja": ["真空断熱 スポーツボトル"]}),
    # trekking & lights
    _s("trekking_poles", "Leki", "Makalu FX", {"material": "aluminium", "length": "110-130 cm"}, 120, "de"),
    _s("trekking_poles", "Black Diamond", "Trail", {"material": "aluminium", "length": "100-140 cm"}, 90, "en"),
    _s("headlamp", "Petzl", "Tikka", {"lumens": "350"}, 30, "fr"),
    _s("headlamp", "Black Diamond", "Spot 400", {"lumens": "400"}, 40, "es"),
    _s("headlamp", "Petzl", "Actik Core", {"lumens": "600"}, 60, "zh"),
    _s("tent", "Decathlon", "Quechua MH100", {"persons": "2", "season": "3-season"}, 40, "es"),
    _s("climbing_rope", "Beal", "Karma 9.8", {"diameter": "9.8 mm", "length": "60 m", "treatment": "standard"}, 120, "zh"),
]
VOCAB.update({
    "yes": {"en": "Insulated", "zh": "真空保温", "de": "isoliert", "es": "térmica", "fr": "isotherme", "ja": "保冷"},
    "no": {"en": "BPA Free", "zh": "不含BPA", "de": "BPA-frei", "es": "sin BPA", "fr": "sans BPA", "ja": "BPAフリー"},
    "aluminium": {"en": "Aluminium", "zh": "铝合金", "de": "Aluminium", "es": "aluminio", "fr": "aluminium", "ja": "アルミ"},
    "English willow": {"zh": "英国柳木", "de": "englische Weide", "es": "sauce inglés", "fr": "saule anglais", "ja": "イングリッシュウィロー"},
    "Kashmir willow": {"zh": "克什米尔柳木", "de": "Kaschmir-Weide", "es": "sauce de Cachemira", "fr": "saule du Cachemire", "ja": "カシミールウィロー"},
})

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "head",
            ["yoga mat", "瑜伽垫", "Yogamatte", "esterilla yoga", "tapis de yoga", "ヨガマット"],
            ["yoga_mat"], {}),
    _intent(2, "near_miss",
            ["yoga mat 6mm thick", "瑜伽垫 6mm 防滑", "Yogamatte 6 mm", "esterilla yoga 6 mm", "tapis de yoga 6 mm", "ヨガマット 6mm"],
            ["yoga_mat"], {"thickness": "6 mm"}, relax=["thickness"]),
    _intent(3, "false_friend",
            ["climbing pants men", "攀岩裤 男", "Kletterhose Herren", "ropa de escalada hombre", "pantalon escalade homme", "クライミングパンツ メンズ"],
            ["climbing_pants"], {"gender": "men"}, relax=["gender"]),
    _intent(4, "longtail",
            ["dynamic climbing rope 9.5mm 60m", "攀岩动力绳 9.5mm 60米", "Kletterseil 9,5 mm 60 m", "cuerda de escalada 9,5 mm 60 m", "corde d'escalade 9,5 mm 60 m", "クライミングロープ 9.5mm 60m"],
            ["climbing_rope"], {"diameter": "9.5 mm", "length": "60 m"}, relax=["diameter"]),
    _intent(5, "ambiguity",
            ["cricket bat", "板球拍", "Cricket Schläger", "bate de cricket", "batte de cricket", "クリケット バット"],
            ["cricket_bat"], {}),
    _intent(6, "brand_model",
            ["MSR Hubba Hubba NX 2 person", "MSR Hubba Hubba NX 双人帐篷", "MSR Hubba Hubba NX 2 Zelt", "MSR Hubba Hubba NX 2 tienda", "MSR Hubba Hubba NX 2 tente", "MSR ハバハバ NX 2人用"],
            ["tent"], {"line": "Hubba Hubba", "persons": "2"}, brand=["MSR"], relax=["persons"]),
    _intent(7, "typo",
            ["wilsen pro staf 97", "威尔胜 pro staff97 网球拍", "Wilsen Pro Staff 97", "raqueta wilson pro staf 97", "wilson prostaff 97 raquette", "ウィルソン プロスタッフ97"],
            ["tennis_racket"], {"line": "Pro Staff 97"}, brand=["Wilson"], relax=["line"]),
    _intent(8, "mixed_script",
            ["yonex astrox 88d", "Yonex 天斧 88D 羽毛球拍", "Yonex Astrox 88D Badmintonschläger", "raqueta Yonex Astrox 88D", "Yonex Astrox 88D raquette", "Yonex アストロクス 88D"],
            ["badminton_racket"], {"line": "Astrox 88D"}, brand=["Yonex"], relax=["line"]),
    _intent(9, "near_miss",
            ["molten soccer ball size 4", "摩腾 足球 4号", "Molten Fußball Größe 4", "balón Molten talla 4", "ballon Molten taille 4", "モルテン サッカーボール 4号球"],
            ["football"], {"ball_size": "4"}, brand=["Molten"], relax=["brand"]),
    _intent(10, "longtail",
             ["adult bike helmet size M", "成人 自行车头盔 M码", "Fahrradhelm Erwachsene Größe M", "casco bicicleta adulto talla M", "casque vélo adulte taille M", "自転車 ヘルメット 大人 Mサイズ"],
             ["bicycle_helmet"], {"user": "adult", "size": "M"}, relax=["size"]),
    _intent(11, "head",
             ["2 person tent", "双人帐篷", "Zelt 2 Personen", "tienda de campaña 2 personas", "tente 2 places", "テント 2人用"],
             ["tent"], {"persons": "2"}, relax=["persons"], comp=["sleeping_bag"]),
]
