import cliProgress from 'cli-progress';
import { createLogger } from '../lib/server/log.js';

const logger = createLogger('progress');

export interface ProgressReporter {
	update(done: number, total: number, detail?: string): void;
	stop(): void;
}

/**
 * A progress bar with count and rate on a terminal; elsewhere (CI, pipes) a log line at most
 * every 10 seconds, so logs stay short.
 */
export function progress(label: string): ProgressReporter {
	if (!process.stderr.isTTY) return throttledLog(label);
	const bar = new cliProgress.SingleBar(
		{
			format: `${label.padEnd(14)} {bar} {percentage}% | {value}/{total} | {rate}/s {detail}`,
			stream: process.stderr,
			hideCursor: true,
			clearOnComplete: false
		},
		cliProgress.Presets.shades_classic
	);
	const started = Date.now();
	let running = false;
	return {
		update(done, total, detail = '') {
			const rate = Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
			if (!running) {
				bar.start(Math.max(total, 1), done, { rate, detail });
				running = true;
			}
			bar.setTotal(Math.max(total, 1));
			bar.update(done, { rate, detail });
		},
		stop() {
			if (running) bar.stop();
		}
	};
}

function throttledLog(label: string): ProgressReporter {
	let last = 0;
	return {
		update(done, total, detail) {
			const now = Date.now();
			if (now - last < 10_000 && done < total) return;
			last = now;
			logger.info({ step: label, done, total, detail }, 'progress');
		},
		stop() {}
	};
}
