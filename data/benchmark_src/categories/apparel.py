"""Category: apparel (sweatshirts, hoodies, parkas, jumpers, jackets, tees, jeans, skirts, underwear, scarves). mlmatch authors, Apache-2.0."""
from schema import Q, generic_products, intent

CATEGORY = "apparel"
SEED = 1107


def _t(en, zh, de, es, fr, ja):
    return {"en": en, "zh": zh, "de": de, "es": es, "fr": fr, "ja": ja}


TYPE_WORDS = {
    "sweatshirt": _t(["Crewneck Sweatshirt", "Sweatshirt"], ["圆领卫衣", "卫衣 套头"], ["Sweatshirt", "Rundhals Sweatshirt"], ["Sudadera sin Capucha", "Sudadera"],
                     ["Sweat Col Rond", "Sweat-shirt"], ["トレーナー", "スウェット トレーナー"]),
    "hoodie": _t(["Hoodie", "Pullover Hoodie", "Hooded Sweatshirt"], ["连帽卫衣", "帽衫"], ["Hoodie", "Kapuzenpullover"], ["Sudadera con Capucha"],
                 ["Sweat à Capuche", "Hoodie"], ["パーカー", "プルオーバーパーカー", "スウェットパーカー"]),
    "parka": _t(["Parka", "Winter Parka Coat"], ["派克大衣", "冬季棉服外套"], ["Parka", "Winterparka"], ["Parka", "Abrigo Parka"], ["Parka", "Parka d'Hiver"],
                ["モッズコート", "ダウンコート", "ロングコート"]),
    "sweater": _t(["Sweater", "Jumper", "Knit Sweater"], ["毛衣", "针织衫"], ["Pullover", "Strickpullover"], ["Jersey", "Jersey de Punto"], ["Pull", "Pull en Maille"],
                  ["セーター", "ニット"]),
    "windbreaker": _t(["Windbreaker Jacket", "Bomber Jacket"], ["夹克外套", "防风夹克"], ["Windjacke", "Blouson"], ["Chaqueta Cortavientos", "Cazadora"],
                      ["Coupe-vent", "Blouson"], ["ジャンパー", "ブルゾン", "ウィンドブレーカー"]),
    "t_shirt": _t(["T-Shirt", "Crew Neck Tee"], ["T恤", "短袖T恤"], ["T-Shirt", "Rundhals T-Shirt"], ["Camiseta", "Camiseta Manga Corta"], ["T-shirt", "Tee-shirt"],
                  ["Tシャツ", "半袖Tシャツ"]),
    "jeans": _t(["Jeans", "Denim Jeans"], ["牛仔裤", "直筒牛仔裤"], ["Jeans", "Jeanshose"], ["Vaqueros", "Pantalón Vaquero"], ["Jean", "Jean Droit"], ["ジーンズ", "デニムパンツ"]),
    "skirt": _t(["Skirt", "Midi Skirt", "Pleated Skirt"], ["半身裙", "百褶裙"], ["Rock", "Midirock", "Plisseerock"], ["Falda", "Falda Midi"], ["Jupe", "Jupe Midi"],
                ["スカート", "プリーツスカート"]),
    "briefs": _t(["Briefs", "Underwear Briefs"], ["内裤 三角裤", "男士内裤"], ["Slips", "Unterhosen"], ["Slips", "Calzoncillos"], ["Slip", "Slips Homme"], ["ブリーフ", "下着 ブリーフ"]),
    "scarf": _t(["Scarf", "Winter Scarf"], ["围巾", "羊绒围巾"], ["Schal", "Winterschal"], ["Bufanda"], ["Écharpe"], ["マフラー", "ストール"]),
}

