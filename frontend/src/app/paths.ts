/** The app's URLs in one place (features link with the same literal paths). */
export const paths = {
  overview: () => '/',
  themes: () => '/themas',
  theme: (code: string) => `/themas/${encodeURIComponent(code)}`,
  worksheet: (code: string) => `/themas/${encodeURIComponent(code)}/werkblad`,
  scenarioCard: (code: string) => `/themas/${encodeURIComponent(code)}/scenariokaart`,
  themeDiff: (code: string) => `/themas/${encodeURIComponent(code)}/verschillen`,
  adaptations: () => '/themas/aanpassingen',
  instruments: () => '/instrumenten',
  qualityCulture: () => '/kwaliteitscultuur',
  partnership: (id: string) => `/partnerschappen/${encodeURIComponent(id)}`,
  development: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/ontwikkeling`,
  safeguards: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/waarborgen`,
  commonThreads: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/rode-lijnen`,
  locationDashboard: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/onze-locatie`,
  rolePerspectives: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/rolperspectieven`,
  newEvaluation: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/evaluaties/nieuw`,
  evaluation: (id: string, evaluationId: string) =>
    `/partnerschappen/${encodeURIComponent(id)}/evaluaties/${encodeURIComponent(evaluationId)}`,
  captureSession: (id: string, evaluationId: string, sessionId: string) =>
    `/partnerschappen/${encodeURIComponent(id)}/evaluaties/${encodeURIComponent(evaluationId)}/gesprekken/${encodeURIComponent(sessionId)}`,
  correctSession: (id: string, evaluationId: string, sessionId: string) =>
    `/partnerschappen/${encodeURIComponent(id)}/evaluaties/${encodeURIComponent(evaluationId)}/gesprekken/${encodeURIComponent(sessionId)}/correctie`,
  people: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/mensen`,
  auditLog: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/auditlog`,
  importHistory: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/importeren`,
  profile: () => '/profiel',
  platformPartnerships: () => '/beheer/partnerschappen',
  signIn: () => '/aanmelden',
  signOut: () => '/afmelden',
};
