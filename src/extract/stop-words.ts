/**
 * Small, general stop-lists. Deliberately short (large lists contain `system`, `group`, `例如`, `等`, which are
 * parts of real terms or the cues of our patterns) and applied only after the pattern passes. Nothing here
 * names a domain: these are words of the language and of document structure.
 */

/** Chinese function and generic words that are never concepts on their own. */
export const ZH_STOP = new Set(
  (
    '我们 你们 他们 它们 我 你 他 她 它 这 那 这个 那个 这些 那些 这种 那种 这样 那样 自己 什么 怎么 如何 为什么 哪些 ' +
    '可以 能够 可能 需要 应该 必须 使用 利用 通过 进行 实现 提供 包括 具有 拥有 没有 存在 成为 作为 得到 ' +
    '一个 一种 一些 一样 一套 一台 一般 每个 各种 所有 整个 多个 单个 其他 其它 任何 许多 很多 诸多 ' +
    '非常 比较 更加 特别 十分 已经 正在 还是 或者 而且 并且 因为 所以 因此 但是 然后 如果 虽然 尽管 由于 ' +
    '用户 技术 方式 方法 问题 情况 时候 时间 东西 部分 方面 内容 过程 结果 目的 作用 特点 优点 缺点 ' +
    '区别 比较 例子 例如 比如 简介 介绍 概述 总结 小结 前言 引言 目录 附录 参考 笔记 说明 注意 ' +
    '不同 相同 相关 简单 复杂 重要 主要 基本 常见 通常 一切 地方 事情 能力 环境 工作 世界 代码 ' +
    // Words about the argument (the cost, the reason, the point), like 结果 问题 目的 above.
    '代价 好处 坏处 原因 意义 关键 难点 重点 ' +
    // Labels the writer puts on a remark (举例：, 结论：, 提示：), like 注意 and 总结 above.
    '举例 结论 提示'
  ).split(' '),
);

/** English words too general to be concepts on their own (they may still be part of a multi-word term). */
export const EN_STOP = new Set(
  (
    'a an the this that these those it its we you they he she i our your their his her my me us them ' +
    'is are was were be been being am do does did have has had can could will would shall should may might must ' +
    'and or but if then else when while for to of in on at by with from as into onto about over under than so not no ' +
    'all any each every some many much more most other such same own only also just very too quite ' +
    'what which who whom whose why how where there here ' +
    // Indefinite pronouns (`Everything is a trade-off`, `fetch something every cycle`). Not nothing: Nothing is a
    // name in code (Haskell's Maybe), as None and Either are.
    'everything something anything everyone someone anyone everybody somebody anybody nobody ' +
    'system systems example examples way ways thing things stuff part parts kind kinds type types lot lots ' +
    'use uses using used user users case cases time times number numbers one two first second new old good ' +
    'make makes made get gets got need needs needed want see note notes page pages section sections ' +
    'introduction overview summary conclusion background reference references appendix contents index readme ' +
    'faq todo preface chapter intro basics misc other others general name names thing idea level step steps ' +
    // The English of 结果 问题 原因 目的 区别 优点 缺点: words about the text's argument, never its subject.
    'result results problem problems issue issues reason reasons goal goals purpose difference differences ' +
    'advantage advantages disadvantage disadvantages benefit benefits drawback drawbacks downside downsides upside ' +
    // The idioms `X and friends`, `X & friends` (X and the things like it), `Y is your friend` (Y helps): never a term.
    'friend friends ' +
    // Labels the writer puts on a remark (`Pros:`, `Caveat:`), never its subject; not cons (a cons cell) nor tip (a branch's).
    'pros caveat caveats gotcha gotchas takeaway takeaways'
  ).split(' '),
);

/**
 * English words that never belong inside a term: determiners, pronouns, auxiliaries, prepositions, conjunctions,
 * adverbs, and the most generic verbs and adjectives (use, make, new, first). Unlike EN_STOP it leaves out the
 * generic nouns (index, level, system), which may head a term (inverted index, isolation level).
 */
