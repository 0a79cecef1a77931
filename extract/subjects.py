"""Two figures of one document that would share a fact's key but differ in value are two
statistics (基金支出10987万元 and 统筹支付5615万元 under one program and metric): each then
takes the words of its clause before it as its subject, so that neither hides the other
in `facts`. Figures whose key is unique keep their short subject (住院, 门诊 …), so that the
same statistic told by several pages still makes one fact."""
from __future__ import annotations

from collections import defaultdict

from extract.spans import Span, last_of
from extract.table_cells import YEAR_CELL
from rules.fragments import to_a_level
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS

# what is left of a clause's words before a figure once numbering, brackets, other figures
# and the verb joining label and figure (达到, 为, 共计 …) are taken away
_NOISE = compiled(r"^(?:其中[:：]?|[一二三四五六七八九十]+[、.]|\d+[、.]|[(（]\d+[)）])+|[(（][^)）]*[)）]|\s+")
_TAIL = compiled(r"(?:分别|累计|共计|合计|总计|共|已|达到|达|为|是|约|近|超过|超|由|从)+$")
# a figure a change starts from (280元提高到…, 8000元调整到…)
_RAISED_FROM = compiled(r"[\d.,]+\s*[^\s\d，,。；;]{0,3}?(?:的水平)?" + to_a_level())
_FIGURE = compiled(r"[\d.,，]+[^\s\d,，、;；:：。]{0,4}")
MAX_LABEL = 12


def clause_label(text: str, clause: Span, start: int) -> str:
    words = _FIGURE.sub("", _NOISE.sub("", text[clause[0]:start]))
    return _TAIL.sub("", words)[-MAX_LABEL:]


def subject_label(text: str, row: Span, column: Span | None) -> Span:
    """The label a table cell's subject is read from: its row's, or where the row is a year's (a time series, the
    year its period) its column's: 合计 | 在职职工 | 退休人员 under 参保职工人数 are three statistics of each year."""
    return column if column is not None and YEAR_CELL.match(text[row[0]:row[1]].strip()) else row


def split_conflicts(text: str, keys: list, values: list[float], clauses: list[Span], starts: list[int],
                    subjects: list[str], parents: list[str] | None = None, articles: list | None = None) -> list[str]:
    """The subject of every figure: its clause label where its key is shared by a figure of
    another value in the document (`keys[i]` None for a figure that makes no fact); a table
    cell's label is led by its parent row's (`parents[i]`: 城市医疗救助 › 医疗救助人数 and 农村
    医疗救助 › 医疗救助人数 are two statistics); figures of one article (`articles[i]`) whose labels still coincide are
    numbered apart."""
    groups: dict = defaultdict(list)
    for i, key in enumerate(keys):
        if key is not None:
            groups[key].append(i)
    out = list(subjects)
    for members in groups.values():
        if len({values[i] for i in members}) < 2:
            continue
        labels = {}
        for i in members:
            label = clause_label(text, clauses[i], starts[i])
            if parents and parents[i]:
                label = parents[i] + "›" + (subjects[i] or label)  # the row's own label, not its line
            labels[i] = label
        for i in members:  # (由280元提高到320元: the level it was raised from, the level before the change)
            if labels[i] and _RAISED_FROM.match(text, starts[i]) and any(
                    labels[j] == labels[i] and values[j] != values[i] for j in members if j != i):
                labels[i] += "(调整前)"
        for i in members:
            if labels[i] and any(labels[j] == labels[i] and values[j] != values[i] for j in members):
                # 县内就医X人次,发生医疗费用Y万元;转往外地就医Z人次,发生医疗费用W万元: the
                # clause before tells them apart
                before = _previous_clause_label(text, clauses[i][0])
                labels[i] = before + "›" + labels[i] if before else labels[i]
            if labels[i]:
                out[i] = labels[i]
        if articles:
            _numbered_apart(out, members, values, articles)
    return out


def _numbered_apart(out: list[str], members: list[int], values: list[float], articles: list) -> None:
    """报销比例分别为80%、60%、45%和35%, 3万元至10万元的部分报销60%;10万元以上部分报销70%: figures of one article whose
    labels still coincide though their values differ are a list's items or rows in turn, each a statistic of its own:
    numbered in text order (…#2), not one fact in conflict."""
    seen: dict[tuple, list[float]] = defaultdict(list)
    for i in members:
        taken = seen[(out[i], articles[i])]
        if values[i] not in taken:
            taken.append(values[i])
        k = taken.index(values[i])
        if k:
            out[i] = f"{out[i]}#{k + 1}"


def _previous_clause_label(text: str, start: int) -> str:
    """The words of the clause right before `start` (within its sentence), figures taken out."""
    if start < 2 or text[start - 1] not in ",，、":
        return ""
    lo = last_of(text, CLAUSE_BREAKS + "\n", 0, start - 1) + 1
    return clause_label(text, (lo, start - 1), start - 1)
