"""Decoding and the cleaned matching text: offsets always point into the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from jjjextract import analyse_text
from jjjextract.ingest import decode, prepare, to_simplified


def test_decodes_utf8_bom_utf16_and_gb18030():
    text = "武清区总投资20.15亿元"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_big5_is_told_from_gb18030_by_its_punctuation():
    traditional = "天津市武清區2024年實現地區生產總值1,234.5億元，同比增長5.2%。"
    simplified = "天津市武清区2024年实现地区生产总值1,234.5亿元，同比增长5.2%。"
    assert decode(traditional.encode("big5")) == (traditional, "big5hkscs")
    assert decode(traditional.encode("gb18030")) == (traditional, "gb18030")
    assert decode(simplified.encode("gb18030")) == (simplified, "gb18030")


PROSE = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞，。、；：？！“”（）《》")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(PROSE), min_size=20, max_size=200).filter(
    lambda t: any("\u4e00" <= ch <= "\u9fff" for ch in t)))
def test_gb18030_prose_is_read_as_gb18030(text):
    """Simplified prose in GB18030 is never taken for Big5 (a tie goes to GB18030)."""
    data = text.encode("gb18030")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert decode(data) == (text, "gb18030")


def test_traditional_is_matched_on_simplified_but_keeps_original_text(rules):
    text = "京津冀地區生產總值79039.9億元，設立4個站點"
    result = analyse_text(text, rules)
    amount = result["mentions"]["amounts"][0]
    assert amount["text"] == "79039.9億元" and amount["value"] == "7903990000000"
    qty = result["mentions"]["quantities"][0]
    assert qty["text"] == "4個" and qty["unit"] == "个"
    assert text[qty["start"] : qty["end"]] == "4個"


def test_traditional_particle_zhu_is_simplified_but_not_in_its_words(rules):
    """OpenCC keeps 著 as it is; as a particle it is 着 (標志著 -> 标志着), in 顯著, 著名 … it stays."""
    text = "隨著京津冀協同發展，標志著長約1000公里，承擔著重任，顯著提升，著名學者的名著"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert out == "随着京津冀协同发展，标志着长约1000公里，承担着重任，显著提升，著名学者的名著"
    assert to_simplified("渤海新区管委会常务副主任刘立著介绍，名著") == "渤海新区管委会常务副主任刘立著介绍，名著"
    claim = analyse_text("密涿高速的建成，也標志著長約1000公里的環線全線貫通。", rules)["claims"][0]
    assert "著" not in claim["metric"]


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


def test_a_short_line_goes_on_in_a_line_that_opens_with_words_no_sentence_opens_with():
    """武清区2023年地区生产总值 | 达到1200亿元: the figure lost its metric, subject and period when the short line
    was taken for a headline; a line opening with 的确, or a short title before prose, is not joined."""
    assert "地区生产总值达到1200亿元" in prepare("武清区2023年地区生产总值\r\n达到1200亿元，同比增长5.2%。").clean
    assert "工业增加值同比增长5%" in prepare("全市工业增加值\n同比增长5%。").clean
    assert "\n的确" in prepare("京津冀协同发展十年成效\n的确显著。").clean
    assert "\n达到" in prepare("标题\n达到新高度").clean  # (达到 before no figure)


def test_a_page_header_is_not_joined_to_the_headline_or_the_story():
    page = ("北京城市副中心建设累计完成固定资产投资超9600亿元\n中国产业经济信息网   时间:2025-11-24\n"
            "记者19日从北京市人民政府新闻办公室举行的新闻发布会获悉,累计完成固定资产投资超9600亿元。")
    assert prepare(page).clean.count("\n") == 2  # a headline, then columns of a header
    glossed = ("國家發(fā)改委:雄安新區(qū)100多個(gè)項(xiàng)目累計(jì)完成投資超4000億元\n"
               "發(fā)布時(shí)間:2022-09-20 15:44:00來源: 中國(guó)新聞網(wǎng)\n中新網(wǎng)9月20日電 曹元猛表示,累計完成投資超過4000億元。")
    assert prepare(glossed).clean.count("\n") == 2  # a field (with pinyin glosses) after a headline, then the story
    dated = "新签合作项目80个 意向投资额达331亿元\n北京青年报客户端 2024-09-26 17:02\n9月26日,推介会在大厂举办。"
    assert prepare(dated).clean.count("\n") == 2  # a time ending a header is no number going on (17:02 | 9月)


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
    changed = changed.replace("\r", "")  # (a lone \r is a line break, one before \n a space: see below)
    assert fold(changed) == "".join(fold_char(ch) for ch in changed)
    assert fold("中文，不变") == "中文，不变"


def test_fold_reads_a_bullet_between_two_names_as_a_middle_dot_and_leaves_list_bullets():
    from jjjextract.ingest import fold

    assert fold("北京•沧州渤海新区，北京⋅沧州，北京‧沧州") == "北京·沧州渤海新区，北京·沧州，北京·沧州"
    assert fold("• 第一条\n•第二条") == "• 第一条\n•第二条"  # a list's bullets open their lines
    assert len(fold("甲•乙")) == 3


def test_fold_reads_a_full_width_comma_between_digit_groups_as_a_thousands_separator():
    from hypothesis import given
    from hypothesis import strategies as st

    from jjjextract.ingest import fold

    assert fold("３，５００万元") == "3,500万元"
    assert fold("１，２３４，５６７人") == "1,234,567人"
    assert fold("分别为125，136和148家") == "分别为125，136和148家"  # ASCII digits: a list
    assert fold("增长３，５家") == "增长3，5家"  # not a group of three
    assert fold("２０２３，２０２４年") == "2023，2024年"

    @given(st.text(alphabet="0123456789０１２３，,一"))
    def keeps_length(text):
        assert len(fold(text)) == len(text)

    keeps_length()


def test_a_line_break_inside_a_numeral_of_chinese_characters_is_joined(rules):
    for text in ("该公司实现营业收入二\n十三亿五千万元。", "营业收入二十三亿五\n千万元。", "营业收入二十三亿\n五千万元。",
                 "营业收入二十三亿五千\n万元。"):
        [amount] = analyse_text(text, rules)["mentions"]["amounts"]
        assert amount["value"] == "2350000000", text
    result = analyse_text("共1亿\n五年来增长", rules)  # a new line that starts with a duration stays apart
    assert [m["value"] for m in result["mentions"]["quantities"]] == ["100000000", "5"]


def test_a_line_break_between_a_number_in_prose_and_its_unit_is_joined(rules):
    result = analyse_text("雄安新区累计完成投资8000多\n亿元，4000多栋楼宇拔地而起。", rules)
    assert [(m["value"], m["qualifier"]) for m in result["mentions"]["amounts"]] == [("800000000000", "over")]
    result = analyse_text("北京城市副中心规划面积约155\n平方公里，规划人口130万人。", rules)
    assert [m["unit"] for m in result["mentions"]["quantities"]] == ["平方公里", "人"]
    assert analyse_text("欢度2024\n元旦", rules)["mentions"]["amounts"] == []  # 元旦 is a holiday
    [count] = analyse_text("市民在京游9952万\n人次，同比增长", rules)["mentions"]["quantities"]
    assert (count["value"], count["unit"]) == ("99520000", "人次")
    result = analyse_text("全省粮食产量达1亿\n五年来首次", rules)  # a new clause that opens with a numeral
    assert [m["value"] for m in result["mentions"]["quantities"]] == ["100000000", "5"]
    fields = prepare("广告经营许可证号 120101004\n邮发代号 6-268\n发行范围 国内外公开发行").clean
    assert fields.count("\n") == 2  # a masthead's fields stay one a line


def test_a_line_break_before_a_unit_sign_is_joined(rules):
    """最高气温12 | ℃, 零下3 | ℃, 面积15.6万 | ㎡: a sign that only follows a number continues it."""
    text = "明天白天多云转晴，最高气温12\n℃，最低气温零下3\n℃，总建筑面积15.6万\n㎡。"
    values = [(m["value"], m["unit"]) for m in analyse_text(text, rules)["mentions"]["quantities"]]
    assert values == [("12", "℃"), ("-3", "℃"), ("156000", "平方米")]


def test_a_tab_or_a_wide_gap_between_columns_is_kept(rules):
    """指标\t2023年\t2024年: the first year was glued to the second and lost (one space, 2014 年, still goes)."""
    for text in ("指标\t2023年\t2024年\n", "指标  2023年  2024年\n"):
        dates = [m["value"] for m in analyse_text(text, rules)["mentions"]["dates"]]
        assert dates == ["2023", "2024"], text
    assert [m["value"] for m in analyse_text("截至 2014 年底", rules)["mentions"]["dates"]] == ["2014"]


def test_lines_of_records_are_not_joined_but_a_unit_cut_by_a_wrap_is(rules):
    """保定市(不含定州市)1034.90万人 | 邯郸市,943.30万人: one record a line, each figure its own place's; a line
    of prose ending in a number's unit still goes on (举办展会120场 | 次)."""
    text = "全省11市常住人口分布情况:\n保定市(不含定州市)1034.90万人\n石家庄市(不含辛集市)1007.11万人\n邯郸市,943.30万人\n"
    claims = analyse_text(text, rules)["claims"]
    assert [(c["value"], c["subject"]) for c in claims] == [
        ("11", ""), ("10349000", "保定市"), ("10071100", "石家庄市"), ("9433000", "邯郸市")]  # (11市: cities counted)
    prose = "今年以来全市共举办各类会展活动，举办展会120场\n次，吸引观众达到35万人次。"
    assert [m["text"] for m in analyse_text(prose, rules)["mentions"]["quantities"]] == ["120场\n次", "35万人次"]


