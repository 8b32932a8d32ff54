/**
 * Query keys of the auth module. Everything here belongs to the signed-in person, so it goes with
 * the rest of the cache when they sign out or someone else signs in.
 */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  providers: () => [...authKeys.all, 'providers'] as const,
  profile: () => [...authKeys.all, 'profile'] as const,
  sessions: () => [...authKeys.all, 'sessions'] as const,
  invitation: (token: string) => [...authKeys.all, 'invitation', token] as const,
};
