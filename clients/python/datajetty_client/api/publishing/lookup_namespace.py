import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.namespace_lookup_envelope import NamespaceLookupEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    *,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    json_as_on: str | Unset = UNSET
    if not isinstance(as_on, Unset):
        json_as_on = as_on.isoformat()
    params["as_on"] = json_as_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/lookup/{namespace}".format(
            namespace=quote(str(namespace), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NamespaceLookupEnvelope:
    if response.status_code == 200:
        response_200 = NamespaceLookupEnvelope.from_dict(response.json())

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
) -> Response[Error | NamespaceLookupEnvelope]:
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
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Response[Error | NamespaceLookupEnvelope]:
    """Look up a namespace by id or name, as DeDi's lookup answers (with `state`, `registry_count`,
    `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

     `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NamespaceLookupEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        version_id=version_id,
        as_on=as_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Error | NamespaceLookupEnvelope | None:
    """Look up a namespace by id or name, as DeDi's lookup answers (with `state`, `registry_count`,
    `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

     `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NamespaceLookupEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        version_id=version_id,
        as_on=as_on,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Response[Error | NamespaceLookupEnvelope]:
    """Look up a namespace by id or name, as DeDi's lookup answers (with `state`, `registry_count`,
    `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

     `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NamespaceLookupEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        version_id=version_id,
        as_on=as_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Error | NamespaceLookupEnvelope | None:
    """Look up a namespace by id or name, as DeDi's lookup answers (with `state`, `registry_count`,
    `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

     `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NamespaceLookupEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            version_id=version_id,
            as_on=as_on,
        )
    ).parsed
