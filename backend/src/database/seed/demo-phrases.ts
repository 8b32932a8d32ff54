/**
 * Phrase banks for the demo dataset (see demo-dataset.ts). All user-facing text is Dutch, written
 * for the teachers, opleiders and school leaders who will read it in the demo.
 *
 * Findings are organised as ISSUES: one underlying observation ("werkplekbegeleiders hebben te
 * weinig tijd") with 3–5 PARAPHRASES that say the same in other words. The generator lets the same
 * issue recur at several locaties in one school year, each time in another paraphrase, so that a
 * text-similarity feature has real "rode lijnen" to find. Paraphrases are unique across all
 * issues (demo-dataset.spec.ts checks this), so a finding's text identifies its issue.
 *
 * Everything here is fictional: partnerships, schools, institutes and people are invented.
 */

export const ZET_2025_THEME_CODES = [
  'visie',
  'gespreid-leiderschap',
  'kwaliteitsontwikkeling',
  'professionalisering',
  'theorie-praktijk-persoon',
  'onderzoekende-houding',
  'rijke-leeromgeving',
  'rijke-leeromgeving-regie-op-leren',
  'coachen-en-feedback',
  'regie-op-leren',
  'beoordelen',
] as const;
export type ThemeCode = (typeof ZET_2025_THEME_CODES)[number];

