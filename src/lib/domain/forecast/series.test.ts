import { describe, expect, it } from 'vitest';
import { buildSeries, seriesFromCsvRows } from './series';

const rows = (lines: string[][]) =>
	lines.map(([series, week, count], i) => ({ line: i + 2, fields: { series, week, count } }));

describe('weekly series', () => {
	it('fills weeks without rows with 0', () => {
		const label = {
			seriesId: 'topic:size',
			kind: 'topic' as const,
			key: 'size',
			nameZh: '尺码',
			nameEn: 'Size'
		};
		const [built] = buildSeries(
			[label],
			[
				{ seriesId: 'topic:size', week: '2026-01-05', count: 3 },
				{ seriesId: 'topic:size', week: '2026-01-19', count: 1 },
				{ seriesId: 'topic:size', week: '2026-03-02', count: 9 }
			],
			'2026-01-05',
			'2026-01-19'
		);
		expect(built.values).toEqual([3, 0, 1]);
	});

	it('reads valid CSV rows into series', () => {
		const { series, problems } = seriesFromCsvRows(
			rows([
				['a', '2026-01-05', '2'],
				['a', '2026-01-19', '4'],
				['b', '2026-01-12', '0']
			])
		);
		expect(problems).toEqual([]);
		expect(series.map((s) => [s.seriesId, s.weeks[0], s.values])).toEqual([
			['a', '2026-01-05', [2, 0, 4]],
			['b', '2026-01-12', [0]]
		]);
	});

	it.each([
		[['', '2026-01-05', '1'], /series is missing/],
		[['a', '2026-01-06', '1'], /not a Monday: use 2026-01-05/],
		[['a', '05/01/2026', '1'], /week "05\/01\/2026" is invalid/],
		[['a', '2026-01-05', '-1'], /count "-1" is invalid/],
		[['a', '2026-01-05', '1.5'], /count "1.5" is invalid/]
	])('reports row %j', (row, message) => {
		const { problems } = seriesFromCsvRows(rows([['a', '2026-01-12', '3'], row]));
		expect(problems).toHaveLength(1);
		expect(problems[0].line).toBe(3);
		expect(problems[0].message).toMatch(message);
	});

	it('keeps valid rows beside invalid ones', () => {
		const { series } = seriesFromCsvRows(
			rows([
				['a', '2026-01-12', '3'],
				['a', 'x', '1']
			])
		);
		expect(series[0].values).toEqual([3]);
	});

	it('reports a repeated week', () => {
		const { problems } = seriesFromCsvRows(
			rows([
				['a', '2026-01-12', '3'],
				['a', '2026-01-12', '4']
			])
		);
		expect(problems[0].message).toMatch(/repeats line 2/);
	});
});
