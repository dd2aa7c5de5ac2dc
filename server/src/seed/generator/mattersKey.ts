import type { MatterKind } from './matterKind.ts';

/** Matters of the five key categories (土地征收征用, 城市建设拆迁, 环境保护, 企业改制, 涉法涉诉). */
export const keyMatters: readonly MatterKind[] = [
  {
    key: 'land.compensation',
    category: 'landAcquisition',
    subcategory: '征地补偿',
    matterClass: 'grievance',
    weight: 5,
    group: true,
    titles: [
      (s) => `${s.township}${s.village}征地补偿款未足额发放`,
      (s) => `反映${s.village}承包地被征收后补偿款迟迟不到位`,
      (s) => `${s.village}村民要求兑现${s.project}征地补偿款`,
    ],
    demands: [
      (s) =>
        `要求按征地补偿安置方案足额支付${s.area}承包地的土地补偿费和安置补助费，尚欠${s.amount}`,
      (s) => `请求督促尽快发放拖欠的征地补偿款${s.amount}`,
      (s) => `希望政府落实${s.village}征地补偿政策，把拖欠的${s.amount}补偿款发到村民手中`,
    ],
    facts: [
      (s) =>
        `${s.earlier}，${s.village}${s.area}集体土地被征收用于${s.project}建设，公告补偿标准为每亩${s.perMu}，至今仍有${s.amount}补偿款未发放到户`,
      (s) =>
        `我村${s.area}承包地在${s.earlier}被征收，用于${s.project}，按公告标准每亩${s.perMu}应得补偿，${s.township}只发了一部分，剩下${s.amount}拖了一年多没有下文`,
      (s) =>
        `${s.project}占用了${s.village}的${s.area}耕地，征收公告是${s.earlier}贴出的，补偿款到现在还差${s.amount}没有兑现，村民多次到${s.township}询问无果`,
    ],
    reasons: [
      () => '征收土地应当依法及时足额支付补偿费用，拖欠补偿款影响村民基本生活',
      () => '失地后家里没有别的收入来源，补偿款是全家生活的保障',
      () => '村民已经按要求交出土地，政府也应当按承诺兑现补偿',
    ],
    findings: {
      supported: (s) =>
        `${s.project}征收${s.village}集体土地${s.area}，按批复的补偿安置方案应支付的补偿费用中，有${s.amount}因拨付手续不全滞留在${s.township}财政所，信访人反映的情况属实`,
      explained: (s) =>
        `${s.project}征地补偿款已全额拨付至${s.village}集体账户，剩余部分因村集体分配方案尚未经村民会议表决，暂未发放到户，并非政府拖欠`,
      notSupported: (s) =>
        `${s.village}被征收土地的补偿费用已于${s.since}全部发放到户，有村民签字的发放清册为证；信访人所称未发放的${s.amount}系按其自行测算的标准计算的差额，缺乏依据`,
    },
    measure: (s) =>
      `责成${s.township}在30日内将滞留的补偿款足额发放到户，并将发放清册报送${s.place}自然资源分局备案`,
    basis: '《中华人民共和国土地管理法》第四十八条',
  },
  {
    key: 'land.socialSecurity',
    category: 'landAcquisition',
    subcategory: '失地农民社会保障',
    matterClass: 'grievance',
    weight: 3,
    titles: [
      (s) => `${s.village}失地农民养老保险未落实`,
      () => '反映被征地后未纳入失地农民社会保障',
      (s) => `要求为${s.village}被征地农民办理养老保险`,
    ],
    demands: [
      () => '要求将本人纳入被征地农民养老保险，并补缴应由政府承担的部分',
      () => '请求按政策为我们这些失地农民办理社会保障，政府补贴部分要落实',
      () => '希望把我家被征地人员纳入养老保险，补齐政府应出的那部分钱',
    ],
    facts: [
      (s) =>
        `${s.earlier}${s.village}土地被${s.project}征收后，本人家庭承包地全部被征，按政策应纳入被征地农民社会保障，但至今未办理`,
      (s) =>
        `我家的承包地在${s.earlier}因${s.project}全部被征收，村里其他人陆续办了失地农民养老保险，我家到现在还没有办`,
      (s) =>
        `${s.project}征地时说好被征地农民都能参加养老保险，${s.village}有${s.households}已经办理，我家一直被拖着，问${s.township}也说不清楚`,
    ],
    reasons: [
      () => '被征地农民社会保障费用应当足额纳入征地补偿安置费用',
      () => '年纪大了没地种，只能靠养老保险过日子',
      () => '同村同批被征地，不能一部分人办一部分人不办',
    ],
    findings: {
      supported: (s) =>
        `信访人家庭承包地已于${s.earlier}全部被征收，符合被征地农民参保条件，因${s.township}报送名单时遗漏未能参保，反映情况属实`,
      explained: (s) =>
        `信访人家庭尚保留部分承包地，人均耕地未低于当地规定标准，不属于${s.project}被征地农民社会保障对象，可按城乡居民养老保险参保`,
      notSupported: () =>
        '信访人已于征地当年办理被征地农民养老保险并领取待遇，社保经办机构有参保记录，反映的情况与事实不符',
    },
    measure: (s) =>
      `由${s.township}补报参保名单，社保经办机构在15个工作日内为信访人办理参保并补缴政府承担部分`,
    basis: '《中华人民共和国土地管理法》第四十八条、《中华人民共和国社会保险法》第九十六条',
  },
  {
    key: 'land.illegalRequisition',
    category: 'landAcquisition',
    subcategory: '违法征占土地',
    matterClass: 'accusation',
    weight: 2,
    accuses: 'township',
    titles: [
      (s) => `反映${s.township}未经批准强行征占${s.village}耕地`,
      (s) => `举报${s.township}违规占用基本农田建设${s.project}`,
      (s) => `${s.village}耕地未批先占问题`,
    ],
    demands: [
      () => '要求查处违法占地行为，恢复耕地原状，追究相关人员责任',
      () => '请求上级部门调查未批先征的问题，把地退还给村民',
      () => '希望依法处理违规占地，还我们承包地',
    ],
    facts: [
      (s) =>
        `${s.since}，${s.township}在未取得用地批准文件的情况下，组织施工队推平${s.village}${s.area}耕地，用于${s.project}前期施工`,
      (s) =>
        `${s.since}开始，${s.township}叫来挖掘机把${s.village}的${s.area}地推了，说是搞${s.project}，村民问批文，镇里拿不出来`,
      (s) =>
        `${s.village}有${s.area}基本农田，${s.since}被${s.township}用于${s.project}施工，没有征收公告也没有补偿协议`,
    ],
    reasons: [
      () => '未经批准占用耕地属于违法行为，基本农田受法律特别保护',
      () => '地是农民的命根子，没手续就占地说不过去',
      () => '征地必须依法报批、公告并签订补偿协议，程序一样都不能少',
    ],
    findings: {
      supported: (s) =>
        `${s.project}在用地手续未获批准前即开工建设，占用${s.village}耕地${s.area}，构成未批先占，信访人反映情况属实`,
      explained: (s) =>
        `${s.project}已取得农用地转用和土地征收批复，因征收公告张贴位置不显著，村民未及时知悉，施工本身并无违法`,
      notSupported: (s) =>
        `${s.project}用地已于${s.earlier}依法取得批准文件并发布征收公告，补偿协议已签订，不存在未批先占问题`,
    },
    measure: (s) =>
      `责令立即停止施工、恢复耕地种植条件，对${s.township}相关责任人依规问责，并依法补办用地手续、兑现补偿`,
    basis: '《中华人民共和国土地管理法》第四十四条、第七十七条',
  },
  {
    key: 'demolition.resettlement',
    category: 'urbanDemolition',
    subcategory: '安置房交付',
    matterClass: 'grievance',
    weight: 4,
    group: true,
    titles: [
      (s) => `${s.project}拆迁安置房逾期未交付`,
      (s) => `反映${s.road}片区拆迁户安置房迟迟不能入住`,
      (s) => `要求按协议交付${s.project}回迁安置房`,
    ],
    demands: [
      (s) => `要求按照安置协议交付${s.floorArea}安置房，并支付逾期交房期间的临时安置补助费`,
      () => '请求督促开发单位尽快交房，拖欠的过渡费要补发',
      () => '希望政府兑现拆迁时的承诺，让我们早日搬进安置房，过渡费按月发放',
    ],
    facts: [
      (s) =>
        `${s.earlier}签订房屋征收安置协议，约定由${s.developer}建设安置房，一年半内交房，至今已逾期${s.months}，临时安置补助费自${s.since}起停发`,
      (s) =>
        `我家老房子在${s.earlier}拆了，协议上写的是一年半交安置房，现在超期${s.months}还没交，${s.developer}说资金紧张，过渡费也从${s.since}开始不发了`,
      (s) =>
        `${s.road}片区${s.households}拆迁户都在外面租房，${s.project}的安置房主体完工后就停工了，已经超过协议交房时间${s.months}`,
    ],
    reasons: [
      () => '征收部门应当按照补偿协议履行交房义务，逾期应当继续支付临时安置费',
      () => '在外租房开支大，老人孩子跟着来回搬家，生活很困难',
      () => '拆迁户配合了征收工作，政府和开发单位应当守信',
    ],
    findings: {
      supported: (s) =>
        `${s.project}安置房因${s.developer}资金链紧张停工，已逾期${s.months}未交付，临时安置补助费自${s.since}起停发，信访人反映情况属实`,
      explained: (s) =>
        `${s.project}安置房已竣工，正在进行消防和竣工验收，预计三个月内交付；逾期期间的临时安置补助费已列入预算，将一并补发`,
      notSupported: (s) =>
        `信访人已选择货币补偿方式并于${s.earlier}领取全部补偿款，不属于${s.project}产权调换安置对象，无权要求交付安置房`,
    },
    measure: (s) =>
      `由房屋征收部门督促${s.developer}限期复工，${s.months}内完成交房；逾期期间的临时安置补助费由征收部门先行垫付`,
    basis: '《国有土地上房屋征收与补偿条例》第二十二条、第二十五条',
  },
  {
    key: 'demolition.standard',
    category: 'urbanDemolition',
    subcategory: '征收补偿标准',
    matterClass: 'grievance',
    weight: 4,
    titles: [
      (s) => `对${s.project}房屋征收评估价格有异议`,
      (s) => `反映${s.road}旧房征收补偿标准偏低`,
      (s) => `要求重新评估${s.project}被征收房屋价值`,
    ],
    demands: [
      (s) => `要求对本人${s.floorArea}住房重新评估，按同地段新建商品房价格给予补偿`,
      () => '请求另选评估机构重新评估，补偿标准要参照周边房价',
      () => '希望提高征收补偿标准，重新评估我家的房子',
    ],
    facts: [
      (s) =>
        `本人位于${s.road}的${s.floorArea}住房被列入${s.project}征收范围，评估单价明显低于周边同类房屋成交价，评估报告未送达本人`,
      (s) =>
        `我家在${s.road}的老房子${s.floorArea}，${s.project}给的评估价比旁边二手房低了三成，评估报告也没有给我看过`,
      (s) =>
        `${s.project}征收${s.road}一带房屋，我家${s.floorArea}只评了很低的价，周边房子都卖得比这个高，评估公司是开发单位指定的`,
    ],
    reasons: [
      () => '被征收房屋价值的补偿不得低于类似房地产的市场价格',
      () => '按这个价格拿了补偿款在附近根本买不到房',
      () => '评估机构应当由被征收人协商选定，评估结果应当公开',
    ],
    findings: {
      supported: (s) =>
        `${s.project}评估机构未按规定由被征收人协商选定，且未向信访人送达分户评估报告，评估程序存在瑕疵`,
      explained: (s) =>
        `${s.project}评估机构系被征收人投票选定，评估方法符合规定；评估价格与周边成交价差异主要系房屋建成年代和结构不同所致，信访人可依法申请复核评估`,
      notSupported: (s) =>
        `${s.project}评估程序合法，分户评估报告已于${s.since}留置送达，信访人未在规定期限内申请复核评估，评估价格不低于同期类似房地产市场价格`,
    },
    measure: () =>
      '由房屋征收部门组织信访人重新协商选定评估机构，对其房屋重新评估，并依评估结果调整补偿金额',
    basis: '《国有土地上房屋征收与补偿条例》第十九条、第二十条',
  },
  {
    key: 'demolition.forced',
    category: 'urbanDemolition',
    subcategory: '违法强拆',
    matterClass: 'accusation',
    weight: 1,
    accuses: 'cg',
    titles: [
      (s) => `举报${s.road}房屋被违法强制拆除`,
      (s) => `反映城管执法人员未经程序拆除${s.village}住房`,
      (s) => `${s.road}门面房被强拆问题`,
    ],
    demands: [
      () => '要求查处违法强拆行为，赔偿房屋和屋内物品损失，追究执法人员责任',
      () => '请求调查强拆的事，给我们一个说法并赔偿损失',
      () => '希望上级部门纠正违法拆除行为，依法赔偿',
    ],
    facts: [
      (s) =>
        `${s.since}，城市管理综合执法人员以违章建筑为由，在未作出书面拆除决定、未进行公告的情况下，强行拆除本人位于${s.road}的${s.floorArea}房屋`,
      (s) =>
        `${s.since}一天早上，城管来了几十个人，没有出示任何文书，就把我家在${s.road}的房子推了，屋里的东西也没让搬`,
      (s) =>
        `我家${s.road}的房子有合法手续，${s.since}被城管以违建名义拆掉，事先没有告知，也没有给陈述申辩的机会`,
    ],
    reasons: [
      () => '强制拆除应当依法作出决定并予以公告，当事人享有陈述申辩和救济的权利',
      () => '房子是一家人住了十几年的，说拆就拆，财产损失没人管',
      () => '执法必须讲程序，不能以罚代管、以拆代管',
    ],
    findings: {
      supported: () =>
        '执法部门在作出限期拆除决定后，未经公告和催告即实施拆除，程序违法，信访人反映情况属实',
      explained: () =>
        '被拆除建筑系未取得规划许可的违法建筑，执法部门已作出限期拆除决定并公告，但现场清点屋内物品不够细致，引发信访人不满',
      notSupported: () =>
        '被拆除建筑系违法建筑，执法部门依法作出限期拆除决定、公告并催告后实施拆除，全程有执法记录，程序合法',
    },
    measure: () =>
      '责令执法部门对违反程序的行为作出书面说明，依法对信访人屋内物品损失予以赔偿，并对相关执法人员批评教育',
    basis: '《中华人民共和国行政强制法》第三十五条、第四十四条',
    legalRoute: '可依法申请行政复议或提起行政诉讼',
  },
  {
    key: 'environment.wastewater',
    category: 'environment',
    subcategory: '水污染',
    matterClass: 'accusation',
    weight: 4,
    group: true,
    titles: [
      (s) => `反映${s.factory}偷排废水污染河道`,
      (s) => `举报${s.village}附近企业夜间排污`,
      (s) => `${s.township}${s.village}河道污染问题`,
    ],
    demands: [
      () => '要求依法查处企业偷排废水行为，责令停产整改，对河道进行治理',
      () => '请求环保部门晚上来查一查，把排污的厂子管住',
      () => '希望依法处理偷排企业，还村民一条干净的河',
    ],
    facts: [
      (s) =>
        `自${s.since}起，${s.factory}每周有两三个晚上通过暗管向${s.village}河道排放废水，河水发黑发臭并有泡沫，下游农田灌溉受到影响`,
      (s) =>
        `${s.village}边上的${s.factory}从${s.since}开始总在半夜排水，河里漂着泡沫，气味很大，鱼也死了不少`,
      (s) =>
        `${s.factory}晚上偷偷排污，${s.since}以来${s.village}那段河道一直是黑水，村民拍了视频，附近庄稼浇了水就发黄`,
    ],
    reasons: [
      () => '企业偷排废水违反环境保护法律，损害群众身体健康',
      () => '村里人畜饮水和浇地都靠这条河',
      () => '环境问题拖不起，再不管河就废了',
    ],
    findings: {
      supported: (s) =>
        `执法人员夜间突击检查，发现${s.factory}通过雨水管网排放未经处理的生产废水，取样检测化学需氧量超标，信访人反映情况属实`,
      explained: (s) =>
        `${s.factory}废水处理设施运行正常，排放口在线监测数据达标；河道异味系上游生活污水管网破损渗漏所致，已移交${s.township}组织维修`,
      notSupported: (s) =>
        `执法人员三次夜间检查及在线监测均未发现${s.factory}超标排放或暗管偷排行为，河道水质监测结果符合功能区标准`,
    },
    measure: (s) =>
      `对${s.factory}依法立案处罚并责令停产整改，封堵违规排口，整改完成前不得恢复生产，并对河道受污染段进行清淤`,
    basis: '《中华人民共和国水污染防治法》第三十九条、第八十三条',
  },
  {
    key: 'environment.laxEnforcement',
    category: 'environment',
    subcategory: '环境监管不力',
    matterClass: 'accusation',
    weight: 1,
    accuses: 'sthj',
    titles: [
      (s) => `反映${s.place}生态环境部门对${s.factory}污染查处不力`,
      (s) => `举报环保部门对${s.factory}违法排污长期不作为`,
      (s) => `${s.factory}污染问题多次举报未处理`,
    ],
    demands: [
      () => '要求上级环保部门直接调查，查处企业违法排污，追究监管人员失职责任',
      () => '请求上级部门来管一管，当地环保局不作为',
      () => '希望上级督办，把污染企业和不作为的人都处理了',
    ],
    facts: [
      (s) =>
        `${s.factory}自${s.earlier}以来多次被群众举报排放刺鼻废气和废水，当地生态环境分局每次检查都称达标，污染一直未得到解决，疑有监管人员包庇`,
      (s) =>
        `我们从${s.earlier}开始就向区里环保部门举报${s.factory}排污，打过十几次电话，每次都说来查了没问题，可是气味一直都在`,
      (s) =>
        `${s.factory}的污染问题反映了一年多，属地环保部门检查前总有人通风报信，企业检查时停产，检查后照排`,
    ],
    reasons: [
      () => '环保部门依法负有监管职责，长期不作为损害群众利益',
      () => '举报了那么多次都没用，只能找上级',
      () => '监管人员失职渎职应当追责',
    ],
    findings: {
      supported: (s) =>
        `上级生态环境部门直接组织突击检查，发现${s.factory}存在超标排放问题，属地生态环境分局此前的检查流于形式，信访人反映情况基本属实`,
      explained: (s) =>
        `属地生态环境分局对${s.factory}的历次检查均有记录和监测报告，企业排放达标；群众感受到的异味系企业原料储存不规范所致，已责令整改`,
      notSupported: (s) =>
        `经调阅属地生态环境分局执法档案并异地抽调执法人员复查，${s.factory}排放符合标准，未发现监管人员失职和通风报信情况`,
    },
    measure: (s) =>
      `由上级生态环境部门对${s.factory}立案查处并挂牌督办，对属地生态环境分局相关责任人移送纪检监察机关处理`,
    basis: '《中华人民共和国环境保护法》第十条、第六十八条',
  },
  {
    key: 'environment.noise',
    category: 'environment',
    subcategory: '噪声污染',
    matterClass: 'grievance',
    weight: 3,
    titles: [
      (s) => `${s.estate}周边工地夜间施工噪音扰民`,
      (s) => `反映${s.contractor}夜间违规施工`,
      (s) => `${s.road}工地噪声影响居民休息`,
    ],
    demands: [
      () => '要求依法查处夜间违规施工行为，晚十点后禁止高噪声作业',
      () => '请求管一管晚上施工的工地，让居民能睡个好觉',
      () => '希望相关部门制止夜间施工扰民',
    ],
    facts: [
      (s) =>
        `${s.contractor}承建的${s.road}工地自${s.since}起经常在夜间十点以后进行混凝土浇筑和打桩作业，噪声很大，${s.estate}居民无法正常休息`,
      (s) =>
        `${s.estate}旁边的工地从${s.since}开始天天干到半夜，打桩机声音特别响，老人小孩都睡不着`,
      (s) =>
        `${s.road}工地晚上施工，噪声一直持续到凌晨，${s.estate}业主多次打电话投诉，施工单位说有夜间施工许可`,
    ],
    reasons: [
      () => '夜间施工应当取得证明并公告，不得产生超标噪声扰民',
      () => '长期睡不好觉，严重影响身体健康和上班上学',
      () => '工地赶工期不能以牺牲居民休息为代价',
    ],
    findings: {
      supported: (s) =>
        `${s.contractor}未办理夜间施工证明即在夜间作业，现场监测噪声超过标准限值，信访人反映情况属实`,
      explained: (s) =>
        `${s.contractor}的夜间施工系混凝土连续浇筑工艺所需，已办理夜间施工证明并公告，但未采取有效降噪措施，已责令整改`,
      notSupported: (s) =>
        `经多次夜间巡查和噪声监测，${s.road}工地夜间十点后已停止施工，未发现违规作业`,
    },
    measure: (s) => `对${s.contractor}依法处罚，责令夜间停止高噪声作业，并安排执法人员夜间巡查`,
    basis: '《中华人民共和国噪声污染防治法》第四十三条',
  },
  {
    key: 'environment.odour',
    category: 'environment',
    subcategory: '大气污染',
    matterClass: 'grievance',
    weight: 2,
    group: true,
    titles: [
      (s) => `${s.factory}排放刺鼻气体影响周边居民`,
      (s) => `反映${s.village}附近工厂废气扰民`,
      (s) => `${s.estate}居民反映空气异味问题`,
    ],
    demands: [
      () => '要求对企业废气排放进行监测，督促安装治理设施，超标即停产',
      () => '请求查一查工厂排的废气，还居民新鲜空气',
      () => '希望环保部门对工厂废气严格监管',
    ],
    facts: [
      (s) =>
        `${s.factory}位于${s.village}上风向，自${s.since}以来，每到傍晚即排放刺鼻气体，${s.estate}居民普遍出现咽喉不适`,
      (s) => `一到晚上就闻到${s.factory}那边飘过来的怪味，${s.since}以后越来越重，窗户都不敢开`,
      (s) => `${s.estate}离${s.factory}不到一公里，${s.since}起经常有刺鼻气味，很多居民咳嗽、头晕`,
    ],
    reasons: [
      () => '排放大气污染物应当符合排放标准',
      () => '家里有老人小孩，天天闻这个味道受不了',
      () => '企业赚钱不能损害周边居民健康',
    ],
    findings: {
      supported: (s) =>
        `对${s.factory}废气排放口监督性监测显示非甲烷总烃超标，废气收集设施破损未修复，信访人反映情况属实`,
      explained: (s) =>
        `${s.factory}废气排放监测达标，异味主要来自无组织排放，企业已承诺在三个月内完成车间密闭改造`,
      notSupported: (s) =>
        `${s.factory}自${s.since}起已停产检修，异味系周边农户焚烧秸秆所致，与企业无关`,
    },
    measure: (s) =>
      `对${s.factory}依法处罚，责令限期完成废气治理设施修复，并将其纳入重点排污单位加强监测`,
    basis: '《中华人民共和国大气污染防治法》第十八条、第九十九条',
  },
  {
    key: 'enterprise.layoff',
    category: 'enterpriseRestructuring',
    subcategory: '改制职工安置',
    matterClass: 'grievance',
    weight: 3,
    group: true,
    titles: [
      (s) => `${s.stateEnterprise}改制职工经济补偿金未兑现`,
      (s) => `反映${s.stateEnterprise}改制时职工身份置换补偿不到位`,
      (s) => `${s.stateEnterprise}原职工要求落实改制安置政策`,
    ],
    demands: [
      (s) => `要求按改制方案支付${s.years}工龄的经济补偿金，补缴改制前欠缴的社会保险费`,
      () => '请求兑现当年改制时承诺的补偿金，社保欠费要补上',
      () => '希望落实改制职工安置政策，把该给的补偿给我们',
    ],
    facts: [
      (s) =>
        `${s.stateEnterprise}于${s.earlier}实施改制，职工安置方案经职代会通过，约定按工龄支付经济补偿金，本人工龄${s.years}，至今未领到补偿，改制前欠缴社保也未补缴`,
      (s) =>
        `我在${s.stateEnterprise}干了${s.years}，厂子${s.earlier}改制，说好按工龄给补偿，到现在一分没见，社保也断了好几年`,
      (s) =>
        `${s.stateEnterprise}改制后，${s.workers}职工的经济补偿一直没有兑现，改制企业说原企业的账不归它管`,
    ],
    reasons: [
      () => '国有企业改制应当妥善安置职工，依法支付经济补偿',
      () => '为厂里干了大半辈子，改制不能把工人撂下不管',
      () => '改制方案是职代会通过的，应当按方案执行',
    ],
    findings: {
      supported: (s) =>
        `${s.stateEnterprise}改制方案确定的职工经济补偿金尚有部分未支付，涉及信访人在内的${s.workers}职工，信访人反映情况属实`,
      explained: (s) =>
        `${s.stateEnterprise}改制经济补偿金已按方案计算并经职工签字确认，信访人所称差额系其对工龄计算起点理解有误；欠缴社保已列入改制成本，正在分批补缴`,
      notSupported: (s) =>
        `信访人已于${s.earlier}与${s.stateEnterprise}解除劳动关系并领取经济补偿金，有本人签字的领款凭证，不属于改制时在册职工`,
    },
    measure: (s) =>
      `由国资监管机构督促${s.stateEnterprise}改制承接单位在三个月内支付经济补偿金并补缴社会保险费`,
    basis: '《中华人民共和国劳动合同法》第四十六条、《中华人民共和国企业国有资产法》第四十一条',
  },
  {
    key: 'enterprise.bankruptcy',
    category: 'enterpriseRestructuring',
    subcategory: '破产企业职工债权',
    matterClass: 'grievance',
    weight: 2,
    group: true,
    tell: 'court',
    legalRoute: '可向受理破产案件的人民法院申报职工债权或提起诉讼',
    titles: [
      (s) => `${s.company}破产后拖欠职工工资和社保`,
      (s) => `反映${s.company}破产清算中职工债权未清偿`,
      (s) => `${s.company}原职工追讨欠薪`,
    ],
    demands: [
      (s) => `要求优先清偿所欠职工工资${s.wage}及社会保险费`,
      () => '请求破产管理人先把工人的工资发了',
      () => '希望在破产财产分配中先保障职工工资和社保',
    ],
    facts: [
      (s) =>
        `${s.company}于${s.since}进入破产清算程序，拖欠本人工资${s.wage}和十余个月社保，管理人公布的债权表中职工债权登记不全`,
      (s) =>
        `${s.company}${s.since}破产了，欠我工资${s.wage}，社保也停缴一年了，管理人说要等资产卖了才能分`,
      (s) =>
        `${s.company}有${s.workers}工人被欠薪，公司进了破产程序，职工债权清单里漏了好几个月的工资`,
    ],
    reasons: [
      () => '破产财产应当优先清偿职工工资和社会保险费用',
      () => '家里等着这笔钱过日子',
      () => '职工债权优先受偿是法律规定',
    ],
    findings: {
      supported: (s) =>
        `${s.company}破产管理人公示的职工债权清单遗漏信访人两个月工资，管理人已确认并更正`,
      explained: (s) =>
        `${s.company}破产案件正在人民法院审理中，职工债权已依法列入第一顺序清偿，待破产财产变价后统一分配`,
      notSupported: () =>
        '信访人主张的工资差额系其与公司之间的奖金争议，不属于职工工资债权，应通过诉讼途径解决',
    },
    measure: (s) => `协调${s.company}破产管理人更正职工债权清单，并在第一次分配中优先清偿`,
    basis: '《中华人民共和国企业破产法》第四十八条、第一百一十三条',
  },
  {
    key: 'law.enforcement',
    category: 'lawAndLitigation',
    subcategory: '执行难',
    matterClass: 'grievance',
    weight: 3,
    tell: 'court',
    legalRoute: '可向作出判决的人民法院申请强制执行或提出执行异议',
    titles: [
      () => '胜诉判决长期得不到执行',
      (s) => `反映${s.contractor}拒不履行生效判决`,
      () => '要求法院加大执行力度',
    ],
    demands: [
      (s) => `要求法院依法强制执行生效判决，追回欠款${s.amount}`,
      () => '请求督促法院尽快执行，官司赢了钱却拿不到',
      () => '希望对拒不履行判决的被执行人依法采取措施',
    ],
    facts: [
      (s) =>
        `本人与${s.contractor}工程款纠纷一案，法院于${s.earlier}判决对方支付${s.amount}，判决生效后对方拒不履行，申请强制执行已一年多无实质进展`,
      (s) =>
        `${s.earlier}我打赢了和${s.contractor}的官司，判决让他们给我${s.amount}，申请执行后到现在一分钱没拿到`,
      (s) =>
        `生效判决确定${s.contractor}应付本人${s.amount}，执行法官说查不到财产，可是对方公司一直在承接工程`,
    ],
    reasons: [
      () => '生效法律文书应当得到执行，拒不履行应依法惩戒',
      () => '打官司花了不少钱，判了不执行等于白打',
      () => '对方明明有钱有项目，不是执行不了',
    ],
    findings: {
      supported: (s) =>
        `执行法院经重新调查，发现${s.contractor}有应收工程款可供执行，已依法冻结并扣划，信访人反映的执行不力情况属实`,
      explained: (s) =>
        `执行法院已对${s.contractor}采取查询、冻结、限制高消费等措施，因其名下暂无可供执行财产而终结本次执行，发现财产后可随时恢复执行`,
      notSupported: () =>
        '执行法院已穷尽财产调查措施，执行程序合法，申请人提出的财产线索经核查不属于被执行人所有',
    },
    measure: (s) =>
      `由政法委督促执行法院对${s.contractor}恢复执行，将其纳入失信被执行人名单，并在30日内向信访人告知执行进展`,
    basis: '《中华人民共和国民事诉讼法》第二百四十七条',
  },
  {
    key: 'law.policeInaction',
    category: 'lawAndLitigation',
    subcategory: '执法不作为',
    matterClass: 'accusation',
    weight: 2,
    accuses: 'ga',
    titles: [
      () => '报警后派出所不立案不处理',
      (s) => `反映${s.township}派出所对殴打案件处理不公`,
      () => '举报公安机关对报案久拖不决',
    ],
    demands: [
      () => '要求依法立案侦查，追究打人者责任，对办案民警不作为问题进行调查',
      () => '请求上级督促派出所把案子查清，给个公道',
      () => '希望纠正派出所的不作为，依法处理打人的人',
    ],
    facts: [
      (s) =>
        `${s.since}，本人在${s.road}被${s.neighbour}等人殴打致轻微伤，当即报警，派出所至今未作出处理决定，也未告知办理进展`,
      (s) =>
        `${s.since}我在${s.road}被人打了，报了警，做了笔录和伤情鉴定，派出所说在调查，几个月过去了打人的人还在外面`,
      (s) =>
        `被${s.neighbour}殴打的事，${s.township}派出所一直拖着不处理，去问就说等通知，验伤报告出来很久了`,
    ],
    reasons: [
      () => '公安机关接到报案应当及时受理并依法处理',
      () => '被打了还要自己跑来跑去，打人的人却没事',
      () => '办案拖延损害了群众对执法的信任',
    ],
    findings: {
      supported: (s) =>
        `该案受案后办案民警因工作调整未及时移交，超过法定办案期限未作处理，信访人反映情况属实；已对${s.neighbour}依法作出治安处罚`,
      explained: () =>
        '派出所已依法受案调查，因双方对事发经过陈述不一、缺少监控视频，正在补充调取证据；已向信访人书面告知办理进展',
      notSupported: (s) =>
        `派出所已于${s.since}对该纠纷依法作出调解处理，双方签订调解协议，信访人所称未处理与事实不符`,
    },
    measure: () => '由政法委督促公安机关在15日内依法作出处理决定，并对办案超期问题进行内部督察',
    basis: '《中华人民共和国治安管理处罚法》第七十七条、第九十九条',
    legalRoute: '可依法申请行政复议或提起行政诉讼',
  },
  {
    key: 'law.legalAid',
    category: 'lawAndLitigation',
    subcategory: '法律服务',
    matterClass: 'grievance',
    weight: 1,
    leadCode: 'sf',
    titles: [
      () => '申请法律援助被拒',
      () => '反映律师收费后不尽职履职',
      () => '要求为农民工讨薪案件提供法律援助',
    ],
    demands: [
      () => '要求法律援助机构依法为本人指派律师，代理追讨劳动报酬案件',
      () => '请求给我派个援助律师，我请不起律师',
      () => '希望司法行政部门为困难群众提供法律援助',
    ],
    facts: [
      (s) =>
        `本人在${s.contractor}务工被拖欠工资${s.wage}，${s.since}向法律援助中心申请援助，被以材料不全为由拒绝`,
      (s) =>
        `我被欠了${s.wage}工资，想起诉但没钱请律师，${s.since}去法律援助中心申请，他们让回去等，后来又说不符合条件`,
      (s) =>
        `${s.since}申请法律援助，追讨${s.contractor}欠薪${s.wage}，援助中心一直没有答复是否受理`,
    ],
    reasons: [
      () => '农民工请求支付劳动报酬申请法律援助，不受经济困难条件限制',
      () => '自己不懂法律，没有律师帮忙官司打不下来',
      () => '法律援助是政府的责任',
    ],
    findings: {
      supported: () =>
        '信访人申请事项属于法律援助范围，援助中心以材料不全为由不予受理不当，已当场受理并指派律师',
      explained: () =>
        '援助中心要求信访人补充劳动关系证明材料，已一次性告知所需材料清单，材料补齐后即予受理',
      notSupported: () => '信访人的案件已由其自行委托的律师代理并已立案，不再符合法律援助条件',
    },
    measure: () => '责成法律援助中心在3个工作日内受理并指派律师，对工作人员告知不到位问题批评教育',
    basis: '《中华人民共和国法律援助法》第三十二条',
  },
  {
    key: 'law.retrial',
    category: 'lawAndLitigation',
    subcategory: '诉讼类',
    matterClass: 'grievance',
    weight: 2,
    tell: 'court',
    legalRoute: '可依法向作出生效裁判的人民法院或其上一级人民法院申请再审',
    titles: [
      () => '不服法院民事判决要求改判',
      (s) => `反映与${s.neighbour}宅基地纠纷判决不公`,
      () => '要求重新审理房屋买卖合同纠纷案',
    ],
    demands: [
      () => '要求撤销原判决，重新审理本案',
      () => '请求上级法院把案子重新审一遍，判决不公平',
      () => '希望纠正错误判决，维护合法权益',
    ],
    facts: [
      (s) =>
        `本人与${s.neighbour}宅基地使用权纠纷一案，法院于${s.earlier}作出判决，认定事实错误，二审维持原判`,
      (s) =>
        `我和${s.neighbour}因为宅基地边界打官司，${s.earlier}判了我输，证据明明在我这边，上诉也没用`,
      (s) => `${s.earlier}的判决没有采纳我提交的老地契，把我家的宅基地判给了${s.neighbour}`,
    ],
    reasons: [
      () => '原审认定事实不清，证据不足',
      () => '判决不公，心里不服',
      () => '有新证据足以推翻原判决',
    ],
    findings: {
      supported: () => '经审查，信访人提交的新证据可能影响原判决结果，已引导其依法申请再审',
      explained: () =>
        '该纠纷已经人民法院两审终审，信访人对判决不服，应当依法通过申请再审途径解决，已做好释法说理',
      notSupported: () => '该纠纷已经两审终审并经再审审查驳回，信访人提出的理由不足以启动再审程序',
    },
    measure: () => '引导信访人依法向人民法院申请再审，并由司法行政部门提供法律咨询',
    basis: '《中华人民共和国民事诉讼法》第二百一十条',
  },
];
