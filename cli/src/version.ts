// The package version, inlined at build time from cli/package.json.
import packageJson from '../package.json' with { type: 'json' };

export const version: string = packageJson.version;
