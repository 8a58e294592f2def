import type { AgentRecord } from '../records/schemas';
import { DAY_MS, HOUR_MS, type DemoPeriod } from './clock';
import type { Random } from './random';

export type Seniority = AgentRecord['seniority'];

/** Service teams; conversations are routed to the team of their kind first. */
export const TEAMS = [
	'售前咨询组',
	'售后服务组',
	'会员服务组',
	'粤语服务组',
	'综合支持组'
] as const;
export type Team = (typeof TEAMS)[number];

/** Per-agent behaviour that drives their KPIs, so agents differ measurably. */
export interface AgentTraits {
	/** Median seconds to the first reply once a conversation reaches the agent. */
	firstResponseMedianSec: number;
	/** Chance that a reply to a complaint contains each required phrase (抱歉, 立即处理, 补偿方案). */
	phraseRate: number;
	/** Chance that a conversation the agent handles ends resolved, before mood effects. */
	resolutionRate: number;
	/** Mean NPS score (0–10) the agent's customers give before case effects. */
	npsMean: number;
}

export interface AgentSim {
	record: AgentRecord;
	team: Team;
	traits: AgentTraits;
	joinedAtMs: number;
	leftAtMs: number | undefined;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯许邓曹彭曾萧叶苏潘'.split('');
const GIVEN_NAMES = (
	'晓雯 嘉欣 子轩 俊杰 思琪 浩然 雅婷 志强 梓涵 欣怡 宇航 佳慧 文博 静怡 明轩 诗雨 ' +
	'伟 敏 静 磊 婷 颖 涛 丹 杰 琳'
).split(' ');
/** Hong Kong style given names for the Cantonese team. */
const HK_GIVEN_NAMES = '咏诗 家豪 颖欣 俊朗 凯琳 嘉敏 志伟 慧琪 浩贤 芷晴'.split(' ');

/** Staffing per team: one lead, seniors and juniors (the small scale keeps one of each). */
function teamRoster(agentsPerTeam: number): Seniority[] {
	const seniors = Math.max(1, Math.round((agentsPerTeam - 1) * 0.3));
	const juniors = Math.max(0, agentsPerTeam - 1 - seniors);
	return [
		'lead',
		...Array<Seniority>(seniors).fill('senior'),
		...Array<Seniority>(juniors).fill('junior')
	];
}

function drawName(random: Random, team: Team, used: Set<string>): string {
	const given = team === '粤语服务组' ? HK_GIVEN_NAMES : GIVEN_NAMES;
	for (;;) {
		const name = random.pick(SURNAMES) + random.pick(given);
		if (!used.has(name)) {
			used.add(name);
			return name;
		}
	}
}

/** Returns a join time before the period: leads have been here longest. */
function joinTime(random: Random, seniority: Seniority, period: DemoPeriod): number {
	const yearsBefore = { lead: [3, 6], senior: [1.5, 4], junior: [0.2, 1.5] }[seniority];
	const days = Math.round(random.between(yearsBefore[0], yearsBefore[1]) * 365);
	return period.startMs - days * DAY_MS + 9 * HOUR_MS;
}

function certificationOf(random: Random, seniority: Seniority): string | undefined {
	if (seniority === 'lead') return 'artist-gold';
	if (seniority === 'senior') return random.chance(0.5) ? 'artist-gold' : 'artist-silver';
	return random.chance(0.2) ? 'artist-silver' : undefined;
}

/** Draws traits: experience speeds replies and lifts NPS, with plenty of personal spread. */
function drawTraits(random: Random, seniority: Seniority): AgentTraits {
	const experience = { junior: 0, senior: 1, lead: 1.5 }[seniority];
	return {
		firstResponseMedianSec: Math.round(random.logNormal(42 - 8 * experience, 0.35)),
		phraseRate: Math.min(0.95, Math.max(0.2, random.normal(0.55 + 0.1 * experience, 0.15))),
		resolutionRate: Math.min(0.99, Math.max(0.78, random.normal(0.91 + 0.03 * experience, 0.04))),
		npsMean: Math.min(9.6, Math.max(5.5, random.normal(7.6 + 0.4 * experience, 0.8)))
	};
}

/**
 * Builds agents A01… team by team. Two juniors join during the period and two agents
 * leave during it (one of each at the small scale), so staffing changes show in the data.
 */
export function buildAgents(random: Random, agentsPerTeam: number, period: DemoPeriod): AgentSim[] {
	const used = new Set<string>();
	const agents: AgentSim[] = [];
	for (const team of TEAMS) {
		for (const seniority of teamRoster(agentsPerTeam)) {
			const joinedAtMs = joinTime(random, seniority, period);
			const id = `A${String(agents.length + 1).padStart(2, '0')}`;
			const record: AgentRecord = {
				agentId: id,
				name: drawName(random, team, used),
				team,
				seniority,
				joinedAt: joinedAtMs
			};
			const certification = certificationOf(random, seniority);
			if (certification) record.certification = certification;
			agents.push({
				record,
				team,
				traits: drawTraits(random, seniority),
				joinedAtMs,
				leftAtMs: undefined
			});
		}
	}
	const juniors = agents.filter((agent) => agent.record.seniority === 'junior');
	const seniors = agents.filter((agent) => agent.record.seniority === 'senior');
	const periodMs = period.endMs - period.startMs;
	const changes = agentsPerTeam >= 6 ? 2 : 1;
	for (let i = 0; i < changes; i++) {
		const joiner = juniors[juniors.length - 1 - i] ?? seniors[i];
		joiner.joinedAtMs =
			period.startMs + Math.round((periodMs * (0.3 + 0.3 * i)) / DAY_MS) * DAY_MS + 9 * HOUR_MS;
		joiner.record.joinedAt = joiner.joinedAtMs;
		// New starters are slower until they learn the catalogue.
		joiner.traits.firstResponseMedianSec = Math.round(joiner.traits.firstResponseMedianSec * 1.3);
		const leaver = i === 0 ? juniors[0] : seniors[seniors.length - 1];
		leaver.leftAtMs =
			period.startMs + Math.round((periodMs * (0.45 + 0.3 * i)) / DAY_MS) * DAY_MS + 18 * HOUR_MS;
		leaver.record.leftAt = leaver.leftAtMs;
	}
	return agents;
}

export function isActive(agent: AgentSim, ms: number): boolean {
	return agent.joinedAtMs <= ms && (agent.leftAtMs === undefined || ms < agent.leftAtMs);
}
