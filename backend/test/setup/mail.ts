import { type MailMessage, MailService } from '../../src/modules/mail/mail.service';
import type { TestApp } from './test-app';

/** The app's in-memory outbox (test mode keeps mail there instead of sending it). */
export const mailService = (t: TestApp): MailService => t.running.app.get(MailService);

export function mailsTo(t: TestApp, email: string): MailMessage[] {
  return mailService(t)
    .outbox()
    .filter((m) => m.to.toLowerCase() === email.toLowerCase());
}

/** The newest mail to this address; fails the test when there is none. */
export function lastMailTo(t: TestApp, email: string): MailMessage {
  const mail = mailsTo(t, email).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

/** The token of the link to `path` in a mail (e.g. /uitnodiging, /wachtwoord-herstellen). */
export function tokenFromMail(mail: MailMessage, path: string): string {
  const match = new RegExp(`https?://\\S+${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail: ${mail.text}`);
  return match[1];
}
