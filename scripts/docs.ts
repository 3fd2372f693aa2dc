/**
 * Writes the generated blocks of the documents (the flow diagram in ARCHITECTURE.md, the rule
 * and sources table in docs/rules.md), leaving everything outside their markers as it is.
 *
 *   npm run docs              # update the files
 *   npm run docs -- --check   # exit 1 if a committed block is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { embedBlock } from '../src/lib/generated-block';
import { GENERATED_BLOCKS } from './docs/generated';

function main(args: readonly string[]): number {
  let stale = 0;
  for (const block of GENERATED_BLOCKS) {
    const file = resolve(import.meta.dirname, '..', block.file);
    const doc = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const updated = embedBlock(doc, block.name, block.content(), block.title);
    if (updated === doc) {
      console.log(`${block.file}: ${block.name} is up to date.`);
    } else if (args.includes('--check')) {
      console.error(`${block.file}: ${block.name} is stale or missing. Run \`npm run docs\`.`);
      stale += 1;
    } else {
      writeFileSync(file, updated);
      console.log(`${block.file}: ${block.name} written.`);
    }
  }
  return stale === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
