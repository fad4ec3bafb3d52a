import { type Icon, IconBolt, IconHistory, IconHome, IconInfoCircle, IconUsers } from '@tabler/icons-react';
import type { Role } from '../../../core/schemas/common';

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
  { to: '/electroforming', label: 'electroforming:ui.nav.workbench', icon: IconBolt },
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
