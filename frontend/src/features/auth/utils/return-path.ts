/** The search param that carries where to go after signing in: /aanmelden?terug=/profiel. */
export const RETURN_PARAM = 'terug';
/** The sign-in step: the second factor, or setting it up. */
export const STEP_PARAM = 'stap';
export const SIGN_IN_STEPS = { secondFactor: 'tweestapsverificatie', enrol: 'instellen' } as const;
export type SignInStep = (typeof SIGN_IN_STEPS)[keyof typeof SIGN_IN_STEPS];

const SIGN_IN = '/aanmelden';
const NO_RETURN_TO = ['/aanmelden', '/afmelden'];

/**
 * Only a path on this site is a place to return to: never another origin ("//evil.example",
 * "/\\evil.example", "https://…"), and not the sign-in or sign-out page itself.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  // Control characters and whitespace have no place in our own paths.
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || /[\s\u007f]/.test(char))) return '/';
  const pathname = value.split(/[?#]/, 1)[0] ?? '';
  if (NO_RETURN_TO.some((page) => pathname === page || pathname.startsWith(`${page}/`))) {
    return '/';
  }
  return value;
}

/** /aanmelden, with where to go afterwards (left out when that is the home page) and the step. */
export function signInPath(options: { returnTo?: string; step?: SignInStep } = {}): string {
  const params = new URLSearchParams();
  if (options.step) params.set(STEP_PARAM, options.step);
  const returnTo = safeReturnPath(options.returnTo);
  if (returnTo !== '/') params.set(RETURN_PARAM, returnTo);
  const search = params.toString();
  return search ? `${SIGN_IN}?${search}` : SIGN_IN;
}

export function readSignInStep(params: URLSearchParams): SignInStep | undefined {
  const step = params.get(STEP_PARAM);
  return step === SIGN_IN_STEPS.secondFactor || step === SIGN_IN_STEPS.enrol ? step : undefined;
}
