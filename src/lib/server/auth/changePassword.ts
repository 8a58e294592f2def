import type { Graph } from '../graph/graph.js';
import { verifyPassword } from './password.js';
import { createSession, type SessionUser } from './sessions.js';
import type { LoginThrottle } from './throttle.js';
import { findUserForSignIn, setPassword } from './users.js';

export type ChangePasswordResult =
	| { ok: true; sessionId: string; expiresAtMs: number }
	| { ok: false; reason: 'wrongPassword' | 'locked' };

/**
 * Changes the signed-in user's own password after checking the current one. All sessions of
 * the account end, including ones a thief may hold, and a fresh session replaces this one.
 * Wrong current passwords count towards the sign-in lockout, so a stolen session cannot be
 * used to guess the password.
 */
export async function changeOwnPassword(
	graph: Graph,
	throttle: LoginThrottle,
	user: SessionUser,
	request: { currentPassword: string; newPassword: string; address: string }
): Promise<ChangePasswordResult> {
	if (throttle.retryAfterMs(user.username, request.address) > 0)
		return { ok: false, reason: 'locked' };
	const account = await findUserForSignIn(graph, user.username);
	if (!account || !(await verifyPassword(account.passwordHash, request.currentPassword))) {
		throttle.recordFailure(user.username, request.address);
		return { ok: false, reason: 'wrongPassword' };
	}
	await setPassword(graph, user.username, request.newPassword, user.username);
	return { ok: true, ...(await createSession(graph, user.userId)) };
}
