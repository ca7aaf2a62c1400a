"""Category: home appliances (vacuums, heaters, air care, fans, hair dryers, power strips). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "home_appliances"
SEED = 1104

TYPE_WORDS = {
    "robot_vacuum": {"en": ["Robot Vacuum", "Robot Vacuum Cleaner", "Robotic Vacuum"], "zh": ["扫地机器人", "扫拖一体机", "智能扫地机"],
                     "de": ["Saugroboter", "Staubsauger Roboter", "Saug- und Wischroboter"], "es": ["Robot Aspirador", "Robot Aspirador y Friegasuelos"],
                     "fr": ["Aspirateur Robot", "Robot Aspirateur Laveur"], "ja": ["ロボット掃除機", "お掃除ロボット"]},
    "cordless_vacuum": {"en": ["Cordless Vacuum", "Stick Vacuum Cleaner"], "zh": ["无线吸尘器", "手持吸尘器 家用大吸力"],
                        "de": ["Akku-Staubsauger", "Kabelloser Staubsauger"], "es": ["Aspiradora sin Cable", "Aspiradora Escoba"],
                        "fr": ["Aspirateur Balai sans fil", "Aspirateur sans fil"], "ja": ["コードレス掃除機", "スティッククリーナー"]},
    "handheld_vacuum": {"en": ["Handheld Vacuum", "Hand Vacuum", "Car Vacuum"], "zh": ["手持小型吸尘器", "车载吸尘器"],
                        "de": ["Handstaubsauger", "Akku-Handsauger"], "es": ["Aspirador de Mano", "Aspiradora de Mano"],
                        "fr": ["Aspirateur à Main", "Aspirateur de Table"], "ja": ["ハンディクリーナー", "ハンディ掃除機"]},
    "handheld_fan": {"en": ["Handheld Fan", "Portable Hand Fan", "Mini Fan"], "zh": ["手持小风扇", "便携风扇 USB充电"],
                     "de": ["Handventilator", "Mini Ventilator"], "es": ["Ventilador de Mano", "Ventilador Portátil"],
                     "fr": ["Ventilateur à Main", "Mini Ventilateur Portable"], "ja": ["ハンディファン", "携帯扇風機"]},
    "space_heater": {"en": ["Space Heater", "Electric Heater", "Heater"], "zh": ["取暖器", "电暖器", "暖风机 家用"],
                     "de": ["Heizgerät", "Elektroheizung", "Heizlüfter"], "es": ["Estufa Eléctrica", "Calefactor", "Radiador Eléctrico"],
                     "fr": ["Radiateur Électrique", "Chauffage d'appoint", "Radiateur"], "ja": ["電気ストーブ", "ヒーター", "暖房器具"]},
    "air_purifier": {"en": ["Air Purifier", "HEPA Air Purifier"], "zh": ["空气净化器", "除甲醛净化器"], "de": ["Luftreiniger", "Luftreiniger HEPA"],
                     "es": ["Purificador de Aire", "Purificador HEPA"], "fr": ["Purificateur d'Air", "Purificateur d'air HEPA"],
                     "ja": ["空気清浄機", "空気清浄器"]},
    "humidifier": {"en": ["Humidifier", "Cool Mist Humidifier"], "zh": ["加湿器", "家用静音加湿器"], "de": ["Luftbefeuchter", "Ultraschall Luftbefeuchter"],
                   "es": ["Humidificador", "Humidificador Ultrasónico"], "fr": ["Humidificateur", "Humidificateur d'air"], "ja": ["加湿器", "超音波加湿器"]},
    "electric_fan": {"en": ["Tower Fan", "Standing Fan", "Fan"], "zh": ["电风扇", "落地扇", "塔扇"], "de": ["Ventilator", "Standventilator", "Turmventilator"],
                     "es": ["Ventilador", "Ventilador de Pie", "Ventilador de Torre"], "fr": ["Ventilateur", "Ventilateur sur Pied", "Ventilateur Colonne"],
                     "ja": ["扇風機", "タワーファン", "リビング扇風機"]},
    "hair_dryer": {"en": ["Hair Dryer", "Blow Dryer"], "zh": ["吹风机", "电吹风", "负离子吹风筒"], "de": ["Haartrockner", "Föhn"],
                   "es": ["Secador de Pelo", "Secador"], "fr": ["Sèche-Cheveux", "Sèche Cheveux"], "ja": ["ドライヤー", "ヘアドライヤー"]},
    "power_strip": {"en": ["Power Strip", "Surge Protector Power Strip"], "zh": ["插线板", "排插", "插座"], "de": ["Steckdosenleiste", "Mehrfachsteckdose"],
                    "es": ["Regleta", "Regleta de Enchufes"], "fr": ["Multiprise", "Multiprise Parafoudre"], "ja": ["電源タップ", "延長コード", "OAタップ"]},
    "steam_iron": {"en": ["Steam Iron", "Iron"], "zh": ["电熨斗", "蒸汽熨斗"], "de": ["Dampfbügeleisen", "Bügeleisen"],
                   "es": ["Plancha de Vapor", "Plancha"], "fr": ["Fer à Repasser", "Fer à Vapeur"], "ja": ["スチームアイロン", "アイロン"]},
}

FEATS = {
    "robot_vacuum": {"en": ["LiDAR Navigation", "Self-Emptying", "App Control"], "zh": ["激光导航", "自动集尘", "自动洗拖布", "智能避障"],
                     "de": ["LiDAR Navigation", "Absaugstation", "App-Steuerung"], "es": ["Navegación LiDAR", "Autovaciado", "Control por app"],
                     "fr": ["Navigation LiDAR", "Station d'autovidage", "Contrôle par appli"], "ja": ["自動ゴミ収集", "マッピング", "アプリ対応"]},
    "cordless_vacuum": {"en": ["60 Min Runtime", "HEPA Filter", "Lightweight"], "zh": ["大吸力", "除螨", "长续航"],
                        "de": ["60 Min. Laufzeit", "HEPA Filter", "Leicht"], "es": ["60 min de autonomía", "Filtro HEPA"],
                        "fr": ["60 min d'autonomie", "Filtre HEPA"], "ja": ["軽量", "強力吸引", "サイクロン式"]},
    "handheld_vacuum": {"en": ["Cordless", "Rechargeable"], "zh": ["无线", "大吸力", "车家两用"], "de": ["Kabellos", "Akku"],
                        "es": ["Sin cable", "Recargable"], "fr": ["Sans fil", "Rechargeable"], "ja": ["コードレス", "充電式", "車用"]},
    "handheld_fan": {"en": ["USB Rechargeable", "3 Speeds"], "zh": ["USB充电", "静音", "学生宿舍"], "de": ["USB Akku", "3 Stufen"],
                     "es": ["Recargable USB", "3 velocidades"], "fr": ["Rechargeable USB", "3 vitesses"], "ja": ["USB充電", "3段階風量", "首掛け"]},
    "space_heater": {"en": ["Thermostat", "Overheat Protection", "Tip-Over Switch"], "zh": ["速热", "节能", "家用卧室", "防烫"],
                     "de": ["Thermostat", "Überhitzungsschutz", "Energiesparend"], "es": ["Termostato", "Protección contra sobrecalentamiento"],
                     "fr": ["Thermostat", "Protection surchauffe"], "ja": ["転倒時自動オフ", "速暖", "省エネ"]},
    "air_purifier": {"en": ["True HEPA", "Quiet", "Allergies & Pets"], "zh": ["除甲醛", "除菌", "静音", "宠物毛发"],
                     "de": ["HEPA Filter", "Leise", "Allergiker"], "es": ["Filtro HEPA", "Silencioso", "Alergias"],
                     "fr": ["Filtre HEPA", "Silencieux", "Allergies"], "ja": ["花粉対策", "静音", "ペット"]},
    "humidifier": {"en": ["Quiet", "Auto Shut-Off"], "zh": ["静音", "大雾量", "卧室"], "de": ["Leise", "Abschaltautomatik"],
                   "es": ["Silencioso", "Apagado automático"], "fr": ["Silencieux", "Arrêt automatique"], "ja": ["静音", "大容量"]},
    "electric_fan": {"en": ["Remote Control", "Oscillating", "Quiet"], "zh": ["遥控", "摇头", "静音 节能"], "de": ["Fernbedienung", "Oszillierend", "Leise"],
                     "es": ["Mando a distancia", "Oscilante"], "fr": ["Télécommande", "Oscillant"], "ja": ["リモコン付き", "首振り", "DCモーター"]},
    "hair_dryer": {"en": ["Ionic", "Fast Drying", "Diffuser"], "zh": ["负离子", "速干", "护发 大功率"], "de": ["Ionen", "Schnelltrocknend", "Diffusor"],
                   "es": ["Iónico", "Secado rápido", "Difusor"], "fr": ["Ionique", "Séchage rapide", "Diffuseur"], "ja": ["マイナスイオン", "速乾", "大風量"]},
    "power_strip": {"en": ["USB Ports", "Surge Protection", "5 ft Cord"], "zh": ["USB快充", "防雷", "1.8米"], "de": ["USB Anschlüsse", "Überspannungsschutz"],
                    "es": ["Puertos USB", "Protección contra sobretensiones"], "fr": ["Ports USB", "Parafoudre"], "ja": ["雷ガード", "USB付き", "ほこり防止"]},
    "steam_iron": {"en": ["Anti-Calc", "Ceramic Soleplate"], "zh": ["家用", "挂烫"], "de": ["Anti-Kalk", "Keramiksohle"],
                   "es": ["Antical", "Suela cerámica"], "fr": ["Anticalcaire", "Semelle céramique"], "ja": ["コードレス", "スチーム"]},
}

HT = {"oil radiator": {"en": "Oil Filled Radiator", "zh": "油汀", "de": "Ölradiator", "es": "Radiador de Aceite", "fr": "Bain d'huile", "ja": "オイルヒーター"},
      "ceramic": {"en": "Ceramic", "zh": "陶瓷暖风机", "de": "Keramik", "es": "Cerámico", "fr": "Céramique", "ja": "セラミックファンヒーター"},
      "fan heater": {"en": "Fan Heater", "zh": "暖风机", "de": "Heizlüfter", "es": "Termoventilador", "fr": "Soufflant", "ja": "ファンヒーター"},
      "convector": {"en": "Convector", "zh": "对流式", "de": "Konvektor", "es": "Convector", "fr": "Convecteur", "ja": "コンベクター"}}


def spec(ptype, a, lang):
    out = []
    if "heater_type" in a:
        out.append(HT[a["heater_type"]][lang])
    for k in ("suction", "power", "capacity", "room_size", "outlets"):
        if k in a:
            v = a[k]
            if k == "room_size":
                v = {"zh": f"适用{v.replace(' m²', '平米')}", "ja": f"〜{v.replace(' m²', '㎡')}", "de": f"bis {v}", "fr": f"jusqu'à {v}", "es": f"hasta {v}"}.get(lang, f"up to {v}")
            if k == "outlets":
                v = {"en": f"{v} Outlets", "zh": f"{v}位", "de": f"{v}-fach", "es": f"{v} tomas", "fr": f"{v} prises", "ja": f"{v}個口"}[lang]
            if k == "capacity":
                v = v.replace(".", ",") if lang in ("de", "es", "fr") else v
            out.append(v)
    if a.get("mop") == "yes":
        out.append({"en": "Mopping", "zh": "扫拖一体", "de": "Wischfunktion", "es": "Friegasuelos", "fr": "Lavage", "ja": "水拭き"}[lang])
    return out


def _rows():
    r = []
    for b, m, suc, mop, cols, usd in [("Roborock", "S8", "6000Pa", "yes", ["black", "white"], 599), ("iRobot", "Roomba j7", "2200Pa", "no", ["black"], 499),
                                      ("Ecovacs", "Deebot T20 Omni", "6000Pa", "yes", ["white"], 899), ("Xiaomi", "Robot Vacuum S10", "4000Pa", "yes", ["white"], 249),
                                      ("Dreame", "L10s Ultra", "5300Pa", "yes", ["white"], 799), ("Eufy", "RoboVac 11S", "1300Pa", "no", ["black"], 159)]:
        for c in cols:
            r.append(("robot_vacuum", b, m, {"suction": suc, "mop": mop, "color": c}, usd))
    for b, m, col, usd in [("Dyson", "V15 Detect", "yellow", 749), ("Dyson", "V12 Detect Slim", "purple", 649), ("Dyson", "V8", "silver", 399),
                           ("Shark", "Stratos", "grey", 449), ("Xiaomi", "Vacuum Cleaner G10", "white", 299), ("Bosch", "Unlimited 7", "white", 399)]:
        r.append(("cordless_vacuum", b, m, {"color": col}, usd))
    for b, m, col, usd in [("Black+Decker", "Dustbuster", "white", 59), ("Bosch", "Move Lion", "blue", 69), ("Xiaomi", "Mi Handheld Vacuum", "white", 49)]:
        r.append(("handheld_vacuum", b, m, {"color": col}, usd))
    for b, m, col, usd in [("JISULIFE", "Handheld Fan", "pink", 19), ("JISULIFE", "Handheld Fan", "white", 19), ("Xiaomi", "Handheld Fan", "white", 15)]:
        r.append(("handheld_fan", b, m, {"color": col}, usd))
    for b, m, ht, pw, col, usd in [("De'Longhi", "Dragon 4", "oil radiator", "2000W", "white", 199), ("De'Longhi", "Radia S", "oil radiator", "1500W", "white", 129),
                                   ("Dyson", "Hot+Cool AM09", "fan heater", "2000W", "white", 499), ("Iris Ohyama", "JCH-12TD4", "ceramic", "1200W", "white", 69),
                                   ("Iris Ohyama", "KJCH-12TDS", "ceramic", "1200W", "brown", 89), ("Midea", "NY2009", "oil radiator", "2000W", "white", 89),
                                   ("Xiaomi", "Smart Space Heater S", "convector", "2200W", "white", 99), ("Rowenta", "Instant Comfort Compact", "fan heater", "2000W", "grey", 49),
                                   ("Dimplex", "OFRC20", "oil radiator", "2000W", "white", 109)]:
        r.append(("space_heater", b, m, {"heater_type": ht, "power": pw, "color": col}, usd))
    for b, m, room, usd in [("Philips", "2000i", "79 m²", 299), ("Levoit", "Core 300S", "40 m²", 119), ("Xiaomi", "Smart Air Purifier 4 Lite", "43 m²", 129),
                            ("Dyson", "Purifier Cool TP07", "81 m²", 599), ("Blueair", "Blue Pure 411", "30 m²", 119), ("Sharp", "KC-G50", "38 m²", 299)]:
        r.append(("air_purifier", b, m, {"room_size": room, "color": "white"}, usd))
    for b, m, cap, usd in [("Levoit", "Classic 300S", "6 L", 79), ("Xiaomi", "Humidifier 2 Lite", "4 L", 39), ("Dreo", "HM311", "4 L", 49)]:
        r.append(("humidifier", b, m, {"capacity": cap, "color": "white"}, usd))
    for b, m, col, usd in [("Dyson", "Cool AM07", "white", 399), ("Rowenta", "Turbo Silence", "white", 99), ("Xiaomi", "Smart Standing Fan 2", "white", 89),
                           ("Iris Ohyama", "LFD-306L", "white", 49)]:
        r.append(("electric_fan", b, m, {"color": col}, usd))
    for b, m, pw, cols, usd in [("Dyson", "Supersonic HD07", "1600W", ["pink", "grey"], 429), ("Panasonic", "nanoe EH-NA0J", "1200W", ["white", "pink"], 219),
                                ("Philips", "3000 Series BHD360", "2100W", ["black"], 39), ("Xiaomi", "Mi Ionic Hair Dryer H300", "1600W", ["white"], 35)]:
        for c in cols:
            r.append(("hair_dryer", b, m, {"power": pw, "color": c}, usd))
    for b, m, n, usd in [("Anker", "PowerExtend", "6", 25), ("Bull", "GN-B4060", "6", 12), ("Sanwa Supply", "TAP-B105U", "4", 19), ("Belkin", "SurgePlus", "8", 29)]:
        r.append(("power_strip", b, m, {"outlets": n, "color": "white"}, usd))
    for b, m, usd in [("Philips", "Azur 8000", 79), ("Rowenta", "Focus Excel", 69), ("Tefal", "Ultragliss", 59)]:
        r.append(("steam_iron", b, m, {"color": "blue"}, usd))
    for b, m, suc, mop, col, usd in [("Roborock", "Q7 Max", "4200Pa", "yes", "white", 349), ("Ecovacs", "Deebot N8", "2300Pa", "yes", "white", 249)]:
        r.append(("robot_vacuum", b, m, {"suction": suc, "mop": mop, "color": col}, usd))
    for b, m, room, usd in [("Levoit", "Core 400S", "83 m²", 219), ("Philips", "800i", "49 m²", 169), ("Daikin", "MC55Z", "25 m²", 299)]:
        r.append(("air_purifier", b, m, {"room_size": room, "color": "white"}, usd))
    for b, m, cap, usd in [("Dyson", "PH04", "5 L", 899), ("Philips", "2000 Series HU2716", "2 L", 89)]:
        r.append(("humidifier", b, m, {"capacity": cap, "color": "white"}, usd))
    for b, m, pw, c, usd in [("Dyson", "Supersonic HD07", "1600W", "blue", 429), ("Remington", "Pro-Air AC5999", "2300W", "black", 49)]:
        r.append(("hair_dryer", b, m, {"power": pw, "color": c}, usd))
    for b, m, ht, pw, col, usd in [("Iris Ohyama", "JCH-12TD4", "ceramic", "1200W", "beige", 69), ("Tesy", "CN 051", "convector", "2000W", "white", 99)]:
        r.append(("space_heater", b, m, {"heater_type": ht, "power": pw, "color": col}, usd))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=3)


_I = "home_appliances-i"
INTENTS = [
    intent(_I + "01", "head", Q("robot vacuum", "扫地机器人", "Saugroboter", "robot aspirador", "aspirateur robot", "ロボット掃除機"),
           "robot_vacuum", sub_types=["cordless_vacuum"]),
    intent(_I + "02", "head", Q("air purifier", "空气净化器", "Luftreiniger", "purificador de aire", "purificateur d'air", "空気清浄機"),
           "air_purifier"),
    intent(_I + "03", "longtail", Q("robot vacuum and mop self emptying", "扫拖一体机器人 自动集尘 激光导航", "Saugroboter mit Wischfunktion und Absaugstation",
                                    "robot aspirador y friegasuelos con autovaciado", "aspirateur robot laveur avec station de vidage",
                                    "ロボット掃除機 水拭き 自動ゴミ収集"),
           "robot_vacuum", {"mop": ["yes"]}, relax=["mop"]),
    intent(_I + "04", "longtail", Q("oil filled radiator heater 2000w", "油汀取暖器 2000W 家用", "Ölradiator 2000W energiesparend",
                                    "radiador de aceite 2000w", "radiateur bain d'huile 2000w", "オイルヒーター 2000W"),
           "space_heater", {"heater_type": ["oil radiator"], "power": ["2000W"]}, relax=["power"]),
    intent(_I + "05", "brand_model", Q("dyson v15 detect", "戴森 V15 Detect 吸尘器", "Dyson V15 Detect Akkusauger", "dyson v15 detect",
                                       "aspirateur dyson v15 detect", "ダイソン V15 Detect"),
           "cordless_vacuum", {"model": ["V15 Detect"]}, ["Dyson"], relax=["model"]),
    intent(_I + "06", "brand_model", Q("roborock s8", "石头 S8 扫地机器人", "Roborock S8 Saugroboter", "roborock s8", "roborock s8",
                                       "ロボロック S8"),
           "robot_vacuum", {"model": ["S8"]}, ["Roborock"], relax=["model", "brand"]),
    intent(_I + "07", "typo", Q("hiar dryer ionic", "电吹峰 负离子", "haartrokner ionen", "secador de pleo ionico", "seche cheveu ionique",
                                "ドライアー マイナスイオン"),
           "hair_dryer"),
    intent(_I + "08", "mixed_script", Q("dyson hair dryer", "dyson 吹风机", "Dyson Föhn", "secador dyson", "sèche-cheveux dyson",
                                        "Dyson ドライヤー"),
           "hair_dryer", brand=["Dyson"], relax=["brand"]),
    intent(_I + "09", "false_friend", Q("electric space heater", "电暖器 取暖器 家用", "Elektroheizung Heizlüfter", "estufa eléctrica",
                                        "radiateur électrique d'appoint", "電気ストーブ"),
           "space_heater"),
    intent(_I + "10", "longtail", Q("power strip 6 outlets with usb", "插线板 6位 带USB", "Steckdosenleiste 6-fach mit USB",
                                    "regleta 6 enchufes con usb", "multiprise 6 prises usb", "コンセント 電源タップ 6個口 USB"),
           "power_strip", {"outlets": ["6"]}, relax=["outlets"]),
    intent(_I + "11", "near_miss", Q("dyson v12 detect slim", "戴森 V12 Detect Slim", "Dyson V12 Detect Slim", "dyson v12 detect slim",
                                     "dyson v12 detect slim", "ダイソン V12 Detect Slim"),
           "cordless_vacuum", {"model": ["V12 Detect Slim"]}, ["Dyson"], relax=["model"]),
    intent(_I + "12", "near_miss", Q("ceramic heater 1200w", "陶瓷暖风机 1200W", "Keramik Heizlüfter 1200W", "calefactor cerámico 1200w",
                                     "radiateur soufflant céramique 1200w", "セラミックファンヒーター 1200W"),
           "space_heater", {"heater_type": ["ceramic"], "power": ["1200W"]}, relax=["power"]),
]
