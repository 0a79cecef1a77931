"""The import graph flows one way, read with the standard library's ast over the source:
CLI → run (files, manifests, writing, worker processes) → document (the pure core) → attribution → resolvers
→ finders → spans → rules. `rules` and `schemas` import nothing from `extract`, and the
core imports nothing that touches files. Modules stay small."""
from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

# Rank of each module of extract/: a module imports only modules of a lower rank (a
# subpackage's modules may also import each other).
RANKS = {
    "extract": 0, "extract.arrow_columns": 0, "extract.errors": 0, "extract.normalise": 0, "extract.records": 0, "extract.spans": 0,
    "extract.place_context": 0,  # the places in context of a page, read once for ranking a name's candidates
    "extract.view": 0,  # the page with what is no text taken out, and the map back
    "extract.budget": 1,  # the time a document may take, announced stage by stage
    # finders and layout
    "extract.segment": 1, "extract.gazetteer": 1, "extract.published": 1, "extract.table_cells": 1, "extract.flat_cells": 1, "extract.institution_rows": 1,
    "extract.aligned_cells": 2,  # where a figure stands in a progress table set out with blanks, one row a line
    "extract.drives": 1,  # the words of the drive that collects the year's premiums, and a title naming it
    "extract.label_lines": 1,  # the label alone on the line above a figure alone on its own
    "extract.serial_cells": 2,  # the bare percent column of a progress table flattened one cell per line
    "extract.cell_values": 1,  # a cell's figure, with the bound, qualifier or sign written with it
    "extract.header_grid": 2,  # a header whose columns' names stand over their cells on several lines, none naming all
    "extract.table_headers": 2,  # the line naming an aligned table's columns, with their units and places
    "extract.table_notes": 2,  # the units an aligned table's note or numbered caption gives its cells
    "extract.tables": 3, "extract.flat_tables": 2,
    "extract.pipe_rows": 2,  # a table drawn with pipes, read as an aligned one
    "extract.change_columns": 2,  # what a table's change column is the change of
    "extract.stock_flow": 2,  # stock or flow of a figure, read from the words around it
    "extract.place_roles": 2,  # the part a named place plays in its sentence
    "extract.localities": 2,  # the town, village or hospital named below a figure's county
    "extract.region_words": 1,  # the words that point at a region without naming it, and the scope words
    "extract.unit_levels": 2,  # the levels of administrative units, and the lowest of units named one within the next
    "extract.rank_sets": 1,  # the set a subject ranks in or was picked from
    "extract.plans": 2,  # whether a figure is a target or plan
    "extract.medical_settle": 2,  # corrections once a medical figure's program and metric are read
    "extract.rate_names": 2,  # percentages no keyword of another clause names (shares, named rates)
    "extract.time_expressions": 2,  # the time rules' matches, anchored to the publication month
    "extract.ellipses": 1,  # a list's items read with the head noun written once at its end (…、生育保险)
    "extract.quotations": 1,  # the quotation a figure stands in, where it opens and closes
    "extract.care_places": 1,  # where a patient was treated, and the words of one person's illness, care or bill
    "extract.page_periods": 3,  # the period a title, headline or progress table names for its page
    "extract.scan": 4,
    # resolvers
    "extract.regions": 4, "extract.periods": 4, "extract.classify": 3, "extract.individuals": 3, "extract.medical": 4,
    "extract.main_regions": 3,  # the region an article or a section of one is about
    "extract.changes": 4,  # the change a figure states, and whether it falls (GUIDELINES §3)
    "extract.breakdowns": 3, "extract.subjects": 3, "extract.livelihood": 4,
    "extract.denominators": 4,  # the per of a figure: written with it, before it, over its cell, or implied
    "extract.care_levels": 4,  # a figure named after a level of care (县级医院80%) is the scheme's at that level
    "extract.carried_times": 3,  # the time earlier text carries on to a figure (a running total, a list's intro)
    "extract.cell_periods": 3,  # the time of a table cell, from its caption, row and column
    "extract.figure_times": 3,  # times that date one figure only (由2014年的21.3%, 上年的92.7%)
    "extract.cell_context": 2,  # what a table cell's context says beyond its labels (a compared header, a caption)
    "extract.help_forms": 3,  # the one form of medical assistance a section, point or heading names (ProgramReader's mixin)
    "extract.medical_metric": 3,  # the metric a medical figure's keywords name; its program (medical) reads it
    "extract.domain_words": 2,  # the words that tell a figure's domain, and how the general ones read
    "extract.premiums": 2,  # premiums paid for others: an enrollment subsidy, whatever scheme they buy
    "extract.program_lists": 3,  # the program words, and enumerations of programs read as one
    "extract.layout": 2,  # the page's articles and units, and the window of spans around a figure
    "extract.attribute": 5, "extract.facts": 5,
    "extract.document": 6,  # the pure per-document core
    "extract.candidates": 6,  # what a fact needs of a mention, made beside it
    # the run: files, manifests, writing
    "extract.reading": 7, "extract.manifest": 7, "extract.writer": 7,
    "extract.merge": 7,  # facts across documents, spilled to disk in sorted runs
    "extract.doc_rows": 8,  # a document's rows as written, made by the worker that processed it
    "extract.inputs": 8, "extract.corrections": 8, "extract.dictionary": 8,
    "extract.pool": 9,  # worker processes: read one file, process it, under the budget
    "extract.cluster": 10,  # the same per-document function on a Dask cluster
    "extract.incremental": 10,  # rows of unchanged documents taken from the previous set
    "extract.table_batches": 10,  # a run's rows written in bounded batches, the facts last
    "extract.progress": 10,  # the progress bar and the summary line
    "extract.run": 11, "extract.analyst": 11,
    "extract.cli": 12,
}
CORE_RANK = RANKS["extract.document"]  # this and below never touch a file of the user's
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
SHORT_FUNCTIONS_IN = ("extract/segment", "extract/periods.py", "extract/attribute.py", "extract/layout.py")


