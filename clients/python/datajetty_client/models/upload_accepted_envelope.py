from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.upload_accepted_data import UploadAcceptedData


T = TypeVar("T", bound="UploadAcceptedEnvelope")


@_attrs_define
class UploadAcceptedEnvelope:
    """
    Attributes:
        data (UploadAcceptedData):
        message (str):
        status (str):  Example: success.
        total_rows (int):
    """

    data: UploadAcceptedData
    message: str
    status: str
    total_rows: int

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        status = self.status

        total_rows = self.total_rows

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "message": message,
                "status": status,
                "total_rows": total_rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_accepted_data import UploadAcceptedData  # noqa: PLC0415

        d = dict(src_dict)
        data = UploadAcceptedData.from_dict(d.pop("data"))

        message = d.pop("message")

        status = d.pop("status")

        total_rows = d.pop("total_rows")

        upload_accepted_envelope = cls(
            data=data,
            message=message,
            status=status,
            total_rows=total_rows,
        )

        return upload_accepted_envelope
