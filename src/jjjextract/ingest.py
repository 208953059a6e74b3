"""Files -> Article: discovery, decoding, and the cleaned text used for matching.

The cleaned text (`Article.clean`) is Simplified Chinese with half-width digits and signs, with line breaks
in the middle of a sentence and spaces between numbers and Chinese characters removed. `Article.offsets`
maps every index of `clean` back to an index of the original decoded text, so every mention found in the
cleaned text keeps exact offsets into the original.
"""

from __future__ import annotations

import hashlib
import operator
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .segment import SENTENCE_BREAKS

SOFT_JOIN_END = set("，、：,:（(“‘《—-/·")  # (北京· | 沧州: · joins two names)
SENTENCE_END = frozenset(SENTENCE_BREAKS) - {"\n"}  # the signs the sentence splitter cuts at
# signs no line of text starts with: a line that does was wrapped before them (增长6.8% | ，比上年, 立方米 | /秒)
NEVER_STARTS_LINE = set("，、；：。！？,;:）)”’》】%/")
# signs a wrapped line may end or start with mid-sentence: closing ones end it, opening ones start the next
WRAP_END, WRAP_START = set("）)”’》】%％‰‱℃$€£¥￥\""), set("（(“‘《【[$€£¥￥\"·")  # (" opens and closes; · joins two names: 衡水 | ·北京)
JOIN_MIN_LINE = 24  # a line at least this long that stops mid-sentence continues on the next line
# a text is hard-wrapped when at least WRAP_MIN_LINES lines of WRAP_MIN or more characters share one length
WRAP_MIN, WRAP_MIN_LINES = 10, 5
RANGE_DASHES = "—–-~～"
# Full-width punctuation that Chinese text uses as its own (，：；！？（）) stays as it is.
FULLWIDTH_KEPT = set("，：；！？（）＂＇［］｛｝＜＞")


