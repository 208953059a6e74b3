"""Sentences of the cleaned text, and jieba tokens with the project's user dictionary."""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SENTENCE_BREAKS = "。！？!?；;\n»›"  # (» and › part the crumbs of a page's path: 首页 » 新闻 » 正文)
CLOSERS = "”’\"』」)）"
_LOCK = threading.Lock()
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_BREAKS)}][{re.escape(CLOSERS)}]*")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a [start, end) span of the cleaned text."""

    no: int
    start: int
    end: int


def split_sentences(clean: str) -> list[Sentence]:
    """Split after 。！？；, line breaks and a closing quote that follows them; empty pieces are skipped."""
    sentences = []
    start = 0
    for m in _SENTENCE_END.finditer(clean):
        end = m.end()
        if not clean[start:end].isspace():
            sentences.append(Sentence(len(sentences) + 1, start, end))
        start = end
    if clean[start:].strip():
        sentences.append(Sentence(len(sentences) + 1, start, len(clean)))
    return sentences


def sentence_index(sentences: list[Sentence], pos: int, starts: list[int] | None = None) -> Sentence | None:
    """The sentence holding cleaned-text position `pos` (`starts`: the sentences' starts, if at hand)."""
    if starts is None:
        starts = [s.start for s in sentences]
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return None
    return sentences[k]


BACKENDS = ("auto", "jieba", "rjieba")


def resolve_backend(backend: str) -> str:
    """`auto` is rjieba (jieba-rs, same tokens, much faster) where it is installed, else jieba."""
    if backend != "auto":
        return backend
    import importlib.util

    return "rjieba" if importlib.util.find_spec("rjieba") is not None else "jieba"  # found, not imported
# jieba cuts a run of these characters into letters/digits (with a decimal part and %) and single signs
_ASCII_RUN = re.compile(r"[a-zA-Z0-9+#&._%\-]+")
_ASCII_PIECES = re.compile(r"[a-zA-Z0-9]+(?:\.\d+)?%?|[^a-zA-Z0-9]+")


