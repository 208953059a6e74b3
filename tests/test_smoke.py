from jjjextract import analyse_text, load_rules


def test_money_value_is_exact():
    rows = analyse_text("中国铁道科学研究院2023年实现工业产值20.15亿元。", load_rules())["mentions"]["amounts"]
    assert [(r["text"], r["value"], r["unit"]) for r in rows] == [("20.15亿元", "2015000000", "CNY")]
