import path from 'node:path';

/**
 * Project root. Commands and the built server both run from the project folder, and the
 * bundled server code has no stable location of its own, so the working directory decides.
 */
export const projectRoot = path.resolve(process.env.SEAM_ROOT ?? process.cwd());

/** Local, git-ignored state: Neo4j home and data, passwords, caches, rejects files. */
export const seamHome = path.resolve(process.env.SEAM_HOME ?? path.join(projectRoot, '.seam'));

export const modelsDir = path.join(projectRoot, 'models');
