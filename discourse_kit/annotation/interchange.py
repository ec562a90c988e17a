"""Export and import annotation sets: brat standoff, CSV (for pandas), the scheme's JSON.

* **brat** (``.ann`` beside a ``.txt`` copy of the document): one text-bound
  annotation (``T``) per span, typed ``Quote``, ``Speaker``, ``Cue``,
  ``Hedge``, ``Booster``, ``Approximator``, ``Number``, ``Scare_quote``,
  ``Naming``, ``Loaded``; a quote's speaker and cue are linked to it by
  relations (``R``, types ``Speaker``/``Cue``); every other field of an item
  travels as JSON in its ``AnnotatorNotes`` (``#``) line. Offsets are code
  points, as brat counts them; a span that crosses a line break is written
  as fragments (``0 5;6 10``). Round-trips are lossless.
* **CSV**: one row per item, one column per scheme field, plus ``article``,
  ``layer`` and ``annotation`` (the lab's category). An empty cell means the
  item has no such field, ``null`` means the field is null (pandas reads both
  as missing). Round-trips are lossless for the scheme's fields; keys outside
  the scheme go into the ``extra`` column as JSON.
* **JSON**: the scheme's own format (what gold files, stores and
  ``discourse-kit analyze --json`` use), written atomically.

Imports check every span against the document and name the file and line of
the first problem.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ..items import LAYERS
from ..scoring import load_annotations
from .categories import BY_NAME, category_of
from .store import annotation_set, atomic_write_json, empty_articles

BRAT_TYPES = {name: name.capitalize() for name in BY_NAME}
FROM_BRAT = {v: k for k, v in BRAT_TYPES.items()}
_SUBSPANS = ("speaker", "cue")

CSV_FIELDS = ["article", "layer", "annotation", "id", "start", "end", "text",
              "kind", "speaker", "speaker_canonical", "cue", "cue_stance", "source_type",
              "affiliation", "speaker_start", "speaker_end", "cue_start", "cue_end",
              "category", "voice", "value", "value_max", "unit", "approximator",
              "conversion_of", "type", "optional", "rule", "extra"]
_INT_FIELDS = {"start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end"}
_FLOAT_FIELDS = {"value", "value_max"}
_BOOL_FIELDS = {"optional"}


def _read_text(path: Path) -> str:
    """A file's text (a UTF-8 byte-order mark, as spreadsheets write, removed), or an InputError."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None


def _empty_set(document: Document) -> dict:
    return {"document": document.name, "articles": empty_articles(document)}


def _article_entry(result: dict, document: Document, start: int, where: str, path) -> dict:
    article = document.article_at(start)
    if article is None:
        raise InputError(path, f"{where}: offset {start} is outside every article")
    for entry in result["articles"]:
        if entry["start"] == article.start and entry["label"] == article.label:
            return entry
    raise InputError(path, f"{where}: no article at {start}")  # not reached for a valid document


def _check_span(document: Document, start: int, end: int, text: str | None, where: str, path) -> None:
    if not (0 <= start < end <= len(document.text)):
        raise InputError(path, f"{where}: span {start}-{end} is outside the document")
    if text is not None and document.text[start:end] != text:
        raise InputError(path, f"{where}: text {text!r} is not the document's text at "
                               f"{start}-{end} ({document.text[start:end]!r}); "
                               "was it made for another version of the document?")


# ---- brat ------------------------------------------------------------------
def _fragments(text: str, start: int, end: int) -> str:
    # brat cannot hold a line break inside a span: cut it into fragments
    parts, pos = [], start
    for m in re.finditer(r"\r\n|\r|\n", text[start:end]):
        if start + m.start() > pos:
            parts.append(f"{pos} {start + m.start()}")
        pos = start + m.end()
    if end > pos:
        parts.append(f"{pos} {end}")
    return ";".join(parts)


