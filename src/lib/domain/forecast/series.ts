import type { SeriesKind, WeeklySeries } from './forecastSeries';
import { mondayOf, weekRange } from './weeks';

export interface WeeklyCount {
	seriesId: string;
	/** Monday of the week, YYYY-MM-DD. */
	week: string;
	count: number;
}

export interface SeriesLabel {
	seriesId: string;
	kind: SeriesKind;
	key: string;
	nameZh: string;
	nameEn: string;
}

/**
 * Lays weekly counts out as one dense series per label over the weeks `first`..`last`:
 * a week without a row is 0, and rows outside the span are ignored.
 */
export function buildSeries(
	labels: readonly SeriesLabel[],
	counts: readonly WeeklyCount[],
	first: string,
	last: string
): WeeklySeries[] {
	const weeks = weekRange(first, last);
	const index = new Map(weeks.map((week, i) => [week, i]));
	const series = new Map(
		labels.map((label) => [label.seriesId, { ...label, weeks, values: weeks.map(() => 0) }])
	);
	for (const row of counts) {
		const i = index.get(row.week);
		const target = series.get(row.seriesId);
		if (i !== undefined && target) target.values[i] += row.count;
	}
	return [...series.values()];
}

export interface CsvRowProblem {
	line: number;
	message: string;
}

/**
 * Validates rows of the weekly-count file format (`series,week,count`: any series name, the
 * week's Monday as YYYY-MM-DD, a whole count of 0 or more) and groups them into series. Every
 * problem is reported with its line; valid rows are kept. Weeks missing between a series'
 * first and last week count as 0.
 */
export function seriesFromCsvRows(
	rows: ReadonlyArray<{ line: number; fields: Record<string, string> }>
): {
	series: WeeklySeries[];
	problems: CsvRowProblem[];
} {
	const problems: CsvRowProblem[] = [];
	const counts: WeeklyCount[] = [];
	const seen = new Map<string, number>();
	for (const { line, fields } of rows) {
		const problem = rowProblem(fields);
		if (problem) {
			problems.push({ line, message: problem });
			continue;
		}
		const row = {
			seriesId: fields.series.trim(),
			week: fields.week.trim(),
			count: Number(fields.count)
		};
		const key = `${row.seriesId}|${row.week}`;
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			const message = `week ${row.week} of series "${row.seriesId}" repeats line ${earlier}: keep one row per series and week`;
			problems.push({ line, message });
			continue;
		}
		seen.set(key, line);
		counts.push(row);
	}
	const names = [...new Set(counts.map((row) => row.seriesId))];
	const series = names.flatMap((name) => {
		const own = counts
			.filter((row) => row.seriesId === name)
			.map((row) => row.week)
			.sort();
		const label = { seriesId: name, kind: 'topic' as const, key: name, nameZh: name, nameEn: name };
		return buildSeries(
			[label],
			counts.filter((row) => row.seriesId === name),
			own[0],
			own.at(-1)!
		);
	});
	return { series, problems };
}

function rowProblem(fields: Record<string, string>): string | undefined {
	const series = fields.series?.trim();
	const week = fields.week?.trim();
	const count = fields.count?.trim();
	if (!series) return 'series is missing: give a series name in the "series" column';
	let monday: string;
	try {
		monday = mondayOf(week ?? '');
	} catch {
		return `week "${week ?? ''}" is invalid: use the Monday of the week as YYYY-MM-DD`;
	}
	if (monday !== week)
		return `week "${week}" is not a Monday: use ${monday}, the Monday of that week`;
	if (!/^\d+$/.test(count ?? ''))
		return `count "${count ?? ''}" is invalid: use a whole number of 0 or more`;
	return undefined;
}
