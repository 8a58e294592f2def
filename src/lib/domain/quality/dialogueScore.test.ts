import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { scoreDialogue, spearman, type ScoredTurn } from './dialogueScore';

const rules = defaultSettings.replyQuality;
const turn = (
	sender: ScoredTurn['sender'],
	text: string,
	negative: number,
	words = 0
): ScoredTurn => ({
	sender,
	text,
	negative,
	negativeWordCount: words
});

describe('scoreDialogue', () => {
	const scores = scoreDialogue(
		[
			turn('customer', '太差了', 0.9, 1),
			turn('agent', '抱歉，立即处理，补偿方案', 0),
			turn('customer', '投诉', 0.8, 1),
			turn('agent', '好的', 0.5),
			turn('customer', '谢谢', 0.1)
		],
		rules
	);

	it('averages the reply scores', () => {
		expect(scores.replyQuality).toBeCloseTo((1 + 0.3) / 2, 10);
	});

	it('reads satisfaction from the last customer turn', () => {
		expect(scores.predictedSatisfaction).toBeCloseTo(0.9, 10);
	});

	it('counts negative words of the customer', () => {
		expect(scores.negativeWordCount).toBe(2);
	});

	it('has no reply quality without replies', () => {
		expect(scoreDialogue([turn('customer', 'x', 0.2)], rules).replyQuality).toBeNull();
	});
});

describe('spearman', () => {
	it('is 1 for the same order', () => {
		expect(spearman([1, 2, 3, 4], [10, 20, 30, 50]).rho).toBeCloseTo(1, 10);
	});

	it('is -1 for the reverse order', () => {
		expect(spearman([1, 2, 3, 4], [4, 3, 2, 1]).rho).toBeCloseTo(-1, 10);
	});

	it('skips unknown values', () => {
		const result = spearman([1, null, 3, 4, 5], [1, 9, 3, 4, 5]);
		expect(result.n).toBe(4);
		expect(result.rho).toBeCloseTo(1, 10);
	});

	it('is null for a constant side', () => {
		expect(spearman([1, 2, 3], [1, 1, 1]).rho).toBeNull();
	});
});
