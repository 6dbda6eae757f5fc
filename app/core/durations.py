"""ISO 8601 durations (P7D, PT12H, P1W, P1DT2H30M) as timedeltas; years/months are not accepted."""
import re
from datetime import timedelta

from app.core.errors import InvalidRequest

_PATTERN = re.compile(r"^P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
                      r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$")


def parse_duration(text, field="duration"):
    """A timedelta from an ISO 8601 duration, or 400 naming the field."""
    match = _PATTERN.match(text or "")
    if not match or text in ("P", "PT") or text.endswith("T") or not any(match.groupdict().values()):
        raise InvalidRequest(f"{field} must be an ISO 8601 duration such as P7D or PT12H",
                             {field: [f"invalid duration {text!r}"]})
    parts = {k: float(v) for k, v in match.groupdict().items() if v}
    delta = timedelta(**parts)
    if delta > timedelta(days=3650):
        raise InvalidRequest(f"{field} is longer than 10 years", {field: [text]})
    return delta
