from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dashboard_list import DashboardList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data-consumption/dashboards/definitions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DashboardList | Error:
    if response.status_code == 200:
        response_200 = DashboardList.from_dict(response.json())

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
) -> Response[DashboardList | Error]:
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
    namespace: str | Unset = UNSET,
) -> Response[DashboardList | Error]:
    """The tenant's dashboards (optionally those reading one namespace).

     **Scope:** a key holding `read` or `export` or `publish` (`admin` holds every scope). **Errors:**
    400 `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardList | Error]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        namespace=namespace,
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
    namespace: str | Unset = UNSET,
) -> DashboardList | Error | None:
    """The tenant's dashboards (optionally those reading one namespace).

     **Scope:** a key holding `read` or `export` or `publish` (`admin` holds every scope). **Errors:**
    400 `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardList | Error
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        namespace=namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
) -> Response[DashboardList | Error]:
    """The tenant's dashboards (optionally those reading one namespace).

     **Scope:** a key holding `read` or `export` or `publish` (`admin` holds every scope). **Errors:**
    400 `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardList | Error]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        namespace=namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
) -> DashboardList | Error | None:
    """The tenant's dashboards (optionally those reading one namespace).

     **Scope:** a key holding `read` or `export` or `publish` (`admin` holds every scope). **Errors:**
    400 `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            namespace=namespace,
        )
    ).parsed
