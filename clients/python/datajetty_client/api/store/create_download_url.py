from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.download_url import DownloadUrl
from ...models.download_url_create import DownloadUrlCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    snapshot_id: str,
    *,
    body: DownloadUrlCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/storage/published/snapshots/{snapshot_id}/download-url".format(
            snapshot_id=quote(str(snapshot_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DownloadUrl | Error:
    if response.status_code == 201:
        response_201 = DownloadUrl.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DownloadUrl | Error]:
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
    body: DownloadUrlCreate,
) -> Response[DownloadUrl | Error]:
    """A signed URL to one file of a ready snapshot that works without a key until `expires_in_s`
    passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

     passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

    `expires_in_s` beyond the server's DOWNLOAD_URL_MAX_S (default 7 days) answers 400
    invalid_request.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):
        body (DownloadUrlCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrl | Error]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
    body: DownloadUrlCreate,
) -> DownloadUrl | Error | None:
    """A signed URL to one file of a ready snapshot that works without a key until `expires_in_s`
    passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

     passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

    `expires_in_s` beyond the server's DOWNLOAD_URL_MAX_S (default 7 days) answers 400
    invalid_request.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):
        body (DownloadUrlCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrl | Error
    """

    return sync_detailed(
        snapshot_id=snapshot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
    body: DownloadUrlCreate,
) -> Response[DownloadUrl | Error]:
    """A signed URL to one file of a ready snapshot that works without a key until `expires_in_s`
    passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

     passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

    `expires_in_s` beyond the server's DOWNLOAD_URL_MAX_S (default 7 days) answers 400
    invalid_request.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):
        body (DownloadUrlCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrl | Error]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
    body: DownloadUrlCreate,
) -> DownloadUrl | Error | None:
    """A signed URL to one file of a ready snapshot that works without a key until `expires_in_s`
    passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

     passes or it is revoked (`DELETE /download-urls/{link_id}`); it answers like `/download`.

    `expires_in_s` beyond the server's DOWNLOAD_URL_MAX_S (default 7 days) answers 400
    invalid_request.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        snapshot_id (str):
        body (DownloadUrlCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrl | Error
    """

    return (
        await asyncio_detailed(
            snapshot_id=snapshot_id,
            client=client,
            body=body,
        )
    ).parsed
