/** Dutch texts of signing in and out, password reset, invitations, the profile and the user menu. */
export const authMessages = {
  signIn: {
    title: 'Aanmelden',
    lead: 'Meld je aan bij ZET Monitor met je e-mailadres en wachtwoord.',
    continueLead: 'Meld je aan om verder te gaan.',
    email: 'E-mailadres',
    emailMissing: 'Vul je e-mailadres in.',
    password: 'Wachtwoord',
    showPassword: 'Wachtwoord tonen',
    submit: 'Aanmelden',
    submitting: 'Bezig met aanmelden…',
    forgotPassword: 'Wachtwoord vergeten?',
    wrongCredentials:
      'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.',
    tooManyAttempts:
      'Te veel pogingen achter elkaar. Wacht een kwartier en probeer het dan opnieuw, of stel een nieuw wachtwoord in.',
    or: 'of',
    withSso: (provider: string) => `Aanmelden met ${provider}`,
    ssoFallbackName: 'je instelling',
    ssoErrors: {
      'geen-uitnodiging': (provider: string) =>
        `Je bent bij ${provider} aangemeld, maar in ZET Monitor is er geen account of uitnodiging voor jouw e-mailadres. Vraag de programmaleider van je partnerschap om je uit te nodigen.`,
      'email-niet-bevestigd': (provider: string) =>
        `Van ${provider} kregen we geen bevestigd e-mailadres, dus we weten niet zeker wie je bent. Meld je aan met je e-mailadres en wachtwoord, of vraag je instelling om hulp.`,
      sso: (provider: string) =>
        `Aanmelden met ${provider} lukte niet. Probeer het opnieuw, of meld je aan met je e-mailadres en wachtwoord.`,
    } satisfies Record<string, (provider: string) => string>,
    signedOut: 'Je bent afgemeld.',
    demoHint:
      'Demo: de e-mailadressen en het wachtwoord van de demo-accounts staan in de terminal waarin je de app hebt gestart.',
  },

  secondFactor: {
    title: 'Tweestapsverificatie',
    lead: 'Vul de code van zes cijfers in die je authenticator-app nu laat zien.',
    recoveryLead: 'Vul een van je herstelcodes in. Elke herstelcode werkt één keer.',
    code: 'Code',
    recoveryCode: 'Herstelcode',
    useRecoveryCode: 'Telefoon niet bij de hand? Gebruik een herstelcode',
    useAppCode: 'Toch de code uit je app gebruiken',
    submit: 'Verder',
    startOver: 'Opnieuw beginnen met e-mailadres en wachtwoord',
  },

  enrol: {
    title: 'Tweestapsverificatie instellen',
    requiredLead:
      'Voor jouw rol is tweestapsverificatie verplicht. Je meldt je dan aan met je wachtwoord én met een code uit een app op je telefoon.',
    optionalLead:
      'Met tweestapsverificatie meld je je aan met je wachtwoord én met een code uit een app op je telefoon. Wie alleen je wachtwoord kent, komt er dan niet in.',
    appHint:
      'Je hebt een authenticator-app nodig, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.',
    start: 'Instellen beginnen',
    starting: 'Bezig…',
    addTitle: '1. Voeg ZET Monitor toe aan je app',
    addBody:
      'Open de link hieronder op je telefoon, of kies in je app voor een sleutel invoeren en typ de sleutel over.',
    secret: 'Sleutel',
    copySecret: 'Sleutel kopiëren',
    link: 'Link voor je app',
    openLink: 'Openen in je authenticator-app',
    copyLink: 'Link kopiëren',
    confirmTitle: '2. Bevestig met een code',
    code: 'Code uit je app',
    codeHint: 'Zes cijfers. Een code is maar een halve minuut geldig; neem de nieuwste.',
    confirm: 'Bevestigen',
    confirming: 'Bezig met bevestigen…',
    codesTitle: 'Bewaar je herstelcodes',
    codesLead:
      'Tweestapsverificatie staat aan. Raak je je telefoon kwijt, dan meld je je aan met een van deze herstelcodes; elke code werkt één keer.',
    codesWarning:
      'Je ziet deze codes maar één keer. Bewaar ze op een veilige plek, bijvoorbeeld in een wachtwoordmanager.',
    codesLabel: 'Herstelcodes',
    copyCodes: 'Codes kopiëren',
    saved: 'Ik heb ze bewaard',
    signOut: 'Afmelden',
    cancel: 'Annuleren',
  },

  signOut: {
    title: 'Afmelden',
    busy: 'Bezig met afmelden…',
    failed:
      'Afmelden lukte niet: je bent mogelijk nog aangemeld. Probeer het opnieuw, of sluit je browser.',
    back: 'Terug naar de app',
  },

  forgotPassword: {
    title: 'Wachtwoord vergeten',
    lead: 'Vul het e-mailadres in waarmee je je aanmeldt. Je krijgt dan een e-mail met een link om een nieuw wachtwoord in te stellen.',
    submit: 'Link versturen',
    submitting: 'Bezig met versturen…',
    sentTitle: 'Kijk in je mailbox',
    sent: (email: string) =>
      `Als er een account bij ${email} hoort, krijg je binnen een paar minuten een e-mail met een link. De link is een uur geldig en werkt één keer.`,
    sentHelp:
      'Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail, of vraag de programmaleider van je partnerschap om hulp.',
    tooManyAttempts:
      'Te veel aanvragen achter elkaar. Wacht een kwartier en probeer het dan opnieuw.',
    backToSignIn: 'Terug naar aanmelden',
  },

  resetPassword: {
    title: 'Nieuw wachtwoord instellen',
    lead: 'Kies een nieuw wachtwoord. Daarna word je overal afgemeld en meld je je opnieuw aan.',
    password: 'Nieuw wachtwoord',
    passwordHint: 'Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
    submit: 'Wachtwoord instellen',
    submitting: 'Bezig met opslaan…',
    done: 'Je nieuwe wachtwoord is ingesteld. Je bent overal afgemeld; meld je nu aan met je nieuwe wachtwoord.',
    signIn: 'Naar aanmelden',
    missingToken:
      'Deze link is onvolledig. Open de link uit de e-mail opnieuw, of vraag een nieuwe aan.',
    requestNew: 'Nieuwe link aanvragen',
  },

  invitation: {
    title: 'Uitnodiging',
    titleFor: (partnership: string) => `Uitnodiging voor ${partnership}`,
    intro: (name: string, role: string, partnership: string) =>
      `${name}, je bent uitgenodigd om als ${role.toLowerCase()} mee te doen in ZET Monitor voor ${partnership}.`,
    validUntil: (date: string) => `De uitnodiging is geldig tot ${date}.`,
    createTitle: 'Maak je account',
    createLead: 'Met dit account meld je je voortaan aan bij ZET Monitor.',
    email: 'E-mailadres',
    emailHint: 'De uitnodiging hoort bij dit adres.',
    name: 'Je naam',
    nameHint: 'Zoals de mensen in je partnerschap je kennen.',
    password: 'Kies een wachtwoord',
    accept: 'Account maken en uitnodiging aannemen',
    acceptSignedIn: 'Uitnodiging aannemen',
    accepting: 'Bezig…',
    signedInAs: (name: string, email: string) => `Je bent aangemeld als ${name} (${email}).`,
    otherAccount: (signedIn: string, invited: string) =>
      `Je bent aangemeld als ${signedIn}, maar deze uitnodiging is voor ${invited}. Meld je af en open de link daarna opnieuw.`,
    signOutFirst: 'Afmelden en verdergaan',
    accountExists: (email: string) =>
      `Er is al een account met ${email}. Meld je daarmee aan; daarna neem je hier de uitnodiging aan.`,
    signInToAccept: 'Aanmelden en uitnodiging aannemen',
    missingToken:
      'Deze link is onvolledig. Open de link uit de e-mail opnieuw, of vraag de programmaleider om een nieuwe uitnodiging.',
    invalidTitle: 'Deze uitnodiging werkt niet (meer)',
    invalidHelp: 'Vraag de programmaleider van je partnerschap om een nieuwe uitnodiging.',
    toSignIn: 'Naar aanmelden',
  },

  profile: {
    title: 'Profiel',
    lead: 'Je gegevens, je beveiliging en de apparaten waarop je bent aangemeld.',
    detailsTitle: 'Gegevens',
    name: 'Naam',
    nameHint: 'Zoals de mensen in je partnerschappen je zien.',
    email: 'E-mailadres',
    since: 'Account sinds',
    lastSignIn: 'Laatst aangemeld',
    save: 'Naam opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Je naam is opgeslagen.',
    twoFactorTitle: 'Tweestapsverificatie',
    twoFactorOn: 'Aan',
    twoFactorOff: 'Uit',
    twoFactorOnBody: 'Je meldt je aan met je wachtwoord en een code uit je authenticator-app.',
    setUp: 'Tweestapsverificatie instellen',
    enabled: 'Tweestapsverificatie staat nu aan.',
    sessionsTitle: 'Waar je bent aangemeld',
    sessionsLead:
      'Zie je een apparaat dat je niet kent? Meld je dan overal elders af en stel een nieuw wachtwoord in.',
    thisDevice: 'Dit apparaat',
    unknownDevice: 'Onbekend apparaat',
    signedInAt: 'Aangemeld',
    lastSeen: 'Laatst actief',
    ip: 'IP-adres',
    onlyHere: 'Je bent alleen hier aangemeld.',
    signOutElsewhere: 'Overal elders afmelden',
    signOutElsewhereTitle: 'Overal elders afmelden?',
    signOutElsewhereBody:
      'Je wordt afgemeld in alle andere browsers en op alle andere apparaten. Hier blijf je aangemeld. Werk dat daar nog niet is opgeslagen, gaat verloren.',
    signingOutElsewhere: 'Bezig met afmelden…',
    signedOutElsewhere: 'Je bent overal elders afgemeld.',
    cancel: 'Annuleren',
    close: 'Sluiten',
  },

  userMenu: {
    button: 'Gebruikersmenu',
    signedInAs: 'Aangemeld als',
    platformAdmin: 'Platformbeheerder',
    partnership: 'Partnerschap',
    switchPartnership: 'Wissel van partnerschap',
    roles: (count: number) => (count === 1 ? 'Je rol' : 'Je rollen'),
    noPartnership: 'Geen partnerschap gekozen',
    profile: 'Profiel',
    signOut: 'Afmelden',
  },
} as const;
