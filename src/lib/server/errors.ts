/**
 * Errors a user can act on. The CLI prints `message` without a stack trace and exits with
 * status 1; the web app shows it on the error page.
 */
export class SeamError extends Error {
	constructor(
		message: string,
		readonly code: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'SeamError';
	}
}

export function configError(file: string, problems: string[]): SeamError {
	return new SeamError(
		`Settings in ${file} are invalid:\n  ${problems.join('\n  ')}\nFix these fields or remove them to use the defaults.`,
		'config_invalid'
	);
}

export function usageError(message: string): SeamError {
	return new SeamError(message, 'usage');
}

export function isSeamError(error: unknown): error is SeamError {
	return error instanceof SeamError;
}