def _modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def _rank(module: str) -> int | None:
    while module:
        if module in RANKS:
            return RANKS[module]
        module = module.rpartition(".")[0]
    return None


ALL = [m for pkg in ("extract", "rules", "schemas") for m in _modules(pkg)]


@pytest.mark.parametrize("module,path", [m for m in ALL if not m[0].startswith("extract")],
                         ids=[m[0] for m in ALL if not m[0].startswith("extract")])
def test_rules_and_schemas_import_nothing_from_extract(module, path):
    bad = sorted(i for i in _imports(path) if i == "extract" or i.startswith("extract."))
    assert not bad, f"{module} imports {bad}"


def test_schemas_import_nothing_of_ours():
    for module, path in _modules("schemas"):
        ours = sorted(i for i in _imports(path) if i.split(".")[0] in ("extract", "rules"))
        assert not ours, f"{module} imports {ours}"


@pytest.mark.parametrize("module,path", [m for m in ALL if m[0].startswith("extract")],
                         ids=[m[0] for m in ALL if m[0].startswith("extract")])
def test_extract_imports_flow_one_way(module, path):
    own = _rank(module)
    assert own is not None, f"{module} has no rank in tests/test_structure.py: place it in the flow"
    # a subpackage (extract.segment) is one place: its modules may import each other
    home = module if path.name == "__init__.py" else module.rpartition(".")[0]
    inside = (lambda i: i.startswith(home + ".")) if home != "extract" else (lambda i: False)
    upward = sorted(i for i in _imports(path) if i.startswith("extract.") and not inside(i)
                    and _rank(i) is not None and _rank(i) >= own)
    assert not upward, f"{module} (rank {own}) imports {upward}, which are not below it"
    if own <= CORE_RANK:
        io = sorted(i for i in _imports(path) if i.startswith("extract.") and (_rank(i) or 0) > CORE_RANK)
        assert not io, f"{module} belongs to the core but imports {io}, which touch files"


@pytest.mark.parametrize("module,path", ALL, ids=[m[0] for m in ALL])
def test_modules_stay_small(module, path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_MODULE_LINES, f"{module} has {n} lines (> {MAX_MODULE_LINES}): split it"


def test_functions_stay_short_where_the_logic_is_densest():
    long = []
    for module, path in ALL:
        if not str(path.relative_to(ROOT)).startswith(SHORT_FUNCTIONS_IN):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{module}.{node.name}: {n} lines")
    assert not long, long


def test_no_unbounded_cache_holds_a_pages_text():
    """A cache keyed by a page's text keeps every page a worker ever read, unless it is bounded: memory would grow
    with the corpus (make bench: peak RSS at two sizes)."""
    unbounded = []
    for module, path in ALL:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef) or not node.args.args or node.args.args[0].arg != "text":
                continue
            for d in node.decorator_list:
                if (isinstance(d, ast.Call) and getattr(d.func, "id", "") == "lru_cache"
                        and any(k.arg == "maxsize" and isinstance(k.value, ast.Constant) and k.value.value is None
                                for k in d.keywords)):
                    unbounded.append(f"{module}.{node.name}")
    assert not unbounded, f"caches keyed by a page's text with no bound: {unbounded}"
