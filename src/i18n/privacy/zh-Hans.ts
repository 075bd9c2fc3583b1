import type { PrivacyMessages } from './en';

export const privacyZhHans: PrivacyMessages = {
  link: '隐私',
  title: '您的隐私',
  intro: '本目录这样设计，是为了不让任何人知道您在找什么。本页准确说明它会发送什么、在这台设备上保存什么，以及怎样删除。',
  sentHeading: '发送什么，发给谁',
  sentApp: (host: string) =>
    `发给 ${host}（提供本应用的网站）：请求本应用自己的文件（代码、条目和翻译）。您的搜索、筛选条件和地点写在网址里 # 号的后面，浏览器从不发送这一部分，所以它们不会被发送。`,
  sentTiles: (host: string, switchName: string) =>
    `只在地图图片开启时，发给 ${host}（地图图片服务器）：您屏幕上的地图方块，可以大致看出您在看哪个区域，同时还有您的网络（IP）地址和本网站的名称。要停止发送，请在地图下方选择“${switchName}”。`,
  sentLinks:
    '当您打开条目的网站、拨打电话、发送电子邮件或查看路线时，那个网站、您的电话公司、您的电子邮件服务或您的地图应用会知道，和任何链接一样。路线发送的是服务的地址，不是您的地址。',
  sentNothingElse: '没有别的了：没有 cookie，没有帐户，没有访问统计，没有广告，也没有来自其他网站的字体或脚本。',
  locationHeading: '您的位置',
  location:
    '只有当您点“使用我的位置”时，才会读取您的位置。位置留在这个浏览器里，会取整到大约 100 米（一个街区），只用来计算距离。它绝不会被发送。',
  storedHeading: '这台设备上保存什么',
  storedIntro: '只保存您做的选择，这样下次还在：',
  storedChoices: {
    language: '您的语言',
    tilesOff: '地图图片已关闭',
    mapApp: '您用来查路线的地图应用',
    printList: '您的打印清单',
  },
  storedNow: '现在保存的有：',
  storedNothing: '这台设备上现在没有保存任何选择。',
  storedOffline: '还会保存一份本应用和条目的副本，这样没有网络也能使用。',
  notStored: '本应用不保存搜索和地点。和任何网站一样，您的浏览器历史记录会列出您访问过的页面：隐私窗口或无痕窗口不会保存任何记录。',
  clear: '全部清除',
  clearHint: '从这台设备上删除您保存的选择、您的打印清单和离线副本。',
  cleared: '完成。本应用现在没有在这台设备上保存任何东西。',
  openDataHeading: '开放数据',
  openData: (date: string) =>
    `这些服务条目以 Open Referral HSDS 3.0 格式作为开放数据发布，其他目录和 211 服务都能读取，以便使用并发送更正。条目截至 ${date}。`,
  openDataLink: '开放数据文件',
  openDataLicence: '这些条目尚未选定许可证：转载前请先询问本项目。HSDS 表格定义属于 Open Referral，采用 CC BY-SA 4.0 许可。',
};
