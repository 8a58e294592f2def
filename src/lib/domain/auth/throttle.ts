/** How many failed sign-ins a key (an account or an address) gets before it is locked out. */
export interface ThrottlePolicy {
	/** Failures allowed before the first lockout. */
	freeFailures: number;
	/** Lockout after the first failure past the free ones; each further failure doubles it. */
	baseLockoutMs: number;
	maxLockoutMs: number;
	/** A key with no failure for this long starts again from zero. */
	forgetAfterMs: number;
}

export interface FailureRecord {
	failures: number;
	lastFailureMs: number;
}

/** Lockout that follows the `failures`-th consecutive failure: zero, then exponential. */
export function lockoutMs(failures: number, policy: ThrottlePolicy): number {
	if (failures < policy.freeFailures) return 0;
	const doublings = failures - policy.freeFailures;
	return Math.min(policy.maxLockoutMs, policy.baseLockoutMs * 2 ** Math.min(doublings, 30));
}

/** Epoch ms until which the key is locked, or 0 when it may try now. */
export function lockedUntilMs(
	record: FailureRecord | undefined,
	policy: ThrottlePolicy,
	nowMs: number
): number {
	if (!record || nowMs - record.lastFailureMs > policy.forgetAfterMs) return 0;
	const until = record.lastFailureMs + lockoutMs(record.failures, policy);
	return until > nowMs ? until : 0;
}

/** Returns the record after one more failure at `nowMs`, forgetting failures that are too old. */
export function addFailure(
	record: FailureRecord | undefined,
	policy: ThrottlePolicy,
	nowMs: number
): FailureRecord {
	const stale = !record || nowMs - record.lastFailureMs > policy.forgetAfterMs;
	return { failures: stale ? 1 : record.failures + 1, lastFailureMs: nowMs };
}
