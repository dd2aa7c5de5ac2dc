import { personName } from './people.ts';
import type { Place, Township } from './province.ts';
import type { Random } from './random.ts';

/**
 * The concrete details of one matter (村, 企业, 金额, 日期…), drawn once and reused by every
 * petition about it: a repeat petition paraphrases the same village, company and amount, which
 * is what makes two texts about one matter alike.
 */
export interface Slots {
  readonly city: string;
  /** The county, e.g. 河东区. */
  readonly county: string;
  /** City and county, e.g. 青川市河东区. */
  readonly place: string;
  readonly township: string;
  readonly village: string;
  readonly road: string;
  readonly estate: string;
  readonly company: string;
  readonly factory: string;
  readonly developer: string;
  readonly contractor: string;
  readonly propertyCompany: string;
  readonly stateEnterprise: string;
  readonly shop: string;
  readonly project: string;
  readonly school: string;
  readonly hospital: string;
  readonly amount: string;
  readonly perMu: string;
  readonly area: string;
  readonly floorArea: string;
  readonly households: string;
  readonly workers: string;
  readonly wage: string;
  readonly years: string;
  readonly months: string;
  /** A month some time before the petition, e.g. 2025年3月. */
  readonly earlier: string;
  /** A more recent month, e.g. 2026年6月. */
  readonly since: string;
  readonly official: string;
  readonly officialPost: string;
  readonly routeNo: string;
  readonly neighbour: string;
}

const villages = [
  '柳塘村',
  '石桥村',
  '新华村',
  '双河村',
  '桃园村',
  '长岭村',
  '大湾村',
  '青龙村',
  '红星村',
  '张家坝村',
  '李家湾村',
  '高桥村',
  '和平社区',
  '建设社区',
  '光明社区',
  '前进社区',
  '向阳社区',
  '花园社区',
  '杨家坪村',
  '水口村',
];
const roads = [
  '幸福路',
  '建设路',
  '人民路',
  '解放路',
  '滨河路',
  '东风路',
  '长江路',
  '文化路',
  '新华路',
  '光明路',
  '朝阳路',
  '兴业大道',
];
const estates = [
  '锦绣花园',
  '金色家园',
  '阳光小区',
  '翠湖苑',
  '滨江华府',
  '书香名邸',
  '和谐家园',
  '盛世嘉园',
  '碧水蓝天小区',
  '紫薇苑',
  '融城国际',
  '御景湾',
];
const brands = [
  '宏达',
  '鑫源',
  '恒信',
  '金泰',
  '瑞丰',
  '华晟',
  '永盛',
  '隆兴',
  '众诚',
  '远航',
  '天宇',
  '博远',
  '嘉禾',
  '富安',
  '润泽',
  '盛达',
];
const shops = ['健身会所', '美容美发店', '少儿英语培训中心', '洗车行', '游泳馆', '教育培训学校'];
const projects = [
  '滨河片区棚户区改造项目',
  '城南工业园区扩建项目',
  '站前广场项目',
  '环城北路拓宽工程',
  '污水处理厂建设项目',
  '新城大道延伸工程',
  '物流园区建设项目',
  '老旧小区改造项目',
  '农贸市场改建项目',
  '高速公路连接线工程',
];
const stateEnterprises = ['第二机械厂', '纺织厂', '化肥厂', '水泥厂', '国营农机公司', '印刷厂'];
const posts = ['副局长', '科长', '所长', '主任', '副镇长', '村党支部书记', '村委会主任', '站长'];

const yi = (value: number) => value.toFixed(1).replace(/\.0$/, '');

/** A calendar month `monthsBack` months before `year`-`month`, written 2025年3月. */
function monthBefore(year: number, month: number, monthsBack: number): string {
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}年${(index % 12) + 1}月`;
}

/** Draws the details of a matter arising in `county` (a township of it) around `date`. */
export function drawSlots(random: Random, county: Place, date: string, town?: Township): Slots {
  const township = town ?? random.pick(county.townships);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const brand = random.pick(brands);
  const county2 = county.fullName.slice(county.fullName.indexOf('市') + 1);
  const city = county.fullName.slice(0, county.fullName.indexOf('市') + 1);
  return {
    city,
    county: county2,
    place: county.fullName,
    township: township.name,
    village: random.pick(villages),
    road: random.pick(roads),
    estate: random.pick(estates),
    company: `云岭${brand}实业有限公司`,
    factory: `${county2}${brand}化工有限公司`,
    developer: `${city}${brand}房地产开发有限公司`,
    contractor: `云岭${random.pick(brands)}建筑工程有限公司`,
    propertyCompany: `${city}${random.pick(brands)}物业服务有限公司`,
    stateEnterprise: `${city}${random.pick(stateEnterprises)}`,
    shop: `${random.pick(brands)}${random.pick(shops)}`,
    project: `${county2}${random.pick(projects)}`,
    school: random.pick([
      `${county2}实验小学`,
      `${county2}第二中学`,
      `${township.name}中心小学`,
      `${county2}城东幼儿园`,
    ]),
    hospital: random.pick([`${county2}人民医院`, `${county2}中医医院`, `${township.name}卫生院`]),
    amount: `${yi(random.real(2.5, 86))}万元`,
    perMu: `${yi(random.real(3.2, 6.8))}万元`,
    area: `${yi(random.real(1.2, 45))}亩`,
    floorArea: `${random.int(56, 138)}平方米`,
    households: `${random.int(6, 120)}户`,
    workers: `${random.int(12, 260)}名`,
    wage: `${yi(random.real(0.8, 6.5))}万元`,
    years: `${random.int(3, 32)}年`,
    months: `${random.int(2, 18)}个月`,
    earlier: monthBefore(year, month, random.int(8, 30)),
    since: monthBefore(year, month, random.int(1, 6)),
    official: personName(random),
    officialPost: random.pick(posts),
    routeNo: `${random.int(2, 56)}路`,
    neighbour: personName(random),
  };
}
