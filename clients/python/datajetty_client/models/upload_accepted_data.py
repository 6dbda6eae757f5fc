from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UploadAcceptedData")


@_attrs_define
class UploadAcceptedData:
    """
    Attributes:
        job_id (str):
        status_check_url (str):
    """

    job_id: str
    status_check_url: str

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status_check_url = self.status_check_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "statusCheckUrl": status_check_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        status_check_url = d.pop("statusCheckUrl")

        upload_accepted_data = cls(
            job_id=job_id,
            status_check_url=status_check_url,
        )

        return upload_accepted_data
