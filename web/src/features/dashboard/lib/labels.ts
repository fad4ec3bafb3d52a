import type { TFunction } from 'i18next';
import { NEED_LABELS, type NeedCategory } from '#core/domain/needs';
import type { Locale } from '#core/i18n/locales';

export const categoryLabel = (c: string, locale: Locale) => NEED_LABELS[c as NeedCategory]?.[locale] ?? c;
export const subsectorLabel = (t: TFunction, s: string) =>
  t(`registry:enum.subsector.${s}`, { defaultValue: s });
export const supportTypeLabel = (t: TFunction, s: string) => t(`needs:supportType.${s}`, { defaultValue: s });