def test_utf16_saved_without_a_byte_order_mark_is_read_and_binary_is_not():
    import pytest

    text = "北京市通州区2024年GDP达到1500.5亿元，同比增长5.2%。\r\n"
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == (text, "utf-16-be")
    with pytest.raises(ValueError, match="NUL"):
        decode(bytes(range(256)) * 20)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400).map(lambda b: b + b"\x00"))
def test_bytes_holding_nul_give_text_without_nul_or_a_clear_error(data):
    """Never a crash, never a NUL in the text: a reading as BOM-less UTF-16 or a ValueError."""
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        assert "binary" in str(exc) or "UTF-16" in str(exc)
        return
    assert encoding.startswith("utf-16") and "\x00" not in text


def test_utf16_text_holding_nul_is_binary():
    import pytest

    from jjjextract.ingest import decode

    with pytest.raises(ValueError, match="NUL"):
        decode("中文\x00数据".encode("utf-16"))


def test_a_heading_or_salutation_before_a_blank_line_is_not_joined_to_the_next_paragraph():
    from jjjextract.ingest import prepare
    from jjjextract.segment import split_sentences

    text = ("河北省人民政府办公厅关于印发《河北省推进京津冀协同发展三年行动方案》的通知\n\n各市人民政府，雄安新区管委会：\n\n"
            "主要目标：到2026年，全省地区生产总值达到5万亿元左右。\n\n随着项目陆续投入运营,预计每年接待游客\n数量将翻倍。")
    article = prepare(text)
    pieces = [article.clean[s.start : s.end].strip() for s in split_sentences(article.clean)]
    assert pieces[0].endswith("的通知")
    assert pieces[1] == "各市人民政府，雄安新区管委会："
    assert pieces[2].startswith("主要目标")
    assert "每年接待游客数量将翻倍" in pieces[3]  # one line break inside a sentence is still joined


