"""Toys & games: building sets, toy cars and trains, dolls, plush, puzzles, cards, games.

Traps owned here: zh "汽车" (= car) versus ja "汽車" (= steam train); ja "トランプ"
(= playing cards); "Transformers" toys versus electrical transformers; a jaguar plush
versus Jaguar cars (auto_parts); LEGO set numbers and plush sizes as near misses.
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "toys"
_SEED = 4303

HIDE = {"line", "set_number", "animal"}

BRANDS = {
    "LEGO": {"zh": "乐高", "ja": "レゴ"},
    "Keeppley": {"zh": "启蒙", "ja": "キープリー"},
    "Nanoblock": {"zh": "Nanoblock", "ja": "ナノブロック"},
    "Mega Bloks": {"zh": "美高", "ja": "メガブロック"},
    "Hot Wheels": {"zh": "风火轮", "ja": "ホットウィール"},
    "Tomica": {"zh": "多美卡", "ja": "トミカ"},
    "Majorette": {"zh": "美捷轮", "ja": "マジョレット"},
    "Siku": {"ja": "ジク"},
    "Bburago": {"zh": "比美高", "ja": "ブラーゴ"},
    "Welly": {"zh": "威利"},
    "Brio": {"zh": "Brio", "ja": "ブリオ"},
    "Plarail": {"zh": "多美 Plarail", "ja": "プラレール"},
    "Hape": {"zh": "Hape", "ja": "ハペ"},
    "Barbie": {"zh": "芭比", "ja": "バービー"},
    "Licca-chan": {"zh": "莉卡娃娃", "ja": "リカちゃん"},
    "Steiff": {"zh": "史戴芙", "ja": "シュタイフ"},
    "Jellycat": {"zh": "Jellycat", "ja": "ジェリーキャット"},
    "Pokémon": {"zh": "宝可梦", "ja": "ポケモン"},
    "Wild Republic": {"ja": "ワイルドリパブリック"},
    "Ravensburger": {"zh": "睿思", "ja": "ラベンスバーガー"},
    "Clementoni": {"ja": "クレメントーニ"},
    "Bicycle": {"zh": "单车牌", "ja": "バイスクル"},
    "Nintendo": {"zh": "任天堂", "ja": "任天堂"},
    "Copag": {"ja": "コパッグ"},
    "Kosmos": {"ja": "コスモス"},
    "Hasbro": {"zh": "孩之宝", "ja": "ハズブロ"},
    "Mattel": {"zh": "美泰", "ja": "マテル"},
    "Asmodee": {"ja": "アズモディ"},
    "Playmobil": {"zh": "摩比世界", "ja": "プレイモービル"},
    "Nerf": {"zh": "热火", "ja": "ナーフ"},
    "Takara Tomy": {"zh": "多美", "ja": "タカラトミー"},
}

VOCAB = {
    "City": {"zh": "城市系列", "ja": "シティ"},
    "Technic": {"zh": "机械组", "ja": "テクニック"},
    "Duplo": {"zh": "得宝", "ja": "デュプロ"},
    "Friends": {"zh": "好朋友系列", "ja": "フレンズ"},
    "Classic": {"zh": "经典创意系列", "ja": "クラシック"},
    "wood": {"en": "Wooden", "zh": "木质", "de": "Holz", "es": "de madera", "fr": "en bois", "ja": "木製"},
    "plastic": {"en": "Plastic", "zh": "塑料", "de": "Kunststoff", "es": "de plástico", "fr": "en plastique", "ja": "プラスチック"},
    "die-cast": {"en": "Die-Cast", "zh": "合金", "de": "Metall", "es": "metálico", "fr": "métal", "ja": "ダイキャスト"},
    "small": {"en": "Small", "zh": "小号", "de": "klein", "es": "pequeño", "fr": "petit", "ja": "Sサイズ"},
    "medium": {"en": "Medium", "zh": "中号", "de": "mittel", "es": "mediano", "fr": "moyen", "ja": "Mサイズ"},
    "huge": {"en": "Huge", "zh": "超大号", "de": "riesig", "es": "gigante", "fr": "géant", "ja": "特大"},
    "water": {"en": "", "zh": "", "de": "", "es": "", "fr": "", "ja": ""},
    "waterproof": {"en": "Waterproof", "zh": "防水", "de": "wasserfest", "es": "resistente al agua", "fr": "étanche", "ja": "防水"},
    "paper": {"en": "", "zh": "纸质", "de": "", "es": "", "fr": "", "ja": "紙製"},
}

KEYFMT = {
    "age": {"en": ["Ages {n}+", "for Kids {n}+"], "zh": ["{n}岁+", "适合{n}岁以上"], "de": ["ab {n} Jahren", "ab {n} J."], "es": ["+{n} años", "a partir de {n} años"], "fr": ["dès {n} ans", "à partir de {n} ans"], "ja": ["対象年齢{n}歳以上", "{n}才から"]},
    "pieces": {"en": ["{v} Pieces", "{v} pcs"], "zh": ["{v}片", "{v}块"], "de": ["{v} Teile"], "es": ["{v} piezas"], "fr": ["{v} pièces"], "ja": ["{v}ピース", "{v}pcs"]},
    "scale": {"en": "{v} Scale", "zh": "{v}比例", "de": "Maßstab {v}", "es": "escala {v}", "fr": "échelle {v}", "ja": "{v}スケール"},
    "height": {"en": "{v} Tall", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "全高{v}"},
    "count": {"en": "{v}-Pack", "zh": "{v}辆装", "de": "{v}er Set", "es": "pack de {v}", "fr": "lot de {v}", "ja": "{v}台セット"},
    "darts": {"en": "{v} Darts", "zh": "{v}发软弹", "de": "{v} Darts", "es": "{v} dardos", "fr": "{v} fléchettes", "ja": "ダーツ{v}本"},
    "players": {"en": "{v} Players", "zh": "{v}人", "de": "für {v} Spieler", "es": "{v} jugadores", "fr": "{v} joueurs", "ja": "{v}人用"},
}

NOUN = {
    "building_set": {"en": ["Building Set", "Building Toy", "Building Kit"], "zh": ["积木", "拼装积木 玩具", "拼插积木"], "de": ["Bauset", "Bausatz", "Konstruktionsspielzeug"], "es": ["juego de construcción", "set de construcción"], "fr": ["jeu de construction", "set de construction"], "ja": ["ブロック", "組み立て おもちゃ"]},
    "toy_car": {"en": ["Toy Car", "Die-Cast Car", "Model Car"], "zh": ["合金车模", "玩具汽车", "汽车模型"], "de": ["Spielzeugauto", "Modellauto"], "es": ["coche de juguete", "coche a escala"], "fr": ["petite voiture", "voiture miniature"], "ja": ["ミニカー", "ダイキャストカー"]},
    "toy_train": {"en": ["Train Set", "Toy Train"], "zh": ["小火车 轨道", "火车玩具"], "de": ["Eisenbahn", "Zug Set", "Spielzeugeisenbahn"], "es": ["tren de juguete", "circuito de tren"], "fr": ["train jouet", "circuit de train"], "ja": ["電車 おもちゃ", "汽車 セット", "レールセット"]},
    "doll": {"en": ["Doll", "Fashion Doll"], "zh": ["娃娃", "洋娃娃 女孩玩具"], "de": ["Puppe", "Modepuppe"], "es": ["muñeca"], "fr": ["poupée", "poupée mannequin"], "ja": ["人形", "着せ替え人形"]},
    "plush_toy": {"en": ["Plush Toy", "Stuffed Animal", "Soft Toy"], "zh": ["毛绒玩具", "公仔 玩偶", "安抚玩偶"], "de": ["Kuscheltier", "Plüschtier"], "es": ["peluche"], "fr": ["peluche", "doudou"], "ja": ["ぬいぐるみ"]},
    "puzzle": {"en": ["Jigsaw Puzzle", "Puzzle"], "zh": ["拼图", "拼图 成人益智"], "de": ["Puzzle"], "es": ["puzzle", "rompecabezas"], "fr": ["puzzle"], "ja": ["ジグソーパズル", "パズル"]},
    "playing_cards": {"en": ["Playing Cards", "Deck of Cards"], "zh": ["扑克牌", "纸牌"], "de": ["Spielkarten", "Pokerkarten"], "es": ["baraja de cartas", "naipes", "cartas de póker"], "fr": ["jeu de cartes", "cartes à jouer"], "ja": ["トランプ", "トランプ カード"]},
    "board_game": {"en": ["Board Game", "Family Game"], "zh": ["桌游", "桌面游戏 聚会"], "de": ["Brettspiel", "Gesellschaftsspiel", "Familienspiel"], "es": ["juego de mesa"], "fr": ["jeu de société"], "ja": ["ボードゲーム", "テーブルゲーム"]},
    "card_game": {"en": ["Card Game"], "zh": ["卡牌游戏", "桌游卡牌"], "de": ["Kartenspiel"], "es": ["juego de cartas"], "fr": ["jeu de cartes"], "ja": ["カードゲーム"]},
    "action_figure": {"en": ["Action Figure", "Converting Figure"], "zh": ["变形玩具", "变形金刚 手办"], "de": ["Actionfigur", "Figur"], "es": ["figura de acción", "figura transformable"], "fr": ["figurine", "figurine articulée"], "ja": ["フィギュア", "変形ロボ"]},
    "playset": {"en": ["Playset"], "zh": ["场景玩具", "过家家玩具"], "de": ["Spielset"], "es": ["set de juego"], "fr": ["coffret"], "ja": ["プレイセット"]},
    "toy_blaster": {"en": ["Blaster", "Foam Dart Blaster"], "zh": ["软弹枪", "发射器"], "de": ["Blaster", "Dart Blaster"], "es": ["lanzador", "lanzador de dardos"], "fr": ["blaster", "pistolet à fléchettes"], "ja": ["ブラスター", "ダーツブラスター"]},
}

EXTRA_ANY = {
    "en": ["Gift for Kids", "Birthday Gift"],
    "zh": ["儿童玩具", "益智", "生日礼物", "男孩女孩", "官方正品", "六一礼物"],
    "de": ["Geschenk für Kinder", "Spielzeug"],
    "es": ["regalo niños", "juguete"],
    "fr": ["cadeau enfant", "jouet"],
    "ja": ["誕生日 プレゼント", "知育玩具", "正規品", "クリスマス"],
}
EXTRA = {
    "building_set": {"zh": ["拼装", "STEM", "男孩礼物"], "de": ["Kinderspielzeug"], "ja": ["知育ブロック"]},
    "puzzle": {"zh": ["减压", "高难度"], "de": ["Erwachsenenpuzzle"], "en": ["for Adults"], "ja": ["大人向け"]},
    "playing_cards": {"zh": ["聚会桌游", "魔术"], "ja": ["手品", "パーティーゲーム"], "en": ["Poker Size"], "de": ["Poker"]},
    "plush_toy": {"zh": ["抱枕", "送女友"], "ja": ["ふわふわ", "抱き枕"]},
}
TAGS_JA = {"*": ["正規品", "送料無料", "公式", "Amazon.co.jp限定"], "building_set": ["国内正規品"], "toy_car": ["日本限定"]}

SPECS = [
    # LEGO and other bricks
    _s("building_set", "LEGO", "60316", {"line": "City", "set_number": "60316", "pieces": "668", "age": "6+"}, 80, "de",
       ml={"en": "City 60316 Police Station", "zh": "城市系列 60316 警察局", "de": "City 60316 Polizeistation", "es": "City 60316 Comisaría de Policía", "fr": "City 60316 Le commissariat de police", "ja": "シティ 60316 ポリスステーション"}),
    _s("building_set", "LEGO", "60337", {"line": "City", "set_number": "60337", "pieces": "764", "age": "7+"}, 160, "en",
       ml={"en": "City 60337 Express Passenger Train", "zh": "城市系列 60337 客运火车", "de": "City 60337 Personen-Schnellzug", "es": "City 60337 Tren de Pasajeros de Alta Velocidad", "fr": "City 60337 Le train de voyageurs express", "ja": "シティ 60337 シティ特急"}),
    _s("building_set", "LEGO", "60320", {"line": "City", "set_number": "60320", "pieces": "540", "age": "6+"}, 90, "zh",
       ml={"en": "City 60320 Fire Station", "zh": "城市系列 60320 消防局", "de": "City 60320 Feuerwache", "es": "City 60320 Parque de Bomberos", "fr": "City 60320 La caserne de pompiers", "ja": "シティ 60320 消防署"}),
    _s("building_set", "LEGO", "42115", {"line": "Technic", "set_number": "42115", "pieces": "3696", "age": "18+"}, 450, "fr",
       ml={"en": "Technic 42115 Lamborghini Sián FKP 37", "zh": "机械组 42115 兰博基尼 Sián", "ja": "テクニック 42115 ランボルギーニ シアン"}),
    _s("building_set", "LEGO", "42141", {"line": "Technic", "set_number": "42141", "pieces": "1432", "age": "18+"}, 190, "ja",
       ml={"en": "Technic 42141 McLaren Formula 1 Race Car", "zh": "机械组 42141 迈凯伦 F1赛车", "ja": "テクニック 42141 マクラーレン フォーミュラ1"}),
    _s("building_set", "LEGO", "42154", {"line": "Technic", "set_number": "42154", "pieces": "1466", "age": "18+"}, 110, "es",
       ml={"en": "Technic 42154 Ford GT 2022", "zh": "机械组 42154 福特GT", "ja": "テクニック 42154 フォード GT"}),
    _s("building_set", "LEGO", "10969", {"line": "Duplo", "set_number": "10969", "pieces": "21", "age": "2+"}, 25, "de",
       ml={"en": "Duplo 10969 Fire Truck", "zh": "得宝 10969 消防车", "de": "Duplo 10969 Feuerwehrauto", "es": "Duplo 10969 Camión de Bomberos", "fr": "Duplo 10969 Le camion de pompiers", "ja": "デュプロ 10969 しょうぼうしゃ"}),
    _s("building_set", "LEGO", "41730", {"line": "Friends", "set_number": "41730", "pieces": "517", "age": "6+"}, 60, "fr",
       ml={"en": "Friends 41730 Autumn's House", "zh": "好朋友系列 41730 奥顿的房子", "fr": "Friends 41730 La maison d'Autumn", "ja": "フレンズ 41730 オータムのおうち"}),
    _s("building_set", "LEGO", "10698", {"line": "Classic", "set_number": "10698", "pieces": "790", "age": "4+"}, 55, "en",
       ml={"en": "Classic 10698 Large Creative Brick Box", "zh": "经典创意系列 10698 大号积木盒", "de": "Classic 10698 Große Bausteine-Box", "ja": "クラシック 10698 黄色のアイデアボックス スペシャル"}),
    _s("building_set", "Keeppley", "", {"line": "Doraemon", "pieces": "252", "age": "6+"}, 18, "zh", x={"zh": ["哆啦A梦 小颗粒"], "en": ["Doraemon"], "ja": ["ドラえもん"]}),
    _s("building_set", "Nanoblock", "", {"line": "Himeji Castle", "pieces": "630", "age": "12+"}, 25, "ja", x={"ja": ["姫路城"], "en": ["Himeji Castle"], "zh": ["姬路城"]}),
    _s("building_set", "Mega Bloks", "", {"line": "Big Building Bag", "pieces": "80", "age": "1+"}, 20, "es"),
    _s("building_set", "LEGO", "10696", {"line": "Classic", "set_number": "10696", "pieces": "484", "age": "4+"}, 35, "es",
       ml={"en": "Classic 10696 Medium Creative Brick Box", "zh": "经典创意系列 10696 中号积木盒", "es": "Classic 10696 Caja de Ladrillos Creativos Mediana", "ja": "クラシック 10696 黄色のアイデアボックス プラス"}),
    _s("building_set", "LEGO", "10986", {"line": "Duplo", "set_number": "10986", "pieces": "31", "age": "2+"}, 45, "zh",
       ml={"en": "Duplo 10986 Family House on Wheels", "zh": "得宝 10986 移动房屋", "ja": "デュプロ 10986 いえを まるごと おでかけ"}),
    # toy cars (zh 汽车)
    _s("toy_car", "Hot Wheels", "", {"scale": "1:64", "material": "die-cast", "count": "5"}, 6, "en"),
    _s("toy_car", "Hot Wheels", "", {"scale": "1:64", "material": "die-cast", "count": "20"}, 22, "en"),
    _s("toy_car", "Tomica", "No.100 Toyota Corolla", {"scale": "1:64", "material": "die-cast", "count": "1"}, 4, "ja", ml={"ja": "No.100 トヨタ カローラ", "zh": "No.100 丰田卡罗拉"}),
    _s("toy_car", "Majorette", "", {"scale": "1:64", "material": "die-cast", "count": "5"}, 10, "fr"),
    _s("toy_car", "Siku", "Feuerwehr", {"scale": "1:50", "material": "die-cast", "count": "1"}, 15, "de"),
    _s("toy_car", "Bburago", "Ferrari SF90", {"scale": "1:24", "material": "die-cast", "count": "1"}, 25, "es"),
    _s("toy_car", "Welly", "", {"scale": "1:36", "material": "die-cast", "count": "1"}, 8, "zh", x={"zh": ["回力车 仿真"]}),
    _s("toy_car", "Welly", "", {"scale": "1:64", "material": "die-cast", "count": "6"}, 12, "zh", x={"zh": ["工程车套装"]}),
    _s("toy_car", "Tomica", "No.1 Nissan GT-R", {"scale": "1:62", "material": "die-cast", "count": "1"}, 4, "ja", ml={"ja": "No.1 日産 GT-R", "zh": "No.1 日产GT-R"}),
    _s("toy_car", "Siku", "Traktor", {"scale": "1:32", "material": "die-cast", "count": "1"}, 30, "de"),
    # toy trains (ja 汽車)
    _s("toy_train", "Brio", "World 33165", {"material": "wood", "age": "3+", "pieces": "33"}, 60, "de"),
    _s("toy_train", "Hape", "", {"material": "wood", "age": "3+", "pieces": "50"}, 45, "zh"),
    _s("toy_train", "Plarail", "", {"material": "plastic", "age": "3+", "pieces": "20"}, 35, "ja", x={"ja": ["新幹線 はやぶさ ベーシックセット"], "en": ["Shinkansen Hayabusa"]}),
    _s("toy_train", "Mattel", "Thomas & Friends", {"material": "plastic", "age": "3+", "pieces": "14"}, 40, "en"),
    _s("toy_train", "Brio", "Steam Train", {"material": "wood", "age": "1.5+", "pieces": "3"}, 20, "fr"),
    # dolls
    _s("doll", "Barbie", "Dreamtopia", {"height": "30 cm", "age": "3+"}, 15, "en"),
    _s("doll", "Barbie", "Fashionistas", {"height": "30 cm", "age": "3+"}, 12, "es"),
    _s("doll", "Licca-chan", "", {"height": "22 cm", "age": "3+"}, 20, "ja"),
    _s("toy_train", "Hape", "", {"material": "wood", "age": "3+", "pieces": "20"}, 25, "es"),
    _s("doll", "Mattel", "Enchantimals", {"height": "15 cm", "age": "4+"}, 10, "fr"),
    # plush
    _s("plush_toy", "Steiff", "Teddy Bear", {"animal": "bear", "height": "30 cm"}, 90, "de", x={"de": ["Teddybär"], "en": ["Teddy Bear"], "zh": ["泰迪熊"], "ja": ["テディベア"], "fr": ["ours en peluche"], "es": ["osito"]}),
    _s("plush_toy", "Jellycat", "Bashful Bunny", {"animal": "rabbit", "size": "small", "height": "18 cm"}, 20, "en"),
    _s("plush_toy", "Jellycat", "Bashful Bunny", {"animal": "rabbit", "size": "medium", "height": "31 cm"}, 28, "zh"),
    _s("plush_toy", "Jellycat", "Bashful Bunny", {"animal": "rabbit", "size": "huge", "height": "51 cm"}, 55, "fr"),
    _s("plush_toy", "Pokémon", "Pikachu", {"animal": "pikachu", "height": "20 cm"}, 20, "ja", ml={"ja": "ピカチュウ", "zh": "皮卡丘"}),
    _s("plush_toy", "Wild Republic", "Cuddlekins", {"animal": "jaguar", "height": "30 cm"}, 15, "en", x={"en": ["Jaguar"], "zh": ["美洲豹"], "de": ["Jaguar"], "es": ["jaguar"], "fr": ["jaguar"], "ja": ["ジャガー"]}),
    _s("plush_toy", "Steiff", "", {"animal": "jaguar", "height": "25 cm"}, 60, "de", x={"en": ["Jaguar"], "zh": ["美洲豹"], "de": ["Jaguar"], "es": ["jaguar"], "fr": ["jaguar"], "ja": ["ジャガー"]}),
    # puzzles
    _s("puzzle", "Ravensburger", "", {"pieces": "1000", "age": "14+"}, 18, "de", x={"de": ["Neuschwanstein"], "en": ["Neuschwanstein Castle"], "ja": ["ノイシュヴァンシュタイン城"]}),
    _s("puzzle", "Ravensburger", "", {"pieces": "500", "age": "12+"}, 12, "fr"),
    _s("puzzle", "Ravensburger", "", {"pieces": "100", "age": "6+"}, 10, "es", x={"es": ["XXL"], "de": ["XXL"]}),
    _s("puzzle", "Ravensburger", "", {"pieces": "1000", "age": "14+"}, 16, "ja", x={"ja": ["富士山"], "en": ["Mount Fuji"]}),
    _s("puzzle", "Clementoni", "", {"pieces": "1000", "age": "10+"}, 12, "es"),
    _s("puzzle", "Clementoni", "", {"pieces": "104", "age": "6+"}, 8, "fr"),
    # playing cards (ja トランプ)
    _s("playing_cards", "Bicycle", "Standard", {"material": "paper"}, 4, "en"),
    _s("playing_cards", "Nintendo", "", {"material": "plastic"}, 8, "ja"),
    _s("playing_cards", "Copag", "1546", {"material": "plastic", "feature": "waterproof"}, 15, "es"),
    _s("playing_cards", "Takara Tomy", "", {"material": "plastic", "feature": "waterproof"}, 6, "ja"),
    # board & card games
    _s("board_game", "Kosmos", "Catan", {"players": "3-4", "age": "10+"}, 40, "de", ml={"de": "Die Siedler von Catan", "ja": "カタン", "zh": "卡坦岛"}),
    _s("board_game", "Hasbro", "Monopoly Classic", {"players": "2-6", "age": "8+"}, 30, "fr", ml={"zh": "大富翁 经典版", "ja": "モノポリー"}),
    _s("card_game", "Mattel", "UNO", {"players": "2-10", "age": "7+"}, 8, "es"),
    _s("card_game", "Asmodee", "Dobble", {"players": "2-8", "age": "6+"}, 14, "fr", ml={"en": "Spot It! (Dobble)", "ja": "ドブル"}),
    # Transformers
    _s("action_figure", "Hasbro", "Optimus Prime", {"line": "Transformers", "height": "28 cm", "age": "8+"}, 45, "en", x={"en": ["Transformers"], "zh": ["变形金刚 擎天柱"], "de": ["Transformers"], "es": ["Transformers"], "fr": ["Transformers"], "ja": ["トランスフォーマー オプティマスプライム"]}),
    _s("action_figure", "Hasbro", "Bumblebee", {"line": "Transformers", "height": "18 cm", "age": "8+"}, 25, "zh", x={"en": ["Transformers"], "zh": ["变形金刚 大黄蜂"], "de": ["Transformers"], "es": ["Transformers"], "fr": ["Transformers"], "ja": ["トランスフォーマー バンブルビー"]}),
    _s("action_figure", "Takara Tomy", "Optimus Prime", {"line": "Transformers", "height": "16 cm", "age": "8+"}, 35, "ja", x={"ja": ["トランスフォーマー スタジオシリーズ"], "en": ["Transformers Studio Series"], "zh": ["变形金刚"]}),
    # Playmobil & Nerf
    _s("playset", "Playmobil", "City Action 71397", {"line": "City Action", "age": "4+"}, 35, "de", x={"de": ["Polizeistation"], "en": ["Police Station"]}),
    _s("playset", "Playmobil", "Country 71304", {"line": "Country", "age": "4+"}, 45, "fr", x={"fr": ["ferme"], "de": ["Bauernhof"]}),
    _s("toy_blaster", "Nerf", "Elite 2.0 Commander", {"darts": "12", "age": "8+"}, 15, "en"),
    _s("toy_blaster", "Nerf", "Super Soaker", {"kind": "water", "age": "6+"}, 20, "es", x={"es": ["pistola de agua"], "en": ["Water Blaster"], "zh": ["水枪"], "ja": ["水鉄砲"], "de": ["Wasserpistole"], "fr": ["pistolet à eau"]}),
]

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "head",
            ["building blocks for kids", "积木 儿童 拼装", "Bausteine Kinder", "bloques de construcción", "jeu de construction enfant", "ブロック おもちゃ"],
            ["building_set"], {}),
    _intent(2, "brand_model",
            ["LEGO 42115", "乐高 42115 兰博基尼", "LEGO Technic 42115", "LEGO 42115 Lamborghini", "LEGO 42115", "レゴ 42115 ランボルギーニ"],
            ["building_set"], {"set_number": "42115"}, brand=["LEGO"], relax=["set_number"]),
    _intent(3, "mixed_script",
            ["lego city police", "Lego 积木 城市系列 警察局", "Lego City Polizei", "lego city policía", "lego city police", "LEGO シティ ポリス"],
            ["building_set"], {"line": "City", "set_number": "60316"}, brand=["LEGO"], relax=["set_number"]),
    _intent(4, "near_miss",
            ["jellycat bashful bunny medium", "Jellycat 邦尼兔 中号 31cm", "Jellycat Bashful Bunny mittel", "Jellycat conejo Bashful mediano", "Jellycat lapin Bashful moyen", "ジェリーキャット バシュフルバニー M"],
            ["plush_toy"], {"animal": "rabbit", "size": "medium"}, brand=["Jellycat"], relax=["size"]),
    _intent(5, "false_friend",
            ["die cast cars 1:64", "合金汽车模型 1:64 玩具", "Modellautos 1:64", "coches de juguete 1:64", "voitures miniatures 1/64", "ミニカー 1/64"],
            ["toy_car"], {"scale": "1:64"}, relax=["scale"]),
    _intent(6, "false_friend",
            ["wooden train set", "木质小火车 轨道 玩具", "Holzeisenbahn Set", "tren de madera", "circuit train en bois", "汽車 おもちゃ 木製 レール"],
            ["toy_train"], {"material": "wood"}, relax=["material"]),
    _intent(7, "false_friend",
            ["waterproof plastic playing cards", "防水扑克牌 塑料", "Spielkarten Plastik wasserfest", "baraja de cartas de plástico impermeable", "jeu de cartes plastique étanche", "トランプ 防水 プラスチック"],
            ["playing_cards"], {"feature": "waterproof"}, relax=["feature"]),
    _intent(8, "ambiguity",
            ["transformers optimus prime", "变形金刚 擎天柱", "Transformers Optimus Prime Figur", "transformers optimus prime figura", "transformers optimus prime figurine", "トランスフォーマー オプティマスプライム"],
            ["action_figure"], {"line": "Transformers"}, sub=[]),
    _intent(9, "ambiguity",
            ["jaguar plush toy", "美洲豹 毛绒玩具", "Jaguar Kuscheltier", "peluche jaguar", "peluche jaguar", "ジャガー ぬいぐるみ"],
            ["plush_toy"], {"animal": "jaguar"}, sub=[]),
    _intent(10, "typo",
             ["ravensburger puzle 1000", "睿思拼图 1000片", "Ravensberger Puzzle 1000", "ravensburguer puzzle 1000", "puzzle ravensbuger 1000", "ラベンスバーガー パズル 1000ピース"],
             ["puzzle"], {"pieces": "1000"}, brand=["Ravensburger"], relax=["brand"]),
    _intent(11, "longtail",
             ["100 piece puzzle for 6 year old", "儿童拼图 100片 6岁", "Kinderpuzzle 100 Teile ab 6", "puzzle infantil 100 piezas 6 años", "puzzle enfant 100 pièces 6 ans", "子供 パズル 100ピース 6歳"],
             ["puzzle"], {"pieces": ["100", "104"], "age": "6+"}, relax=["pieces"]),
    _intent(12, "near_miss",
             ["lego technic mclaren f1 42141", "乐高 机械组 迈凯伦 42141", "LEGO Technic McLaren 42141", "LEGO Technic McLaren F1 42141", "LEGO Technic McLaren 42141", "レゴ テクニック マクラーレン 42141"],
             ["building_set"], {"line": "Technic", "set_number": "42141"}, brand=["LEGO"], relax=["set_number"]),
]
