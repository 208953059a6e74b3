"""Decoding and the cleaned matching text: offsets always point into the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from jjjextract import analyse_text
from jjjextract.ingest import decode, prepare


def test_decodes_utf8_bom_utf16_and_gb18030():
    text = "武清区总投资20.15亿元"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_traditional_is_matched_on_simplified_but_keeps_original_text(rules):
    text = "京津冀地區生產總值79039.9億元，設立4個站點"
    result = analyse_text(text, rules)
    amount = result["mentions"]["amounts"][0]
    assert amount["text"] == "79039.9億元" and amount["value"] == "7903990000000"
    qty = result["mentions"]["quantities"][0]
    assert qty["text"] == "4個" and qty["unit"] == "个"
    assert text[qty["start"] : qty["end"]] == "4個"


def test_line_break_inside_sentence_does_not_hide_a_mention(rules):
    text = "一企带一链，一链集成群。随着新能源汽车被纳入京津冀三地协同培育的六\n\n\n\n条重点产业链，武清区敏锐抢抓机遇。"
    rows = analyse_text(text, rules)["mentions"]["quantities"]
    assert [(r["text"], r["value"], r["unit"]) for r in rows] == [("六\n\n\n\n条", "6", "条")]


def test_full_width_digits_and_spaced_numbers(rules):
    text = "增长１２．５％，2014 年 2 月 26 日，面积21.6 万平方公里。"
    result = analyse_text(text, rules)
    assert result["mentions"]["percentages"][0]["value"] == "12.5"
    assert result["mentions"]["dates"][0]["value"] == "2014-02-26"
    qty = result["mentions"]["quantities"][0]
    assert (qty["text"], qty["value"], qty["unit"]) == ("21.6 万平方公里", "216000", "平方公里")


def test_a_line_break_inside_a_number_is_joined_on_a_short_line(rules):
    text = "累计接待游客77.96\n万人次\n2024\n元旦期间"
    result = analyse_text(text, rules)
    assert [(r["text"], r["value"]) for r in result["mentions"]["quantities"]] == [("77.96\n万人次", "779600")]
    assert result["mentions"]["amounts"] == []


def test_headline_lines_are_not_joined():
    art = prepare("协同发展新高地\n\n在发展新质生产力上勇争先。")
    assert "\n" in art.clean


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("武清区亿万元年月日个家%，。\n 0123456789一二三十百千億萬個．１２")),
               max_size=80))
def test_random_text_offsets_slice_original(text):
    from jjjextract import load_rules

    result = analyse_text(text, load_rules())
    for rows in result["mentions"].values():
        for r in rows:
            assert text[r["start"] : r["end"]] == r["text"]


def test_publication_date_resolves_years_and_relative_dates(rules):
    text = ("新华网天津 > 正文\n2024-12-23 19:43:41    来源: 天津日报\n\n"
            "去年，天津市政府发布了通知。12月12日，首批150辆氢能重卡投运。今年以来成效明显。")
    result = analyse_text(text, rules)
    assert result["article"]["published"] == "2024-12-23"
    dates = {d["text"]: (d["value"], d["resolved"]) for d in result["mentions"]["dates"]}
    assert dates["去年"] == ("XXXX", "2023")
    assert dates["12月12日"] == ("XXXX-12-12", "2024-12-12")
    assert dates["今年"] == ("XXXX", "2024")


def test_no_publication_date_means_nothing_is_guessed(rules):
    dates = analyse_text("去年，12月12日，首批150辆氢能重卡投运。", rules)["mentions"]["dates"]
    assert [(d["value"], d["resolved"]) for d in dates] == [("XXXX", ""), ("XXXX-12-12", "")]


def test_fold_finds_every_character_fold_char_changes():
    from jjjextract.ingest import fold, fold_char

    changed = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and fold_char(chr(c)) != chr(c))
    assert len(changed) > 400  # full-width forms, spaces, digits of many scripts
    assert fold(changed) == "".join(fold_char(ch) for ch in changed)
    assert fold("中文，不变") == "中文，不变"


def test_utf16_text_holding_nul_is_binary():
    import pytest

    from jjjextract.ingest import decode

    with pytest.raises(ValueError, match="NUL"):
        decode("中文\x00数据".encode("utf-16"))
