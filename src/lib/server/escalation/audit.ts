import { audit, type AuditInput } from '../audit/audit.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';

const logger = createLogger('escalation');

/**
 * Records an escalation or lexicon action in the audit log. A failed audit write is logged
 * and raised, so the caller's action reports the failure instead of passing unrecorded.
 */
export async function recordAudit(graph: Graph, input: AuditInput): Promise<void> {
	try {
		await audit(graph, input);
	} catch (error) {
		logger.error({ err: error, action: input.action, target: input.target }, 'audit write failed');
		throw error;
	}
}
