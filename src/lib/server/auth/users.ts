import { randomUUID } from 'node:crypto';
import type { Role } from '../../domain/auth/roles.js';
import {
	describeProblems,
	newAccountSchema,
	passwordSchema,
	usernameSchema
} from '../../domain/auth/accounts.js';
import { audit } from '../audit/audit.js';
import { SeamError } from '../errors.js';
import type { Graph } from '../graph/graph.js';
import { hashPassword } from './password.js';

/** An account as pages and the command line show it; never carries the password hash. */
export interface UserView {
	userId: string;
	username: string;
	role: Role;
	agentId: string | null;
	disabled: boolean;
	createdAt: number;
	passwordChangedAt: number | null;
}

const viewColumns = `u.userId AS userId, u.username AS username, u.role AS role,
  u.agentId AS agentId, coalesce(u.disabled, false) AS disabled, u.createdAt AS createdAt,
  u.passwordChangedAt AS passwordChangedAt`;

export function accountError(message: string): SeamError {
	return new SeamError(message, 'account_invalid');
}

function parseUsername(username: string): string {
	const parsed = usernameSchema.safeParse(username);
	if (!parsed.success)
		throw accountError(`Username "${username}" ${describeProblems(parsed.error)}.`);
	return parsed.data;
}

/**
 * Creates an account and records it in the audit log. Rejects a taken username, and an agent
 * account whose Agent node does not exist.
 */
export async function createUser(
	graph: Graph,
	input: { username: string; role: string; agentId?: string | null; password: string },
	actor: string
): Promise<UserView> {
	const parsed = newAccountSchema.safeParse({ ...input, agentId: input.agentId ?? undefined });
	if (!parsed.success) throw accountError(`Invalid account: ${describeProblems(parsed.error)}.`);
	const account = parsed.data;
	if (account.agentId) {
		const [agent] = await graph.read(`MATCH (a:Agent {agentId: $agentId}) RETURN a.agentId AS id`, {
			agentId: account.agentId
		});
		if (!agent)
			throw accountError(
				`Agent ${account.agentId} not found; import or pick an existing agent id.`
			);
	}
	const passwordHash = await hashPassword(account.password);
	const [user] = await graph.write<UserView & { created: boolean }>(
		`MERGE (u:User {username: $username})
		 ON CREATE SET u.userId = $userId, u.role = $role, u.agentId = $agentId,
		   u.passwordHash = $passwordHash, u.disabled = false, u.createdAt = datetime(),
		   u.passwordChangedAt = datetime(), u.created = true
		 WITH u, coalesce(u.created, false) AS created
		 REMOVE u.created
		 RETURN ${viewColumns}, created`,
		{
			username: account.username,
			userId: randomUUID(),
			role: account.role,
			agentId: account.agentId ?? null,
			passwordHash
		}
	);
	if (!user.created) throw accountError(`Username "${account.username}" is taken; pick another.`);
	await audit(graph, {
		actor,
		action: 'user.create',
		target: account.username,
		details: { role: account.role, agentId: account.agentId ?? null }
	});
	const { created: _created, ...view } = user;
	return view;
}

export async function listUsers(graph: Graph): Promise<UserView[]> {
	return graph.read<UserView>(`MATCH (u:User) RETURN ${viewColumns} ORDER BY u.username`);
}

export async function countUsers(graph: Graph): Promise<number> {
	const [{ count }] = await graph.read<{ count: number }>(
		`MATCH (u:User) RETURN count(u) AS count`
	);
	return count;
}

/** Finds the account with its password hash for signing in; null when the username is unknown. */
export async function findUserForSignIn(
	graph: Graph,
	username: string
): Promise<(UserView & { passwordHash: string }) | null> {
	const parsed = usernameSchema.safeParse(username);
	if (!parsed.success) return null;
	const [user] = await graph.read<UserView & { passwordHash: string }>(
		`MATCH (u:User {username: $username}) RETURN ${viewColumns}, u.passwordHash AS passwordHash`,
		{ username: parsed.data }
	);
	return user ?? null;
}

/** Sets a new password, signs the account out everywhere and records the change. */
export async function setPassword(
	graph: Graph,
	username: string,
	password: string,
	actor: string
): Promise<void> {
	const name = parseUsername(username);
	const parsed = passwordSchema.safeParse(password);
	if (!parsed.success) throw accountError(`Password ${describeProblems(parsed.error)}.`);
	const passwordHash = await hashPassword(parsed.data);
	const [row] = await graph.write(
		`MATCH (u:User {username: $username})
		 SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
		 WITH u
		 OPTIONAL MATCH (s:Session)-[:FOR]->(u)
		 DETACH DELETE s
		 RETURN DISTINCT u.username AS username`,
		{ username: name, passwordHash }
	);
	if (!row) throw accountError(`User "${name}" not found.`);
	await audit(graph, { actor, action: 'user.set_password', target: name });
}

/**
 * Disables or re-enables an account. Disabling ends its sessions at once; an administrator
 * cannot disable the last enabled admin, so Seam always keeps one way in.
 */
export async function setDisabled(
	graph: Graph,
	username: string,
	disabled: boolean,
	actor: string
): Promise<void> {
	const name = parseUsername(username);
	const [row] = await graph.write<{ username: string; blocked: boolean }>(
		`MATCH (u:User {username: $username})
		 OPTIONAL MATCH (other:User {role: 'admin'})
		 WHERE other <> u AND NOT coalesce(other.disabled, false)
		 WITH u, count(other) AS otherAdmins
		 WITH u, $disabled AND u.role = 'admin' AND otherAdmins = 0 AS blocked
		 CALL (u, blocked) {
		   WITH u WHERE NOT blocked
		   SET u.disabled = $disabled
		   WITH u
		   OPTIONAL MATCH (s:Session)-[:FOR]->(u)
		   WHERE $disabled
		   DETACH DELETE s
		 }
		 RETURN u.username AS username, blocked`,
		{ username: name, disabled }
	);
	if (!row) throw accountError(`User "${name}" not found.`);
	if (row.blocked) {
		throw accountError(`"${name}" is the last enabled admin; create another admin first.`);
	}
	await audit(graph, { actor, action: disabled ? 'user.disable' : 'user.enable', target: name });
}

/** Agents an agent account can be linked to, for the admin form. */
export async function listLinkableAgents(
	graph: Graph
): Promise<Array<{ agentId: string; name: string | null }>> {
	return graph.read(
		`MATCH (a:Agent) RETURN a.agentId AS agentId, a.name AS name ORDER BY a.agentId`
	);
}
