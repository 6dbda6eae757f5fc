from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generate_dns_txt_verification_method import GenerateDnsTxtVerificationMethod
from ...models.generated import Generated
from ...types import UNSET, Response


def _get_kwargs(
    namespace_id: str,
    domain: str,
    *,
    verification_method: GenerateDnsTxtVerificationMethod,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_verification_method = verification_method.value
    params["verification_method"] = json_verification_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dedi/generate-dns-txt/{namespace_id}/{domain}".format(
            namespace_id=quote(str(namespace_id), safe=""),
            domain=quote(str(domain), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Generated:
    if response.status_code == 200:
        response_200 = Generated.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Generated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace_id: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    verification_method: GenerateDnsTxtVerificationMethod,
) -> Response[Error | Generated]:
    """The namespace's challenge for a domain (made on the first call, the same one after): publish
    `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

     `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace_id (str):
        domain (str):
        verification_method (GenerateDnsTxtVerificationMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Generated]
    """

    kwargs = _get_kwargs(
        namespace_id=namespace_id,
        domain=domain,
        verification_method=verification_method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace_id: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    verification_method: GenerateDnsTxtVerificationMethod,
) -> Error | Generated | None:
    """The namespace's challenge for a domain (made on the first call, the same one after): publish
    `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

     `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace_id (str):
        domain (str):
        verification_method (GenerateDnsTxtVerificationMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Generated
    """

    return sync_detailed(
        namespace_id=namespace_id,
        domain=domain,
        client=client,
        verification_method=verification_method,
    ).parsed


async def asyncio_detailed(
    namespace_id: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    verification_method: GenerateDnsTxtVerificationMethod,
) -> Response[Error | Generated]:
    """The namespace's challenge for a domain (made on the first call, the same one after): publish
    `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

     `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace_id (str):
        domain (str):
        verification_method (GenerateDnsTxtVerificationMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Generated]
    """

    kwargs = _get_kwargs(
        namespace_id=namespace_id,
        domain=domain,
        verification_method=verification_method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace_id: str,
    domain: str,
    *,
    client: AuthenticatedClient,
    verification_method: GenerateDnsTxtVerificationMethod,
) -> Error | Generated | None:
    """The namespace's challenge for a domain (made on the first call, the same one after): publish
    `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

     `txt` whole as a TXT record at the domain's apex (`self_dns`, TTL 300 suggested) or as the body of
    `https://<domain>/.well-known/dedi-verification.txt` (`self_http`), then `POST /dedi/verify-domain`.
    400 for a name without a dot, an unknown method, or a domain verified for another namespace
    (DeDi's `request_other_namespace` is not offered).

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 429 `rate_limited`; every one answers `{error,
    message, details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the
    tenant's rate limit (default 10 requests/s; 429 with Retry-After).

    Args:
        namespace_id (str):
        domain (str):
        verification_method (GenerateDnsTxtVerificationMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Generated
    """

    return (
        await asyncio_detailed(
            namespace_id=namespace_id,
            domain=domain,
            client=client,
            verification_method=verification_method,
        )
    ).parsed
