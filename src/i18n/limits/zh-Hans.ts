import type { LimitsMessages } from './en';

/** Chinese has no plural forms: the measure word 项 serves every number. */
export const limitsZhHans: LimitsMessages = {
  outsideChicago: (place) => `${place} 不在芝加哥。本目录只收录芝加哥的服务：离您最近的排在最前面。`,
  outsideHelp: '如需您所在地的帮助，请拨打：',
  languagesStated: (stated, total) => `在 ${total} 项服务中，有 ${stated} 项注明了使用哪些语言。`,
  interpreter: '其他服务也可能通过口译员提供帮助：请打电话询问。',
};
