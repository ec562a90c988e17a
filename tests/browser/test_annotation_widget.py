"""The annotation widget in a real JupyterLab: mark with the mouse and a key, reload, restart, delete."""
import json
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from labfixture import open_notebook, wait_kernel_idle

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/06_annotation_lab.ipynb"
PHRASE = "would trigger an all-out war"   # inside the first paragraph of the RT piece


def store_items(out: Path, timeout=15.0, predicate=lambda items: True):
    """All stored items (layer, item) once the store exists and the predicate holds."""
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        for path in out.glob("000_1272ebf6c73cbd1c--*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))  # atomic writes: always whole
            last = [(layer, it) for a in data["articles"]
                    for layer in ("quotes", "hedges", "numbers", "labels") for it in a[layer]]
            if predicate(last):
                return last
        time.sleep(0.1)
    raise AssertionError(f"store under {out} never matched; last seen: {last}")


def drag_select(page, phrase):
    """A real mouse drag over the first occurrence of `phrase` in the widget's text."""
    page.locator(".dk-columns").scroll_into_view_if_needed()
    box = page.evaluate(
        """(phrase) => {
            for (const p of document.querySelectorAll('.dk-block')) {
              const node = [...p.querySelectorAll('.dk-seg')].map(s => s.firstChild)
                .find(t => t && t.data.includes(phrase));
              if (!node) continue;
              const i = node.data.indexOf(phrase);
              const rect = (k) => { const r = document.createRange();
                r.setStart(node, k); r.setEnd(node, k + 1); return r.getBoundingClientRect(); };
              const a = rect(i), b = rect(i + phrase.length - 1);
              node.parentElement.scrollIntoView({block: 'center'});
              const a2 = rect(i), b2 = rect(i + phrase.length - 1);
              return {x0: a2.left + 1, y0: (a2.top + a2.bottom) / 2,
                      x1: b2.right - 1, y1: (b2.top + b2.bottom) / 2};
            }
            return null;
        }""", phrase)
    assert box, f"{phrase!r} not found in the widget"
    page.mouse.move(box["x0"], box["y0"])
    page.mouse.down()
    page.mouse.move(box["x1"], box["y1"], steps=10)
    page.mouse.up()


def cell_types(page):
    return page.evaluate("() => window.jupyterapp.shell.currentWidget.content.widgets.map(c => c.model.type)")


def widget_output(page):
    return page.locator(".dk-lab").locator(
        "xpath=ancestor::div[contains(@class,'jp-OutputArea-output')][1]")


def test_mark_reload_restart_delete(lab_page, lab_server, shots_dir):
    page = lab_page
    seed_text = (lab_server.root / "seeds" / "000_1272ebf6c73cbd1c.txt").read_text(encoding="utf-8")
    start = seed_text.index(PHRASE)

    open_notebook(page, lab_server, NOTEBOOK)
    expect(page.locator(".dk-lab")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Error displaying widget")).to_have_count(0)
    expect(page.locator(".dk-col")).to_have_count(2)
    widget_output(page).screenshot(path=shots_dir / "annotation_01_rendered.png")
    table = page.locator("table.dk-disagreements")
    expect(table).to_be_visible()
    table.screenshot(path=shots_dir / "annotation_01b_disagreements.png")

    # --- mark: real mouse drag, then the number key of "quote content" (1)
    types_before = cell_types(page)
    drag_select(page, PHRASE)
    expect(page.locator(".dk-message")).to_contain_text(PHRASE)
    page.keyboard.press("1")
    items = store_items(lab_server.out, predicate=lambda it: len(it) == 1)
    [(layer, item)] = items
    assert layer == "quotes"
    assert (item["start"], item["end"], item["text"]) == (start, start + len(PHRASE), PHRASE)
    assert seed_text[item["start"]:item["end"]] == PHRASE
    marked = page.locator(".dk-seg.dk-marked")
    expect(marked).to_have_text([PHRASE])
    # the key went to the widget, not to JupyterLab (where "1" turns a cell into a heading)
    assert cell_types(page) == types_before

    # --- a number inside the quote: overlapping spans stay visible and clickable
    drag_select(page, "all-out")
    page.keyboard.press("0")   # loaded label
    store_items(lab_server.out, predicate=lambda it: len(it) == 2)
    expect(page.locator(".dk-seg.dk-marked")).to_have_count(3)   # before / inside / after
    widget_output(page).screenshot(path=shots_dir / "annotation_02_marked.png")
    page.locator(".dk-seg", has_text="all-out").first.click()
    expect(page.locator(".dk-here-item")).to_have_count(2)
    page.locator(".dk-here-item", has_text="quote content").click()
    expect(page.locator(".dk-control").first).to_contain_text("quote content")
    page.locator(".dk-here-item", has_text="loaded label").click()
    page.locator(".dk-lab").focus()
    page.keyboard.press("Delete")
    store_items(lab_server.out, predicate=lambda it: [l for l, _ in it] == ["quotes"])
    expect(page.locator(".dk-seg.dk-marked")).to_have_text([PHRASE])

    # --- reload the page: the highlight comes back from the store
    page.reload(wait_until="domcontentloaded")
    open_notebook(page, lab_server, NOTEBOOK)
    expect(page.locator(".dk-seg.dk-marked")).to_have_text([PHRASE], timeout=30_000)

    # --- restart the kernel and run everything again
    page.evaluate("async () => { await window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart(); }")
    page.evaluate("async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
    wait_kernel_idle(page)
    expect(page.locator(".dk-seg.dk-marked")).to_have_text([PHRASE], timeout=30_000)
    expect(page.get_by_text("Error displaying widget")).to_have_count(0)
    widget_output(page).screenshot(path=shots_dir / "annotation_03_after_restart.png")

    # --- select it by clicking, delete it, and the store agrees
    page.locator(".dk-seg.dk-marked").first.click()
    expect(page.locator(".dk-seg.dk-selected")).to_have_count(1)
    page.keyboard.press("Delete")
    store_items(lab_server.out, predicate=lambda it: it == [])
    expect(page.locator(".dk-seg.dk-marked")).to_have_count(0)
    widget_output(page).screenshot(path=shots_dir / "annotation_04_deleted.png")

    # --- detector suggestions: dashed boxes; A accepts (rule kept), R rejects (remembered)
    page.get_by_role("button", name="Show detector suggestions").click()
    suggested = page.locator(".dk-seg.dk-suggested")
    expect(suggested.first).to_be_visible()
    widget_output(page).screenshot(path=shots_dir / "annotation_05_suggestions.png")
    n_suggested = suggested.count()
    suggested.first.click()
    expect(page.locator(".dk-control").first).to_contain_text("Suggestion")
    page.keyboard.press("a")
    [(_, accepted)] = store_items(lab_server.out, predicate=lambda it: len(it) == 1)
    assert accepted["rule"], accepted
    assert seed_text[accepted["start"]:accepted["end"]] == accepted["text"]
    page.locator(".dk-seg.dk-suggested").first.click()
    page.keyboard.press("r")
    store = next(lab_server.out.glob("000_1272ebf6c73cbd1c--*.json"))
    end = time.monotonic() + 10
    while not json.loads(store.read_text(encoding="utf-8"))["rejected_suggestions"]:
        assert time.monotonic() < end, "rejection not saved"
        time.sleep(0.1)
    expect(page.locator(".dk-seg.dk-suggested")).not_to_have_count(n_suggested)
    assert page.js_errors == [], page.js_errors
