"""Bytes → text: BOM, then strict UTF-8, then charset-normalizer limited to GB18030 / UTF-16.

The decoded string is the raw text every offset refers to; nothing (not even
line endings) is changed here.
"""
from __future__ import annotations

import codecs
import hashlib

from charset_normalizer import from_bytes

from extract.errors import DecodeError
from extract.records import Decoded

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CANDIDATES = ["gb18030", "utf_16"]


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def decode(data: bytes, where: str = "<bytes>") -> Decoded:
    doc_id = content_id(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, doc_id)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{where}: starts with a {encoding} byte-order mark but does "
                                  f"not decode as {encoding} ({exc.reason} at byte {exc.start})") from exc
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:  # NULs in "UTF-8" mean UTF-16 without a BOM: ask the detector
            return Decoded(text, "utf-8", doc_id)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None:
        encoding = "gb18030" if best.encoding.replace("_", "").lower() == "gb18030" else best.encoding
        try:
            return _checked(Decoded(data.decode(encoding), encoding, doc_id), where)
        except UnicodeDecodeError:
            pass
    raise DecodeError(f"{where}: not UTF-8, GB18030 or UTF-16 text; convert it to UTF-8 "
                      "(e.g. iconv -f GBK -t UTF-8) and run again")


def _checked(d: Decoded, where: str) -> Decoded:
    if "\x00" in d.text:
        raise DecodeError(f"{where}: decodes as {d.encoding} but contains NUL characters, so it is "
                          "binary or UTF-16 without a byte-order mark; save it as UTF-8")
    return d
