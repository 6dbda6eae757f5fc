"""Logging, configured once per process for web and worker (dictConfig): one line per request and one
per job state change, as key=value pairs (LOG_FORMAT=kv, the default) or JSON lines (LOG_FORMAT=json).
The request id travels in a context variable: set for each request, carried into the jobs it
enqueues (core.jobs), and stamped on every line logged while it is set."""

import contextvars
import functools
import json
import logging
import logging.config
import math
import time
from typing import Any

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_configured: list[str] = []


class _Stamp(logging.Filter):
    """Adds request_id to every record, and a `fields` dict when the call gave none."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.fields = getattr(record, "fields", None) or {}
        record.request_id = request_id.get()
        return True


@functools.lru_cache(maxsize=4)
def _second(epoch: int) -> str:
    """2026-11-30T15:04:05, formatted once for all the lines of a second."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch))


def _base(record: logging.LogRecord, formatter: logging.Formatter) -> dict[str, Any]:
    line = {
        "ts": _second(int(record.created)) + f".{int(record.msecs):03d}Z",
        "level": record.levelname.lower(),
        "logger": record.name,
        "msg": record.getMessage(),
        **record.fields,  # type: ignore[attr-defined]
    }
    if record.request_id and "request_id" not in line:  # type: ignore[attr-defined]
        line["request_id"] = record.request_id  # type: ignore[attr-defined]
    if record.exc_info:
        line["exc"] = formatter.formatException(record.exc_info)
    return line


class KeyValueFormatter(logging.Formatter):
    """ts=… level=info logger=datajetty.request msg=request method=GET route=/x status=200 …"""

    def format(self, record: logging.LogRecord) -> str:
        return " ".join(f"{k}={_kv(v)}" for k, v in _base(record, self).items() if v is not None)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(_base(record, self), default=str, ensure_ascii=False)


_PLAIN = frozenset(' "=\n\t')


def _kv(value: Any) -> str:
    kind = type(value)
    if kind is int or (kind is float and math.isfinite(value)):  # a request line's numbers: as JSON writes them
        return repr(value)
    text = value if kind is str else json.dumps(value, default=str)
    if text and _PLAIN.isdisjoint(text):
        return text
    return json.dumps(text, ensure_ascii=False)


def configure(log_format: str = "kv", level: str = "INFO") -> None:
    """Set up the root handler once per process (a second app in the same process changes nothing)."""
    if _configured == [log_format, level]:
        return
    formatter = JsonFormatter if log_format == "json" else KeyValueFormatter
    # neither format prints where a line was logged from, nor the thread or process name: skip looking
    # them up for every line (a walk up the stack; the logging HOWTO's "Optimization" section)
    logging._srcfile = None
    logging.logThreads = logging.logMultiprocessing = False
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"stamp": {"()": _Stamp}},
            "formatters": {"line": {"()": formatter}},
            "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line", "filters": ["stamp"]}},
            "loggers": {
                "app": {"level": level},
                "datajetty": {"level": level},
                "alembic": {"level": "INFO"},  # migrations say what they ran
            },
            "root": {"level": "WARNING", "handlers": ["stderr"]},
        }
    )
    _configured[:] = [log_format, level]


def event(logger: logging.Logger, message: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one line with `fields` as its key=value pairs."""
    logger.log(level, message, extra={"fields": fields})
