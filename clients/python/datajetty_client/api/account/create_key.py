from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.key_create import KeyCreate
from ...models.key_created import KeyCreated
from ...types import Response


def _get_kwargs(
    *,
    body: KeyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/account/keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | KeyCreated:
    if response.status_code == 201:
        response_201 = KeyCreated.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | KeyCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KeyCreate,
) -> Response[Error | KeyCreated]:
    """Create an API key of this tenant; its token is in this answer only. `namespaces` limits it to
    those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

     those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

    **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        body (KeyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyCreated]
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
    body: KeyCreate,
) -> Error | KeyCreated | None:
    """Create an API key of this tenant; its token is in this answer only. `namespaces` limits it to
    those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

     those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

    **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        body (KeyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KeyCreate,
) -> Response[Error | KeyCreated]:
    """Create an API key of this tenant; its token is in this answer only. `namespaces` limits it to
    those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

     those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

    **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        body (KeyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KeyCreate,
) -> Error | KeyCreated | None:
    """Create an API key of this tenant; its token is in this answer only. `namespaces` limits it to
    those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

     those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant).

    **Scope:** a key holding `admin` (`admin` holds every scope). **Errors:** 400 `invalid_request`; 401
    `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers `{error, message, details,
    request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate limit
    (default 10 requests/s; 429 with Retry-After).

    Args:
        body (KeyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
