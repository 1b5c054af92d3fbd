"""The Python example in the project README runs and prints what it says."""
import contextlib
import io
import os
import re

import pii
from conftest import REPO


def test_readme_python_example(tmp_path, monkeypatch):
    text = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    m = re.search(r"^## Python\n.*?^```python\n(.*?)^```$", text, re.S | re.M)
    assert m, "README.md has no Python example under '## Python'"
    code = m.group(1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.log").write_bytes(b"SSN 536-22-1874 mail jane.doe@example.com\n" * 1000)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    printed = out.getvalue().splitlines()
    # each print whose line has a full "# expected" comment prints that
    shown = [c.strip() for c in re.findall(r"^print\(.*?\)\s+# (.*)$", code, re.M)]
    for want in shown:
        if "..." not in want:
            assert want in printed, (want, printed)
    assert (tmp_path / "out.log").read_bytes() == pii.Engine(
        operators={"US_SSN": "mask:keep=4", "*": "tag"}).redact((tmp_path / "in.log").read_bytes())
