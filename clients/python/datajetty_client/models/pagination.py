from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """
    Attributes:
        limit (int):
        page (int):
        pages (int):
        total (int):
    """

    limit: int
    page: int
    pages: int
    total: int

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        page = self.page

        pages = self.pages

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limit": limit,
                "page": page,
                "pages": pages,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")

        page = d.pop("page")

        pages = d.pop("pages")

        total = d.pop("total")

        pagination = cls(
            limit=limit,
            page=page,
            pages=pages,
            total=total,
        )

        return pagination
