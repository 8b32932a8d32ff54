/** Dutch texts for failures of the API client, shown as they are to the user. */
export const apiMessages = {
  network:
    'Geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
  contract:
    'De server stuurde een antwoord dat de app niet begrijpt. Vernieuw de pagina; blijft het gebeuren, meld het dan bij de beheerder.',
  byStatus: {
    400: 'De aanvraag klopt niet. Controleer wat je hebt ingevuld.',
    401: 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.',
    403: 'Je hebt geen toegang tot deze gegevens.',
    404: 'Niet gevonden. Misschien is het verplaatst of verwijderd.',
    409: 'Iemand anders heeft dit intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.',
    422: 'Niet alles is goed ingevuld. Controleer de gemarkeerde velden.',
    429: 'Te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.',
    503: 'De server is tijdelijk niet beschikbaar. Probeer het over een ogenblik opnieuw.',
  } as Partial<Record<number, string>>,
  server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  unknown: 'Er ging iets mis. Probeer het opnieuw.',
} as const;