@lru_cache(maxsize=4)
def tokenizer(userdict: str | None):
    """A jieba Tokenizer with the user dictionary loaded (built once per process and dictionary)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    with _LOCK:
        _load_prefix_dict(tk)
        tk.initialize()  # (builds and caches the prefix dictionary when there was no cache to load)
        if userdict:
            tk.load_userdict(userdict)
    return tk


def _load_prefix_dict(tk) -> None:
    """Load jieba's cached prefix dictionary of its default dictionary into `tk`, as `initialize` does but
    reading the file whole (jieba's `marshal.load` on the open file reads it piecemeal, three times slower)."""
    import marshal
    import tempfile

    import jieba

    if tk.initialized or tk.dictionary != jieba.DEFAULT_DICT:
        return
    cache = Path(tk.tmp_dir or tempfile.gettempdir()) / (tk.cache_file or "jieba.cache")
    try:
        tk.FREQ, tk.total = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return
    tk.initialized = True


@lru_cache(maxsize=4)
def fast_tokenizer(userdict: str | None):
    """An rjieba (jieba-rs) Jieba with the same user dictionary. The first one is rjieba's own module-level
    instance (built when rjieba is imported; building a second costs as much again)."""
    import rjieba

    with _LOCK:
        first = not _FAST_USED
        _FAST_USED.append(userdict)
    jb = rjieba if first else rjieba.Jieba()
    for word, freq, tag in userdict_entries(userdict):
        jb.add_word(word, freq, tag)
    return jb


@lru_cache(maxsize=4)
def userdict_entries(userdict: str | None) -> tuple[tuple[str, int | None, str | None], ...]:
    """(word, frequency, tag) of each line of a jieba user dictionary (`word [freq] [tag]`), read once."""
    if not userdict:
        return ()
    entries = []
    for line in Path(userdict).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            rest = parts[2:] if freq is not None else parts[1:]  # `word tag` has no frequency
            entries.append((parts[0], freq, rest[0] if rest else None))
    return tuple(entries)


_FAST_USED: list = []


def cut(text: str, userdict: Path | None, backend: str = "jieba") -> list[str]:
    """Words of `text` (jieba's default mode, HMM on). Both backends give jieba's tokens."""
    backend = resolve_backend(backend)
    if backend == "rjieba":
        words = fast_tokenizer(str(userdict) if userdict else None).cut(text, True)
        return _recut_ascii_slow(words) if _SEP in text else _recut_ascii(words)
    if backend != "jieba":
        raise ValueError(f"unknown tokenizer {backend!r}; choose from {BACKENDS}")
    return tokenizer(str(userdict) if userdict else None).lcut(text, HMM=True)


_SEP = "\x00"  # joins words; the cleaned text never holds it (NUL marks a binary file)
# a run of whole words of those characters, each word after a _SEP
_ASCII_WORD_RUN = re.compile(r"\x00([a-zA-Z0-9+#&._%\-]+(?:\x00[a-zA-Z0-9+#&._%\-]+)*)(?=\x00|\Z)")


def _recut_ascii(words: list[str]) -> list[str]:
    """jieba-rs cuts runs of letters, digits and signs its own way: join each run of such words and cut it
    again as jieba does ("T恤" and other words that only begin with a letter stay whole). The words must not
    hold _SEP."""
    joined = _SEP + _SEP.join(words)
    out: list[str] = []
    done = 0  # words[:done] are in out
    first = 0  # index of the word after joined[at]
    at = 0
    for m in _ASCII_WORD_RUN.finditer(joined):
        first += joined.count(_SEP, at, m.start())
        at = m.start()
        run = m[1]
        last = first + run.count(_SEP) + 1
        pieces = _ASCII_PIECES.findall(run.replace(_SEP, ""))
        if pieces != words[first:last]:
            out += words[done:first]
            out += pieces
            done = last
    if not done:
        return words
    out += words[done:]
    return out


def _recut_ascii_slow(words: list[str]) -> list[str]:
    """The same, word by word (for a text that holds _SEP)."""
    out: list[str] = []
    run: list[str] = []
    for w in words:
        if w and _ASCII_RUN.fullmatch(w):
            run.append(w)
            continue
        if run:
            out.extend(_ASCII_PIECES.findall("".join(run)))
            run = []
        out.append(w)
    if run:
        out.extend(_ASCII_PIECES.findall("".join(run)))
    return out


class Tokens:
    """The words of a text with their [start, end) offsets, cut once; slices by character range."""

    def __init__(self, words: list[str]):
        self.words = words
        edges = list(itertools.accumulate(map(len, words), initial=0))
        self.starts = edges[:-1]
        self.ends = edges[1:]

    def within(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Tokens overlapping [start, end), a token cut by an edge keeping its inner part."""
        if start >= end:
            return []
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        j = bisect.bisect_left(self.starts, end, i)
        out = list(zip(self.words[i:j], self.starts[i:j], self.ends[i:j], strict=True))
        if out and out[0][2] <= start:
            del out[0]
        if out and out[0][1] < start:
            w, s, e = out[0]
            out[0] = (w[start - s : min(e, end) - s], start, min(e, end))
        if out and out[-1][2] > end:
            w, s, e = out[-1]
            out[-1] = (w[: end - s], s, end)
        return out


def article_tokens(clean: str, userdict: Path | None, backend: str = "jieba") -> Tokens:
    """The tokens of a whole cleaned text from one tokenizer call (sentences end at signs jieba always
    cuts at, so slicing them by sentence gives the same tokens as cutting each sentence)."""
    return Tokens(cut(clean, userdict, backend))


class WordTags(dict):
    """word -> jieba's dictionary tag (None for words not in it). Index it (`tags[word]`): a word is looked up
    the first time and kept, so repeats cost a dict hit. The dictionary is kept as one sorted block of words
    per first character, split into a list only when a word with that character is first looked up, so
    loading costs almost nothing."""

    def __init__(self, blocks: dict[str, tuple[str, bytes]], names: list[str], key: str = ""):
        super().__init__()
        self._blocks, self._names = blocks, names
        self._split: dict[str, list[str]] = {}
        self.key = key  # names the dictionary file the tags come from (for caches built on them)

    def __missing__(self, word: str) -> str | None:
        tag = None
        block = self._blocks.get(word[:1])
        if block is not None:
            words = self._split.get(word[0])
            if words is None:
                words = self._split[word[0]] = block[0].split("\n")
            i = bisect.bisect_left(words, word)
            if i < len(words) and words[i] == word:
                tag = self._names[block[1][i]]
        self[word] = tag
        return tag


@lru_cache(maxsize=1)
def word_tags() -> WordTags:
    """jieba's dictionary part-of-speech tags (the table jieba.posseg reads), looked up without running the
    tagger; read from jieba's dict.txt once and cached (marshal) in the temp folder, as jieba caches its own
    prefix dictionary."""
    import importlib.util
    import marshal
    import tempfile

    spec = importlib.util.find_spec("jieba")
    dict_path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    st = dict_path.stat()
    key = f"{st.st_size}-{st.st_mtime_ns}"
    cache = Path(tempfile.gettempdir()) / f"jjjextract-tags3-{key}.marshal"
    try:
        blocks, names = marshal.loads(cache.read_bytes())
        return WordTags(blocks, names, key)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags = {}
    with dict_path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    names = sorted(set(tags.values()))
    index = {name: i for i, name in enumerate(names)}
    by_first: dict[str, list[str]] = {}
    for word in sorted(tags):
        by_first.setdefault(word[0], []).append(word)
    blocks = {first: ("\n".join(words), bytes(index[tags[w]] for w in words)) for first, words in by_first.items()}
    save_cache(cache, (blocks, names))
    return WordTags(blocks, names, key)


def save_cache(path: Path, data) -> bool:
    """Write `data` (marshal) to a cache file in one step (a temp file replaced over it); False when it cannot
    be written, which loses nothing but the time the next run saves."""
    import marshal
    import os
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jjjextract-")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError:
        return False
    return True


@lru_cache(maxsize=4)
def user_word_tags(userdict: str | None, overrides: tuple[tuple[str, str], ...] = ()) -> WordTags:
    """`word_tags` with the user dictionary's own tags (地区生产总值 n, 雄安新区 ns) over jieba's, then the
    `overrides` (word, tag) over both; a user word without a tag keeps jieba's tag, if any."""
    base = word_tags()
    tags = WordTags(base._blocks, base._names, base.key)
    tags._split = base._split  # the dictionary blocks split so far serve every table
    tags.update((word, tag) for word, _, tag in userdict_entries(userdict) if tag)
    tags.update(overrides)
    return tags
