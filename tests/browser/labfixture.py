"""Start/stop a throw-away JupyterLab server and drive notebooks in it.

Adapted from shared/recipes/jupyterlab-browser-test (verified there).

Plain helpers (no pytest import) shared by conftest.py (plain Playwright) and
conftest_pytest_playwright.py (pytest-playwright plugin variant).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

TOKEN = "testtoken"

CHROMIUM_ARGS = [
    "--no-sandbox",              # root / containers: the sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",   # docker's 64 MB /dev/shm crashes tabs otherwise
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
]


def chromium_executable() -> str | None:
    """$CHROMIUM_PATH, else Debian/Ubuntu's chromium, else None (= the build
    fetched by `playwright install chromium`)."""
    env = os.environ.get("CHROMIUM_PATH")
    if env:
        return env
    for cand in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(cand).exists():
            return cand
    return None


def launch_kwargs(headless: bool = True) -> dict:
    kw = {"headless": headless, "args": list(CHROMIUM_ARGS)}
    exe = chromium_executable()
    if exe:
        kw["executable_path"] = exe
    return kw


@dataclass
class LabServer:
    url: str          # e.g. http://127.0.0.1:41234/
    token: str
    root: Path        # --ServerApp.root_dir
    out: Path         # $DEMO_OUT as seen by the kernels
    log_path: Path
    proc: subprocess.Popen = field(repr=False)
    startup_s: float = 0.0

    def api(self, path: str, method: str = "GET"):
        req = urllib.request.Request(f"{self.url}api/{path}", method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def shutdown_sessions(self) -> None:
        """JupyterLab re-attaches to a running kernel for the same path; kill
        every session so the next test gets a fresh kernel."""
        for sess in self.api("sessions"):
            self.api(f"sessions/{sess['id']}", method="DELETE")

    def stop(self) -> None:
        # jupyter_server handles SIGTERM as a clean shutdown (kernels included)
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)  # our own process group only
            self.proc.wait()


def _write_settings(settings_dir: Path) -> None:
    def put(rel: str, data: dict) -> None:
        p = settings_dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(data))
    # no "get Jupyter news?" toast, no update check
    put("@jupyterlab/apputils-extension/notification.jupyterlab-settings",
        {"fetchNews": "false", "checkForUpdates": False})
    # attach every cell to the DOM (default 'contentVisibility' is fine too;
    # 'full'/'defer' would detach off-screen cells and break locators)
    put("@jupyterlab/notebook-extension/tracker.jupyterlab-settings",
        {"windowingMode": "none"})


def start_lab_server(base: Path, extra_env: dict | None = None,
                     timeout_s: float = 90) -> LabServer:
    """Start `jupyter lab` on 127.0.0.1, OS-chosen port, isolated config dirs.
    Files to serve go into base/'root'; kernels see $DEMO_OUT=base/'out'."""
    root, out, home = base / "root", base / "out", base / "home"
    for d in (root, out, home):
        d.mkdir(parents=True, exist_ok=True)
    _write_settings(home / "user-settings")
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),     # ignore ~/.jupyter
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),   # jpserver-<pid>.json lands here
        JUPYTER_DATA_DIR=str(home / "data"),
        IPYTHONDIR=str(home / "ipython"),
        JUPYTER_PLATFORM_DIRS="1",
        DEMO_OUT=str(out),
        DISCOURSE_KIT_ANNOTATIONS=str(out),  # annotation stores land outside the repo
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    env.update(extra_env or {})
    cmd = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser", "--ip=127.0.0.1",
        "--allow-root",                             # refused as root otherwise
        "--port=0", "--ServerApp.port_retries=0",   # OS picks a free port
        f"--IdentityProvider.token={TOKEN}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",     # no PyPI queries
        "--LabApp.expose_app_in_browser=True",      # window.jupyterapp for tests
        f"--LabApp.user_settings_dir={home / 'user-settings'}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
    ]
    log_path = base / "server.log"
    log = open(log_path, "w")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=root, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    log.close()  # the child keeps its own descriptor
    runtime, url = home / "runtime", None
    while time.monotonic() - t0 < timeout_s:
        if proc.poll() is not None:
            raise RuntimeError(f"jupyter lab exited:\n{log_path.read_text()[-3000:]}")
        if url is None:
            for info in runtime.glob("jpserver-*.json"):
                try:
                    url = json.loads(info.read_text())["url"]   # real port
                except (ValueError, KeyError):
                    pass
        if url:
            try:
                with urllib.request.urlopen(f"{url}api/status?token={TOKEN}", timeout=2) as r:
                    if r.status == 200:
                        return LabServer(url, TOKEN, root, out, log_path, proc,
                                         time.monotonic() - t0)
            except OSError:
                pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"jupyter lab not ready in {timeout_s}s:\n{log_path.read_text()[-3000:]}")


def open_notebook(page, server: LabServer, name: str, run_all: bool = True,
                  timeout_ms: int = 60_000) -> dict:
    """Open `name` (relative to server.root), wait for an idle kernel, then
    optionally Run All and wait until every code cell has finished."""
    t0 = time.monotonic()
    page.goto(f"{server.url}lab/tree/{name}?token={server.token}&reset",
              wait_until="domcontentloaded")
    page.wait_for_function("() => window.jupyterapp !== undefined", timeout=timeout_ms)
    page.evaluate("async () => { await window.jupyterapp.restored; }")
    t_restored = time.monotonic() - t0
    page.wait_for_function(
        """(name) => {
            const w = window.jupyterapp.shell.currentWidget;
            if (!w || !w.context || w.context.path !== name) return false;
            const k = w.sessionContext.session && w.sessionContext.session.kernel;
            return !!k && k.connectionStatus === 'connected' && k.status === 'idle';
        }""", arg=name, timeout=timeout_ms)
    t_kernel = time.monotonic() - t0
    if run_all:
        page.evaluate("async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        wait_kernel_idle(page, timeout_ms)
    timings = {"restored_s": t_restored, "kernel_idle_s": t_kernel,
               "all_run_s": time.monotonic() - t0}
    print(f"[lab] {name}: " + ", ".join(f"{k}={v:.2f}" for k, v in timings.items()))
    return timings


def wait_kernel_idle(page, timeout_ms: int = 60_000) -> None:
    """Kernel idle AND every code cell has an execution count, none pending."""
    page.wait_for_function(
        """() => {
            const w = window.jupyterapp.shell.currentWidget;
            const k = w.sessionContext.session.kernel;
            if (k.status !== 'idle') return false;
            return w.content.widgets.filter(c => c.model.type === 'code').every(c =>
                c.model.executionCount !== null &&
                !(c.node.querySelector('.jp-InputArea-prompt')?.textContent || '').includes('*'));
        }""", timeout=timeout_ms)
