import {
  DELIVERER_KINDS,
  NEED_CATEGORIES,
  NEED_LABELS,
  NEED_PRIORITIES,
  NEED_STATUSES,
  type NeedCategory,
  type NeedPriority,
  type NeedStatus,
  SUPPORT_TYPES,
} from '#core/domain/needs';
import type { Locale } from '#core/i18n/locales';
import { i18n } from '#web/lib/i18n';

export const categoryLabel = (c: NeedCategory, locale: Locale) => NEED_LABELS[c]?.[locale] ?? c;
export const categoryOptions = (locale: Locale) =>
  NEED_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, locale) }));
export const priorityOptions = () =>
  NEED_PRIORITIES.map((p) => ({ value: p, label: i18n.t(`needs:priority.${p}`) }));
export const statusOptions = () =>
  NEED_STATUSES.map((s) => ({ value: s, label: i18n.t(`needs:status.${s}`) }));
export const supportTypeOptions = () =>
  SUPPORT_TYPES.map((s) => ({ value: s, label: i18n.t(`needs:supportType.${s}`) }));
export const delivererOptions = () =>
  DELIVERER_KINDS.map((k) => ({ value: k, label: i18n.t(`needs:deliverer.${k}`) }));

export const STATUS_COLOR: Record<NeedStatus, string> = {
  identified: 'gray',
  planned: 'blue',
  in_progress: 'yellow',
  met: 'green',
  not_pursued: 'dark',
};
export const PRIORITY_COLOR: Record<NeedPriority, string> = { high: 'red', medium: 'orange', low: 'gray' };
