import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { changeOwnPassword } from './changePassword.js';
import { ensureFirstAdmin, firstAdminMessage } from './firstAdmin.js';
import { createSession, deleteSession, findSessionUser, hashSessionId } from './sessions.js';
import { signIn } from './signIn.js';
import { LoginThrottle } from './throttle.js';
import { createUser, listUsers, setDisabled, setPassword } from './users.js';

let graph: Graph;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
	graph = await openTestGraph();
});
afterAll(() => graph?.close());
beforeEach(async () => {
	await clearGraph(graph);
	await graph.write(`CREATE (:Agent {agentId: 'A01', name: 'Lin'})`);
});

async function auditActions(): Promise<string[]> {
	const rows = await graph.read<{ action: string }>(
		`MATCH (e:AuditEntry) RETURN e.action AS action ORDER BY e.at, e.action`
	);
	return rows.map((row) => row.action);
}

describe('createUser', () => {
	it('stores an argon2id hash, never the password', async () => {
		await createUser(graph, { username: 'Mei', role: 'senior', password: PASSWORD }, 'admin');
		const [row] = await graph.read<{ hash: string; username: string }>(
			`MATCH (u:User) RETURN u.passwordHash AS hash, u.username AS username`
		);
		expect(row.username).toBe('mei');
		expect(row.hash).toMatch(/^\$argon2id\$/);
		expect(row.hash).not.toContain(PASSWORD);
		expect(await auditActions()).toEqual(['user.create']);
	});

	it.each([
		{ input: { username: 'x', role: 'admin', password: PASSWORD }, problem: /username/ },
		{ input: { username: 'ok.name', role: 'boss', password: PASSWORD }, problem: /role/ },
		{ input: { username: 'ok.name', role: 'admin', password: 'short' }, problem: /password/ },
		{ input: { username: 'ok.name', role: 'agent', password: PASSWORD }, problem: /agentId/ },
		{
			input: { username: 'ok.name', role: 'agent', agentId: 'A99', password: PASSWORD },
			problem: /Agent A99 not found/
		}
	])('rejects $problem', async ({ input, problem }) => {
		await expect(createUser(graph, input, 'admin')).rejects.toThrow(problem);
		expect(await listUsers(graph)).toEqual([]);
	});

	it('rejects a taken username', async () => {
		await createUser(graph, { username: 'mei', role: 'senior', password: PASSWORD }, 'admin');
		await expect(
			createUser(graph, { username: 'MEI', role: 'admin', password: PASSWORD }, 'admin')
		).rejects.toThrow(/taken/);
		const [user] = await listUsers(graph);
		expect(user.role).toBe('senior');
	});
});

describe('sessions', () => {
	it('stores only the hash of the session id', async () => {
		const user = await createUser(
			graph,
			{ username: 'mei', role: 'senior', password: PASSWORD },
			'a'
		);
		const { sessionId } = await createSession(graph, user.userId);
		const rows = await graph.read<{ tokenHash: string }>(
			`MATCH (s:Session) RETURN s.tokenHash AS tokenHash, properties(s) AS props`
		);
		expect(rows).toHaveLength(1);
		expect(rows[0].tokenHash).toBe(hashSessionId(sessionId));
		expect(JSON.stringify(rows)).not.toContain(sessionId);
		expect((await findSessionUser(graph, sessionId))?.username).toBe('mei');
	});

	it.each([
		{
			name: 'expired',
			check: (id: string) => findSessionUser(graph, id, Date.now() + 13 * 3600e3)
		},
		{ name: 'unknown', check: () => findSessionUser(graph, 'not-a-session') },
		{
			name: 'deleted',
			check: async (id: string) => {
				await deleteSession(graph, id);
				return findSessionUser(graph, id);
			}
		},
		{
			name: 'of a disabled user',
			check: async (id: string) => {
				await createUser(graph, { username: 'boss', role: 'admin', password: PASSWORD }, 'a');
				await setDisabled(graph, 'mei', true, 'boss');
				return findSessionUser(graph, id);
			}
		}
	])('$name session finds no user', async ({ check }) => {
		const user = await createUser(
			graph,
			{ username: 'mei', role: 'admin', password: PASSWORD },
			'a'
		);
		const { sessionId } = await createSession(graph, user.userId);
		expect(await check(sessionId)).toBeNull();
	});
});

