"""Self-checks for the exercise notebooks: ``check("q1_1", answer)``.

The checks are data: ``checks.json`` (beside this file) maps each question id
to a check *kind* (a function below), its arguments, a tolerance and a hint.
Expected values are never stored as numbers the detectors produce: a check
recomputes them when it runs, from the gold file beside the source text
(hand-counting questions) or from the kit's own analysis (questions answered
with the kit), so the checks stay right while the detectors improve and when
an instructor swaps in another article pair with its gold file.

``check`` prints one short message and never raises: "well done", a specific
hint that does not give the answer away, or "not answered yet" for ``...``.
Every result is also recorded, which is how the grader reads them.
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SOURCE = REPO / "seeds" / "000_1272ebf6c73cbd1c.txt"
# a short made-up article of hard cases, with its gold: where detectors go wrong
PRACTICE = HERE / "practice.txt"
UNANSWERED = ("not answered yet: replace the `...` with your answer, "
              "run that cell, then run this check again.")
SUCCESS = "well done!"

_state = {"source": None}
_recorded: dict[str, "CheckResult"] = {}


@dataclass
class CheckResult:
    """The outcome of one check.

    Attributes:
        qid: the question id (``"q1_1"``; hidden checks end in ``".hidden"``).
        status: ``"correct"``, ``"wrong"``, ``"unanswered"`` or ``"error"``
            (the check itself could not run: a missing gold file, an unknown id).
        message: what the student sees (never the expected answer).
    """

    qid: str
    status: str
    message: str

    @property
    def passed(self) -> bool:
        return self.status == "correct"

    @property
    def question(self) -> str:
        """The graded question this check belongs to (``q1_3.hidden`` -> ``q1_3``)."""
        return self.qid.split(".")[0]

    def __str__(self) -> str:
        mark = {"correct": "✔", "wrong": "✘", "unanswered": "…", "error": "!"}[self.status]
        return f"{mark} {self.qid} — {self.message}"


class Wrong(Exception):
    """Raised by a check kind with the specific, answer-free reason."""


class Unanswered(Exception):
    """Raised by a check kind when the answer is still a stub (a function returning ``...``)."""


# ---------------------------------------------------------------- the data

@lru_cache(maxsize=1)
def load_checks() -> dict[str, dict]:
    """``{question id: spec}`` from ``checks.json``."""
    return json.loads((HERE / "checks.json").read_text(encoding="utf-8"))["checks"]


def use_source(path: str | Path) -> None:
    """Check answers against this source file (and the ``.gold.json`` beside it)."""
    _state["source"] = Path(path)


def current_source() -> Path:
    return Path(_state["source"] or DEFAULT_SOURCE)


def gold_path(source: str | Path) -> Path:
    """Where the gold of a source text lives: ``X.txt`` -> ``X.gold.json`` beside it."""
    source = Path(source)
    return source.with_name(source.stem + ".gold.json")


@lru_cache(maxsize=4)
def _gold(source: str) -> dict:
    path = gold_path(Path(source))
    if not path.is_file():
        raise LookupError(f"this question needs a gold file beside the source text ({path.name}); "
                          "ask your instructor")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _kit(source: str) -> dict:
    from ..analysis import analyze
    return analyze(source)


@lru_cache(maxsize=1)
def _lab() -> dict:
    return json.loads((HERE / "lab_annotations.json").read_text(encoding="utf-8"))


def _document(document: str | None) -> str:
    """The text a check reads: the exercise's source, or a text shipped with the exercises."""
    return str(current_source() if document is None else HERE / f"{document}.txt")


def gold_articles(document: str | None = None) -> list[dict]:
    return _gold(_document(document))["articles"]


def kit_articles(document: str | None = None) -> list[dict]:
    return _kit(_document(document))["articles"]


def _required(items: list[dict]) -> list[dict]:
    return [i for i in items if not i.get("optional")]


# ------------------------------------------- reference solutions of kit questions

EMPTY_ARTICLE = {"label": "EMPTY", "title": "", "start": 0, "end": 0, "words": 0,
                 "quotes": [], "hedges": [], "numbers": [], "labels": [], "readability": {}}


def quote_kinds(article: dict) -> dict:
    """Quotes of each kind in an analysed article, ``{kind: count}``; kinds that do not occur are left out."""
    return {kind: n for kind, n in Counter(q["kind"] for q in article["quotes"]).items()}


def hedge_rate(article: dict) -> float:
    """Hedges (not boosters or approximators) per 1000 words; higher means a more tentative text. 0.0 without words."""
    n = sum(1 for h in article["hedges"] if h["category"] == "hedge")
    return 1000 * n / article["words"] if article["words"] else 0.0


