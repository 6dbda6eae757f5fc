from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishRecords")


@_attrs_define
class PublishRecords:
    """
    Attributes:
        job_id (str | Unset): A bulk upload's job id: publish every draft it made that is still a draft.
        records (list[str] | Unset): One or more draft record names (or give job_id instead).
    """

    job_id: str | Unset = UNSET
    records: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        records: list[str] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = self.records

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        records = cast(list[str], d.pop("records", UNSET))

        publish_records = cls(
            job_id=job_id,
            records=records,
        )

        return publish_records
