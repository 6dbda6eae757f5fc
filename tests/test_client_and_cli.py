"""The generated client has no drift from the document, and the `datajetty` command works end to end
against a live server with a real worker."""

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_registry
from tests.faults.procs import crash, spawn_worker

ROOT = Path(__file__).resolve().parents[1]
CLI = shutil.which("datajetty", path=str(Path(sys.executable).parent))


def _tree(base):
    return {
        str(p.relative_to(base)): p.read_bytes()
        for p in sorted(base.rglob("*"))
        if p.is_file() and not {"__pycache__", ".ruff_cache"} & set(p.parts) and ".egg-info" not in str(p)
    }


def test_the_committed_document_and_client_match_the_server(client, tmp_path):
    committed = json.loads((ROOT / "clients" / "openapi.json").read_text())
    assert committed == client.get("/openapi.json").get_json(), "run `make client` and commit clients/"
    if not shutil.which("openapi-python-client", path=str(Path(sys.executable).parent)):
        pytest.skip("openapi-python-client is not installed (pip install -e '.[test]')")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_client.py"), "--out", str(tmp_path / "client")],
        check=True,
        cwd=ROOT,
    )
    assert _tree(tmp_path / "client") == _tree(ROOT / "clients" / "python"), "run `make client` and commit"


@pytest.fixture()
def cli_env(tmp_path):
    return {**os.environ, "DATAJETTY_CONFIG_DIR": str(tmp_path / "config"), "NO_COLOR": "1"}


def run(env, *args, ok=True):
    done = subprocess.run([CLI, *args], env=env, capture_output=True, text=True, timeout=180)
    if ok:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.mark.skipif(CLI is None, reason="the datajetty command is not installed (make install)")
def test_the_cli_logs_in_uploads_snapshots_exports_and_queries(app, client, live, make_caller, cli_env, tmp_path):
    caller = make_caller(("admin",))
    make_registry(client, caller, ns="cli", reg="people")
    done = run(cli_env, "login", "--url", live, "--token", caller.token)
    assert "logged in" in done.stdout
    settings = Path(cli_env["DATAJETTY_CONFIG_DIR"]) / "config.json"
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "employee_id,full_name,email,department\n"
        + "".join(f"EMP{i:06d},Person {i},p{i}@acme.corp,{('HR', 'Sales')[i % 2]}\n" for i in range(50))
    )
    worker = spawn_worker(app, ["bulk", "snapshots", "exports", "maintenance"])
    try:
        done = run(
            cli_env,
            "upload",
            str(csv_file),
            "--registry",
            "cli/people",
            "--name-field",
            "employee_id",
            "--publish",
            "--wait",
        )
        assert "50 rows accepted" in done.stdout and "completed: 50 valid, 0 failed" in done.stdout
        assert "sending" in done.stderr and "importing" in done.stderr  # the progress bars
        assert "completed" in run(cli_env, "jobs").stdout
        done = run(cli_env, "snapshot", "cli/people", "--format", "csv", "--wait")
        assert "ready: {'people': 50} rows" in done.stdout
        snapshot_id = done.stdout.split()[1]
        target = f"file://{app.config['EXPORT_ROOTS'][0]}/cli-people"
        done = run(cli_env, "export", "cli/people", "--target", target, "--format", "jsonl", "--wait")
        assert " done to file://" in done.stdout and "people_v1.jsonl" in done.stdout
        partial = tmp_path / "people_v1.csv.part"
        whole = client.get(f"/api/v1/storage/published/snapshots/{snapshot_id}/download", headers=caller.headers).data
        partial.write_bytes(whole[:40])  # an interrupted download: the rest comes as a range
        done = run(cli_env, "download", snapshot_id, "-o", str(tmp_path / "people_v1.csv"))
        assert (tmp_path / "people_v1.csv").read_bytes() == whole and not partial.exists()
        assert hashlib.sha256(whole).hexdigest() in done.stdout and "downloading" in done.stderr
        done = run(cli_env, "records", "query", "cli/people", "--filter", "department=HR", "--limit", "100")
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        assert len(rows) == 25 and all(r["details"]["department"] == "HR" for r in rows)
    finally:
        crash(worker)


@pytest.mark.skipif(CLI is None, reason="the datajetty command is not installed (make install)")
def test_cli_errors_print_the_server_message_and_exit_non_zero(live, make_caller, cli_env):
    assert run(cli_env, "jobs", ok=False).returncode != 0  # not logged in yet
    bad = run(cli_env, "login", "--url", live, "--token", "dj_not-a-key", ok=False)
    assert bad.returncode != 0 and "401 unauthorized" in bad.stderr
    reader = make_caller(("read",))
    run(cli_env, "login", "--url", live, "--token", reader.token)
    denied = run(cli_env, "snapshot", "nowhere/nothing", ok=False)
    assert denied.returncode == 1 and "403 forbidden" in denied.stderr and '"required"' in denied.stderr
