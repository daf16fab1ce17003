import { describe, expect, it } from 'vitest';
import { analyse, CUT_OFF_LISTED, staleCutoff } from '../../src/analysis/gap';
import { miniTemplate } from '../fixtures/miniTemplate';
import { activity, buildMap, type LinkSpec, SCHOOL } from './build';

const run = (doc: ReturnType<typeof buildMap>, today = '2026-06-01') =>
  analyse(doc, miniTemplate, today);

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

describe('vulnerable points, each once, with the actors cut off', () => {
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
  const actors = [
    SCHOOL,
    ...['A', 'B', 'C', 'G'].map((id) => ({ id })),
    { id: 'D', name: 'Ørsta' }, // sorts after E by name (nb: Ø after E)
    { id: 'E', name: 'Eldresenteret' },
  ];

  it('reports actors with what they cut off; the bridge B–C is the same fact as B', () => {
    const s = run(buildMap('F', actors, links)).structure;
    // Removing B cuts C, D, E off from the school; removing C cuts D and E. The bridge B–C
    // cuts off exactly what B does, so it is not reported again. F (holding G) is focal.
    expect(s.vulnerable).toEqual([
      { kind: 'actor', actorId: 'B', cutOff: ['C', 'E', 'D'], cutOffCount: 3 },
      { kind: 'actor', actorId: 'C', cutOff: ['E', 'D'], cutOffCount: 2 },
    ]);
  });

  it('reports a link when its actor holds more than that one part', () => {
    // F — A, and B and C each hang on A alone: A cuts off both; each link cuts off one.
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'A' }, { id: 'B' }, { id: 'C' }],
      [
        { id: 'fa', a: 'F', b: 'A' },
        { id: 'ab2', a: 'A', b: 'B', status: 'paused' },
        { id: 'ab1', a: 'B', b: 'A' },
        { id: 'ac', a: 'A', b: 'C' },
      ],
    );
    expect(run(doc).structure.vulnerable).toEqual([
      { kind: 'actor', actorId: 'A', cutOff: ['B', 'C'], cutOffCount: 2 },
      {
        kind: 'link',
        collaborationIds: ['ab1', 'ab2'],
        a: 'A',
        b: 'B',
        cutOff: ['B'],
        cutOffCount: 1,
      },
      { kind: 'link', collaborationIds: ['ac'], a: 'A', b: 'C', cutOff: ['C'], cutOffCount: 1 },
    ]);
  });

  it('ignores ended links, and a second live link between the same pair does not help', () => {
    const more: LinkSpec[] = [
      ...links,
      { id: 'bd', a: 'B', b: 'D', status: 'ended' }, // would close a cycle, but ended
      { id: 'bc2', a: 'C', b: 'B', status: 'planned' }, // the same pair once more
    ];
    const s = run(buildMap('F', actors, more)).structure;
    expect(s.vulnerable.map((v) => [v.kind, v.cutOffCount])).toEqual([
      ['actor', 3],
      ['actor', 2],
    ]);
  });

  it('a live cycle removes the single point of failure', () => {
    const s = run(buildMap('F', actors, [...links, { id: 'ad', a: 'A', b: 'D' }])).structure;
    // B–C–D–A–B is now a cycle: only F (holding G) remains a cut vertex, and it is focal.
    expect(s.vulnerable).toEqual([]);
  });

  it('reports nothing in a part of the map with no path to the school', () => {
    // X — Y — Z — W, no link to F: nobody there has a path to lose (coverage reports them).
    const doc = buildMap(
      'F',
      [SCHOOL, { id: 'X' }, { id: 'Y' }, { id: 'Z' }, { id: 'W' }, { id: 'A' }],
      [
        { id: 'fa', a: 'F', b: 'A' },
        { id: 'xy', a: 'X', b: 'Y' },
        { id: 'yz', a: 'Y', b: 'Z' },
        { id: 'zw', a: 'Z', b: 'W' },
      ],
    );
    expect(run(doc).structure.vulnerable).toEqual([]);
    expect(run({ ...doc, map: { ...doc.map, focalActorId: null } }).structure.vulnerable).toEqual(
      [],
    );
  });

  it('handles a long chain without recursion (60,000 actors), listing 12 cut-off actors', () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ id: `l${i}`, a: ids[i] as string, b: id }));
    const s = run(
      buildMap(
        'n0',
        ids.map((id) => ({ id })),
        chain,
      ),
    ).structure;
    // Every inner node of a path is a cut vertex (n0 is focal); every bridge cuts off what its
    // near end does, so none is reported again.
    expect(s.vulnerable).toHaveLength(59_998);
    const first = s.vulnerable[0];
    expect(first?.kind === 'actor' && first.actorId).toBe('n1');
    expect(first?.cutOffCount).toBe(59_998);
    expect(first?.cutOff).toHaveLength(CUT_OFF_LISTED);
    // The first the search reached from n1 (n2 … n13), by name.
    expect(first?.cutOff).toEqual([
      'n10',
      'n11',
      'n12',
      'n13',
      'n2',
      'n3',
      'n4',
      'n5',
      'n6',
      'n7',
      'n8',
      'n9',
    ]);
    expect(s.vulnerable.at(-1)).toEqual({
      kind: 'actor',
      actorId: 'n59998',
      cutOff: ['n59999'],
      cutOffCount: 1,
    });
  });
});

