"""Shared fixtures: one app per test session on real services (PostgreSQL/Redis when
DATABASE_URL/REDIS_URL are set, the embedded SQLite + Redis defaults otherwise)."""

import os
import tempfile
from dataclasses import dataclass

# every process of this run (the suite, its live servers and workers) shares one metrics directory
# of its own, before anything imports prometheus_client
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="dj-metrics-"))

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app import create_app  # noqa: E402
from app.core.auth import create_api_key, create_tenant  # noqa: E402
from app.core.db import new_id  # noqa: E402
from app.extensions import db  # noqa: E402


def _reset_database(app):
    from flask_migrate import upgrade

    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade()


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    base = tmp_path_factory.mktemp("datajetty")
    overrides = {
        "TESTING": True,
        "VAR_DIR": str(base / "var"),
        "ARTIFACT_ROOT": str(base / "artifacts"),
        "EXPORT_ROOTS": [str(base / "exports")],
        "IMPORT_ROOTS": [str(base / "imports")],
        "ANON_RATE_LIMIT": "1000/second",  # every test client shares 127.0.0.1
        "WEBHOOK_ALLOWED_NETWORKS": ["127.0.0.0/8", "::1/128"],  # the tests' receivers listen on loopback
    }
    if not os.environ.get("DATABASE_URL"):
        overrides["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{base / 'test.db'}"
    application = create_app(overrides)
    from tests import factories

    factories.ARTIFACT_ROOT["root"] = overrides["ARTIFACT_ROOT"]
    _reset_database(application)
    application.extensions["redis"].flushdb()
    yield application
    if not os.environ.get("REDIS_URL"):
        from app.core.embedded_redis import stop_embedded_redis

        stop_embedded_redis(overrides["VAR_DIR"])


@pytest.fixture()
def live(app):
    """The test app over real HTTP, from a threaded server on a free loopback port."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture()
def client(app):
    with app.test_client() as c:
        yield c


@dataclass
class Caller:
    tenant_id: str
    token: str
    scopes: tuple

    @property
    def headers(self):
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture()
def make_caller(app):
    """Factory: a fresh tenant and a key with the given scopes (high rate limit unless given)."""

    def make(scopes=("admin",), rate_limit="10000/second", tenant_id=None, owner=None):
        with app.app_context():
            from app.core.models import Tenant

            tenant = db.session.get(Tenant, tenant_id) if tenant_id else None
            if tenant is None:
                tenant = create_tenant(session=db.session, name=new_id("t"), rate_limit=rate_limit)
            _, token = create_api_key(session=db.session, tenant=tenant, scopes=list(scopes), owner=owner)
            db.session.commit()
            return Caller(tenant.id, token, tuple(scopes))

    return make


@pytest.fixture()
def admin(make_caller):
    return make_caller(("admin",))


@pytest.fixture()
def operator(app):
    """An operator's key (djop_…): /rq and /metrics, never a tenant's data."""
    from app.core.operators import create_operator

    with app.app_context():
        _, token = create_operator(session=db.session, name=new_id("op"))
        db.session.commit()
    return token


@pytest.fixture()
def current_rows(app):
    """count(name, tenant_id=None, state=None): how many current (open) rows a record name has, read from
    the database — what a race must leave at one."""
    from sqlalchemy import func, select

    from app.publishing.models import Record

    def count(name, tenant_id=None, state=None):
        where = [Record.name == name, Record.version_to.is_(None)]
        if tenant_id is not None:
            where.append(Record.tenant_id == tenant_id)
        if state is not None:
            where.append(Record.state == state)
        with app.app_context():
            return db.session.scalar(select(func.count()).where(*where))

    return count


@pytest.fixture()
def run_worker(app):
    """Run a real RQ worker in burst mode on the real queues until they are empty."""
    from rq import SimpleWorker
    from rq.serializers import JSONSerializer

    from app.core.jobs import QUEUES, get_queue, redis_conn

    def run(queues=QUEUES, with_scheduler=False):
        with app.app_context():
            worker = SimpleWorker([get_queue(q) for q in queues], connection=redis_conn(), serializer=JSONSerializer)
            worker.work(burst=True, with_scheduler=with_scheduler)
            db.session.remove()

    return run
