from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscribe import Subscribe
from ...models.subscription_created_envelope import SubscriptionCreatedEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: Subscribe,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/subscribe",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionCreatedEnvelope:
    if response.status_code == 201:
        response_201 = SubscriptionCreatedEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SubscriptionCreatedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Subscribe,
) -> Response[Error | SubscriptionCreatedEnvelope]:
    """Watch a namespace, a registry (`registry_name`), one record (`record_name` too) or the registries
    with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

     with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

    Each delivery is a POST signed per Standard Webhooks (webhook-id, webhook-timestamp,
    webhook-signature) with `webhook_secret`'s bytes as the key, and carries DeDi's
    `dedi-signature: sha256=<hex HMAC-SHA256 of the body>`; retried on the exports' schedule, one
    receipt per attempt (`/dedi/subscriptions/{id}/deliveries`); a delivery that gives up disables
    the subscription. The URL must resolve to public addresses: 400 otherwise, as for a tag with a
    registry or a record without one; 404 for an unknown namespace or registry.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Subscribe):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Subscribe,
) -> Error | SubscriptionCreatedEnvelope | None:
    """Watch a namespace, a registry (`registry_name`), one record (`record_name` too) or the registries
    with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

     with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

    Each delivery is a POST signed per Standard Webhooks (webhook-id, webhook-timestamp,
    webhook-signature) with `webhook_secret`'s bytes as the key, and carries DeDi's
    `dedi-signature: sha256=<hex HMAC-SHA256 of the body>`; retried on the exports' schedule, one
    receipt per attempt (`/dedi/subscriptions/{id}/deliveries`); a delivery that gives up disables
    the subscription. The URL must resolve to public addresses: 400 otherwise, as for a tag with a
    registry or a record without one; 404 for an unknown namespace or registry.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Subscribe):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionCreatedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Subscribe,
) -> Response[Error | SubscriptionCreatedEnvelope]:
    """Watch a namespace, a registry (`registry_name`), one record (`record_name` too) or the registries
    with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

     with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

    Each delivery is a POST signed per Standard Webhooks (webhook-id, webhook-timestamp,
    webhook-signature) with `webhook_secret`'s bytes as the key, and carries DeDi's
    `dedi-signature: sha256=<hex HMAC-SHA256 of the body>`; retried on the exports' schedule, one
    receipt per attempt (`/dedi/subscriptions/{id}/deliveries`); a delivery that gives up disables
    the subscription. The URL must resolve to public addresses: 400 otherwise, as for a tag with a
    registry or a record without one; 404 for an unknown namespace or registry.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Subscribe):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Subscribe,
) -> Error | SubscriptionCreatedEnvelope | None:
    """Watch a namespace, a registry (`registry_name`), one record (`record_name` too) or the registries
    with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

     with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

    Each delivery is a POST signed per Standard Webhooks (webhook-id, webhook-timestamp,
    webhook-signature) with `webhook_secret`'s bytes as the key, and carries DeDi's
    `dedi-signature: sha256=<hex HMAC-SHA256 of the body>`; retried on the exports' schedule, one
    receipt per attempt (`/dedi/subscriptions/{id}/deliveries`); a delivery that gives up disables
    the subscription. The URL must resolve to public addresses: 400 otherwise, as for a tag with a
    registry or a record without one; 404 for an unknown namespace or registry.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Subscribe):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionCreatedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
