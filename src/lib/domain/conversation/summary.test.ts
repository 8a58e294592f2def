import { describe, expect, it } from 'vitest';
import { summarizeConversation, type MessageSignals } from './summary';

const rules = { risk: { highAbove: 3, mediumFrom: 1 }, negativeThreshold: 0.5 };
const t0 = Date.UTC(2025, 5, 1, 2, 0, 0);

function message(overrides: Partial<MessageSignals>): MessageSignals {
	return { sender: 'customer', sentAt: t0, negative: 0.1, negativeWordCount: 0, ...overrides };
}

describe('conversation summary', () => {
	it('counts only customer negative words for the risk level', () => {
		const summary = summarizeConversation(
			[
				message({ negativeWordCount: 2 }),
				message({ sender: 'agent', negativeWordCount: 5, sentAt: t0 + 20_000 }),
				message({ negativeWordCount: 2, sentAt: t0 + 60_000 })
			],
			rules
		);
		expect(summary.negativeWordCount).toBe(4);
		expect(summary.riskLevel).toBe('high');
	});

	it('measures first response to the first person, skipping bots', () => {
		const summary = summarizeConversation(
			[
				message({}),
				message({ sender: 'bot', sentAt: t0 + 2_000 }),
				message({ sender: 'agent', sentAt: t0 + 45_000 })
			],
			rules
		);
		expect(summary.firstResponseSeconds).toBe(45);
		expect(summary.botOnly).toBe(false);
	});

	it('marks a conversation answered only by a bot', () => {
		const summary = summarizeConversation(
			[message({}), message({ sender: 'bot', sentAt: t0 + 1_000 })],
			rules
		);
		expect(summary.botOnly).toBe(true);
		expect(summary.firstResponseSeconds).toBeNull();
	});

	it('keeps the model signal apart from the lexicon signal', () => {
		const summary = summarizeConversation(
			[message({ negative: 0.9, negativeWordCount: 0 }), message({ negative: 0.7 })],
			rules
		);
		expect(summary.riskLevel).toBe('low');
		expect(summary.customerNegative).toBeCloseTo(0.8);
		expect(summary.isNegative).toBe(true);
	});

	it('handles messages without timestamps', () => {
		const summary = summarizeConversation([message({ sentAt: null })], rules);
		expect(summary.startedAt).toBeNull();
		expect(summary.firstResponseSeconds).toBeNull();
	});
});
