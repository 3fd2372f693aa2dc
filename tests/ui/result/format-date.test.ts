import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/features/result/format-date';

describe('formatIsoDate', () => {
  it('writes the calendar day in the given language, whatever the time zone', () => {
    expect(formatIsoDate('2026-11-27', 'en')).toBe('November 27, 2026');
    expect(formatIsoDate('2026-01-01', 'de')).toBe('1. Januar 2026');
    expect(formatIsoDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
  });

  it('falls back to the raw text for a date it cannot read', () => {
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });
});
