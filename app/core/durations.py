"""ISO 8601 durations (P7D, PT12H, P1W, P1DT2H30M) as timedeltas; years/months are not accepted."""

import re
from datetime import timedelta

from app.core.errors import InvalidRequest

# each part's digits are bounded so every duration the pattern admits is under 100 years: what the
# parser accepts is exactly what OpenAPI says (DURATION_REGEX is the schema's `pattern`)
_W, _D, _H, _M, _S = r"\d{1,3}", r"\d{1,4}", r"\d{1,5}", r"\d{1,6}", r"\d{1,8}(?:\.\d{1,6})?"
_TIME = rf"T(?:{_H}H(?:{_M}M)?(?:{_S}S)?|{_M}M(?:{_S}S)?|{_S}S)"
DURATION_REGEX = rf"^P(?:{_W}W(?:{_D}D)?(?:{_TIME})?|{_D}D(?:{_TIME})?|{_TIME})$"
_PATTERN = re.compile(
    rf"^P(?:(?P<weeks>{_W})W)?(?:(?P<days>{_D})D)?"
    rf"(?:T(?:(?P<hours>{_H})H)?(?:(?P<minutes>{_M})M)?(?:(?P<seconds>{_S})S)?)?$"
)
_VALID = re.compile(DURATION_REGEX)


def parse_duration(text: str, field: str = "duration") -> timedelta:
    """A timedelta from an ISO 8601 duration, or 400 naming the field."""
    match = _PATTERN.match(text or "")
    if not match or not _VALID.match(text):
        raise InvalidRequest(
            f"{field} must be an ISO 8601 duration such as P7D or PT12H", {field: [f"invalid duration {text!r}"]}
        )
    parts = {k: float(v) for k, v in match.groupdict().items() if v}
    return timedelta(**parts)
