"""Numbers in plain-text tables: read only where a header, a row label or a 单位 line states their unit."""

from jjjextract import analyse_text

MARKDOWN = """表1  2024年京津冀主要指标

| 地区 | 地区生产总值（亿元） | 增速(%) | 常住人口/万人 |
|---|---|---|---|
| 北京市 | 49,843.1 | 5.2 | 2183.2 |
| 天津市 | 18024.3 | -0.4 | 1364 |
| 河北省 | 47526.9 | 5.4 | 7378 |
"""

TABS = """单位：亿元
指标\t2023年\t2024年
一般公共预算收入\t6181.1\t6477.9
一般公共预算支出\t7971.3\t8242.6
"""


CAPTIONED = """表1 2023年各区财政收入（单位：亿元）
地区\t收入\t2024年
东城区\t120.5\t130.2
西城区\t300.1\t310.4
"""


def _claims(text, rules):
    result = analyse_text(text, rules)
    return result, {(c["text"], c["metric"], c["subject"], c["period"]): (c["kind"], c["value"], c["unit"])
                    for c in result["claims"]}


def test_a_markdown_table_reads_each_cell_with_its_columns_unit(rules):
    result, claims = _claims(MARKDOWN, rules)
    assert claims[("49,843.1", "地区生产总值", "北京市", "2024")] == ("money", "4984310000000", "CNY")  # the caption's
    assert claims[("-0.4", "地区生产总值增速", "天津市", "2024")] == ("percent", "-0.4", "%")  # the rate of the cell before
    assert claims[("7378", "常住人口", "河北省", "2024")] == ("quantity", "73780000", "人")
    assert len(claims) == 9
    for c in result["claims"]:  # offsets slice the original text
        assert MARKDOWN[c["start"] : c["end"]] == c["text"]


def test_a_tab_table_under_a_unit_line_takes_its_metric_from_the_row_and_its_period_from_the_column(rules):
    _, claims = _claims(TABS, rules)
    assert claims[("6181.1", "一般公共预算收入", "", "2023")] == ("money", "618110000000", "CNY")
    assert claims[("8242.6", "一般公共预算支出", "", "2024")] == ("money", "824260000000", "CNY")
    assert len(claims) == 4


def test_no_unit_no_value(rules):
    """A table whose numbers have no stated unit, a form's fields and two-line tables give nothing."""
    for text in (
        "| 地区 | 得分 | 排名 |\n| 北京 | 87.4 | 1 |\n| 天津 | 80.2 | 2 |\n",
        "电话：022-23020102 | 传真：022-23020109\n邮编：300210 | 定价：15.00元\n",
        "| 地区 | GDP（亿元） |\n| 北京 | 49843.1 |\n",
    ):
        claims = analyse_text(text, rules)["claims"]
        assert [c for c in claims if c["kind"] != "date" and c["text"] in ("87.4", "80.2", "49843.1", "1", "2")] == []


def test_a_unit_line_with_prose_after_it_is_not_the_tables(rules):
    text = "单位：亿元\n全市经济运行平稳。\n指标\t2023年\t2024年\n收入\t6181.1\t6477.9\n支出\t7971.3\t8242.6\n"
    assert [c["text"] for c in analyse_text(text, rules)["claims"]] == []


def test_a_column_headed_by_a_year_and_a_unit_gives_the_period_and_the_row_the_subject_or_the_metric(rules):
    places = "| 地区 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 北京 | 43760.7 | 49843.1 |\n| 天津 | 16737.3 | 18024.3 |\n"
    _, claims = _claims(places, rules)
    assert claims[("49843.1", "", "北京", "2024")] == ("money", "4984310000000", "CNY")
    metrics = "| 指标 | 2023年（亿元） | 2024年（亿元） |\n| 地区生产总值 | 43760.7 | 49843.1 |\n| 财政收入 | 6181.1 | 6477.9 |\n"
    _, claims = _claims(metrics, rules)
    assert claims[("6181.1", "财政收入", "", "2023")] == ("money", "618110000000", "CNY")


def test_a_traditional_table_gives_simplified_metrics_like_the_rest_of_the_tables(rules):
    text = "| 地區 | 地區生產總值（億元） | 增速(%) |\n|---|---|---|\n| 北京市 | 49843.1 | 5.2 |\n| 天津市 | 18024.3 | 5.1 |\n"
    _, claims = _claims(text, rules)
    assert claims[("49843.1", "地区生产总值", "北京市", "")] == ("money", "4984310000000", "CNY")


