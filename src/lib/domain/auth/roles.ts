/** Roles of Seam's users, from the front line to operations. */
export const roles = ['agent', 'senior', 'designer', 'leader', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
	return roles.includes(value as Role);
}
