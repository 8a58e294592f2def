import { randomUUID } from 'node:crypto';
import { awardInputSchema } from '../../domain/bonus/awardInput.js';
import { audit } from '../audit/audit.js';
import { SeamError } from '../errors.js';
import type { Graph } from '../graph/graph.js';

export interface StoredAward {
	awardId: string;
	title: string;
	effect: string;
	agentId: string | null;
	team: string | null;
	amountFen: number;
	registeredAt: number;
	registeredBy: string;
}

const awardColumns = `w.awardId AS awardId, w.title AS title, coalesce(w.effect, '') AS effect,
  w.agentId AS agentId, w.team AS team, w.amountFen AS amountFen, w.registeredAt AS registeredAt,
  w.registeredBy AS registeredBy`;

/** Writes awards by id (MERGE), so loading the same awards twice adds nothing. */
export async function writeAwards(graph: Graph, awards: StoredAward[]): Promise<void> {
	await graph.write(
		`UNWIND $awards AS row
		 MERGE (w:InnovationAward {awardId: row.awardId})
		 SET w.title = row.title, w.effect = row.effect, w.agentId = row.agentId, w.team = row.team,
		     w.amountFen = toInteger(row.amountFen),
		     w.registeredAt = datetime({epochMillis: toInteger(row.registeredAt)}),
		     w.registeredBy = row.registeredBy
		 WITH w, row
		 OPTIONAL MATCH (a:Agent {agentId: row.agentId})
		 OPTIONAL MATCH (t:Team {name: row.team})
		 FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (w)-[:AWARDED_TO]->(x))
		 FOREACH (x IN CASE WHEN t IS NULL THEN [] ELSE [t] END | MERGE (w)-[:AWARDED_TO]->(x))`,
		{ awards }
	);
}

function problemsOf(issues: { path: (string | number)[]; message: string }[]): string {
	return issues.map((issue) => `${issue.path.join('.') || 'award'} ${issue.message}`).join('; ');
}

/**
 * Registers an innovation award for an agent or a team after checking that they exist, and
 * records it in the audit log. It is paid by the next weekly (or monthly) payout.
 */
export async function addAward(
	graph: Graph,
	raw: unknown,
	actor: string,
	nowMs = Date.now()
): Promise<StoredAward> {
	const parsed = awardInputSchema.safeParse(raw);
	if (!parsed.success) {
		throw new SeamError(`Invalid award: ${problemsOf(parsed.error.issues)}`, 'invalid_award');
	}
	const input = parsed.data;
	const [found] = await graph.read<{ agent: boolean; team: boolean }>(
		`RETURN EXISTS { MATCH (:Agent {agentId: $agentId}) } AS agent,
		        EXISTS { MATCH (:Team {name: $team}) } AS team`,
		{ agentId: input.agentId, team: input.team }
	);
	if (input.agentId && !found.agent) {
		throw new SeamError(`Invalid award: agent not found: ${input.agentId}`, 'invalid_award');
	}
	if (input.team && !found.team) {
		throw new SeamError(`Invalid award: team not found: ${input.team}`, 'invalid_award');
	}
	const award: StoredAward = {
		awardId: `IA-${randomUUID().slice(0, 8)}`,
		title: input.title,
		effect: input.effect,
		agentId: input.agentId,
		team: input.team,
		amountFen: input.amountFen,
		registeredAt: input.registeredAt ?? nowMs,
		registeredBy: actor
	};
	await writeAwards(graph, [award]);
	await audit(graph, {
		actor,
		action: 'bonus.award.add',
		target: award.awardId,
		details: {
			title: award.title,
			agentId: award.agentId,
			team: award.team,
			amountFen: award.amountFen
		}
	});
	return award;
}

/** Lists awards, newest first. */
export async function listAwards(graph: Graph, limit = 100): Promise<StoredAward[]> {
	return graph.read<StoredAward>(
		`MATCH (w:InnovationAward) RETURN ${awardColumns}
		 ORDER BY w.registeredAt DESC, w.awardId LIMIT toInteger($limit)`,
		{ limit }
	);
}
