from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deleted_registry_list_envelope import DeletedRegistryListEnvelope
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
    registry_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["namespace"] = namespace

    params["registry_name"] = registry_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/deleted/registries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedRegistryListEnvelope | Error:
    if response.status_code == 200:
        response_200 = DeletedRegistryListEnvelope.from_dict(response.json())

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
) -> Response[DeletedRegistryListEnvelope | Error]:
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
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
    registry_name: str | Unset = UNSET,
) -> Response[DeletedRegistryListEnvelope | Error]:
    """The recovery area's registries: soft-deleted and still restorable, newest first.

     **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):
        registry_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedRegistryListEnvelope | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        namespace=namespace,
        registry_name=registry_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
    registry_name: str | Unset = UNSET,
) -> DeletedRegistryListEnvelope | Error | None:
    """The recovery area's registries: soft-deleted and still restorable, newest first.

     **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):
        registry_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedRegistryListEnvelope | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        namespace=namespace,
        registry_name=registry_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
    registry_name: str | Unset = UNSET,
) -> Response[DeletedRegistryListEnvelope | Error]:
    """The recovery area's registries: soft-deleted and still restorable, newest first.

     **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):
        registry_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedRegistryListEnvelope | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        namespace=namespace,
        registry_name=registry_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    namespace: str | Unset = UNSET,
    registry_name: str | Unset = UNSET,
) -> DeletedRegistryListEnvelope | Error | None:
    """The recovery area's registries: soft-deleted and still restorable, newest first.

     **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.
        namespace (str | Unset):
        registry_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedRegistryListEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            namespace=namespace,
            registry_name=registry_name,
        )
    ).parsed
