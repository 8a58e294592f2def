import type { Command } from 'commander';
import { isPeriodKey } from '../../lib/domain/bonus/period.js';
import {
	BonusPlanError,
	bonusTemplates,
	parsePlanValue,
	setPlanValue,
	type BonusPlan
} from '../../lib/domain/bonus/plan.js';
import {
	yuan,
	type AgentStatement,
	type BonusRunResult
} from '../../lib/domain/bonus/statement.js';
import { addAward, listAwards } from '../../lib/server/bonus/awards.js';
import { loadActivePlan, savePlan } from '../../lib/server/bonus/plans.js';
import { approveRun, freezeRun, listRuns, previewRun } from '../../lib/server/bonus/runs.js';
import { defaultPeriod, loadStatementView } from '../../lib/server/bonus/statements.js';
import { usageError } from '../../lib/server/errors.js';
import type { Graph } from '../../lib/server/graph/graph.js';
import { openGraph } from '../../lib/server/runtime.js';
import { loadSettings } from '../../lib/server/settings.js';
import { cliActor } from './users.js';

async function withGraph(run: (graph: Graph) => Promise<void>): Promise<void> {
	const graph = await openGraph();
	try {
		await run(graph);
	} catch (error) {
		// Plan problems are the user's to fix, so they print as a message, not a stack trace.
		if (error instanceof BonusPlanError) throw usageError(error.message);
		throw error;
	} finally {
		await graph.close();
	}
}

/** Terminal columns of a text: CJK characters take two. */
function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += /[\u2e80-\uffef]/u.test(char) ? 2 : 1;
	return width;
}

/** Prints rows as a table; columns named in `right` are right-aligned (numbers, money). */
function printTable(header: string[], rows: string[][], right: number[] = []): void {
	const widths = header.map((title, i) =>
		Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[i] ?? '')))
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => {
				const pad = ' '.repeat(widths[i] - displayWidth(cell));
				return right.includes(i) ? pad + cell : cell + pad;
			})
			.join('  ')
			.trimEnd();
	console.log(line(header));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}

function checkPeriod(period: string): string {
	if (!isPeriodKey(period))
		throw usageError(`Invalid period "${period}": use YYYY-MM, e.g. 2026-11.`);
	return period;
}

function printPlan(version: number, plan: BonusPlan): void {
	console.log(`Bonus plan version ${version}${version === 0 ? ' (built-in default)' : ''}`);
	console.log(JSON.stringify(plan, null, 2));
}

function dimensionTotal(statement: AgentStatement, dimensions: string[]): number {
	return statement.lines
		.filter((line) => dimensions.includes(line.dimension))
		.reduce((sum, line) => sum + line.amountFen, 0);
}

function printRun(result: BonusRunResult): void {
	console.log(
		`Period ${result.periodKey} · template ${result.template} · pool ${yuan(result.poolFen)}` +
			` (monthly ${yuan(result.monthlyPoolFen)} + replenishment ${yuan(result.replenishmentFen)})`
	);
	printTable(
		['dimension', 'budget', 'allocated', 'basis'],
		result.budgets.map((b) => [b.dimension, yuan(b.budgetFen), yuan(b.allocatedFen), b.basis]),
		[1, 2]
	);
	console.log('');
	printTable(
		[
			'agent',
			'name',
			'team',
			'days',
			'FRT',
			'resolved',
			'NPS',
			'answers',
			'base',
			'rating',
			'other',
			'total'
		],
		result.statements.map((s) => {
			const m = s.metrics;
			return [
				s.agentId,
				s.name,
				s.team ?? '—',
				String(m.activeDays),
				m.frtScore === null ? '—' : m.frtScore.toFixed(1),
				m.resolutionRate === null ? '—' : `${(m.resolutionRate * 100).toFixed(0)}%`,
				m.nps === null ? '—' : `${m.nps.toFixed(0)}${m.lowConfidence ? '*' : ''}`,
				String(m.answers),
				yuan(dimensionTotal(s, ['base', 'guaranteed', 'floating'])),
				yuan(dimensionTotal(s, ['rating', 'ratingTop'])),
				yuan(dimensionTotal(s, ['hero', 'innovation'])),
				yuan(s.totalFen)
			];
		}),
		[3, 4, 5, 6, 7, 8, 9, 10, 11]
	);
	console.log(`* NPS from fewer survey answers than the plan's minimum (low confidence)`);
	console.log(`Total ${yuan(result.totalFen)}; unallocated ${yuan(result.unallocatedFen)}`);
	for (const warning of result.warnings) console.log(`warning: ${warning}`);
}

