"""Issue 16, item 6: a webhook retry fires within one sweep interval of its due time, even when a
Redis restart loses the scheduled retry job."""

from datetime import UTC

from sqlalchemy import select

from app import create_app
from app.core.db import utcnow
from app.exports.models import WebhookDelivery
from app.extensions import db
from tests.factories import employee, make_registry, publish
from tests.faults.procs import ThrowawayRedis, until

INTERVAL_S = 2.0
RETRY_S = 3.0
JOBS = "/api/v1/data-consumption/exports/jobs"


def test_a_retry_lost_with_redis_still_fires_within_one_sweep_of_its_time(
    app, client, admin, workers, receiver, tmp_path
):
    redis = ThrowawayRedis(tmp_path)
    redis.start()
    side = create_app(
        {
            k: app.config[k]
            for k in (
                "SQLALCHEMY_DATABASE_URI",
                "VAR_DIR",
                "ARTIFACT_ROOT",
                "EXPORT_ROOTS",
                "WEBHOOK_ALLOWED_NETWORKS",
                "TESTING",
            )
        }
        | {"REDIS_URL": redis.url}
    )
    try:
        ns, reg = make_registry(client, admin, ns="hooks", reg="orders")
        publish(client, admin, ns, reg, "p1", employee(1))
        receiver.script = [500, 200]
        workers(
            ["snapshots", "exports", "webhooks", "maintenance"],
            redis.url,
            WEBHOOK_RETRY_SCHEDULE=f"{RETRY_S},{RETRY_S}",
            WEBHOOK_ALLOWED_NETWORKS="127.0.0.0/8,::1/128",
        )
        r = side.test_client().post(
            JOBS,
            headers=admin.headers,
            json={
                "dataset": f"{ns}/{reg}",
                "target": f"file://{app.config['EXPORT_ROOTS'][0]}/hooks",
                "notify_webhook": receiver.url,
            },
        )
        assert r.status_code == 202, r.get_json()
        export_id = r.get_json()["export_id"]
        until(lambda: len(receiver.requests) >= 1, 60, "the first attempt never came")
        due = until(lambda: _due(app, export_id), 10, "the first attempt was not recorded")
        redis.stop()  # the scheduled retry is lost with everything else in Redis
        redis.start()
        until(lambda: len(receiver.requests) >= 2, RETRY_S * 1.1 + INTERVAL_S * 3 + 10, "the retry never came")
        late = (utcnow() - due).total_seconds()
        assert late <= INTERVAL_S + 1.5, late  # one sweep interval, plus polling and the worker's reconnect
        first, second = receiver.requests[0]["headers"], receiver.requests[1]["headers"]
        assert first["webhook-id"] == second["webhook-id"]  # the same event, retried
    finally:
        redis.stop()


def _due(app, export_id):
    with app.app_context():
        due = db.session.scalar(
            select(WebhookDelivery.next_attempt_at).where(
                WebhookDelivery.export_id == export_id, WebhookDelivery.attempt == 1
            )
        )
        db.session.remove()
    return due.astimezone(UTC) if due else None
