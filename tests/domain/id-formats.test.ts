import { describe, expect, it } from 'vitest';
import {
  checkNie,
  checkSoporte,
  controlLetter,
  isValidDni,
  isValidNie,
  nieControlLetter,
  normaliseIdInput,
} from '../../src/domain/id-formats';

describe('control letters', () => {
  it.each([
    ['12345678', 'Z'],
    ['01234567', 'L'],
    ['11234567', 'X'],
    ['21234567', 'R'],
    ['00000000', 'T'],
    ['10000000', 'Z'],
    ['20000000', 'M'],
  ])('%s → %s', (digits, letter) => {
    expect(controlLetter(digits)).toBe(letter);
  });

  it('rejects anything but 8 digits', () => {
    expect(() => controlLetter('1234567')).toThrow(RangeError);
  });

  it('maps X→0, Y→1, Z→2 for NIEs', () => {
    expect(nieControlLetter('X', '1234567')).toBe('L');
    expect(nieControlLetter('Y', '1234567')).toBe('X');
    expect(nieControlLetter('Z', '1234567')).toBe('R');
  });
});

describe('checkNie', () => {
  it.each(['X1234567L', 'Y1234567X', 'Z1234567R', 'X0000000T', 'Y0000000Z', 'Z0000000M', 'X0000111L'])(
    '%s is valid',
    (nie) => {
      expect(checkNie(nie)).toEqual({ kind: 'valid', normalised: nie, reformatted: false });
      expect(isValidNie(nie)).toBe(true);
    },
  );

  it('accepts the SMS service form X00000111L as X0000111L', () => {
    expect(checkNie('X00000111L')).toEqual({ kind: 'valid', normalised: 'X0000111L', reformatted: true });
  });

  it('upper-cases and strips spaces and hyphens', () => {
    expect(normaliseIdInput(' x-1234567 l ')).toBe('X1234567L');
    expect(checkNie('x-1234567-l')).toEqual({ kind: 'valid', normalised: 'X1234567L', reformatted: true });
  });

  it('X1234567A (an example some guides print) is invalid: the letter should be L', () => {
    expect(checkNie('X1234567A')).toEqual({ kind: 'wrong-letter', normalised: 'X1234567A', expected: 'X1234567L' });
    expect(isValidNie('X1234567A')).toBe(false);
  });

  it('names the missing control letter', () => {
    expect(checkNie('Y1234567')).toEqual({ kind: 'missing-letter', expectedFull: 'Y1234567X' });
  });

  it('recognises a DNI, a support number, and nonsense', () => {
    expect(checkNie('12345678Z')).toEqual({ kind: 'looks-like-dni', valid: true });
    expect(checkNie('12345678A')).toEqual({ kind: 'looks-like-dni', valid: false });
    expect(checkNie('E12345678')).toEqual({ kind: 'looks-like-soporte' });
    expect(checkNie('C01234567')).toEqual({ kind: 'looks-like-soporte' });
    expect(checkNie('hello')).toEqual({ kind: 'bad-format' });
    expect(checkNie('X123456789L')).toEqual({ kind: 'bad-format' });
    expect(checkNie('   ')).toEqual({ kind: 'empty' });
  });
});

describe('isValidDni', () => {
  it('12345678Z is valid, 12345678A is not', () => {
    expect(isValidDni('12345678Z')).toBe(true);
    expect(isValidDni('12345678-z')).toBe(true);
    expect(isValidDni('12345678A')).toBe(false);
  });
});

describe('checkSoporte', () => {
  it('accepts E + 8 digits for a TIE and C + 8 digits for an EU certificate', () => {
    expect(checkSoporte('E87654321', 'tie')).toEqual({ kind: 'valid', normalised: 'E87654321', reformatted: false });
    expect(checkSoporte('c01234567', 'eu-cert')).toEqual({ kind: 'valid', normalised: 'C01234567', reformatted: true });
  });

  it('pads an EU certificate number typed as digits only, or as C with fewer digits', () => {
    expect(checkSoporte('1234567', 'eu-cert')).toEqual({ kind: 'padded', suggestion: 'C01234567' });
    expect(checkSoporte('C1234567', 'eu-cert')).toEqual({ kind: 'padded', suggestion: 'C01234567' });
    expect(checkSoporte('C 123', 'eu-cert')).toEqual({ kind: 'padded', suggestion: 'C00000123' });
  });

  it('pads a TIE number with E', () => {
    expect(checkSoporte('E1234567', 'tie')).toEqual({ kind: 'padded', suggestion: 'E01234567' });
    expect(checkSoporte('87654321', 'tie')).toEqual({ kind: 'padded', suggestion: 'E87654321' });
  });

  it('warns about the wrong letter for the chosen document', () => {
    expect(checkSoporte('E87654321', 'eu-cert')).toEqual({ kind: 'wrong-prefix', expectedPrefix: 'C' });
    expect(checkSoporte('C01234567', 'tie')).toEqual({ kind: 'wrong-prefix', expectedPrefix: 'E' });
  });

  it('warns when an NIE or a DNI is typed here', () => {
    expect(checkSoporte('X1234567L', 'tie')).toEqual({ kind: 'looks-like-nie' });
    expect(checkSoporte('X00000111L', 'eu-cert')).toEqual({ kind: 'looks-like-nie' });
    expect(checkSoporte('12345678Z', undefined)).toEqual({ kind: 'looks-like-nie' });
  });

  it('without a document: either letter is fine, digits alone need one', () => {
    expect(checkSoporte('E87654321', undefined).kind).toBe('valid');
    expect(checkSoporte('C01234567', undefined).kind).toBe('valid');
    expect(checkSoporte('1234567', undefined)).toEqual({ kind: 'needs-prefix' });
    expect(checkSoporte('', undefined)).toEqual({ kind: 'empty' });
    expect(checkSoporte('E123456789', 'tie')).toEqual({ kind: 'bad-format' });
  });
});
