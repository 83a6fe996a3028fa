"""Folding Vietnamese text for matching, one character for one character (offsets carry over).

`fold` lower-cases, writes the vowel y as i ('kỳ' -> 'kì', 'tỷ' -> 'tỉ') and puts a tone mark
of oa, oe, uy on the first vowel ('hoà' -> 'hòa', 'thuỷ' -> 'thủi'), so that spelling variants of
one word fold alike. `fold_loose` also drops the tone marks (not the letters ă â ê ô ơ ư đ):
'Thắng Thủy' and 'Thăng Thuỷ' fold alike. Both keep the length of the text, so a match in the
folded text is a match at the same offsets of the original. The folding is a table lookup over
the text's code points (numpy), quick enough to fold a whole report.

>>> fold("Tỷ lệ HOÀ")
'tỉ lệ hòa'
>>> fold_loose("Thuỷ sản")
'thui san'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

_TONES = "\u0300\u0301\u0309\u0303\u0323"
_SIZE = 0x1F00  # Latin, Latin extended and Vietnamese letters lie below


def _char(c: str) -> tuple[str, str]:
    """One character folded, and folded loose; the character lower-cased where folding would
    change its length."""
    low = c.lower()
    if len(low) != 1:
        return c, c
    decomposed = unicodedata.normalize("NFD", low)
    base, marks = decomposed[0], decomposed[1:]
    if base == "y":
        base = "i"
    exact = unicodedata.normalize("NFC", base + marks)
    loose = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONES))
    return (exact if len(exact) == 1 else low), (loose if len(loose) == 1 else low)


def _maps() -> tuple[dict[int, int], dict[int, int]]:
    """code -> folded code, for `fold` and `fold_loose`, of the characters folding changes
    (below _SIZE: cased, decomposable, or y)."""
    exact, loose = {}, {}
    for c in map(chr, range(_SIZE)):
        if c == "y" or c.lower() != c or unicodedata.decomposition(c):
            e, lo = _char(c)
            if e != c:
                exact[ord(c)] = ord(e)
            if lo != c:
                loose[ord(c)] = ord(lo)
    return exact, loose


def _table(mapping: dict[int, int]) -> np.ndarray:
    """A mapping as a lookup table over the codes below _SIZE."""
    table = np.arange(_SIZE, dtype=np.uint32)
    table[list(mapping)] = list(mapping.values())
    return table


_EXACT, _LOOSE = map(_table, _maps())
# The same tables as lists for str.translate: a list maps every code below _SIZE (a dict would
# fail on each unchanged character, which is slow), an index past its end leaves a code as it is.
_EXACT_LIST, _LOOSE_LIST = _EXACT.tolist(), _LOOSE.tolist()


def _toned() -> dict[str, tuple[str, str]]:
    """Each a, e, i with a tone mark -> (its plain vowel, the mark)."""
    return {unicodedata.normalize("NFC", v + m): (v, m) for v in "aei" for m in _TONES}


_TONED = _toned()
# only oa, oe and uy (y written i) move their tone: 'quà', 'lúa' are left as they are
_PAIR = re.compile(
    "o[" + "".join(t for t, (v, _) in _TONED.items() if v != "i") + "]"
    "|u[" + "".join(t for t, (v, _) in _TONED.items() if v == "i") + "]"
)


def _swap(m: re.Match[str]) -> str:
    first, second = m.group()
    plain, mark = _TONED[second]
    return unicodedata.normalize("NFC", first + mark) + plain


def _move_tones(text: str) -> str:
    """'oà', 'oè', 'uỉ' -> 'òa', 'òe', 'ủi'."""
    return _PAIR.sub(_swap, text)


def _lookup(text: str, table: np.ndarray) -> str:
    """The text with each code below _SIZE replaced by its entry in the table (numpy)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    inside = codes < _SIZE
    codes[inside] = table[codes[inside]]
    return codes.tobytes().decode("utf-32-le")


_SMALL = 1024  # shorter texts are folded by str.translate (numpy pays off on long ones)


@lru_cache(maxsize=65536)
def _fold_small(text: str, loose: bool) -> str:
    if loose:
        return text.translate(_LOOSE_LIST)
    return _move_tones(text.translate(_EXACT_LIST))


def fold(text: str) -> str:
    """Lower case, the vowel y as i, tones of oa, oe, uy on the first vowel; same length."""
    if text.isascii():
        return text.lower().replace("y", "i")
    if len(text) < _SMALL:
        return _fold_small(text, False)
    return _move_tones(_lookup(text, _EXACT))


def fold_loose(text: str) -> str:
    """`fold` without tone marks; the same length as `text`."""
    if text.isascii():
        return text.lower().replace("y", "i")
    if len(text) < _SMALL:
        return _fold_small(text, True)
    return _lookup(text, _LOOSE)


_SLASH = r"\s*/\s*"
_SPACES = (r"\s+", _SLASH, _SLASH + r"\s+")  # match white space or a slash, never a letter
WORD_EDGE = r"(?![^\W_])"  # no letter or digit follows


def phrase_atoms(folded: str) -> list[str]:
    """The regex pieces of a folded phrase: each character escaped, `\\s+` between its words and
    white space allowed around a slash (a slash ending a word and the space after it are one).

    >>> print(*phrase_atoms("tấn/ha x"))
    t ấ n \\s*/\\s* h a \\s+ x
    """
    atoms: list[str] = []
    for word in folded.split():
        if atoms and atoms[-1] == _SLASH:
            atoms[-1] += r"\s+"
        elif atoms:
            atoms.append(r"\s+")
        atoms += [c if c.isalnum() else _SLASH if c == "/" else re.escape(c) for c in word]
    return atoms


