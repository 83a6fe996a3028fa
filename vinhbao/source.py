"""Raw bytes or text -> the normalised text every offset refers to."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import ReportFormatError

_SPACES = re.compile("[\u00a0\u2007\u202f]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060]")
_TRAILING_SPACES = re.compile(r"[ ]+$", re.MULTILINE)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) bytes -> str; anything else is refused with its line."""
    if not data.strip():
        raise ReportFormatError("the file is empty", line=1, expected="the report's text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        raise ReportFormatError(
            "the file is binary or UTF-16 (it holds NUL bytes)",
            line=data[: data.find(b"\x00") + 1].count(b"\n") + 1 if b"\x00" in data else 1,
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
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = _TRAILING_SPACES.sub("", text)
    if not text.strip():
        raise ReportFormatError("the text is empty", line=1, expected="the report's text")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ReportFormatError("the text holds NUL characters", line=line, expected="plain text")
    return text


def read_source(source: str | Path | bytes) -> str:
    """A path, raw bytes or the report's text itself -> normalised text."""
    if isinstance(source, bytes):
        return normalise(decode(source))
    if isinstance(source, Path) or ("\n" not in source and len(source) < 4096):
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"no report file at {path}")
        return normalise(decode(path.read_bytes()))
    return normalise(source)