describe('person dependency: share among active links with a named responsible', () => {
  const actors = [SCHOOL, ...['A', 'B', 'C', 'D', 'E', 'G', 'H'].map((id) => ({ id }))];
  const six: LinkSpec[] = [
    { id: 'c1', a: 'F', b: 'A', responsible: 'Kari Nordmann' },
    { id: 'c2', a: 'F', b: 'B', responsible: '  kari   nordmann ' }, // same person
    { id: 'c3', a: 'F', b: 'C', responsible: 'Ola' },
    { id: 'c4', a: 'F', b: 'D', responsible: 'Ola' },
    { id: 'c5', a: 'F', b: 'E', responsible: 'Per' },
    { id: 'c6', a: 'F', b: 'G', responsible: 'Per' },
    { id: 'p1', a: 'F', b: 'H', responsible: 'Kari Nordmann', status: 'paused' }, // not active
  ];

  it('exactly one third is not more than a third', () => {
    // 6 named active; each has 2: 2·3 = 6, not > 6.
    expect(run(buildMap('F', actors, six)).structure.overloadedResponsible).toEqual([]);
  });

  it('just over a third is', () => {
    const seven = [...six, { id: 'c7', a: 'A', b: 'B', responsible: 'KARI NORDMANN' }];
    // 7 named active; Kari has 3: 3·3 = 9 > 7. Ola and Per have 2: 6 ≤ 7.
    expect(run(buildMap('F', actors, seven)).structure.overloadedResponsible).toEqual([
      {
        name: 'Kari Nordmann',
        count: 3,
        share: 3 / 7,
        total: 7,
        collaborationIds: ['c1', 'c2', 'c7'],
      },
    ]);
  });

  it('links without a named responsible are left out of the total', () => {
    // Per's two links lose their owner: 4 named, Kari and Ola have 2 each (2·3 = 6 > 4).
    // Version 1 divided by all 6 active links and flagged nobody.
    const unowned = six.map((l) => (l.responsible === 'Per' ? { ...l, responsible: '  ' } : l));
    const found = run(buildMap('F', actors, unowned)).structure.overloadedResponsible;
    expect(found.map((o) => [o.name, o.count, o.total, o.share])).toEqual([
      ['Kari Nordmann', 2, 4, 0.5],
      ['Ola', 2, 4, 0.5],
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
        status: 'active',
        lastDate: '2024-12-31',
        monthsSince: 14,
      },
      // 2025-03-14 → 2026-03-15: 12 whole months (and a day), so stale
      {
        collaborationId: 'dayBefore',
        sourceId: 'F',
        targetId: 'B',
        status: 'active',
        lastDate: '2025-03-14',
        monthsSince: 12,
      },
      {
        collaborationId: 'created',
        sourceId: 'F',
        targetId: 'D',
        status: 'active',
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