def _edged(folded: str) -> list[str]:
    """`phrase_atoms` with word edges at both ends ('ha' is not in 'hai')."""
    head = [r"(?<![^\W_])"] if folded[:1].isalnum() else []
    tail = [WORD_EDGE] if folded[-1:].isalnum() else []
    return [*head, *phrase_atoms(folded), *tail]


def phrase_pattern(phrase: str, loose: bool = False) -> str:
    """Regex for a phrase of a rules table as it stands in folded text: the phrase folded, any
    run of white space between its words, and word edges at both ends ('ha' is not in 'hai').

    >>> import re
    >>> bool(re.search(phrase_pattern("so với cùng kỳ"), fold("so  với cùng kì năm trước")))
    True
    """
    return "".join(_edged(fold_loose(phrase) if loose else fold(phrase)))


def trie(branches: Iterable[Sequence[str]]) -> str:
    """One regex for branches of regex pieces (`phrase_atoms`, word edges), given in the order
    they are to be tried, which matches as their plain alternation does, with the beginnings
    that branches share written once where the order allows it, and a word edge ending every
    branch of a part written once after it ('(?:a|b)E' tries what 'aE|bE' tries, in order): it
    compiles much faster.

    >>> trie([["a", "b", "c"], ["x"], ["a", "b"]])
    'ab(?:c|)|x'
    >>> trie([["a", "b", WORD_EDGE], ["a", WORD_EDGE], ["c", "."]]) == rf"a(?:b|){WORD_EDGE}|c."
    True
    """
    root: list = []
    for atoms in branches:
        node = root
        for atom in (*atoms, ""):  # "": the branch ends here
            node = _child(node, atom)
    full, bare = _alternatives(root)
    return "|".join(full) if bare is None else _group(bare) + WORD_EDGE


def _child(node: list, atom: str) -> list:
    """The node after `atom` in a trie node (a list of pieces and their nodes): the one an
    earlier branch made when the pieces tried after it exclude `atom`, else a new one."""
    for piece, child in reversed(node):
        if piece == atom:
            return child
        if not _excludes(piece, atom):
            break
    node.append((atom, child := []))
    return child


def _alternatives(node: list) -> tuple[list[str], list[str] | None]:
    """The regexes of a trie node's alternatives, and the same without the word edge ending
    each (None when one ends otherwise)."""
    full: list[str] = []
    bare: list[str] = []
    edged = True
    for atom, child in node:
        if not atom:  # a branch ends here, with no word edge
            full.append(atom)
            edged = False
        elif atom == WORD_EDGE and child == [("", [])]:
            full.append(atom)
            bare.append("")
        else:
            below, below_bare = _alternatives(child)
            if below_bare is None:
                full.append(atom + _group(below))
                edged = False
            else:
                full.append(atom + _group(below_bare) + WORD_EDGE)
                bare.append(atom + _group(below_bare))
    return full, bare if edged and bare else None


def _group(alts: list[str]) -> str:
    return "" if not alts else alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


def _excludes(a: str, b: str) -> bool:
    """Whether no text matches two regex pieces of phrases at one place: two characters, a
    character and a space, a letter or digit and a word edge."""
    ca, cb = _literal(a), _literal(b)
    if ca and cb:
        return ca != cb
    c, other = (ca, b) if ca else (cb, a)
    return bool(c) and (other in _SPACES or (other == WORD_EDGE and c.isalnum()))


def _literal(atom: str) -> str:
    """The character a regex piece stands for ('a', '\\.'), or '' when it is not one character."""
    if len(atom) == 1 or (len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum()):
        return atom[-1]
    return ""


def alternation(phrases, loose: bool = False) -> str:
    """One regex alternative per phrase (`phrase_pattern`), longest first (so the longest phrase
    wins), written as a `trie`."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return trie(_edged(fold_loose(p) if loose else fold(p)) for p in ordered)


def alternation_backward(phrases, edge: bool = True) -> str:
    """`alternation` for text read backwards: the phrases folded and reversed, the longest first,
    with (`edge`) a word edge after each that begins with a letter or digit (in the text, before
    it).

    >>> re.match(alternation_backward(["tăng", "tăng thêm"]), "sản tăng thêm"[::-1]).group()
    'mêht gnăt'
    """
    ordered = sorted({fold(p) for p in phrases}, key=lambda p: (-len(p), p))
    tail = [WORD_EDGE] if edge else []
    return trie([*phrase_atoms(p[::-1]), *(tail if p[:1].isalnum() else [])] for p in ordered)


_PATTERN_WORD = re.compile(r"(?<![\\<?])[^\W\d_]+")


def fold_pattern(pattern: str) -> str:
    """A regex of a rules table written in plain Vietnamese, with its words folded, so that it
    matches folded text ('kỳ họp' -> 'kì họp'). Letters after a backslash (escapes) or '<'
    (group names) are left alone; write the words in lower case.

    >>> fold_pattern(r"kỳ\\s+họp\\s+thứ\\s+\\d+")
    'kì\\\\s+họp\\\\s+thứ\\\\s+\\\\d+'
    """
    return _PATTERN_WORD.sub(lambda m: fold(m.group()), pattern)


def ascii_fold(text: str) -> str:
    """The text without its diacritics, đ as d: 'Tân Phú' -> 'Tan Phu'.

    >>> ascii_fold("Đông Lâm")
    'Dong Lam'
    """
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if not unicodedata.combining(c))
