/**
 * The flow as a graph, derived from the step declarations only (never from the resolver):
 * start → first question → … → check → result. Used by the tests (every node reachable, no
 * dead end) and by the diagram in ARCHITECTURE.md.
 */
import { QUESTION_IDS, type QuestionId } from '../domain';
import { AFTER_CHECK, ALWAYS, FIRST_STEPS, STEPS, type FlowStep } from './steps';

export type FlowNode = 'start' | FlowStep;

export interface FlowEdge {
  readonly from: FlowNode;
  readonly to: FlowNode;
  /** When the target question is asked (its `when`), or undefined when it always is. */
  readonly when: string | undefined;
  /** The questions this edge jumps over (between `from` and `to` in QUESTION_IDS order). */
  readonly skips: readonly QuestionId[];
}

export const FLOW_NODES: readonly FlowNode[] = ['start', ...QUESTION_IDS, 'check', 'result'];

/** Position of a node in presentation order: start, the questions, check, result. */
function rank(node: FlowNode): number {
  return FLOW_NODES.indexOf(node);
}

function edge(from: FlowNode, to: FlowNode): FlowEdge {
  const when = to === 'start' || to === 'check' || to === 'result' ? undefined : STEPS[to].when;
  const questionsBetween =
    to === 'result' ? [] : QUESTION_IDS.filter((q) => rank(q) > rank(from) && rank(q) < rank(to));
  return { from, to, when: when === ALWAYS ? undefined : when, skips: questionsBetween };
}

export const FLOW_EDGES: readonly FlowEdge[] = [
  ...FIRST_STEPS.map((to) => edge('start', to)),
  ...QUESTION_IDS.flatMap((q) => STEPS[q].next.map((to) => edge(q, to))),
  edge('check', AFTER_CHECK),
];

export function successors(node: FlowNode): FlowNode[] {
  return FLOW_EDGES.filter((e) => e.from === node).map((e) => e.to);
}

export function predecessors(node: FlowNode): FlowNode[] {
  return FLOW_EDGES.filter((e) => e.to === node).map((e) => e.from);
}

function search(from: FlowNode, step: (node: FlowNode) => FlowNode[]): Set<FlowNode> {
  const seen = new Set<FlowNode>([from]);
  const queue: FlowNode[] = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const n of step(node)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** Every node reachable from `from` along declared edges (including `from`). */
export function reachableFrom(from: FlowNode): Set<FlowNode> {
  return search(from, successors);
}

/** Every node from which `to` can be reached (including `to`). */
export function canReach(to: FlowNode): Set<FlowNode> {
  return search(to, predecessors);
}

/** Nodes the start page can never lead to. Should be empty. */
export function unreachableNodes(): FlowNode[] {
  const reached = reachableFrom('start');
  return FLOW_NODES.filter((n) => !reached.has(n));
}

/** Nodes from which the result can never be reached. Should be empty. */
export function deadEnds(): FlowNode[] {
  const reaching = canReach('result');
  return FLOW_NODES.filter((n) => !reaching.has(n));
}

/** Edges that point backwards or to themselves. Should be empty: the flow only moves forward. */
export function backwardEdges(): FlowEdge[] {
  return FLOW_EDGES.filter((e) => rank(e.to) <= rank(e.from));
}
