from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.domain_verified_envelope import DomainVerifiedEnvelope
from ...models.error import Error
from ...models.verify import Verify
from ...types import Response


def _get_kwargs(
    *,
    body: Verify,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/verify-domain",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DomainVerifiedEnvelope | Error:
    if response.status_code == 200:
        response_200 = DomainVerifiedEnvelope.from_dict(response.json())

        return response_200

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
) -> Response[DomainVerifiedEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Verify,
) -> Response[DomainVerifiedEnvelope | Error]:
    """Check the challenge — DNS first, then the HTTP file — and mark the domain verified: every /dedi
    path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

     path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Verify):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainVerifiedEnvelope | Error]
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
    body: Verify,
) -> DomainVerifiedEnvelope | Error | None:
    """Check the challenge — DNS first, then the HTTP file — and mark the domain verified: every /dedi
    path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

     path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Verify):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainVerifiedEnvelope | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Verify,
) -> Response[DomainVerifiedEnvelope | Error]:
    """Check the challenge — DNS first, then the HTTP file — and mark the domain verified: every /dedi
    path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

     path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Verify):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainVerifiedEnvelope | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Verify,
) -> DomainVerifiedEnvelope | Error | None:
    """Check the challenge — DNS first, then the HTTP file — and mark the domain verified: every /dedi
    path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

     path then takes it in place of the namespace. 400 when the value is not published (what was found
    is in `details`), when several domains wait and none is named, or when another namespace verified
    it; 404 when nothing was generated.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (Verify):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainVerifiedEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
