import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_registries_sort import QueryRegistriesSort
from ...models.query_registries_status import QueryRegistriesStatus
from ...models.registry_page_dedi_envelope import RegistryPageDediEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: QueryRegistriesStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: QueryRegistriesSort | Unset = QueryRegistriesSort.NAME,
    as_on: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["name"] = name

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_as_on: str | Unset = UNSET
    if not isinstance(as_on, Unset):
        json_as_on = as_on.isoformat()
    params["as_on"] = json_as_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/query/{namespace}".format(
            namespace=quote(str(namespace), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistryPageDediEnvelope:
    if response.status_code == 200:
        response_200 = RegistryPageDediEnvelope.from_dict(response.json())

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
) -> Response[Error | RegistryPageDediEnvelope]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: QueryRegistriesStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: QueryRegistriesSort | Unset = QueryRegistriesSort.NAME,
    as_on: datetime.date | Unset = UNSET,
) -> Response[Error | RegistryPageDediEnvelope]:
    """Query a namespace's registries as DeDi does: `status` (active or inactive), `name` (3+
    characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

     characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (QueryRegistriesStatus | Unset):
        name (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (QueryRegistriesSort | Unset):  Default: QueryRegistriesSort.NAME.
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryPageDediEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        page=page,
        page_size=page_size,
        status=status,
        name=name,
        from_=from_,
        to=to,
        sort=sort,
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
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: QueryRegistriesStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: QueryRegistriesSort | Unset = QueryRegistriesSort.NAME,
    as_on: datetime.date | Unset = UNSET,
) -> Error | RegistryPageDediEnvelope | None:
    """Query a namespace's registries as DeDi does: `status` (active or inactive), `name` (3+
    characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

     characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (QueryRegistriesStatus | Unset):
        name (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (QueryRegistriesSort | Unset):  Default: QueryRegistriesSort.NAME.
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryPageDediEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        name=name,
        from_=from_,
        to=to,
        sort=sort,
        as_on=as_on,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: QueryRegistriesStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: QueryRegistriesSort | Unset = QueryRegistriesSort.NAME,
    as_on: datetime.date | Unset = UNSET,
) -> Response[Error | RegistryPageDediEnvelope]:
    """Query a namespace's registries as DeDi does: `status` (active or inactive), `name` (3+
    characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

     characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (QueryRegistriesStatus | Unset):
        name (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (QueryRegistriesSort | Unset):  Default: QueryRegistriesSort.NAME.
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryPageDediEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        page=page,
        page_size=page_size,
        status=status,
        name=name,
        from_=from_,
        to=to,
        sort=sort,
        as_on=as_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    status: QueryRegistriesStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: QueryRegistriesSort | Unset = QueryRegistriesSort.NAME,
    as_on: datetime.date | Unset = UNSET,
) -> Error | RegistryPageDediEnvelope | None:
    """Query a namespace's registries as DeDi does: `status` (active or inactive), `name` (3+
    characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

     characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        status (QueryRegistriesStatus | Unset):
        name (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (QueryRegistriesSort | Unset):  Default: QueryRegistriesSort.NAME.
        as_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryPageDediEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            page=page,
            page_size=page_size,
            status=status,
            name=name,
            from_=from_,
            to=to,
            sort=sort,
            as_on=as_on,
        )
    ).parsed