def to_brat(annotations, document: Document) -> str:
    """The ``.ann`` text of an annotation set."""
    data = annotation_set(annotations)
    text = document.text
    lines, t, r, note = [], 0, 0, 0

    def entity(kind: str, start: int, end: int) -> str:
        nonlocal t
        t += 1
        shown = re.sub(r"\r\n|\r|\n", " ", text[start:end])
        lines.append(f"T{t}\t{BRAT_TYPES[kind]} {_fragments(text, start, end)}\t{shown}")
        return f"T{t}"

    for article in data.get("articles", []):
        for layer in LAYERS:
            for item in article.get(layer) or []:
                tid = entity(category_of(layer, item), item["start"], item["end"])
                skip = {"start", "end", "text"}
                if layer == "quotes":
                    for part in _SUBSPANS:
                        s, e = item.get(f"{part}_start"), item.get(f"{part}_end")
                        if s is not None and e is not None:
                            sub = entity(part, s, e)
                            r += 1
                            lines.append(f"R{r}\t{BRAT_TYPES[part]} Arg1:{tid} Arg2:{sub}")
                            skip |= {f"{part}_start", f"{part}_end"}
                rest = {k: v for k, v in item.items() if k not in skip}
                if rest:
                    note += 1
                    lines.append(f"#{note}\tAnnotatorNotes {tid}\t"
                                 + json.dumps(rest, ensure_ascii=False, sort_keys=False))
    return "\n".join(lines) + ("\n" if lines else "")


def export_brat(annotations, document: Document, folder: str | Path) -> tuple[Path, Path]:
    """Write ``<stem>.txt`` (the document, byte for byte as decoded) and ``<stem>.ann`` into ``folder``.

    Returns:
        The two paths.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(document.name).stem if document.path else "document"
    txt, ann = folder / f"{stem}.txt", folder / f"{stem}.ann"
    # newline="" keeps CRLF line endings exactly, so brat's offsets are ours
    with open(txt, "w", encoding="utf-8", newline="") as f:
        f.write(document.text)
    with open(ann, "w", encoding="utf-8", newline="\n") as f:
        f.write(to_brat(annotations, document))
    return txt, ann


def import_brat(path: str | Path, document: Document) -> dict:
    """Read a brat ``.ann`` file into a scheme-shaped annotation set.

    Raises:
        InputError: naming the file and line of the first problem (unknown
            type, bad offsets, text that does not match the document).
    """
    path = Path(path)
    raw = _read_text(path)
    entities: dict[str, tuple[str, int, int, int]] = {}
    notes: dict[str, dict] = {}
    relations: list[tuple[str, str, str, int]] = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {n}"
        parts = line.split("\t")
        tag = parts[0]
        try:
            if tag.startswith("T"):
                kind, _, spans = parts[1].partition(" ")
                if kind not in FROM_BRAT:
                    raise InputError(path, f"{where}: unknown type {kind!r}; use one of "
                                           + ", ".join(FROM_BRAT))
                offsets = [tuple(int(x) for x in frag.split()) for frag in spans.split(";")]
                start, end = offsets[0][0], offsets[-1][1]
                _check_span(document, start, end, None, where, path)
                shown = re.sub(r"\r\n|\r|\n", " ", document.text[start:end])
                if len(parts) > 2 and parts[2] != shown:
                    raise InputError(path, f"{where}: text {parts[2]!r} is not the document's "
                                           f"text at {start}-{end} ({shown!r})")
                entities[tag] = (FROM_BRAT[kind], start, end, n)
            elif tag.startswith("#"):
                target = parts[1].split()[1]
                try:
                    value = json.loads(parts[2])
                except json.JSONDecodeError:
                    value = {"note": parts[2]}  # a note typed by hand in brat
                notes[target] = value if isinstance(value, dict) else {"note": parts[2]}
            elif tag.startswith("R"):
                kind, arg1, arg2 = parts[1].split()
                relations.append((FROM_BRAT.get(kind, kind), arg1.split(":")[1], arg2.split(":")[1], n))
        except (IndexError, ValueError):
            raise InputError(path, f"{where}: not a brat annotation line: {line[:80]!r}") from None
    sub_of: dict[str, tuple[str, str]] = {}
    for kind, quote, sub, n in relations:
        if kind not in _SUBSPANS or quote not in entities or sub not in entities:
            raise InputError(path, f"line {n}: relation must be Speaker or Cue between two "
                                   "text-bound annotations")
        sub_of[sub] = (quote, kind)
    result = _empty_set(document)
    built: dict[str, dict] = {}
    for tid, (name, start, end, n) in entities.items():
        if tid in sub_of:
            continue
        if name in _SUBSPANS:
            raise InputError(path, f"line {n}: a {name} must be linked to its quote by a relation")
        cat = BY_NAME[name]
        item = {"start": start, "end": end, "text": document.text[start:end]}
        item.update(notes.get(tid, {}))
        if cat.layer == "hedges":
            item["category"] = name
        elif cat.layer == "labels":
            item["type"] = name
        built[tid] = item
        _article_entry(result, document, start, f"line {n}", path)[cat.layer].append(item)
    for sub, (quote, kind) in sub_of.items():
        _, s, e, _ = entities[sub]
        built[quote][f"{kind}_start"], built[quote][f"{kind}_end"] = s, e
    return result


# ---- CSV -------------------------------------------------------------------
def _cell(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def to_csv(annotations) -> str:
    """The CSV text of an annotation set: one row per item (see the module docstring)."""
    data = annotation_set(annotations)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    known = set(CSV_FIELDS)
    for a, article in enumerate(data.get("articles", [])):
        for layer in LAYERS:
            for item in article.get(layer) or []:
                row = {"article": a + 1, "layer": layer, "annotation": category_of(layer, item)}
                row.update({k: _cell(v) for k, v in item.items() if k in known})
                extra = {k: v for k, v in item.items() if k not in known}
                if extra:
                    row["extra"] = json.dumps(extra, ensure_ascii=False)
                writer.writerow(row)
    return out.getvalue()


def export_csv(annotations, path: str | Path) -> Path:
    """Write the CSV to ``path`` (UTF-8); read it with ``pandas.read_csv(path)``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_csv(annotations), encoding="utf-8")
    return path


