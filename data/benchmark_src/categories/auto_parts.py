"""Auto parts & car care: wipers, mats, boot liners, covers, care products, oil, brakes.

Traps owned here: ja "ハンドル" (= steering wheel) versus door handles; ja "バイク"
(= motorcycle) versus bicycle helmets (sports_outdoor); ja "マフラー" (exhaust or
scarf); UK "boot" (= car trunk) versus footwear; "Polo" (VW Polo) versus polo shirts;
"Jaguar" cars versus the animal (toys); car "primer"/"polish" versus cosmetics
(beauty); near misses by car model year and oil viscosity.
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "auto_parts"
_SEED = 4707

HIDE = {"line", "position"}

BRANDS = {
    "Bosch": {"zh": "博世", "ja": "ボッシュ"},
    "Valeo": {"zh": "法雷奥", "ja": "ヴァレオ"},
    "NWB": {"zh": "NWB", "ja": "NWB"},
    "WeatherTech": {"zh": "WeatherTech", "ja": "ウェザーテック"},
    "3W": {"zh": "3W"},
    "Walser": {"ja": "ワルサー"},
    "Bonfor": {"ja": "ボンフォーム"},
    "Meguiar's": {"zh": "美光", "ja": "マグアイアーズ"},
    "Sonax": {"zh": "索纳克斯", "ja": "ソナックス"},
    "Turtle Wax": {"zh": "龟牌", "ja": "タートルワックス"},
    "Soft99": {"zh": "SOFT99", "ja": "ソフト99"},
    "Dupli-Color": {"ja": "デュプリカラー"},
    "Holts": {"zh": "好顺", "ja": "ホルツ"},
    "Castrol": {"zh": "嘉实多", "ja": "カストロール"},
    "Mobil 1": {"zh": "美孚1号", "ja": "モービル1"},
    "Shell": {"zh": "壳牌", "ja": "シェル"},
    "Liqui Moly": {"zh": "力魔", "ja": "リキモリ"},
    "Brembo": {"zh": "布雷博", "ja": "ブレンボ"},
    "Akebono": {"zh": "曙光", "ja": "曙ブレーキ"},
    "ATE": {"ja": "ATE"},
    "Varta": {"zh": "瓦尔塔", "ja": "バルタ"},
    "Panasonic": {"zh": "松下", "ja": "パナソニック"},
    "Shoei": {"zh": "SHOEI", "ja": "ショウエイ"},
    "Arai": {"zh": "Arai", "ja": "アライ"},
    "AGV": {"zh": "AGV", "ja": "AGV"},
    "HJC": {"zh": "HJC", "ja": "HJC"},
    "Akrapovič": {"zh": "蝎子", "ja": "アクラポビッチ"},
    "Fujitsubo": {"ja": "フジツボ"},
    "Xiaomi": {"zh": "米家", "ja": "シャオミ"},
    "Michelin": {"zh": "米其林", "ja": "ミシュラン"},
}

VOCAB = {
    "VW Golf 7": {"en": "VW Golf 7 (2012-2019)", "zh": "大众高尔夫7", "de": "VW Golf 7", "es": "VW Golf VII", "fr": "VW Golf 7", "ja": "VW ゴルフ7"},
    "VW Golf 8": {"en": "VW Golf 8 (2020+)", "zh": "大众高尔夫8", "de": "VW Golf 8", "es": "VW Golf VIII", "fr": "VW Golf 8", "ja": "VW ゴルフ8"},
    "VW Polo 2018": {"en": "VW Polo (2018+)", "zh": "大众Polo 2018款", "de": "VW Polo AW ab 2018", "es": "VW Polo 2018", "fr": "VW Polo 6 depuis 2018", "ja": "VW ポロ AW 2018年〜"},
    "Toyota Corolla 2019": {"en": "Toyota Corolla 2019-2023", "zh": "丰田卡罗拉 2019款", "de": "Toyota Corolla ab 2019", "es": "Toyota Corolla 2019", "fr": "Toyota Corolla 2019", "ja": "トヨタ カローラ 210系 2019年〜"},
    "Toyota Corolla 2014": {"en": "Toyota Corolla 2014-2018", "zh": "丰田卡罗拉 2014-2018款", "de": "Toyota Corolla 2014-2018", "es": "Toyota Corolla 2014", "fr": "Toyota Corolla 2014", "ja": "トヨタ カローラ 2014年〜2018年"},
    "Honda Civic 2017": {"en": "Honda Civic 2017-2021", "zh": "本田思域 十代", "de": "Honda Civic ab 2017", "es": "Honda Civic 2017", "fr": "Honda Civic 2017", "ja": "ホンダ シビック FK7"},
    "Toyota RAV4 2020": {"en": "Toyota RAV4 2019+", "zh": "丰田RAV4荣放 2020款", "de": "Toyota RAV4 ab 2019", "es": "Toyota RAV4 2020", "fr": "Toyota RAV4 2020", "ja": "トヨタ RAV4 50系"},
    "Tesla Model 3": {"en": "Tesla Model 3", "zh": "特斯拉Model 3", "de": "Tesla Model 3", "es": "Tesla Model 3", "fr": "Tesla Model 3", "ja": "テスラ モデル3"},
    "Tesla Model Y": {"en": "Tesla Model Y", "zh": "特斯拉Model Y", "de": "Tesla Model Y", "es": "Tesla Model Y", "fr": "Tesla Model Y", "ja": "テスラ モデルY"},
    "Jaguar XE": {"en": "Jaguar XE (2015+)", "zh": "捷豹XE", "de": "Jaguar XE ab 2015", "es": "Jaguar XE", "fr": "Jaguar XE", "ja": "ジャガー XE"},
    "Honda N-BOX": {"en": "Honda N-BOX", "zh": "本田N-BOX", "de": "Honda N-BOX", "es": "Honda N-BOX", "fr": "Honda N-BOX", "ja": "ホンダ N-BOX JF3/JF4"},
    "Toyota Prius 2016": {"en": "Toyota Prius 2016+", "zh": "丰田普锐斯", "de": "Toyota Prius ab 2016", "es": "Toyota Prius 2016", "fr": "Toyota Prius 2016", "ja": "トヨタ プリウス 50系"},
    "universal": {"en": "Universal Fit", "zh": "通用", "de": "universal", "es": "universal", "fr": "universel", "ja": "汎用"},
    "rubber": {"en": "Rubber", "zh": "橡胶", "de": "Gummi", "es": "de goma", "fr": "caoutchouc", "ja": "ラバー"},
    "TPE": {"en": "TPE", "zh": "TPE 全包围", "de": "TPE", "es": "TPE", "fr": "TPE", "ja": "TPE 立体"},
    "carpet": {"en": "Carpet", "zh": "丝圈", "de": "Velours", "es": "moqueta", "fr": "moquette", "ja": "カーペット"},
    "leather": {"en": "Leather", "zh": "真皮", "de": "Leder", "es": "cuero", "fr": "cuir", "ja": "本革"},
    "microfiber": {"en": "Microfiber Leather", "zh": "超纤皮", "de": "Kunstleder", "es": "microfibra", "fr": "microfibre", "ja": "合皮"},
    "black": {"en": "Black", "zh": "黑色", "de": "Schwarz", "es": "negro", "fr": "noir", "ja": "ブラック"},
    "grey": {"en": "Grey", "zh": "灰色", "de": "Grau", "es": "gris", "fr": "gris", "ja": "グレー"},
    "white": {"en": "White", "zh": "白色", "de": "Weiß", "es": "blanco", "fr": "blanc", "ja": "ホワイト"},
    "full-face": {"en": "Full Face", "zh": "全盔", "de": "Integralhelm", "es": "integral", "fr": "intégral", "ja": "フルフェイス"},
    "open-face": {"en": "Open Face", "zh": "半盔", "de": "Jethelm", "es": "jet", "fr": "jet", "ja": "ジェット"},
    "front": {"en": "Front", "zh": "前", "de": "vorne", "es": "delanteras", "fr": "avant", "ja": "フロント"},
    "stainless steel": {"en": "Stainless Steel", "zh": "不锈钢", "de": "Edelstahl", "es": "acero inoxidable", "fr": "inox", "ja": "ステンレス"},
    "titanium": {"en": "Titanium", "zh": "钛合金", "de": "Titan", "es": "titanio", "fr": "titane", "ja": "チタン"},
}

KEYFMT = {
    "fits": {"en": "for {v}", "zh": "适用{v}", "de": "für {v}", "es": "para {v}", "fr": "pour {v}", "ja": "{v} 適合"},
    "length": {"en": "{v}", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
    "size": {"en": "Size {v}", "zh": "{v}码", "de": "Größe {v}", "es": "talla {v}", "fr": "taille {v}", "ja": "{v}サイズ"},
    "capacity": {"en": "{v}", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
}

NOUN = {
    "wiper_blade": {"en": ["Wiper Blades", "Windshield Wiper Blades"], "zh": ["雨刮器", "雨刷 无骨雨刮片"], "de": ["Scheibenwischer", "Wischblätter"], "es": ["escobillas limpiaparabrisas", "limpiaparabrisas"], "fr": ["balais d'essuie-glace", "essuie-glaces"], "ja": ["ワイパーブレード", "ワイパー"]},
    "floor_mat": {"en": ["Floor Mats", "All-Weather Floor Liners"], "zh": ["汽车脚垫", "脚垫 全包围"], "de": ["Fußmatten", "Automatten"], "es": ["alfombrillas coche", "alfombrillas"], "fr": ["tapis de sol", "tapis voiture"], "ja": ["フロアマット", "カーマット"]},
    "trunk_mat": {"en": ["Boot Liner", "Trunk Mat", "Cargo Liner"], "zh": ["后备箱垫", "尾箱垫"], "de": ["Kofferraumwanne", "Kofferraummatte"], "es": ["bandeja maletero", "alfombrilla maletero"], "fr": ["bac de coffre", "tapis de coffre"], "ja": ["ラゲッジマット", "トランクマット"]},
    "steering_wheel_cover": {"en": ["Steering Wheel Cover"], "zh": ["方向盘套", "方向盘套 四季通用"], "de": ["Lenkradbezug", "Lenkradhülle"], "es": ["funda volante", "cubre volante"], "fr": ["couvre-volant", "housse de volant"], "ja": ["ハンドルカバー"]},
    "door_handle_protector": {"en": ["Door Handle Scratch Protector", "Door Handle Cup Guard"], "zh": ["门碗贴 防刮", "门把手保护贴"], "de": ["Türgriffmulden Schutzfolie"], "es": ["protector manilla puerta"], "fr": ["protection poignée de porte"], "ja": ["ドアハンドルプロテクター", "ドアノブ 傷防止"]},
    "car_polish": {"en": ["Car Polish", "Car Wax"], "zh": ["车蜡", "汽车蜡 抛光"], "de": ["Autopolitur", "Politur & Wachs"], "es": ["pulimento coche", "cera para coche"], "fr": ["polish voiture", "cire auto"], "ja": ["カーワックス", "コンパウンド"]},
    "primer_spray": {"en": ["Primer Spray", "Spray Primer"], "zh": ["底漆喷漆", "自喷漆 底漆"], "de": ["Grundierung Spray", "Füller Spray"], "es": ["imprimación en spray", "spray imprimación"], "fr": ["apprêt en bombe", "primaire aérosol"], "ja": ["プラサフ", "サーフェイサー スプレー"]},
    "motor_oil": {"en": ["Motor Oil", "Engine Oil"], "zh": ["机油", "全合成机油"], "de": ["Motoröl"], "es": ["aceite de motor"], "fr": ["huile moteur"], "ja": ["エンジンオイル"]},
    "brake_pads": {"en": ["Brake Pads"], "zh": ["刹车片"], "de": ["Bremsbeläge", "Bremsklötze"], "es": ["pastillas de freno"], "fr": ["plaquettes de frein"], "ja": ["ブレーキパッド"]},
    "car_battery": {"en": ["Car Battery"], "zh": ["汽车电瓶", "蓄电池"], "de": ["Autobatterie", "Starterbatterie"], "es": ["batería coche"], "fr": ["batterie voiture"], "ja": ["バッテリー", "カーバッテリー"]},
    "motorcycle_helmet": {"en": ["Motorcycle Helmet", "Motorbike Helmet"], "zh": ["摩托车头盔", "机车头盔"], "de": ["Motorradhelm"], "es": ["casco de moto"], "fr": ["casque moto"], "ja": ["バイク ヘルメット", "ヘルメット"]},
    "exhaust_muffler": {"en": ["Exhaust Muffler", "Slip-On Exhaust"], "zh": ["排气管 尾段", "消音器"], "de": ["Auspuff Endschalldämpfer", "Endtopf"], "es": ["silenciador escape"], "fr": ["silencieux d'échappement", "pot d'échappement"], "ja": ["マフラー", "スリップオンマフラー"]},
    "tire_inflator": {"en": ["Tire Inflator", "Portable Air Compressor"], "zh": ["车载充气泵", "打气泵"], "de": ["Reifenfüller", "Kompressor"], "es": ["compresor de aire portátil", "inflador"], "fr": ["gonfleur pneus", "compresseur portable"], "ja": ["空気入れ", "電動エアポンプ"]},
}

EXTRA_ANY = {
    "en": ["OEM Quality", "Easy Install"],
    "zh": ["汽车用品", "专车专用", "包安装", "正品", "官方旗舰店"],
    "de": ["passgenau", "TÜV geprüft"],
    "es": ["recambio", "calidad OEM"],
    "fr": ["qualité OE", "montage facile"],
    "ja": ["カー用品", "適合確認済み", "正規品"],
}
EXTRA = {
    "floor_mat": {"zh": ["环保无味", "防水"], "ja": ["防水", "立体成型"], "de": ["Allwetter"], "en": ["All-Weather"]},
    "motorcycle_helmet": {"ja": ["SG規格", "PSCマーク"], "de": ["ECE 22.06"], "en": ["DOT/ECE"], "zh": ["3C认证"]},
}
TAGS_JA = {"*": ["適合確認済み", "正規品", "送料無料", "国内正規品"]}

SPECS = [
    # wipers (near miss by model year)
    _s("wiper_blade", "Bosch", "Aerotwin A863S", {"fits": "VW Golf 7", "length": "600/475 mm"}, 35, "de"),
    _s("wiper_blade", "Bosch", "Aerotwin AR653S", {"fits": "Toyota Corolla 2019", "length": "650/400 mm"}, 30, "en"),
    _s("wiper_blade", "Bosch", "Aerotwin A297S", {"fits": "Toyota Corolla 2014", "length": "650/350 mm"}, 28, "en"),
    _s("wiper_blade", "Valeo", "Silencio", {"fits": "Toyota Corolla 2019", "length": "650/400 mm"}, 27, "fr"),
    _s("wiper_blade", "NWB", "", {"fits": "Toyota Corolla 2019", "length": "650/400 mm"}, 20, "ja", x={"ja": ["デザインワイパー 2本セット"]}),
    _s("wiper_blade", "Bosch", "", {"fits": "Honda Civic 2017", "length": "650/450 mm"}, 28, "zh"),
    _s("wiper_blade", "Valeo", "", {"fits": "Toyota Corolla 2014", "length": "650/350 mm"}, 22, "zh"),
    # floor mats (Polo, Jaguar)
    _s("floor_mat", "Walser", "", {"fits": "VW Polo 2018", "material": "rubber"}, 40, "de"),
    _s("floor_mat", "3W", "", {"fits": "VW Polo 2018", "material": "TPE"}, 60, "zh"),
    _s("floor_mat", "WeatherTech", "", {"fits": "VW Golf 8", "material": "TPE"}, 130, "en"),
    _s("floor_mat", "WeatherTech", "", {"fits": "Toyota RAV4 2020", "material": "TPE"}, 140, "en"),
    _s("floor_mat", "3W", "", {"fits": "Tesla Model 3", "material": "TPE"}, 70, "zh"),
    _s("floor_mat", "Walser", "", {"fits": "Jaguar XE", "material": "carpet"}, 55, "fr"),
    _s("floor_mat", "Bonfor", "", {"fits": "Honda N-BOX", "material": "carpet"}, 80, "ja"),
    _s("floor_mat", "Walser", "", {"fits": "VW Golf 7", "material": "rubber"}, 38, "es"),
    # boot liners (UK "boot")
    _s("trunk_mat", "Walser", "", {"fits": "VW Golf 7", "material": "rubber"}, 35, "de"),
    _s("trunk_mat", "WeatherTech", "", {"fits": "VW Golf 7", "material": "TPE"}, 90, "en"),
    _s("trunk_mat", "3W", "", {"fits": "Tesla Model Y", "material": "TPE"}, 60, "zh"),
    _s("trunk_mat", "Walser", "", {"fits": "VW Polo 2018", "material": "rubber"}, 30, "es"),
    # steering wheel covers (ja ハンドル)
    _s("steering_wheel_cover", "Bonfor", "", {"diameter": "36.5-37.9 cm", "size": "S", "material": "leather", "color": "black"}, 25, "ja", x={"ja": ["軽自動車"]}),
    _s("steering_wheel_cover", "Bonfor", "", {"diameter": "38.5-39.9 cm", "size": "M", "material": "microfiber", "color": "grey"}, 20, "ja", x={"ja": ["普通車"]}),
    _s("steering_wheel_cover", "Walser", "", {"diameter": "37-39 cm", "size": "M", "material": "leather", "color": "black"}, 18, "de"),
    _s("steering_wheel_cover", "3W", "", {"diameter": "38 cm", "size": "M", "material": "leather", "color": "black"}, 15, "zh"),
    _s("steering_wheel_cover", "Walser", "", {"diameter": "37-39 cm", "size": "M", "material": "microfiber", "color": "grey"}, 14, "es"),
    # door handle protectors (trap for ハンドル)
    _s("door_handle_protector", "3W", "", {"fits": "universal", "count": "4", "color": "black"}, 8, "zh"),
    _s("door_handle_protector", "Soft99", "", {"fits": "universal", "count": "4", "color": "white"}, 9, "ja"),
    # care
    _s("car_polish", "Meguiar's", "Ultimate Polish", {"volume": "473 ml"}, 20, "en"),
    _s("car_polish", "Sonax", "Xtreme Polish+Wax 3", {"volume": "500 ml"}, 15, "de"),
    _s("car_polish", "Turtle Wax", "Hybrid Solutions", {"volume": "500 ml"}, 14, "fr"),
    _s("car_polish", "Soft99", "Fusso Coat", {"volume": "200 g"}, 18, "ja"),
    _s("car_polish", "Turtle Wax", "", {"volume": "300 ml"}, 8, "zh"),
    _s("primer_spray", "Dupli-Color", "", {"color": "grey", "volume": "400 ml"}, 12, "de"),
    _s("primer_spray", "Holts", "", {"color": "grey", "volume": "300 ml"}, 9, "ja"),
    _s("primer_spray", "Dupli-Color", "", {"color": "white", "volume": "400 ml"}, 12, "es"),
    # motor oil (near miss viscosity)
    _s("motor_oil", "Castrol", "Edge", {"viscosity": "5W-30", "volume": "4 L"}, 45, "es"),
    _s("motor_oil", "Castrol", "Edge", {"viscosity": "5W-30", "volume": "1 L"}, 14, "fr"),
    _s("motor_oil", "Castrol", "Edge", {"viscosity": "5W-40", "volume": "4 L"}, 45, "de"),
    _s("motor_oil", "Castrol", "Magnatec", {"viscosity": "5W-30", "volume": "4 L"}, 35, "zh"),
    _s("motor_oil", "Mobil 1", "", {"viscosity": "0W-20", "volume": "4 L"}, 40, "ja"),
    _s("motor_oil", "Shell", "Helix Ultra", {"viscosity": "5W-40", "volume": "5 L"}, 42, "es"),
    _s("motor_oil", "Liqui Moly", "Top Tec 4200", {"viscosity": "5W-30", "volume": "5 L"}, 55, "de"),
    # brakes
    _s("brake_pads", "Brembo", "P 85 121", {"fits": "VW Golf 7", "position": "front"}, 60, "de", x={"de": ["Vorderachse"], "en": ["Front Axle"], "es": ["delanteras"], "fr": ["avant"], "zh": ["前刹车片"], "ja": ["フロント"]}),
    _s("brake_pads", "Brembo", "P 83 150", {"fits": "Toyota Corolla 2019", "position": "front"}, 55, "es", x={"es": ["delanteras"], "en": ["Front"], "zh": ["前"]}),
    _s("brake_pads", "ATE", "13.0460", {"fits": "VW Golf 7", "position": "front"}, 45, "fr", x={"fr": ["avant"], "de": ["vorne"]}),
    _s("brake_pads", "Akebono", "", {"fits": "Toyota Prius 2016", "position": "front"}, 50, "ja", x={"ja": ["フロント"]}),
    # batteries
    _s("car_battery", "Varta", "Blue Dynamic E11", {"capacity": "74 Ah", "cca": "680 A"}, 110, "de"),
    _s("car_battery", "Varta", "Silver Dynamic AGM", {"capacity": "70 Ah", "cca": "760 A"}, 180, "fr"),
    _s("car_battery", "Varta", "", {"capacity": "60 Ah", "cca": "540 A"}, 100, "zh"),
    _s("car_battery", "Bosch", "S4 005", {"capacity": "60 Ah", "cca": "540 A"}, 95, "es"),
    _s("car_battery", "Panasonic", "caos", {"capacity": "70 Ah", "cca": "600 A"}, 150, "ja"),
    # motorcycle helmets (ja バイク)
    _s("motorcycle_helmet", "Shoei", "Z-8", {"style": "full-face", "size": "M"}, 550, "ja"),
    _s("motorcycle_helmet", "Arai", "RX-7X", {"style": "full-face", "size": "L"}, 800, "ja"),
    _s("motorcycle_helmet", "AGV", "K6 S", {"style": "full-face", "size": "M"}, 450, "es"),
    _s("motorcycle_helmet", "HJC", "i71", {"style": "full-face", "size": "M"}, 300, "de"),
    _s("motorcycle_helmet", "HJC", "i40", {"style": "open-face", "size": "M"}, 200, "fr"),
    # exhaust (ja マフラー)
    _s("exhaust_muffler", "Akrapovič", "Slip-On", {"material": "titanium", "fits": "universal"}, 900, "de"),
    _s("exhaust_muffler", "Fujitsubo", "Authorize", {"material": "stainless steel", "fits": "Toyota Prius 2016"}, 700, "ja"),
    _s("exhaust_muffler", "Akrapovič", "Evolution Line", {"material": "titanium", "fits": "VW Golf 8"}, 2500, "es"),
    _s("wiper_blade", "Valeo", "Silencio", {"fits": "VW Polo 2018", "length": "650/400 mm"}, 25, "es"),
    # inflator
    _s("tire_inflator", "Xiaomi", "1S", {"pressure": "150 psi"}, 45, "zh", ml={"zh": "米家充气宝 1S"}),
    _s("tire_inflator", "Michelin", "", {"pressure": "120 psi"}, 50, "fr"),
]
KEYFMT["count"] = {"en": "{v}-Pack", "zh": "{v}片装", "de": "{v} Stück", "es": "{v} piezas", "fr": "lot de {v}", "ja": "{v}枚入り"}

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "near_miss",
            ["wiper blades toyota corolla 2019", "卡罗拉 2019款 雨刮器", "Scheibenwischer Toyota Corolla 2019", "escobillas Toyota Corolla 2019", "essuie-glace Toyota Corolla 2019", "カローラ 210系 ワイパー"],
            ["wiper_blade"], {"fits": "Toyota Corolla 2019"}),
    _intent(2, "ambiguity",
            ["vw polo floor mats", "大众 Polo 脚垫 全包围", "VW Polo Fußmatten", "alfombrillas VW Polo", "tapis de sol VW Polo", "VW ポロ フロアマット"],
            ["floor_mat"], {"fits": "VW Polo 2018"}, sub=["trunk_mat"]),
    _intent(3, "ambiguity",
            ["jaguar xe floor mats", "捷豹XE 脚垫", "Jaguar XE Fußmatten", "alfombrillas Jaguar XE", "tapis Jaguar XE", "ジャガー XE フロアマット"],
            ["floor_mat"], {"fits": "Jaguar XE"}),
    _intent(4, "false_friend",
            ["leather steering wheel cover", "真皮方向盘套", "Lenkradbezug Leder", "funda volante cuero", "couvre-volant cuir", "ハンドルカバー 本革"],
            ["steering_wheel_cover"], {"material": "leather"}, relax=["material"]),
    _intent(5, "false_friend",
            ["full face motorcycle helmet", "摩托车头盔 全盔", "Motorradhelm Integralhelm", "casco moto integral", "casque moto intégral", "バイク ヘルメット フルフェイス"],
            ["motorcycle_helmet"], {"style": "full-face"}, relax=["style"]),
    _intent(6, "ambiguity",
            ["boot liner golf 7", "高尔夫7 后备箱垫", "Kofferraumwanne Golf 7", "bandeja maletero Golf 7", "bac de coffre Golf 7", "ゴルフ7 ラゲッジマット"],
            ["trunk_mat"], {"fits": "VW Golf 7"}, sub=["floor_mat"]),
    _intent(7, "head",
            ["car polish", "汽车蜡 抛光", "Autopolitur", "pulimento coche", "polish voiture", "カーワックス"],
            ["car_polish"], {}),
    _intent(8, "brand_model",
            ["Castrol Edge 5W-30 4L", "嘉实多 极护 5W-30 4L", "Castrol Edge 5W-30 4 Liter", "Castrol Edge 5W30 4L", "Castrol Edge 5W30 4L", "カストロール エッジ 5W-30 4L"],
            ["motor_oil"], {"viscosity": "5W-30", "volume": "4 L"}, brand=["Castrol"], relax=["volume", "brand"]),
    _intent(9, "typo",
            ["bremb brake pads golf 7", "布雷博刹车片 高尔夫7", "Brenbo Bremsbeläge Golf 7", "pastillas brembo golf 7", "plaquettes brenbo golf 7", "ブレンボ ブレーキパッド ゴルフ7"],
            ["brake_pads"], {"fits": "VW Golf 7"}, brand=["Brembo"], relax=["brand"]),
    _intent(10, "mixed_script",
             ["varta 70ah battery", "Varta 瓦尔塔 电瓶 70Ah", "Varta Batterie 70Ah", "batería Varta 70Ah", "batterie Varta 70Ah", "VARTA バッテリー 70Ah"],
             ["car_battery"], {"capacity": "70 Ah"}, brand=["Varta"], relax=["brand"]),
    _intent(11, "ambiguity",
             ["stainless exhaust muffler", "不锈钢 排气管 消音器", "Edelstahl Endschalldämpfer", "silenciador escape acero inoxidable", "silencieux inox", "マフラー ステンレス 車"],
             ["exhaust_muffler"], {"material": "stainless steel"}, relax=["material"]),
    _intent(12, "ambiguity",
             ["grey primer spray paint car", "汽车 底漆 自喷漆 灰色", "Grundierung Spray grau Auto", "imprimación spray gris coche", "apprêt gris bombe voiture", "プラサフ グレー スプレー"],
             ["primer_spray"], {"color": "grey"}, relax=["color"]),
]
