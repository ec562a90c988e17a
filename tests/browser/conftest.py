"""Fixtures for tests that drive JupyterLab in headless Chromium (plain Playwright).

  lab_server (session)  JupyterLab serving a copy of notebooks/, seeds/ and the
                        scheme, on a free loopback port with a token
  browser    (session)  headless Debian Chromium (/usr/bin/chromium)
  lab_page   (function) fresh context + page; kernels are shut down afterwards

Kernels see DISCOURSE_KIT_ANNOTATIONS=<tmp>/out, so annotation stores and other
files the notebooks write land outside the repository. Screenshots go to
tests/shots/ (or $SHOTS_DIR).
"""
import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from labfixture import launch_kwargs, start_lab_server  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("SHOTS_DIR", REPO / "tests" / "shots"))


def _chromium_or_skip():
    from labfixture import chromium_executable
    if chromium_executable() is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run should have installed it (apt-get install chromium)")
        pytest.skip("no Chromium here: apt-get install chromium (CI installs it)")


def copy_course(root: Path) -> None:
    """Lay out what the notebooks expect: notebooks/, seeds/ and the scheme side by side."""
    for name in ("notebooks", "seeds", "exercises", "solutions"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for name in ("CODING_SCHEME.md",):
        if (REPO / name).exists():
            shutil.copy(REPO / name, root / name)


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    _chromium_or_skip()
    base = tmp_path_factory.mktemp("lab")
    copy_course(base / "root")
    server = start_lab_server(base, extra_env={"DISCOURSE_KIT_ANNOTATIONS": str(base / "out")})
    print(f"\n[lab] ready in {server.startup_s:.2f}s at {server.url} (log {server.log_path})")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    _chromium_or_skip()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(**launch_kwargs(headless=os.environ.get("LAB_HEADFUL") != "1"))
        yield b
        b.close()


@pytest.fixture
def lab_page(browser, lab_server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    page.js_errors = []
    page.on("pageerror", lambda e: page.js_errors.append(str(e)))
    yield page
    ctx.close()
    lab_server.shutdown_sessions()
