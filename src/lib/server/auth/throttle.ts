import {
	addFailure,
	lockedUntilMs,
	type FailureRecord,
	type ThrottlePolicy
} from '../../domain/auth/throttle.js';

/** Five wrong passwords, then 30 s, 60 s, 120 s … up to an hour between tries. */
export const accountPolicy: ThrottlePolicy = {
	freeFailures: 5,
	baseLockoutMs: 30_000,
	maxLockoutMs: 3_600_000,
	forgetAfterMs: 24 * 3_600_000
};

/**
 * One address may guess more often, because an office behind one NAT address shares it, but
 * it is still slowed down when it tries many accounts.
 */
export const addressPolicy: ThrottlePolicy = {
	freeFailures: 20,
	baseLockoutMs: 30_000,
	maxLockoutMs: 3_600_000,
	forgetAfterMs: 3_600_000
};

/** Keeps memory bounded when an attacker sends many distinct usernames or addresses. */
const MAX_KEYS = 50_000;

/**
 * Counts failed sign-ins per account and per client address and locks a key out
 * exponentially once it passes its free failures.
 *
 * NOTE: the counts live in this process's memory, so a restart clears them. Several web
 * processes behind a load balancer would each count separately, so move the counts into Neo4j
 * when Seam runs more than one web process.
 */
export class LoginThrottle {
	private readonly accounts = new Map<string, FailureRecord>();
	private readonly addresses = new Map<string, FailureRecord>();

	constructor(private readonly now: () => number = Date.now) {}

	/** Milliseconds until this username or address may try again, or 0 when it may now. */
	retryAfterMs(username: string, address: string): number {
		const nowMs = this.now();
		const until = Math.max(
			lockedUntilMs(this.accounts.get(username), accountPolicy, nowMs),
			lockedUntilMs(this.addresses.get(address), addressPolicy, nowMs)
		);
		return until > 0 ? until - nowMs : 0;
	}

	recordFailure(username: string, address: string): void {
		const nowMs = this.now();
		remember(
			this.accounts,
			username,
			addFailure(this.accounts.get(username), accountPolicy, nowMs)
		);
		remember(
			this.addresses,
			address,
			addFailure(this.addresses.get(address), addressPolicy, nowMs)
		);
	}

	/**
	 * Clears the account's count. The address keeps its count, so an attacker cannot reset it by
	 * signing in to an account of their own between guesses.
	 */
	recordSuccess(username: string): void {
		this.accounts.delete(username);
	}
}

function remember(map: Map<string, FailureRecord>, key: string, record: FailureRecord): void {
	map.delete(key);
	map.set(key, record);
	// Maps iterate in insertion order, so the first key is the one that failed longest ago.
	if (map.size > MAX_KEYS) map.delete(map.keys().next().value as string);
}

/** The web server's one throttle, shared by every sign-in request. */
export const sharedLoginThrottle = new LoginThrottle();
