/** <EmbedBridge> in jsdom: theme, messages and where they may go. */
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FixPlan, Plan } from '../../src/domain';
import {
  EmbedBridge,
  useEmbed,
  useEmbedFixResult,
  useEmbedResult,
  type EmbedMessage,
  type EmbedOptions,
  type ParentEvidence,
} from '../../src/embed';
import { Redirect } from '../../src/features/common';

const AGENCY = 'https://agency.example';
const PLAN: Plan = {
  blockers: [],
  level: 'basic',
  levelObtained: 'basic',
  route: 'invitation-letter',
  alternatives: ['in-person'],
  variant: 'movil',
  alsoActivate: [],
  fnmt: 'not-needed',
  checklist: ['mobile-and-email'],
  warnings: [],
  nextSteps: [],
  offices: [],
  capabilities: [],
  routeNotes: [],
  reasons: [],
};

function Probe() {
  const { embedded } = useEmbed();
  const navigate = useNavigate();
  const [plan, setPlan] = useState<Plan | undefined>(undefined);
  useEmbedResult(plan);
  return (
    <div>
      <p>{embedded ? 'embedded' : 'standalone'}</p>
      <button type="button" onClick={() => void navigate('/q/doc')}>next</button>
      <button type="button" onClick={() => { setPlan(PLAN); }}>plan</button>
      <button type="button" onClick={() => { setPlan({ ...PLAN }); }}>same plan again</button>
    </div>
  );
}

const FIX: FixPlan = {
  problem: 'new-number',
  fix: 'new-number-in-person',
  notes: [],
  warnings: ['one-number-per-person'],
  bring: ['book-appointment', 'bring-dni'],
  offices: ['aeat-appointment'],
  handover: { id: 'dni', island: 'mallorca' },
  reasons: [{ rule: 'new-number-in-person', sources: ['clave-change-data'] }],
};

function FixProbe() {
  const navigate = useNavigate();
  const [plan, setPlan] = useState<FixPlan | undefined>(undefined);
  useEmbedFixResult(plan);
  return (
    <div>
      <button type="button" onClick={() => void navigate('/fix/q/cert')}>next</button>
      <button type="button" onClick={() => { setPlan(FIX); }}>fix</button>
    </div>
  );
}

function setup(options: EmbedOptions, evidence: ParentEvidence = { ancestorOrigins: [AGENCY] }) {
  const postMessage = vi.fn();
  const view = render(
    <MemoryRouter initialEntries={['/q/id']}>
      <EmbedBridge options={options} target={{ postMessage }} evidence={evidence}>
        <Probe />
      </EmbedBridge>
    </MemoryRouter>,
  );
  const sent = () =>
    postMessage.mock.calls.map(([message, origin]) => ({ ...(message as EmbedMessage), to: origin as string }));
  return { ...view, postMessage, sent };
}

afterEach(() => {
  document.documentElement.removeAttribute('style');
});

