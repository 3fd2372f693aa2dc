/**
 * Writes the Mermaid diagram of the question flow into ARCHITECTURE.md, between
 * `<!-- flow-diagram:start -->` and `<!-- flow-diagram:end -->` (everything else is kept;
 * the file is created with a title and the markers if absent).
 *
 *   npx tsx scripts/flow-diagram.ts           # update the file
 *   npx tsx scripts/flow-diagram.ts --check   # exit 1 if the committed diagram is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { embedFlowDiagram, isDiagramCurrent } from '../src/flow/diagram';

const FILE = resolve(import.meta.dirname, '..', 'ARCHITECTURE.md');

function main(args: readonly string[]): number {
  const doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : undefined;
  if (args.includes('--check')) {
    if (isDiagramCurrent(doc)) {
      console.log('ARCHITECTURE.md: flow diagram is up to date.');
      return 0;
    }
    console.error('ARCHITECTURE.md: flow diagram is stale or missing. Run `npm run flow:diagram`.');
    return 1;
  }
  const updated = embedFlowDiagram(doc);
  if (updated === doc) {
    console.log('ARCHITECTURE.md: flow diagram already up to date.');
  } else {
    writeFileSync(FILE, updated);
    console.log('ARCHITECTURE.md: flow diagram written.');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
