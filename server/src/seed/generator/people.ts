import type { Random } from './random.ts';

/**
 * Synthetic people: names drawn from common surnames and given-name characters, ID numbers of
 * the fictional province (prefix 99) whose check character is deliberately wrong, and 11-digit
 * phone numbers starting with 100, a range no mobile network assigns. None can be a real person's.
 */

const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const givenMale = [
  ...'伟强军磊勇杰涛明超刚平辉鹏华飞斌波宇浩凯健俊帆帅旭宁龙林阳建国志海峰亮成庆东文利清福生德祥永春',
];
const givenFemale = [
  ...'芳娜敏静丽艳娟霞秀英玲萍红梅兰琴云莲凤洁琳燕婷雪慧颖倩蓉桂珍翠月菊香玉美佳欣怡',
];

/** A synthetic person as a petition names them. */
export interface Person {
  readonly name: string;
  readonly female: boolean;
  readonly birthYear: number;
  readonly idNumber: string;
  readonly phone: string;
}

/** A Chinese name of two or three characters. */
export function personName(random: Random, female = random.chance(0.45)): string {
  const pool = female ? givenFemale : givenMale;
  const given = random.chance(0.7) ? random.pick(pool) + random.pick(pool) : random.pick(pool);
  return random.pick(surnames) + given;
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkCharacters.charAt(sum % 11);
}

/**
 * An 18-character resident ID number of the fictional province: area code 99xxxx, birth date,
 * sequence (odd for men) and a check character that is always wrong, so it never validates.
 */
export function idNumber(random: Random, areaCode: string, birthYear: number, female: boolean) {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const sequence = random.int(0, 499) * 2 + (female ? 0 : 1);
  const first17 = `${areaCode}${birthYear}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`;
  const valid = idCheckCharacter(first17);
  const wrong = [...checkCharacters].filter((c) => c !== valid);
  return `${first17}${random.pick(wrong)}`;
}

/** A mobile-looking number in the unassigned 100 range. */
export function phoneNumber(random: Random): string {
  return `100${pad(random.int(0, 99_999_999), 8)}`;
}

/** A person living in the county of `areaCode` (6 digits). */
export function createPerson(random: Random, areaCode: string): Person {
  const female = random.chance(0.45);
  const birthYear = random.int(1948, 2002);
  return {
    name: personName(random, female),
    female,
    birthYear,
    idNumber: idNumber(random, areaCode, birthYear, female),
    phone: phoneNumber(random),
  };
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}
