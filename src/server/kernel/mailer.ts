// The connection to a mail server, when CULTIVATE_SMTP_URL is set (nodemailer). Without one,
// messages stay in the outbox for an administrator to read and pass on.
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailer(mail: Config['mail']): Mailer | null {
  if (!mail.smtpUrl) return null;
  const transport = nodemailer.createTransport(mail.smtpUrl);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from: mail.from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
