"""Prometheus metrics, at /metrics for operators only (an operator's bearer key; a tenant key gets 403).
Multiprocess mode: every process (gunicorn workers, RQ workers and their work horses) writes its
values under PROMETHEUS_MULTIPROC_DIR (default <DATAJETTY_VAR_DIR>/metrics, wiped by `make run` at
start), and a scrape sums them, so one endpoint shows the web and the workers on one host."""

import os
from collections.abc import Iterator
from pathlib import Path

# chosen when prometheus_client is first imported: the directory must be known before that
os.environ.setdefault(
    "PROMETHEUS_MULTIPROC_DIR",
    str(Path(os.environ.get("DATAJETTY_VAR_DIR", Path(__file__).resolve().parents[2] / "var")) / "metrics"),
)
os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)

from flask import Blueprint, Response, g, request  # noqa: E402
from prometheus_client import (  # noqa: E402
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily  # noqa: E402
from redis.exceptions import RedisError  # noqa: E402

from app.core.errors import error_response  # noqa: E402
from app.core.jobs import QUEUES, get_queue  # noqa: E402
from app.core.operators import operator_for_token  # noqa: E402
from app.extensions import db  # noqa: E402

REQUESTS = Counter("datajetty_http_requests_total", "HTTP requests answered", ["method", "route", "status"])
REQUEST_SECONDS = Histogram(
    "datajetty_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
JOB_SECONDS = Histogram(
    "datajetty_job_duration_seconds",
    "Time a background job ran, by queue and outcome",
    ["queue", "outcome"],
    buckets=(0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600),
)
ROWS_INGESTED = Counter("datajetty_rows_ingested_total", "Rows bulk uploads published or kept as drafts")
SNAPSHOT_BYTES = Counter("datajetty_snapshot_bytes_written_total", "Bytes of snapshot artifacts written")
WEBHOOK_ATTEMPTS = Counter("datajetty_webhook_attempts_total", "Webhook delivery attempts", ["outcome"])

bp = Blueprint("metrics", __name__)


class _QueueDepth:
    """Jobs waiting on each queue, read from Redis at scrape time (nothing to keep per process)."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily("datajetty_queue_depth", "Jobs waiting on a queue", labels=["queue"])
        try:
            for name in QUEUES:
                family.add_metric([name], get_queue(name).count)
        except RedisError:
            return  # Redis is down: no figure rather than a wrong one (/readyz says why)
        yield family


@bp.get("/metrics")
def scrape() -> Response:
    """The Prometheus text exposition of every process's metrics, plus queue depths."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or operator_for_token(session=db.session, token=token.strip()) is None:
        if g.get("api_key") is not None:
            return error_response(403, "forbidden", "metrics are for operators; tenant keys cannot read them")
        return error_response(401, "unauthorized", "an operator key is required")
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    registry.register(_QueueDepth())
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def start_afresh() -> None:
    """Delete what earlier processes left in the metrics directory (`make run` does, before it starts any)."""
    for leftover in Path(os.environ["PROMETHEUS_MULTIPROC_DIR"]).glob("*.db"):
        leftover.unlink(missing_ok=True)


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    labels = (method, route, str(status))
    REQUESTS.labels(*labels).inc()
    REQUEST_SECONDS.labels(*labels).observe(seconds)
