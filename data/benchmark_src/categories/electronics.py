"""Category: electronics (projectors, headphones, earbuds, speakers, TVs). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "electronics"
SEED = 1101

TYPE_WORDS = {
    "projector": {"en": ["Projector", "Home Theater Projector", "Video Projector"],
                  "zh": ["投影仪", "家用投影机", "投影仪家用"],
                  "de": ["Beamer", "Projektor", "Heimkino Beamer"],
                  "es": ["Proyector", "Proyector de Cine en Casa", "Proyector"],
                  "fr": ["Vidéoprojecteur", "Projecteur", "Vidéoprojecteur Home Cinéma"],
                  "ja": ["プロジェクター", "ホームプロジェクター", "家庭用プロジェクター"]},
    "headphones": {"en": ["Over-Ear Headphones", "Headphones", "Wireless Headphones"],
                   "zh": ["头戴式耳机", "耳罩式耳机", "头戴耳机"],
                   "de": ["Over-Ear Kopfhörer", "Kopfhörer", "Bügelkopfhörer"],
                   "es": ["Auriculares de Diadema", "Cascos", "Auriculares Over-Ear"],
                   "fr": ["Casque Audio", "Casque", "Casque Circum-auriculaire"],
                   "ja": ["ヘッドホン", "オーバーイヤーヘッドホン", "ヘッドフォン"]},
    "earbuds": {"en": ["Earbuds", "True Wireless Earbuds", "In-Ear Headphones"],
                "zh": ["蓝牙耳机", "真无线耳机", "入耳式耳机"],
                "de": ["In-Ear Kopfhörer", "Bluetooth Kopfhörer", "Ohrhörer"],
                "es": ["Auriculares Inalámbricos", "Auriculares Bluetooth", "Auriculares In-Ear"],
                "fr": ["Écouteurs sans fil", "Écouteurs Bluetooth", "Écouteurs intra-auriculaires"],
                "ja": ["ワイヤレスイヤホン", "完全ワイヤレスイヤホン", "Bluetoothイヤホン"]},
    "bluetooth_speaker": {"en": ["Bluetooth Speaker", "Portable Speaker", "Wireless Speaker"],
                          "zh": ["蓝牙音箱", "便携音响", "无线音箱"],
                          "de": ["Bluetooth Lautsprecher", "Musikbox", "Tragbarer Lautsprecher"],
                          "es": ["Altavoz Bluetooth", "Altavoz Portátil", "Altavoz Inalámbrico"],
                          "fr": ["Enceinte Bluetooth", "Enceinte Portable", "Enceinte sans fil"],
                          "ja": ["Bluetoothスピーカー", "ポータブルスピーカー", "ワイヤレススピーカー"]},
    "tv": {"en": ["Smart TV", "TV", "Television"], "zh": ["平板电视", "智能电视", "液晶电视机"],
           "de": ["Fernseher", "Smart TV", "TV"], "es": ["Televisor", "Smart TV", "TV"],
           "fr": ["Téléviseur", "TV", "Smart TV"], "ja": ["テレビ", "液晶テレビ", "スマートテレビ"]},
    "soundbar": {"en": ["Soundbar", "Sound Bar"], "zh": ["回音壁", "电视音响 Soundbar"],
                 "de": ["Soundbar", "TV Soundbar"], "es": ["Barra de Sonido", "Barra de sonido para TV"],
                 "fr": ["Barre de son", "Barre de son TV"], "ja": ["サウンドバー", "ホームシアター サウンドバー"]},
    "hdmi_cable": {"en": ["HDMI Cable", "HDMI 2.1 Cable"], "zh": ["HDMI线", "高清线 HDMI2.1"],
                   "de": ["HDMI Kabel", "HDMI 2.1 Kabel"], "es": ["Cable HDMI", "Cable HDMI 2.1"],
                   "fr": ["Câble HDMI", "Câble HDMI 2.1"], "ja": ["HDMIケーブル", "ハイスピードHDMIケーブル"]},
}

FEATS = {
    "projector": {"en": ["Auto Keystone", "Android TV", "Built-in Speakers", "Wi-Fi & Bluetooth"],
                  "zh": ["自动对焦", "梯形校正", "高亮度", "卧室投墙", "智能投影"],
                  "de": ["Autofokus", "Trapezkorrektur", "WLAN & Bluetooth", "Heimkino"],
                  "es": ["Corrección trapezoidal", "WiFi y Bluetooth", "Altavoces integrados"],
                  "fr": ["Correction trapézoïdale", "WiFi et Bluetooth", "Haut-parleurs intégrés"],
                  "ja": ["自動台形補正", "オートフォーカス", "Wi-Fi Bluetooth対応", "天井投影"]},
    "headphones": {"en": ["30H Battery", "Hi-Res Audio", "Foldable", "Multipoint"],
                   "zh": ["长续航", "高解析音质", "游戏音乐", "适用苹果华为手机"],
                   "de": ["30 Std. Akku", "Hi-Res Audio", "faltbar", "Multipoint"],
                   "es": ["30 h de batería", "Hi-Res Audio", "plegables"],
                   "fr": ["30 h d'autonomie", "Hi-Res Audio", "pliable"],
                   "ja": ["ハイレゾ", "長時間再生", "マルチポイント", "折りたたみ"]},
    "earbuds": {"en": ["Charging Case", "IPX4 Sweatproof", "Touch Control"],
                "zh": ["运动跑步", "超长续航", "通话降噪", "半入耳"],
                "de": ["Ladecase", "IPX4", "Touch-Steuerung"],
                "es": ["Estuche de carga", "IPX4", "Control táctil"],
                "fr": ["Boîtier de charge", "IPX4", "Commandes tactiles"],
                "ja": ["防水", "長時間再生", "マイク付き", "片耳使用可"]},
    "bluetooth_speaker": {"en": ["Deep Bass", "12H Playtime", "Outdoor"],
                          "zh": ["重低音", "户外便携", "大音量", "低音炮"],
                          "de": ["Starker Bass", "12 Std. Laufzeit", "Outdoor"],
                          "es": ["Graves potentes", "12 h de autonomía", "Exterior"],
                          "fr": ["Basses puissantes", "12 h d'autonomie", "Extérieur"],
                          "ja": ["重低音", "アウトドア", "長時間再生"]},
    "tv": {"en": ["HDR10", "Dolby Vision", "120Hz", "Alexa Built-in"],
           "zh": ["智能语音", "全面屏", "120Hz高刷", "家用客厅"],
           "de": ["HDR10", "Dolby Vision", "Triple Tuner", "120 Hz"],
           "es": ["HDR10", "Dolby Vision", "Control por voz"],
           "fr": ["HDR10", "Dolby Vision", "120 Hz"],
           "ja": ["倍速駆動", "ネット動画対応", "Dolby Vision", "裏番組録画"]},
    "soundbar": {"en": ["Dolby Atmos", "Wireless Subwoofer"], "zh": ["杜比全景声", "家庭影院"],
                 "de": ["Dolby Atmos", "Subwoofer"], "es": ["Dolby Atmos", "Subwoofer"],
                 "fr": ["Dolby Atmos", "Caisson de basses"], "ja": ["Dolby Atmos", "サブウーファー"]},
    "hdmi_cable": {"en": ["8K@60Hz", "48Gbps"], "zh": ["8K", "电视投影仪连接线"], "de": ["8K", "48 Gbit/s"],
                   "es": ["8K", "48 Gbps"], "fr": ["8K", "48 Gbit/s"], "ja": ["8K", "48Gbps"]},
}

RES = {"4K": {"en": "4K UHD", "zh": "4K超高清", "de": "4K UHD", "es": "4K UHD", "fr": "4K UHD", "ja": "4K"},
       "1080p": {"en": "1080P Full HD", "zh": "1080P全高清", "de": "Full HD 1080p", "es": "Full HD 1080p",
                 "fr": "Full HD 1080p", "ja": "フルHD 1080P"},
       "720p": {"en": "720P", "zh": "720P", "de": "720p HD", "es": "HD 720p", "fr": "HD 720p", "ja": "HD 720P"}}
CONN = {"wireless": {"en": "Wireless", "zh": "无线蓝牙", "de": "Kabellos", "es": "Inalámbricos", "fr": "sans fil", "ja": "ワイヤレス"},
        "wired": {"en": "Wired", "zh": "有线", "de": "kabelgebunden", "es": "con cable", "fr": "filaire", "ja": "有線"}}
ANC = {"en": "Noise Cancelling", "zh": "主动降噪", "de": "Noise Cancelling", "es": "Cancelación de Ruido",
       "fr": "Réduction de bruit active", "ja": "ノイズキャンセリング"}
CM = {"32 inch": 81, "43 inch": 109, "50 inch": 127, "55 inch": 139, "65 inch": 164, "77 inch": 195}


def spec(ptype, a, lang):
    out = []
    if "screen_size" in a:
        n = a["screen_size"].split()[0]
        out.append({"en": f"{n} Inch", "zh": f"{n}英寸", "de": f"{n} Zoll ({CM[a['screen_size']]} cm)",
                    "es": f"{n} pulgadas", "fr": f"{n} pouces ({CM[a['screen_size']]} cm)", "ja": f"{n}V型"}[lang])
    if "panel" in a:
        out.append("有機EL" if (lang == "ja" and a["panel"] == "OLED") else a["panel"])
    if "resolution" in a:
        out.append(RES[a["resolution"]][lang])
    if "lumens" in a:
        out.append({"zh": f"{a['lumens']}流明", "ja": f"{a['lumens']}ルーメン"}.get(lang, f"{a['lumens']} Lumen"))
    if "connectivity" in a:
        out.append(CONN[a["connectivity"]][lang])
    if a.get("noise_cancelling") == "yes":
        out.append(ANC[lang])
    if "waterproof" in a:
        out.append(a["waterproof"] + ("防水" if lang in ("zh", "ja") else ""))
    if "length" in a:
        out.append(a["length"].replace(" ", "") if lang in ("zh", "ja") else a["length"].replace(".", "," if lang in ("de", "es", "fr") else "."))
    return out


def _rows():
    r = []
    for b, m, res, lm, usd, col in [
            ("XGIMI", "Horizon Pro", "4K", "2200", 1699, "grey"), ("XGIMI", "Horizon", "1080p", "2200", 1199, "grey"),
            ("XGIMI", "MoGo 2", "720p", "400", 399, "white"), ("Epson", "EH-TW7000", "4K", "3000", 1599, "white"),
            ("Epson", "EH-TW650", "1080p", "3100", 649, "white"), ("BenQ", "W1800", "4K", "2000", 1099, "white"),
            ("BenQ", "TH585P", "1080p", "3500", 699, "white"), ("Anker", "Nebula Capsule 3", "1080p", "300", 549, "black"),
            ("Anker", "Nebula Cosmos 4K SE", "4K", "1800", 1299, "black"), ("Yaber", "V10", "1080p", "9500", 259, "white"),
            ("Yaber", "K2s", "1080p", "800", 399, "grey"), ("Xiaomi", "Mi Smart Projector 2", "1080p", "500", 549, "white")]:
        r.append(("projector", b, m, {"resolution": res, "lumens": lm, "color": col}, usd))
    for b, m, conn, anc, cols, usd in [
            ("Sony", "WH-1000XM5", "wireless", "yes", ["black", "silver"], 399),
            ("Sony", "WH-1000XM4", "wireless", "yes", ["black", "blue"], 279),
            ("Bose", "QuietComfort Ultra", "wireless", "yes", ["black", "white"], 429),
            ("Apple", "AirPods Max", "wireless", "yes", ["silver", "space_grey"], 549),
            ("JBL", "Tune 510BT", "wireless", "no", ["black", "blue"], 49),
            ("Sennheiser", "HD 560S", "wired", "no", ["black"], 199),
            ("Audio-Technica", "ATH-M50x", "wired", "no", ["black"], 149),
            ("Sony", "MDR-7506", "wired", "no", ["black"], 99)]:
        for c in cols:
            r.append(("headphones", b, m, {"connectivity": conn, "noise_cancelling": anc, "color": c}, usd))
    for b, m, anc, cols, usd in [
            ("Apple", "AirPods Pro 2", "yes", ["white"], 249), ("Apple", "AirPods 3", "no", ["white"], 169),
            ("Sony", "WF-1000XM5", "yes", ["black", "silver"], 299),
            ("Samsung", "Galaxy Buds2 Pro", "yes", ["graphite", "white"], 229),
            ("Anker", "Soundcore Liberty 4 NC", "yes", ["black", "blue"], 99),
            ("Xiaomi", "Redmi Buds 5", "yes", ["black"], 39)]:
        for c in cols:
            r.append(("earbuds", b, m, {"connectivity": "wireless", "noise_cancelling": anc, "color": c}, usd))
    for b, m, wp, cols, usd in [
            ("JBL", "Flip 6", "IP67", ["black", "blue", "red"], 129), ("JBL", "Charge 5", "IP67", ["black", "blue"], 179),
            ("Sony", "SRS-XB100", "IP67", ["black", "blue"], 59), ("Bose", "SoundLink Flex", "IP67", ["black", "blue"], 149),
            ("Anker", "Soundcore 2", "IPX7", ["black"], 45), ("Marshall", "Emberton II", "IP67", ["black", "cream"], 169),
            ("Xiaomi", "Mi Portable Speaker 16W", "IPX7", ["black"], 35)]:
        for c in cols:
            r.append(("bluetooth_speaker", b, m, {"waterproof": wp, "color": c}, usd))
    for b, m, panel, res, sizes, usd in [
            ("Samsung", "QN90C", "QLED", "4K", ["55 inch", "65 inch"], 1299), ("LG", "OLED C3", "OLED", "4K", ["55 inch", "65 inch", "77 inch"], 1499),
            ("Sony", "Bravia X80L", "LED", "4K", ["55 inch", "65 inch"], 899), ("TCL", "C645", "QLED", "4K", ["55 inch", "65 inch"], 549),
            ("Hisense", "A6", "LED", "4K", ["43 inch", "55 inch"], 349), ("Samsung", "S90C", "OLED", "4K", ["55 inch", "65 inch"], 1399),
            ("Xiaomi", "Redmi A32", "LED", "720p", ["32 inch"], 149), ("Hisense", "A4", "LED", "1080p", ["43 inch"], 249)]:
        for i, s in enumerate(sizes):
            r.append(("tv", b, m, {"screen_size": s, "panel": panel, "resolution": res, "color": "black"}, usd + 400 * i))
    r.append(("soundbar", "Sony", "HT-S400", {"color": "black"}, 299))
    r.append(("soundbar", "Samsung", "HW-Q600C", {"color": "black"}, 399))
    r.append(("hdmi_cable", "Ugreen", "", {"length": "2 m", "color": "black"}, 12))
    r.append(("hdmi_cable", "Amazon Basics", "", {"length": "3 m", "color": "black"}, 9))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=0)


_I = "electronics-i"
INTENTS = [
    intent(_I + "01", "head", Q("home projector", "家用投影仪", "Beamer Heimkino", "proyector", "vidéoprojecteur",
                                "プロジェクター 家庭用"),
           "projector", comp_types=["hdmi_cable"]),
    intent(_I + "02", "head", Q("wireless earbuds", "蓝牙耳机 无线", "bluetooth kopfhörer in ear", "auriculares inalambricos",
                                "écouteurs sans fil", "ワイヤレスイヤホン"),
           "earbuds", sub_types=["headphones"]),
    intent(_I + "03", "longtail", Q("noise cancelling over ear headphones black", "头戴式降噪耳机 黑色 无线",
                                    "over ear kopfhörer noise cancelling schwarz", "cascos cancelación de ruido negros",
                                    "casque réduction de bruit noir", "ノイズキャンセリング ヘッドホン 黒"),
           "headphones", {"noise_cancelling": ["yes"], "color": ["black"]}, relax=["color"]),
    intent(_I + "04", "longtail", Q("65 inch oled tv 4k", "65英寸 OLED电视 4K", "OLED Fernseher 65 Zoll",
                                    "televisor oled 65 pulgadas", "tv oled 65 pouces", "有機ELテレビ 65インチ"),
           "tv", {"screen_size": ["65 inch"], "panel": ["OLED"]}, relax=["panel"], comp_types=["soundbar", "hdmi_cable"]),
    intent(_I + "05", "brand_model", Q("sony wh-1000xm5", "索尼 WH-1000XM5 耳机", "Sony WH-1000XM5", "sony wh-1000xm5",
                                       "casque sony wh-1000xm5", "ソニー WH-1000XM5"),
           "headphones", {"model": ["WH-1000XM5"]}, ["Sony"], relax=["model"]),
    intent(_I + "06", "brand_model", Q("jbl flip 6", "JBL Flip6 蓝牙音箱", "JBL Flip 6 Lautsprecher", "altavoz jbl flip 6",
                                       "enceinte jbl flip 6", "JBL FLIP6 スピーカー"),
           "bluetooth_speaker", {"model": ["Flip 6"]}, ["JBL"], relax=["model"]),
    intent(_I + "07", "typo", Q("bluetooth speker waterprof", "篮牙音箱 防水", "bluetoth lautsprecher wasserdicht",
                                "altavos bluetooth impermeable", "enceinte bluetoot étanche", "ブルートゥース スピカー 防水"),
           "bluetooth_speaker", {"waterproof": ["IP67", "IPX7"]}),
    intent(_I + "08", "mixed_script", Q("sony headphones", "sony 头戴式耳机", "Sony Kopfhörer", "auriculares Sony diadema",
                                        "casque Sony", "Sony ヘッドホン"),
           "headphones", brand=["Sony"], sub_types=["earbuds"]),
    intent(_I + "09", "ambiguity", Q("apple earbuds", "苹果耳机", "Apple Kopfhörer In Ear", "auriculares apple",
                                     "écouteurs apple", "アップル イヤホン"),
           "earbuds", brand=["Apple"], sub_types=["headphones"]),
    intent(_I + "10", "false_friend", Q("4k projector", "4K投影仪", "Beamer 4K", "proyector 4k", "vidéoprojecteur 4K",
                                        "4K プロジェクター"),
           "projector", {"resolution": ["4K"]}, relax=["resolution"], comp_types=["hdmi_cable"]),
    intent(_I + "11", "near_miss", Q("sony wh-1000xm4", "索尼 WH-1000XM4", "Sony WH-1000XM4 Kopfhörer", "sony wh1000xm4",
                                     "sony wh-1000xm4", "ソニー WH-1000XM4"),
           "headphones", {"model": ["WH-1000XM4"]}, ["Sony"], relax=["model"]),
    intent(_I + "12", "near_miss", Q("samsung 55 inch qled tv", "三星 55英寸 QLED电视", "Samsung QLED 55 Zoll",
                                     "televisor samsung 55 pulgadas qled", "tv samsung qled 55 pouces", "サムスン テレビ 55インチ"),
           "tv", {"screen_size": ["55 inch"]}, ["Samsung"], relax=["brand"], comp_types=["soundbar"]),
]
