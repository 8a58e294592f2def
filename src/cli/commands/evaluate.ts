import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import {
	scoreDialogue,
	spearman,
	type ScoredTurn
} from '../../lib/domain/quality/dialogueScore.js';
import { countNegativeWords, type Lexicon } from '../../lib/domain/risk/lexicon.js';
import type { Settings } from '../../lib/domain/settings.js';
import { usageError } from '../../lib/server/errors.js';
import { readByExtension } from '../../lib/server/import/adapters.js';
import { openText } from '../../lib/server/import/source.js';
import { loadLexicon } from '../../lib/server/lexicon.js';
import { createLogger } from '../../lib/server/log.js';
import type { SentimentClassifier } from '../../lib/server/analysis/types.js';
import { createSentimentModel } from '../../lib/server/sentiment/index.js';
import { loadSettings } from '../../lib/server/settings.js';
import { progress } from '../progress.js';

const logger = createLogger('evaluate');
const CLASSIFY_BATCH = 256;
const MAX_SHOWN_PROBLEMS = 10;
const TARGETS = ['S', 'A', 'E'] as const;
type Target = (typeof TARGETS)[number];

interface Dialogue {
	id: string;
	turns: Array<{ sender: 'customer' | 'agent'; text: string }>;
	/** Mean of the annotators' scores, each −2..2. */
	targets: Record<Target, number | null>;
}

const senders: Record<string, 'customer' | 'agent'> = { customer: 'customer', helpdesk: 'agent' };

