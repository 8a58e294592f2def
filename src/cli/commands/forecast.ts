import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
	forecastSeries,
	type SeriesForecast,
	type WeeklySeries
} from '../../lib/domain/forecast/forecastSeries.js';
import {
	backtestComparisons,
	summariseBacktest,
	type BacktestComparison
} from '../../lib/domain/forecast/report.js';
import type { Graph } from '../../lib/server/graph/graph.js';
import { augursModels } from '../../lib/server/forecast/augursModels.js';
import { runForecasts } from '../../lib/server/forecast/run.js';
import { readWeeklySeries } from '../../lib/server/forecast/seriesQuery.js';
import { SeamError } from '../../lib/server/errors.js';
import { parseWeeklyCsv } from '../../lib/server/forecast/weeklyCsv.js';
import { createLogger } from '../../lib/server/log.js';
import { loadSettings, openGraph } from '../../lib/server/runtime.js';
import { progress } from '../progress.js';

const logger = createLogger('forecast');

/** Computes and stores every series' forecast with a progress bar; returns the series count. */
export async function forecastWithProgress(graph: Graph): Promise<number> {
	const bar = progress('forecast');
	try {
		const summary = await runForecasts(graph, {
			timeZone: loadSettings().timeZone,
			logger,
			onProgress: (done, total, seriesId) => bar.update(done, total, seriesId)
		});
		return summary.series;
	} finally {
		bar.stop();
	}
}

const fixed = (value: number | null | undefined, digits: number) =>
	value === null || value === undefined ? '—' : value.toFixed(digits);
const percent = (value: number | null | undefined) =>
	value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;

function tableRow(cells: string[]): string {
	const widths = [22, 14, 7, 6, 6, 6, 9, 7, 6, 6];
	return cells
		.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
		.join(' ');
}

/** Prints one line per series (chosen model vs seasonal naive), the overall means, then JSON. */
export function printEvaluation(
	name: string,
	forecasts: readonly SeriesForecast[],
	seconds: number
) {
	const comparisons = backtestComparisons(forecasts);
	const summary = summariseBacktest(comparisons);
	const lines = comparisons.map((c: BacktestComparison) =>
		tableRow([
			c.seriesId,
			c.model,
			fixed(c.seam.smape, 1),
			fixed(c.seam.mase, 2),
			percent(c.seam.coverage80),
			percent(c.seam.coverage95),
			fixed(c.seasonalNaive.smape, 1),
			fixed(c.seasonalNaive.mase, 2),
			percent(c.seasonalNaive.coverage80),
			percent(c.seasonalNaive.coverage95)
		])
	);
	const unvalidated = forecasts.filter((f) => !f.validated).map((f) => f.seriesId);
	console.log(
		[
			`Forecast backtest of ${name}: ${summary.series} series, 13 weeks ahead, rolling origins`,
			'',
			tableRow(['', '', 'Seam', '', '', '', 'seasonal', 'naive', '', '']),
			tableRow([
				'series',
				'model',
				'sMAPE',
				'MASE',
				'cov80',
				'cov95',
				'sMAPE',
				'MASE',
				'cov80',
				'cov95'
			]),
			...lines,
			tableRow([
				'mean',
				'',
				fixed(summary.seam.smape, 1),
				fixed(summary.seam.mase, 2),
				percent(summary.seam.coverage80),
				percent(summary.seam.coverage95),
				fixed(summary.seasonalNaive.smape, 1),
				fixed(summary.seasonalNaive.mase, 2),
				percent(summary.seasonalNaive.coverage80),
				percent(summary.seasonalNaive.coverage95)
			]),
			unvalidated.length
				? `\nToo short to backtest (forecast without validation): ${unvalidated.join(', ')}`
				: ''
		].join('\n')
	);
	console.log(
		JSON.stringify({
			name: 'forecast-backtest',
			data: name,
			series: summary.series,
			horizonWeeks: 13,
			smape: summary.seam.smape,
			mase: summary.seam.mase,
			coverage80: summary.seam.coverage80,
			coverage95: summary.seam.coverage95,
			baselineSmape: summary.seasonalNaive.smape,
			baselineMase: summary.seasonalNaive.mase,
			baselineCoverage80: summary.seasonalNaive.coverage80,
			baselineCoverage95: summary.seasonalNaive.coverage95,
			seasonalNaiveChosen: summary.seasonalNaiveChosen,
			seconds: Math.round(seconds * 10) / 10
		})
	);
}

async function seriesToEvaluate(
	file: string | undefined
): Promise<{ name: string; series: WeeklySeries[] }> {
	if (file) {
		const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
			throw new SeamError(
				`Cannot read ${file} (${error.code ?? error.message}); give a CSV with the header series,week,count`,
				'file_unreadable',
				{ cause: error }
			);
		});
		const { series, problems } = parseWeeklyCsv(text, path.basename(file));
		for (const problem of problems) console.error(`skipped: ${problem}`);
		return { name: path.basename(file), series };
	}
	const graph = await openGraph();
	try {
		return { name: 'graph', series: await readWeeklySeries(graph, loadSettings().timeZone) };
	} finally {
		await graph.close();
	}
}

export function registerForecastCommands(program: Command): void {
	const forecast = program
		.command('forecast')
		.description('Weekly conversation forecasts per service topic and product category');
	forecast
		.command('run')
		.description('Backtest, forecast 13 weeks ahead and store a Forecast node per series')
		.action(async () => {
			const graph = await openGraph();
			try {
				console.log(`Stored forecasts for ${await forecastWithProgress(graph)} series`);
			} finally {
				await graph.close();
			}
		});
	forecast
		.command('eval')
		.description(
			'Backtest Seam against seasonal naive on the graph series or on a CSV of weekly counts'
		)
		.option('--file <path>', 'CSV with header series,week,count (week = Monday, YYYY-MM-DD)')
		.action(async (options) => {
			const { name, series } = await seriesToEvaluate(options.file);
			const started = performance.now();
			const models = await augursModels();
			const forecasts = series.map((one) => forecastSeries(one, models));
			printEvaluation(name, forecasts, (performance.now() - started) / 1000);
		});
}
