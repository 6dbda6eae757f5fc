"""The lookup comparator of bench/peers.py: what a user would write by hand — a bare Flask handler that
runs the project's own lookup statement (the same joins and conditions, selecting only what it
answers) on a pooled connection and returns JSON. No keys, no rate limit, no audit, no logs: the
floor the project's lookup is measured against. Served by gunicorn with the project's config."""

import os

from flask import Flask, jsonify
from sqlalchemy import create_engine

from app.core.db import iso, utcnow
from app.publishing.models import Record, Registry
from app.publishing.reads import _LOOKUP

URL = os.environ["DATABASE_URL"]
engine = create_engine(
    URL,
    pool_size=8,
    **({"connect_args": {"check_same_thread": False}} if URL.startswith("sqlite") else {}),
)
STATEMENT = _LOOKUP.with_only_columns(
    Record.record_id, Record.name, Record.details, Record.state, Record.version_from, Record.updated_at, Registry.name
)
TENANT = os.environ["BARE_TENANT"]
app = Flask(__name__)


@app.get("/dedi/lookup/<namespace>/<registry_name>/<record_name>")
def lookup(namespace, registry_name, record_name):
    with engine.connect() as conn:
        params = {"tenant": TENANT, "namespace": namespace, "registry": registry_name, "name": record_name}
        row = conn.execute(STATEMENT, {**params, "now": utcnow()}).first()
    if row is None:
        return jsonify({"error": "not_found"}), 404
    record_id, name, details, state, version, updated_at, registry = row
    return jsonify(
        {
            "message": "record",
            "data": {
                "record_id": record_id,
                "record_name": name,
                "registry_name": registry,
                "details": details,
                "state": state,
                "version": f"v{version}",
                "updated_at": iso(updated_at),
            },
        }
    )


@app.get("/healthz")
def healthz():
    return "ok"
