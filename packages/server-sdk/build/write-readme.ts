import { readFileSync, writeFileSync } from 'node:fs';
import { withContractSections } from './readme-sections.js';

/** Rewrites the README's route list, hook table and error-code reference from the contract; `npm run build` runs it. */
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withContractSections(readFileSync(readme, 'utf8')));
