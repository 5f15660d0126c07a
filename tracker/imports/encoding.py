"""Which text encoding a file is in: BOM, then strict UTF-8, then strict GB18030, else ask.

Detectors misread short GBK text (charset-normalizer took 京东白条 for cp949), so the
rule is deliberately simple. A GB18030 reading is only accepted when the non-ASCII text
it gives is Chinese (ideographs, CJK and full-width punctuation): GB18030 maps almost any
byte pair to some character, so a cp1252 "café" would otherwise pass as Chinese.
"""

from __future__ import annotations

import codecs

from tracker.errors import InputError, refuse

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of non-ASCII characters that must be Chinese for a GB18030 reading to count.
_CHINESE_SHARE = 0.9


class EncodingUnknown(InputError):
    """The file's encoding could not be determined; the caller should ask for one."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with.

    Args:
        data: the file's bytes.
        encoding: the user's choice (any Python codec name); None to decide here.

    Returns:
        (text without a BOM, encoding name: "utf-8-sig", "utf-8", "gb18030", or the given).

    Raises:
        EncodingUnknown: no BOM, not UTF-8, not plausibly GB18030 (pass ``encoding``).
        InputError: ``encoding`` is unknown or does not fit the bytes.
    """
    if encoding:
        return _decode_as(data, encoding), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name), "utf-8-sig" if name == "utf-8-sig" else name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_chinese(text):
        return text, "gb18030"
    plain = refuse("cannot tell the file's encoding (not UTF-8, not Chinese GB18030); choose one")
    raise EncodingUnknown(str(plain), template=plain.template, params=plain.params)


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise refuse("unknown encoding {encoding!r}", encoding=encoding) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise refuse(
            "the file is not {encoding}: byte {position} cannot be read",
            encoding=encoding,
            position=exc.start,
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _looks_chinese(text: str) -> bool:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    chinese = sum(1 for ch in wide if _is_chinese(ord(ch)))
    return bool(wide) and chinese >= _CHINESE_SHARE * len(wide)


def _is_chinese(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms (，：￥)
        or code in (0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026)  # ·—‘’“”…
    )
