import { describe, expect, it } from 'vitest';
import { analyse, staleCutoff } from '../../src/analysis/gap';
import { miniTemplate } from '../fixtures/miniTemplate';
import { activity, buildMap, type LinkSpec, SCHOOL } from './build';

const run = (doc: ReturnType<typeof buildMap>, today = '2026-06-01') =>
  analyse(doc, miniTemplate, today, 'nb');

describe('isolated actors', () => {
  it('are actors without a non-ended link, the focal actor included', () => {
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'A', name: 'Arkivet' }, { id: 'B', name: 'Bakeriet' }, { id: 'C' }],
      [
        { id: 'c1', a: 'A', b: 'B', status: 'idea' }, // any non-ended status is a link
        { id: 'c2', a: 'C', b: 'F', status: 'ended' }, // ended is not
      ],
    );
    // Sorted by name: "C" < "Kulturskolen".
    expect(run(doc).structure.isolated).toEqual(['C', 'F']);
  });
});

describe('articulation points and bridges', () => {
  //   G — F — A
  //        \  |
  //         \ |
  //           B — C — D
  //                \  |
  //                  E
  // F–A–B is a triangle, C–D–E is a triangle, B–C joins them, G hangs on F.
  const links: LinkSpec[] = [
    { id: 'fa', a: 'F', b: 'A' },
    { id: 'fb', a: 'F', b: 'B' },
    { id: 'ab', a: 'A', b: 'B' },
    { id: 'bc', a: 'B', b: 'C' },
    { id: 'cd', a: 'C', b: 'D' },
    { id: 'ce', a: 'C', b: 'E' },
    { id: 'de', a: 'D', b: 'E' },
    { id: 'fg', a: 'F', b: 'G' },
  ];
  const actors = [SCHOOL, ...['A', 'B', 'C', 'D', 'E', 'G'].map((id) => ({ id }))];

  it('finds them, the focal actor and bridges on it left out', () => {
    const s = run(buildMap('F', actors, links)).structure;
    // Removing B cuts C, D, E (3) off from the school; removing C cuts D, E (2).
    // F is a cut vertex too (it holds G) but is the focal actor, so it is not listed.
    expect(s.articulationPoints).toEqual(['B', 'C']);
    // B–C is the only bridge not touching F (F–G is one, but on the focal actor).
    expect(s.bridges).toEqual([
      { collaborationId: 'bc', collaborationIds: ['bc'], a: 'B', b: 'C', separated: 3 },
    ]);
  });

  it('ignores ended links, and a second live link between the same pair does not help', () => {
    const more: LinkSpec[] = [
      ...links,
      { id: 'bd', a: 'B', b: 'D', status: 'ended' }, // would close a cycle, but ended
      { id: 'bc2', a: 'C', b: 'B', status: 'planned' }, // the same pair once more
    ];
    const s = run(buildMap('F', actors, more)).structure;
    expect(s.articulationPoints).toEqual(['B', 'C']);
    expect(s.bridges).toEqual([
      { collaborationId: 'bc', collaborationIds: ['bc', 'bc2'], a: 'B', b: 'C', separated: 3 },
    ]);
  });

  it('a live cycle removes the single point of failure', () => {
    const s = run(buildMap('F', actors, [...links, { id: 'ad', a: 'A', b: 'D' }])).structure;
    // B–C–D–A–B is now a cycle: only F (holding G) remains a cut vertex, and it is focal.
    expect(s.articulationPoints).toEqual([]);
    expect(s.bridges).toEqual([]);
  });

  it('in a part of the map away from the school, b names the smaller side', () => {
    // X — Y — Z — W, no link to F: Y and Z are cut vertices; Y–Z splits it 2 | 2, and
    // X–Y and Z–W cut one actor each.
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'X' }, { id: 'Y' }, { id: 'Z' }, { id: 'W' }],
      [
        { id: 'xy', a: 'X', b: 'Y' },
        { id: 'yz', a: 'Y', b: 'Z' },
        { id: 'zw', a: 'Z', b: 'W' },
      ],
    );
    const s = run(doc).structure;
    expect(s.articulationPoints.sort()).toEqual(['Y', 'Z']);
    expect(s.bridges.map((b) => [b.collaborationId, b.separated])).toEqual([
      ['yz', 2],
      ['xy', 1],
      ['zw', 1],
    ]);
    for (const b of s.bridges.filter((x) => x.separated === 1)) {
      expect(['X', 'W']).toContain(b.b);
    }
  });

  it('handles a long chain without recursion (60,000 actors)', () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ id: `l${i}`, a: ids[i] as string, b: id }));
    const s = run(
      buildMap(
        'n0',
        ids.map((id) => ({ id })),
        chain,
      ),
    ).structure;
    // Every inner node of a path is a cut vertex (n0 is focal); every edge is a bridge, but
    // the one on n0 is left out.
    expect(s.articulationPoints).toHaveLength(59_998);
    expect(s.articulationPoints[0]).toBe('n1'); // it cuts off the most: 59,998 actors
    expect(s.bridges).toHaveLength(59_998);
  });
});

