import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 2.x defaults to Argon2id with 19 MiB memory, 2 passes and 1 lane, the
// minimum OWASP's Password Storage Cheat Sheet recommends.
export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

/** Checks a password against a stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Generates a random password of 24 URL-safe characters (144 bits). */
export function generatePassword(): string {
	return randomBytes(18).toString('base64url');
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash, so a sign-in for an unknown username takes as long as
 * one with a wrong password and response times do not reveal which usernames exist.
 */
export async function spendVerifyTime(password: string): Promise<void> {
	dummyHash ??= hashPassword(generatePassword());
	await verifyPassword(await dummyHash, password);
}
