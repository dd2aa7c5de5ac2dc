import type { Role } from '@lianban/case-model';
import type { Unit } from '../../cases/unitDirectory.ts';
import { demoUsers } from '../demoOrganisation.ts';
import { personName } from './people.ts';
import { placeOf, places, unitIdOf } from './province.ts';
import { createRandom, type Random } from './random.ts';

/** An account of the demo organisation. */
export interface StaffAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string;
}

/** Who acts for a unit in each role; the hand-written demo accounts where they exist. */
export interface Staff {
  /** The generated accounts (the demo ones are created by the small seed). */
  readonly accounts: readonly StaffAccount[];
  clerk(officeId: string): string;
  handler(unitId: string): string;
  head(unitId: string): string;
  /** A supervisor whose jurisdiction covers the division: the city's or the province's. */
  supervisor(divisionCode: string, random: Random): string;
  /** A leader whose jurisdiction covers the division: the county's, the city's or the province's. */
  leader(divisionCode: string, random: Random): string;
  displayName(username: string): string;
}

const roleTitles: Partial<Record<Role, string>> = {
  receptionClerk: '接访员',
  handler: '承办人',
  unitHead: '科长',
  supervisor: '督查专员',
};

/** Builds the staff of the province's units (fixed: every seed gets the same accounts). */
export function createStaff(units: readonly Unit[]): Staff {
  const random = createRandom('lianban-demo-staff');
  const demo = new Map(demoUsers.map((user) => [`${user.unitId}/${user.role}`, user]));
  const accounts: StaffAccount[] = [];
  const byKey = new Map<string, string>();
  const names = new Map<string, string>(demoUsers.map((user) => [user.username, user.displayName]));
  const add = (unitId: string, role: Role, username: string, title: string) => {
    const own = demo.get(`${unitId}/${role}`);
    if (own) {
      byKey.set(`${unitId}/${role}`, own.username);
      return;
    }
    const displayName = `${title} ${personName(random)}`;
    accounts.push({ username, displayName, role, unitId });
    byKey.set(`${unitId}/${role}`, username);
    names.set(username, displayName);
  };
  for (const unit of units) {
    if (unit.type === 'jointReceptionCentre') continue;
    if (unit.type === 'petitionBureau') {
      add(unit.id, 'receptionClerk', `${unit.id}-clerk`, roleTitles.receptionClerk ?? '');
    }
    add(unit.id, 'handler', `${unit.id}-handler`, roleTitles.handler ?? '');
    add(unit.id, 'unitHead', `${unit.id}-head`, roleTitles.unitHead ?? '');
  }
  for (const place of places) {
    const office = unitIdOf(place.key, 'xfj');
    if (place.level !== 'county') {
      add(office, 'supervisor', `${place.key}-supervisor`, roleTitles.supervisor ?? '');
    }
    const title = {
      province: '副省长',
      city: '副市长',
      county: place.district ? '副区长' : '副县长',
    };
    add(office, 'leader', `${place.key}-leader`, title[place.level]);
  }
  const find = (unitId: string, role: Role): string => {
    const username = byKey.get(`${unitId}/${role}`);
    if (!username) throw new Error(`demo staff: no ${role} at ${unitId}`);
    return username;
  };
  // The places whose jurisdiction covers a division, nearest first.
  const covering = (divisionCode: string): string[] => {
    const county = places.find((p) => p.level === 'county' && divisionCode.startsWith(p.code));
    const city = places.find(
      (p) => p.level === 'city' && divisionCode.startsWith(p.code.slice(0, 4)),
    );
    return [county?.key, city?.key, 'p'].filter((key): key is string => key !== undefined);
  };
  return {
    accounts,
    clerk: (officeId) => find(officeId, 'receptionClerk'),
    handler: (unitId) => find(unitId, 'handler'),
    head: (unitId) => find(unitId, 'unitHead'),
    supervisor(divisionCode, pick) {
      const [city] = covering(divisionCode).filter((key) => placeOf(key).level === 'city');
      const key = city && pick.chance(0.6) ? city : 'p';
      return find(unitIdOf(key, 'xfj'), 'supervisor');
    },
    leader(divisionCode, pick) {
      const key = pick.pick(covering(divisionCode));
      return find(unitIdOf(key, 'xfj'), 'leader');
    },
    displayName: (username) => names.get(username) ?? username,
  };
}
