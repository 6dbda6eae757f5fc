from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuditMeta")


@_attrs_define
class AuditMeta:
    """
    Attributes:
        limit (int):
        offset (int):
        request_id (str):
        total (int):
    """

    limit: int
    offset: int
    request_id: str
    total: int

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        request_id = self.request_id

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "request_id": request_id,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        request_id = d.pop("request_id")

        total = d.pop("total")

        audit_meta = cls(
            limit=limit,
            offset=offset,
            request_id=request_id,
            total=total,
        )

        return audit_meta
