"""Fit statsforecast's AutoETS at every backtest origin of every series.

Reads JSON from stdin: {"seasonLength": 52, "horizon": 13,
"series": [{"id": "...", "values": [...], "origins": [train lengths]}]}.
Writes JSON to stdout: {"forecasts": {id: [[h points] per origin]}, "fitSeconds": s,
"version": statsforecast version}. Metrics are computed by the caller, so both methods are
scored by the same code.
"""

import json
import sys
import time

import numpy as np
import statsforecast
from statsforecast.models import AutoETS


def main() -> None:
    request = json.load(sys.stdin)
    horizon = request["horizon"]
    model = AutoETS(season_length=request["seasonLength"])
    forecasts = {}
    started = time.perf_counter()
    for series in request["series"]:
        values = np.asarray(series["values"], dtype=float)
        points = []
        for train in series["origins"]:
            fitted = model.forecast(y=values[:train], h=horizon)
            points.append([float(v) for v in fitted["mean"]])
        forecasts[series["id"]] = points
    json.dump(
        {
            "forecasts": forecasts,
            "fitSeconds": time.perf_counter() - started,
            "version": statsforecast.__version__,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
