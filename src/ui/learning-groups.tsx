import type { LearningKind } from '../data/types';
import { usePresenterSafe } from '../state/use-presenter-safe';
import { LearningItem, type CaseLinking, type LearningEntry } from './learning-item';

/** A barrier category, in codebook order. */
export interface BarrierOption {
  id: string;
  label: string;
}

/** Entries of one kind, grouped by barrier. */
export interface LearningSection {
  kind: LearningKind;
  title: string;
  count: number;
  groups: Array<{ id: string; label: string; entries: LearningEntry[] }>;
}

const sectionTitles: ReadonlyArray<[LearningKind, string]> = [
  ['missed-opportunity', 'Missed opportunities'],
  ['good-practice', 'Good practice'],
];

/** Label of the group of items with no (or an unlisted) barrier. */
export const noBarrierLabel = 'Barrier not recorded';

/**
 * Missed opportunities, then good practice, each grouped by barrier in codebook order; items with
 * no barrier, or one the codebook does not list, come last. Empty sections and groups are left out.
 */
export function groupLearning(
  entries: readonly LearningEntry[],
  barriers: readonly BarrierOption[],
): LearningSection[] {
  const known = new Set(barriers.map((b) => b.id));
  const order = [...barriers, { id: '', label: noBarrierLabel }];
  return sectionTitles
    .map(([kind, title]) => {
      const mine = entries.filter((e) => e.kind === kind);
      const groups = order
        .map((barrier) => ({
          id: barrier.id,
          label: barrier.label,
          entries: mine.filter((e) =>
            barrier.id === '' ? !known.has(e.barrierId) : e.barrierId === barrier.id,
          ),
        }))
        .filter((g) => g.entries.length > 0);
      return { kind, title, count: mine.length, groups };
    })
    .filter((s) => s.count > 0);
}

/** Props of {@link LearningGroups}. */
export interface LearningGroupsProps {
  entries: readonly LearningEntry[];
  barriers: readonly BarrierOption[];
  linking: CaseLinking;
  /** Show each item's case (false when every item is of one case) and theme. */
  showCase: boolean;
  showTheme: boolean;
  /** Level of the section headings (the barrier headings are one below). */
  headingLevel?: 3 | 4;
}

/** Learning summaries grouped by barrier, good practice set apart from missed opportunities. */
export function LearningGroups({
  entries,
  barriers,
  linking,
  showCase,
  showTheme,
  headingLevel = 3,
}: LearningGroupsProps) {
  const safe = usePresenterSafe();
  const sections = groupLearning(entries, barriers);
  const SectionHeading = headingLevel === 3 ? 'h3' : 'h4';
  const GroupHeading = headingLevel === 3 ? 'h4' : 'h5';
  const show = { kind: false, theme: showTheme, barrier: false, case: showCase };
  return (
    <div className="learning-groups">
      {sections.map((section) => (
        <section key={section.kind} className={`learning-section kind-${section.kind}`}>
          <SectionHeading className="learning-section-title">
            {section.title} ({safe.count(section.count)})
          </SectionHeading>
          {section.groups.map((group) => (
            <div key={group.id} className="learning-group">
              <GroupHeading className="learning-group-title">
                {group.label} ({safe.count(group.entries.length)})
              </GroupHeading>
              <ul className="learning-list">
                {group.entries.map((entry) => (
                  <LearningItem key={entry.id} entry={entry} linking={linking} show={show} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
