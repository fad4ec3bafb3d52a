import { createHmac, randomUUID } from 'node:crypto';
import type { Locale } from '#core/i18n/locales';
import {
  type CreateInquiryBody,
  type Inquiry,
  type InquiryStatus,
  ListInquiriesQuery,
} from '#core/schemas/catalog';
import type { Config } from '#server/config';
import type { Db } from '#server/db/client';
import { businessIdsVisibleTo } from '#server/features/registry/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden, notFound } from '#server/lib/errors';
import { translate } from '#server/lib/i18n';
import { mailSender } from '#server/lib/mail';
import { canReadInquiry, canReplyInquiry } from '../policy';
import { localized, presentInquiryBase, presentMessage } from '../present';
import {
  accountEmails,
  findInquiry,
  insertInquiry,
  insertMessage,
  listInquiryRows,
  lockInquiry,
  lockSender,
  markMailed,
  messagesOf,
  recentInquiries,
  setInquiryStatus,
} from '../queries/inquiries';
import { findProduct, findPublishedBySlug } from '../queries/products';
import { factsById, requireCatalog, scopeOf } from './scope';

const HOUR_MS = 60 * 60 * 1000;

/** Won and lost close an inquiry; nothing goes back to new once answered. */
export function canMoveInquiry(from: InquiryStatus, to: InquiryStatus): boolean {
  if (from === to) return true;
  if (from === 'won' || from === 'lost') return false;
  return to !== 'new';
}

/** A keyed hash of the sender's address: enough to count, useless to anyone who reads the table. */
const senderKeyOf = (config: Config, ip: string | null) =>
  createHmac('sha256', config.secrets.sessionSecret)
    .update(`inquiry-sender:${ip ?? 'unknown'}`)
    .digest('hex');

type PublicInquiryContext = { db: Db; config: Config; ip: string | null; log?: (error: unknown) => void };

/**
 * A buyer's inquiry, without an account. Spam is held off by a honeypot field (a bot that
 * fills it is answered as usual and nothing is stored), strict validation, and a per-sender and
 * per-address hourly limit counted in the same transaction as the insert.
 */
export async function createInquiry(ctx: PublicInquiryContext, input: CreateInquiryBody) {
  if (input.website && input.website.trim() !== '') return { id: randomUUID(), status: 'new' as const };
  const product = await findPublishedBySlug(ctx.db, input.productSlug);
  const facts = product ? (await factsById(ctx.db, [product.businessId])).get(product.businessId) : undefined;
  if (!product || !facts?.live) throw fieldError('productSlug', 'catalog:fields.product');
  const senderKey = senderKeyOf(ctx.config, ctx.ip);
  const email = input.email.toLowerCase();
  const locale: Locale = input.lang ?? 'en';
  const { inquiry, message } = await ctx.db.transaction(async (tx) => {
    await lockSender(tx, senderKey);
    const since = new Date(Date.now() - HOUR_MS);
    const { bySender, byEmail } = await recentInquiries(tx, senderKey, email, since);
    const limit = ctx.config.INQUIRY_LIMIT_PER_HOUR;
    if (bySender.n >= limit || byEmail.n >= limit) {
      const oldest = [bySender, byEmail]
        .filter((c) => c.n >= limit)
        .map((c) => new Date(c.oldest ?? Date.now()).getTime());
      const retry = Math.max(1, Math.ceil((Math.min(...oldest) + HOUR_MS - Date.now()) / 1000));
      throw new AppError('rate_limited', 'catalog:errors.too_many_inquiries', {
        details: { retryAfterSeconds: retry },
      });
    }
    const inquiry = await insertInquiry(tx, {
      productId: product.id,
      businessId: product.businessId,
      quantity: input.quantity,
      targetPrice: input.targetPrice ?? null,
      targetCurrency: input.targetPrice ? (input.targetCurrency ?? 'USD') : null,
      buyerName: input.name,
      buyerEmail: email,
      buyerCompany: input.company || null,
      country: input.country,
      locale,
      senderKey,
    });
    const message = await insertMessage(tx, {
      inquiryId: inquiry.id,
      author: 'buyer',
      authorName: input.name,
      body: input.message,
    });
    await recordAudit(
      tx,
      { actor: null, ip: null },
      {
        action: 'catalog_inquiry.create',
        entityType: 'catalog_inquiry',
        entityId: inquiry.id,
        after: { productId: product.id, quantity: input.quantity, country: input.country },
      },
    );
    return { inquiry, message };
  });
  const productName = localized(product.name, 'id');
  const makers = await accountEmails(ctx.db, facts.ownerUserIds);
  const office = ctx.config.MAIL_OFFICE_TO ? [ctx.config.MAIL_OFFICE_TO] : [];
  await sendQuietly(ctx, async () => {
    if (makers.length + office.length === 0) return;
    await mailSender(ctx.config).send({
      to: makers.length > 0 ? makers : office,
      ...(makers.length > 0 && office.length > 0 ? { cc: office } : {}),
      subject: translate('id', 'catalog:mail.new_inquiry_subject', { product: productName }),
      text: translate('id', 'catalog:mail.new_inquiry_body', {
        product: productName,
        quantity: input.quantity,
        country: input.country,
        name: input.name,
        message: input.message,
      }),
    });
    await markMailed(ctx.db, message.id);
  });
  await sendQuietly(ctx, () =>
    mailSender(ctx.config)
      .send({
        to: [email],
        subject: translate(locale, 'catalog:mail.ack_subject', { product: localized(product.name, locale) }),
        text: translate(locale, 'catalog:mail.ack_body', {
          name: input.name,
          product: localized(product.name, locale),
          message: input.message,
        }),
      })
      .then(() => undefined),
  );
  return { id: inquiry.id, status: inquiry.status };
}

