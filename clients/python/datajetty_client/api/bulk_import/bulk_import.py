from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_import import BulkImport
from ...models.error import Error
from ...models.upload_accepted_envelope import UploadAcceptedEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BulkImport,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dedi/bulk-import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UploadAcceptedEnvelope:
    if response.status_code == 202:
        response_202 = UploadAcceptedEnvelope.from_dict(response.json())

        return response_202

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
) -> Response[Error | UploadAcceptedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkImport,
) -> Response[Error | UploadAcceptedEnvelope]:
    """Import a CSV already in object storage or on a shared disk, of any size, as a background job:
    the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

     the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

    `source` is `s3://bucket/key` on a bucket the tenant's allow-list (or S3_ALLOWED_BUCKETS) names,
    or `file:///…` under an IMPORT_ROOTS directory, where a tenant reads only `<root>/<tenant id>/`;
    anything else answers 400 invalid_request, a file that is not there 404.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (BulkImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadAcceptedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkImport,
) -> Error | UploadAcceptedEnvelope | None:
    """Import a CSV already in object storage or on a shared disk, of any size, as a background job:
    the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

     the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

    `source` is `s3://bucket/key` on a bucket the tenant's allow-list (or S3_ALLOWED_BUCKETS) names,
    or `file:///…` under an IMPORT_ROOTS directory, where a tenant reads only `<root>/<tenant id>/`;
    anything else answers 400 invalid_request, a file that is not there 404.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (BulkImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadAcceptedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkImport,
) -> Response[Error | UploadAcceptedEnvelope]:
    """Import a CSV already in object storage or on a shared disk, of any size, as a background job:
    the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

     the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

    `source` is `s3://bucket/key` on a bucket the tenant's allow-list (or S3_ALLOWED_BUCKETS) names,
    or `file:///…` under an IMPORT_ROOTS directory, where a tenant reads only `<root>/<tenant id>/`;
    anything else answers 400 invalid_request, a file that is not there 404.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (BulkImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadAcceptedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkImport,
) -> Error | UploadAcceptedEnvelope | None:
    """Import a CSV already in object storage or on a shared disk, of any size, as a background job:
    the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

     the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

    `source` is `s3://bucket/key` on a bucket the tenant's allow-list (or S3_ALLOWED_BUCKETS) names,
    or `file:///…` under an IMPORT_ROOTS directory, where a tenant reads only `<root>/<tenant id>/`;
    anything else answers 400 invalid_request, a file that is not there 404.

    **Scope:** a key holding `publish` (`admin` holds every scope). **Errors:** 400 `invalid_request`;
    401 `unauthorized`; 403 `forbidden`; 404 `not_found`; 409 `conflict / version_conflict /
    invalid_state / resource_has_dependencies`; 429 `rate_limited`; every one answers `{error, message,
    details, request_id}`. Unknown query parameters are refused with 400. **Limits:** the tenant's rate
    limit (default 10 requests/s; 429 with Retry-After).

    Args:
        body (BulkImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadAcceptedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
