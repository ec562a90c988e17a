"""``make bench``: speed, memory, import time, notebooks and the long fuzz run, as one table.

Usage: ``python -m bench [--words N] [--skip fuzz,nbval,memory]``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

TARGET_WHOLE = 30_000      # words/s, one core
TARGET_QUOTES = 20_000     # words/s
TARGET_HNL = 50_000        # words/s, hedges + numbers + labels together
TARGET_IMPORT = 0.5        # s
TARGET_FLATNESS = 1.25     # peak at 4N / peak at N


class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure: str, measured: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        self.rows.append((figure, measured, target, verdict))
        print(f"  {figure}: {measured}" + (f"  [{verdict}]" if verdict else ""), flush=True)

    def render(self) -> str:
        head = ("figure", "measured", "target", "")
        widths = [max(len(r[i]) for r in self.rows + [head]) for i in range(4)]
        line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
        return "\n".join([line(head), line(tuple("-" * w for w in widths))] + [line(r) for r in self.rows])


def fmt_rate(rate: float) -> str:
    return f"{rate:,.0f} words/s"


def bench_speed(table: Table, words: int) -> None:
    from .speed import generate_corpus, time_layers, time_whole

    t0 = time.perf_counter()
    texts = generate_corpus(words)
    print(f"corpus: {len(texts)} generated documents, {sum(len(t.split()) for t in texts):,} "
          f"words by whitespace ({time.perf_counter() - t0:.1f}s to generate)", flush=True)
    layers = time_layers(texts)
    table.add("corpus size (kit word count)", f"{layers.words:,} words", ">= 1,000,000",
              layers.words >= 1_000_000)
    table.add("load + tokens + sentences", fmt_rate(layers.rate("load + tokens + sentences")))
    table.add("quotes layer", fmt_rate(layers.rate("quotes")), f">= {TARGET_QUOTES:,}",
              layers.rate("quotes") >= TARGET_QUOTES)
    for name in ("hedges", "numbers", "labels", "readability"):
        table.add(f"{name} layer", fmt_rate(layers.rate(name)))
    hnl = layers.rate("hedges", "numbers", "labels")
    table.add("hedges + numbers + labels", fmt_rate(hnl), f">= {TARGET_HNL:,}", hnl >= TARGET_HNL)
    whole = time_whole(texts)
    table.add("whole analysis (text -> JSON dict)", fmt_rate(whole.rate("whole")),
              f">= {TARGET_WHOLE:,}", whole.rate("whole") >= TARGET_WHOLE)


def bench_long_article(table: Table, chars: int = 500_000) -> None:
    """One long article: a rate far below the corpus rate means a layer is superlinear."""
    from .newsgen import article_of_size
    from .speed import time_layers

    layers = time_layers([article_of_size(chars, seed=11)])
    for name in ("quotes", "hedges", "numbers", "labels"):
        table.add(f"{name} on one {layers.words:,}-word article", fmt_rate(layers.rate(name)))


def bench_import(table: Table, runs: int = 7) -> None:
    code = ("import time; t = time.perf_counter(); import discourse_kit; "
            "print(time.perf_counter() - t)")
    times = [float(subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True,
                                  capture_output=True, text=True).stdout) for _ in range(runs)]
    best, median = min(times), statistics.median(times)
    table.add("import discourse_kit (fresh process)", f"{median:.3f} s median, {best:.3f} s best",
              f"<= {TARGET_IMPORT} s", median <= TARGET_IMPORT)
    # the package imports lazily: also show what the first analysis pays to load the layers
    code = ("import time; t = time.perf_counter(); import discourse_kit.analysis as a; "
            "from discourse_kit import quotes, hedges, numbers, labels, readability; "
            "print(time.perf_counter() - t)")
    times = [float(subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True,
                                  capture_output=True, text=True).stdout) for _ in range(3)]
    table.add("import of every detector layer (fresh process)", f"{statistics.median(times):.3f} s median")


def bench_memory(table: Table, docs: int = 60) -> None:
    peaks = []
    for n in (docs, 4 * docs):
        proc = subprocess.run([sys.executable, "-m", "bench.memory", str(n)], cwd=REPO,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            table.add(f"memory run of {n} files", "FAILED: " + proc.stderr.strip()[-200:], "", False)
            return
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        peaks.append(result)
        table.add(f"streamed corpus, {n} files: peak", f"{result['tracemalloc_peak_mb']:.1f} MB traced, "
                  f"{result['peak_rss_mb']:.0f} MB RSS ({result['lines']} lines, exit {result['status']})")
    ratio_traced = peaks[1]["tracemalloc_peak_mb"] / peaks[0]["tracemalloc_peak_mb"]
    ratio_rss = peaks[1]["peak_rss_mb"] / peaks[0]["peak_rss_mb"]
    table.add("memory flatness (peak at 4N / peak at N)",
              f"{ratio_traced:.2f} traced, {ratio_rss:.2f} RSS", f"<= {TARGET_FLATNESS}",
              ratio_traced <= TARGET_FLATNESS and ratio_rss <= TARGET_FLATNESS)


def _pytest(table: Table, figure: str, args: list[str], env: dict | None = None) -> None:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                          cwd=REPO, capture_output=True, text=True, env={**os.environ, **(env or {})})
    seconds = time.perf_counter() - t0
    summary = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    if proc.returncode not in (0, 5):
        print(proc.stdout[-4000:], proc.stderr[-2000:], sep="\n")
    table.add(figure, f"{seconds:.1f} s: {summary}", "passes", proc.returncode in (0, 5))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--words", type=int, default=1_050_000,
                        help="words in the generated corpus (default 1,050,000)")
    parser.add_argument("--skip", default="", help="comma-separated: import,speed,long,memory,nbval,fuzz")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    table = Table()
    if "import" not in skip:
        bench_import(table)
    if "speed" not in skip:
        bench_speed(table, args.words)
    if "long" not in skip:
        bench_long_article(table)
    if "memory" not in skip:
        bench_memory(table)
    if "nbval" not in skip:
        _pytest(table, "notebook series under nbval (notebooks/)",
                ["--nbval-lax", "--nbval-current-env", "notebooks/"])
    if "fuzz" not in skip:
        from hypothesis import settings  # noqa: F401 -- fail early if missing
        # the 10 MB article does not depend on the profile: `make test` runs it
        _pytest(table, "fuzz tests, bench profile (tests/fuzz)",
                ["tests/fuzz", "-k", "not big_article"], env={"DISCOURSE_KIT_FUZZ": "bench"})
    print("\n" + table.render())
    return 0 if all(r[3] != "MISS" for r in table.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
