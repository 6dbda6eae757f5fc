from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.record_create import RecordCreate
from ...models.record_saved_envelope import RecordSavedEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    registry_name: str,
    *,
    body: RecordCreate,
    publish: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["publish"] = publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/{namespace}/{registry_name}/save-record-as-draft".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RecordSavedEnvelope:
    if response.status_code == 200:
        response_200 = RecordSavedEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecordSavedEnvelope.from_dict(response.json())

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
) -> Response[Error | RecordSavedEnvelope]:
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
    body: RecordCreate,
    publish: bool | Unset = False,
) -> Response[Error | RecordSavedEnvelope]:
    """Save a record as a draft, or publish it at once with ?publish=true.

     201 when the draft is new, 200 when it replaces the name's earlier draft. A draft under a live
    record's name is that record's next version: the live version stands until the draft is published
    (with ?publish=true at once), and keeps its record_id.

    `details` is validated against the registry's own JSON Schema (its current contract), which no
    static document can state: a body that fits this schema may still answer 400 invalid_request,
    naming each failing path of `details`.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        publish (bool | Unset):  Default: False.
        body (RecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordSavedEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        body=body,
        publish=publish,
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
    body: RecordCreate,
    publish: bool | Unset = False,
) -> Error | RecordSavedEnvelope | None:
    """Save a record as a draft, or publish it at once with ?publish=true.

     201 when the draft is new, 200 when it replaces the name's earlier draft. A draft under a live
    record's name is that record's next version: the live version stands until the draft is published
    (with ?publish=true at once), and keeps its record_id.

    `details` is validated against the registry's own JSON Schema (its current contract), which no
    static document can state: a body that fits this schema may still answer 400 invalid_request,
    naming each failing path of `details`.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        publish (bool | Unset):  Default: False.
        body (RecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordSavedEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        client=client,
        body=body,
        publish=publish,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    body: RecordCreate,
    publish: bool | Unset = False,
) -> Response[Error | RecordSavedEnvelope]:
    """Save a record as a draft, or publish it at once with ?publish=true.

     201 when the draft is new, 200 when it replaces the name's earlier draft. A draft under a live
    record's name is that record's next version: the live version stands until the draft is published
    (with ?publish=true at once), and keeps its record_id.

    `details` is validated against the registry's own JSON Schema (its current contract), which no
    static document can state: a body that fits this schema may still answer 400 invalid_request,
    naming each failing path of `details`.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        publish (bool | Unset):  Default: False.
        body (RecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordSavedEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        body=body,
        publish=publish,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    body: RecordCreate,
    publish: bool | Unset = False,
) -> Error | RecordSavedEnvelope | None:
    """Save a record as a draft, or publish it at once with ?publish=true.

     201 when the draft is new, 200 when it replaces the name's earlier draft. A draft under a live
    record's name is that record's next version: the live version stands until the draft is published
    (with ?publish=true at once), and keeps its record_id.

    `details` is validated against the registry's own JSON Schema (its current contract), which no
    static document can state: a body that fits this schema may still answer 400 invalid_request,
    naming each failing path of `details`.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        publish (bool | Unset):  Default: False.
        body (RecordCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordSavedEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            client=client,
            body=body,
            publish=publish,
        )
    ).parsed