def test_a_short_headline_after_a_blank_line_opens_a_paragraph_of_its_own():
    from jjjextract.ingest import prepare
    from jjjextract.segment import split_sentences

    text = ("份额超四成,河北稳居供京蔬菜第一大省地位\n\n京冀共建环京周边蔬菜生产基地一百八十家\n\n"
            "全年全省居民人均可支配收入比上年增长5.6%,其中城镇居民人均可支配收入\n\n增长5.2%,农村居民增长6.1%。\n\n"
            "廊坊新闻网-主流媒体,廊坊城市门户\n\n河北省有林地面积将达到10330万亩 森林覆盖率达到36.5%\n\n"
            "四、实施环保联防联控协作，共绘碧水蓝天新画卷\n\n成员包括三地84个部门。\n\n"
            "在学习贯彻党的二十大精神开局之年,市委立足\n\n新时代首都发展,提出了“二十年之问”。\n\n"
            "楼面价创近7年新高,天津迎春节后首场土拍\n\n2月26日,天津市迎来春节后首场土拍。\n\n"
            "河北廊坊主城区、固安进京通勤定制快巴今起开通,实行远端安检\n\n7时20分,一辆白色大巴车停靠在地铁站。")
    article = prepare(text)
    pieces = [article.clean[s.start : s.end].strip() for s in split_sentences(article.clean)]
    assert pieces[0] == "份额超四成,河北稳居供京蔬菜第一大省地位"
    assert pieces[1] == "京冀共建环京周边蔬菜生产基地一百八十家"
    assert "可支配收入增长5.2%" in pieces[2]  # prose that goes on past a blank line is still joined
    assert pieces[3] == "廊坊新闻网-主流媒体,廊坊城市门户"  # a site's motto, no prose
    assert pieces[5] == "四、实施环保联防联控协作，共绘碧水蓝天新画卷"  # a numbered heading
    assert pieces[7].startswith("在学习贯彻党的二十大精神开局之年,市委立足新时代首都发展")  # a sentence cut by a blank line
    assert pieces[8] == "楼面价创近7年新高,天津迎春节后首场土拍"  # a paragraph opening with its date and a comma
    assert pieces[10] == "河北廊坊主城区、固安进京通勤定制快巴今起开通,实行远端安检"  # (or with a time of day)


def test_a_figure_caption_is_a_line_of_its_own():
    from jjjextract.ingest import prepare
    from jjjextract.segment import split_sentences

    text = ("图3 2014年京津冀实用新型专利获得占比(单位:%)\n从发明授权专利来看,七成以上在天津,河北仅占2%。\n"
            "2017年7月份70个大中城市住宅销售价格变动情况\n表1: 15个一线和热点二线城市新建商品住宅价格变动对比表")
    article = prepare(text)
    pieces = [article.clean[s.start : s.end].strip() for s in split_sentences(article.clean)]
    assert pieces[0] == "图3 2014年京津冀实用新型专利获得占比(单位:%)"
    assert pieces[1].startswith("从发明授权专利来看")
    assert pieces[2] == "2017年7月份70个大中城市住宅销售价格变动情况"  # (a caption opens the next line)


def test_a_space_between_groups_of_three_digits_is_a_thousands_separator(rules):
    text = "总投资约1 200万元，面积12 345 678平方米，2023 500家企业，3 50家"
    result = analyse_text(text, rules)
    assert [(r["text"], r["value"]) for r in result["mentions"]["amounts"]] == [("1 200万元", "12000000")]
    assert [(r["text"], r["value"]) for r in result["mentions"]["quantities"]] == [
        ("12 345 678平方米", "12345678"), ("500家", "500"), ("50家", "50")]


def test_a_hard_wrap_after_a_citation_mark_or_inside_a_list_item_is_joined():
    """A column 15 characters wide cut 预期效果 [1] | [2] 疏解… and - 首批疏解的中国卫星网络集 | 团 apart."""
    paragraph = ("核心观点:雄安新区在“十四五”期间高质量推进承接北京非首都功能疏解,已达到预期效果 [1][2] 疏解项目落地与"
                 "建设情况 - 首批疏解的中国卫星网络集团、中国华能集团总部已入驻运营,中国矿产资源集团总部主体结构封顶 [1]"
                 " - 4所高校和2家医院正在全面建设,第二批疏解项目已有序开工 [1] - 超过400家央企分支机构已在雄安落地")
    wrapped = "\n".join(paragraph[i : i + 15] for i in range(0, len(paragraph), 15))
    clean = prepare(wrapped).clean
    assert "效果 [1][2] 疏解" in clean and "中国卫星网络集团" in clean and "集团总部" in clean
    assert prepare("全线通车[3]\n2012年，地铁客流超64万人次").clean.count("\n") == 1  # not hard-wrapped: kept


def test_a_flattened_table_row_of_figures_does_not_run_into_the_next_line():
    """A quarterly report's row (营业收入 9,424,437,698.45 … 4.09 利润) is no sentence the next line goes on."""
    text = ("营业收入 9,424,437,698.45 9,426,197,154.54 -0.02 归属于上市公司股东的净 674,126,588.86 647,614,553.65 4.09 利润\n"
            "天津港发展控股有限公司于2006年5月24日于香港联合交易所有限公司上市。\n")
    assert "利润\n天津港" in prepare(text).clean
    assert "8000\n万元" not in prepare("项目总投资约8000\n万元，建成后年产值2亿元。").clean  # (prose still joins)


def test_a_photo_credit_ends_its_paragraph():
    """…物流园区。 中新社记者 王天译 摄 | 为保障…: the next line opens a new paragraph, not the credit's sentence."""
    text = ("占地2081亩、投资54亿元兴建的物流园，成为北京周边规模最大的农副产品物流园区。 中新社记者 王天译 摄\n"
            "为保障京津冀地区冬季蔬菜供应，河北与北京共同推动建设了183个环京周边蔬菜生产基地。\n")
    assert "摄\n为保障" in prepare(text).clean
    assert "摄\n为保障" in prepare(text.replace("记者", "記者").replace("摄", "攝")).clean.replace("攝", "摄")
    text = "目前已开通12条线路。图为车上“人满为患”。 翟羽佳 摄\n4月11日,北京青年报记者获悉,发出700车次。\n"
    assert "摄\n4月11日" in prepare(text).clean  # (the names alone after a sentence's end and a space)


