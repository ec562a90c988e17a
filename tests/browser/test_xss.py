"""Safe rendering: article text and annotation fields never run as code in the browser.

An article full of ``<script>``, ``<img onerror>``, ``javascript:`` links and
attribute break-outs, and annotation items whose speakers, rules, units and
categories carry the same payloads, go through everything the kit renders as
HTML: highlighted text, side-by-side view, concordance, pandas tables and the
annotation widget. Every payload sets ``window.__pwned`` and calls ``alert``;
the tests listen for both, and check the payloads show up as plain text.
Control tests prove the same payloads do run when inserted unescaped.
"""
import json
from importlib import import_module

import nbformat
import pytest

from discourse_kit.analysis import analyze
from discourse_kit.document import Document

pytestmark = pytest.mark.browser

P_SCRIPT = "<script>window.__pwned='script';alert('script')</script>"
P_IMG = "<img src=x onerror=\"window.__pwned='img';alert('img')\">"
P_LINK = "<a id=evil href=\"javascript:window.__pwned='link';alert('link')\">click here</a>"
P_SVG = "<svg onload=\"window.__pwned='svg';alert('svg')\"></svg>"
P_IFRAME = "<iframe src=\"javascript:parent.__pwned='iframe';alert('iframe')\"></iframe>"
P_ATTR = "' \" onmouseover=\"window.__pwned='attr';alert('attr')\" x=\""
PAYLOADS = [P_SCRIPT, P_IMG, P_LINK, P_SVG, P_IFRAME, P_ATTR]

ARTICLE = f"""WESTERN PERSPECTIVE
Officials said {P_SCRIPT} – Medvedev
The minister said “{P_IMG}” as about 300 troops {P_LINK} were seen, officials said.
‘{P_SVG}’ {P_IFRAME} Kiev reportedly {P_ATTR} hired neo-Nazis, Medvedev claimed.
RUSSIAN PERSPECTIVE
Second {P_SCRIPT} headline
“{P_IMG},” he warned, according to {P_LINK}. Kyiv may say “{P_ATTR}” again.
"""

# what must not appear in rendered output: any element or attribute that runs code
# (JupyterLab's own icons are inline <svg>s, harmless without on* attributes)
DANGER_JS = """() => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'img', 'iframe', 'object', 'embed'].includes(tag)) bad.push(tag);
        for (const a of el.attributes) {
            if (a.name.startsWith('on')) bad.push(tag + '[' + a.name + ']');
            if (/^\\s*javascript:/i.test(a.value)) bad.push(tag + '[' + a.name + '=javascript:]');
        }
    }
    return bad;
}"""

# hover and click everything, so event-handler payloads get their chance
PROVOKE_JS = """(root) => {
    for (const el of document.querySelectorAll(root + ' *')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) {
            el.dispatchEvent(new MouseEvent(type, {bubbles: true}));
        }
    }
}"""


