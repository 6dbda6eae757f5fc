"""Issue 16, items 15-17: `make run`'s runner refuses a busy port, says ready only when /readyz
answers, reuses its demo key, and Ctrl-C leaves no process and no port behind; bare commands start
no Redis. Each test runs the real runner on embedded defaults in a scratch var/ directory."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from app.core.localhost import descendants, free_port, port_free
from tests.faults.procs import alive

ROOT = Path(__file__).resolve().parents[2]


def _env(var_dir, port):
    # the run keeps its metrics under its own var dir: `make run` wipes its metrics directory as it starts,
    # and the suite's (inherited) held this test process's counters, which later tests then read as 0
    inherited = ("DATABASE_URL", "REDIS_URL", "PROMETHEUS_MULTIPROC_DIR")
    env = {k: v for k, v in os.environ.items() if k not in inherited}
    env.update(
        DATAJETTY_VAR_DIR=str(var_dir),
        PORT=str(port),
        WEB_WORKERS="1",
        WEB_THREADS="2",
        PYTHONUNBUFFERED="1",
        MAINTENANCE_INTERVAL_S="60",
    )
    return env


def _redis_port_listening(var_dir):
    port_file = Path(var_dir) / "redis.port"
    return port_file.exists() and not port_free(int(port_file.read_text()))


def test_a_busy_port_is_an_error_naming_the_port(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "scripts/run.py"],
            cwd=ROOT,
            env=_env(tmp_path / "var", port),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(port) in lines[0] and "PORT" in lines[0], done.stderr
    assert not _redis_port_listening(tmp_path / "var")


def test_gunicorn_does_not_share_a_busy_port_by_default():
    import runpy

    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert settings["reuse_port"] is False


def test_ctrl_c_stops_everything_every_time_and_the_key_is_kept(tmp_path):
    var_dir, tokens = tmp_path / "var", set()
    for _ in range(3):  # each start takes ~20 s on 2 cores; three show it every time within the suite's budget
        port = free_port()
        runner = subprocess.Popen(
            [sys.executable, "scripts/run.py"],
            cwd=ROOT,
            env=_env(var_dir, port),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            banner = _read_until_ready(runner)
            # the banner comes only once the service answers
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as resp:
                assert resp.status == 200
            tokens.add(next(line.split()[-1] for line in banner if "Demo admin API key" in line))
            children = descendants(runner.pid)
            assert len(children) >= 4, children  # two workers, gunicorn's arbiter and its worker
            runner.send_signal(signal.SIGINT)
            assert runner.wait(timeout=40) == 0
        finally:
            if runner.poll() is None:
                runner.kill()
        deadline = time.monotonic() + 5
        while any(alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in children if alive(pid)]
        assert port_free(port)
        assert not _redis_port_listening(var_dir)
    assert len(tokens) == 1  # one demo key across three starts


def _read_until_ready(runner, timeout=150):
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = runner.stdout.readline()
        if not line:
            if runner.poll() is not None:
                pytest.fail(f"runner exited {runner.returncode} before ready: {''.join(lines)}")
            continue
        lines.append(line)
        if "Press Ctrl-C to stop." in line:
            return lines
    pytest.fail("runner was not ready in time")


@pytest.mark.parametrize("command", [["db", "upgrade"], ["tenants", "list"], ["operators", "list"]])
def test_bare_commands_start_no_redis(tmp_path, command):
    var_dir = tmp_path / "var"
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *command],
        cwd=ROOT,
        env=_env(var_dir, free_port()),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if command[0] != "db":  # a fresh var/ has no tables until it is upgraded
        subprocess.run(
            [sys.executable, "-m", "flask", "--app", "wsgi", "db", "upgrade"],
            cwd=ROOT,
            env=_env(var_dir, free_port()),
            capture_output=True,
            timeout=120,
            check=True,
        )
        done = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "wsgi", *command],
            cwd=ROOT,
            env=_env(var_dir, free_port()),
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    assert not _redis_port_listening(var_dir)
