import { readFileSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/contract/openapi.js';

/** Writes packages/protocol/openapi.json from the contract; `npm run build` runs it. */
const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
writeFileSync(new URL('openapi.json', root), `${JSON.stringify(openApiDocument(version), null, 2)}\n`);
