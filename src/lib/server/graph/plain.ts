import neo4j from 'neo4j-driver';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts driver values into plain JSON-safe values: Integer to number, temporal values to
 * epoch milliseconds (DateTime) or ISO text (dates without a zone), nodes and relationships
 * to their properties. Pages and the CLI only ever see these.
 */
export function toPlain(value: unknown): Plain {
	if (value === null || value === undefined) return null;
	if (neo4j.isInt(value)) return value.toNumber();
	if (neo4j.isDateTime(value)) return new Date(value.toString()).getTime();
	if (
		neo4j.isDate(value) ||
		neo4j.isLocalDateTime(value) ||
		neo4j.isDuration(value) ||
		neo4j.isTime(value) ||
		neo4j.isLocalTime(value)
	) {
		return value.toString();
	}
	if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
	if (Array.isArray(value)) return value.map(toPlain);
	if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
	if (typeof value === 'object') {
		const out: Record<string, Plain> = {};
		for (const [key, entry] of Object.entries(value)) out[key] = toPlain(entry);
		return out;
	}
	if (typeof value === 'bigint') return Number(value);
	return value as Plain;
}
