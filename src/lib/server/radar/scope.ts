import type { Graph } from '../graph/graph.js';
import type { SessionUser } from '../auth/sessions.js';

/**
 * Radars a user may see. An agent sees only their own. A senior whose account is linked to an
 * agent sees that agent's team. Other seniors, leaders and admins see every agent.
 */
export type RadarScope =
	{ kind: 'agent'; agentId: string } | { kind: 'team'; team: string } | { kind: 'all' };

/** Reasons a user gets no radar; the route turns them into HTTP errors. */
export type RadarScopeDenial = 'notSignedIn' | 'roleDenied' | 'agentNotLinked';

export async function radarScope(
	graph: Graph,
	user: SessionUser | null
): Promise<RadarScope | RadarScopeDenial> {
	if (!user) return 'notSignedIn';
	if (user.role === 'designer') return 'roleDenied';
	if (user.role === 'agent') {
		return user.agentId ? { kind: 'agent', agentId: user.agentId } : 'agentNotLinked';
	}
	if (user.role === 'senior' && user.agentId) {
		const [row] = await graph.read<{ team: string | null }>(
			`MATCH (:Agent {agentId: $agentId})-[:MEMBER_OF]->(t:Team) RETURN t.name AS team LIMIT 1`,
			{ agentId: user.agentId }
		);
		if (row?.team) return { kind: 'team', team: row.team };
	}
	return { kind: 'all' };
}
