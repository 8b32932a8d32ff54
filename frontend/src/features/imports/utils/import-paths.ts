/** The feature's URLs (the app's `paths` has the same literals). */
const enc = encodeURIComponent;

export const importPaths = {
  evaluation: (partnershipId: string, evaluationId: string) =>
    `/partnerschappen/${enc(partnershipId)}/evaluaties/${enc(evaluationId)}`,
  importHistory: (partnershipId: string) => `/partnerschappen/${enc(partnershipId)}/importeren`,
};
