"""Category: kitchen (kettles, coffee machines, air fryers, rice cookers, cooktops, pans, knives). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "kitchen"
SEED = 1105


def _t(en, zh, de, es, fr, ja):
    return {"en": en, "zh": zh, "de": de, "es": es, "fr": fr, "ja": ja}


TYPE_WORDS = {
    "electric_kettle": _t(["Electric Kettle", "Kettle"], ["电水壶", "烧水壶 家用", "电热水壶"], ["Wasserkocher", "Edelstahl Wasserkocher"],
                          ["Hervidor de Agua Eléctrico", "Hervidor"], ["Bouilloire Électrique", "Bouilloire"], ["電気ケトル", "ケトル"]),
    "coffee_machine": _t(["Espresso Machine", "Coffee Maker"], ["咖啡机", "全自动咖啡机 家用"], ["Kaffeevollautomat", "Kaffeemaschine"],
                         ["Cafetera Superautomática", "Cafetera"], ["Machine à Café", "Expresso Broyeur"], ["コーヒーメーカー", "全自動コーヒーマシン"]),
    "air_fryer": _t(["Air Fryer", "Air Fryer Oven"], ["空气炸锅", "家用空气炸锅 大容量"], ["Heißluftfritteuse", "Airfryer"],
                    ["Freidora de Aire", "Freidora sin Aceite"], ["Friteuse sans Huile", "Air Fryer"], ["ノンフライヤー", "エアフライヤー"]),
    "rice_cooker": _t(["Rice Cooker", "Rice Cooker & Warmer"], ["电饭煲", "电饭锅 家用"], ["Reiskocher"], ["Arrocera Eléctrica", "Olla Arrocera"],
                      ["Cuiseur à Riz", "Cuiseur Riz"], ["炊飯器", "IH炊飯ジャー"]),
    "induction_cooktop": _t(["Portable Induction Cooktop", "Electric Stove", "Induction Burner"], ["电磁炉", "家用电磁灶 火锅"],
                            ["Induktionskochplatte", "Induktionsherd mobil"], ["Placa de Inducción Portátil", "Cocina de Inducción"],
                            ["Plaque à Induction Portable", "Plaque de Cuisson"], ["IHコンロ", "卓上IHクッキングヒーター"]),
    "frying_pan": _t(["Frying Pan", "Nonstick Skillet"], ["不粘锅 平底锅", "煎锅"], ["Bratpfanne", "Pfanne beschichtet"],
                     ["Sartén", "Sartén Antiadherente"], ["Poêle", "Poêle Antiadhésive"], ["フライパン", "IH対応フライパン"]),
    "chef_knife": _t(["Chef Knife", "Kitchen Knife"], ["菜刀", "厨师刀"], ["Kochmesser", "Küchenmesser"], ["Cuchillo de Chef", "Cuchillo Cocinero"],
                     ["Couteau de Chef", "Couteau de Cuisine"], ["包丁", "牛刀"]),
    "microwave": _t(["Microwave Oven", "Microwave"], ["微波炉", "家用微波炉"], ["Mikrowelle", "Mikrowelle mit Grill"], ["Microondas", "Microondas con Grill"],
                    ["Micro-ondes", "Four Micro-ondes"], ["電子レンジ", "オーブンレンジ"]),
    "blender": _t(["Blender", "Countertop Blender"], ["破壁机", "料理机 榨汁"], ["Standmixer", "Mixer"], ["Batidora de Vaso", "Licuadora"],
                  ["Blender", "Mixeur"], ["ミキサー", "ブレンダー"]),
}

FEATS = {
    "electric_kettle": _t(["BPA Free", "Auto Shut-Off", "Fast Boil"], ["304不锈钢", "自动断电", "防干烧"], ["BPA-frei", "Abschaltautomatik", "Kalkfilter"],
                          ["Sin BPA", "Apagado automático"], ["Sans BPA", "Arrêt automatique"], ["空焚き防止", "自動電源オフ", "転倒お湯もれ防止"]),
    "coffee_machine": _t(["Milk Frother", "Built-in Grinder"], ["一键花式咖啡", "研磨一体", "奶泡"], ["Milchaufschäumer", "Mahlwerk"],
                         ["Espumador de leche", "Molinillo integrado"], ["Mousseur à lait", "Broyeur intégré"], ["ミル付き", "ミルクフォーマー"]),
    "air_fryer": _t(["Dishwasher Safe Basket", "Digital Display", "8 Presets"], ["无油低脂", "可视", "多功能"], ["Spülmaschinenfest", "Digitales Display"],
                    ["Apta para lavavajillas", "Pantalla digital"], ["Compatible lave-vaisselle", "Écran digital"], ["油なし", "タイマー付き", "食洗機対応"]),
    "rice_cooker": _t(["Keep Warm", "Fuzzy Logic"], ["智能预约", "不粘内胆"], ["Warmhaltefunktion"], ["Mantener caliente"], ["Maintien au chaud"], ["極め炊き", "保温"]),
    "induction_cooktop": _t(["Touch Control", "Timer"], ["大功率", "火锅炒菜", "触控"], ["Touch-Bedienung", "Timer"], ["Control táctil", "Temporizador"],
                            ["Commande tactile", "Minuterie"], ["一人鍋", "タイマー付き"]),
    "frying_pan": _t(["Induction Compatible", "PFOA Free"], ["燃气电磁炉通用", "少油烟"], ["Induktionsgeeignet", "PFOA-frei"], ["Apta para inducción", "Sin PFOA"],
                     ["Tous feux dont induction", "Sans PFOA"], ["IH対応", "ガス火対応"]),
    "chef_knife": _t(["Forged", "Razor Sharp"], ["锋利", "家用"], ["Geschmiedet", "Scharf"], ["Forjado", "Afilado"], ["Forgé", "Tranchant"], ["日本製", "両刃"]),
    "microwave": _t(["Defrost", "Grill"], ["家用", "智能解冻"], ["Auftaufunktion", "Grill"], ["Descongelación", "Grill"], ["Décongélation", "Gril"], ["フラット", "解凍"]),
    "blender": _t(["High Speed", "Smoothies"], ["多功能", "豆浆"], ["Smoothie", "Hochleistung"], ["Smoothies", "Alta potencia"], ["Smoothies", "Haute puissance"], ["スムージー", "氷も砕ける"]),
}

MAT = {"stainless steel": _t("Stainless Steel", "不锈钢", "Edelstahl", "Acero Inoxidable", "Inox", "ステンレス"),
       "glass": _t("Glass", "玻璃", "Glas", "Vidrio", "Verre", "ガラス"), "plastic": _t("Plastic", "塑料", "Kunststoff", "Plástico", "Plastique", "プラスチック"),
       "cast iron": _t("Cast Iron", "铸铁", "Gusseisen", "Hierro Fundido", "Fonte", "鋳鉄"), "aluminium": _t("Nonstick Aluminum", "铝合金不粘", "Aluminium", "Aluminio", "Aluminium", "アルミ"),
       "carbon steel": _t("Carbon Steel", "碳钢", "Carbonstahl", "Acero al Carbono", "Acier Carbone", "鋼")}


def spec(ptype, a, lang):
    out = []
    if "capacity" in a:
        v = a["capacity"]
        out.append(v.replace(".", ",") if lang in ("de", "es", "fr") else (v.replace(" L", "升") if lang == "zh" else v))
    if "diameter" in a:
        out.append(a["diameter"].replace(" ", "") if lang in ("zh", "ja") else a["diameter"])
    if "material" in a:
        out.append(MAT[a["material"]][lang])
    if "power" in a:
        out.append(a["power"])
    return out


def _rows():
    r = []
    for b, m, cap, mat, cols, usd in [("Philips", "HD9350", "1.7 L", "stainless steel", ["silver"], 49), ("Bosch", "TWK3A011", "1.7 L", "plastic", ["white", "black"], 29),
                                      ("Xiaomi", "Mi Electric Kettle", "1.5 L", "stainless steel", ["white"], 25), ("Tefal", "Express KO2998", "1.5 L", "plastic", ["white"], 25),
                                      ("Zojirushi", "CK-DB10", "1.0 L", "stainless steel", ["black"], 69), ("Cosori", "GK172", "1.7 L", "glass", ["clear"], 39),
                                      ("Russell Hobbs", "Inspire", "1.7 L", "stainless steel", ["black", "cream"], 45)]:
        for c in cols:
            r.append(("electric_kettle", b, m, {"capacity": cap, "material": mat, "color": c}, usd))
    for b, m, col, usd in [("De'Longhi", "Magnifica S ECAM22.110", "black", 399), ("De'Longhi", "Dedica EC685", "silver", 249), ("Philips", "2200 LatteGo", "black", 449),
                           ("Nespresso", "Vertuo Next", "black", 179), ("Nespresso", "Essenza Mini", "red", 119), ("Siemens", "EQ.6 plus", "black", 799)]:
        r.append(("coffee_machine", b, m, {"color": col}, usd))
    for b, m, cap, cols, usd in [("Philips", "Airfryer XL HD9270", "6.2 L", ["black"], 179), ("Ninja", "AF101", "3.8 L", ["black"], 99), ("Ninja", "Foodi Dual Zone AF300", "7.6 L", ["black"], 199),
                                 ("Cosori", "Pro LE", "4.7 L", ["black", "white"], 99), ("Xiaomi", "Smart Air Fryer", "3.5 L", ["white"], 69), ("Tefal", "Easy Fry XXL", "5.6 L", ["black"], 119),
                                 ("Midea", "MF-KZ40", "4 L", ["black"], 59)]:
        for c in cols:
            r.append(("air_fryer", b, m, {"capacity": cap, "color": c}, usd))
    for b, m, cap, usd in [("Zojirushi", "NP-HCC10", "1.0 L", 229), ("Zojirushi", "NS-TSC10", "1.0 L", 149), ("Tiger", "JKT-D10", "1.0 L", 199),
                           ("Midea", "MB-FB40", "4 L", 49), ("Panasonic", "SR-FD101", "1.8 L", 179), ("Xiaomi", "Mi Rice Cooker", "3 L", 79)]:
        r.append(("rice_cooker", b, m, {"capacity": cap, "color": "white"}, usd))
    for b, m, pw, usd in [("Duxtop", "9600LS", "1800W", 79), ("Midea", "C21-RT2140", "2100W", 39), ("Iris Ohyama", "IHK-T38", "1400W", 59),
                          ("Rosenstein & Söhne", "Induktionsplatte", "2000W", 49)]:
        r.append(("induction_cooktop", b, m, {"power": pw, "color": "black"}, usd))
    for b, m, d, mat, usd in [("Tefal", "Ingenio", "24 cm", "aluminium", 29), ("Tefal", "Ingenio", "28 cm", "aluminium", 35), ("Tefal", "Unlimited", "26 cm", "aluminium", 39),
                              ("Lodge", "Cast Iron Skillet", "26 cm", "cast iron", 29), ("Zwilling", "Pro", "24 cm", "stainless steel", 89), ("Zwilling", "Pro", "28 cm", "stainless steel", 109),
                              ("De Buyer", "Mineral B", "28 cm", "carbon steel", 69), ("WMF", "Permadur", "28 cm", "aluminium", 49)]:
        r.append(("frying_pan", b, m, {"diameter": d, "material": mat, "color": "black" if mat != "stainless steel" else "silver"}, usd))
    for b, m, usd in [("Zwilling", "Four Star 20 cm", 99), ("Wüsthof", "Classic 20 cm", 159), ("Victorinox", "Fibrox 20 cm", 49), ("Global", "G-2", 129), ("Shun", "Classic 8\"", 169)]:
        r.append(("chef_knife", b, m, {"material": "stainless steel", "color": "silver"}, usd))
    for b, m, usd in [("Panasonic", "NN-SN67H", 179), ("Sharp", "RE-F23", 299), ("Samsung", "MG23K3515AK", 149), ("Midea", "M1-L213B", 79)]:
        r.append(("microwave", b, m, {"color": "black" if b != "Midea" else "white"}, usd))
    for b, m, usd in [("Vitamix", "E310", 349), ("Ninja", "Professional BL610", 99), ("Philips", "HR3041", 129)]:
        r.append(("blender", b, m, {"color": "black"}, usd))
    for b, m, cap, mat, col, usd in [("Smeg", "KLF03", "1.7 L", "stainless steel", "cream", 179), ("Smeg", "KLF03", "1.7 L", "stainless steel", "red", 179),
                                     ("Fellow", "Stagg EKG", "0.9 L", "stainless steel", "black", 165), ("Midea", "MK-HJ1705", "1.7 L", "stainless steel", "silver", 25)]:
        r.append(("electric_kettle", b, m, {"capacity": cap, "material": mat, "color": col}, usd))
    for b, m, cap, col, usd in [("Philips", "Airfryer XL HD9270", "6.2 L", "white", 179), ("Cosori", "Dual Blaze", "6.4 L", "grey", 149), ("Instant", "Vortex Plus", "5.7 L", "black", 119)]:
        r.append(("air_fryer", b, m, {"capacity": cap, "color": col}, usd))
    for b, m, d, mat, usd in [("Lodge", "Cast Iron Skillet", "30 cm", "cast iron", 39), ("Tefal", "Unlimited", "28 cm", "aluminium", 45), ("Le Creuset", "Signature Skillet", "26 cm", "cast iron", 229)]:
        r.append(("frying_pan", b, m, {"diameter": d, "material": mat, "color": "black"}, usd))
    for b, m, col, usd in [("De'Longhi", "Magnifica Evo", "black", 549), ("Breville", "Barista Express", "silver", 699)]:
        r.append(("coffee_machine", b, m, {"color": col}, usd))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=4)


_I = "kitchen-i"
INTENTS = [
    intent(_I + "01", "head", Q("air fryer", "空气炸锅", "Heißluftfritteuse", "freidora de aire", "friteuse sans huile", "ノンフライヤー"), "air_fryer"),
    intent(_I + "02", "head", Q("electric kettle", "电水壶", "Wasserkocher", "hervidor de agua eléctrico", "bouilloire électrique", "電気ケトル"), "electric_kettle"),
    intent(_I + "03", "longtail", Q("stainless steel electric kettle 1.7l", "不锈钢电水壶 1.7升 自动断电", "Wasserkocher Edelstahl 1,7 Liter",
                                    "hervidor eléctrico acero inoxidable 1,7 l", "bouilloire inox 1,7 l", "電気ケトル ステンレス 1.7L"),
           "electric_kettle", {"material": ["stainless steel"], "capacity": ["1.7 L"]}, relax=["capacity"]),
    intent(_I + "04", "longtail", Q("nonstick frying pan 28 cm induction", "不粘锅平底锅 28cm 电磁炉通用", "Bratpfanne 28 cm beschichtet induktion",
                                    "sartén antiadherente 28 cm inducción", "poêle antiadhésive 28 cm induction", "フライパン 28cm IH対応"),
           "frying_pan", {"diameter": ["28 cm"], "material": ["aluminium"]}, relax=["material"]),
    intent(_I + "05", "brand_model", Q("delonghi magnifica s", "德龙 Magnifica S 全自动咖啡机", "DeLonghi Magnifica S Kaffeevollautomat",
                                       "cafetera delonghi magnifica s", "delonghi magnifica s", "デロンギ マグニフィカS"),
           "coffee_machine", {"model": ["Magnifica S ECAM22.110"]}, ["De'Longhi"], relax=["model"]),
    intent(_I + "06", "brand_model", Q("zojirushi rice cooker", "象印电饭煲", "Zojirushi Reiskocher", "arrocera zojirushi", "cuiseur à riz zojirushi",
                                       "象印 炊飯器"),
           "rice_cooker", brand=["Zojirushi"], relax=["brand"]),
    intent(_I + "07", "typo", Q("expresso machine", "咖非机 家用", "kaffevollautomat", "cafetera expreso", "machine a cafe expresso", "コーヒーメイカー 全自動"),
           "coffee_machine"),
    intent(_I + "08", "mixed_script", Q("ninja air fryer dual zone", "ninja 双区空气炸锅", "Ninja Foodi Dual Zone Heißluftfritteuse",
                                        "freidora ninja dual zone", "ninja foodi dual zone", "Ninja デュアルゾーン ノンフライヤー"),
           "air_fryer", {"model": ["Foodi Dual Zone AF300"]}, ["Ninja"], relax=["model"]),
    intent(_I + "09", "false_friend", Q("portable electric stove induction", "电磁炉 家用", "Induktionskochplatte mobil", "placa de inducción portátil",
                                        "plaque à induction portable", "IHコンロ 卓上"),
           "induction_cooktop", comp_types=["frying_pan"]),
    intent(_I + "10", "head", Q("microwave oven", "微波炉", "Mikrowelle", "microondas", "four micro-ondes", "レンジ 一人暮らし"), "microwave"),
    intent(_I + "11", "near_miss", Q("tefal ingenio 24 cm", "特福 Ingenio 24cm 平底锅", "Tefal Ingenio Pfanne 24 cm", "sartén tefal ingenio 24 cm",
                                     "poêle tefal ingenio 24 cm", "ティファール インジニオ 24cm"),
           "frying_pan", {"model": ["Ingenio"], "diameter": ["24 cm"]}, ["Tefal"], relax=["diameter"]),
    intent(_I + "12", "near_miss", Q("rice cooker 5.5 cup 1.0l", "电饭煲 小型 1升", "Reiskocher 1 Liter klein", "arrocera pequeña 1 litro",
                                     "cuiseur à riz 1 litre", "炊飯器 5.5合"),
           "rice_cooker", {"capacity": ["1.0 L"]}, relax=["capacity"]),
]
