import { describe, expect, it } from 'vitest';
import type { Concept, Note, Relation, RelationType } from '../types.js';
import { findMentions } from './find-mentions.js';
import { buildRelations } from './relations.js';
import { concept, note } from './testing.js';

function relate(notes: Note[], concepts: Concept[]): Relation[] {
  const { hits } = findMentions(notes, concepts);
  return buildRelations(notes, concepts, hits);
}
function edges(relations: Relation[], type: RelationType): string[] {
  return relations.filter((r) => r.type === type).map((r) => `${r.source}>${r.target}`);
}

describe('definition sentences', () => {
  const cs = [concept('registry'), concept('Docker Hub'), concept('private registry'), concept('Docker'), concept('runc'), concept('container runtime')];

  it('X is the/a … Y: a name-like subject is an instance, an articled common noun is narrower', () => {
    const text = 'Docker Hub is the public registry run by Docker.\n\nA private registry is a registry that a company runs.\n\nrunc is a small container runtime written in Go.\n';
    const rels = relate([note('a', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['docker-hub>registry', 'runc>container-runtime']);
    expect(edges(rels, 'broader')).toContain('private-registry>registry');
    expect(rels.find((r) => r.type === 'instance')!.evidence[0]).toMatchObject({ note: 'a', line: 1 });
  });

  it('X是一种Y / X属于Y after a clause; a Han subject is narrower; the predicate must end with Y', () => {
    const zh = [concept('硬件辅助虚拟化'), concept('全虚拟化'), concept('虚拟化'), concept('镜像'), concept('联合文件系统')];
    const text = '严格说来，硬件辅助虚拟化仍然属于全虚拟化。\n\n全虚拟化是虚拟化的一种。\n\n镜像是联合文件系统上的一套文件。\n';
    expect(edges(relate([note('b', text)], zh), 'broader').sort()).toEqual(['全虚拟化>虚拟化', '硬件辅助虚拟化>全虚拟化', '硬件辅助虚拟化>虚拟化'].sort());
  });

  it('Y叫做X names an instance; 也称为 is an alias statement, not a relation', () => {
    const zh = [concept('Registry'), concept('Docker Hub'), concept('容器虚拟化'), concept('操作系统级虚拟化')];
    const rels = relate([note('c', 'Docker公司运营公共的Registry叫做Docker Hub。容器虚拟化也被称为操作系统级虚拟化。\n')], zh);
    expect(edges(rels, 'instance')).toEqual(['docker-hub>registry']);
    expect(edges(rels, 'broader')).toEqual([]);
  });

  it('X基于Y / X依赖于“Y” / X is based on Y → related; no subject, no edge', () => {
    const zh = [concept('镜像'), concept('联合文件系统'), concept('Docker'), concept('写时复制'), concept('containerd'), concept('runc')];
    const text = '镜像是基于联合文件系统的一种层式结构。Docker依赖于“写时复制”模型。用户基于镜像工作。\n\ncontainerd is based on runc.\n';
    const rels = relate([note('d', text)], zh);
    expect(edges(rels, 'related').sort()).toEqual(['containerd>runc', 'docker>写时复制', '联合文件系统>镜像'].sort());
  });

  it('X用的是Y / X 就是用的 Y: what X uses is related to it', () => {
    const zh = [concept('MongoDB'), concept('B树'), concept('jieba'), concept('未登录词'), concept('HMM')];
    const rels = relate([note('u', 'MongoDB（WiredTiger）用的是 B树。\n\njieba 处理未登录词就是用的 HMM。\n')], zh);
    expect(edges(rels, 'related').sort()).toEqual(['b树>mongodb', 'hmm>未登录词']);
  });

  it('a term glossed with another of its names is related to the paragraph subject; a (see …) remark is not a gloss', () => {
    const zh = [concept('半虚拟化'), concept('超级调用', ['hypercall']), concept('内核'), concept('hypervisor')];
    const text = '半虚拟化要求修改内核。这种请求叫作超级调用（hypercall），见 hypervisor（见下文）。\n';
    expect(edges(relate([note('e', text)], zh), 'related')).toEqual(['半虚拟化>超级调用']);
  });
});

describe('a capital only where every word has one', () => {
  it('a single capitalised word seen only opening sentences is no name; seen capitalised mid-sentence, or in Chinese prose, it is', () => {
    const cs = [concept('Router'), concept('network device'), concept('Nginx'), concept('web server'), concept('Sigmoid'), concept('激活函数')];
    const text = 'Router is a network device that forwards packets.\n\nWe run Nginx here. Nginx is a web server.\n\nSigmoid 是一种激活函数。\n';
    const rels = relate([note('cap', text)], cs);
    expect(edges(rels, 'broader')).toContain('router>network-device');
    expect(edges(rels, 'instance').sort()).toEqual(['nginx>web-server', 'sigmoid>激活函数']);
  });
});

describe('definitions with coordinated subjects', () => {
  it('A and B are Cs / A 和 B 都是 C: every subject is defined; a bare plural predicate must be a mention right after the copula', () => {
    const cs = [concept('LIFO'), concept('FIFO'), concept('queue discipline'), concept('冒泡排序'), concept('插入排序'), concept('稳定排序'), concept('core')];
    const text = 'LIFO and FIFO are queue disciplines that differ in order.\n\n冒泡排序和插入排序都是稳定排序。\n\nLIFO and FIFO are usually private per core.\n';
    const rels = relate([note('co', text)], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['fifo>queue-discipline', 'lifo>queue-discipline']);
    expect(edges(rels, 'broader').sort()).toEqual(['冒泡排序>稳定排序', '插入排序>稳定排序']);
  });
});

describe('kind-of definitions', () => {
  it('X is a kind/variant of Y, X is an example of Y, X是Y的变种: the word before `of`/的 says how X relates to Y', () => {
    const cs = [concept('skip list'), concept('linked list'), concept('Raft'), concept('consensus algorithm'), concept('B+树'), concept('B树'), concept('data structure')];
    const text = 'A skip list is a kind of linked list.\n\nRaft is an example of a consensus algorithm.\n\nB+树是 B树的变种，区别很多。\n\nA skip list is kind of slow data structure.\n';
    const rels = relate([note('k', text)], cs);
    expect(edges(rels, 'broader').sort()).toEqual(['b+树>b树', 'skip-list>linked-list']);
    expect(edges(rels, 'instance')).toEqual(['raft>consensus-algorithm']);
  });

  it('X是Y的变种/改进版/特例, X is a variant of Y: narrower even when X is written like a name (not an instance)', () => {
    const cs = [concept('LZSS'), concept('LZ77'), concept('DTFT'), concept('z 变换'), concept('Raft'), concept('Paxos'), concept('Kafka'), concept('消息队列')];
    const text = 'LZSS 是 LZ77 的改进版：用 1 bit 标志区分字面量和匹配对。\n\n所以 DTFT 是 z 变换的特例。\n\nRaft is a variant of Paxos.\n\nKafka 是一种消息队列。\n';
    const rels = relate([note('v', text)], cs);
    expect(edges(rels, 'broader').sort()).toEqual(['dtft>z-变换', 'lzss>lz77', 'raft>paxos']);
    expect(edges(rels, 'instance')).toEqual(['kafka>消息队列']);
  });

  it('X 是 Y 的实现, X is an implementation of Y: an instance, whatever its case', () => {
    const cs = [concept('FSE'), concept('tANS'), concept('openjdk'), concept('Java SE')];
    const rels = relate([note('impl', 'FSE 是 tANS 的实现，速度很快。\n\nopenjdk is an implementation of Java SE.\n')], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['fse>tans', 'openjdk>java-se']);
    expect(edges(rels, 'broader')).toEqual([]);
  });

  it('a term entry `X：一种…Y` / `X: a … Y` says what kind X is; a plural term glossed by `a …`, or a colon mid-sentence, does not', () => {
    const cs = [concept('IDR 帧'), concept('I 帧'), concept('regression test'), concept('test'), concept('up-to-date checks'), concept('task'), concept('Bazel'), concept('build tool')];
    const text = 'IDR 帧：一种特殊的 I 帧，它之后的帧不能再参考之前的帧。\n\n- regression test: a test written right after fixing a bug.\n\n- up-to-date checks: a task whose inputs have not changed is skipped.\n\nWe chose Bazel: a build tool that caches.\n';
    const rels = relate([note('en', text)], cs);
    expect(edges(rels, 'broader').sort()).toEqual(['idr-帧>i-帧', 'regression-test>test']);
    expect(edges(rels, 'instance')).toEqual([]);
  });

  it('X 是最典型的例子 / X is the classic example: an instance of the entry\'s term, else of the sentence before\'s subject', () => {
    const cs = [concept('有损压缩'), concept('JPEG'), concept('copy-on-write'), concept('fork'), concept('压缩比')];
    const text = '有损压缩（lossy）：丢掉细节，换来更高的压缩比，JPEG 是最典型的例子。\n\nCopy-on-write defers copying until a write. fork is the classic example.\n\n压缩比很高。JPEG 是一种格式。\n';
    expect(edges(relate([note('ex', text)], cs), 'instance').sort()).toEqual(['fork>copy-on-write', 'jpeg>有损压缩']);
  });

  it('X is not a … but a Y / X 不是…，而是一种Y: the kind is what follows but/而是; 而是由… names parts', () => {
    const cs = [concept('CMake'), concept('build system'), concept('build system generator'), concept('容器'), concept('虚拟机'), concept('进程'), concept('镜像'), concept('镜像层')];
    const text = 'CMake is not a build system by itself but a build system generator (a meta-build system).\n\n容器并不是轻量的虚拟机，而是一种受限的进程。\n\n镜像并不是一个大文件，而是由若干只读的镜像层叠加而成。\n';
    const rels = relate([note('nb', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['cmake>build-system-generator']);
    expect(edges(rels, 'broader').filter((e) => !e.startsWith('build-system-generator')).sort()).toEqual(['容器>进程']);
  });

  it('a subject after a short possessor that names no concept (`视频里的 X 就是一种 Y`) is defined', () => {
    const cs = [concept('CABAC'), concept('算术编码'), concept('goroutine'), concept('用户态线程')];
    const text = '视频里的 CABAC 就是一种自适应的二进制算术编码。\n\nGo 语言的 goroutine 就是一种用户态线程，被映射到内核线程上。\n';
    const rels = relate([note('po', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['cabac>算术编码']);
    expect(edges(rels, 'broader')).toEqual(['goroutine>用户态线程']);
  });
});

describe('enumeration heads', () => {
  it('A → B → C: three or more stages that are each only a mention are a sequence, each related to the next; a pair or a description is not', () => {
    const cs = [concept('召回'), concept('粗排'), concept('精排'), concept('重排'), concept('docID'), concept('词'), concept('L1 cache'), concept('L2 cache'), concept('DRAM'), concept('main memory')];
    const text = '经典流程是一个漏斗：召回 → 粗排 → 精排 → 按分数重排一遍\n\ndocID → 词\n\nL1 cache → L2 cache → main memory (DRAM)\n';
    const rels = relate([note('ar', text)], cs);
    expect(edges(rels, 'related').filter((e) => !e.includes('dram')).sort()).toEqual(['l1-cache>l2-cache', 'l2-cache>main-memory', '召回>粗排', '粗排>精排']);
  });

  it('X 由 A、B 组成 / X consists of A and B: the parts are related to the whole, not kinds of it; 由于 is no cue', () => {
    const cs = [concept('样本'), concept('特征'), concept('标签'), concept('URL'), concept('scheme'), concept('host'), concept('缓存'), concept('内存')];
    const text = '每个样本由特征（feature）和标签（label）成对组成。\n\nA URL consists of a scheme and a host.\n\n缓存由于内存小而构成瓶颈。\n';
    const rels = relate([note('pa', text)], cs);
    expect(edges(rels, 'related').filter((e) => /样本|url|缓存/u.test(e)).sort()).toEqual(['host>url', 'scheme>url', '标签>样本', '样本>特征']);
    expect(edges(rels, 'broader').concat(edges(rels, 'instance'))).toEqual([]);
  });

  it('X = A + B, X：A + B + C: the terms of a sum are parts of X (related); a term naming two concepts makes it a formula, not parts', () => {
    const cs = [concept('DEFLATE'), concept('LZ77'), concept('哈夫曼'), concept('地理坐标系'), concept('椭球'), concept('基准面'), concept('混合编码框架'), concept('预测'), concept('熵编码'), concept('AMAT'), concept('hit time'), concept('miss rate'), concept('miss penalty')];
    const text = '压缩格式都是组合：DEFLATE = LZ77 + 哈夫曼；地理坐标系（GCS）= 椭球 + 基准面。\n\n混合编码框架：预测 + 大块变换 + 熵编码\n\n看延迟，AMAT = hit time + miss rate × miss penalty\n';
    const rels = relate([note('sum', text)], cs);
    expect(edges(rels, 'related').sort()).toEqual(['deflate>lz77', 'deflate>哈夫曼', '地理坐标系>基准面', '地理坐标系>椭球', '混合编码框架>熵编码', '混合编码框架>预测'].sort());
  });

  it('`Tools: A (…), B (…)` after a paragraph about X: a lead that is only an instance noun lists instances of the paragraph subject', () => {
    const cs = [concept('mutation testing'), concept('PIT'), concept('mutmut'), concept('Stryker'), concept('tool'), concept('mutant')];
    const text = 'Mutation testing checks the tests: a tool makes a mutant of the program. Tools: PIT (Java), mutmut (Python), Stryker (JS).\n\nSome notes: PIT, mutmut.\n';
    expect(edges(relate([note('tl', text)], cs), 'instance').sort()).toEqual(['mutmut>mutation-testing', 'pit>mutation-testing', 'stryker>mutation-testing']);
  });

  it('X (A, B) with names in the parenthesis: instances of a common noun; not after a name, not common nouns, not a gloss with its abbreviation', () => {
    const cs = [concept('fuzzing'), concept('AFL'), concept('libFuzzer'), concept('Kafka'), concept('Broker'), concept('ZooKeeper'), concept('front end'), concept('lexing'), concept('parsing'), concept('多臂老虎机'), concept('Multi-Armed Bandit'), concept('MAB')];
    const text = 'Use fuzzing (AFL, libFuzzer) on parsers.\n\nWe run Kafka (Broker, ZooKeeper) here.\n\nThe front end (lexing, parsing) is small.\n\n这就是多臂老虎机（Multi-Armed Bandit，MAB）问题。\n';
    expect(edges(relate([note('pn', text)], cs), 'instance').sort()).toEqual(['afl>fuzzing', 'libfuzzer>fuzzing']);
  });

  it('an instance noun with a modifier names the concept that starts with it (Type 1 products → Type 1 hypervisor)', () => {
    const cs = [concept('Type 1 hypervisor'), concept('Type 2 hypervisor'), concept('VMware ESXi'), concept('Xen')];
    const text = 'Type 1 products such as VMware ESXi and Xen are common.\n';
    expect(edges(relate([note('f', text)], cs), 'instance')).toEqual(['vmware-esxi>type-1-hypervisor', 'xen>type-1-hypervisor']);
  });

  it('an instance noun without a concept takes the paragraph subject, then the section topic', () => {
    const cs = [concept('Type 2 hypervisor'), concept('host'), concept('VirtualBox'), concept('QEMU'), concept('硬件虚拟化'), concept('VMware ESXi'), concept('Xen Server'), concept('虚拟化')];
    const en = 'A Type 2 hypervisor runs on a host. It relies on the host. Typical products include VirtualBox and QEMU.\n';
    const zh = '# 硬件虚拟化\n\n硬件层的虚拟化性能高，使用这种解决方案的产品有VMware ESXi和Xen Server。\n';
    const rels = relate([note('g', en), note('h', zh)], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['qemu>type-2-hypervisor', 'virtualbox>type-2-hypervisor', 'vmware-esxi>硬件虚拟化', 'xen-server>硬件虚拟化']);
  });

  it('a cue opening its sentence with no head before it (`常见的有：A、B`) lists instances of the section topic; not mid-sentence', () => {
    const cs = [concept('窗函数'), concept('矩形窗'), concept('汉宁窗'), concept('频谱泄漏'), concept('子词'), concept('BPE'), concept('WordPiece'), concept('分词')];
    const text = '# 笔记\n\n## 4.4 窗函数\n\n截断会带来频谱泄漏。常见的有：矩形窗、汉宁窗（Hann）。\n\n## 1.2 常见的子词算法\n\n常见的有：BPE、WordPiece。\n\n## 分词\n\n做完以后常见的有：BPE 表。\n';
    expect(edges(relate([note('w', text)], cs), 'instance').sort()).toEqual(['bpe>子词', 'wordpiece>子词', '汉宁窗>窗函数', '矩形窗>窗函数']);
  });

  it('引入了A、B以及C with the subject as head; 例子就是X under a section topic', () => {
    const cs = [concept('容器技术'), concept('OpenVZ'), concept('Solaris Zones'), concept('LXC'), concept('权限隔离监牢')];
    const text = '## 容器技术\n\n最新的容器技术引入了OpenVZ、Solaris Zones以及LXC。最常见的一个例子就是“权限隔离监牢”，它隔离目录。\n';
    expect(edges(relate([note('i', text)], cs), 'instance').sort()).toEqual(['lxc>容器技术', 'openvz>容器技术', 'solaris-zones>容器技术', '权限隔离监牢>容器技术']);
  });

  it('又分为A、B (elided subject) lists kinds of the section topic; an explicit non-concept subject blocks it', () => {
    const cs = [concept('硬件层虚拟化'), concept('全虚拟化'), concept('半虚拟化'), concept('Ring')];
    const text = '1 硬件层虚拟化\n\n根据是否修改内核，又分为全虚拟化和半虚拟化。处理器把特权级划分为 Ring 0 到 Ring 3。\n';
    expect(edges(relate([note('j', text)], cs), 'broader').sort()).toEqual(['全虚拟化>硬件层虚拟化', '半虚拟化>硬件层虚拟化']);
  });
});

describe('comparisons from titles and headings', () => {
  it('a title or heading that is only "A与B" compares A and B; "A与B的起源" does not', () => {
    const cs = [concept('全虚拟化'), concept('半虚拟化'), concept('容器'), concept('虚拟机'), concept('chroot')];
    const a = note('k', '---\ntitle: 全虚拟化与半虚拟化\n---\n正文。\n');
    const b = note('l', '# chroot与容器的起源\n\n## 2.1 容器和虚拟机\n\n正文。\n');
    expect(edges(relate([a, b], cs), 'compared').sort()).toEqual(['全虚拟化>半虚拟化', '容器>虚拟机']);
  });
});

describe('evidence', () => {
  it('every relation has evidence, also a compound whose narrower concept is never mentioned in prose', () => {
    const place = { signal: 'keyword' as const, note: 'm' as never, file: 'm.md', line: 3, column: 3, excerpt: 'image repository' };
    const cs = [concept('repository'), concept('image repository', [], { provenance: [place] })];
    const rels = relate([note('m', 'A repository holds images.\n')], cs);
    expect(edges(rels, 'broader')).toEqual(['image-repository>repository']);
    for (const r of rels) expect(r.evidence.length).toBeGreaterThan(0);
    expect(rels[0].evidence[0]).toMatchObject({ text: 'A repository holds images' });
  });
});

describe('a Chinese enumeration cue naming its kind in Latin script', () => {
  it('常见的 ANN 算法有：A、B / 常见的向量 DB 有 A 和 B: the kind inside the cue is the head, whatever its script', () => {
    const cs = [concept('近似最近邻', ['ANN']), concept('HNSW'), concept('IVF'), concept('向量数据库', ['向量 DB']), concept('Milvus'), concept('Qdrant')];
    const text = '常见的 ANN 算法有：HNSW、IVF。\n\n常见的向量 DB 有 Milvus 和 Qdrant。\n';
    expect(edges(relate([note('lat', text)], cs), 'instance').sort()).toEqual(['hnsw>近似最近邻', 'ivf>近似最近邻', 'milvus>向量数据库', 'qdrant>向量数据库']);
  });
});

describe('enumerations that go on past a clause', () => {
  it('常见的X有：A、B，还有 C、D: the clause opened by 还有 adds items', () => {
    const zh = [concept('调度器'), concept('甲调度'), concept('乙调度'), concept('丙调度'), concept('丁调度')];
    const rels = relate([note('g1', '常见的调度器有：甲调度、乙调度，还有 丙调度、丁调度这些新的。\n')], zh);
    expect(edges(rels, 'instance').sort()).toEqual(['丁调度>调度器', '丙调度>调度器', '乙调度>调度器', '甲调度>调度器']);
    expect(rels.find((r) => r.source === '丁调度' && r.type === 'instance')!.evidence[0]).toMatchObject({ note: 'g1', line: 1 });
  });
});

describe('examples in a term entry', () => {
  const zh = [concept('慢哈希'), concept('加盐'), concept('甲算法'), concept('乙算法'), concept('丙算法'), concept('丁算法')];

  it('- X：…，比如 A、B: the examples are of the entry\'s term, not of the concept the description named last', () => {
    const rels = relate([note('e1', '- 慢哈希：故意算得慢，通常要加盐，比如 甲算法、乙算法\n')], zh);
    expect(edges(rels, 'instance').sort()).toEqual(['乙算法>慢哈希', '甲算法>慢哈希']);
    expect(rels.find((r) => r.source === '甲算法' && r.type === 'instance')!.evidence[0]).toMatchObject({ note: 'e1', line: 1 });
  });

  it('X：…，典型是 A、B names examples too', () => {
    const rels = relate([note('e2', '- 慢哈希：故意算得慢，典型是 丙算法、丁算法\n')], zh);
    expect(edges(rels, 'instance').sort()).toEqual(['丁算法>慢哈希', '丙算法>慢哈希']);
  });
});

describe('counted kinds', () => {
  it('最常用的两种X是 A 和 B / the two main kinds of X are A and B: the items are kinds of the counted noun', () => {
    const cs = [concept('平衡筛'), concept('甲筛'), concept('乙筛'), concept('sieve'), concept('wheel sieve'), concept('segmented sieve')];
    const text = '最常用的两种平衡筛是 甲筛 和 乙筛。\n\nThe two main kinds of sieve are wheel sieve and segmented sieve.\n';
    const rels = relate([note('k1', text)], cs);
    expect(edges(rels, 'broader').sort()).toEqual(['segmented-sieve>sieve', 'wheel-sieve>sieve', '乙筛>平衡筛', '甲筛>平衡筛']);
    expect(rels.find((r) => r.source === '甲筛' && r.type === 'broader')!.evidence[0]).toMatchObject({ note: 'k1', line: 1 });
  });
});

describe('comparisons stated as alternatives or against a named other', () => {
  const cs = [concept('甲协议'), concept('乙协议'), concept('flat shading'), concept('smooth shading'), concept('丙树'), concept('丁树')];

  it('跟A比，B…: B is compared with A', () => {
    const rels = relate([note('c1', '跟 甲协议 比，乙协议 少了一轮往返。\n')], cs);
    expect(edges(rels, 'compared')).toEqual(['乙协议>甲协议']);
    expect(rels.find((r) => r.type === 'compared')!.evidence[0]).toMatchObject({ note: 'c1', line: 1 });
  });

  it('与A不同 / B is different from A / B 对标 A; 和…不同的 (a different something) is no comparison', () => {
    const text = '与甲协议不同，乙协议不需要握手。\n\n丙树和丁树在不同的场景下使用。\n\nflat shading is different from smooth shading.\n';
    expect(edges(relate([note('c3', text)], cs), 'compared').sort()).toEqual(['flat-shading>smooth-shading', '乙协议>甲协议']);
    expect(edges(relate([note('c4', '丙树 对标的是 丁树。\n')], cs), 'compared')).toEqual(['丁树>丙树']);
  });

  it('a later sentence of an entry set against one other concept is compared with the entry\'s term (`X: …. Not the same as Y!`)', () => {
    const text = 'flat shading: one colour per face. Not the same as smooth shading!\n\nIt is a style. Not the same as 甲协议.\n';
    expect(edges(relate([note('c5', text)], cs), 'compared')).toEqual(['flat-shading>smooth-shading']);
  });

  it('比 X 更… / 不如 X / -er than X: the clause subject or the entry term against X; 比如 and other than are no comparisons', () => {
    const text = '丙树比丁树更省内存。\n\n乙协议（新版）：握手少，但延迟反而不如甲协议。\n\nflat shading is cheaper than smooth shading.\n\n甲协议比如乙协议都可以。\n\nAnything other than flat shading works.\n';
    expect(edges(relate([note('c6', text)], cs), 'compared').sort()).toEqual(['flat-shading>smooth-shading', '丁树>丙树', '乙协议>甲协议']);
  });

  it('A (gloss) vs B (gloss): the gloss may stand between A and vs', () => {
    const rels = relate([note('c7', 'on a miss: flat shading (one colour, 甲协议) vs smooth shading (blended).\n')], cs);
    expect(edges(rels, 'compared')).toEqual(['flat-shading>smooth-shading']);
  });

  it('either A or B / 要么A，要么B: the two alternatives are compared; other words before a side leave it out', () => {
    const text = 'Each face uses either flat shading or smooth shading.\n\n实现时要么用丙树，要么用丁树。\n\nEither way the renderer shades flat shading faces, or not.\n';
    const rels = relate([note('c2', text)], cs);
    expect(edges(rels, 'compared').sort()).toEqual(['flat-shading>smooth-shading', '丁树>丙树']);
  });
});

describe('a plural heading is a class, not a name', () => {
  it('`## Sorting networks` over term items: members of the class, though the heading is capitalised and the prose only opens sentences with it', () => {
    const cs = [concept('Sorting networks', ['sorting network']), concept('bitonic sorter', ['BS']), concept('odd-even sorter', ['OES'])];
    const text = '# Notes\n\n## Sorting networks\n\nA sorting network is fixed in advance. The common ones:\n\n- bitonic sorter (BS): splits and merges.\n- odd-even sorter (OES): merges pairs.\n';
    const rels = relate([note('p1', text)], cs);
    const typed = rels.filter((r) => (r.type === 'instance' || r.type === 'broader') && r.target === 'sorting-networks').map((r) => r.source).sort();
    expect(typed).toEqual(['bitonic-sorter', 'odd-even-sorter']);
  });
});

describe('a heading that counts kinds', () => {
  it('`# X` › `## The three kinds` over term items: kinds of X, also under the title heading and when the heading words are taken for a concept', () => {
    const cs = [concept('load balancer'), concept('three kinds'), concept('Round robin'), concept('Least connections'), concept('Consistent hashing')];
    const text = '# Load balancers\n\nWe tried round robin, least connections and consistent hashing.\n\n## The three kinds\n\n1. **Round robin** – each server in turn.\n2. **Least connections** – the idlest server.\n3. **Consistent hashing** – a ring of keys.\n';
    expect(edges(relate([note('kinds', text)], cs), 'broader').filter((e) => !e.startsWith('three-kinds')).sort()).toEqual(['consistent-hashing>load-balancer', 'least-connections>load-balancer', 'round-robin>load-balancer']);
  });
});

describe('a note of several `#` sections', () => {
  it('term items under the second `#` heading are members of its concept: only a note\'s one `#` heading spans the note', () => {
    const cs = [concept('sorting'), concept('Quicksort'), concept('Mergesort'), concept('searching'), concept('Binary search'), concept('Linear search')];
    const text = '# sorting\n\n- **Quicksort**: partitions.\n- **Mergesort**: merges.\n\n# searching\n\n- **Binary search**: halves.\n- **Linear search**: scans.\n\nWe use mergesort and linear search.\n';
    const typed = relate([note('h1s', text)], cs).filter((r) => r.type === 'broader' || r.type === 'instance').map((r) => `${r.source}>${r.target}`);
    expect(typed.sort()).toEqual(['binary-search>searching', 'linear-search>searching', 'mergesort>sorting', 'quicksort>sorting']);
  });
});

describe('items after a line announcing examples', () => {
  it('## X then `X的经典例子：` over term entries: the entries are instances of X, a plain list item between them included', () => {
    const cs = [concept('回溯法'), concept('八皇后'), concept('数独求解')];
    const text = '# 算法\n\n## 2. 回溯法\n\n回溯法：一步步试，不行就退回。\n\n回溯法的经典例子：\n\n- 八皇后：每行放一个\n- 剪枝很重要\n- 数独求解：逐格填数\n';
    const rels = relate([note('x1', text)], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['八皇后>回溯法', '数独求解>回溯法']);
    expect(rels.find((r) => r.source === '数独求解' && r.type === 'instance')!.evidence[0]).toMatchObject({ note: 'x1', line: 11 });
  });
});

describe('example rows of a comparison table', () => {
  it('a table whose corner is only an instance noun (`| 产品 |`, `| backend |`) lists instances of what the section, else the note, is about', () => {
    const cs = [concept('消息队列'), concept('Kafka'), concept('RabbitMQ'), concept('distributed tracing'), concept('Jaeger'), concept('Zipkin'), concept('backends'), concept('Java'), concept('Erlang')];
    const zh = '# 消息队列概述\n\n五、常见产品对比\n\n| 产品 | 语言 |\n| --- | --- |\n| Kafka | Java |\n| RabbitMQ | Erlang |\n\n六、语言\n\n| 语言 | 备注 |\n| --- | --- |\n| Java | 老 |\n| Erlang | 新 |\n';
    const en = '# Distributed tracing\n\n## Backends\n\n| backend | notes |\n|---|---|\n| Jaeger | from Uber |\n| Zipkin | from Twitter |\n';
    const rels = relate([note('mq', zh), note('dt', en)], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['jaeger>distributed-tracing', 'kafka>消息队列', 'rabbitmq>消息队列', 'zipkin>distributed-tracing']);
  });

  it('a table under a catalogue heading (`## 3 常见的 MQ`, `## Popular brokers`) lists instances of its kind, in columns or rows', () => {
    const cs = [concept('MQ'), concept('Kafka'), concept('RabbitMQ'), concept('broker'), concept('Pulsar'), concept('NATS'), concept('吞吐量')];
    const text = '## 3 常见的 MQ\n\n| | Kafka | RabbitMQ |\n|---|---|---|\n| 吞吐量 | 高 | 中 |\n\n## Popular brokers\n\n| name | note |\n|---|---|\n| Pulsar | tiered |\n| NATS | light |\n\n## 常见问题\n\n| | Kafka | Pulsar |\n|---|---|---|\n| 吞吐量 | 高 | 高 |\n';
    expect(edges(relate([note('cat', text)], cs), 'instance').sort()).toEqual(['kafka>mq', 'nats>broker', 'pulsar>broker', 'rabbitmq>mq']);
  });

  it('`| | X | Y |` over `| 典型例子 | A、B | C |`: each cell lists instances of its column', () => {
    const cs = [concept('甲范式'), concept('乙范式'), concept('子甲一'), concept('子甲二'), concept('子乙')];
    const text = '| | 甲范式 | 乙范式 |\n|---|---|---|\n| 特点 | 快 | 慢 |\n| 典型例子 | 子甲一、子甲二 | 子乙 |\n';
    const rels = relate([note('tb', text)], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['子乙>乙范式', '子甲一>甲范式', '子甲二>甲范式']);
    expect(rels.find((r) => r.source === '子乙' && r.type === 'instance')!.evidence[0]).toMatchObject({ note: 'tb', line: 4 });
  });
});

describe('a colon list of parts under a section', () => {
  it('`4.1 节点角色：A、B、C` under `## 4. X`: the parts are related to X', () => {
    const cs = [concept('甲协议'), concept('Pilot'), concept('Rover'), concept('Scout')];
    const text = '# 笔记\n\n## 4. 甲协议\n\n甲协议很简单。\n\n4.1 节点角色：Pilot、Rover、Scout。任何时刻只有一个 Pilot。\n';
    const rels = relate([note('r1', text)], cs);
    const related = rels.filter((r) => r.type === 'related' && r.target === '甲协议').map((r) => r.source).sort();
    expect(related).toEqual(['pilot', 'rover', 'scout']);
    expect(rels.find((r) => r.type === 'related' && r.source === 'scout')!.evidence[0]).toMatchObject({ note: 'r1', line: 7 });
  });
});

describe('heading nesting: a sub-heading that names a proper name', () => {
  it('`### GeoHash` under `## 空间索引` is an instance of it; `### 四叉树` stays narrower', () => {
    const cs = [concept('空间索引'), concept('GeoHash'), concept('四叉树')];
    const text = '# 笔记\n\n## 空间索引\n\n空间索引加速查询。\n\n### GeoHash\n\nGeoHash 把经纬度编码成字符串。\n\n### 四叉树\n\n四叉树递归切分。\n';
    const rels = relate([note('nest', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['geohash>空间索引']);
    expect(edges(rels, 'broader')).toEqual(['四叉树>空间索引']);
  });
});

describe('a table of named rows', () => {
  it('`| 模型 | 年份 |` under `## 2. 深度模型` in `# CTR 预估`: the rows are members of what the section, else the note, is about; not past a heading that names another concept', () => {
    const cs = [concept('CTR 预估'), concept('DeepFM'), concept('DIN'), concept('property'), concept('idempotence'), concept('invariant')];
    const a = note('ctr', '# CTR 预估\n\n## 2. 深度模型\n\n| 模型 | 年份 |\n|---|---|\n| DeepFM | 2017 |\n| DIN | 2018 |\n');
    expect(edges(relate([a], cs), 'instance').sort()).toEqual(['deepfm>ctr-预估', 'din>ctr-预估']);
    const b = note('pbt', '# CTR 预估\n\n## Where do properties come from?\n\n| pattern | example |\n|---|---|\n| idempotence | f(f(x)) == f(x) |\n| invariant | size stays positive |\n');
    expect(relate([b], cs).filter((r) => (r.type === 'instance' || r.type === 'broader') && (r.source === 'idempotence' || r.source === 'invariant'))).toEqual([]);
  });
});

describe('a heading in sentence case is no proper name', () => {
  it('`## Log aggregation` over term items: the items are its members, though the phrase is only ever capitalised where a line opens', () => {
    const cs = [concept('Log aggregation'), concept('Loki'), concept('EFK')];
    const text = '# Logs\n\nSome notes.\n\n## Log aggregation\n\nLog aggregation ships logs to one place.\n\n- **Loki**: indexes only the labels.\n- **EFK**: the same with Fluentd.\n';
    const rels = relate([note('agg', text)], cs);
    expect(edges(rels, 'instance').sort()).toEqual(['efk>log-aggregation', 'loki>log-aggregation']);
  });
});

describe('a phrase of lower-case words opening a list item is no name', () => {
  it('`- screen magnifier: …` under `## Assistive technology` is narrower; `- axe-core: …`, one lower-case token, is an instance', () => {
    const cs = [concept('assistive technology'), concept('screen magnifier'), concept('switch access'), concept('testing tool'), concept('axe-core'), concept('pa11y')];
    const text = '# Notes\n\n## Assistive technology\n\n- screen magnifier: zooms a slice of the page.\n- switch access: one or two switches.\n\n## Testing tool\n\n- axe-core: the rules engine.\n- pa11y: command line.\n';
    const rels = relate([note('at', text)], cs);
    expect(edges(rels, 'broader').filter((e) => e.endsWith('>assistive-technology')).sort()).toEqual(['screen-magnifier>assistive-technology', 'switch-access>assistive-technology']);
    expect(edges(rels, 'instance').sort()).toEqual(['axe-core>testing-tool', 'pa11y>testing-tool']);
  });
});

describe('heading nesting: a named member may be mentioned more often than its class', () => {
  it('`### ICP` under `## 扫描匹配` is an instance although ICP is named more often; under a proper name (`## Kubernetes` › `### Pod`) the count test still holds', () => {
    const cs = [concept('扫描匹配'), concept('ICP'), concept('Kubernetes'), concept('Pod')];
    const text =
      '# 笔记\n\n## 扫描匹配\n\n### ICP\n\nICP 迭代求解。ICP 需要初值。ICP 很常用。\n\n' +
      '## Kubernetes\n\nWe run Kubernetes and a Pod.\n\n### Pod\n\nA Pod holds containers. Every Pod has an IP. The Pod is the unit.\n';
    const rels = relate([note('many', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['icp>扫描匹配']);
  });
});

describe('a table column of kinds', () => {
  it('`| 名称 | 类型 |` over `| WGS84 | 地理坐标系 |`: the row is an instance of the kind its cell names alone; more words in the cell say something else', () => {
    const cs = [concept('WGS84'), concept('GCJ-02'), concept('地理坐标系')];
    const text = '# 坐标系\n\n| 名称 | 类型 |\n|---|---|\n| WGS84 | 地理坐标系 |\n| GCJ-02 | WGS84 加密后 |\n';
    expect(edges(relate([note('kinds', text)], cs), 'instance')).toEqual(['wgs84>地理坐标系']);
  });
});

describe('a table column of examples', () => {
  it('`| 架构 | 代表模型 |` over `| 仅解码器 | GPT、LLaMA |`: each item of the cell is an instance of the row; under another header it is only related', () => {
    const cs = [concept('仅解码器'), concept('GPT'), concept('LLaMA'), concept('编码器'), concept('BERT')];
    const examples = '# 架构\n\n| 架构 | 代表模型 |\n|---|---|\n| 仅解码器 | GPT、LLaMA |\n| 编码器 | BERT |\n';
    expect(edges(relate([note('ex', examples)], cs), 'instance').sort()).toEqual(['bert>编码器', 'gpt>仅解码器', 'llama>仅解码器']);
    const other = '# 架构\n\n| 架构 | 备注 |\n|---|---|\n| 仅解码器 | GPT、LLaMA |\n| 编码器 | BERT |\n';
    expect(edges(relate([note('ex', other)], cs), 'instance')).toEqual([]);
  });
});
