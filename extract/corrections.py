"""Corrections that stick: an analyst's fixes, keyed by document content hash and offsets,
applied to a document's mentions on every run before its facts are built.

A corrections file is a UTF-8 CSV, one change a line:

    content_hash,start,end,text,action,field,value,note
    3f2a9c0e1b7d4a55,120,127,41256人,set,region,交城县,the article is about 交城
    3f2a9c0e1b7d4a55,300,305,约5万元,drop,,,a price
    3f2a9c0e1b7d4a55,410,416,2.97万名,add,value,29700,
    3f2a9c0e1b7d4a55,410,416,2.97万名,add,unit,人,

- `set` gives one field of the mention at exactly start..end a new value (empty = not known);
- `drop` removes that mention;
- `add` is a figure the rules missed: one line per field, `value` and `unit` required; the
  other fields are not known unless given.
A line with an empty action changes nothing (the template lists every mention that way), and
columns other than these (doc, sentence, current …) are there for the reader. Giving `region`
alone fills `region_code` from the gazetteer, and the other way round.

Offsets are stable because the key is the content hash (`documents.content_hash`; a file
written when `doc_id` was the content hash may name it `doc_id`): the same bytes give the same
text, wherever the file lies and whatever it is called.
A line for a document in the run must still fit it (a set or drop needs a mention at exactly
start..end, an add needs raw[start:end] == text and no mention overlapping); if it does not,
the run stops naming the line, as with a bad manifest, since a silently unapplied fix is a
wrong number published. Lines for documents not in the run are skipped: one file can serve
several runs over different folders.
"""
from __future__ import annotations

import csv
import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import CorrectionsError, DecodeError
from extract.facts import document_facts, fact_key
from extract.gazetteer import Gazetteer
from extract.normalise import normalise
from extract.reading import decode
from extract.records import DocResult, Mention
from extract.segment import sentences
from schemas import tables as declared

ACTIONS = ("set", "drop", "add")
FIELDS = ("value", "unit", "qualifier", "change", "per", "region", "region_code", "locality",
          "period_kind", "period_start", "period_end", "domain", "program", "metric", "population")
COLUMNS = ("content_hash", "start", "end", "text", "action", "field", "value", "note")
REQUIRED_COLUMNS = ("start", "end", "action", "field", "value")
KEY_COLUMNS = ("content_hash", "doc_id")  # doc_id: files written when it was the content hash
ADDED_RULE = "correction"  # the `rule` of a figure added by hand
_NEVER_EMPTY = ("value", "unit", "qualifier")
_UPPER = ("province", "prefecture", "county")


@dataclass(frozen=True)
class Line:
    where: str  # file:line, for messages
    doc_id: str
    start: int
    end: int
    text: str
    action: str
    field: str
    value: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc_id, self.start, self.end)


@dataclass
class Corrections:
    """The lines of one corrections file, by document; empty when no file is given."""

    by_doc: dict[str, list[Line]] = field(default_factory=dict)
    # fact keys of the mentions set, added or dropped so far (apply runs in the parent process)
    _touched: set = field(default_factory=set)

    def __len__(self) -> int:
        return len({ln.where for v in self.by_doc.values() for ln in v})

    def apply(self, result: DocResult) -> DocResult:
        """The document's rows with its corrections applied and its facts rebuilt from them."""
        doc = result.document
        lines = self.by_doc.get(doc.get("content_hash") or "", [])
        # from here on a line names the document as its mentions do
        lines = [dataclasses.replace(ln, doc_id=doc["doc_id"]) for ln in lines]
        if not lines or doc["status"] != "ok":
            doc["n_corrected"] = 0
            return result
        mentions = _apply(result, lines, self._touched)
        facts = document_facts(mentions)
        touched = {line.key for line in lines if line.action != "drop"}
        self._touched |= {fact_key(m) for m in facts if (m.doc_id, m.start, m.end) in touched}
        doc["n_mentions"] = len(mentions)
        doc["n_corrected"] = len({ln.where for ln in lines})  # a filled-in region_code is no line of its own
        return DocResult(doc, mentions, facts, _sentences(result, mentions))

    def corrected(self, key: tuple) -> bool:
        """Whether a supporting mention of the fact with this key was set, added or dropped
        (asked once every document has been applied)."""
        return key in self._touched

    def mark_facts(self, rows: list[dict], candidates: list[Mention]) -> list[dict]:
        """Set each fact row's `corrected`: a supporting mention was set, added or dropped."""
        key_of = {(m.doc_id, m.start): fact_key(m) for m in candidates} if self._touched else {}
        for r in rows:
            r["corrected"] = key_of.get((r["doc_id"], r["start"])) in self._touched
        return rows