def test_a_column_of_units_gives_each_row_its_unit_and_a_column_of_rates_the_rows_metric(rules):
    text = ("指标名称              单位      1-9月     同比增长(%)\n"
            "地区生产总值          亿元      12545.6      4.8\n"
            "规模以上工业增加值    亿元        —          3.9\n"
            "常住人口              万人      1364         -0.3\n")
    _, claims = _claims(text, rules)
    assert claims[("12545.6", "地区生产总值", "", "XXXX-01/XXXX-09")] == ("money", "1254560000000", "CNY")
    assert claims[("1364", "常住人口", "", "XXXX-01/XXXX-09")] == ("quantity", "13640000", "人")
    assert claims[("3.9", "规模以上工业增加值同比增长", "", "")] == ("percent", "3.9", "%")
    assert claims[("-0.3", "常住人口同比增长", "", "")] == ("percent", "-0.3", "%")
    assert len(claims) == 5


def test_a_row_of_rates_under_a_row_of_figures_is_their_rate_column_by_column(rules):
    text = ("指标\t北京\t天津\t河北\n地区生产总值（亿元）\t49843.1\t18024.3\t47526.9\n"
            "增长（%）\t5.2\t5.1\t5.4\n")
    _, claims = _claims(text, rules)
    assert claims[("5.2", "地区生产总值增长", "北京", "")] == ("percent", "5.2", "%")
    assert claims[("5.4", "地区生产总值增长", "河北", "")] == ("percent", "5.4", "%")


def test_a_caption_in_brackets_states_the_unit_and_rows_of_places_name_the_subject(rules):
    """（单位：亿元） in a caption: the bracket is no part of the unit; rows labelled with places are subjects, the
    column names the metric (or, a year, the period)."""
    _, claims = _claims(CAPTIONED, rules)
    assert claims[("120.5", "收入", "东城区", "2023")] == ("money", "12050000000", "CNY")  # the caption's year
    assert claims[("310.4", "", "西城区", "2024")] == ("money", "31040000000", "CNY")
    assert len(claims) == 4


SINGLE_SPACED = """指标名称 单位 1-10月 同比增长(%)
规模以上工业增加值 亿元 1234.5 6.7
社会消费品零售总额 亿元 8765.4 -2.1
固定资产投资 亿元 5000 3.2
"""


def test_a_table_flattened_to_single_spaces_is_read_like_one_with_wider_gaps(rules):
    _, spaced = _claims(SINGLE_SPACED, rules)
    _, wide = _claims(SINGLE_SPACED.replace(" ", "  "), rules)
    assert spaced[("1234.5", "规模以上工业增加值", "", "XXXX-01/XXXX-10")] == ("money", "123450000000", "CNY")
    assert spaced[("-2.1", "社会消费品零售总额同比增长", "", "")] == ("percent", "-2.1", "%")
    assert set(spaced) == set(wide) and len(spaced) == 6


def test_single_spaced_lines_of_prose_or_letters_make_no_table(rules):
    text = "新华社记者 王鹏 摄\n地 区 生 产 总 值 达 到 4.4 万 亿 元\n北京 天津 河北 三地 合计 12 34 56\n"
    result = analyse_text(text, rules)
    assert [c["text"] for c in result["claims"]] == ["4.4 万 亿 元"]


YEARS = """年份 | 展覽數量(場) | 同比增減(%) | 展覽面積(萬平方米) | 同比增減(%) |
2011 | 7330 | —— | 8173 | —— |
2012 | 6901 | -5.85 | 8250 | 0.94 |
"""


def test_rows_labelled_by_a_bare_year_are_of_that_year_and_a_rate_column_is_the_cell_befores_rate(rules):
    _, claims = _claims(YEARS, rules)
    assert claims[("7330", "展览数量", "", "2011")] == ("quantity", "7330", "场")
    assert claims[("-5.85", "展览数量同比增减", "", "2012")] == ("percent", "-5.85", "%")
    assert claims[("0.94", "展览面积同比增减", "", "2012")] == ("percent", "0.94", "%")
    assert claims[("8250", "展览面积", "", "2012")] == ("quantity", "82500000", "平方米")
    assert len(claims) == 6


