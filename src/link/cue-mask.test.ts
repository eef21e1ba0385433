import { describe, expect, it } from 'vitest';
import { CUE_ARROW, CUE_COLON, CUE_CONTRAST, CUE_COPULA, CUE_DEPENDS, CUE_EITHER, CUE_EN_ENUM, CUE_KIND, CUE_NAMING, CUE_NUMBER, CUE_ONE_SIDED, CUE_PARTS, CUE_THAN, CUE_THIS, CUE_YOU, CUE_ZH_ENUM, cueMask } from './cue-mask.js';

const mask = (text: string) => cueMask(text, 0, text.length);

describe('cueMask', () => {
  it('sets the bit of each cue the sentence holds', () => {
    expect(mask('常见的产品有：VMware、KVM') & (CUE_YOU | CUE_COLON)).toBe(CUE_YOU | CUE_COLON);
    expect(mask('例如 Docker') & CUE_ZH_ENUM).toBeTruthy();
    expect(mask('典型是 Docker') & CUE_ZH_ENUM).toBeTruthy();
    expect(mask('EITHER a or b') & CUE_EITHER).toBeTruthy();
    expect(mask('要么 a，要么 b') & CUE_EITHER).toBeTruthy();
    expect(mask('Tools SUCH AS Docker') & CUE_EN_ENUM).toBeTruthy();
    expect(mask('see e.g. Docker') & CUE_EN_ENUM).toBeTruthy();
    expect(mask('divided into') & CUE_KIND).toBeTruthy();
    expect(mask('Docker is\ta tool') & CUE_COPULA).toBeTruthy();
    expect(mask('is called') & CUE_NAMING).toBeTruthy();
    expect(mask('Podman relies on runc') & CUE_DEPENDS).toBeTruthy();
    expect(mask('By contrast, KVM') & (CUE_CONTRAST | CUE_ONE_SIDED)).toBe(CUE_CONTRAST | CUE_ONE_SIDED);
    expect(mask('都属于这一类') & CUE_THIS).toBeTruthy();
    expect(mask('faster THAN X') & CUE_THAN).toBeTruthy();
    expect(mask('不如 X') & CUE_THAN).toBeTruthy();
    expect(mask('X is DIFFERENT from Y') & CUE_ONE_SIDED).toBeTruthy();
    expect(mask('not the same as') & CUE_ONE_SIDED).toBeTruthy();
    expect(mask('VP9 对标 HEVC') & CUE_ONE_SIDED).toBeTruthy();
    expect(mask('由 A 和 B 组成') & CUE_PARTS).toBeTruthy();
    expect(mask('X CONSISTS of') & CUE_PARTS).toBeTruthy();
    expect(mask('is made up of') & CUE_PARTS).toBeTruthy();
    expect(mask('X comprises Y') & CUE_PARTS).toBeTruthy();
    expect(mask('A → B') & CUE_ARROW).toBeTruthy();
    expect(mask('belong to THIS family') & CUE_THIS).toBeTruthy();
    for (const count of ['TWO', 'three', 'Four', 'five', 'six', 'several']) expect(mask(`the ${count} kinds of index are`) & CUE_NUMBER).toBeTruthy();
    expect(mask('最常用的两种平衡树是') & CUE_THIS).toBeTruthy();
  });

  it('folds case as /iu does (ſ is s)', () => {
    expect(mask('ſuch as') & CUE_EN_ENUM).toBeTruthy();
    expect(mask('iſ a') & CUE_COPULA).toBeTruthy();
    expect(mask('ſix kinds') & CUE_NUMBER).toBeTruthy();
  });

  it('leaves the bits of absent cues clear', () => {
    expect(mask('容器运行在宿主机上')).toBe(0);
    expect(mask('KVM and QEMU work together') & (CUE_EN_ENUM | CUE_NAMING | CUE_COLON | CUE_NUMBER)).toBe(0);
    // 要 alone (需要, 主要) is no sign of 要么.
    expect(mask('主要需要重要的配置') & CUE_EITHER).toBe(0);
  });
});