describe('signIn', () => {
	const address = '203.0.113.7';

	beforeEach(async () => {
		await createUser(
			graph,
			{ username: 'lin', role: 'agent', agentId: 'A01', password: PASSWORD },
			'a'
		);
	});

	it('starts a session for the right password', async () => {
		const result = await signIn(graph, new LoginThrottle(), {
			username: 'Lin',
			password: PASSWORD,
			address
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.user).toMatchObject({ username: 'lin', role: 'agent', agentId: 'A01' });
		expect((await findSessionUser(graph, result.sessionId))?.agentId).toBe('A01');
	});

	it.each([
		{ name: 'wrong password', username: 'lin', password: 'wrong password!' },
		{ name: 'unknown user', username: 'nobody', password: PASSWORD },
		{ name: 'injection in username', username: "lin' OR 1=1 //", password: PASSWORD },
		{ name: 'overlong password', username: 'lin', password: PASSWORD + 'x'.repeat(300) }
	])('fails for $name', async ({ username, password }) => {
		const result = await signIn(graph, new LoginThrottle(), { username, password, address });
		expect(result).toEqual({ ok: false, reason: 'invalid' });
		expect(await graph.read(`MATCH (s:Session) RETURN s`)).toEqual([]);
	});

	it('fails for a disabled account', async () => {
		await createUser(graph, { username: 'boss', role: 'admin', password: PASSWORD }, 'a');
		await setDisabled(graph, 'lin', true, 'boss');
		const result = await signIn(graph, new LoginThrottle(), {
			username: 'lin',
			password: PASSWORD,
			address
		});
		expect(result).toEqual({ ok: false, reason: 'invalid' });
	});

	it('locks the account after five failures', async () => {
		let nowMs = 1_000_000;
		const throttle = new LoginThrottle(() => nowMs);
		for (let i = 0; i < 5; i++) {
			const failed = await signIn(graph, throttle, {
				username: 'lin',
				password: `guess ${i}xxxx`,
				address
			});
			expect(failed.ok).toBe(false);
		}
		const locked = await signIn(graph, throttle, {
			username: 'lin',
			password: PASSWORD,
			address: '198.51.100.1'
		});
		expect(locked).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 30 });
		nowMs += 31_000;
		const after = await signIn(graph, throttle, { username: 'lin', password: PASSWORD, address });
		expect(after.ok).toBe(true);
	});

	it('locks an address that guesses many accounts', async () => {
		const throttle = new LoginThrottle(() => 5_000_000);
		for (let i = 0; i < 20; i++) {
			await signIn(graph, throttle, { username: `user${i}`, password: 'guess guess', address });
		}
		const locked = await signIn(graph, throttle, { username: 'lin', password: PASSWORD, address });
		expect(locked.ok).toBe(false);
		const elsewhere = await signIn(graph, throttle, {
			username: 'lin',
			password: PASSWORD,
			address: '198.51.100.2'
		});
		expect(elsewhere.ok).toBe(true);
	});

	it('audits failures without the password', async () => {
		await signIn(graph, new LoginThrottle(), {
			username: 'lin',
			password: 'my secret guess',
			address
		});
		const [entry] = await graph.read<{ action: string; details: string }>(
			`MATCH (e:AuditEntry {action: 'auth.sign_in_failed'}) RETURN e.action AS action, e.details AS details`
		);
		expect(entry.details).toContain(address);
		expect(entry.details).not.toContain('my secret guess');
	});
});

describe('password changes', () => {
	it('set-password ends every session of the account', async () => {
		const user = await createUser(
			graph,
			{ username: 'mei', role: 'senior', password: PASSWORD },
			'a'
		);
		const { sessionId } = await createSession(graph, user.userId);
		await setPassword(graph, 'mei', 'another long password', 'cli:root');
		expect(await findSessionUser(graph, sessionId)).toBeNull();
		const result = await signIn(graph, new LoginThrottle(), {
			username: 'mei',
			password: 'another long password',
			address: '127.0.0.1'
		});
		expect(result.ok).toBe(true);
	});

	it('own change needs the current password', async () => {
		const user = await createUser(
			graph,
			{ username: 'mei', role: 'senior', password: PASSWORD },
			'a'
		);
		const { sessionId } = await createSession(graph, user.userId);
		const me = (await findSessionUser(graph, sessionId))!;
		const throttle = new LoginThrottle();
		const request = { newPassword: 'brand new password', address: '127.0.0.1' };
		const wrong = await changeOwnPassword(graph, throttle, me, {
			...request,
			currentPassword: 'nope'
		});
		expect(wrong).toEqual({ ok: false, reason: 'wrongPassword' });
		expect(await findSessionUser(graph, sessionId)).not.toBeNull();

		const changed = await changeOwnPassword(graph, throttle, me, {
			...request,
			currentPassword: PASSWORD
		});
		expect(changed.ok).toBe(true);
		expect(await findSessionUser(graph, sessionId)).toBeNull();
		if (changed.ok) expect((await findSessionUser(graph, changed.sessionId))?.username).toBe('mei');
	});
});

describe('setDisabled', () => {
	it('keeps the last enabled admin', async () => {
		await createUser(graph, { username: 'root', role: 'admin', password: PASSWORD }, 'a');
		await expect(setDisabled(graph, 'root', true, 'root')).rejects.toThrow(/last enabled admin/);
		const [user] = await listUsers(graph);
		expect(user.disabled).toBe(false);
	});

	it('rejects an unknown user', async () => {
		await expect(setDisabled(graph, 'ghost', true, 'root')).rejects.toThrow(/not found/);
	});
});

describe('ensureFirstAdmin', () => {
	it('creates one admin with a random password only once', async () => {
		const first = await ensureFirstAdmin(graph);
		expect(first?.username).toBe('admin');
		expect(first?.password).toMatch(/^[\w-]{24}$/);
		expect(firstAdminMessage(first!)).toContain(first!.password);
		expect(await ensureFirstAdmin(graph)).toBeNull();

		const users = await listUsers(graph);
		expect(users.map((user) => [user.username, user.role])).toEqual([['admin', 'admin']]);
		const result = await signIn(graph, new LoginThrottle(), {
			username: 'admin',
			password: first!.password,
			address: '127.0.0.1'
		});
		expect(result.ok).toBe(true);
	});

	it('does nothing when accounts exist', async () => {
		await createUser(graph, { username: 'mei', role: 'senior', password: PASSWORD }, 'a');
		expect(await ensureFirstAdmin(graph)).toBeNull();
	});
});