export const EN_FUNCTION_WORDS = new Set(
  (
    'a an the this that these those it its we you they he she our your their his her my me us them is are was ' +
    'were be been being am do does did have has had can could will would shall should may might must and or but ' +
    'if then else when while for to of in on at by with from as into onto about over under than so not no all ' +
    'any each every some many much more most other such same own only also just very too quite what which who ' +
    'whom whose why how where there here one two first second new old good lot lots use uses using used make ' +
    'makes made get gets got need needs needed want see thing things stuff way ways around through between ' +
    'within without across after before behind via per against among upon during until since toward towards ' +
    'along beside besides beyond inside outside off up down out again even still already often always never ' +
    'usually both either neither whether because although though unless once twice instead rather almost ' +
    'several few less least ever nor yet everything something anything nothing everyone someone anyone ' +
    'everybody somebody anybody nobody'
  ).split(' '),
);

/**
 * Document-structure titles: a note or section called this is about its parent topic, not a concept.
 * Compared after normalisation.
 */
export const STRUCTURAL_TITLES = new Set(
  (
    '简介 介绍 概述 概念 总结 小结 前言 引言 目录 附录 参考 参考资料 参考文献 笔记 说明 备注 总览 导言 入门 基础 ' +
    '安装 使用 用法 配置 示例 例子 练习 问题 常见问题 特点 优点 缺点 区别 比较 原理 背景 历史 未完成 待办 ' +
    'introduction overview summary conclusion conclusions background references reference appendix notes note ' +
    'contents index readme faq todo preface intro basics getting started usage installation setup examples example misc'
  ).split(' '),
);

/** Chinese grammatical words where a walk back from a parenthetical must stop (they never start a term). */
export const ZH_BOUNDARY = new Set(
  (
    '的 地 得 了 着 过 是 在 和 与 及 或 如 等 对 把 被 将 为 从 向 于 也 叫 称 称为 又称 也称 即 就 都 而 则 ' +
    '个 这 那 其 该 此 每 各 一个 一种 一些 这种 那种 这个 那个 使用 通过 引入 包括 例如 比如 以及 或者 需要 ' +
    '不 没有 有 用 让 使 给 以 由 所 之 中 上 下 里 内 外 叫做 称作 就是 还 又 并 但 却 虽然 因为 所以 可以 能 会 要'
  ).split(' '),
);

const stopMemo = new Map<string, boolean>();

export function isStopWord(text: string): boolean {
  const hit = stopMemo.get(text);
  if (hit !== undefined) return hit;
  const lower = text.normalize('NFKC').toLowerCase().trim();
  const stop = ZH_STOP.has(lower) || EN_STOP.has(lower);
  if (stopMemo.size >= 100_000) stopMemo.clear();
  stopMemo.set(text, stop);
  return stop;
}

/**
 * Head nouns of organisation names (Cloud Native Computing Foundation, Docker, Inc., 中国科学院): an organisation
 * is not a concept of the notes, whatever evidence names it. Words of the language, not names of a domain.
 */
const ORG_EN = /\b(?:foundation|inc|incorporated|corp|corporation|company|co|ltd|llc|gmbh|consortium|association|institute|university|college|committee|council|society|agency|ministry)\.?$/iu;
const ORG_ZH = /\p{Script=Han}{2,}(?:公司|基金会|协会|学会|研究院|研究所|大学|学院|委员会|联盟|集团)$/u;

export function isOrganisationName(text: string): boolean {
  const value = text.trim();
  return /\s/u.test(value) || /\p{Script=Han}/u.test(value) ? ORG_EN.test(value) || ORG_ZH.test(value) : false;
}

/** A Chinese phrase opened by a determiner or numeral + measure word (一套实用工具, 同一个镜像, 这种方式) is a noun phrase, not a name. */
const ZH_QUANTIFIED = /^(?:同一|一|两|几|这|那|每|各|某|该|此|本)[个种套台些类件款只份项条]/u;

export function isQuantifiedPhrase(text: string): boolean {
  return ZH_QUANTIFIED.test(text);
}
