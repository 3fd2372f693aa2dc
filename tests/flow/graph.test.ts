/** The graph derived from the declarations, and the generated diagram in ARCHITECTURE.md. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../src/domain';
import {
  FLOW_EDGES,
  FLOW_NODES,
  backwardEdges,
  deadEnds,
  predecessors,
  reachableFrom,
  successors,
  unreachableNodes,
} from '../../src/flow/graph';
import {
  DIAGRAM_END,
  DIAGRAM_START,
  embedFlowDiagram,
  extractFlowDiagram,
  flowDiagramBlock,
  flowMermaid,
  isDiagramCurrent,
} from '../../src/flow/diagram';

const ARCHITECTURE = resolve(import.meta.dirname, '..', '..', 'ARCHITECTURE.md');

describe('the flow graph', () => {
  it('has start, every question, check and result as nodes', () => {
    expect(FLOW_NODES).toEqual(['start', ...QUESTION_IDS, 'check', 'result']);
  });

  it('reaches every node from the start page', () => {
    expect(unreachableNodes()).toEqual([]);
    expect(reachableFrom('start').size).toBe(FLOW_NODES.length);
  });

  it('has no dead end: the result can be reached from every node', () => {
    expect(deadEnds()).toEqual([]);
  });

  it('only moves forward, so the flow cannot loop', () => {
    expect(backwardEdges()).toEqual([]);
  });

  it('starts at id, ends with check → result', () => {
    expect(successors('start')).toEqual(['id']);
    expect(predecessors('start')).toEqual([]);
    expect(successors('island')).toEqual(['check']);
    expect(successors('check')).toEqual(['result']);
    expect(successors('result')).toEqual([]);
    expect(predecessors('check')).toEqual(['island']);
  });

  it('labels an edge with the condition of its target and records the questions it skips', () => {
    const edge = (from: string, to: string) => FLOW_EDGES.find((e) => e.from === from && e.to === to);
    expect(edge('id', 'doc')).toEqual({ from: 'id', to: 'doc', when: 'id ≠ dni', skips: [] });
    expect(edge('id', 'phone')).toEqual({ from: 'id', to: 'phone', when: undefined, skips: ['doc'] });
    expect(edge('use', 'island')?.skips).toEqual(['visit', 'computer', 'fiscal']);
    expect(edge('island', 'check')?.skips).toEqual([]);
  });
});

describe('the flow diagram', () => {
  it('is a Mermaid flowchart with one line per node and per edge', () => {
    const lines = flowMermaid().split('\n');
    expect(lines[0]).toBe('flowchart TD');
    expect(lines).toHaveLength(1 + FLOW_NODES.length + FLOW_EDGES.length);
    expect(lines).toContain('  q_id -->|"id ≠ dni"| q_doc');
    expect(lines).toContain('  q_id -.-> q_phone');
    expect(lines).toContain('  check --> result');
  });

  it('replaces only the text between the markers', () => {
    const doc = `# Title\n\nBefore.\n\n${DIAGRAM_START}\nold\n${DIAGRAM_END}\n\nAfter.\n`;
    const updated = embedFlowDiagram(doc);
    expect(updated.startsWith('# Title\n\nBefore.\n\n')).toBe(true);
    expect(updated.endsWith(`${DIAGRAM_END}\n\nAfter.\n`)).toBe(true);
    expect(extractFlowDiagram(updated)).toBe(flowDiagramBlock());
    expect(embedFlowDiagram(updated)).toBe(updated);
    expect(isDiagramCurrent(doc)).toBe(false);
    expect(isDiagramCurrent(updated)).toBe(true);
  });

  it('creates a document, or appends the markers, when they are missing', () => {
    expect(isDiagramCurrent(embedFlowDiagram(undefined))).toBe(true);
    expect(embedFlowDiagram(undefined).startsWith('# Architecture\n')).toBe(true);
    const appended = embedFlowDiagram('# Notes\n');
    expect(appended.startsWith('# Notes\n\n')).toBe(true);
    expect(isDiagramCurrent(appended)).toBe(true);
    expect(isDiagramCurrent(undefined)).toBe(false);
  });

  it('in ARCHITECTURE.md is up to date (run `npm run docs` if this fails)', () => {
    const doc = existsSync(ARCHITECTURE) ? readFileSync(ARCHITECTURE, 'utf8') : undefined;
    expect(doc, 'ARCHITECTURE.md is missing').toBeDefined();
    expect(extractFlowDiagram(doc ?? ''), 'the diagram markers are missing').toBeDefined();
    expect(extractFlowDiagram(doc ?? '')).toBe(flowDiagramBlock());
  });
});
