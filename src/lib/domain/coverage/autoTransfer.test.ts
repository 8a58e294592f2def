import { describe, expect, it } from 'vitest';
import { isComplexIssue, transferReport } from './autoTransfer';
import { handlingOf, type CoverageConversation, type Sender } from './conversation';
import { weekKey } from './zonedClock';

const DAY_MS = 86_400_000;
const MONDAY = Date.UTC(2026, 10, 2, 2); // 10:00 shop time on Monday 2 November 2026

function conversation(
	id: string,
	senders: Sender[],
	riskLevel: CoverageConversation['riskLevel'],
	startedAtMs = MONDAY
): CoverageConversation {
	const messages = senders.map((sender, i) => ({ sender, sentAtMs: startedAtMs + i * 10_000 }));
	return { conversationId: id, startedAtMs, riskLevel, messages };
}

describe('handlingOf', () => {
	it.each([
		[['customer', 'bot'], 'bot'],
		[['customer', 'bot', 'customer', 'bot'], 'bot'],
		[['customer', 'bot', 'customer', 'bot', 'agent'], 'transfer'],
		[['customer', 'agent', 'customer', 'bot'], 'agent'],
		[['customer', 'agent'], 'agent'],
		[['customer'], 'unanswered']
	] as Array<[Sender[], string]>)('reads %j as %s', (senders, expected) => {
		expect(handlingOf(conversation('C', senders, 'low'))).toBe(expected);
	});
});

describe('isComplexIssue', () => {
	it.each([
		['high', true],
		['medium', true],
		['low', false],
		[null, false]
	] as const)('risk level %s', (riskLevel, expected) => {
		expect(isComplexIssue({ riskLevel })).toBe(expected);
	});
});

describe('transferReport', () => {
	const transfer: Sender[] = ['customer', 'bot', 'customer', 'bot', 'agent'];
	const direct: Sender[] = ['customer', 'agent'];

	it('divides transferred complex issues by all complex issues', () => {
		const report = transferReport(
			[
				conversation('C1', transfer, 'high'),
				conversation('C2', direct, 'medium'),
				conversation('C3', direct, 'medium'),
				conversation('C4', ['customer', 'bot'], 'medium'),
				conversation('C5', transfer, 'low')
			],
			0.15,
			() => 'all'
		);
		expect(report.total).toEqual({ complex: 4, transferred: 1, share: 0.25, aboveCap: true });
	});

	it.each([
		['at the cap', 3, 17, false],
		['above the cap', 4, 16, true],
		['without complex issues', 0, 0, false]
	])('flags the cap %s', (_, transferred, direct_, aboveCap) => {
		const conversations = [
			...Array.from({ length: transferred }, (_, i) => conversation(`T${i}`, transfer, 'high')),
			...Array.from({ length: direct_ }, (_, i) => conversation(`D${i}`, direct, 'high'))
		];
		expect(transferReport(conversations, 0.15, () => 'all').total.aboveCap).toBe(aboveCap);
	});

	it('buckets by shop-time week, oldest first', () => {
		const report = transferReport(
			[
				conversation('C1', transfer, 'high', MONDAY + 7 * DAY_MS),
				conversation('C2', direct, 'high', MONDAY),
				conversation('C3', transfer, 'high', MONDAY + DAY_MS)
			],
			0.15,
			(ms) => weekKey(ms, 'Asia/Shanghai')
		);
		expect(
			report.buckets.map(({ bucket, complex, transferred }) => [bucket, complex, transferred])
		).toEqual([
			['2026-11-02', 2, 1],
			['2026-11-09', 1, 1]
		]);
	});
});