export const ROLE_CODES = [
  'werkplekbegeleider',
  'schoolopleider',
  'instituutsopleider',
  'onderzoeksbegeleider',
  'coach-startende-leraren',
  'schoolleider',
  'mt-instituut',
  'student',
  'startende-leraar',
  'programmaleider',
  'stuurgroeplid',
  'overig',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

export type ImwrElement = 'inspireren' | 'mobiliseren' | 'waarderen' | 'reflecteren';

/** One underlying observation, said in several ways. `slug` is unique within its theme. */
export type IssueBank = {
  slug: string;
  paraphrases: readonly string[];
};

/** A verbeteractie that follows from a development issue, plus how the group phrases it as an afspraak. */
export type ActionTemplate = {
  title: string;
  description: string;
  ownerRole: RoleCode;
  /** One sentence for the session's "afspraken". */
  agreement: string;
  imwr: ImwrElement;
};

export type DevelopmentIssueBank = IssueBank & {
  actions: readonly ActionTemplate[];
};

export type ThemePhrases = {
  name: string;
  /**
   * What the group recognises at scenario 1..4 for this theme: a main clause starting in lower
   * case, used after a colon in the onderbouwing.
   */
  levels: readonly [string, string, string, string];
  strengths: readonly IssueBank[];
  developments: readonly DevelopmentIssueBank[];
};

export const SCENARIO_NAMES = [
  'Individuele begeleiding',
  'Commitment Samen Opleiden',
  'Verbinden en verbreden',
  'Co-creatie en innovatie',
] as const;

export const THEME_PHRASES: Record<ThemeCode, ThemePhrases> = {
  visie: {
    name: 'Visie',
    levels: [
      'ieder heeft vooral een eigen beeld van goed opleiden; een gedeelde visie is er nog niet echt',
      'er is een gezamenlijke visie en we staan achter samen opleiden, maar in de dagelijkse praktijk is die visie nog niet overal zichtbaar',
      'de visie verbindt school en instituut en we gebruiken haar bewust bij keuzes in begeleiding, beoordeling en professionalisering',
      'de visie wordt met alle betrokkenen, ook studenten en starters, steeds opnieuw doorleefd en samen vernieuwd',
    ],
    strengths: [
      {
        slug: 'visie-zichtbaar-in-begeleiding',
        paraphrases: [
          'De gedeelde visie op opleiden is terug te zien in de dagelijkse begeleiding van studenten.',
          'Wat we in de visie hebben opgeschreven, zie je ook echt terug in hoe werkplekbegeleiders met studenten omgaan.',
          'In begeleidingsgesprekken merk je dat we vanuit dezelfde uitgangspunten werken.',
          'Onze visie op opleiden blijft niet op papier: ze kleurt de manier waarop we stagiairs begeleiden.',
        ],
      },
      {
        slug: 'visie-samen-opgesteld',
        paraphrases: [
          'De visie is samen met het instituut ontwikkeld en wordt door beide kanten gedragen.',
          'School en lerarenopleiding hebben de visie gezamenlijk geformuleerd; het is echt een gedeeld verhaal.',
          'Bij het opstellen van het beroepsbeeld was iedereen betrokken, van werkplekbegeleider tot instituutsopleider.',
          'Het beroepsbeeld is in co-creatie tot stand gekomen, en daardoor voelen veel mensen zich er eigenaar van.',
        ],
      },
      {
        slug: 'studenten-kennen-kernbegrippen',
        paraphrases: [
          'Studenten kunnen de kernbegrippen van onze visie goed benoemen.',
          'Leraren in opleiding weten waar de opleidingsschool voor staat en kunnen dat in eigen woorden uitleggen.',
          'De kernwaarden komen al in de introductieweek aan bod, zodat studenten ze vanaf het begin kennen.',
        ],
      },
    ],
    developments: [
      {
        slug: 'visie-onbekend-bij-nieuwe-collegas',
        paraphrases: [
          "De visie is niet bekend bij nieuwe collega's.",
          'Nieuwe medewerkers weten vaak niet dat we een gezamenlijke visie op opleiden hebben.',
          'Wie net bij ons werkt, krijgt weinig mee van waar de opleidingsschool voor staat.',
          'In de inwerkperiode van nieuwe docenten komt de opleidingsvisie nauwelijks aan bod.',
          "Collega's die later zijn ingestroomd, kennen het beroepsbeeld alleen van horen zeggen.",
        ],
        actions: [
          {
            title: 'Opleidingsvisie opnemen in het inwerkprogramma',
            description:
              "De schoolopleider verzorgt aan het begin van elk schooljaar een korte sessie over de visie voor nieuwe collega's en neemt het beroepsbeeld op in de inwerkmap.",
            ownerRole: 'schoolopleider',
            agreement:
              "De schoolopleider zorgt dat de visie een vaste plek krijgt in het inwerkprogramma voor nieuwe collega's.",
            imwr: 'inspireren',
          },
          {
            title: 'Visie-ambassadeurs per sectie',
            description:
              "In elke sectie wordt één ervaren werkplekbegeleider aanspreekpunt voor de visie; hij of zij neemt nieuwe collega's mee in wat de kernbegrippen in de praktijk betekenen.",
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider vraagt in elke sectie een werkplekbegeleider om ambassadeur van de visie te worden.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'visie-vooral-op-papier',
        paraphrases: [
          'De visie staat vooral op papier en wordt in de praktijk weinig gebruikt.',
          'Het visiedocument is er wel, maar we pakken het zelden erbij als we keuzes maken.',
          'In het dagelijks werk is de visie nauwelijks een kompas; ze ligt vooral in de la.',
          'We verwijzen weinig naar onze kernbegrippen als we het over begeleiding of beoordeling hebben.',
        ],
        actions: [
          {
            title: 'Kernbegrippen vertalen naar zichtbaar begeleidingsgedrag',
            description:
              'In een bijeenkomst met werkplekbegeleiders benoemen we per kernbegrip wat je ervan ziet in de les en in het begeleidingsgesprek. De opbrengst wordt een kijkwijzer die we bij lesbezoeken gebruiken.',
            ownerRole: 'schoolopleider',
            agreement:
              'In de volgende bijeenkomst voor werkplekbegeleiders vertalen we de kernbegrippen naar concreet gedrag in de klas.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'visie-accenten-school-instituut',
        paraphrases: [
          'School en instituut leggen verschillende accenten als het over goed leraarschap gaat.',
          'Het beeld van een goede leraar verschilt tussen de opleiding en de school, en studenten merken dat.',
          'Vanuit de lerarenopleiding wordt iets anders benadrukt dan wat de school belangrijk vindt, wat soms tot verwarring leidt.',
          'We hebben nog geen gedeeld beeld van wat een startbekwame leraar moet kunnen.',
        ],
        actions: [
          {
            title: 'Dialoogsessie school en instituut over het beroepsbeeld',
            description:
              'Schoolopleiders en instituutsopleiders gaan aan de hand van praktijkvoorbeelden in gesprek over hun beeld van een goede leraar en leggen vast waar ze het over eens zijn en waar niet.',
            ownerRole: 'instituutsopleider',
            agreement:
              'De instituutsopleider organiseert samen met de schoolopleider een dialoogsessie over ons beeld van een goede leraar.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'studenten-praten-niet-mee-over-visie',
        paraphrases: [
          'Studenten en startende leraren worden niet betrokken bij het herijken van de visie.',
          'De stem van leraren in opleiding ontbreekt als we het over de visie hebben.',
          'Bij de doorontwikkeling van het beroepsbeeld praten vooral opleiders en leidinggevenden mee, starters niet.',
          'Er is geen vaste plek waar studenten kunnen meepraten over waar de opleidingsschool voor staat.',
        ],
        actions: [
          {
            title: 'Studentenpanel bij de herijking van de visie',
            description:
              'Twee keer per jaar komt een panel van studenten en starters bijeen dat meedenkt over de visie en over keuzes in het opleidingsprogramma.',
            ownerRole: 'programmaleider',
            agreement:
              'De programmaleider richt een studentenpanel in dat meepraat over de herijking van de visie.',
            imwr: 'mobiliseren',
          },
        ],
      },
    ],
  },

  'gespreid-leiderschap': {
    name: 'Gespreid leiderschap',
    levels: [
      'het opleiden draait vooral op de inzet van een paar enthousiaste individuen',
      'er zijn vaste rollen en taken rond opleiden en de schoolleiding staat erachter',
      "leiderschap is over meerdere schouders verdeeld en collega's nemen vanuit hun eigen rol initiatief",
      'school en instituut sturen samen, en ook werkplekbegeleiders, studenten en starters geven richting aan de ontwikkeling',
    ],
    strengths: [
      {
        slug: 'schoolopleider-als-verbinder',
        paraphrases: [
          'De schoolopleider heeft een duidelijke en zichtbare rol als verbinder tussen school en instituut.',
          'Iedereen weet de schoolopleider te vinden; zij houdt de lijnen met de opleiding kort.',
          'De schoolopleider is hét aanspreekpunt voor opleiden en wordt daar ook op aangesproken.',
          'Door de stevige positie van de schoolopleider loopt de afstemming met de hogeschool soepel.',
        ],
      },
      {
        slug: 'schoolleiding-draagt-opleiden-uit',
        paraphrases: [
          'De schoolleiding draagt het belang van opleiden actief uit.',
          'De directie maakt zichtbaar dat opleiden bij de kern van de school hoort.',
          'Opleiden staat bij de schoolleiding hoog op de agenda, bijvoorbeeld in teamvergaderingen en in het schoolplan.',
          'Het MT spreekt zich duidelijk uit voor samen opleiden en maakt daar ook middelen voor vrij.',
        ],
      },
      {
        slug: 'ruimte-voor-initiatief',
        paraphrases: [
          'Werkplekbegeleiders krijgen ruimte om zelf initiatieven te nemen.',
          "Collega's die iets willen ontwikkelen rond opleiden, worden daarin gesteund.",
          'Er is ruimte voor eigen ideeën: een paar werkplekbegeleiders zijn op eigen initiatief een intervisiegroep begonnen.',
        ],
      },
    ],
    developments: [
      {
        slug: 'afhankelijk-van-een-persoon',
        paraphrases: [
          'Het opleiden hangt te veel af van één persoon.',
          'Als de schoolopleider uitvalt, ligt het opleiden grotendeels stil.',
          'Alle kennis over opleiden zit bij een paar mensen, en dat maakt ons kwetsbaar.',
          'Het opleiden leunt zwaar op de inzet van de schoolopleider; taken zijn nauwelijks verdeeld.',
          'Zonder de vaste trekker komt er weinig van de grond.',
        ],
        actions: [
          {
            title: 'Opleidingsteam vormen met verdeelde taken',
            description:
              'Naast de schoolopleider krijgen twee of drie ervaren werkplekbegeleiders een taak in het opleidingsteam, bijvoorbeeld voor starters, onderzoek en de intake van studenten.',
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider stelt een opleidingsteam samen, zodat het opleiden niet meer op één persoon rust.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'rollen-en-taken-onduidelijk',
        paraphrases: [
          'Het is niet voor iedereen duidelijk wie waarvoor verantwoordelijk is binnen het opleiden.',
          'Rollen en taken rond opleiden zijn onvoldoende helder beschreven.',
          'Werkplekbegeleiders weten niet altijd waar hun taak ophoudt en die van de schoolopleider begint.',
          'Er is onduidelijkheid over wie beslist over de plaatsing en begeleiding van studenten.',
        ],
        actions: [
          {
            title: 'Taakprofielen voor de opleidingsrollen opstellen',
            description:
              'Voor werkplekbegeleider, schoolopleider en coach van starters leggen we vast wat de taken, verantwoordelijkheden en bevoegdheden zijn, en we delen dat met het hele team.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider werkt de taakprofielen voor de opleidingsrollen uit en legt ze voor aan het MT.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'werkvloer-heeft-weinig-invloed',
        paraphrases: [
          'Werkplekbegeleiders hebben weinig invloed op beslissingen over het opleiden.',
          'Besluiten over het opleiden worden vooral boven de werkvloer genomen.',
          'De mensen die dagelijks begeleiden, worden zelden gevraagd mee te denken over het opleidingsbeleid.',
          'Er is weinig inspraak vanuit de werkvloer: plannen komen kant-en-klaar uit de stuurgroep.',
        ],
        actions: [
          {
            title: 'Werkplekbegeleiders vertegenwoordigen in de werkgroep opleiden',
            description:
              "Twee werkplekbegeleiders schuiven aan bij de werkgroep opleiden en brengen vooraf de vragen en ideeën van hun collega's in.",
            ownerRole: 'programmaleider',
            agreement:
              'Vanaf de volgende vergadering schuiven twee werkplekbegeleiders aan bij de werkgroep opleiden.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'instituut-bestuurlijk-op-afstand',
        paraphrases: [
          'Het instituut is op bestuurlijk niveau weinig zichtbaar op de school.',
          'Het MT van de lerarenopleiding staat ver af van wat er in de school gebeurt.',
          'De leidinggevenden van het instituut zien we eigenlijk alleen bij de stuurgroep.',
          'De lijn tussen de schoolleiding en de leiding van de opleiding is lang, waardoor afspraken blijven hangen.',
        ],
        actions: [
          {
            title: 'Jaarlijks schoolbezoek door het MT van het instituut',
            description:
              'Een lid van het MT van het instituut bezoekt jaarlijks de school, loopt mee met studenten en bespreekt met de schoolleiding de voortgang van het samen opleiden.',
            ownerRole: 'mt-instituut',
            agreement:
              'Het MT van het instituut plant dit schooljaar nog een werkbezoek aan de school.',
            imwr: 'inspireren',
          },
        ],
      },
    ],
  },

  kwaliteitsontwikkeling: {
    name: 'Kwaliteitsontwikkeling',
    levels: [
      'kwaliteit hangt af van individuele begeleiders en er wordt alleen incidenteel geëvalueerd',
      'we evalueren volgens vaste afspraken, maar de cyclus wordt nog niet altijd rondgemaakt',
      'we werken cyclisch met gegevens van verschillende betrokkenen en stellen onze aanpak op basis daarvan bij',
      'kwaliteitsontwikkeling is van iedereen, en samen met de partners verzamelen, duiden en benutten we gegevens om te vernieuwen',
    ],
    strengths: [
      {
        slug: 'evaluaties-structureel',
        paraphrases: [
          'Studenten vullen elk semester een evaluatie in over hun begeleiding.',
          'We halen structureel feedback op bij studenten over de stageperiode.',
          'Na elke stageperiode evalueren we met studenten en werkplekbegeleiders hoe het is gegaan.',
          'Er is een vaste evaluatiecyclus waarin de ervaringen van stagiairs worden opgehaald.',
        ],
      },
      {
        slug: 'zet-in-jaarplan',
        paraphrases: [
          'De uitkomsten van de ZET-dag worden meegenomen in het jaarplan.',
          'Wat we in de zelfevaluatie ophalen, landt in het jaarplan van de opleidingsschool.',
          'De ontwikkelpunten van vorig jaar zijn zichtbaar opgepakt; we zien de cyclus werken.',
          'De zelfevaluatie is een vast onderdeel van onze kwaliteitscyclus geworden.',
        ],
      },
      {
        slug: 'gegevens-samen-besproken',
        paraphrases: [
          'Gegevens over doorstroom en tevredenheid worden in het opleidingsteam besproken.',
          'We kijken samen naar cijfers, zoals uitval en tevredenheid van studenten, en trekken er conclusies uit.',
          'Data over de opleidingsschool worden niet alleen verzameld, maar ook echt besproken.',
        ],
      },
    ],
    developments: [
      {
        slug: 'geen-terugkoppeling-evaluaties',
        paraphrases: [
          'Er wordt weinig teruggekoppeld over wat er met de evaluaties gebeurt.',
          'Studenten vullen enquêtes in, maar horen nooit wat er met hun antwoorden is gedaan.',
          'De cirkel wordt niet rondgemaakt: de resultaten van evaluaties komen niet terug bij de betrokkenen.',
          'We evalueren veel, maar terugkoppeling naar werkplekbegeleiders en studenten blijft uit.',
        ],
        actions: [
          {
            title: "Terugkoppeling 'jullie zeiden, wij deden'",
            description:
              'Na elke evaluatieronde delen we met studenten en werkplekbegeleiders een korte notitie: wat kwam eruit, wat pakken we op en wat bewust niet.',
            ownerRole: 'schoolopleider',
            agreement:
              "Na de volgende evaluatieronde stuurt de schoolopleider een korte 'jullie zeiden, wij deden' rond.",
            imwr: 'waarderen',
          },
        ],
      },
      {
        slug: 'kwaliteitsgegevens-versnipperd',
        paraphrases: [
          'Kwaliteitsgegevens zijn versnipperd en moeilijk te vinden.',
          'Informatie over de kwaliteit van het opleiden zit verspreid over mappen, mails en systemen.',
          'Er is geen overzicht van de gegevens die we hebben; iedere partij houdt zijn eigen bestanden bij.',
          'Door de versnippering van gegevens krijgen we geen totaalbeeld van hoe het opleiden ervoor staat.',
        ],
        actions: [
          {
            title: 'Eén kwaliteitsoverzicht voor de opleidingsschool',
            description:
              'We brengen in kaart welke gegevens school en instituut verzamelen en bundelen de belangrijkste in één overzicht dat twee keer per jaar in het opleidingsteam wordt besproken.',
            ownerRole: 'programmaleider',
            agreement:
              'De programmaleider inventariseert welke gegevens er al zijn en stelt een eerste kwaliteitsoverzicht op.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'verbeteracties-niet-opgevolgd',
        paraphrases: [
          'Verbeteracties worden wel bedacht, maar niet consequent opgevolgd.',
          'Afspraken uit eerdere evaluaties verdwijnen na een paar maanden uit beeld.',
          'We stellen ontwikkelpunten vast, maar niemand bewaakt of ze ook worden uitgevoerd.',
          'De check- en act-fase van de cyclus blijven liggen; we beginnen ieder jaar opnieuw.',
          'Het ontbreekt aan eigenaarschap voor de opvolging van verbeteracties.',
        ],
        actions: [
          {
            title: 'Verbeteracties vast agenderen in het opleidingsoverleg',
            description:
              'Elk opleidingsoverleg begint met de stand van de lopende verbeteracties; per actie is er een eigenaar die kort vertelt hoe het ervoor staat.',
            ownerRole: 'schoolopleider',
            agreement:
              'De lopende verbeteracties worden een vast agendapunt van het opleidingsoverleg, elk met een eigenaar.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'kwaliteitszorg-als-verantwoording',
        paraphrases: [
          'Kwaliteitszorg wordt vooral ervaren als verantwoording naar buiten.',
          "Bij kwaliteit denken collega's vooral aan formulieren en verantwoording, niet aan samen beter worden.",
          'Kwaliteitszorg voelt als iets van de stuurgroep of een werkgroep, niet van ons allemaal.',
          'Gesprekken over kwaliteit gaan meer over de accreditatie dan over het leren van studenten.',
        ],
        actions: [
          {
            title: 'Kwaliteitsgesprek verbinden met vragen uit de praktijk',
            description:
              'We kiezen elk jaar twee vragen die werkplekbegeleiders en studenten zelf belangrijk vinden en bouwen de evaluatie daaromheen, zodat kwaliteitszorg over hún praktijk gaat.',
            ownerRole: 'programmaleider',
            agreement:
              'Bij de volgende evaluatie vragen we eerst aan werkplekbegeleiders en studenten wat zij willen weten.',
            imwr: 'inspireren',
          },
        ],
      },
    ],
  },

  professionalisering: {
    name: 'Professionalisering en professionele ontwikkeling',
    levels: [
      'professionalisering is een individuele keuze en staat los van het opleiden',
      'er is een basisaanbod voor werkplekbegeleiders en opleiders, afgestemd met het instituut',
      "professionalisering is verbonden met de schoolontwikkeling, en studenten, starters en ervaren collega's leren ook samen",
      'we ontwerpen professionalisering samen met de partners en ontwikkelen daarin nieuwe vormen van samen leren',
    ],
    strengths: [
      {
        slug: 'basistraining-werkplekbegeleiders',
        paraphrases: [
          'Alle nieuwe werkplekbegeleiders volgen een basistraining begeleiden.',
          'Er is een goede basiscursus voor werkplekbegeleiders, die vrijwel iedereen heeft gevolgd.',
          'Nieuwe begeleiders worden goed toegerust via de training van het instituut.',
          'De scholing voor werkplekbegeleiders is van goede kwaliteit en wordt goed bezocht.',
        ],
      },
      {
        slug: 'intervisie-werkplekbegeleiders',
        paraphrases: [
          'Werkplekbegeleiders komen regelmatig samen voor intervisie.',
          'Er zijn vaste intervisiemomenten waarin begeleiders casussen uit de praktijk bespreken.',
          'Het leren van en met elkaar in de begeleidersbijeenkomsten wordt erg gewaardeerd.',
          'In de intervisiegroepen van werkplekbegeleiders ontstaat echt een lerende gemeenschap.',
        ],
      },
      {
        slug: 'studenten-en-collegas-leren-samen',
        paraphrases: [
          "Studenten, starters en ervaren collega's volgen soms samen professionalisering.",
          'Er zijn gezamenlijke leerbijeenkomsten waar studenten en zittende docenten naast elkaar leren.',
          'Samen professionaliseren komt op gang: starters en ervaren leraren werken samen in leerteams.',
        ],
      },
    ],
    developments: [
      {
        slug: 'geen-vervolg-na-basistraining',
        paraphrases: [
          'Na de basistraining is er weinig aanbod voor ervaren werkplekbegeleiders.',
          'Voor begeleiders die al jaren meedraaien, ontbreekt een verdiepend aanbod.',
          'De professionalisering stopt na de starttraining; doorgroeien als begeleider is nauwelijks mogelijk.',
          'Ervaren werkplekbegeleiders missen een vervolgmodule om zich verder te ontwikkelen.',
        ],
        actions: [
          {
            title: 'Verdiepingsmodule voor ervaren werkplekbegeleiders',
            description:
              'Samen met het instituut ontwikkelen we een vervolgmodule van vier bijeenkomsten over coachen op professionele identiteit en het begeleiden van onderzoek.',
            ownerRole: 'instituutsopleider',
            agreement:
              'De instituutsopleider verkent met de schoolopleider wat een vervolgmodule voor ervaren begeleiders moet bieden.',
            imwr: 'inspireren',
          },
        ],
      },
      {
        slug: 'aanbod-sluit-niet-aan',
        paraphrases: [
          'Het professionaliseringsaanbod sluit niet aan bij de vragen uit de praktijk.',
          "Scholing wordt centraal bepaald en gaat vaak langs de echte leervragen van collega's heen.",
          'Het aanbod is te algemeen; wat we in de klas tegenkomen, komt er weinig in terug.',
          "Collega's ervaren professionalisering als iets wat hun overkomt, niet als iets wat ze zelf kiezen.",
        ],
        actions: [
          {
            title: 'Leervragen ophalen vóór het professionaliseringsplan',
            description:
              'Voordat het professionaliseringsplan wordt vastgesteld, halen we in de secties en bij starters de leervragen op en maken we zichtbaar wat we ermee doen.',
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider laat de leervragen in de secties ophalen voordat het nieuwe professionaliseringsplan wordt gemaakt.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'geen-tijd-om-toe-te-passen',
        paraphrases: [
          'Er is te weinig tijd om wat we in professionalisering leren ook echt toe te passen.',
          'Na een studiedag gaat iedereen weer over tot de orde van de dag; voor toepassen is geen ruimte.',
          'Door de hoge werkdruk schiet het vertalen van scholing naar de eigen lespraktijk erbij in.',
          'Professionalisering is vaak eenmalig; er is geen tijd gereserveerd om te oefenen en terug te blikken.',
        ],
        actions: [
          {
            title: 'Vervolgmoment na elke studiedag',
            description:
              "Bij elke studiedag plannen we binnen zes weken een vervolgmoment in de secties, waarin collega's laten zien wat ze hebben uitgeprobeerd en wat het opleverde.",
            ownerRole: 'schoolleider',
            agreement:
              'Bij de volgende studiedag wordt meteen een vervolgmoment in de jaarplanning gezet.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'inductie-los-van-teamprofessionalisering',
        paraphrases: [
          'Het inductieprogramma voor starters staat los van de rest van de professionalisering.',
          'De begeleiding van startende leraren en de professionalisering van het team zijn twee gescheiden werelden.',
          'Starters volgen een eigen traject dat weinig verbinding heeft met wat de rest van het team leert.',
        ],
        actions: [
          {
            title: 'Inductie en teamprofessionalisering op elkaar afstemmen',
            description:
              "De coach van startende leraren en de schoolleider leggen het inductieprogramma naast het professionaliseringsplan en zoeken onderwerpen waarop starters en ervaren collega's samen kunnen leren.",
            ownerRole: 'coach-startende-leraren',
            agreement:
              'De coach van startende leraren legt het inductieprogramma naast het professionaliseringsplan van de school.',
            imwr: 'mobiliseren',
          },
        ],
      },
    ],
  },

  'theorie-praktijk-persoon': {
    name: 'Theorie, praktijk & persoon',
    levels: [
      'theorie en praktijk zijn gescheiden werelden en de student moet ze zelf verbinden',
      'er zijn afspraken over opdrachten en begeleiding, zodat theorie en praktijk op elkaar aansluiten',
      'school en instituut verbinden theorie, praktijk en persoon doelbewust, bijvoorbeeld in gezamenlijke leerbijeenkomsten',
      'in een echte derde ruimte ontwerpen opleiders, begeleiders en studenten samen het leren, met theorie, praktijk en persoon als één geheel',
    ],
    strengths: [
      {
        slug: 'opdrachten-ingebed-in-praktijk',
        paraphrases: [
          'Opdrachten van de opleiding worden goed ingebed in de lespraktijk.',
          'Studenten voeren hun opleidingsopdrachten uit in echte klassen, met hulp van hun werkplekbegeleider.',
          'De opdrachten van het instituut sluiten steeds beter aan bij wat er in de school gebeurt.',
          'Werkplekbegeleiders helpen studenten om opleidingsopdrachten in hun eigen lessen te laten landen.',
        ],
      },
      {
        slug: 'aandacht-voor-de-persoon',
        paraphrases: [
          'Er is veel aandacht voor de persoon van de student en zijn of haar ontwikkeling als leraar.',
          'In begeleidingsgesprekken gaat het niet alleen over de les, maar ook over wie je bent als leraar.',
          'Studenten voelen zich gezien: er is ruimte voor twijfels, motivatie en persoonlijke groei.',
          'De begeleiding heeft oog voor de professionele identiteit van de student.',
        ],
      },
      {
        slug: 'instituutsopleider-vaak-op-school',
        paraphrases: [
          'De instituutsopleider is regelmatig op school en kent de praktijk.',
          'Doordat de instituutsopleider vaak langskomt, komen theorie en praktijk dichter bij elkaar.',
          'De vaste instituutsopleider op onze school slaat een brug tussen de opleiding en de klas.',
        ],
      },
    ],
    developments: [
      {
        slug: 'werkplekbegeleiders-kennen-curriculum-niet',
        paraphrases: [
          'Werkplekbegeleiders weten niet goed welke theorie studenten op de opleiding krijgen.',
          'Begeleiders in de school hebben geen zicht op het curriculum van de lerarenopleiding.',
          'Wat studenten op het instituut leren, is voor werkplekbegeleiders grotendeels onbekend terrein.',
          'Voor de school is onduidelijk welke vakdidactiek en theorie studenten in welk studiejaar aangereikt krijgen.',
        ],
        actions: [
          {
            title: 'Curriculumoverzicht per studiejaar delen met werkplekbegeleiders',
            description:
              'Het instituut maakt per studiejaar een overzicht op één A4 van de belangrijkste theorie en opdrachten, en bespreekt dat aan het begin van de stage met de werkplekbegeleiders.',
            ownerRole: 'instituutsopleider',
            agreement:
              'De instituutsopleider zorgt voor een overzicht op één A4 van wat studenten per jaar op de opleiding leren.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'kloof-theorie-praktijk',
        paraphrases: [
          'Theorie en praktijk worden nog te veel als gescheiden werelden ervaren.',
          'Studenten ervaren een kloof tussen wat ze op de opleiding leren en wat ze in de klas zien.',
          'Wat op het instituut wordt aangereikt, komt in de stage nauwelijks terug.',
          'De koppeling tussen de opleidingsinhoud en het werk op school is vooral toevallig.',
        ],
        actions: [
          {
            title: 'Gezamenlijke leerbijeenkomsten op school',
            description:
              'Eens per periode houden instituutsopleider, schoolopleider en studenten een leerbijeenkomst op school, waarin een theoretisch concept wordt gekoppeld aan casussen uit de lessen van de studenten.',
            ownerRole: 'schoolopleider',
            agreement:
              'Schoolopleider en instituutsopleider plannen voor dit schooljaar drie leerbijeenkomsten op school.',
            imwr: 'inspireren',
          },
        ],
      },
      {
        slug: 'weinig-reflectie-op-persoon',
        paraphrases: [
          'Er is te weinig ruimte voor reflectie op de eigen ontwikkeling van de student.',
          'Begeleidingsgesprekken gaan vooral over lesvoorbereiding; de persoonlijke ontwikkeling blijft onderbelicht.',
          'Reflecteren op wie je bent als leraar komt er in de drukte van de stage vaak niet van.',
          'Studenten missen gesprekken over hun drijfveren en hun professionele identiteit.',
        ],
        actions: [
          {
            title: 'Vast reflectiemoment in de begeleidingscyclus',
            description:
              'Elke vier weken is het begeleidingsgesprek gewijd aan de persoonlijke ontwikkeling van de student, aan de hand van een paar vaste reflectievragen.',
            ownerRole: 'werkplekbegeleider',
            agreement:
              'Werkplekbegeleiders reserveren elke vier weken een gesprek voor de persoonlijke ontwikkeling van de student.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'opdrachten-en-schoolwerk-stapelen',
        paraphrases: [
          'Opleidingsopdrachten en het werk in de school stapelen zich op voor studenten.',
          'Studenten ervaren een dubbele belasting: opdrachten van de opleiding bovenop hun lessen.',
          'De planning van de opleiding en die van de school zijn niet op elkaar afgestemd, waardoor er pieken ontstaan.',
          'Rond toetsweken en deadlines van het instituut lopen studenten vast door een overvolle agenda.',
        ],
        actions: [
          {
            title: 'Jaarplanning van opleiding en school naast elkaar leggen',
            description:
              'Voor de start van het schooljaar leggen schoolopleider en instituutsopleider beide jaarplanningen naast elkaar en spreken ze af hoe pieken voor studenten worden voorkomen.',
            ownerRole: 'schoolopleider',
            agreement:
              'Voor de zomer leggen we de planning van de opleiding en die van de school naast elkaar.',
            imwr: 'mobiliseren',
          },
        ],
      },
    ],
  },

  'onderzoekende-houding': {
    name: 'Onderzoekende houding en handelen',
    levels: [
      'onderzoek is vooral een opdracht van de opleiding die de student zelfstandig uitvoert',
      'studentonderzoek wordt begeleid en sluit aan bij vragen van de school',
      'onderzoek is verbonden met de ontwikkeling van de school en ook docenten werken onderzoekend',
      'school en instituut doen samen onderzoek dat bijdraagt aan de vernieuwing van het onderwijs en van het opleiden',
    ],
    strengths: [
      {
        slug: 'onderzoek-sluit-aan-bij-schoolvragen',
        paraphrases: [
          'Studenten doen praktijkonderzoek naar vragen die echt uit de school komen.',
          'De onderzoeksvragen van studenten sluiten aan bij de ontwikkelvragen van de school.',
          'Afstudeeronderzoeken leveren bruikbare inzichten op voor de sectie of het team.',
          "Praktijkonderzoek van studenten wordt gekoppeld aan thema's waar de school mee bezig is.",
        ],
      },
      {
        slug: 'actieve-onderzoeksgroep',
        paraphrases: [
          'Er is een actieve onderzoeksgroep op school.',
          'Een groep docenten doet samen met studenten onderzoek naar de eigen praktijk.',
          "De onderzoeksgroep van de school is een plek waar collega's en studenten samen leren onderzoeken.",
        ],
      },
      {
        slug: 'onderzoek-wordt-gedeeld',
        paraphrases: [
          'Onderzoeksresultaten worden jaarlijks gedeeld in een bijeenkomst voor het hele team.',
          'Er is een jaarlijkse onderzoeksmarkt waar studenten en docenten hun opbrengsten presenteren.',
          "Studenten presenteren hun onderzoek aan collega's, en dat leidt tot goede gesprekken.",
        ],
      },
    ],
    developments: [
      {
        slug: 'onderzoek-blijft-op-de-plank',
        paraphrases: [
          'Uitkomsten van studentonderzoek worden nauwelijks gebruikt in de school.',
          'Onderzoeksverslagen verdwijnen na de beoordeling in een la.',
          'Wat studenten uitzoeken, leidt zelden tot veranderingen in de praktijk.',
          'Er is geen route om opbrengsten van praktijkonderzoek in het team te laten landen.',
        ],
        actions: [
          {
            title: 'Opbrengsten van praktijkonderzoek agenderen in het teamoverleg',
            description:
              'Elk afgerond studentonderzoek wordt in tien minuten gepresenteerd in het overleg van de sectie of het team waarvoor het is gedaan, met de vraag wat we ermee gaan doen.',
            ownerRole: 'onderzoeksbegeleider',
            agreement:
              'De onderzoeksbegeleider zorgt dat afgeronde studentonderzoeken worden besproken in het team waarvoor ze zijn gedaan.',
            imwr: 'waarderen',
          },
        ],
      },
      {
        slug: 'onderzoek-alleen-voor-studenten',
        paraphrases: [
          'Een onderzoekende houding wordt vooral van studenten verwacht, niet van zittende docenten.',
          "Onderzoeken is iets voor studenten en de onderzoeksgroep; de meeste collega's doen er niet aan mee.",
          "Bij ervaren collega's zien we weinig nieuwsgierigheid naar de effecten van hun eigen onderwijs.",
          'Onderzoekend handelen leeft in het team nog nauwelijks.',
        ],
        actions: [
          {
            title: 'Leerteams werken met korte onderzoekscycli',
            description:
              'Twee leerteams proberen dit jaar een korte onderzoekscyclus uit: een vraag uit de eigen lessen, een kleine interventie en samen kijken naar het effect.',
            ownerRole: 'onderzoeksbegeleider',
            agreement:
              'Twee leerteams gaan dit jaar aan de slag met een korte onderzoekscyclus over hun eigen lessen.',
            imwr: 'inspireren',
          },
        ],
      },
      {
        slug: 'onderzoeksbegeleiding-niet-afgestemd',
        paraphrases: [
          'De begeleiding van onderzoek is versnipperd tussen school en instituut.',
          'Studenten krijgen van de onderzoeksbegeleider op school andere adviezen dan van hun docent op de opleiding.',
          'Het is onduidelijk wie de student bij het onderzoek begeleidt: de school of het instituut.',
          'Afstemming tussen school en opleiding over de eisen aan praktijkonderzoek ontbreekt.',
        ],
        actions: [
          {
            title: 'Afspraken over onderzoeksbegeleiding vastleggen',
            description:
              'Onderzoeksbegeleider en instituutsopleider leggen vast wie de student waarin begeleidt, welke eisen gelden en wanneer ze samen overleggen.',
            ownerRole: 'onderzoeksbegeleider',
            agreement:
              'Onderzoeksbegeleider en instituutsopleider leggen voor de volgende onderzoeksronde vast wie wat doet.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'geen-tijd-voor-onderzoek',
        paraphrases: [
          'Er is te weinig tijd en ondersteuning om onderzoek goed uit te voeren.',
          'Docenten die onderzoek willen doen, krijgen daar geen uren voor.',
          "Onderzoek moet er altijd 'even bij', waardoor het oppervlakkig blijft.",
        ],
        actions: [
          {
            title: 'Onderzoekstijd faciliteren in de jaartaak',
            description:
              'Docenten die meedoen aan de onderzoeksgroep krijgen uren in hun jaartaak; de schoolleiding neemt dit op in de formatie voor volgend jaar.',
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider neemt uren voor onderzoek mee in de formatiegesprekken voor volgend schooljaar.',
            imwr: 'mobiliseren',
          },
        ],
      },
    ],
  },

  'rijke-leeromgeving': {
    name: 'Rijke leeromgeving',
    levels: [
      'het leren van de student blijft grotendeels beperkt tot de klas van de eigen begeleider',
      'studenten krijgen een afgesproken, breed stageprogramma binnen de school',
      'de leermogelijkheden van de hele school zijn in beeld en worden afgestemd op de verschillende doelgroepen',
      'school en instituut ontwikkelen samen nieuwe leeromgevingen, ook buiten de eigen school',
    ],
    strengths: [
      {
        slug: 'breed-meedraaien-in-de-school',
        paraphrases: [
          'Studenten maken kennis met veel kanten van de school, zoals het mentoraat en oudergesprekken.',
          'Stagiairs lopen niet alleen mee in de les, maar ook bij vergaderingen, ouderavonden en leerlingbesprekingen.',
          'De stageplek geeft een breed beeld van het leraarsvak, ook buiten het klaslokaal.',
          'Studenten draaien mee in het hele schoolleven, van excursies tot zorgoverleg.',
        ],
      },
      {
        slug: 'kijken-bij-meerdere-collegas',
        paraphrases: [
          "Studenten kunnen bij meerdere collega's in de les kijken.",
          'Lessen van verschillende docenten bezoeken is hier vanzelfsprekend voor studenten.',
          'Doordat studenten bij meerdere docenten meelopen, zien ze verschillende manieren van lesgeven.',
          "Collega's stellen hun klas graag open voor stagiairs die willen komen kijken.",
        ],
      },
      {
        slug: 'gemengde-studententeams',
        paraphrases: [
          'Studenten werken samen in een leerteam met studenten van andere opleidingen.',
          'Het werken in gemengde studententeams op school verrijkt het leren.',
          'Stagiairs van verschillende opleidingen en studiejaren leren van elkaar in vaste studentengroepen.',
        ],
      },
    ],
    developments: [
      {
        slug: 'leermogelijkheden-niet-in-beeld',
        paraphrases: [
          'De leermogelijkheden van de school zijn niet in beeld.',
          'We hebben geen overzicht van wat studenten allemaal kunnen leren op onze school.',
          'Werkplekbegeleiders weten niet welke leerkansen er buiten hun eigen vak liggen.',
          'Het ontbreekt aan een menukaart met leeractiviteiten die de school studenten kan bieden.',
        ],
        actions: [
          {
            title: 'Menukaart leermogelijkheden opstellen',
            description:
              'We inventariseren per sectie en per team welke leeractiviteiten studenten kunnen doen, van mentorgesprek tot excursie, en zetten die op een menukaart die bij de start van de stage wordt gedeeld.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider maakt met een paar werkplekbegeleiders een eerste menukaart van leermogelijkheden in de school.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'leren-beperkt-tot-eigen-klas',
        paraphrases: [
          'Studenten blijven te veel in de klas van hun eigen werkplekbegeleider.',
          'De stage beperkt zich vaak tot de lessen van één begeleider.',
          'Buiten de eigen vaksectie komen studenten weinig.',
          'Studenten zien weinig van de school als geheel: hun wereld is de klas van hun begeleider.',
        ],
        actions: [
          {
            title: 'Meeloopdagen buiten de eigen sectie',
            description:
              'Elke student loopt per periode minimaal één dag mee buiten de eigen sectie, bijvoorbeeld bij de zorgcoördinator, een mentor of in een ander leerjaar.',
            ownerRole: 'werkplekbegeleider',
            agreement:
              'Werkplekbegeleiders plannen met hun student per periode een meeloopdag buiten de eigen sectie.',
            imwr: 'inspireren',
          },
        ],
      },
      {
        slug: 'geen-onderscheid-tussen-doelgroepen',
        paraphrases: [
          'Er wordt weinig onderscheid gemaakt tussen verschillende soorten studenten.',
          'Een deeltijdstudent met werkervaring krijgt hetzelfde programma als een voltijdstudent in jaar 1.',
          'Het leeraanbod houdt onvoldoende rekening met de verschillende opleidingsroutes.',
          'Zij-instromers en voltijdstudenten krijgen dezelfde begeleiding, terwijl hun behoeften sterk verschillen.',
        ],
        actions: [
          {
            title: 'Begeleidingsaanbod per doelgroep differentiëren',
            description:
              'We beschrijven voor voltijd, deeltijd en zij-instroom wat de kern van het stageprogramma is en waar ruimte is voor maatwerk.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider werkt samen met het instituut uit hoe het programma per doelgroep kan verschillen.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'studenten-als-extra-handen',
        paraphrases: [
          'Studenten worden soms vooral ingezet om gaten in het rooster te vullen.',
          'Door het lerarentekort worden stagiairs te snel als volwaardige docent ingezet.',
          'Het leren van de student komt in het gedrang wanneer hij of zij structureel lessen overneemt.',
          'De grens tussen leren en werken vervaagt: studenten draaien mee als extra handen.',
        ],
        actions: [
          {
            title: 'Afspraken over de inzet van studenten bij lesuitval',
            description:
              'School en instituut spreken af onder welke voorwaarden een student lessen mag overnemen, en hoe de begeleiding dan geborgd blijft.',
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider legt met het instituut vast wanneer een student wel en niet mag invallen.',
            imwr: 'reflecteren',
          },
        ],
      },
    ],
  },

  'rijke-leeromgeving-regie-op-leren': {
    name: 'Rijke leeromgeving & regie op leren',
    levels: [
      'de begeleider bepaalt wat de student doet en leermogelijkheden buiten de eigen klas blijven onbenut',
      'er is een breed stageprogramma en studenten werken met eigen leerdoelen',
      'studenten kiezen op basis van hun leerdoelen uit de leermogelijkheden van de hele school',
      'studenten ontwerpen samen met hun begeleiders een eigen leerroute en benutten ook leerkansen buiten de school',
    ],
    strengths: [
      {
        slug: 'leeractiviteiten-bij-leerdoelen',
        paraphrases: [
          'Studenten kiezen zelf leeractiviteiten die passen bij hun leerdoelen.',
          'Vanuit hun eigen leervragen zoeken studenten leerkansen in de hele school.',
          'Studenten stellen hun stageprogramma zelf samen, uitgaand van hun leerdoelen.',
        ],
      },
      {
        slug: 'ruimte-om-te-experimenteren',
        paraphrases: [
          'Er is ruimte voor studenten om te experimenteren en fouten te maken.',
          'Studenten mogen nieuwe werkvormen uitproberen zonder dat het meteen perfect hoeft.',
          'De school biedt een veilige omgeving om dingen uit te proberen.',
        ],
      },
    ],
    developments: [
      {
        slug: 'begeleider-bepaalt-programma',
        paraphrases: [
          'Werkplekbegeleiders bepalen nog grotendeels wat de student doet en leert.',
          'De regie over het stageprogramma ligt vooral bij de begeleider, niet bij de student.',
          'Studenten krijgen een vast programma en weinig ruimte om eigen keuzes te maken.',
          'Begeleiders vullen het leertraject van de student in, in plaats van de student zelf te laten kiezen.',
        ],
        actions: [
          {
            title: 'Leerwerkplan opstellen door de student',
            description:
              'Studenten stellen aan het begin van de stage zelf een leerwerkplan op en bespreken dat met hun werkplekbegeleider; de begeleider stelt vragen in plaats van het programma in te vullen.',
            ownerRole: 'werkplekbegeleider',
            agreement:
              'Vanaf de volgende stageperiode stellen studenten zelf hun leerwerkplan op en bespreken het met hun begeleider.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'leerkansen-los-van-leerdoelen',
        paraphrases: [
          'Leerkansen in de school worden niet gekoppeld aan de leerdoelen van de student.',
          'Wat een student op school doet, hangt meer af van toeval dan van zijn of haar leerdoelen.',
          'De mogelijkheden van de school en de leerdoelen van studenten komen niet bij elkaar.',
        ],
        actions: [
          {
            title: 'Leerdoelen en leerkansen koppelen in het startgesprek',
            description:
              'In het startgesprek van elke stage zoeken student en begeleider bij elk leerdoel minstens één leeractiviteit in de school buiten de eigen lessen.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider past de leidraad voor het startgesprek aan, zodat leerdoelen aan leerkansen worden gekoppeld.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'studenten-kennen-mogelijkheden-niet',
        paraphrases: [
          'Studenten weten niet welke leermogelijkheden er zijn en kunnen dus ook geen keuzes maken.',
          'Zonder overzicht van de leerkansen kunnen studenten geen regie nemen.',
          'Om zelf te kiezen moet je weten wat er te kiezen valt, en dat weten studenten nu niet.',
        ],
        actions: [
          {
            title: 'Leermogelijkheden zichtbaar maken voor studenten',
            description:
              'We publiceren de leermogelijkheden van de school op de stagepagina en lichten ze toe in de introductiebijeenkomst voor nieuwe studenten.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider zorgt dat nieuwe studenten bij de introductie een overzicht van de leermogelijkheden krijgen.',
            imwr: 'inspireren',
          },
        ],
      },
    ],
  },

  'coachen-en-feedback': {
    name: 'Coachen en feedback',
    levels: [
      'de begeleiding hangt af van de stijl van de individuele werkplekbegeleider',
      'er zijn afspraken over begeleidingsgesprekken en begeleiders zijn getraind in feedback geven',
      'we hebben een gedeelde aanpak van coachen en feedback, die we in intervisie met elkaar aanscherpen',
      'studenten, begeleiders en opleiders geven elkaar feedback in alle richtingen en ontwikkelen de aanpak samen',
    ],
    strengths: [
      {
        slug: 'veilige-begeleidingsrelatie',
        paraphrases: [
          'Er is een veilige begeleidingsrelatie tussen student en werkplekbegeleider.',
          'Studenten durven hun twijfels en fouten te bespreken met hun begeleider.',
          'De sfeer in de begeleiding is open en vertrouwd.',
          'Studenten voelen zich veilig bij hun werkplekbegeleider en durven zich kwetsbaar op te stellen.',
        ],
      },
      {
        slug: 'frequente-feedback',
        paraphrases: [
          'Studenten krijgen na vrijwel elke les feedback.',
          'Feedback is laagdrempelig en direct: na de les wordt meteen nabesproken.',
          'Er is veel tijd voor nabespreken, en studenten krijgen regelmatig concrete feedback.',
          'Nabesprekingen vinden structureel plaats en worden door studenten als waardevol ervaren.',
        ],
      },
      {
        slug: 'gedeelde-feedbackaanpak',
        paraphrases: [
          'Begeleiders gebruiken een gezamenlijk model voor feedbackgesprekken.',
          'We werken met een gedeelde aanpak voor feedback, met feed up, feedback en feed forward.',
          'Dankzij de gezamenlijke training spreken werkplekbegeleiders dezelfde taal als het om coachen gaat.',
        ],
      },
    ],
    developments: [
      {
        slug: 'feedback-vooral-sturend',
        paraphrases: [
          'Feedback is vaak sturend en gericht op wat er fout ging.',
          'Begeleiders geven vooral tips en oplossingen, in plaats van de student zelf te laten nadenken.',
          'In nabesprekingen ligt de nadruk op verbeterpunten; wat goed ging, krijgt weinig aandacht.',
          "De feedback blijft vaak steken in 'dit moet je anders doen', zonder de vraag waarom.",
        ],
        actions: [
          {
            title: 'Training coachende gespreksvoering',
            description:
              'Werkplekbegeleiders oefenen in twee bijeenkomsten met coachende vragen en met het benoemen van wat goed gaat, aan de hand van opnames van eigen nabesprekingen.',
            ownerRole: 'instituutsopleider',
            agreement:
              'De instituutsopleider verzorgt dit jaar twee bijeenkomsten coachende gespreksvoering voor werkplekbegeleiders.',
            imwr: 'inspireren',
          },
        ],
      },
      {
        slug: 'te-weinig-tijd-voor-begeleiding',
        paraphrases: [
          'Werkplekbegeleiders krijgen te weinig uren voor begeleiding.',
          'Er is structureel te weinig tijd gefaciliteerd voor het begeleiden van studenten.',
          'De begeleiding van stagiairs schiet erbij in door gebrek aan taakuren.',
          'Nabesprekingen worden tussen de lessen door gepropt, omdat er geen tijd voor is ingeroosterd.',
          'Voor begeleidingsgesprekken is in het rooster geen ruimte, dus ze schieten er vaak bij in.',
        ],
        actions: [
          {
            title: 'Vast begeleidingsuur inroosteren',
            description:
              'Werkplekbegeleider en student krijgen een gezamenlijk tussenuur in het rooster voor de nabespreking, en de begeleidingsuren worden herzien in de taakbeleidsgesprekken.',
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider bespreekt met de roostermaker hoe werkplekbegeleider en student een vast begeleidingsuur krijgen.',
            imwr: 'mobiliseren',
          },
          {
            title: 'Taakuren voor werkplekbegeleiders herzien',
            description:
              'We rekenen na hoeveel tijd goede begeleiding per student vraagt en passen de normering in het taakbeleid daarop aan.',
            ownerRole: 'schoolleider',
            agreement:
              'De schoolleider rekent voor de formatie van volgend jaar opnieuw uit hoeveel uren begeleiding per student nodig zijn.',
            imwr: 'waarderen',
          },
        ],
      },
      {
        slug: 'feedback-verschilt-per-begeleider',
        paraphrases: [
          'De kwaliteit van feedback verschilt sterk per werkplekbegeleider.',
          'Of je goede feedback krijgt, hangt af van je begeleider.',
          'Sommige studenten worden intensief gecoacht, anderen krijgen nauwelijks feedback.',
          'Er is geen gedeelde norm voor goede begeleiding; iedereen doet het op zijn eigen manier.',
        ],
        actions: [
          {
            title: 'Collegiale consultatie tussen werkplekbegeleiders',
            description:
              'Werkplekbegeleiders kijken in tweetallen bij elkaars nabespreking mee en geven elkaar feedback aan de hand van de gezamenlijke kijkwijzer.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider koppelt werkplekbegeleiders in tweetallen om bij elkaars nabesprekingen mee te kijken.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'studenten-vragen-weinig-feedback',
        paraphrases: [
          'Studenten vragen zelf nog weinig om gerichte feedback.',
          'Leraren in opleiding wachten af tot ze feedback krijgen, in plaats van er zelf om te vragen.',
          'Studenten formuleren zelden een concrete feedbackvraag voorafgaand aan een lesbezoek.',
        ],
        actions: [
          {
            title: 'Werken met feedbackvragen bij lesbezoeken',
            description:
              'Bij elk lesbezoek formuleert de student vooraf één of twee feedbackvragen; de nabespreking begint met die vragen.',
            ownerRole: 'werkplekbegeleider',
            agreement:
              'Bij lesbezoeken formuleert de student voortaan vooraf zelf een feedbackvraag.',
            imwr: 'reflecteren',
          },
        ],
      },
    ],
  },

  'regie-op-leren': {
    name: 'Regie op leren',
    levels: [
      'de begeleider bepaalt grotendeels wat en hoe de student leert',
      'studenten formuleren eigen leerdoelen en bespreken die met hun begeleider',
      'studenten sturen hun eigen leerproces en begeleiders stemmen hun begeleiding bewust af op de fase van de student',
      'studenten en starters zijn mede-eigenaar van het opleidingsprogramma en denken mee over de inrichting ervan',
    ],
    strengths: [
      {
        slug: 'studenten-formuleren-leerdoelen',
        paraphrases: [
          'Studenten formuleren zelf hun leerdoelen en bespreken die met hun begeleider.',
          'Het formuleren van eigen leervragen is een vast onderdeel van de stage.',
          'Aan het begin van elke periode stellen studenten zelf hun leerdoelen op.',
          'Leraren in opleiding werken met een persoonlijk ontwikkelplan dat ze zelf bijhouden.',
        ],
      },
      {
        slug: 'studenten-nemen-initiatief',
        paraphrases: [
          'Studenten nemen zelf het initiatief voor lesbezoeken en gesprekken.',
          'Veel studenten plannen zelf hun begeleidingsgesprekken en zorgen voor een agenda.',
          'Studenten tonen eigenaarschap: ze zoeken zelf feedback en leerkansen op.',
        ],
      },
      {
        slug: 'portfolio-als-leerinstrument',
        paraphrases: [
          'Studenten gebruiken het portfolio als eigen leerinstrument, niet alleen als verplichting.',
          'Studenten gebruiken hun ontwikkelportfolio echt om op hun groei te reflecteren.',
          'Het portfolio is van de student: die bepaalt zelf welke bewijzen erin komen.',
        ],
      },
    ],
    developments: [
      {
        slug: 'leerdoelen-voor-de-vorm',
        paraphrases: [
          'Leerdoelen worden vaak pas op het laatst en voor de vorm ingevuld.',
          'Het persoonlijk ontwikkelplan is meer een verplicht formulier dan een instrument om zelf te sturen.',
          'Studenten schrijven leerdoelen omdat het moet, niet omdat ze er zelf mee sturen.',
          'Het POP wordt aan het begin ingevuld en daarna niet meer bekeken.',
        ],
        actions: [
          {
            title: 'Leerdoelen terug laten komen in elk begeleidingsgesprek',
            description:
              'Elk begeleidingsgesprek opent met de vraag aan welk leerdoel de student werkt en wat er sinds het vorige gesprek is gebeurd; het POP gaat mee naar elk gesprek.',
            ownerRole: 'werkplekbegeleider',
            agreement:
              'Werkplekbegeleiders openen elk begeleidingsgesprek voortaan met de leerdoelen van de student.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'begeleiders-missen-handvatten-voor-regie',
        paraphrases: [
          'Werkplekbegeleiders weten niet goed hoe ze studenten kunnen helpen om regie te nemen.',
          'Begeleiders vinden het lastig om de regie bij de student te laten en nemen het snel over.',
          'Het loslaten van de student is voor veel begeleiders een uitdaging.',
          'Werkplekbegeleiders missen handvatten om de zelfsturing van studenten te stimuleren.',
        ],
        actions: [
          {
            title: 'Bijeenkomst over sturing geleidelijk overdragen',
            description:
              'In een begeleidersbijeenkomst staat centraal hoe je sturing stap voor stap overdraagt aan de student, met voorbeelden van vragen die regie uitlokken.',
            ownerRole: 'schoolopleider',
            agreement:
              'De volgende begeleidersbijeenkomst gaat over hoe je de regie stap voor stap bij de student legt.',
            imwr: 'inspireren',
          },
        ],
      },
      {
        slug: 'zelfsturing-past-niet-bij-fase',
        paraphrases: [
          'Vooral eerstejaarsstudenten hebben meer structuur nodig voordat ze regie kunnen nemen.',
          'We verwachten regie op leren ook van beginnende studenten, terwijl die daar nog niet aan toe zijn.',
          'Er zit te weinig opbouw in zelfsturing: van het eerste jaar tot de LIO-stage verwachten we hetzelfde.',
          'De mate van zelfsturing die we vragen, past niet altijd bij de fase waarin de student zit.',
        ],
        actions: [
          {
            title: 'Leerlijn zelfsturing per studiejaar',
            description:
              'Samen met het instituut beschrijven we per studiejaar hoeveel sturing de student zelf neemt en wat de begeleider dan doet.',
            ownerRole: 'instituutsopleider',
            agreement:
              'De instituutsopleider werkt met de schoolopleider een opbouw in zelfsturing per studiejaar uit.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'starters-weinig-eigen-inbreng',
        paraphrases: [
          'Startende leraren krijgen weinig ruimte om hun eigen begeleidingsvragen in te brengen.',
          'Het inductieprogramma ligt helemaal vast; starters kunnen nauwelijks eigen keuzes maken.',
          'Starters zouden meer zelf willen bepalen waar hun begeleiding over gaat.',
        ],
        actions: [
          {
            title: 'Keuzeruimte in het inductieprogramma',
            description:
              'Een deel van de bijeenkomsten voor starters wordt ingevuld op basis van vragen die starters zelf aandragen.',
            ownerRole: 'coach-startende-leraren',
            agreement:
              'De coach van startende leraren laat de starters zelf de onderwerpen van de laatste bijeenkomsten kiezen.',
            imwr: 'mobiliseren',
          },
        ],
      },
    ],
  },

  beoordelen: {
    name: 'Beoordelen',
    levels: [
      'beoordelen is een zaak van het instituut; de school levert vooral informatie aan',
      'school en instituut beoordelen volgens gezamenlijke afspraken en criteria',
      'beoordelaars van school en instituut kalibreren samen en de student wordt actief betrokken bij de beoordeling',
      'school, instituut en studenten ontwikkelen samen beoordelingspraktijken die het leren centraal zetten',
    ],
    strengths: [
      {
        slug: 'driehoeksgesprek-bij-beoordeling',
        paraphrases: [
          'Beoordelingsgesprekken worden gevoerd in een driehoek van student, werkplekbegeleider en instituutsopleider.',
          'Bij de beoordeling zitten school en instituut samen met de student aan tafel.',
          'Het eindgesprek van de stage is een gezamenlijk gesprek van student, school en opleiding.',
          'De beoordeling komt tot stand in een driegesprek, zodat alle perspectieven meewegen.',
        ],
      },
      {
        slug: 'criteria-vooraf-helder',
        paraphrases: [
          'Studenten weten vooraf waarop ze beoordeeld worden.',
          'De beoordelingscriteria zijn helder voor studenten en worden aan het begin van de stage besproken.',
          'Vanaf het begin is duidelijk wat er van studenten wordt verwacht.',
        ],
      },
      {
        slug: 'samen-kalibreren',
        paraphrases: [
          'Beoordelaars van school en instituut kalibreren samen aan de hand van voorbeelden.',
          'In kalibratiesessies leggen we onze beoordelingen naast elkaar.',
          'Doordat we samen casussen beoordelen, groeit er een gedeeld beeld van wat voldoende is.',
        ],
      },
    ],
    developments: [
      {
        slug: 'criteria-verschillen-school-instituut',
        paraphrases: [
          'Beoordelingscriteria verschillen tussen school en instituut.',
          'School en opleiding hanteren niet dezelfde maatstaf bij het beoordelen van studenten.',
          'Wat de werkplekbegeleider voldoende vindt, is voor het instituut soms nog onvoldoende, en andersom.',
          "Er is geen gedeeld beeld van wat 'startbekwaam' in de praktijk betekent.",
          'Studenten merken dat de school en de lerarenopleiding verschillend naar hetzelfde gedrag kijken.',
        ],
        actions: [
          {
            title: 'Kalibratiesessie school en instituut',
            description:
              'Werkplekbegeleiders en instituutsopleiders beoordelen samen drie geanonimiseerde casussen en bespreken waar hun oordelen uiteenlopen en waarom.',
            ownerRole: 'instituutsopleider',
            agreement:
              'De instituutsopleider organiseert voor de volgende beoordelingsronde een kalibratiesessie met werkplekbegeleiders.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'beoordelingsformulieren-ingewikkeld',
        paraphrases: [
          'De beoordelingsformulieren zijn ingewikkeld en lastig te interpreteren.',
          'Werkplekbegeleiders worstelen met de formulering van de beoordelingscriteria.',
          'De taal van de beoordelingsformulieren staat ver af van de praktijk in de klas.',
          'De beoordelingsinstrumenten van de opleiding zijn voor begeleiders moeilijk te hanteren.',
        ],
        actions: [
          {
            title: 'Beoordelingsformulieren toelichten in praktijktaal',
            description:
              'Bij elk criterium komen twee of drie voorbeelden van wat je in de klas ziet; de toelichting wordt samen met werkplekbegeleiders geschreven.',
            ownerRole: 'instituutsopleider',
            agreement:
              'Het instituut schrijft samen met een paar werkplekbegeleiders een toelichting op de criteria in praktijktaal.',
            imwr: 'mobiliseren',
          },
        ],
      },
      {
        slug: 'dubbele-rol-coach-beoordelaar',
        paraphrases: [
          'Werkplekbegeleiders vinden het lastig om zowel coach als beoordelaar te zijn.',
          'De dubbele rol van begeleider en beoordelaar zorgt voor spanning in de relatie met de student.',
          'Begeleiders vinden het moeilijk om een onvoldoende te geven aan een student met wie ze een goede band hebben.',
          'Beoordelen en begeleiden lopen door elkaar, en dat is voor student en begeleider ongemakkelijk.',
        ],
        actions: [
          {
            title: 'Rollen van begeleider en beoordelaar scheiden',
            description:
              'Bij de eindbeoordeling schuift een tweede beoordelaar van de school aan, zodat de werkplekbegeleider zich op de begeleiding kan richten.',
            ownerRole: 'schoolopleider',
            agreement:
              'De schoolopleider zoekt uit hoe bij eindbeoordelingen een tweede beoordelaar kan aanschuiven.',
            imwr: 'reflecteren',
          },
        ],
      },
      {
        slug: 'zorgen-te-laat-gedeeld',
        paraphrases: [
          'Zorgen over het functioneren van een student worden te laat gedeeld met het instituut.',
          'Als een stage niet goed loopt, hoort de opleiding dat vaak pas bij de eindbeoordeling.',
          'Er ontbreekt een vorm van vroegsignalering voor studenten die dreigen vast te lopen.',
          'Twijfels over een student blijven te lang binnen de school hangen.',
        ],
        actions: [
          {
            title: 'Tussentijds voortgangsgesprek als vroegsignalering',
            description:
              'Halverwege elke stage is er een kort voortgangsgesprek met de instituutsopleider, waarin zorgen expliciet worden uitgesproken.',
            ownerRole: 'instituutsopleider',
            agreement:
              'Halverwege de stage plant de instituutsopleider voortaan een voortgangsgesprek met student en werkplekbegeleider.',
            imwr: 'reflecteren',
          },
        ],
      },
    ],
  },
};

/** Dutch labels of the participant roles, as used when someone reports back in the plenary. */
export const ROLE_LABELS: Record<RoleCode, string> = {
  werkplekbegeleider: 'werkplekbegeleider',
  schoolopleider: 'schoolopleider',
  instituutsopleider: 'instituutsopleider',
  onderzoeksbegeleider: 'onderzoeksbegeleider',
  'coach-startende-leraren': 'coach startende leraren',
  schoolleider: 'schoolleider',
  'mt-instituut': 'MT-lid instituut',
  student: 'student',
  'startende-leraar': 'startende leraar',
  programmaleider: 'programmaleider',
  stuurgroeplid: 'stuurgroeplid',
  overig: 'andere rol',
};

/** Subjects for a werkplekbegeleider or student who reports back ("werkplekbegeleider biologie"). */
export const SUBJECTS_VO = [
  'Nederlands',
  'Engels',
  'wiskunde',
  'biologie',
  'geschiedenis',
  'aardrijkskunde',
  'economie',
  'lichamelijke opvoeding',
  'scheikunde',
  'Duits',
  'natuurkunde',
  'maatschappijleer',
] as const;
export const SUBJECTS_MBO = [
  'zorg en welzijn',
  'techniek',
  'economie en ondernemen',
  'Nederlands',
  'sport en bewegen',
  'ICT',
] as const;

export const GROUPS_PO = [
  'groep 3',
  'groep 4',
  'groep 5',
  'groep 6',
  'groep 7',
  'groep 8',
] as const;

/** Closing sentences for afspraken. */
export const AGREEMENT_CLOSERS = [
  'De schoolopleider koppelt dit terug in het eerstvolgende opleidingsoverleg.',
  'Bij de volgende ZET-dag kijken we samen terug op wat dit heeft opgeleverd.',
  'De opbrengst gaat mee naar het jaarplan van de opleidingsschool.',
  'Voor de zomervakantie bespreken we de voortgang in de stuurgroep.',
  'We nemen dit mee naar het overleg van schoolopleiders in het partnerschap.',
] as const;

// --- Visions and kernbegrippen ---------------------------------------------------------------

export type CoreConcept = {
  /** As shown in the list of kernbegrippen. */
  name: string;
  /** One sentence of the vision text. */
  visionSentence: string;
  /** A main clause, lower case, that argues from this kernbegrip (used after "want" or a colon). */
  because: string;
};

export const CORE_CONCEPTS: readonly CoreConcept[] = [
  {
    name: 'Eigenaarschap',
    visionSentence:
      'Iedereen in het partnerschap, van student tot schoolleider, voelt zich eigenaar van het eigen leren en van de kwaliteit van het opleiden.',
    because:
      'we willen dat iedereen zich verantwoordelijk voelt voor het opleiden, niet alleen de schoolopleider',
  },
  {
    name: 'Leren van en met elkaar',
    visionSentence:
      "Studenten, starters en ervaren collega's vormen samen een lerende gemeenschap waarin we van en met elkaar leren.",
    because: 'leren doen we in ons partnerschap van en met elkaar, over de grenzen van rollen heen',
  },
  {
    name: 'Onderzoekende houding',
    visionSentence:
      'We kijken nieuwsgierig en kritisch naar onze eigen praktijk en gebruiken onderzoek om het onderwijs te verbeteren.',
    because:
      'een onderzoekende houding hoort bij elke leraar, niet alleen bij de student die moet afstuderen',
  },
  {
    name: 'Verbinding van theorie en praktijk',
    visionSentence:
      'Theorie, praktijk en persoon horen bij elkaar: wat op de opleiding wordt geleerd, krijgt betekenis in de klas, en andersom.',
    because: 'wat op de opleiding wordt geleerd, moet in de klas betekenis krijgen, en andersom',
  },
  {
    name: 'De leerling centraal',
    visionSentence:
      'Alles wat we in het opleiden doen, doen we uiteindelijk voor goed onderwijs aan onze leerlingen.',
    because: 'goed opleiden moet uiteindelijk merkbaar zijn in het onderwijs aan onze leerlingen',
  },
  {
    name: 'Vakmanschap',
    visionSentence:
      'We leiden op tot leraren die hun vak en hun didactiek beheersen en zich daarin blijven ontwikkelen.',
    because: 'we staan voor leraren die hun vak beheersen en zich daarin blijven ontwikkelen',
  },
  {
    name: 'Professionele identiteit',
    visionSentence:
      'We helpen (aanstaande) leraren te ontdekken wie ze als leraar willen zijn en waar ze voor staan.',
    because: 'de vraag wie je als leraar wilt zijn, vinden wij net zo belangrijk als wat je kunt',
  },
  {
    name: 'Maatwerk',
    visionSentence:
      'We sluiten aan bij wat iedere lerende nodig heeft, met oog voor verschillende opleidingsroutes en achtergronden.',
    because: 'we willen aansluiten bij wat iedere student en iedere starter nodig heeft',
  },
  {
    name: 'Inclusie',
    visionSentence:
      'We werken aan inclusief onderwijs waarin elke leerling en elke leraar in opleiding tot zijn recht komt.',
    because:
      'inclusief onderwijs vraagt om leraren die hebben geleerd om met verschillen om te gaan',
  },
  {
    name: 'Een leven lang leren',
    visionSentence:
      'Leraar zijn is een leven lang leren: het opleiden houdt niet op bij het diploma.',
    because:
      "leren stopt voor ons niet bij het diploma, ook niet voor starters en ervaren collega's",
  },
  {
    name: 'Vertrouwen',
    visionSentence:
      'We werken vanuit vertrouwen en geven elkaar de ruimte om te experimenteren en fouten te maken.',
    because:
      'we willen een cultuur waarin je fouten mag maken en de ruimte krijgt om te experimenteren',
  },
  {
    name: 'Gedeelde verantwoordelijkheid',
    visionSentence:
      'School en instituut zijn samen verantwoordelijk voor het opleiden van de nieuwe generatie leraren.',
    because:
      'school en instituut zijn samen verantwoordelijk voor het opleiden, niet ieder voor een eigen stuk',
  },
];

export const VISION_OPENINGS = [
  '{name} leidt samen op: scholen en lerarenopleidingen nemen gezamenlijk verantwoordelijkheid voor de nieuwe generatie leraren en voor de ontwikkeling van wie al voor de klas staat.',
  'In {name} werken scholen en lerarenopleidingen samen aan goede leraren voor de regio, nu en in de toekomst.',
  '{name} is een netwerk van scholen en instituten dat opleiden, begeleiden en professionaliseren als één doorlopende lijn ziet.',
] as const;

export const VISION_CLOSINGS = [
  'Zo werken we aan onderwijs waarin leerlingen, studenten en leraren tot bloei komen.',
  'Dit beroepsbeeld is ons kompas bij keuzes over begeleiding, beoordeling en professionalisering.',
  'We toetsen onze keuzes regelmatig aan dit beroepsbeeld en scherpen het samen aan.',
] as const;

// --- Onderbouwing (rationale) -----------------------------------------------------------------

/** Kernbegrippen that an onderbouwing on a theme most naturally argues from. */
export const THEME_CONCEPTS: Record<ThemeCode, readonly string[]> = {
  visie: [
    'Eigenaarschap',
    'Gedeelde verantwoordelijkheid',
    'De leerling centraal',
    'Professionele identiteit',
  ],
  'gespreid-leiderschap': ['Eigenaarschap', 'Vertrouwen', 'Gedeelde verantwoordelijkheid'],
  kwaliteitsontwikkeling: [
    'Onderzoekende houding',
    'Eigenaarschap',
    'De leerling centraal',
    'Gedeelde verantwoordelijkheid',
  ],
  professionalisering: [
    'Een leven lang leren',
    'Leren van en met elkaar',
    'Vakmanschap',
    'Maatwerk',
  ],
  'theorie-praktijk-persoon': [
    'Verbinding van theorie en praktijk',
    'Professionele identiteit',
    'Vakmanschap',
  ],
  'onderzoekende-houding': [
    'Onderzoekende houding',
    'Een leven lang leren',
    'De leerling centraal',
  ],
  'rijke-leeromgeving': ['Maatwerk', 'Leren van en met elkaar', 'Inclusie', 'Vakmanschap'],
  'rijke-leeromgeving-regie-op-leren': ['Eigenaarschap', 'Maatwerk', 'Vertrouwen'],
  'coachen-en-feedback': ['Vertrouwen', 'Professionele identiteit', 'Leren van en met elkaar'],
  'regie-op-leren': ['Eigenaarschap', 'Maatwerk', 'Vertrouwen'],
  beoordelen: [
    'Gedeelde verantwoordelijkheid',
    'Vakmanschap',
    'Vertrouwen',
    'Professionele identiteit',
  ],
};

/** Events that explain a setback in the placements of a locatie (a main clause, lower case). */
export const SETBACK_EVENTS = [
  {
    kind: 'fusie',
    clause:
      'door de fusie met een andere school moeten teams en werkwijzen opnieuw op elkaar worden afgestemd',
  },
  {
    kind: 'wisseling-schoolopleider',
    clause:
      'onze ervaren schoolopleider is vertrokken en de nieuwe schoolopleider moet haar plek nog vinden',
  },
  {
    kind: 'nieuwe-schoolleiding',
    clause:
      'er is een nieuwe schoolleiding gekomen en de prioriteiten voor het opleiden worden opnieuw bepaald',
  },
  {
    kind: 'verloop-werkplekbegeleiders',
    clause:
      'veel ervaren werkplekbegeleiders zijn vertrokken of met pensioen gegaan, en hun opvolgers zijn nog niet geschoold',
  },
  {
    kind: 'reorganisatie',
    clause:
      'door een reorganisatie en krimp in het leerlingenaantal is er minder ruimte voor begeleiding',
  },
] as const;
export type SetbackKind = (typeof SETBACK_EVENTS)[number]['kind'];

/** `{n}` scenario number, `{scenario}` its name, `{level}` the theme's level clause. */
export const PLACEMENT_WHOLE = [
  'We herkennen ons het meest in scenario {n} ({scenario}): {level}.',
  'De groep plaatst zich op scenario {n}, {scenario}: {level}.',
  'Scenario {n} past het best bij waar we nu staan: {level}.',
] as const;

/** `{a}`/`{b}` the two scenario numbers, `{levelA}`/`{levelB}` their level clauses. */
export const PLACEMENT_BETWEEN = [
  'We staan tussen scenario {a} en {b} in. Grotendeels geldt: {levelA}. Op onderdelen zijn we al verder: {levelB}.',
  'We plaatsen ons tussen scenario {a} en {b}: {levelA}. Op sommige punten geldt al: {levelB}.',
  'De groep kiest voor een plaatsing tussen {a} en {b}. Het beeld van scenario {a} klopt nog grotendeels ({levelA}), al zien we ook voorbeelden van scenario {b}: {levelB}.',
] as const;

/** `{target}` the desired scenario in words, `{level}` a level clause, `{concept}`/`{because}` from the vision. */
export const DESIRED_HIGHER = [
  "We willen toe naar {target}: {level}. Dat past bij '{concept}' uit onze visie, want {because}.",
  'Onze ambitie is {target}, want {because}. Concreet betekent dat: {level}.',
  "Vanuit het kernbegrip '{concept}' kiezen we voor {target}: {level}.",
] as const;

/** For a desired scenario whose level clause the placement sentence already quoted. */
export const DESIRED_HIGHER_SAME_LEVEL = [
  "Wat nu op onderdelen lukt, willen we overal zo hebben: {target}. Dat past bij '{concept}' uit onze visie, want {because}.",
  "We kiezen voor {target}, zodat dit niet langer van enkele mensen afhangt. Vanuit '{concept}' vinden we dat belangrijk, want {because}.",
] as const;

export const DESIRED_EQUAL = [
  'Gewenst is hetzelfde scenario als nu. Dat is een bewuste keuze vanuit onze visie: {because}, en dat vraagt nu eerst om borgen en verdiepen van wat er staat.',
  "We kiezen ervoor dit niveau vast te houden en steviger te verankeren. Daarbij is '{concept}' leidend: {because}, en zover zijn we nog niet overal.",
  "We willen eerst zorgen dat wat we hebben door iedereen gedragen wordt, voordat we een stap verder zetten. Dat volgt uit '{concept}' in onze visie: {because}.",
] as const;

export const DESIRED_AT_TOP = [
  "We staan op het hoogste scenario en willen dat vasthouden. Vanuit '{concept}' blijven we kritisch kijken of het ook zo voelt voor nieuwe collega's en studenten.",
  'Scenario 4 is bereikt; het gaat er nu om dat we het vasthouden. Onze visie helpt daarbij: {because}.',
] as const;

export const SETBACK_SENTENCES = [
  'Ten opzichte van vorig jaar zijn we teruggezakt: {clause}.',
  'We merken een terugval: {clause}.',
  'Dat is lager dan vorig jaar, en dat heeft een duidelijke oorzaak: {clause}.',
] as const;

// --- Evaluation titles -----------------------------------------------------------------------

/** `{location}`, `{year}` (e.g. 2025-2026), `{season}` (najaar/voorjaar), `{tool}` (ZET/Passietool). */
export const LOCATION_EVALUATION_TITLES = [
  '{tool}-dag {location} {year}',
  'Zelfevaluatie {location}, {season}',
  '{tool}-middag {location}',
  'Zelfevaluatie samen opleiden {location} {year}',
] as const;
export const PARTNERSHIP_EVALUATION_TITLES = [
  'Partnerschapsbrede {tool}-dag {year}',
  'Zelfevaluatie stuurgroep en opleidingsteam {year}',
  '{tool}-dag partnerschap als geheel, {season}',
] as const;

/** Actions at the level of the cycle, not from a finding. */
export const CYCLE_ACTIONS: readonly ActionTemplate[] = [
  {
    title: 'ZET-dagen voor volgend schooljaar inplannen',
    description:
      "De programmaleider plant met de schoolopleiders de ZET-dagen per locatie en kiest samen met de stuurgroep de jaarthema's.",
    ownerRole: 'programmaleider',
    agreement: '',
    imwr: 'mobiliseren',
  },
  {
    title: 'Jaarverslag met opbrengsten van de zelfevaluaties',
    description:
      'De opbrengsten van de zelfevaluaties en de stand van de verbeteracties worden samengevat in het jaarverslag van het partnerschap.',
    ownerRole: 'programmaleider',
    agreement: '',
    imwr: 'waarderen',
  },
  {
    title: 'Rode lijnen bespreken in de stuurgroep',
    description:
      'De stuurgroep bespreekt de rode lijnen die over de locaties heen zichtbaar worden en kiest er twee om partnerschapsbreed op te pakken.',
    ownerRole: 'stuurgroeplid',
    agreement: '',
    imwr: 'reflecteren',
  },
  {
    title: 'Peer review voorbereiden',
    description:
      'Voor de peer review verzamelen we per waarborg de belangrijkste opbrengsten en voorbeelden uit de locaties.',
    ownerRole: 'programmaleider',
    agreement: '',
    imwr: 'waarderen',
  },
  {
    title: 'Inspiratiebijeenkomst voor alle werkplekbegeleiders',
    description:
      'Een partnerschapsbrede bijeenkomst waarin locaties elkaar laten zien waar ze trots op zijn en wat ze hebben geleerd.',
    ownerRole: 'programmaleider',
    agreement: '',
    imwr: 'inspireren',
  },
];

// --- Names -----------------------------------------------------------------------------------

export const FIRST_NAMES = [
  'Marieke',
  'Jeroen',
  'Fatima',
  'Sanne',
  'Bas',
  'Anouk',
  'Mehmet',
  'Ilse',
  'Thijs',
  'Noor',
  'Priya',
  'Joost',
  'Esther',
  'Youssef',
  'Linda',
  'Maarten',
  'Eva',
  'Ruben',
  'Hanneke',
  'Karim',
  'Femke',
  'Sander',
  'Mirjam',
  'Daan',
  'Nadia',
  'Wouter',
  'Iris',
  'Pieter',
  'Samira',
  'Erik',
  'Lotte',
  'Gerard',
  'Yvonne',
  'Bram',
  'Inge',
  'Koen',
  'Sevda',
  'Tim',
  'Anke',
  'Rachid',
  'Judith',
  'Martijn',
  'Charlotte',
  'Hugo',
  'Fleur',
  'Dennis',
  'Miriam',
  'Jasper',
  'Naima',
  'Rob',
  'Kim',
  'Vincent',
  'Marloes',
  'Arjen',
  'Tamara',
  'Stefan',
  'Loes',
  'Emre',
  'Annemieke',
  'Niels',
] as const;

export const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'El Amrani',
  'Yılmaz',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'van den Broek',
  'de Bruijn',
  'Schouten',
  'Willems',
  'Hoekstra',
  'Koster',
  'Prins',
  'Huisman',
  'Postma',
  'Kuipers',
  'Verhoeven',
  'Ramdin',
  'Boukhari',
  'Nguyen',
  'Kaya',
  'Wijnands',
  'Ouédraogo',
  'Tan',
  'Veenstra',
  'Scholten',
  'van Dijk',
  'Lambrechts',
  'Haddou',
  'Bulut',
  'Sprenger',
] as const;

// --- Partnerships and locaties ---------------------------------------------------------------

export const PARTNERSHIP_PREFIXES = [
  'Opleidingsschool',
  'Academische Opleidingsschool',
  'Samen Opleiden',
  'Partnerschap Samen Opleiden',
] as const;
export const PARTNERSHIP_PREFIXES_PO = [
  'Opleidingsschool PO',
  'Academische Opleidingsschool PO',
  'Samen Opleiden PO',
  'Partnerschap Samen Opleiden PO',
] as const;

export const REGIONS = [
  'Lingewaard-Betuwe',
  'Eem en Vallei',
  'Maas en Waal',
  'Kromme Rijn',
  'IJsseldelta',
  'Noord-Veluwe',
  'Zaanstreek-Waterland',
  'Kop van Noord',
  'Drechtsteden',
  'Vechtstreek',
  'Westerkwartier',
  'Oost-Achterhoek',
  'Hoeksche Waard',
  'Gooi en Eemland',
  'Zuid-Kennemerland',
  'Peel en Maas',
  'Langstraat',
  'Bommelerwaard',
  'Alblasserwaard',
  'Noordoostpolder',
  'Zeeuwse Delta',
  'Duin- en Bollenstreek',
  'Land van Cuijk',
  'Midden-Holland',
  'Amstelland',
  'Vijfheerenlanden',
  'Salland',
  'Friese Wouden',
  'Veenkoloniën',
  'Kempenland',
  'Heuvelland',
  'Oostelijk Flevoland',
  'Walcheren',
  'Twentse Bergen',
  'Rijn en Gouwe',
  'Utrechtse Heuvelrug',
] as const;

export const VO_SCHOOL_NAMES = [
  'Het Baken College',
  'Lyceum De Horst',
  'Scholengemeenschap De Waterlinie',
  'Het Wilgenhof College',
  'Christelijk Lyceum Oosterweide',
  'Het Zuiderpoort College',
  'Scholengemeenschap Tweestromen',
  'Het Lindeborgh Lyceum',
  'Montessori College Eemhaven',
  'Het Dijkgraaf College',
  'Stedelijk Lyceum Hoogewaerd',
  'Het Koggeschip College',
  'Scholengemeenschap De Brede Vaart',
  'Gymnasium Aurelius',
  'Het Veenhoven College',
  'Lyceum Ter Weide',
  'Het Molenwiek College',
  'Vakcollege De Smidse',
  'Scholengemeenschap Het Zandpad',
  'Het Uiterwaarden College',
  'Daltonlyceum De Kruisberg',
  'Het Kastanjehof College',
  'Mavo De Ploeg',
  'Het Ravelijn College',
  'Scholengemeenschap Oude Maas',
  'Het Kompasroos College',
  'Christelijke Scholengemeenschap De Akker',
  'Het Polderlicht College',
  'Lyceum Het Hooge Veld',
  'Het Bolwerk College',
  'Vrije School De Zonneboog',
  'Het Rietland College',
  'Scholengemeenschap De Zeven Linden',
  'Het Waalkade Lyceum',
  'Het Voorland College',
  'Technasium De Schepenhof',
] as const;

export const MBO_SCHOOL_NAMES = [
  'ROC Midden-Veluwe, locatie Ede',
  'ROC Eem en Vallei, locatie Veenendaal',
  'ROC Lingestroom, locatie Culemborg',
  'ROC Westerwolde, locatie Stadskanaal',
  'Zorgcollege De Beuk, locatie Apeldoorn',
  'MBO College Hanzeland, locatie Zwolle',
  'ROC Kempenland, locatie Veldhoven',
  'Groen College Polderweide, locatie Dronten',
  'ROC IJsselvallei, locatie Deventer',
  'Techniekcollege De Havenmeester, locatie Rotterdam-Zuid',
  'ROC Duinstreek, locatie Haarlem',
  'Vakschool Brabantse Wal, locatie Roosendaal',
  'ROC Maasland, locatie Venlo',
  'MBO College Amstelzicht, locatie Amstelveen',
  'ROC Friese Meren, locatie Sneek',
  'Sport- en Bewegingscollege Oostwaarts, locatie Enschede',
] as const;

export const PO_SCHOOL_NAMES = [
  'OBS De Klimop',
  'IKC De Boomgaard',
  'Basisschool De Vlindertuin',
  'OBS De Sterrenwachter',
  'CBS De Wegwijzer',
  'Daltonschool De Windroos',
  'Montessorischool De Ontdekking',
  'IKC Het Kwetternest',
  'OBS Het Palet',
  'Jenaplanschool De Zeppelin',
  'CBS De Morgenster',
  'Basisschool De Wilgentak',
  'IKC De Heuvelrug',
  'OBS De Springplank',
  'Kindcentrum De Polderkoek',
  'CBS Het Mosterdzaadje',
  'Basisschool De Lindeboom',
  'OBS De Tweemaster',
  'IKC De Schatkist',
  'Vrije School De Zonnewijzer',
  'CBS De Bron',
  'OBS De Kameleon',
  'Basisschool Het Vogelnest',
  'Kindcentrum De Maasoever',
  'CBS De Kandelaar',
  'OBS De Vuurtoren',
] as const;

export const INSTITUTE_NAMES = [
  'Hogeschool Rijnzoom, Instituut Archimedes',
  'Hogeschool Eemland, Instituut voor Leraarschap',
  'Hogeschool Lingedal, Academie Educatie',
  'Hogeschool Noordkust, Lerarenopleiding Voortgezet Onderwijs',
  'Universiteit Oostland, Interfacultaire Lerarenopleiding',
  'Hogeschool Zuiderdelta, Instituut Paedagogium',
  'Hogeschool De Vijf Rivieren, Instituut voor Leraren',
  'Hogeschool Brabantse Kempen, Academie voor Onderwijs',
  'Hogeschool Meerland, Academie voor Lichamelijke Opvoeding',
  'Hogeschool Groenewoud, Instituut Comenius',
] as const;

export const PABO_NAMES = [
  'Hogeschool Eemland, Pabo',
  'Pabo De Vijf Rivieren',
  'Hogeschool Lingedal, Academische Pabo',
  'Katholieke Pabo Zuiderdelta',
  'Hogeschool Noordkust, Pabo',
] as const;

/** Used to tell apart a second site of a school when the name lists run out. */
export const SITE_SUFFIXES = [
  'locatie Noord',
  'locatie Zuid',
  'locatie Centrum',
  'locatie West',
  'locatie Oost',
  'locatie Parkweg',
  'locatie Molenstraat',
  'locatie De Hoven',
] as const;