def test_a_headline_ends_before_its_byline():
    """…高铁15年运客3.4亿人次 | 新华社记者 丁静 刘惟真: a line that is only a byline opens a paragraph of its own."""
    for headline in ("我国首条设计时速350公里高铁15年运客3.4亿人次", "京津冀高铁总里程增至2576公里"):
        for byline in ("新华社记者 丁静 刘惟真", "本報記者 孫宏陽 通訊員 魯靜", "记者张三"):
            assert prepare(f"{headline}\n{byline}\n正文第一段。\n").clean.split("\n")[:2] == [headline, to_simplified(byline)]
    assert "运客3.4亿人次新华社" not in prepare("高铁运客3.4亿人次\n新华社记者 丁静\n").clean
    assert "项目总投资约8000万元" in prepare("项目总投资约8000\n万元，建成后年产值2亿元。").clean  # (prose still joins)


def test_a_headline_ends_before_a_dateline_and_an_indented_line_opens_a_paragraph():
    """旅游火爆“揽金”58.8亿 | 本报讯(记者…): 58.8亿 read 本 as its unit when the lines were joined; an indented line
    after one that ends with no comma-like sign opens a paragraph (…增长25.4% |   春节假期,…)."""
    for opener in ("本报讯(记者郑亚丛)十一黄金周画上了句号。", "新华社北京3月14日电 记者获悉。", "河北新聞網10月9日訊(記者賈楠)今天。",
                   "河北新聞網(wǎng)訊(記者陳寶云)今天。"):  # (a page glossing its characters with pinyin)
        assert prepare(f"河北十一黄金周旅游火爆“揽金”58.8亿\n{opener}\n").clean.split("\n")[0].endswith("58.8亿")
    text = "  全省共接待游客2200.39万人次,同比分别增长19.93%和25.4%\n  春节假期,全省游客接待人数再创新高。\n"
    assert "25.4%\n" in prepare(text).clean
    text = "国庆假期石家庄接待游客326万人次揽金超12亿\n       从石家庄市旅游局获悉,游客增多。\n"
    assert "12亿\n" in prepare(text).clean
    assert "接待游客\n" not in prepare("全省共接待游客，\n  2200万人次。\n").clean  # (after a comma it goes on)


def test_a_table_of_contents_entry_stands_on_its_own_line():
    """2 分辖区上市公司总体情况 ......-3- | 2018年广东…: the page number and the year were read as a range 3-2018."""
    text = "2 分辖区上市公司总体情况  ......................-3-  \n2018年广东发明专利申请量为216 469件。\n"
    assert "-3-  \n2018年" in prepare(text).clean


def test_a_hard_wrap_before_a_roman_numeral_is_joined():
    """A column 19 characters wide cut 水质达到或优于地表水 | Ⅱ类标准 apart: Ⅱ opens a word as a letter does."""
    paragraph = ("记者从水利部获悉:截至19日,南水北调中线一期工程自陶岔渠首累计调水入渠水量达400亿立方米,中线工程连续安全平稳"
                 "运行2400多天,水质达到或优于地表水Ⅱ类标准,已成为沿线大中城市地区主力水源,直接受益人口增加至7900万人。")
    wrapped = "\n".join(paragraph[i : i + 19] for i in range(0, len(paragraph), 19))
    assert "\nⅡ类标准" in wrapped and prepare(wrapped).clean == paragraph


def test_digit_groups_wrapped_at_or_beside_their_space_are_one_number(rules):
    """科技论文185 | 601篇 gave 601 篇, 185 6 | 01篇 gave 601 篇 too, and 分别为31 501 | 篇 lost its unit."""
    sentence = "北京市研究机构与高等院校共发表科技论文185 601 篇,位于全国第1 位;天津市与河北省分别为31 501 篇。"
    for width in (12, 18, 23, 36, 38, 39):
        wrapped = "\n".join(sentence[i : i + width] for i in range(0, len(sentence), width))
        values = [(m["value"], m["unit"]) for m in analyse_text(wrapped, rules)["mentions"]["quantities"]]
        assert values == [("185601", "篇"), ("31501", "篇")], width
    assert prepare("表格\n12\n345").clean == "表格\n12\n345"  # no space: two cells


def test_html_tags_and_references_are_left_out_with_offsets_into_the_original(rules):
    text = ('首页 > 新闻中心 > 京津冀\n<p>&nbsp;雄安新区完成<strong>投资</strong>1050亿元。</p>\n'
            '<img src="http://example.com/2024/640x480.jpg" width="640">')
    result = analyse_text(text, rules)
    [amount] = result["mentions"]["amounts"]
    assert (amount["text"], amount["value"]) == ("1050亿元", "105000000000")
    assert text[int(amount["start"]) : int(amount["end"])] == "1050亿元"
    assert result["mentions"]["quantities"] == []
    assert result["claims"][0]["metric"] == "投资"
    assert result["article"]["title"] == "雄安新区完成投资1050亿元。"


def test_pinyin_glosses_are_left_out_with_offsets_into_the_original(rules):
    text = "雄安新區(qū)參建勞動(dòng)力保持在10萬(wàn)人以上，累計(jì)完成投資超4500億元。"
    result = analyse_text(text, rules)
    [count] = result["mentions"]["quantities"]
    assert (count["text"], count["value"], count["unit"], count["qualifier"]) == ("10萬(wàn)人", "100000", "人", "over")
    [amount] = result["mentions"]["amounts"]
    assert text[int(amount["start"]) : int(amount["end"])] == "4500億元"
    assert [e["name"] for e in result["mentions"]["entities"]] == ["雄安新区"]
    assert prepare("如下(a)和(b)两项").clean == "如下(a)和(b)两项"  # brackets without a tone mark stay
    assert prepare("19個科創(chuàng )園").clean == "19个科创园"  # (a space before the closing bracket)


def test_reference_marks_are_left_out_with_offsets_into_the_original(rules):
    """全年实现地区生产总值[2]49843.1亿元 had no metric: the mark stood between the words and the number."""
    text = "初步核算，全年实现地区生产总值[2]49843.1亿元。年末常住人口［5］2183.2万人，详见京政办发[2023]12号。"
    result = analyse_text(text, rules)
    assert [c["metric"] for c in result["claims"]] == ["地区生产总值", "常住人口"]
    [amount] = result["mentions"]["amounts"]
    assert text[int(amount["start"]) : int(amount["end"])] == "49843.1亿元"
    assert "[2023]" in prepare(text).clean  # a document number's year in brackets stays
    assert prepare("[1] 张三.京津冀协同发展研究").clean.startswith("[1]")  # so does a reference list's number


