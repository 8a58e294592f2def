import { emptyFigures } from '../../domain/review/figures.js';
import { reviewKpis, type Kpi } from '../../domain/review/kpis.js';
import {
	lastFullMonth,
	periodChoices,
	previousReviewPeriod,
	reviewPeriod,
	type ReviewPeriod
} from '../../domain/review/period.js';
import type { Graph } from '../graph/graph.js';
import { loadBonusOutcome, type BonusOutcome } from './bonusOutcome.js';
import { loadDataSpan, loadReviewFigures } from './figures.js';
import { loadReviewForecasts, type ReviewForecast } from './forecasts.js';

/** Topics drawn as small multiples. */
export const FORECAST_LIMIT = 6;

export interface Review {
	period: ReviewPeriod;
	previous: ReviewPeriod;
	choices: { months: string[]; quarters: string[] };
	kpis: Array<Omit<Kpi, 'value' | 'sampleSize'>>;
	bonus: BonusOutcome;
	forecasts: ReviewForecast[];
}

/**
 * Loads the span of the data and the month a review opens on when none is asked for: the
 * last month the data covers to its end, or the month before `nowMs` in an empty graph.
 */
export async function loadPeriodBounds(graph: Graph, timeZone: string, nowMs: number) {
	const span = await loadDataSpan(graph);
	const last = lastFullMonth(span?.latestMs ?? nowMs, timeZone);
	return { span, last };
}

/**
 * Loads the leadership review of a month or quarter, by default the last full month of data.
 * It holds the KPIs against the period before, the bonus outcomes and the topic forecasts.
 */
export async function loadReview(
	graph: Graph,
	options: { periodKey?: string; timeZone: string; nowMs: number }
): Promise<Review> {
	const { timeZone, nowMs } = options;
	const { span, last } = await loadPeriodBounds(graph, timeZone, nowMs);
	const period = reviewPeriod(options.periodKey ?? last, timeZone);
	const previous = previousReviewPeriod(period, timeZone);
	const [current, before, bonus, forecasts] = await Promise.all([
		span ? loadReviewFigures(graph, period, nowMs) : emptyFigures,
		span ? loadReviewFigures(graph, previous, nowMs) : emptyFigures,
		loadBonusOutcome(graph, period.months),
		loadReviewForecasts(graph, FORECAST_LIMIT)
	]);
	// The value functions stay on the server: page data must be plain, serialisable objects.
	const kpis = reviewKpis(current, before).map(
		({ value: _value, sampleSize: _sampleSize, ...kpi }) => kpi
	);
	return {
		period,
		previous,
		choices: periodChoices(span?.firstMs ?? nowMs, last, timeZone),
		kpis,
		bonus,
		forecasts
	};
}
