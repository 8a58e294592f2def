/**
 * First import of every Seam notebook. Seam's server modules read SEAM_ROOT when they load, to
 * find models/ and .seam/, and Jupyter starts the kernel in notebooks/, so the root is the
 * parent folder unless the runner set it. Logs go to warn level so cells show results only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

process.env.SEAM_ROOT ??= path.resolve(process.cwd(), '..');
process.env.SEAM_LOG_LEVEL ??= 'warn';

if (!existsSync(path.join(process.env.SEAM_ROOT, 'models'))) {
	throw new Error(
		`SEAM_ROOT=${process.env.SEAM_ROOT} has no models/ folder; start Jupyter from the ` +
			'project folder or set SEAM_ROOT to it.'
	);
}

/** Project folder the notebook reads models and settings from. */
export const projectRoot = process.env.SEAM_ROOT;
