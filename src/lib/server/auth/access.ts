import { allRoles, decideAccess, type AccessTable } from '../../domain/auth/access.js';
import type { Role } from '../../domain/auth/roles.js';

/**
 * Access rules by path prefix; `/api/<x>` follows `/<x>`. The hooks check every request
 * against this table, and a path without an entry is denied to every signed-in user.
 */
export const accessTable: AccessTable = {
	'/login': 'public',
	'/_app': 'public',
	'/favicon.svg': 'public',
	'/': allRoles,
	'/account': allRoles,
	'/logout': allRoles,
	'/products': ['senior', 'designer', 'leader', 'admin'],
	// Agents see only the conversations they handled; the conversation queries enforce that.
	// Designers read them as the evidence behind size-complaint clusters.
	'/conversations': ['agent', 'senior', 'designer', 'leader', 'admin'],
	'/faq': allRoles,
	'/escalations': ['senior', 'leader', 'admin'],
	'/lexicon': ['admin'],
	'/size': ['designer', 'leader', 'admin'],
	// Agents ask for size advice while they chat.
	'/size/recommend': allRoles,
	// NOTE: agents may open bonus pages, which must show an agent only their own statement.
	'/bonus': ['agent', 'senior', 'leader', 'admin'],
	'/board': ['leader', 'admin'],
	'/forecast': ['leader', 'admin'],
	'/review': ['leader', 'admin'],
	'/admin': ['admin']
};

export function accessFor(pathname: string, role: Role | null) {
	return decideAccess(accessTable, pathname, role);
}

/** Tells whether a signed-in user of this role may open the page at `href`, for the navigation. */
export function mayOpen(href: string, role: Role): boolean {
	return accessFor(href, role) === 'allow';
}
