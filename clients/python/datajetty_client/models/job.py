from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_result_type_0 import JobResultType0


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        job_id (str):
        status (str): pending, processing, completed or failed
        created_at (datetime.datetime | Unset):
        download_failed_entries_csv_url (None | str | Unset):
        error (None | str | Unset):
        failed_entries (int | Unset):
        failed_entries_url (None | str | Unset):
        namespace (str | Unset):
        processed_entries (int | Unset):
        registry_name (str | Unset):
        result (JobResultType0 | None | Unset): inserted, updated_existing, version, ...
        total_entries (int | Unset):
        updated_at (datetime.datetime | Unset):
        valid_entries (int | Unset):
    """

    job_id: str
    status: str
    created_at: datetime.datetime | Unset = UNSET
    download_failed_entries_csv_url: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    failed_entries: int | Unset = UNSET
    failed_entries_url: None | str | Unset = UNSET
    namespace: str | Unset = UNSET
    processed_entries: int | Unset = UNSET
    registry_name: str | Unset = UNSET
    result: JobResultType0 | None | Unset = UNSET
    total_entries: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    valid_entries: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_result_type_0 import JobResultType0  # noqa: PLC0415

        job_id = self.job_id

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        download_failed_entries_csv_url: None | str | Unset
        if isinstance(self.download_failed_entries_csv_url, Unset):
            download_failed_entries_csv_url = UNSET
        else:
            download_failed_entries_csv_url = self.download_failed_entries_csv_url

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        failed_entries = self.failed_entries

        failed_entries_url: None | str | Unset
        if isinstance(self.failed_entries_url, Unset):
            failed_entries_url = UNSET
        else:
            failed_entries_url = self.failed_entries_url

        namespace = self.namespace

        processed_entries = self.processed_entries

        registry_name = self.registry_name

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, JobResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        total_entries = self.total_entries

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        valid_entries = self.valid_entries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if download_failed_entries_csv_url is not UNSET:
            field_dict["downloadFailedEntriesCsvUrl"] = download_failed_entries_csv_url
        if error is not UNSET:
            field_dict["error"] = error
        if failed_entries is not UNSET:
            field_dict["failedEntries"] = failed_entries
        if failed_entries_url is not UNSET:
            field_dict["failedEntriesUrl"] = failed_entries_url
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if processed_entries is not UNSET:
            field_dict["processedEntries"] = processed_entries
        if registry_name is not UNSET:
            field_dict["registryName"] = registry_name
        if result is not UNSET:
            field_dict["result"] = result
        if total_entries is not UNSET:
            field_dict["totalEntries"] = total_entries
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if valid_entries is not UNSET:
            field_dict["validEntries"] = valid_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_result_type_0 import JobResultType0  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("jobId")

        status = d.pop("status")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_download_failed_entries_csv_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_failed_entries_csv_url = _parse_download_failed_entries_csv_url(
            d.pop("downloadFailedEntriesCsvUrl", UNSET)
        )

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        failed_entries = d.pop("failedEntries", UNSET)

        def _parse_failed_entries_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_entries_url = _parse_failed_entries_url(d.pop("failedEntriesUrl", UNSET))

        namespace = d.pop("namespace", UNSET)

        processed_entries = d.pop("processedEntries", UNSET)

        registry_name = d.pop("registryName", UNSET)

        def _parse_result(data: object) -> JobResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = JobResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobResultType0 | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        total_entries = d.pop("totalEntries", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        valid_entries = d.pop("validEntries", UNSET)

        job = cls(
            job_id=job_id,
            status=status,
            created_at=created_at,
            download_failed_entries_csv_url=download_failed_entries_csv_url,
            error=error,
            failed_entries=failed_entries,
            failed_entries_url=failed_entries_url,
            namespace=namespace,
            processed_entries=processed_entries,
            registry_name=registry_name,
            result=result,
            total_entries=total_entries,
            updated_at=updated_at,
            valid_entries=valid_entries,
        )

        return job
