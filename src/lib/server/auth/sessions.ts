import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../domain/auth/roles.js';
import type { Graph } from '../graph/graph.js';

/** A working shift and some slack; after it the user signs in again. */
export const SESSION_TTL_MS = 12 * 3600 * 1000;

/** The signed-in user as requests see it (`event.locals.user`). */
export interface SessionUser {
	userId: string;
	username: string;
	role: Role;
	agentId: string | null;
}

/**
 * Only the SHA-256 of a session id is stored, so someone who reads the database (or a backup)
 * cannot take over a session. The id has 256 random bits, so an unsalted fast hash suffices.
 */
export function hashSessionId(sessionId: string): string {
	return createHash('sha256').update(sessionId).digest('hex');
}

/** Starts a session for the user and returns its id, which only the cookie carries. */
export async function createSession(
	graph: Graph,
	userId: string,
	nowMs = Date.now()
): Promise<{ sessionId: string; expiresAtMs: number }> {
	const sessionId = randomBytes(32).toString('base64url');
	const expiresAtMs = nowMs + SESSION_TTL_MS;
	const [row] = await graph.write(
		`MATCH (u:User {userId: $userId})
		 CREATE (s:Session {tokenHash: $tokenHash, createdAt: datetime({epochMillis: toInteger($nowMs)}),
		   expiresAt: datetime({epochMillis: toInteger($expiresAtMs)})})-[:FOR]->(u)
		 RETURN s.tokenHash AS tokenHash`,
		{ userId, tokenHash: hashSessionId(sessionId), nowMs, expiresAtMs }
	);
	if (!row) throw new Error(`cannot start a session: user ${userId} not found`);
	return { sessionId, expiresAtMs };
}

/** Finds the user of a live session of an enabled account, or null. */
export async function findSessionUser(
	graph: Graph,
	sessionId: string,
	nowMs = Date.now()
): Promise<SessionUser | null> {
	const [user] = await graph.read<SessionUser>(
		`MATCH (s:Session {tokenHash: $tokenHash})-[:FOR]->(u:User)
		 WHERE s.expiresAt > datetime({epochMillis: toInteger($nowMs)})
		   AND NOT coalesce(u.disabled, false)
		 RETURN u.userId AS userId, u.username AS username, u.role AS role, u.agentId AS agentId`,
		{ tokenHash: hashSessionId(sessionId), nowMs }
	);
	return user ?? null;
}

export async function deleteSession(graph: Graph, sessionId: string): Promise<void> {
	await graph.write(`MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s`, {
		tokenHash: hashSessionId(sessionId)
	});
}

/** Removes expired sessions; runs on every sign-in, so the store stays small. */
export async function deleteExpiredSessions(graph: Graph, nowMs = Date.now()): Promise<number> {
	const [{ deleted }] = await graph.write<{ deleted: number }>(
		`MATCH (s:Session) WHERE s.expiresAt <= datetime({epochMillis: toInteger($nowMs)})
		 DETACH DELETE s
		 RETURN count(*) AS deleted`,
		{ nowMs }
	);
	return deleted;
}
