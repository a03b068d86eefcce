// The first paint's strings of the embed: the Embed button and the notices of the URL's `embed`
// key and of the parent's messages, in both languages. Embed mode's own (its source line, "open the
// full map", the gesture hint) load with it (mode-strings.ts), the dialog's with the dialog
// (dialog-strings.ts).
import type { Lang } from '../i18n/strings';

const zh = {
  noticeUnknownEmbed: (v: string) => `嵌入参数“${v}”无效，应为 1 或 0。`,
  noticeBadMessage: '收到嵌入页面发来的无法识别的指令，已忽略。',
  embedButton: '嵌入',
  embedButtonLabel: '获取嵌入代码',
};

type EmbedStrings = typeof zh;

const en: EmbedStrings = {
  noticeUnknownEmbed: (v: string) => `The embed value “${v}” is not valid; use 1 or 0.`,
  noticeBadMessage: 'The page embedding the map sent an instruction the map does not understand; it was ignored.',
  embedButton: 'Embed',
  embedButtonLabel: 'Get the code to embed this map',
};

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = { zh, en };