function printStatement(statement: AgentStatement): void {
	console.log(
		`${statement.agentId} ${statement.name} · ${statement.team ?? '—'} · ${yuan(statement.totalFen)}`
	);
	for (const line of statement.lines) {
		console.log(`\n[${line.dimension}] ${line.rule}: ${yuan(line.amountFen)}`);
		console.log(`  ${line.formula}`);
		for (const item of line.evidence) console.log(`  - ${item.kind} ${item.id}: ${item.note}`);
	}
}

function registerPlanCommands(bonus: Command): void {
	const plan = bonus
		.command('plan')
		.description('Show or change the bonus plan (each change is a new version)');
	plan
		.command('show')
		.description('Print the active plan')
		.action(() =>
			withGraph(async (graph) => {
				const active = await loadActivePlan(graph);
				printPlan(active.version, active.plan);
			})
		);
	plan
		.command('set-template')
		.description(`Switch the template: ${bonusTemplates.join(' or ')}`)
		.argument('<template>')
		.option('--note <text>', 'why the plan changes, kept in the audit log')
		.action((template: string, options: { note?: string }) =>
			withGraph(async (graph) => {
				const active = await loadActivePlan(graph);
				const saved = await savePlan(
					graph,
					setPlanValue(active.plan, 'template', template),
					cliActor(),
					options.note
				);
				console.log(`Saved plan version ${saved.version} with template ${saved.plan.template}.`);
			})
		);
	plan
		.command('set')
		.description('Change settings by dotted path, e.g. yearlyPoolFen=300000000 base.frtWeight=0.6')
		.argument(
			'<assignments...>',
			'path=value pairs; values are JSON (numbers, null, objects) or text'
		)
		.option('--note <text>', 'why the plan changes, kept in the audit log')
		.action((assignments: string[], options: { note?: string }) =>
			withGraph(async (graph) => {
				const active = await loadActivePlan(graph);
				let next = active.plan;
				for (const assignment of assignments) {
					const at = assignment.indexOf('=');
					if (at < 1)
						throw usageError(
							`Invalid assignment "${assignment}": use path=value, e.g. rating.topCount=5.`
						);
					next = setPlanValue(
						next,
						assignment.slice(0, at),
						parsePlanValue(assignment.slice(at + 1))
					);
				}
				const saved = await savePlan(graph, next, cliActor(), options.note);
				console.log(`Saved plan version ${saved.version}.`);
			})
		);
}

function registerAwardCommands(bonus: Command): void {
	const award = bonus
		.command('award')
		.description('Innovation awards, paid in the next weekly run');
	award
		.command('add')
		.description('Register an award for one agent or a whole team')
		.requiredOption('--title <text>', 'what the innovation is')
		.option('--agent <agentId>', 'the agent who earned it')
		.option('--team <name>', 'the team who earned it (split equally among its active members)')
		.requiredOption('--amount-fen <fen>', 'award in fen (¥50,000 = 5000000)')
		.option('--effect <text>', 'its measured effect, e.g. "size exchanges -18%"')
		.option('--at <time>', 'registration time (ISO 8601); default now')
		.action(
			(options: {
				title: string;
				agent?: string;
				team?: string;
				amountFen: string;
				effect?: string;
				at?: string;
			}) =>
				withGraph(async (graph) => {
					const registeredAt = options.at === undefined ? undefined : Date.parse(options.at);
					if (registeredAt !== undefined && Number.isNaN(registeredAt)) {
						throw usageError(
							`Invalid --at "${options.at}": use ISO 8601, e.g. 2026-11-04T15:00:00+08:00.`
						);
					}
					const saved = await addAward(
						graph,
						{
							title: options.title,
							agentId: options.agent,
							team: options.team,
							amountFen: options.amountFen,
							effect: options.effect,
							registeredAt
						},
						cliActor()
					);
					console.log(
						`Registered award ${saved.awardId}: ${saved.title}, ${yuan(saved.amountFen)} to ${saved.agentId ?? saved.team}.`
					);
				})
		);
	award
		.command('list')
		.description('List awards, newest first')
		.action(() =>
			withGraph(async (graph) => {
				const { timeZone } = loadSettings();
				const date = new Intl.DateTimeFormat('en-CA', { timeZone });
				printTable(
					['award', 'registered', 'to', 'amount', 'title'],
					(await listAwards(graph)).map((a) => [
						a.awardId,
						date.format(a.registeredAt),
						a.agentId ?? a.team ?? '—',
						yuan(a.amountFen),
						a.title
					]),
					[3]
				);
			})
		);
}

