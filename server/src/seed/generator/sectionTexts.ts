import type { Category, ReplyOutcome } from '@lianban/case-model';
import type { MatterKind } from './matterKind.ts';
import type { Random } from './random.ts';
import type { Slots } from './slots.ts';

/** What the section texts of one case are written from. */
export interface SectionContext {
  readonly kind: MatterKind;
  readonly slots: Slots;
  readonly title: string;
  /** Whom the reply is addressed to, e.g. 张建国 or 李秀英等5人. */
  readonly addressee: string;
  readonly factsText: string;
  readonly demandText: string;
  readonly registeredOn: string;
  readonly channelLabel: string;
  readonly leadUnitName: string;
  readonly handlerName: string;
  readonly headName: string;
  readonly coUnitNames: readonly string[];
  readonly townshipName: string | null;
  readonly reviewUnitName: string;
}

/** '2026-03-05' → '2026年3月5日'. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

const evidence: Readonly<Record<Category, string>> = {
  landAcquisition: '调阅了征地批复文件、补偿安置方案和补偿款发放清册，走访了村组干部和部分村民',
  urbanDemolition: '调阅了房屋征收决定、补偿协议和评估报告，查看了安置房项目现场',
  environment: '会同监测人员现场采样检测，调取了企业排污许可证和在线监测数据',
  enterpriseRestructuring: '调阅了企业改制方案、职代会决议和职工安置花名册',
  lawAndLitigation: '调阅了相关案卷材料，听取了办案单位的情况说明',
  labourSocialSecurity: '调取了劳动合同、考勤记录和工资支付凭证，询问了项目负责人',
  ruralAgriculture: '查阅了土地承包合同、确权登记资料和村务公开记录',
  housingProperty: '查阅了物业服务合同、收费公示和相关审批档案，召开了业主座谈会',
  education: '查阅了招生划片方案、学位统计和报名登记资料',
  health: '调阅了患者门诊及住院病历，听取了医院医务科和当事医生的说明',
  civilAffairs: '入户核查了家庭收入和财产状况，查阅了审核审批材料',
  veterans: '调阅了信访人人事档案和退役安置材料',
  marketRegulation: '现场检查了经营场所，调取了营业执照、会员登记和预收款记录',
  transport: '现场查看了道路状况，查阅了养护计划和施工许可资料',
  disciplineInspection: '调取了相关审批台账和财务凭证，找有关人员了解情况',
  peoplesSuggestion: '会同相关部门进行了实地调研，听取了周边群众意见',
  other: '走访了周边群众，调取了相关记录',
};

/** The headline of each outcome in a handling opinion. */
export const outcomeHeadlines: Readonly<Record<ReplyOutcome, string>> = {
  supported: '信访人的诉求合理，予以支持',
  explained: '信访人的诉求有一定合理性，但缺乏政策法律依据，做好解释说明',
  notSupported: '信访人的诉求缺乏事实和法律依据，不予支持',
};

const outcomeSentences: Readonly<Record<ReplyOutcome, string>> = {
  supported: '对您的诉求予以支持',
  explained: '对您的诉求作出如上解释说明，望予理解',
  notSupported: '对您的诉求不予支持',
};

const withCo = (ctx: SectionContext): string =>
  ctx.coUnitNames.length > 0 ? `会同${ctx.coUnitNames.join('、')}` : '';

/**
 * 事实与调查: what the petitioner says, how it was investigated, and the conclusion (or, while
 * the case is still being handled, the preliminary state of the investigation).
 */
export function factsSection(
  ctx: SectionContext,
  investigatedOn: string,
  outcome: ReplyOutcome | null,
): string {
  const where = ctx.townshipName ? `${ctx.townshipName}` : ctx.slots.place;
  return [
    '一、信访人反映的主要问题',
    `${ctx.addressee}反映：${ctx.factsText}。${ctx.demandText}。`,
    '二、调查核实情况',
    `${chineseDate(investigatedOn)}，承办人${ctx.handlerName}${withCo(ctx)}到${where}实地调查，${evidence[ctx.kind.category]}，并与信访人当面沟通，听取其意见。`,
    outcome ? '三、调查结论' : '三、初步情况',
    outcome
      ? `经调查核实，${ctx.kind.findings[outcome](ctx.slots)}。`
      : '调查工作仍在进行，相关材料正在补充调取，待核实清楚后形成调查结论。',
  ].join('\n');
}