@dataclass(frozen=True)
class Article:
    """One input file, decoded, with its cleaned matching text."""

    file: str
    article_id: str
    text: str = ""
    encoding: str = ""
    status: str = "ok"
    clean: str = ""
    offsets: tuple[int, ...] = field(default=(), repr=False)
    script: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `clean` to the original text."""
        return self.offsets[start], self.offsets[end - 1] + 1


def find_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """(path, display name) of every *.txt under the given folders and files, sorted, symlink loops skipped."""
    found: dict[str, Path] = {}
    for root in paths:
        if root.is_file():
            found[root.name] = root
            continue
        seen: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen:
                dirnames[:] = []
                continue
            seen.add(real)
            dirnames.sort()
            for name in filenames:
                if name.lower().endswith(".txt"):
                    path = Path(dirpath) / name
                    found[path.relative_to(root).as_posix()] = path
    return [(path, name) for name, path in sorted(found.items())]


# Legacy encodings tried when a file is not UTF-8. Big5 bytes are mostly valid GB18030 too (and the other way
# round), so each is tried and the reading with the most Chinese punctuation wins: a wrong reading turns the
# punctuation's two bytes into characters.
LEGACY_ENCODINGS = ("gb18030", "big5hkscs")
CHINESE_PUNCTUATION = "，。、；：？！“”（）《》"


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030 or Big5. Raises
    ValueError."""
    if data.startswith(b"\xef\xbb\xbf"):
        if b"\x00" in data:
            raise ValueError("binary file (contains NUL bytes)")
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ValueError(f"broken UTF-8 text after its byte order mark ({exc.reason} at byte {exc.start + 3})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(f"broken UTF-16 text ({exc.reason} at byte {exc.start})") from None
        if "\x00" in text:
            raise ValueError("binary file (contains NUL characters)")
        return text, "utf-16"
    if b"\x00" in data:
        bomless = _utf16_without_bom(data)
        if bomless is None:
            raise ValueError("binary file (contains NUL bytes)")
        return bomless
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            readings.append((-1, encoding, exc.start))
            continue
        readings.append((sum(map(text.count, CHINESE_PUNCTUATION)), encoding, text))
    score, encoding, text = max(readings, key=lambda r: r[0])  # ties: the first listed
    if score < 0:
        raise ValueError(f"not UTF-8, UTF-16, GB18030 or Big5 text (byte {readings[0][2]})")
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        raise ValueError(f"not UTF-8 and no Chinese text when read as {encoding.upper()}")
    return text, encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte order mark (its ASCII characters hold NUL bytes), or None: the reading,
    little- or big-endian, in which nearly every character is Chinese, ASCII, a space or punctuation."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or not any(is_han(ch) for ch in text):
            continue
        if sum(map(_is_text_char, text)) >= 0.95 * len(text):
            return text, encoding
    return None


def _is_text_char(ch: str) -> bool:
    return (" " <= ch <= "~" or ch in "\r\n\t" or is_han(ch) or "\u3000" <= ch <= "\u303f"
            or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027")


def read_article(path: Path, name: str) -> Article:
    """Read and prepare one file; problems become the article's status, never an exception."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Article(file=name, article_id="", status=f"unreadable: {exc.strerror or exc}")
    return article_from_bytes(data, name)


def article_from_bytes(data: bytes, name: str) -> Article:
    """Decode and prepare the bytes of one file; problems become the article's status."""
    article_id = hashlib.sha256(data).hexdigest()[:16]
    if not data.strip():
        return Article(file=name, article_id=article_id, status="empty file")
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        return Article(file=name, article_id=article_id, status=f"undecodable: {exc}")
    return prepare(text, name, article_id, encoding)


def prepare(text: str, name: str = "<text>", article_id: str = "", encoding: str = "str") -> Article:
    """Build the cleaned matching text and its offset map for a decoded text."""
    if not article_id:
        article_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    folded = _dot_decimals(_inline_bullets(_blank_references(fold(text))))
    simplified, share = _simplified_and_share(folded)
    pieces = []
    offsets: list[int] = []
    pos = 0
    dropped = (dropped_whitespace(folded) + markup_spans(folded) + pinyin_spans(folded) + citation_spans(folded)
               + item_number_spans(folded) + row_number_spans(folded) + repeated_punctuation_spans(folded))
    for start, end in _merged(dropped):
        pieces.append(simplified[pos:start])
        offsets.extend(range(pos, start))
        if end - start == 1 and _WORD_WRAP.fullmatch(folded, max(0, start - 1), end + 1) and (
                _english_lines(folded, start)):  # a line's end between two words of English (invested about |
            pieces.append(" ")  # 14.6 billion; not 增长5%，G | DP: a hard wrap cut a word of a Chinese text)
            offsets.append(start)
        pos = end
    pieces.append(simplified[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    script = "traditional" if share > TRADITIONAL_SHARE else "simplified"
    return Article(
        file=name,
        article_id=article_id,
        text=text,
        encoding=encoding,
        clean="".join(pieces),
        offsets=tuple(offsets),
        script=script,
    )


# HTML left in a saved page: tags of text markup and images (<p>, </span>, <img src=...>) and the references
# that stand for a space (&nbsp;, &#12288;). Only these tag names: a `<` before other letters may be prose;
# &lt; and the like stand for a character and stay.
_INLINE_TAGS = "a|span|font|strong|b|i|u|em|sup|sub"
_BLOCK_TAGS = "p|br|div|img|center|section|article|figure|figcaption|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|hr"
_MARKUP = re.compile(
    rf"</?(?:(?P<inline>{_INLINE_TAGS})|{_BLOCK_TAGS})(?:\s[^<>]{{0,500}})?/?>"
    r"|(?P<space>[& ](?:nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0|#x3000|#820[1-3]);)"
    r"|(?P<char>(?:&amp|\"quot|&#39|'#39);)",
    re.IGNORECASE,
)
_REFERENCE_OPENING = re.compile(
    r"&(?=(?:(?P<space>nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0|#x3000|#820[1-3])|(?P<quot>quot)|(?P<apos>#39));)",
    re.IGNORECASE)


_WORD_WRAP = re.compile(r"[A-Za-z]\n[A-Za-z0-9]|[0-9.,]\n[A-Za-z]")  # (a break between two words of English)


def _english_lines(text: str, at: int) -> bool:
    """Are the lines before and after the line break at `at` both English (a quarter of Han characters or less)?"""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    after = text[at + 1 : (text.find("\n", at + 1) + 1 or len(text) + 1) - 1]
    return all(line and sum(map(is_han, line)) * 4 <= len(line) for line in (before, after))


# a middle dot (or 点) between digits before a magnitude, a percent sign or 元 is a decimal point (1013·9万箱, 14·4%,
# as older pages set it; 1点5亿元); not a date's name (“7·21”特大暴雨, 3·15晚会) nor a time (3点5分)
_DOT_DECIMAL = re.compile(r"(?<=\d)[·・•点](?=\d{1,4}(?:万|亿|%|％|个百分点|元))")


def _dot_decimals(text: str) -> str:
    """A middle dot used as a decimal point as a point (same length: offsets unchanged)."""
    return _DOT_DECIMAL.sub(".", text) if any(ch in text for ch in "·・•点") else text


_INLINE_BULLET = re.compile(r"(?<=\S) (?=[-•*] \*\*\S)")


def _inline_bullets(text: str) -> str:
    """A list flattened onto one line (…有待提高 [23][35] - **社区养老服务**:北京拥有…): the space before each bold
    item's bullet as a line break, so that each item is a sentence of its own. The text keeps its length."""
    return _INLINE_BULLET.sub("\n", text) if "**" in text else text


def _blank_references(text: str) -> str:
    """A reference's & as the character it stands for (&nbsp; a space, &quot; a quote; &amp; stays &): the rest
    of it is left out of the matching text, and where a space reference separates two words or numbers its space
    stays (see `markup_spans`), so that it reads as a space (1,234&nbsp;亿元 is one amount, and no reference's ;
    ends a sentence). The text keeps its length: offsets still point into the original."""
    if "&" not in text:
        return text
    return _REFERENCE_OPENING.sub(lambda m: " " if m.group("space") else '"' if m.group("quot") else "'", text)


def markup_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of HTML tags and space references to leave out of the matching text. Text markup
    (<span>, <b>) goes wherever it stands; a paragraph, cell or line tag or a space between two words stays
    as a separator (12</td><td>34 is two numbers, 2023&nbsp;500家 too)."""
    if "<" not in text and ";" not in text:
        return []  # (a reference ends with ;, and its & may be a space by now: see _blank_references)
    runs: list[list] = []  # [start, end, separates, only space references] of back-to-back tags and references
    spans = []
    for m in _MARKUP.finditer(text):
        if m.group("char"):
            spans.append((m.start() + 1, m.end()))  # (&amp; -> &: its first character stays)
            continue
        if runs and runs[-1][1] == m.start():
            runs[-1][1:] = [m.end(), runs[-1][2] or not m.group("inline"), runs[-1][3] and bool(m.group("space"))]
        else:
            runs.append([m.start(), m.end(), not m.group("inline"), bool(m.group("space"))])
    for start, end, separates, spaces in runs:
        if not (separates and text[start - 1 : start].isalnum() and text[end : end + 1].isalnum()):
            spans.append((start, end))
        elif spaces:  # 2023&nbsp;500家: the space its & became stays between two numbers or words (as a space
            # does: 1,234&nbsp;亿元 is one amount)
            spans.append((start + 1 if _keeps_space(text[start - 1], text[end], " ") else start, end))
    return spans


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a syllable of pinyin with a tone mark in brackets right after a Chinese character: 新區(qū)設(shè)立 (pages that gloss
# their characters so), or a word's syllables (石家庄(shíjiāzhuāng)市统计局); a hard wrap may cut one (區(q | ū),
# 區 | (qū))
_PINYIN_GLOSS = re.compile(rf"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\n))\((?=[a-zü\n]*[{_TONED}])(?=[^)]{{1,30}}\))"
                           rf"[a-zü{_TONED}]*\n?[a-zü{_TONED}]*[ \n]?\)")  # (科創(chuàng )園: a space before the bracket)


# a syllable of pinyin without tone marks in brackets after a Chinese character or another gloss (濃度(du),
# 微(wei)(wei)克(ke)): left out only where a text has several (一(a)… alone is a list's label)
_PLAIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff)])\((?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvü]{1,3}(?:ng|n|r)?\)")
PLAIN_GLOSS_MIN = 3


def pinyin_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of pinyin glosses (區(qū), and 微(wei) where a text has several) to leave out of the
    matching text."""
    if "(" not in text:
        return []
    spans = [m.span() for m in _PINYIN_GLOSS.finditer(text)]
    plain = [m.span() for m in _PLAIN_GLOSS.finditer(text)]
    return spans + plain if len(plain) >= PLAIN_GLOSS_MIN else spans


# a numbered reference mark right after a word or a closing quote or bracket (地区生产总值[2]49843.1亿元, 占比[注1],
# 天津站[註 1][3]): the word and what follows it read on as if it were not there
_CITATION = re.compile(r"(?:(?<=[\u4e00-\u9fff”」』）)])|(?<=[\u4e00-\u9fff”」』）)]\n))"
                       r"(?:[\[［]\n?(?:[注註] ?)?[0-9０-９]{1,2}\n?[\]］])+")  # (a hard wrap may cut one: 值[ | 2])


def citation_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of reference marks ([2], [注1]) to leave out of the matching text."""
    if "[" not in text and "［" not in text:
        return []
    return [m.span() for m in _CITATION.finditer(text)]


# a list item's number with a point right before a year opening the item (1.2024年，全市…: item 1, not 1.2024 years)
_ITEM_BEFORE_YEAR = re.compile(r"^[ \t\u3000]*(\d{1,2}\.)(?=(?:1[89]|20)\d\d年)", re.MULTILINE)


def item_number_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of list items' numbers glued to a year (1.2024年) to leave out of the matching text."""
    if "." not in text:
        return []
    return [m.span(1) for m in _ITEM_BEFORE_YEAR.finditer(text)]


# a table copied without its cell borders: a header of labels with no figure, opening with a row-number column
# (档次月标准小时标准实行地区), then rows whose number runs into the first figure (11650元17元石家庄市区…, 21590元…)
_ROW_HEADER_WORDS = ("序号", "档次", "编号", "排名", "名次", "排序")
_ROW_NUMBER_HEADER = re.compile(rf"[ \t\u3000]*(?:{'|'.join(_ROW_HEADER_WORDS)})[^\d\n]*")
_GLUED_FIGURE = re.compile(r"\d{2,}(?:\.\d+)?[\u4e00-\u9fff%]")


def row_number_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of row numbers glued to a row's first figure under a header of labels, to leave out
    of the matching text: the rows must be numbered 1, 2, 3… in order, two of them at least."""
    if "\n" not in text or not any(word in text for word in _ROW_HEADER_WORDS):
        return []
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        if not _ROW_NUMBER_HEADER.fullmatch(line):
            continue
        rows = []
        for k, row in enumerate(lines[i + 1 :], 1):
            at = len(row) - len(row.lstrip(" \t\u3000"))
            number = str(k)
            if not (row.startswith(number, at) and _GLUED_FIGURE.match(row, at + len(number))):
                break
            rows.append((starts[i + k] + at, starts[i + k] + at + len(number)))
        if len(rows) >= 2:
            spans.extend(rows)
    return spans


# a run of clause punctuation written twice or more (,, ,、 ,; ，。: pages that double their marks): the strongest
# mark stands for the run
_PUNCTUATION_RUN = re.compile(r"[，,、；;。]{2,}")
_PUNCTUATION_STRENGTH = {"。": 3, "；": 2, ";": 2, "，": 1, ",": 1, "、": 0}


def repeated_punctuation_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the marks of a doubled punctuation run (,, ,、 ,;) to leave out of the matching
    text: all but the first of the strongest (。 over ；, ；over ，, ，over 、)."""
    spans = []
    for m in _PUNCTUATION_RUN.finditer(text):
        run = m.group()
        keep = m.start() + max(range(len(run)), key=lambda k: (_PUNCTUATION_STRENGTH[run[k]], -k))
        spans += [span for span in ((m.start(), keep), (keep + 1, m.end())) if span[0] < span[1]]
    return spans


def without_markup(text: str) -> str:
    """The text with its HTML tags and character references left out."""
    return _MARKUP.sub("", text) if "<" in text or "&" in text else text


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping and touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def fold(text: str) -> str:
    """`fold_char` over a whole text (a regex finds the few characters to change; most texts have none), a
    full-width comma between digits that groups thousands (３，５００万元) to a comma, full stops between digits
    that stand for points (13。7%) to points, financial numerals (壹佰) to everyday ones and a bullet between two
    names (北京•沧州) to ·."""
    if "\r" in text:
        text = _LONE_CARRIAGE_RETURN.sub("\n", text)  # an old Mac file's line breaks (\r\n folds to a space and \n)
    if "，" in text:
        text = _THOUSANDS_COMMA.sub(",", text)
    if "。" in text and len(_IDEOGRAPHIC_POINT.findall(text)) >= 2:
        text = _IDEOGRAPHIC_POINT.sub(".", text)
    if _FOLDABLE.search(text) is not None:
        text = _FOLDABLE.sub(lambda m: _fold_cached(m.group()), text)
    if _FINANCIAL_RUN.search(text) is not None:
        text = _FINANCIAL_RUN.sub(lambda m: m.group().translate(_FINANCIAL), text)
    if _ODD_NAME_DOT.search(text) is not None:
        text = _ODD_NAME_DOT.sub("·", text)
    return text


# a bullet or an operator's dot between two Chinese characters joins two names as · does (北京•沧州渤海新区生物医药产业园,
# 北京⋅沧州; also where a hard wrap falls after it, not before: a bullet opening a line opens a list's item): read
# as ·
_LONE_CARRIAGE_RETURN = re.compile("\r(?!\n)")
_ODD_NAME_DOT = re.compile("(?<=[\u4e00-\u9fff])[\u2022\u2027\u2219\u22c5](?=\n?[\u4e00-\u9fff])")


# a full stop between digits, where a page turned every point into one (综合指数2。96，同比下降13。7%, PM2。5):
# a decimal point, when the text has two such or more (one may be a sentence ending in a number before one
# opening with a digit)
_IDEOGRAPHIC_POINT = re.compile("(?<=[0-9０-９])。(?=[0-9０-９])")


# the numerals of cheques and contracts (人民币壹佰万元整, 叁仟伍佰元) as everyday ones, character for character;
# only in runs of two or more (a line break may fall inside), since alone 陆 and 伍 are words (陆续, 队伍), or
# alone before a magnitude and the currency (壹亿元, 伍万元整) or as the 角 and 分 after the currency (捌角玖分)
_FINANCIAL = str.maketrans("壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟", "一二二三三三四五六六七八九十百千")
_FINANCIAL_DIGIT = "壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟"
_FINANCIAL_RUN = re.compile(
    f"[{_FINANCIAL_DIGIT}](?:\\s*[零〇{_FINANCIAL_DIGIT}])+"
    f"|[{_FINANCIAL_DIGIT}](?=\\s*[万亿萬億][零〇{_FINANCIAL_DIGIT}万亿萬億\\s]*[元圆圓])"
    f"|(?:(?<=[元圆圓角毛])|(?<=[元圆圓角毛]\\n))[{_FINANCIAL_DIGIT}](?=\\n?[角毛分])")  # (…柒元捌角玖分: the tenths and hundredths alone)


# a full-width comma between full-width digits, before exactly three digits (and more groups): a thousands
# separator of full-width typesetting. Between ASCII digits it stays a comma (分别为125，136和148 is a list).
# A hard wrap may fall after a comma (３， | ５００万元).
_THOUSANDS_COMMA = re.compile("(?:(?<=[０-９])|(?<=[０-９]\n))，(?=\n?[０-９]{3}(?:\n?[，,]\n?[０-９]{3})*(?!\n?[０-９0-9]))")


# what fold_char may change: full-width forms, odd spaces, the yuan sign, digits of other scripts
_FOLDABLE = re.compile("[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\r\ufeff\uffe5]|(?![0-9])\\d")


@lru_cache(maxsize=4096)
def _fold_cached(ch: str) -> str:
    return fold_char(ch)


def fold_char(ch: str) -> str:
    """Full-width ASCII to half-width, odd spaces to a space (not a tab: it separates columns), keeping one
    character per character."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E and ch not in FULLWIDTH_KEPT:
        return chr(code - 0xFEE0)
    if ch in "\u3000\u00a0\u2002\u2003\u2009\r\ufeff":
        return " "
    if ch == "\uffe5":
        return "¥"
    if unicodedata.category(ch) == "Nd" and not ch.isascii():
        return str(unicodedata.digit(ch, 0))
    return ch


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


TRADITIONAL_SHARE = 0.01  # a text is Traditional when conversion changes more of its Chinese than this


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, guaranteed to keep the length (per character where phrases differ); in a
    Traditional text the particle 著 is 着 (OpenCC keeps 隨著, 標志著, 承擔著 as they are). A Simplified text
    writes the particle 着, so there 著 is the character itself (刘立著, 著作)."""
    return _simplified_and_share(text)[0]


def _simplified_and_share(text: str) -> tuple[str, float]:
    """`to_simplified`'s text, and the share of the Chinese that conversion changed (`changed_share`)."""
    out = _converter().convert(text)
    if len(out) != len(text):
        out = "".join(_char_t2s(ch) for ch in text)
    if not _VARIANT_CHARS.isdisjoint(out):
        out = out.translate(_VARIANTS)  # 陜西: a variant OpenCC leaves as it is
    share = changed_share(text, out)
    if "著" in out and share > TRADITIONAL_SHARE:
        out = _PARTICLE_ZHU.sub("着", out)
    return out, share


# variant characters of Traditional text that OpenCC's t2s keeps (陜西 → 陕西, 衞 → 卫, 倣 → 仿), one for one
_VARIANTS = str.maketrans("陜衞倣", "陕卫仿")
_VARIANT_CHARS = frozenset("陜衞倣")

# 著 is a particle (着) except in the words it makes with these (显著, 名著, 土著 …; 著名, 著作, 著称 …)
_PARTICLE_ZHU = re.compile("(?<![显卓昭土原名专编论巨遗新拙合译])著(?![名作称述录书者])")


@lru_cache(maxsize=65536)
def _char_t2s(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def changed_share(a: str, b: str) -> float:
    """Share of the non-ASCII characters (Chinese text and signs) that Traditional -> Simplified changed."""
    if a == b:
        return 0.0
    wide = len(a) - len(a.encode("ascii", "ignore"))
    if not wide:
        return 0.0
    # count per block, skipping the equal blocks in C (a Simplified text differs in a few places only)
    changed = sum(sum(map(operator.ne, a[i : i + 256], b[i : i + 256]))
                  for i in range(0, len(a), 256) if a[i : i + 256] != b[i : i + 256])
    return changed / wide


def is_han(ch: str) -> bool:
    """A CJK ideograph (the basic block or Extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_wordlike(ch: str) -> bool:
    # (单位GD | P二氧化碳排放; 地表水 | Ⅱ类标准: a Roman numeral opens a word; 微克/立方米( | μg/m3): a Greek letter)
    return (is_han(ch) or ch.isdigit() or ("a" <= ch.lower() <= "z") or "\u2160" <= ch <= "\u217f"
            or "\u03b1" <= ch <= "\u03c9" or ch == "\u00b5")


def _has_clause_sign(line: str) -> bool:
    """Prose, not a headline: the line already holds a comma or a full stop, or a 、 that is not a heading's list
    mark (一、综合)."""
    return _has_full_sign(line) or ("、" in line and not _HEADING_MARK.match(line))


def _has_full_sign(line: str) -> bool:
    """Prose that goes on past a blank line: a comma or a full stop, not only the 、 of listed titles (副局长寿小丽 ||
    新华网 徐想: a photo's caption and its credit)."""
    return any(ch in line for ch in "，。；,;")


# a line that stands alone whatever signs it holds: a numbered heading (四、…, 第6章 …, （一）…, 1. …) or a
# site's name and motto (廊坊新闻网-主流媒体,…)
_STANDALONE_LINE = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,3}[章节篇部编]|"
                              r"[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d)|[\u4e00-\u9fff]{1,10}网\s*[-—–|｜])")
_HEADING_MARK = re.compile(r"[一二三四五六七八九十]{1,3}、[^，。、；,;]*\Z")  # 一、综合: a numbered heading alone


_WHITESPACE = re.compile(r"\s+")
UNIT_SIGNS = "%％‰‱℃℉㎡㎢㎞㎏㎥"  # signs that only follow a number: 12 / ℃, 15.6万 / ㎡
NUMBER_TAILS = "万亿" + UNIT_SIGNS  # what after a digit can only continue the number: 77.96 / 万人次 (not 元: 元旦)


_STOCK_CODE_TAIL = re.compile(r"\.(?:SH|SZ|BJ|HK|SS)\b")


def _splits_number(text: str, i: int, j: int, line: str) -> bool:
    """Does the line break text[i:j] (after `line`, stripped) fall inside a number (77.96 | 万人次, 2.61亿 | 元,
    49843. | 1亿元, 5 | .5%)?"""
    left, right = text[i - 1], text[j]
    if right in RANGE_DASHES and (left.isdigit() or left in "万亿%") and text[j + 1 : j + 3].lstrip(" ")[:1].isdigit():
        return True  # 3.5亿 | —4亿元, 49 | - 97微克 (a space may stand beside the dash)
    before = text[max(0, i - 3) : i - 1].rstrip(" ")[-1:]
    if left in RANGE_DASHES and right.isdigit() and before and (before.isdigit() or before in "万亿%"):
        return True  # 需要2~ | 4个小时, 3.5亿— | 4亿元, 49 - | 97微克
    if left.isdigit() and _EN_MAGNITUDE.match(text, j):
        return True  # US$1.2 | billion: a number goes on with its English magnitude
    if left in "年月" and right.isdigit() and _DATE_GOES_ON.match(text, j) and text[max(0, i - 5) : i - 1][-1:].isdigit():
        return True  # 12月 | 23日, 2024年 | 2月26日: a date goes on
    if left.isdigit():
        if right == "/" and text[j + 1 : j + 2].isdigit():
            return True  # 约1 | /4
        if right.isdigit():  # 审结案件12 | 00件: inside prose (not a column of figures: 生产总值 2023 | 2024)
            if text.count("\n", i, j) > 1:
                return False  # a paragraph ends with a number and the next starts with one (…15 || 12月12日)
            figures = line.rstrip("0123456789.,")
            return sum(map(is_han, line)) >= 4 and figures[-1:] not in ("", " ", "\t", "\u3000", ":", "：") and not (
                _COLUMN_GAP.search(line) and not _has_clause_sign(line))  # (…2024-09-26 17:02 | 9月26日: a header)
        if right in NUMBER_TAILS or (right == "." and text[j + 1 : j + 2].isdigit()):
            return True
        if _STOCK_CODE_TAIL.match(text, j):
            return True  # 工商银行(601398 | .SH): a listed company's code goes on with its exchange
    if (left.isdigit() or (left in "多余万亿" and text[i - 2 : i - 1].isdigit())) and is_han(right) and (
            right not in _CN_DIGITS):  # (达1亿 | 五年来: a new clause that opens with a numeral)
        # 规划面积约155 | 平方公里, 投资8000多 | 亿元, 9952万 | 人次: a number in prose goes on with its unit (not a
        # form's field: 电话：12345678 | 地址, 邮发代号 6-268 | 发行范围)
        return _prose_line(line) and text.count("\n", i, j) == 1 and not _opens_news_item(_line_at(text, j)) and not (
            _INDENT.match(text, text.rfind("\n", i, j) + 1))  # (…揽金超12亿 |        从石家庄市…: a new paragraph)
    if is_han(left) and is_han(right) and right not in _CN_DIGITS and _UNIT_STARTED.search(line) and (
            text.count("\n", i, j) == 1):
        # 降幅收窄1.3个 | 百分点, 投资9亿人 | 民币, 举办展会120场 | 次: a wrap inside the unit after a number (not a
        # headline ending 超9600亿元 before a page's header: 中国产业经济信息网   时间:…)
        next_line = _line_at(text, j)
        return _prose_line(line) and not (_FIELD_LINE.match(text, j) or _COLUMN_GAP.search(next_line)
                                          or _records(line, next_line) or _opens_news_item(next_line))
        # (邯郸市,943.30万人 | 唐山市,780.12万人; …运客3.4亿人次 | 新华社记者 丁静)
    if left.isdigit():
        return False
    if left == ".":
        return right.isdigit() and text[i - 2 : i - 1].isdigit()
    if left in _CN_NUMERALS and right in _CN_NUMERALS:
        # 二十三亿五 | 千万元, 二十三亿五千 | 万元, 二十 | 三亿元, 二 | 十三亿元, 二十三亿 | 五千万元: a numeral of
        # Chinese characters (a magnitude beside the break, or numerals on both sides of it)
        before, after = text[i - 2 : i - 1] if i >= 2 else "", text[j + 1 : j + 2]
        if left in _CN_DIGITS and right in _CN_DIGITS and after != "" and after in "十百千万亿":
            return True  # 乘客二 | 三百人: two digits of an approximate number (二三百), then its magnitude
        longer = before in _CN_NUMERALS and before != "" or left in "十百千万亿"
        if right in "十百千万亿" and longer:
            return True
        return after != "" and after in _CN_NUMERALS and (longer or right in "十百千万亿")
    return left in "万亿" and (right == "元" or right in UNIT_SIGNS)


def _mostly_han(line: str) -> bool:
    """Are half the line's visible characters Chinese, as in prose (not 經緯度39°50′42.89″N 116°40′20.67″E)?"""
    visible = [ch for ch in line if not ch.isspace()]
    return 2 * sum(map(is_han, visible)) >= len(visible)


def _prose_line(line: str) -> bool:
    """Is the line prose a number may go on from (four Chinese characters or more; a comma, or no gap but the
    spaces a print leaves: 第1 位, 31 501), not a form's field (电话：12345678, 邮发代号 6-268)?"""
    prose = _has_clause_sign(line) or not any(ch.isspace() for ch in _PRINT_SPACES.sub("", line))
    return sum(map(is_han, line)) >= 4 and prose and not _FIELD_LINE.match(line)


_DATE_GOES_ON = re.compile(r"\d{1,2}[月日号]")  # the month or day after 2024年 | or 12月 |
# words that open no sentence: a line starting with one goes on from the line before, however short (…地区生产总值 |
# 达到1200亿元, …工业增加值 | 同比增长5%)
_GOES_ON = re.compile(r"(?:达到|同比|环比|分别为|分别达|增至|降至|比上年|较上年|比去年|较去年)(?=[\d增下提上减为达]|\Z)|的(?!确)")
_EN_MAGNITUDE = re.compile(r"(?:thousand|million|billion|trillion|bn|mn)\b", re.IGNORECASE)
_UNIT_STARTED = re.compile(r"\d[万亿]?(?![万亿])[\u4e00-\u9fff]{1,3}\Z")  # a number and the start of its unit end the line
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUMERALS = _CN_DIGITS + "十百千万亿廿卅"


def _keeps_space(left: str, right: str, run: str, hard_wrapped: bool = False) -> bool:
    """€2.5 | Billion: between two ASCII words the spaces after a line break are the text's own; so is one space
    opening a full line of a hard-wrapped text (新华社记者 牟宇 | 摄: the wrap fell on the text's space)."""
    if hard_wrapped and run in ("\n ", " \n") and is_han(left) and is_han(right):
        return True
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum() and not run.endswith("\n")


def _wrap_width(text: str) -> int | None:
    """The width a text is hard-wrapped at (a magazine column), found as the length most lines that stop
    mid-sentence share; None when no such width stands out."""
    if text.count("\n") < WRAP_MIN_LINES:
        return None
    lengths = Counter(len(line) for line in map(str.strip, text.split("\n"))
                      if len(line) >= WRAP_MIN and (_is_wordlike(line[-1]) or line[-1] in SOFT_JOIN_END))
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    return width if count >= WRAP_MIN_LINES and count >= 0.4 * sum(lengths.values()) else None


def dropped_whitespace(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of white space to drop as print artefacts.

    Dropped: a whitespace run holding a line break when the line before stops mid-sentence (it ends in a
    comma-like sign, or is prose ending in a word character) and the next line starts with a word
    character; one space inside a line between a digit and a Chinese character (`2014 年`), or a Latin
    letter and a Chinese character (`三地 GDP 合计`); the spaces of a line set with one after every
    Chinese character (`地 区 生 产 总 值`).
    """
    drops = []
    n = len(text)
    # how long a line must be to go on in the next one: less in a text hard-wrapped at a narrow width
    width = _wrap_width(text)
    min_line = JOIN_MIN_LINE if width is None else min(JOIN_MIN_LINE, width - 1)
    spaced_lines: dict[int, bool] = {}  # line start -> set with a space after every character
    for m in _WHITESPACE.finditer(text):
        i, j = m.span()
        if i == 0 or j == n:
            continue
        run = m.group()
        left, right = text[i - 1], text[j]
        if "\n" in run:
            line = text[text.rfind("\n", 0, i) + 1 : i].strip()
            if run.count("\n") > 1:
                # after a blank line only a line that is clearly prose continues: a heading (长标题《…》方案,
                # 四、实施…协作，共绘…新画卷), a salutation (各市人民政府：) or a site's motto (廊坊新闻网-主流媒体,
                # 廊坊城市门户) does not
                ends_mid = (left in SOFT_JOIN_END and left not in "：:" or (
                    _is_wordlike(left) and _has_full_sign(line) and not _STANDALONE_LINE.match(line)
                    and not _DATE_LEAD.match(text, j))) and not _headline_alone(_line_at(text, j), min_line)
                # (楼面价创近7年新高,天津迎春节后首场土拍 || 2月26日,天津市…: a paragraph opening with its date)
            else:
                ends_mid = left in SOFT_JOIN_END or (
                    _is_wordlike(left) and ((len(line) >= min_line and (width is not None or _mostly_han(line))) or _has_clause_sign(line))) or (
                    left in WRAP_END and len(line) >= min_line and not _byline_after_sentence(line)) or (
                    is_han(left) and _GOES_ON.match(text, j) is not None)  # 地区生产总值 | 达到1200亿元: a short
                # line whose next opens with words no sentence opens with
                # 地区生产总值（GDP） | 达到 (not …下降11.8%。(河北日报记者 贾楠) | “2+26”城市…: a note after a sentence)
            if ends_mid and width is None and (_FIELD_LINE.match(line) or not _has_clause_sign(line)) and (
                    _FIELD_LINE.match(text, j) or _COLUMN_GAP.search(_line_at(text, j))):
                ends_mid = False  # 电话：0311-88600123 | 定价：15.00元: a form's fields, one a line; a headline
                # before one or before a page's header (…完成投资超4000亿元 | 发布时间：2022-09-20) (in a text not
                # hard-wrapped, where a line may open with 读量： by chance)
            if ends_mid and width is None and not _has_clause_sign(line) and (
                    _FIELD_LINE.match(line) or _COLUMN_GAP.search(line) or _HEADLINE_GAP.search(line)):
                ends_mid = False  # 发布时间：2022-09-20 15:44 | 中新网9月20日电, 中国产业经济信息网   时间：2025-11-24
                # | 记者19日…: a field or columns of a page's header, not a sentence going on
            if ends_mid and width is None and _opens_news_item(_line_at(text, j)):
                ends_mid = False  # …高铁15年运客3.4亿人次 | 新华社记者 丁静 刘惟真, 旅游火爆“揽金”58.8亿 | 本报讯(记者…):
                # a headline before its byline or its dateline
            if ends_mid and width is None and left not in SOFT_JOIN_END and _INDENT.match(run, run.rfind("\n") + 1):
                ends_mid = False  # …同比分别增长19.93%和25.4% |   春节假期,全省…: an indented line opens a paragraph
            if ends_mid and width is None and left not in SOFT_JOIN_END and _LABEL_LINE.fullmatch(_line_at(text, j)):
                ends_mid = False  # 驻地…联检服务中心B区 | 政府 | • 类型…: a reference box's label stands on its own line
            if ends_mid and width is None and (_CAPTION_LINE.match(line) or _CAPTION_LINE.match(text, j)):
                ends_mid = False  # 图3 2014年京津冀实用新型专利获得占比(单位:%) | 从发明授权专利来看…: a figure's caption
                # (and …价格变动情况 | 表1: 15个…: one opening the next line)
            if ends_mid and _TOC_LINE.search(line):
                ends_mid = False  # 2 分辖区上市公司总体情况 ........-3- | 2018年…: a table of contents' entry
            if ends_mid and width is None and _PHOTO_CREDIT_END.search(line):
                ends_mid = False  # …物流园区。 中新社记者 王天译 摄 | 为保障…: a photo's credit ends its paragraph
            if ends_mid and width is None and _records(line, _line_at(text, j)):
                ends_mid = False  # 邯郸市,943.30万人 | 唐山市,780.12万人: a list of records, a name and a figure a line
            if ends_mid and width is None and _figure_row(line):
                ends_mid = False  # 营业收入 9,424,437,698.45 9,426,197,154.54 -0.02 … 利润 | 天津港…: a flattened
                # table's row of figures, not a sentence going on
            wrapped = run.count("\n") == 1  # (a blank line between: a new paragraph may open with “ or （)
            if wrapped and width is not None and len(line) >= width and (left in SENTENCE_END or left == "]") and (
                    _is_wordlike(right) or right in WRAP_START):
                ends_mid = True  # a full line of a hard-wrapped text that happens to end a sentence or a citation
                # mark ([1]): the paragraph goes on (a shorter line ends it)
            if run in ("\n", "\n ", " \n") and left.isdigit() and right.isdigit() and _thousands_group(text, i):
                drops.append((i, j))  # 185 | 601篇, 185 6 | 01篇: a wrap among groups of three digits
            elif (
                (_is_wordlike(right) or (wrapped and (right in WRAP_START or _MINUS.match(text, j)))) and ends_mid
                and not (line.startswith(("#", "- ", "■")) and (width is None or len(line) < width - 1))
                # (a heading or a list item stands on its own line, unless a hard wrap cut it: a full line)
            ) or (_splits_number(text, i, j, line) and not _TOC_LINE.search(line)) or (
                    wrapped and right in NEVER_STARTS_LINE):
                hard_wrapped = width is not None and len(line) + run.index("\n") >= width  # (牟宇 | 摄: a space ends it)
                keep = _keeps_space(left, right, run, hard_wrapped)
                drops.append((i + run.index("\n"), i + run.rfind("\n") + 1) if keep else (i, j))
        elif ((left.isdigit() and (is_han(right) or right == "%") and not (
                _SPACED_PAIR.match(text, j) and not _letter_spaced(text, i, spaced_lines))) or (
                is_han(left) and right.isdigit() and not (left in "万亿" and text[i - 2 : i - 1].isdigit()))) and len(
                run) == 1 and run != "\t":  # (not 122.3 包 头 in a row of figures and spaced names: no unit)
            drops.append((i, j))  # (a tab or a wider gap separates a table's columns: 指标\t2023年\t2024年; 超20万 27条:
            # two figures, the first ending with its magnitude)
        elif run == " " and (is_han(left) or left in CJK_MARKS) and (is_han(right) or right in CJK_MARKS) and (
                _letter_spaced(text, i, spaced_lines)):
            drops.append((i, j))  # 地 区 生 产 总 值 达 到 4.4 万 亿 元: a line set with a space after every character
        elif run == " " and ((is_han(left) and right.isascii() and right.isalpha()) or (
                left.isascii() and left.isalpha() and is_han(right))):
            drops.append((i, j))  # 三地 GDP 合计: the space set between Chinese and Latin letters
        elif left.isdigit() and right.isdigit() and len(run) == 1 and _thousands_group(text, i):
            drops.append((i, j))  # 1 200万元, 12 345 678: a space between groups of three digits (and 185 6 | 01篇,
            # the groups wrapped)
        elif "\n" not in run and len(run) <= 2 and _SPACED_POINT.search(text, max(0, i - 4), j + 4) is not None and (
                (left.isdigit() and right == ".") or (left == "." and right.isdigit())):
            drops.append((i, j))  # 1 . 5亿元: spaces set around a decimal point (not a figure of 5亿元 after 1 .)
    return drops


_SPACED_PAIR = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff](?:[^\u4e00-\u9fff]|\Z)")  # 包 头, 万 州: a spaced name
_SPACED_POINT = re.compile(r"\d {1,2}\. {0,2}\d")  # (a digit, spaces, a point, spaces, a digit; not 1. 2023年…, a list's number)


_CAPTION_LINE = re.compile(r"[图圖表]\s*\d{1,3}(?:[-.．]\d{1,2})?[\s:：]")  # 图3 …, 表2-1: …: a figure's or table's caption


def _headline_alone(line: str, min_line: int) -> bool:
    """A short line with no sign of a sentence in it (a headline after its subtitle: 份额超四成,河北稳居… ||
    京冀共建环京周边蔬菜生产基地一百八十家): what follows a blank line so opens a paragraph, nothing goes on in it."""
    line = line.strip()
    return 0 < len(line) < min_line and not _has_clause_sign(line) and line[-1] not in SENTENCE_END


def _byline_after_sentence(line: str) -> bool:
    """Does the line end with a bracketed note right after a sentence's end (…。(河北日报记者 贾楠))?"""
    opening = max(line.rfind("("), line.rfind("（"))
    return opening > 0 and line[-1] in ")）" and line[opening - 1] in SENTENCE_END


CJK_MARKS = frozenset("，。、；：？！％%）（“”《》")


def _letter_spaced(text: str, at: int, seen: dict[int, bool]) -> bool:
    """Is the line holding `at` set with a space between Chinese characters, most of them (a PDF's text)?
    `seen` keeps the answer by line start."""
    start = text.rfind("\n", 0, at) + 1
    if start not in seen:
        end = text.find("\n", at)
        line = text[start : end if end >= 0 else len(text)]
        han = sum(map(is_han, line))
        spaced = sum(1 for k in range(len(line) - 2) if is_han(line[k]) and line[k + 1] == " " and line[k + 2] != " ")
        seen[start] = han >= 6 and spaced * 2 >= han
    return seen[start]


_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{1,4}")  # a line of a word or two and nothing else: 政府, 面积


def _line_at(text: str, j: int) -> str:
    """The line that starts at j, without its line break."""
    end = text.find("\n", j)
    return text[j : end if end >= 0 else len(text)]


# a page header's mark: a gap inside a line that sets columns apart (two spaces or more, a tab, an ideographic
# space), or a date written with dashes or slashes (北京青年报客户端 2024-09-26 17:02)
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t|\u3000)\S|(?<!\d)(?:19|20)\d{2}[-/.][01]?\d[-/.][0-3]?\d(?!\d)")
# a space between two phrases of a headline (…1.98亿人次 增17.16%, …合作项目80个 意向投资额达331亿元)
_HEADLINE_GAP = re.compile(r"[\u4e00-\u9fff%％] [\u4e00-\u9fff]")
# a photo's credit ending a line: names after a word for who took it (中新社记者 王天译 摄, 記者 劉向 攝: the text is not yet
# Simplified here) or after a sentence's end and a space (…人满为患”。 翟羽佳 摄), and 摄
_PHOTO_CREDIT_END = re.compile(r"(?:(?:记者|記者|摄影|攝影|通讯员|通訊員)\s*|[。！？!?”」）)]\s+)[\u4e00-\u9fff]{2,4}"
                               r"(?:\s+[\u4e00-\u9fff]{2,4})*\s*[摄攝]\Z")
# a line that is only a byline (新华社记者 丁静 刘惟真, 本報記者 孫宏陽 通訊員 魯靜)
_BYLINE_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}?(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(?:[ 、，,\u3000]+"
                          r"[\u4e00-\u9fff]{2,4})*\s*)+\Z")
# a news item's dateline opening a line (本报讯, 河北新闻网10月9日讯, 新华社北京3月14日电, 新華社記者; not Simplified yet)
_NEWS_OPENER = re.compile(r"(?:本[报報刊网網]|[\u4e00-\u9fff]{2,8}?(?:网|網|报|報|台|社))(?:讯|訊)|[\u4e00-\u9fff]{2,8}?(?:网|網|报|報|台|社)"
                          r"\s?[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:讯|訊|电|電|专电|專電)|(?:新[华華]社|中新社|本[报報刊])(?:记者|記者)")
# a line of only a news agency's or a paper's name: the credit under a headline (…吸引游客1380万人次 | 俄罗斯卫星通讯社)
_MEDIA_NAME_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,10}(?:通讯社|通訊社|新闻社|新聞社|日报|日報|晚报|晚報|时报|時報|"
                              r"新闻网|新聞網|电视台|電視台|广播电台|廣播電台)\s*\Z")
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|·{4,})\s*-?\s*\d{1,4}\s*-?\Z")  # dot leaders and a page number
_DATE_LEAD = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚间?|早间?)?|\d{1,2}[时時点](?:\d{1,2}分)?)[,，]")
# (a date or a time of day and a comma opening a line: 2月26日, | 7時20分,)
_INDENT = re.compile(r"(?: {2,}|\u3000|\t)")  # a paragraph's indent at a line's start


