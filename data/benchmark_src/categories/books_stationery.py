"""Books & stationery: pens, pencils, crayons, erasers, notebooks, folders, letter sets, books.

Traps owned here: ja "手紙" (= letter; letter sets) versus zh "手纸" (= toilet paper,
see beauty); Spanish "carpeta" (= folder) versus carpet; French "crayon" (= pencil)
versus English "crayon" (wax crayon); Spanish "goma" (= eraser) versus chewing gum
(food_grocery); German "Notebook" (= laptop) versus a paper notebook; "Mandarin"
textbooks versus mandarin fruit (food_grocery); "pen" versus playpen (baby);
near misses by tip size, lead hardness, planner size and book language.
"""
from market_titles import MarketCategory
from market_titles import spec as _s

CATEGORY = "books_stationery"
_SEED = 4808

HIDE = {"line", "work", "subject"}

BRANDS = {
    "Midori": {"zh": "Midori", "ja": "ミドリ"},
    "Kokuyo": {"zh": "国誉", "ja": "コクヨ"},
    "Leitz": {"zh": "Leitz", "ja": "ライツ"},
    "Esselte": {"ja": "エセルテ"},
    "Exacompta": {"ja": "エグザコンタ"},
    "Oxford": {"ja": "オックスフォード"},
    "Staedtler": {"zh": "施德楼", "ja": "ステッドラー"},
    "Faber-Castell": {"zh": "辉柏嘉", "ja": "ファーバーカステル"},
    "Mitsubishi Pencil": {"zh": "三菱", "ja": "三菱鉛筆"},
    "Tombow": {"zh": "蜻蜓", "ja": "トンボ鉛筆"},
    "China Pencil": {"zh": "中华牌"},
    "Bic": {"zh": "比克", "ja": "ビック"},
    "Crayola": {"zh": "绘儿乐", "ja": "クレヨラ"},
    "Sakura": {"zh": "樱花", "ja": "サクラクレパス"},
    "Giotto": {"ja": "ジョット"},
    "Pilot": {"zh": "百乐", "ja": "パイロット"},
    "Uni": {"zh": "三菱uni", "ja": "三菱鉛筆 uni"},
    "Zebra": {"zh": "斑马", "ja": "ゼブラ"},
    "M&G": {"zh": "晨光"},
    "Pentel": {"zh": "派通", "ja": "ぺんてる"},
    "Lamy": {"zh": "凌美", "ja": "ラミー"},
    "Pelikan": {"zh": "百利金", "ja": "ペリカン"},
    "Milan": {"ja": "ミラン"},
    "Leuchtturm1917": {"zh": "灯塔", "ja": "ロイヒトトゥルム"},
    "Moleskine": {"zh": "魔力斯奇那", "ja": "モレスキン"},
    "Rhodia": {"zh": "Rhodia", "ja": "ロディア"},
    "Clairefontaine": {"ja": "クレールフォンテーヌ"},
    "Hobonichi": {"zh": "Hobonichi", "ja": "ほぼ日"},
    "Beijing Language and Culture University Press": {"en": "BLCUP", "zh": "北京语言大学出版社", "de": "BLCUP", "es": "BLCUP", "fr": "BLCUP", "ja": "北京語言大学出版社"},
    "Cheng & Tsui": {"ja": "チェン&ツイ"},
    "The Japan Times": {"zh": "日本时报", "ja": "ジャパンタイムズ出版"},
    "Folio": {"ja": "フォリオ"},
    "Salamandra": {"ja": "サラマンドラ"},
    "Rauch": {"ja": "ラオホ"},
    "Iwanami": {"zh": "岩波书店", "ja": "岩波書店"},
    "People's Literature": {"zh": "人民文学出版社"},
    "Assimil": {"ja": "アシミル"},
    "Sanrio": {"zh": "三丽鸥", "ja": "サンリオ"},
}

