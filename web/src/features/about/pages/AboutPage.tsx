import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/PageHeader';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:about.title')} description={t('common:about.tagline')} />
      <Stack maw={760}>
        <Card>
          <Text>{t('common:about.body')}</Text>
        </Card>
        <Card>
          <Title order={4} mb="xs">
            {t('common:about.data_title')}
          </Title>
          <List spacing="xs" size="sm">
            <List.Item>
              {t('common:about.region_data')}{' '}
              <Anchor href="https://github.com/fityannugroho/idn-area-data" target="_blank" rel="noreferrer">
                idn-area-data
              </Anchor>{' '}
              © fityannugroho, {t('common:about.odbl')}{' '}
              <Anchor href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noreferrer">
                Open Database License (ODbL) 1.0
              </Anchor>
              .
            </List.Item>
            <List.Item>{t('common:about.privacy')}</List.Item>
          </List>
        </Card>
      </Stack>
    </>
  );
}
