"""An admin's browser pages: a namespace's access (its delegates: add, change, remove; its domains:
claim, verify, remove) and the tenant's audit trail. Each calls the service its API route calls."""

from typing import Any

from flask import g, render_template, request, url_for

from app.core import audit, delegation
from app.core.auth import actor
from app.core.delegation import PERMISSIONS
from app.core.errors import APIError
from app.core.pagination import offset_of
from app.extensions import db
from app.publishing import delegates, domains
from app.web.forms import act, error_page, require
from app.web.views import bp

AUDIT_PAGE = 50


def _admin_only() -> None:
    require(g.session_user.is_admin, "This page is an admin's.")


@bp.get("/namespaces/<namespace>/access")
def namespace_access(namespace: str) -> Any:
    """Who else may use the namespace (delegates) and which domains stand for it."""
    try:
        ns, grants = delegates.of(session=db.session, tenant=g.tenant, namespace=namespace)
        _, claims = domains.claims_of(session=db.session, tenant=g.tenant, namespace=namespace)
    except APIError as exc:
        return error_page(exc)
    _admin_only()
    listed = [delegates.delegate_dict(db.session, row) for row in grants]
    return render_template(
        "pages/access.html",
        ns=ns,
        delegates=listed,
        claims=claims,
        permissions=PERMISSIONS,
        methods=domains.METHODS,
    )


def _act(namespace: str, done: str, step: Any) -> Any:
    """Run one change on the namespace as the form asked: 404 for a namespace the caller does not
    reach, 403 for a non-admin, else back to the page with what happened (or why not)."""
    try:
        delegates.of(session=db.session, tenant=g.tenant, namespace=namespace)
    except APIError as exc:
        return error_page(exc)
    _admin_only()

    def run() -> str:
        step()
        return done

    return act(run, url_for("ui.namespace_access", namespace=namespace), "Not done")


def _who() -> dict[str, str | None]:
    who = request.form.get("who", "").strip()
    return {"key_id": who, "delegate_tenant": None} if who.startswith("key_") else {"delegate_tenant": who}


@bp.post("/namespaces/<namespace>/delegates")
def add_delegate(namespace: str) -> Any:
    def step() -> None:
        delegates.add(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            permissions=request.form.getlist("permissions") or ["read"],
            actor=actor(),
            **_who(),
        )

    return _act(namespace, "Delegate saved: it reaches this namespace now.", step)


@bp.post("/namespaces/<namespace>/delegates/remove")
def remove_delegate(namespace: str) -> Any:
    def step() -> None:
        delegates.remove(session=db.session, tenant=g.tenant, namespace=namespace, **_who())

    return _act(namespace, "Delegate removed: it meets 404 in this namespace now.", step)


@bp.post("/namespaces/<namespace>/domains")
def claim_domain(namespace: str) -> Any:
    def step() -> None:
        domains.generate(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            domain=request.form.get("domain", ""),
            method=request.form.get("method", "self_dns"),
        )

    return _act(namespace, "Challenge ready: publish the value shown, then press Verify.", step)


@bp.post("/namespaces/<namespace>/domains/verify")
def verify_domain(namespace: str) -> Any:
    def step() -> None:
        domains.verify(session=db.session, tenant=g.tenant, namespace=namespace, domain=request.form.get("domain"))

    return _act(namespace, "Domain verified: it stands for this namespace.", step)


@bp.post("/namespaces/<namespace>/domains/remove")
def remove_domain(namespace: str) -> Any:
    def step() -> None:
        domains.remove(session=db.session, tenant=g.tenant, namespace=namespace, domain=request.form.get("domain", ""))

    return _act(namespace, "Domain removed.", step)


@bp.get("/audit")
def audit_trail() -> Any:
    """The tenant's audit trail, newest first, as `GET /api/v1/audit` lists it, filtered and paged."""
    _admin_only()
    args: dict[str, Any] = {k: request.args.get(k) or None for k in ("namespace", "actor", "action")}
    args["outcome"] = request.args.get("outcome", type=int)
    page = max(1, request.args.get("page", 1, type=int) or 1)
    query = audit.entries(g.tenant.id, args, list(delegation.delegated_to(g.api_key)))
    items, total = offset_of(db.session, query, (page - 1) * AUDIT_PAGE, AUDIT_PAGE)
    return render_template(
        "pages/audit.html",
        items=items,
        total=total,
        page=page,
        pages=max(1, -(-total // AUDIT_PAGE)),
        args={k: v for k, v in args.items() if v},
    )
