from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.maintenance_status import MaintenanceStatus
    from ..models.request_meta import RequestMeta


T = TypeVar("T", bound="MaintenanceEnvelope")


@_attrs_define
class MaintenanceEnvelope:
    """
    Attributes:
        data (MaintenanceStatus):
        meta (RequestMeta):
    """

    data: MaintenanceStatus
    meta: RequestMeta

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_status import MaintenanceStatus  # noqa: PLC0415
        from ..models.request_meta import RequestMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = MaintenanceStatus.from_dict(d.pop("data"))

        meta = RequestMeta.from_dict(d.pop("meta"))

        maintenance_envelope = cls(
            data=data,
            meta=meta,
        )

        return maintenance_envelope
