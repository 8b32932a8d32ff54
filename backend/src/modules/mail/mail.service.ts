import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';

export type MailMessage = { to: string; subject: string; text: string };

/**
 * Sends mail over SMTP when `SMTP_URL` is set. Without it the message (with its link) goes to the
 * log, so the demo works without a mail server. Under test, messages are kept in memory instead.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;
  private readonly sent: MailMessage[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport =
      config.env !== 'test' && config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  async send(message: MailMessage): Promise<void> {
    if (this.config.env === 'test') {
      this.sent.push({ ...message });
      return;
    }
    if (!this.transport) {
      this.logger.warn(
        `No SMTP configured; mail to ${message.to}\nOnderwerp: ${message.subject}\n\n${message.text}`,
      );
      return;
    }
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }

  /** Sends without making the caller wait; a failure is logged (for answers that must not differ). */
  sendInBackground(message: MailMessage): void {
    this.send(message).catch((error: unknown) => {
      this.logger.error(
        `Mail to ${message.to} failed`,
        error instanceof Error ? error.stack : String(error),
      );
    });
  }

  /** The messages sent so far (test mode only; empty otherwise). */
  outbox(): readonly MailMessage[] {
    return this.sent;
  }

  clearOutbox(): void {
    this.sent.length = 0;
  }

  /** An absolute link into the frontend. */
  link(path: string, params: Record<string, string>): string {
    return `${this.config.publicUrl}${path}?${new URLSearchParams(params).toString()}`;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
