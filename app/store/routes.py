"""Seeds 000 and 004 under /api/v1/storage/published: datasets and snapshots."""

from flask import Blueprint as FlaskBlueprint
from flask import Response, g

from app.core import seed_examples
from app.core.api import Blueprint
from app.core.auth import actor
from app.core.db import iso
from app.core.pagination import list_meta
from app.core.urls import public_url
from app.extensions import db
from app.store import dependents, downloads, service, snapshots
from app.store.models import SnapshotStatus
from app.store.responses import (
    DatasetListSchema,
    DeletedEnvelope,
    DownloadUrlRevokedSchema,
    DownloadUrlSchema,
    LifecycleEnvelope,
    ProgressEnvelope,
    RenamedEnvelope,
    RetriedEnvelope,
    SnapshotCreatedSchema,
    SnapshotEnvelope,
    SnapshotListSchema,
)
from app.store.schemas import (
    DatasetQueryArgsSchema,
    DownloadArgsSchema,
    DownloadUrlCreateSchema,
    LifecycleSchema,
    SnapshotCreateSchema,
    SnapshotQueryArgsSchema,
    SnapshotUpdateSchema,
)
from app.store.tasks import enqueue_build

blp = Blueprint(
    "store",
    __name__,
    url_prefix="/api/v1/storage/published",
    description="Published Store: datasets and snapshots (seeds 000, 004)",
)
READERS = ("read", "export")
public = FlaskBlueprint("downloads", __name__)  # /d/<token>: a signed download URL, no key


@blp.route("/datasets")
@blp.auth(*READERS, delegate_by=("namespace",))
@blp.arguments(DatasetQueryArgsSchema, location="query")
@blp.response(200, DatasetListSchema)
def list_datasets(args):
    """Discover published datasets (live registries)."""
    rows, total = service.list_datasets(session=db.session, tenant=g.tenant, **args)
    items = [
        {
            "dataset": reg.name,
            "contract": f"v{reg.contract_version}",
            "namespace": ns,
            "qualified_name": f"{ns}/{reg.name}",
            "version": f"v{reg.data_version}",
            "description": reg.description,
            "record_count": count,
            "last_published_at": iso(reg.last_published_at),
            "updated_at": iso(reg.updated_at),
        }
        for reg, ns, count in rows
    ]
    return {"items": items, "meta": list_meta(total, args["offset"], args["limit"])}


@blp.route("/snapshots", methods=["POST"])
@blp.auth("admin", errors=(404, 503), delegate_by=("dataset",))
@blp.arguments(SnapshotCreateSchema, example=seed_examples.CREATE_SNAPSHOT)
@blp.response(202, SnapshotCreatedSchema)
def create_snapshot(body):
    """Create (or find) the snapshot of (dataset, version, format); built by a worker."""
    snap, needs_build = service.create_snapshot(session=db.session, tenant=g.tenant, owner=g.api_key.owner, **body)
    if needs_build:
        enqueue_build(snap)  # before commit: if Redis is down nothing is half-created
    db.session.commit()
    status = SnapshotStatus.BUILDING if snap.status == SnapshotStatus.PENDING else snap.status
    return {"snapshot_id": snap.id, "status": status}


@blp.route("/snapshots")
@blp.auth(*READERS, delegate_by=("namespace",))
@blp.arguments(SnapshotQueryArgsSchema, location="query")
@blp.response(200, SnapshotListSchema)
def list_snapshots(args):
    """List snapshots with filters, sorting and offset/limit."""
    if args.get("version"):
        args["version"] = int(args["version"].lstrip("vV"))
    items, total = snapshots.list_snapshots(session=db.session, tenant=g.tenant, **args)
    exports = dependents.of(db.session, [s.id for s in items])
    return {
        "data": [snapshots.snapshot_dict(s, len(exports[s.id])) for s in items],
        "meta": list_meta(total, args["offset"], args["limit"]),
    }


@blp.route("/snapshots/<snapshot_id>")
@blp.auth(*READERS, errors=(404,))
@blp.response(200, SnapshotEnvelope)
def get_snapshot(snapshot_id):
    """Get one snapshot with its progress and exports."""
    snap = snapshots.get_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id, touch=True)
    db.session.commit()
    exports = dependents.of(db.session, [snap.id])[snap.id]
    data = snapshots.snapshot_dict(snap, len(exports))
    data["progress"] = (
        None if snap.status in (SnapshotStatus.READY, SnapshotStatus.EXPIRED) else snapshots.progress(snap)
    )
    data["exports"] = [{"id": e.id, "target": e.target, "status": e.status} for e in exports]
    return {"data": data}