export function registerBonusCommands(program: Command): void {
	const bonus = program
		.command('bonus')
		.description('Bonus pool: plans, runs, statements and innovation awards');
	registerPlanCommands(bonus);
	registerAwardCommands(bonus);

	bonus
		.command('run')
		.description("Compute a period's bonus run and print it; stores it only with --approve")
		.option('--period <YYYY-MM>', 'the month; default the newest month with data')
		.option('--approve', 'store the run as the next version of the period')
		.option('--freeze', 'with --approve, also freeze it so its statements are final')
		.option('--agent <agentId>', "also print this agent's statement lines")
		.action((options: { period?: string; approve?: boolean; freeze?: boolean; agent?: string }) =>
			withGraph(async (graph) => {
				const { timeZone } = loadSettings();
				const period = checkPeriod(options.period ?? (await defaultPeriod(graph, timeZone)));
				if (options.freeze && !options.approve) throw usageError('--freeze needs --approve.');
				const preview = await previewRun(graph, period, timeZone);
				console.log(`Plan version ${preview.plan.version}`);
				printRun(preview.result);
				if (options.agent) {
					const statement = preview.result.statements.find((s) => s.agentId === options.agent);
					if (!statement) throw usageError(`Agent ${options.agent} has no statement in ${period}.`);
					console.log('');
					printStatement(statement);
				}
				if (!options.approve) {
					console.log('\nPreview only: nothing stored. Add --approve to store it.');
					return;
				}
				const run = await approveRun(graph, period, { timeZone, actor: cliActor() });
				console.log(`\nApproved ${run.runId}.`);
				const changed = run.diff.filter((d) => d.deltaFen !== 0);
				if (run.version > 1) {
					console.log(`Changes against version ${run.version - 1}: ${changed.length} agent(s)`);
					printTable(
						['agent', 'name', 'before', 'after', 'change'],
						changed.map((d) => [
							d.agentId,
							d.name,
							yuan(d.previousFen ?? 0),
							yuan(d.currentFen ?? 0),
							yuan(d.deltaFen)
						]),
						[2, 3, 4]
					);
				}
				if (options.freeze) {
					await freezeRun(graph, run.runId, cliActor());
					console.log(`Froze ${run.runId}.`);
				}
			})
		);

	bonus
		.command('runs')
		.description('List stored runs')
		.option('--period <YYYY-MM>', 'only this month')
		.action((options: { period?: string }) =>
			withGraph(async (graph) => {
				const runs = await listRuns(graph, options.period && checkPeriod(options.period));
				printTable(
					['run', 'status', 'plan', 'pool', 'paid', 'by'],
					runs.map((r) => [
						r.runId,
						r.status,
						`v${r.planVersion}`,
						yuan(r.poolFen),
						yuan(r.totalFen),
						r.createdBy
					]),
					[3, 4]
				);
			})
		);

	bonus
		.command('freeze')
		.description('Freeze an approved run, e.g. 2026-11:v1')
		.argument('<runId>')
		.action((runId: string) =>
			withGraph(async (graph) => {
				const run = await freezeRun(graph, runId, cliActor());
				console.log(`Froze ${run.runId}.`);
			})
		);

	bonus
		.command('statement')
		.description("Print one agent's statement: every line with its rule, formula and evidence")
		.requiredOption('--agent <agentId>')
		.option('--period <YYYY-MM>')
		.option(
			'--version <n>',
			'stored version; default the newest (or a preview when none is stored)'
		)
		.action((options: { agent: string; period?: string; version?: string }) =>
			withGraph(async (graph) => {
				const { timeZone } = loadSettings();
				const period = checkPeriod(options.period ?? (await defaultPeriod(graph, timeZone)));
				const version = options.version === undefined ? undefined : Number(options.version);
				const view = await loadStatementView(graph, {
					agentId: options.agent,
					period,
					version,
					timeZone
				});
				if (!view)
					throw usageError(
						`No statement for ${options.agent} in ${period}${version ? ` version ${version}` : ''}.`
					);
				console.log(
					view.source === 'stored'
						? `${view.run!.runId} (${view.run!.status})`
						: `${period} preview (not stored)`
				);
				printStatement(view.statement);
			})
		);
}
