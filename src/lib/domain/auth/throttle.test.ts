import { describe, expect, it } from 'vitest';
import { addFailure, lockedUntilMs, lockoutMs, type ThrottlePolicy } from './throttle.js';

const policy: ThrottlePolicy = {
	freeFailures: 5,
	baseLockoutMs: 30_000,
	maxLockoutMs: 3_600_000,
	forgetAfterMs: 86_400_000
};

describe('lockoutMs', () => {
	it.each([
		{ failures: 0, expected: 0 },
		{ failures: 4, expected: 0 },
		{ failures: 5, expected: 30_000 },
		{ failures: 6, expected: 60_000 },
		{ failures: 8, expected: 240_000 },
		{ failures: 20, expected: 3_600_000 },
		{ failures: 10_000, expected: 3_600_000 }
	])('$failures failures lock for $expected ms', ({ failures, expected }) => {
		expect(lockoutMs(failures, policy)).toBe(expected);
	});
});

describe('lockedUntilMs', () => {
	it('fifth failure locks the key', () => {
		let record = undefined;
		for (let i = 0; i < 5; i++) record = addFailure(record, policy, 1_000);
		expect(lockedUntilMs(record, policy, 1_000)).toBe(31_000);
		expect(lockedUntilMs(record, policy, 31_000)).toBe(0);
	});

	it('old failures are forgotten', () => {
		let record = undefined;
		for (let i = 0; i < 9; i++) record = addFailure(record, policy, 0);
		const later = policy.forgetAfterMs + 1;
		expect(lockedUntilMs(record, policy, later)).toBe(0);
		expect(addFailure(record, policy, later).failures).toBe(1);
	});
});