FEATS = {
    "sweatshirt": _t(["Fleece Lined", "Relaxed Fit"], ["加绒", "宽松", "百搭"], ["Innen angeraut", "Regular Fit"], ["Forro polar", "Ajuste holgado"], ["Molletonné", "Coupe ample"],
                     ["裏起毛", "ゆったり"]),
    "hoodie": _t(["Kangaroo Pocket", "Fleece"], ["加绒加厚", "宽松", "潮牌"], ["Kängurutasche", "Fleece"], ["Bolsillo canguro"], ["Poche kangourou", "Molleton"],
                 ["裏起毛", "カンガルーポケット"]),
    "parka": _t(["Water Resistant", "Faux Fur Hood", "Warm"], ["加厚保暖", "毛领", "防风"], ["Wasserabweisend", "Kapuze mit Kunstfell"], ["Impermeable", "Capucha con pelo"],
                ["Imperméable", "Capuche fourrure"], ["撥水", "ファー付きフード", "防寒"]),
    "sweater": _t(["Soft Knit", "Crew Neck"], ["针织", "打底"], ["Feinstrick", "Rundhals"], ["Punto suave", "Cuello redondo"], ["Maille douce", "Col rond"], ["クルーネック", "ふんわり"]),
    "windbreaker": _t(["Lightweight", "Water Resistant"], ["春秋", "防泼水"], ["Leicht", "Wasserabweisend"], ["Ligera", "Repelente al agua"], ["Léger", "Déperlant"], ["軽量", "撥水"]),
    "t_shirt": _t(["Regular Fit", "Breathable"], ["纯棉", "透气", "百搭"], ["Regular Fit", "Atmungsaktiv"], ["Corte regular"], ["Coupe droite"], ["無地", "綿100%"]),
    "jeans": _t(["Stretch", "Straight Fit"], ["弹力", "直筒", "修身"], ["Stretch", "Straight Fit"], ["Elásticos", "Corte recto"], ["Stretch", "Coupe droite"], ["ストレッチ", "ストレート"]),
    "skirt": _t(["High Waist", "Elegant"], ["高腰", "A字"], ["Hohe Taille", "Elegant"], ["Cintura alta"], ["Taille haute"], ["ハイウエスト", "上品"]),
    "briefs": _t(["Multipack", "Stretch Cotton"], ["纯棉", "透气"], ["Baumwolle Stretch"], ["Algodón elástico"], ["Coton stretch"], ["前開き", "綿"]),
    "scarf": _t(["Soft", "Warm"], ["保暖", "百搭"], ["Weich", "Warm"], ["Suave", "Cálida"], ["Doux", "Chaud"], ["暖かい", "大判"]),
}

MAT = {"cotton": _t("Cotton", "纯棉", "Baumwolle", "Algodón", "Coton", "綿"), "wool": _t("Wool", "羊毛", "Wolle", "Lana", "Laine", "ウール"),
       "cashmere": _t("Cashmere", "羊绒", "Kaschmir", "Cachemira", "Cachemire", "カシミヤ"), "polyester": _t("Polyester", "聚酯纤维", "Polyester", "Poliéster", "Polyester", "ポリエステル"),
       "denim": _t("Denim", "牛仔布", "Denim", "Denim", "Denim", "デニム"), "nylon": _t("Nylon", "尼龙", "Nylon", "Nailon", "Nylon", "ナイロン")}


def spec(ptype, a, lang):
    out = []
    if "material" in a:
        out.append(MAT[a["material"]][lang])
    if "sizes" in a:
        out.append(a["sizes"])
    return out


