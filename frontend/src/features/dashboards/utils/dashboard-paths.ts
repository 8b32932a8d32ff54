/** The feature's URLs (the app's `paths` has the same literals). */
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/partnerschappen/${enc(partnershipId)}`;

export const dashboardPaths = {
  development: (partnershipId: string) => `${base(partnershipId)}/ontwikkeling`,
  safeguards: (partnershipId: string) => `${base(partnershipId)}/waarborgen`,
  commonThreads: (partnershipId: string) => `${base(partnershipId)}/rode-lijnen`,
  location: (partnershipId: string) => `${base(partnershipId)}/onze-locatie`,
  rolePerspectives: (partnershipId: string) => `${base(partnershipId)}/rolperspectieven`,
};