def _opens_news_item(line: str) -> bool:
    """Is the line only a byline, or does it open with a dateline (a news item's start, after its headline)?
    Pinyin glosses are read past (河北新聞網(wǎng)訊)."""
    if "(" in line:
        line = _PINYIN_GLOSS.sub("", line)
    return bool(_BYLINE_LINE.match(line) or _NEWS_OPENER.match(line) or _MEDIA_NAME_LINE.match(line))


_STANDALONE_FIGURE = re.compile(r"(?<!\S)[-+]?\d[\d,]*(?:\.\d+)?(?!\S)")  # a figure alone between spaces


def _figure_row(line: str) -> bool:
    """Is the line a row of a table flattened to text: three figures or more alone between spaces, and no
    clause sign outside them?"""
    return len(_STANDALONE_FIGURE.findall(line)) >= 3 and not _has_clause_sign(_STANDALONE_FIGURE.sub(" ", line))


# a short line that ends with a figure and its unit, and no sentence's sign before (保定市(不含定州市)1034.90万人)
_RECORD_LINE = re.compile(r"[^。；！？;!?]{1,24}?(?<![\d.])\d[\d.,]*\s*[万亿]?[\u4e00-\u9fff%‰]{0,3}[，,；;]?\Z")


def _records(line: str, next_line: str) -> bool:
    """Are both lines records of a list (a short line ending with a figure and its unit)?"""
    return bool(_RECORD_LINE.match(line) and _RECORD_LINE.match(next_line))


