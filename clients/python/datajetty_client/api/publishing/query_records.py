import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_records_state import QueryRecordsState
from ...models.record_page_envelope import RecordPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    namespace: str,
    registry_name: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    state: QueryRecordsState | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
    as_of: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["search"] = search

    params["page_size"] = page_size

    params["q"] = q

    params["name"] = name

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["sort"] = sort

    params["fields"] = fields

    json_as_on: str | Unset = UNSET
    if not isinstance(as_on, Unset):
        json_as_on = as_on.isoformat()
    params["as_on"] = json_as_on

    params["as_of"] = as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/query/{namespace}/{registry_name}".format(
            namespace=quote(str(namespace), safe=""),
            registry_name=quote(str(registry_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RecordPageEnvelope:
    if response.status_code == 200:
        response_200 = RecordPageEnvelope.from_dict(response.json())

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
) -> Response[Error | RecordPageEnvelope]:
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
    search: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    state: QueryRecordsState | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
    as_of: str | Unset = UNSET,
) -> Response[Error | RecordPageEnvelope]:
    """Query records at a data version: filters on the schema's properties, text, dates, sort, fields.

     - `details.<path>=v` equality; `details.<path>[op]=v` with op gt, gte, lt, lte, ne, in (`a,b`)
      or contains (strings, case-insensitive), e.g. `details.age[gte]=30&details.dept[in]=HR,Sales`;
    - `sort=details.age,-name` (schema properties, or date, updated, status, name, id; `-` descends);
    - `fields=email,age` keeps only those properties in `details`;
    - `q` (or `search`) matches the name or description, `name` (3+ characters) the name only;
      `from` / `to` (YYYY-MM-DD) bound the last update; `state=draft` lists drafts, `revoked` and
      `expired` the closed records; `as_of` (v7 or an ISO time) or `as_on` (a day) pick the version;
      `page` with `limit` or `page_size`.

    A property the schema does not declare, an unknown operator or a mistyped value is 400 naming it.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        page_size (int | Unset):
        q (str | Unset):
        name (str | Unset):
        state (QueryRecordsState | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (str | Unset):
        fields (str | Unset):
        as_on (datetime.date | Unset):
        as_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordPageEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        page=page,
        limit=limit,
        search=search,
        page_size=page_size,
        q=q,
        name=name,
        state=state,
        from_=from_,
        to=to,
        sort=sort,
        fields=fields,
        as_on=as_on,
        as_of=as_of,
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
    search: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    state: QueryRecordsState | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
    as_of: str | Unset = UNSET,
) -> Error | RecordPageEnvelope | None:
    """Query records at a data version: filters on the schema's properties, text, dates, sort, fields.

     - `details.<path>=v` equality; `details.<path>[op]=v` with op gt, gte, lt, lte, ne, in (`a,b`)
      or contains (strings, case-insensitive), e.g. `details.age[gte]=30&details.dept[in]=HR,Sales`;
    - `sort=details.age,-name` (schema properties, or date, updated, status, name, id; `-` descends);
    - `fields=email,age` keeps only those properties in `details`;
    - `q` (or `search`) matches the name or description, `name` (3+ characters) the name only;
      `from` / `to` (YYYY-MM-DD) bound the last update; `state=draft` lists drafts, `revoked` and
      `expired` the closed records; `as_of` (v7 or an ISO time) or `as_on` (a day) pick the version;
      `page` with `limit` or `page_size`.

    A property the schema does not declare, an unknown operator or a mistyped value is 400 naming it.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        page_size (int | Unset):
        q (str | Unset):
        name (str | Unset):
        state (QueryRecordsState | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (str | Unset):
        fields (str | Unset):
        as_on (datetime.date | Unset):
        as_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordPageEnvelope
    """

    return sync_detailed(
        namespace=namespace,
        registry_name=registry_name,
        client=client,
        page=page,
        limit=limit,
        search=search,
        page_size=page_size,
        q=q,
        name=name,
        state=state,
        from_=from_,
        to=to,
        sort=sort,
        fields=fields,
        as_on=as_on,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    registry_name: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    search: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    state: QueryRecordsState | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
    as_of: str | Unset = UNSET,
) -> Response[Error | RecordPageEnvelope]:
    """Query records at a data version: filters on the schema's properties, text, dates, sort, fields.

     - `details.<path>=v` equality; `details.<path>[op]=v` with op gt, gte, lt, lte, ne, in (`a,b`)
      or contains (strings, case-insensitive), e.g. `details.age[gte]=30&details.dept[in]=HR,Sales`;
    - `sort=details.age,-name` (schema properties, or date, updated, status, name, id; `-` descends);
    - `fields=email,age` keeps only those properties in `details`;
    - `q` (or `search`) matches the name or description, `name` (3+ characters) the name only;
      `from` / `to` (YYYY-MM-DD) bound the last update; `state=draft` lists drafts, `revoked` and
      `expired` the closed records; `as_of` (v7 or an ISO time) or `as_on` (a day) pick the version;
      `page` with `limit` or `page_size`.

    A property the schema does not declare, an unknown operator or a mistyped value is 400 naming it.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        page_size (int | Unset):
        q (str | Unset):
        name (str | Unset):
        state (QueryRecordsState | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (str | Unset):
        fields (str | Unset):
        as_on (datetime.date | Unset):
        as_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordPageEnvelope]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        registry_name=registry_name,
        page=page,
        limit=limit,
        search=search,
        page_size=page_size,
        q=q,
        name=name,
        state=state,
        from_=from_,
        to=to,
        sort=sort,
        fields=fields,
        as_on=as_on,
        as_of=as_of,
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
    search: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    state: QueryRecordsState | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    as_on: datetime.date | Unset = UNSET,
    as_of: str | Unset = UNSET,
) -> Error | RecordPageEnvelope | None:
    """Query records at a data version: filters on the schema's properties, text, dates, sort, fields.

     - `details.<path>=v` equality; `details.<path>[op]=v` with op gt, gte, lt, lte, ne, in (`a,b`)
      or contains (strings, case-insensitive), e.g. `details.age[gte]=30&details.dept[in]=HR,Sales`;
    - `sort=details.age,-name` (schema properties, or date, updated, status, name, id; `-` descends);
    - `fields=email,age` keeps only those properties in `details`;
    - `q` (or `search`) matches the name or description, `name` (3+ characters) the name only;
      `from` / `to` (YYYY-MM-DD) bound the last update; `state=draft` lists drafts, `revoked` and
      `expired` the closed records; `as_of` (v7 or an ISO time) or `as_on` (a day) pick the version;
      `page` with `limit` or `page_size`.

    A property the schema does not declare, an unknown operator or a mistyped value is 400 naming it.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every
    one answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400.
    **Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Public read: without a key, this answers for a namespace its owner made public (live data only;
    ANON_RATE_LIMIT per client address).

    Args:
        namespace (str):
        registry_name (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        search (str | Unset):
        page_size (int | Unset):
        q (str | Unset):
        name (str | Unset):
        state (QueryRecordsState | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        sort (str | Unset):
        fields (str | Unset):
        as_on (datetime.date | Unset):
        as_of (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordPageEnvelope
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            registry_name=registry_name,
            client=client,
            page=page,
            limit=limit,
            search=search,
            page_size=page_size,
            q=q,
            name=name,
            state=state,
            from_=from_,
            to=to,
            sort=sort,
            fields=fields,
            as_on=as_on,
            as_of=as_of,
        )
    ).parsed
