import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	boltPortOf,
	confValue,
	jvmArgs,
	megabytes,
	parseJavaMajor,
	pomNeo4jVersion,
	renderConf,
	tailLines
} from './launcher';

const serverFile = (name: string) =>
	fs.readFileSync(new URL(`./server/${name}`, import.meta.url), 'utf8');

describe('renderConf', () => {
	it('fills every field', () => {
		expect(renderConf('a={{x}}\nb={{y}}', { x: 1, y: false })).toBe('a=1\nb=false');
	});

	it('throws on a field without a value', () => {
		expect(() => renderConf('a={{missing}}', {})).toThrow(/missing/);
	});

	it('renders the shipped template to a loopback-only conf', () => {
		const values = {
			boltPort: 7688,
			httpEnabled: false,
			httpPort: 7474,
			heapMb: 512,
			pageCacheMb: 256
		};
		const conf = renderConf(serverFile('neo4j.conf.template'), values);
		expect(conf).not.toContain('{{');
		expect(confValue(conf, 'server.bolt.listen_address')).toBe('127.0.0.1:7688');
		expect(confValue(conf, 'server.default_listen_address')).toBe('127.0.0.1');
		expect(confValue(conf, 'server.http.enabled')).toBe('false');
		expect(confValue(conf, 'dbms.security.auth_enabled')).toBe('true');
	});
});

describe('pomNeo4jVersion', () => {
	it('reads the pinned version from the shipped pom', () => {
		expect(pomNeo4jVersion(serverFile('pom.xml'))).toMatch(/^5\.26\.\d+$/);
	});

	it('says what to fix when the property is gone', () => {
		expect(() => pomNeo4jVersion('<project/>')).toThrow(/neo4j\.version/);
	});
});

describe('parseJavaMajor', () => {
	it.each([
		['openjdk version "17.0.15" 2025-04-15', 17],
		['openjdk version "21" 2023-09-19', 21],
		['java version "1.8.0_402"', 8],
		['no version here', null]
	])('%s gives %s', (output, major) => {
		expect(parseJavaMajor(output)).toBe(major);
	});
});

describe('confValue', () => {
	it('takes the last uncommented setting, as Neo4j does', () => {
		const conf = 'a=1\n#a=2\n a = 3 \nb=4';
		expect(confValue(conf, 'a')).toBe('3');
		expect(confValue(conf, 'c')).toBeNull();
	});
});

describe('megabytes', () => {
	it('prefers the option, then the environment, then the default', () => {
		const env = { SEAM_NEO4J_HEAP_MB: '1024' };
		expect(megabytes(300, 'SEAM_NEO4J_HEAP_MB', env, 512)).toBe(300);
		expect(megabytes(undefined, 'SEAM_NEO4J_HEAP_MB', env, 512)).toBe(1024);
		expect(megabytes(undefined, 'SEAM_NEO4J_HEAP_MB', {}, 512)).toBe(512);
	});

	it('names the variable that holds a bad value', () => {
		const env = { SEAM_NEO4J_HEAP_MB: 'lots' };
		expect(() => megabytes(undefined, 'SEAM_NEO4J_HEAP_MB', env, 512)).toThrow(
			/SEAM_NEO4J_HEAP_MB/
		);
		expect(() => megabytes(8, 'SEAM_NEO4J_HEAP_MB', {}, 512)).toThrow(/16 or more/);
	});
});

describe('boltPortOf', () => {
	it.each([
		{ option: 7700, env: { SEAM_BOLT_PORT: '7800' }, port: 7700 },
		{ option: undefined, env: { SEAM_BOLT_PORT: '7800' }, port: 7800 },
		{ option: undefined, env: {}, port: 7687 }
	])('gives $port for option $option and $env', ({ option, env, port }) => {
		expect(boltPortOf({ home: '/x', boltPort: option }, env)).toBe(port);
	});

	it.each(['0', '70000', 'seven'])('refuses SEAM_BOLT_PORT=%s', (value) => {
		expect(() => boltPortOf({ home: '/x' }, { SEAM_BOLT_PORT: value })).toThrow(/SEAM_BOLT_PORT/);
	});
});

describe('jvmArgs', () => {
	it('sets heap and home dir', () => {
		const args = jvmArgs('/x/neo4j', 300);
		expect(args).toContain('-Xmx300m');
		// The pid check recognises this home's server by this argument.
		expect(args).toContain('--home-dir=/x/neo4j');
		expect(args.indexOf('org.neo4j.server.CommunityEntryPoint')).toBeGreaterThan(
			args.indexOf('-cp')
		);
	});
});

describe('tailLines', () => {
	it('keeps the last telling lines and drops stack frames', () => {
		const log = 'one\n\ntwo\njava.lang.Error: boom\n\tat a.b(C.java:1)\n\t... 3 more\n';
		expect(tailLines(log, 2)).toBe('two\njava.lang.Error: boom');
	});
});