def test_doubled_punctuation_reads_as_its_strongest_mark(rules):
    """总面积19.97平方公里,,其中北京9.97平方公里 gave 北京's part no metric: ,, was no comma before 其中."""
    text = "大兴机场片区挂牌,总面积19.97平方公里,,其中北京9.97平方公里,,河北10平方公里,;完成投资5亿元,。"
    result = analyse_text(text, rules)
    assert [(c["text"], c["metric"], c["subject"]) for c in result["claims"]][1:3] == [
        ("9.97平方公里", "总面积", "北京"), ("10平方公里", "总面积", "河北")]
    article = prepare(text)
    assert article.clean == "大兴机场片区挂牌,总面积19.97平方公里,其中北京9.97平方公里,河北10平方公里;完成投资5亿元。"
    assert [text[article.offsets[i]] for i in range(len(article.clean))] == list(article.clean)
    assert prepare("北京、天津，，河北").clean == "北京、天津，河北"  # (the first of the strongest stays)


def test_a_list_items_number_glued_to_a_year_is_left_out(rules):
    """1.2024年，全市GDP增长5% gave a quantity 1.2024 年 and the rise no period."""
    text = "主要成效\n1.2024年，全市GDP增长5%。\n2.2023年常住人口2185万人。\n增长1.5年"
    result = analyse_text(text, rules)
    assert [(q["text"], q["value"]) for q in result["mentions"]["quantities"]] == [("2185万人", "21850000"), ("1.5年", "1.5")]
    assert [(c["text"], c["period"]) for c in result["claims"]][:2] == [("5%", "2024"), ("2185万人", "2023")]
    [first, _] = result["mentions"]["dates"]
    assert text[int(first["start"]) : int(first["end"])] == "2024年"


def test_a_row_number_glued_to_a_rows_first_figure_under_a_header_of_labels_is_left_out(rules):
    """A table copied without its borders, 档次月标准小时标准 then 11650元17元石家庄市区, gave 11650 yuan and
    21590 yuan (row number and figure read as one); rows not numbered 1, 2… in order, or under no header, stay."""
    text = "各地区最低工资标准\n档次月标准小时标准实行地区\n11650元17元石家庄市区、保定市区。\n21590元16元邯郸市区。"
    result = analyse_text(text, rules)
    amounts = [(m["text"], m["value"]) for m in result["mentions"]["amounts"]]
    assert amounts == [("1650元", "1650"), ("17元", "17"), ("1590元", "1590"), ("16元", "16")]
    [first, *_] = result["mentions"]["amounts"]
    assert text[int(first["start"]) : int(first["end"])] == "1650元"
    for kept in ("档次月标准\n11650元\n31480元", "档次月标准\n11650元", "月标准\n11650元\n21590元",
                 "档次2024年\n11650元\n21590元"):
        assert prepare(kept).clean == kept


def test_a_hard_wrap_inside_a_reference_mark_after_a_quote_or_at_a_space_is_joined_as_written(rules):
    """Lines of 17 characters: 百分点[ | 1] gave 6.58% no metric; 是"十三五" | 时期的近2倍 took 十三五 as the
    multiple's period; 记者 牟宇 | 摄 (the wrap fell on the text's space) gave the person 牟宇摄."""
    lines = ["京津冀协同发展统计监测显示，区域创", "新能力持续增强，创新投入稳步增加，", "区域全社会研发经费投入强度为4.2", "2%,比上年又提高0.2个百分点[", "1],其中北京为6.58%,保持各", "北京流向津冀的技术合同成交额达到了",
             '2308.7亿元,是全国的"十三五', '"时期的近2倍。新华社记者 牟宇 ', "摄。"]
    assert {len(line) for line in lines[:-1]} == {17}
    result = analyse_text("\n".join(lines), rules)
    claims = {c["text"]: c for c in result["claims"]}
    assert claims["6.58%"]["metric"] == "全社会研发经费投入强度"
    assert claims["2倍"]["period"] == ""
    assert "牟宇" in [e["name"] for e in result["mentions"]["entities"]]


def test_full_stops_between_digits_and_plain_pinyin_glosses_of_a_converted_page(rules):
    """A page that turned every point into 。 gave 13。7% as 7% and 2。96 as 2 (wrong values); one that glossed every
    character with plain pinyin gave 30微(wei)(wei)克(ke)/立(li)方(fang)米 as no unit."""
    text = "本市综合指数2。96，同比下降13。7%，PM2。5浓度为30微(wei)(wei)克(ke)/立(li)方(fang)米。"
    result = analyse_text(text, rules)
    rates = [(m["value"], m["text"]) for m in result["mentions"]["percentages"]]
    assert rates == [("13.7", "13。7%")]
    index, level = result["mentions"]["quantities"]
    assert (index["value"], level["value"], level["unit"]) == ("2.96", "30", "微克/立方米")
    assert text[int(level["start"]) : int(level["end"])] == "30微(wei)(wei)克(ke)/立(li)方(fang)米"
    assert prepare("排名第3。5家企业获奖").clean == "排名第3。5家企业获奖"  # one alone may end a sentence
    assert prepare("如下(a)和(b)两项").clean == "如下(a)和(b)两项"


def test_a_numbered_heading_alone_on_its_line_is_not_joined_to_the_next():
    clean = prepare("一、综合\n初步核算，全年实现地区生产总值49843.1亿元。").clean
    assert clean.startswith("一、综合\n")


def test_a_line_that_ends_with_a_unit_sign_goes_on_in_the_next(rules):
    """…婴儿死亡率控制在6‰ | 以下: the qualifier after the wrap was lost."""
    text = "人均期望寿命81.69岁，全市孕产妇死亡率和婴儿死亡率控制在6‰\n以下，服务401.4万人次。"
    [rate] = analyse_text(text, rules)["mentions"]["percentages"]
    assert (rate["value"], rate["qualifier"]) == ("0.6", "under")


