/** GEXF and GraphML from other tools, and what our files declare for Gephi. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docToGexf, docToGraphml } from '../../../src/io/import';
import { BIG } from './arbitrary';
import { file, graphOf } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url));

describe('GEXF and GraphML from other tools', () => {
  it('a Gephi GEXF: labels, attributes, lists, viz positions and colours', async () => {
    const g = await graphOf([file('gephi.gexf', fixture('gephi.gexf'))]);
    expect(g.format).toBe('gexf');
    expect(g.actors.map((a) => a.name)).toEqual([
      'Kulturskolen i Eksempel',
      'Biblioteket',
      'Ås skole',
    ]);
    const [school, library, ås] = g.actors;
    // Gephi's y grows upwards, the screen's downwards. graphology-gexf names an attribute by
    // its id unless the id is a number (then by its title).
    expect(school?.position).toEqual({ x: 10.5, y: -20.25, pinned: false });
    expect(school?.custom).toEqual({ modularity_class: '1', color: 'rgb(255,0,0)' });
    expect(school?.typeId).toBe('culture-school');
    expect(library).toMatchObject({
      sectorId: 'culture',
      typeId: 'library',
      tags: ['lesing', 'språk, norsk'],
      position: { x: -3, y: -4, pinned: false },
      custom: { modularity_class: '2', color: '#00ff00' },
    });
    expect(ås?.position).toBeUndefined();
    expect(g.focalKey).toBe(school?.key);
    expect(g.collaborations).toMatchObject([
      { sourceId: 'e0', label: 'Lesestund', strength: 3, status: 'planned', origin: { line: 36 } },
      { sourceId: 'e1', strength: 1 },
    ]);
  });

  it('a GraphML with r/g/b colours, x/y and a Type key', async () => {
    const g = await graphOf([file('yed.graphml', fixture('yed.graphml'))]);
    expect(g.actors).toMatchObject([
      {
        name: 'Kulturskolen',
        typeId: 'culture-school',
        position: { x: 100, y: 50, pinned: false },
        custom: { color: '#ff8000' },
      },
      { name: 'NAV Eksempel', sectorId: 'health-welfare', typeId: 'nav' },
    ]);
    expect(g.collaborations).toMatchObject([
      { strength: 2, custom: { 'Edge Label': 'Ungdomsprosjekt' } },
    ]);
  });
});

describe('what our graph files declare', () => {
  it('GEXF 1.3 with typed attribute declarations, viz positions and weights', async () => {
    const xml = await docToGexf(BIG);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('<attribute id="power" title="power" type="integer"/>');
    expect(xml).toContain('<attribute id="sector" title="sector" type="string"/>');
    expect(xml).toContain('<attribute id="strength" title="strength" type="integer"/>');
    expect(xml).toContain('<attribute id="status" title="status" type="string"/>');
    expect(xml).toMatch(/<viz:position x="[-\d.e+]+" y="[-\d.e+]+"\/>/);
    expect(xml).toMatch(/<edge id="c\d+" source="a\d+" target="a\d+" weight="[123]"/);
  });

  it('GraphML with a <key> for every data name, ids unique across nodes and edges', async () => {
    const xml = await docToGraphml(BIG);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(xml).toContain('xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(xml).toContain('<graph id="G" edgedefault="undirected">');
    const keys = [
      ...xml.matchAll(
        /<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)" attr\.type="(\w+)"/g,
      ),
    ];
    const ids = keys.map((k) => k[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const named = Object.fromEntries(keys.map((k) => [`${k[2]}:${k[3]}`, k[4]]));
    expect(named).toMatchObject({
      'node:label': 'string',
      'node:x': 'double',
      'node:y': 'double',
      'node:sector': 'string',
      'node:power': 'int',
      'edge:strength': 'int',
      'edge:status': 'string',
      'edge:weight': 'double',
    });
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(ids).toContain(key);
  });
});
