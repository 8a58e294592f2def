import { roles, type Role } from './roles.js';

/**
 * Audience of the paths under a prefix: anyone (`'public'`), or signed-in users with one of
 * the listed roles.
 */
export type Audience = 'public' | readonly Role[];

/** Access rules keyed by path prefix. `'/'` matches only the root; other keys match subpaths. */
export type AccessTable = Readonly<Record<string, Audience>>;

export type AccessDecision = 'allow' | 'signIn' | 'deny';

export const allRoles: readonly Role[] = roles;

const API_PREFIX = '/api/';

function matches(pathname: string, prefix: string): boolean {
	if (prefix === '/') return pathname === '/';
	return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * Finds the rule for a path: the longest matching prefix wins, and `/api/<x>…` is governed by
 * the rule of `/<x>…`. Returns null for paths no rule covers.
 */
export function findAudience(table: AccessTable, pathname: string): Audience | null {
	const path =
		pathname.startsWith(API_PREFIX) && pathname.length > API_PREFIX.length
			? pathname.slice(API_PREFIX.length - 1)
			: pathname;
	let best: string | null = null;
	for (const prefix of Object.keys(table)) {
		if (matches(path, prefix) && (best === null || prefix.length > best.length)) best = prefix;
	}
	return best === null ? null : table[best];
}

/**
 * Decides a request: public paths are open, anonymous users must sign in first, and a
 * signed-in user needs a role the rule lists. Paths without a rule are denied to everyone
 * signed in, so a new route stays closed until it is added to the table.
 */
export function decideAccess(
	table: AccessTable,
	pathname: string,
	role: Role | null
): AccessDecision {
	const audience = findAudience(table, pathname);
	if (audience === 'public') return 'allow';
	if (role === null) return 'signIn';
	if (audience === null) return 'deny';
	return audience.includes(role) ? 'allow' : 'deny';
}
