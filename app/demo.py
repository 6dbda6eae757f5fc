"""Demo data for a newcomer's first `make run`: a tenant, a fresh admin key, a dataset of a few
thousand records and a dashboard over it (created once; later runs reuse the key kept under var/)."""

import random
from pathlib import Path

from sqlalchemy import insert, select

from app.core.auth import create_api_key, create_tenant, hash_token
from app.core.db import new_id, utcnow
from app.core.models import ApiKey, Tenant
from app.dashboards.schemas import DefinitionSchema
from app.dashboards.service import publish_version, save_definition
from app.extensions import db
from app.publishing.models import Namespace, Record
from app.publishing.records import bump_version
from app.publishing.service import create_namespace, create_registry

DEMO_TENANT, DEMO_DASHBOARD = "demo", "demo_overview"
SCHEMA = {
    "type": "object",
    "properties": {
        "order_id": {"type": "string"},
        "region": {"type": "string", "enum": ["IN", "US", "EU", "APAC"]},
        "product": {"type": "string"},
        "channel": {"type": "string", "enum": ["web", "store", "partner"]},
        "amount": {"type": "number", "minimum": 0},
        "quantity": {"type": "integer", "minimum": 1},
        "ordered_on": {"type": "string", "format": "date"},
        "month": {"type": "string"},
        "paid": {"type": "boolean"},
    },
    "required": ["order_id", "region", "product", "amount"],
}
PRODUCTS = ("Kayak", "Paddle", "Life vest", "Dry bag", "Rope", "Anchor")


def _orders(count, rnd):
    for i in range(count):
        month = rnd.randint(1, 10)
        yield {
            "order_id": f"ORD{i:05d}",
            "region": rnd.choice(["IN", "US", "EU", "APAC"]),
            "product": rnd.choice(PRODUCTS),
            "channel": rnd.choice(["web", "store", "partner"]),
            "amount": round(rnd.uniform(5, 900), 2),
            "quantity": rnd.randint(1, 6),
            "ordered_on": f"2026-{month:02d}-{rnd.randint(1, 28):02d}",
            "month": f"2026-{month:02d}",
            "paid": rnd.random() > 0.1,
        }


def definition():
    return {
        "dashboard_id": DEMO_DASHBOARD,
        "layout": {
            "title": "Orders overview",
            "widgets": [
                {"id": "orders", "type": "kpi", "title": "Orders", "datasource": "by_region", "width": 4},
                {
                    "id": "revenue",
                    "type": "kpi",
                    "title": "Revenue",
                    "datasource": "by_region",
                    "y": "revenue",
                    "width": 4,
                },
                {
                    "id": "avg",
                    "type": "kpi",
                    "title": "Average order",
                    "datasource": "by_product",
                    "y": "avg_amount",
                    "width": 4,
                },
                {
                    "id": "region_bar",
                    "type": "bar",
                    "title": "Revenue by region",
                    "datasource": "by_region",
                    "y": "revenue",
                },
                {"id": "product_pie", "type": "pie", "title": "Orders by product", "datasource": "by_product"},
                {"id": "month_line", "type": "line", "title": "Orders by month", "datasource": "by_month", "width": 12},
                {
                    "id": "recent",
                    "type": "table",
                    "title": "Orders",
                    "datasource": "orders",
                    "width": 12,
                    "page_size": 10,
                },
            ],
            "filters": [
                {"field": "region", "label": "Region", "values": ["IN", "US", "EU", "APAC"]},
                {"field": "channel", "label": "Channel", "values": ["web", "store", "partner"]},
            ],
        },
        "datasources": [
            {
                "name": "by_region",
                "dataset": "demo/orders",
                "group_by": ["region"],
                "metrics": [{"op": "count"}, {"op": "sum", "field": "amount", "label": "revenue"}],
            },
            {
                "name": "by_product",
                "dataset": "demo/orders",
                "group_by": ["product"],
                "metrics": [{"op": "count"}, {"op": "avg", "field": "amount", "label": "avg_amount"}],
            },
            {"name": "by_month", "dataset": "demo/orders", "group_by": ["month"], "metrics": [{"op": "count"}]},
            {"name": "orders", "dataset": "demo/orders", "limit": 500},
        ],
    }


def _seed_dataset(session, tenant, count=3000):
    create_namespace(session=session, tenant=tenant, name="demo", description="Demo data")
    reg = create_registry(
        session=session,
        tenant=tenant,
        namespace="demo",
        registry_name="orders",
        description="Sample orders",
        schema=SCHEMA,
    )
    version = bump_version(session=session, registry=reg, change="publish", count=count, actor="demo")
    now = utcnow()
    rows = [
        dict(
            record_id=new_id("rec"),
            tenant_id=tenant.id,
            registry_id=reg.id,
            name=o["order_id"],
            description="",
            details=o,
            meta={},
            ttl=600,
            state="live",
            contract_version=1,
            version_from=version,
            created_at=now,
            updated_at=now,
        )
        for o in _orders(count, random.Random(42))
    ]
    session.execute(insert(Record), rows)
    body = DefinitionSchema().load(definition())
    dash = save_definition(session=session, tenant=tenant, actor="demo", **body)
    publish_version(session=session, tenant=tenant, slug=dash.slug, version=dash.current_version)


def seed_demo(key_file=None):
    """Ensure the demo tenant and its data exist; return its admin token. With `key_file`, the token
    kept there is reused while it is live (one demo key across restarts, not one more per start)."""
    tenant = db.session.scalar(select(Tenant).filter_by(name=DEMO_TENANT))
    if tenant is None:
        tenant = create_tenant(session=db.session, name=DEMO_TENANT, rate_limit="100/second")
    if db.session.scalar(select(Namespace.id).filter_by(tenant_id=tenant.id, name="demo")) is None:
        _seed_dataset(db.session, tenant)
    kept = _kept_token(key_file, tenant)
    if kept:
        db.session.commit()
        return kept
    _, token = create_api_key(session=db.session, tenant=tenant, scopes=["admin"], owner="make-run")
    db.session.commit()
    if key_file:
        key_file = Path(key_file)
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.touch(mode=0o600)
        key_file.write_text(token + "\n")
    return token


def _kept_token(key_file, tenant):
    """The token in key_file if it is a live key of the demo tenant, else None."""
    if not key_file or not Path(key_file).exists():
        return None
    token = Path(key_file).read_text().strip()
    key = db.session.scalar(select(ApiKey).filter_by(token_hash=hash_token(token), tenant_id=tenant.id))
    return token if key is not None and key.revoked_at is None else None
