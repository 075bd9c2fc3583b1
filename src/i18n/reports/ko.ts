import type { ReportsMessages } from './en';

export const reportsKo: ReportsMessages = {
  whatIsWrong: "무엇이 틀렸나요?",
  choices: {
    name: "이름",
    location: "주소",
    phones: "전화번호",
    hours: "운영 시간",
    languages: "언어",
    website: "웹사이트",
    status: "문을 닫았습니다",
    other: "기타",
  },
  whatIsRight: "올바른 정보는 무엇인가요? 가능하면 어떻게 알게 되었는지 적어 주세요.",
  sendTo: (address) => `이 메시지를 디렉터리 관리자에게 보내세요: ${address}`,
  noAddress: "이 디렉터리 사본에는 신고를 받을 주소가 없습니다. 메시지를 복사해서 이 앱을 알려 준 사람이나 단체에 전해 주세요.",
  nothingAboutYou: "메시지에는 해당 항목, 작성한 내용, 날짜와 앱 버전만 들어 있고 본인에 관한 정보는 없습니다. 직접 보내기 전에는 아무것도 전송되지 않습니다.",
  suggestWhat: "아는 내용만 적고 나머지는 비워 두세요.",
  share: {
    share: "이 항목 공유",
    copyLink: "링크 복사",
    linkCopied: "링크를 복사했습니다.",
    textMessage: "문자 메시지",
    whatsApp: "WhatsApp",
    shareNote: "이 항목의 링크만 공유합니다. 검색어나 위치는 공유하지 않습니다.",
    copyFailed: "이 브라우저에서 복사할 수 없습니다. 링크를 길게 눌러 복사하세요.",
  },
};