describe('EmbedBridge', () => {
  it('does nothing without embed=1', () => {
    const { postMessage, container } = setup({ enabled: false, transparent: false });
    expect(screen.getByText('standalone')).toBeInTheDocument();
    expect(document.documentElement).not.toHaveAttribute('data-embed');
    expect(container.querySelector('.embed-root')).toBeNull();
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('marks the page, applies the accent and the transparent background, and undoes it on unmount', () => {
    const { unmount } = setup({ enabled: true, transparent: true, accent: '#0b6e4f', frame: 'f1' });
    const root = document.documentElement;
    expect(screen.getByText('embedded')).toBeInTheDocument();
    expect(root).toHaveAttribute('data-embed');
    expect(root).toHaveAttribute('data-embed-bg', 'transparent');
    expect(root.style.getPropertyValue('--accent')).toBe('#0b6e4f');
    expect(root.style.getPropertyValue('--accent-contrast')).toBe('#ffffff');
    unmount();
    expect(root).not.toHaveAttribute('data-embed');
    expect(root.style.getPropertyValue('--accent')).toBe('');
  });

  it('posts its height to any parent, steps and results only to the verified origin', async () => {
    const { sent } = setup({ enabled: true, transparent: false, frame: 'f1', origin: AGENCY });
    expect(sent().filter((m) => m.type === 'resize')).toEqual([
      { source: 'clave-wizard', version: 1, type: 'resize', frame: 'f1', height: 0, to: '*' },
    ]);
    await vi.waitFor(() => {
      expect(sent()).toContainEqual({ source: 'clave-wizard', version: 1, type: 'step', frame: 'f1', step: 'id', to: AGENCY });
    });
    act(() => {
      screen.getByText('next').click();
    });
    await vi.waitFor(() => {
      expect(sent().filter((m) => m.type === 'step')).toHaveLength(2);
    });
    act(() => {
      screen.getByText('plan').click();
    });
    act(() => {
      screen.getByText('same plan again').click();
    });
    await vi.waitFor(() => {
      expect(sent().filter((m) => m.type !== 'resize').map((m) => [m.type, m.to])).toEqual([
        ['step', AGENCY],
        ['step', AGENCY],
        ['result', AGENCY],
      ]);
    });
    const result = sent().find((m) => m.type === 'result');
    expect(result?.type === 'result' ? result.result : undefined).toEqual({
      blockers: [],
      level: 'basic',
      levelObtained: 'basic',
      route: 'invitation-letter',
      alternatives: ['in-person'],
      variant: 'movil',
      alsoActivate: [],
      fnmt: 'not-needed',
      checklist: ['mobile-and-email'],
      warnings: [],
    });
  });

  it('reports a page left the moment it appeared (Continue, then at once the next button), and its step before its result', () => {
    const { sent } = setup({ enabled: true, transparent: false, origin: AGENCY });
    act(() => {
      screen.getByText('next').click(); // /q/id → /q/doc straight away
    });
    act(() => {
      screen.getByText('plan').click(); // a result at once: its page's step goes first
    });
    expect(sent().filter((m) => m.type !== 'resize').map((m) => (m.type === 'step' ? m.step : m.type))).toEqual([
      'id',
      'doc',
      'result',
    ]);
  });

  it('never reports a page that only redirects, and reports where the redirect lands', async () => {
    const postMessage = vi.fn();
    render(
      <MemoryRouter initialEntries={['/q/phone']}>
        <EmbedBridge options={{ enabled: true, transparent: false, origin: AGENCY }} target={{ postMessage }} evidence={{ ancestorOrigins: [AGENCY] }}>
          <Routes>
            <Route path="/q/phone" element={<Redirect to="/q/id" />} />
            <Route path="/q/id" element={<p>first question</p>} />
          </Routes>
        </EmbedBridge>
      </MemoryRouter>,
    );
    expect(await screen.findByText('first question')).toBeInTheDocument();
    const steps = postMessage.mock.calls.map(([m]) => m as EmbedMessage).filter((m) => m.type === 'step');
    expect(steps.map((m) => m.step)).toEqual(['id']);
  });

  it('sends no data when the parent origin contradicts the claim', () => {
    const { sent } = setup({ enabled: true, transparent: false, origin: 'https://evil.example' });
    expect(sent().map((m) => m.type)).toEqual(['resize']);
  });

  it('never moves the focus', () => {
    const before = document.activeElement;
    setup({ enabled: true, transparent: false, origin: AGENCY });
    expect(document.activeElement).toBe(before);
  });

  it('on the fix path: steps are fix:<page>, and a fix-result carries the fix\'s ids only, never answers or offices', async () => {
    const postMessage = vi.fn();
    render(
      <MemoryRouter initialEntries={['/fix']}>
        <EmbedBridge options={{ enabled: true, transparent: false, origin: AGENCY }} target={{ postMessage }} evidence={{ ancestorOrigins: [AGENCY] }}>
          <FixProbe />
        </EmbedBridge>
      </MemoryRouter>,
    );
    act(() => {
      screen.getByText('next').click();
    });
    act(() => {
      screen.getByText('fix').click();
    });
    await vi.waitFor(() => {
      expect(postMessage.mock.calls.map(([m]) => m as EmbedMessage).filter((m) => m.type !== 'resize')).toHaveLength(3);
    });
    const sent = postMessage.mock.calls.map(([m, to]) => [m as EmbedMessage, to as string] as const).filter(([m]) => m.type !== 'resize');
    expect(sent.map(([m, to]) => [m.type === 'step' ? m.step : m.type, to])).toEqual([
      ['fix:problem', AGENCY],
      ['fix:cert', AGENCY],
      ['fix-result', AGENCY],
    ]);
    const [message] = sent[2] ?? [];
    expect(message?.type === 'fix-result' ? message.result : undefined).toEqual({
      fix: 'new-number-in-person',
      notes: [],
      warnings: ['one-number-per-person'],
      bring: ['book-appointment', 'bring-dni'],
    });
  });
});
