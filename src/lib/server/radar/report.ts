import {
	reportPeriod,
	monthKeyOf,
	periodChoices,
	type ReportPeriod
} from '../../domain/coverage/period.js';
import {
	addStats,
	emptyStats,
	radarScores,
	type RadarScores,
	type RadarStats
} from '../../domain/quality-radar/axes.js';
import { radarStatsByAgent } from '../../domain/quality-radar/stats.js';
import type { Graph } from '../graph/graph.js';
import {
	conversationSpan,
	loadAgents,
	loadHandledRows,
	loadReplyRows,
	loadSurveyRows,
	teamMembers
} from './load.js';
import type { RadarScope } from './scope.js';

export interface RadarEntry {
	scores: RadarScores;
	/** The sample behind the scores, shown beside them. */
	handled: number;
	replies: number;
	surveys: number;
}

export interface AgentRadar extends RadarEntry {
	agentId: string;
	name: string | null;
	team: string | null;
}

export interface TeamRadar extends RadarEntry {
	team: string;
	members: number;
}

export interface RadarReport {
	period: ReportPeriod;
	periodChoices: string[];
	scope: RadarScope['kind'];
	/** Agents the user may see, each with their own radar. */
	agents: AgentRadar[];
	/** Team radars pooled over every member, including members the user cannot see one by one. */
	teams: TeamRadar[];
	/** The agent shown against their team average: the requested one or the first visible. */
	selected: AgentRadar | null;
}

export type RadarReportFailure = { failure: 'agentNotVisible'; agentId: string };

function entryOf(stats: RadarStats): RadarEntry {
	return {
		scores: radarScores(stats),
		handled: stats.handled,
		replies: stats.replies,
		surveys: stats.surveys
	};
}

/** Decides whose data feeds the report: agents the user sees and agents behind team averages. */
async function agentSets(graph: Graph, scope: RadarScope) {
	if (scope.kind === 'all') return { visible: null, pooled: null };
	if (scope.kind === 'team') {
		const members = await teamMembers(graph, scope.team);
		return { visible: members, pooled: members };
	}
	const [self] = await loadAgents(graph, [scope.agentId]);
	const team = self?.team ? await teamMembers(graph, self.team) : [scope.agentId];
	return { visible: [scope.agentId], pooled: team };
}

/**
 * Builds the quality radars of a period for a user's scope. Team radars pool the members' raw
 * counts, so a team's resolution is its members' resolved conversations over their handled
 * ones, not the mean of the members' rates.
 */
export async function radarReport(
	graph: Graph,
	scope: RadarScope,
	options: { periodKey?: string; agentId?: string; timeZone: string }
): Promise<RadarReport | RadarReportFailure> {
	const { timeZone } = options;
	const span = await conversationSpan(graph);
	const now = Date.now();
	const periodKey = options.periodKey ?? monthKeyOf(span?.lastMs ?? now, timeZone);
	const period = reportPeriod(periodKey, timeZone);
	const { visible, pooled } = await agentSets(graph, scope);
	const range = { startMs: period.startMs, endMs: period.endMs, agentIds: pooled };
	const [agents, handled, replies, surveys] = await Promise.all([
		loadAgents(graph, pooled),
		loadHandledRows(graph, range),
		loadReplyRows(graph, range),
		loadSurveyRows(graph, range)
	]);
	const byAgent = radarStatsByAgent(handled, replies, surveys);

	const teamStats = new Map<string, { stats: RadarStats; members: number }>();
	for (const agent of agents) {
		if (!agent.team) continue;
		const team = teamStats.get(agent.team) ?? { stats: emptyStats(), members: 0 };
		team.stats = addStats(team.stats, byAgent.get(agent.agentId) ?? emptyStats());
		team.members += 1;
		teamStats.set(agent.team, team);
	}

	const visibleAgents = agents
		.filter((agent) => visible === null || visible.includes(agent.agentId))
		.map((agent) => ({ ...agent, ...entryOf(byAgent.get(agent.agentId) ?? emptyStats()) }));
	const selected = options.agentId
		? visibleAgents.find((agent) => agent.agentId === options.agentId)
		: visibleAgents[0];
	if (options.agentId && !selected) {
		return { failure: 'agentNotVisible', agentId: options.agentId };
	}
	return {
		period,
		periodChoices: span ? periodChoices(span.firstMs, span.lastMs, timeZone) : [periodKey],
		scope: scope.kind,
		agents: visibleAgents,
		teams: [...teamStats]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([team, { stats, members }]) => ({ team, members, ...entryOf(stats) })),
		selected: selected ?? null
	};
}
