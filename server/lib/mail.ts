import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';

/*
 * The pluggable mail sender. By default every mail is written to DATA_DIR/outbox (or
 * MAIL_OUTBOX_DIR) as an .eml file a mail client opens; with MAIL_TRANSPORT=smtp it goes out
 * through SMTP_URL. Both build the message with nodemailer, so the file is what SMTP would send.
 */

export type Mail = { to: string[]; subject: string; text: string; replyTo?: string; cc?: string[] };

export type MailSender = { send(mail: Mail): Promise<{ id: string; file?: string }> };

export const outboxDir = (config: Config) => config.MAIL_OUTBOX_DIR ?? path.join(config.dataDir, 'outbox');

function fileSender(config: Config): MailSender {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await builder.sendMail({ from: config.MAIL_FROM, ...mail });
      const dir = outboxDir(config);
      await mkdir(dir, { recursive: true });
      const id = randomUUID();
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      return { id, file };
    },
  };
}

function smtpSender(config: Config): MailSender {
  const transport: Transporter = nodemailer.createTransport(config.SMTP_URL as string);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.MAIL_FROM, ...mail });
      return { id: String(info.messageId) };
    },
  };
}

const senders = new WeakMap<Config, MailSender>();

/** The configured sender (one per configuration). */
export function mailSender(config: Config): MailSender {
  let sender = senders.get(config);
  if (!sender) {
    sender = config.MAIL_TRANSPORT === 'smtp' ? smtpSender(config) : fileSender(config);
    senders.set(config, sender);
  }
  return sender;
}
