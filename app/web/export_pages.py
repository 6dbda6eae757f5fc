"""Browser pages for exports: deliver a dataset version to a target (`s3://` on the tenant's allow-list,
or `file://` under EXPORT_ROOTS), with an optional signed webhook, as `POST /api/v1/data-consumption/
exports/jobs` does; follow each export to its delivered files (with their sha256) and every webhook
attempt (its receipt)."""

from typing import Any

from flask import g, render_template, request, url_for

from app.core.auth import actor
from app.core.errors import APIError
from app.exports import service
from app.exports.models import ExportStatus
from app.exports.routes import ExportJobCreateSchema
from app.exports.tasks import enqueue_export
from app.extensions import db
from app.store import service as store
from app.store.tasks import enqueue_build
from app.web.forms import act, error_page, loaded, require
from app.web.views import bp

SETTLED = (ExportStatus.DONE, ExportStatus.FAILED)


@bp.get("/exports")
def exports() -> Any:
    items, total = service.list_exports(session=db.session, tenant=g.tenant, offset=0, limit=100)
    datasets, _ = store.list_datasets(session=db.session, tenant=g.tenant, offset=0, limit=100)
    return render_template(
        "pages/exports.html",
        items=items,
        total=total,
        live=any(e.status not in SETTLED for e in items),
        datasets=[f"{ns}/{reg.name}" for reg, ns, _ in datasets],
        can_export=g.session_user.can_export,
    )


@bp.post("/exports")
def create_export() -> Any:
    """Find or build the snapshot, then deliver it; back to the list, where it shows until it settles."""
    require(g.session_user.can_export)

    def step() -> str:
        form = {
            k: request.form.get(k, "").strip() for k in ("dataset", "version", "format", "target", "notify_webhook")
        }
        body = loaded(ExportJobCreateSchema(), {k: v for k, v in form.items() if v})
        export, snap, needs_build, is_new = service.create_job(
            session=db.session, tenant=g.tenant, actor=actor(), **body
        )
        if needs_build:
            enqueue_build(snap)
        if is_new:
            enqueue_export(export, snap)
        return f"Export {export.id}: {'queued' if is_new else 'already made, ' + export.status}."

    return act(step, url_for("ui.exports"), "Could not export")


@bp.get("/exports/<export_id>")
def export(export_id: str) -> Any:
    """One export: where it went, the files delivered, and every webhook attempt."""
    try:
        row = service.get_export(session=db.session, tenant=g.tenant, export_id=export_id)
    except APIError as exc:
        return error_page(exc)
    return render_template(
        "pages/export.html",
        export=service.export_dict(row),
        receipts=service.receipts(session=db.session, export=row),
        live=row.status not in SETTLED,
    )