def span_of(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def payload_analysis(document: Document, bad_categories: bool = False) -> dict:
    """The detectors' analysis plus items whose every free-text field is a payload."""
    text = document.text
    result = analyze(document)
    for n, article in enumerate(result["articles"]):
        s, e = span_of(text, P_IMG, n)
        ss, se = span_of(text, P_SCRIPT, n)
        article["quotes"].append({
            "start": s, "end": e, "text": text[s:e], "kind": "direct", "speaker": P_SCRIPT,
            "speaker_canonical": P_IMG, "cue": P_LINK, "cue_stance": "neutral",
            "source_type": "person", "affiliation": P_SVG, "rule": P_IMG,
            "speaker_start": ss, "speaker_end": se, "cue_start": None, "cue_end": None})
        ls, le = span_of(text, P_LINK, n)
        article["hedges"].append({"start": ls, "end": le, "text": text[ls:le], "category": "hedge",
                                  "voice": "author", "rule": P_ATTR})
        ns, ne = span_of(text, "300") if n == 0 else span_of(text, P_ATTR, 1)
        article["numbers"].append({"start": ns, "end": ne, "text": text[ns:ne], "value": 300.0,
                                   "value_max": None, "kind": "count", "unit": P_IMG,
                                   "approximator": P_SCRIPT, "conversion_of": P_LINK,
                                   "rule": P_SVG})
        article["labels"].append({"start": ss, "end": se, "text": text[ss:se], "type": "loaded",
                                  "rule": P_IFRAME})
        if bad_categories:  # a hand-edited annotation file can hold anything
            article["quotes"].append(dict(article["quotes"][-1], kind=P_ATTR))
            article["hedges"].append(dict(article["hedges"][-1], category=P_IMG))
            article["labels"].append(dict(article["labels"][-1], type=P_SCRIPT))
    article0 = result["articles"][0]
    article0["title"] = P_SCRIPT + article0["title"]
    return result


@pytest.fixture(scope="module")
def document() -> Document:
    return Document.from_text(ARTICLE, path="xss.txt")


def kit_html_fragments(document: Document) -> dict[str, str]:
    """Every HTML string the kit shows in a notebook for this document."""
    concordance, highlight, tables = (import_module(f"discourse_kit.{name}")
                                      for name in ("concordance", "highlight", "tables"))
    analysis = payload_analysis(document)
    hostile = payload_analysis(document, bad_categories=True)
    out = {}
    for n, article in enumerate(hostile["articles"]):
        out[f"highlight article {n}"] = highlight.highlight(document, article).html
    out["highlight item list"] = highlight.highlight(document, hostile["articles"][1]["quotes"]).html
    out["side by side"] = highlight.side_by_side(document, hostile).html
    for keyword in ("said", "script", "onerror"):
        out[f"kwic {keyword}"] = concordance.kwic_html(concordance.kwic(document, keyword),
                                                       caption=P_IMG).html
    for name in ("articles_table", "quotes_table", "speakers_table", "quotes_summary",
                 "rates_table", "hedges_by_voice", "numbers_table", "labels_table", "compare"):
        out[f"tables.{name}"] = getattr(tables, name)(analysis)._repr_html_()
    out["tables.name_variants"] = tables.name_variants(document, analysis)._repr_html_()
    return out


def render_in_page(browser, body: str):
    """Load ``body`` in a fresh page; return (page, dialogs seen)."""
    page = browser.new_page()
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.set_content(f"<!doctype html><html><body>{body}</body></html>", wait_until="load")
    page.wait_for_timeout(100)
    return page, dialogs


@pytest.mark.parametrize("payload", PAYLOADS[:5])
def test_control_the_payloads_do_run_when_not_escaped(browser, payload):
    """Without escaping each payload runs: so the checks below can fail."""
    page, dialogs = render_in_page(browser, f"<p title='x'>{payload}</p>")
    page.evaluate(PROVOKE_JS, "body")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is not None or dialogs, payload
    assert page.evaluate(DANGER_JS)
    page.close()


def test_control_attribute_break_out_runs_when_not_escaped(browser):
    page, dialogs = render_in_page(browser, f'<span title="{P_ATTR}">x</span>')
    page.evaluate(PROVOKE_JS, "body")
    assert page.evaluate("window.__pwned") == "attr" and dialogs == ["attr"]
    page.close()


def test_kit_html_escapes_every_payload(browser, document):
    fragments = kit_html_fragments(document)
    assert len(fragments) >= 15
    body = "".join(f"<section data-name='{name}'>{html}</section>" for name, html in fragments.items())
    page, dialogs = render_in_page(browser, body)
    page.evaluate(PROVOKE_JS, "body")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate(DANGER_JS) == []
    # escaped, not dropped: the payload text is there to read
    for name, html in fragments.items():
        shown = page.locator(f"section[data-name='{name}']").inner_text()
        if name.startswith(("highlight", "side by side")):
            for payload in (P_SCRIPT, P_IMG, P_LINK):
                assert payload in shown.replace("\n", ""), (name, payload)
        if name.startswith(("kwic", "tables.quotes_table", "tables.numbers_table")):
            assert "<img src=x" in shown or "<script>" in shown or "onerror" in shown, name
    # hover text keeps the payload as text too
    titles = page.evaluate("() => [...document.querySelectorAll('[title]')].map(e => e.title)")
    assert any(P_IMG in t for t in titles) and any(P_ATTR in t for t in titles)
    page.close()


def _xss_notebook(article_name: str, suggestions: str) -> nbformat.NotebookNode:
    payload_code = json.dumps(PAYLOADS)
    setup = f"""
import json
from IPython.display import display, HTML
from importlib import import_module
from discourse_kit import load_document
from discourse_kit.annotation.widget import annotate
concordance, highlight, tables = (import_module(f"discourse_kit.{{name}}")
                                  for name in ("concordance", "highlight", "tables"))
PAYLOADS = json.loads({payload_code!r})
doc = load_document({article_name!r})
with open('analysis.json', encoding='utf-8') as fh:
    analysis = json.load(fh)
with open('hostile.json', encoding='utf-8') as fh:
    hostile = json.load(fh)
"""
    cells = [
        setup,
        # the control proves this Lab runs injected HTML in outputs (trusted output)
        "display(HTML(\"<img src=x onerror=\\\"window.__control='ran'\\\">\"))",
        "display(highlight.highlight(doc, hostile['articles'][0]))\n"
        "display(highlight.side_by_side(doc, hostile))\n"
        "display(concordance.kwic_html(concordance.kwic(doc, 'said'), caption=PAYLOADS[1]))\n"
        "display(tables.quotes_table(analysis))\n"
        "display(tables.numbers_table(analysis))",
        # one annotator per run: both runs share the kernels' annotation folder
        f"lab = annotate(doc, annotator='xss-{suggestions}', suggestions={suggestions})\n"
        "lab.suggest_toggle.value = True\n"
        "start = doc.text.index(PAYLOADS[0])\n"
        "mine = lab.session.add('hedge', start, start + len(PAYLOADS[0]))\n"
        "lab.refresh()\n"
        "lab",
        "evil = [s for s in lab.session.suggestions() if 'onerror' in (s.get('rule') or '')]\n"
        "lab.view.selected = evil[0]['id']\n"
        "lab.speaker.value = PAYLOADS[1]\n"
        "print(lab.selected_info.value[:40])",
        "lab.view.selected = mine\nprint('selected mine')",
    ]
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


@pytest.mark.parametrize("suggestions", ["analysis", "hostile"])
def test_nothing_runs_in_jupyterlab(lab_server, lab_page, shots_dir, document, suggestions):
    """Highlighted text, tables and the annotation widget in a real notebook.

    The widget is offered the payload items as detector suggestions: with valid
    categories (``analysis``) and with payloads in the category fields too
    (``hostile``, as a hand-edited annotation file could hold).
    """
    from labfixture import open_notebook, wait_kernel_idle

    folder = lab_server.root / "xss"
    folder.mkdir(exist_ok=True)
    (folder / "xss_article.txt").write_text(ARTICLE, encoding="utf-8")
    for name, bad in (("analysis.json", False), ("hostile.json", True)):
        (folder / name).write_text(json.dumps(payload_analysis(document, bad_categories=bad)),
                                   encoding="utf-8")
    nbformat.write(_xss_notebook("xss_article.txt", suggestions), folder / f"xss_{suggestions}.ipynb")

    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    lab_page.on("dialog", on_dialog)
    open_notebook(lab_page, lab_server, f"xss/xss_{suggestions}.ipynb")
    wait_kernel_idle(lab_page)
    lab_page.wait_for_timeout(300)  # let the widget views render
    assert lab_page.js_errors == []
    outputs = lab_page.locator(".jp-OutputArea-output")
    # the widget has drawn the article text (no dependence on the kit's class names)
    lab_page.wait_for_function(
        "() => [...document.querySelectorAll('.dk-annotation-lab')].some("
        "el => el.innerText.includes('WESTERN PERSPECTIVE'))", timeout=60_000)
    errors = lab_page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert errors.count() == 0, errors.all_inner_texts()
    assert "selected mine" in outputs.all_inner_texts()[-1]
    widget = lab_page.locator(".dk-annotation-lab").first
    # the selected span's text (a payload) is shown, escaped, in the editor's HTML widget
    info = widget.locator(".widget-html").filter(has_text="Selected:").first
    info.wait_for(timeout=30_000)
    assert P_SCRIPT in info.inner_text()

    lab_page.evaluate(PROVOKE_JS, ".jp-OutputArea")
    lab_page.wait_for_timeout(500)
    assert lab_page.evaluate("window.__control") == "ran", "the control payload should run in Lab"
    assert dialogs == []
    assert lab_page.evaluate("window.__pwned") is None
    bad = lab_page.evaluate(DANGER_JS.replace("document.querySelectorAll('*')",
                                              "document.querySelectorAll('.jp-OutputArea *')"))
    # the control's own <img> is the only code-carrying element allowed
    assert bad == ["img", "img[onerror]"], bad
    shown = " ".join(outputs.all_inner_texts())
    assert P_SCRIPT in shown.replace("\n", "") and "onerror" in shown
    widget.screenshot(path=str(shots_dir / f"xss_widget_{suggestions}.png"))
    widget_text = widget.inner_text()
    assert "<script>" in widget_text and "<img src=x" in widget_text
    assert lab_page.js_errors == []
