from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.key_list import KeyList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/account/keys",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | KeyList:
    if response.status_code == 200:
        response_200 = KeyList.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | KeyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | KeyList]:
    """The tenant's API keys, oldest first (never their tokens).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | KeyList | None:
    """The tenant's API keys, oldest first (never their tokens).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | KeyList]:
    """The tenant's API keys, oldest first (never their tokens).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | KeyList | None:
    """The tenant's API keys, oldest first (never their tokens).

     **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
