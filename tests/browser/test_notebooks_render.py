"""Each course notebook in a real JupyterLab: runs without errors, and its highlighted
text, tables and plots render. Screenshots land in shots_dir for a person to look at."""
import pytest

from labfixture import open_notebook

pytestmark = pytest.mark.browser

# notebook -> (side-by-side highlighted views, figures, HTML tables) it must show at least
EXPECTED = {
    "00_start_here.ipynb": (1, 1, 2),
    "01_reading_closely.ipynb": (0, 1, 3),
    "02_quote_sourcing.ipynb": (1, 4, 3),
    "03_hedging.ipynb": (1, 2, 3),
    "04_numeric_framing.ipynb": (1, 1, 3),
    "05_naming_and_labels.ipynb": (1, 1, 2),
    "07_synthesis.ipynb": (1, 1, 1),
}

ERRORS_JS = """() => {
    const w = window.jupyterapp.shell.currentWidget;
    const errs = [];
    for (const c of w.content.widgets) {
        if (c.model.type !== 'code') continue;
        for (const o of c.model.outputs.toJSON())
            if (o.output_type === 'error') errs.push(o.ename + ': ' + o.evalue);
    }
    return errs;
}"""


def shoot(page, locator, path):
    """What the student sees with the output at the top of the window (outputs taller than
    the window do not screenshot well on their own: JupyterLab scrolls inside its panel)."""
    locator.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(path))


@pytest.mark.parametrize("name", list(EXPECTED))
def test_notebook_renders(lab_page, lab_server, shots_dir, name):
    page = lab_page
    open_notebook(page, lab_server, f"notebooks/{name}")
    assert page.evaluate(ERRORS_JS) == []
    views, figures, tables = EXPECTED[name]
    stem = name.removesuffix(".ipynb")

    page.locator(".jp-Cell").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots_dir / f"{stem}_top.png"))

    sides = page.locator(".jp-OutputArea-output .dkh-side-by-side")
    assert sides.count() >= views
    if views:
        assert page.locator(".jp-OutputArea-output .dkh-article").count() >= 2
        # the checked overview and the articles' headlines are really on the page
        shoot(page, page.locator(".jp-OutputArea-output:has(.dkh-side-by-side)").first, shots_dir / f"{stem}_text.png")
        marked = page.locator(".jp-OutputArea-output [class^='dkh-'][title*='rule:']")
        if marked.count():   # detectors found something: the hover names the rule
            assert "rule:" in marked.first.get_attribute("title")

    imgs = page.locator(".jp-OutputArea-output img")
    assert imgs.count() >= figures
    for k in range(imgs.count()):
        assert page.evaluate("(img) => img.complete && img.naturalWidth > 100", imgs.nth(k).element_handle())
    if figures:
        shoot(page, page.locator(".jp-OutputArea-output:has(img)").first, shots_dir / f"{stem}_plot.png")

    html_tables = page.locator(".jp-OutputArea-output table")
    assert html_tables.count() >= tables
    shoot(page, page.locator(".jp-OutputArea-output:has(table)").first, shots_dir / f"{stem}_table.png")
