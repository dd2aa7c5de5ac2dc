import type { ReferralBody, ReplyOutcome } from '@lianban/case-model';

/** What the petition office notes when it tells the petitioner to go to another body (告知). */
export const tellNotes: Readonly<Record<ReferralBody, string>> = {
  court:
    '该事项已进入或应当通过诉讼程序解决，属人民法院职权范围，已书面告知信访人依法向人民法院提出',
  procuratorate: '该事项属人民检察院法律监督职权范围，已告知信访人依法向人民检察院提出',
  peoplesCongress: '该事项属人民代表大会及其常务委员会职权范围，已告知信访人依法向其提出',
};

/** Reasons a unit gives when it objects that a transferred matter is not its remit. */
export const objectionReasons: readonly string[] = [
  '经审查，该事项不属于本单位法定职责范围，建议转送有管辖权的部门办理',
  '该事项涉及的主体和地域均不在本单位管辖范围内，请重新确定办理单位',
  '该事项已由其他部门立案处理，本单位无权重复办理',
];

/** Reasons a unit head gives the petitioner for extending the handling (R2005 Art 33). */
export const extensionReasons: readonly string[] = [
  '案情复杂，需进一步调查核实并协调多个部门，无法在60日内办结',
  '需委托专业机构进行评估鉴定，鉴定结论尚未出具',
  '涉及多个部门职责，需召开联席会议研究处理方案',
  '信访人提供了新的证据材料，需补充调查',
];

/** A petitioner's reasons for asking a review (复查), by the outcome of the reply. */
export const reviewReasons: Readonly<Record<ReplyOutcome, readonly string[]>> = {
  supported: ['认为处理意见虽支持诉求，但整改措施不具体、落实期限过长'],
  explained: [
    '认为原处理意见只作解释、未解决实际问题',
    '对原处理意见认定的事实有异议，认为调查不全面',
  ],
  notSupported: [
    '对原处理意见不服，认为调查未查清事实',
    '认为原处理意见适用依据错误，要求重新处理',
  ],
};

/** Re-examination requests (复核). */
export const reexamReasons: readonly string[] = [
  '对复查意见仍然不服，认为复查机关维持原处理意见不当',
  '认为复查未听取本人陈述，请求复核并举行听证',
];

/** Written decisions of a review, by outcome. */
export const reviewSummaries: Readonly<Record<ReplyOutcome, string>> = {
  supported: '经复查，原处理意见认定事实不清，予以撤销，责成原办理机关重新处理',
  explained: '经复查，原处理意见认定事实清楚，鉴于信访人实际困难，责成原办理机关做好帮扶和解释工作',
  notSupported: '经复查，原处理意见认定事实清楚、适用依据正确、处理适当，予以维持',
};

/** Written decisions of a re-examination, by outcome. */
export const reexamSummaries: Readonly<Record<ReplyOutcome, string>> = {
  supported: '经复核，复查意见认定事实有误，予以变更，信访人诉求予以支持',
  explained: '经复核，维持复查意见并作进一步解释；本信访事项已经复核终结',
  notSupported:
    '经复核，维持复查意见。本信访事项已经复核终结，信访人以同一事实和理由再次提出的，各级机关不再受理',
};

/** Why a petitioner withdrew. */
export const withdrawReasons: readonly string[] = [
  '信访人表示问题已与对方协商解决，自愿撤回信访事项',
  '信访人来电表示已通过诉讼途径解决，申请撤回',
  '经解释说明，信访人表示理解，书面申请撤回',
];

/** Closing notes (办结). */
export const closeNotes = {
  mediated: [
    '经主办单位组织双方调解，达成书面调解协议，信访人表示息诉罢访',
    '在属地乡镇和村组干部参与下调解成功，对方当场履行，信访人签字确认',
  ],
  noReviewRequested: ['处理意见书送达后30日内信访人未申请复查，本件办结'],
  noReexamRequested: ['复查意见送达后30日内信访人未申请复核，本件办结'],
} as const;

/** Supervision orders (督办) by ground. */
export const supervisionNotes = {
  overdue: '该件已超过法定办理期限仍未办结，请于限期内办结并报送办理结果',
  buckPassing: '信访人反映办理单位推诿拖延，请认真核查，依法处理并报送结果',
  noReport: '该件交办后未按要求反馈办理结果，请限期报送',
} as const;

/** Completion reports (办结报告) on a supervision order or an assignment. */
export const completionSummaries: readonly string[] = [
  '已按要求完成调查核实，书面答复信访人，信访人表示基本满意',
  '已召开协调会研究解决方案，处理意见已送达信访人',
  '已落实整改措施，相关情况已向信访人反馈',
];

/** Improvement proposals (改进建议) and their answers. */
export const improvementProposals: readonly string[] = [
  '该类信访事项反复发生，建议完善补偿款发放监管机制，开展同类问题专项排查',
  '建议规范调查取证和送达程序，建立答复意见书会审制度',
  '建议建立企业环境信用评价机制，对重点企业加强夜间巡查',
];
export const improvementAnswers: readonly string[] = [
  '已采纳，制定了专项排查方案，对同类问题逐一建立台账',
  '已采纳，建立了答复意见书集体审核制度，并组织了业务培训',
];

/** Grounds for not accepting a petition, with the route a petitioner is told. */
export const notAcceptTexts = {
  legalProcedure: '该事项依法应当通过诉讼、仲裁或行政复议等法定途径解决，不属于信访受理范围',
  pendingBelow: '同一信访事项正在下级机关办理期间，信访人又向上级机关提出，依法不予受理',
  terminated: '该信访事项已经复核终结，信访人以同一事实和理由再次提出，依法不再受理',
  other: '该事项已超出信访事项受理范围，已向信访人说明',
} as const;
