import {
  type Icon,
  IconAdjustmentsDollar,
  IconBolt,
  IconBuildingStore,
  IconCertificate,
  IconChartBar,
  IconClipboardCheck,
  IconFileImport,
  IconFlask,
  IconForms,
  IconGift,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconInfoCircle,
  IconMail,
  IconMapPin,
  IconPackage,
  IconPresentation,
  IconReceipt,
  IconReportAnalytics,
  IconStack2,
  IconUsers,
} from '@tabler/icons-react';
import type { Permission } from '#core/schemas/auth';

export type NavItem = {
  to: string;
  /** Catalog key of the label. */
  label: string;
  icon: Icon;
  /** Who sees it (any of these permissions); omitted = every signed-in user. */
  permissions?: Permission[];
  /** Group heading key; items without one come first. */
  group?: string;
};

/** The navigation, by role. A feature adds its entries here. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'common:nav.home', icon: IconHome },
  {
    to: '/registry',
    label: 'common:nav.registry_list',
    icon: IconBuildingStore,
    permissions: ['registry.browse'],
  },
  {
    to: '/import',
    label: 'common:nav.registry_import',
    icon: IconFileImport,
    permissions: ['registry.import'],
  },
  {
    to: '/my-business',
    label: 'common:nav.registry_mine',
    icon: IconBuildingStore,
    permissions: ['registry.own'],
  },
  {
    to: '/field',
    label: 'common:nav.monitoring_field',
    icon: IconMapPin,
    permissions: ['monitoring.visits'],
  },
  {
    to: '/visits',
    label: 'common:nav.monitoring_visits',
    icon: IconClipboardCheck,
    permissions: ['monitoring.visits', 'monitoring.own'],
  },
  { to: '/needs', label: 'common:nav.needs_needs', icon: IconHeartHandshake, permissions: ['needs.view'] },
  { to: '/support', label: 'common:nav.needs_support', icon: IconGift, permissions: ['needs.view'] },
  {
    to: '/products',
    label: 'common:nav.catalog_products',
    icon: IconPackage,
    permissions: ['catalog.products'],
  },
  {
    to: '/inquiries',
    label: 'common:nav.catalog_inquiries',
    icon: IconMail,
    permissions: ['catalog.inquiries'],
  },
  {
    to: '/training',
    label: 'common:nav.training_events',
    icon: IconPresentation,
    permissions: ['training.view'],
  },
  {
    to: '/my-trainings',
    label: 'common:nav.training_mine',
    icon: IconCertificate,
    permissions: ['training.own'],
  },
  { to: '/electroforming', label: 'common:nav.electroforming_workbench', icon: IconBolt },
  {
    to: '/plating/baths',
    label: 'common:nav.electroforming_baths',
    icon: IconFlask,
    permissions: ['electroforming.records'],
    group: 'common:nav.electroforming_group',
  },
  {
    to: '/plating/batches',
    label: 'common:nav.electroforming_batches',
    icon: IconStack2,
    permissions: ['electroforming.records'],
    group: 'common:nav.electroforming_group',
  },
  {
    to: '/plating/price-sheets',
    label: 'common:nav.electroforming_sheets',
    icon: IconReceipt,
    permissions: ['electroforming.records'],
    group: 'common:nav.electroforming_group',
  },
  {
    to: '/plating/stats',
    label: 'common:nav.electroforming_stats',
    icon: IconChartBar,
    permissions: ['electroforming.records'],
    group: 'common:nav.electroforming_group',
  },
  {
    to: '/plating/summary',
    label: 'common:nav.electroforming_summary',
    icon: IconReportAnalytics,
    permissions: ['electroforming.summary'],
    group: 'common:nav.electroforming_group',
  },
  {
    to: '/plating/settings',
    label: 'common:nav.electroforming_settings',
    icon: IconAdjustmentsDollar,
    permissions: ['electroforming.settings'],
    group: 'common:nav.electroforming_group',
  },
  {
    to: '/visit-form',
    label: 'common:nav.monitoring_form',
    icon: IconForms,
    permissions: ['monitoring.forms'],
    group: 'common:nav.group_admin',
  },
  {
    to: '/users',
    label: 'common:nav.users',
    icon: IconUsers,
    permissions: ['users.manage'],
    group: 'common:nav.group_admin',
  },
  {
    to: '/audit',
    label: 'common:nav.audit',
    icon: IconHistory,
    permissions: ['audit.read'],
    group: 'common:nav.group_admin',
  },
  { to: '/about', label: 'common:nav.about', icon: IconInfoCircle },
];

export function navFor(granted: Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permissions || item.permissions.some((p) => granted.includes(p)));
}
