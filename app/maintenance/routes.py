"""GET /api/v1/storage/published/maintenance: when the sweeps last ran and what they did."""

from flask import current_app, g

from app.core.api import Blueprint
from app.core.db import iso
from app.extensions import db
from app.maintenance.tasks import last_run
from app.store.responses import MaintenanceEnvelope

blp = Blueprint(
    "maintenance",
    __name__,
    url_prefix="/api/v1/storage/published",
    description="Maintenance sweeps (TTL, expiry, reconciliation)",
)


@blp.route("/maintenance")
@blp.auth("admin")
@blp.response(200, MaintenanceEnvelope)
def get_maintenance_status():
    """The last maintenance sweep (time and counts) and the sweep interval."""
    run = last_run(session=db.session)
    data = {"interval_s": current_app.config["MAINTENANCE_INTERVAL_S"], "last_run": None}
    if run is not None:
        data["last_run"] = {
            "started_at": iso(run.started_at),
            "finished_at": iso(run.finished_at),
            "counts": run.counts,
        }
    return {"data": data, "meta": {"request_id": g.request_id}}
