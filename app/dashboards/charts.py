"""Server-side chart geometry: bars, lines and pie slices as plain numbers for the SVG templates."""

import math

WIDTH, HEIGHT, PAD = 560, 260, 36
PALETTE = ("#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#9ca3af")


def compact(value):
    """A short label for an axis or a bar: 345064.85 -> 345k, 1341212 -> 1.34M, 0.5 -> 0.5."""
    if value is None:
        return "–"
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}" if value != int(value) else str(int(value))


def _nice_step(top, count=4):
    """A 1-2-2.5-5 step so that `count` steps reach at least `top`."""
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def _scale(values):
    """Pixels per unit, the axis top (a round number at or above the largest value) and the ticks."""
    top = max([v for v in values if v is not None] + [0]) or 1
    step = _nice_step(top)
    axis_top = step * math.ceil(top / step)
    factor = (HEIGHT - 2 * PAD) / axis_top
    ticks = [
        {"y": HEIGHT - PAD - i * step * factor, "label": compact(i * step)} for i in range(round(axis_top / step) + 1)
    ]
    return factor, axis_top, ticks


def bars(labels, values):
    """Rectangles for a bar chart, tallest first (top 20)."""
    pairs = sorted(zip(labels, values, strict=False), key=lambda p: -(p[1] or 0))[:20]
    factor, top, ticks = _scale([v for _, v in pairs])
    step = (WIDTH - 2 * PAD) / max(len(pairs), 1)
    out = []
    for i, (label, value) in enumerate(pairs):
        h = (value or 0) * factor
        out.append(
            {
                "x": PAD + i * step + step * 0.1,
                "y": HEIGHT - PAD - h,
                "w": step * 0.8,
                "h": h,
                "label": str(label),
                "value": value,
                "value_label": compact(value),
                "color": PALETTE[0],
            }
        )
    return {"kind": "bar", "bars": out, "top": top, "ticks": ticks, "width": WIDTH, "height": HEIGHT, "pad": PAD}


def line(labels, values):
    """A polyline through the points in label order."""
    pairs = sorted(zip(labels, values, strict=False), key=lambda p: str(p[0]))
    factor, top, ticks = _scale([v for _, v in pairs])
    step = (WIDTH - 2 * PAD) / max(len(pairs) - 1, 1)
    every = max(1, len(pairs) // 12)  # at most ~12 axis labels
    points = [
        {
            "x": PAD + i * step,
            "y": HEIGHT - PAD - (v or 0) * factor,
            "value": v,
            "label": str(label),
            "show_label": i % every == 0,
        }
        for i, (label, v) in enumerate(pairs)
    ]
    path = " ".join(f"{p['x']:.1f},{p['y']:.1f}" for p in points)
    return {
        "kind": "line",
        "points": points,
        "path": path,
        "top": top,
        "ticks": ticks,
        "width": WIDTH,
        "height": HEIGHT,
        "pad": PAD,
    }


def pie(labels, values, keep=8):
    """Slices as SVG arc paths; beyond `keep` slices the rest is 'other'."""
    pairs = sorted(((str(label), v or 0) for label, v in zip(labels, values, strict=False)), key=lambda p: -p[1])
    if len(pairs) > keep:
        pairs = pairs[:keep] + [("other", sum(v for _, v in pairs[keep:]))]
    total = sum(v for _, v in pairs) or 1
    cx, cy, r, angle, slices = 130, 130, 110, -math.pi / 2, []
    for i, (label, value) in enumerate(pairs):
        sweep = 2 * math.pi * value / total
        end = angle + sweep
        large = 1 if sweep > math.pi else 0
        x1, y1 = cx + r * math.cos(angle), cy + r * math.sin(angle)
        x2, y2 = cx + r * math.cos(end), cy + r * math.sin(end)
        path = (
            f"M{cx},{cy} L{x1:.2f},{y1:.2f} A{r},{r} 0 {large} 1 {x2:.2f},{y2:.2f} Z"
            if sweep < 2 * math.pi
            else f"M{cx - r},{cy} a{r},{r} 0 1 0 {2 * r},0 a{r},{r} 0 1 0 {-2 * r},0"
        )
        slices.append(
            {"path": path, "label": label, "value": value, "share": value / total, "color": PALETTE[i % len(PALETTE)]}
        )
        angle = end
    return {"kind": "pie", "slices": slices, "width": 420, "height": 260}