def approximated_share(article: dict) -> float:
    """Share (0 to 1) of numbers given with an approximator; higher means vaguer figures. 0.0 without numbers."""
    numbers = article["numbers"]
    return sum(1 for n in numbers if n.get("approximator")) / len(numbers) if numbers else 0.0


def loaded_labels(article: dict) -> list:
    """The distinct texts of an article's loaded labels, sorted."""
    return sorted({label["text"] for label in article["labels"] if label["type"] == "loaded"})


def rates_table(articles: list[dict]) -> dict:
    """``{article label: {layer: items per 1000 words}}`` for the four layers; higher means denser."""
    return {a["label"]: {layer: (1000 * len(a[layer]) / a["words"] if a["words"] else 0.0)
                         for layer in ("quotes", "hedges", "numbers", "labels")}
            for a in articles}


REFERENCES = {"quote_kinds": quote_kinds, "hedge_rate": hedge_rate,
              "approximated_share": approximated_share, "loaded_labels": loaded_labels}


# ---------------------------------------------------------------- comparing

def _type_name(value) -> str:
    return type(value).__name__


def _same(expected, answer, tolerance: float, path: str = "your answer") -> None:
    """Raise Wrong with a specific message when ``answer`` differs from ``expected``."""
    if isinstance(expected, bool) or expected is None:
        if answer != expected:
            raise Wrong(f"{path} is not right.")
    elif isinstance(expected, (int, float)):
        if isinstance(answer, bool) or not isinstance(answer, (int, float)):
            raise Wrong(f"{path} should be a number, not a {_type_name(answer)}.")
        if not math.isclose(float(answer), float(expected), rel_tol=0, abs_tol=tolerance + 1e-9):
            direction = "too high" if answer > expected else "too low"
            raise Wrong(f"{path} is {direction}.")
    elif isinstance(expected, dict):
        if not isinstance(answer, dict):
            raise Wrong(f"{path} should be a dict, not a {_type_name(answer)}.")
        keys = {k for k in expected if expected[k] not in (0, 0.0)} | {k for k in answer if answer[k] not in (0, 0.0)}
        for key in sorted(keys, key=str):
            if key not in expected and answer.get(key) not in (0, 0.0):
                raise Wrong(f"{path} has a key {key!r} that should not be there.")
            _same(expected.get(key, 0), answer.get(key, 0), tolerance, f"{path}[{key!r}]")
    elif isinstance(expected, (list, set, tuple)):
        if not isinstance(answer, (list, set, tuple)):
            raise Wrong(f"{path} should be a list, not a {_type_name(answer)}.")
        missing = [x for x in expected if x not in answer]
        extra = [x for x in answer if x not in expected]
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"{len(missing)} missing")
            if extra:
                parts.append(f"these should not be there: {', '.join(map(repr, extra[:3]))}")
            raise Wrong(f"{path}: " + "; ".join(parts) + ".")
    elif answer != expected:
        raise Wrong(f"{path} is not right.")


def _article(articles: list[dict], index) -> dict:
    return EMPTY_ARTICLE if index == "empty" else articles[index]


def _spans(items) -> set[tuple[int, int]]:
    return {(i["start"], i["end"]) for i in items}


def _as_span(answer) -> tuple[int, int]:
    if isinstance(answer, dict) and "start" in answer:
        answer = (answer["start"], answer["end"])
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and all(isinstance(x, int) for x in answer)):
        raise Wrong("give a span as a pair of offsets, (start, end), or an item dict with 'start' and 'end'.")
    return tuple(answer)


def _overlaps(span, spans) -> bool:
    return any(min(span[1], e) > max(span[0], s) for s, e in spans)


# ---------------------------------------------------------------- check kinds
# each takes (answer, args, tolerance) and returns None when right, raising Wrong otherwise

def gold_count(answer, args, tol):
    items = _required(gold_articles()[args["article"]][args["layer"]])
    where = args.get("where", {})
    expected = sum(1 for i in items if all(i.get(k) == v for k, v in where.items()))
    if not isinstance(answer, int) or isinstance(answer, bool):
        raise Wrong(f"give a whole number (an int), not a {_type_name(answer)}.")
    _same(expected, answer, tol, "your count")


def gold_surnames(answer, args, tol):
    items = gold_articles()[args["article"]][args["layer"]]
    expected = {(q.get("speaker_canonical") or q["speaker"]).split()[-1].lower() for q in _required(items)}
    if isinstance(answer, str) or not isinstance(answer, (list, set, tuple)):
        raise Wrong("give a set or list of names, e.g. {'Medvedev', ...}.")
    given = {str(name).split()[-1].lower() for name in answer if str(name).strip()}
    missing, extra = expected - given, sorted(given - expected)
    if missing or extra:
        parts = [f"{len(missing)} source(s) missing"] if missing else []
        if extra:
            parts.append(f"not quoted sources here: {', '.join(extra)}")
        raise Wrong("; ".join(parts) + ".")


