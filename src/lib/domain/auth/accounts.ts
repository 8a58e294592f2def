import { z } from 'zod';
import { roles } from './roles.js';

export const MIN_PASSWORD_LENGTH = 10;
/** Argon2 hashes any length, so a cap keeps one request from costing seconds of CPU. */
export const MAX_PASSWORD_LENGTH = 256;

export const usernameSchema = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, {
		message: 'must be 2 to 40 letters, digits, dots, dashes or underscores'
	});

export const passwordSchema = z
	.string()
	.min(MIN_PASSWORD_LENGTH, { message: `must have at least ${MIN_PASSWORD_LENGTH} characters` })
	.max(MAX_PASSWORD_LENGTH, { message: `must have at most ${MAX_PASSWORD_LENGTH} characters` });

/** A new account. An agent account names the Agent node whose conversations it may open. */
export const newAccountSchema = z
	.object({
		username: usernameSchema,
		role: z.enum(roles, { errorMap: () => ({ message: `must be one of ${roles.join(', ')}` }) }),
		agentId: z
			.string()
			.trim()
			.max(64)
			.optional()
			.transform((value) => (value ? value : undefined)),
		password: passwordSchema
	})
	.refine((account) => account.role !== 'agent' || account.agentId !== undefined, {
		message: 'is required for the agent role (the Agent id, e.g. A01)',
		path: ['agentId']
	});

export type NewAccount = z.output<typeof newAccountSchema>;

/** Joins zod problems into one message naming each field and what is wrong with it. */
export function describeProblems(error: z.ZodError): string {
	return error.issues
		.map((issue) => `${issue.path.join('.') || 'value'} ${issue.message}`)
		.join('; ');
}
