"""Bytes → text: BOM, then strict UTF-8, then UTF-16 without a BOM, then UTF-8 with a few bad
bytes replaced, then charset-normalizer limited to GB18030 / UTF-16.

The decoded string is the raw text every offset refers to; nothing (not even line endings)
is changed here. What the reader had to guess or repair is said in `Decoded.note`.
"""
from __future__ import annotations

import codecs
import hashlib

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
# A page is "UTF-8 with a few bad bytes" when at most 16 sequences, or 1 in 100 bytes, are bad and at least ten
# well-formed non-ASCII characters stand for each bad one (GB18030 read as UTF-8 has almost
# none, so it is never mistaken for damaged UTF-8).
FEW_BAD = 16
BAD_BYTES_SHARE = 0.01
GOOD_PER_BAD = 10


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def doc_identity(doc: str, content_hash: str = "") -> str:
    """A document's id: one per file path within its input folder (two copies of a file are two
    documents), the same however the folder is named on the command line, so corrections and
    reviews keep pointing at it; a new one when the file's content changes."""
    return hashlib.sha256(f"{doc}\n{content_hash}".encode("utf-8", "surrogateescape")).hexdigest()[:16]


def decode(data: bytes, where: str = "<bytes>") -> Decoded:
    digest = content_id(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, digest)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{where}: starts with a {encoding} byte-order mark but does "
                                  f"not decode as {encoding} ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" not in data:  # NULs in "UTF-8" mean UTF-16 without a BOM
        try:
            return Decoded(data.decode("utf-8"), "utf-8", digest)
        except UnicodeDecodeError:
            pass
    else:
        found = _utf16_without_bom(data, digest)
        if found is not None:
            return found
    damaged = _mostly_utf8(data, digest)
    if damaged is not None:
        return damaged
    from charset_normalizer import from_bytes  # only for files that are not UTF-8: most runs never need it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None:
        encoding = "gb18030" if best.encoding.replace("_", "").lower() == "gb18030" else best.encoding
        try:
            return _checked(Decoded(data.decode(encoding), encoding, digest), where)
        except UnicodeDecodeError:
            pass
    raise DecodeError(f"{where}: not UTF-8, GB18030 or UTF-16 text; {_advice(data)}")


def _utf16_without_bom(data: bytes, digest: str) -> Decoded | None:
    """ASCII characters (line ends, digits, spaces) in UTF-16 put a NUL byte after (LE) or
    before (BE) them; Chinese text in any other encoding has no NUL bytes at all."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros and zeros >= 4 * others:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return Decoded(text, encoding, digest, note=f"{encoding} without a byte-order mark (detected)")
    return None


def _mostly_utf8(data: bytes, digest: str) -> Decoded | None:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")  # non-ASCII, not replaced
    if 0 < bad <= max(FEW_BAD, len(data) * BAD_BYTES_SHARE) and good >= GOOD_PER_BAD * bad and "\x00" not in text:
        return Decoded(text, "utf-8", digest,
                       note=f"{bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} read as U+FFFD (\ufffd)")
    return None


def _advice(data: bytes) -> str:
    """What the file seems to be, in words a user can act on."""
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:200_000]).best()
    if guess is None or guess.encoding in ("utf_8", "ascii"):
        controls = sum(1 for b in data[:4096] if b < 9 or 13 < b < 32)
        if controls > len(data[:4096]) // 20:
            return "it looks like binary data, not text (is it really a report?)"
        return ("its encoding could not be recognised; find out what it is (file -i FILE) and "
                "convert it to UTF-8")
    name = guess.encoding.upper().replace("_", "-")
    return (f"it looks like {name}; convert it to UTF-8 (iconv -f {name} -t UTF-8 FILE > NEW.txt) "
            "and run again")


def _checked(d: Decoded, where: str) -> Decoded:
    if "\x00" in d.text:
        raise DecodeError(f"{where}: decodes as {d.encoding} but contains NUL characters, so it is "
                          "binary or UTF-16 without a byte-order mark; save it as UTF-8")
    return d