# a line that opens with a short label and a colon (主管：, 编辑部地址：, Tel:; 發(fā)布時(shí)間: with pinyin glosses)
_FIELD_LINE = re.compile(rf"(?:[^\W\d_](?:\([a-zü{_TONED}]{{1,6}}\))?){{1,8}}[：:]")

_MINUS = re.compile(r"[-−－+＋]\d")  # a sign opening a line: 10%和 | -2%, 同比 | +3.2%
# spaces a print leaves inside prose: between digit groups (31 501) and between a number and the word after it
# (第1 位; not 许可证号 120101004, a form's field)
_PRINT_SPACES = re.compile(r"(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=[\u4e00-\u9fff])")
# digits before a space: 1-3 of them, after no digit, comma or point; after it: three digits and no more
_THOUSANDS_SPACE = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]| ?\d)")


def _group_start(text: str, space: int) -> int:
    """Where the run of digit groups holding the space at `space` starts (1 200 -> the 1), over line breaks."""
    k = space
    while k > 0 and (text[k - 1].isdigit() or (text[k - 1] in " \n" and k > 1 and text[k - 2].isdigit())):
        k -= 1
    return k


def _thousands_group(text: str, space: int) -> bool:
    """Is the space at `space` (or a space with a line break beside it) one between groups of three digits
    (1 200, 12 345 678), read as if no line break stood among the digits (185 6 | 01, 185 | 601)?"""
    start = _group_start(text, space)
    if text[start - 1 : start] in (".", ","):
        return False
    end = space
    while end < len(text) and (text[end].isdigit() or text[end] in " \n") and end - space < 24:
        end += 1
    piece = text[start:end]
    if piece.count("\n") > 1:
        return False
    return _THOUSANDS_SPACE.match(piece.replace("\n", "")) is not None
