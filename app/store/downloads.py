"""Snapshot downloads over HTTP: one artifact streamed with its Content-Length, an ETag that is its
sha256, byte ranges (206, so a broken download resumes) and a Content-Disposition; and signed,
expiring, revocable download URLs that need no key (the row holds expiry and revocation)."""

from typing import Any

from flask import Response, current_app, request
from sqlalchemy import select
from werkzeug.wsgi import wrap_file

from app.core import delegation, public, signing
from app.core.db import DbSession, utcnow
from app.core.errors import Gone, InvalidState, NotFound
from app.core.models import ApiKey, Tenant
from app.core.storage import artifact_fs
from app.extensions import db
from app.publishing.models import Namespace, Registry
from app.store.models import DownloadLink, Snapshot, SnapshotStatus
from app.store.snapshots import get_snapshot, in_reach

SALT = "datajetty.download-link.v1"
BLOCK = 1 << 20  # read size when the server cannot hand the file to the kernel (sendfile)
MIMETYPES = {".parquet": "application/vnd.apache.parquet", ".csv": "text/csv", ".jsonl": "application/x-ndjson"}


def artifact_of(snap: Snapshot, file: str | None = None) -> dict[str, Any]:
    """The artifact named `file` (default: the data file) of a ready snapshot."""
    if snap.status != SnapshotStatus.READY:
        raise InvalidState(f"snapshot is {snap.status}: nothing to download", {"status": snap.status})
    artifacts = snap.artifacts or []
    for art in artifacts:
        if (file is None and art.get("kind") == "data") or art.get("name") == file:
            return art
    raise NotFound("file", file, {"file": file, "files": [a.get("name") for a in artifacts]})


def file_response(art: dict[str, Any]) -> Response:
    """Stream one artifact: 200 whole, 206 for a satisfiable Range, 304 when If-None-Match holds it."""
    fs, _ = artifact_fs()
    fh = fs.open(art["path"], "rb")
    name = art["name"]
    mimetype = "application/json" if name.endswith(".json") else MIMETYPES.get(name[name.rfind(".") :])
    response = current_app.response_class(
        wrap_file(request.environ, fh, buffer_size=BLOCK),
        mimetype=mimetype or "application/octet-stream",
        direct_passthrough=True,
    )
    response.call_on_close(fh.close)
    response.content_length = art["size_bytes"]
    response.set_etag(art["sha256"])
    response.headers.set("Content-Disposition", "attachment", filename=name)
    response.headers["Cache-Control"] = "private, no-cache"  # revalidate by ETag: never a stale copy
    response.make_conditional(request.environ, accept_ranges=True, complete_length=art["size_bytes"])
    return response


def create_link(
    *,
    session: DbSession,
    tenant: Tenant,
    snapshot_id: str,
    expires_in_s: int,
    file: str | None = None,
    actor: str | None = None,
) -> tuple[DownloadLink, str]:
    """A download URL for one file of a ready snapshot; returns (row, token)."""
    expires_at = signing.expiry(expires_in_s, "DOWNLOAD_URL_MAX_S")
    snap = get_snapshot(session=session, tenant=tenant, snapshot_id=snapshot_id)
    art = artifact_of(snap, file)
    link = DownloadLink(
        tenant_id=tenant.id,
        snapshot_id=snap.id,
        file=art["name"],
        expires_at=expires_at,
        created_by=actor,
    )
    session.add(link)
    session.flush()
    return link, signing.sign(SALT, {"d": link.id, "t": tenant.id})


def resolve_link(*, session: DbSession, token: str) -> dict[str, Any]:
    """The artifact a download token opens: 404 if tampered or unknown, 410 once expired, revoked,
    or its snapshot is gone."""
    link = signing.resolve(session, DownloadLink, SALT, "d", token, "download link")
    snap = session.scalar(select(Snapshot).filter_by(id=link.snapshot_id, tenant_id=link.tenant_id))
    if snap is None or snap.status != SnapshotStatus.READY:
        raise Gone("the snapshot behind this link is no longer available")
    snap.last_used_at = utcnow()
    return artifact_of(snap, link.file)


def revoke_link(*, session: DbSession, tenant: Tenant, link_id: str) -> DownloadLink:
    """Revoke one of the tenant's download links to a snapshot the caller reaches."""
    reached = DownloadLink.snapshot_id.in_(select(Snapshot.id).where(Snapshot.tenant_id == tenant.id, in_reach()))
    return signing.revoke(session, DownloadLink, tenant, link_id, "download link", reached)


@delegation.register_locator("link_id")
def delegated_link(key: ApiKey, link_id: str, grants: dict[str, list[str]]) -> tuple[Tenant, list[str]] | None:
    """A download link to a snapshot in a namespace delegated to the key: its owner and namespace."""
    return delegation.locate(
        key,
        grants,
        select(DownloadLink.tenant_id, Registry.namespace_id)
        .join(Snapshot, Snapshot.id == DownloadLink.snapshot_id)
        .join(Registry, Registry.id == Snapshot.registry_id)
        .where(DownloadLink.id == link_id),
    )


@public.register
def public_snapshot_owner(view_args: dict[str, Any]) -> Tenant | None:
    """Public read of a snapshot download: the owner of `{snapshot_id}` when it is ready and its
    registry is live in a public namespace."""
    snapshot_id = view_args.get("snapshot_id")
    if not isinstance(snapshot_id, str):
        return None
    owner = db.session.scalar(
        select(Snapshot.tenant_id)
        .join(Registry, Registry.id == Snapshot.registry_id)
        .join(Namespace, Namespace.id == Registry.namespace_id)
        .where(
            Snapshot.id == snapshot_id,
            Snapshot.status == SnapshotStatus.READY,
            Registry.state == "live",
            Namespace.public.is_(True),
        )
    )
    return db.session.get(Tenant, owner) if owner else None
