"""Category: phone accessories (cases, screen protectors, chargers, cables, power banks, mounts). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "phone_accessories"
SEED = 1102

TYPE_WORDS = {
    "phone_case": {"en": ["Case", "Phone Case", "Protective Case", "Cover"],
                   "zh": ["手机壳", "保护套", "防摔壳", "手机保护壳"],
                   "de": ["Handyhülle", "Hülle", "Schutzhülle", "Case"],
                   "es": ["Funda", "Carcasa", "Funda para Móvil"],
                   "fr": ["Coque", "Coque de Protection", "Étui"],
                   "ja": ["ケース", "スマホケース", "カバー", "保護ケース"]},
    "screen_protector": {"en": ["Screen Protector", "Tempered Glass Screen Protector"],
                         "zh": ["钢化膜", "手机膜", "全屏钢化玻璃膜"],
                         "de": ["Panzerglas", "Schutzfolie", "Displayschutz"],
                         "es": ["Protector de Pantalla", "Cristal Templado"],
                         "fr": ["Verre Trempé", "Protection d'écran"],
                         "ja": ["ガラスフィルム", "保護フィルム", "強化ガラス"]},
    "phone_charger": {"en": ["USB C Charger", "Wall Charger", "Fast Charger"],
                      "zh": ["充电器", "充电头", "快充头", "氮化镓充电器"],
                      "de": ["USB C Ladegerät", "Netzteil", "Schnellladegerät"],
                      "es": ["Cargador USB C", "Cargador Rápido", "Cargador de Pared"],
                      "fr": ["Chargeur USB C", "Chargeur Rapide", "Chargeur Secteur"],
                      "ja": ["USB-C 充電器", "急速充電器", "ACアダプター"]},
    "charging_cable": {"en": ["Charging Cable", "Charger Cable", "Cable"],
                       "zh": ["数据线", "充电线", "快充线"],
                       "de": ["Ladekabel", "Kabel", "Datenkabel"],
                       "es": ["Cable de Carga", "Cable", "Cable Cargador"],
                       "fr": ["Câble de Charge", "Câble", "Câble Chargeur"],
                       "ja": ["充電ケーブル", "ケーブル", "充電コード"]},
    "power_bank": {"en": ["Power Bank", "Portable Charger", "Battery Pack"],
                   "zh": ["充电宝", "移动电源", "大容量充电宝"],
                   "de": ["Powerbank", "Externer Akku", "Powerbank"],
                   "es": ["Batería Externa", "Power Bank", "Cargador Portátil"],
                   "fr": ["Batterie Externe", "Power Bank", "Chargeur Portable"],
                   "ja": ["モバイルバッテリー", "モバイルバッテリー 大容量", "携帯充電器"]},
    "car_phone_mount": {"en": ["Car Phone Mount", "Phone Holder for Car", "Car Mount"],
                        "zh": ["车载手机支架", "汽车手机架", "出风口支架"],
                        "de": ["Handyhalterung Auto", "KFZ Handyhalterung", "Handyhalter"],
                        "es": ["Soporte Móvil Coche", "Soporte de Teléfono para Coche"],
                        "fr": ["Support Téléphone Voiture", "Support Smartphone Voiture"],
                        "ja": ["スマホホルダー 車載", "車載ホルダー", "スマホスタンド 車"]},
    "wireless_charger": {"en": ["Wireless Charger", "Charging Stand", "Charging Pad"],
                         "zh": ["无线充电器", "无线充", "三合一无线充电座"],
                         "de": ["Kabelloses Ladegerät", "Ladestation", "Induktive Ladestation"],
                         "es": ["Cargador Inalámbrico", "Base de Carga"],
                         "fr": ["Chargeur sans fil", "Station de Charge", "Chargeur à Induction"],
                         "ja": ["ワイヤレス充電器", "充電スタンド", "置くだけ充電"]},
    "phone_tripod": {"en": ["Selfie Stick Tripod", "Phone Tripod"], "zh": ["自拍杆", "手机三脚架", "直播支架"],
                     "de": ["Selfie Stick Stativ", "Handy Stativ"], "es": ["Palo Selfie Trípode", "Trípode Móvil"],
                     "fr": ["Perche à Selfie Trépied", "Trépied Smartphone"], "ja": ["自撮り棒", "三脚 スマホ"]},
}

FEATS = {
    "phone_case": {"en": ["Military Grade Drop Protection", "Slim Fit", "Anti-Yellowing", "MagSafe Compatible", "Raised Edges"],
                   "zh": ["全包防摔", "超薄", "男女款", "镜头全包", "不发黄", "磁吸", "网红"],
                   "de": ["Stoßfest", "Dünn", "Kratzfest", "Kameraschutz", "MagSafe kompatibel"],
                   "es": ["Antigolpes", "Fina", "Protección de cámara", "Compatible con MagSafe"],
                   "fr": ["Antichoc", "Fine", "Protection caméra", "Compatible MagSafe", "Anti-jaunissement"],
                   "ja": ["耐衝撃", "薄型", "米軍MIL規格", "黄ばみ防止", "ストラップホール付き", "MagSafe対応"]},
    "screen_protector": {"en": ["9H Hardness", "Easy Installation Frame", "Bubble Free"],
                         "zh": ["高清", "防指纹", "防爆", "全覆盖", "贴膜神器"],
                         "de": ["9H Härte", "Einfache Montage", "Blasenfrei"],
                         "es": ["Dureza 9H", "Fácil instalación", "Sin burbujas"],
                         "fr": ["Dureté 9H", "Installation facile", "Sans bulles"],
                         "ja": ["硬度9H", "ガイド枠付き", "気泡ゼロ", "指紋防止"]},
    "phone_charger": {"en": ["PD Fast Charging", "GaN", "Foldable Plug"], "zh": ["PD快充", "氮化镓", "折叠插脚", "笔记本"],
                      "de": ["PD Schnellladen", "GaN", "Kompakt"], "es": ["Carga rápida PD", "GaN", "Compacto"],
                      "fr": ["Charge rapide PD", "GaN", "Compact"], "ja": ["PD対応", "GaN採用", "折りたたみ式プラグ", "PSE技術基準適合"]},
    "charging_cable": {"en": ["Braided Nylon", "Fast Charging", "MFi Certified"], "zh": ["编织线", "快充", "MFi认证"],
                       "de": ["Nylon geflochten", "Schnellladen", "MFi zertifiziert"], "es": ["Nylon trenzado", "Carga rápida"],
                       "fr": ["Nylon tressé", "Charge rapide", "Certifié MFi"], "ja": ["ナイロン編み", "急速充電", "MFi認証"]},
    "power_bank": {"en": ["PD 20W Fast Charging", "USB-C", "LED Display"], "zh": ["超薄小巧", "快充", "可上飞机", "大容量"],
                   "de": ["PD Schnellladen", "USB-C", "LED Anzeige"], "es": ["Carga rápida PD", "USB-C", "Pantalla LED"],
                   "fr": ["Charge rapide PD", "USB-C", "Écran LED"], "ja": ["PD対応", "急速充電", "PSE認証済", "機内持ち込み可"]},
    "car_phone_mount": {"en": ["360° Rotation", "One-Touch", "Dashboard & Windshield"], "zh": ["导航", "360度旋转", "重力感应"],
                        "de": ["360° drehbar", "Armaturenbrett", "Lüftung"], "es": ["Rotación 360°", "Salpicadero"],
                        "fr": ["Rotation 360°", "Tableau de bord"], "ja": ["360度回転", "エアコン吹き出し口", "ワンタッチ"]},
    "wireless_charger": {"en": ["Qi2", "15W Fast Charging", "Foldable"], "zh": ["15W快充", "Qi认证", "手表耳机"],
                         "de": ["Qi2", "15W", "faltbar"], "es": ["Qi2", "15 W"], "fr": ["Qi2", "15 W"],
                         "ja": ["Qi2対応", "15W", "折りたたみ"]},
    "phone_tripod": {"en": ["Bluetooth Remote", "Extendable"], "zh": ["蓝牙遥控", "直播"], "de": ["Bluetooth Fernbedienung"],
                     "es": ["Control remoto Bluetooth"], "fr": ["Télécommande Bluetooth"], "ja": ["Bluetoothリモコン", "伸縮"]},
}

MAT = {"TPU": {"zh": "TPU软壳", "ja": "TPU"}, "silicone": {"en": "Silicone", "zh": "液态硅胶", "de": "Silikon", "es": "Silicona", "fr": "Silicone", "ja": "シリコン"},
       "leather": {"en": "Leather", "zh": "真皮", "de": "Leder", "es": "Piel", "fr": "Cuir", "ja": "レザー"},
       "polycarbonate": {"zh": "PC硬壳", "ja": "ポリカーボネート", "de": "Polycarbonat", "es": "Policarbonato", "fr": "Polycarbonate", "en": "Polycarbonate"},
       "tempered glass": {"en": "Tempered Glass", "zh": "钢化玻璃", "de": "Hartglas", "es": "Vidrio templado", "fr": "Verre trempé", "ja": "強化ガラス"}}


def spec(ptype, a, lang):
    out = []
    if "material" in a and ptype != "screen_protector":
        out.append(MAT[a["material"]].get(lang, a["material"]))
    if "power" in a:
        out.append(a["power"])
    if "connector" in a:
        c = a["connector"]
        out.append({"zh": c.replace(" to ", "转"), "ja": c.replace(" to ", " to "), "de": c.replace(" to ", " auf "),
                    "es": c.replace(" to ", " a "), "fr": c.replace(" to ", " vers ")}.get(lang, c))
    if "length" in a:
        out.append(a["length"].replace(" ", "") if lang in ("zh", "ja") else a["length"])
    if "capacity" in a:
        out.append(a["capacity"])
    if a.get("magsafe") == "yes" and ptype != "phone_case":
        out.append({"zh": "MagSafe磁吸", "ja": "MagSafe対応"}.get(lang, "MagSafe"))
    return out


def _rows():
    r = []
    cases = [("Spigen", "Ultra Hybrid", "TPU", "clear", ["iPhone 15", "iPhone 15 Pro", "iPhone 14", "Galaxy S24", "Galaxy S23"], 16),
             ("Spigen", "Liquid Air", "TPU", "black", ["iPhone 15", "iPhone 14", "Galaxy S24", "Pixel 8"], 13),
             ("OtterBox", "Defender", "polycarbonate", "black", ["iPhone 15", "iPhone 14", "Galaxy S24"], 49),
             ("ESR", "Classic Hybrid", "TPU", "clear", ["iPhone 15", "iPhone 15 Pro Max", "iPhone 14", "Galaxy S24"], 15),
             ("BMW", "M Collection", "leather", "black", ["iPhone 15", "Galaxy S24"], 39),
             ("Casetify", "Impact Case", "TPU", "pink", ["iPhone 15"], 68),
             ("Samsung", "Silicone Case", "silicone", "black", ["Galaxy S24"], 29)]
    for b, m, mat, col, models, usd in cases:
        for cm in models:
            r.append(("phone_case", b, m, {"compatible_model": cm, "material": mat, "color": col}, usd))
    for col in ("black", "pink", "blue"):
        r.append(("phone_case", "Apple", "Silicone Case with MagSafe", {"compatible_model": "iPhone 15", "material": "silicone", "color": col}, 49))
    r.append(("phone_case", "Apple", "Silicone Case with MagSafe", {"compatible_model": "iPhone 15 Pro", "material": "silicone", "color": "black"}, 49))
    for b, m, cm, pack, usd in [("ESR", "Armorite", "iPhone 15", "2", 15), ("ESR", "Armorite", "iPhone 14", "2", 13),
                                ("ESR", "Armorite", "Galaxy S24", "2", 13), ("ESR", "Armorite", "iPhone 15 Pro", "2", 15),
                                ("Belkin", "UltraGlass", "iPhone 15 Pro", "1", 39), ("Spigen", "GLAS.tR EZ Fit", "iPhone 15", "2", 19),
                                ("Spigen", "GLAS.tR EZ Fit", "Pixel 8", "2", 19), ("Spigen", "GLAS.tR EZ Fit", "Galaxy S23", "2", 17)]:
        r.append(("screen_protector", b, m, {"compatible_model": cm, "material": "tempered glass", "pack": pack}, usd))
    for b, m, pw, col, usd in [("Apple", "20W USB-C Power Adapter", "20W", "white", 19), ("Anker", "Nano", "20W", "white", 15),
                               ("Anker", "735 Nano II", "65W", "black", 49), ("Samsung", "Super Fast Charger", "25W", "black", 19),
                               ("Ugreen", "Nexode", "100W", "grey", 59), ("Xiaomi", "HyperCharge", "67W", "white", 29),
                               ("Anker", "313", "45W", "black", 25), ("Belkin", "BoostCharge Pro", "30W", "white", 29),
                               ("Ugreen", "Nexode", "65W", "grey", 39)]:
        r.append(("phone_charger", b, m, {"power": pw, "connector": "USB-C", "color": col}, usd))
    for b, m, con, ln, col, usd in [("Anker", "PowerLine III", "USB-C to Lightning", "1 m", "black", 15),
                                    ("Anker", "PowerLine III", "USB-C to Lightning", "2 m", "black", 19),
                                    ("Apple", "USB-C Woven Charge Cable", "USB-C to USB-C", "1 m", "white", 19),
                                    ("Ugreen", "", "USB-C to USB-C", "2 m", "grey", 12),
                                    ("Anker", "PowerLine III", "USB-C to USB-C", "1 m", "white", 11),
                                    ("Belkin", "BoostCharge", "USB-C to Lightning", "1 m", "white", 19)]:
        r.append(("charging_cable", b, m, {"connector": con, "length": ln, "color": col}, usd))
    for b, m, cap, mg, usd in [("Anker", "PowerCore", "10000mAh", "no", 25), ("Anker", "PowerCore", "20000mAh", "no", 45),
                               ("Xiaomi", "Power Bank 3", "20000mAh", "no", 29), ("Baseus", "Bipow", "10000mAh", "no", 19),
                               ("Anker", "MagGo", "5000mAh", "yes", 49), ("Anker", "737", "24000mAh", "no", 99),
                               ("Ugreen", "Nexode", "20000mAh", "no", 39)]:
        r.append(("power_bank", b, m, {"capacity": cap, "magsafe": mg, "color": "black"}, usd))
    for b, m, mg, usd in [("iOttie", "Easy One Touch 5", "no", 25), ("Belkin", "MagSafe Car Vent Mount", "yes", 39),
                          ("Lamicall", "", "no", 12), ("Baseus", "Gravity Car Mount", "no", 15)]:
        r.append(("car_phone_mount", b, m, {"magsafe": mg, "color": "black"}, usd))
    for b, m, mg, usd in [("Belkin", "BoostCharge Pro 3-in-1", "yes", 129), ("Anker", "313 Wireless Charger Pad", "no", 15),
                          ("Samsung", "Wireless Charger Duo", "no", 59), ("ESR", "HaloLock 3-in-1", "yes", 59)]:
        r.append(("wireless_charger", b, m, {"magsafe": mg, "color": "white" if b != "Anker" else "black"}, usd))
    r.append(("phone_tripod", "UBeesize", "", {"color": "black"}, 25))
    r.append(("phone_tripod", "Xiaomi", "Selfie Stick Tripod", {"color": "black"}, 19))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=1)


_I = "phone_accessories-i"
INTENTS = [
    intent(_I + "01", "head", Q("iphone 15 case", "苹果15手机壳", "iphone 15 hülle", "funda iphone 15", "coque iphone 15", "iPhone15 ケース"),
           "phone_case", {"compatible_model": ["iPhone 15"]}, comp_types=["screen_protector"], comp_match=["compatible_model"]),
    intent(_I + "02", "head", Q("power bank", "充电宝", "powerbank", "batería externa", "batterie externe", "モバイルバッテリー"),
           "power_bank", comp_types=["charging_cable"]),
    intent(_I + "03", "longtail", Q("20000mah power bank usb c fast charging", "充电宝20000毫安 快充 大容量",
                                    "Powerbank 20000mAh USB C Schnellladen", "batería externa 20000mah carga rápida usb c",
                                    "batterie externe 20000mah charge rapide", "モバイルバッテリー 20000mAh 急速充電 USB-C"),
           "power_bank", {"capacity": ["20000mAh"]}, relax=["capacity"]),
    intent(_I + "04", "longtail", Q("65w usb c charger for laptop and phone", "65W氮化镓充电器 笔记本手机快充",
                                    "USB C Ladegerät 65W GaN", "cargador usb c 65w portátil", "chargeur usb c 65w pc portable",
                                    "USB-C 充電器 65W PD対応"),
           "phone_charger", {"power": ["65W"]}, relax=["power"], comp_types=["charging_cable"]),
    intent(_I + "05", "brand_model", Q("spigen ultra hybrid iphone 15", "spigen ultra hybrid 苹果15 手机壳",
                                       "Spigen Ultra Hybrid iPhone 15 Hülle", "spigen ultra hybrid iphone 15",
                                       "coque spigen ultra hybrid iphone 15", "Spigen ウルトラハイブリッド iPhone15"),
           "phone_case", {"compatible_model": ["iPhone 15"], "model": ["Ultra Hybrid"]}, ["Spigen"], relax=["model", "brand"]),
    intent(_I + "06", "brand_model", Q("anker nano 20w charger", "安克 nano 20W 充电头", "Anker Nano 20W Ladegerät",
                                       "cargador anker nano 20w", "chargeur anker nano 20w", "Anker Nano 20W 充電器"),
           "phone_charger", {"model": ["Nano"], "power": ["20W"]}, ["Anker"], relax=["model", "brand"]),
    intent(_I + "07", "typo", Q("screen protecter iphone 15", "苹果15刚化膜", "panzerglass iphon 15", "protector de pantaya iphone 15",
                                "vere trempe iphone 15", "iPhone15 ガラスフイルム"),
           "screen_protector", {"compatible_model": ["iPhone 15"]}),
    intent(_I + "08", "mixed_script", Q("magsafe wireless charger", "magsafe 无线充电器", "MagSafe Ladegerät kabellos",
                                        "cargador magsafe inalámbrico", "chargeur magsafe sans fil", "MagSafe ワイヤレス充電器"),
           "wireless_charger", {"magsafe": ["yes"]}, relax=["magsafe"]),
    intent(_I + "09", "false_friend", Q("car phone mount", "车载手机支架", "Handyhalterung Auto", "soporte movil coche",
                                        "support téléphone voiture", "スマホホルダー 車載"),
           "car_phone_mount"),
    intent(_I + "10", "false_friend", Q("galaxy s24 case", "三星S24手机壳", "Handyhülle Galaxy S24", "funda samsung s24",
                                        "coque galaxy s24", "Galaxy S24 ケース"),
           "phone_case", {"compatible_model": ["Galaxy S24"]}, comp_types=["screen_protector"], comp_match=["compatible_model"]),
    intent(_I + "11", "ambiguity", Q("apple charger", "苹果原装充电器", "Apple Ladegerät", "cargador apple original",
                                     "chargeur apple", "アップル 純正 充電器"),
           "phone_charger", brand=["Apple"], relax=["brand"], comp_types=["charging_cable"]),
    intent(_I + "12", "near_miss", Q("iphone 14 case", "苹果14手机壳", "iPhone 14 Hülle", "funda iphone 14", "coque iphone 14",
                                     "iPhone14 ケース"),
           "phone_case", {"compatible_model": ["iPhone 14"]}, comp_types=["screen_protector"], comp_match=["compatible_model"]),
    intent(_I + "13", "near_miss", Q("usb c to lightning cable 2m", "USB-C转Lightning数据线 2米", "USB C auf Lightning Kabel 2m",
                                     "cable usb c a lightning 2 m", "câble usb c vers lightning 2m", "USB-C to Lightning ケーブル 2m"),
           "charging_cable", {"connector": ["USB-C to Lightning"], "length": ["2 m"]}, relax=["length"]),
]
