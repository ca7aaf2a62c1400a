from mlmatch.index.analyzer import analyze


def test_fullwidth_and_case_are_folded():
    assert analyze("ＩＰＨＯＮＥ　Case") == ["iphone", "case"]


def test_chinese_is_segmented_into_words():
    tokens = analyze("苹果手机壳", "zh")
    assert "苹果" in tokens and "手机" in tokens


def test_japanese_uses_character_bigrams():
    assert analyze("手帳型ケース", "ja") == ["手帳", "帳型", "型ケ", "ケー", "ース"]


def test_kana_implies_japanese_when_language_unknown():
    assert analyze("りんご") == ["りん", "んご"]


def test_model_numbers_match_joined_or_apart():
    assert analyze("iPhone15") == ["iphone15", "iphone", "15"]


def test_single_character_parts_stay_joined():
    assert analyze("4K S24") == ["4k", "s24"]
