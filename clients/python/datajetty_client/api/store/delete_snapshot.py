from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deleted_envelope import DeletedEnvelope
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    snapshot_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/storage/published/snapshots/{snapshot_id}".format(
            snapshot_id=quote(str(snapshot_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeletedEnvelope | Error:
    if response.status_code == 200:
        response_200 = DeletedEnvelope.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeletedEnvelope | Error]:
    """Delete a snapshot and its files (409 while an export of it is active).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict / invalid_state /
    resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedEnvelope | Error]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> DeletedEnvelope | Error | None:
    """Delete a snapshot and its files (409 while an export of it is active).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict / invalid_state /
    resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedEnvelope | Error
    """

    return sync_detailed(
        snapshot_id=snapshot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeletedEnvelope | Error]:
    """Delete a snapshot and its files (409 while an export of it is active).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict / invalid_state /
    resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedEnvelope | Error]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> DeletedEnvelope | Error | None:
    """Delete a snapshot and its files (409 while an export of it is active).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict / invalid_state /
    resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedEnvelope | Error
    """

    return (
        await asyncio_detailed(
            snapshot_id=snapshot_id,
            client=client,
        )
    ).parsed
