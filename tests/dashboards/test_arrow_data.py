"""The dashboard data layer over Arrow: filters typed by the column, groups sorted with nulls last,
dictionary columns read as dictionaries, and the same dashboard from a snapshot as from the database."""

import re
from datetime import UTC, date, datetime

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from app.core.errors import InvalidRequest
from app.core.jobs import redis_conn
from app.dashboards import data
from tests.dashboards.conftest import API

TABLE = pa.table(
    {
        "department": pa.array(["HR", "Sales", None, "HR", "Sales", "HR"]).dictionary_encode(),
        "name": ["a", "b", "c", "d", "e", "f"],
        "active": [True, False, True, True, None, False],
        "salary": pa.array([10, 20, None, 30, None, 5], pa.int64()),
        "score": [1.5, 2.5, 3.5, None, 0.5, 1.0],
        "hired": pa.array([date(2024, 1, 2)] * 3 + [date(2025, 6, 1)] * 3, pa.date32()),
        "seen": pa.array([datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)] * 2 + [None] * 4, pa.timestamp("us", tz="UTC")),
    }
)


def names(table):
    return table["name"].to_pylist()


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("department", "HR", ["a", "d", "f"]),  # a dictionary column
        ("name", "e", ["e"]),
        ("active", "true", ["a", "c", "d"]),
        ("active", False, ["b", "f"]),
        ("salary", "20", ["b"]),
        ("score", 2.5, ["b"]),
        ("hired", "2025-06-01", ["d", "e", "f"]),
        ("seen", "2024-01-02T03:04:05Z", ["a", "b"]),
        ("seen", "2024-01-02T03:04:05", ["a", "b"]),  # no zone: UTC
        ("department", "Ops", []),
        ("unknown", "x", ["a", "b", "c", "d", "e", "f"]),  # a column the dataset lacks filters nothing
    ],
)
def test_filters_compare_as_the_column_is_typed(field, value, expected):
    assert names(data.apply_filters(TABLE, {field: value})) == expected


@pytest.mark.parametrize(("field", "value"), [("salary", "ten"), ("seen", "yesterday")])
def test_a_filter_value_of_the_wrong_type_is_a_400(field, value):
    with pytest.raises(InvalidRequest):
        data.apply_filters(TABLE, {field: value})


def test_groups_sort_with_nulls_last_and_carry_every_metric():
    metrics = [
        {"op": "count"},
        {"op": "sum", "field": "salary"},
        {"op": "avg", "field": "score"},
        {"op": "min", "field": "name"},
        {"op": "max", "field": "salary"},
        {"op": "count"},  # asked twice: one column
    ]
    frame = data.aggregate(TABLE, {"group_by": ["department"], "metrics": metrics, "limit": 10})
    rows = frame.to_dict(orient="records")
    assert [r["department"] for r in rows[:2]] == ["HR", "Sales"] and pd.isna(rows[2]["department"])
    assert [r["count"] for r in rows] == [3, 2, 1]
    assert [r["sum_salary"] for r in rows] == [45, 20, 0]  # a group of nulls sums to 0
    assert rows[0]["avg_score"] == pytest.approx((1.5 + 1.0) / 2)
    assert [r["min_name"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["max_salary"] == 30
    assert list(frame.columns) == ["department", "count", "sum_salary", "avg_score", "min_name", "max_salary"]
    limited = data.aggregate(TABLE, {"group_by": ["department"], "metrics": metrics[:1], "limit": 1})
    assert limited.to_dict(orient="records") == [{"department": "HR", "count": 3}]


def test_a_metric_over_a_dictionary_column_and_an_empty_table():
    by_active = data.aggregate(
        TABLE, {"group_by": ["active"], "metrics": [{"op": "max", "field": "department"}], "limit": 10}
    )
    assert by_active.to_dict(orient="records")[0] == {"active": False, "max_department": "Sales"}
    empty = TABLE.slice(0, 0)
    one = data.aggregate(empty, {"group_by": [], "metrics": [{"op": "count"}, {"op": "sum", "field": "salary"}]})
    assert one.to_dict(orient="records") == [{"count": 0, "sum_salary": None}]
    total = data.aggregate(TABLE, {"group_by": [], "metrics": [{"op": "sum", "field": "salary"}]})
    assert total.to_dict(orient="records") == [{"sum_salary": 65}]


def test_rows_for_a_table_widget_are_plain_values_without_the_record_id():
    frame = data.head_frame(TABLE.append_column("record_id", pa.array(list("123456"))), 2)
    assert "record_id" not in frame.columns and frame["department"].tolist() == ["HR", "Sales"]
    assert str(frame["department"].dtype) != "category"


def test_only_the_columns_stored_as_dictionaries_are_read_as_dictionaries(tmp_path):
    path = tmp_path / "t.parquet"
    plain = TABLE.cast(TABLE.schema.set(0, pa.field("department", pa.string())))
    # row groups of two rows: each stores its own dictionary, in its own order
    pq.write_table(plain, path, use_dictionary=["department"], row_group_size=2)
    assert data._dictionary_columns(pq.ParquetFile(path).metadata) == ["department"]
    with open(path, "rb") as fh:
        table = data.read_parquet(fh, ["department", "salary"])
    assert pa.types.is_dictionary(table["department"].type) and table.column_names == ["department", "salary"]
    frame = data.aggregate(table, {"group_by": ["department"], "metrics": [{"op": "count"}], "limit": 10})
    assert frame["count"].tolist() == [3, 2, 1]


def _html_without_source(body):
    return re.sub(r"&#34;sources&#34;: \{[^}]*\}|\"sources\": \{[^}]*\}", "", body["html"])


def test_a_dashboard_renders_the_same_from_its_snapshot_as_from_the_database(client, dashboard, run_worker):
    admin = dashboard
    body = {"dashboard_id": "ops_overview", "filters": {"department": "HR"}}
    from_db = client.post(f"{API}/render", headers=admin.headers, json=body).get_json()
    r = client.post("/api/v1/storage/published/snapshots", headers=admin.headers, json={"dataset": "hr/staff"})
    assert r.status_code == 202, r.get_json()
    run_worker(["snapshots"])
    ready = client.get(f"/api/v1/storage/published/snapshots/{r.get_json()['snapshot_id']}", headers=admin.headers)
    assert ready.get_json()["data"]["status"] == "ready", ready.get_json()
    for key in redis_conn().scan_iter("dj:render:*"):
        redis_conn().delete(key)
    from_snapshot = client.post(f"{API}/render", headers=admin.headers, json=body).get_json()
    assert from_snapshot["cached"] is False
    assert "snapshot" in from_snapshot["html"] and "snapshot" not in from_db["html"]
    assert _html_without_source(from_snapshot) == _html_without_source(from_db)
