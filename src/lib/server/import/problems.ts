import type { ZodError } from 'zod';

/** One reason a row was rejected, naming the field and the value found. */
export interface Problem {
	field: string;
	value: string;
	reason: string;
}

const MAX_VALUE_CHARS = 80;

export function showValue(value: unknown): string {
	if (value === undefined) return '(missing)';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
	let current = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/** Turns every zod issue of a row into a problem, so one reject line lists all of them. */
export function problemsFromZod(
	error: ZodError,
	input: unknown,
	fieldNames?: Record<string, string>
): Problem[] {
	return error.issues.map((issue) => {
		const field = issue.path.join('.') || '(row)';
		const top = String(issue.path[0] ?? '');
		const shown = fieldNames?.[top] ? field.replace(top, fieldNames[top]) : field;
		return { field: shown, value: showValue(valueAt(input, issue.path)), reason: issue.message };
	});
}
