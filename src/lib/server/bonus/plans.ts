import { defaultBonusPlan, parseBonusPlan, type BonusPlan } from '../../domain/bonus/plan.js';
import { audit } from '../audit/audit.js';
import type { Graph } from '../graph/graph.js';

/** A plan version as stored; version 0 is the built-in default, used until a plan is saved. */
export interface StoredPlan {
	version: number;
	plan: BonusPlan;
	createdAt: number | null;
	createdBy: string | null;
	note: string;
}

interface PlanRow {
	version: number;
	config: string;
	createdAt: number;
	createdBy: string;
	note: string | null;
}

function toStored(row: PlanRow): StoredPlan {
	return {
		version: row.version,
		// Stored plans were validated when saved; parsing again applies defaults added since.
		plan: parseBonusPlan(JSON.parse(row.config)),
		createdAt: row.createdAt,
		createdBy: row.createdBy,
		note: row.note ?? ''
	};
}

const planColumns = `p.version AS version, p.config AS config, p.createdAt AS createdAt,
  p.createdBy AS createdBy, p.note AS note`;

/** Loads the newest active plan version, or the default plan when none is stored. */
export async function loadActivePlan(graph: Graph): Promise<StoredPlan> {
	const [row] = await graph.read<PlanRow>(
		`MATCH (p:BonusPlan) WHERE p.active RETURN ${planColumns} ORDER BY p.version DESC LIMIT 1`
	);
	if (!row) {
		return { version: 0, plan: defaultBonusPlan, createdAt: null, createdBy: null, note: '' };
	}
	return toStored(row);
}

export async function listPlanVersions(graph: Graph): Promise<StoredPlan[]> {
	const rows = await graph.read<PlanRow>(
		`MATCH (p:BonusPlan) RETURN ${planColumns} ORDER BY p.version DESC`
	);
	return rows.map(toStored);
}

type Flat = Record<string, unknown>;

function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		for (const [key, inner] of Object.entries(value)) {
			flatten(inner, prefix ? `${prefix}.${key}` : key, out);
		}
	} else {
		out[prefix] = value;
	}
	return out;
}

/** Lists the settings that differ between two plans, as dotted paths with both values. */
export function planChanges(before: BonusPlan, after: BonusPlan) {
	const old = flatten(before);
	const now = flatten(after);
	const paths = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
	return paths
		.filter((path) => JSON.stringify(old[path]) !== JSON.stringify(now[path]))
		.map((path) => ({ path, from: old[path] ?? null, to: now[path] ?? null }));
}

/**
 * Stores a plan as a new version that becomes the active one, and writes the change to the
 * audit log. Earlier versions stay, so runs keep pointing at the plan they used.
 */
export async function savePlan(
	graph: Graph,
	raw: unknown,
	actor: string,
	note = ''
): Promise<StoredPlan> {
	const plan = parseBonusPlan(raw);
	const previous = await loadActivePlan(graph);
	const [row] = await graph.write<PlanRow>(
		`OPTIONAL MATCH (old:BonusPlan)
		 WITH coalesce(max(old.version), 0) + 1 AS version
		 CREATE (p:BonusPlan {version: version, config: $config, active: true,
		   createdAt: datetime(), createdBy: $actor, note: $note})
		 RETURN ${planColumns}`,
		{ config: JSON.stringify(plan), actor, note }
	);
	await audit(graph, {
		actor,
		action: 'bonus.plan.set',
		target: `bonus-plan:v${row.version}`,
		details: {
			previousVersion: previous.version,
			note,
			changes: planChanges(previous.plan, plan)
		}
	});
	return toStored(row);
}
