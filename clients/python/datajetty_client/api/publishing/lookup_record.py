import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lookup_record_envelope import LookupRecordEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    registry_name: str,
    record_name: str,
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
        "url": "/dedi/lookup/{namespace}/{registry_name}/{record_name}".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
            record_name=quote(str(record_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | LookupRecordEnvelope:
    if response.status_code == 200:
        response_200 = LookupRecordEnvelope.from_dict(response.json())

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
) -> Response[Error | LookupRecordEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Response[Error | LookupRecordEnvelope]:
    """Look up a record; cacheable for its TTL (ETag, Cache-Control).

     As DeDi answers, 200 is not "live": read `state` — live, draft, revoked, expired (a `valid_till`
    in the past reads as expired at once) or deleted (soft-deleted, still restorable). 404 only for a
    name that never existed, or whose deletion was purged.
    `version_id` (v7) or `as_on` (YYYY-MM-DD) read the record as it stood then (404 if it did not
    exist then; a version past the current one is 404 too).

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LookupRecordEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
        version_id=version_id,
        as_on=as_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Error | LookupRecordEnvelope | None:
    """Look up a record; cacheable for its TTL (ETag, Cache-Control).

     As DeDi answers, 200 is not "live": read `state` — live, draft, revoked, expired (a `valid_till`
    in the past reads as expired at once) or deleted (soft-deleted, still restorable). 404 only for a
    name that never existed, or whose deletion was purged.
    `version_id` (v7) or `as_on` (YYYY-MM-DD) read the record as it stood then (404 if it did not
    exist then; a version past the current one is 404 too).

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LookupRecordEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
        client=client,
        version_id=version_id,
        as_on=as_on,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Response[Error | LookupRecordEnvelope]:
    """Look up a record; cacheable for its TTL (ETag, Cache-Control).

     As DeDi answers, 200 is not "live": read `state` — live, draft, revoked, expired (a `valid_till`
    in the past reads as expired at once) or deleted (soft-deleted, still restorable). 404 only for a
    name that never existed, or whose deletion was purged.
    `version_id` (v7) or `as_on` (YYYY-MM-DD) read the record as it stood then (404 if it did not
    exist then; a version past the current one is 404 too).

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LookupRecordEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        record_name=record_name,
        version_id=version_id,
        as_on=as_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    registry_name: str,
    record_name: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
) -> Error | LookupRecordEnvelope | None:
    """Look up a record; cacheable for its TTL (ETag, Cache-Control).

     As DeDi answers, 200 is not "live": read `state` — live, draft, revoked, expired (a `valid_till`
    in the past reads as expired at once) or deleted (soft-deleted, still restorable). 404 only for a
    name that never existed, or whose deletion was purged.
    `version_id` (v7) or `as_on` (YYYY-MM-DD) read the record as it stood then (404 if it did not
    exist then; a version past the current one is 404 too).

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        record_name (str):
        version_id (str | Unset):
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LookupRecordEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            record_name=record_name,
            client=client,
            version_id=version_id,
            as_on=as_on,
        )
    ).parsed