def _rows():
    r = []
    G = ("men", "women")
    for b, m, mat, cols, usd in [("Champion", "Reverse Weave Crew", "cotton", ["grey", "navy", "black"], 60), ("Uniqlo", "Sweatshirt", "cotton", ["grey", "black"], 29),
                                 ("Carhartt", "Chase Sweatshirt", "cotton", ["black"], 79), ("Nike", "Sportswear Club Fleece Crew", "cotton", ["grey", "black"], 55)]:
        for i, c in enumerate(cols):
            r.append(("sweatshirt", b, m, {"gender": G[i % 2] if b != "Carhartt" else "men", "material": mat, "color": c}, usd))
    for b, m, cols, usd in [("Champion", "Reverse Weave Hoodie", ["grey", "black", "navy"], 70), ("Nike", "Club Fleece Hoodie", ["black", "grey"], 60),
                            ("Adidas", "Essentials Hoodie", ["black", "navy"], 55), ("Uniqlo", "Sweat Pullover Hoodie", ["grey", "beige"], 39)]:
        for i, c in enumerate(cols):
            r.append(("hoodie", b, m, {"gender": G[i % 2], "material": "cotton", "color": c}, usd))
    for b, m, g, col, usd in [("The North Face", "McMurdo Parka", "men", "black", 399), ("The North Face", "Arctic Parka", "women", "black", 349),
                              ("Canada Goose", "Langford Parka", "men", "navy", 1395), ("Columbia", "Suttle Mountain", "women", "olive", 189), ("Uniqlo", "Hybrid Down Parka", "men", "olive", 149)]:
        r.append(("parka", b, m, {"gender": g, "material": "nylon", "color": col}, usd))
    for b, m, g, mat, col, usd in [("Uniqlo", "Extra Fine Merino Sweater", "men", "wool", "navy", 49), ("Uniqlo", "Cashmere Crew Neck Sweater", "women", "cashmere", "beige", 129),
                                   ("H&M", "Fine-knit Jumper", "women", "cotton", "cream", 29), ("Ralph Lauren", "Cable-Knit Jumper", "men", "wool", "navy", 229),
                                   ("Zara", "Basic Knit Sweater", "women", "polyester", "grey", 35)]:
        r.append(("sweater", b, m, {"gender": g, "material": mat, "color": col}, usd))
    for b, m, g, col, usd in [("Nike", "Windrunner", "men", "black", 100), ("Adidas", "Originals Windbreaker", "unisex", "navy", 90), ("Alpha Industries", "MA-1 Bomber", "men", "olive", 190),
                              ("The North Face", "Cyclone Jacket", "women", "black", 110)]:
        r.append(("windbreaker", b, m, {"gender": g, "material": "nylon", "color": col}, usd))
    for b, m, cols, usd in [("Uniqlo", "U Crew Neck T-Shirt", ["white", "black", "navy"], 19), ("Nike", "Sportswear Tee", ["white", "black"], 30), ("Levi's", "Housemark Tee", ["white"], 25)]:
        for i, c in enumerate(cols):
            r.append(("t_shirt", b, m, {"gender": G[i % 2] if b != "Uniqlo" else "unisex", "material": "cotton", "color": c}, usd))
    for b, m, g, col, usd in [("Levi's", "501 Original", "men", "blue", 79), ("Levi's", "511 Slim", "men", "black", 69), ("Levi's", "724 High Rise Straight", "women", "blue", 79),
                              ("Wrangler", "Regular Fit", "men", "blue", 45), ("Uniqlo", "Wide Straight Jeans", "women", "blue", 49)]:
        r.append(("jeans", b, m, {"gender": g, "material": "denim", "color": col}, usd))
    for b, m, col, usd in [("Zara", "Pleated Midi Skirt", "black", 45), ("H&M", "Satin Midi Skirt", "green", 35), ("Uniqlo", "Pleated Skirt", "navy", 39), ("Mango", "Denim Mini Skirt", "blue", 35)]:
        r.append(("skirt", b, m, {"gender": "women", "material": "denim" if "Denim" in m else "polyester", "color": col}, usd))
    for b, m, pack, col, usd in [("Calvin Klein", "Cotton Stretch Briefs", "3", "black", 42), ("Calvin Klein", "Cotton Stretch Briefs", "3", "white", 42),
                                 ("Hanes", "Tagless Briefs", "6", "white", 20), ("Uniqlo", "Supima Cotton Briefs", "1", "grey", 9), ("Jockey", "Classic Briefs", "3", "navy", 30)]:
        r.append(("briefs", b, m, {"gender": "men", "material": "cotton", "pack": pack, "color": col}, usd))
    for b, m, mat, col, usd in [("Uniqlo", "Heattech Scarf", "polyester", "grey", 19), ("Acne Studios", "Canada Scarf", "wool", "grey", 220), ("Johnstons", "Cashmere Scarf", "cashmere", "navy", 199)]:
        r.append(("scarf", b, m, {"gender": "unisex", "material": mat, "color": col}, usd))
    for b, m, g, col, usd in [("Patagonia", "Better Sweater Fleece", "men", "grey", 139), ("Adidas", "Trefoil Crew", "women", "black", 65)]:
        r.append(("sweatshirt", b, m, {"gender": g, "material": "polyester" if b == "Patagonia" else "cotton", "color": col}, usd))
    for b, m, g, col, usd in [("Carhartt", "Hooded Sweatshirt", "men", "brown", 65), ("The North Face", "Drew Peak Hoodie", "women", "pink", 75)]:
        r.append(("hoodie", b, m, {"gender": g, "material": "cotton", "color": col}, usd))
    for b, m, g, col, usd in [("Levi's", "501 Original", "men", "black", 79), ("Levi's", "501 Original", "women", "blue", 79), ("Levi's", "511 Slim", "men", "blue", 69)]:
        r.append(("jeans", b, m, {"gender": g, "material": "denim", "color": col}, usd))
    for b, m, col, usd in [("Zara", "Pleated Midi Skirt", "beige", 45), ("Uniqlo", "Pleated Skirt", "black", 39)]:
        r.append(("skirt", b, m, {"gender": "women", "material": "polyester", "color": col}, usd))
    for b, m, g, mat, col, usd in [("Uniqlo", "Extra Fine Merino Sweater", "women", "wool", "black", 49), ("H&M", "Fine-knit Jumper", "men", "cotton", "navy", 29)]:
        r.append(("sweater", b, m, {"gender": g, "material": mat, "color": col}, usd))
    return r


def products():
    return generic_products(CATEGORY, _rows(), TYPE_WORDS, FEATS, spec, SEED, home_offset=0)


