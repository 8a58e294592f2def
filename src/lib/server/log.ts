import pino, { type Logger } from 'pino';

export type { Logger };

const level = process.env.SEAM_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');

/** Root logger: JSON lines on stderr, pretty when a person watches the terminal. */
const root: Logger = pino(
	{ level, base: undefined },
	process.stderr.isTTY && !process.env.CI
		? pino.transport({ target: 'pino-pretty', options: { destination: 2, ignore: 'time' } })
		: pino.destination(2)
);

/** Returns a child logger tagged with the module name. */
export function createLogger(module: string): Logger {
	return root.child({ module });
}