def _parse(field: str, cell: str, where: str, path):
    if cell == "null":
        return None
    try:
        if field in _INT_FIELDS:
            return int(cell)
        if field in _FLOAT_FIELDS:
            return float(cell)
    except ValueError:
        raise InputError(path, f"{where}: {field} {cell!r} is not a number") from None
    if field in _BOOL_FIELDS:
        return cell.lower() == "true"
    return cell


def import_csv(path: str | Path, document: Document) -> dict:
    """Read a CSV written by :func:`export_csv` (or edited in a spreadsheet).

    Raises:
        InputError: naming the file and row of the first problem.
    """
    path = Path(path)
    raw = _read_text(path)
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    missing = {"layer", "start", "end"} - set(reader.fieldnames or [])
    if missing:
        raise InputError(path, f"has no {', '.join(sorted(missing))} column; is it an annotation CSV?")
    result = _empty_set(document)
    for n, row in enumerate(reader, 2):
        where = f"row {n}"
        layer = row.get("layer")
        if layer not in LAYERS:
            raise InputError(path, f"{where}: layer {layer!r} is not one of {', '.join(LAYERS)}")
        item = {}
        for field in CSV_FIELDS[3:-1]:
            cell = row.get(field)
            if cell not in (None, ""):
                item[field] = _parse(field, cell, where, path)
        if row.get("extra"):
            item.update(json.loads(row["extra"]))
        if "start" not in item or "end" not in item:
            raise InputError(path, f"{where}: start and end are required")
        _check_span(document, item["start"], item["end"], item.get("text"), where, path)
        item.setdefault("text", document.text[item["start"]:item["end"]])
        _article_entry(result, document, item["start"], where, path)[layer].append(item)
    return result


# ---- scheme JSON -------------------------------------------------------------
def export_json(annotations, path: str | Path) -> Path:
    """Write an annotation set as the scheme's JSON (atomically)."""
    path = Path(path)
    atomic_write_json(path, annotation_set(annotations))
    return path


def import_json(path: str | Path, document: Document) -> dict:
    """Read a scheme JSON file (gold, store, analysis output) and check its spans.

    Raises:
        InputError: naming the file and the first problem.
    """
    data = load_annotations(path)
    for a, article in enumerate(data["articles"]):
        for layer in LAYERS:
            for i, item in enumerate(article.get(layer) or []):
                _check_span(document, item["start"], item["end"], item.get("text"),
                            f"article {a + 1}, {layer} item {i + 1}", path)
    return data
