import { z } from 'zod';
import { cardStatuses } from '../../domain/board/workflow.js';

const optionalText = z
	.string()
	.trim()
	.transform((value) => value || null)
	.nullable()
	.optional();

/** The board's card form: a move (with `to`) or a note and owner update (without). */
export const cardFormSchema = z.object({
	productId: z.string().trim().min(1, 'productId is missing'),
	to: z.enum(cardStatuses).optional(),
	owner: optionalText,
	note: optionalText
});

export type CardForm = z.infer<typeof cardFormSchema>;

/** Parses the posted card form; returns the problems as one message when it is invalid. */
export function parseCardForm(
	form: FormData
): { ok: true; value: CardForm } | { ok: false; problem: string } {
	const raw = Object.fromEntries(
		['productId', 'to', 'owner', 'note']
			.map((key) => [key, form.get(key)] as const)
			.filter(([, value]) => typeof value === 'string' && value !== '')
	);
	const parsed = cardFormSchema.safeParse(raw);
	if (parsed.success) return { ok: true, value: parsed.data };
	const problem = parsed.error.issues
		.map(
			(issue) =>
				`${issue.path.join('.')}: ${issue.message} (got '${String(raw[issue.path[0] as string] ?? '')}')`
		)
		.join('; ');
	return { ok: false, problem };
}
