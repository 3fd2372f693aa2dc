/**
 * Per-step sentences, smart-answers style: for each question, when it is asked and what comes
 * after it. Every case gives the answers a user would have given before reaching the step.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type QuestionId } from '../../src/domain';
import { askedWhen } from '../../src/rules/applicability';
import { FIRST_STEPS, STEPS, STEP_LIST, type StepTarget } from '../../src/flow/steps';
import { nextStep } from '../../src/flow/resolve';
import { NIE_TIE, isAsked, nextAfterAnswering, withAnswer } from './support';

const ID_VALUES = ['nie', 'dni', 'pending', 'none'] as const;

/** NIE_TIE with some answers replaced (`undefined` removes one). */
function nie(changes: Partial<Record<QuestionId, unknown>> = {}): Answers {
  return Object.entries(changes).reduce<Answers>((a, [q, v]) => withAnswer(a, q as QuestionId, v), NIE_TIE);
}

describe('the declarations', () => {
  it('declare every question once, in QUESTION_IDS order, each under its own id', () => {
    expect(Object.keys(STEPS)).toEqual([...QUESTION_IDS]);
    expect(STEP_LIST.map((s) => s.id)).toEqual([...QUESTION_IDS]);
  });

  it('reference the askedWhen predicate of rules/applicability itself, not a copy', () => {
    for (const q of QUESTION_IDS) expect(STEPS[q].askedWhen).toBe(askedWhen[q]);
  });

  it('only point forward, each next list without duplicates, and describe every condition', () => {
    for (const step of STEP_LIST) {
      expect(new Set(step.next).size).toBe(step.next.length);
      for (const to of step.next) {
        if (to !== 'check') expect(QUESTION_IDS.indexOf(to)).toBeGreaterThan(QUESTION_IDS.indexOf(step.id));
      }
      expect(step.when.length).toBeGreaterThan(0);
    }
  });

  it('start at the first question', () => {
    expect(FIRST_STEPS).toEqual([nextStep({})]);
  });

  it('reject unknown step ids at compile time', () => {
    // @ts-expect-error 'nationality' is not a question id
    const unknownTarget: StepTarget = 'nationality';
    const stepNamed = (id: keyof typeof STEPS): string => id;
    // @ts-expect-error STEPS has no such step
    const unknownStep = stepNamed('nationality');
    // @ts-expect-error 'result' is never a question's direct successor (check comes first)
    const skipsCheck: StepTarget = 'result';
    expect([unknownTarget, unknownStep, skipsCheck]).toHaveLength(3);
  });
});

describe('id, phone, app, work, tasks, use and island', () => {
  const always = ['id', 'phone', 'app', 'work', 'tasks', 'use', 'island'] as const;
  const cases: Answers[] = [
    nie(),
    nie({ cert: 'yes' }),
    nie({ doc: 'nie-paper', phone: 'none', app: 'no', work: 'company', tasks: [], computer: 'no' }),
    { id: 'dni', phone: 'es', app: 'yes', cert: 'no', work: 'employee', tasks: ['tax'], use: 'regular' },
    { id: 'dni', phone: 'foreign', app: 'no', cert: 'yes', work: 'student', tasks: [], use: 'occasional' },
    { id: 'pending', doc: 'eu-cert', phone: 'none', app: 'no', work: 'other', tasks: [], use: 'regular', visit: 'no', computer: 'no' },
    { id: 'none', doc: 'tie', phone: 'es', app: 'yes', work: 'pensioner', tasks: ['health'], use: 'occasional', visit: 'yes' },
  ];

  it.each(always)('%s is always asked', (q) => {
    for (const a of cases) expect(isAsked(q, a)).toBe(true);
  });

  it('id is the first question, and Back from it goes to the start page', () => {
    expect(nextStep({})).toBe('id');
  });

  it('island is the last question: after it comes the check page', () => {
    for (const a of cases) expect(nextAfterAnswering('island', { ...a, island: 'other' })).toBe('check');
  });

  it('tasks may be answered with an empty set', () => {
    expect(nextAfterAnswering('tasks', nie({ tasks: [] }))).toBe('use');
  });
});

