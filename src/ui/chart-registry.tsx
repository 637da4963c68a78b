import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import type { ChartModel } from '../query/model/chart-model';

/** A chart on screen: its model (every number it shows) and how to reach its drawing. */
export interface RegisteredChart {
  model: ChartModel;
  /** The chart's SVG drawing, for image exports (the numbers come from the model). */
  drawing: () => SVGSVGElement | null;
}

/** A table on screen that is not a chart (e.g. Compare versions' counts): its cells as computed. */
export interface RegisteredTable {
  caption: string;
  /** The header row, then one row per line, as the table shows them. */
  rows: () => Array<Array<string | number>>;
}

/**
 * The charts a view shows, by model id, in the order they registered (page order): what the
 * evidence pack, slides and handouts read instead of the page's elements and text.
 */
export class ChartRegistry {
  private readonly charts = new Map<string, RegisteredChart>();
  private readonly tableList = new Map<string, RegisteredTable>();
  private readonly listeners = new Set<() => void>();
  private changes = 0;
  /**
   * When each chart first registered: a chart whose model changes (a filter) leaves and comes
   * back, and keeps its place rather than moving to the end.
   */
  private readonly firstSeen = new Map<string, number>();

  /** Adds (or replaces) a chart; returns how to remove it again. */
  register(chart: RegisteredChart): () => void {
    if (!this.firstSeen.has(chart.model.id))
      this.firstSeen.set(chart.model.id, this.firstSeen.size);
    this.charts.set(chart.model.id, chart);
    this.changed();
    return () => {
      if (this.charts.get(chart.model.id) !== chart) return;
      this.charts.delete(chart.model.id);
      this.changed();
    };
  }

  /**
   * Calls `listener` whenever a chart comes or goes (a chart whose code loads late, a filter
   * that changes a model); returns how to stop. For `useSyncExternalStore`, with {@link version}.
   */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever the charts do. */
  readonly version = (): number => this.changes;

  private changed(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }

  /** Adds (or replaces) a table by its caption; returns how to remove it again. */
  registerTable(table: RegisteredTable): () => void {
    this.tableList.set(table.caption, table);
    return () => {
      if (this.tableList.get(table.caption) === table) this.tableList.delete(table.caption);
    };
  }

  /** The tables on screen that are not charts, in page order. */
  tables(): RegisteredTable[] {
    return [...this.tableList.values()];
  }

  /** The charts on screen, in page order (the order they first registered). */
  list(): RegisteredChart[] {
    const place = (chart: RegisteredChart) => this.firstSeen.get(chart.model.id) ?? 0;
    return [...this.charts.values()].sort((a, b) => place(a) - place(b));
  }

  /** The chart of a model id, if it is on screen. */
  get(id: string): RegisteredChart | undefined {
    return this.charts.get(id);
  }
}

const ChartRegistryContext = createContext<ChartRegistry | null>(null);

/** Props of {@link ChartRegistryProvider}. */
export interface ChartRegistryProviderProps {
  registry: ChartRegistry;
  children: ReactNode;
}

/** Gives the charts below it a registry to enter. */
export function ChartRegistryProvider({ registry, children }: ChartRegistryProviderProps) {
  return <ChartRegistryContext.Provider value={registry}>{children}</ChartRegistryContext.Provider>;
}

/** A registry of its own for what is below it, for as long as it is mounted (one view). */
export function ChartRegistryScope({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new ChartRegistry());
  return <ChartRegistryProvider registry={registry}>{children}</ChartRegistryProvider>;
}

/** The registry of the charts on screen (of the view above), if any. */
export function useChartRegistry(): ChartRegistry | null {
  return useContext(ChartRegistryContext);
}

/** Enters a chart in the registry above it, if any, while it is on screen. */
export function useRegisterChart(model: ChartModel, drawing: () => SVGSVGElement | null): void {
  const registry = useContext(ChartRegistryContext);
  useLayoutEffect(() => registry?.register({ model, drawing }), [registry, model, drawing]);
}

/** Enters a table in the registry above it, if any, while it is on screen. */
export function useRegisterTable(table: RegisteredTable): void {
  const registry = useContext(ChartRegistryContext);
  useLayoutEffect(() => registry?.registerTable(table), [registry, table]);
}
