import { bundledModel, filtersOf } from '../../tests/unit/chart-models';
import { ChartRegistry } from './chart-registry';

const drawing = () => null;

describe('ChartRegistry', () => {
  it('lists charts in the order they first came, even when one comes back with a new model', () => {
    const registry = new ChartRegistry();
    const outcome = bundledModel('overview.outcome');
    const removeOutcome = registry.register({ model: outcome, drawing });
    registry.register({ model: bundledModel('overview.contactRoute'), drawing });
    // A filter changes the first chart's model: it leaves and registers again.
    removeOutcome();
    registry.register({
      model: bundledModel('overview.outcome', filtersOf(['outcome', ['death']])),
      drawing,
    });
    expect(registry.list().map((c) => c.model.id)).toEqual([
      'overview.outcome',
      'overview.contactRoute',
    ]);
  });

  it('tells its subscribers when a chart comes or goes, and stops when asked', () => {
    const registry = new ChartRegistry();
    const heard: number[] = [];
    const stop = registry.subscribe(() => heard.push(registry.version()));
    const remove = registry.register({ model: bundledModel('overview.outcome'), drawing });
    remove();
    // Removing twice changes nothing, and says nothing.
    remove();
    stop();
    registry.register({ model: bundledModel('overview.contactRoute'), drawing });
    expect(heard).toEqual([1, 2]);
    expect(registry.version()).toBe(3);
  });
});
