import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { settingsSchema, type Settings } from '../domain/settings.js';
import { projectRoot } from './paths.js';
import { configError } from './errors.js';

export const settingsFile = path.join(projectRoot, 'seam.config.json');

/**
 * Loads the business settings: defaults, then `seam.config.json` in the project folder if
 * present, then `SEAM_TIME_ZONE`. Every invalid field is reported in one error.
 */
export function loadSettings(file = settingsFile): Settings {
	let raw: Record<string, unknown> = {};
	if (existsSync(file)) {
		try {
			raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		} catch (cause) {
			throw configError(file, [`is not valid JSON: ${(cause as Error).message}`]);
		}
	}
	if (process.env.SEAM_TIME_ZONE) raw = { ...raw, timeZone: process.env.SEAM_TIME_ZONE };
	const result = settingsSchema.safeParse(raw);
	if (!result.success) {
		throw configError(
			file,
			result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
		);
	}
	return result.data;
}
