from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viewer_filter import ViewerFilter
    from ..models.widget import Widget


T = TypeVar("T", bound="Layout")


@_attrs_define
class Layout:
    """
    Attributes:
        widgets (list[Widget]):
        filters (list[ViewerFilter] | Unset):
        title (str | Unset):  Default: ''.
    """

    widgets: list[Widget]
    filters: list[ViewerFilter] | Unset = UNSET
    title: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "widgets": widgets,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viewer_filter import ViewerFilter  # noqa: PLC0415
        from ..models.widget import Widget  # noqa: PLC0415

        d = dict(src_dict)
        widgets = []
        _widgets = d.pop("widgets")
        for widgets_item_data in _widgets:
            widgets_item = Widget.from_dict(widgets_item_data)

            widgets.append(widgets_item)

        _filters = d.pop("filters", UNSET)
        filters: list[ViewerFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ViewerFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        title = d.pop("title", UNSET)

        layout = cls(
            widgets=widgets,
            filters=filters,
            title=title,
        )

        return layout