def test_a_range_cut_after_its_tilde_is_one_range(rules):
    """需要2~ | 4个小时 gave 4 个小时 (a wrong value: the range's start was lost)."""
    [span] = analyse_text("乘快速列车到唐山站则需要2~\n4个小时不等的时间。", rules)["mentions"]["quantities"]
    assert (span["value"], span["value_high"], span["unit"]) == ("2", "4", "个小时")


def test_a_wrap_after_a_full_width_thousands_comma_a_minus_sign_or_a_dollar_sign_is_joined(rules):
    """金额达３， | ５００万元 gave 500万元 and 10%和 | -2% gave 2 % (wrong values); 融资$ | 500 million was lost.
    The lines are hard-wrapped at 13 characters, as a magazine column."""
    lines = ["今年以来，全市经济运行总体", "平稳，主要指标好于预期，新", "采购五台设备，累计接种疫苗", "4500万剂次，金额达３，", "５００万元，三方合作完成。", "同比分别增长5%、10%和",
             "-2%，去年为-1.2%，", "合同金额为美元计价，融资$", "500 million，其余不变。"]
    assert all(len(line) == 13 for line in lines[:-1])
    result = analyse_text("\n".join(lines), rules)
    amounts = [(m["value"], m["unit"]) for m in result["mentions"]["amounts"]]
    assert ("35000000", "CNY") in amounts and ("500000000", "USD") in amounts
    assert "-2" in [m["value"] for m in result["mentions"]["percentages"]]


def test_a_wrap_inside_the_unit_after_a_number_is_joined(rules):
    """比1—9月收窄1.3个百分 | 点 gave 1.3 个 and 在河北投资9亿人 | 民币 gave 9亿 人 (wrong units), in short lines."""
    result = analyse_text("投资同比下降8.2%，降幅\n比1—9月收窄1.3个百分\n点；利润下降3.1%。", rules)
    assert [(m["value"], m["unit"]) for m in result["mentions"]["percentages"]] == [("8.2", "%"), ("1.3", "pp"), ("3.1", "%")]
    result = analyse_text("建滔集团在河北投资9亿人\n民币的煤化工项目。", rules)
    assert [(m["value"], m["unit"]) for m in result["mentions"]["amounts"]] == [("900000000", "CNY")]
    assert result["mentions"]["quantities"] == []


def test_a_wrap_inside_a_numeral_with_sa_or_nian_is_joined(rules):
    """约壹仟贰佰卅 | 八亿元 gave 八亿元 (800,000,000, a wrong value): 卅 and 廿 are numerals too."""
    [amount] = analyse_text("达成意向投资额约壹仟贰佰卅\n八亿元，廿多家企业。", rules)["mentions"]["amounts"]
    assert amount["value"] == "123800000000"


def test_a_wrap_before_an_english_magnitude_or_inside_an_approximate_numeral_is_joined(rules):
    """US$1.2 | billion gave 1.2 USD and 乘客二 | 三百人 gave 300 人 (wrong values), in short lines."""
    [amount] = analyse_text("合同金额US$1.2 \nbillion。", rules)["mentions"]["amounts"]
    assert (amount["value"], amount["unit"]) == ("1200000000", "USD")
    [count] = analyse_text("武清站已从2008年日均发送乘客二\n三百人。", rules)["mentions"]["quantities"]
    assert (count["value"], count["value_high"]) == ("200", "300")


def test_a_date_cut_after_its_year_or_month_is_one_date(rules):
    """王五）12月 | 23日 gave XXXX-12 and XXXX-XX-23, two wrong dates, in short lines."""
    dates = analyse_text("本报讯（记者 王五）12月\n23日，记者从雄安新区获悉。", rules)["mentions"]["dates"]
    assert [d["value"] for d in dates] == ["XXXX-12-23"]
    dates = analyse_text("截至2024年\n3月底，完成投资。", rules)["mentions"]["dates"]
    assert [d["value"] for d in dates][:1] == ["2024-03"]


def test_a_pinyin_gloss_cut_by_a_hard_wrap_is_left_out_too():
    """同比增長(zh | ǎng)18.35%: the wrap cut the gloss, which then split the rise word from its number."""
    assert prepare("旅游總收入同比增長(zh\nǎng)11.67%").clean == "旅游总收入同比增长11.67%"
    assert prepare("旅游總收入同比增長(zhǎng\n)11.67%").clean == "旅游总收入同比增长11.67%"
    assert prepare("函数(x)与(a\nb)").clean == "函数(x)与(a\nb)"  # no tone mark: no gloss


def test_markup_between_numbers_keeps_them_apart(rules):
    text = "<tr><td>12</td><td>34家</td></tr>，PM2.5&lt;35微克，共2023&nbsp;500家"
    result = analyse_text(text, rules)
    values = [(r["text"], r["value"]) for r in result["mentions"]["quantities"]]
    assert ("34家", "34") in values and ("500家", "500") in values
    assert not any(v in ("1234", "2023500", "535") for _, v in values)


def test_an_old_mac_files_carriage_returns_are_line_breaks():
    """A lone \r breaks a line as \n does (it read as a space, running paragraphs together); \r\n is one break."""
    assert prepare("吨。\r集装箱\r\r北京").clean == "吨。\n集装箱\n\n北京"
    assert prepare("吨。\r\n集装箱").clean.count("\n") == 1


def test_character_references_read_as_the_characters_they_stand_for(rules):
    """1,234&nbsp;亿元 is one amount (the reference's ; ends no sentence), &amp; and &quot; are & and a quote."""
    text = "投资1,234&nbsp;亿元，增长5.2&nbsp;%。营收30亿元&amp;利润5亿元。&quot;十四五&quot;期间"
    article = prepare(text)
    assert article.clean == '投资1,234亿元，增长5.2%。营收30亿元&利润5亿元。"十四五"期间'
    # every character of the matching text points at its own in the original: the quotes at &quot;'s &
    assert "".join(text[article.offsets[i]] for i in range(len(article.clean))) == article.clean.replace('"', "&")
    result = analyse_text(text, rules)
    found = {(r["text"], r["value"]) for r in result["mentions"]["amounts"] + result["mentions"]["percentages"]}
    assert ("1,234&nbsp;亿元", "123400000000") in found and ("5.2&nbsp;%", "5.2") in found


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=30), max_size=4),
       st.sampled_from(["<span>", "</strong>", '<font color="red">', "<b>"]))
