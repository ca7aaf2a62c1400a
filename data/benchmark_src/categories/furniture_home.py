"""Category: furniture & home (chairs, desks, rugs, bedding, baskets, bath mats, lamps). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "furniture_home"
SEED = 1106


def _t(en, zh, de, es, fr, ja):
    return {"en": en, "zh": zh, "de": de, "es": es, "fr": fr, "ja": ja}


TYPE_WORDS = {
    "office_chair": _t(["Office Chair", "Ergonomic Desk Chair"], ["人体工学椅", "电脑椅 办公椅"], ["Bürostuhl", "Schreibtischstuhl ergonomisch"],
                       ["Silla de Oficina", "Silla Ergonómica"], ["Chaise de Bureau", "Fauteuil de Bureau Ergonomique"], ["オフィスチェア", "デスクチェア"]),
    "standing_desk": _t(["Standing Desk", "Electric Height Adjustable Desk"], ["电动升降桌", "站立办公桌"], ["Höhenverstellbarer Schreibtisch", "Steh-Sitz-Schreibtisch"],
                        ["Escritorio Elevable", "Mesa Elevable Eléctrica"], ["Bureau Assis Debout", "Bureau Réglable Électrique"], ["電動昇降デスク", "スタンディングデスク"]),
    "rug": _t(["Area Rug", "Carpet", "Living Room Rug"], ["地毯", "客厅地毯", "卧室地毯"], ["Teppich", "Wohnzimmerteppich", "Kurzflor Teppich"],
              ["Alfombra", "Alfombra Salón"], ["Tapis", "Tapis de Salon"], ["ラグ", "カーペット", "ラグマット"]),
    "duvet": _t(["Duvet", "Comforter", "Down Alternative Comforter"], ["被子", "被芯", "冬被"], ["Bettdecke", "Steppdecke", "Ganzjahresdecke"],
                ["Edredón Nórdico", "Relleno Nórdico"], ["Couette", "Couette Chaude"], ["掛け布団", "掛布団 ふとん"]),
    "pillow": _t(["Pillow", "Bed Pillow"], ["枕头", "护颈枕"], ["Kopfkissen", "Kissen"], ["Almohada"], ["Oreiller"], ["枕", "まくら"]),
    "laundry_basket": _t(["Laundry Basket", "Laundry Hamper", "Basket"], ["脏衣篮", "洗衣篮 收纳筐"], ["Wäschekorb", "Wäschesammler"],
                         ["Cesto de Ropa Sucia", "Cesta para la Ropa"], ["Panier à Linge", "Corbeille à Linge"], ["ランドリーバスケット", "洗濯かご"]),
    "bath_mat": _t(["Bath Mat", "Non-Slip Bath Rug"], ["浴室地垫", "防滑脚垫 吸水"], ["Badematte", "Badvorleger rutschfest"], ["Alfombra de Baño", "Alfombrilla Baño Antideslizante"],
                   ["Tapis de Bain", "Tapis de Bain Antidérapant"], ["バスマット", "珪藻土バスマット"]),
    "desk_lamp": _t(["LED Desk Lamp", "Desk Lamp"], ["台灯", "护眼台灯 LED"], ["LED Schreibtischlampe", "Tischlampe"], ["Lámpara de Escritorio LED", "Flexo LED"],
                    ["Lampe de Bureau LED", "Lampe de Bureau"], ["デスクライト", "LEDデスクスタンド"]),
    "bookshelf": _t(["Bookshelf", "Bookcase"], ["书架", "落地置物架"], ["Bücherregal", "Regal"], ["Estantería", "Librería"], ["Bibliothèque", "Étagère"], ["本棚", "ラック"]),
}

FEATS = {
    "office_chair": _t(["Lumbar Support", "Adjustable Armrests", "Breathable Mesh"], ["护腰", "久坐不累", "可躺", "网椅"], ["Lordosenstütze", "Verstellbare Armlehnen"],
                       ["Soporte lumbar", "Reposabrazos ajustables"], ["Support lombaire", "Accoudoirs réglables"], ["ランバーサポート", "リクライニング", "メッシュ"]),
    "standing_desk": _t(["Memory Presets", "Dual Motor"], ["双电机", "记忆高度"], ["Memory-Funktion", "Doppelmotor"], ["Memoria de altura", "Doble motor"],
                        ["Mémoire de hauteur", "Double moteur"], ["メモリー機能", "デュアルモーター"]),
    "rug": _t(["Washable", "Low Pile", "Non-Shedding"], ["北欧风", "可机洗", "防滑", "ins风"], ["Waschbar", "Kurzflor", "Modern"], ["Lavable", "Pelo corto", "Moderna"],
              ["Lavable", "Poils ras", "Moderne"], ["洗える", "ホットカーペット対応", "北欧"]),
    "duvet": _t(["All Season", "Machine Washable"], ["加厚保暖", "春秋被", "四季通用"], ["Ganzjahres", "Waschbar"], ["Todas las estaciones", "Lavable"],
                ["Toutes saisons", "Lavable"], ["抗菌防臭", "洗える", "オールシーズン"]),
    "pillow": _t(["Memory Foam", "Cooling"], ["记忆棉", "护颈"], ["Memory Foam", "Nackenkissen"], ["Viscoelástica"], ["Mémoire de forme"], ["低反発", "洗える"]),
    "laundry_basket": _t(["Foldable", "With Handles"], ["可折叠", "大号"], ["Faltbar", "Mit Griffen"], ["Plegable", "Con asas"], ["Pliable", "Avec poignées"], ["折りたたみ", "大容量"]),
    "bath_mat": _t(["Quick Dry", "Absorbent", "Non-Slip"], ["吸水速干", "防滑"], ["Schnelltrocknend", "Rutschfest", "Saugfähig"], ["Absorbente", "Antideslizante"],
                   ["Absorbant", "Antidérapant"], ["速乾", "吸水", "滑り止め"]),
    "desk_lamp": _t(["Eye-Caring", "Dimmable", "USB Charging Port"], ["护眼", "无频闪", "学生宿舍"], ["Dimmbar", "Augenschonend"], ["Regulable", "Protección ocular"],
                    ["Dimmable", "Protection des yeux"], ["目に優しい", "調光", "USBポート付き"]),
    "bookshelf": _t(["5-Tier", "Easy Assembly"], ["多层", "简约"], ["5 Fächer", "Einfacher Aufbau"], ["5 baldas"], ["5 niveaux"], ["5段", "組み立て簡単"]),
}

MAT = {"wool": _t("Wool", "羊毛", "Wolle", "Lana", "Laine", "ウール"), "polyester": _t("Polyester", "聚酯纤维", "Polyester", "Poliéster", "Polyester", "ポリエステル"),
       "cotton": _t("Cotton", "纯棉", "Baumwolle", "Algodón", "Coton", "綿"), "down": _t("Goose Down", "白鹅绒", "Daunen", "Plumón", "Duvet d'oie", "ダウン"),
       "microfiber": _t("Microfiber", "超细纤维", "Mikrofaser", "Microfibra", "Microfibre", "マイクロファイバー"), "bamboo": _t("Bamboo", "竹", "Bambus", "Bambú", "Bambou", "竹"),
       "diatomite": _t("Diatomite", "硅藻土", "Kieselgur", "Diatomita", "Diatomite", "珪藻土"), "mesh": _t("Mesh", "网布", "Netzstoff", "Malla", "Maille", "メッシュ"),
       "wood": _t("Wood", "实木", "Holz", "Madera", "Bois", "木製")}
BED = {"single": _t("Twin", "单人", "135x200 cm", "Cama 90", "140x200 cm", "シングル"), "queen": _t("Queen", "双人 200x230cm", "200x220 cm", "Cama 150", "220x240 cm", "クイーン"),
       "king": _t("King", "特大双人 220x240cm", "240x220 cm", "Cama 180", "260x240 cm", "キング")}


def spec(ptype, a, lang):
    out = []
    if "size" in a:
        s = a["size"]
        out.append(s.replace(" cm", "厘米").replace("x", "×") if lang == "zh" else (s.replace(" cm", "cm").replace("x", "×") if lang == "ja" else s))
    if "bed_size" in a:
        out.append(BED[a["bed_size"]][lang])
    if "material" in a:
        out.append(MAT[a["material"]][lang])
    if "capacity" in a:
        out.append(a["capacity"].replace(".", ",") if lang in ("de", "es", "fr") else a["capacity"])
    return out


def _rows():
    r = []
    for b, m, mat, col, usd in [("Herman Miller", "Aeron", "mesh", "graphite", 1395), ("IKEA", "MARKUS", "mesh", "grey", 229), ("Steelcase", "Series 2", "mesh", "black", 589),
                                ("SIHOO", "M57", "mesh", "black", 139), ("SIHOO", "M57", "mesh", "grey", 139), ("Okamura", "Sylphy", "mesh", "black", 899)]:
        r.append(("office_chair", b, m, {"material": mat, "color": col}, usd))
    for b, m, size, col, usd in [("FlexiSpot", "E7", "140x70 cm", "white", 399), ("FlexiSpot", "E7", "160x80 cm", "black", 449), ("IKEA", "BEKANT", "160x80 cm", "white", 549),
                                 ("Loctek", "ET200", "120x60 cm", "black", 299)]:
        r.append(("standing_desk", b, m, {"size": size, "color": col}, usd))
    for b, m, size, mat, col, usd in [("IKEA", "STOENSE", "170x240 cm", "polyester", "beige", 149), ("IKEA", "STOENSE", "133x195 cm", "polyester", "beige", 79),
                                      ("Benuta", "Pearl", "160x230 cm", "polyester", "grey", 99), ("Benuta", "Pearl", "200x290 cm", "polyester", "grey", 169),
                                      ("Ruggable", "Kamran", "160x230 cm", "polyester", "navy", 199), ("Nourison", "Essentials", "160x230 cm", "wool", "cream", 259),
                                      ("Nitori", "Fluffy Rug", "140x200 cm", "microfiber", "grey", 49), ("Safavieh", "Madison", "200x290 cm", "polyester", "blue", 189)]:
        r.append(("rug", b, m, {"size": size, "material": mat, "color": col}, usd))
    for b, m, bs, mat, usd in [("IKEA", "SMÅSPORRE", "single", "down", 99), ("IKEA", "SMÅSPORRE", "queen", "down", 149), ("Linenspa", "All-Season", "queen", "microfiber", 45),
                               ("Linenspa", "All-Season", "king", "microfiber", 55), ("Nitori", "N-Warm", "single", "polyester", 59), ("Brooklinen", "Down Comforter", "king", "down", 299),
                               ("Muji", "Feather Duvet", "queen", "down", 199)]:
        r.append(("duvet", b, m, {"bed_size": bs, "material": mat, "color": "white"}, usd))
    for b, m, mat, usd in [("Tempur", "Original", "microfiber", 139), ("Coop Home Goods", "Eden", "bamboo", 69), ("Nitori", "Pillow", "polyester", 25)]:
        r.append(("pillow", b, m, {"material": mat, "color": "white"}, usd))
    for b, m, cap, mat, col, usd in [("IKEA", "TORKIS", "58 L", "polyester", "white", 15), ("Umbra", "Hamper", "60 L", "cotton", "grey", 35), ("Sterilite", "Ultra", "50 L", "polyester", "white", 12),
                                     ("Like-it", "Laundry Basket", "45 L", "polyester", "white", 19), ("BlueCabi", "Woven Basket", "72 L", "cotton", "beige", 29)]:
        r.append(("laundry_basket", b, m, {"capacity": cap, "material": mat, "color": col}, usd))
    for b, m, mat, size, col, usd in [("Soft Dry", "Diatomite Mat", "diatomite", "60x39 cm", "grey", 29), ("Gorilla Grip", "Bath Rug", "microfiber", "50x80 cm", "grey", 19),
                                      ("IKEA", "TOFTBO", "microfiber", "60x90 cm", "white", 12), ("Nitori", "Bath Mat", "cotton", "45x60 cm", "beige", 15),
                                      ("Color&Geometry", "Bath Mat", "microfiber", "50x80 cm", "navy", 21)]:
        r.append(("bath_mat", b, m, {"material": mat, "size": size, "color": col}, usd))
    for b, m, col, usd in [("BenQ", "e-Reading", "grey", 199), ("Xiaomi", "Mi LED Desk Lamp 1S", "white", 39), ("TaoTronics", "TT-DL13", "black", 29),
                           ("IKEA", "FORSÅ", "black", 25), ("Panasonic", "SQ-LD420", "white", 79)]:
        r.append(("desk_lamp", b, m, {"color": col}, usd))
    for b, m, col, usd in [("IKEA", "BILLY", "white", 79), ("IKEA", "KALLAX", "white", 69), ("VASAGLE", "Industrial Bookshelf", "brown", 79), ("Nitori", "Bookshelf", "brown", 99)]:
        r.append(("bookshelf", b, m, {"material": "wood", "color": col}, usd))
    for b, m, size, mat, col, usd in [("IKEA", "STOENSE", "170x240 cm", "polyester", "grey", 149), ("Benuta", "Pearl", "160x230 cm", "polyester", "beige", 99),
                                      ("Ruggable", "Kamran", "200x290 cm", "polyester", "navy", 299), ("Nitori", "Fluffy Rug", "185x185 cm", "microfiber", "beige", 69),
                                      ("Lorena Canals", "Washable Rug", "140x200 cm", "cotton", "pink", 159)]:
        r.append(("rug", b, m, {"size": size, "material": mat, "color": col}, usd))
    for b, m, mat, col, usd in [("Herman Miller", "Aeron", "mesh", "black", 1395), ("IKEA", "MARKUS", "mesh", "black", 229), ("Hbada", "E3", "mesh", "white", 299),
                                ("Secretlab", "Titan Evo", "leather", "black", 519)]:
        r.append(("office_chair", b, m, {"material": mat if mat != "leather" else "polyester", "color": col}, usd))
    for b, m, size, col, usd in [("FlexiSpot", "E7", "180x80 cm", "white", 499), ("IKEA", "TROTTEN", "120x70 cm", "white", 299)]:
        r.append(("standing_desk", b, m, {"size": size, "color": col}, usd))
    for b, m, bs, mat, usd in [("Linenspa", "All-Season", "single", "microfiber", 39), ("Muji", "Feather Duvet", "single", "down", 149), ("Brooklinen", "Down Comforter", "queen", "down", 259)]:
        r.append(("duvet", b, m, {"bed_size": bs, "material": mat, "color": "white"}, usd))
    for b, m, col, usd in [("IKEA", "BILLY", "black", 79), ("IKEA", "KALLAX", "black", 69), ("IKEA", "HEMNES", "white", 199)]:
        r.append(("bookshelf", b, m, {"material": "wood", "color": col}, usd))
    r.append(("laundry_basket", "Wenko", "Laundry Hamper", {"capacity": "65 L", "material": "bamboo", "color": "brown"}, 39))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=5)


_I = "furniture_home-i"
INTENTS = [
    intent(_I + "01", "head", Q("office chair", "人体工学椅", "Bürostuhl", "silla de oficina", "chaise de bureau", "オフィスチェア"), "office_chair",
           comp_types=["standing_desk"]),
    intent(_I + "02", "head", Q("duvet", "被子 冬季", "Bettdecke", "edredón nórdico", "couette", "掛け布団"), "duvet", comp_types=["pillow"]),
    intent(_I + "03", "longtail", Q("queen size down comforter", "双人羽绒被 鹅绒 加厚", "Daunendecke 200x220", "edredón nórdico plumón cama 150",
                                    "couette duvet d'oie 220x240", "羽毛布団 クイーン ダウン"),
           "duvet", {"bed_size": ["queen"], "material": ["down"]}, relax=["material"], comp_types=["pillow"]),
    intent(_I + "04", "longtail", Q("standing desk electric 160x80", "电动升降桌 160*80", "Höhenverstellbarer Schreibtisch elektrisch 160x80",
                                    "escritorio elevable eléctrico 160x80", "bureau assis debout électrique 160x80", "電動昇降デスク 幅160"),
           "standing_desk", {"size": ["160x80 cm"]}, relax=["size"], comp_types=["office_chair"]),
    intent(_I + "05", "brand_model", Q("ikea billy bookcase", "宜家 BILLY 毕利书架", "IKEA BILLY Regal", "estantería billy ikea", "bibliothèque billy ikea",
                                       "IKEA ビリー 本棚"),
           "bookshelf", {"model": ["BILLY"]}, ["IKEA"], relax=["model", "brand"]),
    intent(_I + "06", "brand_model", Q("herman miller aeron", "Herman Miller Aeron 座椅", "Herman Miller Aeron Bürostuhl", "silla herman miller aeron",
                                       "fauteuil herman miller aeron", "ハーマンミラー アーロンチェア"),
           "office_chair", {"model": ["Aeron"]}, ["Herman Miller"], relax=["model", "brand"]),
    intent(_I + "07", "typo", Q("led dekt lamp", "护眼台等", "schreibtishlampe led", "lampara de escritorio led", "lampe de burau led", "デスクライド LED"),
           "desk_lamp"),
    intent(_I + "08", "mixed_script", Q("ikea rug 170x240", "ikea 地毯 170x240", "IKEA Teppich 170x240", "alfombra ikea 170x240", "tapis ikea 170x240",
                                        "IKEA ラグ 170×240"),
           "rug", {"size": ["170x240 cm"]}, ["IKEA"], relax=["brand"]),
    intent(_I + "09", "false_friend", Q("living room carpet 160x230", "客厅地毯 160x230", "Teppich Wohnzimmer 160x230", "alfombra salón 160x230",
                                        "tapis salon 160x230", "リビング ラグ 160×230"),
           "rug", {"size": ["160x230 cm"]}, relax=["size"]),
    intent(_I + "10", "false_friend", Q("laundry basket", "脏衣篮", "Wäschekorb", "cesto ropa sucia", "panier à linge", "ランドリーバスケット"),
           "laundry_basket"),
    intent(_I + "11", "false_friend", Q("non slip bath mat", "浴室防滑地垫", "Badematte rutschfest", "alfombra baño antideslizante",
                                        "tapis de bain antidérapant", "バスマット 滑り止め"),
           "bath_mat"),
    intent(_I + "12", "near_miss", Q("king size duvet", "特大双人被子 220x240", "Bettdecke 240x220", "edredón cama 180", "couette 260x240",
                                     "掛け布団 キング"),
           "duvet", {"bed_size": ["king"]}, comp_types=["pillow"]),
]
