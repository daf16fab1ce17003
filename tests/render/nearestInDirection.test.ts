import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo, type Placed } from '../../src/render/nearestInDirection';

const at = (id: string, x: number, y: number): Placed => ({ id, x, y });
const origin = at('me', 0, 0);

describe('nearestInDirection: the actor an arrow key moves to', () => {
  it('moves along each axis, with y growing downward as on screen', () => {
    const around = [at('r', 100, 0), at('l', -100, 0), at('u', 0, -100), at('d', 0, 100)];
    expect(nearestInDirection(origin, 'right', around)).toBe('r');
    expect(nearestInDirection(origin, 'left', around)).toBe('l');
    expect(nearestInDirection(origin, 'up', around)).toBe('u');
    expect(nearestInDirection(origin, 'down', around)).toBe('d');
  });

  it('takes the nearest of several ahead', () => {
    const ahead = [at('far', 300, 0), at('near', 120, 0), at('mid', 200, 10)];
    expect(nearestInDirection(origin, 'right', ahead)).toBe('near');
  });

  it('prefers an actor in line to a nearer one well off to the side', () => {
    // 'aside' is nearer (hypot 94) but 80 px off the axis; 'inline' is 150 px straight ahead.
    const candidates = [at('aside', 50, 80), at('inline', 150, 0)];
    expect(nearestInDirection(origin, 'right', candidates)).toBe('inline');
    // A small offset does not lose to a much farther actor in line.
    expect(nearestInDirection(origin, 'right', [at('slight', 60, 10), at('inline', 150, 0)])).toBe(
      'slight',
    );
  });

  it('ignores actors outside the ±60° cone, behind, or level with the current one', () => {
    const candidates = [
      at('steep', 50, 100), // 63° off the axis
      at('behind', -40, 0),
      at('level', 0, 50), // straight below: not to the right
    ];
    expect(nearestInDirection(origin, 'right', candidates)).toBeNull();
    // Just inside the cone counts.
    expect(nearestInDirection(origin, 'right', [at('inside', 60, 100)])).toBe('inside');
  });

  it('does nothing at the edge of the map and with no candidates', () => {
    const map = [origin, at('a', -100, 20), at('b', -50, -80)];
    expect(nearestInDirection(origin, 'right', map)).toBeNull();
    expect(nearestInDirection(origin, 'right', [])).toBeNull();
    expect(nearestInDirection(origin, 'down', [origin])).toBeNull();
  });

  it('never picks the current actor, nor another on the same spot', () => {
    expect(nearestInDirection(origin, 'left', [origin, at('twin', 0, 0)])).toBeNull();
  });

  it('breaks ties nearer the axis, then in reading order, then by id', () => {
    // Mirror images above and below the axis: the upper one, whatever the input order.
    const mirrored = [at('below', 100, 30), at('above', 100, -30)];
    expect(nearestInDirection(origin, 'right', mirrored)).toBe('above');
    expect(nearestInDirection(origin, 'right', [...mirrored].reverse())).toBe('above');
    // Left and right of a downward move: the left one.
    const sideways = [at('east', 30, 100), at('west', -30, 100)];
    expect(nearestInDirection(origin, 'down', sideways)).toBe('west');
    // Two actors on one spot: the smaller id, in either order.
    expect(nearestInDirection(origin, 'up', [at('b', 0, -50), at('a', 0, -50)])).toBe('a');
    expect(nearestInDirection(origin, 'up', [at('a', 0, -50), at('b', 0, -50)])).toBe('a');
  });

  it('walks a row and a column back and forth', () => {
    const grid = [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => at(`${r}${c}`, c * 100, r * 100)));
    const from = (id: string) => grid.find((p) => p.id === id) as Placed;
    expect(nearestInDirection(from('11'), 'right', grid)).toBe('12');
    expect(nearestInDirection(from('12'), 'left', grid)).toBe('11');
    expect(nearestInDirection(from('11'), 'up', grid)).toBe('01');
    expect(nearestInDirection(from('01'), 'down', grid)).toBe('11');
    expect(nearestInDirection(from('12'), 'right', grid)).toBeNull();
    expect(nearestInDirection(from('20'), 'down', grid)).toBeNull();
  });
});

describe('nearestTo: where the first arrow press starts without a culture school', () => {
  it('takes the actor nearest the point, ties in reading order, and none of nothing', () => {
    expect(nearestTo({ x: 0, y: 0 }, [at('far', 90, 0), at('near', 10, 20)])).toBe('near');
    expect(nearestTo({ x: 0, y: 0 }, [at('low', 0, 50), at('high', 0, -50)])).toBe('high');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});
