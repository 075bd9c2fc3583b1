import type { ReportsMessages } from './en';

export const reportsZhHans: ReportsMessages = {
  whatIsWrong: "哪里有错？",
  choices: {
    name: "名称",
    location: "地址",
    phones: "电话号码",
    hours: "开放时间",
    languages: "语言",
    website: "网站",
    status: "已经关闭",
    other: "其他",
  },
  whatIsRight: "正确的信息是什么？如果可以，请说明您是怎么知道的。",
  sendTo: (address) => `请把这条信息发送给目录的维护人员：${address}`,
  noAddress: "这份目录没有接收报告的地址。请复制这条信息，交给向您分享这个应用的人或团体。",
  nothingAboutYou: "信息中只有该条目、您写的内容、日期和应用版本，没有任何关于您的信息。在您自己发送之前，什么都不会发出。",
  suggestWhat: "填写您知道的内容，其余留空。",
  share: {
    share: "分享这个条目",
    copyLink: "复制链接",
    linkCopied: "链接已复制。",
    textMessage: "短信",
    whatsApp: "WhatsApp",
    shareNote: "只分享这个条目的链接，不包括您的搜索和位置。",
    copyFailed: "此浏览器无法复制：请长按链接进行复制。",
  },
};
