import { FUNNEL_KEYS } from './default-form';
import { NEED_CATEGORIES } from './need-categories';
import type { Question } from './questions';

/** One problem with a form definition: `path` is `questions.<index>.<field>`. */
export type FormIssue = { path: string; message: string; params?: Record<string, unknown> };

const m = (key: string) => `monitoring:form.${key}`;
const YES_CHOICES = ['producing', 'sellsOutsideCity', 'exporting'] as const;

/**
 * What zod cannot see in a new form version: unique keys, skip logic pointing back at an
 * earlier choice question and one of its options, sane limits, and the questions the funnel
 * and the needs inventory depend on kept with their types.
 */
export function validateFormDefinition(questions: readonly Question[]): FormIssue[] {
  const issues: FormIssue[] = [];
  const seen = new Map<string, Question>();
  questions.forEach((q, i) => {
    const at = (field: string) => `questions.${i}.${field}`;
    if (seen.has(q.key)) issues.push({ path: at('key'), message: m('duplicateKey'), params: { key: q.key } });
    if (
      (q.type === 'number' || q.type === 'money') &&
      q.min !== undefined &&
      q.max !== undefined &&
      q.min > q.max
    )
      issues.push({ path: at('max'), message: m('maxBelowMin') });
    if (q.type === 'choice' || q.type === 'multi_choice') {
      const values = q.options.map((o) => o.value);
      const dup = values.find((v, j) => values.indexOf(v) !== j);
      if (dup !== undefined)
        issues.push({ path: at('options'), message: m('duplicateOption'), params: { value: dup } });
    }
    if (q.showIf) {
      const target = seen.get(q.showIf.key);
      if (!target || (target.type !== 'choice' && target.type !== 'multi_choice')) {
        issues.push({ path: at('showIf.key'), message: m('showIfTarget'), params: { key: q.showIf.key } });
      } else {
        const wanted = 'equals' in q.showIf ? [q.showIf.equals] : q.showIf.anyOf;
        const missing = wanted.find((v) => !target.options.some((o) => o.value === v));
        if (missing !== undefined)
          issues.push({ path: at('showIf'), message: m('showIfValue'), params: { value: missing } });
      }
    }
    seen.set(q.key, q);
  });
  for (const [key, type] of Object.entries(FUNNEL_KEYS)) {
    const q = seen.get(key);
    if (!q || q.type !== type) {
      issues.push({ path: 'questions', message: m('funnelQuestion'), params: { key, type } });
      continue;
    }
    if (
      (YES_CHOICES as readonly string[]).includes(key) &&
      q.type === 'choice' &&
      !q.options.some((o) => o.value === 'yes')
    )
      issues.push({ path: 'questions', message: m('needsYes'), params: { key } });
    if (key === 'observedNeeds' && q.type === 'multi_choice') {
      const bad = q.options.find((o) => !(NEED_CATEGORIES as readonly string[]).includes(o.value));
      if (bad) issues.push({ path: 'questions', message: m('needCategory'), params: { value: bad.value } });
    }
  }
  return issues;
}
