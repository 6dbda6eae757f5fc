"""What one record lookup costs the web process, beside the bare Flask handler of bench/peers.py: both
WSGI apps called in-process, one thread, no server and no network, so the figure is the app's own
work. Counted in instructions under valgrind's callgrind, which gives nearly the same count run after
run whatever else the machine is doing (within 2 % over six runs of the same code, where wall times on
this shared machine varied 2x), and timed too.

python bench/lookup_cost.py [requests]   (callgrind when valgrind is installed; LOOKUP_COST_VALGRIND=0
skips it)"""

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, db_name, make_app, make_caller, service_env

PATH = "/dedi/lookup/look/employee-profiles/emp-4242"
WARM = 50


def _environ(token):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": PATH,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
        "HTTP_AUTHORIZATION": f"Bearer {token}",
        "HTTP_HOST": "127.0.0.1",
        "REMOTE_ADDR": "127.0.0.1",
    }


def child(which, requests):
    """In the measured process: load one app, warm it, then serve `requests` lookups between the two
    callgrind toggles (a no-op without valgrind); prints the median µs per request of five rounds."""
    sys.path.insert(0, str(ROOT))
    if which == "project":
        from wsgi import app
    else:
        import bare_lookup

        app = bare_lookup.app
    token, statuses = os.environ["LOOKUP_TOKEN"], []

    def one():
        body = app(_environ(token), lambda status, headers, exc_info=None: statuses.append(status))
        b"".join(body)
        getattr(body, "close", lambda: None)()

    for _ in range(WARM):
        one()
    assert statuses[-1].startswith("200"), statuses[-1]
    toggle = shutil.which("callgrind_control") if os.environ.get("UNDER_CALLGRIND") else None
    if toggle:
        subprocess.run([toggle, "-i", "on", str(os.getpid())], capture_output=True, check=True)
    rounds = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(requests // 5):
            one()
        rounds.append((time.perf_counter() - started) / (requests // 5) * 1e6)
    if toggle:
        subprocess.run([toggle, "-i", "off", str(os.getpid())], capture_output=True, check=True)
    assert all(status.startswith("200") for status in statuses[WARM:]), set(statuses)
    print(f"us={statistics.median(rounds):.1f}")


def measure(which, requests, env, valgrind):
    """(instructions per request or None, µs per request) of one app, each from its own process."""
    command = [sys.executable, __file__, "--child", which, str(requests)]
    timed = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    micros = float(timed.stdout.strip().rsplit("us=", 1)[1])
    if not valgrind:
        return None, micros
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        subprocess.run(
            [valgrind, "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}", *command],
            env={**env, "UNDER_CALLGRIND": "1"},
            capture_output=True,
            text=True,
            check=True,
        )
        totals = next(line for line in out.read_text().splitlines() if line.startswith("totals:"))
    return int(totals.split()[1]) / (requests // 5 * 5), micros


def main(requests):
    from peers import _tenant_of
    from seed import seed_registry

    app, _ = make_app()
    _, headers = make_caller(app)
    seed_registry(app, headers, 10_000, ns="look")
    token = headers["Authorization"].split()[1]
    env = service_env(
        app,
        LOOKUP_TOKEN=token,
        BARE_TENANT=_tenant_of(app, token),
    )
    valgrind = shutil.which("valgrind") if os.environ.get("LOOKUP_COST_VALGRIND", "1") != "0" else None
    (mine, my_us), (theirs, their_us) = (measure(which, requests, env, valgrind) for which in ("project", "bare"))
    db = db_name(app)
    counted = (
        f"project_instructions={mine:,.0f} bare_flask_instructions={theirs:,.0f} "
        f"instructions_ratio={mine / theirs:.2f}x "
        if mine is not None
        else "instructions=skipped (no valgrind) "
    )
    print(
        f"lookup_cost db={db} requests={requests} {counted}project_us={my_us:.0f} bare_flask_us={their_us:.0f} "
        f"time_ratio={my_us / their_us:.2f}x (in-process, one thread; above 1: the project costs more)",
        flush=True,
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
