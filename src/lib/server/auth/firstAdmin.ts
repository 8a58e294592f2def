import type { Graph } from '../graph/graph.js';
import { generatePassword } from './password.js';
import { countUsers, createUser } from './users.js';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * Creates the `admin` account with a random password when Seam has no accounts yet, and
 * returns the password so the caller can show it once. Returns null when accounts exist.
 */
export async function ensureFirstAdmin(
	graph: Graph,
	actor = 'system:first-start'
): Promise<{ username: string; password: string } | null> {
	if ((await countUsers(graph)) > 0) return null;
	const password = generatePassword();
	try {
		await createUser(graph, { username: FIRST_ADMIN_USERNAME, role: 'admin', password }, actor);
	} catch (error) {
		// Another process created the first account between the count and the create.
		if ((await countUsers(graph)) > 0) return null;
		throw error;
	}
	return { username: FIRST_ADMIN_USERNAME, password };
}

/** Formats the one-time message that `npm start` prints. */
export function firstAdminMessage(account: { username: string; password: string }): string {
	return [
		'',
		`Created admin account '${account.username}' with password: ${account.password}`,
		'(shown once; change it after signing in at /account)',
		''
	].join('\n');
}
