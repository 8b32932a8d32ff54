/** The feature's URLs (the app's `paths` has the same literals). */
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/partnerschappen/${enc(partnershipId)}`;

export const evaluationPaths = {
  partnership: (partnershipId: string) => base(partnershipId),
  newEvaluation: (partnershipId: string) => `${base(partnershipId)}/evaluaties/nieuw`,
  evaluation: (partnershipId: string, evaluationId: string) =>
    `${base(partnershipId)}/evaluaties/${enc(evaluationId)}`,
  plan: (partnershipId: string, evaluationId: string) =>
    `${evaluationPaths.evaluation(partnershipId, evaluationId)}/planning`,
  review: (partnershipId: string, evaluationId: string) =>
    `${evaluationPaths.evaluation(partnershipId, evaluationId)}/vaststellen`,
  capture: (partnershipId: string, evaluationId: string, sessionId: string) =>
    `${evaluationPaths.evaluation(partnershipId, evaluationId)}/gesprekken/${enc(sessionId)}`,
  correction: (partnershipId: string, evaluationId: string, sessionId: string) =>
    `${evaluationPaths.capture(partnershipId, evaluationId, sessionId)}/correctie`,
  live: (partnershipId: string, evaluationId: string, sessionId: string) =>
    `${evaluationPaths.capture(partnershipId, evaluationId, sessionId)}/live`,
};
