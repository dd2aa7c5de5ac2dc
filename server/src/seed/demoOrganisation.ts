import type { AdminLevel, Role } from '@lianban/case-model';

/** The one password of every demo account (listed in the README; demo data only). */
export const demoPassword = 'Lianban-demo-2026';

/** Demo units of the fictional province (division codes 99xxxx, unused in reality). */
export const demoUnits: readonly {
  id: string;
  name: string;
  divisionCode: string;
  level: AdminLevel;
  type: string;
  parentId: string | null;
}[] = [
  {
    id: 'p-xfj',
    name: '云岭省信访局',
    divisionCode: '990000',
    level: 'province',
    type: 'petitionBureau',
    parentId: null,
  },
  {
    id: 'c1-xfj',
    name: '青川市信访局',
    divisionCode: '990100',
    level: 'city',
    type: 'petitionBureau',
    parentId: 'p-xfj',
  },
  {
    id: 'c1-zj',
    name: '青川市住房和城乡建设局',
    divisionCode: '990100',
    level: 'city',
    type: 'housing',
    parentId: null,
  },
  {
    id: 'c1-zrzy',
    name: '青川市自然资源局',
    divisionCode: '990100',
    level: 'city',
    type: 'naturalResources',
    parentId: null,
  },
  {
    id: 'k1-sthj',
    name: '青川市河东区生态环境分局',
    divisionCode: '990102',
    level: 'county',
    type: 'environment',
    parentId: null,
  },
];

/** Demo accounts, one per role, plus a handler of a unit that a demo complaint accuses. */
export const demoUsers: readonly {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
}[] = [
  { username: 'clerk', displayName: '接访员 王芳', role: 'receptionClerk', unitId: 'c1-xfj' },
  { username: 'handler', displayName: '承办人 李强', role: 'handler', unitId: 'c1-zj' },
  { username: 'handler2', displayName: '承办人 赵敏', role: 'handler', unitId: 'c1-zrzy' },
  { username: 'unithead', displayName: '科长 陈军', role: 'unitHead', unitId: 'c1-zj' },
  { username: 'supervisor', displayName: '督查专员 刘洋', role: 'supervisor', unitId: 'p-xfj' },
  { username: 'leader', displayName: '副市长 周明', role: 'leader', unitId: 'c1-xfj' },
  { username: 'analyst', displayName: '分析员 孙丽', role: 'analyst', unitId: 'p-xfj' },
  { username: 'admin', displayName: '系统管理员', role: 'admin', unitId: 'p-xfj' },
  { username: 'accused', displayName: '被反映单位 吴涛', role: 'handler', unitId: 'k1-sthj' },
];
