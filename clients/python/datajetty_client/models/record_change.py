from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_change import FieldChange
    from ..models.record_change_after_type_0 import RecordChangeAfterType0
    from ..models.record_change_before_type_0 import RecordChangeBeforeType0


T = TypeVar("T", bound="RecordChange")


@_attrs_define
class RecordChange:
    """
    Attributes:
        change (str): added, removed or changed
        record_name (str):
        after (None | RecordChangeAfterType0 | Unset): the record's details at `to` (null when removed)
        before (None | RecordChangeBeforeType0 | Unset): the record's details at `from` (null when added)
        fields (list[FieldChange] | Unset): changed only
    """

    change: str
    record_name: str
    after: None | RecordChangeAfterType0 | Unset = UNSET
    before: None | RecordChangeBeforeType0 | Unset = UNSET
    fields: list[FieldChange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_change_after_type_0 import RecordChangeAfterType0  # noqa: PLC0415
        from ..models.record_change_before_type_0 import RecordChangeBeforeType0  # noqa: PLC0415

        change = self.change

        record_name = self.record_name

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, RecordChangeAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, RecordChangeBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "change": change,
                "record_name": record_name,
            }
        )
        if after is not UNSET:
            field_dict["after"] = after
        if before is not UNSET:
            field_dict["before"] = before
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_change import FieldChange  # noqa: PLC0415
        from ..models.record_change_after_type_0 import RecordChangeAfterType0  # noqa: PLC0415
        from ..models.record_change_before_type_0 import RecordChangeBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        change = d.pop("change")

        record_name = d.pop("record_name")

        def _parse_after(data: object) -> None | RecordChangeAfterType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = RecordChangeAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordChangeAfterType0 | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        def _parse_before(data: object) -> None | RecordChangeBeforeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = RecordChangeBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordChangeBeforeType0 | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: list[FieldChange] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldChange.from_dict(fields_item_data)

                fields.append(fields_item)

        record_change = cls(
            change=change,
            record_name=record_name,
            after=after,
            before=before,
            fields=fields,
        )

        return record_change
