from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_created import ExportCreated
from ...models.export_job_create import ExportJobCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ExportJobCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data-consumption/exports/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ExportCreated:
    if response.status_code == 202:
        response_202 = ExportCreated.from_dict(response.json())

        return response_202

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

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ExportCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportJobCreate,
) -> Response[Error | ExportCreated]:
    """Export a dataset version in one call: finds or builds the snapshot, then delivers it.

     A target names a directory, never a file: `file:///srv/exports/orders` (under an `EXPORT_ROOTS`
    directory) writes `/srv/exports/<tenant id>/orders/<dataset>_v<N>.<format>` and
    `<that name>.manifest.json`; `s3://bucket/prefix` writes the same names under the prefix (the
    bucket must be on the tenant's allow-list). The export's `destination` states the directory.
    409 `conflict` when another snapshot's export already put the same file names there.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; 503 `dependency_down`;
    every one answers `{error, message, details, request_id}`. Unknown query parameters are refused with
    400. **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (ExportJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportCreated]
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
    body: ExportJobCreate,
) -> Error | ExportCreated | None:
    """Export a dataset version in one call: finds or builds the snapshot, then delivers it.

     A target names a directory, never a file: `file:///srv/exports/orders` (under an `EXPORT_ROOTS`
    directory) writes `/srv/exports/<tenant id>/orders/<dataset>_v<N>.<format>` and
    `<that name>.manifest.json`; `s3://bucket/prefix` writes the same names under the prefix (the
    bucket must be on the tenant's allow-list). The export's `destination` states the directory.
    409 `conflict` when another snapshot's export already put the same file names there.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; 503 `dependency_down`;
    every one answers `{error, message, details, request_id}`. Unknown query parameters are refused with
    400. **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (ExportJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportJobCreate,
) -> Response[Error | ExportCreated]:
    """Export a dataset version in one call: finds or builds the snapshot, then delivers it.

     A target names a directory, never a file: `file:///srv/exports/orders` (under an `EXPORT_ROOTS`
    directory) writes `/srv/exports/<tenant id>/orders/<dataset>_v<N>.<format>` and
    `<that name>.manifest.json`; `s3://bucket/prefix` writes the same names under the prefix (the
    bucket must be on the tenant's allow-list). The export's `destination` states the directory.
    409 `conflict` when another snapshot's export already put the same file names there.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; 503 `dependency_down`;
    every one answers `{error, message, details, request_id}`. Unknown query parameters are refused with
    400. **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (ExportJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportJobCreate,
) -> Error | ExportCreated | None:
    """Export a dataset version in one call: finds or builds the snapshot, then delivers it.

     A target names a directory, never a file: `file:///srv/exports/orders` (under an `EXPORT_ROOTS`
    directory) writes `/srv/exports/<tenant id>/orders/<dataset>_v<N>.<format>` and
    `<that name>.manifest.json`; `s3://bucket/prefix` writes the same names under the prefix (the
    bucket must be on the tenant's allow-list). The export's `destination` states the directory.
    409 `conflict` when another snapshot's export already put the same file names there.

    **Scope:** a key holding `export` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; 503 `dependency_down`;
    every one answers `{error, message, details, request_id}`. Unknown query parameters are refused with
    400. **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (ExportJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