function mean(values: number[]): number | null {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Parses one STC-3 dialogue, or returns why it cannot be used. */
export function parseDialogue(value: Record<string, unknown>): Dialogue | string {
	const id = value.id;
	if (typeof id !== 'string' && typeof id !== 'number') return 'id: is missing';
	if (!Array.isArray(value.turns) || value.turns.length === 0) {
		return 'turns: must be a non-empty list of {sender, utterances}';
	}
	const turns: Dialogue['turns'] = [];
	for (const [index, turn] of (value.turns as Array<Record<string, unknown>>).entries()) {
		const sender = senders[String(turn?.sender)];
		if (!sender)
			return `turns.${index}.sender: "${String(turn?.sender)}" must be customer or helpdesk`;
		const utterances = Array.isArray(turn.utterances) ? turn.utterances : [];
		const text = utterances
			.filter((u): u is string => typeof u === 'string')
			.join('\n')
			.trim();
		if (text) turns.push({ sender, text });
	}
	if (turns.length === 0) return 'turns: no utterance has text';
	const annotations = Array.isArray(value.annotations) ? value.annotations : [];
	const scores = (key: Target) =>
		mean(
			annotations
				.map((a) => (a as { quality?: Record<string, unknown> })?.quality?.[key])
				.filter((v): v is number => typeof v === 'number')
		);
	const targets = { S: scores('S'), A: scores('A'), E: scores('E') };
	if (targets.S === null) return 'annotations: no quality.S score to compare against';
	return { id: String(id), turns, targets };
}

async function readDialogues(file: string) {
	const dialogues: Dialogue[] = [];
	const problems: string[] = [];
	const source = await openText(file);
	for await (const row of readByExtension(source, file)) {
		if ('error' in row) {
			problems.push(`line ${row.line}: ${row.error}`);
			continue;
		}
		const parsed = parseDialogue(row.value);
		if (typeof parsed === 'string') problems.push(`line ${row.line}: ${parsed}`);
		else dialogues.push(parsed);
	}
	return { dialogues, problems };
}

export interface Stc3Evaluation {
	dialogues: number;
	rejected: number;
	problems: string[];
	modelVersion: string;
	/** Spearman ρ and pair count of each Seam signal against each annotator score. */
	correlations: Record<string, Record<Target, { rho: number | null; n: number }>>;
}

/**
 * Scores every dialogue of an STC-3 file with Seam's model and rules and correlates the
 * scores with the annotators' mean S, A and E. Writes nothing to the graph.
 */
export async function evaluateStc3(
	file: string,
	deps: {
		model: SentimentClassifier;
		lexicon: Lexicon;
		settings: Settings;
		onProgress?: (done: number, total: number) => void;
	}
): Promise<Stc3Evaluation> {
	const { dialogues, problems } = await readDialogues(file);
	const texts = dialogues.flatMap((dialogue) => dialogue.turns.map((turn) => turn.text));
	const negatives: number[] = [];
	for (let start = 0; start < texts.length; start += CLASSIFY_BATCH) {
		const scores = await deps.model.classify(texts.slice(start, start + CLASSIFY_BATCH));
		negatives.push(...scores.map((score) => score.negative));
		deps.onProgress?.(negatives.length, texts.length);
	}
	let next = 0;
	const scores = dialogues.map((dialogue) => {
		const turns: ScoredTurn[] = dialogue.turns.map((turn) => ({
			...turn,
			negative: negatives[next++],
			negativeWordCount:
				turn.sender === 'customer' ? countNegativeWords(deps.lexicon.match(turn.text)) : 0
		}));
		return scoreDialogue(turns, deps.settings.replyQuality);
	});
	const signals = {
		replyQuality: scores.map((s) => s.replyQuality),
		predictedSatisfaction: scores.map((s) => s.predictedSatisfaction),
		// Negated, so that a positive ρ means "agrees with the annotators" for every signal.
		fewerNegativeWords: scores.map((s) => -s.negativeWordCount)
	};
	const correlations: Stc3Evaluation['correlations'] = {};
	for (const [name, values] of Object.entries(signals)) {
		const byTarget = {} as Record<Target, { rho: number | null; n: number }>;
		for (const target of TARGETS) {
			byTarget[target] = spearman(
				values,
				dialogues.map((dialogue) => dialogue.targets[target])
			);
		}
		correlations[name] = byTarget;
	}
	return {
		dialogues: dialogues.length,
		rejected: problems.length,
		problems,
		modelVersion: deps.model.version,
		correlations
	};
}

const formatRho = (rho: number | null) => (rho === null ? '—' : rho.toFixed(3));

/** Prints the readable table, then one JSON line with the figures. */
export function printStc3Evaluation(file: string, result: Stc3Evaluation): void {
	console.log(`STC-3 evaluation of ${file}`);
	console.log(
		`${result.dialogues} dialogues scored, ${result.rejected} rejected, model ${result.modelVersion}`
	);
	for (const problem of result.problems.slice(0, MAX_SHOWN_PROBLEMS))
		console.log(`  rejected ${problem}`);
	console.log('');
	console.log(
		`${'Spearman ρ against annotators'.padEnd(32)}${TARGETS.map((t) => t.padStart(8)).join('')}      n`
	);
	for (const [name, byTarget] of Object.entries(result.correlations)) {
		const cells = TARGETS.map((target) => formatRho(byTarget[target].rho).padStart(8)).join('');
		console.log(`${name.padEnd(32)}${cells}${String(byTarget.S.n).padStart(7)}`);
	}
	const figures = Object.fromEntries(
		Object.entries(result.correlations).map(([name, byTarget]) => [
			name,
			Object.fromEntries(TARGETS.map((target) => [target, byTarget[target].rho]))
		])
	);
	console.log(
		JSON.stringify({
			name: 'stc3-correlation',
			dialogues: result.dialogues,
			rejected: result.rejected,
			model: result.modelVersion,
			spearman: figures
		})
	);
}

export function registerEvaluateCommands(program: Command): void {
	// Other evaluations may register under `eval` too, so reuse the command if it exists.
	const evaluate =
		program.commands.find((command) => command.name() === 'eval') ??
		program
			.command('eval')
			.description("Check Seam's scores against people's judgements in a labelled data file");
	evaluate
		.command('stc3 <file>')
		.description(
			'Spearman correlation of reply quality and predicted satisfaction with the mean A/S/E ' +
				'scores of NTCIR-14 STC-3 DCH-1 dialogues (JSON array or JSON Lines, optionally .gz)'
		)
		.action(async (file: string) => {
			if (!existsSync(file)) throw usageError(`File not found: ${file}`);
			const model = await createSentimentModel({ logger });
			const bar = progress('turns');
			try {
				const result = await evaluateStc3(file, {
					model,
					lexicon: loadLexicon(),
					settings: loadSettings(),
					onProgress: (done, total) => bar.update(done, total)
				});
				bar.stop();
				printStc3Evaluation(file, result);
			} finally {
				bar.stop();
				await model.close();
			}
		});
}
