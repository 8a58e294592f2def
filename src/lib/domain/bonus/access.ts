import type { Role } from '../auth/roles.js';

/**
 * The statements a user may see. An agent sees only their own, and a senior their linked
 * agent's team. A leader sees their linked agent's team, or every team when not linked to an
 * agent. An admin sees everyone, and a designer no bonus data.
 */
export type BonusScope =
	| { kind: 'all' }
	| { kind: 'team'; team: string; agentId: string }
	| { kind: 'agent'; agentId: string }
	| { kind: 'none'; reason: string };

export interface BonusViewer {
	role: Role;
	agentId: string | null;
	/** Team of the linked agent, looked up in the graph. */
	team: string | null;
}

export function bonusScopeOf(viewer: BonusViewer): BonusScope {
	const { role, agentId, team } = viewer;
	if (role === 'admin') return { kind: 'all' };
	if (role === 'designer') return { kind: 'none', reason: 'Designers have no bonus view.' };
	// Seniors and leaders not linked to an agent lead no single team, so they see every team,
	// as on the quality radar.
	if ((role === 'leader' || role === 'senior') && agentId === null) return { kind: 'all' };
	if (agentId === null) {
		return { kind: 'none', reason: 'This account is not linked to an agent; ask an admin.' };
	}
	if (role === 'agent' || team === null) return { kind: 'agent', agentId };
	return { kind: 'team', team, agentId };
}

/** Tells whether the scope covers an agent's statement. */
export function scopeCovers(
	scope: BonusScope,
	agent: { agentId: string; team: string | null }
): boolean {
	switch (scope.kind) {
		case 'all':
			return true;
		case 'team':
			return agent.team === scope.team || agent.agentId === scope.agentId;
		case 'agent':
			return agent.agentId === scope.agentId;
		case 'none':
			return false;
	}
}

/** Leaders and admins compare plans (what-if) and see every run; admins change them. */
export function mayRunWhatIf(role: Role): boolean {
	return role === 'leader' || role === 'admin';
}
