"""Settings from the environment, with working embedded defaults."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _list(value):
    return [item.strip() for item in value.split(",") if item.strip()]


def load_config(overrides=None, environ=None):
    """Return the settings dict: environment variables over embedded defaults, overrides last."""
    env = os.environ if environ is None else environ
    var_dir = Path(env.get("DATAJETTY_VAR_DIR", BASE_DIR / "var")).resolve()
    config = {
        "VAR_DIR": str(var_dir),
        "SECRET_KEY": env.get("SECRET_KEY", "dev-secret-change-me"),
        "SQLALCHEMY_DATABASE_URI": env.get("DATABASE_URL", f"sqlite:///{var_dir / 'datajetty.db'}"),
        "REDIS_URL": env.get("REDIS_URL", ""),
        "ARTIFACT_ROOT": env.get("ARTIFACT_ROOT", str(var_dir / "artifacts")),
        "EXPORT_ROOTS": _list(env.get("EXPORT_ROOTS", str(var_dir / "exports"))),
        "IMPORT_ROOTS": _list(env.get("IMPORT_ROOTS", str(var_dir / "imports"))),
        "DEFAULT_RATE_LIMIT": env.get("DEFAULT_RATE_LIMIT", "10/second"),
        "ANON_RATE_LIMIT": env.get("ANON_RATE_LIMIT", "20/second"),
        # a busy process admits up to this fraction of a limit ahead (core/ratelimit.py); 0: ask Redis every time
        "RATE_LIMIT_LEASE_SHARE": int(env.get("RATE_LIMIT_LEASE_SHARE", 50)),
        "AUTH_CACHE_TTL_S": float(env.get("AUTH_CACHE_TTL_S", 5)),  # a revocation reaches other processes within this
        "IDEMPOTENCY_TTL_S": int(env.get("IDEMPOTENCY_TTL_S", 24 * 3600)),
        "MAX_CONTENT_LENGTH": int(env.get("MAX_CONTENT_LENGTH", 100 * 1024 * 1024)),
        "JSON_BODY_LIMIT": int(env.get("JSON_BODY_LIMIT", 10 * 1024 * 1024)),
        "S3_ENDPOINT_URL": env.get("S3_ENDPOINT_URL", ""),
        "S3_KEY": env.get("S3_KEY", env.get("AWS_ACCESS_KEY_ID", "")),
        "S3_SECRET": env.get("S3_SECRET", env.get("AWS_SECRET_ACCESS_KEY", "")),
        "S3_REGION": env.get("S3_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1")),
        "S3_ALLOWED_BUCKETS": _list(env.get("S3_ALLOWED_BUCKETS", "")),
        "WEBHOOK_ALLOWED_NETWORKS": _list(env.get("WEBHOOK_ALLOWED_NETWORKS", "")),
        "WEBHOOK_RETRY_SCHEDULE": [
            float(x) for x in _list(env.get("WEBHOOK_RETRY_SCHEDULE", "5,300,1800,7200,18000,36000"))
        ],
        "WEBHOOK_TIMEOUT_S": float(env.get("WEBHOOK_TIMEOUT_S", 30)),
        "MAINTENANCE_INTERVAL_S": float(env.get("MAINTENANCE_INTERVAL_S", 60)),
        "JOB_FILE_RETENTION_S": int(env.get("JOB_FILE_RETENTION_S", 7 * 24 * 3600)),
        "DELETE_RETENTION_S": int(env.get("DELETE_RETENTION_S", 3 * 24 * 3600)),  # soft-deleted records restorable
        "DNS_RESOLVER": env.get("DNS_RESOLVER", ""),  # host:port for domain proofs; empty: the system's
        "DOMAIN_PROOF_SCHEME": env.get("DOMAIN_PROOF_SCHEME", "https"),
        "DOMAIN_PROOF_PORT": int(env.get("DOMAIN_PROOF_PORT", 0)) or None,
        "DOMAIN_REVERIFY_S": int(env.get("DOMAIN_REVERIFY_S", 365 * 24 * 3600)),
        "DOMAIN_GRACE_S": int(env.get("DOMAIN_GRACE_S", 7 * 24 * 3600)),
        "RENDER_TTL_S": int(env.get("RENDER_TTL_S", 300)),
        "SHARE_SECRETS": _list(env.get("SHARE_SECRETS", "")),
        "SHARE_MAX_LIFETIME_S": int(env.get("SHARE_MAX_LIFETIME_S", 30 * 24 * 3600)),
        "DOWNLOAD_URL_MAX_S": int(env.get("DOWNLOAD_URL_MAX_S", 7 * 24 * 3600)),
        "SESSION_TTL_S": int(env.get("SESSION_TTL_S", 8 * 3600)),
        "PUBLIC_BASE_URL": env.get("PUBLIC_BASE_URL", ""),  # empty: links are built from the request
        "PROXY_FIX": env.get("PROXY_FIX", "0") == "1",
        "LOG_FORMAT": env.get("LOG_FORMAT", "kv"),  # kv: key=value pairs; json: one JSON object per line
        "LOG_LEVEL": env.get("LOG_LEVEL", "INFO"),  # trust one proxy's X-Forwarded-For/-Proto/-Host/-Port/-Prefix
        # flask-smorest / OpenAPI
        "API_TITLE": "DataJetty",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "API_SPEC_OPTIONS": {
            "servers": [{"url": "/", "description": "this DataJetty server"}],
            "info": {
                "description": (
                    "Publish structured data (namespaces, registries typed by JSON Schema, versioned records, bulk "
                    "CSV upload), freeze any data version into snapshots, deliver them to file:// and s3:// targets "
                    "with signed webhooks, and show them on dashboards with signed share links. Authenticate with "
                    "`Authorization: Bearer <API key>`; errors always have the shape "
                    "{error, message, details, request_id}."
                )
            },
        },
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        # served from the swagger-ui-bundle package (app/core/docs_assets.py): /docs needs no internet
        "OPENAPI_SWAGGER_UI_URL": env.get("SWAGGER_UI_URL", "/docs/assets/"),
        "SQLALCHEMY_ENGINE_OPTIONS": {},  # pool size and stale connections: app/core/pool.py
        # a pooled connection for each request thread (gunicorn's --threads): with SQLAlchemy's default of
        # 5, three of 8 threads opened and closed a connection per request (app/core/pool.py)
        "DB_POOL_SIZE": int(env.get("DB_POOL_SIZE", env.get("WEB_THREADS", 8))),
        # a sliding window kept as two counters: O(1) in Redis whatever the limit, where a moving window
        # keeps one list entry per allowed request (100,000 for a 100,000/second tenant)
    }
    config.update(overrides or {})
    return config
