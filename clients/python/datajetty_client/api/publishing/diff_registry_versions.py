from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.diff_envelope import DiffEnvelope
from ...models.diff_registry_versions_change import DiffRegistryVersionsChange
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    registry_name: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    from_: str | Unset = UNSET,
    to: str | Unset = "latest",
    change: DiffRegistryVersionsChange | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["from"] = from_

    params["to"] = to

    json_change: str | Unset = UNSET
    if not isinstance(change, Unset):
        json_change = change.value

    params["change"] = json_change

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/{namespace}/{registry_name}/diff".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DiffEnvelope | Error:
    if response.status_code == 200:
        response_200 = DiffEnvelope.from_dict(response.json())

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
) -> Response[DiffEnvelope | Error]:
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
    page: int | Unset = 1,
    limit: int | Unset = 10,
    from_: str | Unset = UNSET,
    to: str | Unset = "latest",
    change: DiffRegistryVersionsChange | Unset = UNSET,
) -> Response[DiffEnvelope | Error]:
    """What changed between two data versions: `?from=3&to=5` (`to` defaults to the current version,
    `from` to the one before `to`: a bare call shows the latest change).

     `from` to the one before `to`: a bare call shows the latest change).

    `summary` counts the records added, removed and changed; `changes` lists them by name, a page at
    a time (`page`, `limit`; `change=added|removed|changed` for one kind), each with its details
    `before` and `after`, and for a changed record the `fields` that differ. A re-publish of the
    same content is no change.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        from_ (str | Unset):
        to (str | Unset):  Default: 'latest'.
        change (DiffRegistryVersionsChange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        page=page,
        limit=limit,
        from_=from_,
        to=to,
        change=change,
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
    page: int | Unset = 1,
    limit: int | Unset = 10,
    from_: str | Unset = UNSET,
    to: str | Unset = "latest",
    change: DiffRegistryVersionsChange | Unset = UNSET,
) -> DiffEnvelope | Error | None:
    """What changed between two data versions: `?from=3&to=5` (`to` defaults to the current version,
    `from` to the one before `to`: a bare call shows the latest change).

     `from` to the one before `to`: a bare call shows the latest change).

    `summary` counts the records added, removed and changed; `changes` lists them by name, a page at
    a time (`page`, `limit`; `change=added|removed|changed` for one kind), each with its details
    `before` and `after`, and for a changed record the `fields` that differ. A re-publish of the
    same content is no change.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        from_ (str | Unset):
        to (str | Unset):  Default: 'latest'.
        change (DiffRegistryVersionsChange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffEnvelope | Error
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        client=client,
        page=page,
        limit=limit,
        from_=from_,
        to=to,
        change=change,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    from_: str | Unset = UNSET,
    to: str | Unset = "latest",
    change: DiffRegistryVersionsChange | Unset = UNSET,
) -> Response[DiffEnvelope | Error]:
    """What changed between two data versions: `?from=3&to=5` (`to` defaults to the current version,
    `from` to the one before `to`: a bare call shows the latest change).

     `from` to the one before `to`: a bare call shows the latest change).

    `summary` counts the records added, removed and changed; `changes` lists them by name, a page at
    a time (`page`, `limit`; `change=added|removed|changed` for one kind), each with its details
    `before` and `after`, and for a changed record the `fields` that differ. A re-publish of the
    same content is no change.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        from_ (str | Unset):
        to (str | Unset):  Default: 'latest'.
        change (DiffRegistryVersionsChange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffEnvelope | Error]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        page=page,
        limit=limit,
        from_=from_,
        to=to,
        change=change,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    from_: str | Unset = UNSET,
    to: str | Unset = "latest",
    change: DiffRegistryVersionsChange | Unset = UNSET,
) -> DiffEnvelope | Error | None:
    """What changed between two data versions: `?from=3&to=5` (`to` defaults to the current version,
    `from` to the one before `to`: a bare call shows the latest change).

     `from` to the one before `to`: a bare call shows the latest change).

    `summary` counts the records added, removed and changed; `changes` lists them by name, a page at
    a time (`page`, `limit`; `change=added|removed|changed` for one kind), each with its details
    `before` and `after`, and for a changed record the `fields` that differ. A re-publish of the
    same content is no change.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        from_ (str | Unset):
        to (str | Unset):  Default: 'latest'.
        change (DiffRegistryVersionsChange | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffEnvelope | Error
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            client=client,
            page=page,
            limit=limit,
            from_=from_,
            to=to,
            change=change,
        )
    ).parsed