def gold_field_by_text(answer, args, tol):
    layer, field = args["layer"], args["field"]
    items = [i for a in gold_articles() for i in a[layer]]
    if not isinstance(answer, dict):
        raise Wrong("give a dict: {phrase: ...}.")
    if set(answer) != set(args["texts"]):
        raise Wrong(f"keep exactly the keys {args['texts']}.")
    wrong = []
    for text in args["texts"]:
        match = next((i for i in items if i["text"].lower() == text.lower()), None)
        if match is None:
            raise LookupError(f"the gold has no {layer} item {text!r}")
        value = answer[text]
        if value is Ellipsis:
            raise Wrong(f"{text!r} is not answered yet.")
        expected = match.get(field)
        ok = (isinstance(value, (int, float)) and expected is not None
              and math.isclose(float(value), float(expected), rel_tol=tol or 1e-9)) if field == "value" else value == expected
        if not ok:
            wrong.append(text)
    if wrong:
        raise Wrong(f"look again at {', '.join(map(repr, wrong))}.")


def gold_label_text(answer, args, tol):
    if not isinstance(answer, dict):
        raise Wrong("give a dict: {article label: spelling}.")
    for article in gold_articles():
        names = [l["text"] for l in article["labels"] if l["type"] == args["type"]
                 and re.search(args["pattern"], l["text"])]
        expected = Counter(names).most_common(1)[0][0] if names else None
        given = answer.get(article["label"], Ellipsis)
        if given is Ellipsis:
            raise Wrong(f"the key {article['label']!r} is missing.")
        if given != expected:
            raise Wrong(f"the spelling for {article['label']} is not the one that article uses (check capitals too).")


def gold_share(answer, args, tol):
    expected = {}
    for article in gold_articles():
        items = _required(article[args["layer"]])
        expected[article["label"]] = (sum(1 for i in items if i.get(args["field"]) == args["value"]) / len(items)
                                      if items else 0.0)
    _same(expected, answer, tol)


def kit_function(answer, args, tol):
    if not callable(answer):
        raise Wrong(f"give the function itself (its name, without brackets), not a {_type_name(answer)}.")
    reference = REFERENCES[args["reference"]]
    article = _article(kit_articles(), args["article"])
    try:
        got = answer(dict(article))
    except Exception as exc:  # the student's code: report it, never a traceback
        raise Wrong(f"your function raised {type(exc).__name__}: {exc} "
                    f"(on the article {article['label']!r}, {article['words']} words).") from None
    if got is Ellipsis:
        raise Unanswered()
    _same(reference(article), got, tol, f"the result for {article['label']!r}")


def kit_rates(answer, args, tol):
    _same(rates_table(kit_articles()), answer, tol)


def detector_error(answer, args, tol):
    from ..scoring import score_layer
    layer, index, document = args["layer"], args["article"], args.get("document")
    result = score_layer(layer, gold_articles(document)[index][layer], kit_articles(document)[index][layer])
    spans = set()
    if "missed" in args["which"]:
        spans |= _spans(result.missed)
    if "spurious" in args["which"]:
        spans |= _spans(result.spurious)
    if "attribute" in args["which"]:
        from ..scoring import _same_attribute
        spans |= {(g["start"], g["end"]) for g, f in result.pairs if not _same_attribute(layer, g, f)}
    for key in args.get("fields", []):
        spans |= {(g["start"], g["end"]) for g, f in result.pairs if g.get(key) != f.get(key)}
    if answer is None:
        if spans:
            raise Wrong("the detector does disagree with the gold here: compare them with score().")
        return
    span = _as_span(answer)
    if not _overlaps(span, spans):
        raise Wrong("that span is not one where the detector and the gold disagree.")


