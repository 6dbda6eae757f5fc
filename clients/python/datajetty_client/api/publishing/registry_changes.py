from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.changes_envelope import ChangesEnvelope
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    registry_name: str,
    *,
    since_version: int | Unset = 0,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since_version"] = since_version

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/{namespace}/{registry_name}/changes".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangesEnvelope | Error:
    if response.status_code == 200:
        response_200 = ChangesEnvelope.from_dict(response.json())

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
) -> Response[ChangesEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    since_version: int | Unset = 0,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ChangesEnvelope | Error]:
    """The registry's change feed, for incremental sync: every record change after `since_version`, in
    order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

     order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        since_version (int | Unset):  Default: 0.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangesEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        since_version=since_version,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    since_version: int | Unset = 0,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ChangesEnvelope | Error | None:
    """The registry's change feed, for incremental sync: every record change after `since_version`, in
    order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

     order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        since_version (int | Unset):  Default: 0.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangesEnvelope | Error
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        client=client,
        since_version=since_version,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    since_version: int | Unset = 0,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ChangesEnvelope | Error]:
    """The registry's change feed, for incremental sync: every record change after `since_version`, in
    order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

     order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        since_version (int | Unset):  Default: 0.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangesEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        since_version=since_version,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    since_version: int | Unset = 0,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ChangesEnvelope | Error | None:
    """The registry's change feed, for incremental sync: every record change after `since_version`, in
    order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

     order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        since_version (int | Unset):  Default: 0.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangesEnvelope | Error
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            client=client,
            since_version=since_version,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
