/** The generated blocks of the documents are current: a rule, its sources or its sentence changed without `npm run docs` fails here. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBlock } from '../../src/lib/generated-block';
import { GENERATED_BLOCKS, ruleSourcesTable } from '../../scripts/docs/generated';
import { ruleIds } from '../../src/domain';

describe('generated documentation', () => {
  it.each(GENERATED_BLOCKS.map((b) => [b.file, b.name, b] as const))('%s: %s is current', (_file, _name, block) => {
    const doc = readFileSync(new URL(`../../${block.file}`, import.meta.url), 'utf8');
    expect(extractBlock(doc, block.name)).toBe(block.content());
  });

  it('the rule table has one row per rule id, each with a sentence and sources', () => {
    const rows = ruleSourcesTable().split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(ruleIds.options.length);
    for (const row of rows) expect(row, row).toMatch(/^\| `[a-z-]+\.[a-z-]+` \| [^|]*\S[^|]* \| `[a-z0-9-]+`/);
  });
});
