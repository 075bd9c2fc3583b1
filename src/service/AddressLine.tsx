import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { addressLines } from './links';

/** One line: "3401 W. Foster Ave. · Albany Park", or "By phone only". The street keeps its order in right-to-left text. */
export function AddressLine({ record }: { record: ServiceRecord }) {
  const { location } = record;
  if (!location) return <p className="address muted">{messages.phoneOnly}</p>;
  const [street] = addressLines(location);
  return (
    <p className="address">
      <bdi dir="ltr">{street}</bdi>
      {location.communityArea ? <span className="area"> · {location.communityArea}</span> : null}
    </p>
  );
}
