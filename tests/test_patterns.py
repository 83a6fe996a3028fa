"""The phrase tables as regexes: written as a trie (quick to compile), they match as the plain
alternation of the phrases, the longest first, does; a change verb with an adverb is one cue."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vinhbao.extract.grammar import read_mentions
from vinhbao.parse.fold import alternation, fold, phrase_pattern
from vinhbao.rules import cues

WORDS = st.text("abđ/%:-", min_size=1, max_size=3)
PHRASES = st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8)


def plain(phrases: list[str]) -> str:
    """The alternation without the trie: one alternative per phrase, the longest first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in ordered)


def spans(pattern: str, text: str) -> list[tuple[int, int] | None]:
    compiled = re.compile(pattern)
    return [(m.span() if (m := compiled.match(text, i)) else None) for i in range(len(text))]


@given(PHRASES, st.lists(WORDS, max_size=12).map(" ".join))
def test_the_trie_matches_as_the_plain_alternation(phrases, text):
    text = " ".join([*phrases, text, *reversed(phrases)])
    assert spans(alternation(phrases), text) == spans(plain(phrases), text)


def test_no_phrase_before_a_figure_ends_with_an_adverb():
    """What lets the change verb and adverb be read first (`grammar._backward`)."""
    phrases = {fold(p) for p in (*cues.CUES, *cues.LINKS, *cues.TARGET_MARKERS)}
    for adverb in map(fold, cues.CUE_ADVERBS):
        assert not [p for p in phrases if p == adverb or p.endswith(f" {adverb}")]


@pytest.mark.parametrize("adverb", cues.CUE_ADVERBS)
def test_a_change_verb_with_an_adverb_is_one_cue(adverb):
    for verb in (c for c, (kind, _) in cues.CUES.items() if kind == "change"):
        mention = read_mentions(f"Doanh thu {verb} {adverb} 5,2%")[0]
        assert (mention.cue, mention.cue_kind) == (fold(f"{verb} {adverb}"), "change")
