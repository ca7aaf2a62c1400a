"""Regenerate corpus.jsonl, queries.jsonl and qrels/dev.tsv of data/style_train/home.

Hand-written training material for the learned ranker (never for evaluation). Every listing
carries a fine-grained product kind (the second field of each LISTINGS row); every intent grades
kinds (GRADES, with per-language overrides in OVERRIDES). A query's grade for a listing is the
grade of the listing's kind, so the judgments are complete over the whole corpus by
construction. Deterministic: run `python3 build.py` from any directory.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("zh", "en", "ja", "de", "es", "fr")

# (kind, title) per language; ids are sth-<lang>-NNN in this order.
LISTINGS: dict[str, list[tuple[str, str]]] = {
    "zh": [
        ("ledstrip_5m", "led灯带5米 客厅吊顶氛围灯条rgb七彩变色 遥控app控制 卧室装饰灯 12v低压自粘 2024新款 包邮"),
        ("ledstrip_adapter", "led灯带专用电源适配器12v2a 5a变压器 灯条驱动 dc5.5接口 3c认证 正品"),
        ("sensor_light_indoor", "人体感应灯充电式 无线led橱柜灯衣柜灯 磁吸免布线 走廊楼梯小夜灯 卧室起夜灯 usb充电 2只装"),
        ("solar_path_light", "太阳能庭院灯户外草坪灯 插地防水 花园别墅装饰灯 led路灯家用 6个装 天黑自动亮 爆款"),
        ("smartbulb_e27", "智能灯泡e27螺口 wifi语音控制 小爱同学天猫精灵 调光调色led球泡灯9w 米家app 官方旗舰店同款"),
        ("smartbulb_e14", "智能灯泡e14小螺口 蜡烛泡 蓝牙mesh调光调色 水晶吊灯专用5w 智能家居"),
        ("kettle_electric", "电热水壶家用烧水壶 1.7L大容量 304不锈钢 自动断电 防干烧 开水壶 宿舍 学生党 正品包邮"),
        ("kettle_stovetop_pourover", "手冲壶不锈钢细口壶 咖啡手冲长嘴壶600ml 家用挂耳咖啡滴滤壶 燃气电磁炉通用"),
        ("airfryer", "空气炸锅家用5L大容量 智能触控 无油低脂 多功能电炸锅 薯条机 2024新款可视窗 不粘涂层"),
        ("rice_cooker_zojirushi", "象印电饭煲 日本进口NP-HCH10 IH电磁加热 家用3L 智能预约 正品行货 官方旗舰店"),
        ("rice_innerpot", "电饭煲内胆通用3L4L5L 不粘锅替换内锅 加厚 适用美的苏泊尔 电饭锅配件"),
        ("whetstone_combo", "磨刀石家用双面1000/6000目 白刚玉 菜刀开刃精磨 油石 送底座防滑 磨刀神器"),
        ("chef_knife", "德国厨师刀 西式主厨刀8寸 切片刀切肉刀 锋利不锈钢 大马士革纹 厨房刀具 送礼盒"),
        ("vac_bag_clothes", "真空压缩袋收纳袋 抽气被子衣物大号特大号 棉被羽绒服 搬家整理 送电泵 11件套"),
        ("food_vac_bags", "食品真空袋纹路袋 真空封口机专用保鲜袋 抽真空加厚 卷装20*500cm"),
        ("storage_box_lid", "收纳箱塑料带盖大号 加厚衣服整理箱储物箱 家用宿舍 学生党 可叠加 3个装 包邮"),
        ("shower_shelf_nodrill", "卫生间置物架免打孔 浴室壁挂 洗手间厕所洗漱台收纳架 太空铝 三角架转角"),
        ("toilet_brush", "马桶刷硅胶家用无死角 壁挂式卫生间清洁刷 洗厕所刷子 带底座套装"),
        ("shower_curtain", "浴帘防水防霉加厚 卫生间隔断帘浴室挡水帘 免打孔套装 带挂钩 180*200"),
        ("bath_mat_diatom", "硅藻泥地垫吸水速干 卫生间浴室门口防滑脚垫 硅藻土软垫 ins风 爆款"),
        ("lint_roller", "粘毛器可撕式滚筒粘毛刷 衣服去毛沾毛除尘 宠物猫毛狗毛 送替换芯3+6卷"),
        ("litter_tofu", "豆腐猫砂10公斤除臭无尘结团 原味绿茶 猫咪用品 可冲厕所 20斤包邮"),
        ("litter_bentonite", "膨润土猫砂10kg 柠檬味结团低尘 猫沙除臭大包 多猫家庭"),
        ("cat_tree", "猫爬架猫窝一体 大型猫抓柱剑麻 猫跳台 小户型不占地 多层 猫咪用品"),
        ("leash_retractable", "狗绳伸缩自动牵引绳5米 中小型犬泰迪柯基 遛狗绳 一键锁定 防缠绕"),
        ("pet_fountain", "猫咪饮水机自动循环流动 宠物喝水器 无线水泵 智能静音 2L 过滤 狗狗"),
        ("poop_bags", "拾便袋狗狗捡屎袋 可降解 遛狗宠物垃圾袋 便便袋 20卷 送取袋器"),
        ("trash_bag_30l", "垃圾袋家用加厚 手提式背心式 中号 厨房一次性塑料袋 100只 约30升"),
        ("pruning_shears", "修枝剪园艺剪刀 果树剪枝花剪 粗枝剪 sk5省力 家用花园剪刀"),
        ("plant_pot_plastic", "花盆塑料加厚大号 树脂仿陶瓷 家用绿萝多肉 带托盘 10个装 阳台"),
        ("bug_zapper", "灭蚊灯家用室内 电击式驱蚊神器 卧室灭蚊器吸蚊 紫光 婴儿孕妇 插电"),
        ("spin_mop", "旋转拖把家用免手洗 拖把桶甩干 懒人墩布 拖地神器 2024新款 送3个拖布头"),
        ("microfiber_cloth", "超细纤维抹布吸水不掉毛 洗碗布擦桌厨房 家务清洁毛巾 10条装"),
        ("dw_tablets", "洗碗机专用洗涤块 洗碗块三合一 西门子美的通用 洗碗粉亮碟 60块"),
        ("dish_rack", "碗架沥水架厨房置物架 双层放碗碟碗筷收纳 晾碗架台面碗柜"),
        ("hinge_softclose", "铰链阻尼缓冲液压 橱柜门衣柜门 304不锈钢飞机合页 全盖半盖内嵌 35mm"),
        ("hinge_35_nodamper", "普通铰链无阻尼 35mm快装 橱柜门合页 冷轧钢 10只装"),
        ("adhesive_hook", "粘钩免打孔强力承重挂钩 厨房卫生间门后墙壁 无痕 10个装"),
        ("smoke_detector", "烟雾报警器家用 独立式消防火灾烟感 3c认证 10年电池 商用"),
    ],
    "en": [
        ("ledstrip_10m", "32.8 ft. (10 m) RGB LED Strip Lights with Remote and App Control, Music Sync, 12V Plug-In Color Changing Tape Light"),
        ("ledstrip_connector", "LED Strip Connector Kit 10 mm 4-Pin Solderless, L-Shape and Straight (40-Piece)"),
        ("sensor_light_indoor", "Motion Sensor Under Cabinet Light, Rechargeable Battery Operated LED Closet Light Bar, Magnetic Stick-On (3-Pack)"),
        ("solar_path_light", "Solar Powered LED Pathway Lights, Stainless Steel Outdoor Landscape Stake Lights, Warm White (12-Pack)"),
        ("solar_wall_motion", "Solar Motion Sensor Security Flood Light, 3 Heads, 2500 Lumens, IP65 Wireless Outdoor Wall Light"),
        ("smartbulb_e26", "60-Watt Equivalent A19 Smart Wi-Fi LED Light Bulb, Tunable White and Color, E26, Works with Alexa/Google (4-Pack)"),
        ("kettle_electric", "1.7 Liter Stainless Steel Electric Kettle with Auto Shut-Off and Boil-Dry Protection, 1500-Watt, Cordless"),
        ("kettle_gooseneck_electric", "Electric Gooseneck Kettle 0.9 L with Variable Temperature Control, Pour Over Coffee and Tea, Matte Black"),
        ("airfryer", "6 qt. 4-in-1 Digital Air Fryer with Viewing Window, Black"),
        ("rice_cooker_zojirushi", "Zojirushi NS-TSC10 5.5-Cup (Uncooked) Micom Rice Cooker and Warmer, Stainless Steel"),
        ("whetstone_combo", "Whetstone Knife Sharpening Stone 1000/6000 Grit Double-Sided with Non-Slip Bamboo Base and Angle Guide"),
        ("pull_sharpener", "3-Stage Manual Kitchen Knife Sharpener for Straight Blades, Coarse/Fine/Ceramic"),
        ("chef_knife", "8 in. High Carbon Stainless Steel Chef's Knife with Ergonomic Handle"),
        ("vac_bag_clothes", "Vacuum Storage Bags (8-Pack) Jumbo and Large Space Saver Bags for Comforters, Blankets, Clothes, with Hand Pump"),
        ("storage_box_lid", "66 Qt. Latching Clear Plastic Storage Tote with Lid (6-Pack)"),
        ("fabric_bin", "11 in. Fabric Storage Cube Bins, Foldable Closet Organizer (6-Pack)"),
        ("shower_caddy_hanging", "Over-the-Shower-Head Caddy, Rustproof Stainless Steel Hanging Shower Organizer with Soap Holder"),
        ("toilet_brush", "Toilet Bowl Brush and Holder Set, Silicone Bristles, Ventilated, Gray"),
        ("toilet_plunger", "Heavy Duty Toilet Plunger with Extension Flange and Caddy"),
        ("shower_curtain", "72 in. x 72 in. Waffle Weave Fabric Shower Curtain, Water Repellent, White"),
        ("bath_mat_diatom", "Diatomaceous Earth Bath Mat Stone 23.6 in. x 15.4 in., Quick Drying, Non-Slip, White"),
        ("bath_mat", "21 in. x 34 in. Non-Slip Microfiber Chenille Bath Mat, Machine Washable, Gray"),
        ("lint_roller", "Extra Sticky Lint Roller for Pet Hair, 5 Rollers with 450 Sheets Total"),
        ("litter_bentonite", "40 lb. Clumping Clay Cat Litter, Unscented, Multi-Cat"),
        ("litter_box", "Extra Large Enclosed Cat Litter Box with Lid and Scoop"),
        ("cat_tree", "72 in. Multi-Level Cat Tree Tower with Sisal Scratching Posts, Condo and Hammock, Beige"),
        ("leash_retractable", "16 ft. Retractable Dog Leash for Medium Dogs up to 66 lb., Tangle-Free Tape, One-Button Brake"),
        ("pet_fountain", "Cat Water Fountain 84 oz./2.5 L, Ultra-Quiet Pump, with 3 Replacement Filters"),
        ("poop_bags", "Dog Poop Bags, Unscented, Leak-Proof, 16 Rolls (240-Count) with Dispenser"),
        ("trash_bag_45_50l", "13 Gal. Tall Kitchen Drawstring Trash Bags (120-Count)"),
        ("pruning_shears", "8 in. Titanium Bypass Pruning Shears, Garden Hand Pruner with Safety Lock"),
        ("plant_pot_plastic", "6 in., 8 in., 10 in. Plastic Planters with Drainage Holes and Saucers, White (3-Pack)"),
        ("bug_zapper", "Indoor Bug Zapper, 4200V Electric Mosquito Killer Lamp with UV Light, Plug-In, for Kitchen and Bedroom"),
        ("spin_mop", "Spin Mop and Bucket System with 3 Microfiber Refills, Foot Pedal"),
        ("microfiber_cloth", "12 in. x 12 in. All-Purpose Microfiber Cleaning Cloths (24-Pack)"),
        ("dw_tablets", "Dishwasher Detergent Pods, Fresh Scent, 81-Count"),
        ("dish_rack", "2-Tier Dish Drying Rack with Drainboard and Utensil Holder, Stainless Steel"),
        ("hinge_softclose", "35 mm Full Overlay Soft Close Concealed Cabinet Hinge (10-Pack)"),
        ("butt_hinge", "3-1/2 in. Satin Nickel Square Corner Door Hinge (3-Pack)"),
        ("adhesive_hook", "Large Adhesive Wall Hooks, Holds 7.5 lb., Damage-Free (6 Hooks, 8 Strips)"),
        ("smoke_detector", "10-Year Sealed Battery Smoke Detector with Test/Silence Button"),
    ],
    "ja": [
        ("ledstrip_5m", "【楽天1位】LEDテープライト ５ｍ RGB 調光 リモコン付き USB給電 間接照明 テレビ裏 部屋 おしゃれ 切断可能 両面テープ ★ポイント10倍★"),
        ("sensor_light_indoor", "センサーライト 室内 人感 ＬＥＤ 充電式 マグネット 足元灯 廊下 階段 クローゼット 玄関 フットライト 【２個セット】"),
        ("solar_wall_motion", "【送料無料】ソーラーライト 屋外 センサーライト ＬＥＤ 人感 防水 IP65 3面発光 玄関 駐車場 防犯 ガーデンライト 2個セット"),
        ("smartbulb_e26", "スマート電球 Ｅ２６ ６０Ｗ形相当 Wi-Fi 調光調色 アレクサ Google Home対応 ハブ不要 ＬＥＤ電球 2個"),
        ("smartbulb_e17", "スマート電球 Ｅ１７ 小形電球 ４０Ｗ形相当 Wi-Fi 調色 アプリ操作 ダウンライト"),
        ("kettle_gooseneck_electric", "【あす楽】電気ケトル 1.0L 温度調節 保温機能 ステンレス 空焚き防止 コーヒー ドリップ 細口 おしゃれ ギフト"),
        ("airfryer", "ノンフライヤー 4.5L 大容量 電気フライヤー 油なし 揚げ物 唐揚げ ヘルシー 温度調節 タイマー 【レシピ付き】"),
        ("rice_cooker_zojirushi", "象印 炊飯器 5.5合 圧力IH 極め炊き NW-JX10 ブラック 【メーカー保証】"),
        ("rice_storage", "米びつ 5kg 計量カップ付き 密閉 冷蔵庫 ライスストッカー 防虫 スリム"),
        ("whetstone_1000", "砥石 #1000 中砥 包丁研ぎ 台付き 水砥石 キッチン 家庭用 初心者 【送料無料】"),
        ("grinder_disc", "ディスクグラインダー用 砥石 オフセット 100mm 金属研削 10枚入"),
        ("chef_knife", "牛刀 210mm 包丁 ステンレス 日本製 関 刃物 両刃 プロ仕様 ギフト 【名入れ可】"),
        ("vac_bag_clothes", "【10枚セット】布団圧縮袋 掃除機対応 バルブ式 ＬＬサイズ 衣類 羽毛布団 収納 引越し 防ダニ"),
        ("storage_box_lid", "収納ボックス フタ付き 3個セット 幅39cm 押入れ クローゼット 衣装ケース 積み重ね 半透明"),
        ("shower_shelf_nodrill", "マグネット バスラック 浴室 収納 ボトルラック 壁付け 穴あけ不要 ステンレス シャンプーラック"),
        ("toilet_brush_disposable", "トイレブラシ 使い捨て 本体＋替え16個 流せる 洗剤付き 立てて収納 トイレ掃除"),
        ("shower_curtain", "シャワーカーテン 防カビ 撥水 180×180cm リング付き ユニットバス おしゃれ 北欧"),
        ("window_curtain", "遮光カーテン 1級遮光 断熱 2枚組 幅100×丈178cm 北欧 リビング 【送料無料】"),
        ("bath_mat_diatom", "【楽天1位】珪藻土バスマット 大判 ６０×３９ｃｍ 速乾 吸水 アスベスト検査済 滑り止め付き"),
        ("lint_roller", "粘着クリーナー コロコロ 本体＋スペアテープ 6巻 フローリング カーペット ペットの毛"),
        ("litter_tofu", "猫砂 おから 7L×4袋 トイレに流せる 固まる 消臭 国産 【ケース販売】"),
        ("cat_tree", "キャットタワー 据え置き 高さ150cm 爪とぎ 麻紐 ハンモック 多頭飼い 省スペース"),
        ("leash_retractable", "伸縮リード 犬 5m 中型犬 小型犬 ワンタッチ ロック 散歩 反射テープ"),
        ("pet_fountain", "給水器 猫 自動 循環式 2.5L 静音 フィルター付き 犬 水飲み器 ペット"),
        ("plant_waterer", "自動給水器 植物 水やり 旅行 留守 鉢植え 点滴 10個セット"),
        ("poop_bags", "うんち袋 犬 ロール 消臭 防臭 マナー袋 散歩 300枚 ケース付き"),
        ("trash_bag_45_50l", "ゴミ袋 45L 半透明 0.025mm 100枚入 ポリ袋 大容量 業務用 家庭用"),
        ("pruning_shears", "剪定ばさみ 園芸 ガーデニング 枝切り 太枝 ＳＫ５ 替刃 植木 花 盆栽"),
        ("kitchen_scissors", "キッチンばさみ 分解できる ステンレス 食洗機対応 料理 はさみ"),
        ("plant_pot_plastic", "植木鉢 プラスチック 10号 スリット鉢 受け皿付き 観葉植物 おしゃれ 軽量"),
        ("bug_zapper", "電撃殺虫器 UV 誘虫灯 蚊取り 屋内 コバエ 虫取り 静音 吊り下げ可"),
        ("spin_mop", "回転モップ 洗浄 脱水 バケツセット 替えモップ2枚 フローリング 床掃除 手を汚さない"),
        ("microfiber_cloth", "マイクロファイバー クロス 雑巾 20枚 30×30cm 吸水 窓拭き 車 キッチン"),
        ("dw_powder", "食洗機用洗剤 粉末 詰め替え 大容量 1.5kg 除菌 消臭 食器洗い乾燥機専用"),
        ("hand_dish_soap", "食器用洗剤 詰め替え 1250ml 手肌にやさしい 除菌 油汚れ 大容量"),
        ("dish_rack", "水切りラック シンク上 伸縮 ステンレス 2段 水切りかご 大容量 キッチン収納"),
        ("hinge_softclose", "スライド丁番 ソフトクローズ 35mm カップ 全かぶせ 10個 キャビネット 食器棚 扉"),
        ("adhesive_hook", "粘着フック 強力 耐荷重5kg 剥がせる 壁 キッチン 浴室 透明 10個"),
        ("smoke_detector", "住宅用火災警報器 煙式 電池式 10年 国家検定合格 1個 【送料無料】"),
    ],
    "de": [
        ("ledstrip_5m", "LED Strip 5m RGB, LED Streifen mit Fernbedienung, App-Steuerung, Musik Sync, selbstklebend, LED Band für Zimmer, Küche, Party"),
        ("ledstrip_10m", "LED Strip 10m Warmweiß 3000K COB, dimmbar, 24V inkl. Netzteil, Lichtband für Küche Schrankbeleuchtung"),
        ("sensor_light_indoor", "LED Nachtlicht mit Bewegungsmelder, [3er Pack] Schrankbeleuchtung kabellos, USB-C Akku, magnetisch, für Flur, Treppe, Kleiderschrank"),
        ("motion_detector_switch", "Bewegungsmelder Aufputz 180° IP44 Außen, Infrarot Bewegungssensor für Lampen, einstellbar, weiß"),
        ("solar_path_light", "Solarleuchten Garten [8 Stück] Solarlampen für Außen, IP65 wasserdicht, warmweiß, Wegeleuchten mit Erdspieß"),
        ("smartbulb_e27_hue", "Philips Hue White & Color Ambiance E27 LED Lampe, 2er Pack, 75W, dimmbar, 16 Mio. Farben, steuerbar via App, kompatibel mit Alexa"),
        ("hue_bridge", "Philips Hue Bridge, Steuerungselement für das Hue Lichtsystem, kompatibel mit Amazon Alexa, Apple HomeKit und Google Assistant"),
        ("kettle_electric", "Wasserkocher Edelstahl 1,7 Liter, 2200 Watt, kabellos, Kalkfilter, Trockengehschutz, BPA-frei, Teekocher"),
        ("airfryer", "Heißluftfritteuse 5,5L XXL, 1700W, Airfryer mit 8 Programmen, Sichtfenster, Fritteuse ohne Öl, spülmaschinenfest"),
        ("deep_fryer", "Fritteuse mit Öl 3L, Edelstahl, 2000W, Kaltzonentechnik, Frittierkorb, für Pommes"),
        ("rice_cooker", "Reiskocher 1,8L mit Dampfgarer-Einsatz, Warmhaltefunktion, Antihaft-Innentopf, inkl. Messbecher & Reislöffel"),
        ("whetstone_combo", "Schleifstein Messer 1000/6000 Körnung, Wetzstein Kombistein mit rutschfestem Bambus-Halter, inkl. Winkelführung"),
        ("chef_knife", "Kochmesser 20 cm, Profi Küchenmesser aus deutschem Edelstahl, scharfes Allzweckmesser - Geschenk für Männer"),
        ("vac_bag_clothes", "Vakuumbeutel für Kleidung [10er Set] inkl. Handpumpe, Vakuum Aufbewahrungsbeutel für Bettdecken, Kissen, wiederverwendbar"),
        ("food_vac_bags", "Vakuumrollen 2 Rollen 28x600cm für Vakuumierer, Vakuumbeutel Lebensmittel, BPA-frei, kochfest"),
        ("storage_box_lid", "Aufbewahrungsbox mit Deckel 45L [4er Pack], stapelbar, transparent, Kunststoff Box mit Clipverschluss für Keller, Dachboden"),
        ("shower_shelf_nodrill", "Duschablage ohne Bohren [2er Pack], Duschregal Edelstahl selbstklebend, Eckregal Badezimmer, rostfrei, Duschkorb"),
        ("phone_holder_shower", "Handyhalterung Dusche ohne Bohren, wasserdicht, Handy Halter Bad 360° drehbar, Touchscreen"),
        ("toilet_brush", "Klobürste Silikon mit Halter, WC Bürste wandhängend, schnelltrocknend, Toilettenbürste mit Ständer, grau"),
        ("shower_curtain", "Duschvorhang 180x200 Anti-Schimmel, Textil, wasserabweisend, waschbar, inkl. 12 Ringe, Weiß"),
        ("bath_mat", "Badematte rutschfest 50x80 cm, Badezimmerteppich Hochflor, waschbar, saugfähig, Badvorleger grau"),
        ("lint_roller", "Fusselrolle [4 Stück] mit 4 Ersatzrollen, extra klebrig, Tierhaarentferner für Kleidung, Sofa, 60 Blatt je Rolle"),
        ("litter_bentonite", "Katzenstreu klumpend 15 kg, Bentonit, staubarm, mit Aktivkohle, geruchsbindend"),
        ("cat_tree", "Kratzbaum für große Katzen 160 cm, stabil, mit Sisal Kratzstämmen, Höhle, Liegemulde, grau"),
        ("leash_retractable", "Rollleine für Hunde 5m, bis 25 kg, Gurtband, einhändige Bremse, Hundeleine ausziehbar, reflektierend"),
        ("pet_fountain", "Trinkbrunnen für Katzen 2L, Katzenbrunnen Edelstahl, leise Pumpe, inkl. 4 Filter, LED Wasserstand"),
        ("poop_bags", "Kotbeutel Hund [600 Stück] 40 Rollen, extra stark, auslaufsicher, mit Spender, Hundekotbeutel"),
        ("trash_bag_45_50l", "Müllbeutel 50L mit Zugband, 50 Stück, reißfest, Müllsäcke extra stark, blau"),
        ("pruning_shears", "Gartenschere Amboss, Rosenschere für hartes Holz bis 20mm, SK5 Klinge, ergonomisch, inkl. Ersatzfeder"),
        ("plant_pot_ceramic", "Blumentopf Keramik 3er Set 12/15/18 cm mit Abflussloch und Untersetzer, Pflanztopf für Zimmerpflanzen, weiß matt"),
        ("bug_zapper", "Insektenvernichter elektrisch 20W UV Mückenlampe, Fliegenfalle Innen, Insektenfalle für Mücken, Fliegen, Motten"),
        ("spin_mop", "Wischmop Set mit Eimer und Schleuder, 360° Bodenwischer Drehmopp, inkl. 4 Ersatz-Mopp-Bezüge"),
        ("microfiber_cloth", "Mikrofasertücher 30x30 cm [20er Pack] Putztücher fusselfrei, Reinigungstücher für Küche, Auto, Fenster"),
        ("dw_tablets", "Spülmaschinentabs All in 1, 90 Tabs, Geschirrspültabs mit Klarspüler & Salzfunktion"),
        ("dish_rack", "Abtropfgestell Geschirr 2-stöckig, Geschirrständer mit Abtropfschale & Besteckkorb, Edelstahl, schwarz"),
        ("hinge_softclose", "Topfscharnier 35mm mit Dämpfer [10er Pack], Möbelscharnier Soft Close, Vollanschlag, 110°, inkl. Montageplatten"),
        ("adhesive_hook", "Klebehaken ohne Bohren [12 Stück], Handtuchhaken selbstklebend, Edelstahl, bis 5 kg, für Bad & Küche"),
        ("smoke_detector", "Rauchmelder 10 Jahres Batterie [3er Pack], VdS zertifiziert, DIN EN 14604, Feuermelder mit Stummschaltung"),
        ("co_detector", "CO Melder Kohlenmonoxid Warnmelder, 10 Jahre Sensor, EN 50291, mit Display"),
    ],
    "es": [
        ("ledstrip_5m", "Tira LED 5M RGB con Mando, Luces LED Habitación Bluetooth, Sincronización con Música, Autoadhesiva, 12V"),
        ("sensor_light_indoor", "LUZ LED CON SENSOR DE MOVIMIENTO RECARGABLE USB PARA ARMARIO, PASILLO Y ESCALERA, PACK DE 3, MAGNÉTICA"),
        ("solar_string", "Guirnalda Luces Solares Exterior 12M 100 LED, Luces Solares Jardín Impermeables IP65, 8 Modos, Blanco Cálido"),
        ("smartbulb_e27_hue", "Philips Hue Bombilla Inteligente E27 White Ambiance, Luz Blanca Cálida a Fría, Bluetooth y Zigbee, Compatible con Alexa"),
        ("smartbulb_gu10", "Bombilla Inteligente GU10 WiFi 5W, RGB + Luz Blanca Regulable, Control por Voz, Pack de 4"),
        ("kettle_electric", "Hervidor de Agua Eléctrico 1,7 L Cristal con Luz LED Azul, 2200W, Base 360°, Apagado Automático, Sin BPA"),
        ("airfryer", "Cecotec Freidora sin Aceite de 5,5 L Cecofry Full InoxBlack Pro, 1700W, Dietética, Digital, 8 Modos"),
        ("rice_cooker", "Arrocera Eléctrica 1,5L Multifunción, Olla Antiadherente, Vaporera, Mantener Caliente, 500W"),
        ("whetstone_combo", "Piedra de Afilar Cuchillos Doble Cara 1000/6000, Kit Afilador con Base de Bambú Antideslizante y Guía de Ángulo"),
        ("chef_knife", "Cuchillo de Cocinero 20 cm Acero Inoxidable Alemán, Cuchillo Chef Profesional Ultra Afilado con Caja de Regalo"),
        ("vac_bag_clothes", "Bolsas de Vacío para Ropa, Pack de 8 (4 Jumbo + 4 Grandes), Bolsas al Vacío Reutilizables con Bomba Manual"),
        ("storage_box_lid", "CAJA DE ALMACENAJE CON TAPA 50L PLÁSTICO TRANSPARENTE PACK DE 3 APILABLE CON RUEDAS"),
        ("doc_folder", "Carpeta Archivadora de Fuelle A4 con 13 Bolsillos, Organizador de Documentos con Cierre Elástico, Azul"),
        ("shower_shelf_nodrill", "Estantería de Ducha sin Taladrar, Pack de 2, Estante Baño Adhesivo de Acero Inoxidable, Organizador Esquinero"),
        ("toilet_brush", "Escobilla WC de Silicona con Soporte de Pared, Escobilla de Baño con Secado Rápido, Blanca"),
        ("shower_curtain", "Cortina de Ducha 180x200 cm Antimoho, Tela Impermeable Lavable, con 12 Anillas, Diseño Hojas Verdes"),
        ("bath_mat", "Alfombra de Baño Antideslizante 50x80 cm, Microfibra Absorbente, Lavable a Máquina, Gris"),
        ("lint_roller", "Rodillo Quitapelusas con 3 Recambios, 180 Hojas, Quita Pelos de Mascotas para Ropa y Sofá"),
        ("fabric_shaver", "Quitapelusas Eléctrico Recargable, Quitabolitas para Ropa con 6 Cuchillas, Pantalla LED"),
        ("litter_bentonite", "ARENA PARA GATOS AGLOMERANTE 10L PACK DE 2 BENTONITA ULTRA ABSORBENTE SIN POLVO"),
        ("cat_tree", "Rascador Árbol para Gatos 143 cm, Torre con Cueva, Hamaca y Postes de Sisal, Gris"),
        ("back_scratcher", "Rascador de Espalda Extensible de Acero Inoxidable, Pack de 2, con Bolsa"),
        ("leash_retractable", "Correa Extensible para Perros 5m, Hasta 50 kg, Cinta Plana, Freno con Una Mano, Antideslizante"),
        ("pet_fountain", "Fuente de Agua para Gatos 2,5L, Bebedero Automático Silencioso con Filtros y Luz LED"),
        ("poop_bags", "Bolsas para Excrementos de Perro, 36 Rollos 540 Bolsas, Extra Gruesas, con Dispensador, Aroma Lavanda"),
        ("trash_bag_30l", "BOLSAS DE BASURA 30L CON AUTOCIERRE PACK DE 6 ROLLOS X 15 BOLSAS NEGRAS RESISTENTES"),
        ("pruning_shears", "Tijeras de Podar Profesionales, Cuchilla SK5 de Bypass, Corte hasta 20mm, Mango Ergonómico"),
        ("hedge_shears", "Tijera Cortasetos Manual 55 cm con Hoja Ondulada, Mangos de Aluminio"),
        ("plant_pot_plastic", "Maceta de Plástico Pack de 6, Macetas con Plato y Agujeros de Drenaje, 17 cm, Antracita"),
        ("bug_zapper", "Lámpara Antimosquitos Eléctrica 20W, Mata Mosquitos UV Interior, Insecticida Eléctrico Silencioso"),
        ("spin_mop", "Fregona Giratoria 360° con Cubo Centrifugador, Pack de 3 Recambios de Microfibra, Pedal"),
        ("mop_refill", "Recambio Fregona Microfibra Pack de 6, Compatible con Cubos Giratorios"),
        ("microfiber_cloth", "Bayetas de Microfibra Pack de 12, 30x30cm, Paños de Limpieza Multiusos sin Pelusa"),
        ("dw_tablets", "Pastillas Lavavajillas Todo en 1, 84 Pastillas, Acción Desengrasante, Brillo Cristal"),
        ("dish_rack", "Escurreplatos de Acero Inoxidable 2 Niveles, Escurridor de Platos con Bandeja y Cubertero"),
        ("hinge_softclose", "BISAGRA CAZOLETA 35MM CIERRE SUAVE PACK DE 10 CODO 0 RECTA PARA MUEBLES DE COCINA"),
        ("adhesive_hook", "Ganchos Adhesivos de Pared, Pack de 10, Colgadores sin Taladro, Resistentes al Agua, hasta 6 kg"),
        ("smoke_detector", "Detector de Humo con Batería de 10 Años, Alarma Fotoeléctrica 85dB, Certificado EN 14604, Pack de 2"),
    ],
    "fr": [
        ("ledstrip_10m", "RUBAN LED 10M RGB MULTICOLORE AVEC TÉLÉCOMMANDE 44 TOUCHES, BANDE LED CHAMBRE, SYNCHRONISATION MUSIQUE"),
        ("sensor_light_indoor", "Lampe LED Détecteur de Mouvement sans Fil, Lot de 3, Rechargeable USB, Éclairage Placard, Escalier, Couloir"),
        ("solar_path_light", "Lampe Solaire Extérieur Jardin, Lot de 10, Balises Solaires LED à Planter, Étanche IP65, Blanc Chaud"),
        ("smartbulb_e27_hue", "Philips Hue Ampoule LED Connectée White & Color Ambiance E27, 9W, Lot de 2, Compatible Bluetooth"),
        ("smartbulb_e14", "Ampoule Connectée E14 Flamme WiFi 4.9W, Couleur RGB + Blanc, Compatible Alexa et Google, Lot de 2"),
        ("kettle_electric", "Bouilloire Électrique Inox 1,7L, 2200W, Arrêt Automatique, Filtre Anticalcaire, Sans Fil"),
        ("descaler", "Détartrant Bouilloire et Cafetière, Lot de 4 Sachets, Acide Citrique, Élimine le Calcaire"),
        ("airfryer", "Friteuse sans Huile 4L, Air Fryer Compact 1500W, 7 Programmes, Panier Antiadhésif, Minuterie"),
        ("rice_cooker", "CUISEUR À RIZ ÉLECTRIQUE 1,8L AVEC PANIER VAPEUR ET MAINTIEN AU CHAUD, CUVE ANTIADHÉSIVE"),
        ("whetstone_combo", "Pierre à Aiguiser Double Face 1000/6000 avec Support Bambou, Affûteur Couteaux Professionnel"),
        ("chef_knife", "Couteau de Chef 20 cm, Couteau de Cuisine Professionnel Acier Inoxydable, Lame Ultra Tranchante"),
        ("vac_bag_clothes", "Housse Sous Vide Vêtements, Lot de 6 Sacs Sous Vide XXL pour Couette, Oreillers, Pompe Manuelle Incluse"),
        ("sous_vide_cooker", "Cuiseur Sous Vide de Précision 1100W, Thermoplongeur Basse Température, Wi-Fi, Cuisson Sous-Vide"),
        ("storage_box_lid", "Boîte de Rangement avec Couvercle 30L, Lot de 4, Plastique Transparent Empilable, Clips de Fermeture"),
        ("shower_shelf_nodrill", "ÉTAGÈRE DE DOUCHE SANS PERÇAGE, LOT DE 2, ADHÉSIVE, ACIER INOXYDABLE, RANGEMENT SALLE DE BAIN"),
        ("shower_shelf_drill", "Étagère de Coin Salle de Bain à Visser, 3 Niveaux, Aluminium, Vis et Chevilles Incluses"),
        ("toilet_brush", "Brosse WC Silicone avec Support Mural, Balai WC Séchage Rapide, Lot de 2, Blanc"),
        ("outdoor_broom", "Balai d'Extérieur Poils Durs 40 cm avec Manche 140 cm, Balai Brosse Terrasse"),
        ("shower_curtain", "Rideau de Douche 180x200 Anti-Moisissure, Tissu Polyester Imperméable, Lavable, 12 Anneaux Inclus"),
        ("bath_mat", "TAPIS DE BAIN ANTIDÉRAPANT 50X80 CM MICROFIBRE ABSORBANT GRIS"),
        ("lint_roller", "Rouleau Anti-Peluche Lot de 3 + 6 Recharges, Brosse Adhésive Poils d'Animaux, Vêtements et Canapé"),
        ("litter_tofu", "Litière Végétale pour Chat au Tofu 6L, Agglomérante, Sans Poussière, Biodégradable, Parfum Thé Vert"),
        ("cat_tree", "Arbre à Chat 150 cm, Griffoir Sisal, Niches, Hamac et Plateformes, Stable, Beige"),
        ("leash_retractable", "Laisse Enrouleur Chien 5m, Laisse Rétractable pour Chien jusqu'à 25kg, Frein d'Une Main"),
        ("pet_fountain", "Fontaine à Eau pour Chat 2L, Abreuvoir Automatique Silencieux avec 3 Filtres au Charbon"),
        ("garden_fountain_solar", "Fontaine de Jardin Solaire avec Pompe, Bassin Décoratif Extérieur, Jet d'Eau 6 Effets"),
        ("poop_bags", "Sacs à Crottes pour Chien, Lot de 24 Rouleaux (360 Sacs), Biodégradables, avec Distributeur"),
        ("trash_bag_30l", "Sacs Poubelle 30L à Lien Coulissant, Lot de 5 Rouleaux de 20, Résistants, Noirs"),
        ("pruning_shears", "Sécateur de Jardin Professionnel à Lame Franche, Coupe jusqu'à 22 mm, Poignées Ergonomiques"),
        ("plant_pot_plastic", "Lot de 5 Pots de Fleurs en Plastique avec Soucoupe, 20 cm, Trous de Drainage, Aspect Terre Cuite"),
        ("paint_pot", "Pot de Peinture Blanche Mate 2,5L pour Murs et Plafonds, Lessivable"),
        ("bug_zapper", "DESTRUCTEUR D'INSECTES ÉLECTRIQUE 18W LAMPE ANTI-MOUSTIQUE UV INTÉRIEUR SILENCIEUX"),
        ("spin_mop", "Balai Serpillière Rotatif avec Seau Essoreur, 3 Têtes Microfibre, Pédale, Manche Réglable"),
        ("microfiber_cloth", "Lot de 24 Chiffons Microfibre 30x30 cm, Lavettes Nettoyage Cuisine, Vitres, Voiture"),
        ("dw_tablets", "Tablettes Lave-Vaisselle Tout en 1, Lot de 2 x 50 Tablettes, Anti-Calcaire, Brillance"),
        ("dish_rack", "Égouttoir à Vaisselle 2 Niveaux avec Plateau et Porte-Couverts, Acier Inoxydable Noir"),
        ("hinge_softclose", "Charnière Invisible 35 mm à Amortisseur, Lot de 10, Charnière de Cuisine Frein Intégré, Recouvrement Total"),
        ("adhesive_hook", "Crochet Adhésif Mural, Lot de 12, Patère sans Perçage pour Serviettes, Inox, Charge 5kg"),
        ("smoke_detector", "Détecteur de Fumée NF EN 14604, Pile 10 Ans Intégrée, Lot de 3, Alarme Incendie 85 dB"),
    ],
}

# One query per language (zh, en, ja, de, es, fr), as shoppers type them. Deliberate input
# errors: 模刀石, 修枝减, シャワーカテン, キャットタワ, led strip ligths, shower curtian, retractible,
# prunning, dectector, wasserkocker, heissluftfriteuse, rolleine, abtropfgestel, almacenage,
# giratorio, escureplatos, electique, chifon, egoutoir, fume.
QUERIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "sth-i01": ("led灯带", "led strip ligths", "ledテープライト", "led streifen 5m", "tira led", "ruban led"),
    "sth-i02": ("感应灯 充电", "motion sensor closet light", "センサーライト 室内", "lampe bewegungsmelder", "luz sensor movimiento", "lampe detecteur mouvement"),
    "sth-i03": ("太阳能庭院灯", "solar pathway lights", "ソーラーライト 屋外", "solarleuchten garten", "luces solares jardin", "lampe solaire jardin"),
    "sth-i04": ("智能灯泡e27", "smart light bulbs", "スマート電球", "philips hue e27", "bombilla inteligente e27", "ampoule connectee e27"),
    "sth-i05": ("电热水壶", "electric kettle", "電気ケトル", "wasserkocker", "hervidor electrico", "bouilloire electique"),
    "sth-i06": ("空气炸锅", "air fryer", "ノンフライヤー", "heissluftfriteuse", "freidora sin aceite", "friteuse sans huile"),
    "sth-i07": ("电饭煲", "rice cooker", "象印 炊飯器", "reiskocher", "arrocera", "cuiseur a riz"),
    "sth-i08": ("模刀石", "whetstone 1000 6000", "包丁 砥石", "schleifstein messer", "piedra de afilar", "pierre a aiguiser"),
    "sth-i09": ("厨师刀", "chef knife 8 inch", "牛刀", "kochmesser", "cuchillo cocinero", "couteau de chef"),
    "sth-i10": ("真空压缩袋", "vacuum storage bags", "布団圧縮袋", "vakuumbeutel kleidung", "bolsas vacio ropa", "housse sous vide"),
    "sth-i11": ("收纳箱 带盖", "storage bins with lids", "収納ボックス 蓋付き", "aufbewahrungsbox mit deckel", "caja almacenage tapa", "boite rangement couvercle"),
    "sth-i12": ("浴室置物架免打孔", "shower caddy", "浴室ラック", "duschablage ohne bohren", "estanteria ducha sin taladro", "etagere douche sans percage"),
    "sth-i13": ("马桶刷", "toilet brush", "トイレブラシ", "kloburste", "escobilla wc", "balai wc"),
    "sth-i14": ("浴帘", "shower curtian", "シャワーカテン", "duschvorhang", "cortina ducha", "rideau de douche"),
    "sth-i15": ("浴室地垫 吸水", "bath mat non slip", "バスマット 珪藻土", "badematte", "alfombra bano", "tapis de bain"),
    "sth-i16": ("粘毛器", "lint roller", "コロコロ", "fusselrolle", "rodillo quitapelusas", "rouleau anti peluche"),
    "sth-i17": ("豆腐猫砂", "clumping cat litter", "猫砂 おから", "katzenstreu", "arena gatos", "litiere chat"),
    "sth-i18": ("猫爬架", "cat tree", "キャットタワ", "kratzbaum", "rascador gato", "arbre a chat"),
    "sth-i19": ("伸缩狗绳", "retractible dog leash", "伸縮リード", "rolleine hund", "correa extensible perro", "laisse enrouleur"),
    "sth-i20": ("猫咪饮水机", "cat water fountain", "給水器 猫", "trinkbrunnen katze", "fuente agua gato", "fontaine a eau chat"),
    "sth-i21": ("拾便袋", "dog poop bags", "うんち袋 犬", "kotbeutel hund", "bolsas caca perro", "sac a crotte chien"),
    "sth-i22": ("垃圾袋 加厚", "13 gallon trash bags", "ゴミ袋 45l", "müllbeutel", "bolsas basura", "sac poubelle 30l"),
    "sth-i23": ("修枝减", "prunning shears", "剪定ばさみ", "gartenschere", "tijeras de podar", "secateur"),
    "sth-i24": ("花盆 塑料", "plant pots with drainage", "植木鉢", "blumentopf", "macetas", "pot de fleur"),
    "sth-i25": ("灭蚊灯", "bug zapper indoor", "電撃殺虫器", "insektenvernichter", "mata mosquitos electrico", "lampe anti moustique"),
    "sth-i26": ("旋转拖把", "spin mop", "回転モップ", "wischmop mit eimer", "fregona giratorio", "balai serpilliere rotatif"),
    "sth-i27": ("超细纤维抹布", "microfiber cleaning cloths", "マイクロファイバー", "mikrofasertücher", "bayetas microfibra", "chifon microfibre"),
    "sth-i28": ("洗碗机洗涤块", "dishwasher pods", "食洗機 洗剤", "spülmaschinentabs", "pastillas lavavajillas", "tablette lave vaisselle"),
    "sth-i29": ("沥水碗架", "dish drying rack", "水切りラック", "abtropfgestel", "escureplatos", "egoutoir vaisselle"),
    "sth-i30": ("阻尼铰链", "soft close cabinet hinges", "スライド丁番", "topfscharnier 35mm", "bisagra cazoleta", "charniere cuisine"),
    "sth-i31": ("免打孔挂钩", "adhesive hooks", "粘着フック", "klebehaken", "ganchos adhesivos", "crochet adhesif"),
    "sth-i32": ("烟雾报警器", "smoke dectector", "火災警報器", "rauchmelder", "detector de humo", "detecteur de fume"),
}

# Grades per intent: kind -> grade (3 Exact, 2 Substitute, 1 Complement); kinds not named are 0.
SMART_BULBS = ("smartbulb_e27", "smartbulb_e27_hue", "smartbulb_e26", "smartbulb_e14", "smartbulb_e17", "smartbulb_gu10")
GRADES: dict[str, dict[str, int]] = {
    "sth-i01": {"ledstrip_5m": 3, "ledstrip_10m": 3, "ledstrip_adapter": 1, "ledstrip_connector": 1},
    "sth-i02": {"sensor_light_indoor": 3, "solar_wall_motion": 2, "motion_detector_switch": 1},
    "sth-i03": {"solar_path_light": 3, "solar_string": 3, "solar_wall_motion": 3},
    "sth-i04": {**{k: 2 for k in SMART_BULBS}, "smartbulb_e27": 3, "smartbulb_e27_hue": 3, "hue_bridge": 1},
    "sth-i05": {"kettle_electric": 3, "kettle_gooseneck_electric": 3, "kettle_stovetop_pourover": 2, "descaler": 1},
    "sth-i06": {"airfryer": 3, "deep_fryer": 2},
    "sth-i07": {"rice_cooker": 3, "rice_cooker_zojirushi": 3, "rice_innerpot": 1},
    "sth-i08": {"whetstone_combo": 3, "whetstone_1000": 3, "pull_sharpener": 2, "chef_knife": 1},
    "sth-i09": {"chef_knife": 3, "whetstone_combo": 1, "whetstone_1000": 1, "pull_sharpener": 1},
    "sth-i10": {"vac_bag_clothes": 3},
    "sth-i11": {"storage_box_lid": 3, "fabric_bin": 2},
    "sth-i12": {"shower_shelf_nodrill": 3, "shower_caddy_hanging": 2, "shower_shelf_drill": 2},
    "sth-i13": {"toilet_brush": 3, "toilet_brush_disposable": 3},
    "sth-i14": {"shower_curtain": 3},
    "sth-i15": {"bath_mat": 3, "bath_mat_diatom": 3},
    "sth-i16": {"lint_roller": 3},
    "sth-i17": {"litter_tofu": 3, "litter_bentonite": 3, "litter_box": 1},
    "sth-i18": {"cat_tree": 3},
    "sth-i19": {"leash_retractable": 3},
    "sth-i20": {"pet_fountain": 3},
    "sth-i21": {"poop_bags": 3},
    "sth-i22": {"trash_bag_30l": 3, "trash_bag_45_50l": 3},
    "sth-i23": {"pruning_shears": 3, "hedge_shears": 2},
    "sth-i24": {"plant_pot_plastic": 3, "plant_pot_ceramic": 3, "plant_waterer": 1},
    "sth-i25": {"bug_zapper": 3},
    "sth-i26": {"spin_mop": 3, "mop_refill": 1},
    "sth-i27": {"microfiber_cloth": 3},
    "sth-i28": {"dw_tablets": 3, "dw_powder": 2},
    "sth-i29": {"dish_rack": 3},
    "sth-i30": {"hinge_softclose": 3, "hinge_35_nodamper": 3},
    "sth-i31": {"adhesive_hook": 3},
    "sth-i32": {"smoke_detector": 3},
}

# Per-query changes where the query in one language names an attribute the intent leaves open.
OVERRIDES: dict[tuple[str, str], dict[str, int]] = {
    ("sth-i01", "de"): {"ledstrip_10m": 2},                       # led streifen 5m
    ("sth-i02", "de"): {"solar_wall_motion": 3},                  # no "indoor" in these three
    ("sth-i02", "es"): {"solar_wall_motion": 3},
    ("sth-i02", "fr"): {"solar_wall_motion": 3},
    ("sth-i03", "en"): {"solar_string": 2, "solar_wall_motion": 2},  # pathway lights
    ("sth-i04", "en"): {k: 3 for k in SMART_BULBS},                # no base named
    ("sth-i04", "ja"): {k: 3 for k in SMART_BULBS},
    ("sth-i04", "de"): {"smartbulb_e27": 2},                      # philips hue e27: other brand
    ("sth-i07", "ja"): {"rice_cooker": 2},                        # 象印: other brand
    ("sth-i08", "en"): {"whetstone_1000": 2},                     # 1000 6000 combination stone
    ("sth-i12", "en"): {"shower_caddy_hanging": 3, "shower_shelf_drill": 3},  # shower caddy: any
    ("sth-i12", "ja"): {"shower_caddy_hanging": 3, "shower_shelf_drill": 3},  # 浴室ラック: any
    ("sth-i15", "ja"): {"bath_mat": 2},                           # 珪藻土
    ("sth-i17", "zh"): {"litter_bentonite": 2},                   # 豆腐猫砂
    ("sth-i17", "ja"): {"litter_bentonite": 2},                   # おから
    ("sth-i22", "en"): {"trash_bag_30l": 2},                      # 13 gal ~ 45-50 L
    ("sth-i22", "ja"): {"trash_bag_30l": 2},                      # 45 L
    ("sth-i22", "fr"): {"trash_bag_45_50l": 2},                   # 30 L
    ("sth-i24", "zh"): {"plant_pot_ceramic": 2},                  # 塑料
    ("sth-i28", "ja"): {"dw_powder": 3},                          # 食洗機 洗剤: any dishwasher detergent
    ("sth-i30", "zh"): {"hinge_35_nodamper": 2},                  # 阻尼
    ("sth-i30", "en"): {"hinge_35_nodamper": 2},                  # soft close
}


def corpus() -> list[dict]:
    rows = []
    for lang in LANGS:
        for number, (_kind, title) in enumerate(LISTINGS[lang], start=1):
            doc_id = f"sth-{lang}-{number:03d}"
            rows.append({"_id": doc_id, "title": title, "text": "", "lang": lang, "product_id": doc_id})
    return rows


def kinds() -> dict[str, str]:
    return {f"sth-{lang}-{n:03d}": kind for lang in LANGS for n, (kind, _t) in enumerate(LISTINGS[lang], start=1)}


def queries() -> list[dict]:
    return [{"_id": f"{intent}:{lang}", "text": texts[i], "lang": lang}
            for intent, texts in QUERIES.items() for i, lang in enumerate(LANGS)]


def qrels() -> list[tuple[str, str, int]]:
    kind_of = kinds()
    rows = []
    for intent in QUERIES:
        for lang in LANGS:
            grades = {**GRADES[intent], **OVERRIDES.get((intent, lang), {})}
            for doc_id, kind in kind_of.items():
                grade = grades.get(kind, 0)
                if grade > 0:
                    rows.append((f"{intent}:{lang}", doc_id, grade))
    return rows


def main() -> None:
    all_kinds = set(kinds().values())
    graded = {k for g in GRADES.values() for k in g} | {k for g in OVERRIDES.values() for k in g}
    unknown = graded - all_kinds
    if unknown:
        raise SystemExit(f"graded kinds with no listing: {sorted(unknown)}")
    (HERE / "qrels").mkdir(exist_ok=True)
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in corpus():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "queries.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in queries():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "qrels" / "dev.tsv").open("w", encoding="utf-8", newline="\n") as out:
        out.write("query-id\tcorpus-id\tscore\n")
        for qid, did, grade in qrels():
            out.write(f"{qid}\t{did}\t{grade}\n")


if __name__ == "__main__":
    main()
