import type { Section } from '@lianban/case-model';
import type { UnitCode } from './province.ts';

/** What a supervisor writes on a range of each section (督查批注). */
export const annotationBodies: Readonly<Record<Section, readonly string[]>> = {
  request: [
    '此项诉求涉及多个部门职责，请注意联合办理，明确主办和协办分工。',
    '信访人此前已反映过同一问题，请关联前案一并研究，避免答复口径不一。',
    '属重点领域信访事项，请严格按时限办结并及时报送办理结果。',
    '诉求表述较笼统，受理时请与信访人核实具体请求事项。',
  ],
  facts: [
    '调查结论与信访人反映的时间节点不一致，请再核实。',
    '此处缺少询问笔录和现场照片佐证，建议补充。',
    '请写明问题形成的具体原因和责任主体，不要只写结论。',
    '调查对象只有被反映方，请补充走访信访人和周边群众。',
    '所引数据请注明来源，并附相关凭证复印件。',
  ],
  opinion: [
    '处理意见应逐项回应信访人诉求，目前只回应了主要诉求。',
    '整改期限偏长，建议压缩至15日内并明确责任人。',
    '请明确协办单位的具体职责分工和反馈时限。',
    '处理意见与调查结论衔接不够，请补充说理。',
  ],
  reply: [
    '答复意见书应载明复查的期限和受理机关，请补充完整。',
    '语气过于生硬，请注意做好解释疏导，避免引发重复信访。',
    '法律依据引用不够准确，请核对具体条款。',
    '请在送达时当面解释，并将送达回证归档。',
  ],
  minutes: [
    '会议纪要未写明各单位反馈时限，请补充。',
    '请将会议议定事项纳入督办台账，逐项跟踪落实。',
  ],
};

/** How a handler answers a supervisor's note. */
export const annotationReplies: readonly string[] = [
  '已按意见补充询问笔录两份，见事实与调查第二部分。',
  '已修改完善，请审阅。',
  '已与信访人再次核实时间节点，原表述无误，补充了书面说明。',
  '已与协办单位沟通，明确了分工和反馈时限。',
  '收到，已补充相关凭证材料。',
];

/** Leaders' instructions (领导批示). */
export const instructionBodies: readonly string[] = [
  '请主办单位主要负责同志亲自过问，依法依规妥善处理，结果报我。',
  '此事关系群众切身利益，请高度重视，限期化解，防止矛盾激化。',
  '请信访局牵头，会同相关部门认真研究，尽快拿出解决方案。',
  '同意包案化解。请各相关单位密切配合，确保案结事了。',
  '请督查室跟踪督办，每周报告进展。',
];

/** Supervisors' remarks on a case (督查意见). */
export const remarkBodies: readonly string[] = [
  '该件已列入督办台账，请主办单位每周报送进展。',
  '经督查，主办单位调查工作较为扎实，但答复时限把握不严，请引以为戒。',
  '请主办单位注意办理程序规范，送达回证要及时归档。',
  '本件群众反映强烈，请提高站位，确保按期办结。',
];

/** A countersign opinion (会签意见) by a co-handling unit, by its type. */
export function countersignOpinion(
  code: UnitCode | 'township' | undefined,
  higher: boolean,
): string {
  if (higher) {
    return '我单位对该件进行了跟踪督导，经审阅主办单位的调查材料和处理意见，认为事实基本清楚，同意主办单位的处理意见。';
  }
  const specific: Partial<Record<UnitCode | 'township', string>> = {
    nync: '经核查，争议地块在第二轮土地承包中已确权到户，承包合同和经营权证书齐全。',
    zrzy: '经查阅用地审批档案，相关用地手续和不动产登记情况已核实清楚。',
    rs: '经核实，信访人的社会保险缴费记录和劳动关系情况已查明，我局将按规定办理相关手续。',
    fy: '相关案件已经生效裁判确认，我院将依法推进后续工作并配合做好释法明理。',
    cg: '我局已对现场进行巡查，对发现的违规行为将依法查处。',
    zj: '我局已督促相关企业落实主体责任，并将跟踪整改情况。',
    township: '我街道（镇）将配合做好信访人的思想疏导和政策宣传，落实属地责任。',
  };
  const part = (code && specific[code]) ?? '我单位已在职责范围内完成相关核查。';
  return `${part}同意主办单位的处理意见，我单位将在职责范围内做好配合工作。`;
}
