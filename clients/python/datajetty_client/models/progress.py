from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step import Step


T = TypeVar("T", bound="Progress")


@_attrs_define
class Progress:
    """
    Attributes:
        id (str):
        status (str):
        completed_at (datetime.datetime | None | Unset): ready only
        completed_steps (int | Unset):
        duration_seconds (float | Unset): ready only
        elapsed_seconds (int | Unset):
        error_message (None | str | Unset):
        phase (None | str | Unset):
        row_count (int | Unset):
        started_at (datetime.datetime | None | Unset):
        steps (list[Step] | Unset):
        total_steps (int | Unset):
    """

    id: str
    status: str
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_steps: int | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    elapsed_seconds: int | Unset = UNSET
    error_message: None | str | Unset = UNSET
    phase: None | str | Unset = UNSET
    row_count: int | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    steps: list[Step] | Unset = UNSET
    total_steps: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        completed_steps = self.completed_steps

        duration_seconds = self.duration_seconds

        elapsed_seconds = self.elapsed_seconds

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        row_count = self.row_count

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        total_steps = self.total_steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if completed_steps is not UNSET:
            field_dict["completed_steps"] = completed_steps
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if elapsed_seconds is not UNSET:
            field_dict["elapsed_seconds"] = elapsed_seconds
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if phase is not UNSET:
            field_dict["phase"] = phase
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if steps is not UNSET:
            field_dict["steps"] = steps
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step import Step  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        completed_steps = d.pop("completed_steps", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        elapsed_seconds = d.pop("elapsed_seconds", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        row_count = d.pop("row_count", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[Step] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = Step.from_dict(steps_item_data)

                steps.append(steps_item)

        total_steps = d.pop("total_steps", UNSET)

        progress = cls(
            id=id,
            status=status,
            completed_at=completed_at,
            completed_steps=completed_steps,
            duration_seconds=duration_seconds,
            elapsed_seconds=elapsed_seconds,
            error_message=error_message,
            phase=phase,
            row_count=row_count,
            started_at=started_at,
            steps=steps,
            total_steps=total_steps,
        )

        return progress
