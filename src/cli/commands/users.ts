import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { roles } from '../../lib/domain/auth/roles.js';
import { generatePassword } from '../../lib/server/auth/password.js';
import { createUser, listUsers, setDisabled, setPassword } from '../../lib/server/auth/users.js';
import type { Graph } from '../../lib/server/graph/graph.js';
import { openGraph } from '../../lib/server/runtime.js';

/** Returns the audit actor for commands run in this shell. */
export function cliActor(): string {
	return `cli:${userInfo().username}`;
}

async function withGraph(run: (graph: Graph) => Promise<void>): Promise<void> {
	const graph = await openGraph();
	try {
		await run(graph);
	} finally {
		await graph.close();
	}
}

function printPassword(username: string, password: string): void {
	console.log(`Password of '${username}': ${password}  (shown once; pass it on safely)`);
}

export function registerUsersCommand(program: Command): void {
	const users = program.command('users').description('Manage Seam accounts');

	users
		.command('add')
		.description('Create an account with a random password, printed once')
		.argument('<username>', '2 to 40 letters, digits, dots, dashes or underscores')
		.requiredOption('--role <role>', `one of ${roles.join(', ')}`)
		.option('--agent <agentId>', 'Agent id the account belongs to (required for --role agent)')
		.action(async (username: string, options: { role: string; agent?: string }) => {
			await withGraph(async (graph) => {
				const password = generatePassword();
				const user = await createUser(
					graph,
					{ username, role: options.role, agentId: options.agent ?? null, password },
					cliActor()
				);
				console.log(`Created ${user.role} account '${user.username}'.`);
				printPassword(user.username, password);
			});
		});

	users
		.command('disable')
		.description('Disable an account and end its sessions')
		.argument('<username>')
		.action(async (username: string) => {
			await withGraph(async (graph) => {
				await setDisabled(graph, username, true, cliActor());
				console.log(`Disabled '${username}'.`);
			});
		});

	users
		.command('enable')
		.description('Enable a disabled account')
		.argument('<username>')
		.action(async (username: string) => {
			await withGraph(async (graph) => {
				await setDisabled(graph, username, false, cliActor());
				console.log(`Enabled '${username}'.`);
			});
		});

	users
		.command('set-password')
		.description('Give an account a new random password, printed once, and end its sessions')
		.argument('<username>')
		.action(async (username: string) => {
			await withGraph(async (graph) => {
				const password = generatePassword();
				await setPassword(graph, username, password, cliActor());
				printPassword(username, password);
			});
		});

	users
		.command('list')
		.description('List accounts')
		.action(async () => {
			await withGraph(async (graph) => {
				const rows = await listUsers(graph);
				if (rows.length === 0) console.log('No accounts yet; `npm start` creates the first admin.');
				for (const user of rows) {
					const status = user.disabled ? 'disabled' : 'enabled';
					console.log(
						`${user.username.padEnd(24)} ${user.role.padEnd(9)} ${(user.agentId ?? '-').padEnd(8)} ${status}`
					);
				}
			});
		});
}
