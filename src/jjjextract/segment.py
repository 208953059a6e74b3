"""Sentences of the cleaned text, and jieba tokens with the project's user dictionary."""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SENTENCE_BREAKS = "。！？!?；;\n"
CLOSERS = "”’\"』」)）"
_LOCK = threading.Lock()


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
    i = 0
    n = len(clean)
    while i < n:
        if clean[i] in SENTENCE_BREAKS:
            j = i + 1
            while j < n and clean[j] in CLOSERS:
                j += 1
            if clean[start:j].strip():
                sentences.append(Sentence(len(sentences) + 1, start, j))
            start = j
            i = j
            continue
        i += 1
    if clean[start:].strip():
        sentences.append(Sentence(len(sentences) + 1, start, n))
    return sentences


def sentence_index(sentences: list[Sentence], pos: int) -> Sentence | None:
    """The sentence holding cleaned-text position `pos`."""
    starts = [s.start for s in sentences]
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return None
    return sentences[k]


@lru_cache(maxsize=4)
def tokenizer(userdict: str | None):
    """A jieba Tokenizer with the user dictionary loaded (built once per process and dictionary)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    with _LOCK:
        tk.initialize()
        if userdict:
            tk.load_userdict(userdict)
    return tk


def tokens(text: str, userdict: Path | None) -> list[tuple[str, int, int]]:
    """(word, start, end) tokens of `text`, jieba's default mode with HMM for unknown words."""
    tk = tokenizer(str(userdict) if userdict else None)
    out = []
    pos = 0
    for word in tk.cut(text, HMM=True):
        out.append((word, pos, pos + len(word)))
        pos += len(word)
    return out


@lru_cache(maxsize=1)
def word_tags() -> dict:
    """jieba's dictionary part-of-speech tags (word -> tag), looked up without running the tagger."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab
