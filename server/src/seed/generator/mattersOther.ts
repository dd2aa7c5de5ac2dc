import type { MatterKind } from './matterKind.ts';

/** Matters of the other categories (劳动社保 … 其他). */
export const otherMatters: readonly MatterKind[] = [
  {
    key: 'labour.wageArrears',
    category: 'labourSocialSecurity',
    subcategory: '拖欠农民工工资',
    matterClass: 'grievance',
    weight: 5,
    group: true,
    legalRoute: '可向劳动人事争议仲裁委员会申请仲裁',
    titles: [
      (s) => `${s.contractor}拖欠农民工工资`,
      (s) => `反映${s.project}工地欠薪问题`,
      (s) => `${s.workers}农民工讨要${s.project}工资`,
    ],
    demands: [
      (s) => `要求${s.contractor}支付拖欠的工资${s.wage}`,
      () => '请求帮忙把干活的工钱要回来',
      () => '希望劳动监察部门督促施工单位发放欠薪',
    ],
    facts: [
      (s) =>
        `本人自${s.earlier}起在${s.contractor}承建的${s.project}工地做钢筋工，${s.since}工程完工后，包工头以总包方未结算为由拖欠工资${s.wage}`,
      (s) =>
        `我在${s.project}干了大半年，${s.contractor}到现在还欠我${s.wage}工钱，包工头电话也不接了`,
      (s) =>
        `${s.project}工地${s.workers}工人的工资从${s.since}开始就没有发，${s.contractor}说甲方没给钱`,
    ],
    reasons: [
      () => '用人单位应当按时足额支付劳动报酬，不得克扣拖欠',
      () => '辛辛苦苦干了活，工钱要不回来，一家老小等着用钱',
      () => '工程款结算纠纷不能成为拖欠工人工资的理由',
    ],
    findings: {
      supported: (s) =>
        `${s.contractor}确有拖欠${s.project}工地农民工工资的情况，工资专用账户未按规定足额拨付，信访人反映情况属实`,
      explained: (s) =>
        `${s.contractor}与劳务分包方正在进行工程量核算，已先行垫付部分工资，剩余工资将于结算完成后15日内支付`,
      notSupported: (s) =>
        `${s.contractor}已通过工资专用账户将信访人工资全额发放至其本人银行卡，有银行流水为证`,
    },
    measure: (s) =>
      `人力资源社会保障部门已向${s.contractor}下达劳动保障监察限期改正指令书，责令15日内足额支付拖欠工资，逾期将依法处罚并纳入欠薪失信名单`,
    basis: '《保障农民工工资支付条例》第二十九条、第五十四条',
  },
  {
    key: 'labour.pension',
    category: 'labourSocialSecurity',
    subcategory: '养老保险待遇',
    matterClass: 'grievance',
    weight: 3,
    titles: [
      () => '养老金待遇核定有误',
      () => '反映视同缴费年限未被认定',
      () => '要求重新核定基本养老金',
    ],
    demands: [
      (s) => `要求将本人${s.years}连续工龄认定为视同缴费年限，重新核定养老金`,
      () => '请求把我以前的工龄算进去，养老金重新算',
      () => '希望社保部门纠正养老金计算错误',
    ],
    facts: [
      (s) =>
        `本人于${s.since}办理退休，社保经办机构核定养老金时未将在${s.stateEnterprise}的${s.years}工龄计为视同缴费年限，导致养老金偏低`,
      (s) =>
        `我${s.since}退休，在${s.stateEnterprise}干的${s.years}没算进去，养老金比同事少了好几百`,
      (s) =>
        `退休时社保说我的档案里缺招工表，${s.stateEnterprise}的${s.years}工龄不认，养老金算少了`,
    ],
    reasons: [
      () => '国家规定的视同缴费年限应当计入缴费年限',
      () => '干了这么多年，老了养老金还不够生活',
      () => '档案缺失是单位保管的问题，不应由个人承担',
    ],
    findings: {
      supported: (s) =>
        `经调阅档案并向${s.stateEnterprise}原主管部门核实，信访人原始招工手续齐全，其工龄符合视同缴费年限认定条件，原核定有误`,
      explained: () =>
        '信访人档案中缺少原始招工审批材料，可由其提供同期工资表、工作证等旁证材料申请补认，经办机构将一次性告知所需材料',
      notSupported: () => '信访人该段经历系临时工性质，不符合视同缴费年限认定条件，养老金核定正确',
    },
    measure: () => '由社保经办机构重新核定信访人基本养老金，并自退休之月起补发差额',
    basis: '《中华人民共和国社会保险法》第十六条',
  },
  {
    key: 'labour.workInjury',
    category: 'labourSocialSecurity',
    subcategory: '工伤认定',
    matterClass: 'grievance',
    weight: 2,
    legalRoute: '可依法申请行政复议或提起行政诉讼',
    titles: [
      () => '工伤认定申请久拖不决',
      (s) => `反映在${s.company}工作受伤未获工伤待遇`,
      () => '不服不予认定工伤决定',
    ],
    demands: [
      () => '要求认定工伤并落实工伤保险待遇',
      () => '请求尽快给我做工伤认定',
      () => '希望依法认定工伤，单位应当承担医疗费',
    ],
    facts: [
      (s) =>
        `本人在${s.company}车间操作设备时右手受伤，${s.since}提出工伤认定申请，至今未作出认定结论`,
      (s) =>
        `我在${s.company}上班时手被机器压伤，单位不给报工伤，${s.since}我自己去申请认定，一直没有结果`,
      (s) => `${s.since}在${s.company}上班途中发生交通事故，申请工伤认定，单位说我不是上班途中`,
    ],
    reasons: [
      () => '在工作时间和工作场所内因工作原因受伤应当认定为工伤',
      () => '受伤后不能干活，医疗费都是借的',
      () => '工伤认定应当在法定期限内作出',
    ],
    findings: {
      supported: () =>
        '信访人受伤情形符合工伤认定条件，因用人单位未按期提交举证材料而延误，现已依法作出认定工伤决定',
      explained: () =>
        '信访人提交的材料缺少劳动关系证明，已中止认定程序并书面告知，待劳动关系确认后恢复认定',
      notSupported: () =>
        '经调查，信访人受伤时并非从事本职工作，不符合工伤认定情形，已依法作出不予认定工伤决定',
    },
    measure: (s) => `依法作出认定工伤决定，督促${s.company}为信访人申报工伤保险待遇`,
    basis: '《工伤保险条例》第十四条、第二十条',
  },
  {
    key: 'rural.contract',
    category: 'ruralAgriculture',
    subcategory: '土地承包经营',
    matterClass: 'grievance',
    weight: 3,
    legalRoute: '可向农村土地承包仲裁委员会申请仲裁',
    titles: [
      (s) => `${s.village}土地承包经营权被他人侵占`,
      (s) => `反映${s.village}村委会违规调整承包地`,
      (s) => `要求恢复${s.village}承包地经营权`,
    ],
    demands: [
      (s) => `要求确认本人${s.area}承包地的经营权，责令${s.neighbour}退还所占土地`,
      () => '请求把我家的承包地还给我',
      () => '希望相关部门纠正村里违规调整承包地的做法',
    ],
    facts: [
      (s) =>
        `本人家庭在第二轮土地承包中承包${s.village}${s.area}耕地，有承包经营权证，${s.since}村委会以调整为名将其中部分土地划给${s.neighbour}耕种`,
      (s) =>
        `我家承包的${s.area}地，证上写得清清楚楚，${s.since}村里说要调地，把一块分给了${s.neighbour}`,
      (s) =>
        `${s.village}村委会${s.since}私下调整承包地，我家少了${s.area}，找村干部说是村民代表会决定的`,
    ],
    reasons: [
      () => '承包期内发包方不得调整承包地',
      () => '地是我家吃饭的依靠',
      () => '确权登记的承包地受法律保护',
    ],
    findings: {
      supported: (s) =>
        `${s.village}村委会未经法定程序调整信访人承包地，违反承包期内不得调整承包地的规定，信访人反映情况属实`,
      explained: (s) =>
        `${s.village}此次调整系因${s.project}征地后人地矛盾突出，经村民会议三分之二以上成员同意并报乡镇批准，但未与信访人充分沟通`,
      notSupported: (s) => `争议地块在确权登记中登记在${s.neighbour}名下，不属于信访人承包地`,
    },
    measure: (s) => `责成${s.township}督促${s.village}村委会纠正违规调地行为，将土地退还信访人耕种`,
    basis: '《中华人民共和国农村土地承包法》第二十八条',
  },
  {
    key: 'rural.villageAffairs',
    category: 'ruralAgriculture',
    subcategory: '村务管理',
    matterClass: 'accusation',
    weight: 2,
    accuses: 'township',
    accusesPerson: true,
    titles: [
      (s) => `举报${s.village}村干部侵占集体资金`,
      (s) => `反映${s.village}村务财务长期不公开`,
      (s) => `${s.village}集体土地租金去向不明`,
    ],
    demands: [
      () => '要求对村集体账目进行审计，公开土地租金收支情况，查处侵占行为',
      () => '请求查一查村里的账，租金都到哪里去了',
      () => '希望上级审计村集体财务，给村民一个明白账',
    ],
    facts: [
      (s) =>
        `${s.village}集体土地${s.area}自${s.earlier}出租给${s.company}，每年租金数十万元，村务公开栏从未公布收支明细，${s.officialPost}${s.official}拒绝村民查账`,
      (s) =>
        `我们村的地租给了${s.company}好几年，租金多少、花到哪里，${s.official}从来不公开，村民去问还被骂`,
      (s) =>
        `${s.village}的集体收入账目不清，${s.officialPost}${s.official}用集体资金给自己家修路，村民多次要求公开未果`,
    ],
    reasons: [
      () => '村务财务应当定期公开，接受村民监督',
      () => '集体的钱是大家的，不能一个人说了算',
      () => '侵占集体资金应当依法依纪查处',
    ],
    findings: {
      supported: (s) =>
        `经对${s.village}集体财务专项审计，发现部分土地租金未入集体账户，${s.officialPost}${s.official}存在违规支出问题，已移交纪检监察机关`,
      explained: (s) =>
        `${s.village}土地租金均已入账，但未按规定每季度公开，村务公开不规范，已责令整改`,
      notSupported: (s) =>
        `经审计，${s.village}集体土地租金收支账目清楚，已按规定公开，未发现侵占挪用问题`,
    },
    measure: (s) =>
      `责成${s.township}对${s.village}集体财务开展专项审计并公开结果，对违规问题移交纪检监察机关处理`,
    basis: '《中华人民共和国村民委员会组织法》第三十条',
  },
  {
    key: 'rural.subsidy',
    category: 'ruralAgriculture',
    subcategory: '惠农补贴',
    matterClass: 'grievance',
    weight: 2,
    titles: [
      () => '耕地地力保护补贴未发放',
      (s) => `反映${s.village}惠农补贴发放不公`,
      () => '要求补发种粮补贴',
    ],
    demands: [
      () => '要求补发近两年的耕地地力保护补贴',
      () => '请求把该给我的种粮补贴发下来',
      () => '希望纠正补贴发放名单的错误',
    ],
    facts: [
      (s) =>
        `本人承包${s.village}${s.area}耕地并一直自己耕种，自${s.earlier}起耕地地力保护补贴没有到账，补贴名单上没有本人名字`,
      (s) => `我家种了${s.area}地，这两年的补贴都没收到，问村里说名单报上去了，问乡里说没有我`,
      (s) => `${s.village}的补贴名单有问题，我家地一直在种，补贴却发到了别人的卡上`,
    ],
    reasons: [
      () => '耕地地力保护补贴应当发放给实际承包耕地的农户',
      () => '种地成本越来越高，补贴是国家给农民的',
      () => '补贴发放应当公示，名单错误应当更正',
    ],
    findings: {
      supported: (s) =>
        `因${s.village}报送补贴面积时误将信访人承包地登记在他人名下，导致补贴未发放到信访人，反映情况属实`,
      explained: () =>
        '信访人部分耕地已流转给种粮大户，按政策补贴发放给承包农户，但流转部分的补贴由双方合同约定，已向其解释',
      notSupported: () => '信访人的补贴已按面积足额发放至其一卡通账户，有银行发放记录为证',
    },
    measure: (s) => `由${s.township}更正补贴面积登记，在下一批次补发信访人应得补贴`,
    basis: '《耕地地力保护补贴资金管理办法》相关规定',
  },
  {
    key: 'housing.property',
    category: 'housingProperty',
    subcategory: '物业服务',
    matterClass: 'grievance',
    weight: 3,
    group: true,
    titles: [
      (s) => `${s.estate}物业服务差收费高`,
      (s) => `反映${s.propertyCompany}擅自提高物业费`,
      (s) => `${s.estate}业主要求更换物业公司`,
    ],
    demands: [
      (s) => `要求${s.propertyCompany}停止擅自涨价，公开公共收益账目`,
      () => '请求管一管物业乱涨价、不干事的问题',
      () => '希望主管部门指导业主大会选聘新物业',
    ],
    facts: [
      (s) =>
        `${s.propertyCompany}自${s.since}起未经业主大会同意将${s.estate}物业费上调三成，小区电梯经常故障、垃圾清运不及时，电梯广告等公共收益从未公开`,
      (s) =>
        `${s.estate}的物业${s.since}开始涨价，服务却越来越差，电梯一个月坏好几次，问广告费去哪了也不说`,
      (s) => `${s.propertyCompany}在${s.estate}收费不透明，${s.since}涨了物业费，业主投诉没人处理`,
    ],
    reasons: [
      () => '物业服务收费调整应当依法经业主共同决定',
      () => '交了钱享受不到相应服务',
      () => '公共收益属于全体业主',
    ],
    findings: {
      supported: (s) =>
        `${s.propertyCompany}调整收费标准未经业主大会表决，且未按合同公开公共收益，信访人反映情况属实`,
      explained: (s) =>
        `${s.propertyCompany}收费调整已按物业服务合同约定履行告知程序，但服务质量确有不足，已约谈并责令整改`,
      notSupported: (s) =>
        `${s.estate}物业费标准系业主大会于${s.earlier}表决通过，公共收益已按季度公示`,
    },
    measure: (s) =>
      `责令${s.propertyCompany}恢复原收费标准、退还多收费用并公开公共收益账目，指导${s.estate}业主委员会依法选聘物业服务企业`,
    basis: '《物业管理条例》第四十一条、第五十三条',
  },
  {
    key: 'housing.certificate',
    category: 'housingProperty',
    subcategory: '不动产登记',
    matterClass: 'grievance',
    weight: 3,
    group: true,
    leadCode: 'zrzy',
    titles: [
      (s) => `${s.estate}购房多年办不了不动产权证`,
      (s) => `反映${s.developer}项目业主办证难`,
      (s) => `要求为${s.estate}业主办理房产证`,
    ],
    demands: [
      (s) => `要求督促${s.developer}补办手续，为${s.estate}业主办理不动产权证`,
      () => '请求帮我们把房产证办下来',
      () => '希望解决小区历史遗留的办证问题',
    ],
    facts: [
      (s) =>
        `本人于${s.earlier}购买${s.developer}开发的${s.estate}商品房，已交房${s.years}，因开发商未缴清土地出让金，小区${s.households}业主至今无法办理不动产权证`,
      (s) => `${s.estate}交房好几年了，房产证一直办不了，${s.developer}说土地款还没交齐`,
      (s) => `我们${s.estate}${s.households}业主买房后一直没有产权证，孩子上学、贷款都受影响`,
    ],
    reasons: [
      () => '购房人已依约付清房款，有权取得不动产权证',
      () => '没有产权证，房子心里不踏实',
      () => '开发商的责任不应转嫁给购房人',
    ],
    findings: {
      supported: (s) =>
        `${s.developer}尚欠土地出让金及滞纳金，导致${s.estate}无法办理首次登记，信访人反映情况属实`,
      explained: (s) =>
        `${s.estate}已列入历史遗留办证问题化解清单，正在按“证缴分离”办法办理，预计半年内分批办证`,
      notSupported: (s) =>
        `${s.estate}已于${s.since}完成首次登记，信访人可凭购房合同直接申请转移登记`,
    },
    measure: (s) =>
      `将${s.estate}纳入“办证难”专项化解，先行为业主办理不动产权证，同时依法向${s.developer}追缴欠缴税费`,
    basis: '《不动产登记暂行条例》第十四条',
  },
  {
    key: 'housing.elevator',
    category: 'housingProperty',
    subcategory: '老旧小区改造',
    matterClass: 'suggestion',
    weight: 2,
    titles: [
      (s) => `建议为${s.estate}老旧住宅加装电梯给予补贴`,
      () => '关于老旧小区加装电梯的建议',
      (s) => `${s.estate}居民希望加装电梯`,
    ],
    demands: [
      () => '建议出台老旧小区加装电梯补贴办法，简化审批',
      () => '希望政府支持老小区装电梯，给点补贴',
      () => '建议加快推进加装电梯工作',
    ],
    facts: [
      (s) => `${s.estate}建于上世纪九十年代，均为六层无电梯住宅，60岁以上居民占四成，上下楼困难`,
      (s) => `我们${s.estate}都是老楼，没电梯，老人腿脚不好，一个月都下不了几次楼`,
      (s) => `${s.estate}很多老人住在五六楼，出门难，看病难`,
    ],
    reasons: [
      () => '加装电梯是老旧小区改造的重要内容，邻市已有成功做法',
      () => '方便老年人生活',
      () => '应对人口老龄化',
    ],
    findings: {
      supported: (s) =>
        `${s.estate}已纳入本年度老旧小区改造计划，建议内容与正在制定的加装电梯补贴办法相符`,
      explained: () =>
        '加装电梯需经本单元房屋专有部分面积和人数双三分之二以上业主同意，目前已有补贴政策，可按程序申请',
      notSupported: (s) => `${s.estate}楼间距和地下管线条件不具备加装电梯的技术条件`,
    },
    measure: (s) => `将${s.estate}列入加装电梯试点，由街道组织业主协商并落实每台补贴`,
    basis: '《关于全面推进城镇老旧小区改造工作的指导意见》',
  },
  {
    key: 'education.enrolment',
    category: 'education',
    subcategory: '入学',
    matterClass: 'grievance',
    weight: 3,
    titles: [
      (s) => `孩子未能就近入读${s.school}`,
      () => '反映随迁子女入学难',
      (s) => `${s.estate}适龄儿童学区划分不合理`,
    ],
    demands: [
      (s) => `要求按照就近入学原则安排孩子入读${s.school}`,
      () => '请求给孩子安排个离家近的学校',
      () => '希望重新调整学区划分',
    ],
    facts: [
      (s) =>
        `本人户籍和住房均在${s.estate}，孩子今年满六周岁，按往年划片应入读${s.school}，今年却被调剂到五公里外的学校`,
      (s) => `我们住在${s.estate}，离${s.school}只有几百米，孩子却被分到很远的学校`,
      (s) => `${s.estate}今年的学区划到了外区，很多家长不理解，${s.school}就在小区门口`,
    ],
    reasons: [
      () => '义务教育阶段应当保障适龄儿童就近入学',
      () => '孩子太小，每天来回接送太难了',
      () => '学区划分应当公开透明',
    ],
    findings: {
      supported: (s) =>
        `${s.estate}属于${s.school}划片范围，因学位统计时遗漏信访人房产信息导致调剂，反映情况属实`,
      explained: (s) =>
        `${s.school}今年报名人数超过学位数，按户籍和入户年限排序，信访人排位靠后被统筹安排到就近有空余学位的学校`,
      notSupported: (s) => `信访人房产登记时间晚于入学报名截止时间，不符合${s.school}划片入学条件`,
    },
    measure: (s) => `由教育部门为信访人子女补办${s.school}入学手续`,
    basis: '《中华人民共和国义务教育法》第十二条',
  },
  {
    key: 'education.fees',
    category: 'education',
    subcategory: '教育收费',
    matterClass: 'accusation',
    weight: 1,
    titles: [
      (s) => `举报${s.school}违规收取资料费`,
      (s) => `反映${s.school}强制学生参加有偿补课`,
      () => '学校乱收费问题',
    ],
    demands: [
      () => '要求查处违规收费，退还已收费用',
      () => '请求制止学校乱收费',
      () => '希望教育部门规范学校收费',
    ],
    facts: [
      (s) =>
        `${s.school}自${s.since}起以班级为单位向每名学生收取资料费和课后服务费数百元，未公示收费依据`,
      (s) => `${s.school}让家长交钱参加周末补课，不交的孩子老师就冷落`,
      (s) => `${s.since}开学以来${s.school}收了好几次钱，都没有收据`,
    ],
    reasons: [
      () => '义务教育阶段学校不得违规收费',
      () => '家里负担重',
      () => '收费应当公示并开具票据',
    ],
    findings: {
      supported: (s) => `${s.school}存在代收资料费未公示、未开票问题，反映情况属实`,
      explained: (s) =>
        `${s.school}课后服务费系按物价部门核定标准、家长自愿原则收取，但告知不够充分`,
      notSupported: (s) => `经调查，${s.school}未收取资料费，课后服务未收费`,
    },
    measure: (s) => `责令${s.school}清退违规收取的费用，对相关责任人通报批评`,
    basis: '《中华人民共和国义务教育法》第二条',
  },
  {
    key: 'health.dispute',
    category: 'health',
    subcategory: '医疗纠纷',
    matterClass: 'grievance',
    weight: 3,
    legalRoute: '可申请医疗纠纷人民调解或向人民法院提起诉讼',
    titles: [
      (s) => `反映${s.hospital}诊疗过错致患者病情加重`,
      (s) => `要求${s.hospital}对医疗事故承担责任`,
      (s) => `与${s.hospital}医疗纠纷问题`,
    ],
    demands: [
      () => '要求进行医疗损害鉴定，医院承担赔偿责任并处理责任医生',
      () => '请求给个说法，医院耽误了治疗',
      () => '希望卫生健康部门调查医院的诊疗过程',
    ],
    facts: [
      (s) =>
        `${s.since}，本人父亲因腹痛到${s.hospital}就诊，医生未做进一步检查即按胃炎处理，三天后病情恶化转院确诊为急性阑尾炎穿孔`,
      (s) =>
        `我父亲${s.since}在${s.hospital}看病，医生说是胃炎开了药就让回家，结果是阑尾穿孔，差点没命`,
      (s) => `${s.hospital}误诊，${s.since}我家老人腹痛就诊没有做B超，耽误了手术时机`,
    ],
    reasons: [
      () => '医疗机构未尽到诊疗义务应当承担责任',
      () => '多花了好几万医药费',
      () => '医生应当认真负责',
    ],
    findings: {
      supported: (s) =>
        `经调阅病历，${s.hospital}首诊时未按诊疗规范进行必要的辅助检查，存在延误诊断，已责令医院整改并对当事医生处理`,
      explained: (s) =>
        `${s.hospital}首诊诊疗符合规范，病情变化系疾病自然进展所致；双方对责任认定有分歧，可通过医疗纠纷人民调解委员会调解`,
      notSupported: () =>
        '经医学会组织的医疗损害鉴定，医方诊疗行为与患者损害后果之间不存在因果关系',
    },
    measure: (s) =>
      `组织医疗纠纷人民调解委员会调解，督促${s.hospital}依调解协议赔偿，并对首诊医生进行约谈`,
    basis: '《医疗纠纷预防和处理条例》第二十二条',
  },
  {
    key: 'civil.dibao',
    category: 'civilAffairs',
    subcategory: '社会救助',
    matterClass: 'grievance',
    weight: 3,
    titles: [
      () => '申请最低生活保障未获批准',
      (s) => `反映${s.village}低保评定不公`,
      () => '要求恢复低保待遇',
    ],
    demands: [
      () => '要求重新审核本人家庭低保申请',
      () => '请求把我家纳入低保',
      () => '希望公开低保评审过程',
    ],
    facts: [
      (s) =>
        `本人丈夫因病丧失劳动能力，家庭人均收入低于当地低保标准，${s.since}申请低保被以家庭有车为由拒绝，车辆实为十多年前的旧农用车`,
      (s) =>
        `我家老伴瘫痪在床，孩子还在上学，${s.since}申请低保没批，说我家有车，那是一辆早就不能开的三轮车`,
      (s) => `${s.village}的低保名额有的给了干部亲戚，我家条件这么困难却评不上`,
    ],
    reasons: [
      () => '家庭人均收入低于当地标准的应当依法给予最低生活保障',
      () => '家里实在过不下去了',
      () => '低保评定应当公平公正公开',
    ],
    findings: {
      supported: () =>
        '经入户核查，信访人家庭名下车辆为已报废农用车，家庭人均收入低于当地低保标准，符合保障条件，原审核认定有误',
      explained: () =>
        '信访人家庭有子女在外务工，按规定应计算赡养费，核算后家庭人均收入略高于低保标准，已将其纳入临时救助',
      notSupported: () => '经核查，信访人家庭有经营性收入，人均收入明显高于当地低保标准',
    },
    measure: () => '由乡镇重新审核，将信访人家庭纳入最低生活保障，自申请次月起发放',
    basis: '《社会救助暂行办法》第九条、第十一条',
  },
  {
    key: 'veterans.benefits',
    category: 'veterans',
    subcategory: '退役军人待遇',
    matterClass: 'grievance',
    weight: 3,
    group: true,
    titles: [
      () => '退役士兵安置待遇未落实',
      () => '反映参战退役人员生活补助未发放',
      () => '要求落实退役军人优待政策',
    ],
    demands: [
      () => '要求按照政策落实参战退役人员生活补助，补发欠发部分',
      () => '请求把我们的补助发下来',
      () => '希望退役军人事务部门落实优抚政策',
    ],
    facts: [
      (s) =>
        `本人于上世纪八十年代入伍并参加作战，${s.earlier}退役后回${s.village}务农，按政策应享受参战退役人员生活补助，至今未发放`,
      (s) => `我是参战老兵，退伍后一直在${s.village}种地，别的县都发补助了，我们这里一直没有`,
      (s) => `${s.village}有几名参战退役人员，身份认定材料${s.since}就交了，补助一直没有落实`,
    ],
    reasons: [
      () => '退役军人依法享受国家规定的优待抚恤',
      () => '为国家流过血，老了生活困难',
      () => '政策应当同等落实',
    ],
    findings: {
      supported: () =>
        '信访人参战身份经档案核实无误，因身份认定材料在县乡之间流转时遗漏，补助未能发放',
      explained: () => '信访人参战身份认定需查阅原部队档案，已发函调档，待认定后按政策补发',
      notSupported: () => '经调阅原部队档案，信访人服役期间未参加作战，不属于参战退役人员',
    },
    measure: () => '完成信访人参战身份认定，自认定之月起发放生活补助并补发应享待遇',
    basis: '《中华人民共和国退役军人保障法》第六十二条',
  },
  {
    key: 'market.prepaid',
    category: 'marketRegulation',
    subcategory: '消费维权',
    matterClass: 'grievance',
    weight: 2,
    group: true,
    legalRoute: '可向人民法院提起民事诉讼',
    titles: [
      (s) => `${s.shop}预付卡消费后关门跑路`,
      (s) => `反映${s.shop}拒不退还预付费用`,
      () => '预付卡余额无法退还问题',
    ],
    demands: [
      () => '要求查找经营者下落，退还预付卡余额',
      () => '请求帮我们把卡里的钱要回来',
      () => '希望加强预付卡消费监管',
    ],
    facts: [
      (s) =>
        `本人于${s.earlier}在${s.shop}办理预付卡，卡内余额数千元，${s.since}该店突然停业，经营者失联，涉及会员数百人`,
      (s) => `${s.shop}突然关门了，我卡里还有几千块钱，老板电话打不通`,
      (s) => `${s.since}${s.shop}停业，门上贴了个装修通知就再没开门，会员都找不到人`,
    ],
    reasons: [
      () => '经营者以预收款方式提供服务的，未按约定提供服务应当退还预付款',
      () => '辛苦攒的钱，不能就这么没了',
      () => '预付卡监管存在漏洞',
    ],
    findings: {
      supported: (s) => `${s.shop}经营者已被约谈到案，同意分期退还会员预付款，已组织登记`,
      explained: (s) =>
        `${s.shop}经营者涉嫌合同诈骗已由公安机关立案侦查，消费者损失将在案件处理中依法追缴返还`,
      notSupported: (s) => `${s.shop}已迁址经营并继续为会员提供服务，不存在拒绝履约问题`,
    },
    measure: (s) =>
      `由市场监管部门牵头组织${s.shop}与会员协商退款方案，将其列入经营异常名录，并向公安机关通报线索`,
    basis: '《中华人民共和国消费者权益保护法》第五十三条',
  },
  {
    key: 'market.food',
    category: 'marketRegulation',
    subcategory: '食品安全',
    matterClass: 'accusation',
    weight: 1,
    titles: [
      (s) => `举报${s.road}小作坊生产不合格食品`,
      () => '反映农贸市场出售过期食品',
      (s) => `${s.road}一带无证食品加工问题`,
    ],
    demands: [
      () => '要求依法查处无证生产、销售不合格食品行为',
      () => '请求查一查这个小作坊',
      () => '希望加强食品安全检查',
    ],
    facts: [
      (s) => `${s.road}一处民房内有人无证加工豆制品，卫生条件极差，产品销往周边农贸市场`,
      (s) => `${s.road}那个小作坊做豆腐，环境脏得很，做好的直接卖到菜市场`,
      (s) => `${s.road}附近有家庭作坊生产食品，没有任何证照，气味难闻`,
    ],
    reasons: [
      () => '食品生产经营应当依法取得许可',
      () => '吃出问题谁负责',
      () => '食品安全关系群众健康',
    ],
    findings: {
      supported: () => '执法人员现场查获无证生产豆制品作坊一处，已依法取缔并没收产品和工具',
      explained: () => '该作坊已于近期取得食品生产加工小作坊登记证，已责令其改善卫生条件',
      notSupported: () => '执法人员多次检查，未发现所反映的食品生产加工行为',
    },
    measure: () => '依法取缔无证作坊，对当事人立案处罚，并对周边市场开展专项检查',
    basis: '《中华人民共和国食品安全法》第三十五条、第一百二十二条',
  },
  {
    key: 'transport.road',
    category: 'transport',
    subcategory: '农村公路',
    matterClass: 'grievance',
    weight: 2,
    titles: [
      (s) => `${s.village}通村公路破损严重`,
      (s) => `反映${s.township}至${s.village}道路长期未修`,
      (s) => `要求修复${s.village}村道`,
    ],
    demands: [
      () => '要求尽快修复破损路面，保障村民出行安全',
      () => '请求把村里的路修一修',
      () => '希望把村道纳入维修计划',
    ],
    facts: [
      (s) =>
        `${s.township}至${s.village}的通村公路因${s.project}重型车辆碾压，自${s.since}起路面坑洼，雨天积水，已发生多起摩托车摔倒事故`,
      (s) => `去${s.village}的路被拉土车压坏了，${s.since}到现在都没修，下雨天根本走不了`,
      (s) => `${s.village}的村道破了好几年，学生上学、老人看病都不方便`,
    ],
    reasons: [() => '农村公路应当按规定养护', () => '路不好走，出了事谁负责', () => '谁损坏谁修复'],
    findings: {
      supported: (s) =>
        `${s.township}至${s.village}公路损毁主要由${s.project}施工车辆造成，已责令施工单位修复`,
      explained: () => '该路段已列入明年农村公路提档升级计划，近期先行对坑槽进行应急修补',
      notSupported: (s) => `${s.township}至${s.village}公路已于${s.since}完成修复，现路况良好`,
    },
    measure: (s) => `责令施工单位在30日内修复${s.village}村道破损路面，交通部门负责验收`,
    basis: '《农村公路养护管理办法》第三条',
  },
  {
    key: 'transport.bus',
    category: 'transport',
    subcategory: '公共交通',
    matterClass: 'suggestion',
    weight: 1,
    titles: [
      (s) => `建议延长${s.routeNo}公交线路至${s.estate}`,
      (s) => `关于${s.estate}居民出行难的建议`,
      (s) => `${s.estate}附近无公交站点`,
    ],
    demands: [
      (s) => `建议${s.routeNo}公交延伸至${s.estate}，增设站点`,
      () => '希望给我们小区通公交',
      () => '建议优化公交线路',
    ],
    facts: [
      (s) => `${s.estate}入住居民已有${s.households}，最近的公交站点距离一公里以上`,
      (s) => `我们${s.estate}住了这么多人，出门要走很远才能坐公交`,
      (s) => `${s.estate}周边没有公交，老人孩子出行不方便`,
    ],
    reasons: [() => '公共交通应当覆盖新建居住区', () => '老人出门太难', () => '减少私家车出行'],
    findings: {
      supported: (s) => `经客流调查，${s.estate}具备开通公交条件，建议予以采纳`,
      explained: () => '该区域道路尚未完成改造，不具备公交车通行条件，待道路竣工后开通',
      notSupported: () => '周边已有社区微循环公交覆盖',
    },
    measure: (s) => `${s.routeNo}公交线路于下月起延伸至${s.estate}并增设两个站点`,
    basis: '《城市公共交通条例》相关规定',
  },
  {
    key: 'discipline.cadre',
    category: 'disciplineInspection',
    subcategory: '干部作风',
    matterClass: 'accusation',
    weight: 3,
    accuses: 'township',
    accusesPerson: true,
    titles: [
      (s) => `举报${s.township}${s.officialPost}${s.official}违规收受礼金`,
      (s) => `反映${s.official}工作作风粗暴、吃拿卡要`,
      (s) => `举报${s.official}优亲厚友`,
    ],
    demands: [
      () => '要求纪检监察机关调查处理，严肃追究其违纪违法责任',
      () => '请求查一查这个干部',
      () => '希望整治干部作风问题',
    ],
    facts: [
      (s) =>
        `${s.township}${s.officialPost}${s.official}在办理${s.project}相关审批过程中，多次收受办事群众礼金和购物卡，对不送礼的群众故意刁难`,
      (s) => `${s.official}办事要好处，不给就拖，${s.since}我去办手续跑了五六趟`,
      (s) => `${s.officialPost}${s.official}把救助名额给了自己亲戚，群众意见很大`,
    ],
    reasons: [() => '党员干部应当廉洁用权', () => '老百姓办事太难了', () => '违纪违法问题必须查处'],
    findings: {
      supported: (s) => `经初步核实，${s.official}违规收受礼金问题基本属实，已立案审查`,
      explained: (s) =>
        `经核实，${s.official}存在工作方法简单问题，已进行谈话提醒，未发现收受礼金问题`,
      notSupported: (s) => `经初步核实，反映${s.official}的问题缺乏事实依据，予以了结`,
    },
    measure: (s) => `对${s.official}立案审查调查，视情节依规依纪依法作出处理，并将结果反馈举报人`,
    basis: '《中国共产党纪律处分条例》、《中华人民共和国监察法》第三十七条',
  },
  {
    key: 'suggestion.city',
    category: 'peoplesSuggestion',
    subcategory: '城市管理建议',
    matterClass: 'suggestion',
    weight: 3,
    titles: [
      (s) => `关于在${s.road}增设人行过街设施的建议`,
      (s) => `建议在${s.estate}周边增建公共停车场`,
      () => '关于推行政务服务“一窗通办”的建议',
    ],
    demands: [
      (s) => `建议在${s.road}与${s.estate}路口增设人行天桥或信号灯`,
      () => '建议利用闲置地块建设公共停车场',
      () => '建议整合各部门窗口，推行一窗受理',
    ],
    facts: [
      (s) => `${s.road}车流量大，${s.estate}居民和${s.school}学生过马路十分危险，近年多次发生事故`,
      (s) => `${s.estate}周边停车位严重不足，车辆占道停放影响通行`,
      () => '群众办事需要在多个窗口之间往返，材料重复提交',
    ],
    reasons: [() => '保障行人安全', () => '方便群众', () => '提高行政效率'],
    findings: {
      supported: () => '经研究，该建议具有较强可行性，已纳入年度民生实事项目',
      explained: () => '该建议内容已在相关规划中考虑，将结合实施条件分步推进',
      notSupported: () => '经论证，现阶段实施条件尚不具备',
    },
    measure: () => '采纳该建议并纳入年度民生实事项目，由相关部门负责实施',
    basis: '《信访工作条例》第三十四条',
  },
  {
    key: 'other.publicOrder',
    category: 'other',
    subcategory: '治安管理',
    matterClass: 'grievance',
    weight: 2,
    leadCode: 'ga',
    titles: [
      (s) => `反映${s.road}夜市聚众闹事扰民`,
      (s) => `${s.estate}周边电动车被盗频发`,
      () => '邻里纠纷多次报警未解决',
    ],
    demands: [
      () => '要求加强治安巡逻，依法处理扰民行为',
      () => '请求派出所管一管',
      () => '希望相关部门化解纠纷',
    ],
    facts: [
      (s) => `${s.road}夜市每晚有人酗酒闹事至凌晨，${s.estate}居民多次报警，问题反复出现`,
      (s) => `${s.since}以来${s.estate}电动车被盗十几辆，报警后没有结果`,
      (s) => `本人与邻居${s.neighbour}因房屋漏水多次发生冲突，报警后民警调解无果`,
    ],
    reasons: [
      () => '维护社会治安是公安机关的职责',
      () => '晚上不敢出门',
      () => '矛盾不解决容易激化',
    ],
    findings: {
      supported: (s) => `${s.road}夜市治安问题属实，已增设夜间巡逻点并依法处理滋事人员`,
      explained: () => '公安机关已开展专项整治，案件正在侦办中',
      notSupported: () => '经核查，所反映的情况已于前期处理完毕',
    },
    measure: (s) => `由公安机关在${s.road}增设巡逻点，对滋事人员依法处理`,
    basis: '《中华人民共和国治安管理处罚法》第二十六条',
  },
  {
    key: 'other.inquiry',
    category: 'other',
    subcategory: '政策咨询',
    matterClass: 'inquiry',
    weight: 2,
    titles: [() => '咨询户籍迁移政策', () => '咨询老年人优待证办理', () => '咨询公积金提取政策'],
    demands: [
      () => '请告知相关政策规定和办理流程',
      () => '想问问怎么办理',
      () => '希望答复具体办理条件',
    ],
    facts: [
      (s) => `本人户籍在${s.township}，现随子女居住在${s.estate}，想了解办理流程`,
      (s) => `我住在${s.estate}，不知道去哪里办、要带什么材料`,
      () => '多次打电话咨询未获准确答复',
    ],
    reasons: [() => '了解政策', () => '方便办事', () => '政策宣传不到位'],
    findings: {
      supported: () => '已向信访人详细告知政策规定和办理流程',
      explained: () => '已告知信访人该事项的办理条件和所需材料',
      notSupported: () => '信访人咨询事项目前暂无相关政策',
    },
    measure: () => '书面告知办理流程和所需材料',
    basis: '《信访工作条例》第三十二条',
  },
];
