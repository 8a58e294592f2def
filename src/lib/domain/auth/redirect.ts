/**
 * The path to return to after signing in. Only same-site paths are accepted, so a crafted
 * `?next=//evil.example` or `?next=https://…` link cannot send a user elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	if ([...next].some((char) => char.charCodeAt(0) < 0x20)) return '/';
	if (next === '/login' || next.startsWith('/login?')) return '/';
	return next;
}
