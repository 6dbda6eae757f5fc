"""Browser pages for snapshots: build one of any version and format of a dataset (as `POST
/api/v1/data-store/snapshots` does), watch it on the Snapshots page, download it with the session."""

from typing import Any

from flask import g, request, url_for

from app.core.errors import APIError, InvalidRequest
from app.extensions import db
from app.store import downloads
from app.store import service as store
from app.store import snapshots as snapshot_service
from app.store.tasks import enqueue_build
from app.web.forms import act, error_page, require
from app.web.views import bp

FORMATS = ("parquet", "csv", "jsonl")


@bp.post("/snapshots")
def build_snapshot() -> Any:
    """Find or build the snapshot of (dataset, version, format); an admin's, as the API route is."""
    require(g.session_user.is_admin)

    def step() -> str:
        fmt = request.form.get("format", "parquet")
        if fmt not in FORMATS:
            raise InvalidRequest(f"format must be one of {', '.join(FORMATS)}")
        snap, needs_build = store.create_snapshot(
            session=db.session,
            tenant=g.tenant,
            dataset=request.form.get("dataset", ""),
            version=request.form.get("version") or "latest",
            format=fmt,
            owner=g.api_key.owner,
        )
        if needs_build:
            enqueue_build(snap)
        return f"Snapshot {snap.name}: {'building' if needs_build else snap.status}."

    return act(step, url_for("ui.snapshots"), "Could not build the snapshot")


@bp.get("/snapshots/<snapshot_id>/download")
def snapshot_download(snapshot_id: str) -> Any:
    """The snapshot's data file, streamed with the browser session (the API's link needs a key)."""
    try:
        snap = snapshot_service.get_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id, touch=True)
        art = downloads.artifact_of(snap)
        db.session.commit()
    except APIError as exc:
        return error_page(exc)
    return downloads.file_response(art)
