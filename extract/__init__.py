"""minsheng: statistics from Chinese local reports on livelihood programs.

`from extract import extract_text` runs the pipeline on a string (see extract.analyst.text).
"""

__version__ = "0.1.0"
__all__ = ["__version__", "extract_text"]


def __getattr__(name: str):
    # Resolved on first use: the package root stays at the bottom of the one-way import flow
    # (tests/test_structure.py), and importing any submodule does not load the whole pipeline.
    if name == "extract_text":
        import importlib

        return importlib.import_module("extract.analyst.text").extract_text
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
