import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_snapshots_format import ListSnapshotsFormat
from ...models.list_snapshots_sort_by import ListSnapshotsSortBy
from ...models.list_snapshots_sort_order import ListSnapshotsSortOrder
from ...models.list_snapshots_status import ListSnapshotsStatus
from ...models.snapshot_list import SnapshotList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    status: ListSnapshotsStatus | Unset = UNSET,
    dataset: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    version: str | Unset = UNSET,
    format_: ListSnapshotsFormat | Unset = UNSET,
    owner: str | Unset = UNSET,
    search: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_by: ListSnapshotsSortBy | Unset = ListSnapshotsSortBy.CREATED_AT,
    sort_order: ListSnapshotsSortOrder | Unset = ListSnapshotsSortOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["dataset"] = dataset

    params["namespace"] = namespace

    params["version"] = version

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["owner"] = owner

    params["search"] = search

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/storage/published/snapshots",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SnapshotList:
    if response.status_code == 200:
        response_200 = SnapshotList.from_dict(response.json())

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
) -> Response[Error | SnapshotList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    status: ListSnapshotsStatus | Unset = UNSET,
    dataset: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    version: str | Unset = UNSET,
    format_: ListSnapshotsFormat | Unset = UNSET,
    owner: str | Unset = UNSET,
    search: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_by: ListSnapshotsSortBy | Unset = ListSnapshotsSortBy.CREATED_AT,
    sort_order: ListSnapshotsSortOrder | Unset = ListSnapshotsSortOrder.DESC,
) -> Response[Error | SnapshotList]:
    """List snapshots with filters, sorting and offset/limit.

     **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        status (ListSnapshotsStatus | Unset):
        dataset (str | Unset):
        namespace (str | Unset):
        version (str | Unset):
        format_ (ListSnapshotsFormat | Unset):
        owner (str | Unset):
        search (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_by (ListSnapshotsSortBy | Unset):  Default: ListSnapshotsSortBy.CREATED_AT.
        sort_order (ListSnapshotsSortOrder | Unset):  Default: ListSnapshotsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        status=status,
        dataset=dataset,
        namespace=namespace,
        version=version,
        format_=format_,
        owner=owner,
        search=search,
        created_after=created_after,
        created_before=created_before,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    status: ListSnapshotsStatus | Unset = UNSET,
    dataset: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    version: str | Unset = UNSET,
    format_: ListSnapshotsFormat | Unset = UNSET,
    owner: str | Unset = UNSET,
    search: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_by: ListSnapshotsSortBy | Unset = ListSnapshotsSortBy.CREATED_AT,
    sort_order: ListSnapshotsSortOrder | Unset = ListSnapshotsSortOrder.DESC,
) -> Error | SnapshotList | None:
    """List snapshots with filters, sorting and offset/limit.

     **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        status (ListSnapshotsStatus | Unset):
        dataset (str | Unset):
        namespace (str | Unset):
        version (str | Unset):
        format_ (ListSnapshotsFormat | Unset):
        owner (str | Unset):
        search (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_by (ListSnapshotsSortBy | Unset):  Default: ListSnapshotsSortBy.CREATED_AT.
        sort_order (ListSnapshotsSortOrder | Unset):  Default: ListSnapshotsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        status=status,
        dataset=dataset,
        namespace=namespace,
        version=version,
        format_=format_,
        owner=owner,
        search=search,
        created_after=created_after,
        created_before=created_before,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    status: ListSnapshotsStatus | Unset = UNSET,
    dataset: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    version: str | Unset = UNSET,
    format_: ListSnapshotsFormat | Unset = UNSET,
    owner: str | Unset = UNSET,
    search: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_by: ListSnapshotsSortBy | Unset = ListSnapshotsSortBy.CREATED_AT,
    sort_order: ListSnapshotsSortOrder | Unset = ListSnapshotsSortOrder.DESC,
) -> Response[Error | SnapshotList]:
    """List snapshots with filters, sorting and offset/limit.

     **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        status (ListSnapshotsStatus | Unset):
        dataset (str | Unset):
        namespace (str | Unset):
        version (str | Unset):
        format_ (ListSnapshotsFormat | Unset):
        owner (str | Unset):
        search (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_by (ListSnapshotsSortBy | Unset):  Default: ListSnapshotsSortBy.CREATED_AT.
        sort_order (ListSnapshotsSortOrder | Unset):  Default: ListSnapshotsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        status=status,
        dataset=dataset,
        namespace=namespace,
        version=version,
        format_=format_,
        owner=owner,
        search=search,
        created_after=created_after,
        created_before=created_before,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    status: ListSnapshotsStatus | Unset = UNSET,
    dataset: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    version: str | Unset = UNSET,
    format_: ListSnapshotsFormat | Unset = UNSET,
    owner: str | Unset = UNSET,
    search: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort_by: ListSnapshotsSortBy | Unset = ListSnapshotsSortBy.CREATED_AT,
    sort_order: ListSnapshotsSortOrder | Unset = ListSnapshotsSortOrder.DESC,
) -> Error | SnapshotList | None:
    """List snapshots with filters, sorting and offset/limit.

     **Scope:** a key holding `read` or `export` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        status (ListSnapshotsStatus | Unset):
        dataset (str | Unset):
        namespace (str | Unset):
        version (str | Unset):
        format_ (ListSnapshotsFormat | Unset):
        owner (str | Unset):
        search (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        sort_by (ListSnapshotsSortBy | Unset):  Default: ListSnapshotsSortBy.CREATED_AT.
        sort_order (ListSnapshotsSortOrder | Unset):  Default: ListSnapshotsSortOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            status=status,
            dataset=dataset,
            namespace=namespace,
            version=version,
            format_=format_,
            owner=owner,
            search=search,
            created_after=created_after,
            created_before=created_before,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
