import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/domain/settings.js';
import { loadLexicon } from '../../lib/server/lexicon.js';
import { createLogger } from '../../lib/server/log.js';
import { createSentimentModel, type SentimentModel } from '../../lib/server/sentiment/index.js';
import { evaluateStc3, parseDialogue, type Stc3Evaluation } from './evaluate.js';

const datasets = process.env.SEAM_DATASETS;
const sample = datasets
	? path.join(datasets, 'stc3-dch1-customer-helpdesk', 'train_data_cn.sample200.jsonl')
	: '';

describe('parseDialogue', () => {
	const turns = [
		{ sender: 'customer', utterances: ['太差了'] },
		{ sender: 'helpdesk', utterances: ['抱歉', '立即处理'] }
	];
	const annotations = [{ quality: { A: 1, S: 0, E: 2 } }, { quality: { A: 0, S: -1, E: 1 } }];

	it('averages the annotators', () => {
		const dialogue = parseDialogue({ id: 7, turns, annotations });
		expect(dialogue).toMatchObject({ id: '7', targets: { A: 0.5, S: -0.5, E: 1.5 } });
	});

	it('joins the utterances of a turn', () => {
		const dialogue = parseDialogue({ id: 7, turns, annotations });
		expect(typeof dialogue !== 'string' && dialogue.turns[1]).toEqual({
			sender: 'agent',
			text: '抱歉\n立即处理'
		});
	});

	it.each([
		['a missing id', { turns, annotations }, 'id: is missing'],
		['an unknown sender', { id: 1, turns: [{ sender: 'bot' }], annotations }, 'turns.0.sender'],
		['no S score', { id: 1, turns, annotations: [] }, 'annotations: no quality.S']
	])('rejects %s', (_name, value, message) => {
		expect(parseDialogue(value)).toContain(message);
	});
});

describe.skipIf(!datasets)('evaluateStc3 on the 200-dialogue sample', () => {
	let model: SentimentModel;
	let result: Stc3Evaluation;

	beforeAll(async () => {
		model = await createSentimentModel({ logger: createLogger('test') });
		result = await evaluateStc3(sample, {
			model,
			lexicon: loadLexicon(),
			settings: defaultSettings
		});
	}, 300_000);
	afterAll(async () => {
		await model?.close();
	});

	it('scores every dialogue', () => {
		expect(result.dialogues).toBe(200);
		expect(result.rejected).toBe(0);
	});

	it('finds predicted satisfaction agreeing with annotators', () => {
		expect(result.correlations.predictedSatisfaction.S.rho).toBeGreaterThan(0.3);
	});

	it('correlates every signal on every pair', () => {
		for (const byTarget of Object.values(result.correlations)) {
			expect(byTarget.S.n).toBe(200);
			expect(byTarget.S.rho).not.toBeNull();
		}
	});
});

if (!datasets) console.warn('SEAM_DATASETS is not set: skipping the STC-3 sample evaluation');
