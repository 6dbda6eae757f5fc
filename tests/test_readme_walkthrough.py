"""README's walkthrough, run verbatim: its bash blocks, in order, in one shell, against the test app
served over HTTP with a real worker process, so the README cannot rot."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.faults.procs import crash, spawn_worker

ROOT = Path(__file__).resolve().parents[1]


def walkthrough_script():
    text = (ROOT / "README.md").read_text()
    section = text.split("### Walkthrough\n", 1)[1]
    section = re.split(r"^#{2,3} ", section, maxsplit=1, flags=re.M)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    assert len(blocks) >= 7, "the walkthrough lost its steps"
    return "\n".join(blocks)


@pytest.mark.skipif(not shutil.which("curl"), reason="the walkthrough is curl commands")
def test_the_readme_walkthrough_runs_as_written(app, live, make_caller, tmp_path):
    caller = make_caller(("admin",))
    export_root = tmp_path / "var" / "exports"
    export_root.mkdir(parents=True)
    app.config["EXPORT_ROOTS"] = [*app.config["EXPORT_ROOTS"], str(export_root)]
    worker = spawn_worker(app, ["bulk", "snapshots", "exports", "webhooks", "maintenance"])
    try:
        env = {**os.environ, "DJ": live, "TOKEN": caller.token}
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", walkthrough_script()],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        crash(worker)
        app.config["EXPORT_ROOTS"] = app.config["EXPORT_ROOTS"][:-1]
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = done.stdout.splitlines()
    assert "upload completed" in out and "snapshot ready" in out
    assert out[out.index("upload completed") + 1] == "2"  # two orders in IN
    assert out[out.index("upload completed") + 2] == "ORD-1"  # the largest amount >= 50
    assert out[out.index("upload completed") + 3] == "80"  # ORD-2's amount
    destination = export_root / caller.tenant_id / "orders"
    assert f"file://{destination}/" in out
    assert sorted(p.name for p in destination.iterdir()) == ["orders_v1.csv", "orders_v1.csv.manifest.json"]
    assert any(line.startswith(f"share link: {live}/s/") for line in out)
    assert out[-1] == "1"  # the shared page holds the bar chart's SVG
