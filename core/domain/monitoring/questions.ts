/*
 * A visit questionnaire: typed questions with limits and skip logic. The definition is data
 * (admins edit it as new versions), so its labels carry both languages; everything else a
 * user reads about it (errors, buttons) comes from the i18n catalogs.
 */

export const QUESTION_TYPES = [
  'number',
  'money',
  'choice',
  'multi_choice',
  'text',
  'date',
  'photo',
  'location',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Label = { id: string; en: string };

export type ChoiceOption = { value: string; label: Label };

/** Shown (and checked) only when another question's answer matches. */
export type ShowIf = { key: string; equals: string } | { key: string; anyOf: string[] };

type Base = {
  key: string;
  label: Label;
  help?: Label;
  required?: boolean;
  showIf?: ShowIf;
};

export type NumberQuestion = Base & {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: Label;
};
export type MoneyQuestion = Base & { type: 'money'; min?: number; max?: number };
export type ChoiceQuestion = Base & { type: 'choice'; options: ChoiceOption[] };
export type MultiChoiceQuestion = Base & {
  type: 'multi_choice';
  options: ChoiceOption[];
  maxItems?: number;
};
export type TextQuestion = Base & { type: 'text'; maxLength?: number; multiline?: boolean };
export type DateQuestion = Base & { type: 'date'; allowFuture?: boolean };
export type PhotoQuestion = Base & { type: 'photo'; maxCount?: number };
export type LocationQuestion = Base & { type: 'location' };

export type Question =
  | NumberQuestion
  | MoneyQuestion
  | ChoiceQuestion
  | MultiChoiceQuestion
  | TextQuestion
  | DateQuestion
  | PhotoQuestion
  | LocationQuestion;

export type Location = { lat: number; lng: number; accuracy?: number };

/** A photo answer: a stored photo (by id) or, on the way in, a new image as a data URL. */
export type PhotoRef = { id: string } | { data: string };

export type AnswerValue = number | string | string[] | Location | PhotoRef[];
export type Answers = Record<string, AnswerValue>;

export const TEXT_MAX = 2000;
export const PHOTO_MAX_COUNT = 5;

/** Whether a question applies, given the other answers (skip logic). */
export function isShown(question: Question, answers: Answers): boolean {
  const rule = question.showIf;
  if (!rule) return true;
  const value = answers[rule.key];
  const values = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  if ('equals' in rule) return values.includes(rule.equals);
  return rule.anyOf.some((v) => values.includes(v));
}

export const isEmptyAnswer = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);
