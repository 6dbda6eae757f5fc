"""Liveness and readiness probes."""

from flask import Blueprint, Response, jsonify
from sqlalchemy import text

from app.core.errors import error_response
from app.core.jobs import redis_conn
from app.extensions import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """The process is up."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> Response:
    """The database and Redis both answer; otherwise 503 dependency_down naming the failures."""
    down = {}
    try:
        db.session.execute(text("SELECT 1"))
    except Exception as exc:  # any failure means not ready
        db.session.rollback()
        down["database"] = type(exc).__name__
    try:
        redis_conn().ping()
    except Exception as exc:
        down["redis"] = type(exc).__name__
    if down:
        return error_response(503, "dependency_down", "dependencies unavailable: " + ", ".join(down), down)
    return jsonify(status="ready", database="ok", redis="ok")