def span_item(answer, args, tol):
    from ..document import load_document
    if not isinstance(answer, dict):
        raise Wrong("give an item as a dict with 'start', 'end', 'text' and the scheme's fields.")
    missing = [k for k in ("start", "end", "text") + tuple(args.get("fields", [])) if k not in answer]
    if missing:
        raise Wrong(f"the item has no {', '.join(missing)}.")
    text = load_document(current_source()).text
    start, end = answer["start"], answer["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise Wrong("start and end should be whole numbers with 0 <= start < end <= len(text).")
    if text[start:end] != answer["text"]:
        raise Wrong(f"text[start:end] is {text[start:end]!r}, not {answer['text']!r}: an offset is off.")
    gold = [i for i in gold_articles()[args["article"]][args["layer"]] if i["text"] == args["text"]]
    hit = next((g for g in gold if g["start"] == start and g["end"] == end), None)
    if hit is None:
        raise Wrong(f"the span should cover exactly the cue {args['text']!r} in that article.")
    for key in args.get("fields", []):
        if answer[key] != hit.get(key):
            raise Wrong(f"the {key} is not right: see the scheme.")


def lab_score(answer, args, tol):
    from ..scoring import score_layer
    annotators = _lab()["annotators"]
    ref = annotators[args["reference"]]["articles"][0] if args["reference"] != "gold" else gold_articles()[0]
    found = annotators[args["found"]]["articles"][0]
    result = score_layer(args["layer"], ref[args["layer"]], found[args["layer"]])
    if args["measure"] in ("spurious", "missed"):
        expected = sorted(_spans(getattr(result, args["measure"])))
        if isinstance(answer, (list, set, tuple)):
            answer = sorted(_as_span(a) for a in answer)
        _same(expected, answer, tol, "your list of spans")
    else:
        _same(getattr(result, args["measure"]), answer, tol)


KINDS = {f.__name__: f for f in (gold_count, gold_surnames, gold_field_by_text, gold_label_text, gold_share,
                                 kit_function, kit_rates, detector_error, span_item, lab_score)}


# ---------------------------------------------------------------- the API

def _is_unanswered(answer) -> bool:
    return answer is Ellipsis


def evaluate(qid: str, answer) -> CheckResult:
    """Check one answer; never raises."""
    spec = load_checks().get(qid)
    if spec is None:
        return CheckResult(qid, "error", f"there is no check called {qid!r}: was the check cell changed?")
    if _is_unanswered(answer):
        return CheckResult(qid, "unanswered", UNANSWERED)
    try:
        KINDS[spec["kind"]](answer, spec.get("args", {}), float(spec.get("tolerance", 0)))
    except Unanswered:
        return CheckResult(qid, "unanswered", UNANSWERED)
    except Wrong as exc:
        hint = spec.get("hint")
        return CheckResult(qid, "wrong", f"not quite: {exc}" + (f" Hint: {hint}" if hint else ""))
    except (LookupError, OSError, ValueError) as exc:
        return CheckResult(qid, "error", f"could not check this answer: {exc}")
    except Exception as exc:  # a broken answer object must not give the student a traceback
        return CheckResult(qid, "wrong", f"not quite: checking your answer raised {type(exc).__name__}: {exc}")
    return CheckResult(qid, "correct", SUCCESS)


def check(qid: str, answer) -> None:
    """Check an exercise answer and print what is right or a hint.

    Args:
        qid: the question id printed in the exercise (``"q2_3"``).
        answer: your answer; ``...`` (Ellipsis) means not answered yet.

    Under nbgrader's autograder or validator (``NBGRADER_EXECUTION`` set), a
    failing check raises ``AssertionError`` so that nbgrader withholds the points.
    """
    result = evaluate(qid, answer)
    _recorded[qid] = result
    print(result)
    # nbgrader scores a test cell by whether it raises; only its grader sees this
    if os.environ.get("NBGRADER_EXECUTION") in ("autograde", "validate") and not result.passed:
        raise AssertionError(str(result))


def recorded() -> list[dict]:
    """Every check run in this kernel, latest result per id (what the grader reads)."""
    return [asdict(r) for r in _recorded.values()]


def summary(exercise: str, require_all: bool = False) -> None:
    """Print how many of an exercise's questions are right so far.

    Args:
        exercise: the exercise id (``"ex1_quotes"``).
        require_all: raise ``AssertionError`` unless every check, hidden ones
            included, ran and passed (the solutions' self-test).
    """
    ids = [q for q, spec in load_checks().items() if spec["exercise"] == exercise]
    visible = [q for q in ids if not load_checks()[q].get("hidden")]
    right = [q for q in visible if q in _recorded and _recorded[q].passed]
    todo = [q for q in visible if q not in right]
    if require_all:  # the solutions' self-test: silent unless something fails
        pass
    elif not todo:
        print(f"🎉 All {len(visible)} checks of {exercise} pass. Well done! "
              "Your written answers are read by your instructor.")
    else:
        print(f"{len(right)} of {len(visible)} checks pass so far; still to do: {', '.join(todo)}.")
    if require_all:
        failing = [f"{q}: {_recorded[q] if q in _recorded else 'did not run'}"
                   for q in ids if q not in _recorded or not _recorded[q].passed]
        assert not failing, "solution checks failing:\n" + "\n".join(failing)
