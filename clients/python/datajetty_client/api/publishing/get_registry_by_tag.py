from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.registries_by_tag_envelope import RegistriesByTagEnvelope
from ...types import Response


def _get_kwargs(
    tag: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/{tag}/get-registry-by-tag".format(
            tag=quote(str(tag), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistriesByTagEnvelope:
    if response.status_code == 200:
        response_200 = RegistriesByTagEnvelope.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RegistriesByTagEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tag: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistriesByTagEnvelope]:
    """The live registries built on a standard schema tag (membership, public_key, revoke,
    beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

     beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesByTagEnvelope]
    """

    kwargs = _get_kwargs(
        tag=tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistriesByTagEnvelope | None:
    """The live registries built on a standard schema tag (membership, public_key, revoke,
    beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

     beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesByTagEnvelope
    """

    return sync_detailed(
        tag=tag,
        client=client,
    ).parsed


async def asyncio_detailed(
    tag: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistriesByTagEnvelope]:
    """The live registries built on a standard schema tag (membership, public_key, revoke,
    beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

     beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesByTagEnvelope]
    """

    kwargs = _get_kwargs(
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistriesByTagEnvelope | None:
    """The live registries built on a standard schema tag (membership, public_key, revoke,
    beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

     beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400.

    **Scope:** a key holding `read` or `publish` (`admin` holds every scope). **Errors:** 400
    `invalid_request`; 401 `unauthorized`; 403 `forbidden`; 429 `rate_limited`; every one answers
    `{error, message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:**
    the tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesByTagEnvelope
    """

    return (
        await asyncio_detailed(
            tag=tag,
            client=client,
        )
    ).parsed
