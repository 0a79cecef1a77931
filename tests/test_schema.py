import pandas as pd
import pytest

from schemas.tables import TABLES, SchemaViolation, arrow_schema, columns, validate
from tests.conftest import ROOT


def _mention(**over):
    row = {c.name: (False if c.type == "bool" else None if c.optional else "") for c in TABLES["mentions"]}
    row.update(doc_id="0123456789abcdef", start=0, end=3, value=1.0, sentence_start=0, qualifier="exact")
    row.update(over)
    return row


def test_valid_rows_pass():
    validate("mentions", pd.DataFrame([_mention()], columns=columns("mentions")))


def test_bad_rows_are_reported_with_row_and_column():
    df = pd.DataFrame([_mention(), _mention(qualifier="roughly"), _mention(period_end="2025-13")],
                      columns=columns("mentions"))
    with pytest.raises(SchemaViolation) as exc:
        validate("mentions", df)
    msg = str(exc.value)
    assert "row 1: column 'qualifier'" in msg and "row 2: column 'period_end'" in msg


def test_arrow_and_pandera_schemas_have_the_same_columns():
    for table in TABLES:
        assert arrow_schema(table).names == columns(table)


def test_readme_documents_every_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for table, cols in TABLES.items():
        for c in cols:
            assert f"`{c.name}`" in readme, f"README does not document {table}.{c.name}"


def _columns(rows: list[dict]) -> dict[str, list]:
    return {c: [r[c] for r in rows] for c in columns("mentions")}


def test_the_writers_column_checks_find_what_pandera_finds():
    """The run checks whole Arrow columns (fast); the pandera schema is the reference."""
    from extract.errors import SchemaViolation as Violation
    from extract.writer import checked

    rows = [_mention(), _mention(qualifier="roughly"), _mention(period_end="2025-13"), _mention(start=-1),
            _mention(doc_id="XYZ"), _mention(value=None), _mention(domain="no such domain")]
    with pytest.raises(Violation) as ours:
        checked("mentions", _columns(rows), arrow_schema("mentions"), first_row=100)
    with pytest.raises(SchemaViolation) as theirs:
        validate("mentions", pd.DataFrame(rows, columns=columns("mentions")))
    lines = lambda exc: sorted(ln.split(" fails ")[0] for ln in str(exc.value).splitlines()[1:])  # noqa: E731
    assert lines(ours) == [ln.replace("row ", "row 10") for ln in lines(theirs)]  # numbered from first_row
    assert len(lines(ours)) == 6
    with pytest.raises(Violation, match=r"row 101: column 'start' fails dtype\('int64'\) \(value 'x'\)"):
        checked("mentions", _columns([_mention(), _mention(start="x")]), arrow_schema("mentions"), first_row=100)
    table = checked("mentions", _columns([_mention()]), arrow_schema("mentions"))
    assert table.column("region").to_pylist() == [None]  # '' (not known) is written as null