/** 处理意见: the lead unit's decision and who does what next. */
export function opinionSection(ctx: SectionContext, outcome: ReplyOutcome): string {
  const consulted = ctx.coUnitNames.length > 0 ? `，并征求${ctx.coUnitNames.join('、')}意见` : '';
  const decision =
    outcome === 'supported'
      ? `${ctx.kind.measure(ctx.slots)}。`
      : `${ctx.kind.findings[outcome](ctx.slots)}，应向信访人做好政策解释。`;
  const local = ctx.townshipName ? `，${ctx.townshipName}配合做好属地矛盾化解工作` : '';
  return [
    `经${ctx.leadUnitName}集体研究${consulted}，提出处理意见如下：`,
    `一、${outcomeHeadlines[outcome]}。${decision}`,
    `二、由承办人${ctx.handlerName}负责向信访人送达处理意见书，当面做好释法明理和解释疏导工作${local}。`,
    `三、依据：${ctx.kind.basis}。`,
  ].join('\n');
}

/** 答复意见书: the written reply (R2005 Art 32), naming the right to review within 30 days. */
export function replySection(
  ctx: SectionContext,
  outcome: ReplyOutcome,
  repliedOn: string,
): string {
  const decision = outcome === 'supported' ? `${ctx.kind.measure(ctx.slots)}。` : '';
  return [
    '信访事项处理意见书',
    `${ctx.addressee}：`,
    `您于${chineseDate(ctx.registeredOn)}通过${ctx.channelLabel}反映的“${ctx.title}”问题，本机关已依法受理。经调查核实，现答复如下：`,
    `${ctx.kind.findings[outcome](ctx.slots)}。${decision}`,
    `依据${ctx.kind.basis}的规定，${outcomeSentences[outcome]}。`,
    `如对本处理意见不服，可以自收到本处理意见书之日起30日内，向${ctx.reviewUnitName}申请复查。`,
    ctx.leadUnitName,
    chineseDate(repliedOn),
  ].join('\n');
}

const coTasks = [
  '核查职责范围内的相关事实和审批材料',
  '提供相关政策依据并参与答复',
  '配合做好现场核查和证据固定',
  '督促有关责任主体落实整改措施',
];

/** 会议纪要: the joint-handling meeting of the lead and co-handling units. */
export function minutesSection(
  random: Random,
  ctx: SectionContext,
  heldOn: string,
  outcome: ReplyOutcome | null,
): string {
  const units = [ctx.leadUnitName, ...ctx.coUnitNames];
  const decided = outcome
    ? `${outcomeHeadlines[outcome]}，${outcome === 'supported' ? ctx.kind.measure(ctx.slots) : '由主办单位做好解释说明'}`
    : '各单位进一步补充调查，待事实核实清楚后再行研究处理意见';
  const lines = [
    `关于“${ctx.title}”的联合办理协调会议纪要`,
    `时间：${chineseDate(heldOn)}`,
    `地点：${ctx.leadUnitName}会议室`,
    `主持：${ctx.headName}`,
    `参加单位：${units.join('、')}`,
    `记录：${ctx.handlerName}`,
    `会议听取了承办人关于案件调查核实情况的汇报，${ctx.coUnitNames.length > 0 ? `${ctx.coUnitNames.join('、')}分别介绍了职责范围内的核查情况。` : ''}经认真研究，议定如下：`,
    `一、${decided}。`,
  ];
  ctx.coUnitNames.forEach((name, i) => {
    lines.push(
      `${['二', '三', '四'][i] ?? '五'}、${name}负责${random.pick(coTasks)}，于${random.int(3, 7)}个工作日内向主办单位书面反馈。`,
    );
  });
  lines.push(
    `${['二', '三', '四', '五'][ctx.coUnitNames.length] ?? '六'}、由${ctx.leadUnitName}统一起草处理意见，经会签后答复信访人。`,
  );
  return lines.join('\n');
}
