from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_status_last_run_type_0_type_0 import MaintenanceStatusLastRunType0Type0
    from ..models.sweep_run import SweepRun


T = TypeVar("T", bound="MaintenanceStatus")


@_attrs_define
class MaintenanceStatus:
    """
    Attributes:
        interval_s (float):
        last_run (MaintenanceStatusLastRunType0Type0 | None | SweepRun | Unset):
    """

    interval_s: float
    last_run: MaintenanceStatusLastRunType0Type0 | None | SweepRun | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.maintenance_status_last_run_type_0_type_0 import MaintenanceStatusLastRunType0Type0  # noqa: PLC0415
        from ..models.sweep_run import SweepRun  # noqa: PLC0415

        interval_s = self.interval_s

        last_run: dict[str, Any] | None | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        elif isinstance(self.last_run, MaintenanceStatusLastRunType0Type0):
            last_run = self.last_run.to_dict()
        elif isinstance(self.last_run, SweepRun):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "interval_s": interval_s,
            }
        )
        if last_run is not UNSET:
            field_dict["last_run"] = last_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_status_last_run_type_0_type_0 import MaintenanceStatusLastRunType0Type0  # noqa: PLC0415
        from ..models.sweep_run import SweepRun  # noqa: PLC0415

        d = dict(src_dict)
        interval_s = d.pop("interval_s")

        def _parse_last_run(data: object) -> MaintenanceStatusLastRunType0Type0 | None | SweepRun | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_run_type_0_type_0 = MaintenanceStatusLastRunType0Type0.from_dict(data)

                return last_run_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_run_type_1 = SweepRun.from_dict(data)

                return last_run_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaintenanceStatusLastRunType0Type0 | None | SweepRun | Unset, data)

        last_run = _parse_last_run(d.pop("last_run", UNSET))

        maintenance_status = cls(
            interval_s=interval_s,
            last_run=last_run,
        )

        return maintenance_status
