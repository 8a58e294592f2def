import { describe, expect, it } from 'vitest';
import { complianceReport } from './compliance';
import type { CoverageConversation, Sender } from './conversation';
import { humanOnlyBlocks } from './humanOnlyHours';

const ZONE = 'Asia/Shanghai';
const blocks = humanOnlyBlocks([
	{ from: '10:00', to: '12:00' },
	{ from: '20:00', to: '22:00' }
]);

/** Shop-time 2026-11-<day> hh:mm:ss as epoch ms. */
function shop(day: number, clock: string): number {
	const [h, m, s] = clock.split(':').map(Number);
	return Date.UTC(2026, 10, day, h - 8, m, s);
}

function conversation(
	id: string,
	day: number,
	turns: Array<[Sender, string]>
): CoverageConversation {
	const messages = turns.map(([sender, clock]) => ({ sender, sentAtMs: shop(day, clock) }));
	return { conversationId: id, startedAtMs: messages[0].sentAtMs, riskLevel: 'low', messages };
}

describe('complianceReport', () => {
	it.each([
		[
			'person reply inside the block',
			[
				['customer', '20:00:00'],
				['agent', '20:00:20']
			],
			1,
			0,
			0
		],
		[
			'bot reply inside the block',
			[
				['customer', '21:59:59'],
				['bot', '22:00:02']
			],
			0,
			1,
			0
		],
		[
			'message one second before the block',
			[
				['customer', '19:59:59'],
				['bot', '20:00:01']
			],
			0,
			0,
			0
		],
		[
			'message at the block end',
			[
				['customer', '22:00:00'],
				['bot', '22:00:02']
			],
			0,
			0,
			0
		],
		['closing message without reply', [['customer', '10:30:00']], 0, 0, 1],
		[
			'two customer messages share one reply',
			[
				['customer', '11:00:00'],
				['customer', '11:00:10'],
				['bot', '11:00:12']
			],
			0,
			2,
			0
		],
		[
			'bot then a person after the transfer',
			[
				['customer', '11:00:00'],
				['bot', '11:00:02'],
				['customer', '11:00:30'],
				['bot', '11:00:31'],
				['agent', '11:01:00']
			],
			0,
			2,
			0
		]
	] as Array<[string, Array<[Sender, string]>, number, number, number]>)(
		'counts %s',
		(_, turns, person, bot, unanswered) => {
			const { total } = complianceReport([conversation('C1', 3, turns)], blocks, ZONE);
			expect(total.person).toBe(person);
			expect(total.bot).toBe(bot);
			expect(total.unanswered).toBe(unanswered);
		}
	);

	it('shares exclude unanswered messages and are null without replies', () => {
		const report = complianceReport(
			[
				conversation('C1', 3, [
					['customer', '10:05:00'],
					['agent', '10:05:30'],
					['customer', '10:10:00']
				]),
				conversation('C2', 3, [
					['customer', '10:20:00'],
					['bot', '10:20:02']
				]),
				conversation('C3', 3, [
					['customer', '15:00:00'],
					['bot', '15:00:02']
				])
			],
			blocks,
			ZONE
		);
		expect(report.total.compliance).toBe(0.5);
		expect(complianceReport([], blocks, ZONE).total.compliance).toBeNull();
	});

	it('splits by shop-time hour, day and cell', () => {
		const report = complianceReport(
			[
				conversation('C1', 3, [
					['customer', '10:05:00'],
					['agent', '10:05:30']
				]),
				conversation('C2', 3, [
					['customer', '21:20:00'],
					['bot', '21:20:02']
				]),
				conversation('C3', 4, [
					['customer', '21:40:00'],
					['agent', '21:40:30']
				])
			],
			blocks,
			ZONE
		);
		expect(report.byHour.map(({ hour, compliance }) => [hour, compliance])).toEqual([
			[10, 1],
			[21, 0.5]
		]);
		expect(report.byRow.map(({ row, compliance }) => [row, compliance])).toEqual([
			['2026-11-03', 0.5],
			['2026-11-04', 1]
		]);
		expect(report.cells.map(({ row, hour, bot }) => [row, hour, bot])).toEqual([
			['2026-11-03', 10, 0],
			['2026-11-03', 21, 1],
			['2026-11-04', 21, 0]
		]);
	});

	it('groups rows by month when asked', () => {
		const report = complianceReport(
			[
				conversation('C1', 3, [
					['customer', '10:05:00'],
					['agent', '10:05:30']
				])
			],
			blocks,
			ZONE,
			'month'
		);
		expect(report.byRow.map(({ row }) => row)).toEqual(['2026-11']);
	});

	it('lists each violating conversation once with its first bot-answered message', () => {
		const report = complianceReport(
			[
				conversation('C2', 5, [
					['customer', '20:10:00'],
					['bot', '20:10:02'],
					['customer', '20:11:00'],
					['bot', '20:11:01']
				]),
				conversation('C1', 3, [
					['customer', '10:10:00'],
					['bot', '10:10:02']
				]),
				conversation('C3', 3, [
					['customer', '10:15:00'],
					['agent', '10:15:20']
				])
			],
			blocks,
			ZONE
		);
		expect(report.violations).toEqual([
			{ conversationId: 'C1', customerSentAtMs: shop(3, '10:10:00'), botAnswered: 1 },
			{ conversationId: 'C2', customerSentAtMs: shop(5, '20:10:00'), botAnswered: 2 }
		]);
	});

	it('counts a block across midnight on the day each message falls on', () => {
		const overnight = humanOnlyBlocks([{ from: '23:00', to: '01:00' }]);
		const report = complianceReport(
			[
				conversation('C1', 3, [
					['customer', '23:59:59'],
					['bot', '23:59:59']
				]),
				conversation('C2', 4, [
					['customer', '00:00:00'],
					['agent', '00:00:30']
				]),
				conversation('C3', 4, [
					['customer', '01:00:00'],
					['bot', '01:00:02']
				])
			],
			overnight,
			ZONE
		);
		expect(report.byRow.map(({ row, person, bot }) => [row, person, bot])).toEqual([
			['2026-11-03', 0, 1],
			['2026-11-04', 1, 0]
		]);
	});
});
