import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';

export function CategoryTags({ record }: { record: ServiceRecord }) {
  return (
    <ul className="tags" aria-label={messages.details.services}>
      {record.categories.map((category) => (
        <li key={category} className={`tag tag--${category}`}>
          {messages.categoryNames[category]}
        </li>
      ))}
    </ul>
  );
}
