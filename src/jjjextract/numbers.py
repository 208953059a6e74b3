"""Chinese and Arabic numerals with magnitudes -> exact Decimal values.

`parse_number("20.15亿")` -> Decimal("2015000000"); `parse_numeral("二三百")` -> (200, 300, "");
`parse_numeral("十几")` -> (11, 19, ""). Input is the cleaned (Simplified, half-width) text of a span.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "洞": 0, "一": 1, "幺": 1, "壹": 1, "二": 2, "两": 2, "俩": 2, "贰": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "廿": 20, "卅": 30, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
APPROX_DIGITS = "几数"
LOOSE_PAIRS = {"三五"}  # two digits that are no neighbours but still a range before a measure word (三五个 = 3 to 5)


class NumeralError(ValueError):
    """A span that is not a numeral this module understands."""


def parse_number(text: str) -> Decimal:
    """Exact value of one numeral: Arabic (1,234.5), Chinese (一千二百), mixed (3万5千, 1.2万亿)."""
    s = text.replace(",", "").replace(" ", "").replace("点", ".")
    if not s:
        raise NumeralError("empty numeral")
    for big in ("亿", "万"):
        idx = s.rfind(big)
        if idx >= 0:
            head, tail = s[:idx], s[idx + 1 :]
            head_value = parse_number(head) if head else Decimal(1)
            value = head_value * BIG_UNITS[big]
            if tail:
                value += _parse_tail(tail, BIG_UNITS[big])
            return value
    return _parse_small(s)


def _parse_tail(tail: str, unit: int) -> Decimal:
    """The part after 万/亿; a lone digit is shorthand for the next unit down (3万5 = 35000)."""
    if tail.startswith(("零", "〇")):
        return parse_number(tail[1:]) if len(tail) > 1 else Decimal(0)
    if len(tail) == 1 and (tail in DIGITS or tail.isdigit()):
        return Decimal(_digit(tail)) * unit // 10
    return parse_number(tail)


def _digit(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch in DIGITS:
        return DIGITS[ch]
    raise NumeralError(f"not a digit: {ch!r}")


def _parse_small(s: str) -> Decimal:
    """A numeral below 万: Arabic digits, a digit string (二〇二三), or digits with 十百千."""
    try:
        if all(ch.isdigit() or ch == "." for ch in s):
            return Decimal(s)
    except InvalidOperation:
        raise NumeralError(f"bad number {s!r}") from None
    if s[-1] in SMALL_UNITS and all(ch.isdigit() or ch == "." for ch in s[:-1]) and s[:-1]:
        return Decimal(s[:-1]) * SMALL_UNITS[s[-1]]
    if "." in s:
        whole, _, frac = s.partition(".")
        if not frac or not all(ch in DIGITS or ch.isdigit() for ch in frac):
            raise NumeralError(f"bad decimal numeral {s!r}")
        whole_value = _parse_small(whole) if whole else Decimal(0)
        frac_digits = "".join(str(_digit(ch)) for ch in frac)
        return whole_value + Decimal("0." + frac_digits)
    if not any(ch in SMALL_UNITS for ch in s):
        return Decimal("".join(str(_digit(ch)) for ch in s))
    total = 0
    pending: Decimal | None = None
    last_unit = 10**6
    for ch in s:
        if ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                raise NumeralError(f"units out of order in {s!r}")
            total += (pending if pending is not None else 1) * unit
            pending = None
            last_unit = unit
        elif ch in ("零", "〇"):
            continue
        else:
            if pending is not None:
                raise NumeralError(f"two digits in a row in {s!r}")
            pending = Decimal(_digit(ch))
    if pending is not None:
        # 二百五 = 250: a trailing digit right after a unit is shorthand for the next unit down.
        if last_unit >= 100 and s[-2] in SMALL_UNITS:
            total += pending * last_unit // 10
        else:
            total += pending
    return Decimal(total)


_DIGITS_AND_SOME = re.compile(r"([1-9]\d*0)几(万亿|亿|万)?")


def parse_numeral(text: str) -> tuple[Decimal, Decimal | None]:
    """Value of a numeral span, as (low, high): high is None unless it is a range or an approximate count.

    Handles neighbouring-digit ranges (二三百 -> 200..300, 三四十 -> 30..40) and 几/数 digits
    (十几 -> 11..19, 几百 -> 200..900).
    """
    s = text.replace(",", "").replace(" ", "")
    some = _DIGITS_AND_SOME.fullmatch(s)
    if some:  # 40几 -> 41..49, 20几万 -> 210000..290000
        tens, scale = Decimal(some.group(1)), parse_number("一" + some.group(2)) if some.group(2) else 1
        return (tens + 1) * scale, (tens + 9) * scale
    if any(ch in APPROX_DIGITS for ch in s):
        low = s.replace("几", "\x00").replace("数", "\x00")
        lead = low.startswith("\x00")
        lo = parse_number(low.replace("\x00", "二" if lead else "一"))
        hi = parse_number(low.replace("\x00", "九"))
        return lo, hi
    pair = _neighbour_range(s)
    if pair:
        return pair
    if len(s) > 1 and all(ch in DIGITS for ch in s):
        raise NumeralError(f"a string of Chinese digits is no count: {s!r}")
    return parse_number(s), None


def _neighbour_range(s: str) -> tuple[Decimal, Decimal] | None:
    """二三百 / 三四十 / 七八万 / 三五千: two neighbouring digits (or a loose pair) then units; 七八 / 一两 / 三五: two
    alone; 十七八 / 二十一二: tens, then two neighbouring digits."""
    if len(s) >= 3 and (_neighbours(s[0], s[1]) or s[:2] in LOOSE_PAIRS) and s[2] in SMALL_UNITS | BIG_UNITS:
        return parse_number(s[0] + s[2:]), parse_number(s[1] + s[2:])
    if len(s) == 2 and (_neighbours(s[0], s[1]) or s in LOOSE_PAIRS):
        return Decimal(DIGITS[s[0]]), Decimal(DIGITS[s[1]])
    if len(s) >= 3 and s[-3] == "十" and _neighbours(s[-2], s[-1]):
        return parse_number(s[:-1]), parse_number(s[:-2] + s[-1])
    return None


def _neighbours(a: str, b: str) -> bool:
    return a in DIGITS and b in DIGITS and 0 < DIGITS[a] and DIGITS[b] == DIGITS[a] + 1


def plain(value: Decimal | int | None) -> str:
    """A Decimal as a plain string: no exponent, no trailing zeros, no float noise."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    text = format(value.normalize(), "f")
    return text
