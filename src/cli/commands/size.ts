import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { generateDemo, type DemoScale } from '../../lib/domain/demo/index.js';
import type { AucReport } from '../../lib/domain/size/auc.js';
import { crossValidateFit, type FitEvaluation } from '../../lib/domain/size/evaluate.js';
import type { Fit } from '../../lib/domain/size/feedback.js';
import type { FitObservation } from '../../lib/domain/size/latentSize.js';
import { sizeValue } from '../../lib/domain/size/sizeOrder.js';
import { usageError } from '../../lib/server/errors.js';
import { sourceNameOf } from '../../lib/server/import/importFile.js';
import { openText } from '../../lib/server/import/source.js';
import { loadSettings } from '../../lib/server/runtime.js';
import {
	modclothAdapter,
	rentTheRunwayAdapter,
	sizeFeedbackAdapter,
	type SizeAdapter
} from '../../lib/server/size/adapters.js';

const formats: Record<string, SizeAdapter> = {
	modcloth: modclothAdapter,
	renttherunway: rentTheRunwayAdapter,
	canonical: sizeFeedbackAdapter
};

/** Reads fit observations from a file; rows without a placeable size or with problems are counted. */
async function readObservations(filePath: string, adapter: SizeAdapter) {
	const source = await openText(filePath);
	const context = { timeZone: loadSettings().timeZone, sourceName: sourceNameOf(filePath) };
	const observations: FitObservation[] = [];
	let skipped = 0;
	for await (const row of adapter.read(source, filePath)) {
		const result = 'error' in row ? undefined : adapter.toFeedback(row.value, row.line, context);
		const feedback = result && 'feedback' in result ? result.feedback : [];
		if (feedback.length === 0) skipped += 1;
		for (const entry of feedback) {
			const sizePrior = sizeValue(String(entry.size));
			if (sizePrior === undefined) {
				skipped += 1;
				continue;
			}
			observations.push({
				customerId: String(entry.customerId),
				skuId: String(entry.skuId),
				sizePrior,
				fit: entry.fit as Fit
			});
		}
	}
	return { observations, skipped };
}

/** Lists every demo order line with its outcome: a size return means small or large, anything else fit. */
function demoObservations(scale: DemoScale): FitObservation[] {
	const { records } = generateDemo({ scale });
	const returned = new Map(records.return.map((r) => [`${r.orderId}|${r.skuId}`, r.reason]));
	const sizeOf = new Map(records.sku.map((s) => [s.skuId, s.size]));
	return records.orderLine.map((line) => {
		const reason = returned.get(`${line.orderId}|${line.skuId}`);
		let fit: Fit = 'fit';
		if (reason === 'size_small') fit = 'small';
		if (reason === 'size_large') fit = 'large';
		return {
			customerId: line.customerId,
			skuId: line.skuId,
			sizePrior: sizeValue(sizeOf.get(line.skuId) ?? '') ?? 0,
			fit
		};
	});
}

const show = (value: number | undefined) => (value === undefined ? '   —' : value.toFixed(3));

function printReport(name: string, evaluation: FitEvaluation, skipped: number) {
	const row = (label: string, report: AucReport) =>
		`${label.padEnd(26)} ${show(report.perClass.small)}  ${show(report.perClass.fit)}  ${show(report.perClass.large)}  ${show(report.average)}`;
	console.log(
		[
			`Size-fit evaluation of ${name}: ${evaluation.model.count} transactions (${skipped} skipped), ` +
				`${evaluation.folds}-fold cross-validation`,
			`labels: small ${evaluation.labels.small}, fit ${evaluation.labels.fit}, large ${evaluation.labels.large}`,
			'',
			`${'model'.padEnd(26)} small    fit   large  average AUC`,
			row('latent true size (1-LV)', evaluation.model),
			row('baseline: SKU class shares', evaluation.baseline)
		].join('\n')
	);
	console.log(
		JSON.stringify({
			name: 'size-fit-auc',
			data: name,
			transactions: evaluation.model.count,
			folds: evaluation.folds,
			averageAuc: evaluation.model.average,
			perClassAuc: evaluation.model.perClass,
			baselineAverageAuc: evaluation.baseline.average
		})
	);
}

export function registerSizeCommands(program: Command): void {
	const size = program.command('size').description('Size feedback and size recommendation');
	size
		.command('eval')
		.description(
			'Cross-validate the latent true-size model on fit feedback and print the average AUC over small/fit/large'
		)
		.option('--file <path>', 'fit feedback file (JSONL, CSV or JSON, optionally .gz)')
		.option('--format <name>', 'modcloth, renttherunway or canonical', 'canonical')
		.option('--demo <scale>', 'evaluate on the demo order lines instead of a file: small or full')
		.option('--folds <n>', 'number of cross-validation folds', '5')
		.action(async (options) => {
			const folds = Number(options.folds);
			if (!Number.isInteger(folds) || folds < 2) {
				throw usageError(`--folds must be a whole number of 2 or more, not "${options.folds}"`);
			}
			if (options.demo) {
				if (options.demo !== 'small' && options.demo !== 'full') {
					throw usageError(`--demo must be small or full, not "${options.demo}"`);
				}
				const observations = demoObservations(options.demo);
				printReport(`demo-${options.demo}`, crossValidateFit(observations, { folds }), 0);
				return;
			}
			const adapter = formats[options.format];
			if (!adapter) throw usageError(`--format must be modcloth, renttherunway or canonical`);
			if (!options.file) throw usageError('Give a file with --file <path>, or use --demo small');
			if (!existsSync(options.file)) throw usageError(`File not found: ${options.file}`);
			const filePath = path.resolve(options.file);
			const { observations, skipped } = await readObservations(filePath, adapter);
			if (observations.length < folds) {
				throw usageError(
					`${filePath} has ${observations.length} usable rows; need at least ${folds}`
				);
			}
			printReport(path.basename(filePath), crossValidateFit(observations, { folds }), skipped);
		});
}