_I = "apparel-i"
INTENTS = [
    intent(_I + "01", "head", Q("men's hoodie", "男士连帽卫衣", "Hoodie Herren", "sudadera con capucha hombre", "sweat à capuche homme", "パーカー メンズ"),
           "hoodie", {"gender": ["men"]}, sub_types=["sweatshirt"], relax=["gender"]),
    intent(_I + "02", "head", Q("women's jeans", "女士牛仔裤", "Jeans Damen", "vaqueros mujer", "jean femme", "ジーンズ レディース"), "jeans", {"gender": ["women"]},
           relax=["gender"]),
    intent(_I + "03", "longtail", Q("women's cashmere sweater beige", "女士羊绒毛衣 米色", "Kaschmirpullover Damen beige", "jersey de cachemira mujer beige",
                                    "pull en cachemire femme beige", "カシミヤ セーター レディース ベージュ"),
           "sweater", {"gender": ["women"], "material": ["cashmere"]}, relax=["material"]),
    intent(_I + "04", "longtail", Q("mens calvin klein briefs 3 pack", "CK男士内裤 三条装", "Calvin Klein Slips Herren 3er Pack", "calzoncillos slip calvin klein pack 3",
                                    "slip homme calvin klein lot de 3", "カルバンクライン ブリーフ 3枚組"),
           "briefs", {"pack": ["3"]}, ["Calvin Klein"], relax=["brand"]),
    intent(_I + "05", "brand_model", Q("levis 501", "李维斯501牛仔裤", "Levi's 501 Jeans", "vaqueros levis 501", "jean levis 501", "リーバイス 501"),
           "jeans", {"model": ["501 Original"]}, ["Levi's"], relax=["model"]),
    intent(_I + "06", "brand_model", Q("north face mcmurdo parka", "北面 McMurdo 派克羽绒服", "The North Face McMurdo Parka", "parka the north face mcmurdo",
                                       "parka north face mcmurdo", "ノースフェイス マクマード パーカ"),
           "parka", {"model": ["McMurdo Parka"]}, ["The North Face"], relax=["model"]),
    intent(_I + "07", "typo", Q("champion sweatshrit", "冠君卫衣", "champion sweatshirt herrn", "sudadera champio", "sweat champoin", "チャンピョン トレーナー"),
           "sweatshirt", brand=["Champion"], sub_types=["hoodie"]),
    intent(_I + "08", "mixed_script", Q("uniqlo t shirt white", "uniqlo 白色T恤", "Uniqlo T-Shirt weiß", "camiseta uniqlo blanca", "t-shirt uniqlo blanc",
                                        "UNIQLO Tシャツ 白"),
           "t_shirt", {"color": ["white"]}, ["Uniqlo"], relax=["brand"]),
    intent(_I + "09", "false_friend", Q("crewneck sweatshirt men", "男士圆领卫衣", "Sweatshirt Herren Rundhals", "sudadera sin capucha hombre",
                                        "sweat col rond homme", "トレーナー メンズ"),
           "sweatshirt", {"gender": ["men"]}, relax=["gender"]),
    intent(_I + "10", "false_friend", Q("winter parka coat women", "女士派克大衣 冬季", "Winterparka Damen", "abrigo parka mujer", "parka femme hiver",
                                        "モッズコート レディース 冬"),
           "parka", {"gender": ["women"]}, relax=["gender"]),
    intent(_I + "11", "false_friend", Q("bomber jacket men", "男士夹克外套", "Blouson Herren", "cazadora hombre", "blouson homme", "ジャンパー メンズ"),
           "windbreaker", {"gender": ["men"]}, relax=["gender"]),
    intent(_I + "12", "false_friend", Q("black midi skirt", "黑色半身裙 中长款", "Rock schwarz midi", "falda midi negra", "jupe midi noire", "スカート 黒 ミディ丈"),
           "skirt", {"color": ["black"]}, relax=["color"]),
    intent(_I + "13", "false_friend", Q("clothes for men sale", "男装 衣服", "Herrenbekleidung", "ropa hombre", "vêtements homme", "メンズ 服"),
           ["sweatshirt", "hoodie", "parka", "sweater", "windbreaker", "t_shirt", "jeans", "briefs"], {"gender": ["men"]}),
    intent(_I + "14", "near_miss", Q("levis 511 slim black", "李维斯511 修身 黑色", "Levi's 511 Slim schwarz", "levis 511 slim negro",
                                     "levis 511 slim noir", "リーバイス 511 スリム ブラック"),
           "jeans", {"model": ["511 Slim"]}, ["Levi's"], relax=["model"]),
]