VOCAB = {
    "black": {"en": "Black", "zh": "黑色", "de": "schwarz", "es": "negro", "fr": "noir", "ja": "黒"},
    "blue": {"en": "Blue", "zh": "蓝色", "de": "blau", "es": "azul", "fr": "bleu", "ja": "青"},
    "assorted": {"en": "Assorted Colors", "zh": "多色", "de": "farbig sortiert", "es": "colores surtidos", "fr": "couleurs assorties", "ja": "カラー アソート"},
    "A4": {"en": "A4", "zh": "A4", "de": "DIN A4", "es": "A4", "fr": "A4", "ja": "A4"},
    "A5": {"en": "A5", "zh": "A5", "de": "DIN A5", "es": "A5", "fr": "A5", "ja": "A5"},
    "A6": {"en": "A6", "zh": "A6", "de": "A6", "es": "A6", "fr": "A6", "ja": "A6"},
    "B5": {"en": "B5", "zh": "B5", "de": "B5", "es": "B5", "fr": "B5", "ja": "セミB5"},
    "large": {"en": "Large (13x21 cm)", "zh": "大号", "de": "Large", "es": "grande", "fr": "grand format", "ja": "ラージ"},
    "dotted": {"en": "Dotted", "zh": "点阵", "de": "gepunktet", "es": "punteado", "fr": "pointillé", "ja": "ドット方眼"},
    "ruled": {"en": "Ruled", "zh": "横线", "de": "liniert", "es": "rayado", "fr": "ligné", "ja": "横罫"},
    "squared": {"en": "Grid", "zh": "方格", "de": "kariert", "es": "cuadriculado", "fr": "quadrillé", "ja": "方眼"},
    "seyes": {"en": "French Ruled", "zh": "法式横线", "de": "Seyès", "es": "pauta Seyès", "fr": "grands carreaux Seyès", "ja": "フランス罫"},
    "ring binder": {"en": "Ring Binder", "zh": "活页夹", "de": "Ringordner", "es": "carpeta de anillas", "fr": "classeur à anneaux", "ja": "リングファイル"},
    "lever arch": {"en": "Lever Arch File", "zh": "档案夹", "de": "Ordner", "es": "archivador de palanca", "fr": "classeur à levier", "ja": "レバーファイル"},
    "document wallet": {"en": "Document Folder", "zh": "文件袋", "de": "Sammelmappe", "es": "carpeta con gomas", "fr": "chemise à élastiques", "ja": "ドキュメントファイル"},
    "clear file": {"en": "Clear File Folders", "zh": "透明文件夹", "de": "Sichthüllen", "es": "carpeta de fundas", "fr": "protège-documents", "ja": "クリアファイル"},
    "French": {"en": "French", "zh": "法语", "de": "Französisch", "es": "francés", "fr": "français", "ja": "フランス語"},
    "Spanish": {"en": "Spanish", "zh": "西班牙语", "de": "Spanisch", "es": "español", "fr": "espagnol", "ja": "スペイン語"},
    "German": {"en": "German", "zh": "德语", "de": "Deutsch", "es": "alemán", "fr": "allemand", "ja": "ドイツ語"},
    "Japanese": {"en": "Japanese", "zh": "日语", "de": "Japanisch", "es": "japonés", "fr": "japonais", "ja": "日本語"},
    "Chinese": {"en": "Chinese", "zh": "中文", "de": "Chinesisch", "es": "chino", "fr": "chinois", "ja": "中国語"},
    "English": {"en": "English", "zh": "英文", "de": "Englisch", "es": "inglés", "fr": "anglais", "ja": "英語"},
    "F": {"en": "Fine Nib", "zh": "F尖", "de": "Feder F", "es": "plumín F", "fr": "plume F", "ja": "F 細字"},
    "M": {"en": "Medium Nib", "zh": "M尖", "de": "Feder M", "es": "plumín M", "fr": "plume M", "ja": "M 中字"},
    "EF": {"en": "Extra Fine Nib", "zh": "EF尖", "de": "Feder EF", "es": "plumín EF", "fr": "plume EF", "ja": "EF 極細"},
    "wax": {"en": "Wax", "zh": "", "de": "", "es": "", "fr": "", "ja": ""},
    "oil pastel": {"en": "Oil Pastel", "zh": "油画棒", "de": "Ölpastell", "es": "pastel al óleo", "fr": "pastel à l'huile", "ja": "クレパス"},
    "plastic": {"en": "", "zh": "", "de": "Kunststoff", "es": "", "fr": "", "ja": "プラスチック"},
    "natural rubber": {"en": "Natural Rubber", "zh": "橡胶", "de": "Naturkautschuk", "es": "caucho natural", "fr": "caoutchouc naturel", "ja": "天然ゴム"},
}

