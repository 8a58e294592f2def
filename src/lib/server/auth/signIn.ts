import { MAX_PASSWORD_LENGTH, usernameSchema } from '../../domain/auth/accounts.js';
import { audit } from '../audit/audit.js';
import type { Graph } from '../graph/graph.js';
import { spendVerifyTime, verifyPassword } from './password.js';
import { createSession, deleteExpiredSessions, type SessionUser } from './sessions.js';
import type { LoginThrottle } from './throttle.js';
import { findUserForSignIn } from './users.js';

export type SignInResult =
	| { ok: true; user: SessionUser; sessionId: string; expiresAtMs: number }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; retryAfterSeconds: number };

export interface SignInRequest {
	username: string;
	password: string;
	/** Client address, for the per-address throttle and the audit log. */
	address: string;
}

/**
 * Checks a username and password and starts a session. Unknown usernames, wrong passwords and
 * disabled accounts all fail the same way, and every failure counts towards the lockout of
 * both the account and the address.
 */
export async function signIn(
	graph: Graph,
	throttle: LoginThrottle,
	request: SignInRequest,
	nowMs = Date.now()
): Promise<SignInResult> {
	const parsedName = usernameSchema.safeParse(request.username);
	const username = parsedName.success ? parsedName.data : request.username.slice(0, 64);
	const retryAfterMs = throttle.retryAfterMs(username, request.address);
	if (retryAfterMs > 0) {
		return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
	}

	const password = request.password.slice(0, MAX_PASSWORD_LENGTH + 1);
	const user = await findUserForSignIn(graph, username);
	const valid = user
		? !user.disabled &&
			password.length <= MAX_PASSWORD_LENGTH &&
			(await verifyPassword(user.passwordHash, password))
		: (await spendVerifyTime(password), false);

	if (!user || !valid) {
		throttle.recordFailure(username, request.address);
		await audit(graph, {
			actor: 'anonymous',
			action: 'auth.sign_in_failed',
			target: username,
			details: { address: request.address, known: Boolean(user), disabled: user?.disabled ?? false }
		});
		return { ok: false, reason: 'invalid' };
	}

	throttle.recordSuccess(username);
	await deleteExpiredSessions(graph, nowMs);
	const session = await createSession(graph, user.userId, nowMs);
	await audit(graph, {
		actor: user.username,
		action: 'auth.sign_in',
		target: user.username,
		details: { address: request.address }
	});
	const sessionUser: SessionUser = {
		userId: user.userId,
		username: user.username,
		role: user.role,
		agentId: user.agentId
	};
	return { ok: true, user: sessionUser, ...session };
}
