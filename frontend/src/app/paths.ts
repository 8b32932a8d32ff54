/** The app's URLs in one place (features link with the same literal paths). */
export const paths = {
  overview: () => '/',
  themes: () => '/themas',
  theme: (code: string) => `/themas/${encodeURIComponent(code)}`,
  partnership: (id: string) => `/partnerschappen/${encodeURIComponent(id)}`,
  development: (id: string) => `/partnerschappen/${encodeURIComponent(id)}/ontwikkeling`,
};
