"""Numerals -> exact values: a table of real forms, and round trips over random values."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jjjextract.numbers import NumeralError, parse_number, parse_numeral, plain

CASES = [
    ("20.15亿", "2015000000"), ("1,234.5万", "12345000"), ("47.264287亿", "4726428700"),
    ("一千二百三十四", "1234"), ("两万", "20000"), ("三点五", "3.5"), ("零点五", "0.5"),
    ("一万五千亿", "1500000000000"), ("1.2万亿", "1200000000000"), ("100000万", "1000000000"),
    ("3万5千", "35000"), ("3万5", "35000"), ("十二", "12"), ("二百五", "250"), ("一百零五", "105"),
    ("千亿", "100000000000"), ("二〇二三", "2023"), ("1.5千", "1500"), ("77.96万", "779600"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parse_number(text, expected):
    assert plain(parse_number(text)) == expected


@pytest.mark.parametrize("text,low,high", [("二三百", 200, 300), ("三四十", 30, 40), ("十几", 11, 19),
                                            ("几百", 200, 900), ("数十", 20, 90), ("七八万", 70000, 80000),
                                            ("三五千", 3000, 5000), ("三五十", 30, 50)])
def test_ranges_and_approximate_counts(text, low, high):
    assert parse_numeral(text) == (Decimal(low), Decimal(high))


def test_digit_strings_are_not_counts():
    with pytest.raises(NumeralError):
        parse_numeral("二四")


def test_plain_has_no_float_noise():
    assert plain(Decimal("20.15") * 100000000) == "2015000000"
    assert plain(Decimal("0.30")) == "0.3"


CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Render 0 < n < 10**16 as a Chinese numeral (the way people write it)."""
    def below_10k(x: int, pad: bool) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit % 10
            if d:
                if zero or (pad and not out and unit < 1000):
                    out += "零"
                out += CN[d] + name
                zero = False
            elif out:
                zero = True
        return out
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        rest = to_chinese(low) if low else ""
        zero = "零" if low and low < 10**7 else ""
        return to_chinese(high) + "亿" + zero + rest
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        zero = "零" if low and low < 1000 else ""
        return below_10k(high, False) + "万" + zero + (below_10k(low, False) if low else "")
    return below_10k(n, False)


@given(st.integers(min_value=1, max_value=10**15))
def test_chinese_numeral_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=9999),
       st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
def test_arabic_with_magnitude_round_trip(whole, frac, magnitude):
    word, factor = magnitude
    text = f"{whole}.{frac:04d}{word}"
    assert parse_number(text) == Decimal(f"{whole}.{frac:04d}") * factor


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_separators(n):
    assert parse_number(f"{n:,}") == n


@given(st.lists(st.text(alphabet="ab中", min_size=1, max_size=4), max_size=8), st.integers(0, 40),
       st.integers(0, 40))
def test_tokens_within_matches_the_definition(words, start, end):
    """Tokens.within: every token overlapping [start, end), cut to the range."""
    from jjjextract.segment import Tokens

    expected, pos = [], 0
    for w in words:
        s, e = pos, pos + len(w)
        pos = e
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            expected.append((w[lo - s : hi - s], lo, hi))
    assert Tokens(words).within(start, end) == expected


@settings(deadline=None)  # (the first example loads the rules and compiles their patterns)
@given(st.text(alphabet="负增长下降了约为达到比去年同期1", max_size=16))
def test_change_direction_is_the_nearest_rise_or_fall_word(before):
    """Brute force: of all rise/fall words ending where only filler characters follow, the one ending
    nearest the number wins; ties go to the longest, then the first listed, rises before falls; none when
    a to-level character (增至, 降到) stands between the word and the number."""
    from jjjextract import load_rules
    from jjjextract.normalize import change_direction

    rules = load_rules()
    window = before[-12:]
    gap = rules.vocab.get("change_gap_chars", "")
    best, best_end, best_len = "", -1, 0
    for direction in ("up", "down"):
        for word in rules.vocab.get(f"change_{direction}", []):
            for pos in range(len(window) - len(word) + 1):
                end = pos + len(word)
                if window[pos:end] == word and all(ch in gap for ch in window[end:]) and (
                        end > best_end or end == best_end and len(word) > best_len):
                    best, best_end, best_len = direction, end, len(word)
    rest = window[best_end:] if best else ""
    for word in rules.vocab.get("change_not_level", []):
        rest = rest.replace(word, "")
    if any(ch in rules.vocab.get("change_to_level", "") for ch in rest):
        best = ""
    assert change_direction(before + "5%", len(before), rules) == best


@given(st.lists(st.sampled_from(["A", "b", "12", "3.5", ".", "%", "-", "+", "#", "中", "T恤", "\n", " ", "ab1"]),
                max_size=10))
def test_ascii_recut_matches_word_by_word(words):
    """rjieba's runs of letters, digits and signs are re-cut the same by the fast and the plain loop."""
    from jjjextract.segment import _recut_ascii, _recut_ascii_slow

    assert _recut_ascii(words) == _recut_ascii_slow(words)


def test_listed_bare_numbers_take_the_unit_of_the_last_only_after_a_word():
    from jjjextract import load_rules
    from jjjextract.extract import extract_text

    rules = load_rules()

    def read(text):
        return [(m.text, m.value, m.unit) for m in extract_text(text, rules)]

    assert read("产量分别为1.2、3.4和5.6万吨") == [("1.2", 12000, "吨"), ("3.4", 34000, "吨"), ("5.6万吨", 56000, "吨")]
    assert read("2、100家企业入驻") == [("100家", 100, "家")]  # a numbered line, not a list
    assert read("第3、4和5家企业") == [("5家", 5, "家")]  # an ordinal opens it: no list


@settings(deadline=None)  # (the first example may import the claims module)
@given(st.text(alphabet="ab“”「", max_size=14), st.text(alphabet="ab", min_size=1, max_size=3), st.integers(0, 14),
       st.integers(0, 14))
def test_a_metric_written_over_quotes_is_found_where_a_pattern_would_find_it(text, metric, start, end):
    """The last place the metric is written with quotes between its characters, as a reverse regex search reads
    it (`_left_span` finds 一带一路沿线国家 in 对“一带一路”沿线国家)."""
    import regex

    from jjjextract.claims import QUOTES, _rfind_over_quotes

    found = regex.compile(f"[{QUOTES}]*".join(map(regex.escape, metric)), regex.REVERSE).search(text, start, end)
    assert _rfind_over_quotes(text, metric, start, end) == ((found.start(), found.end()) if found else (-1, -1))
