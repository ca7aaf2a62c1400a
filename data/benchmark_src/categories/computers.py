"""Category: computers (laptops, mice, keyboards, monitors, tablets, SSDs). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "computers"
SEED = 1103

TYPE_WORDS = {
    "laptop": {"en": ["Laptop", "Notebook", "Ultrabook"], "zh": ["笔记本电脑", "轻薄本", "办公笔记本"],
               "de": ["Laptop", "Notebook"], "es": ["Portátil", "Ordenador Portátil"],
               "fr": ["Ordinateur Portable", "PC Portable"], "ja": ["ノートパソコン", "ノートPC"]},
    "computer_mouse": {"en": ["Mouse", "Wireless Mouse", "Computer Mouse"], "zh": ["鼠标", "无线鼠标", "办公鼠标"],
                       "de": ["Maus", "Kabellose Maus", "PC Maus"], "es": ["Ratón", "Ratón Inalámbrico"],
                       "fr": ["Souris", "Souris sans fil"], "ja": ["マウス", "ワイヤレスマウス"]},
    "keyboard": {"en": ["Keyboard", "Wireless Keyboard"], "zh": ["键盘", "无线键盘", "机械键盘"],
                 "de": ["Tastatur", "Kabellose Tastatur"], "es": ["Teclado", "Teclado Inalámbrico"],
                 "fr": ["Clavier", "Clavier sans fil"], "ja": ["キーボード", "ワイヤレスキーボード"]},
    "monitor": {"en": ["Monitor", "Computer Monitor"], "zh": ["显示器", "电脑显示屏"], "de": ["Monitor", "Bildschirm"],
                "es": ["Monitor", "Monitor PC"], "fr": ["Écran PC", "Moniteur"], "ja": ["モニター", "ディスプレイ"]},
    "tablet": {"en": ["Tablet", "Wi-Fi Tablet"], "zh": ["平板电脑", "平板"], "de": ["Tablet", "Tablet-PC"],
               "es": ["Tablet", "Tableta"], "fr": ["Tablette", "Tablette Tactile"], "ja": ["タブレット", "タブレットPC"]},
    "portable_ssd": {"en": ["Portable SSD", "External SSD"], "zh": ["移动固态硬盘", "移动硬盘 SSD"],
                     "de": ["Externe SSD", "Portable SSD"], "es": ["SSD Externo", "Disco SSD Portátil"],
                     "fr": ["SSD Externe", "Disque SSD Portable"], "ja": ["外付けSSD", "ポータブルSSD"]},
    "usb_c_hub": {"en": ["USB C Hub", "USB-C Docking Station"], "zh": ["扩展坞", "Type-C拓展坞", "转换器"],
                  "de": ["USB C Hub", "Dockingstation"], "es": ["Hub USB C", "Adaptador USB C"], "fr": ["Hub USB C", "Station d'accueil"],
                  "ja": ["USB-C ハブ", "ドッキングステーション"]},
    "webcam": {"en": ["Webcam", "Web Camera"], "zh": ["摄像头", "电脑摄像头 网课直播"], "de": ["Webcam", "Webkamera"],
               "es": ["Webcam", "Cámara Web"], "fr": ["Webcam", "Caméra Web"], "ja": ["ウェブカメラ", "WEBカメラ"]},
    "mouse_pad": {"en": ["Mouse Pad", "Desk Mat"], "zh": ["鼠标垫", "桌垫"], "de": ["Mauspad", "Schreibtischunterlage"],
                  "es": ["Alfombrilla de Ratón", "Alfombrilla"], "fr": ["Tapis de Souris", "Sous-main"], "ja": ["マウスパッド", "デスクマット"]},
}

FEATS = {
    "laptop": {"en": ["Backlit Keyboard", "All-Day Battery", "Wi-Fi 6E", "Fingerprint Reader"], "zh": ["学生办公", "轻薄便携", "高色域", "长续航"],
               "de": ["Beleuchtete Tastatur", "Fingerabdrucksensor", "Wi-Fi 6E"], "es": ["Teclado retroiluminado", "Lector de huellas"],
               "fr": ["Clavier rétroéclairé", "Lecteur d'empreintes", "Wi-Fi 6E"], "ja": ["軽量", "長時間バッテリー", "指紋認証", "Wi-Fi 6E"]},
    "computer_mouse": {"en": ["Silent Click", "Ergonomic", "Rechargeable", "8000 DPI"], "zh": ["静音", "人体工学", "办公游戏", "充电"],
                       "de": ["Leise Klicks", "Ergonomisch", "Wiederaufladbar"], "es": ["Clic silencioso", "Ergonómico"],
                       "fr": ["Clic silencieux", "Ergonomique", "Rechargeable"], "ja": ["静音", "エルゴノミクス", "充電式"]},
    "keyboard": {"en": ["Backlit", "Multi-Device", "Hot-Swappable"], "zh": ["背光", "多设备切换", "办公"],
                 "de": ["Beleuchtet", "Multi-Device"], "es": ["Retroiluminado", "Multidispositivo"],
                 "fr": ["Rétroéclairé", "Multi-appareils"], "ja": ["バックライト", "マルチデバイス"]},
    "monitor": {"en": ["IPS", "USB-C", "Height Adjustable"], "zh": ["IPS", "电竞", "Type-C", "升降旋转"],
                "de": ["IPS", "USB-C", "Höhenverstellbar"], "es": ["IPS", "USB-C"], "fr": ["IPS", "USB-C", "Réglable en hauteur"],
                "ja": ["IPS", "USB-C", "高さ調整"]},
    "tablet": {"en": ["Liquid Retina", "Wi-Fi"], "zh": ["学习", "网课", "WiFi版"], "de": ["WLAN", "Retina"],
               "es": ["WiFi"], "fr": ["WiFi"], "ja": ["Wi-Fiモデル"]},
    "portable_ssd": {"en": ["USB 3.2 Gen 2", "1050MB/s"], "zh": ["高速", "Type-C"], "de": ["USB 3.2", "1050 MB/s"],
                     "es": ["USB 3.2", "1050 MB/s"], "fr": ["USB 3.2", "1050 Mo/s"], "ja": ["USB3.2", "最大1050MB/s"]},
    "usb_c_hub": {"en": ["4K HDMI", "100W PD"], "zh": ["4K HDMI", "PD100W", "适用MacBook"], "de": ["4K HDMI", "100W PD"],
                  "es": ["HDMI 4K", "PD 100W"], "fr": ["HDMI 4K", "PD 100W"], "ja": ["4K HDMI", "PD100W"]},
    "webcam": {"en": ["Built-in Microphone", "Autofocus"], "zh": ["带麦克风", "自动对焦"], "de": ["Mikrofon", "Autofokus"],
               "es": ["Micrófono", "Autoenfoque"], "fr": ["Micro intégré", "Autofocus"], "ja": ["マイク内蔵", "オートフォーカス"]},
    "mouse_pad": {"en": ["Non-Slip Base"], "zh": ["防滑"], "de": ["rutschfest"], "es": ["antideslizante"], "fr": ["antidérapant"], "ja": ["滑り止め"]},
}

LAYOUT = {"US": {"en": "US Layout", "zh": "美式布局", "de": "US Layout", "es": "Distribución US", "fr": "QWERTY US", "ja": "英語配列"},
          "DE": {"en": "German QWERTZ", "zh": "德语布局", "de": "Deutsches Layout QWERTZ", "es": "Teclado alemán", "fr": "QWERTZ allemand", "ja": "ドイツ語配列"},
          "FR": {"en": "French AZERTY", "zh": "法语布局", "de": "Französisch AZERTY", "es": "AZERTY francés", "fr": "AZERTY Français", "ja": "フランス語配列"},
          "ES": {"en": "Spanish Layout", "zh": "西班牙语布局", "de": "Spanisches Layout", "es": "Teclado Español con Ñ", "fr": "Clavier espagnol", "ja": "スペイン語配列"},
          "JIS": {"en": "Japanese JIS", "zh": "日文布局", "de": "Japanisches Layout", "es": "Japonés JIS", "fr": "Japonais JIS", "ja": "日本語配列"}}


def spec(ptype, a, lang):
    out = []
    if "screen_size" in a:
        n = a["screen_size"].split()[0]
        out.append({"en": f'{n}"', "zh": f"{n}英寸", "de": f"{n} Zoll", "es": f"{n}\"", "fr": f"{n} pouces", "ja": f"{n}インチ"}[lang])
    if "ports" in a:
        out.append({"zh": a["ports"].replace("-in-1", "合一"), "de": a["ports"].replace("-in-1", "-in-1"), "ja": a["ports"].replace("-in-1", "in1")}.get(lang, a["ports"]))
    for k in ("processor", "ram", "storage", "resolution", "refresh_rate", "capacity"):
        if k in a:
            v = a[k]
            if k == "ram":
                v = {"zh": f"{v}内存", "de": f"{v} RAM", "es": f"{v} RAM", "fr": f"{v} RAM", "ja": f"メモリ{v}"}.get(lang, f"{v} RAM")
            if k == "storage" and ptype == "laptop":
                v = {"zh": f"{v}固态", "ja": f"SSD{v}"}.get(lang, f"{v} SSD")
            out.append(v)
    if "connectivity" in a:
        out.append({"wireless": {"en": "Wireless", "zh": "无线", "de": "Kabellos", "es": "Inalámbrico", "fr": "sans fil", "ja": "ワイヤレス"},
                    "wired": {"en": "Wired", "zh": "有线", "de": "Kabelgebunden", "es": "con cable", "fr": "filaire", "ja": "有線"}}[a["connectivity"]][lang])
    if "layout" in a:
        out.append(LAYOUT[a["layout"]][lang])
    return out


def _rows():
    r = []
    for b, m, size, cpu, ram, sto, col, usd in [
            ("Apple", "MacBook Air 13", "13 inch", "M2", "8GB", "256GB", "midnight", 999), ("Apple", "MacBook Air 13", "13 inch", "M2", "16GB", "512GB", "starlight", 1399),
            ("Apple", "MacBook Air 15", "15 inch", "M3", "8GB", "256GB", "silver", 1299), ("Apple", "MacBook Pro 14", "14 inch", "M3 Pro", "18GB", "512GB", "space_grey", 1999),
            ("Lenovo", "ThinkPad X1 Carbon Gen 11", "14 inch", "Intel Core i7", "16GB", "512GB", "black", 1699), ("Lenovo", "IdeaPad Slim 5", "14 inch", "AMD Ryzen 7", "16GB", "512GB", "grey", 749),
            ("Dell", "XPS 13", "13 inch", "Intel Core i7", "16GB", "512GB", "silver", 1299), ("HP", "Pavilion 15", "15 inch", "Intel Core i5", "8GB", "512GB", "silver", 649),
            ("ASUS", "Zenbook 14 OLED", "14 inch", "Intel Core Ultra 7", "16GB", "1TB", "blue", 999), ("Huawei", "MateBook 14", "14 inch", "Intel Core i5", "16GB", "512GB", "grey", 899),
            ("Lenovo", "Legion 5", "15 inch", "AMD Ryzen 7", "16GB", "1TB", "grey", 1299), ("Acer", "Aspire 5", "15 inch", "Intel Core i5", "8GB", "512GB", "silver", 549),
            ("Apple", "MacBook Air 13", "13 inch", "M3", "8GB", "256GB", "midnight", 1099), ("Lenovo", "IdeaPad Slim 5", "14 inch", "AMD Ryzen 5", "8GB", "512GB", "grey", 599),
            ("Dell", "XPS 13", "13 inch", "Intel Core i5", "8GB", "256GB", "silver", 999), ("Huawei", "MateBook 14", "14 inch", "Intel Core i7", "16GB", "1TB", "grey", 1099)]:
        r.append(("laptop", b, m, {"screen_size": size, "processor": cpu, "ram": ram, "storage": sto, "color": col}, usd))
    for b, m, conn, cols, usd in [("Logitech", "MX Master 3S", "wireless", ["graphite", "grey"], 99), ("Logitech", "M185", "wireless", ["grey", "blue"], 15),
                                  ("Logitech", "G502 HERO", "wired", ["black"], 49), ("Razer", "DeathAdder V3", "wired", ["black", "white"], 69),
                                  ("Apple", "Magic Mouse", "wireless", ["white", "black"], 79), ("Microsoft", "Bluetooth Mouse", "wireless", ["black"], 19),
                                  ("Xiaomi", "Wireless Mouse Lite", "wireless", ["black"], 9)]:
        for c in cols:
            r.append(("computer_mouse", b, m, {"connectivity": conn, "color": c}, usd))
    for b, m, lay, usd in [("Logitech", "MX Keys S", "US", 109), ("Logitech", "MX Keys S", "DE", 109), ("Logitech", "MX Keys S", "FR", 109),
                           ("Keychron", "K2", "US", 79), ("Keychron", "K2", "JIS", 85), ("Apple", "Magic Keyboard", "US", 99),
                           ("Apple", "Magic Keyboard", "JIS", 99), ("Apple", "Magic Keyboard", "ES", 99), ("Logitech", "K380", "DE", 39)]:
        r.append(("keyboard", b, m, {"layout": lay, "connectivity": "wireless", "color": "white" if b == "Apple" else "black"}, usd))
    for b, m, size, res, hz, usd in [("Dell", "U2723QE", "27 inch", "4K", "60Hz", 579), ("LG", "27UL850", "27 inch", "4K", "60Hz", 449),
                                     ("Samsung", "Odyssey G5", "27 inch", "1440p", "165Hz", 299), ("AOC", "24G2", "24 inch", "1080p", "144Hz", 179),
                                     ("Xiaomi", "Mi Monitor", "27 inch", "1080p", "75Hz", 159), ("Dell", "S2421H", "24 inch", "1080p", "75Hz", 149),
                                     ("LG", "32UN650", "32 inch", "4K", "60Hz", 399),
                                     ("ASUS", "ProArt PA278CV", "27 inch", "1440p", "75Hz", 329), ("Samsung", "ViewFinity S8", "27 inch", "4K", "60Hz", 499)]:
        r.append(("monitor", b, m, {"screen_size": size, "resolution": res, "refresh_rate": hz, "color": "black"}, usd))
    for b, m, sto, col, usd in [("Apple", "iPad 10th Gen", "64GB", "blue", 449), ("Apple", "iPad 10th Gen", "256GB", "silver", 599),
                                ("Apple", "iPad Air M2", "128GB", "space_grey", 599), ("Samsung", "Galaxy Tab S9", "128GB", "graphite", 799),
                                ("Xiaomi", "Pad 6", "128GB", "grey", 349), ("Lenovo", "Tab P11", "128GB", "grey", 229)]:
        r.append(("tablet", b, m, {"storage": sto, "color": col}, usd))
    for b, m, ports, usd in [("Anker", "555 USB-C Hub", "8-in-1", 49), ("Ugreen", "Revodok", "6-in-1", 29), ("Baseus", "Metal Gleam", "7-in-1", 35),
                             ("Satechi", "Multiport Adapter", "6-in-1", 79)]:
        r.append(("usb_c_hub", b, m, {"ports": ports, "color": "grey"}, usd))
    for b, m, res, usd in [("Logitech", "C920", "1080p", 69), ("Logitech", "Brio 4K", "4K", 199), ("Razer", "Kiyo", "1080p", 99),
                           ("Anker", "PowerConf C200", "2K", 59)]:
        r.append(("webcam", b, m, {"resolution": res, "color": "black"}, usd))
    for b, m, cap, usd in [("Samsung", "T7", "1TB", 99), ("Samsung", "T7", "2TB", 169), ("SanDisk", "Extreme", "1TB", 89), ("SanDisk", "Extreme", "2TB", 149)]:
        r.append(("portable_ssd", b, m, {"capacity": cap, "color": "grey"}, usd))
    r.append(("mouse_pad", "Logitech", "Desk Mat Studio", {"color": "grey"}, 29))
    r.append(("mouse_pad", "SteelSeries", "QcK", {"color": "black"}, 12))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=2)


_I = "computers-i"
INTENTS = [
    intent(_I + "01", "head", Q("laptop", "笔记本电脑", "Laptop", "portátil", "ordinateur portable", "ノートパソコン"), "laptop",
           comp_types=["computer_mouse", "portable_ssd"]),
    intent(_I + "02", "head", Q("wireless mouse", "无线鼠标", "kabellose Maus", "ratón inalámbrico", "souris sans fil", "ワイヤレスマウス"),
           "computer_mouse", {"connectivity": ["wireless"]}, relax=["connectivity"], comp_types=["mouse_pad"]),
    intent(_I + "03", "longtail", Q("14 inch laptop 16gb ram 512gb ssd", "14英寸笔记本电脑 16G内存 512G固态 轻薄",
                                    "Laptop 14 Zoll 16GB RAM 512GB SSD", "portátil 14 pulgadas 16gb ram 512gb ssd",
                                    "pc portable 14 pouces 16go ram 512go ssd", "ノートパソコン 14インチ メモリ16GB SSD512GB"),
           "laptop", {"screen_size": ["14 inch"], "ram": ["16GB"], "storage": ["512GB"]}, relax=["storage"]),
    intent(_I + "04", "longtail", Q("27 inch 4k monitor usb c", "27英寸 4K显示器 Type-C", "27 Zoll 4K Monitor USB-C",
                                    "monitor 4k 27 pulgadas usb c", "écran pc 4k 27 pouces usb-c", "27インチ 4Kモニター USB-C"),
           "monitor", {"screen_size": ["27 inch"], "resolution": ["4K"]}, relax=["screen_size"]),
    intent(_I + "05", "brand_model", Q("logitech mx master 3s", "罗技 MX Master 3S 鼠标", "Logitech MX Master 3S", "ratón logitech mx master 3s",
                                       "souris logitech mx master 3s", "ロジクール MX Master 3S"),
           "computer_mouse", {"model": ["MX Master 3S"]}, ["Logitech"], relax=["model"], comp_types=["mouse_pad"]),
    intent(_I + "06", "brand_model", Q("macbook air m2 13 inch", "苹果 MacBook Air M2 13英寸", "MacBook Air 13 M2",
                                       "macbook air m2 13", "macbook air 13 pouces m2", "MacBook Air 13インチ M2"),
           "laptop", {"model": ["MacBook Air 13"], "processor": ["M2"]}, ["Apple"], relax=["model", "processor"]),
    intent(_I + "07", "typo", Q("mechanicl keybord", "机戒键盘", "tastatur kabelos", "teclado inalanbrico", "clavier san fil",
                                "キーボート ワイヤレス"),
           "keyboard"),
    intent(_I + "08", "mixed_script", Q("samsung t7 ssd 1tb", "三星 T7 移动固态硬盘 1TB", "Samsung T7 1TB externe SSD",
                                        "samsung t7 1tb ssd externo", "ssd externe samsung t7 1to", "Samsung T7 外付けSSD 1TB"),
           "portable_ssd", {"capacity": ["1TB"]}, ["Samsung"], relax=["brand"]),
    intent(_I + "09", "ambiguity", Q("mouse", "鼠标", "Maus", "ratón", "souris", "マウス"), "computer_mouse", comp_types=["mouse_pad"]),
    intent(_I + "10", "ambiguity", Q("apple ipad", "苹果平板", "Apple iPad", "ipad apple", "tablette apple ipad", "アップル iPad"),
           "tablet", brand=["Apple"], relax=["brand"]),
    intent(_I + "11", "near_miss", Q("german keyboard qwertz wireless", "德语键盘 QWERTZ 无线", "Tastatur kabellos deutsches Layout QWERTZ",
                                     "teclado alemán qwertz inalámbrico", "clavier qwertz allemand sans fil", "ドイツ語配列 キーボード"),
           "keyboard", {"layout": ["DE"]}),
    intent(_I + "12", "near_miss", Q("ipad 10th generation 256gb", "iPad 第十代 256G", "iPad 10. Generation 256GB",
                                     "ipad 10 generación 256gb", "ipad 10e génération 256go", "iPad 第10世代 256GB"),
           "tablet", {"model": ["iPad 10th Gen"], "storage": ["256GB"]}, ["Apple"], relax=["storage"]),
]
