import { error } from '@sveltejs/kit';
import { bonusScopeOf, scopeCovers, type BonusScope } from '../../domain/bonus/access.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Graph } from '../graph/graph.js';
import { findAgent } from './statements.js';

/** Works out whose bonus data the signed-in user may see; 403 when nobody's. */
export async function requireBonusScope(
	graph: Graph,
	user: SessionUser | null
): Promise<BonusScope> {
	if (!user) error(401, 'Sign in first.');
	const agent = user.agentId ? await findAgent(graph, user.agentId) : null;
	const scope = bonusScopeOf({ role: user.role, agentId: user.agentId, team: agent?.team ?? null });
	if (scope.kind === 'none') error(403, scope.reason);
	return scope;
}

/**
 * Checks that the scope covers an agent before their statement is read. An agent outside the
 * scope gets the same 404 as a missing one, so agent ids cannot be probed.
 */
export async function requireAgentInScope(graph: Graph, scope: BonusScope, agentId: string) {
	const agent = await findAgent(graph, agentId);
	if (!agent || !scopeCovers(scope, agent)) error(404, `Statement not found: ${agentId}`);
	return agent;
}

/** Leaders and admins only. */
export function requireRole(user: SessionUser | null, allowed: SessionUser['role'][]) {
	if (!user) error(401, 'Sign in first.');
	if (!allowed.includes(user.role)) error(403, 'This page is for leaders and admins.');
	return user;
}