def test_inline_tags_anywhere_change_no_value_and_offsets_slice_the_original(cuts, tag):
    from jjjextract import load_rules

    plain = "武清区2023年实现工业产值20.15亿元，增长12.5%，引进企业160余家。"
    text = plain
    for cut in sorted(set(cuts), reverse=True):
        text = text[:cut] + tag + text[cut:]
    rules = load_rules()

    def values(t):
        result = analyse_text(t, rules)
        for rows in result["mentions"].values():
            for r in rows:
                assert t[r["start"] : r["end"]] == r["text"]
        return sorted((kind, r["value"]) for kind, rows in result["mentions"].items() if kind != "entities"
                      for r in rows)

    assert values(text) == values(plain)


def _wrap_check(root):
    """scripts/wrap_check.py as a module (the scripts folder is no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("wrap_check", root / "scripts" / "wrap_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_hard_wrapped_article_reads_like_the_flat_one(rules, root):
    paragraphs = ["全年全市地区生产总值（GDP）达到49843.1亿元，按不变价格计算，比上年增长5.2%。",
                  "第一产业增加值101.2亿元，下降4.6%；第二产业增加值7640.2亿元，增长6.3%。",
                  "全市PM2.5浓度为30微克/立方米，优良天数达到290天，占比79.5%。",
                  "2023年12月31日，全市常住人口2185.8万人，天津市滨海新区人民法院审结案件1200件。",
                  "单位GDP二氧化碳排放下降4%以上，预计投资3.5亿—4亿元，全长约25.2公里。"]

    check = _wrap_check(root)
    flat = "\n\n".join(paragraphs)
    for width in (15, 17, 21):
        wrapped = "\n\n".join(check.wrap(p, width) for p in paragraphs)
        assert check.facts(wrapped, rules) == check.facts(flat, rules), width


def test_a_full_line_of_a_hard_wrapped_text_ending_a_sentence_does_not_end_the_paragraph():
    from jjjextract.ingest import dropped_whitespace

    paragraph = ("全市地区生产总值达到1802亿元。常住人口为1364万人，城镇化率为86.01%，比上年提高0.5个百分点，"
                 "出生率为4.99‰。卫生机构床位6.83万张，卫生技术人员10.96万人，注册护士4.14万人，医院诊疗人数7246万人次。")
    lines = [paragraph[i : i + 16] for i in range(0, len(paragraph), 16)]
    text = "\n".join(lines) + "\n新的一段。"
    ends = [i for i, ch in enumerate(text) if ch == "\n"]
    dropped = {i for s, e in dropped_whitespace(text) for i in range(s, e)}
    full_stops = [i for i, line in zip(ends, lines, strict=False) if line.endswith("。") and len(line) == 16]
    assert full_stops and all(i in dropped for i in full_stops)  # …4.99‰。 | 卫生机构…: the paragraph goes on
    assert ends[-1] not in dropped  # a short last line ends the paragraph


def test_a_line_break_after_a_decimal_point_or_inside_digits_of_prose_is_joined(rules):
    result = analyse_text("全年全市地区生产总值达到49843.\n1亿元，天津市滨海新区人民法院审结案件12\n00件", rules)
    assert [r["value"] for r in result["mentions"]["amounts"]] == ["4984310000000"]
    assert [r["value"] for r in result["mentions"]["quantities"]] == ["1200"]
    table = analyse_text("年份\n2023\n2024\n企业数\n100家\n120家\n全市地区生产总值 2023\n2024年5000亿元", rules)
    assert sorted(r["value"] for r in table["mentions"]["quantities"]) == ["100", "120"]
    assert [r["value"] for r in table["mentions"]["amounts"]] == ["500000000000"]


def test_every_rule_example_reads_the_same_hard_wrapped(root):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(root / "scripts" / "wrap_check.py")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_the_fields_of_a_masthead_stay_one_a_line(rules):
    text = ("京津冀协同发展\n主管：河北省人民政府　主办：河北省发展和改革委员会\n编辑部地址：石家庄市裕华西路9号　邮编：050051\n"
            "电话：0311-88600123　传真：0311-88600124\n定价：15.00元　国内统一刊号：CN13-1234/F\n")
    result = analyse_text(text, rules)
    assert [(c["text"], c["metric"], c["subject"]) for c in result["claims"]] == [("15.00元", "定价", "")]
    # in a text hard-wrapped at 16 characters two lines open with a label and a colon by chance: they go on
    lines = ["全年全市地区生产总值达到4984", "核心阅读:比上年增长5.2%，第", "读量：一产业增加值101.2亿元", "，下降4.6%；第二产业增加值7",
             "640.2亿元，增长6.3%，全", "市常住人口2185.8万人。"]
    assert {len(line) for line in lines[:-1]} == {16}
    assert "\n" not in prepare("\n".join(lines)).clean


def test_a_line_set_with_a_space_after_every_character_is_read_whole(rules):
    """地 区 生 产 总 值 达 到 4.4 万 亿 元 (text from a PDF) gave 44000 with no unit; spaces between Chinese and
    Latin letters (三地 GDP 合计) are dropped too, offsets still point into the original text."""
    text = "2023 年，全 市 地 区 生 产 总 值 达 到 4.4 万 亿 元 ，增 长 5.2% 。\n三地 GDP 合计 10.4 万亿元。"
    result = analyse_text(text, rules)
    amounts = result["mentions"]["amounts"]
    assert [(a["value"], a["unit"]) for a in amounts] == [("4400000000000", "CNY"), ("10400000000000", "CNY")]
    assert text[amounts[0]["start"] : amounts[0]["end"]] == "4.4 万 亿 元"
    assert [c["metric"] for c in result["claims"]][:1] == ["地区生产总值"]
    assert analyse_text("我 们 是 朋 友，投资 5 万元。", rules)["mentions"]["amounts"][0]["value"] == "50000"


def test_a_line_break_beside_a_spaced_range_dash_or_after_an_open_bracket_is_joined(rules):
    """浓度范围为49 | - 97微克/立方米 read 97 alone (a wrong value: the range lost its start); 微克/立方米( | μg/m3) ended
    the sentence there and the figures after it lost their period."""
    for text in ("2017年10—12月，浓度范围为49\n - 97微克/立方米，", "2017年10—12月，浓度范围为49 -\n97微克/立方米，"):
        quantity = analyse_text(text, rules)["mentions"]["quantities"][0]
        assert (quantity["value"], quantity["value_high"]) == ("49", "97")
    claims = analyse_text("2017年10—12月，浓度为49微克/立方米(\nμg/m3)，同比下降34.3%。", rules)["claims"]
    assert [c["period"] for c in claims] == ["2017-10/2017-12", "2017-10/2017-12"]


def test_a_wrap_between_a_stock_code_and_its_exchange_is_joined():
    """长江电力(600900 | .SH)4149.20亿元: the line break fell inside a listed company's code."""
    assert prepare("市值如下：长江电力(600900\n.SH)4149.20亿元，邮储银行(601658.SH)3905.34亿元").clean == (
        "市值如下：长江电力(600900.SH)4149.20亿元，邮储银行(601658.SH)3905.34亿元")
    assert prepare("代码为600900\n.5元").clean.count("\n") == 0  # (a decimal point: joined as before)


