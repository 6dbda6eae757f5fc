"""The newcomer's first visit: the demo seed is idempotent and its dashboard renders a real chart."""

from app.demo import DEMO_DASHBOARD, seed_demo
from app.extensions import db


def test_demo_seed_is_idempotent_and_renders(app, client, tmp_path):
    key_file = tmp_path / "demo-admin.key"
    with app.app_context():
        token = seed_demo(key_file=key_file)
        again = seed_demo(key_file=key_file)
        db.session.remove()
    assert token == again == key_file.read_text().strip()  # a restart reuses the kept key
    headers = {"Authorization": f"Bearer {again}"}
    ds = client.get("/api/v1/storage/published/datasets?namespace=demo", headers=headers).get_json()
    assert ds["meta"]["total"] == 1 and ds["items"][0]["record_count"] == 3000
    r = client.post(
        "/api/v1/data-consumption/dashboards/render",
        headers=headers,
        json={"dashboard_id": DEMO_DASHBOARD, "filters": {"region": "IN"}},
    )
    assert r.status_code == 200 and r.get_json()["html"].count("<svg") == 3
