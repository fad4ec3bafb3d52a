import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { authApi } from '#core/api/auth';
import type { Locale } from '#core/i18n/locales';
import { useSessionActions } from '#web/app/session';
import { call } from '#web/lib/client';
import { setLocale } from '../lib/i18n';

/** ID | EN; remembered on this device and, when signed in, on the account. */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { i18n, t } = useTranslation();
  const client = useQueryClient();
  const { current, updated } = useSessionActions();
  const change = async (value: string) => {
    const locale = value as Locale;
    await setLocale(locale);
    const me = current()?.user;
    if (me && me.locale !== locale) {
      const res = await call(authApi.updateMe, { body: { locale } }).catch(() => null);
      if (res) updated(res);
    }
    // Lists and messages from the server come back in the new language.
    await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  };
  return (
    <SegmentedControl
      size={size}
      value={i18n.language}
      onChange={(v) => void change(v)}
      aria-label={t('common:language')}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
      data-testid="language-switch"
    />
  );
}
