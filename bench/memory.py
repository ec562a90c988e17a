"""Peak memory of a streamed corpus run: ``python -m bench.memory DOCS`` prints JSON.

Run in a fresh process per corpus size so that peaks do not mix. The corpus is
written to a temporary directory first (one file at a time), then
``discourse-kit analyze DIR --out --csv --jobs 1`` runs under tracemalloc in
this process; flat memory means the peak does not grow with the number of files.
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from .newsgen import NewsGenerator


def measure(docs: int, words_per_doc: int = 600) -> dict:
    from discourse_kit.cli import main

    gen = NewsGenerator(seed=3)
    with tempfile.TemporaryDirectory(prefix="dk-bench-") as tmp:
        corpus = Path(tmp, "corpus")
        corpus.mkdir()
        for n in range(docs):
            (corpus / f"{n:06d}.txt").write_text(gen.document(words_per_doc), encoding="utf-8")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        t0 = time.perf_counter()
        status = main(["analyze", str(corpus), "--out", str(Path(tmp, "r.jsonl")),
                       "--csv", str(Path(tmp, "r.csv")), "--jobs", "1", "--no-progress"])
        seconds = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        lines = sum(1 for _ in open(Path(tmp, "r.jsonl"), encoding="utf-8"))
    return {"docs": docs, "status": status, "lines": lines, "seconds": seconds,
            "tracemalloc_peak_mb": peak / 2**20,
            "rss_before_mb": rss_before / 1024,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
