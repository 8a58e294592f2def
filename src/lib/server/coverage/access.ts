import type { Role } from '../../domain/auth/roles.js';

/**
 * Roles that see coverage. The access table lets every role open /bonus pages, but coverage is
 * a desk-wide measure with no per-agent part, so agents and designers are refused.
 */
export const coverageRoles: readonly Role[] = ['senior', 'leader', 'admin'];

export function mayViewCoverage(role: Role): boolean {
	return coverageRoles.includes(role);
}
