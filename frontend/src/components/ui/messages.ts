/** Dutch texts of the shared UI building blocks. */
export const uiMessages = {
  loading: 'Bezig met laden…',
  retry: 'Opnieuw proberen',
  retrying: 'Bezig…',
  errorTitle: 'Dit lukte niet',
  fieldErrorsTitle: 'Wat er niet klopt:',
  appName: 'ZET Monitor',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.',
  documentTitle: (page: string) => `${page} · ZET Monitor`,
} as const;
