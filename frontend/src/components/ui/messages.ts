/** Dutch texts of the shared UI building blocks. */
export const uiMessages = {
  loading: 'Bezig met laden…',
  retry: 'Opnieuw proberen',
  retrying: 'Bezig…',
  errorTitle: 'Dit lukte niet',
  fieldErrorsTitle: 'Wat er niet klopt:',
  appName: 'ZET Monitor',
  documentTitle: (page: string) => `${page} · ZET Monitor`,
} as const;
