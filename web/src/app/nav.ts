import {
  type Icon,
  IconAdjustmentsDollar,
  IconBolt,
  IconBuildingStore,
  IconChartBar,
  IconFileImport,
  IconFlask,
  IconHistory,
  IconHome,
  IconInfoCircle,
  IconReceipt,
  IconReportAnalytics,
  IconStack2,
  IconUsers,
} from '@tabler/icons-react';
import type { Role } from '#core/schemas/common';

export type NavItem = {
  to: string;
  /** Catalog key of the label. */
  label: string;
  icon: Icon;
  /** Who sees it; omitted = every signed-in user. */
  roles?: Role[];
  /** Group heading key; items without one come first. */
  group?: string;
};

/** The navigation, by role. A feature adds its entries here. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'common:nav.home', icon: IconHome },
  { to: '/registry', label: 'registry:nav.list', icon: IconBuildingStore, roles: ['admin', 'officer'] },
  { to: '/import', label: 'registry:nav.import', icon: IconFileImport, roles: ['admin', 'officer'] },
  { to: '/my-business', label: 'registry:nav.mine', icon: IconBuildingStore, roles: ['ikm_owner'] },
  { to: '/electroforming', label: 'electroforming:ui.nav.workbench', icon: IconBolt },
  {
    to: '/plating/baths',
    label: 'electroforming:ui.nav.baths',
    icon: IconFlask,
    roles: ['ikm_owner', 'admin'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/batches',
    label: 'electroforming:ui.nav.batches',
    icon: IconStack2,
    roles: ['ikm_owner', 'admin'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/price-sheets',
    label: 'electroforming:ui.nav.sheets',
    icon: IconReceipt,
    roles: ['ikm_owner', 'admin'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/stats',
    label: 'electroforming:ui.nav.stats',
    icon: IconChartBar,
    roles: ['ikm_owner', 'admin'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/summary',
    label: 'electroforming:ui.nav.summary',
    icon: IconReportAnalytics,
    roles: ['admin', 'officer'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/plating/settings',
    label: 'electroforming:ui.nav.settings',
    icon: IconAdjustmentsDollar,
    roles: ['admin'],
    group: 'electroforming:ui.nav.group',
  },
  {
    to: '/users',
    label: 'common:nav.users',
    icon: IconUsers,
    roles: ['admin'],
    group: 'common:nav.group_admin',
  },
  {
    to: '/audit',
    label: 'common:nav.audit',
    icon: IconHistory,
    roles: ['admin'],
    group: 'common:nav.group_admin',
  },
  { to: '/about', label: 'common:nav.about', icon: IconInfoCircle },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
