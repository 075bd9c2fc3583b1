import type { FreshnessMessages } from './en';

export const freshnessZhHans: FreshnessMessages = {
  kinds: {
    'city-list': '市政府名单',
    'official-list': '官方名单',
    'organization-page': '机构网页',
    'government-page': '政府网页',
    news: '新闻报道',
    directory: '名录',
    phone: '已电话确认',
    'other-page': '网页',
  },
  dated: (kind, date) => `${kind}，${date}`,
  undated: (kind) => `${kind}，无日期`,
  warnings: {
    aging: '近期未确认：去之前请先打电话。',
    undated: '来源没有日期：请打电话确认。',
    old: '可能已关闭：请先打电话。',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `这些信息有多旧：在 ${total} 项服务中，${old} 项依据 5 年以前的来源，${aging} 项依据 1 到 5 年前的来源，${undated} 项依据没有日期的网页，${recent} 项依据过去一年的来源。去之前请先打电话。`,
  verifiedOn: (date) => `信息日期：${date}`,
  sourceDated: (date) => `日期：${date}`,
  undatedSource: '无日期',
  closedTitle: '这个地方已经关闭',
  closedOn: (date, source) => `根据${source}，它已于 ${date} 关闭。`,
  closedUndated: (source) => `根据${source}，它已经关闭。`,
  closedUntil: (until) => `至 ${until}`,
  reopeningUnknown: '未说明何时重新开放：请致电确认。',
  closedAdvice: '请重新搜索附近的帮助，或拨打 211。',
  closedPick: (name) => `${name}已关闭，不会打印。`,
};
