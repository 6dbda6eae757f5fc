"""DeDi's domain verification under /dedi: generate a challenge, verify it, check, read, remove."""

import marshmallow as ma
from flask import g
from marshmallow import fields, validate

from app.core.api import Blueprint
from app.core.db import iso
from app.core.errors import NotFound
from app.core.responses import ResponseSchema, envelope, iso_time
from app.extensions import db
from app.publishing import domains

blp = Blueprint("domains", __name__, url_prefix="/dedi", description="Verified domains (DeDi)")
WRITE, READ = ("publish",), ("read", "publish")


class GenerateArgsSchema(ma.Schema):
    verification_method = fields.String(
        required=True,
        validate=validate.OneOf(domains.METHODS),
        metadata={"description": "self_dns (a TXT record at the apex) or self_http (the .well-known file)"},
    )


class VerifySchema(ma.Schema):
    namespace_id = fields.String(required=True, validate=validate.Length(min=1, max=128))
    domain = fields.String(validate=validate.Length(min=1, max=253), metadata={"description": "if several wait"})


class TxtSchema(ResponseSchema):
    txt = fields.String(required=True, metadata={"example": "dedi-verification=3f9a…"})
    domain = fields.String(required=True)
    verification_method = fields.String(required=True)


class GeneratedSchema(ResponseSchema):
    message = fields.String(required=True)
    txt = fields.String(required=True, metadata={"description": "the value to publish, whole"})
    data = fields.Nested(TxtSchema, required=True)


class VerifiedSchema(ResponseSchema):
    domain = fields.String(required=True)
    namespace_id = fields.String(required=True)
    verified_at = iso_time()


class CheckSchema(ResponseSchema):
    verified = fields.Boolean(required=True)
    domain = fields.String(metadata={"description": "present when verified"})


class DnsTxtSchema(ResponseSchema):
    namespace_id = fields.String(required=True)
    domain = fields.String(required=True)
    txt = fields.String(required=True)
    is_verified = fields.Boolean(required=True)
    verification_method = fields.String(required=True)
    last_checked_at = iso_time(allow_none=True)


class RemovedSchema(ResponseSchema):
    domain = fields.String(required=True)
    verification_methods = fields.List(fields.String(), required=True)
    removed_targets = fields.List(fields.String(), required=True)
    removed_entries = fields.Integer(required=True)
    domain_removed_from_namespace = fields.Boolean(required=True)
    domain_still_verified = fields.Boolean(required=True)


@blp.route("/generate-dns-txt/<namespace_id>/<domain>")
@blp.auth(*WRITE, errors=(400, 404))
@blp.arguments(GenerateArgsSchema, location="query")
@blp.response(200, GeneratedSchema)
def generate_dns_txt(args, namespace_id, domain):
    """The namespace's challenge for a domain (made on the first call, the same one after): publish
    `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered)."""
    claim, made = domains.generate(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace_id,
        domain=domain,
        method=args["verification_method"],
    )
    db.session.commit()
    data = {"txt": claim.txt, "domain": claim.domain, "verification_method": claim.method}
    return {"message": "TXT generated" if made else "TXT is already generated", "txt": claim.txt, "data": data}


@blp.route("/verify-domain", methods=["POST"])
@blp.auth(*WRITE, errors=(400, 404))
@blp.arguments(VerifySchema)
@blp.response(200, envelope("DomainVerifiedEnvelope", VerifiedSchema))
def verify_domain(body):
    """Check the challenge — DNS first, then the HTTP file — and mark the domain verified: every /dedi
    path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated."""
    claim = domains.verify(
        session=db.session, tenant=g.tenant, namespace=body["namespace_id"], domain=body.get("domain")
    )
    db.session.commit()
    data = {"domain": claim.domain, "namespace_id": claim.namespace_id, "verified_at": iso(claim.verified_at)}
    return {"message": "Verification Successful", "data": data}


@blp.route("/check-verification/<namespace_id>")
@blp.auth(*READ, errors=(404,))
@blp.response(200, CheckSchema)
def check_verification(namespace_id):
    """Whether the namespace has a verified domain: `{verified: true, domain}` or `{verified: false}`
    (no envelope, as DeDi answers)."""
    _, claims = domains.claims_of(session=db.session, tenant=g.tenant, namespace=namespace_id)
    verified = next((c for c in claims if c.verified_at is not None), None)
    return {"verified": True, "domain": verified.domain} if verified else {"verified": False}


@blp.route("/get-dns-txt/<namespace_id>")
@blp.auth(*READ, errors=(404,))
@blp.response(200, DnsTxtSchema)
def get_dns_txt(namespace_id):
    """The namespace's latest challenge and whether its domain is verified; 404 if none was generated."""
    ns, claims = domains.claims_of(session=db.session, tenant=g.tenant, namespace=namespace_id)
    if not claims:
        raise NotFound("domain challenge", ns.name, {"namespace_id": ns.id})
    claim = claims[0]
    return {
        "namespace_id": ns.id,
        "domain": claim.domain,
        "txt": claim.txt,
        "is_verified": claim.verified_at is not None,
        "verification_method": claim.method,
        "last_checked_at": iso(claim.last_checked_at),
    }


@blp.route("/<namespace>/<domain>/remove-namespace-verification", methods=["POST"])
@blp.auth(*WRITE, errors=(404,))
@blp.response(200, envelope("DomainRemovedEnvelope", RemovedSchema))
def remove_namespace_verification(namespace, domain):
    """Drop the namespace's claim of a domain (its challenge, and its verification): the domain no
    longer stands for the namespace. 404 when the namespace has no claim of it."""
    data = domains.remove(session=db.session, tenant=g.tenant, namespace=namespace, domain=domain)
    db.session.commit()
    return {"message": "Verification removed", "data": data}
