import type { AnalysisContext } from '../analysis/types.js';
import { scoreReplies } from '../quality/step.js';
import { recordEscalations } from './step.js';

/**
 * The emotion early-warning steps of the analysis: reply quality first, then escalations,
 * which read the risk levels the conversation step has just written.
 */
export const escalationSteps: Array<{
	name: string;
	run: (context: AnalysisContext) => Promise<number>;
}> = [
	{ name: 'reply quality', run: scoreReplies },
	{ name: 'escalations', run: (context) => recordEscalations(context) }
];
