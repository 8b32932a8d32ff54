import type { MembershipRole } from '@zet/contracts';
import type { MailMessage } from './mail.service';

const ROLE_NAMES: Record<MembershipRole, string> = {
  programmaleider: 'programmaleider',
  stuurgroeplid: 'stuurgroeplid',
  locatiecoordinator: 'locatie-coördinator',
  procesbegeleider: 'procesbegeleider',
};

const SIGNATURE = 'Met vriendelijke groet,\nZET Monitor';

export function passwordResetMail(to: string, name: string, link: string): MailMessage {
  return {
    to,
    subject: 'Nieuw wachtwoord instellen voor ZET Monitor',
    text: [
      `Beste ${name},`,
      'Je hebt gevraagd om een nieuw wachtwoord voor ZET Monitor. Via deze link stel je het in:',
      link,
      'De link werkt één keer en is een uur geldig. Daarna word je overal afgemeld waar je nog was aangemeld.',
      'Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft dan ongewijzigd.',
      SIGNATURE,
    ].join('\n\n'),
  };
}

export function invitationMail(
  to: string,
  input: {
    name: string;
    partnershipName: string;
    role: MembershipRole;
    inviterName: string | null;
    link: string;
  },
): MailMessage {
  const by = input.inviterName ? `${input.inviterName} nodigt je uit` : 'Je bent uitgenodigd';
  return {
    to,
    subject: `Uitnodiging voor ${input.partnershipName} in ZET Monitor`,
    text: [
      `Beste ${input.name},`,
      `${by} om als ${ROLE_NAMES[input.role]} mee te doen in ZET Monitor voor ${input.partnershipName}.`,
      'Via deze link neem je de uitnodiging aan:',
      input.link,
      'De link werkt één keer en is zeven dagen geldig. Heb je al een account met dit e-mailadres? Meld je dan eerst aan en open de link daarna.',
      'Verwacht je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
      SIGNATURE,
    ].join('\n\n'),
  };
}
