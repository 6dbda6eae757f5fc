from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.registry_envelope import RegistryEnvelope
from ...types import Response


def _get_kwargs(
    namespace: str,
    registry_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/{namespace}/{registry_name}/inactivate-registry".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RegistryEnvelope:
    if response.status_code == 200:
        response_200 = RegistryEnvelope.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RegistryEnvelope]:
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
) -> Response[Error | RegistryEnvelope]:
    """Inactivate a live registry (a new data version): lookups and queries still answer, with
    `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

     `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
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
) -> Error | RegistryEnvelope | None:
    """Inactivate a live registry (a new data version): lookups and queries still answer, with
    `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

     `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistryEnvelope]:
    """Inactivate a live registry (a new data version): lookups and queries still answer, with
    `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

     `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistryEnvelope | None:
    """Inactivate a live registry (a new data version): lookups and queries still answer, with
    `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

     `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            client=client,
        )
    ).parsed
