"""A dataset and a dashboard over it, built through the public APIs."""

import pytest

from tests.factories import employee, make_registry, publish

API = "/api/v1/data-consumption/dashboards"


def definition(dashboard_id="ops_overview", dataset="staff"):
    return {
        "dashboard_id": dashboard_id,
        "layout": {
            "title": "Ops overview",
            "widgets": [
                {"id": "headcount", "type": "kpi", "title": "Headcount", "datasource": "by_dept"},
                {"id": "by_dept_bar", "type": "bar", "title": "By department", "datasource": "by_dept"},
                {"id": "by_dept_pie", "type": "pie", "datasource": "by_dept"},
                {"id": "people", "type": "table", "datasource": "people", "page_size": 5},
            ],
            "filters": [{"field": "department", "label": "Department", "values": ["Engineering", "HR", "Sales"]}],
        },
        "datasources": [
            {"name": "by_dept", "dataset": dataset, "group_by": ["department"], "metrics": [{"op": "count"}]},
            {"name": "people", "dataset": dataset, "filters": {"active": True}},
        ],
    }


@pytest.fixture()
def dashboard(client, admin):
    ns, reg = make_registry(client, admin, ns="hr", reg="staff")
    for i in range(1, 10):
        publish(client, admin, ns, reg, f"e{i}", employee(i))
    r = client.post(f"{API}/definitions", headers=admin.headers, json=definition())
    assert r.status_code == 200, r.get_json()
    return admin