/** Mail is told, not awaited for success: a mail server down must not lose the inquiry or reply. */
async function sendQuietly(ctx: { log?: (error: unknown) => void }, send: () => Promise<void>) {
  try {
    await send();
  } catch (error) {
    ctx.log?.(error);
  }
}

async function loadInquiry(ctx: ServiceContext, id: string) {
  requireCatalog(ctx);
  const row = await findInquiry(ctx.db, id);
  if (!row) throw notFound();
  const facts = (await factsById(ctx.db, [row.businessId])).get(row.businessId);
  if (!facts || !canReadInquiry(ctx.actor, scopeOf(facts))) throw notFound();
  return { row, facts };
}

async function presentFull(ctx: ServiceContext, id: string, locale: Locale): Promise<Inquiry> {
  const { row, facts } = await loadInquiry(ctx, id);
  const product = await findProduct(ctx.db, row.productId);
  const messages = await messagesOf(ctx.db, id);
  return {
    ...presentInquiryBase(row, product ?? { slug: '', name: { id: '', en: '' } }, facts.name, locale),
    messages: messages.map(presentMessage),
    permissions: { reply: canReplyInquiry(ctx.actor, scopeOf(facts)) },
  };
}

export const getInquiry = (ctx: ServiceContext, id: string, locale: Locale) => presentFull(ctx, id, locale);

export async function listInquiries(ctx: ServiceContext, query: Record<string, unknown>, locale: Locale) {
  requireCatalog(ctx);
  const { page, pageSize, ...filter } = ListInquiriesQuery.parse(query);
  const { rows, total } = await listInquiryRows(
    ctx.db,
    businessIdsVisibleTo(ctx.actor),
    filter,
    page,
    pageSize,
  );
  const facts = await factsById(
    ctx.db,
    rows.map((r) => r.inquiry.businessId),
  );
  return {
    items: rows.map((r) => ({
      ...presentInquiryBase(
        r.inquiry,
        { slug: r.productSlug, name: r.productName },
        facts.get(r.inquiry.businessId)?.name ?? '',
        locale,
      ),
      lastMessageAt: new Date(r.lastAt ?? r.inquiry.createdAt).toISOString(),
      messageCount: Number(r.messageCount ?? 0),
    })),
    total,
    page,
    pageSize,
  };
}

export async function updateInquiryStatus(
  ctx: ServiceContext,
  id: string,
  status: InquiryStatus,
  locale: Locale,
) {
  const { facts } = await loadInquiry(ctx, id);
  if (!canReplyInquiry(ctx.actor, scopeOf(facts))) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const before = await lockInquiry(tx, id);
    if (!before) throw notFound();
    if (!canMoveInquiry(before.status, status))
      throw fieldError('status', 'catalog:fields.inquiry_status_move');
    const after = await setInquiryStatus(tx, id, status);
    await recordAudit(tx, ctx, {
      action: 'catalog_inquiry.status',
      entityType: 'catalog_inquiry',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status },
    });
  });
  return presentFull(ctx, id, locale);
}

/** A reply in the thread; it is mailed to the buyer (in the buyer's language) after it is saved. */
export async function replyToInquiry(
  ctx: ServiceContext,
  id: string,
  input: { message: string; status?: InquiryStatus },
  log?: (error: unknown) => void,
) {
  const { facts } = await loadInquiry(ctx, id);
  if (!canReplyInquiry(ctx.actor, scopeOf(facts))) throw forbidden();
  const { message, inquiry } = await ctx.db.transaction(async (tx) => {
    const before = await lockInquiry(tx, id);
    if (!before) throw notFound();
    const next = input.status ?? (before.status === 'new' ? 'replied' : before.status);
    if (!canMoveInquiry(before.status, next))
      throw fieldError('status', 'catalog:fields.inquiry_status_move');
    const message = await insertMessage(tx, {
      inquiryId: id,
      author: 'staff',
      authorUserId: ctx.actor?.id ?? null,
      authorName: `${ctx.actor?.name ?? ''} · ${facts.brand || facts.name}`,
      body: input.message,
    });
    const inquiry = await setInquiryStatus(tx, id, next);
    await recordAudit(tx, ctx, {
      action: 'catalog_inquiry.reply',
      entityType: 'catalog_inquiry',
      entityId: id,
      before: { status: before.status },
      after: { status: next, messageId: message.id },
    });
    return { message, inquiry };
  });
  const product = await findProduct(ctx.db, inquiry.productId);
  const locale = (inquiry.locale === 'id' ? 'id' : 'en') as Locale;
  const productName = product ? localized(product.name, locale) : '';
  let mailedAt: Date | null = null;
  await sendQuietly({ log }, async () => {
    await mailSender(ctx.config).send({
      to: [inquiry.buyerEmail],
      subject: translate(locale, 'catalog:mail.reply_subject', { product: productName }),
      text: translate(locale, 'catalog:mail.reply_body', {
        name: inquiry.buyerName,
        maker: facts.brand || facts.name,
        product: productName,
        message: input.message,
      }),
    });
    await markMailed(ctx.db, message.id);
    mailedAt = new Date();
  });
  return presentMessage({ ...message, mailedAt });
}