def load_corrections(path: Path | None) -> Corrections:
    """Read and check a corrections file; None gives no corrections."""
    if path is None:
        return Corrections()
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            names = reader.fieldnames or []
            missing = [c for c in REQUIRED_COLUMNS if c not in names]
            if not any(k in names for k in KEY_COLUMNS):
                missing.insert(0, "content_hash")
            if missing:
                raise CorrectionsError(f"{path}: no column {', '.join(missing)}; expected columns "
                                       f"{','.join(COLUMNS)} (write a template with minsheng review "
                                       "OUT --corrections-template FILE)")
            lines = [_line(f"{path}:{n}", rec) for n, rec in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CorrectionsError(f"{path}: cannot read the corrections ({exc}); it must be a UTF-8 "
                               f"CSV with columns {','.join(COLUMNS)}") from exc
    lines = [ln for ln in lines if ln is not None]
    _check_together(lines)
    by_doc: dict[str, list[Line]] = defaultdict(list)
    for ln in _fill_regions(lines):
        by_doc[ln.doc_id].append(ln)
    return Corrections(dict(by_doc))


def _line(where: str, rec: dict) -> Line | None:
    get = lambda k: (rec.get(k) or "").strip()  # noqa: E731
    action = get("action").lower()
    if not action:
        return None
    if action not in ACTIONS:
        raise CorrectionsError(f"{where}: action {action!r} is not one of {', '.join(ACTIONS)} (or empty)")
    try:
        start, end = int(get("start")), int(get("end"))
    except ValueError:
        raise CorrectionsError(f"{where}: start and end must be whole numbers "
                               f"(got {get('start')!r}, {get('end')!r})") from None
    key = get("content_hash") or get("doc_id")
    if not key or not 0 <= start < end:
        raise CorrectionsError(f"{where}: needs a content_hash and offsets 0 <= start < end")
    ln = Line(where, key, start, end, rec.get("text") or "", action, get("field"), get("value"))
    if action != "drop":
        _check_value(ln)
    return ln


def _check_value(ln: Line) -> None:
    if ln.field not in FIELDS:
        raise CorrectionsError(f"{ln.where}: field {ln.field!r} cannot be corrected; one of {', '.join(FIELDS)}")
    if ln.field in _NEVER_EMPTY and not ln.value:
        raise CorrectionsError(f"{ln.where}: {ln.field} cannot be empty")
    if ln.field == "value":
        try:
            float(ln.value)
        except ValueError:
            raise CorrectionsError(f"{ln.where}: value {ln.value!r} is not a number (base units: "
                                   "yuan, persons, percent)") from None
        return
    col = declared.column("mentions", ln.field)
    if ln.value and col.isin and ln.value not in col.isin:
        raise CorrectionsError(f"{ln.where}: {ln.field} {ln.value!r} is not one of "
                               f"{', '.join(v for v in col.isin if v)}")
    if col.pattern:
        if not re.match(col.pattern, ln.value):
            raise CorrectionsError(f"{ln.where}: {ln.field} {ln.value!r} does not have the form {col.pattern}")


def _check_together(lines: list[Line]) -> None:
    """One action per figure, one value per field, and an added figure has its value and unit."""
    actions, fields_seen = {}, {}
    for ln in lines:
        other = actions.setdefault(ln.key, ln)
        if other.action != ln.action:
            raise CorrectionsError(f"{ln.where}: {ln.action} and {other.action} ({other.where}) on the "
                                   "same figure; keep one")
        if ln.action != "drop":
            prev = fields_seen.setdefault(ln.key + (ln.field,), ln)
            if prev is not ln:
                raise CorrectionsError(f"{ln.where}: {ln.field} given twice for this figure (also {prev.where})")
    for key, first in actions.items():
        if first.action == "add":
            given = {f for (k0, k1, k2, f) in fields_seen if (k0, k1, k2) == key}
            lacking = [f for f in ("value", "unit") if f not in given]
            if lacking:
                raise CorrectionsError(f"{first.where}: an added figure needs {' and '.join(lacking)}")


def _fill_regions(lines: list[Line]) -> list[Line]:
    """A region given without its code gets the code from the gazetteer, and the other way round."""
    given = defaultdict(dict)
    for ln in lines:
        if ln.field in ("region", "region_code"):
            given[(ln.key, ln.action)][ln.field] = ln
    extra = []
    for (key, action), got in sorted(given.items()):
        if len(got) == 2:
            continue
        ln = next(iter(got.values()))
        if ln.field == "region":
            extra.append(dataclasses.replace(ln, field="region_code", value=_code_of(ln)))
        else:
            place = Gazetteer.load().by_code(ln.value) if ln.value else None
            if ln.value and place is None:
                raise CorrectionsError(f"{ln.where}: region_code {ln.value} is not in the gazetteer")
            extra.append(dataclasses.replace(ln, field="region", value=place.name if place else ""))
    return lines + extra


def _code_of(ln: Line) -> str:
    if not ln.value or ln.value == "中国":
        return ""
    codes = sorted({p.current_code or p.code for p in Gazetteer.load().lookup(ln.value) if p.level in _UPPER})
    if len(codes) != 1:
        raise CorrectionsError(f"{ln.where}: region {ln.value!r} is "
                               f"{'not in the gazetteer' if not codes else 'ambiguous (' + ', '.join(codes) + ')'}"
                               "; give region_code on a line of its own too")
    return codes[0]


def _apply(result: DocResult, lines: list[Line], touched: set) -> list[Mention]:
    doc = result.document
    at = {(m.start, m.end): m for m in result.mentions}
    dropped, changes, added = set(), defaultdict(dict), defaultdict(dict)
    for ln in lines:
        if ln.action == "add":
            added[(ln.start, ln.end)][ln.field] = ln
            continue
        m = at.get((ln.start, ln.end))
        if m is None or (ln.text and ln.text != m.text):
            near = [f"{s}..{e} {x.text!r}" for (s, e), x in at.items() if s < ln.end and ln.start < e]
            raise CorrectionsError(
                f"{ln.where}: {doc['doc']} has no mention {ln.text!r} at {ln.start}..{ln.end}"
                f"{' (overlapping: ' + ', '.join(near) + ')' if near else ''}; the rules may have changed "
                "the span: update the line's offsets or remove it")
        if ln.action == "drop":
            dropped.add((ln.start, ln.end))
            if m.period_kind:
                touched.add(fact_key(m))
        else:
            changes[(ln.start, ln.end)][ln.field] = _typed(ln)
    out = [dataclasses.replace(m, **changes[k]) if k in changes else m
           for k, m in at.items() if k not in dropped]
    if added:
        out += _added(doc, added, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _sentences(result: DocResult, mentions: list[Mention]) -> list[dict]:
    """The document's sentences that still hold a mention, with those of added figures."""
    have = {(r["sentence_start"], r["sentence_end"]): r for r in result.sentences}
    wanted = sorted({(m.sentence_start, m.sentence_end) for m in mentions})
    missing = [span for span in wanted if span not in have]
    if missing:
        raw = decode(Path(result.document["path"]).read_bytes(), where=result.document["path"]).text
        for s, e in missing:
            have[(s, e)] = {"doc": result.document["doc"], "doc_id": result.document["doc_id"],
                            "sentence_start": s, "sentence_end": e, "sentence": raw[s:e]}
    return [have[span] for span in wanted]


def _typed(ln: Line):
    return float(ln.value) if ln.field == "value" else ln.value


def _added(doc: dict, added: dict, kept: list[Mention]) -> list[Mention]:
    """Mentions for the figures added by hand; their text and sentence come from the file itself."""
    try:
        decoded = decode(Path(doc["path"]).read_bytes(), where=doc["path"])
    except (OSError, DecodeError) as exc:
        raise CorrectionsError(f"{doc['path']}: cannot read it again to add corrected figures ({exc})") from exc
    if decoded.content_hash != doc["content_hash"]:
        raise CorrectionsError(f"{doc['path']}: changed during the run; run again")
    raw = decoded.text
    norm = normalise(raw)
    spans = sentences(norm, 0, len(norm))
    out = []
    for (start, end), given in sorted(added.items()):
        first = min(given.values(), key=lambda ln: ln.where)
        if end > len(raw) or any(ln.text and ln.text != raw[start:end] for ln in given.values()):
            raise CorrectionsError(f"{first.where}: {doc['doc']} has {raw[start:end]!r} at {start}..{end}, "
                                   f"not {first.text!r}; fix the offsets")
        clash = [m for m in kept if m.start < end and start < m.end]
        if clash:
            raise CorrectionsError(f"{first.where}: the added figure overlaps the mention {clash[0].text!r} "
                                   f"at {clash[0].start}..{clash[0].end}; drop or correct that one instead")
        s_start, s_end = next(((s, e) for s, e in spans if s <= start < e), (start, end))
        values = {f: _typed(ln) for f, ln in given.items()}
        values.update(doc=doc["doc"], doc_id=doc["doc_id"], start=start, end=end, text=raw[start:end],
                      rule=ADDED_RULE, sentence_start=s_start, sentence_end=max(s_end, end),
                      mention_id=f"{doc['doc_id']}:{start}")
        out.append(_new_mention(values))
    return out


def _new_mention(values: dict) -> Mention:
    """A Mention with the given fields and every other one 'not known' (read from the dataclass,
    so a field added to Mention later needs no change here)."""
    blank = {"str": "", "int": 0, "float": 0.0, "bool": False}
    values = {"qualifier": "exact", **values}
    kwargs = {}
    for f in dataclasses.fields(Mention):
        if f.name in values:
            kwargs[f.name] = values[f.name]
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            kwargs[f.name] = blank.get(str(f.type), "")
    return Mention(**kwargs)
