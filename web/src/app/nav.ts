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
  { to: '/registry', label: 'registry:nav.list', icon: IconBuildingStore, permissions: ['registry.browse'] },
  { to: '/import', label: 'registry:nav.import', icon: IconFileImport, permissions: ['registry.import'] },
  { to: '/my-business', label: 'registry:nav.mine', icon: IconBuildingStore, permissions: ['registry.own'] },
  { to: '/field', label: 'monitoring:nav.field', icon: IconMapPin, permissions: ['monitoring.visits'] },
  {
    to: '/visits',
    label: 'monitoring:nav.visits',
    icon: IconClipboardCheck,
    permissions: ['monitoring.visits', 'monitoring.own'],
  },
  { to: '/needs', label: 'needs:ui.nav.needs', icon: IconHeartHandshake, permissions: ['needs.view'] },
  { to: '/support', label: 'needs:ui.nav.support', icon: IconGift, permissions: ['needs.view'] },
  { to: '/products', label: 'catalog:ui.nav.products', icon: IconPackage, permissions: ['catalog.products'] },
  { to: '/inquiries', label: 'catalog:ui.nav.inquiries', icon: IconMail, permissions: ['catalog.inquiries'] },
  { to: '/training', label: 'training:nav.events', icon: IconPresentation, permissions: ['training.view'] },
  { to: '/my-trainings', label: 'training:nav.mine', icon: IconCertificate, permissions: ['training.own'] },
  { to: '/electroforming', label: 'electroforming:ui.nav.workbench', icon: IconBolt },
  {
    to: '/plating/baths',
    label: 'electroforming:ui.nav.baths',
    icon: IconFlask,
    permissions: ['electroforming.records'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/batches',
    label: 'electroforming:ui.nav.batches',
    icon: IconStack2,
    permissions: ['electroforming.records'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/price-sheets',
    label: 'electroforming:ui.nav.sheets',
    icon: IconReceipt,
    permissions: ['electroforming.records'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/stats',
    label: 'electroforming:ui.nav.stats',
    icon: IconChartBar,
    permissions: ['electroforming.records'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/summary',
    label: 'electroforming:ui.nav.summary',
    icon: IconReportAnalytics,
    permissions: ['electroforming.summary'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/settings',
    label: 'electroforming:ui.nav.settings',
    icon: IconAdjustmentsDollar,
    permissions: ['electroforming.settings'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/visit-form',
    label: 'monitoring:nav.form',
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
