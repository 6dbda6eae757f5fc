from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search import Search
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    *,
    registry_name: str | Unset = UNSET,
    record_name: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["registry_name"] = registry_name

    params["record_name"] = record_name

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/search/{namespace}".format(
            namespace=quote(str(namespace), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Search:
    if response.status_code == 200:
        response_200 = Search.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Search]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient,
    registry_name: str | Unset = UNSET,
    record_name: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Error | Search]:
    """DeDi's advanced search over one namespace's live records (its live registries, latest versions):
    any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

     any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str | Unset):
        record_name (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Search]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
        from_=from_,
        to=to,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient,
    registry_name: str | Unset = UNSET,
    record_name: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Error | Search | None:
    """DeDi's advanced search over one namespace's live records (its live registries, latest versions):
    any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

     any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str | Unset):
        record_name (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Search
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        registry_name=registry_name,
        record_name=record_name,
        from_=from_,
        to=to,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient,
    registry_name: str | Unset = UNSET,
    record_name: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Error | Search]:
    """DeDi's advanced search over one namespace's live records (its live registries, latest versions):
    any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

     any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str | Unset):
        record_name (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Search]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
        from_=from_,
        to=to,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient,
    registry_name: str | Unset = UNSET,
    record_name: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Error | Search | None:
    """DeDi's advanced search over one namespace's live records (its live registries, latest versions):
    any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

     any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str | Unset):
        record_name (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Search
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            registry_name=registry_name,
            record_name=record_name,
            from_=from_,
            to=to,
            limit=limit,
        )
    ).parsed
