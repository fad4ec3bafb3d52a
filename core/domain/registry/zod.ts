import { z } from 'zod';
import { parseKbli, parseNib, parseNpwp } from './business-ids';
import { isBlankCell } from './cell';
import { type DateOptions, parseDate } from './date';
import { parseCount, parseYear } from './integer';
import { type Issue, type IssueCode, issue, type ParseResult } from './issues';
import { parseRupiah } from './money';
import { validateNik } from './nik';
import { parsePhone } from './phone';

/*
 * Zod schemas over the parsers, so a form field and an API body refuse the same input with the
 * same i18n key (ZodIssue.message) and params (ZodIssue.params) the import report uses.
 */

const key = (code: IssueCode) => issue(code).key;

type Ctx = {
  addIssue: (arg: {
    code: 'custom';
    message: string;
    params?: Record<string, unknown>;
    input?: unknown;
  }) => void;
};

function report(issues: Issue[], ctx: Ctx, input: unknown): typeof z.NEVER {
  for (const i of issues) ctx.addIssue({ code: 'custom', message: i.key, params: i.params, input });
  return z.NEVER;
}

function unwrap<T>(result: ParseResult<T>, ctx: Ctx, input: unknown): T {
  return result.ok ? result.value : report(result.issues, ctx, input);
}

const text = () => z.string({ error: key('common.invalidType') });
const textOrNumber = () => z.union([z.string(), z.number()], { error: key('common.invalidType') });

/** NIK → its 16 digits (spaces and dots removed). */
export const zNik = text().transform((v, ctx) => unwrap(validateNik(v), ctx, v));
export const zNib = text().transform((v, ctx) => unwrap(parseNib(v), ctx, v));
/** NPWP in any common formatting → 15 or 16 digits. */
export const zNpwp = text().transform((v, ctx) => unwrap(parseNpwp(v), ctx, v));
export const zKbliVersion = z.union([z.literal(2020), z.literal(2025)], { error: key('kbli.version') });
/** The 5-digit code alone; the version travels in its own field (see zKbli). */
export const zKbliCode = text().transform((v, ctx) => {
  const parsed = parseKbli(v, 2020);
  return parsed.ok ? parsed.value.code : report(parsed.issues, ctx, v);
});
export const zKbli = z.object({ code: zKbliCode, version: zKbliVersion });

/** One Indonesian phone number → E.164 "+62…". A form field holding two numbers is refused. */
export const zPhoneId = text().transform((v, ctx) => {
  const parsed = parsePhone(v);
  if (!parsed.ok) return report(parsed.issues, ctx, v);
  const multiple = parsed.warnings.find((w) => w.key === key('phone.multiple'));
  return multiple ? report([multiple], ctx, v) : parsed.value.e164;
});

/** Rupiah from a number or messy text → integer Rupiah. */
export const zRupiah = textOrNumber().transform((v, ctx) => unwrap(parseRupiah(v), ctx, v));
export const zCount = textOrNumber().transform((v, ctx) => unwrap(parseCount(v), ctx, v));
export const zYear = (options?: { min?: number; max?: number }) =>
  textOrNumber().transform((v, ctx) => unwrap(parseYear(v, options), ctx, v));
/**
 * Any accepted date writing or Excel serial → 'YYYY-MM-DD'. No z.date(): JSON bodies carry no
 * Date objects and it would make request schemas unrepresentable in OpenAPI.
 */
export const zDateIso = (options?: Pick<DateOptions, 'min' | 'max'>) =>
  textOrNumber().transform((v, ctx) => unwrap(parseDate(v, options), ctx, v));

export { zCertificationType, zEducation, zExportStatus, zGender, zLegalForm, zSubsector } from './enums';

/**
 * Optional field as forms send it: '' / '-' / null become undefined instead of an error, so
 * `zOptional(zNpwp)` accepts an empty NPWP box but still refuses a wrong one.
 */
export function zOptional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (isBlankCell(v) ? undefined : v), schema.optional());
}
