import { describe, expect, it } from 'vitest';
import type { Actor } from '#server/lib/context';
import * as policy from './policy';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  id: `${role}-1`,
  email: `${role}@contoh.id`,
  name: role,
  role,
  kecamatanCodes: [],
  locale: 'id',
  ...extra,
});

const admin = actor('admin');
const officer = actor('officer', { kecamatanCodes: ['35.73.05'] });
const owner = actor('ikm_owner');
const trainer = actor('trainer');
const lowokwaru = { districtCode: '35.73.05', ownerUserIds: [owner.id] };
const klojen = { districtCode: '35.73.02', ownerUserIds: [] };

describe('registry policy', () => {
  it('denies by default: no actor and trainers may do nothing but read regions', () => {
    for (const who of [null, trainer]) {
      expect(policy.canUseRegistry(who)).toBe(false);
      expect(policy.canReadBusiness(who, lowokwaru)).toBe(false);
      expect(policy.canCreateBusinessIn(who, '35.73.05')).toBe(false);
      expect(policy.canReadOwner(who, { userId: null, districtCodes: ['35.73.05'] })).toBe(false);
      expect(policy.canExportOwner(who, { userId: who?.id ?? null, districtCodes: [] })).toBe(false);
    }
    expect(policy.canReadRegions(trainer)).toBe(true);
    expect(policy.canReadRegions(null)).toBe(false);
  });

  it('scopes officers to their kecamatan, for reads, creation and moves', () => {
    expect(policy.canReadBusiness(officer, lowokwaru)).toBe(true);
    expect(policy.canReadBusiness(officer, klojen)).toBe(false);
    expect(policy.canCreateBusinessIn(officer, '35.73.02')).toBe(false);
    expect(policy.canMoveBusiness(officer, lowokwaru, '35.73.02')).toBe(false);
    expect(
      policy.canMoveBusiness(
        actor('officer', { kecamatanCodes: ['35.73.05', '35.73.02'] }),
        lowokwaru,
        '35.73.02',
      ),
    ).toBe(true);
    expect(policy.canMergeBusinesses(officer)).toBe(false);
    expect(policy.canRevealNik(officer)).toBe(false);
  });

  it('limits IKM owners to businesses of the person linked to their account', () => {
    expect(policy.canReadBusiness(owner, lowokwaru)).toBe(true);
    expect(policy.canReadBusiness(owner, klojen)).toBe(false);
    expect(policy.canEditBusiness(owner, lowokwaru)).toBe(true);
    expect(policy.canDeleteBusiness(owner, lowokwaru)).toBe(false);
    expect(policy.canMoveBusiness(owner, lowokwaru, '35.73.05')).toBe(false);
    expect(policy.canManageBusinessOwners(owner, lowokwaru)).toBe(false);
    expect(policy.canExportOwner(owner, { userId: owner.id, districtCodes: [] })).toBe(true);
    expect(policy.canExportOwner(owner, { userId: 'someone-else', districtCodes: [] })).toBe(false);
    expect(policy.businessPermissions(owner, lowokwaru)).toEqual({
      edit: true,
      delete: false,
      merge: false,
      changeDistrict: false,
      manageOwners: false,
      revealNik: false,
    });
  });

  it('lets admins do everything', () => {
    expect(policy.businessPermissions(admin, klojen)).toEqual({
      edit: true,
      delete: true,
      merge: true,
      changeDistrict: true,
      manageOwners: true,
      revealNik: true,
    });
    expect(policy.canEraseOwner(admin) && policy.canLinkOwnerAccount(admin)).toBe(true);
  });
});