def test_a_reference_box_label_on_its_own_line_is_not_joined_to_the_line_before():
    """驻地…联检服务中心B区 | 政府 | • 类型管理委员会: a label of a word or two stands on its own line."""
    text = "建置时间2015年4月21日\n驻地天津东疆保税港区亚洲路4611号联检服务中心B区\n政府\n • 类型管理委员会"
    assert "B区\n政府\n" in prepare(text).clean
    assert prepare("该区加快建设国际消费中心城市，推动商业街区提质升级和\n品牌首店落地").clean.count("\n") == 0


def test_a_hard_wrap_before_a_middle_dot_between_two_names_is_joined():
    """“衡水 | ·北京投资环境说明会”: a column's wrap fell between a name and the middle dot that joins the next."""
    paragraph = ("衡水桃城区承接疏解效果凸显。同时利用“廊坊经贸洽谈会”“衡水·北京投资环境说明会”为契机，重点发布对外招商项目150余个，"
                 "总投资260亿元，其中先进制造业项目占六成以上。")
    wrapped = "\n".join(paragraph[i : i + 15] for i in range(0, len(paragraph), 15))
    assert "衡水\n·北京" in wrapped and prepare(wrapped).clean == paragraph


def test_variant_characters_opencc_keeps_are_simplified_one_for_one():
    text = "陜西省、衞生和倣製"
    out = to_simplified(text)
    assert out == "陕西省、卫生和仿制" and len(out) == len(text)


def test_a_line_of_only_a_media_name_is_a_credit_not_the_headline_going_on():
    from jjjextract.ingest import prepare
    from jjjextract.segment import split_sentences

    text = "北京环球影城已累计吸引游客1380万人次\n俄罗斯卫星通讯社\n北京环球度假区自去年9月20日正式开园以来,已累计吸引游客。"
    article = prepare(text)
    pieces = [article.clean[s.start : s.end].strip() for s in split_sentences(article.clean)]
    assert pieces[:2] == ["北京环球影城已累计吸引游客1380万人次", "俄罗斯卫星通讯社"]


def test_a_long_line_of_mostly_signs_and_digits_does_not_go_on():
    from jjjextract.ingest import prepare
    from jjjextract.segment import split_sentences

    text = "位置 中國北京市通州區文景街道\n經緯度39°50′42.89″N 116°40′20.67″E\n業主北京首寰文化旅遊投資有限公司(70%)\n"
    article = prepare(text)
    pieces = [article.clean[s.start : s.end].strip() for s in split_sentences(article.clean)]
    assert pieces[-1].startswith("業主") or pieces[-1].startswith("业主")  # (not joined to the coordinates)


def test_a_list_flattened_onto_one_line_breaks_before_each_bold_item():
    from jjjextract.ingest import prepare
    from jjjextract.segment import split_sentences

    text = "养老服务供给分析 - **床位利用效率**:北京为45%,廊坊仅40% [23][35] - **社区养老服务**:北京拥有1498个社区养老驿站"
    article = prepare(text)
    assert len(article.clean) == len(text)  # (offsets still point into the original)
    pieces = [article.clean[s.start : s.end].strip() for s in split_sentences(article.clean)]
    assert pieces[1].startswith("- **床位利用效率**") and pieces[2].startswith("- **社区养老服务**")
    assert prepare("- **床位利用效率**:北京为45%").clean == "- **床位利用效率**:北京为45%"  # (a line's own bullet stays)
    assert prepare("营业收入 - 成本 - **注**").clean.count("\n") == 1  # (only a bullet before a bold item)


def test_a_hard_wrap_in_english_joins_with_a_space_and_one_in_chinese_without():
    import textwrap

    from jjjextract.ingest import prepare

    chinese = "全市地区生产总值增长百分之五，其中GDP总量再创新高，全年实现稳步增长。" * 4
    english = "The center has invested about 14.6 billion yuan in the local area in total."
    text = "\n\n".join(["\n".join(chinese[i : i + 15] for i in range(0, len(chinese), 15)),
                        "\n".join(textwrap.wrap(english, 15))])
    article = prepare(text)
    assert "The center has invested about 14.6 billion" in article.clean  # (words of English stay apart)
    assert article.clean.count("GDP总量") == 4  # (a word of a Chinese text cut by the wrap is one again)
    assert article.span(0, len(article.clean)) == (0, len(text))
