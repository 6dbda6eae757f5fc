from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.viewer_filter_type import ViewerFilterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewerFilter")


@_attrs_define
class ViewerFilter:
    """
    Attributes:
        field (str):
        label (None | str | Unset):
        type_ (ViewerFilterType | Unset):  Default: ViewerFilterType.STRING.
        values (list[Any] | None | Unset):
    """

    field: str
    label: None | str | Unset = UNSET
    type_: ViewerFilterType | Unset = ViewerFilterType.STRING
    values: list[Any] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        values: list[Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ViewerFilterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ViewerFilterType(_type_)

        def _parse_values(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[Any], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        viewer_filter = cls(
            field=field,
            label=label,
            type_=type_,
            values=values,
        )

        return viewer_filter