describe('one person carries the network', () => {
  const actors = [SCHOOL, ...['A', 'B', 'C', 'D', 'E', 'G', 'H'].map((id) => ({ id }))];
  const six: LinkSpec[] = [
    { id: 'c1', a: 'F', b: 'A', responsible: 'Kari Nordmann' },
    { id: 'c2', a: 'F', b: 'B', responsible: '  kari   nordmann ' }, // same person
    { id: 'c3', a: 'F', b: 'C', responsible: 'Ola' },
    { id: 'c4', a: 'F', b: 'D', responsible: 'Ola' },
    { id: 'c5', a: 'F', b: 'E', responsible: '' }, // counts in the total, for nobody
    { id: 'c6', a: 'F', b: 'G', responsible: '   ' },
    { id: 'p1', a: 'F', b: 'H', responsible: 'Kari Nordmann', status: 'paused' }, // not active
  ];

  it('exactly one third is not more than a third', () => {
    // 6 active; Kari has 2: 2·3 = 6, not > 6. Ola has 2: the same.
    expect(run(buildMap('F', actors, six)).structure.overloadedResponsible).toEqual([]);
  });

  it('just over a third is', () => {
    const seven = [...six, { id: 'c7', a: 'A', b: 'B', responsible: 'KARI NORDMANN' }];
    // 7 active; Kari has 3: 3·3 = 9 > 7. Ola has 2: 6 ≤ 7.
    expect(run(buildMap('F', actors, seven)).structure.overloadedResponsible).toEqual([
      { name: 'Kari Nordmann', count: 3, share: 3 / 7, collaborationIds: ['c1', 'c2', 'c7'] },
    ]);
  });
});

describe('stale collaborations: no activity for 12 months', () => {
  // today 2026-03-15 → cutoff 2025-03-15: a date before it is stale, the cutoff itself is not.
  const TODAY = '2026-03-15';
  const actors = [SCHOOL, ...['A', 'B', 'C', 'D', 'E', 'G'].map((id) => ({ id }))];
  const links: LinkSpec[] = [
    { id: 'exact', a: 'F', b: 'A', startDate: '2025-03-15' }, // exactly 12 months: not stale
    { id: 'dayBefore', a: 'F', b: 'B', startDate: '2025-03-14' }, // one day more: stale
    { id: 'logged', a: 'F', b: 'C', startDate: '2019-01-01' }, // old start, recent activity
    { id: 'created', a: 'F', b: 'D', createdAt: '2025-03-14T23:30:00.000Z' }, // date part
    { id: 'paused', a: 'F', b: 'E', startDate: '2015-01-01', status: 'paused' }, // not active
    { id: 'oldLog', a: 'F', b: 'G', startDate: '2026-01-01' }, // activity wins, see below
  ];
  const log = [
    activity('v1', 'logged', '2024-01-01'),
    activity('v2', 'logged', '2025-03-15'), // the latest activity dates the collaboration
    activity('v3', 'oldLog', '2024-12-31'),
  ];

  it('uses the latest activity, else the start date, else the creation date', () => {
    const stale = run(buildMap('F', actors, links, log), TODAY).structure.stale;
    expect(stale).toEqual([
      // oldest first; 2024-12-31 → 2026-03-15 is 14 whole months
      {
        collaborationId: 'oldLog',
        sourceId: 'F',
        targetId: 'G',
        lastDate: '2024-12-31',
        monthsSince: 14,
      },
      // 2025-03-14 → 2026-03-15: 12 whole months (and a day), so stale
      {
        collaborationId: 'dayBefore',
        sourceId: 'F',
        targetId: 'B',
        lastDate: '2025-03-14',
        monthsSince: 12,
      },
      {
        collaborationId: 'created',
        sourceId: 'F',
        targetId: 'D',
        lastDate: '2025-03-14',
        monthsSince: 12,
      },
    ]);
  });

  it('places the boundary exactly 12 calendar months back, clamped to month end', () => {
    expect(staleCutoff('2026-03-15')).toBe('2025-03-15');
    expect(staleCutoff('2024-02-29')).toBe('2023-02-28');
    expect(staleCutoff('2026-01-31')).toBe('2025-01-31');
    expect(staleCutoff('not a date')).toBeNull();
    // Both sides of a clamped boundary: today 2024-02-29, cutoff 2023-02-28.
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'A' }, { id: 'B' }],
      [
        { id: 'onCutoff', a: 'F', b: 'A', startDate: '2023-02-28' },
        { id: 'before', a: 'F', b: 'B', startDate: '2023-02-27' },
      ],
    );
    expect(run(doc, '2024-02-29').structure.stale.map((s) => s.collaborationId)).toEqual([
      'before',
    ]);
  });
});
