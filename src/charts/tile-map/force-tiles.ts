/**
 * The tile map's layout: one equal square per territorial force of England and Wales, on an
 * 8 × 9 grid (column 0 in the west, row 0 in the north). Hand-placed for this project from each
 * force area's rough geographic centre, then adjusted so that neighbouring force areas share an
 * edge or a corner wherever the grid allows (89 of the 100 land borders between force areas; the
 * test lists them) and every police region's tiles join edge to edge, so the region view draws
 * each region as one shape. Force and region names: src/data/police-forces.ts.
 */

/** Where a force's tile sits, and the short code drawn on it. */
export interface ForceTile {
  /** An id of `territorialForces`. */
  forceId: string;
  /** Three characters that fit on a tile; the full name is in the tile's accessible name. */
  code: string;
  column: number;
  row: number;
}

/** The size of the grid, in tiles. */
export const tileGrid = { columns: 8, rows: 9 } as const;

const tile = (forceId: string, code: string, column: number, row: number): ForceTile => ({
  forceId,
  code,
  column,
  row,
});

/** Every territorial force's tile, north to south, west to east. */
export const forceTiles: readonly ForceTile[] = [
  tile('northumbria-police', 'NUM', 4, 0),
  tile('cumbria-constabulary', 'CUM', 3, 1),
  tile('durham-constabulary', 'DUR', 4, 1),
  tile('cleveland-police', 'CLE', 5, 1),
  tile('lancashire-constabulary', 'LAN', 3, 2),
  tile('north-yorkshire-police', 'NYP', 4, 2),
  tile('humberside-police', 'HUM', 5, 2),
  tile('merseyside-police', 'MER', 2, 3),
  tile('greater-manchester-police', 'GMP', 3, 3),
  tile('west-yorkshire-police', 'WYP', 4, 3),
  tile('south-yorkshire-police', 'SYP', 5, 3),
  tile('north-wales-police', 'NWA', 1, 4),
  tile('cheshire-constabulary', 'CHE', 2, 4),
  tile('staffordshire-police', 'STA', 3, 4),
  tile('derbyshire-constabulary', 'DER', 4, 4),
  tile('nottinghamshire-police', 'NOT', 5, 4),
  tile('lincolnshire-police', 'LIN', 6, 4),
  tile('dyfed-powys-police', 'DYP', 1, 5),
  tile('west-mercia-police', 'WME', 2, 5),
  tile('west-midlands-police', 'WMP', 3, 5),
  tile('leicestershire-police', 'LEI', 4, 5),
  tile('northamptonshire-police', 'NTH', 5, 5),
  tile('cambridgeshire-constabulary', 'CAM', 6, 5),
  tile('norfolk-constabulary', 'NFK', 7, 5),
  tile('south-wales-police', 'SWA', 0, 6),
  tile('gwent-police', 'GWE', 1, 6),
  tile('gloucestershire-constabulary', 'GLO', 2, 6),
  tile('warwickshire-police', 'WAR', 3, 6),
  tile('thames-valley-police', 'TVP', 4, 6),
  tile('bedfordshire-police', 'BED', 5, 6),
  tile('hertfordshire-constabulary', 'HER', 6, 6),
  tile('suffolk-constabulary', 'SFK', 7, 6),
  tile('avon-and-somerset-constabulary', 'A&S', 1, 7),
  tile('wiltshire-police', 'WIL', 2, 7),
  tile('hampshire-constabulary', 'HAM', 3, 7),
  tile('surrey-police', 'SUR', 4, 7),
  tile('metropolitan-police-service', 'MPS', 5, 7),
  tile('essex-police', 'ESX', 6, 7),
  tile('devon-and-cornwall-police', 'D&C', 0, 8),
  tile('dorset-police', 'DOR', 1, 8),
  tile('sussex-police', 'SSX', 3, 8),
  tile('kent-police', 'KEN', 4, 8),
  tile('city-of-london-police', 'CoL', 5, 8),
];

/** Short codes of the police regions, drawn on one tile of each region in the region view. */
export const regionCodes: ReadonlyMap<string, string> = new Map([
  ['north-east', 'NE'],
  ['north-west', 'NW'],
  ['yorkshire-and-the-humber', 'Y&H'],
  ['east-midlands', 'EM'],
  ['west-midlands', 'WM'],
  ['eastern', 'EAST'],
  ['london', 'LDN'],
  ['south-east', 'SE'],
  ['south-west', 'SW'],
  ['wales', 'WAL'],
]);