@blp.route("/snapshots/<snapshot_id>", methods=["PUT"])
@blp.auth("admin", errors=(404,))
@blp.arguments(SnapshotUpdateSchema)
@blp.response(200, RenamedEnvelope)
def update_snapshot(body, snapshot_id):
    """Rename or re-describe a snapshot."""
    snap = snapshots.update_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id, changes=body)
    db.session.commit()
    return {
        "data": {"id": snap.id, "name": snap.name, "description": snap.description, "updated_at": iso(snap.updated_at)}
    }


@blp.route("/snapshots/<snapshot_id>", methods=["DELETE"])
@blp.auth("admin", errors=(404, 409))
@blp.response(200, DeletedEnvelope)
def delete_snapshot(snapshot_id):
    """Delete a snapshot and its files (409 while an export of it is active)."""
    snapshots.delete_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id)
    db.session.commit()
    return {"data": {"deleted": True}}


@blp.route("/snapshots/<snapshot_id>/lifecycle", methods=["PUT"])
@blp.auth("admin", errors=(404,))
@blp.arguments(LifecycleSchema)
@blp.response(200, LifecycleEnvelope)
def set_snapshot_lifecycle(body, snapshot_id):
    """Set a snapshot's ttl and inactivity_timeout (ISO 8601 durations)."""
    snap = snapshots.set_lifecycle(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id, **body)
    db.session.commit()
    return {
        "data": {
            "id": snap.id,
            "ttl": snap.ttl,
            "inactivity_timeout": snap.inactivity_timeout,
            "updated_at": iso(snap.updated_at),
        }
    }


@blp.route("/snapshots/<snapshot_id>/retry", methods=["POST"])
@blp.auth("admin", errors=(404, 409, 503))
@blp.response(200, RetriedEnvelope)
def retry_snapshot(snapshot_id):
    """Re-queue a failed snapshot."""
    snap, previous = snapshots.retry_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id)
    enqueue_build(snap)
    db.session.commit()
    return {
        "data": {"id": snap.id, "status": snap.status, "previous_status": previous, "retry_count": snap.retry_count}
    }


@blp.route("/snapshots/<snapshot_id>/progress")
@blp.auth(*READERS, errors=(404,))
@blp.response(200, ProgressEnvelope)
def get_snapshot_progress(snapshot_id):
    """Build progress: steps and elapsed time while building; completion time when ready."""
    snap = snapshots.get_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id)
    return {"data": snapshots.progress(snap)}


@blp.route("/snapshots/<snapshot_id>/download")
@blp.auth(*READERS, errors=(404, 409), public=True)
@blp.arguments(DownloadArgsSchema, location="query")
@blp.response(200, description="the file's bytes (206 with a Range header)", content_type="application/octet-stream")
def download_snapshot_file(args, snapshot_id):
    """Download one file of a ready snapshot: the data file, or `?file=` another of its artifacts.

    The body streams with `Content-Length`; `ETag` is the file's sha256 (`If-None-Match` answers
    304); `Accept-Ranges: bytes`, so `Range: bytes=a-b` answers 206 and a broken download resumes.
    A snapshot still building answers 409 invalid_state; an unknown `file` 404, naming the files."""
    snap = snapshots.get_snapshot(session=db.session, tenant=g.tenant, snapshot_id=snapshot_id, touch=True)
    art = downloads.artifact_of(snap, args.get("file"))
    db.session.commit()
    return downloads.file_response(art)


@blp.route("/snapshots/<snapshot_id>/download-url", methods=["POST"])
@blp.auth("export", errors=(400, 404, 409))
@blp.arguments(DownloadUrlCreateSchema)
@blp.response(201, DownloadUrlSchema)
def create_download_url(body, snapshot_id):
    """A signed URL to one file of a ready snapshot that works without a key until `expires_in_s`
    passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

    `expires_in_s` beyond the server's DOWNLOAD_URL_MAX_S (default 7 days) answers 400
    invalid_request."""
    link, token = downloads.create_link(
        session=db.session, tenant=g.tenant, snapshot_id=snapshot_id, actor=actor(), **body
    )
    db.session.commit()
    return {
        "url": public_url(f"/d/{token}"),
        "link_id": link.id,
        "snapshot_id": link.snapshot_id,
        "file": link.file,
        "expires_at": iso(link.expires_at),
    }


@blp.route("/download-urls/<link_id>", methods=["DELETE"])
@blp.auth("export", errors=(404,))
@blp.response(200, DownloadUrlRevokedSchema)
def revoke_download_url(link_id):
    """Revoke a download URL: from now on it answers 410 gone."""
    link = downloads.revoke_link(session=db.session, tenant=g.tenant, link_id=link_id)
    db.session.commit()
    return {"link_id": link.id, "revoked_at": iso(link.revoked_at)}


@public.get("/d/<token>")
def download_by_url(token: str) -> Response:
    """A signed download URL: the file, as `/download` serves it; 404 tampered, 410 expired or revoked."""
    art = downloads.resolve_link(session=db.session, token=token)
    db.session.commit()
    return downloads.file_response(art)
