from mlmatch.index.analyzer import analyze


def test_fullwidth_and_case_are_folded():
    assert analyze("ＩＰＨＯＮＥ　Case") == ["iphone", "case"]
    assert analyze("ｉＰｈｏｎｅ１５") == analyze("iPhone15")  # 全角/半角 digits and letters alike


def test_cjk_runs_become_unigrams_and_bigrams():
    assert analyze("手机壳") == ["手", "机", "壳", "手机", "机壳"]
    assert analyze("壳") == ["壳"]


def test_chinese_with_latin_model_numbers_splits_at_the_script_change():
    assert analyze("启辰r50大灯罩") == ["启", "辰", "启辰", "r50", "大", "灯", "罩", "大灯", "灯罩"]
    assert analyze("苹果iPhone15手机壳")[3:6] == ["iphone15", "iphone", "15"]


def test_katakana_and_kanji_in_one_run_share_bigrams_across_the_boundary():
    assert analyze("手帳型ケース") == ["手", "帳", "型", "ケ", "ー", "ス", "手帳", "帳型", "型ケ", "ケー", "ース"]


def test_half_width_katakana_matches_full_width():
    assert analyze("ｹｰｽ") == analyze("ケース")


def test_the_same_rules_for_every_language():
    """A kanji-only Japanese query is analysed like a Chinese one, so it matches Japanese titles the same way."""
    assert analyze("保温") == ["保", "温", "保温"]
    assert set(analyze("保温")) <= set(analyze("水筒 保温 保冷 ステンレスボトル"))


def test_model_numbers_match_joined_or_apart():
    assert analyze("iPhone15") == ["iphone15", "iphone", "15"]


def test_single_character_parts_stay_joined():
    assert analyze("4K S24") == ["4k", "s24"]


def test_punctuation_and_brackets_separate_tokens():
    assert analyze("【送料無料】Beamer, 4K!") == ["送", "料", "無", "料", "送料", "料無", "無料", "beamer", "4k"]
