from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job import Job


T = TypeVar("T", bound="JobEnvelope")


@_attrs_define
class JobEnvelope:
    """
    Attributes:
        data (Job):
        message (str):
        status (str):  Example: success.
    """

    data: Job
    message: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "message": message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job import Job  # noqa: PLC0415

        d = dict(src_dict)
        data = Job.from_dict(d.pop("data"))

        message = d.pop("message")

        status = d.pop("status")

        job_envelope = cls(
            data=data,
            message=message,
            status=status,
        )

        return job_envelope
