// Stored trend forecasts, one node per series (a topic or a product category). Forecast runs
// merge on seriesId, so re-running replaces a series' forecast instead of adding one.
CREATE CONSTRAINT forecast_series_id IF NOT EXISTS FOR (n:Forecast) REQUIRE n.seriesId IS UNIQUE;
