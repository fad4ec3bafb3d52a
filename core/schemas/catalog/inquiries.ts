import { z } from 'zod';
import { PageQuery } from '../common';
import { CountryCode, plainText } from './fields';
import { Currency } from './public';

export const INQUIRY_STATUSES = ['new', 'replied', 'quoted', 'won', 'lost'] as const;
export const InquiryStatus = z.enum(INQUIRY_STATUSES, 'catalog:fields.inquiry_status');
export type InquiryStatus = z.infer<typeof InquiryStatus>;

export const CreateInquiryBody = z.strictObject({
  productSlug: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/, 'catalog:fields.product'),
  quantity: z.coerce
    .number('catalog:fields.quantity')
    .int('catalog:fields.quantity')
    .min(1, 'catalog:fields.quantity')
    .max(10_000_000, 'catalog:fields.quantity'),
  message: plainText(4000, 10, 'catalog:fields.message_short'),
  name: plainText(120, 1, 'catalog:fields.buyer_name'),
  email: z.string().trim().max(200).pipe(z.email('catalog:fields.email')),
  country: CountryCode,
  company: plainText(160).optional(),
  targetPrice: z.coerce.number().positive('catalog:fields.target_price').max(1_000_000_000).optional(),
  targetCurrency: Currency.optional(),
  /** Honeypot: hidden from people; a bot that fills it is answered as usual and nothing is stored. */
  website: z.string().max(500).optional(),
  lang: z.enum(['id', 'en']).optional(),
});
export type CreateInquiryBody = z.infer<typeof CreateInquiryBody>;

export const InquiryCreated = z.object({ id: z.uuid(), status: InquiryStatus });

export const InquiryMessage = z.object({
  id: z.uuid(),
  author: z.enum(['buyer', 'staff']),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  mailedAt: z.string().nullable(),
});

export const Inquiry = z.object({
  id: z.uuid(),
  status: InquiryStatus,
  productId: z.uuid(),
  productSlug: z.string(),
  productName: z.string(),
  businessId: z.uuid(),
  businessName: z.string(),
  quantity: z.number(),
  targetPrice: z.number().nullable(),
  targetCurrency: Currency.nullable(),
  buyerName: z.string(),
  buyerEmail: z.string(),
  buyerCompany: z.string().nullable(),
  country: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  messages: z.array(InquiryMessage),
  permissions: z.object({ reply: z.boolean() }),
});
export type Inquiry = z.infer<typeof Inquiry>;

export const InquiryListItem = Inquiry.omit({ messages: true, permissions: true }).extend({
  lastMessageAt: z.string(),
  messageCount: z.number(),
});

export const InquiryList = z.object({
  items: z.array(InquiryListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ListInquiriesQuery = PageQuery.extend({
  status: InquiryStatus.optional(),
  businessId: z.uuid().optional(),
});

export const ReplyBody = z.strictObject({
  message: plainText(4000, 1, 'catalog:fields.reply_empty'),
  /** Moves the inquiry on with the reply (default: replied). */
  status: InquiryStatus.optional(),
});

export const UpdateInquiryBody = z.strictObject({ status: InquiryStatus });
