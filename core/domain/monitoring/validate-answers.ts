import {
  type Answers,
  type AnswerValue,
  isEmptyAnswer,
  isShown,
  type Location,
  PHOTO_MAX_COUNT,
  type PhotoRef,
  type Question,
  TEXT_MAX,
} from './questions';

/** One problem with one answer; `message` is a catalog key of the monitoring namespace. */
export type AnswerIssue = { key: string; message: string; params?: Record<string, unknown> };

export type AnswerCheck = { answers: Answers; issues: AnswerIssue[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

const m = (key: string) => `monitoring:answers.${key}`;

function checkNumber(q: Question & { min?: number; max?: number }, value: unknown, integer: boolean) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { message: m('notNumber') };
  if (integer && !Number.isInteger(value)) return { message: m('notInteger') };
  if (q.min !== undefined && value < q.min) return { message: m('belowMin'), params: { min: q.min } };
  if (q.max !== undefined && value > q.max) return { message: m('aboveMax'), params: { max: q.max } };
  return null;
}

function isLocation(value: unknown): value is Location {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (keys.some((k) => k !== 'lat' && k !== 'lng' && k !== 'accuracy')) return false;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (!num(v.lat) || !num(v.lng)) return false;
  if (v.accuracy !== undefined && !(num(v.accuracy) && (v.accuracy as number) >= 0)) return false;
  return Math.abs(v.lat as number) <= 90 && Math.abs(v.lng as number) <= 180;
}

function isPhotoRef(value: unknown): value is PhotoRef {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (keys.length !== 1) return false;
  if (typeof v.id === 'string') return /^[0-9a-f-]{36}$/i.test(v.id);
  return typeof v.data === 'string';
}

/** The checked, normalized value of one shown, non-empty answer, or the reason it is refused. */
function checkOne(
  q: Question,
  value: unknown,
  today: string,
): { value: AnswerValue } | { message: string; params?: Record<string, unknown> } {
  switch (q.type) {
    case 'number': {
      const bad = checkNumber(q, value, q.integer ?? false);
      return bad ?? { value: value as number };
    }
    case 'money': {
      const bad = checkNumber({ ...q, min: q.min ?? 0 }, value, true);
      return bad ?? { value: value as number };
    }
    case 'choice':
      if (typeof value !== 'string') return { message: m('notChoice') };
      if (!q.options.some((o) => o.value === value)) return { message: m('notInList'), params: { value } };
      return { value };
    case 'multi_choice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return { message: m('notChoice') };
      const unknown = (value as string[]).find((v) => !q.options.some((o) => o.value === v));
      if (unknown !== undefined) return { message: m('notInList'), params: { value: unknown } };
      const unique = [...new Set(value as string[])];
      if (q.maxItems !== undefined && unique.length > q.maxItems)
        return { message: m('tooMany'), params: { max: q.maxItems } };
      return { value: unique };
    }
    case 'text': {
      if (typeof value !== 'string') return { message: m('notText') };
      const max = Math.min(q.maxLength ?? TEXT_MAX, TEXT_MAX);
      const text = value.trim();
      if (text.length > max) return { message: m('tooLong'), params: { max } };
      if (text.includes('\u0000')) return { message: m('notText') };
      return { value: text };
    }
    case 'date':
      if (typeof value !== 'string' || !isDay(value)) return { message: m('notDate') };
      if (!q.allowFuture && value > today) return { message: m('future') };
      return { value };
    case 'photo': {
      if (!Array.isArray(value) || !value.every(isPhotoRef)) return { message: m('notPhoto') };
      const max = Math.min(q.maxCount ?? PHOTO_MAX_COUNT, PHOTO_MAX_COUNT);
      if (value.length > max) return { message: m('tooManyPhotos'), params: { max } };
      return { value: value as PhotoRef[] };
    }
    case 'location':
      if (!isLocation(value)) return { message: m('notLocation') };
      return { value };
  }
}

/**
 * Checks a visit's answers against the form it was filled with: unknown keys, required answers
 * of shown questions, types, limits and choice lists. Answers to questions hidden by skip logic
 * are dropped (they no longer apply), as are empty ones. `today` is the office's calendar day.
 */
export function validateAnswers(
  questions: readonly Question[],
  input: Record<string, unknown>,
  today: string,
): AnswerCheck {
  const issues: AnswerIssue[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(input)) {
    if (!byKey.has(key)) issues.push({ key, message: m('unknownQuestion') });
  }
  const answers: Answers = {};
  // In form order, so skip logic sees the already-checked answers it depends on.
  for (const q of questions) {
    if (!isShown(q, answers)) continue;
    const raw = input[q.key];
    if (isEmptyAnswer(raw)) {
      if (q.required) issues.push({ key: q.key, message: m('required') });
      continue;
    }
    const checked = checkOne(q, raw, today);
    if ('message' in checked) issues.push({ key: q.key, ...checked });
    else answers[q.key] = checked.value;
  }
  return { answers, issues };
}
