"""Category: shoes (sneakers, running shoes, climbing shoes, boots, sandals, slippers). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "shoes"
SEED = 1108


def _t(en, zh, de, es, fr, ja):
    return {"en": en, "zh": zh, "de": de, "es": es, "fr": fr, "ja": ja}


TYPE_WORDS = {
    "sneakers": _t(["Sneakers", "Trainers", "Low-Top Sneakers"], ["板鞋", "运动休闲鞋", "小白鞋"], ["Sneaker", "Turnschuhe"], ["Zapatillas", "Zapatillas Deportivas"],
                   ["Baskets", "Sneakers"], ["スニーカー", "ローカットスニーカー"]),
    "running_shoes": _t(["Running Shoes", "Road Running Shoes"], ["跑步鞋", "缓震跑鞋"], ["Laufschuhe", "Joggingschuhe"], ["Zapatillas de Running", "Zapatillas para Correr"],
                        ["Chaussures de Running", "Chaussures de Course"], ["ランニングシューズ", "ジョギングシューズ"]),
    "climbing_shoes": _t(["Rock Climbing Shoes", "Climbing Shoes"], ["攀岩鞋", "抱石鞋"], ["Kletterschuhe", "Boulderschuhe"], ["Pies de Gato", "Zapatillas de Escalada"],
                         ["Chaussons d'Escalade", "Chaussons de Bloc"], ["クライミングシューズ", "ボルダリングシューズ"]),
    "boots": _t(["Boots", "Chelsea Boots", "Ankle Boots"], ["靴子", "马丁靴", "短靴"], ["Stiefel", "Stiefeletten", "Boots"], ["Botas", "Botines"], ["Bottes", "Bottines", "Boots"],
                ["ブーツ", "ショートブーツ"]),
    "sandals": _t(["Sandals", "Slide Sandals"], ["凉鞋", "拖鞋凉鞋"], ["Sandalen", "Pantoletten"], ["Sandalias", "Chanclas"], ["Sandales", "Claquettes"], ["サンダル", "スポーツサンダル"]),
    "slippers": _t(["Slippers", "House Slippers"], ["棉拖鞋", "家居拖鞋"], ["Hausschuhe", "Pantoffeln"], ["Zapatillas de Casa", "Pantuflas"], ["Chaussons", "Pantoufles"],
                   ["スリッパ", "ルームシューズ"]),
}

FEATS = {
    "sneakers": _t(["Leather Upper", "Classic", "Cushioned"], ["百搭", "情侣款", "透气", "经典"], ["Leder", "Klassiker"], ["Piel", "Clásicas"], ["Cuir", "Classiques"],
                   ["定番", "レザー", "厚底"]),
    "running_shoes": _t(["Lightweight", "Breathable Mesh", "Cushioning"], ["轻便", "减震", "透气", "马拉松"], ["Leicht", "Atmungsaktiv", "Dämpfung"],
                        ["Ligeras", "Transpirables", "Amortiguación"], ["Légères", "Respirantes", "Amorti"], ["軽量", "クッション性", "幅広"]),
    "climbing_shoes": _t(["Velcro", "Sticky Rubber"], ["初学者", "室内"], ["Klettverschluss", "Reibungssohle"], ["Velcro", "Suela adherente"], ["Velcro", "Gomme adhérente"],
                         ["ベルクロ", "初心者"]),
    "boots": _t(["Waterproof", "Leather"], ["真皮", "加绒", "英伦风"], ["Wasserdicht", "Leder"], ["Impermeables", "Piel"], ["Imperméables", "Cuir"], ["防水", "本革"]),
    "sandals": _t(["Adjustable Straps", "Comfort"], ["防滑", "外穿"], ["Verstellbar", "Bequem"], ["Ajustables", "Cómodas"], ["Réglables", "Confort"], ["軽量", "歩きやすい"]),
    "slippers": _t(["Memory Foam", "Non-Slip Sole", "Warm"], ["加绒", "防滑", "保暖 冬季"], ["Rutschfest", "Warm"], ["Antideslizantes", "Cálidas"], ["Antidérapants", "Chauds"],
                   ["洗える", "滑り止め", "暖かい"]),
}


JA_CM = {"38": "24cm", "40": "25cm", "42": "27cm", "43": "27.5cm", "44": "28cm"}


def spec(ptype, a, lang):
    out = []
    if "size" in a:
        n = a["size"].split()[-1]
        out.append({"en": f"EU {n}", "zh": f"{n}码", "de": f"Gr. {n}", "es": f"Talla {n}", "fr": f"Pointure {n}", "ja": JA_CM[n]}[lang])
    return out


def _rows():
    r = []
    for s in ("42", "43", "44"):
        r.append(("sneakers", "Nike", "Air Force 1 '07", {"gender": "men", "size": f"EU {s}", "color": "white"}, 115))
    r.append(("sneakers", "Nike", "Air Force 1 '07", {"gender": "men", "size": "EU 42", "color": "black"}, 115))
    for s in ("38", "40", "42"):
        r.append(("sneakers", "Adidas", "Stan Smith", {"gender": "unisex", "size": f"EU {s}", "color": "white"}, 100))
    for b, m, g, col, usd in [("New Balance", "550", "unisex", "white", 110), ("New Balance", "574", "men", "grey", 90), ("Converse", "Chuck Taylor All Star", "unisex", "black", 65),
                              ("Converse", "Chuck Taylor All Star", "unisex", "white", 65), ("Veja", "V-10", "women", "white", 160), ("Vans", "Old Skool", "unisex", "black", 70),
                              ("Adidas", "Samba OG", "unisex", "black", 100), ("Onitsuka Tiger", "Mexico 66", "unisex", "yellow", 120), ("Puma", "Suede Classic", "men", "red", 75)]:
        r.append(("sneakers", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Asics", "Gel-Kayano 30", "men", "black", 160), ("Asics", "Gel-Kayano 30", "women", "pink", 160), ("Asics", "Gel-Nimbus 26", "men", "blue", 160),
                              ("Nike", "Pegasus 40", "men", "black", 130), ("Nike", "Pegasus 40", "women", "white", 130), ("Hoka", "Clifton 9", "men", "black", 145),
                              ("Hoka", "Clifton 9", "women", "blue", 145), ("Brooks", "Ghost 15", "men", "grey", 140), ("Adidas", "Ultraboost Light", "men", "black", 190),
                              ("New Balance", "Fresh Foam 1080v13", "women", "white", 165), ("Mizuno", "Wave Rider 27", "men", "navy", 140), ("Li-Ning", "Feidian 3", "men", "white", 129)]:
        r.append(("running_shoes", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("La Sportiva", "Tarantulace", "unisex", "red", 99), ("Scarpa", "Origin", "unisex", "blue", 89), ("Black Diamond", "Momentum", "men", "black", 99),
                              ("Black Diamond", "Momentum", "women", "purple", 99), ("Five Ten", "Anasazi", "unisex", "yellow", 170)]:
        r.append(("climbing_shoes", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Dr. Martens", "1460", "unisex", "black", 170), ("Dr. Martens", "2976 Chelsea", "unisex", "black", 180), ("Timberland", "6-Inch Premium", "men", "yellow", 200),
                              ("Blundstone", "550", "unisex", "brown", 210), ("UGG", "Classic Mini", "women", "brown", 160), ("Clarks", "Desert Boot", "men", "brown", 150)]:
        r.append(("boots", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Birkenstock", "Arizona", "unisex", "brown", 110), ("Birkenstock", "Arizona", "unisex", "black", 110), ("Teva", "Hurricane XLT2", "men", "black", 75),
                              ("Crocs", "Classic Clog", "unisex", "white", 50), ("Adidas", "Adilette", "unisex", "navy", 35)]:
        r.append(("sandals", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("UGG", "Scuffette II", "women", "pink", 90), ("Muji", "Room Shoes", "unisex", "grey", 15), ("Nitori", "Slippers", "unisex", "beige", 9),
                              ("Haflinger", "Everest", "unisex", "grey", 60)]:
        r.append(("slippers", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Adidas", "Gazelle", "unisex", "blue", 100), ("Adidas", "Gazelle", "unisex", "green", 100), ("Nike", "Dunk Low", "men", "white", 115),
                              ("Nike", "Dunk Low", "women", "pink", 115), ("Veja", "Campo", "women", "white", 150), ("Reebok", "Club C 85", "unisex", "white", 80),
                              ("Asics", "Gel-1130", "unisex", "silver", 110), ("Feiyue", "Classic", "unisex", "white", 35)]:
        r.append(("sneakers", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Saucony", "Ride 17", "men", "blue", 140), ("Saucony", "Ride 17", "women", "purple", 140), ("On", "Cloudmonster", "men", "white", 170),
                              ("On", "Cloudmonster", "women", "black", 170), ("Asics", "Gel-Nimbus 26", "women", "white", 160)]:
        r.append(("running_shoes", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Dr. Martens", "1460", "women", "red", 170), ("UGG", "Classic Short II", "women", "beige", 180), ("Timberland", "Courma Chelsea", "men", "brown", 150)]:
        r.append(("boots", b, m, {"gender": g, "color": col}, usd))
    for b, m, g, col, usd in [("Crocs", "Classic Clog", "unisex", "black", 50), ("Havaianas", "Top", "unisex", "blue", 20)]:
        r.append(("sandals", b, m, {"gender": g, "color": col}, usd))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=1)


_I = "shoes-i"
INTENTS = [
    intent(_I + "01", "head", Q("running shoes women", "女士跑步鞋", "Laufschuhe Damen", "zapatillas running mujer", "chaussures running femme", "ランニングシューズ レディース"),
           "running_shoes", {"gender": ["women"]}, relax=["gender"]),
    intent(_I + "02", "head", Q("chelsea boots", "切尔西靴", "Chelsea Boots", "botines chelsea", "bottines chelsea", "サイドゴアブーツ"),
           "boots", {"model": ["2976 Chelsea"]}, relax=["model"]),
    intent(_I + "03", "longtail", Q("nike air force 1 white men size 43", "耐克 空军一号 白色 男 43码", "Nike Air Force 1 weiß Herren Gr. 43",
                                    "nike air force 1 blancas hombre talla 43", "nike air force 1 blanche homme pointure 43", "ナイキ エアフォース1 白 27.5cm"),
           "sneakers", {"model": ["Air Force 1 '07"], "color": ["white"], "size": ["EU 43"]}, ["Nike"], relax=["size"]),
    intent(_I + "04", "longtail", Q("waterproof leather boots men", "男士真皮靴子 防水", "Lederstiefel Herren wasserdicht", "botas de piel hombre impermeables",
                                    "bottes cuir homme imperméables", "ブーツ メンズ 本革 防水"),
           "boots", {"gender": ["men", "unisex"]}, relax=["gender"]),
    intent(_I + "05", "brand_model", Q("asics gel kayano 30", "亚瑟士 GEL-KAYANO 30 跑鞋", "Asics Gel-Kayano 30", "asics gel kayano 30", "asics gel-kayano 30",
                                       "アシックス ゲルカヤノ30"),
           "running_shoes", {"model": ["Gel-Kayano 30"]}, ["Asics"], relax=["model"]),
    intent(_I + "06", "brand_model", Q("birkenstock arizona", "勃肯 Arizona 拖鞋", "Birkenstock Arizona", "sandalias birkenstock arizona", "birkenstock arizona",
                                       "ビルケンシュトック アリゾナ"),
           "sandals", {"model": ["Arizona"]}, ["Birkenstock"], relax=["model", "brand"]),
    intent(_I + "07", "typo", Q("new balence 550", "新百伦550 板鞋", "new balanse 550", "new balance 55O", "neww balance 550", "ニューバランス 550 スニカー"),
           "sneakers", {"model": ["550"]}, ["New Balance"], relax=["model"]),
    intent(_I + "08", "mixed_script", Q("dr martens 1460 boots", "dr martens 1460 马丁靴", "Dr. Martens 1460 Stiefel", "botas dr martens 1460",
                                        "dr martens 1460 boots", "Dr.Martens 1460 ブーツ"),
           "boots", {"model": ["1460"]}, ["Dr. Martens"], relax=["model"]),
    intent(_I + "09", "false_friend", Q("mens trainers", "男士板鞋 运动休闲鞋", "Sneaker Herren", "zapatillas hombre", "baskets homme", "スニーカー メンズ"),
           "sneakers", {"gender": ["men", "unisex"]}, sub_types=["running_shoes"]),
    intent(_I + "10", "false_friend", Q("white sneakers women", "女士小白鞋", "weiße Sneaker Damen", "zapatillas blancas mujer", "baskets blanches femme",
                                        "白スニーカー レディース"),
           "sneakers", {"gender": ["women", "unisex"], "color": ["white"]}, relax=["color"]),
    intent(_I + "11", "false_friend", Q("rock climbing shoes", "攀岩鞋", "Kletterschuhe", "pies de gato escalada", "chaussons d'escalade", "クライミングシューズ"),
           "climbing_shoes"),
    intent(_I + "12", "near_miss", Q("air force 1 white size 42", "空军一号 白色 42码", "Air Force 1 weiß 42", "air force 1 blancas 42", "air force 1 blanche 42",
                                     "エアフォース1 白 27cm"),
           "sneakers", {"model": ["Air Force 1 '07"], "color": ["white"], "size": ["EU 42"]}, ["Nike"], relax=["size"]),
]
