/** Query keys of the content module. Content is the same for every partnership. */
export const contentKeys = {
  all: ['content'] as const,
  overview: () => [...contentKeys.all, 'overview'] as const,
  themes: () => [...contentKeys.all, 'themes'] as const,
  theme: (code: string, version: string | undefined) =>
    [...contentKeys.themes(), code, version ?? 'current'] as const,
};
