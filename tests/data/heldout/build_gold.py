"""Build a held-out set's gold files from its hand-written specs.

    .venv/bin/python tests/data/heldout/build_gold.py                      # set 1 (this folder)
    .venv/bin/python tests/data/heldout/build_gold.py tests/data/heldout2  # set 2

Each spec (``spec_<name>.py``) names every item by its exact text (and, where
the text is not unique in its article, by a unique context string containing
it). This script computes the offsets with ``str.find``, checks that
``text[start:end] == item text`` for every item, and writes ``<name>.gold.json``
in the shape of ``seeds/*.gold.json``.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))  # annotation_fields, shared by both sets

from discourse_kit.document import load_document  # noqa: E402

LAYERS = ("quotes", "hedges", "numbers", "labels")


def _locate(text: str, a_start: int, a_end: int, needle: str, ctx: str | None) -> int:
    article = text[a_start:a_end]
    anchor = ctx or needle
    count = article.count(anchor)
    assert count == 1, f"{anchor!r} occurs {count} times in the article (need exactly 1)"
    base = a_start + article.find(anchor)
    if ctx is None:
        return base
    inner = ctx.find(needle)
    assert inner >= 0, f"{needle!r} not inside its context {ctx!r}"
    return base + inner


def build(folder: Path, name: str) -> dict:
    spec = importlib.import_module(f"spec_{name}")
    path = folder / f"{name}.txt"
    doc = load_document(path)
    assert len(doc.articles) == len(spec.ARTICLES), (name, len(doc.articles))
    out_articles = []
    for article, layers in zip(doc.articles, spec.ARTICLES):
        entry = {"label": article.label, "start": article.start, "end": article.end}
        for layer in LAYERS:
            items = []
            for row in layers.get(layer, []):
                item_text, fields = row[0], dict(row[1])
                ctx = row[2] if len(row) > 2 else None
                start = _locate(doc.text, article.start, article.end, item_text, ctx)
                end = start + len(item_text)
                assert doc.text[start:end] == item_text, (name, item_text)
                optional = fields.pop("opt", False)
                item = {"start": start, "end": end, "text": item_text, **fields}
                if optional:
                    item["optional"] = True
                items.append(item)
            items.sort(key=lambda it: (it["start"], it["end"]))
            entry[layer] = items
        out_articles.append(entry)
    return {"document": path.name, "scheme": "CODING_SCHEME.md", "articles": out_articles}


def main(folder: Path) -> None:
    sys.path.insert(0, str(folder))
    for spec in sorted(folder.glob("spec_*.py")):
        name = spec.stem.removeprefix("spec_")
        gold = build(folder, name)
        out = folder / f"{name}.gold.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {layer: sum(len(a[layer]) for a in gold["articles"]) for layer in LAYERS}
        print(f"wrote {out.name}: {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