KEYFMT = {
    "count": {"en": ["{v}-Pack", "Pack of {v}"], "zh": ["{v}支装", "{v}支/盒"], "de": ["{v} Stück", "{v}er Set"], "es": ["pack de {v}", "caja de {v}"], "fr": ["lot de {v}", "boîte de {v}"], "ja": ["{v}本入", "{v}本セット"]},
    "colors": {"en": "{v} Colors", "zh": "{v}色", "de": "{v} Farben", "es": "{v} colores", "fr": "{v} couleurs", "ja": "{v}色"},
    "tip": {"en": "{v}", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
    "hardness": {"en": "{v}", "zh": "{v}", "de": "Härtegrad {v}", "es": "{v}", "fr": "mine {v}", "ja": "{v}"},
    "envelopes": {"en": "{v} Envelopes", "zh": "{v}个信封", "de": "{v} Umschläge", "es": "{v} sobres", "fr": "{v} enveloppes", "ja": "封筒{v}枚"},
    "sheets": {"en": "{v} Sheets", "zh": "{v}页", "de": "{v} Blatt", "es": "{v} hojas", "fr": "{v} feuilles", "ja": "{v}枚"},
    "year": {"en": "{v}", "zh": "{v}年", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}年版"},
    "ring_width": {"en": "{v} Spine", "zh": "{v}", "de": "{v} Rückenbreite", "es": "lomo {v}", "fr": "dos {v}", "ja": "背幅{v}"},
    "level": {"en": "{v}", "zh": "{v}", "de": "{v}", "es": "{v}", "fr": "{v}", "ja": "{v}"},
    "language": {"en": "{v} Edition", "zh": "{v}版", "de": "{v}e Ausgabe", "es": "edición en {v}", "fr": "édition {v}", "ja": "{v}版"},
}

NOUN = {
    "letter_set": {"en": ["Letter Writing Set", "Stationery Set with Envelopes"], "zh": ["信纸信封套装", "信纸 信封"], "de": ["Briefpapier Set", "Briefpapier mit Umschlägen"], "es": ["papel de carta con sobres", "set de cartas"], "fr": ["papier à lettre et enveloppes", "coffret correspondance"], "ja": ["レターセット", "便箋 封筒 セット"]},
    "folder": {"en": ["Folder", "File"], "zh": ["文件夹", "资料夹"], "de": ["Ordner", "Mappe"], "es": ["carpeta", "archivador"], "fr": ["classeur", "chemise"], "ja": ["ファイル", "バインダー"]},
    "pencil": {"en": ["Pencils", "Graphite Pencils"], "zh": ["铅笔", "绘图铅笔"], "de": ["Bleistifte", "Bleistift"], "es": ["lápices", "lápiz de grafito"], "fr": ["crayons à papier", "crayons graphite"], "ja": ["鉛筆", "えんぴつ"]},
    "wax_crayon": {"en": ["Crayons"], "zh": ["蜡笔", "儿童蜡笔"], "de": ["Wachsmalstifte", "Wachsmalkreiden"], "es": ["ceras de colores", "ceras"], "fr": ["crayons de cire", "craies de cire"], "ja": ["クレヨン"]},
    "colored_pencil": {"en": ["Colored Pencils"], "zh": ["彩色铅笔", "彩铅"], "de": ["Buntstifte"], "es": ["lápices de colores"], "fr": ["crayons de couleur"], "ja": ["色鉛筆"]},
    "gel_pen": {"en": ["Gel Pens", "Rollerball Gel Ink Pens"], "zh": ["中性笔", "签字笔 学生"], "de": ["Gelschreiber", "Gelstifte"], "es": ["bolígrafos de gel", "bolígrafo gel"], "fr": ["stylos gel", "stylo à encre gel"], "ja": ["ゲルインクボールペン", "ボールペン"]},
    "fountain_pen": {"en": ["Fountain Pen"], "zh": ["钢笔"], "de": ["Füller", "Füllfederhalter"], "es": ["pluma estilográfica"], "fr": ["stylo plume"], "ja": ["万年筆"]},
    "eraser": {"en": ["Eraser", "Erasers"], "zh": ["橡皮擦", "橡皮"], "de": ["Radiergummi", "Radierer"], "es": ["goma de borrar", "gomas de borrar"], "fr": ["gomme", "gommes"], "ja": ["消しゴム"]},
    "notebook": {"en": ["Notebook", "Journal"], "zh": ["笔记本", "本子 手账本"], "de": ["Notizbuch", "Heft"], "es": ["cuaderno", "libreta"], "fr": ["carnet", "cahier"], "ja": ["ノート", "ノートブック"]},
    "planner": {"en": ["Planner", "Daily Planner"], "zh": ["手帐本", "日程本"], "de": ["Kalender", "Terminplaner"], "es": ["agenda"], "fr": ["agenda"], "ja": ["手帳", "スケジュール帳"]},
    "language_textbook": {"en": ["Textbook", "Course Book"], "zh": ["教材", "教程"], "de": ["Lehrbuch", "Sprachkurs"], "es": ["libro de texto", "método"], "fr": ["manuel", "méthode"], "ja": ["テキスト", "教科書"]},
    "book": {"en": ["Paperback", "Book"], "zh": ["图书", "原版书"], "de": ["Taschenbuch", "Buch"], "es": ["libro", "tapa blanda"], "fr": ["livre", "poche"], "ja": ["本", "文庫"]},
    "sticker": {"en": ["Stickers", "Reward Stickers"], "zh": ["贴纸", "手账贴纸"], "de": ["Sticker", "Aufkleber"], "es": ["pegatinas"], "fr": ["autocollants", "gommettes"], "ja": ["シール", "ごほうびシール"]},
}

EXTRA_ANY = {
    "en": ["School Supplies", "Office"],
    "zh": ["文具", "学生用", "办公用品", "开学季", "正品"],
    "de": ["Schulbedarf", "Büro"],
    "es": ["material escolar", "oficina"],
    "fr": ["fournitures scolaires", "bureau"],
    "ja": ["文房具", "事務用品", "正規品"],
}
EXTRA = {
    "notebook": {"zh": ["手账", "学生"], "ja": ["書きやすい"]},
    "book": {"zh": ["正版"], "en": [], "ja": []},
}
TAGS_JA = {"*": ["公式", "正規品", "送料無料", "メール便"]}

SPECS = [
    # letter sets (ja 手紙)
    _s("letter_set", "Midori", "", {"sheets": "16", "envelopes": "8"}, 6, "ja", x={"ja": ["和紙 便箋"], "en": ["Washi Paper"]}),
    _s("letter_set", "Sanrio", "", {"sheets": "20", "envelopes": "10"}, 5, "ja", x={"ja": ["ハローキティ"], "zh": ["凯蒂猫"], "en": ["Hello Kitty"]}),
    _s("letter_set", "Clairefontaine", "Pollen", {"sheets": "20", "envelopes": "20"}, 8, "fr"),
    _s("letter_set", "Rhodia", "", {"sheets": "50", "envelopes": "25"}, 12, "de"),
    # folders (es carpeta)
    _s("folder", "Leitz", "180°", {"kind": "lever arch", "size": "A4", "ring_width": "80 mm"}, 5, "de"),
    _s("folder", "Esselte", "", {"kind": "ring binder", "size": "A4", "ring_width": "40 mm"}, 4, "es"),
    _s("folder", "Oxford", "", {"kind": "ring binder", "size": "A4", "ring_width": "40 mm"}, 5, "es"),
    _s("folder", "Exacompta", "", {"kind": "document wallet", "size": "A4"}, 3, "fr"),
    _s("folder", "Kokuyo", "", {"kind": "clear file", "size": "A4"}, 4, "ja"),
    _s("folder", "M&G", "", {"kind": "ring binder", "size": "A4", "ring_width": "25 mm"}, 3, "zh"),
    # pencils (fr crayon)
    _s("pencil", "Staedtler", "Noris 120", {"hardness": "HB", "count": "12"}, 5, "de"),
    _s("pencil", "Staedtler", "Noris 120", {"hardness": "2B", "count": "12"}, 5, "en"),
    _s("pencil", "Faber-Castell", "9000", {"hardness": "HB", "count": "12"}, 12, "fr"),
    _s("pencil", "Mitsubishi Pencil", "9800", {"hardness": "2B", "count": "12"}, 5, "ja"),
    _s("pencil", "Tombow", "MONO 100", {"hardness": "HB", "count": "12"}, 15, "ja"),
    _s("pencil", "China Pencil", "101", {"hardness": "HB", "count": "50"}, 5, "zh"),
    _s("pencil", "Bic", "Evolution", {"hardness": "HB", "count": "12"}, 4, "fr"),
    # crayons (en crayon) & coloured pencils
    _s("wax_crayon", "Crayola", "", {"medium": "wax", "colors": "24"}, 3, "en"),
    _s("wax_crayon", "Crayola", "", {"medium": "wax", "colors": "64"}, 7, "en"),
    _s("wax_crayon", "Giotto", "Cera", {"medium": "wax", "colors": "24"}, 5, "es"),
    _s("wax_crayon", "Sakura", "Cray-Pas", {"medium": "oil pastel", "colors": "16"}, 8, "ja"),
    _s("wax_crayon", "Pentel", "", {"medium": "oil pastel", "colors": "24"}, 6, "zh"),
    _s("colored_pencil", "Faber-Castell", "", {"colors": "36"}, 15, "de"),
    _s("colored_pencil", "Faber-Castell", "", {"colors": "24"}, 8, "fr"),
    _s("colored_pencil", "Staedtler", "Noris Colour", {"colors": "24"}, 9, "es"),
    # gel pens ("pen")
    _s("gel_pen", "Pilot", "G-2", {"tip": "0.7 mm", "color": "black", "count": "12"}, 12, "en"),
    _s("gel_pen", "Pilot", "G-2", {"tip": "0.5 mm", "color": "black", "count": "12"}, 12, "en"),
    _s("gel_pen", "Pilot", "G-2", {"tip": "0.5 mm", "color": "blue", "count": "12"}, 12, "fr"),
    _s("gel_pen", "Uni", "Signo UM-151", {"tip": "0.38 mm", "color": "black", "count": "10"}, 14, "ja"),
    _s("gel_pen", "Zebra", "Sarasa Clip", {"tip": "0.5 mm", "color": "black", "count": "10"}, 10, "ja"),
    _s("gel_pen", "M&G", "", {"tip": "0.5 mm", "color": "black", "count": "12"}, 3, "zh", x={"zh": ["按动 速干 考试专用"]}),
    _s("gel_pen", "Pentel", "EnerGel", {"tip": "0.7 mm", "color": "assorted", "count": "8"}, 11, "de"),
    # fountain pens
    _s("fountain_pen", "Lamy", "Safari", {"line": "Safari", "nib": "F", "color": "black"}, 25, "de"),
    _s("fountain_pen", "Lamy", "Safari", {"line": "Safari", "nib": "M", "color": "blue"}, 25, "zh"),
    _s("fountain_pen", "Pilot", "Kakuno", {"line": "Kakuno", "nib": "F", "color": "black"}, 10, "ja", ml={"ja": "カクノ"}),
    _s("fountain_pen", "Pelikan", "Pelikano Junior", {"line": "Pelikano", "nib": "M", "color": "blue"}, 15, "es"),
    # erasers (es goma)
    _s("eraser", "Staedtler", "Mars Plastic", {"material": "plastic", "count": "4"}, 4, "de"),
    _s("eraser", "Pentel", "Hi-Polymer", {"material": "plastic", "count": "3"}, 3, "en"),
    _s("eraser", "Tombow", "MONO", {"material": "plastic", "count": "3"}, 3, "ja"),
    _s("eraser", "Milan", "430", {"material": "natural rubber", "count": "30"}, 6, "es", x={"es": ["goma de miga"]}),
    # notebooks (de Notebook = laptop)
    _s("notebook", "Leuchtturm1917", "Medium", {"size": "A5", "ruling": "dotted"}, 24, "de"),
    _s("notebook", "Leuchtturm1917", "Medium", {"size": "A5", "ruling": "ruled"}, 24, "en"),
    _s("notebook", "Moleskine", "Classic", {"size": "large", "ruling": "ruled"}, 22, "en"),
    _s("notebook", "Moleskine", "Classic", {"size": "large", "ruling": "dotted"}, 22, "fr"),
    _s("notebook", "Rhodia", "Webnotebook", {"size": "A5", "ruling": "dotted"}, 20, "fr"),
    _s("notebook", "Kokuyo", "Campus", {"size": "B5", "ruling": "ruled"}, 4, "ja", ml={"ja": "キャンパスノート"}),
    _s("notebook", "Midori", "MD Notebook", {"size": "A5", "ruling": "squared"}, 15, "zh"),
    _s("notebook", "Clairefontaine", "", {"size": "A4", "ruling": "seyes"}, 3, "fr"),
    # planners
    _s("planner", "Hobonichi", "Techo Original", {"size": "A6", "year": "2024"}, 30, "ja", ml={"ja": "手帳 オリジナル"}),
    _s("planner", "Hobonichi", "Techo Cousin", {"size": "A5", "year": "2024"}, 45, "ja", ml={"ja": "手帳 カズン"}),
    _s("planner", "Moleskine", "Weekly", {"size": "large", "year": "2024"}, 25, "es"),
    # textbooks & books
    _s("language_textbook", "Beijing Language and Culture University Press", "HSK Standard Course 1", {"subject": "Mandarin Chinese", "level": "HSK 1"}, 20, "zh", ml={"zh": "HSK标准教程1", "ja": "HSK標準教程 1"}),
    _s("language_textbook", "Beijing Language and Culture University Press", "HSK Standard Course 2", {"subject": "Mandarin Chinese", "level": "HSK 2"}, 20, "zh", ml={"zh": "HSK标准教程2", "ja": "HSK標準教程 2"}),
    _s("language_textbook", "Cheng & Tsui", "Integrated Chinese 1", {"subject": "Mandarin Chinese", "level": "Level 1"}, 60, "en", x={"en": ["Mandarin"], "de": ["Mandarin"], "fr": ["mandarin"], "es": ["mandarín"]}),
    _s("language_textbook", "The Japan Times", "Genki I", {"subject": "Japanese", "level": "Level 1"}, 45, "ja", x={"ja": ["初級日本語 げんき"], "zh": ["日语初级"]}),
    _s("language_textbook", "Assimil", "L'Allemand", {"subject": "German", "level": "A1-B2"}, 25, "fr"),
    _s("book", "Folio", "Le Petit Prince", {"work": "The Little Prince", "language": "French"}, 7, "fr", ml={"en": "Le Petit Prince (The Little Prince)", "zh": "小王子 Le Petit Prince", "ja": "Le Petit Prince 星の王子さま"}),
    _s("book", "Salamandra", "El Principito", {"work": "The Little Prince", "language": "Spanish"}, 9, "es", ml={"en": "El Principito (The Little Prince)", "zh": "小王子", "ja": "星の王子さま"}),
    _s("book", "Rauch", "Der kleine Prinz", {"work": "The Little Prince", "language": "German"}, 10, "de", ml={"en": "Der kleine Prinz (The Little Prince)", "zh": "小王子", "ja": "星の王子さま"}),
    _s("book", "Iwanami", "星の王子さま", {"work": "The Little Prince", "language": "Japanese"}, 8, "ja", ml={"en": "Hoshi no Oujisama (The Little Prince)", "de": "Der kleine Prinz", "es": "El Principito", "fr": "Le Petit Prince", "zh": "小王子"}),
    _s("book", "People's Literature", "小王子", {"work": "The Little Prince", "language": "Chinese"}, 5, "zh", ml={"en": "The Little Prince", "de": "Der kleine Prinz", "es": "El Principito", "fr": "Le Petit Prince", "ja": "星の王子さま"}),
    # stickers (ja シール)
    _s("sticker", "Sanrio", "", {"sheets": "10"}, 4, "ja"),
    _s("sticker", "Midori", "", {"sheets": "6"}, 5, "zh"),
    _s("gel_pen", "Zebra", "Sarasa Clip", {"tip": "0.5 mm", "color": "blue", "count": "10"}, 10, "es"),
    _s("pencil", "Staedtler", "Mars Lumograph", {"hardness": "2B", "count": "6"}, 9, "es"),
    _s("notebook", "Leuchtturm1917", "Pocket", {"size": "A6", "ruling": "dotted"}, 18, "zh"),
]

_MARKET = MarketCategory(CATEGORY, _SEED, SPECS, brands=BRANDS, vocab=VOCAB, keyfmt=KEYFMT, noun=NOUN,
                         hide=HIDE, extra=EXTRA, extra_any=EXTRA_ANY, tags_ja=TAGS_JA)
products = _MARKET.products
_intent = _MARKET.intent

INTENTS = [
    _intent(1, "false_friend",
            ["letter writing set with envelopes", "信纸信封套装", "Briefpapier Set mit Umschlägen", "papel de carta con sobres", "papier à lettre avec enveloppes", "手紙 便箋 封筒 セット"],
            ["letter_set"], {}),
    _intent(2, "false_friend",
            ["a4 ring binder", "A4 活页夹", "Ringbuch A4", "carpeta de anillas A4", "classeur à anneaux A4", "A4 リングファイル"],
            ["folder"], {"kind": "ring binder", "size": "A4"}, relax=["kind"]),
    _intent(3, "false_friend",
            ["hb pencils 12 pack", "HB铅笔 12支", "Bleistifte HB 12 Stück", "lápices HB caja 12", "crayons HB boîte de 12", "鉛筆 HB 1ダース"],
            ["pencil"], {"hardness": "HB"}, relax=["hardness"]),
    _intent(4, "false_friend",
            ["crayons 24 colors", "蜡笔 24色", "Wachsmalstifte 24 Farben", "ceras de colores 24", "crayons de cire 24 couleurs", "クレヨン 24色"],
            ["wax_crayon"], {"colors": "24"}, relax=["colors"]),
    _intent(5, "false_friend",
            ["white plastic eraser", "橡皮擦 学生", "Radiergummi weiß", "goma de borrar blanca", "gomme blanche", "消しゴム 白"],
            ["eraser"], {"material": "plastic"}, relax=["material"]),
    _intent(6, "ambiguity",
            ["mandarin textbook hsk 1", "HSK标准教程1", "Mandarin Lehrbuch HSK 1", "libro de mandarín HSK 1", "manuel de mandarin HSK 1", "中国語 テキスト HSK1級"],
            ["language_textbook"], {"subject": "Mandarin Chinese", "level": "HSK 1"}, relax=["level"]),
    _intent(7, "ambiguity",
            ["A5 dotted notebook", "A5 点阵笔记本", "Notizbuch A5 gepunktet", "cuaderno A5 punteado", "carnet A5 pointillé", "A5 ドット方眼 ノート"],
            ["notebook"], {"size": "A5", "ruling": "dotted"}, relax=["ruling"]),
    _intent(8, "near_miss",
            ["pilot g2 0.5 black 12 pack", "百乐 G-2 0.5 黑色 中性笔", "Pilot G-2 0,5 schwarz", "Pilot G-2 0.5 negro", "Pilot G-2 0,5 noir", "パイロット G-2 0.5 黒"],
            ["gel_pen"], {"tip": "0.5 mm", "color": "black"}, brand=["Pilot"], relax=["tip", "brand"]),
    _intent(9, "brand_model",
            ["lamy safari fountain pen fine nib", "凌美 Safari 狩猎者 钢笔 F尖", "Lamy Safari Füller Feder F", "pluma Lamy Safari plumín F", "stylo plume Lamy Safari plume F", "ラミー サファリ 万年筆 F"],
            ["fountain_pen"], {"line": "Safari", "nib": "F"}, brand=["Lamy"], relax=["nib"]),
    _intent(10, "typo",
             ["moleskin notebook large", "魔力斯奇那 笔记本 大号", "Moleskin Notizbuch Large", "libreta moleskin grande", "carnet moleskin grand", "モレスキン ノート ラージ"],
             ["notebook"], {"size": "large"}, brand=["Moleskine"], relax=["size", "brand"]),
    _intent(11, "mixed_script",
             ["hobonichi techo 2024 a6", "Hobonichi 手帐 2024 A6", "Hobonichi Techo 2024 A6", "Hobonichi Techo 2024 A6 agenda", "Hobonichi Techo 2024 A6", "ほぼ日手帳 2024 A6"],
             ["planner"], {"size": "A6", "year": "2024"}, brand=["Hobonichi"], relax=["size"]),
    _intent(12, "near_miss",
             ["the little prince in french", "小王子 法语原版", "Der kleine Prinz auf Französisch", "El Principito en francés", "Le Petit Prince livre", "星の王子さま フランス語 原書"],
             ["book"], {"work": "The Little Prince", "language": "French"}, relax=["language"]),
    _intent(13, "head",
             ["gel pens", "中性笔", "Gelschreiber", "bolígrafos de gel", "stylos gel", "ボールペン ゲル"],
             ["gel_pen"], {}),
]
