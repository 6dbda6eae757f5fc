"""Small factories that build data through the public API, as a user would."""

from app.core.seed_examples import EMPLOYEE_SCHEMA


def employee(i, **overrides):
    details = {
        "employee_id": f"EMP{i:06d}",
        "full_name": f"Person {i}",
        "email": f"p{i}@acme.corp",
        "department": ("Engineering", "HR", "Sales")[i % 3],
        "hire_date": "2024-01-15",
        "active": i % 2 == 0,
    }
    details.update(overrides)
    return details


def make_registry(client, caller, ns="employee-directory", reg="employee-profiles", schema=None):
    r = client.post(
        "/dedi/create-namespace",
        headers=caller.headers,
        json={"name": ns, "description": "Corporate employee information"},
    )
    assert r.status_code in (201, 409), r.get_json()
    r = client.post(
        f"/dedi/{ns}/create-registry",
        headers=caller.headers,
        json={"registry_name": reg, "description": "Employee profiles", "schema": schema or EMPLOYEE_SCHEMA},
    )
    assert r.status_code == 201, r.get_json()
    return ns, reg


def publish(client, caller, ns, reg, name, details, **extra):
    r = client.post(
        f"/dedi/{ns}/{reg}/save-record-as-draft?publish=true",
        headers=caller.headers,
        json={"record_name": name, "description": f"record {name}", "details": details, **extra},
    )
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]["record_id"]


ARTIFACT_ROOT = {}  # set by the session's app fixture


def artifact_file(artifact):
    """The file behind a snapshot artifact, found by its key under the test app's artifact root."""
    import os

    return os.path.join(ARTIFACT_ROOT["root"], artifact["key"])
