import { error } from '@sveltejs/kit';
import type { SessionUser } from './sessions.js';

/**
 * Returns the agent whose conversations the user may open: their own Agent id for the agent role,
 * null (all conversations) for every other role that reaches conversation pages.
 */
export function conversationAgentScope(user: SessionUser | null): string | null {
	if (!user) error(401, 'Sign in first.');
	if (user.role !== 'agent') return null;
	if (!user.agentId) error(403, 'This agent account is not linked to an agent; ask an admin.');
	return user.agentId;
}