describe('doc', () => {
  it.each(['nie', 'pending', 'none'] as const)('is asked when id is %s', (id) => {
    expect(isAsked('doc', { id })).toBe(true);
    expect(nextAfterAnswering('id', { id })).toBe('doc');
  });

  it('is never asked for dni: phone follows id', () => {
    expect(isAsked('doc', { id: 'dni' })).toBe(false);
    expect(nextAfterAnswering('id', { id: 'dni' })).toBe('phone');
  });

  it('a doc answer left over from another id is ignored for dni', () => {
    expect(nextStep({ id: 'dni', doc: 'tie' })).toBe('phone');
  });
});

describe('cert', () => {
  it.each(['nie', 'dni'] as const)('is asked for %s', (id) => {
    const a: Answers = { id, ...(id === 'nie' ? { doc: 'tie' } : {}), phone: 'es', app: 'no' };
    expect(isAsked('cert', a)).toBe(true);
    expect(nextAfterAnswering('app', a)).toBe('cert');
  });

  it.each(['pending', 'none'] as const)('is never asked for %s (no number, no certificate): work follows app', (id) => {
    const a: Answers = { id, doc: 'eu-cert', phone: 'es', app: 'no' };
    expect(isAsked('cert', a)).toBe(false);
    expect(nextAfterAnswering('app', a)).toBe('work');
  });
});

describe('visit', () => {
  it('is asked without a certificate', () => {
    expect(isAsked('visit', nie())).toBe(true);
    expect(nextAfterAnswering('use', nie())).toBe('visit');
  });

  it('is skipped with a usable certificate: island follows use', () => {
    expect(isAsked('visit', nie({ cert: 'yes' }))).toBe(false);
    expect(isAsked('visit', { ...nie({ id: 'dni', doc: undefined, app: 'no' }), cert: 'yes' })).toBe(false);
    expect(nextAfterAnswering('use', nie({ cert: 'yes' }))).toBe('island');
  });

  it.each(['es', 'foreign'] as const)('is skipped for a dni holder with the app and a %s mobile (app video viable)', (phone) => {
    const dniApp: Answers = { id: 'dni', phone, app: 'yes', cert: 'no', work: 'employee', tasks: [], use: 'occasional' };
    expect(isAsked('visit', dniApp)).toBe(false);
    expect(nextAfterAnswering('use', dniApp)).toBe('island');
  });

  it('v3: is asked for a dni holder with the app but no mobile (app video asks for their own number)', () => {
    const dniAppNoPhone: Answers = { id: 'dni', phone: 'none', app: 'yes', cert: 'no', work: 'employee', tasks: [], use: 'occasional' };
    expect(isAsked('visit', dniAppNoPhone)).toBe(true);
    expect(nextAfterAnswering('use', dniAppNoPhone)).toBe('visit');
  });

  it('is asked for a dni holder without the app, and for an nie holder with the app', () => {
    expect(isAsked('visit', { id: 'dni', phone: 'es', app: 'no', cert: 'no', work: 'employee', tasks: [], use: 'occasional' })).toBe(true);
    expect(isAsked('visit', nie({ app: 'yes' }))).toBe(true);
  });

  it.each(['pending', 'none'] as const)('is asked for %s even with a stored cert = yes (it counts as no)', (id) => {
    const a: Answers = { id, doc: 'tie', phone: 'es', app: 'yes', cert: 'yes', work: 'employee', tasks: [], use: 'occasional' };
    expect(isAsked('visit', a)).toBe(true);
  });
});

