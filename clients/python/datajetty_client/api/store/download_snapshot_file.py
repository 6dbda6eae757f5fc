from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    snapshot_id: str,
    *,
    file: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file"] = file

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/storage/published/snapshots/{snapshot_id}/download".format(
            snapshot_id=quote(str(snapshot_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    file: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Download one file of a ready snapshot: the data file, or `?file=` another of its artifacts.

     The body streams with `Content-Length`; `ETag` is the file's sha256 (`If-None-Match` answers
    304); `Accept-Ranges: bytes`, so `Range: bytes=a-b` answers 206 and a broken download resumes.
    A snapshot still building answers 409 invalid_state; an unknown `file` 404, naming the files.

    **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict /
    version_conflict / invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        snapshot_id (str):
        file (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        file=file,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
    file: str | Unset = UNSET,
) -> Any | Error | None:
    """Download one file of a ready snapshot: the data file, or `?file=` another of its artifacts.

     The body streams with `Content-Length`; `ETag` is the file's sha256 (`If-None-Match` answers
    304); `Accept-Ranges: bytes`, so `Range: bytes=a-b` answers 206 and a broken download resumes.
    A snapshot still building answers 409 invalid_state; an unknown `file` 404, naming the files.

    **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict /
    version_conflict / invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        snapshot_id (str):
        file (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        snapshot_id=snapshot_id,
        client=client,
        file=file,
    ).parsed


async def asyncio_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
    file: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Download one file of a ready snapshot: the data file, or `?file=` another of its artifacts.

     The body streams with `Content-Length`; `ETag` is the file's sha256 (`If-None-Match` answers
    304); `Accept-Ranges: bytes`, so `Range: bytes=a-b` answers 206 and a broken download resumes.
    A snapshot still building answers 409 invalid_state; an unknown `file` 404, naming the files.

    **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict /
    version_conflict / invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        snapshot_id (str):
        file (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        file=file,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
    file: str | Unset = UNSET,
) -> Any | Error | None:
    """Download one file of a ready snapshot: the data file, or `?file=` another of its artifacts.

     The body streams with `Content-Length`; `ETag` is the file's sha256 (`If-None-Match` answers
    304); `Accept-Ranges: bytes`, so `Range: bytes=a-b` answers 206 and a broken download resumes.
    A snapshot still building answers 409 invalid_state; an unknown `file` 404, naming the files.

    **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict /
    version_conflict / invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        snapshot_id (str):
        file (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            snapshot_id=snapshot_id,
            client=client,
            file=file,
        )
    ).parsed
