"""An output folder as the analyst tools read it: tables by column name, extra columns
tolerated, optional ones missing handled (the evidence sentence from mentions.sentence, else a
sentences table; which mentions support a fact from fact_id, else from the fact's key)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extract.errors import DecodeError, InputError
from extract.reading import decode

# the key columns a mention shares with its fact (the fact's subject is not on mentions)
MEDICAL_KEY = ("region_code", "program", "metric", "change", "population", "per", "period_kind",
               "period_start", "period_end")
OTHER_KEY = ("region_code", "domain", "unit", "change", "per", "period_kind", "period_start", "period_end")


@dataclass
class Output:
    folder: Path
    documents: pd.DataFrame
    mentions: pd.DataFrame
    facts: pd.DataFrame
    sentences: pd.DataFrame | None = None
    _texts: dict = field(default_factory=dict)

    def sentence_of(self, mention: dict) -> str:
        """The sentence a mention stands in, from wherever this folder keeps it."""
        if _known(mention.get("sentence")):
            return mention["sentence"]
        s = self.sentences
        if s is not None and "sentence_start" in mention:
            text_col = "sentence" if "sentence" in s.columns else "text"
            hit = s[(s["doc_id"] == mention["doc_id"]) & (s["sentence_start"] == mention["sentence_start"])]
            if len(hit):
                return str(hit.iloc[0][text_col])
        raw = self.raw_text(mention.get("doc_id"))
        if raw is not None:  # no sentence recorded: the text around the figure
            return raw[max(0, int(mention["start"]) - 40):int(mention["end"]) + 40]
        return str(mention.get("text") or "")

    def raw_text(self, doc_id, roots: tuple[Path, ...] = ()) -> str | None:
        """The source document's text, read again from its path; None when it is not there or
        no longer the same file (its content hash differs)."""
        if not _known(doc_id):
            return None
        if doc_id not in self._texts:
            self._texts[doc_id] = _read_source(self.documents, doc_id, roots)
        return self._texts[doc_id]


def _known(v) -> bool:
    return v is not None and not (isinstance(v, float) and pd.isna(v)) and v != ""


def _read_source(documents: pd.DataFrame, doc_id: str, roots: tuple[Path, ...]) -> str | None:
    rows = documents[documents["doc_id"] == doc_id]
    for row in rows.to_dict("records"):
        candidates = [Path(row["path"])] if _known(row.get("path")) else []
        candidates += [r / row["doc"] for r in roots if _known(row.get("doc"))]
        for p in candidates:
            try:
                decoded = decode(p.read_bytes(), where=str(p))
            except (OSError, DecodeError):
                continue
            # the same file: its content hash (older folders: the doc_id was the content hash)
            expected = row.get("content_hash") if _known(row.get("content_hash")) else doc_id
            if decoded.content_hash == expected:
                return decoded.text
    return None


def load_output(folder: Path) -> Output:
    """Read documents, mentions and facts (and a sentences table if there is one)."""
    tables = {}
    for name in ("documents", "mentions", "facts"):
        path = Path(folder) / f"{name}.parquet"
        if not path.exists():
            raise InputError(f"{path} not found; run `minsheng extract INPUT --out {folder}` first")
        tables[name] = pd.read_parquet(path)
    sentences = Path(folder) / "sentences.parquet"
    return Output(Path(folder), tables["documents"], tables["mentions"], tables["facts"],
                  pd.read_parquet(sentences) if sentences.exists() else None)


def blank(df: pd.DataFrame, cols) -> pd.DataFrame:
    """The columns with null as '' (for matching and display); missing columns as ''."""
    out = pd.DataFrame(index=df.index)
    for c in cols:
        out[c] = df[c].astype(object).where(df[c].notna(), "") if c in df.columns else ""
    return out


def supporting(facts: pd.DataFrame, mentions: pd.DataFrame) -> dict[int, pd.DataFrame]:
    """Fact row index → the mentions that support it.

    With a fact_id on both tables, exactly those. Otherwise the mentions with the fact's key
    and one of its values (its value, or one of its conflicting values), which is the fact's
    support unless two facts differ only by subject; the best evidence is always included."""
    if "fact_id" in facts.columns and "fact_id" in mentions.columns:
        groups = {k: g for k, g in mentions.groupby("fact_id", sort=False)}
        return {i: groups.get(fid, mentions.iloc[0:0]) for i, fid in facts["fact_id"].items()}
    out: dict[int, pd.DataFrame] = {}
    index: dict[tuple, list[int]] = {}
    m_med, m_oth = blank(mentions, MEDICAL_KEY), blank(mentions, OTHER_KEY)
    for pos, i in enumerate(mentions.index):
        med = m_med.iloc[pos]
        key = ("m",) + tuple(med) if med["program"] else ("o",) + tuple(m_oth.iloc[pos])
        index.setdefault(key, []).append(i)
    f_med, f_oth = blank(facts, MEDICAL_KEY), blank(facts, OTHER_KEY)
    for pos, (i, f) in enumerate(facts.iterrows()):
        med = f_med.iloc[pos]
        key = ("m",) + tuple(med) if med["program"] else ("o",) + tuple(f_oth.iloc[pos])
        rows = mentions.loc[index.get(key, [])]
        values = {round(float(f["value"]), 6)} | _conflicting(f.get("conflict_values"))
        keep = rows["value"].round(6).isin(values) | ((rows["doc_id"] == f["doc_id"]) & (rows["start"] == f["start"]))
        out[i] = rows[keep]
    return out


def _conflicting(v) -> set[float]:
    if not _known(v):
        return set()
    out = set()
    for part in str(v).split(";"):
        try:
            out.add(round(float(part), 6))
        except ValueError:
            pass
    return out
