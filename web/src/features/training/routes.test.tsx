import { describe, expect, it } from 'vitest';
import { i18n } from '#web/lib/i18n';
import { TRAINING_PUBLIC_ROUTES } from './routes';

/*
 * A visitor opening a public page (registration, ticket, certificate check) straight from a link
 * never passes through the signed-in shell, which is what loads the feature catalogs: the page
 * itself must bring its words, or it shows "form.name" and "public.seatsLeft".
 */
describe('public training pages', () => {
  it('come with their words in Bahasa Indonesia, phone messages included', { timeout: 60_000 }, async () => {
    expect(i18n.hasResourceBundle('id', 'training')).toBe(false);
    for (const route of TRAINING_PUBLIC_ROUTES) {
      const lazy = route.lazy as () => Promise<{ Component: unknown }>;
      expect((await lazy()).Component, route.path).toBeTypeOf('function');
    }
    expect(i18n.t('training:public.register')).toBe('Daftar');
    expect(i18n.t('training:form.name')).toBe('Nama lengkap');
    expect(i18n.t('training:verify.validTitle')).toBe('Sertifikat sah');
    expect(i18n.t('registry-validation:phone.mobileTooShort', { value: '0812' })).toBe(
      'Nomor HP “0812” terlalu pendek.',
    );
  });
});
