from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.widget_type import WidgetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Widget")


@_attrs_define
class Widget:
    """
    Attributes:
        datasource (str):
        id (str):
        type_ (WidgetType):
        page_size (int | Unset):  Default: 20.
        title (str | Unset):  Default: ''.
        width (int | Unset):  Default: 6.
        x (None | str | Unset):
        y (None | str | Unset):
    """

    datasource: str
    id: str
    type_: WidgetType
    page_size: int | Unset = 20
    title: str | Unset = ""
    width: int | Unset = 6
    x: None | str | Unset = UNSET
    y: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        datasource = self.datasource

        id = self.id

        type_ = self.type_.value

        page_size = self.page_size

        title = self.title

        width = self.width

        x: None | str | Unset
        if isinstance(self.x, Unset):
            x = UNSET
        else:
            x = self.x

        y: None | str | Unset
        if isinstance(self.y, Unset):
            y = UNSET
        else:
            y = self.y

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "datasource": datasource,
                "id": id,
                "type": type_,
            }
        )
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if title is not UNSET:
            field_dict["title"] = title
        if width is not UNSET:
            field_dict["width"] = width
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datasource = d.pop("datasource")

        id = d.pop("id")

        type_ = WidgetType(d.pop("type"))

        page_size = d.pop("page_size", UNSET)

        title = d.pop("title", UNSET)

        width = d.pop("width", UNSET)

        def _parse_x(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x = _parse_x(d.pop("x", UNSET))

        def _parse_y(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        y = _parse_y(d.pop("y", UNSET))

        widget = cls(
            datasource=datasource,
            id=id,
            type_=type_,
            page_size=page_size,
            title=title,
            width=width,
            x=x,
            y=y,
        )

        return widget
