from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_registry import DeleteRegistry
from ...models.error import Error
from ...models.registry_deleted_envelope import RegistryDeletedEnvelope
from ...types import Response


def _get_kwargs(
    namespace: str,
    registry_name: str,
    *,
    body: DeleteRegistry,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/dedi/{namespace}/{registry_name}/delete-registry".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistryDeletedEnvelope:
    if response.status_code == 200:
        response_200 = RegistryDeletedEnvelope.from_dict(response.json())

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
) -> Response[Error | RegistryDeletedEnvelope]:
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
    body: DeleteRegistry,
) -> Response[Error | RegistryDeletedEnvelope]:
    """Soft-delete a registry (a new data version): it leaves registry lists and queries and is no
    dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

     dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        body (DeleteRegistry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryDeletedEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        body=body,
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
    body: DeleteRegistry,
) -> Error | RegistryDeletedEnvelope | None:
    """Soft-delete a registry (a new data version): it leaves registry lists and queries and is no
    dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

     dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        body (DeleteRegistry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryDeletedEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    body: DeleteRegistry,
) -> Response[Error | RegistryDeletedEnvelope]:
    """Soft-delete a registry (a new data version): it leaves registry lists and queries and is no
    dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

     dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        body (DeleteRegistry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryDeletedEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    body: DeleteRegistry,
) -> Error | RegistryDeletedEnvelope | None:
    """Soft-delete a registry (a new data version): it leaves registry lists and queries and is no
    dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

     dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        body (DeleteRegistry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryDeletedEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            client=client,
            body=body,
        )
    ).parsed
