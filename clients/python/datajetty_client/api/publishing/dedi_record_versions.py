from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dedi_versions_envelope import DediVersionsEnvelope
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    namespace: str,
    registry_name: str,
    record_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/versions/{namespace}/{registry_name}/{record_name}".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
            record_name=quote(str(record_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DediVersionsEnvelope | Error:
    if response.status_code == 200:
        response_200 = DediVersionsEnvelope.from_dict(response.json())

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
) -> Response[DediVersionsEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DediVersionsEnvelope | Error]:
    """The data versions that published, revoked or expired this record, newest first; each is a
    `version_id` for its lookup. Drafts have none; a name never published is 404.

     `version_id` for its lookup. Drafts have none; a name never published is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DediVersionsEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
) -> DediVersionsEnvelope | Error | None:
    """The data versions that published, revoked or expired this record, newest first; each is a
    `version_id` for its lookup. Drafts have none; a name never published is 404.

     `version_id` for its lookup. Drafts have none; a name never published is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DediVersionsEnvelope | Error
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DediVersionsEnvelope | Error]:
    """The data versions that published, revoked or expired this record, newest first; each is a
    `version_id` for its lookup. Drafts have none; a name never published is 404.

     `version_id` for its lookup. Drafts have none; a name never published is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DediVersionsEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
) -> DediVersionsEnvelope | Error | None:
    """The data versions that published, revoked or expired this record, newest first; each is a
    `version_id` for its lookup. Drafts have none; a name never published is 404.

     `version_id` for its lookup. Drafts have none; a name never published is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DediVersionsEnvelope | Error
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            record_name=record_name,
            client=client,
        )
    ).parsed
