"""Gunicorn settings shared by `make run`, docker-compose and bench/load.py (flags given on the
command line, such as -w and --threads, override these)."""

import gc
import os
import sys

# one process per core, threads for the waits on the database and Redis: on the 2-core reference
# machine 2 x 8 gave lookups a p99 of 80-100 ms (five runs) where 4 x 4 gave 97-143 ms (six runs):
# fewer processes compete for the cores, and 50 keep-alive connections spread over fewer, larger pools
workers = int(os.environ.get("WEB_WORKERS", 2))
threads = int(os.environ.get("WEB_THREADS", 8))
worker_class = "gthread"
# off by default: with SO_REUSEPORT a second server on the same port silently takes half the traffic;
# without it, starting on a busy port is an error (WEB_REUSE_PORT=1 for a deliberate rolling restart)
reuse_port = os.environ.get("WEB_REUSE_PORT", "0") == "1"
graceful_timeout = int(os.environ.get("WEB_GRACEFUL_TIMEOUT_S", 5))  # in-flight requests get this long on stop


def post_fork(server, worker):
    # threads of one worker take turns on the GIL: a shorter turn keeps a slow request from
    # holding up the quick ones queued behind it (tail latency), at a small cost in throughput
    sys.setswitchinterval(float(os.environ.get("WEB_SWITCH_INTERVAL_S", 0.001)))


def post_worker_init(worker):
    # web processes render dashboards: pandas and Arrow load here, with the app, not with the first
    # render (about half a second); the app itself leaves them to the processes that use them
    import app.dashboards.widgets  # noqa: F401

    # the loaded app (modules, routes, schemas, compiled validators) never becomes garbage: moving
    # it out of the collector's view makes the full collections that stall requests short
    gc.freeze()