RATES = """| 地区 | 地区生产总值（亿元） | 增长(%) | 同比下降(%) | 增速(%) |
|---|---|---|---|---|
| 北京市 | 49843.1 | 5.2 | 1.1 | 5.2 |
| 天津市 | 18024.3 | -0.4 | -2.0 | -0.4 |
"""


def test_a_column_headed_by_a_rise_or_a_fall_states_the_change_of_its_unsigned_rates(rules):
    result = analyse_text(RATES, rules)
    changes = {(c["text"], c["subject"], c["metric"]): c["change"] for c in result["claims"]}
    assert changes[("5.2", "北京市", "地区生产总值增长")] == "up"  # as 增长5.2% reads
    assert changes[("1.1", "北京市", "地区生产总值同比下降")] == "down"
    assert changes[("5.2", "北京市", "地区生产总值增速")] == ""  # a rate's level, as 增速5.2% reads
    assert changes[("-0.4", "天津市", "地区生产总值增长")] == ""  # signed: the sign says it, as 增速为-3.5% reads
    assert changes[("-2.0", "天津市", "地区生产总值同比下降")] == ""
    assert changes[("49843.1", "北京市", "地区生产总值")] == ""


def test_a_short_line_right_before_a_table_is_its_caption_and_dates_its_cells_but_a_sentence_is_not(rules):
    caption = "2023年京津冀地区生产总值\n地区\t地区生产总值(亿元)\t增长(%)\n北京\t43760.7\t5.2\n天津\t16737.3\t4.3\n"
    _, claims = _claims(caption, rules)
    assert claims[("43760.7", "地区生产总值", "北京", "2023")] == ("money", "4376070000000", "CNY")
    _, claims = _claims(caption.replace("地区生产总值\n", "地区生产总值稳步增长。\n", 1), rules)
    assert claims[("43760.7", "地区生产总值", "北京", "")] == ("money", "4376070000000", "CNY")


FIELDS = """2023年主要财务数据（单位：万元）

营业收入：3650
净利润：120.5
总资产：12,000
以上数据未经审计。联系单位：北京市统计局
电话：88886666
邮编：100038
"""


def test_fields_under_a_line_that_states_their_unit_are_read_in_it_with_their_labels_as_metrics(rules):
    _, claims = _claims(FIELDS, rules)
    assert claims[("3650", "营业收入", "", "2023")] == ("money", "36500000", "CNY")
    assert claims[("12,000", "总资产", "", "2023")] == ("money", "120000000", "CNY")
    assert len(claims) == 3  # not the phone number nor the postal code under a 单位 that is a body


def test_one_field_alone_under_a_unit_line_is_no_list(rules):
    _, claims = _claims("（单位：万元）\n营业收入：3650\n以上数据未经审计。", rules)
    assert not claims


ACCOUNTS = """单位：元
| 项目 | 2023年 | 2022年 |
| 净利润 | (12,345.67) | 5,432.10 |
| 投资收益 | -3,000.00 | （2,500.00） |
| 附注 | (2) | 1.5 |
"""


def test_an_accountants_bracketed_figure_is_negative_and_a_notes_number_is_none(rules):
    result, claims = _claims(ACCOUNTS, rules)
    assert claims[("(12,345.67)", "净利润", "", "2023")] == ("money", "-12345.67", "CNY")
    assert claims[("（2,500.00）", "投资收益", "", "2022")] == ("money", "-2500", "CNY")
    assert not any(c["text"] == "(2)" for c in result["claims"])  # (2) is a note's number, read as nothing


BULLETIN = """2024年全市地区生产总值及其增长速度
| 指标 | 绝对数(亿元) | 比上年增长% |
| 地区生产总值 | 2313.0 | 5.2 |
| 第一产业 | 287.0 | 2.2 |
| 第二产业 | 714.1 | 6.2 |
"""


def test_a_generic_column_label_leaves_the_metric_to_the_row_and_a_glued_percent_sign_is_the_columns_unit(rules):
    _, claims = _claims(BULLETIN, rules)
    assert claims[("714.1", "第二产业", "", "2024")] == ("money", "71410000000", "CNY")  # not 绝对数
    assert claims[("6.2", "第二产业比上年增长", "", "2024")] == ("percent", "6.2", "%")  # 比上年增长%: unit %
    assert len(claims) == 6
