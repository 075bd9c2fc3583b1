import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { recordName } from '../i18n/recordTranslations';
import { ClosedPicks } from '../service/ClosedPicks';

interface PrintListPanelProps {
  /** The picked services, in print order. */
  picked: readonly ServiceRecord[];
  /** Picks that have closed since they were picked: said, not silently dropped. */
  closed: readonly { id: string; name: string }[];
  onReorder: (ids: string[]) => void;
  onPrint: () => void;
}

/** The print list: its services in order, each movable and removable, and a button that prints just these. */
export function PrintListPanel({ picked, closed, onReorder, onPrint }: PrintListPanelProps) {
  if (picked.length === 0 && closed.length === 0) return null;
  const text = messages.print;
  const ids = picked.map(({ id }) => id);
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [moved] = next.splice(from, 1);
    if (moved !== undefined) next.splice(to, 0, moved);
    onReorder(next);
  };
  return (
    <section className="print-list" aria-labelledby="print-list-title">
      <h2 id="print-list-title">{text.listHeading}</h2>
      <p className="hint">{text.listHint}</p>
      <ol>
        {picked.map((record, index) => {
          const name = recordName(record).text;
          return (
            <li key={record.id} data-pick-id={record.id}>
              <span className="print-list-name">
                <span className="print-list-number">{index + 1}.</span> {name}
              </span>
              <span className="print-list-actions">
                <button type="button" className="icon-button" aria-label={text.moveUp(name)} disabled={index === 0} onClick={() => move(index, index - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={text.moveDown(name)}
                  disabled={index === picked.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button type="button" className="icon-button" aria-label={text.remove(name)} onClick={() => onReorder(ids.filter((id) => id !== record.id))}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <ClosedPicks closed={closed} />
      <div className="print-list-buttons">
        <button type="button" className="button" onClick={onPrint}>
          {text.printList(picked.length)}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onReorder([])}>
          {text.clearList}
        </button>
      </div>
    </section>
  );
}

