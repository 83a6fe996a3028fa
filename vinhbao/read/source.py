"""Raw bytes or text -> the normalised text every offset refers to."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import ReportFormatError

# Character -> replacement: non-breaking and narrow spaces become plain spaces, invisible ones go.
_REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys("\u00a0\u2007\u202f", " "),
    **dict.fromkeys("\u200b\u200c\u200d\u2060", ""),
}
_TRAILING_SPACES = re.compile(r"[ ]+$", re.MULTILINE)


# Every format character (Unicode 14 category Cf), by code point.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)


def _replace_characters(text: str) -> str:
    """Apply `_REPLACEMENTS`, then drop every other format character (Unicode category Cf: the
    soft hyphen U+00AD, bidi marks, word joiners) wherever it stands: '1\u00ad4%' is 14%."""
    for char, replacement in _REPLACEMENTS.items():
        if char in text:
            text = text.replace(char, replacement)
    if not text.isascii():
        text = _FORMAT.sub("", text)
    return text


def _strip_trailing_spaces(text: str) -> str:
    """Spaces at the end of a line removed (the regex runs only when there are some)."""
    if " \n" not in text and not text.endswith(" "):
        return text
    return _TRAILING_SPACES.sub("", text)


# Byte-order marks of UTF-16 (a file saved as "Unicode" by Windows tools).
UTF16_BOMS: dict[bytes, str] = {
    b"\xff\xfe": "UTF-16 (little-endian)",
    b"\xfe\xff": "UTF-16 (big-endian)",
}


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) bytes -> str; anything else is refused with its line."""
    if not data.strip():
        raise ReportFormatError("the file is empty", line=1, expected="the report's text")
    for bom, encoding in UTF16_BOMS.items():
        if data.startswith(bom):
            raise ReportFormatError(
                f"the file is {encoding}: it starts with a UTF-16 byte-order mark",
                line=1,
                expected="UTF-8 text",
            )
    nul = data.find(b"\x00", 0, 4096)
    if nul >= 0:
        raise ReportFormatError(
            "the file holds NUL bytes: binary data, or UTF-16 without a byte-order mark",
            line=data[:nul].count(b"\n") + 1,
            expected="UTF-8 text",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReportFormatError(
            f"byte 0x{data[exc.start]:02x} is not UTF-8 (a Windows-1258 or other legacy encoding?)",
            line=line,
            expected="UTF-8 text",
        ) from None


def normalise(text: str) -> str:
    """NFC, no BOM, LF line ends, plain spaces, no trailing spaces: the text offsets refer to."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _strip_trailing_spaces(_replace_characters(text))
    if not text.strip():
        raise ReportFormatError("the text is empty", line=1, expected="the report's text")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ReportFormatError("the text holds NUL characters", line=line, expected="plain text")
    _refuse_markup_and_mojibake(text)
    return text


# Text that is not the report's plain text: HTML or RTF source, or UTF-8 decoded as Latin-1 or
# Windows-1252 ('BÃ\x81O CÃ\x81O', 'tá»·': a lead byte shown as Ã/á/Ä/Æ then a C1 byte).
_MARKUP = re.compile(r"\A\s*(?:<(?:!doctype|html|\?xml|body|head|table|div|p)\b|\{\\rtf)", re.I)
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf]|á[º»]\S|Ä[\x80-\xbf\u2018\u2019]|Æ[\x80-\xbf\u2019°]")
MOJIBAKE_MIN = 3  # pairs before the text is taken for mojibake (one may be a quote after 'á')


def _refuse_markup_and_mojibake(text: str) -> None:
    markup = _MARKUP.match(text)
    if markup:
        raise ReportFormatError(
            f"the text is markup ({markup.group().strip()[:12]!r}…), not the report's text",
            line=1,
            expected="plain text (export the document as .txt, or paste its text)",
        )
    found = list(_MOJIBAKE.finditer(text))
    if len(found) >= MOJIBAKE_MIN:
        bad = found[0]
        line = text[: bad.start()].count("\n") + 1
        raise ReportFormatError(
            f"UTF-8 text decoded in another encoding ({bad.group()!r})",
            line=line,
            expected="the text decoded as UTF-8",
        )


def read_source(source: str | Path | bytes | bytearray | memoryview) -> str:
    """A path, raw bytes or the report's text itself -> normalised text."""
    if isinstance(source, bytes | bytearray | memoryview):
        return normalise(decode(bytes(source)))
    if not isinstance(source, str | Path):
        raise TypeError(f"a report is a path, bytes or text, not {type(source).__name__}")
    if not isinstance(source, Path) and not source.strip():
        return normalise(source)  # empty text, not a path: refused as such
    if isinstance(source, Path) or ("\n" not in source and len(source) < 4096):
        path = Path(source)
        if not path.is_file():
            what = "a folder" if path.is_dir() else "no file"
            raise ReportFormatError(
                f"{what} at {path} (a one-line string is read as a path)",
                expected="the path of the report's text file, its bytes, or its text",
            )
        return normalise(decode(path.read_bytes()))
    return normalise(source)
