/** Query keys of the platform module: across partnerships, for platform admins only. */
export const platformKeys = {
  all: ['platform'] as const,
  partnerships: () => [...platformKeys.all, 'partnerships'] as const,
};
