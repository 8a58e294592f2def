/**
 * Builds lexicon data from the editor's form: one textarea per group (`group:<name>`), one
 * word per line, a `remove:<name>` checkbox per group, a new group's name and words, and the
 * negators. Blank lines are dropped; everything else goes to the zod schema as written, so
 * its problems name the group the user typed.
 */
export function lexiconFromForm(form: FormData, version: number): Record<string, unknown> {
	const lines = (value: FormDataEntryValue | null) =>
		String(value ?? '')
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line.length > 0);
	const groups: Record<string, string[]> = {};
	for (const [key, value] of form.entries()) {
		if (!key.startsWith('group:')) continue;
		const name = key.slice('group:'.length);
		if (form.get(`remove:${name}`)) continue;
		groups[name] = lines(value);
	}
	const newName = String(form.get('newGroup') ?? '').trim();
	const newWords = lines(form.get('newWords'));
	if (newName || newWords.length > 0) groups[newName] = newWords;
	return {
		version,
		description: String(form.get('description') ?? '').trim() || undefined,
		negators: lines(form.get('negators')),
		groups
	};
}
