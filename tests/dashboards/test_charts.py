"""Chart geometry: round axis tops, readable tick and bar labels."""

from app.dashboards.charts import HEIGHT, PAD, bars, compact, line


def test_compact_labels():
    assert [compact(v) for v in (345064.85, 1341212, 2.5e9, 1000, 447.07, 0.5, 3, 0, -2500, None)] == [
        "345k",
        "1.34M",
        "2.5B",
        "1k",
        "447",
        "0.5",
        "3",
        "0",
        "-2.5k",
        "–",
    ]


def test_bar_axis_tops_at_a_round_number_with_even_ticks():
    chart = bars(["US", "EU"], [345064.85, 326786.91])
    assert chart["top"] == 400_000
    assert [t["label"] for t in chart["ticks"]] == ["0", "100k", "200k", "300k", "400k"]
    assert chart["ticks"][0]["y"] == HEIGHT - PAD and chart["ticks"][-1]["y"] == PAD
    tallest = chart["bars"][0]
    assert (tallest["label"], tallest["value_label"]) == ("US", "345k")
    assert abs(tallest["h"] - 345064.85 / 400_000 * (HEIGHT - 2 * PAD)) < 1e-9


def test_line_of_small_values_and_of_nothing():
    chart = line(["2026-02", "2026-01"], [0.3, 0.1])
    assert [p["label"] for p in chart["points"]] == ["2026-01", "2026-02"]
    assert [t["label"] for t in chart["ticks"]] == ["0", "0.1", "0.2", "0.3"]
    empty = line([], [])
    assert empty["points"] == [] and empty["ticks"][-1]["label"] == "1"
