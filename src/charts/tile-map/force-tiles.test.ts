import { describe, expect, it } from 'vitest';
import { policeRegions, territorialForces } from '../../data/police-forces';
import { forceTiles, regionCodes, tileGrid } from './force-tiles';

/**
 * Land borders between police force areas, read off the force area map (each pair once, by the
 * tiles' codes). The layout test counts how many of them the tiles keep touching.
 */
const borders = `
NUM CUM, NUM DUR, DUR CUM, DUR NYP, DUR CLE, CLE NYP, CUM NYP, CUM LAN, LAN NYP, LAN WYP,
LAN GMP, LAN MER, NYP WYP, NYP SYP, NYP HUM, WYP GMP, WYP SYP, WYP DER, SYP HUM, SYP LIN,
SYP NOT, SYP DER, HUM LIN, MER GMP, MER CHE, GMP DER, GMP CHE, CHE DER, CHE STA, CHE WME,
CHE NWA, NWA WME, NWA DYP, DYP WME, DYP SWA, DYP GWE, SWA GWE, GWE WME, GWE GLO, DER NOT,
DER LEI, DER STA, NOT LEI, NOT LIN, LIN LEI, LIN NTH, LIN CAM, LIN NFK, LEI NTH, LEI WAR,
LEI STA, LEI CAM, STA WAR, STA WMP, STA WME, WME WMP, WME WAR, WME GLO, WMP WAR, WAR NTH,
WAR TVP, WAR GLO, NTH CAM, NTH BED, NTH TVP, CAM NFK, CAM SFK, CAM ESX, CAM HER, CAM BED,
NFK SFK, SFK ESX, BED HER, BED TVP, HER ESX, HER MPS, HER TVP, ESX MPS, MPS KEN, MPS SUR,
MPS TVP, MPS CoL, TVP GLO, TVP WIL, TVP HAM, TVP SUR, GLO WIL, GLO A&S, WIL HAM, WIL DOR,
WIL A&S, A&S DOR, A&S D&C, D&C DOR, DOR HAM, HAM SUR, HAM SSX, SUR KEN, SUR SSX, SSX KEN`
  .split(',')
  .map((pair) => pair.trim().split(' ') as [string, string]);

const byCode = new Map(forceTiles.map((t) => [t.code, t]));
const regionOf = new Map(territorialForces.map((f) => [f.id, f.region]));

describe('forceTiles', () => {
  it('gives every territorial force one tile, inside the grid, no two on one square', () => {
    expect(forceTiles.map((t) => t.forceId).sort()).toEqual(
      territorialForces.map((f) => f.id).sort(),
    );
    expect(new Set(forceTiles.map((t) => `${t.column},${t.row}`)).size).toBe(43);
    expect(new Set(forceTiles.map((t) => t.code)).size).toBe(43);
    for (const t of forceTiles) {
      expect(t.column).toBeGreaterThanOrEqual(0);
      expect(t.column).toBeLessThan(tileGrid.columns);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(tileGrid.rows);
    }
  });

  it('keeps neighbouring force areas touching (edge or corner) for 89 of the 100 borders', () => {
    expect(borders).toHaveLength(100);
    const touching = borders.filter(([a, b]) => {
      const ta = byCode.get(a);
      const tb = byCode.get(b);
      if (!ta || !tb) throw new Error(`unknown code ${a} or ${b}`);
      return Math.max(Math.abs(ta.column - tb.column), Math.abs(ta.row - tb.row)) === 1;
    });
    expect(touching.length).toBe(89);
  });

  it('joins the tiles of each police region edge to edge, so a region is one shape', () => {
    for (const region of policeRegions) {
      const tiles = forceTiles.filter((t) => regionOf.get(t.forceId) === region.id);
      const reached = new Set([tiles[0]]);
      const stack = [tiles[0]];
      while (stack.length > 0) {
        const current = stack.pop()!;
        for (const other of tiles) {
          const edge =
            Math.abs(other.column - current.column) + Math.abs(other.row - current.row) === 1;
          if (edge && !reached.has(other)) {
            reached.add(other);
            stack.push(other);
          }
        }
      }
      expect(reached.size, region.name).toBe(tiles.length);
      expect(regionCodes.has(region.id)).toBe(true);
    }
  });
});
