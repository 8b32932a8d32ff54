/** The app's URLs in one place (features link with the same literal paths). */
export const paths = {
  overview: () => '/',
  themes: () => '/themas',
  theme: (code: string) => `/themas/${encodeURIComponent(code)}`,
  partnership: (id: string) => `/partnerschappen/${encodeURIComponent(id)}`,
  development: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/ontwikkeling`,
  people: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/mensen`,
  auditLog: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/auditlog`,
  profile: () => '/profiel',
  platformPartnerships: () => '/beheer/partnerschappen',
  signIn: () => '/aanmelden',
  signOut: () => '/afmelden',
};
