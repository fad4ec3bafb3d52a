import { z } from 'zod';
import { PHOTO_MAX_COUNT, QUESTION_TYPES, TEXT_MAX } from '#core/domain/monitoring';

const text = (max: number) => z.string().trim().min(1, 'monitoring:form.labelRequired').max(max);
export const LabelSchema = z.strictObject({ id: text(300), en: text(300) });
const OptionSchema = z.strictObject({
  value: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'monitoring:form.optionValue'),
  label: LabelSchema,
});
const KeySchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'monitoring:form.keyFormat');
const ShowIfSchema = z.union([
  z.strictObject({ key: KeySchema, equals: z.string().min(1).max(40) }),
  z.strictObject({ key: KeySchema, anyOf: z.array(z.string().min(1).max(40)).min(1).max(50) }),
]);
const base = {
  key: KeySchema,
  label: LabelSchema,
  help: LabelSchema.optional(),
  required: z.boolean().optional(),
  showIf: ShowIfSchema.optional(),
};
const limit = z.number().finite();
const options = z.array(OptionSchema).min(1, 'monitoring:form.optionsRequired').max(50);

export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: limit.optional(),
    max: limit.optional(),
    integer: z.boolean().optional(),
    unit: LabelSchema.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('money'), min: limit.min(0).optional(), max: limit.optional() }),
  z.strictObject({ ...base, type: z.literal('choice'), options }),
  z.strictObject({
    ...base,
    type: z.literal('multi_choice'),
    options,
    maxItems: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(TEXT_MAX).optional(),
    multiline: z.boolean().optional(),
  }),
  z.strictObject({ ...base, type: z.literal('date'), allowFuture: z.boolean().optional() }),
  z.strictObject({
    ...base,
    type: z.literal('photo'),
    maxCount: z.number().int().min(1).max(PHOTO_MAX_COUNT).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('location') }),
]);
export type QuestionInput = z.input<typeof QuestionSchema>;

export const QuestionTypeSchema = z.enum(QUESTION_TYPES);

export const VisitForm = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: LabelSchema,
  questions: z.array(QuestionSchema),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  current: z.boolean(),
});
export type VisitForm = z.infer<typeof VisitForm>;

export const FormVersionList = z.object({
  items: z.array(
    VisitForm.pick({ id: true, version: true, title: true, createdAt: true, createdBy: true, current: true }),
  ),
});

export const FormVersionParams = z.strictObject({ version: z.coerce.number().int().min(1) });

export const CreateFormVersionBody = z.strictObject({
  title: LabelSchema,
  questions: z.array(QuestionSchema).min(1).max(100),
  /** The version the admin edited: a newer one saved meanwhile answers 409. */
  basedOnVersion: z.number().int().min(1),
});
export type CreateFormVersionBody = z.infer<typeof CreateFormVersionBody>;
