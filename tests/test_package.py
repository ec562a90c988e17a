"""The package's public names: lazy, stable, and never shadowed by a submodule."""
import pkgutil
import subprocess
import sys

import pytest

import discourse_kit as dk

SUBMODULES = {m.name for m in pkgutil.iter_modules(dk.__path__)}


def test_no_public_name_is_also_a_submodule():
    # importing discourse_kit.X sets the package attribute X to the module, so a
    # function exported as X would turn into a module once anything imports it
    assert not (set(dk._EXPORTS) & SUBMODULES)


@pytest.mark.parametrize("name", sorted(dk._EXPORTS))
def test_every_public_name_resolves(name):
    assert getattr(dk, name) is not None


def test_names_stay_the_same_after_the_analysis_imports_its_modules(seed_path):
    before = {name: getattr(dk, name) for name in ("readability_scores", "article_rates", "highlight_html")}
    dk.analyze(seed_path)
    import discourse_kit.highlight  # noqa: F401
    assert all(getattr(dk, name) is obj for name, obj in before.items())
    assert callable(dk.readability_scores) and dk.readability.__name__ == "discourse_kit.readability"


def test_import_is_light():
    code = ("import sys, discourse_kit; heavy = {'pandas', 'matplotlib', 'ipywidgets', 'anywidget', "
            "'textstat'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'no_such_thing'"):
        dk.no_such_thing
