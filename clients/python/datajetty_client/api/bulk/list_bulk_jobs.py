from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list_envelope import JobListEnvelope
from ...models.list_bulk_jobs_status import ListBulkJobsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: ListBulkJobsStatus | Unset = UNSET,
    registry_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["registry_name"] = registry_name

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/bulk-upload/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobListEnvelope:
    if response.status_code == 200:
        response_200 = JobListEnvelope.from_dict(response.json())

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
) -> Response[Error | JobListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: ListBulkJobsStatus | Unset = UNSET,
    registry_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[Error | JobListEnvelope]:
    """The caller's bulk upload jobs, newest first.

     **Scope:** a key holding `publish` or `read` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (ListBulkJobsStatus | Unset):
        registry_name (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        search=search,
        status=status,
        registry_name=registry_name,
        namespace=namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: ListBulkJobsStatus | Unset = UNSET,
    registry_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Error | JobListEnvelope | None:
    """The caller's bulk upload jobs, newest first.

     **Scope:** a key holding `publish` or `read` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (ListBulkJobsStatus | Unset):
        registry_name (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobListEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        search=search,
        status=status,
        registry_name=registry_name,
        namespace=namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: ListBulkJobsStatus | Unset = UNSET,
    registry_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[Error | JobListEnvelope]:
    """The caller's bulk upload jobs, newest first.

     **Scope:** a key holding `publish` or `read` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (ListBulkJobsStatus | Unset):
        registry_name (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        search=search,
        status=status,
        registry_name=registry_name,
        namespace=namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    status: ListBulkJobsStatus | Unset = UNSET,
    registry_name: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Error | JobListEnvelope | None:
    """The caller's bulk upload jobs, newest first.

     **Scope:** a key holding `publish` or `read` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        status (ListBulkJobsStatus | Unset):
        registry_name (str | Unset):
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            search=search,
            status=status,
            registry_name=registry_name,
            namespace=namespace,
        )
    ).parsed
