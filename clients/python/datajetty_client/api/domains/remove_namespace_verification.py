from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.domain_removed_envelope import DomainRemovedEnvelope
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    namespace: str,
    domain: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/{namespace}/{domain}/remove-namespace-verification".format(
            namespace=quote(str(namespace), safe=""),
            domain=quote(str(domain), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DomainRemovedEnvelope | Error:
    if response.status_code == 200:
        response_200 = DomainRemovedEnvelope.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DomainRemovedEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> Response[DomainRemovedEnvelope | Error]:
    """Drop the namespace's claim of a domain (its challenge, and its verification): the domain no
    longer stands for the namespace. 404 when the namespace has no claim of it.

     longer stands for the namespace. 404 when the namespace has no claim of it.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainRemovedEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> DomainRemovedEnvelope | Error | None:
    """Drop the namespace's claim of a domain (its challenge, and its verification): the domain no
    longer stands for the namespace. 404 when the namespace has no claim of it.

     longer stands for the namespace. 404 when the namespace has no claim of it.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainRemovedEnvelope | Error
    """

    return sync_detailed(
        namespace=namespace,
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> Response[DomainRemovedEnvelope | Error]:
    """Drop the namespace's claim of a domain (its challenge, and its verification): the domain no
    longer stands for the namespace. 404 when the namespace has no claim of it.

     longer stands for the namespace. 404 when the namespace has no claim of it.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainRemovedEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> DomainRemovedEnvelope | Error | None:
    """Drop the namespace's claim of a domain (its challenge, and its verification): the domain no
    longer stands for the namespace. 404 when the namespace has no claim of it.

     longer stands for the namespace. 404 when the namespace has no claim of it.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainRemovedEnvelope | Error
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            domain=domain,
            client=client,
        )
    ).parsed
