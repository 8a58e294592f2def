import { fail } from '@sveltejs/kit';
import { generatePassword } from '$lib/server/auth/password';
import {
	createUser,
	listLinkableAgents,
	listUsers,
	setDisabled,
	setPassword
} from '$lib/server/auth/users';
import { isSeamError } from '$lib/server/errors';
import { sharedGraph } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const graph = await sharedGraph();
	const [users, agents] = await Promise.all([listUsers(graph), listLinkableAgents(graph)]);
	return { users, agents };
};

/** Runs an account change; a problem the admin can fix comes back as the form's message. */
async function change<T extends Record<string, unknown>>(run: () => Promise<T>) {
	try {
		return await run();
	} catch (error) {
		if (isSeamError(error)) return fail(400, { problem: error.message });
		throw error;
	}
}

function field(form: FormData, name: string): string {
	return String(form.get(name) ?? '').trim();
}

// The hooks admit only admins to /admin, so `locals.user` is an admin here.
export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const password = generatePassword();
		return change(async () => {
			const user = await createUser(
				await sharedGraph(),
				{
					username: field(form, 'username'),
					role: field(form, 'role'),
					agentId: field(form, 'agentId') || null,
					password
				},
				locals.user!.username
			);
			return { created: { username: user.username, password } };
		});
	},
	disable: async ({ request, locals }) => {
		const username = field(await request.formData(), 'username');
		return change(async () => {
			await setDisabled(await sharedGraph(), username, true, locals.user!.username);
			return { updated: username };
		});
	},
	enable: async ({ request, locals }) => {
		const username = field(await request.formData(), 'username');
		return change(async () => {
			await setDisabled(await sharedGraph(), username, false, locals.user!.username);
			return { updated: username };
		});
	},
	resetPassword: async ({ request, locals }) => {
		const username = field(await request.formData(), 'username');
		const password = generatePassword();
		return change(async () => {
			await setPassword(await sharedGraph(), username, password, locals.user!.username);
			return { created: { username, password } };
		});
	}
};
