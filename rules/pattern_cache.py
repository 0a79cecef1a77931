"""Compiled rule patterns kept between processes, as `__pycache__` keeps bytecode.

Compiling the rules (the `regex` module parses each pattern in Python, and the look-aheads in
front of them come from reading the pattern's syntax tree) is most of a process's start. A
compiled `regex` pattern pickles as its compiled code, and unpickling it skips the parsing,
so the compiled patterns are stored in one file in the user's cache folder
($MINSHENG_CACHE, else $XDG_CACHE_HOME/minsheng, else ~/.cache/minsheng), under the exact
pattern text, flags and how it was compiled: an edited rule is a new entry, and the file's
name holds the versions of Python and `regex` and a hash of the code that compiles, so
nothing stale is ever used. A missing,
unreadable or unwritable cache only costs the compiling.

Data derived from files (the gazetteer's index) are kept there too (`cached_data`), as `marshal`
under a hash of the files' bytes: edit a file and the next process builds them again.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable

import regex

FORMAT = 1


def cache_folder() -> Path:
    if os.environ.get("MINSHENG_CACHE"):
        return Path(os.environ["MINSHENG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "minsheng"


# the code that turns a rule's pattern into what is compiled: a change to it is a new file
_COMPILERS = ("first_chars.py", "anchors.py", "pattern_cache.py")


def _file() -> Path:
    h = hashlib.sha1(f"{FORMAT} {sys.version} {regex.__version__}".encode())
    for name in _COMPILERS:
        h.update((Path(__file__).parent / name).read_bytes())
    return cache_folder() / f"patterns-{h.hexdigest()[:16]}.pickle"


class PatternCache:
    """(how, pattern[, flags]) -> what the builder made of them (a compiled pattern, or a tuple holding one)."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[tuple, object] = {}
        self.added = False
        self.owner = os.getpid()  # at exit, a forked worker leaves the file to the parent
        self.entries = self._stored()

    def _stored(self) -> dict:
        try:
            with open(self.path, "rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, dict):
                return loaded
        except Exception:  # none yet, or unreadable: compiled afresh and written again
            pass
        return {}

    def get(self, how: str, build: Callable, *args):
        key = (how, *args)
        if key in self.entries:  # None is a value too: nothing to build
            return self.entries[key]
        got = self.entries[key] = build(*args)
        self.added = True
        return got

    def save(self, worker: bool = False) -> None:
        """Write what this process added, with what others stored meanwhile (a run's workers
        compile the patterns made on first use, which its parent never sees)."""
        if not self.added or (os.getpid() != self.owner and not worker):
            return
        entries = {**self._stored(), **self.entries}
        if _write_whole(self.path, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL), "patterns-*.pickle"):
            self.added = False


def _write_whole(path: Path, data: bytes, superseded: str) -> bool:
    """Write a cache file whole or not at all (readers never see half a file), and remove the
    files it supersedes (the `superseded` glob: those of earlier versions, which would otherwise
    pile up with every upgrade or edit); False where the folder cannot be written (a read-only
    home: the next process builds again)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in path.parent.glob(superseded):
            if old != path:  # another version still running only builds its own again
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


CACHE = PatternCache(_file())
atexit.register(CACHE.save)


def cached(how: str, build: Callable, *args):
    """`build(*args)` (a pattern's text, and its flags), from the cache when this process or an
    earlier one made it; `how` names what `build` makes."""
    return CACHE.get(how, build, *args)


def compiled(pattern: str, flags: int = 0) -> "regex.Pattern":
    """`regex.compile(pattern, flags)` from the cache: what a module compiles as it is imported
    costs a process only the reading."""
    return cached("compile", regex.compile, pattern, int(flags))


def cached_data(name: str, sources, build: Callable[[], object], valid: Callable[[object], bool]):
    """`build()`, data made from the `sources` files (paths) of plain values marshal can keep
    (strings, numbers, bytes, lists, tuples, dicts), from the cache when an earlier process made it
    from files with the same bytes; `valid` tells a usable value from a damaged one."""
    h = hashlib.sha1(f"{FORMAT} {sys.version} {sys.byteorder} {name}".encode())
    for source in sources:
        h.update(source.read_bytes())
    path = cache_folder() / f"{name}-{h.hexdigest()[:16]}.marshal"
    try:
        got = marshal.loads(path.read_bytes())
        if valid(got):
            return got
    except Exception:  # none yet, or unreadable: built afresh and written again
        pass
    got = build()
    _write_whole(path, marshal.dumps(got), f"{name}-*.marshal")
    return got
