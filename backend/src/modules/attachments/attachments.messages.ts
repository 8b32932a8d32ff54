import { ATTACHMENT_MAX_PER_SESSION } from '@zet/contracts';

/** Every Dutch text of the attachments, in one place. */
export const attachmentMessages = {
  noFile: 'Kies een foto of PDF-bestand om toe te voegen.',
  tooLarge: 'Dit bestand is te groot',
  unsupported:
    'Dit bestand kan niet worden toegevoegd. Voeg een foto toe (JPEG, PNG of WebP) of een PDF-bestand.',
  notFound: 'Dit bestand bestaat niet (meer), of je hebt er geen toegang toe.',
  tooMany: `Bij dit themagesprek staan al ${ATTACHMENT_MAX_PER_SESSION} bestanden. Verwijder eerst een bestand dat niet meer nodig is.`,
  mayNotUpload:
    'Je kunt alleen bestanden toevoegen bij themagesprekken die je zelf vastlegt. Na het vaststellen kan alleen de programmaleider nog bestanden toevoegen.',
  mayNotDelete:
    'Een bestand verwijderen kan de programmaleider, of de procesbegeleider van dit themagesprek zolang het dagdeel niet is vastgesteld.',
} as const;
