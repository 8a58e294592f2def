import { describe, expect, it } from 'vitest';
import { violationsCsv } from './violationsCsv';

describe('violationsCsv', () => {
	it('writes one row per conversation in shop time with its link', () => {
		const csv = violationsCsv(
			[
				{
					conversationId: 'CV000042',
					customerSentAtMs: Date.UTC(2026, 10, 3, 12, 0, 5),
					botAnswered: 2
				}
			],
			'Asia/Shanghai'
		);
		expect(csv).toBe(
			'conversationId,customerSentAt,timeZone,botAnswered,link\r\n' +
				'CV000042,2026-11-03 20:00:05,Asia/Shanghai,2,/conversations/CV000042\r\n'
		);
	});

	it('writes only the header without violations', () => {
		expect(violationsCsv([], 'UTC')).toBe(
			'conversationId,customerSentAt,timeZone,botAnswered,link\r\n'
		);
	});
});
