import { describe, expect, it } from '@jest/globals';
import { readSignInStep, safeReturnPath, signInPath } from './return-path';

describe(safeReturnPath.name, () => {
  it('keeps a path on this site, with its search', () => {
    expect(safeReturnPath('/partnerschappen/1/mensen?x=1')).toBe('/partnerschappen/1/mensen?x=1');
  });

  it('refuses other origins and odd values', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/a b',
      '/a\nb',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });

  it('does not return to the sign-in or sign-out page', () => {
    expect(safeReturnPath('/aanmelden?terug=/x')).toBe('/');
    expect(safeReturnPath('/afmelden')).toBe('/');
    expect(safeReturnPath('/aanmeldenx')).toBe('/aanmeldenx');
  });
});

describe(signInPath.name, () => {
  it('leaves out the home page as the place to return to', () => {
    expect(signInPath()).toBe('/aanmelden');
    expect(signInPath({ returnTo: '/' })).toBe('/aanmelden');
  });

  it('encodes the return path and the step', () => {
    expect(signInPath({ returnTo: '/uitnodiging?token=abc', step: 'instellen' })).toBe(
      '/aanmelden?stap=instellen&terug=%2Fuitnodiging%3Ftoken%3Dabc',
    );
  });
});

describe(readSignInStep.name, () => {
  it('knows only the two steps', () => {
    expect(readSignInStep(new URLSearchParams('stap=tweestapsverificatie'))).toBe(
      'tweestapsverificatie',
    );
    expect(readSignInStep(new URLSearchParams('stap=iets'))).toBeUndefined();
  });
});
