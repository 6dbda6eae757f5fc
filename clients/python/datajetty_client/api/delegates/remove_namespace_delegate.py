from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delegate_ref import DelegateRef
from ...models.delegate_removed import DelegateRemoved
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    namespace: str,
    *,
    body: DelegateRef,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/{namespace}/remove-namespace-delegate".format(
            namespace=quote(str(namespace), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DelegateRemoved | Error:
    if response.status_code == 200:
        response_200 = DelegateRemoved.from_dict(response.json())

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
) -> Response[DelegateRemoved | Error]:
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
    body: DelegateRef,
) -> Response[DelegateRemoved | Error]:
    """Remove a delegate: from then on (within AUTH_CACHE_TTL_S in other processes) it meets 404 in the
    namespace. Answers the delegates left.

     namespace. Answers the delegates left.

    **Scope:** a key holding `manage` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        body (DelegateRef):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegateRemoved | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient,
    body: DelegateRef,
) -> DelegateRemoved | Error | None:
    """Remove a delegate: from then on (within AUTH_CACHE_TTL_S in other processes) it meets 404 in the
    namespace. Answers the delegates left.

     namespace. Answers the delegates left.

    **Scope:** a key holding `manage` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        body (DelegateRef):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegateRemoved | Error
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient,
    body: DelegateRef,
) -> Response[DelegateRemoved | Error]:
    """Remove a delegate: from then on (within AUTH_CACHE_TTL_S in other processes) it meets 404 in the
    namespace. Answers the delegates left.

     namespace. Answers the delegates left.

    **Scope:** a key holding `manage` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        body (DelegateRef):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegateRemoved | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient,
    body: DelegateRef,
) -> DelegateRemoved | Error | None:
    """Remove a delegate: from then on (within AUTH_CACHE_TTL_S in other processes) it meets 404 in the
    namespace. Answers the delegates left.

     namespace. Answers the delegates left.

    **Scope:** a key holding `manage` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        body (DelegateRef):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegateRemoved | Error
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            body=body,
        )
    ).parsed
