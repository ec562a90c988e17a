"""Analyse a corpus: many files, all cores, results streamed to JSON lines and CSV.

``discourse-kit analyze DIR_OR_GLOB --out results.jsonl --csv rates.csv`` runs
here. Memory stays flat as the corpus grows: each worker turns one file into
its finished JSON line and CSV rows, and the parent writes them as they arrive
and keeps nothing. Output is in path order (sorted within a directory or glob),
whatever the number of workers, so two runs give the same files.

Because :func:`discourse_kit.analyze` is pure, the same work maps onto any
engine (Dask, Spark, a batch queue): :func:`analyze_path` is the unit of work.
"""
from __future__ import annotations

import glob
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DiscourseKitError

#: what a directory is searched for (recursively)
SOURCE_SUFFIX = ".txt"
_GLOB_CHARS = frozenset("*?[")

#: per-layer category field and its values, as in CODING_SCHEME.md
RATE_CATEGORIES = {
    "quotes": ("kind", ("direct", "mixed", "indirect")),
    "hedges": ("category", ("hedge", "booster", "approximator")),
    "numbers": ("kind", ("count", "measure", "money", "duration", "fraction",
                         "percent", "date", "ordinal")),
    "labels": ("type", ("scare_quote", "naming", "loaded")),
}

CSV_FIELDS = ["document", "article", "label", "title", "words"] + [
    name for layer, (_, values) in RATE_CATEGORIES.items()
    for name in [f"{layer}_per_1k"] + [f"{layer}_{v}_per_1k" for v in values]]


def is_pattern(source: str) -> bool:
    """True if ``source`` holds glob characters (``*``, ``?``, ``[``)."""
    return any(c in _GLOB_CHARS for c in source)


def expand_source(source: str) -> list[str]:
    """The files one command-line source stands for, sorted.

    A directory stands for every ``*.txt`` file below it, a glob pattern for
    the files it matches (``**`` recurses), anything else for itself (a
    missing file is reported when it is read, naming it).
    """
    if is_pattern(source) and not Path(source).exists():
        return sorted(p for p in glob.glob(source, recursive=True) if os.path.isfile(p))
    if os.path.isdir(source):
        return sorted(str(p) for p in Path(source).rglob(f"*{SOURCE_SUFFIX}") if p.is_file())
    return [source]


def iter_paths(sources: Iterable[str]) -> Iterator[str]:
    """Every file the sources stand for, each source expanded in turn."""
    for source in sources:
        yield from expand_source(source)


@dataclass
class FileResult:
    """What one worker sends back for one file: output ready to write, or an error.

    Attributes:
        path: the file as named on the command line (or found in a directory).
        json_line: the file's analysis as one line of JSON (no newline), or ``None``.
        rows: the file's per-article CSV rows, see :func:`rates_rows`.
        error: ``"path: problem"`` if the file could not be used.
        internal: True if the error is a bug in the kit rather than bad input.
    """

    path: str
    json_line: str | None = None
    rows: list[dict] | None = None
    error: str | None = None
    internal: bool = False


def analyze_path(path: str) -> FileResult:
    """Analyse one file into its JSON line and CSV rows; never raises for bad input."""
    from .analysis import analyze

    try:
        result = analyze(path)
    except DiscourseKitError as exc:
        return FileResult(path, error=str(exc))
    except Exception as exc:  # noqa: BLE001 -- one broken file must not end a corpus run
        return FileResult(path, error=f"{path}: internal error while analysing "
                                      f"({type(exc).__name__}: {exc}); please report it",
                          internal=True)
    result["document"] = path
    return FileResult(path, json.dumps(result, ensure_ascii=False), rates_rows(result))


def run_corpus(paths: Iterable[str], jobs: int = 1, chunksize: int = 4) -> Iterator[FileResult]:
    """Analyse ``paths`` with ``jobs`` processes; yield results in path order as they finish."""
    if jobs <= 1:
        yield from map(analyze_path, paths)
        return
    import multiprocessing

    with multiprocessing.Pool(jobs) as pool:
        yield from pool.imap(analyze_path, paths, chunksize=chunksize)


def _rate(count: int, words: int) -> float | None:
    return round(1000 * count / words, 3) if words else None


def rates_rows(result: dict) -> list[dict]:
    """One CSV row per article of an analysis: counts per 1,000 words by layer and category.

    Args:
        result: the object :func:`discourse_kit.analyze` returns for one file.

    Returns:
        Dicts keyed by :data:`CSV_FIELDS`. A higher ``<layer>_per_1k`` means the
        article uses that device more densely; rates are empty (``None``) for an
        article with no words.
    """
    rows = []
    for n, article in enumerate(result["articles"]):
        words = article["words"]
        row = {"document": result["document"], "article": n, "label": article["label"],
               "title": article["title"], "words": words}
        for layer, (field_name, values) in RATE_CATEGORIES.items():
            items = article[layer]
            counts = Counter(item.get(field_name) for item in items)
            row[f"{layer}_per_1k"] = _rate(len(items), words)
            for value in values:
                row[f"{layer}_{value}_per_1k"] = _rate(counts.get(value, 0), words)
        rows.append(row)
    return rows