describe('computer', () => {
  // Baseline: FNMT not wanted (employee, tax only, a TIE, a phone) and able to visit.
  const plain = nie({ visit: 'yes' });

  it('is not asked when nothing calls for a certificate and the person can visit', () => {
    expect(isAsked('computer', plain)).toBe(false);
    expect(nextAfterAnswering('visit', plain)).toBe('fiscal');
  });

  it.each<[string, Partial<Record<QuestionId, unknown>>]>([
    ['FNMT required: runs a company', { work: 'company' }],
    ['FNMT recommended: autónomo', { work: 'autonomo' }],
    ['FNMT recommended: wants to sign', { tasks: ['tax', 'sign'] }],
    ['FNMT recommended: only the white NIE sheet', { doc: 'nie-paper' }],
    ['no phone', { phone: 'none' }],
    ['cannot visit (visit = no)', { visit: 'no' }],
  ])('is asked when visit was asked and %s', (_reason, changes) => {
    const a = nie({ visit: 'yes', ...changes });
    expect(isAsked('visit', a)).toBe(true);
    expect(isAsked('computer', a)).toBe(true);
    expect(nextAfterAnswering('visit', a)).toBe('computer');
  });

  it('is asked for pending or none who cannot visit', () => {
    const a: Answers = { id: 'pending', doc: 'tie', phone: 'es', app: 'yes', work: 'employee', tasks: [], use: 'occasional', visit: 'no' };
    expect(isAsked('computer', a)).toBe(true);
  });

  it('is not asked when visit was skipped, even if FNMT is required (company with a certificate)', () => {
    const a = nie({ work: 'company', cert: 'yes', visit: 'no' });
    expect(isAsked('visit', a)).toBe(false);
    expect(isAsked('computer', a)).toBe(false);
  });

  it('is not asked for a dni holder with the app and a mobile, even with a stored visit = no', () => {
    const a: Answers = { id: 'dni', phone: 'es', app: 'yes', cert: 'no', work: 'autonomo', tasks: ['sign'], use: 'regular', visit: 'no' };
    expect(isAsked('computer', a)).toBe(false);
    expect(nextAfterAnswering('use', a)).toBe('island');
  });

  it('v3: is asked for a dni holder with the app but no mobile, after visit (no phone: a certificate is the way)', () => {
    const a: Answers = { id: 'dni', phone: 'none', app: 'yes', cert: 'no', work: 'employee', tasks: ['tax'], use: 'occasional', visit: 'yes' };
    expect(isAsked('computer', a)).toBe(true);
    expect(nextAfterAnswering('visit', a)).toBe('computer');
  });
});

describe('fiscal', () => {
  it.each(['tie', 'eu-cert'] as const)('is asked for nie with a %s and no certificate (the letter is viable)', (doc) => {
    expect(isAsked('fiscal', nie({ doc }))).toBe(true);
  });

  it('is asked for dni without the app and without a certificate', () => {
    const a: Answers = { id: 'dni', phone: 'es', app: 'no', cert: 'no', work: 'employee', tasks: [], use: 'occasional', visit: 'yes' };
    expect(isAsked('fiscal', a)).toBe(true);
  });

  it('is not asked with only the white NIE sheet (no support number)', () => {
    expect(isAsked('fiscal', nie({ doc: 'nie-paper', computer: 'no' }))).toBe(false);
  });

  it('is not asked with a usable certificate', () => {
    expect(isAsked('fiscal', nie({ cert: 'yes' }))).toBe(false);
  });

  it('is not asked for dni with the app', () => {
    expect(isAsked('fiscal', { id: 'dni', phone: 'es', app: 'yes', cert: 'no', work: 'employee', tasks: [], use: 'occasional' })).toBe(false);
  });

  it('is never asked for pending or none, whatever else is answered', () => {
    for (const id of ['pending', 'none'] as const) {
      for (const doc of QUESTION_VALUES.doc) {
        for (const app of QUESTION_VALUES.app) {
          for (const visit of QUESTION_VALUES.visit) {
            const a = { id, doc, phone: 'es', app, cert: 'yes', work: 'employee', tasks: [], use: 'occasional', visit, computer: 'yes' } as Answers;
            expect(isAsked('fiscal', a)).toBe(false);
          }
        }
      }
    }
  });

  it('is asked exactly when the letter is viable, for every id, doc, app and cert', () => {
    for (const id of ID_VALUES) {
      for (const doc of [...QUESTION_VALUES.doc, undefined]) {
        for (const app of QUESTION_VALUES.app) {
          for (const cert of QUESTION_VALUES.cert) {
            const a = { id, doc, phone: 'es', app, cert, work: 'employee', tasks: [], use: 'occasional', visit: 'yes', computer: 'no' } as Answers;
            if (id !== 'dni' && doc === undefined) continue; // doc is on the path: not a reachable case
            const support = id === 'dni' || doc === 'tie' || doc === 'eu-cert';
            const usableCert = cert === 'yes' && (id === 'nie' || id === 'dni');
            const viable = !usableCert && ((id === 'nie' && support) || (id === 'dni' && app === 'no'));
            expect(isAsked('fiscal', id === 'dni' ? withAnswer(a, 'doc', undefined) : a), JSON.stringify(a)).toBe(viable);
          }
        }
      }
    }
  });
});
