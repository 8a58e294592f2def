import { describe, expect, it } from 'vitest';
import {
	breachedAt,
	detectHighRisk,
	escalationStatus,
	isServiceArtist,
	pickupDeadline,
	pickupFromTranscript,
	type EscalationMessage
} from './escalation';

const T0 = Date.UTC(2026, 10, 1, 2, 0, 0);
const MINUTE = 60_000;

function customer(minute: number, words: number): EscalationMessage {
	return {
		sender: 'customer',
		sentAt: T0 + minute * MINUTE,
		negativeWordCount: words,
		agentId: null
	};
}

function agent(minute: number, agentId: string): EscalationMessage {
	return { sender: 'agent', sentAt: T0 + minute * MINUTE, negativeWordCount: 0, agentId };
}

describe('detectHighRisk', () => {
	it('returns the message that crosses the threshold', () => {
		const messages = [customer(0, 2), agent(1, 'A1'), customer(2, 1), customer(3, 1)];
		expect(detectHighRisk(messages, 3)).toEqual({ at: T0 + 3 * MINUTE, index: 3 });
	});

	it('ignores agent words', () => {
		const messages = [customer(0, 3), { ...agent(1, 'A1'), negativeWordCount: 5 }];
		expect(detectHighRisk(messages, 3)).toBeNull();
	});

	it('reports an unknown time', () => {
		const messages = [{ ...customer(0, 4), sentAt: null }];
		expect(detectHighRisk(messages, 3)).toEqual({ at: null, index: 0 });
	});
});

describe('escalationStatus with a fixed clock', () => {
	const deadlineAt = pickupDeadline(T0, 30);
	const cases: Array<[string, number | null, number, string]> = [
		['open before the deadline', null, T0 + 29 * MINUTE, 'open'],
		['open at the deadline', null, deadlineAt, 'open'],
		['breached after the deadline', null, deadlineAt + 1, 'breached'],
		['claimed in time', T0 + 12 * MINUTE, T0 + 90 * MINUTE, 'claimed'],
		['claimed late', deadlineAt + MINUTE, T0 + 90 * MINUTE, 'breached']
	];
	it.each(cases)('is %s', (_name, claimedAt, now, expected) => {
		expect(escalationStatus({ deadlineAt, claimedAt }, now)).toBe(expected);
	});

	it('puts the deadline 30 minutes after detection', () => {
		expect(deadlineAt - T0).toBe(30 * MINUTE);
	});

	it('dates a breach at the deadline', () => {
		expect(breachedAt({ deadlineAt, claimedAt: null }, deadlineAt + 5)).toBe(deadlineAt);
		expect(breachedAt({ deadlineAt, claimedAt: null }, deadlineAt - 5)).toBeNull();
	});
});

describe('pickupFromTranscript', () => {
	const certified = new Set(['S1', 'H1']);
	const isCertified = (id: string) => certified.has(id);

	it('takes the first new certified agent after detection', () => {
		const messages = [customer(0, 4), agent(5, 'J1'), agent(14, 'S1')];
		expect(pickupFromTranscript(messages, { at: T0, index: 0 }, isCertified)).toEqual({
			agentId: 'S1',
			at: T0 + 14 * MINUTE
		});
	});

	it('does not count the handler answering on', () => {
		const messages = [agent(0, 'H1'), customer(1, 4), agent(2, 'H1')];
		const detection = { at: T0 + MINUTE, index: 1 };
		expect(pickupFromTranscript(messages, detection, isCertified)).toBeNull();
	});

	it('does not count a handler who first replies after detection', () => {
		const messages = [customer(0, 4), agent(9, 'H1'), agent(20, 'S1')];
		expect(pickupFromTranscript(messages, { at: T0, index: 0 }, isCertified)?.agentId).toBe('S1');
	});

	it('returns null without a certified reply', () => {
		const messages = [customer(0, 4), agent(3, 'J1')];
		expect(pickupFromTranscript(messages, { at: T0, index: 0 }, isCertified)).toBeNull();
	});
});

describe('isServiceArtist', () => {
	it.each([
		['artist-gold', true],
		['artist-silver', true],
		[null, false],
		['trainee', false]
	])('%s may take escalations: %s', (certification, expected) => {
		expect(isServiceArtist(certification)).toBe(expected);
	});
});
