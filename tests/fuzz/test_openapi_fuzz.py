"""Schemathesis against the service's own /openapi.json, in-process over WSGI, as a tenant with
every scope, with all default checks. FUZZ_EXAMPLES (default 8) sets the examples per operation;
`make fuzz` runs a longer pass."""
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.factories import employee, make_registry, publish

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))


@pytest.fixture(scope="module")
def fuzz_caller(app):
    """One admin tenant with a registry and a record, so generated ids sometimes hit real rows."""
    from tests.conftest import Caller
    from app.core.auth import create_api_key, create_tenant
    from app.core.db import new_id
    from app.extensions import db

    with app.app_context():
        tenant = create_tenant(session=db.session, name=new_id("fuzz"), rate_limit="100000/second")
        _, token = create_api_key(session=db.session, tenant=tenant, scopes=["admin"])
        db.session.commit()
        caller = Caller(tenant.id, token, ("admin",))
    with app.test_client() as client:
        make_registry(client, caller)
        publish(client, caller, "employee-directory", "employee-profiles", "emp-1", employee(1))
    return caller


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_every_operation_conforms(case, fuzz_caller):
    case.call_and_validate(headers=fuzz_caller.headers)
