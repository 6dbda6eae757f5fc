from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.txt import Txt


T = TypeVar("T", bound="Generated")


@_attrs_define
class Generated:
    """
    Attributes:
        data (Txt):
        message (str):
        txt (str): the value to publish, whole
    """

    data: Txt
    message: str
    txt: str

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        txt = self.txt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "message": message,
                "txt": txt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.txt import Txt  # noqa: PLC0415

        d = dict(src_dict)
        data = Txt.from_dict(d.pop("data"))

        message = d.pop("message")

        txt = d.pop("txt")

        generated = cls(
            data=data,
            message=message,
            txt=txt,
        )

        return generated
