"""Runs every Python example of README.md against the installed wheel.

Each ```python block is executed as a script in a fresh working directory, and
its `app`'s cloud assembly must hold a managed policy. A block that fails to
run fails the test.
"""
import os
import re
import runpy

import pytest

README = os.path.join(os.path.dirname(__file__), "..", "..", "README.md")


def python_blocks():
    with open(README, encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


BLOCKS = python_blocks()


def test_readme_has_python_examples():
    assert BLOCKS, "README.md has no ```python example"


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_python_example_runs(index, tmp_path, monkeypatch):
    script = tmp_path / f"readme_example_{index}.py"
    script.write_text(BLOCKS[index], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace = runpy.run_path(str(script), run_name="__main__")
    # Every example names its App `app`; its cloud assembly holds the templates.
    outdir = namespace["app"].outdir
    templates = [os.path.join(outdir, f) for f in os.listdir(outdir) if f.endswith(".template.json")]
    assert templates, "the example synthesized no stack"
    assert any("AWS::IAM::ManagedPolicy" in open(p, encoding="utf-8").read() for p in templates)
