import type { Category } from '@lianban/case-model';

/** Place and organisation names the templates draw from (fictional). */
export const templateWords = {
  village: ['东坡村', '石桥村', '柳树湾村', '河口村', '新民村', '白沙村', '杨家寨村', '青龙村'],
  town: ['城关镇', '青石镇', '临河乡', '双溪镇', '龙泉街道', '东湖街道'],
  street: ['解放路', '滨江路', '人民路', '建设巷', '和平街'],
  company: ['青川化工有限公司', '云岭建材厂', '宏达纺织有限公司', '顺发物流公司', '鑫源矿业公司'],
  estate: ['锦绣花园', '阳光小区', '翠湖名苑', '金色家园'],
  project: ['工业园区', '高速公路', '棚户区改造', '水库扩建', '城市主干道'],
  place: ['第一中学', '人民医院', '中心小学', '县医院'],
};

/** Title, request and facts templates per category; `{key}` is a word, `{n}` a number, `{year}` a year. */
export const caseTemplates: Partial<
  Record<Category, { title: string[]; request: string[]; facts: string[] }>
> = {
  landAcquisition: {
    title: [
      '{village}土地征收补偿款未足额发放',
      '反映{town}征地程序不合法',
      '要求公开{village}征地补偿标准',
    ],
    request: [
      '要求按照新标准支付土地补偿费和安置补助费',
      '要求公开征地批复文件及补偿方案',
      '要求解决失地农民社会保障问题',
    ],
    facts: [
      '{year}年{town}{village}约{n}亩集体土地被征收用于{project}建设，村民至今未领到全部补偿款。',
      '征地时未召开村民大会，补偿标准低于周边地区。',
    ],
  },
  urbanDemolition: {
    title: [
      '{street}片区拆迁补偿标准过低',
      '反映{project}项目强制拆除房屋',
      '拆迁安置房迟迟未交付',
    ],
    request: [
      '要求重新评估房屋价值并提高拆迁补偿',
      '要求尽快交付安置房并支付过渡费',
      '要求追究违法强拆人员责任',
    ],
    facts: [
      '信访人位于{street}{n}号的房屋被列入{project}拆迁范围，评估价格明显低于周边市场价。',
      '{year}年签订拆迁协议后，安置房至今未建成，过渡费已停发{n}个月。',
    ],
  },
  environment: {
    title: ['{company}夜间排放废气', '反映{village}养殖场污染水源', '{street}工地施工噪音扰民'],
    request: ['要求环保部门查处违法排污行为', '要求停止夜间施工并赔偿损失', '要求公开环境监测数据'],
    facts: [
      '{company}长期在夜间排放刺鼻废气，周边居民出现咳嗽、头痛等症状。',
      '{village}附近养殖场粪污直排河道，村民饮用水源受到污染。',
      '工地每天施工至深夜，噪音严重影响居民休息。',
    ],
  },
  enterpriseRestructuring: {
    title: [
      '{company}改制后职工安置问题',
      '{company}破产清算拖欠职工工资',
      '反映企业改制中国有资产流失',
    ],
    request: [
      '要求补发拖欠工资并补缴社会保险',
      '要求公开改制方案和资产评估报告',
      '要求落实改制职工经济补偿金',
    ],
    facts: [
      '{year}年{company}改制时，{n}名职工被买断工龄，经济补偿金至今未兑现。',
      '企业破产后，职工工资和社保欠费长期得不到清偿。',
    ],
  },
  labourSocialSecurity: {
    title: ['{company}拖欠农民工工资', '养老保险缴费年限认定有误', '工伤认定申请未获受理'],
    request: [
      '要求用人单位支付拖欠工资{n}万元',
      '要求更正养老保险缴费记录',
      '要求依法认定工伤并支付待遇',
    ],
    facts: [
      '信访人等{n}名农民工在{project}工地务工，工程结束后工资一直拖欠未付。',
      '信访人{year}年起在{company}工作，单位未为其缴纳养老保险。',
    ],
  },
  housingProperty: {
    title: ['{estate}物业服务质量差', '{estate}开发商延期交房', '{estate}房产证办理难'],
    request: [
      '要求更换物业公司并公开物业费收支',
      '要求开发商按合同支付延期交房违约金',
      '要求尽快办理不动产权证书',
    ],
    facts: [
      '{estate}小区电梯经常故障，物业服务不到位却连年上涨物业费。',
      '开发商承诺{year}年交房，至今延期{n}个月仍未交付。',
    ],
  },
  disciplineInspection: {
    title: ['反映{town}干部作风问题', '举报{town}工作人员吃拿卡要', '反映{village}村干部优亲厚友'],
    request: ['要求纪检监察机关调查处理', '要求公开低保评定名单', '要求追究相关人员责任'],
    facts: [
      '信访人到{town}办事时，工作人员多次推诿并暗示送礼。',
      '{village}村干部将低保名额分给亲属，群众意见很大。',
    ],
  },
};
export const genericTemplates = {
  title: ['关于{place}管理问题的反映', '咨询{town}惠民政策', '对{place}服务态度不满'],
  request: ['要求有关部门依法处理并书面答复', '要求解释相关政策依据'],
  facts: [
    '信访人多次到有关部门反映，均未得到明确答复。',
    '该问题已持续{n}天，严重影响群众正常生活。',
  ],
};
export const extraSentences = [
  '信访人情绪激动，表示如不解决将继续上访。',
  '经初步核实，情况基本属实。',
  '有关单位表示将尽快研究解决。',
  '信访人曾于{year}年反映过同一问题。',
];
