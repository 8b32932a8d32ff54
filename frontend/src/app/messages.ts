/** Dutch texts of the app shell and the pages it owns. */
export const appMessages = {
  appName: 'ZET Monitor',
  skipLink: 'Naar de inhoud',
  primaryNav: 'Hoofdmenu',
  nav: {
    overview: 'Overzicht',
    themes: "Thema's",
    partnership: 'Partnerschap',
    development: 'Ontwikkeling',
    safeguards: 'Waarborgen',
    locationDashboard: 'Onze locatie',
    management: 'Beheer',
    platform: 'Platform',
  },
  managementNav: 'Beheer van het partnerschap',
  management: { people: 'Mensen', auditLog: 'Auditlog', importHistory: 'Importeren' },
  sessionCheckFailed: 'We konden niet nagaan of je bent aangemeld.',
  noAccessTitle: 'Nog geen toegang',
  noAccessBody:
    'Je bent aangemeld, maar je hebt (nog) geen toegang tot een partnerschap. Vraag de programmaleider van je partnerschap om je uit te nodigen.',
  partnershipLabel: 'Partnerschap:',
  footer: 'ZET Monitor · zelfevaluatie voor Samen Opleiden & Professionaliseren',

  notFoundTitle: 'Pagina niet gevonden',
  notFoundBody:
    'Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een typefout in het adres.',
  notFoundHome: 'Naar het overzicht',

  crashTitle: 'Er ging iets mis',
  crashBody:
    'Deze pagina kon niet worden getoond. Laad de pagina opnieuw; lukt het dan nog niet, probeer het later nog eens.',
  crashReload: 'Pagina opnieuw laden',
  chunkFailed:
    'Een deel van de app kon niet worden geladen. Misschien is er net een nieuwe versie geplaatst. Laad de pagina opnieuw.',
} as const;
