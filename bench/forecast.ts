/**
 * Forecast accuracy and time of Seam's per-series model choice, statsforecast's AutoETS
 * (season length 52) and seasonal naive. All three run on the same rolling origins (8 in the
 * last year, 13 weeks ahead) of the full demo tenant's weekly series per topic and category.
 * The series are built in memory from the demo generator, the counts the graph holds after
 * import and topic tagging, so the bench needs no Neo4j.
 *
 * For scale: on the M4 Weekly series, 13 weeks ahead, Naive2 scored sMAPE 9.16 and ETS 8.73
 * (Makridakis, Spiliotis and Assimakopoulos, "The M4 Competition: 100,000 time series and 61
 * forecasting methods", International Journal of Forecasting 36(1), 2020). The demo
 * series are counts of 3–60 a week, so their sMAPE is far higher than M4's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BACKTEST, originTrainLengths } from '../src/lib/domain/forecast/backtest';
import { demoWeeklySeries } from '../src/lib/domain/forecast/demoSeries';
import { forecastSeries } from '../src/lib/domain/forecast/forecastSeries';
import { mase, meanOf, seasonalNaiveScale, smape } from '../src/lib/domain/forecast/metrics';
import { maseSeason } from '../src/lib/domain/forecast/models';
import { backtestComparisons, summariseBacktest } from '../src/lib/domain/forecast/report';
import { augursModels } from '../src/lib/server/forecast/augursModels';
import { seamHome } from '../src/lib/server/paths';
import { report } from './graph';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const venv = path.join(seamHome, 'bench-venv');
const python = path.join(venv, 'bin', 'python');

/** Creates the venv with statsforecast on first use; returns why it failed, if it did. */
function ensureVenv(): string | undefined {
	if (existsSync(python)) {
		const check = spawnSync(python, ['-c', 'import statsforecast, pandas'], { encoding: 'utf8' });
		if (check.status === 0) return undefined;
	}
	console.log(`Installing statsforecast and pandas into ${venv} (first run only)…`);
	const create = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8' });
	if (create.status !== 0) return `python3 -m venv failed: ${create.stderr.trim()}`;
	const pip = spawnSync(python, ['-m', 'pip', 'install', '-q', 'statsforecast', 'pandas'], {
		encoding: 'utf8'
	});
	if (pip.status !== 0)
		return `pip install statsforecast pandas failed: ${pip.stderr.trim().slice(-400)}`;
	return undefined;
}

const series = demoWeeklySeries('full');
console.log(`Full demo tenant: ${series.length} weekly series of ${series[0].weeks.length} weeks`);

const models = await augursModels();
let started = performance.now();
const forecasts = series.map((one) => forecastSeries(one, models));
const seamSeconds = (performance.now() - started) / 1000;
const summary = summariseBacktest(backtestComparisons(forecasts));

const problem = ensureVenv();
let ets: { smape: number; mase: number | undefined; seconds: number; version: string } | undefined;
if (!problem) {
	const request = {
		seasonLength: 52,
		horizon: DEFAULT_BACKTEST.horizon,
		series: series.map((s) => ({
			id: s.seriesId,
			values: s.values,
			origins: originTrainLengths(s.values.length, DEFAULT_BACKTEST)
		}))
	};
	started = performance.now();
	const run = spawnSync(python, [path.join(benchDir, 'forecast', 'autoets.py')], {
		input: JSON.stringify(request),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const wallSeconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`statsforecast run failed:\n${run.stderr}`);
	const output = JSON.parse(run.stdout) as {
		forecasts: Record<string, number[][]>;
		fitSeconds: number;
		version: string;
	};
	const perSeries = request.series.map((s) => {
		const scores = s.origins.map((train, k) => {
			const actual = s.values.slice(train, train + request.horizon);
			const point = output.forecasts[s.id][k].map((v) => Math.max(0, v));
			const scale = seasonalNaiveScale(s.values.slice(0, train), maseSeason(train));
			return { smape: smape(actual, point), mase: mase(actual, point, scale) };
		});
		return {
			smape: meanOf(scores.map((x) => x.smape))!,
			mase: meanOf(scores.map((x) => x.mase))
		};
	});
	ets = {
		smape: meanOf(perSeries.map((x) => x.smape))!,
		mase: meanOf(perSeries.map((x) => x.mase)),
		seconds: wallSeconds,
		version: output.version
	};
	console.log(
		`statsforecast ${output.version}: fitting took ${output.fitSeconds.toFixed(1)} s, ${wallSeconds.toFixed(1)} s with Python start-up`
	);
} else {
	console.log(`statsforecast baseline NOT measured: ${problem}`);
}

const fmt = (value: number | null | undefined, digits: number) =>
	value === null || value === undefined ? '—' : value.toFixed(digits);
const row = (name: string, s: number, m: number | null | undefined, seconds: string) =>
	`${name.padEnd(34)} ${fmt(s, 2).padStart(7)} ${fmt(m, 3).padStart(7)} ${seconds.padStart(9)}`;
console.log(
	[
		'',
		`${'method (mean over series)'.padEnd(34)} ${'sMAPE'.padStart(7)} ${'MASE'.padStart(7)} ${'seconds'.padStart(9)}`,
		row(
			'Seam (model chosen per series)',
			summary.seam.smape,
			summary.seam.mase,
			seamSeconds.toFixed(1)
		),
		ets ? row('statsforecast AutoETS (m = 52)', ets.smape, ets.mase, ets.seconds.toFixed(1)) : '',
		row('seasonal naive', summary.seasonalNaive.smape, summary.seasonalNaive.mase, '—'),
		`Seam's time covers backtesting all candidates and the final fits; statsforecast's only its backtest fits.`,
		'Reference, M4 Weekly (13 weeks ahead): Naive2 sMAPE 9.16, ETS 8.73.'
	]
		.filter((line) => line !== '')
		.join('\n')
);

const baseline = ets?.smape ?? summary.seasonalNaive.smape;
report({
	name: ets ? 'forecast-smape-vs-statsforecast-autoets' : 'forecast-smape-vs-seasonal-naive',
	value: Math.round(summary.seam.smape * 100) / 100,
	unit: 'sMAPE %',
	baseline: Math.round(baseline * 100) / 100,
	ratio: Math.round((summary.seam.smape / baseline) * 1000) / 1000,
	target: 1
});
