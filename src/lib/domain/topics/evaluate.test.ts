import { describe, expect, it } from 'vitest';
import { evaluateTagging } from './evaluate';

describe('evaluateTagging', () => {
	it('counts hits, false alarms and misses per topic', () => {
		const result = evaluateTagging(
			[
				{ truth: ['size'], predicted: ['size'] },
				{ truth: ['size'], predicted: ['size', 'exchange'] },
				{ truth: ['exchange'], predicted: [] },
				{ truth: ['price'], predicted: ['price'] }
			],
			['size', 'exchange', 'price', 'membership']
		);
		const byTopic = Object.fromEntries(result.perTopic.map((row) => [row.topicId, row]));
		expect(byTopic.size).toMatchObject({ support: 2, precision: 1, recall: 1 });
		expect(byTopic.exchange).toMatchObject({
			truePositives: 0,
			falsePositives: 1,
			falseNegatives: 1
		});
		expect(byTopic.exchange.precision).toBe(0);
		expect(byTopic.membership.precision).toBeNull();
		expect(result.microPrecision).toBe(3 / 4);
		expect(result.microRecall).toBe(3 / 4);
	});
});
