from enum import StrEnum


class WidgetType(StrEnum):
    BAR = "bar"
    KPI = "kpi"
    LINE = "line"
    PIE = "pie"
    TABLE = "table"

    def __str__(self) -> str:
        return str(self.value)
